/* test-diary-view.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "bpg-chart-view.h"
#include "bpg-diary-json.h"
#include "bpg-diary-view.h"
#include "bpg-entry-editor.h"
#include "bpg-exercise-view.h"
#include "bpg-help-view.h"
#include "bpg-urgent-card.h"
#include "bpg-window.h"
#include "test-diary-util.h"

/* A window with a context of its own, as the application would make it. */
static BpgWindow *
new_test_window (void)
{
  g_autoptr(BpgContext) context = bpg_context_new (NULL);

  return bpg_window_new (NULL, context);
}

static void
run_until_idle (void)
{
  for (guint i = 0; i < 50; i++)
    while (g_main_context_iteration (NULL, FALSE));
}

static gpointer
find_child (GtkWidget *widget,
            GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gpointer found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_child (child, type)))
        return found;
    }

  return NULL;
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_strcmp0 (gtk_widget_get_name (child), name) == 0)
        return child;
      if ((found = find_named (child, name)))
        return found;
    }

  return NULL;
}

/* Whether a label with exactly @text is shown somewhere under @widget. */
static gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_visible (child))
        continue;
      if (GTK_IS_LABEL (child) && strstr (gtk_label_get_text (GTK_LABEL (child)), text) != NULL)
        return TRUE;
      if (shows_label (child, text))
        return TRUE;
    }

  return FALSE;
}

static char *
diary_folder (void)
{
  return g_build_filename (g_get_user_data_dir (), "back-pain-guide", NULL);
}

static void
write_diary_file (const char *contents)
{
  g_autofree char *folder = diary_folder ();
  g_autofree char *path = g_build_filename (folder, "diary.json", NULL);

  g_mkdir_with_parents (folder, 0700);
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
}

static void
remove_diary_files (void)
{
  g_autofree char *folder = diary_folder ();
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);

      g_unlink (path);
    }
}

static void
wait_until_saved (BpgDiaryStore *store)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while ((!bpg_diary_store_get_loaded (store) || bpg_diary_store_get_saving (store)) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  run_until_idle ();
}

static BpgDiaryView *
open_diary (BpgWindow **window)
{
  BpgDiaryView *view;

  *window = new_test_window ();
  gtk_window_set_default_size (GTK_WINDOW (*window), 1000, 800);
  gtk_window_present (GTK_WINDOW (*window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (*window), "win.show-area", "s", "diary"));
  run_until_idle ();

  view = find_child (GTK_WIDGET (*window), BPG_TYPE_DIARY_VIEW);
  g_assert_nonnull (view);
  /* The diary is opened when the area is first shown. */
  g_assert_nonnull (bpg_diary_view_get_store (view));
  wait_until_saved (bpg_diary_view_get_store (view));
  while (bpg_diary_view_get_exercises (view) == NULL)
    g_main_context_iteration (NULL, TRUE);
  run_until_idle ();

  return view;
}

