/* test-check-view.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "bpg-check-outcome-page.h"
#include "bpg-check-question-page.h"
#include "bpg-check-view.h"
#include "bpg-error.h"
#include "bpg-urgent-card.h"
#include "test-isolate.h"
#include "test-widget-util.h"

/* A view with a context of its own, as the window would make it. */
static gpointer
new_view (GType type)
{
  g_autoptr(BpgContext) context = bpg_context_new (NULL);

  return g_object_new (type, "context", context, NULL);
}

/* The Check My Symptoms area, driven from the keyboard only: Tab moves the
 * focus (gtk_widget_child_focus() is what the Tab key calls) and Enter
 * presses the focused button (gtk_widget_activate() is what Enter calls).
 * The real keys, Y, N, S and Alt+Left included, are pressed by the
 * end-to-end test, tests/e2e/test-check.py. */

static GtkWindow *
new_window (BpgCheckView **view)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  *view = new_view (BPG_TYPE_CHECK_VIEW);
  gtk_window_set_child (window, GTK_WIDGET (*view));
  gtk_window_set_default_size (window, 800, 700);
  gtk_window_present (window);

  /* The questions load in a thread. */
  for (guint i = 0; i < 500 && bpg_check_view_get_session (*view) == NULL; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_nonnull (bpg_check_view_get_session (*view));
  run_until_idle ();

  return window;
}

static gboolean
is_answer_button (GtkWidget  *widget,
                  const char *answer)
{
  GVariant *target;

  if (!GTK_IS_BUTTON (widget) ||
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "check.answer") != 0)
    return FALSE;

  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));
  return g_str_equal (g_variant_get_string (target, NULL), answer);
}

static gboolean
is_action_button (GtkWidget  *widget,
                  const char *action)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

typedef gboolean (*Match) (GtkWidget  *widget,
                           const char *data);

/* Presses Tab (or Shift+Tab) until the focus is on a widget that matches,
 * failing if it goes all the way round without finding one. */
static GtkWidget *
tab_to (GtkWindow        *window,
        GtkDirectionType  direction,
        Match             match,
        const char       *data)
{
  for (guint i = 0; i < 60; i++)
    {
      GtkWidget *focus;

      if (!gtk_widget_child_focus (GTK_WIDGET (window), direction))
        gtk_widget_child_focus (GTK_WIDGET (window), direction);
      focus = gtk_root_get_focus (GTK_ROOT (window));
      if (focus != NULL && match (focus, data))
        return focus;
    }

  g_error ("No control for %s can be reached with the Tab key", data);
}

/* Presses Enter on the focused control. A button shows itself pressed for
 * a moment before it acts, as it does for a real key. */
static void
press_enter (GtkWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  gint64 until = g_get_monotonic_time () + 400 * G_TIME_SPAN_MILLISECOND;

  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_activate (focus));
  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
  run_until_idle ();
}

static BpgCheckQuestionPage *
question_page (BpgCheckView *view)
{
  GtkWidget *page = bpg_check_view_get_page (view);

  g_assert_cmpstr (bpg_check_view_get_page_name (view), ==, "question");
  g_assert_true (BPG_IS_CHECK_QUESTION_PAGE (page));
  return BPG_CHECK_QUESTION_PAGE (page);
}

static const char *
current_id (BpgCheckView *view)
{
  return bpg_check_question_get_id (bpg_check_question_page_get_question (question_page (view)));
}

/* The question is focused when it is shown, so a screen reader reads it
 * and a stray Enter cannot answer it. */
static void
assert_question_focused (GtkWindow    *window,
                         BpgCheckView *view)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  BpgCheckQuestion *question = bpg_check_question_page_get_question (question_page (view));
  g_autofree char *name = NULL;

  g_assert_nonnull (focus);
  g_assert_false (GTK_IS_BUTTON (focus));
  g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (question_page (view))));
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (focus), GTK_ACCESSIBLE_ROLE_GROUP);
  name = g_strdup_printf ("Question %u of %u: %s",
                          bpg_check_session_get_step (bpg_check_view_get_session (view)),
                          bpg_check_session_get_n_steps (bpg_check_view_get_session (view)),
                          bpg_check_question_get_text (question));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (focus), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       name);
}

static void
answer_by_keyboard (GtkWindow    *window,
                    BpgCheckView *view,
                    const char   *answer)
{
  assert_question_focused (window, view);
  tab_to (window, GTK_DIR_TAB_FORWARD, is_answer_button, answer);
  press_enter (window);
}

