/* test-presentation.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A physiotherapist with a patient: presentation mode (full screen, larger
 * text, the .presentation style) and Go To, the quick jump to a topic, an
 * exercise or the symptom check. */

#include "config.h"

#include <string.h>

#include "bpg-advice-view.h"
#include "bpg-application.h"
#include "bpg-content.h"
#include "bpg-diary-view.h"
#include "bpg-exercise-list.h"
#include "bpg-quick-jump.h"
#include "bpg-search.h"
#include "bpg-search-result.h"
#include "bpg-window.h"
#include "test-isolate.h"
#include "test-widget-util.h"

static BpgContent *
load_content (void)
{
  g_autoptr(GError) error = NULL;
  BpgContent *content = bpg_content_new_from_resource (BPG_CONTENT_RESOURCE, NULL, &error);

  g_assert_no_error (error);
  return content;
}

static gboolean
count_frame_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       data)
{
  guint *frames = data;

  return --*frames > 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

/* Styles are worked out again on the window's next frames. */
static void
wait_frames (GtkWidget *widget)
{
  guint frames = 3;

  gtk_widget_add_tick_callback (widget, count_frame_cb, &frames, NULL);
  while (frames > 0)
    g_main_context_iteration (NULL, TRUE);
  run_until_idle ();
}

/* The height @widget asks for: its text's size, as its style sets it. */
static int
text_size (GtkWidget *widget)
{
  int natural;

  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, -1, NULL, &natural, NULL, NULL);
  return natural;
}

static BpgApplication *
new_application (void)
{
  BpgApplication *app = bpg_application_new ();

  /* Registered, so it starts up: the text size is its style on the display. */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  return app;
}

static void
test_presentation_toggle (void)
{
  g_autoptr(BpgApplication) app = new_application ();
  g_autoptr(BpgContent) content = load_content ();
  BpgContext *context = bpg_application_get_context (app);
  GSettings *settings = bpg_context_get_settings (context);
  BpgWindow *window;
  GtkWidget *title;
  int own_size, large_size;

  /* The patient's own size, not the normal one, so "restored" means theirs. */
  g_settings_set_double (settings, "text-scale", 1.2);
  window = bpg_window_new (app, context);
  bpg_window_set_content (window, content, NULL);
  g_assert_false (gtk_window_is_fullscreen (GTK_WINDOW (window)));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (window), "presentation"));

  /* Started before the window is shown, GTK reports the full screen asked
   * for, which a bare X server without a window manager would ignore. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation", NULL));
  g_assert_true (bpg_context_get_presentation (context));
  g_assert_true (gtk_window_is_fullscreen (GTK_WINDOW (window)));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "presentation"));
  g_assert_cmpfloat (bpg_context_get_text_scale (context), >, 1.2 + 0.1);
  /* The patient's own size is never changed, so nothing is written. */
  g_assert_cmpfloat (g_settings_get_double (settings, "text-scale"), ==, 1.2);

  gtk_window_present (GTK_WINDOW (window));
  wait_frames (GTK_WIDGET (window));
  title = find_child (find_child (GTK_WIDGET (window), ADW_TYPE_WINDOW_TITLE), GTK_TYPE_LABEL);
  g_assert_nonnull (title);
  large_size = text_size (title);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation", NULL));
  wait_frames (GTK_WIDGET (window));
  g_assert_false (bpg_context_get_presentation (context));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (window), "presentation"));
  g_assert_cmpfloat (bpg_context_get_text_scale (context), ==, 1.2);
  g_assert_cmpfloat (g_settings_get_double (settings, "text-scale"), ==, 1.2);
  own_size = text_size (title);
  g_test_message ("text %d at the patient's size, %d presenting", own_size, large_size);
  g_assert_cmpint (large_size, >, own_size);

  /* Again: the same large size, and back to exactly the patient's. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation", NULL));
  wait_frames (GTK_WIDGET (window));
  g_assert_cmpint (text_size (title), ==, large_size);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.presentation", NULL));
  wait_frames (GTK_WIDGET (window));
  g_assert_cmpint (text_size (title), ==, own_size);

  /* Clearing a shared computer's session ends presentation too. */
  bpg_context_set_presentation (context, TRUE);
  run_until_idle ();
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "presentation"));
  bpg_context_clear_session (context);
  run_until_idle ();
  g_assert_false (bpg_context_get_presentation (context));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (window), "presentation"));

  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
}

