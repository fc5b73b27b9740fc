/* bpg-window.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-window"

#include "config.h"

#include <glib/gi18n.h>

#include "bpg-advice-view.h"
#include "bpg-check-view.h"
#include "bpg-diary-view.h"
#include "bpg-entry-editor.h"
#include "bpg-glyph-warmup.h"
#include "bpg-handout-dialog.h"
#include "bpg-help-view.h"
#include "bpg-i18n.h"
#include "bpg-layout-tune.h"
#include "bpg-quick-jump.h"
#include "bpg-search-result.h"
#include "bpg-shared-guard.h"
#include "bpg-window.h"

struct _BpgWindow
{
  AdwApplicationWindow  parent_instance;

  BpgContext           *context;
  GSettings            *settings;   /* the context's */
  BpgAdviceView        *advice_view;

  /* Template widgets */
  GtkButton            *back_button;
  GtkToggleButton      *search_button;
  AdwWindowTitle       *window_title;
  AdwViewSwitcherBar   *switcher_bar;
  GtkMenuButton        *menu_button;
  AdwFlap              *flap;
  GtkListBox           *sidebar;
  AdwViewStack         *stack;
  AdwBin               *advice_bin;
  AdwBin               *check_bin;
  AdwBin               *diary_bin;
  AdwBin               *help_bin;
  GMenu                *primary_menu;
  GMenu                *language_menu;
  guint                 fold_idle;
  GtkWindow            *shortcuts;   /* made when first shown */
  BpgQuickJump         *quick_jump;  /* made when first shown */
  gboolean              presented_fullscreen;

  /* Carried over from the window this one replaces (a change of language),
   * until the content and the exercises are read again. */
  char                 *pending_location;
  char                 *pending_area;
  BpgDiaryEntry        *pending_entry;
  BpgDiaryEntry        *pending_draft;
  GtkWidget            *shared_banner;
  BpgSharedGuard       *shared_guard; /* on a shared computer */
};

G_DEFINE_FINAL_TYPE (BpgWindow, bpg_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_PRESENTATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void update_title_cb (BpgWindow *self);
static GtkWidget *ensure_area (BpgWindow  *self,
                               const char *area);
static void open_page_cb    (BpgWindow  *self,
                             const char *page_id);

static void
save_state (BpgWindow *self)
{
  const char *area = bpg_window_get_area (self);
  const char *page = bpg_advice_view_get_page_id (self->advice_view);
  g_autofree char *last_page = NULL;
  int width, height;

  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (self->settings);
  g_settings_set_int (self->settings, "window-width", width);
  g_settings_set_int (self->settings, "window-height", height);
  g_settings_set_boolean (self->settings, "window-maximized",
                          gtk_window_is_maximized (GTK_WINDOW (self)));

  /* On a shared computer, the next person does not see what was read. */
  if (bpg_context_get_shared_computer (self->context))
    last_page = g_strdup ("");
  else if (g_strcmp0 (area, "advice") == 0 && page != NULL)
    last_page = g_strconcat ("advice:", page, NULL);
  else
    last_page = g_strdup (area);
  g_settings_set_string (self->settings, "last-page", last_page);
  g_settings_apply (self->settings);
}

static void
restore_page (BpgWindow *self)
{
  g_autofree char *last_page = g_settings_get_string (self->settings, "last-page");

  if (self->pending_location != NULL)
    {
      g_free (last_page);
      last_page = g_steal_pointer (&self->pending_location);
    }
  else if (bpg_context_get_shared_computer (self->context))
    return;

  if (g_str_has_prefix (last_page, "advice:"))
    {
      bpg_window_show_area (self, "advice");
      bpg_advice_view_open_page (self->advice_view, last_page + strlen ("advice:"), -1);
    }
  else if (*last_page != '\0')
    bpg_window_show_area (self, last_page);
}

static GtkWidget *
create_sidebar_row (gpointer item,
                    gpointer user_data)
{
  AdwViewStackPage *page = item;
  GtkWidget *row, *box, *image, *label;

  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  image = gtk_image_new_from_icon_name (adw_view_stack_page_get_icon_name (page));
  label = gtk_label_new (adw_view_stack_page_get_title (page));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), image);
  gtk_box_append (GTK_BOX (box), label);

  row = gtk_list_box_row_new ();
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_name (row, adw_view_stack_page_get_name (page));
  gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  adw_view_stack_page_get_title (page),
                                  -1);
  return row;
}

static void
sync_sidebar (BpgWindow *self)
{
  const char *area = adw_view_stack_get_visible_child_name (self->stack);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      if (g_strcmp0 (gtk_widget_get_name (row), area) == 0)
        {
          gtk_list_box_select_row (self->sidebar, GTK_LIST_BOX_ROW (row));
          return;
        }
    }
}

static void
sidebar_row_activated_cb (BpgWindow     *self,
                          GtkListBoxRow *row)
{
  bpg_window_show_area (self, gtk_widget_get_name (GTK_WIDGET (row)));
}