static BpgEntryEditor *
find_editor (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (BPG_IS_ENTRY_EDITOR (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return BPG_ENTRY_EDITOR (window);
    }

  return NULL;
}

static void
test_add_change_delete (void)
{
  BpgWindow *window;
  BpgDiaryView *view;
  BpgDiaryModel *model;
  BpgEntryEditor *editor;
  GtkWidget *row;
  g_autoptr(BpgDiaryEntry) first = NULL;
  g_autofree char *id = NULL;
  g_autofree char *folder = diary_folder ();
  g_autofree char *path = g_build_filename (folder, "diary.json", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *chart_before = NULL;

  remove_diary_files ();
  view = open_diary (&window);
  model = bpg_diary_store_get_model (bpg_diary_view_get_store (view));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  g_assert_true (shows_label (GTK_WIDGET (view), "No entries yet"));
  chart_before = g_strdup (bpg_chart_view_get_text (find_child (GTK_WIDGET (view), BPG_TYPE_CHART_VIEW)));
  g_assert_nonnull (strstr (chart_before, "no entries"));

  /* Ctrl+N's action opens the editor for today; a new entry with nothing
   * in it is refused, in words. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-diary-entry", NULL));
  run_until_idle ();
  editor = find_editor ();
  g_assert_nonnull (editor);
  g_assert_false (bpg_entry_editor_save (editor));
  g_assert_true (shows_label (GTK_WIDGET (editor), "Nothing is recorded yet"));

  /* Fill in pain and a walk, as the fields would be by keyboard. */
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_named (GTK_WIDGET (editor), "back-pain")), 5);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_named (GTK_WIDGET (editor), "minutes-walking")), 20);
  gtk_editable_set_text (GTK_EDITABLE (find_named (GTK_WIDGET (editor), "sleep")), "seven");
  g_assert_false (bpg_entry_editor_save (editor));
  g_assert_true (shows_label (GTK_WIDGET (editor), "Hours slept must be a number"));
  gtk_editable_set_text (GTK_EDITABLE (find_named (GTK_WIDGET (editor), "sleep")), "7,5");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  run_until_idle ();
  g_assert_null (find_editor ());

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
  first = g_list_model_get_item (G_LIST_MODEL (model), 0);
  id = g_strdup (bpg_diary_entry_get_id (first));
  g_assert_cmpint (bpg_diary_entry_get_back_pain (first), ==, 4);
  g_assert_cmpuint (bpg_diary_entry_get_minutes (first, BPG_ACTIVITY_WALKING), ==, 20);
  g_assert_cmpfloat (bpg_diary_entry_get_sleep (first), ==, 7.5);
  g_assert_cmpuint (bpg_diary_entry_get_julian (first), ==, bpg_diary_today ());

  /* The list, the chart and the file show it. */
  row = find_named (GTK_WIDGET (view), id);
  g_assert_nonnull (row);
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "Back pain 4 out of 10"));
  g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), "20 active minutes"));
  g_assert_cmpstr (bpg_chart_view_get_text (find_child (GTK_WIDGET (view), BPG_TYPE_CHART_VIEW)), !=,
                   chart_before);
  wait_until_saved (bpg_diary_view_get_store (view));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, id));

  /* The summary for an appointment has the diary's last four weeks. */
  {
    BpgHelpView *help = BPG_HELP_VIEW (bpg_window_get_area_view (window, "help"));
    const char *summary = bpg_appointment_get_diary_summary (bpg_help_view_get_appointment (help));

    g_assert_nonnull (summary);
    g_assert_nonnull (strstr (summary, "1 day with entries"));
  }

  /* Change it: activating the row opens it; Escape with changes asks first. */
  gtk_widget_activate (row);
  run_until_idle ();
  editor = find_editor ();
  g_assert_nonnull (editor);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_named (GTK_WIDGET (editor), "back-pain")), 3);
  gtk_window_close (GTK_WINDOW (editor));
  run_until_idle ();
  g_assert_nonnull (find_editor ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  run_until_idle ();
  g_assert_cmpint (bpg_diary_entry_get_back_pain (bpg_diary_model_lookup (model, id)), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);

  /* Delete it from the list. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "diary.delete-entry", "s", id));
  run_until_idle ();
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    AdwMessageDialog *dialog = NULL;

    for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
      {
        g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

        if (ADW_IS_MESSAGE_DIALOG (item) &&
            g_str_has_prefix (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (item)), "Delete"))
          dialog = ADW_MESSAGE_DIALOG (item);
      }
    g_assert_nonnull (dialog);
    /* Nothing is deleted until the patient says so. */
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
    adw_message_dialog_response (dialog, "delete");
  }
  run_until_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  g_assert_null (find_named (GTK_WIDGET (view), id));

  /* The next test clears the folder: the deletion must be written first. */
  wait_until_saved (bpg_diary_view_get_store (view));
  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
}

static void
test_broken_file_banner (void)
{
  BpgWindow *window;
  BpgDiaryView *view;

  remove_diary_files ();
  write_diary_file ("{\"format\": \"back-pain-guide-diary\", \"sch");
  g_test_expect_message ("bpg-diary-store", G_LOG_LEVEL_MESSAGE, "The diary could not be read*");
  view = open_diary (&window);
  g_test_assert_expected_messages ();

  /* The patient is told, in plain words, on the diary page itself. */
  g_assert_true (shows_label (GTK_WIDGET (view), "Your diary file was damaged"));
  g_assert_true (shows_label (GTK_WIDGET (view), "Nothing has been deleted"));
  /* The urgent-help button stays on the page. */
  g_assert_true (shows_label (GTK_WIDGET (view), "When to Get Urgent Help"));

  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
}

static void
test_newer_file_read_only (void)
{
  BpgWindow *window;
  BpgDiaryView *view;

  remove_diary_files ();
  write_diary_file ("{\"format\": \"back-pain-guide-diary\", \"schema\": 5, \"entries\": []}");
  view = open_diary (&window);

  g_assert_true (shows_label (GTK_WIDGET (view), "saved by a newer version"));
  gtk_widget_activate_action (GTK_WIDGET (view), "diary.new-entry", NULL);
  bpg_diary_view_new_entry (view);
  run_until_idle ();
  g_assert_null (find_editor ());

  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
}