/* A window built again for a new language keeps presenting. */
static void
test_presentation_survives_rebuild (void)
{
  g_autoptr(BpgContext) context = bpg_context_new (NULL);
  BpgWindow *window = bpg_window_new (NULL, context);
  BpgWindow *rebuilt;

  bpg_context_set_presentation (context, TRUE);
  rebuilt = bpg_window_rebuild (NULL, window);
  run_until_idle ();
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (rebuilt), "presentation"));
  g_assert_true (gtk_window_is_fullscreen (GTK_WINDOW (rebuilt)) ||
                 gtk_widget_get_mapped (GTK_WIDGET (rebuilt)));

  gtk_window_destroy (GTK_WINDOW (rebuilt));
  run_until_idle ();
}

typedef struct {
  BpgQuickJump  *jump;
  BpgSearchKind  kind;
  const char    *target;
} Wanted;

/* The position of the first result of @wanted's kind and target, or -1. */
static int
find_result (Wanted *wanted)
{
  GListModel *results = bpg_quick_jump_get_results (wanted->jump);

  for (guint i = 0; results != NULL && i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(BpgSearchResult) result = g_list_model_get_item (results, i);

      if (bpg_search_result_get_kind (result) == wanted->kind &&
          g_strcmp0 (bpg_search_result_get_target (result), wanted->target) == 0)
        return i;
    }

  return -1;
}

static gboolean
result_shown (gpointer data)
{
  return find_result (data) >= 0;
}

static BpgQuickJump *
open_quick_jump (BpgWindow *window)
{
  BpgQuickJump *jump;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.quick-jump", NULL));
  run_until_idle ();
  jump = find_toplevel (BPG_TYPE_QUICK_JUMP);
  g_assert_nonnull (jump);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (jump)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (jump)) == GTK_WINDOW (window));
  return jump;
}

static void
type_and_wait (BpgQuickJump *jump,
               const char   *text,
               Wanted       *wanted)
{
  GtkWidget *entry = find_child (GTK_WIDGET (jump), GTK_TYPE_SEARCH_ENTRY);

  /* The box has the focus, ready for typing. */
  g_assert_true (gtk_widget_has_focus (entry) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (jump)), entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  wanted->jump = jump;
  wait_for (result_shown, wanted, 30);
  g_assert_cmpint (find_result (wanted), >=, 0);
}

static void
press_enter (BpgQuickJump *jump)
{
  g_signal_emit_by_name (find_child (GTK_WIDGET (jump), GTK_TYPE_SEARCH_ENTRY), "activate");
  run_until_idle ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (jump)));
}

static void
test_quick_jump (void)
{
  g_autoptr(BpgContext) context = bpg_context_new (NULL);
  g_autoptr(BpgContent) content = load_content ();
  g_autoptr(BpgExerciseList) exercises = NULL;
  g_autoptr(BpgExercise) exercise = NULL;
  g_autoptr(BpgSearchResult) first = NULL;
  g_autoptr(GError) error = NULL;
  BpgWindow *window = bpg_window_new (NULL, context);
  Wanted sciatica = { NULL, BPG_SEARCH_KIND_PAGE, "what-is-sciatica" };
  Wanted by_name = { NULL, BPG_SEARCH_KIND_EXERCISE, NULL };
  BpgQuickJump *jump;
  GtkWidget *diary;

  bpg_window_set_content (window, content, NULL);
  gtk_window_present (GTK_WINDOW (window));
  run_until_idle ();
  g_assert_false (bpg_context_get_presentation (context));  /* works without it */

  /* A few letters find the sciatica page; Enter opens the first match. */
  jump = open_quick_jump (window);
  type_and_wait (jump, "sci", &sciatica);
  first = g_list_model_get_item (bpg_quick_jump_get_results (jump), 0);
  g_assert_cmpint (bpg_search_result_get_kind (first), ==, BPG_SEARCH_KIND_PAGE);
  g_assert_true (strstr (bpg_search_result_get_title (first), "ciatica") != NULL);
  press_enter (jump);
  g_assert_cmpstr (bpg_window_get_area (window), ==, "advice");
  g_assert_cmpstr (bpg_advice_view_get_page_id (BPG_ADVICE_VIEW (bpg_window_get_area_view (window, "advice"))),
                   ==, bpg_search_result_get_target (first));

  /* An exercise by its name opens that exercise. */
  exercises = bpg_exercise_list_new_from_resource (BPG_EXERCISES_RESOURCE, NULL, &error);
  g_assert_no_error (error);
  exercise = g_list_model_get_item (bpg_exercise_list_get_exercises (exercises), 1);
  by_name.target = bpg_exercise_get_id (exercise);
  jump = open_quick_jump (window);
  /* Opened again, the box is empty: nothing of the last search is left. */
  g_assert_null (bpg_quick_jump_get_results (jump));
  type_and_wait (jump, bpg_exercise_get_title (exercise), &by_name);
  g_assert_cmpint (find_result (&by_name), ==, 0);
  press_enter (jump);
  g_assert_cmpstr (bpg_window_get_area (window), ==, "diary");
  diary = bpg_window_get_area_view (window, "diary");
  g_assert_cmpstr (bpg_diary_view_get_page (BPG_DIARY_VIEW (diary)), ==, "exercise");

  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
}

