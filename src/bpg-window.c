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
#include "bpg-appointment.h"
#include "bpg-check-outcome.h"
#include "bpg-diary-store.h"
#include "bpg-check-view.h"
#include "bpg-diary-view.h"
#include "bpg-help-view.h"
#include "bpg-search-result.h"
#include "bpg-window.h"

struct _BpgWindow
{
  AdwApplicationWindow  parent_instance;

  GSettings            *settings;

  /* Template widgets */
  GtkButton            *back_button;
  GtkToggleButton      *search_button;
  AdwWindowTitle       *window_title;
  GtkWidget            *urgent_button;
  GtkWidget            *urgent_icon_button;
  AdwFlap              *flap;
  GtkListBox           *sidebar;
  AdwViewStack         *stack;
  AdwViewSwitcherBar   *switcher_bar;
  BpgAdviceView        *advice_view;
  guint                 fold_idle;
  BpgHelpView          *help_view;
};

G_DEFINE_FINAL_TYPE (BpgWindow, bpg_window, ADW_TYPE_APPLICATION_WINDOW)

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
  if (bpg_diary_is_shared_computer (self->settings))
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

  if (bpg_diary_is_shared_computer (self->settings))
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
folded_changed_cb (BpgWindow *self)
{
  gboolean folded = adw_flap_get_folded (self->flap);

  /* Narrow: the areas move to a bar at the bottom, and the urgent-help
   * button keeps its icon, tooltip and accessible name but drops its label,
   * so the header fits a phone-sized screen. */
  adw_flap_set_reveal_flap (self->flap, !folded);
  adw_view_switcher_bar_set_reveal (self->switcher_bar, folded);
  gtk_widget_set_visible (self->urgent_button, !folded);
  gtk_widget_set_visible (self->urgent_icon_button, folded);
}

static void
search_toggled_cb (BpgWindow *self)
{
  if (gtk_toggle_button_get_active (self->search_button))
    bpg_window_show_area (self, "advice");
}

/* The appointment summary shows the latest outcome, with its date; the
 * answers themselves stay in the check, in memory only. */
static void
check_outcome_cb (BpgWindow       *self,
                  BpgCheckOutcome *outcome)
{
  bpg_appointment_set_check_result (bpg_help_view_get_appointment (self->help_view),
                                    bpg_check_outcome_get_title (outcome),
                                    bpg_check_outcome_get_date_time (outcome));
}

/* The appointment summary shows the diary's last four weeks, in words. */
static void
diary_summary_cb (BpgWindow    *self,
                  GParamSpec   *pspec,
                  BpgDiaryView *diary)
{
  bpg_appointment_set_diary_summary (bpg_help_view_get_appointment (self->help_view),
                                     bpg_diary_view_get_summary (diary));
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
application_content_cb (BpgWindow *self)
{
  BpgApplication *app = BPG_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));

  bpg_window_set_content (self,
                          bpg_application_get_content (app),
                          bpg_application_get_content_error (app));
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
  return BPG_DIARY_VIEW (adw_view_stack_get_child_by_name (self->stack, "diary"));
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

  /* A diary change that could not be saved is not lost without asking. */
  if (bpg_diary_view_hold_close (BPG_DIARY_VIEW (adw_view_stack_get_child_by_name (self->stack,
                                                                                    "diary"))))
    return TRUE;

  save_state (self);

  return GTK_WINDOW_CLASS (bpg_window_parent_class)->close_request (window);
}

static void
bpg_window_dispose (GObject *object)
{
  BpgWindow *self = (BpgWindow *)object;

  g_clear_handle_id (&self->fold_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), BPG_TYPE_WINDOW);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (bpg_window_parent_class)->dispose (object);
}