/* Moving through the rows moves the highlight without opening the area:
 * when the focus leaves the sidebar, the highlight goes back to the area
 * that is shown. */
static void
sidebar_focus_leave_cb (BpgWindow *self)
{
  /* the focus also leaves while the window is taken down */
  if (self->stack == NULL || gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;
  sync_sidebar (self);
}

static void
update_title_cb (BpgWindow *self)
{
  const char *area = bpg_window_get_area (self);
  gboolean in_advice = g_strcmp0 (area, "advice") == 0;

  if (in_advice)
    {
      adw_window_title_set_title (self->window_title, bpg_advice_view_get_title (self->advice_view));
      adw_window_title_set_subtitle (self->window_title, bpg_advice_view_get_subtitle (self->advice_view));
    }
  else
    {
      GtkWidget *child = adw_view_stack_get_visible_child (self->stack);
      AdwViewStackPage *page = child != NULL ? adw_view_stack_get_page (self->stack, child) : NULL;

      adw_window_title_set_title (self->window_title,
                                  page != NULL ? adw_view_stack_page_get_title (page) : "");
      adw_window_title_set_subtitle (self->window_title, _("Back Pain Guide"));
    }

  gtk_widget_set_visible (GTK_WIDGET (self->back_button),
                          in_advice && bpg_advice_view_get_can_go_back (self->advice_view));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back",
                                 in_advice && bpg_advice_view_get_can_go_back (self->advice_view));
  sync_sidebar (self);
}

/* Below this width the sidebar gives way to a bar at the bottom. AdwFlap's
 * own rule (kept above it) folds only when the minimum sizes no longer fit,
 * which leaves text squeezed into a narrow column first. */
#define FOLD_BELOW_WIDTH 640

static AdwFlapFoldPolicy
fold_policy_for_width (int width)
{
  return width < FOLD_BELOW_WIDTH ? ADW_FLAP_FOLD_POLICY_ALWAYS : ADW_FLAP_FOLD_POLICY_AUTO;
}

static gboolean
update_fold_policy_cb (gpointer user_data)
{
  BpgWindow *self = user_data;

  self->fold_idle = 0;
  adw_flap_set_fold_policy (self->flap,
                            fold_policy_for_width (gtk_widget_get_width (GTK_WIDGET (self))));
  return G_SOURCE_REMOVE;
}

static void
search_toggled_cb (BpgWindow *self)
{
  if (gtk_toggle_button_get_active (self->search_button))
    bpg_window_show_area (self, "advice");
}

static void
open_page_cb (BpgWindow  *self,
              const char *page_id)
{
  bpg_window_open_page (self, page_id);
}

static void
back_mouse_pressed_cb (GtkGestureClick *gesture,
                       int              n_press,
                       double           x,
                       double           y,
                       BpgWindow       *self)
{
  if (bpg_advice_view_go_back (self->advice_view))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
}

static void
edit_pending_draft_cb (BpgWindow *self)
{
  if (self->pending_draft == NULL ||
      (bpg_context_get_exercises (self->context) == NULL &&
       bpg_context_get_exercises_error (self->context) == NULL))
    return;

  bpg_diary_view_edit_draft (BPG_DIARY_VIEW (ensure_area (self, "diary")),
                             self->pending_entry, self->pending_draft);
  g_clear_object (&self->pending_entry);
  g_clear_object (&self->pending_draft);
}

#define LRM "\xe2\x80\x8e"  /* U+200E LEFT-TO-RIGHT MARK */
#define RLM "\xe2\x80\x8f"  /* U+200F RIGHT-TO-LEFT MARK */
#define FSI "\xe2\x81\xa8"  /* U+2068 FIRST STRONG ISOLATE */
#define PDI "\xe2\x81\xa9"  /* U+2069 POP DIRECTIONAL ISOLATE */

/* The language menu: the system's, then each language in its own name,
 * saying which still await a medical translator's check. */
static void
fill_language_menu (BpgWindow *self)
{
  const BpgLanguage *languages;
  guint n;

  languages = bpg_i18n_get_languages (&n);
  g_menu_append (self->language_menu, _("System Default"), "app.language::");
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *action = g_strconcat ("app.language::", languages[i].code, NULL);
      g_autofree char *label = NULL;

      /* The name is isolated, and the line starts in the app's direction,
       * so "العربية" does not turn an English line around. */
      g_autofree char *name = g_strconcat (bpg_i18n_get_rtl () ? RLM : LRM,
                                           FSI, languages[i].name, PDI, NULL);

      if (bpg_i18n_get_reviewed_for (GETTEXT_PACKAGE, languages[i].code))
        label = g_strdup (languages[i].name);
      else
        /* Translators: %s is a language's name in its own script, such as
         * "Polski". Its translation has not been checked by a qualified
         * medical translator yet. */
        label = g_strdup_printf (_("%s — not yet checked by a medical translator"), name);
      g_menu_append (self->language_menu, label, action);
    }
}

