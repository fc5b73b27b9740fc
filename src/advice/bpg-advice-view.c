/* bpg-advice-view.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-advice-view"

#include "config.h"

#include <glib/gi18n.h>

#include "bpg-advice-view.h"
#include "bpg-glyph-warmup.h"
#include "bpg-layout-tune.h"
#include "bpg-page-view.h"
#include "bpg-search.h"
#include "bpg-search-result-row.h"
#include "bpg-text-row.h"
#include "bpg-urgent-card.h"

/* The Advice area: a home page of topics (or search results), with advice
 * pages pushed on top as the reader follows links. Going back pops them. */
struct _BpgAdviceView
{
  AdwBin          parent_instance;

  BpgContext     *context;
  BpgContent     *content;
  BpgSearch      *search;       /* made at the first search */
  GListModel     *results;
  guint           n_topics_shown;
  guint           topics_idle;
  GCancellable   *search_cancellable;

  /* Template widgets */
  GtkSearchBar   *search_bar;
  GtkSearchEntry *search_entry;
  AdwLeaflet     *leaflet;
  GtkStack       *home_stack;
  BpgUrgentCard  *loading_card;
  GtkBox         *topics_box;
  GtkLabel       *results_label;
  GtkListBox     *results_list;
  GtkBox         *suggestions_box;
};

G_DEFINE_FINAL_TYPE (BpgAdviceView, bpg_advice_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_CAN_GO_BACK,
  PROP_SEARCH_MODE,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static BpgPageView *
get_visible_page_view (BpgAdviceView *self)
{
  GtkWidget *child = adw_leaflet_get_visible_child (self->leaflet);

  return BPG_IS_PAGE_VIEW (child) ? BPG_PAGE_VIEW (child) : NULL;
}

static void
notify_location (BpgAdviceView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBTITLE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_BACK]);
}

static GtkWidget *
create_page_row (gpointer item,
                 gpointer user_data)
{
  BpgPage *page = item;
  GtkWidget *row = bpg_text_row_new (bpg_page_get_title (page), bpg_page_get_summary (page));

  bpg_text_row_set_suffix (BPG_TEXT_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "bpg-page-id",
                          g_strdup (bpg_page_get_id (page)), g_free);

  return row;
}

static void
page_row_activated_cb (BpgAdviceView *self,
                       GtkListBoxRow *row)
{
  bpg_advice_view_open_page (self, g_object_get_data (G_OBJECT (row), "bpg-page-id"), -1);
}

static GtkWidget *
create_topic_group (BpgAdviceView *self,
                    BpgTopic      *topic)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (bpg_topic_get_title (topic));
  GtkWidget *summary = gtk_label_new (bpg_topic_get_summary (topic));
  GtkWidget *list = gtk_list_box_new ();

  gtk_widget_set_margin_top (box, 12);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_width_chars (GTK_LABEL (title), BPG_LABEL_MIN_CHARS);
  gtk_widget_add_css_class (title, "bpg-topic-title");
  gtk_label_set_xalign (GTK_LABEL (summary), 0);
  gtk_label_set_wrap (GTK_LABEL (summary), TRUE);
  gtk_label_set_width_chars (GTK_LABEL (summary), BPG_LABEL_MIN_CHARS);
  gtk_widget_add_css_class (summary, "dim-label");

  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_list_box_bind_model (GTK_LIST_BOX (list), bpg_topic_get_pages (topic),
                           create_page_row, NULL, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, bpg_topic_get_title (topic),
                                  -1);
  g_signal_connect_object (list, "row-activated",
                           G_CALLBACK (page_row_activated_cb), self, G_CONNECT_SWAPPED);

  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), summary);
  gtk_box_append (GTK_BOX (box), list);
  gtk_widget_set_name (box, bpg_topic_get_id (topic));
  g_object_set_data (G_OBJECT (box), "bpg-topic", topic);

  return box;
}

/* The topics a first screen shows are made before the window appears; the
 * rest, below them, once it is drawn. */