static void
test_keyboard_path (void)
{
  BpgCheckView *view;
  GtkWindow *window = new_window (&view);
  BpgCheckSession *session = bpg_check_view_get_session (view);
  BpgCheckOutcomePage *outcome;
  GtkWidget *button;
  guint asked = 0;

  g_assert_cmpstr (bpg_check_view_get_page_name (view), ==, "intro");
  tab_to (window, GTK_DIR_TAB_FORWARD, is_action_button, "check.start");
  press_enter (window);

  /* No to everything but a fever, which is Not sure. */
  while (g_str_equal (bpg_check_view_get_page_name (view), "question"))
    {
      gboolean fever = g_str_equal (current_id (view), "fever");

      answer_by_keyboard (window, view, fever ? "not-sure" : "no");
      asked++;
    }
  g_assert_cmpuint (asked, ==, 23);

  /* The outcome: call 111 today, because of the fever, said to be uncertain. */
  g_assert_cmpstr (bpg_check_view_get_page_name (view), ==, "outcome");
  outcome = BPG_CHECK_OUTCOME_PAGE (bpg_check_view_get_page (view));
  g_assert_cmpint (bpg_check_outcome_get_level (bpg_check_outcome_page_get_outcome (outcome)), ==,
                   BPG_CHECK_LEVEL_URGENT);
  g_assert_true (gtk_widget_has_css_class (gtk_root_get_focus (GTK_ROOT (window)), "urgent"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (gtk_root_get_focus (GTK_ROOT (window))),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Your result. Urgent: today: "
                                       "Call 111 now");

  /* Change My Answers goes back to the last question, keeping its answer,
   * which shows as chosen. */
  tab_to (window, GTK_DIR_TAB_FORWARD, is_action_button, "check.back");
  press_enter (window);
  g_assert_cmpstr (current_id (view), ==, "six-weeks");
  button = bpg_check_question_page_get_button (question_page (view), BPG_CHECK_ANSWER_NO);
  g_assert_true (gtk_widget_has_css_class (button, "bpg-answer-chosen"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (button),
                                       GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                       "Your answer so far");

  /* Back again with the Back button, then forward with the kept answer. */
  tab_to (window, GTK_DIR_TAB_FORWARD, is_action_button, "check.back");
  press_enter (window);
  g_assert_cmpstr (current_id (view), ==, "fall-injury");
  answer_by_keyboard (window, view, "no");

  /* Yes now: the follow-up question is asked, and Yes to it gives "soon". */
  answer_by_keyboard (window, view, "yes");
  g_assert_cmpstr (current_id (view), ==, "not-improving");
  answer_by_keyboard (window, view, "yes");
  outcome = BPG_CHECK_OUTCOME_PAGE (bpg_check_view_get_page (view));
  g_assert_cmpint (bpg_check_outcome_get_level (bpg_check_outcome_page_get_outcome (outcome)), ==,
                   BPG_CHECK_LEVEL_URGENT);
  g_assert_cmpuint (g_strv_length ((char **)bpg_check_outcome_get_other_reasons (
                                     bpg_check_outcome_page_get_outcome (outcome))), ==, 1);

  /* Start Again clears every answer and shows the start page. */
  tab_to (window, GTK_DIR_TAB_BACKWARD, is_action_button, "check.restart");
  press_enter (window);
  g_assert_cmpstr (bpg_check_view_get_page_name (view), ==, "intro");
  g_assert_false (bpg_check_session_get_started (session));
  for (guint i = 0; i < 26; i++)
    g_assert_cmpint (bpg_check_session_get_answer (session, i), ==, BPG_CHECK_ANSWER_NONE);

  gtk_window_destroy (window);
}

static void
test_emergency_at_once (void)
{
  BpgCheckView *view;
  GtkWindow *window = new_window (&view);
  GtkWidget *focus;

  gtk_widget_activate_action (GTK_WIDGET (view), "check.start", NULL);
  run_until_idle ();
  answer_by_keyboard (window, view, "no");
  answer_by_keyboard (window, view, "yes");

  /* Yes to the second question: straight to the emergency advice. */
  g_assert_cmpstr (bpg_check_view_get_page_name (view), ==, "outcome");
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (gtk_widget_has_css_class (focus, "emergency"));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (focus), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "Your result. Emergency: Go to A&E now");

  /* Back from the first question leads to the start page, not further. */
  bpg_check_view_restart (view);
  gtk_widget_activate_action (GTK_WIDGET (view), "check.start", NULL);
  run_until_idle ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "check.back", NULL));
  run_until_idle ();
  g_assert_cmpstr (bpg_check_view_get_page_name (view), ==, "intro");

  gtk_window_destroy (window);
}