static void
content_cb (BpgWindow *self)
{
  if (bpg_context_get_content (self->context) == NULL)
    return;

  restore_page (self);
  if (self->pending_area != NULL)
    {
      g_autofree char *area = g_steal_pointer (&self->pending_area);
      bpg_window_show_area (self, area);
    }
}

/* Each area other than the advice is made the first time it is shown, and
 * kept: the window appears sooner, and an area's data and pictures are read
 * only when someone goes there. */
static GtkWidget *
ensure_area (BpgWindow  *self,
             const char *area)
{
  AdwBin *bin = ADW_BIN (adw_view_stack_get_child_by_name (self->stack, area));
  GtkWidget *view;

  if (bin == NULL || self->context == NULL)
    return NULL;
  if ((view = adw_bin_get_child (bin)) != NULL)
    return view;

  if (bin == self->check_bin)
    view = g_object_new (BPG_TYPE_CHECK_VIEW, "context", self->context, NULL);
  else if (bin == self->diary_bin)
    view = g_object_new (BPG_TYPE_DIARY_VIEW, "context", self->context, NULL);
  else if (bin == self->help_bin)
    view = g_object_new (BPG_TYPE_HELP_VIEW, "context", self->context, NULL);
  else
    g_return_val_if_reached (NULL);

  if (!BPG_IS_DIARY_VIEW (view))
    g_signal_connect_object (view, "open-page", G_CALLBACK (open_page_cb), self,
                             G_CONNECT_SWAPPED);
  bpg_layout_tune (view);
  adw_bin_set_child (bin, view);
  bpg_glyph_warmup_next_frame (GTK_WIDGET (self));
  return view;
}

static void
make_advice_view (BpgWindow *self)
{
  gtk_toggle_button_set_active (self->search_button, FALSE);
  self->advice_view = g_object_new (BPG_TYPE_ADVICE_VIEW, "context", self->context, NULL);
  adw_bin_set_child (self->advice_bin, GTK_WIDGET (self->advice_view));
  g_signal_connect_object (self->advice_view, "notify::title",
                           G_CALLBACK (update_title_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->advice_view, "notify::can-go-back",
                           G_CALLBACK (update_title_cb), self, G_CONNECT_SWAPPED);
  g_object_bind_property (self->search_button, "active",
                          self->advice_view, "search-mode",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

static void
shared_computer_cb (BpgWindow *self)
{
  gboolean shared = bpg_context_get_shared_computer (self->context);

  /* The banner holds Finish and Clear. */
  gtk_widget_set_visible (self->shared_banner, shared);
  if (shared && self->shared_guard == NULL)
    self->shared_guard = bpg_shared_guard_new (GTK_WINDOW (self), self->context);
}

/* After clearing, every area is as a fresh start shows it: the areas are
 * made again when next visited, the advice from its home page, with an
 * empty search. Clearing goes back to the machine's language, which may
 * have built this window to take over from one that showed another area:
 * nothing of that is carried over once the content is read again. */
static void
session_cleared_cb (BpgWindow *self)
{
  g_clear_pointer (&self->pending_location, g_free);
  g_clear_pointer (&self->pending_area, g_free);
  g_clear_object (&self->pending_entry);
  g_clear_object (&self->pending_draft);
  adw_view_stack_set_visible_child_name (self->stack, "advice");
  adw_bin_set_child (self->check_bin, NULL);
  adw_bin_set_child (self->diary_bin, NULL);
  adw_bin_set_child (self->help_bin, NULL);
  make_advice_view (self);
  update_title_cb (self);
}

static void
finish_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BpgWindow *self = BPG_WINDOW (widget);

  if (self->shared_guard != NULL)
    bpg_shared_guard_ask_finish (self->shared_guard, FALSE);
}

static void
visible_area_cb (BpgWindow *self)
{
  const char *area = adw_view_stack_get_visible_child_name (self->stack);

  /* The stack shows its first page while the template is being built. */
  if (self->advice_view == NULL)
    return;

  if (area != NULL)
    ensure_area (self, area);
  update_title_cb (self);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  bpg_advice_view_go_back (BPG_WINDOW (widget)->advice_view);
}

static void
home_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BpgWindow *self = BPG_WINDOW (widget);

  bpg_window_show_area (self, "advice");
  bpg_advice_view_show_home (self->advice_view);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BpgWindow *self = BPG_WINDOW (widget);

  bpg_window_show_area (self, "advice");
  bpg_advice_view_start_search (self->advice_view);
}

static void
urgent_help_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  bpg_window_show_area (BPG_WINDOW (widget), "help");
}

static void
check_symptoms_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  bpg_window_show_area (BPG_WINDOW (widget), "check");
}

static BpgDiaryView *
show_diary (BpgWindow *self)
{
  bpg_window_show_area (self, "diary");
  return BPG_DIARY_VIEW (ensure_area (self, "diary"));
}

static void
show_exercises_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  bpg_diary_view_show_exercises (show_diary (BPG_WINDOW (widget)));
}