static void
bpg_window_class_init (BpgWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = bpg_window_dispose;
  window_class->close_request = bpg_window_close_request;
  widget_class->size_allocate = bpg_window_size_allocate;

  g_type_ensure (BPG_TYPE_ADVICE_VIEW);
  g_type_ensure (BPG_TYPE_HELP_VIEW);
  g_type_ensure (BPG_TYPE_CHECK_VIEW);
  g_type_ensure (BPG_TYPE_DIARY_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/bpg-window.ui");
  gtk_widget_class_bind_template_child (widget_class, BpgWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, BpgWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, BpgWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, BpgWindow, urgent_button);
  gtk_widget_class_bind_template_child (widget_class, BpgWindow, urgent_icon_button);
  gtk_widget_class_bind_template_child (widget_class, BpgWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, BpgWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, BpgWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, BpgWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, BpgWindow, advice_view);
  gtk_widget_class_bind_template_child (widget_class, BpgWindow, help_view);
  gtk_widget_class_bind_template_callback (widget_class, sidebar_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_title_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_page_cb);
  gtk_widget_class_bind_template_callback (widget_class, check_outcome_cb);
  gtk_widget_class_bind_template_callback (widget_class, diary_summary_cb);

  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.home", NULL, home_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.urgent-help", NULL, urgent_help_action);
  gtk_widget_class_install_action (widget_class, "win.show-area", "s", show_area_action);
  gtk_widget_class_install_action (widget_class, "win.open-result", "s", open_result_action);
  gtk_widget_class_install_action (widget_class, "win.check-symptoms", NULL, check_symptoms_action);
  gtk_widget_class_install_action (widget_class, "win.show-exercises", NULL, show_exercises_action);
  gtk_widget_class_install_action (widget_class, "win.new-diary-entry", NULL, new_diary_entry_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK,
                                       "win.new-diary-entry", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK,
                                       "win.show-exercises", NULL);
}

static void
bpg_window_init (BpgWindow *self)
{
  GtkGesture *back_click;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
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

  gtk_list_box_bind_model (self->sidebar,
                           G_LIST_MODEL (adw_view_stack_get_pages (self->stack)),
                           create_sidebar_row, NULL, NULL);
  g_object_unref (adw_view_stack_get_pages (self->stack));

  g_object_bind_property (self->search_button, "active",
                          self->advice_view, "search-mode",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect_object (self->search_button, "notify::active",
                           G_CALLBACK (search_toggled_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->flap, "notify::folded",
                           G_CALLBACK (folded_changed_cb), self, G_CONNECT_SWAPPED);
  folded_changed_cb (self);

  /* The mouse's back button goes back too, as in a web browser. */
  back_click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (back_click), 8);
  g_signal_connect (back_click, "pressed", G_CALLBACK (back_mouse_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (back_click));

  update_title_cb (self);
}

/**
 * bpg_window_new:
 * @application: (nullable): the application
 *
 * Returns: (transfer full): a new main window
 */
BpgWindow *
bpg_window_new (BpgApplication *application)
{
  BpgWindow *self;

  g_return_val_if_fail (application == NULL || BPG_IS_APPLICATION (application), NULL);

  self = g_object_new (BPG_TYPE_WINDOW,
                       "application", application,
                       NULL);
  if (application == NULL)
    return self;

  g_signal_connect_object (application, "notify::content",
                           G_CALLBACK (application_content_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (application, "notify::content-error",
                           G_CALLBACK (application_content_cb), self, G_CONNECT_SWAPPED);
  if (bpg_application_get_content (application) != NULL ||
      bpg_application_get_content_error (application) != NULL)
    application_content_cb (self);

  return self;
}

/**
 * bpg_window_set_content:
 * @content: (nullable): the advice content
 * @error: (nullable): why @content is missing
 *
 * Fills the window's areas. Without content, they keep showing the built-in
 * urgent-help advice, with the reason.
 */
void
bpg_window_set_content (BpgWindow    *self,
                        BpgContent   *content,
                        const GError *error)
{
  g_return_if_fail (BPG_IS_WINDOW (self));

  bpg_advice_view_set_content (self->advice_view, content, error);
  bpg_help_view_set_content (self->help_view, content, error);

  if (content != NULL)
    restore_page (self);
}

/**
 * bpg_window_show_area:
 * @area: "advice" or "help"
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
      /* Before the exercises are read, the list is the nearest thing. */
      if (!bpg_diary_view_show_exercise (show_diary (self), target))
        bpg_diary_view_show_exercises (show_diary (self));
      break;

    case BPG_SEARCH_KIND_SERVICE:
      bpg_window_show_area (self, "help");
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