static void
test_load_failure_shows_urgent_help (void)
{
  BpgCheckView *view;
  GtkWindow *window = new_window (&view);
  g_autoptr(GError) error = g_error_new_literal (BPG_ERROR, BPG_ERROR_INVALID_DATA,
                                                 "questions[3].title is empty");

  bpg_check_view_set_questionnaire (view, NULL, error);
  run_until_idle ();

  /* Not a blank page: the reason, and the 999, A&E and 111 advice, on
   * screen. Nothing can start a check. */
  g_assert_cmpstr (bpg_check_view_get_page_name (view), ==, "failed");
  g_assert_true (find_label_with (GTK_WIDGET (view), "questions[3].title is empty"));
  g_assert_true (find_label_with (GTK_WIDGET (view), "999"));
  g_assert_true (find_label_with (GTK_WIDGET (view), "A&E"));
  g_assert_true (find_label_with (GTK_WIDGET (view), "call 111"));
  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (view), "check.start", NULL) &&
                  bpg_check_view_get_session (view) != NULL);
  g_assert_null (bpg_check_view_get_session (view));

  gtk_window_destroy (window);
}

/* At twice the text size, the pages still fit a 360-pixel-wide window: they
 * wrap rather than widen. */
static void
test_large_text_narrow (void)
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  BpgCheckView *view;
  GtkWindow *window = new_window (&view);
  int minimum;

  gtk_css_provider_load_from_data (css, "window { font-size: 200%; }", -1);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 2);

  gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  gtk_widget_activate_action (GTK_WIDGET (view), "check.start", NULL);
  run_until_idle ();
  gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  gtk_widget_activate_action (GTK_WIDGET (view), "check.answer", "s", "yes");
  run_until_idle ();
  g_assert_cmpstr (bpg_check_view_get_page_name (view), ==, "outcome");
  gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_HORIZONTAL, -1, &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                 GTK_STYLE_PROVIDER (css));
  gtk_window_destroy (window);
}

static GtkWidget *
find_mapped (GtkWidget  *widget,
             const char *type_name,
             const char *action)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (gtk_widget_get_mapped (child) &&
          (type_name == NULL || g_str_equal (G_OBJECT_TYPE_NAME (child), type_name)) &&
          (action == NULL || is_action_button (child, action)))
        return child;
      if ((found = find_mapped (child, type_name, action)))
        return found;
    }

  return NULL;
}

/* The urgent-help button is in sight on each page of the check, and no
 * toast covers it: the toasts' overlay does not hold it, so this is so at
 * any width, here a wide window and a phone's. */
