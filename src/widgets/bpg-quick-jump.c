/* bpg-quick-jump.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-quick-jump"

#include "config.h"

#include <glib/gi18n.h>

#include "bpg-quick-jump.h"
#include "bpg-search.h"
#include "bpg-search-result-row.h"

/* The most matches shown: the nearest few, not a page of search results. */
#define MAX_RESULTS 8

/* A small window in front of the main one, for a physiotherapist with a
 * patient: a few letters typed, Enter, and the topic, exercise or symptom
 * check is open. It searches as the advice area's search does (the app's
 * search core) and emits #BpgQuickJump::open with the result's ID; the
 * window opens it as any search result. */
struct _BpgQuickJump
{
  AdwWindow       parent_instance;

  BpgContext     *context;
  BpgSearch      *search;
  GCancellable   *cancellable;
  GListModel     *results;     /* the first few matches */

  /* Template widgets */
  GtkSearchEntry *search_entry;
  GtkStack       *stack;
  GtkLabel       *none_label;
  GtkListBox     *results_list;
};

G_DEFINE_FINAL_TYPE (BpgQuickJump, bpg_quick_jump, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  OPEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void run_search (BpgQuickJump *self);

/* The same row as the advice area's search results, without the snippet */
static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  return bpg_search_result_row_new (item, FALSE);
}

static void
open_row (BpgQuickJump  *self,
          GtkListBoxRow *row)
{
  BpgSearchResult *result = bpg_search_result_row_get_result (GTK_WIDGET (row));
  g_autofree char *id = g_strdup (bpg_search_result_get_id (result));

  /* Closed first, so the page opened is what has the focus. */
  gtk_window_close (GTK_WINDOW (self));
  g_signal_emit (self, signals[OPEN], 0, id);
}

/* The load holds no reference on the window: a reference held here kept a
 * window whose main window had gone alive until the load ended, and GTK then
 * let go of the freed main window. Every way the window goes cancels the
 * load first (dispose, or a change of content), so @user_data is used only
 * when the load was not cancelled. */
static void
search_loaded_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(BpgSearch) search = bpg_search_load_finish (result, NULL);
  BpgQuickJump *self;

  /* NULL only when cancelled: the content changed or the window went. */
  if (search == NULL)
    return;

  self = BPG_QUICK_JUMP (user_data);
  g_set_object (&self->search, search);
  run_search (self);
}

/* Pages and the symptom check are found at once; the exercises, services
 * and patients' words join from a worker thread, read when first needed. */
static gboolean
ensure_search (BpgQuickJump *self)
{
  BpgContent *content = bpg_context_get_content (self->context);

  if (self->search != NULL)
    return TRUE;
  if (content == NULL)
    return FALSE;

  self->search = bpg_search_new (content);
  self->cancellable = g_cancellable_new ();
  bpg_search_load_async (content, GETTEXT_PACKAGE, self->cancellable,
                         search_loaded_cb, self);
  return TRUE;
}

static void
show_results (BpgQuickJump *self,
              const char   *text)
{
  g_autoptr(GListModel) all = bpg_search_query (self->search, text);
  g_autofree char *none = NULL;

  g_clear_object (&self->results);
  self->results = G_LIST_MODEL (gtk_slice_list_model_new (g_steal_pointer (&all),
                                                          0, MAX_RESULTS));
  gtk_list_box_bind_model (self->results_list, self->results, create_row, NULL, NULL);

  if (g_list_model_get_n_items (self->results) > 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "results");
      return;
    }

  none = g_strdup_printf (_("Nothing matches “%s”."), text);
  gtk_label_set_text (self->none_label, none);
  gtk_stack_set_visible_child_name (self->stack, "none");
}

static void
run_search (BpgQuickJump *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (*text == '\0' || !ensure_search (self))
    {
      gtk_list_box_bind_model (self->results_list, NULL, NULL, NULL, NULL);
      g_clear_object (&self->results);
      gtk_stack_set_visible_child_name (self->stack, "hint");
      return;
    }

  show_results (self, text);
}

/* A change of language reads the content again: so is the search. */
static void
content_cb (BpgQuickJump *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->search);
  run_search (self);
}

static void
search_changed_cb (BpgQuickJump *self)
{
  run_search (self);
}

static void
search_activate_cb (BpgQuickJump *self)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->results_list, 0);

  if (row != NULL)
    open_row (self, row);
}