#define FIRST_SCREEN_TOPICS 2

static gboolean
add_topics_cb (gpointer user_data)
{
  BpgAdviceView *self = user_data;
  GListModel *topics = bpg_content_get_topics (self->content);
  guint limit = self->topics_idle != 0 ? G_MAXUINT : FIRST_SCREEN_TOPICS;

  self->topics_idle = 0;
  for (; self->n_topics_shown < MIN (limit, g_list_model_get_n_items (topics));
       self->n_topics_shown++)
    {
      g_autoptr(BpgTopic) topic = g_list_model_get_item (topics, self->n_topics_shown);

      gtk_box_append (self->topics_box, create_topic_group (self, topic));
    }

  return G_SOURCE_REMOVE;
}

static void
clear_topics (BpgAdviceView *self)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->topics_box));

  g_clear_handle_id (&self->topics_idle, g_source_remove);
  self->n_topics_shown = 0;

  /* The lead text and the buttons above the topics stay. */
  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (g_object_get_data (G_OBJECT (child), "bpg-topic") != NULL)
        gtk_box_remove (self->topics_box, child);
      child = next;
    }
}

/* Says what a result opens, beside its title, for results that are not
 * advice pages. */
static GtkWidget *
create_result_row (gpointer item,
                   gpointer user_data)
{
  return bpg_search_result_row_new (item, TRUE);
}

static void
suggestion_clicked_cb (BpgAdviceView *self,
                       GtkButton     *button)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), gtk_button_get_label (button));
  gtk_editable_set_position (GTK_EDITABLE (self->search_entry), -1);
}

/* "Did you mean": searches that find something, one button each. */
static void
show_suggestions (BpgAdviceView *self,
                  const char    *text)
{
  g_auto(GStrv) suggestions = bpg_search_suggest (self->search, text);
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->suggestions_box));

  /* The heading stays; the buttons of the last search go. */
  for (child = gtk_widget_get_next_sibling (child); child != NULL; )
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      gtk_box_remove (self->suggestions_box, child);
      child = next;
    }

  for (guint i = 0; suggestions[i] != NULL; i++)
    {
      GtkWidget *button = gtk_button_new_with_label (suggestions[i]);

      gtk_widget_set_halign (button, GTK_ALIGN_START);
      gtk_widget_add_css_class (button, "pill");
      g_signal_connect_object (button, "clicked", G_CALLBACK (suggestion_clicked_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_box_append (self->suggestions_box, button);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->suggestions_box), suggestions[0] != NULL);
}

/* The home stack's pages other than the one shown are hidden, not only
 * behind it: GTK styles every visible widget, and the search results, the
 * "no results" page and the built-in urgent-help card would otherwise be
 * styled for the first frame, which shows none of them. */
static void
show_home_page (BpgAdviceView *self,
                const char    *name)
{
  GtkWidget *page = gtk_stack_get_child_by_name (self->home_stack, name);

  gtk_widget_set_visible (page, TRUE);
  gtk_stack_set_visible_child (self->home_stack, page);
}

static void search_loaded_cb (GObject      *object,
                              GAsyncResult *result,
                              gpointer      user_data);

static void
run_search (BpgAdviceView *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  guint n;

  if (self->content == NULL || *text == '\0')
    {
      gtk_list_box_bind_model (self->results_list, NULL, NULL, NULL, NULL);
      g_clear_object (&self->results);
      if (self->content != NULL)
        show_home_page (self, "topics");
      return;
    }

  if (self->search == NULL)
    {
      /* Search over the pages works at once; the exercises, services and
       * patients' words join it from a worker thread, read only when
       * someone first searches, not at start-up. */
      self->search = bpg_search_new (self->content);
      self->search_cancellable = g_cancellable_new ();
      bpg_search_load_async (self->content, GETTEXT_PACKAGE, self->search_cancellable,
                             search_loaded_cb, g_object_ref (self));
    }
  g_clear_object (&self->results);
  self->results = bpg_search_query (self->search, text);
  gtk_list_box_bind_model (self->results_list, self->results, create_result_row, NULL, NULL);

  n = g_list_model_get_n_items (self->results);
  if (n == 0)
    {
      show_suggestions (self, text);
      show_home_page (self, "no-results");
      return;
    }

  {
    g_autofree char *label = g_strdup_printf (ngettext ("%u result matches “%s”",
                                                        "%u results match “%s”", n),
                                              n, text);

    gtk_label_set_text (self->results_label, label);
  }
  show_home_page (self, "results");
}