static void
new_diary_entry_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  bpg_diary_view_new_entry (show_diary (BPG_WINDOW (widget)));
}

static void
make_handout_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BpgWindow *self = BPG_WINDOW (widget);

  gtk_window_present (GTK_WINDOW (bpg_handout_dialog_new (GTK_WINDOW (self), self->context)));
}

static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  BpgWindow *self = BPG_WINDOW (widget);

  if (self->shortcuts == NULL)
    {
      g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE
                                                                     "/bpg-shortcuts.ui");

      self->shortcuts = g_object_ref (GTK_WINDOW (gtk_builder_get_object (builder,
                                                                          "help_overlay")));
      gtk_window_set_transient_for (self->shortcuts, GTK_WINDOW (self));
      gtk_window_set_modal (self->shortcuts, TRUE);
      gtk_window_set_hide_on_close (self->shortcuts, TRUE);
    }

  gtk_window_present (self->shortcuts);
}

static void
open_result_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  bpg_window_open_result (BPG_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

static void
show_area_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  bpg_window_show_area (BPG_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* Presentation: full screen, larger text (the context's text scale) and
 * the .presentation style, which makes the symptom check larger still. */
static void
presentation_cb (BpgWindow *self)
{
  if (bpg_context_get_presentation (self->context))
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "presentation");
      gtk_window_fullscreen (GTK_WINDOW (self));
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "presentation");
      self->presented_fullscreen = FALSE;
      gtk_window_unfullscreen (GTK_WINDOW (self));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTATION]);
}

/* Leaving full screen another way (the desktop's own key) ends it too. */
static void
fullscreened_cb (BpgWindow *self)
{
  gboolean fullscreen = gtk_window_is_fullscreen (GTK_WINDOW (self));

  if (!bpg_context_get_presentation (self->context))
    return;
  if (fullscreen)
    self->presented_fullscreen = TRUE;
  else if (self->presented_fullscreen)
    bpg_context_set_presentation (self->context, FALSE);
}

/* Escape leaves presentation, unless something inside used it first. */
static gboolean
leave_presentation_cb (GtkWidget *widget,
                       GVariant  *args,
                       gpointer   user_data)
{
  BpgWindow *self = BPG_WINDOW (widget);

  if (!bpg_context_get_presentation (self->context))
    return FALSE;

  bpg_context_set_presentation (self->context, FALSE);
  return TRUE;
}

static void
quick_jump_open_cb (BpgWindow  *self,
                    const char *id)
{
  bpg_window_open_result (self, id);
}

static void
quick_jump_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  BpgWindow *self = BPG_WINDOW (widget);

  if (self->quick_jump == NULL)
    {
      self->quick_jump = g_object_ref_sink (bpg_quick_jump_new (GTK_WINDOW (self),
                                                                self->context));
      g_signal_connect_object (self->quick_jump, "open", G_CALLBACK (quick_jump_open_cb),
                               self, G_CONNECT_SWAPPED);
    }

  bpg_quick_jump_show (self->quick_jump);
}

static void
bpg_window_size_allocate (GtkWidget *widget,
                          int        width,
                          int        height,
                          int        baseline)
{
  BpgWindow *self = BPG_WINDOW (widget);

  GTK_WIDGET_CLASS (bpg_window_parent_class)->size_allocate (widget, width, height, baseline);

  /* Changing the layout inside an allocation is not allowed: do it next. */
  if (fold_policy_for_width (width) != adw_flap_get_fold_policy (self->flap) &&
      self->fold_idle == 0)
    self->fold_idle = g_idle_add (update_fold_policy_cb, self);
}

static gboolean
bpg_window_close_request (GtkWindow *window)
{
  BpgWindow *self = BPG_WINDOW (window);
  GtkWidget *diary = adw_bin_get_child (self->diary_bin);

  /* On a shared computer, closing (Ctrl+Q too) asks first, then wipes. */
  if (self->shared_guard != NULL && bpg_shared_guard_hold_close (self->shared_guard))
    return TRUE;

  /* A diary change that could not be saved is not lost without asking. The
   * diary can only change once its area has been made. */
  if (diary != NULL && bpg_diary_view_hold_close (BPG_DIARY_VIEW (diary)))
    return TRUE;

  save_state (self);

  return GTK_WINDOW_CLASS (bpg_window_parent_class)->close_request (window);
}

/* A window in front of this one and set to go with it (the quick jump,
 * say) lets go of it first, then goes. GTK 4.8 destroys such a window with
 * its parent but leaves it pointing at the parent; kept a little longer by
 * a reference (an idle callback, a load), it would use the freed parent
 * when it goes. Other windows in front are left to GTK, which lets go of
 * the parent itself, and to their owners: GTK's own file chooser, where
 * there is no portal, is freed by the view that opened it. */
static void
release_windows_in_front (BpgWindow *self)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (gtk_window_get_transient_for (window) != GTK_WINDOW (self) ||
          !gtk_window_get_destroy_with_parent (window))
        continue;
      gtk_window_set_transient_for (window, NULL);
      gtk_window_destroy (window);
    }
}

