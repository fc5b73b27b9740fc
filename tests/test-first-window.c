/* test-first-window.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The application's first window, as it starts. A program of its own: an
 * application that showed a window stays registered on the session bus for
 * the rest of the process, so no other could register after it. */

#include "config.h"

#include "bpg-advice-view.h"
#include "bpg-application.h"
#include "bpg-content.h"
#include "test-isolate.h"
#include "test-widget-util.h"

/* The advice pages are read while GTK starts, and the first window waits
 * for them (a moment at most), so that it is laid out once, with them,
 * rather than first with the urgent-help card shown while they are read. */
static void
test_first_window_has_pages (void)
{
  g_autoptr(BpgApplication) app = bpg_application_new ();
  g_autoptr(BpgTopic) topic = NULL;
  BpgContext *context;
  GtkWidget *window;
  GtkStack *home;
  gint64 activated;
  gboolean read_first;

  /* Not the first start's question about who uses the computer. */
  g_setenv ("BPG_SHARED_COMPUTER", "0", TRUE);
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  context = bpg_application_get_context (app);
  g_assert_true (bpg_context_get_content_loading (context));
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (app)));

  activated = g_get_monotonic_time ();
  g_application_activate (G_APPLICATION (app));
  while (gtk_application_get_windows (GTK_APPLICATION (app)) == NULL)
    g_main_context_iteration (NULL, TRUE);
  window = gtk_application_get_windows (GTK_APPLICATION (app))->data;

  /* Made with the pages; or, were reading slow, not before the wait. */
  read_first = bpg_context_get_content (context) != NULL;
  if (!read_first)
    {
      g_assert_true (bpg_context_get_content_loading (context));
      g_assert_cmpint (g_get_monotonic_time () - activated, >=, 300 * 1000);
      g_test_message ("the pages were read after the window came");
      while (bpg_context_get_content (context) == NULL)
        g_main_context_iteration (NULL, TRUE);
    }

  run_until_laid_out (window);
  topic = g_list_model_get_item (bpg_content_get_topics (bpg_context_get_content (context)), 0);
  g_assert_true (find_label_with (window, bpg_topic_get_title (topic)));
  g_assert_false (find_label_with (window, "Get Urgent Help"));

  /* The home's other pages (search results, "no results", the built-in
   * urgent-help card) are hidden, not only behind the topics, so that GTK
   * does not style them for the first frame. */
  home = find_child (find_child (window, BPG_TYPE_ADVICE_VIEW), GTK_TYPE_STACK);
  assert_stack_shows_only (home, "topics");
  g_assert_cmpint (g_list_model_get_n_items (G_LIST_MODEL (gtk_stack_get_pages (home))), ==, 4);
  g_object_unref (gtk_stack_get_pages (home));

  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
  g_unsetenv ("BPG_SHARED_COMPUTER");
}

int
main (int   argc,
      char *argv[])
{
  bpg_test_isolate_home ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/first-window/has-pages", test_first_window_has_pages);

  return g_test_run ();
}