static void
search_changed_cb (BpgAdviceView *self)
{
  /* Searching always shows results on the home page. */
  if (adw_leaflet_get_visible_child (self->leaflet) != GTK_WIDGET (self->home_stack))
    adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->home_stack));

  run_search (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

static void
search_activate_cb (BpgAdviceView *self)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->results_list, 0);

  if (row != NULL)
    g_signal_emit_by_name (self->results_list, "row-activated", row);
}

static void
stop_search_cb (BpgAdviceView *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

/* Down from the search box goes to the first result, where the focus can be
 * seen; Escape anywhere on the home page ends the search, not only in the box. */
static gboolean
key_pressed_cb (BpgAdviceView         *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  gboolean in_entry = focus != NULL &&
                      (focus == GTK_WIDGET (self->search_entry) ||
                       gtk_widget_is_ancestor (focus, GTK_WIDGET (self->search_entry)));

  if (!gtk_search_bar_get_search_mode (self->search_bar) ||
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)) != 0)
    return GDK_EVENT_PROPAGATE;

  if (keyval == GDK_KEY_Escape)
    {
      gtk_search_bar_set_search_mode (self->search_bar, FALSE);
      return GDK_EVENT_STOP;
    }

  if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down) && in_entry)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->results_list, 0);

      if (row != NULL && gtk_widget_get_mapped (GTK_WIDGET (row)))
        gtk_widget_grab_focus (GTK_WIDGET (row));
      /* with no results there is nothing below the box to go to */
      return GDK_EVENT_STOP;
    }

  return GDK_EVENT_PROPAGATE;
}

static void
result_activated_cb (BpgAdviceView *self,
                     GtkListBoxRow *row)
{
  BpgSearchResult *result = bpg_search_result_row_get_result (GTK_WIDGET (row));

  /* A page opens here, at the block that matched; the window opens the rest. */
  if (bpg_search_result_get_kind (result) == BPG_SEARCH_KIND_PAGE)
    bpg_advice_view_open_page (self,
                               bpg_search_result_get_target (result),
                               bpg_search_result_get_block (result));
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-result", "s",
                                bpg_search_result_get_id (result));
}

static void
update_key_capture (BpgAdviceView *self)
{
  gboolean at_home = adw_leaflet_get_visible_child (self->leaflet) == GTK_WIDGET (self->home_stack);
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* Typing on the home page starts a search; on a page it must not. */
  gtk_search_bar_set_key_capture_widget (self->search_bar,
                                         at_home && root != NULL ? GTK_WIDGET (root) : NULL);
}

static void
visible_child_cb (BpgAdviceView *self)
{
  update_key_capture (self);
  notify_location (self);
}

/* The leaflet's pages in navigation order: the home page, then each page
 * the reader opened. (The widget tree's order is the drawing order.) */
static GPtrArray *
get_children (BpgAdviceView *self)
{
  g_autoptr(GListModel) pages = G_LIST_MODEL (adw_leaflet_get_pages (self->leaflet));
  GPtrArray *children = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(AdwLeafletPage) page = g_list_model_get_item (pages, i);

      g_ptr_array_add (children, adw_leaflet_page_get_child (page));
    }

  return children;
}

/* Drops the pages the reader has gone back from. */
static void
drop_pages_after_visible (BpgAdviceView *self)
{
  g_autoptr(GPtrArray) children = get_children (self);
  GtkWidget *visible = adw_leaflet_get_visible_child (self->leaflet);
  guint index;

  if (!g_ptr_array_find (children, visible, &index))
    return;

  for (guint i = index + 1; i < children->len; i++)
    adw_leaflet_remove (self->leaflet, g_ptr_array_index (children, i));
}