static void
stop_search_cb (BpgQuickJump *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
row_activated_cb (BpgQuickJump  *self,
                  GtkListBoxRow *row)
{
  open_row (self, row);
}

/* Down from the box goes to the first match, Up from it back to the box. */
static gboolean
key_pressed_cb (BpgQuickJump          *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkListBoxRow *first = gtk_list_box_get_row_at_index (self->results_list, 0);
  gboolean in_entry = focus != NULL &&
                      (focus == GTK_WIDGET (self->search_entry) ||
                       gtk_widget_is_ancestor (focus, GTK_WIDGET (self->search_entry)));

  if (keyval == GDK_KEY_Escape)
    {
      gtk_window_close (GTK_WINDOW (self));
      return GDK_EVENT_STOP;
    }

  if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down) && in_entry && first != NULL)
    {
      gtk_widget_grab_focus (GTK_WIDGET (first));
      return GDK_EVENT_STOP;
    }

  if ((keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up) && first != NULL &&
      focus == GTK_WIDGET (first))
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
      return GDK_EVENT_STOP;
    }

  return GDK_EVENT_PROPAGATE;
}

static void
bpg_quick_jump_constructed (GObject *object)
{
  BpgQuickJump *self = BPG_QUICK_JUMP (object);

  G_OBJECT_CLASS (bpg_quick_jump_parent_class)->constructed (object);

  g_assert (BPG_IS_CONTEXT (self->context));
  g_signal_connect_object (self->context, "notify::content",
                           G_CALLBACK (content_cb), self, G_CONNECT_SWAPPED);
}

static void
bpg_quick_jump_dispose (GObject *object)
{
  BpgQuickJump *self = BPG_QUICK_JUMP (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), BPG_TYPE_QUICK_JUMP);
  g_clear_object (&self->results);
  g_clear_object (&self->search);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (bpg_quick_jump_parent_class)->dispose (object);
}

static void
bpg_quick_jump_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BpgQuickJump *self = BPG_QUICK_JUMP (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bpg_quick_jump_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  BpgQuickJump *self = BPG_QUICK_JUMP (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bpg_quick_jump_class_init (BpgQuickJumpClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = bpg_quick_jump_constructed;
  object_class->dispose = bpg_quick_jump_dispose;
  object_class->get_property = bpg_quick_jump_get_property;
  object_class->set_property = bpg_quick_jump_set_property;

  /**
   * BpgQuickJump:context:
   *
   * The app's state, whose content is searched.
   */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, BPG_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BpgQuickJump::open:
   * @id: the ID of the search result chosen, such as "page:sciatica"
   *
   * Emitted when a match is chosen, after the window has closed.
   */
  signals[OPEN] =
    g_signal_new ("open", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/widgets/bpg-quick-jump.ui");
  gtk_widget_class_bind_template_child (widget_class, BpgQuickJump, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BpgQuickJump, stack);
  gtk_widget_class_bind_template_child (widget_class, BpgQuickJump, none_label);
  gtk_widget_class_bind_template_child (widget_class, BpgQuickJump, results_list);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
bpg_quick_jump_init (BpgQuickJump *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

/**
 * bpg_quick_jump_new:
 * @parent: the main window, in front of which it shows
 * @context: the app's state
 *
 * Returns: (transfer full): a new quick jump window, not yet shown
 */
BpgQuickJump *
bpg_quick_jump_new (GtkWindow  *parent,
                    BpgContext *context)
{
  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (BPG_IS_CONTEXT (context), NULL);

  return g_object_new (BPG_TYPE_QUICK_JUMP,
                       "transient-for", parent,
                       "context", context,
                       NULL);
}

/**
 * bpg_quick_jump_show:
 *
 * Shows the window with an empty box, ready for typing.
 */
void
bpg_quick_jump_show (BpgQuickJump *self)
{
  g_return_if_fail (BPG_IS_QUICK_JUMP (self));

  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  run_search (self);
  gtk_window_present (GTK_WINDOW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * bpg_quick_jump_get_results:
 *
 * Returns: (transfer none) (nullable): the matches shown, as
 *   #BpgSearchResult items, or %NULL when nothing has been typed
 */
GListModel *
bpg_quick_jump_get_results (BpgQuickJump *self)
{
  g_return_val_if_fail (BPG_IS_QUICK_JUMP (self), NULL);

  return self->results;
}