static void
bpg_window_dispose (GObject *object)
{
  BpgWindow *self = (BpgWindow *)object;

  release_windows_in_front (self);
  g_clear_handle_id (&self->fold_idle, g_source_remove);
  if (self->shortcuts != NULL)
    gtk_window_destroy (self->shortcuts);
  g_clear_object (&self->shortcuts);
  if (self->quick_jump != NULL)
    gtk_window_destroy (GTK_WINDOW (self->quick_jump));
  g_clear_object (&self->quick_jump);
  g_clear_pointer (&self->pending_location, g_free);
  g_clear_pointer (&self->pending_area, g_free);
  g_clear_object (&self->pending_entry);
  g_clear_object (&self->pending_draft);
  g_clear_object (&self->shared_guard);
  gtk_widget_dispose_template (GTK_WIDGET (self), BPG_TYPE_WINDOW);
  self->advice_view = NULL;
  self->settings = NULL;
  g_clear_object (&self->context);

  G_OBJECT_CLASS (bpg_window_parent_class)->dispose (object);
}

static void
bpg_window_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  BpgWindow *self = BPG_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    case PROP_PRESENTATION:
      g_value_set_boolean (value, self->context != NULL &&
                                  bpg_context_get_presentation (self->context));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bpg_window_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  BpgWindow *self = BPG_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    case PROP_PRESENTATION:
      bpg_context_set_presentation (self->context, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* The settings and the first area need the context, which is only there
 * once the construct properties are set. */
static void
bpg_window_constructed (GObject *object)
{
  BpgWindow *self = BPG_WINDOW (object);

  G_OBJECT_CLASS (bpg_window_parent_class)->constructed (object);

  g_assert (BPG_IS_CONTEXT (self->context));
  self->settings = bpg_context_get_settings (self->context);

  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  /* Fold before the first allocation, so a window reopened narrow opens at
   * its narrow size instead of at the width the sidebar needs. */
  adw_flap_set_fold_policy (self->flap,
                            fold_policy_for_width (g_settings_get_int (self->settings,
                                                                       "window-width")));

  make_advice_view (self);
  bpg_glyph_warmup_next_frame (GTK_WIDGET (self));

  g_signal_connect_object (self->context, "notify::content",
                           G_CALLBACK (content_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::exercises",
                           G_CALLBACK (edit_pending_draft_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::shared-computer",
                           G_CALLBACK (shared_computer_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "session-cleared",
                           G_CALLBACK (session_cleared_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::presentation",
                           G_CALLBACK (presentation_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::fullscreened", G_CALLBACK (fullscreened_cb), NULL);
  /* A window built again for a new language keeps presenting. */
  if (bpg_context_get_presentation (self->context))
    presentation_cb (self);
  shared_computer_cb (self);
  content_cb (self);
  update_title_cb (self);
}

/* Right to left, the arrow that points back is the right one: Alt+Right
 * goes back too (Alt+Left, which the tooltips name, still does). */
static gboolean
back_right_cb (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  if (gtk_widget_get_direction (widget) != GTK_TEXT_DIR_RTL)
    return FALSE;

  return gtk_widget_activate_action (widget, g_variant_get_string (args, NULL), NULL);
}

static void
bpg_window_class_init (BpgWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = bpg_window_constructed;
  object_class->dispose = bpg_window_dispose;
  object_class->get_property = bpg_window_get_property;
  object_class->set_property = bpg_window_set_property;
  window_class->close_request = bpg_window_close_request;
  widget_class->size_allocate = bpg_window_size_allocate;

  /**
   * BpgWindow:context:
   *
   * The app's state, shared with every area.
   */
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, BPG_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * BpgWindow:presentation:
   *
   * Whether the app is shown to a patient across a desk (the context's
   * presentation), full screen with large text; the win.presentation action.
   */
  properties[PROP_PRESENTATION] =
    g_param_spec_boolean ("presentation", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/bpg-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BpgWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, BpgWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, BpgWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, BpgWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, BpgWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, BpgWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, BpgWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, BpgWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, BpgWindow, advice_bin);
  gtk_widget_class_bind_template_child (widget_class, BpgWindow, check_bin);
  gtk_widget_class_bind_template_child (widget_class, BpgWindow, diary_bin);
  gtk_widget_class_bind_template_child (widget_class, BpgWindow, help_bin);
  gtk_widget_class_bind_template_child (widget_class, BpgWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, BpgWindow, language_menu);
  gtk_widget_class_bind_template_child (widget_class, BpgWindow, shared_banner);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_focus_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, visible_area_cb);

  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.home", NULL, home_action);
  gtk_widget_class_install_action (widget_class, "win.finish", NULL, finish_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.urgent-help", NULL, urgent_help_action);
  gtk_widget_class_install_action (widget_class, "win.show-area", "s", show_area_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   show_help_overlay_action);
  gtk_widget_class_install_action (widget_class, "win.open-result", "s", open_result_action);
  gtk_widget_class_install_action (widget_class, "win.check-symptoms", NULL, check_symptoms_action);
  gtk_widget_class_install_action (widget_class, "win.show-exercises", NULL, show_exercises_action);
  gtk_widget_class_install_action (widget_class, "win.new-diary-entry", NULL, new_diary_entry_action);
  gtk_widget_class_install_action (widget_class, "win.quick-jump", NULL, quick_jump_action);
  gtk_widget_class_install_property_action (widget_class, "win.presentation", "presentation");
  gtk_widget_class_install_action (widget_class, "win.make-handout", NULL, make_handout_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Right, GDK_ALT_MASK, back_right_cb,
                                "s", "win.back");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new-diary-entry", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "win.show-exercises", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, leave_presentation_cb, NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_h, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.make-handout", NULL);
}

/* At large text on a narrow window, the header's title and the bottom bar's
 * area names would be cut short ("Check My Sy…"): they wrap onto more lines
 * instead, so each is read in full. libadwaita 1.2 offers no property for
 * it, so its labels are set here. */
static void
let_labels_wrap (GtkWidget     *widget,
                 PangoWrapMode  mode)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child))
        {
          GtkLabel *label = GTK_LABEL (child);

          gtk_label_set_single_line_mode (label, FALSE);
          gtk_label_set_ellipsize (label, PANGO_ELLIPSIZE_NONE);
          gtk_label_set_wrap (label, TRUE);
          gtk_label_set_wrap_mode (label, mode);
          gtk_label_set_natural_wrap_mode (label, GTK_NATURAL_WRAP_WORD);
          gtk_label_set_justify (label, GTK_JUSTIFY_CENTER);
        }
      let_labels_wrap (child, mode);
    }
}

/* The bottom bar gives each area's name as much room as the longest one
 * needs; at large text four of them no longer fit a phone. Each gets the
 * room its own words need instead. */
static void
let_switcher_share (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLayoutManager *layout = gtk_widget_get_layout_manager (child);

      if (ADW_IS_VIEW_SWITCHER (child) && GTK_IS_BOX_LAYOUT (layout))
        gtk_box_layout_set_homogeneous (GTK_BOX_LAYOUT (layout), FALSE);
      else
        let_switcher_share (child);
    }
}

/* GTK 4.8 gives a menu item the role of a choice (a radio item) when it
 * finds that its action has a state, and then, as the item is put in a
 * window, sets it back to a plain menu item: the role a widget had when it
 * was made. That is why a menu made with its window, before the window had
 * the app's actions, was read right, and one made later was not. Setting
 * each such item's role again, once it is in the window, mends it. */
static void
restore_item_roles (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      /* GtkModelButton, private to GTK, has a "role" of GtkButtonRole */
      GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (child), "role");

      if (pspec != NULL && G_IS_PARAM_SPEC_ENUM (pspec))
        {
          GEnumClass *roles = G_PARAM_SPEC_ENUM (pspec)->enum_class;
          GEnumValue *plain = g_enum_get_value_by_nick (roles, "normal");
          GEnumValue *role;
          int value;

          g_object_get (child, "role", &value, NULL);
          role = g_enum_get_value (roles, value);
          if (plain != NULL && role != NULL &&
              (g_str_equal (role->value_nick, "check") || g_str_equal (role->value_nick, "radio")))
            {
              g_object_set (child, "role", plain->value, NULL);
              g_object_set (child, "role", value, NULL);
            }
        }
      restore_item_roles (child);
    }
}