static void
transition_cb (BpgAdviceView *self)
{
  if (adw_leaflet_get_child_transition_running (self->leaflet))
    return;

  drop_pages_after_visible (self);
  notify_location (self);
}

static void
search_mode_cb (BpgAdviceView *self)
{
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH_MODE]);
}

static void
open_page_cb (BpgAdviceView *self,
              const char    *page_id)
{
  bpg_advice_view_open_page (self, page_id, -1);
}

static void
context_content_cb (BpgAdviceView *self)
{
  BpgContent *content = bpg_context_get_content (self->context);
  const GError *error = bpg_context_get_content_error (self->context);

  if (content != NULL || error != NULL)
    bpg_advice_view_set_content (self, content, error);
}

static void
bpg_advice_view_constructed (GObject *object)
{
  BpgAdviceView *self = BPG_ADVICE_VIEW (object);

  G_OBJECT_CLASS (bpg_advice_view_parent_class)->constructed (object);

  g_assert (BPG_IS_CONTEXT (self->context));
  g_signal_connect_object (self->context, "notify::content",
                           G_CALLBACK (context_content_cb), self, G_CONNECT_SWAPPED);
  context_content_cb (self);
}

/* The pages are read once the area is on screen, if reading has not begun
 * already (the application starts it as GTK starts); until they come, the
 * home page shows the built-in urgent-help advice. */
static void
bpg_advice_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (bpg_advice_view_parent_class)->map (widget);

  bpg_context_load_content (BPG_ADVICE_VIEW (widget)->context);
}

static void
bpg_advice_view_root (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (bpg_advice_view_parent_class)->root (widget);

  update_key_capture (BPG_ADVICE_VIEW (widget));
}

static void
bpg_advice_view_unroot (GtkWidget *widget)
{
  gtk_search_bar_set_key_capture_widget (BPG_ADVICE_VIEW (widget)->search_bar, NULL);

  GTK_WIDGET_CLASS (bpg_advice_view_parent_class)->unroot (widget);
}

static void
bpg_advice_view_dispose (GObject *object)
{
  BpgAdviceView *self = (BpgAdviceView *)object;

  /* AdwBin holds its child too: drop it there before the template does. */
  g_clear_handle_id (&self->topics_idle, g_source_remove);
  adw_bin_set_child (ADW_BIN (GTK_WIDGET (self)), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BPG_TYPE_ADVICE_VIEW);
  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  g_clear_object (&self->results);
  g_clear_object (&self->search);
  g_clear_object (&self->content);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (bpg_advice_view_parent_class)->dispose (object);
}

static void
bpg_advice_view_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BpgAdviceView *self = BPG_ADVICE_VIEW (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, bpg_advice_view_get_title (self));
      break;

    case PROP_SUBTITLE:
      g_value_set_string (value, bpg_advice_view_get_subtitle (self));
      break;

    case PROP_CAN_GO_BACK:
      g_value_set_boolean (value, bpg_advice_view_get_can_go_back (self));
      break;

    case PROP_SEARCH_MODE:
      g_value_set_boolean (value, gtk_search_bar_get_search_mode (self->search_bar));
      break;

    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bpg_advice_view_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BpgAdviceView *self = BPG_ADVICE_VIEW (object);

  switch (prop_id)
    {
    case PROP_SEARCH_MODE:
      gtk_search_bar_set_search_mode (self->search_bar, g_value_get_boolean (value));
      break;

    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bpg_advice_view_class_init (BpgAdviceViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = bpg_advice_view_constructed;
  object_class->dispose = bpg_advice_view_dispose;
  object_class->get_property = bpg_advice_view_get_property;
  object_class->set_property = bpg_advice_view_set_property;
  widget_class->map = bpg_advice_view_map;
  widget_class->root = bpg_advice_view_root;
  widget_class->unroot = bpg_advice_view_unroot;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_GO_BACK] =
    g_param_spec_boolean ("can-go-back", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SEARCH_MODE] =
    g_param_spec_boolean ("search-mode", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, BPG_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BPG_TYPE_URGENT_CARD);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/advice/bpg-advice-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BpgAdviceView, search_bar);
  gtk_widget_class_bind_template_child (widget_class, BpgAdviceView, search_entry);
  gtk_widget_class_bind_template_child (widget_class, BpgAdviceView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, BpgAdviceView, home_stack);
  gtk_widget_class_bind_template_child (widget_class, BpgAdviceView, loading_card);
  gtk_widget_class_bind_template_child (widget_class, BpgAdviceView, topics_box);
  gtk_widget_class_bind_template_child (widget_class, BpgAdviceView, results_label);
  gtk_widget_class_bind_template_child (widget_class, BpgAdviceView, results_list);
  gtk_widget_class_bind_template_child (widget_class, BpgAdviceView, suggestions_box);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, result_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, visible_child_cb);
  gtk_widget_class_bind_template_callback (widget_class, transition_cb);
}