static void
test_toast_clear_of_urgent_help (void)
{
  const int widths[] = { 800, 360 };

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      BpgCheckView *view;
      GtkWindow *window = new_window (&view);
      GtkWidget *toast = NULL, *urgent, *overlay;
      graphene_rect_t toast_bounds, urgent_bounds;

      gtk_window_set_default_size (window, widths[i], 640);
      run_until_idle ();

      gtk_widget_activate_action (GTK_WIDGET (view), "check.start", NULL);
      run_until_idle ();
      g_assert_nonnull (find_mapped (GTK_WIDGET (view), NULL, "win.urgent-help"));
      gtk_widget_activate_action (GTK_WIDGET (view), "check.answer", "s", "no");
      run_until_idle ();

      /* Start Again with answers given says so in a toast, on the start page */
      gtk_widget_activate_action (GTK_WIDGET (view), "check.restart", NULL);
      for (guint n = 0; n < 2000 && (toast == NULL || gtk_widget_get_width (toast) == 0); n++)
        {
          g_main_context_iteration (NULL, FALSE);
          g_usleep (1000);
          toast = find_mapped (GTK_WIDGET (view), "AdwToastWidget", NULL);
        }
      run_until_idle ();
      g_assert_cmpstr (bpg_check_view_get_page_name (view), ==, "intro");
      g_assert_nonnull (toast);
      g_assert_cmpint (gtk_widget_get_width (toast), >, 0);
      overlay = gtk_widget_get_parent (toast);
      g_assert_true (ADW_IS_TOAST_OVERLAY (overlay));
      /* It slides in from below: wait until it is in its place. */
      for (guint n = 0; n < 5000; n++)
        {
          g_assert_true (gtk_widget_compute_bounds (toast, overlay, &toast_bounds));
          if (toast_bounds.origin.y + toast_bounds.size.height <= gtk_widget_get_height (overlay))
            break;
          g_main_context_iteration (NULL, FALSE);
          g_usleep (1000);
        }

      urgent = find_mapped (GTK_WIDGET (view), NULL, "win.urgent-help");
      g_assert_nonnull (urgent);
      g_assert_false (gtk_widget_is_ancestor (urgent, overlay));
      g_assert_true (gtk_widget_get_child_visible (urgent));
      g_assert_true (gtk_widget_compute_bounds (toast, GTK_WIDGET (window), &toast_bounds));
      g_assert_true (gtk_widget_compute_bounds (urgent, GTK_WIDGET (window), &urgent_bounds));
      g_test_message ("%d wide: toast %g x %g, urgent help %g x %g at %g", widths[i],
                      toast_bounds.size.width, toast_bounds.size.height,
                      urgent_bounds.size.width, urgent_bounds.size.height,
                      urgent_bounds.origin.y);
      g_assert_cmpfloat (urgent_bounds.size.height, >, 0);
      g_assert_cmpfloat (urgent_bounds.origin.y, >=, 0);
      g_assert_cmpfloat (urgent_bounds.origin.y + urgent_bounds.size.height, <=,
                         gtk_widget_get_height (GTK_WIDGET (window)));
      g_assert_false (graphene_rect_intersection (&toast_bounds, &urgent_bounds, NULL));

      gtk_window_destroy (window);
      run_until_idle ();
    }
}

/* Whether a shown label on @widget's page reads @text. */
static gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  if (!gtk_widget_get_visible (widget))
    return FALSE;
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_label (child, text))
      return TRUE;

  return FALSE;
}

/* The last part of the check says how many questions it has, in the
 * singular when there is one, and not "some questions". */
static void
test_section_count (void)
{
  BpgCheckView *view;
  GtkWindow *window = new_window (&view);
  GtkWidget *page;

  gtk_widget_activate_action (GTK_WIDGET (view), "check.start", NULL);
  run_until_idle ();
  page = GTK_WIDGET (question_page (view));
  g_assert_true (shows_label (page, "This part has 14 questions."));

  while (g_strcmp0 (current_id (view), "six-weeks") != 0)
    {
      gtk_widget_activate_action (GTK_WIDGET (view), "check.answer", "s", "no");
      run_until_idle ();
    }
  page = GTK_WIDGET (question_page (view));
  g_assert_true (shows_label (page, "This part has 1 question."));
  g_assert_false (shows_label (page, "This part has 1 questions."));
  g_assert_true (shows_label (page, "Last, about how long you have had this pain."));

  /* The follow-up does not start a part, so no count is shown again. */
  gtk_widget_activate_action (GTK_WIDGET (view), "check.answer", "s", "yes");
  run_until_idle ();
  g_assert_cmpstr (current_id (view), ==, "not-improving");
  g_assert_false (shows_label (GTK_WIDGET (question_page (view)), "This part has 2 questions."));

  gtk_window_destroy (window);
}

static void
test_accessible_answers (void)
{
  BpgCheckView *view;
  GtkWindow *window = new_window (&view);
  BpgCheckQuestionPage *page;
  const BpgCheckAnswer answers[] = {
    BPG_CHECK_ANSWER_YES, BPG_CHECK_ANSWER_NO, BPG_CHECK_ANSWER_NOT_SURE,
  };

  gtk_widget_activate_action (GTK_WIDGET (view), "check.start", NULL);
  run_until_idle ();
  page = question_page (view);

  /* Each answer is a button a screen reader can name and press, in the
   * order Yes, No, Not sure, and none is shown as chosen yet. */
  for (guint i = 0; i < G_N_ELEMENTS (answers); i++)
    {
      GtkWidget *button = bpg_check_question_page_get_button (page, answers[i]);

      gtk_test_accessible_assert_role (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_ROLE_BUTTON);
      g_assert_true (gtk_widget_get_focusable (button));
      g_assert_true (gtk_widget_get_sensitive (button));
      g_assert_false (gtk_widget_has_css_class (button, "bpg-answer-chosen"));
      g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (button),
                                                        GTK_ACCESSIBLE_PROPERTY_DESCRIPTION));
    }

  gtk_window_destroy (window);
}

