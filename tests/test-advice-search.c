/* test-advice-search.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bpg-advice-view.h"
#include "bpg-content.h"
#include "bpg-context.h"
#include "bpg-window.h"
#include "test-isolate.h"
#include "test-widget-util.h"

/* Search in the app: what a worried patient sees when nothing is found, and
 * where each kind of result takes them. */

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *action,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_is_drawable (widget) &&
      (action == NULL ||
       g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0) &&
      (label == NULL || g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, action, label);

      if (found != NULL)
        return found;
    }

  return NULL;
}

typedef struct
{
  BpgContent    *content;
  BpgWindow     *window;
  BpgAdviceView *advice;
  GtkEditable   *entry;
  GtkStack      *home;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BpgContext) context = bpg_context_new (NULL);

  f->content = bpg_content_new_from_resource (BPG_CONTENT_RESOURCE, NULL, &error);
  g_assert_no_error (error);
  f->window = bpg_window_new (NULL, context);
  bpg_window_set_content (f->window, f->content, NULL);
  gtk_window_present (GTK_WINDOW (f->window));
  run_until_idle ();

  f->advice = find_child (GTK_WIDGET (f->window), BPG_TYPE_ADVICE_VIEW);
  f->entry = find_child (GTK_WIDGET (f->advice), GTK_TYPE_SEARCH_ENTRY);
  f->home = find_child (GTK_WIDGET (f->advice), GTK_TYPE_STACK);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.search", NULL));
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  gtk_window_destroy (GTK_WINDOW (f->window));
  run_until_idle ();
  g_clear_object (&f->content);
}

/* Types @text and waits for the search (it fires after a short delay, and
 * the patients' words load in a worker thread) to show @page. */
static void
search (Fixture    *f,
        const char *text,
        const char *page)
{
  gtk_editable_set_text (f->entry, text);
  for (guint i = 0; i < 300; i++)
    {
      g_usleep (10000);
      run_until_idle ();
      if (g_strcmp0 (gtk_stack_get_visible_child_name (f->home), page) == 0)
        break;
    }
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->home), ==, page);
}

static GtkListBoxRow *
first_result (Fixture *f)
{
  GtkListBox *list = find_child (gtk_stack_get_visible_child (f->home), GTK_TYPE_LIST_BOX);

  return gtk_list_box_get_row_at_index (list, 0);
}

/* No dead ends: nothing found still offers urgent help and the check. */
static void
test_no_results_offers_help (Fixture       *f,
                             gconstpointer  data)
{
  GtkWidget *page, *urgent, *check;

  search (f, "xylophone", "no-results");
  page = gtk_stack_get_visible_child (f->home);
  urgent = find_button (page, "win.urgent-help", NULL);
  check = find_button (page, "win.check-symptoms", NULL);
  g_assert_nonnull (urgent);
  g_assert_nonnull (check);

  g_signal_emit_by_name (urgent, "clicked");
  run_until_idle ();
  g_assert_cmpstr (bpg_window_get_area (f->window), ==, "help");

  bpg_window_show_area (f->window, "advice");
  g_signal_emit_by_name (check, "clicked");
  run_until_idle ();
  g_assert_cmpstr (bpg_window_get_area (f->window), ==, "check");
}

/* "Did you mean": a near word, one click away. */
static void
test_did_you_mean (Fixture       *f,
                   gconstpointer  data)
{
  GtkWidget *suggestion;

  search (f, "sleep xylophone", "no-results");
  suggestion = find_button (gtk_stack_get_visible_child (f->home), NULL, "sleep");
  g_assert_nonnull (suggestion);

  g_signal_emit_by_name (suggestion, "clicked");
  g_assert_cmpstr (gtk_editable_get_text (f->entry), ==, "sleep");
  search (f, "sleep", "results");
}

/* A patient's word finds urgent help first, and Enter opens it. */
static void
test_patients_words (Fixture       *f,
                     gconstpointer  data)
{
  search (f, "numb bum", "results");
  g_assert_nonnull (first_result (f));
  g_signal_emit_by_name (f->entry, "activate");
  run_until_idle ();
  g_assert_cmpstr (bpg_advice_view_get_page_id (f->advice), ==, "urgent-help");
}

/* An exercise is a result, and opens in My Diary. */
static void
test_exercise_result (Fixture       *f,
                      gconstpointer  data)
{
  search (f, "bridge", "results");
  /* The exercises join the search once read; wait for them. */
  for (guint i = 0; i < 300 && first_result (f) != NULL &&
       g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first_result (f))),
                  "Bridge") != 0; i++)
    {
      gtk_editable_set_text (f->entry, "");
      search (f, "bridge", "results");
    }
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (first_result (f))), ==,
                   "Bridge");

  g_signal_emit_by_name (f->entry, "activate");
  run_until_idle ();
  g_assert_cmpstr (bpg_window_get_area (f->window), ==, "diary");
}

/* The window opens every kind of result by its ID, as the GNOME Shell
 * search provider asks it to. */
static void
test_open_result (Fixture       *f,
                  gconstpointer  data)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.open-result", "s",
                                             "page:work"));
  g_assert_cmpstr (bpg_window_get_area (f->window), ==, "advice");
  g_assert_cmpstr (bpg_advice_view_get_page_id (f->advice), ==, "work");

  bpg_window_open_result (f->window, "check");
  g_assert_cmpstr (bpg_window_get_area (f->window), ==, "check");
  bpg_window_open_result (f->window, "service:nhs-111");
  g_assert_cmpstr (bpg_window_get_area (f->window), ==, "help");
  bpg_window_open_result (f->window, "exercise:bridge");
  g_assert_cmpstr (bpg_window_get_area (f->window), ==, "diary");

  /* Something unknown shows the advice home page, never an empty window. */
  bpg_window_open_result (f->window, "page:no-such-page");
  g_assert_cmpstr (bpg_window_get_area (f->window), ==, "advice");
  g_assert_null (bpg_advice_view_get_page_id (f->advice));
}

int
main (int   argc,
      char *argv[])
{
  bpg_test_isolate_home ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) \
  g_test_add ("/advice-search/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("no-results-offers-help", test_no_results_offers_help);
  ADD ("did-you-mean", test_did_you_mean);
  ADD ("patients-words", test_patients_words);
  ADD ("exercise-result", test_exercise_result);
  ADD ("open-result", test_open_result);
#undef ADD

  return g_test_run ();
}