static void
bpg_advice_view_init (BpgAdviceView *self)
{
  GtkEventController *keys;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* the home's buttons (the topics, added later, set their own floors) */
  bpg_layout_tune (GTK_WIDGET (self->topics_box));

  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (search_mode_cb), self, G_CONNECT_SWAPPED);
}

static void
search_loaded_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(BpgAdviceView) self = user_data;
  g_autoptr(BpgSearch) search = bpg_search_load_finish (result, NULL);

  /* NULL only when cancelled: the content changed or the view went. */
  if (search == NULL || self->content == NULL)
    return;

  g_set_object (&self->search, search);
  run_search (self);
}

/**
 * bpg_advice_view_set_content:
 * @content: (nullable): the advice content
 * @error: (nullable): why there is no content
 *
 * Shows the topics of @content on the home page. Without content the home
 * page keeps the built-in urgent-help advice and says what went wrong.
 */
void
bpg_advice_view_set_content (BpgAdviceView *self,
                             BpgContent    *content,
                             const GError  *error)
{
  g_return_if_fail (BPG_IS_ADVICE_VIEW (self));
  g_return_if_fail (content == NULL || BPG_IS_CONTENT (content));

  bpg_advice_view_show_home (self);
  clear_topics (self);
  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  g_clear_object (&self->search);
  g_set_object (&self->content, content);

  if (content == NULL)
    {
      bpg_urgent_card_set_problem (self->loading_card,
                                   error != NULL ? error->message : NULL);
      show_home_page (self, "loading");
      return;
    }

  /* The built-in urgent-help card stands in for the topics only while
   * there are none (above). */
  show_home_page (self, "topics");
  gtk_widget_set_visible (gtk_stack_get_child_by_name (self->home_stack, "loading"), FALSE);
  add_topics_cb (self);
  if (self->n_topics_shown < g_list_model_get_n_items (bpg_content_get_topics (content)))
    self->topics_idle = g_idle_add_full (G_PRIORITY_LOW, add_topics_cb, self, NULL);

  run_search (self);
}

/**
 * bpg_advice_view_open_page:
 * @page_id: the page to show
 * @block: the block to scroll to, or -1 for the top
 *
 * Returns: %TRUE if the page exists and is now shown
 */
gboolean
bpg_advice_view_open_page (BpgAdviceView *self,
                           const char    *page_id,
                           int            block)
{
  BpgPage *page;
  BpgPageView *view;

  g_return_val_if_fail (BPG_IS_ADVICE_VIEW (self), FALSE);

  if (self->content == NULL ||
      !(page = bpg_content_lookup_page (self->content, page_id)))
    return FALSE;

  view = bpg_page_view_new (page);
  g_signal_connect_object (view, "open-page", G_CALLBACK (open_page_cb), self, G_CONNECT_SWAPPED);

  /* Anything after the current page was already left behind. */
  drop_pages_after_visible (self);
  adw_leaflet_append (self->leaflet, GTK_WIDGET (view));
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (view));
  bpg_page_view_reveal_block (view, block);
  bpg_glyph_warmup_next_frame (GTK_WIDGET (view));

  return TRUE;
}