/* The main menu is made when it first opens: the first screen does not
 * show it (about 110 widgets). */
static void
create_main_menu (GtkMenuButton *button,
                  gpointer       user_data)
{
  BpgWindow *self = user_data;
  GtkWidget *popover;

  if (gtk_menu_button_get_popover (button) != NULL)
    return;

  popover = gtk_popover_menu_new_from_model (G_MENU_MODEL (self->primary_menu));
  /* GTK 4.8 would read the menu itself as "GtkPopoverMenu" */
  gtk_accessible_update_property (GTK_ACCESSIBLE (popover),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Main menu"), -1);
  gtk_menu_button_set_popover (button, popover);
  restore_item_roles (popover);
}

/* The bottom bar's buttons are made when the window first folds: a wide
 * window never shows them. */
static void
fold_changed_cb (BpgWindow *self)
{
  GtkWidget *bar = GTK_WIDGET (self->switcher_bar);

  if (!adw_flap_get_folded (self->flap) || adw_view_switcher_bar_get_stack (self->switcher_bar) != NULL)
    return;

  adw_view_switcher_bar_set_stack (self->switcher_bar, self->stack);
  let_labels_wrap (bar, PANGO_WRAP_WORD);
  let_switcher_share (bar);
}

static void
bpg_window_init (BpgWindow *self)
{
  GtkGesture *back_click;

  gtk_widget_init_template (GTK_WIDGET (self));
  fill_language_menu (self);
  /* a page's title may hold a word too long for a phone; an area's name
   * does not, and is kept whole */
  let_labels_wrap (GTK_WIDGET (self->window_title), PANGO_WRAP_WORD_CHAR);
  /* The header bar asks how wide its title is for the bar's height. A label
   * that wraps answers with the narrowest width its words fit that height
   * in, so "Back Pain Guide" went onto two lines under a short title even in
   * a wide window, and a long word was cut in two. Asked without a height,
   * the title's width is that of its words on one line; it wraps only when
   * the bar gives it less, and then between words unless one alone is too
   * long. */
  gtk_widget_set_layout_manager (GTK_WIDGET (self->window_title), bpg_width_first_layout_new ());
  g_signal_connect_object (self->flap, "notify::folded",
                           G_CALLBACK (fold_changed_cb), self, G_CONNECT_SWAPPED);
  fold_changed_cb (self);
  gtk_menu_button_set_create_popup_func (self->menu_button, create_main_menu, self, NULL);

  gtk_list_box_bind_model (self->sidebar,
                           G_LIST_MODEL (adw_view_stack_get_pages (self->stack)),
                           create_sidebar_row, NULL, NULL);
  g_object_unref (adw_view_stack_get_pages (self->stack));

  g_signal_connect_object (self->search_button, "notify::active",
                           G_CALLBACK (search_toggled_cb), self, G_CONNECT_SWAPPED);

  /* The mouse's back button goes back too, as in a web browser. */
  back_click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (back_click), 8);
  g_signal_connect (back_click, "pressed", G_CALLBACK (back_mouse_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (back_click));
}

/**
 * bpg_window_new:
 * @application: (nullable): the application
 * @context: the app's state
 *
 * Returns: (transfer full): a new main window
 */
BpgWindow *
bpg_window_new (BpgApplication *application,
                BpgContext     *context)
{
  g_return_val_if_fail (application == NULL || BPG_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (BPG_IS_CONTEXT (context), NULL);

  return g_object_new (BPG_TYPE_WINDOW,
                       "application", application,
                       "context", context,
                       NULL);
}

/**
 * bpg_window_set_content:
 * @content: (nullable): the advice content
 * @error: (nullable): why @content is missing
 *
 * Puts @content in the window's context, for every area. Without content,
 * they keep showing the built-in urgent-help advice, with the reason.
 */
void
bpg_window_set_content (BpgWindow    *self,
                        BpgContent   *content,
                        const GError *error)
{
  g_return_if_fail (BPG_IS_WINDOW (self));

  bpg_context_set_content (self->context, content, error);
}

/**
 * bpg_window_show_area:
 * @area: "advice", "check", "diary" or "help"
 */
void
bpg_window_show_area (BpgWindow  *self,
                      const char *area)
{
  g_return_if_fail (BPG_IS_WINDOW (self));

  if (area == NULL || adw_view_stack_get_child_by_name (self->stack, area) == NULL)
    return;

  adw_view_stack_set_visible_child_name (self->stack, area);
}

/**
 * bpg_window_get_area_view:
 * @area: "advice", "check", "diary" or "help"
 *
 * Returns: (transfer none) (nullable): the area's view, made now if it was
 *   not yet shown
 */
GtkWidget *
bpg_window_get_area_view (BpgWindow  *self,
                          const char *area)
{
  g_return_val_if_fail (BPG_IS_WINDOW (self), NULL);

  if (g_strcmp0 (area, "advice") == 0)
    return GTK_WIDGET (self->advice_view);

  return ensure_area (self, area);
}

const char *
bpg_window_get_area (BpgWindow *self)
{
  g_return_val_if_fail (BPG_IS_WINDOW (self), NULL);

  return adw_view_stack_get_visible_child_name (self->stack);
}

/**
 * bpg_window_open_page:
 *
 * Shows the advice page @page_id.
 */
void
bpg_window_open_page (BpgWindow  *self,
                      const char *page_id)
{
  g_return_if_fail (BPG_IS_WINDOW (self));

  bpg_window_show_area (self, "advice");
  bpg_advice_view_open_page (self->advice_view, page_id, -1);
}

/**
 * bpg_window_open_result:
 * @id: a search result's ID, such as "page:work" or "check"
 *
 * Opens what a search result stands for: the advice page, the exercise,
 * Get Help for a service, or the symptom check. An ID the window does not
 * know shows the advice home page.
 */
void
bpg_window_open_result (BpgWindow  *self,
                        const char *id)
{
  g_autofree char *target = NULL;
  BpgSearchKind kind;

  g_return_if_fail (BPG_IS_WINDOW (self));
  g_return_if_fail (id != NULL);

  if (!bpg_search_parse_id (id, &kind, &target))
    kind = BPG_SEARCH_KIND_PAGE;

  switch (kind)
    {
    case BPG_SEARCH_KIND_PAGE:
      bpg_window_show_area (self, "advice");
      if (target == NULL || !bpg_advice_view_open_page (self->advice_view, target, -1))
        bpg_advice_view_show_home (self->advice_view);
      break;

    case BPG_SEARCH_KIND_EXERCISE:
      /* An exercise the app does not have: the list is the nearest thing. */
      if (target == NULL || !bpg_diary_view_show_exercise (show_diary (self), target))
        bpg_diary_view_show_exercises (show_diary (self));
      break;

    case BPG_SEARCH_KIND_SERVICE:
      bpg_window_show_area (self, "help");
      if (target != NULL)
        bpg_help_view_show_service (BPG_HELP_VIEW (ensure_area (self, "help")), target);
      break;

    case BPG_SEARCH_KIND_CHECK:
      bpg_window_show_area (self, "check");
      break;

    default:
      g_assert_not_reached ();
    }
}

/**
 * bpg_window_search:
 * @text: what to search for
 *
 * Shows the advice area's search, with @text in it.
 */
void
bpg_window_search (BpgWindow  *self,
                   const char *text)
{
  g_return_if_fail (BPG_IS_WINDOW (self));
  g_return_if_fail (text != NULL);

  bpg_window_show_area (self, "advice");
  bpg_advice_view_search (self->advice_view, text);
}

/* The advice page open, as "advice:PAGE", or "advice" for the home page. */
static char *
dup_location (BpgWindow *self)
{
  const char *page = bpg_advice_view_get_page_id (self->advice_view);

  return page != NULL ? g_strconcat ("advice:", page, NULL) : g_strdup ("advice");
}

static BpgEntryEditor *
find_entry_editor (BpgWindow *self)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (BPG_IS_ENTRY_EDITOR (window) &&
          gtk_window_get_transient_for (window) == GTK_WINDOW (self))
        return BPG_ENTRY_EDITOR (window);
    }

  return NULL;
}