/* The symptom check is one of the places to go. */
static void
test_quick_jump_check (void)
{
  g_autoptr(BpgContext) context = bpg_context_new (NULL);
  g_autoptr(BpgContent) content = load_content ();
  BpgWindow *window = bpg_window_new (NULL, context);
  Wanted check = { NULL, BPG_SEARCH_KIND_CHECK, NULL };
  BpgQuickJump *jump;

  bpg_window_set_content (window, content, NULL);
  gtk_window_present (GTK_WINDOW (window));
  run_until_idle ();

  jump = open_quick_jump (window);
  type_and_wait (jump, "symptoms", &check);
  /* Down to the match, then open it as a click or Enter on it would. */
  g_signal_emit_by_name (find_child (GTK_WIDGET (jump), GTK_TYPE_LIST_BOX), "row-activated",
                         gtk_list_box_get_row_at_index (find_child (GTK_WIDGET (jump),
                                                                    GTK_TYPE_LIST_BOX),
                                                        find_result (&check)));
  run_until_idle ();
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (jump)));
  g_assert_cmpstr (bpg_window_get_area (window), ==, "check");

  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
}

static void
search_loaded_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  BpgSearch **search = user_data;

  *search = bpg_search_load_finish (result, NULL);
  g_assert_nonnull (*search);
}

static gboolean
search_loaded (gpointer data)
{
  return *(BpgSearch **) data != NULL;
}

/* The main window can go (closed, or built again in another language)
 * while the quick jump's search is still being read in a worker thread:
 * nothing may keep the quick jump past its window, and when the reading
 * ends, nothing may use what has gone. */
static void
test_quick_jump_window_goes (void)
{
  g_autoptr(BpgContext) context = bpg_context_new (NULL);
  g_autoptr(BpgContent) content = load_content ();
  g_autoptr(BpgSearch) search = NULL;
  BpgWindow *window = bpg_window_new (NULL, context);
  BpgQuickJump *jump;
  GtkWidget *entry;

  bpg_window_set_content (window, content, NULL);
  gtk_window_present (GTK_WINDOW (window));
  run_until_idle ();

  jump = open_quick_jump (window);
  entry = find_child (GTK_WIDGET (jump), GTK_TYPE_SEARCH_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (entry), "sciatica");
  /* At once, without the box's short pause: the pages are found at once,
   * and the rest starts loading; the main loop has not run since, so the
   * load cannot have ended. */
  g_signal_emit_by_name (entry, "search-changed");
  g_assert_nonnull (bpg_quick_jump_get_results (jump));
  g_assert_cmpuint (g_list_model_get_n_items (bpg_quick_jump_get_results (jump)), >, 0);

  g_object_add_weak_pointer (G_OBJECT (jump), (gpointer *) &jump);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_null (jump);

  /* A load of the same started after it, once ended, lets the first end
   * too (the same work, on the same worker threads). */
  bpg_search_load_async (content, GETTEXT_PACKAGE, NULL, search_loaded_cb, &search);
  wait_for (search_loaded, &search, 30);
  g_assert_nonnull (search);
  run_until_idle ();
}

int
main (int   argc,
      char *argv[])
{
  bpg_test_isolate_home ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/presentation/toggle", test_presentation_toggle);
  g_test_add_func ("/presentation/survives-rebuild", test_presentation_survives_rebuild);
  g_test_add_func ("/quick-jump/page-and-exercise", test_quick_jump);
  g_test_add_func ("/quick-jump/check", test_quick_jump_check);
  g_test_add_func ("/quick-jump/window-goes", test_quick_jump_window_goes);

  return g_test_run ();
}