static void
test_shared_computer (void)
{
  g_autofree char *folder = diary_folder ();
  g_autofree char *path = g_build_filename (folder, "diary.json", NULL);
  BpgWindow *window;
  BpgDiaryView *view;
  GtkSettings *settings = gtk_settings_get_default ();
  gboolean recent = TRUE;

  remove_diary_files ();
  write_diary_file ("{\"format\": \"back-pain-guide-diary\", \"schema\": 1, \"entries\": ["
                    "{\"id\": \"someone-else\", \"date\": \"2026-11-01\", \"created\": 1, "
                    "\"updated\": 1, \"notes\": \"private\"}]}");
  g_setenv (BPG_SHARED_COMPUTER_ENV, "1", TRUE);
  view = open_diary (&window);
  g_unsetenv (BPG_SHARED_COMPUTER_ENV);

  /* The last person's diary is not shown, the banner says why, and GTK
   * keeps no list of recently saved files. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (bpg_diary_store_get_model (bpg_diary_view_get_store (view)))), ==, 0);
  g_assert_true (shows_label (GTK_WIDGET (view), "This is a shared computer"));
  g_object_get (settings, "gtk-recent-files-enabled", &recent, NULL);
  g_assert_false (recent);

  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
  g_object_set (settings, "gtk-recent-files-enabled", TRUE, NULL);

  /* The diary on disk was neither shown nor touched. */
  {
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
    g_assert_nonnull (strstr (contents, "someone-else"));
  }
}

static void
test_exercises (void)
{
  BpgWindow *window;
  BpgDiaryView *view;
  BpgExerciseView *page;

  remove_diary_files ();
  view = open_diary (&window);

  /* Reachable from anywhere, such as an advice page, by the window action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "advice"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-exercises", NULL));
  run_until_idle ();
  g_assert_cmpstr (bpg_window_get_area (window), ==, "diary");
  g_assert_cmpstr (bpg_diary_view_get_page (view), ==, "exercises");

  g_assert_true (bpg_diary_view_show_exercise (view, "nerve-glide"));
  run_until_idle ();
  page = find_child (GTK_WIDGET (view), BPG_TYPE_EXERCISE_VIEW);
  g_assert_true (shows_label (GTK_WIDGET (page), "Nerve glide (sitting)"));
  /* What is normal, when to stop, the warning signs, and the sources. */
  g_assert_true (shows_label (GTK_WIDGET (page), "What is normal to feel"));
  g_assert_true (shows_label (GTK_WIDGET (page), "When to stop and get advice"));
  g_assert_true (shows_label (GTK_WIDGET (page), "go to A&E now. Call 999 if you cannot get there"));
  g_assert_true (shows_label (GTK_WIDGET (page), "a common NHS physiotherapy exercise"));
  g_assert_true (shows_label (GTK_WIDGET (page), "“Nerve-related back and leg pain”"));

  /* The picture has words for people who cannot see it. */
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (find_named (GTK_WIDGET (page), "exercise-picture")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL,
                                       "A person sitting on a chair, straightening one leg out in "
                                       "front with the toes pointing up, and tipping their head back. "
                                       "A faded leg shows where the foot starts, on the floor.");

  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
}

static void
test_fits_narrow (void)
{
  BpgWindow *window;
  BpgDiaryView *view;
  int min;

  remove_diary_files ();
  view = open_diary (&window);

  /* Every page of the area fits a phone-sized window. */
  gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  g_assert_cmpint (min, <=, 360);

  /* The chart has a name and says what it shows. */
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (find_child (GTK_WIDGET (view), BPG_TYPE_CHART_VIEW)),
                                   GTK_ACCESSIBLE_ROLE_IMG);
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (find_child (GTK_WIDGET (view), BPG_TYPE_CHART_VIEW)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Chart of pain and activity");

  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();

  g_test_add_func ("/diary-view/add-change-delete", test_add_change_delete);
  g_test_add_func ("/diary-view/broken-file-banner", test_broken_file_banner);
  g_test_add_func ("/diary-view/newer-file-read-only", test_newer_file_read_only);
  g_test_add_func ("/diary-view/shared-computer", test_shared_computer);
  g_test_add_func ("/diary-view/exercises", test_exercises);
  g_test_add_func ("/diary-view/fits-narrow", test_fits_narrow);

  return g_test_run ();
}