/**
 * bpg_advice_view_show_home:
 *
 * Goes back to the list of topics.
 */
void
bpg_advice_view_show_home (BpgAdviceView *self)
{
  g_return_if_fail (BPG_IS_ADVICE_VIEW (self));

  /* home is the topics, not the results of a search */
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->home_stack));
}

/**
 * bpg_advice_view_go_back:
 *
 * Returns: %TRUE if there was a page to go back from
 */
gboolean
bpg_advice_view_go_back (BpgAdviceView *self)
{
  g_return_val_if_fail (BPG_IS_ADVICE_VIEW (self), FALSE);

  if (!bpg_advice_view_get_can_go_back (self))
    return FALSE;

  /* The page before the visible one; what is after it is dropped once the
   * transition ends. */
  {
    g_autoptr(GPtrArray) children = get_children (self);
    guint index;

    if (!g_ptr_array_find (children, adw_leaflet_get_visible_child (self->leaflet), &index) ||
        index == 0)
      return FALSE;

    adw_leaflet_set_visible_child (self->leaflet, g_ptr_array_index (children, index - 1));
  }
  return TRUE;
}

gboolean
bpg_advice_view_get_can_go_back (BpgAdviceView *self)
{
  g_return_val_if_fail (BPG_IS_ADVICE_VIEW (self), FALSE);

  return adw_leaflet_get_visible_child (self->leaflet) != GTK_WIDGET (self->home_stack);
}

/**
 * bpg_advice_view_start_search:
 *
 * Opens the search bar and puts the cursor in it.
 */
void
bpg_advice_view_start_search (BpgAdviceView *self)
{
  g_return_if_fail (BPG_IS_ADVICE_VIEW (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

/**
 * bpg_advice_view_search:
 * @text: what to search for
 *
 * Opens the search bar with @text in it, and shows what it finds.
 */
void
bpg_advice_view_search (BpgAdviceView *self,
                        const char    *text)
{
  g_return_if_fail (BPG_IS_ADVICE_VIEW (self));
  g_return_if_fail (text != NULL);

  bpg_advice_view_start_search (self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  gtk_editable_set_position (GTK_EDITABLE (self->search_entry), -1);
}

/**
 * bpg_advice_view_get_title:
 *
 * Returns: where the reader is: the page's title, or the home page's
 */
const char *
bpg_advice_view_get_title (BpgAdviceView *self)
{
  BpgPageView *view;

  g_return_val_if_fail (BPG_IS_ADVICE_VIEW (self), NULL);

  if ((view = get_visible_page_view (self)))
    return bpg_page_get_title (bpg_page_view_get_page (view));

  if (self->results != NULL)
    return _("Search Results");

  return _("Advice");
}

/**
 * bpg_advice_view_get_subtitle:
 *
 * Returns: the topic of the page shown, as a "you are here" line
 */
const char *
bpg_advice_view_get_subtitle (BpgAdviceView *self)
{
  BpgPageView *view;
  BpgTopic *topic;

  g_return_val_if_fail (BPG_IS_ADVICE_VIEW (self), NULL);

  if ((view = get_visible_page_view (self)) &&
      (topic = bpg_page_get_topic (bpg_page_view_get_page (view))))
    return bpg_topic_get_title (topic);

  return _("Back Pain Guide");
}

/**
 * bpg_advice_view_get_page_id:
 *
 * Returns: (nullable): the ID of the page shown, or %NULL on the home page
 */
const char *
bpg_advice_view_get_page_id (BpgAdviceView *self)
{
  BpgPageView *view;

  g_return_val_if_fail (BPG_IS_ADVICE_VIEW (self), NULL);

  if ((view = get_visible_page_view (self)))
    return bpg_page_get_id (bpg_page_view_get_page (view));

  return NULL;
}