/**
 * bpg_window_take_over:
 * @old: the window this one replaces
 *
 * Makes this new window (built after a change of language) show what @old
 * showed: its size, the area and the advice page, and a diary entry being
 * written, whose editor is closed in @old and opened here with the same
 * draft. The symptom check's answers and the diary are in the context. On
 * a shared computer, @old's guard (and the idle time it counts) comes too.
 */
void
bpg_window_take_over (BpgWindow *self,
                      BpgWindow *old)
{
  BpgEntryEditor *editor;
  int width, height;

  g_return_if_fail (BPG_IS_WINDOW (self));
  g_return_if_fail (BPG_IS_WINDOW (old));

  /* On a shared computer the idle time counts on, from the last input in
   * @old: a language chosen is not a fresh start. */
  if (old->shared_guard != NULL)
    {
      g_clear_object (&self->shared_guard);
      self->shared_guard = g_steal_pointer (&old->shared_guard);
      bpg_shared_guard_set_window (self->shared_guard, GTK_WINDOW (self));
    }

  gtk_window_get_default_size (GTK_WINDOW (old), &width, &height);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (gtk_window_is_maximized (GTK_WINDOW (old)))
    gtk_window_maximize (GTK_WINDOW (self));
  adw_flap_set_fold_policy (self->flap, fold_policy_for_width (width));

  g_free (self->pending_location);
  self->pending_location = dup_location (old);
  g_free (self->pending_area);
  self->pending_area = g_strdup (bpg_window_get_area (old));
  bpg_window_show_area (self, self->pending_area);
  content_cb (self);

  if ((editor = find_entry_editor (old)) != NULL)
    {
      BpgDiaryEntry *entry = bpg_entry_editor_get_entry (editor);

      self->pending_draft = bpg_entry_editor_dup_draft (editor);
      self->pending_entry = bpg_entry_editor_get_is_new (editor) ? NULL : g_object_ref (entry);
      gtk_window_destroy (GTK_WINDOW (editor));
      bpg_window_show_area (self, "diary");
      edit_pending_draft_cb (self);
    }
}

/**
 * bpg_window_rebuild:
 * @application: (nullable): the application the new window belongs to
 * @old: a window, after a change of language
 *
 * Template strings are translated when a template is built, so a change of
 * language builds a new window on the same context, set right to left or
 * left to right for the language, which takes over from @old (see
 * bpg_window_take_over()); @old is destroyed.
 *
 * Returns: (transfer none): the new window, shown
 */
BpgWindow *
bpg_window_rebuild (BpgApplication *application,
                    BpgWindow      *old)
{
  BpgWindow *self;

  g_return_val_if_fail (application == NULL || BPG_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (BPG_IS_WINDOW (old), NULL);

  gtk_widget_set_default_direction (bpg_i18n_get_rtl () ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
  self = g_object_new (BPG_TYPE_WINDOW,
                       "application", application,
                       "context", old->context,
                       NULL);
  bpg_window_take_over (self, old);
  gtk_window_present (GTK_WINDOW (self));
  gtk_window_destroy (GTK_WINDOW (old));

  return self;
}