static void
open_page_cb (BpgCheckView *view,
              const char   *page_id,
              char        **opened)
{
  g_free (*opened);
  *opened = g_strdup (page_id);
}

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_type (child, type)) != NULL)
        return found;
    }

  return NULL;
}

static void
test_outcome_links (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BpgContent) content = bpg_content_new_from_resource (BPG_CONTENT_RESOURCE, NULL, &error);
  g_autofree char *opened = NULL;
  BpgCheckView *view;
  GtkWindow *window = new_window (&view);
  GtkWidget *row;

  g_assert_no_error (error);
  bpg_check_view_set_content (view, content);
  g_signal_connect (view, "open-page", G_CALLBACK (open_page_cb), &opened);

  gtk_widget_activate_action (GTK_WIDGET (view), "check.start", NULL);
  run_until_idle ();
  while (g_str_equal (bpg_check_view_get_page_name (view), "question"))
    {
      gtk_widget_activate_action (GTK_WIDGET (view), "check.answer", "s", "no");
      run_until_idle ();
    }

  /* Self-care offers the self-help pages; the first one opens. */
  row = find_type (bpg_check_view_get_page (view), GTK_TYPE_LIST_BOX_ROW);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==,
                   bpg_page_get_title (bpg_content_lookup_page (content, "keep-moving")));
  g_signal_emit_by_name (row, "activate");
  run_until_idle ();
  g_assert_cmpstr (opened, ==, "keep-moving");

  gtk_window_destroy (window);
}

static void
test_print (void)
{
  BpgCheckView *view;
  GtkWindow *window = new_window (&view);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("test-check-print-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "summary.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *last = NULL;
  const char *page;
  guint n_pages;
  int status = 0;

  g_assert_no_error (error);
  gtk_widget_activate_action (GTK_WIDGET (view), "check.start", NULL);
  run_until_idle ();
  gtk_widget_activate_action (GTK_WIDGET (view), "check.answer", "s", "no");
  run_until_idle ();
  gtk_widget_activate_action (GTK_WIDGET (view), "check.answer", "s", "not-sure");
  run_until_idle ();

  /* The print path, through a real GtkPrintOperation, to a file. */
  g_assert_cmpint (bpg_check_view_print (view, GTK_PRINT_OPERATION_ACTION_EXPORT, path, &error),
                   ==, GTK_PRINT_OPERATION_RESULT_APPLY);
  g_assert_no_error (error);

  g_spawn_sync (NULL, (char *[]) { (char *)"pdftotext", path, (char *)"-", NULL }, NULL,
                G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &text, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "Symptom Check Summary"));
  g_assert_nonnull (strstr (text, "Go to A&E now"));
  g_assert_nonnull (strstr (text, "Not sure"));
  g_assert_nonnull (strstr (text, "information only, not a diagnosis"));
  /* The printer's page has its own margins, so the report is laid out
   * again for it; the page count in the footer agrees with itself. */
  page = strstr (text, "Page 1 of ");
  g_assert_nonnull (page);
  n_pages = (guint)g_ascii_strtoull (page + strlen ("Page 1 of "), NULL, 10);
  g_assert_cmpuint (n_pages, >=, 1);
  last = g_strdup_printf ("Page %u of %u", n_pages, n_pages);
  g_assert_nonnull (strstr (text, last));

  g_unlink (path);
  g_rmdir (dir);
  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  bpg_test_isolate_home ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/check-view/keyboard-path", test_keyboard_path);
  g_test_add_func ("/check-view/emergency-at-once", test_emergency_at_once);
  g_test_add_func ("/check-view/load-failure-shows-urgent-help",
                   test_load_failure_shows_urgent_help);
  g_test_add_func ("/check-view/large-text-narrow", test_large_text_narrow);
  g_test_add_func ("/check-view/section-count", test_section_count);
  g_test_add_func ("/check-view/accessible-answers", test_accessible_answers);
  g_test_add_func ("/check-view/print", test_print);
  g_test_add_func ("/check-view/outcome-links", test_outcome_links);
  g_test_add_func ("/check-view/toast-clear-of-urgent-help", test_toast_clear_of_urgent_help);

  return g_test_run ();
}
