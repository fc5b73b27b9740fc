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
#include "bpg-date.h"
#include "bpg-diary-json.h"
#include "bpg-diary-view.h"
#include "bpg-entry-editor.h"
#include "bpg-exercise-view.h"
#include "bpg-exercises-view.h"
#include "bpg-help-view.h"
#include "bpg-urgent-card.h"
#include "bpg-report-print.h"
#include "bpg-toast.h"
#include "bpg-text-row.h"
#include "bpg-window.h"
#include "test-diary-util.h"
#include "test-isolate.h"
#include "test-widget-util.h"

/* A window with a context of its own, as the application would make it. */
static BpgWindow *
new_test_window (void)
{
  g_autoptr(BpgContext) context = bpg_context_new (NULL);

  return bpg_window_new (NULL, context);
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
write_diary_file_at (const char *path,
                     const char *contents)
{
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
}

static void
remove_diary_files (void)
{
  g_autofree char *folder = diary_folder ();
  g_autoptr(GDir) dir = NULL;
  const char *name;

  /* Left by a test that failed while the folder's place was taken. */
  if (g_file_test (folder, G_FILE_TEST_IS_REGULAR))
    g_unlink (folder);
  dir = g_dir_open (folder, 0, NULL);
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

/* For wait_for(): whether the diary area has opened the diary, which it
 * does in a frame after its groups are made (see read-after-parts). */
static gboolean
has_store (gpointer view)
{
  return bpg_diary_view_get_store (view) != NULL;
}

/* A window over @context, laid out, then its diary area shown. If
 * @read_first, the diary is read before, as the app's overview can read it.
 *
 * Returns: the diary read, or %NULL */
static BpgDiaryStore *
show_diary_area (BpgContext *context,
                 BpgWindow **window,
                 gboolean    read_first)
{
  BpgDiaryStore *store = NULL;

  *window = bpg_window_new (NULL, context);
  gtk_window_set_default_size (GTK_WINDOW (*window), 1000, 800);
  gtk_window_present (GTK_WINDOW (*window));
  run_until_laid_out (GTK_WIDGET (*window));
  if (read_first)
    {
      store = bpg_context_open_diary (context);
      while (!bpg_diary_store_get_loaded (store))
        g_main_context_iteration (NULL, TRUE);
    }

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (*window), "win.show-area", "s", "diary"));
  return store;
}

static BpgDiaryView *
open_diary_sized (BpgWindow **window,
                  int         width,
                  int         height)
{
  BpgDiaryView *view;

  *window = new_test_window ();
  gtk_window_set_default_size (GTK_WINDOW (*window), width, height);
  gtk_window_present (GTK_WINDOW (*window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (*window), "win.show-area", "s", "diary"));
  run_until_idle ();

  view = find_child (GTK_WIDGET (*window), BPG_TYPE_DIARY_VIEW);
  g_assert_nonnull (view);
  /* The groups below the top are made a frame after another (see
   * groups-one-a-frame); the last part is the saving group's last rows. */
  g_assert_nonnull (run_until_label_shown (GTK_WIDGET (*window), GTK_WIDGET (view),
                                           "Delete All My Diary Entries", 20));
  wait_for (has_store, view, 10);
  g_assert_nonnull (bpg_diary_view_get_store (view));
  wait_until_saved (bpg_diary_view_get_store (view));
  while (bpg_diary_view_get_exercises (view) == NULL)
    g_main_context_iteration (NULL, TRUE);
  run_until_idle ();

  return view;
}

static BpgDiaryView *
open_diary (BpgWindow **window)
{
  return open_diary_sized (window, 1000, 800);
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
  g_assert_nonnull (strstr (bpg_text_row_get_subtitle (BPG_TEXT_ROW (row)), "Back pain 4 out of 10"));
  g_assert_nonnull (strstr (bpg_text_row_get_subtitle (BPG_TEXT_ROW (row)), "20 active minutes"));
  g_assert_cmpstr (bpg_chart_view_get_text (find_child (GTK_WIDGET (view), BPG_TYPE_CHART_VIEW)), !=,
                   chart_before);
  /* ...and the chart's words are on screen beside it, for everyone. */
  g_assert_true (shows_label (GTK_WIDGET (view),
                              bpg_chart_view_get_text (find_child (GTK_WIDGET (view),
                                                                   BPG_TYPE_CHART_VIEW))));
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

static AdwMessageDialog *
find_dialog (const char *heading)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (item) && gtk_widget_get_visible (GTK_WIDGET (item)) &&
          g_str_equal (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (item)), heading))
        return ADW_MESSAGE_DIALOG (item);
    }

  return NULL;
}

static void
answer_dialog (AdwMessageDialog *dialog,
               const char       *response)
{
  /* The dialog goes with its window if the answer closes it. */
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
  adw_message_dialog_response (dialog, response);
  if (dialog != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *)&dialog);
      gtk_window_destroy (GTK_WINDOW (dialog));
    }
  run_until_idle ();
}

/* Records today's pain through the editor, as the patient would: a new
 * entry, or a change to the one today has. */
static void
add_entry_by_editor (BpgWindow *window)
{
  BpgEntryEditor *editor;
  AdwComboRow *pain;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-diary-entry", NULL));
  run_until_idle ();
  editor = find_editor ();
  g_assert_nonnull (editor);
  pain = ADW_COMBO_ROW (find_named (GTK_WIDGET (editor), "back-pain"));
  adw_combo_row_set_selected (pain, adw_combo_row_get_selected (pain) == 5 ? 6 : 5);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
}

static void
test_unsaved_close (void)
{
  g_autofree char *folder = diary_folder ();
  g_autofree char *path = g_build_filename (folder, "diary.json", NULL);
  BpgWindow *window;
  BpgDiaryView *view;
  g_autoptr(BpgDiaryStore) store = NULL;
  AdwMessageDialog *dialog;

  remove_diary_files ();
  view = open_diary (&window);
  store = g_object_ref (bpg_diary_view_get_store (view));
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);

  /* The disk fails (here the diary folder's place is taken by a file). */
  g_rmdir (folder);
  write_diary_file_at (folder, "not a folder");
  g_test_expect_message ("bpg-diary-store", G_LOG_LEVEL_WARNING, "The diary could not be saved*");
  add_entry_by_editor (window);
  wait_until_saved (store);
  g_test_assert_expected_messages ();

  /* Never "saved" when it was not: the banner says what happened. */
  g_assert_true (bpg_diary_store_get_unsaved (store));
  g_assert_true (shows_label (GTK_WIDGET (view), "could not be saved"));
  g_assert_false (shows_label (GTK_WIDGET (view), "Entry saved"));

  /* Closing (the close button, Ctrl+W, or Ctrl+Q for every window) asks. */
  gtk_window_close (GTK_WINDOW (window));
  run_until_idle ();
  g_assert_nonnull (window);
  dialog = find_dialog ("Your Diary Is Not Saved");
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "If you quit now"));
  g_assert_true (adw_message_dialog_has_response (dialog, "retry"));
  g_assert_true (adw_message_dialog_has_response (dialog, "copy"));
  g_assert_true (adw_message_dialog_has_response (dialog, "quit"));

  /* Escape keeps the app open; closing again asks again. */
  answer_dialog (dialog, "cancel");
  g_assert_nonnull (window);
  gtk_window_close (GTK_WINDOW (window));
  run_until_idle ();
  dialog = find_dialog ("Your Diary Is Not Saved");
  g_assert_nonnull (dialog);

  /* Trying again while the disk still fails asks again. */
  g_test_expect_message ("bpg-diary-store", G_LOG_LEVEL_WARNING, "The diary could not be saved*");
  answer_dialog (dialog, "retry");
  wait_until_saved (store);
  g_test_assert_expected_messages ();
  g_assert_nonnull (window);
  dialog = find_dialog ("Your Diary Is Not Saved");
  g_assert_nonnull (dialog);

  /* Once the disk is fixed, trying again saves both entries and closes. */
  g_assert_cmpint (g_unlink (folder), ==, 0);
  answer_dialog (dialog, "retry");
  wait_until_saved (store);
  run_until_idle ();
  g_assert_null (window);
  {
    g_autofree char *contents = NULL;
    g_autoptr(GBytes) bytes = NULL;
    g_autoptr(BpgDiaryData) data = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
    bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
    data = bpg_diary_json_read (bytes, "diary.json", 0, NULL);
    g_assert_nonnull (data);
    g_assert_cmpuint (data->entries->len, ==, 1);
  }
}

static void
test_quit_anyway (void)
{
  g_autofree char *folder = diary_folder ();
  BpgWindow *window;
  BpgDiaryView *view;
  AdwMessageDialog *dialog;

  remove_diary_files ();
  view = open_diary (&window);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&window);

  /* A saved entry says so, once it is saved. */
  add_entry_by_editor (window);
  g_assert_false (shows_label (GTK_WIDGET (view), "Entry saved"));
  wait_until_saved (bpg_diary_view_get_store (view));
  g_assert_true (shows_label (GTK_WIDGET (view), "Entry saved"));

  remove_diary_files ();
  g_rmdir (folder);
  write_diary_file_at (folder, "not a folder");
  g_test_expect_message ("bpg-diary-store", G_LOG_LEVEL_WARNING, "The diary could not be saved*");
  add_entry_by_editor (window);
  wait_until_saved (bpg_diary_view_get_store (view));
  g_test_assert_expected_messages ();

  /* Only an explicit "Quit Anyway" loses the change. */
  gtk_window_close (GTK_WINDOW (window));
  run_until_idle ();
  dialog = find_dialog ("Your Diary Is Not Saved");
  g_assert_nonnull (dialog);
  answer_dialog (dialog, "quit");
  g_assert_null (window);
  g_unlink (folder);
}

static void
test_notes_limit (void)
{
  BpgWindow *window;
  BpgEntryEditor *editor;
  GtkTextBuffer *notes;
  GtkEditable *line;
  GtkTextIter start;
  g_autofree char *long_text = g_strnfill (BPG_DIARY_NOTES_MAX + 100, 'a');
  g_autofree char *long_line = g_strnfill (BPG_DIARY_LINE_MAX + 10, 'b');

  remove_diary_files ();
  open_diary (&window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-diary-entry", NULL));
  run_until_idle ();
  editor = find_editor ();
  g_assert_nonnull (editor);
  notes = gtk_text_view_get_buffer (find_child (GTK_WIDGET (editor), GTK_TYPE_TEXT_VIEW));

  /* The editor says how much can be written... */
  g_assert_true (shows_label (GTK_WIDGET (editor), "0 of 2000 characters"));
  gtk_text_buffer_set_text (notes, "Walked the dog", -1);
  g_assert_true (shows_label (GTK_WIDGET (editor), "14 of 2000 characters"));

  /* ...and takes no more, typed or pasted, anywhere in the text. */
  gtk_text_buffer_set_text (notes, long_text, -1);
  g_assert_cmpint (gtk_text_buffer_get_char_count (notes), ==, BPG_DIARY_NOTES_MAX);
  g_assert_true (shows_label (GTK_WIDGET (editor), "2000 of 2000 characters"));
  gtk_text_buffer_get_start_iter (notes, &start);
  gtk_text_buffer_insert (notes, &start, "xyz", -1);
  g_assert_cmpint (gtk_text_buffer_get_char_count (notes), ==, BPG_DIARY_NOTES_MAX);

  /* One-line answers are limited too. */
  line = GTK_EDITABLE (find_named (GTK_WIDGET (editor), "painkillers-note"));
  gtk_editable_set_text (line, long_line);
  g_assert_cmpint (g_utf8_strlen (gtk_editable_get_text (line), -1), ==, BPG_DIARY_LINE_MAX);

  gtk_window_destroy (GTK_WINDOW (editor));
  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
}

/* A search result for an exercise opens that exercise, even when the diary
 * area has not been opened yet and the exercises are still being read. */
static void
test_exercise_result_before_loaded (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  BpgWindow *window = NULL;
  BpgDiaryView *view;

  /* A fresh start: no area of the last run is opened again. */
  g_settings_reset (settings, "last-page");
  window = new_test_window ();
  gtk_window_present (GTK_WINDOW (window));
  run_until_idle ();
  g_assert_null (find_child (GTK_WIDGET (window), BPG_TYPE_DIARY_VIEW));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-result", "s",
                                             "exercise:knee-rolls"));
  view = find_child (GTK_WIDGET (window), BPG_TYPE_DIARY_VIEW);
  g_assert_nonnull (view);
  g_assert_null (bpg_diary_view_get_exercises (view));
  /* Meanwhile the list shows... */
  g_assert_cmpstr (bpg_diary_view_get_page (view), !=, "diary");

  /* ...and then the exercise itself. */
  while (bpg_diary_view_get_exercises (view) == NULL)
    g_main_context_iteration (NULL, TRUE);
  run_until_idle ();
  g_assert_cmpstr (bpg_diary_view_get_page (view), ==, "exercise");

  if (bpg_diary_view_get_store (view) != NULL)
    wait_until_saved (bpg_diary_view_get_store (view));
  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
}

static void
test_old_long_note_kept (void)
{
  g_autoptr(BpgDiaryEntry) entry = diary_numbered_entry (1);
  g_autoptr(BpgDiaryEntry) built = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *long_note = g_strnfill (BPG_DIARY_NOTES_MAX + 100, 'n');
  g_autofree char *long_line = g_strnfill (BPG_DIARY_LINE_MAX + 10, 'l');
  BpgEntryEditor *editor;
  GtkTextBuffer *notes;
  GtkTextIter end;

  /* An entry kept by an earlier version, with text over today's limits. */
  bpg_diary_entry_set_notes (entry, long_note);
  bpg_diary_entry_set_painkillers_note (entry, long_line);
  editor = bpg_entry_editor_new (NULL, NULL, entry);
  gtk_window_present (GTK_WINDOW (editor));
  run_until_idle ();
  notes = gtk_text_view_get_buffer (find_child (GTK_WIDGET (editor), GTK_TYPE_TEXT_VIEW));

  /* It is shown whole, and typing cannot make it longer... */
  g_assert_cmpint (gtk_text_buffer_get_char_count (notes), ==, BPG_DIARY_NOTES_MAX + 100);
  gtk_text_buffer_get_end_iter (notes, &end);
  gtk_text_buffer_insert (notes, &end, "more", -1);
  g_assert_cmpint (gtk_text_buffer_get_char_count (notes), ==, BPG_DIARY_NOTES_MAX + 100);

  /* ...and saving it back keeps every letter. */
  built = bpg_entry_editor_build_entry (editor, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (bpg_diary_entry_get_notes (built), ==, long_note);
  g_assert_cmpstr (bpg_diary_entry_get_painkillers_note (built), ==, long_line);

  gtk_window_destroy (GTK_WINDOW (editor));
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
  g_assert_true (shows_label (GTK_WIDGET (view), "When to get urgent help"));

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

/* The shared computer's banner shows from the area's first frame, before
 * the diary is opened. */
static void
test_shared_banner_at_once (void)
{
  g_autoptr(BpgContext) context = NULL;
  BpgWindow *window;
  BpgDiaryView *view;

  remove_diary_files ();
  g_setenv (BPG_SHARED_COMPUTER_ENV, "1", TRUE);
  context = bpg_context_new (NULL);
  g_unsetenv (BPG_SHARED_COMPUTER_ENV);
  show_diary_area (context, &window, FALSE);
  view = find_child (GTK_WIDGET (window), BPG_TYPE_DIARY_VIEW);
  run_until_laid_out (GTK_WIDGET (window));

  g_assert_null (bpg_diary_view_get_store (view));
  g_assert_true (shows_label (GTK_WIDGET (view), "This is a shared computer"));

  /* And it stays once the diary, in memory only, is opened. */
  wait_for (has_store, view, 10);
  g_assert_nonnull (bpg_diary_view_get_store (view));
  wait_until_saved (bpg_diary_view_get_store (view));
  g_assert_true (shows_label (GTK_WIDGET (view), "This is a shared computer"));

  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
  g_object_set (gtk_settings_get_default (), "gtk-recent-files-enabled", TRUE, NULL);
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

/* Finish and Clear, as the patient chooses it: the question, then "clear". */
static void
finish_and_clear (BpgWindow *window)
{
  AdwMessageDialog *question;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.finish", NULL));
  question = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (question);
  adw_message_dialog_response (question, "clear");
}

/* On a shared computer, Finish and Clear closes a file chooser left open
 * (GTK's own, where there is no portal) through the chooser that owns it:
 * the diary view, which holds that chooser, closes it again when it goes,
 * so the window it shows must not be freed under it. */
static void
test_shared_clear_closes_chooser (void)
{
  BpgWindow *window;
  BpgDiaryView *view;
  GtkWindow *chooser;

  remove_diary_files ();
  g_setenv (BPG_SHARED_COMPUTER_ENV, "1", TRUE);
  view = open_diary (&window);
  g_unsetenv (BPG_SHARED_COMPUTER_ENV);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "diary.backup", NULL));
  run_until_idle ();
  chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_nonnull (chooser);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (chooser)));

  finish_and_clear (window);
  run_until_idle ();

  /* Closed, and by its owner: GTK's chooser keeps its window until then. */
  chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);
  g_assert_true (chooser == NULL || !gtk_widget_get_visible (GTK_WIDGET (chooser)));

  /* The view lets go of its chooser when it goes, with the window. */
  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
  g_assert_null (find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG));
}

/* GTK's print dialog, by name: its type is in GTK's unix-print part. */
static GtkWindow *
find_print_dialog (void)
{
  GType type = g_type_from_name ("GtkPrintUnixDialog");

  return type != 0 ? find_toplevel (type) : NULL;
}

static gboolean
finish_and_clear_cb (gpointer data)
{
  GtkWindow *print_dialog = find_print_dialog ();

  /* GTK's print dialog is up, and the print is waiting for it. */
  g_assert_nonnull (print_dialog);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (print_dialog)));
  finish_and_clear (data);
  return G_SOURCE_REMOVE;
}

static gboolean
print_never_ended_cb (gpointer data)
{
  g_error ("The print did not end after Finish and Clear");
  return G_SOURCE_REMOVE;
}

/* The same with GTK's print dialog, which the print waits for in a main
 * loop of its own: destroyed under it, the print never ended, and the app
 * could not quit. Cancelled, the print ends and the app goes on. */
static void
test_shared_clear_cancels_print (void)
{
  BpgWindow *window;
  BpgDiaryView *view;
  guint bound;

  remove_diary_files ();
  g_setenv (BPG_SHARED_COMPUTER_ENV, "1", TRUE);
  view = open_diary (&window);
  g_unsetenv (BPG_SHARED_COMPUTER_ENV);

  g_timeout_add (500, finish_and_clear_cb, window);
  /* Returns only once the print has ended; the bound stops a hang. */
  bound = g_timeout_add_seconds (20, print_never_ended_cb, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "diary.print", NULL));
  g_source_remove (bound);
  run_until_idle ();
  g_assert_null (find_print_dialog ());

  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
}

static void
test_exercises (void)
{
  BpgWindow *window;
  BpgDiaryView *view;
  BpgExerciseView *page;

  remove_diary_files ();
  view = open_diary (&window);

  /* The exercise pages are made when first shown, not with the diary. */
  g_assert_null (find_child (GTK_WIDGET (view), BPG_TYPE_EXERCISES_VIEW));
  g_assert_null (find_child (GTK_WIDGET (view), BPG_TYPE_EXERCISE_VIEW));

  /* Reachable from anywhere, such as an advice page, by the window action. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "advice"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-exercises", NULL));
  run_until_idle ();
  g_assert_cmpstr (bpg_window_get_area (window), ==, "diary");
  g_assert_cmpstr (bpg_diary_view_get_page (view), ==, "exercises");
  g_assert_true (shows_label (find_child (GTK_WIDGET (view), BPG_TYPE_EXERCISES_VIEW),
                              "Nerve glide (sitting)"));
  g_assert_null (find_child (GTK_WIDGET (view), BPG_TYPE_EXERCISE_VIEW));

  g_assert_true (bpg_diary_view_show_exercise (view, "nerve-glide"));
  run_until_idle ();
  page = find_child (GTK_WIDGET (view), BPG_TYPE_EXERCISE_VIEW);
  g_assert_nonnull (page);
  g_assert_true (shows_label (GTK_WIDGET (page), "Nerve glide (sitting)"));
  /* What is normal, when to stop, the warning signs, and the sources. */
  g_assert_true (shows_label (GTK_WIDGET (page), "What is normal to feel"));
  g_assert_true (shows_label (GTK_WIDGET (page), "When to stop and get advice"));
  g_assert_true (shows_label (GTK_WIDGET (page), "go to A&E now. Call 999 if you cannot get there"));
  /* The exercises are the app's own choice: the page must not credit them to a leaflet. */
  g_assert_true (shows_label (GTK_WIDGET (page), "Neither NHS leaflet describes these exercises"));
  g_assert_true (shows_label (GTK_WIDGET (page), "About these exercises"));
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

static gboolean
pointer_cleared (gpointer data)
{
  return *(gpointer *) data == NULL;
}

/* Destroys @window while @view's work in a worker thread is still going
 * (the main loop has not run since it began), waits for the view to go
 * with it, and checks that nothing was said of the work afterwards: a
 * dialog with no window to go with would speak to whoever comes next. */
static void
destroy_window_while_busy (BpgWindow    *window,
                           BpgDiaryView *view)
{
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &view);
  gtk_window_destroy (GTK_WINDOW (window));

  wait_for (pointer_cleared, &view, 10);
  g_assert_null (view);
  run_until_idle ();

  g_assert_null (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
}

/* Deleting everything goes on in a worker thread: the window can be closed
 * (or built again in another language) before it ends. The diary is still
 * deleted, and its end says nothing to a window that has gone. */
static void
test_delete_all_window_gone (void)
{
  BpgWindow *window;
  BpgDiaryView *view;
  AdwMessageDialog *dialog;
  g_autofree char *folder = diary_folder ();
  g_autofree char *path = g_build_filename (folder, "diary.json", NULL);

  remove_diary_files ();
  write_diary_file ("{\"format\": \"back-pain-guide-diary\", \"schema\": 1, \"entries\": ["
                    "{\"id\": \"a\", \"date\": \"2026-11-21\", \"created\": 1, \"updated\": 1, "
                    "\"back_pain\": 3}]}");
  view = open_diary (&window);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (bpg_diary_store_get_model (bpg_diary_view_get_store (view)))), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "diary.delete-all", NULL));
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "delete");

  /* The main loop has not run since: the deletion cannot have ended. */
  destroy_window_while_busy (window, view);

  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

/* GTK's own file chooser (there is no portal here), once it has @file,
 * answered as the patient answers it: with its main button. */
typedef struct
{
  GtkFileChooser *chooser;
  GFile          *file;
} Choice;

static gboolean
chooser_has_file (gpointer data)
{
  Choice *choice = data;
  g_autoptr(GFile) chosen = gtk_file_chooser_get_file (choice->chooser);

  return chosen != NULL && g_file_equal (chosen, choice->file);
}

static void
choose_file (GFile *file)
{
  Choice choice = { find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG), file };

  g_assert_nonnull (choice.chooser);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (choice.chooser)));
  /* Either takes effect once the chooser has read the folder. */
  if (gtk_file_chooser_get_action (choice.chooser) == GTK_FILE_CHOOSER_ACTION_SAVE)
    {
      g_autoptr(GFile) folder = g_file_get_parent (file);
      g_autofree char *name = g_file_get_basename (file);

      g_assert_true (gtk_file_chooser_set_current_folder (choice.chooser, folder, NULL));
      gtk_file_chooser_set_current_name (choice.chooser, name);
    }
  else
    g_assert_true (gtk_file_chooser_set_file (choice.chooser, file, NULL));
  wait_for (chooser_has_file, &choice, 10);
  g_assert_true (chooser_has_file (&choice));

  gtk_dialog_response (GTK_DIALOG (choice.chooser), GTK_RESPONSE_ACCEPT);
}

static gboolean
chooser_answered (gpointer data)
{
  GtkWidget *chooser = find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);

  return chooser == NULL || !gtk_widget_get_visible (chooser);
}

/* Where the patient keeps a backup: a folder of this test's own, as
 * G_TEST_OPTION_ISOLATE_DIRS gives each test. */
static char *
backup_path (const char *name)
{
  g_mkdir_with_parents (g_get_user_cache_dir (), 0700);
  return g_build_filename (g_get_user_cache_dir (), name, NULL);
}

static GFile *
write_backup (const char *name,
              const char *contents)
{
  g_autofree char *path = backup_path (name);

  write_diary_file_at (path, contents);
  return g_file_new_for_path (path);
}

static gboolean
message_dialog_shown (gpointer data)
{
  return find_toplevel (ADW_TYPE_MESSAGE_DIALOG) != NULL;
}

static gboolean
has_n_entries (gpointer data)
{
  BpgDiaryView *view = data;

  return g_list_model_get_n_items (G_LIST_MODEL (bpg_diary_store_get_model (bpg_diary_view_get_store (view)))) == 3;
}

/* A backup opened through the file chooser: the diary says what adding it
 * would do, and adds it when told to. */
static void
test_import_backup (void)
{
  BpgWindow *window;
  BpgDiaryView *view;
  AdwMessageDialog *dialog;
  g_autoptr(GFile) backup = NULL;

  remove_diary_files ();
  write_diary_file ("{\"format\": \"back-pain-guide-diary\", \"schema\": 1, \"entries\": ["
                    "{\"id\": \"a\", \"date\": \"2026-11-21\", \"created\": 1, \"updated\": 1, "
                    "\"back_pain\": 3}]}");
  backup = write_backup ("import-backup.json",
                         "{\"format\": \"back-pain-guide-diary\", \"schema\": 1, \"entries\": ["
                         "{\"id\": \"b\", \"date\": \"2026-11-22\", \"created\": 2, \"updated\": 2, "
                         "\"back_pain\": 4}, "
                         "{\"id\": \"c\", \"date\": \"2026-11-23\", \"created\": 3, \"updated\": 3, "
                         "\"back_pain\": 2}]}");
  view = open_diary (&window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "diary.import", NULL));
  run_until_idle ();
  choose_file (backup);

  wait_for (message_dialog_shown, NULL, 10);
  dialog = find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Open This Backup?");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "The backup has 2 entries."));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "adds 2 new entries"));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  adw_message_dialog_response (dialog, "merge");

  wait_for (has_n_entries, view, 10);
  g_assert_true (has_n_entries (view));
  wait_until_saved (bpg_diary_view_get_store (view));

  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
  g_file_delete (backup, NULL, NULL);
}

/* The window can be closed (or built again in another language) while a
 * backup is being read or a file written. Nothing is said of it then: a
 * dialog with no window to go with would say the work "was cancelled" to
 * whoever comes next, which on a shared computer is someone else. */
static void
assert_file_work_window_gone (const char *action,
                              GFile      *file)
{
  BpgWindow *window;
  BpgDiaryView *view;

  view = open_diary (&window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), action, NULL));
  run_until_idle ();
  choose_file (file);
  /* A chooser that saves first looks, in the main loop, whether the file is
   * there already; it hides once it has answered, and the work has begun. */
  wait_for (chooser_answered, NULL, 10);
  g_assert_true (chooser_answered (NULL));

  destroy_window_while_busy (window, view);
}

static void
test_import_window_gone (void)
{
  static const char *backups[] = {
    "{\"format\": \"back-pain-guide-diary\", \"schema\": 1, \"entries\": ["
    "{\"id\": \"b\", \"date\": \"2026-11-22\", \"created\": 2, \"updated\": 2, "
    "\"back_pain\": 4}]}",
    /* one that cannot be read, whose error has no window either */
    "{\"format\": \"back-pain-guide-diary\", \"schema\": 1, \"entries\": [",
  };

  remove_diary_files ();
  for (guint i = 0; i < G_N_ELEMENTS (backups); i++)
    {
      g_autoptr(GFile) backup = write_backup ("import-window-gone.json", backups[i]);

      assert_file_work_window_gone ("diary.import", backup);
      g_file_delete (backup, NULL, NULL);
    }
}

/* A backup the patient asked for is written all the same. */
static void
test_backup_window_gone (void)
{
  g_autofree char *path = backup_path ("backup-window-gone.json");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;

  remove_diary_files ();
  write_diary_file ("{\"format\": \"back-pain-guide-diary\", \"schema\": 1, \"entries\": ["
                    "{\"id\": \"a\", \"date\": \"2026-11-21\", \"created\": 1, \"updated\": 1, "
                    "\"back_pain\": 3}]}");
  g_unlink (path);
  assert_file_work_window_gone ("diary.backup", file);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "2026-11-21"));
  g_unlink (path);
}

/* Choosing a past day closes the date picker, and the editor then speaks
 * of that day's minutes, not today's. */
static void
test_editor_past_day (void)
{
  BpgWindow *window;
  BpgEntryEditor *editor;
  GtkMenuButton *date_button;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) past = g_date_time_add_days (now, -3);

  remove_diary_files ();
  open_diary (&window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-diary-entry", NULL));
  run_until_idle ();
  editor = find_editor ();
  g_assert_nonnull (editor);
  g_assert_true (shows_label (GTK_WIDGET (editor), "Minutes of each activity today."));

  date_button = find_child (GTK_WIDGET (editor), GTK_TYPE_MENU_BUTTON);
  gtk_menu_button_popup (date_button);
  run_until_idle ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (date_button))));
  gtk_calendar_select_day (find_child (GTK_WIDGET (editor), GTK_TYPE_CALENDAR), past);
  run_until_idle ();

  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (date_button))));
  g_assert_false (shows_label (GTK_WIDGET (editor), "Minutes of each activity today."));
  g_assert_true (shows_label (GTK_WIDGET (editor), "Minutes of each activity on "));

  gtk_window_destroy (GTK_WINDOW (editor));
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

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      GtkWidget *inner = GTK_IS_BUTTON (child) ? gtk_button_get_child (GTK_BUTTON (child)) : NULL;

      /* A button's text is its label, or a label inside it that can wrap. */
      if (GTK_IS_BUTTON (child) &&
          (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0 ||
           (GTK_IS_LABEL (inner) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (inner)), label) == 0)))
        return child;
      if ((found = find_button (child, label)))
        return found;
    }

  return NULL;
}

static guint
count_entry_rows (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += g_str_has_prefix (gtk_widget_get_name (child), "entry-") ? 1 : count_entry_rows (child);

  return n;
}

/* The parts below the top: the groups' headings, then a row of each pair
 * of the saving group's last four rows. */
static const char * const lower_headings[] = {
  "This Week’s Goal", "Your Progress", "Entries", "Share or Keep Your Diary",
  "Save as a Spreadsheet", "Open a Backup",
};

typedef struct
{
  GtkWidget *view;
  guint      frames;     /* drawn since the area was shown */
  guint      shown[G_N_ELEMENTS (lower_headings)];  /* the frame each came in */
} FrameGroups;

static void
count_groups_cb (GdkFrameClock *clock,
                 FrameGroups   *groups)
{
  groups->frames++;
  for (guint i = 0; i < G_N_ELEMENTS (lower_headings); i++)
    {
      GtkWidget *heading = find_label_reading (groups->view, lower_headings[i]);

      if (groups->shown[i] == 0 && heading != NULL && gtk_widget_is_visible (heading))
        groups->shown[i] = groups->frames;
    }
}

static gboolean
is_lower_part (GtkWidget     *widget,
               gconstpointer  data)
{
  return ADW_IS_PREFERENCES_GROUP (widget) || ADW_IS_ACTION_ROW (widget) ||
         GTK_IS_LIST_BOX (widget) || GTK_IS_LEVEL_BAR (widget) || BPG_IS_CHART_VIEW (widget);
}

/* The frame that first shows the diary makes and lays out only its top:
 * the groups below it (the goal, the chart, the entries, saving, and the
 * saving group's last rows two at a time) are made in the frames after,
 * one a frame, in order. */
static void
test_groups_one_a_frame (void)
{
  FrameGroups groups = { NULL, 0, { 0 } };
  BpgWindow *window;
  GdkFrameClock *clock;
  gulong handler;
  gint64 deadline;

  remove_diary_files ();
  window = new_test_window ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 800);
  gtk_window_present (GTK_WINDOW (window));
  run_until_laid_out (GTK_WIDGET (window));
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "diary"));
  groups.view = find_child (GTK_WIDGET (window), BPG_TYPE_DIARY_VIEW);
  /* Not made yet, not only hidden: none of their widgets is there. */
  g_assert_null (find_descendant (groups.view, is_lower_part, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (lower_headings); i++)
    g_assert_null (find_label_reading (groups.view, lower_headings[i]));

  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (count_groups_cb), &groups);
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (groups.shown[G_N_ELEMENTS (lower_headings) - 1] == 0 &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);

  /* none in the first frame; then one a frame, in order */
  g_assert_cmpuint (groups.shown[0], >=, 2);
  for (guint i = 1; i < G_N_ELEMENTS (lower_headings); i++)
    g_assert_cmpuint (groups.shown[i], >, groups.shown[i - 1]);
  g_assert_cmpuint (groups.shown[G_N_ELEMENTS (lower_headings) - 1], <=, 12);

  /* Shown again, the area has them all at once. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "advice"));
  run_until_laid_out (GTK_WIDGET (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "diary"));
  for (guint i = 0; i < G_N_ELEMENTS (lower_headings); i++)
    g_assert_true (gtk_widget_is_visible (find_label_reading (groups.view, lower_headings[i])));

  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
}

/* The groups and rows below the top made so far. */
static guint
count_made (GtkWidget *widget)
{
  guint n = ADW_IS_PREFERENCES_GROUP (widget) || ADW_IS_ACTION_ROW (widget) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_made (child);

  return n;
}

/* @n daily entries, oldest first, as a file written elsewhere might hold
 * them, named entry-000 onwards. */
static GPtrArray *
long_diary_entries (guint n)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("entry-%03u", i);

      g_ptr_array_add (entries, diary_full_entry (id, diary_julian (2026, 1, 1) + i));
    }

  return entries;
}

/* The diary file holds long_diary_entries(@n) and nothing else. */
static void
write_long_diary (guint n)
{
  g_autoptr(GPtrArray) entries = long_diary_entries (n);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;

  bytes = bpg_diary_json_write (entries, NULL);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  remove_diary_files ();
  write_diary_file (text);
}

typedef struct
{
  GtkWidget     *view;
  guint          frames;      /* drawn since the area was shown */
  guint          parts;       /* groups and saving rows made */
  guint          rows;        /* entry rows made */
  guint          entries_at;  /* the frame the entries group came in */
  guint          shared;      /* frames after it that made a part and rows */
  BpgDiaryModel *change;      /* -> set entries in the frame the chart comes */
  GPtrArray     *entries;
  guint          changed_at;  /* the frame that did */
  guint          parts_after; /* parts made in the frame after it */
  BpgContext    *context;     /* -> */
  guint          done_at;     /* the frame that made the last part */
  guint          opened_at;   /* the first frame the context had a diary in */
} FrameWork;

static void
frame_work_cb (GdkFrameClock *clock,
               FrameWork     *work)
{
  guint parts = count_made (work->view);
  guint rows = count_entry_rows (work->view);

  work->frames++;
  if (work->entries_at == 0 && find_label_reading (work->view, "Entries") != NULL)
    work->entries_at = work->frames;
  else if (work->entries_at != 0 && parts > work->parts && rows > work->rows)
    work->shared++;
  if (work->changed_at != 0 && work->frames == work->changed_at + 1)
    work->parts_after = parts - work->parts;
  if (work->done_at == 0 && parts == 11)
    work->done_at = work->frames;
  if (work->context != NULL && work->opened_at == 0 &&
      bpg_context_get_diary_store (work->context) != NULL)
    work->opened_at = work->frames;

  /* Restored from a backup, say, as the frame that brought the chart ends. */
  if (work->change != NULL && work->changed_at == 0 &&
      find_label_reading (work->view, "Your Progress") != NULL)
    {
      bpg_diary_model_set_entries (work->change, work->entries);
      work->changed_at = work->frames;
    }

  work->parts = parts;
  work->rows = rows;
}

/* Draws frames, counting what each made, until the area has its six parts
 * (four groups, with the goal's row and the saving group's first two, then
 * the saving group's last four rows in pairs: 11 groups and rows) and
 * @n_rows entry rows. */
static void
run_frame_work (BpgWindow *window,
                FrameWork *work,
                guint      n_rows)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (frame_work_cb), work);
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while ((work->parts < 11 || work->rows < n_rows) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
  g_assert_cmpuint (work->parts, ==, 11);
  g_assert_cmpuint (work->rows, ==, n_rows);
}

/* A diary not read yet is opened, and read, in a frame after the one that
 * makes the area's last part: read while they were made, it took a core
 * from the frames that laid them out. Its rows come once it is read. */
static void
test_read_after_parts (void)
{
  g_autoptr(BpgContext) context = bpg_context_new (NULL);
  FrameWork work = { NULL, 0 };
  BpgWindow *window;

  write_long_diary (120);
  g_assert_null (show_diary_area (context, &window, FALSE));
  g_assert_null (bpg_context_get_diary_store (context));
  work.view = find_child (GTK_WIDGET (window), BPG_TYPE_DIARY_VIEW);
  work.context = context;
  run_frame_work (window, &work, 50);

  g_assert_cmpuint (work.done_at, >=, 6);
  g_assert_cmpuint (work.opened_at, >, work.done_at);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (bpg_diary_store_get_model (
                      bpg_context_get_diary_store (context)))), ==, 120);

  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
}

/* The rows of a long diary and the parts below the top both come a few a
 * frame, but never in the same frame: each alone fitted in a frame, and
 * the two together took longer. The entries group comes with its first
 * rows. */
static void
test_rows_wait_for_parts (void)
{
  g_autoptr(BpgContext) context = bpg_context_new (NULL);
  FrameWork work = { NULL, 0 };
  BpgDiaryStore *store;
  BpgWindow *window;

  write_long_diary (120);
  store = show_diary_area (context, &window, TRUE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (bpg_diary_store_get_model (store))),
                    ==, 120);
  work.view = find_child (GTK_WIDGET (window), BPG_TYPE_DIARY_VIEW);
  run_frame_work (window, &work, 50);

  g_assert_cmpuint (work.entries_at, >=, 2);
  g_assert_cmpuint (work.shared, ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
}

/* A frame that lays out entries just put in the diary makes no part of the
 * area besides: the next part comes a frame later. */
static void
test_frame_after_change_held (void)
{
  g_autoptr(BpgContext) context = bpg_context_new (NULL);
  g_autoptr(GPtrArray) entries = long_diary_entries (120);
  FrameWork work = { NULL, 0 };
  BpgDiaryStore *store;
  BpgWindow *window;

  remove_diary_files ();
  store = show_diary_area (context, &window, TRUE);
  work.view = find_child (GTK_WIDGET (window), BPG_TYPE_DIARY_VIEW);
  work.change = bpg_diary_store_get_model (store);
  work.entries = entries;
  run_frame_work (window, &work, 50);

  g_assert_cmpuint (work.changed_at, >=, 2);
  g_assert_cmpuint (work.parts_after, ==, 0);
  g_assert_cmpuint (work.entries_at, >=, work.changed_at + 2);
  g_assert_cmpuint (work.shared, ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
}

/* Draws frames until @n entry rows are made (or many frames have passed). */
static void
run_until_rows (BpgWindow    *window,
                BpgDiaryView *view,
                guint         n)
{
  for (guint frames = 0; count_entry_rows (GTK_WIDGET (view)) < n && frames < 100; frames++)
    run_until_laid_out (GTK_WIDGET (window));
  run_until_idle ();
}

/* A long diary lists its newest entries a page at a time, and makes a page's
 * rows a few a frame, newest first, so opening it never holds the window up
 * for long. */
static void
test_entries_in_batches (void)
{
  BpgWindow *window;
  BpgDiaryView *view;
  BpgDiaryStore *store;
  GtkWidget *newest;
  FrameRows rows = { NULL, count_entry_rows, 0, 0, 0 };
  gulong handler;
  gint64 deadline;

  write_long_diary (120);

  window = new_test_window ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 800);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-area", "s", "diary"));
  view = find_child (GTK_WIDGET (window), BPG_TYPE_DIARY_VIEW);

  /* The first page, a few rows a frame from the first: never more, even
   * when the main loop is idle between frames. */
  rows.widget = GTK_WIDGET (view);
  handler = g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                              G_CALLBACK (frame_rows_cb), &rows);
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (rows.frames == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  store = bpg_diary_view_get_store (view);
  g_assert_nonnull (store);
  g_assert_true (bpg_diary_store_get_loaded (store));
  /* The newest comes first. */
  newest = find_named (GTK_WIDGET (view), "entry-119");
  g_assert_nonnull (newest);
  while (rows.last < 50 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), handler);
  g_assert_cmpuint (rows.frames, >=, 17);
  g_assert_cmpuint (rows.most, <=, 3);
  run_until_idle ();
  g_assert_cmpuint (count_entry_rows (GTK_WIDGET (view)), ==, 50);
  g_assert_nonnull (find_named (GTK_WIDGET (view), "entry-070"));
  g_assert_null (find_named (GTK_WIDGET (view), "entry-069"));
  g_assert_true (shows_label (GTK_WIDGET (view), "Show Older Entries"));

  /* Each press of the button adds a page, until every entry is listed. */
  g_signal_emit_by_name (find_button (GTK_WIDGET (view), "Show Older Entries"), "clicked");
  run_until_rows (window, view, 100);
  g_assert_cmpuint (count_entry_rows (GTK_WIDGET (view)), ==, 100);
  g_signal_emit_by_name (find_button (GTK_WIDGET (view), "Show Older Entries"), "clicked");
  run_until_rows (window, view, 120);
  g_assert_cmpuint (count_entry_rows (GTK_WIDGET (view)), ==, 120);
  g_assert_false (shows_label (GTK_WIDGET (view), "Show Older Entries"));

  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
}

/* The label under @widget reading @text, if one is shown. */
static GtkLabel *
find_label (GtkWidget  *widget,
            const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found;

      if (!gtk_widget_get_mapped (child))
        continue;
      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
        return GTK_LABEL (child);
      if ((found = find_label (child, text)))
        return found;
    }

  return NULL;
}

/* @label is not cut: it wraps, and is given the height its text needs at
 * the width it has, inside @within. */
static void
assert_label_whole (GtkLabel  *label,
                    GtkWidget *within)
{
  graphene_rect_t bounds;
  int height;

  g_assert_nonnull (label);
  /* Laid out on the next frame. */
  for (guint i = 0; i < 500 && gtk_widget_get_width (GTK_WIDGET (label)) == 0; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  g_assert_cmpint (gtk_label_get_ellipsize (label), ==, PANGO_ELLIPSIZE_NONE);
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (label), within, &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (within));
  gtk_widget_measure (GTK_WIDGET (label), GTK_ORIENTATION_VERTICAL,
                      gtk_widget_get_width (GTK_WIDGET (label)), &height, NULL, NULL, NULL);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (label)), >=, height);
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (label)));
}

/* At 360 pixels and twice the text size, the pain choices are shown whole,
 * the one chosen and those in the list: "10 – the worst pain you can
 * imagine", not "10 – the worst pain yo…". */
static void
test_editor_pain_wraps (void)
{
  static const char *worst = "10 – the worst pain you can imagine";
  g_autoptr(BpgDiaryEntry) entry = diary_numbered_entry (1);
  GtkSettings *settings = gtk_settings_get_default ();
  BpgEntryEditor *editor;
  GtkWidget *row;
  GtkPopover *popover;
  GtkAdjustment *adjustment;

  /* Large text as the desktop sets it, so it reaches the list's popover too. */
  g_object_set (settings, "gtk-xft-dpi", 2 * 96 * 1024, NULL);

  bpg_diary_entry_set_back_pain (entry, 10);
  editor = bpg_entry_editor_new (NULL, NULL, entry);
  gtk_window_set_default_size (GTK_WINDOW (editor), 360, 700);
  gtk_window_present (GTK_WINDOW (editor));
  run_until_idle ();
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (editor)), <=, 360);

  /* The date, its words whole and inside its row, and the calendar's
   * button beside it */
  {
    g_autofree char *day = bpg_date_format_day (bpg_diary_entry_get_julian (entry));
    GtkLabel *date = find_label (GTK_WIDGET (editor), day);
    GtkWidget *date_row, *button;
    graphene_rect_t bounds;

    g_test_message ("The date");
    g_assert_nonnull (date);
    date_row = gtk_widget_get_ancestor (GTK_WIDGET (date), GTK_TYPE_LIST_BOX_ROW);
    assert_label_whole (date, date_row);
    g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (date), date_row, &bounds));
    g_assert_cmpfloat (bounds.origin.y, >=, 0);
    g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (date_row));
    button = find_child (date_row, GTK_TYPE_MENU_BUTTON);
    g_assert_nonnull (button);
    g_assert_true (gtk_widget_compute_bounds (button, date_row, &bounds));
    g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (date_row));
  }

  row = find_named (GTK_WIDGET (editor), "back-pain");
  g_assert_nonnull (row);
  g_test_message ("The chosen value");
  assert_label_whole (find_label (row, worst), row);

  /* The list to choose from. */
  g_assert_true (gtk_widget_activate (row));
  run_until_idle ();
  popover = find_child (row, GTK_TYPE_POPOVER);
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (popover)));
  g_test_message ("The list");
  for (guint i = 0; i < 500 && gtk_widget_get_width (GTK_WIDGET (popover)) == 0; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  /* The list fits the window, and its last choice, scrolled to, is whole. */
  g_assert_cmpint (gtk_widget_get_width (gtk_widget_get_first_child (GTK_WIDGET (popover))), <=, 360);
  adjustment = gtk_scrolled_window_get_vadjustment (find_child (GTK_WIDGET (popover),
                                                                GTK_TYPE_SCROLLED_WINDOW));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  for (guint i = 0; i < 500 && find_label (GTK_WIDGET (popover), worst) == NULL; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  assert_label_whole (find_label (GTK_WIDGET (popover), worst), GTK_WIDGET (popover));
  gtk_popover_popdown (popover);

  gtk_window_destroy (GTK_WINDOW (editor));
  gtk_settings_reset_property (settings, "gtk-xft-dpi");
  run_until_idle ();
}

/* "Add Today's Entry" on a day that has an entry opens that entry to
 * change, and says so, rather than adding a second. */
static void
test_today_once (void)
{
  BpgWindow *window;
  BpgDiaryView *view;
  BpgDiaryModel *model;
  BpgEntryEditor *editor;
  g_autoptr(BpgDiaryEntry) entry = NULL;

  remove_diary_files ();
  view = open_diary (&window);
  model = bpg_diary_store_get_model (bpg_diary_view_get_store (view));
  add_entry_by_editor (window);
  run_until_idle ();
  g_assert_null (find_editor ());
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "diary.new-entry", NULL));
  run_until_idle ();
  editor = find_editor ();
  g_assert_nonnull (editor);
  g_assert_false (bpg_entry_editor_get_is_new (editor));
  g_assert_true (shows_label (GTK_WIDGET (editor), "You already have an entry for today."));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (find_named (GTK_WIDGET (editor),
                                                                           "back-pain"))), ==, 5);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_named (GTK_WIDGET (editor), "back-pain")), 3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (editor), "editor.save", NULL));
  run_until_idle ();
  g_assert_null (find_editor ());

  /* Still one entry, changed. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
  entry = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_assert_cmpint (bpg_diary_entry_get_back_pain (entry), ==, 2);

  /* A new entry says nothing of the kind. */
  g_assert_true (bpg_diary_model_remove (model, bpg_diary_entry_get_id (entry)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "diary.new-entry", NULL));
  run_until_idle ();
  editor = find_editor ();
  g_assert_nonnull (editor);
  g_assert_true (bpg_entry_editor_get_is_new (editor));
  g_assert_false (shows_label (GTK_WIDGET (editor), "You already have an entry for today."));
  gtk_window_destroy (GTK_WINDOW (editor));

  wait_until_saved (bpg_diary_view_get_store (view));
  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
}

static GtkWidget *
find_type_named (GtkWidget  *widget,
                 const char *type_name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (g_str_equal (G_OBJECT_TYPE_NAME (child), type_name) && gtk_widget_get_mapped (child))
        return child;
      if ((found = find_type_named (child, type_name)))
        return found;
    }

  return NULL;
}

static GtkWidget *
find_action_button (GtkWidget  *widget,
                    const char *action)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && gtk_widget_get_mapped (child) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0)
        return child;
      if ((found = find_action_button (child, action)))
        return found;
    }

  return NULL;
}

/* A diary holding @kept, and a new entry's editor open over it. */
static BpgEntryEditor *
open_new_entry_beside (BpgDiaryEntry  *kept,
                       BpgWindow     **window,
                       BpgDiaryView  **view)
{
  BpgDiaryModel *model;
  BpgEntryEditor *editor;

  remove_diary_files ();
  *view = open_diary (window);
  model = bpg_diary_store_get_model (bpg_diary_view_get_store (*view));
  g_assert_cmpint (bpg_diary_model_save (model, kept), ==, BPG_DIARY_SAVED_ADDED);
  wait_until_saved (bpg_diary_view_get_store (*view));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (*window), "win.new-diary-entry", NULL));
  run_until_idle ();
  editor = find_editor ();
  g_assert_nonnull (editor);
  return editor;
}

/* Changing a new entry's date to a day that has an entry never adds a
 * second entry for that day, nor writes over the first: with nothing
 * written yet, the editor opens that day's entry instead, as "Add Today's
 * Entry" does; with something written, it says the day is taken and does
 * not save. */
static void
test_day_taken (void)
{
  BpgWindow *window;
  BpgDiaryView *view;
  BpgDiaryModel *model;
  BpgEntryEditor *editor;
  GtkCalendar *calendar;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GDateTime) past = g_date_time_add_days (now, -3);
  g_autoptr(BpgDiaryEntry) kept = diary_full_entry ("kept", bpg_diary_today () - 3);

  /* Nothing written: that day's entry is opened, and the editor says so */
  editor = open_new_entry_beside (kept, &window, &view);
  model = bpg_diary_store_get_model (bpg_diary_view_get_store (view));
  g_assert_true (bpg_entry_editor_get_is_new (editor));
  calendar = find_child (GTK_WIDGET (editor), GTK_TYPE_CALENDAR);
  gtk_calendar_select_day (calendar, past);
  run_until_idle ();
  g_assert_false (bpg_entry_editor_get_is_new (editor));
  g_assert_true (bpg_entry_editor_get_entry (editor) == kept);
  g_assert_true (shows_label (GTK_WIDGET (editor), "You already have an entry for "));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (find_named (GTK_WIDGET (editor),
                                                                           "back-pain"))), ==, 7);
  g_assert_true (find_action_button (GTK_WIDGET (editor), "editor.delete") != NULL);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_named (GTK_WIDGET (editor), "back-pain")), 3);
  g_assert_true (bpg_entry_editor_save (editor));
  run_until_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
  g_assert_cmpint (bpg_diary_entry_get_back_pain (bpg_diary_model_lookup (model, "kept")), ==, 2);

  /* Something written: the day is taken, and nothing is saved over it */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-diary-entry", NULL));
  run_until_idle ();
  editor = find_editor ();
  g_assert_nonnull (editor);
  adw_combo_row_set_selected (ADW_COMBO_ROW (find_named (GTK_WIDGET (editor), "back-pain")), 10);
  calendar = find_child (GTK_WIDGET (editor), GTK_TYPE_CALENDAR);
  gtk_calendar_select_day (calendar, past);
  run_until_idle ();
  g_assert_true (bpg_entry_editor_get_is_new (editor));
  g_assert_true (shows_label (GTK_WIDGET (editor), "You already have an entry for "));
  g_assert_false (gtk_widget_is_sensitive (find_action_button (GTK_WIDGET (editor), "editor.save")));
  g_assert_false (bpg_entry_editor_save (editor));
  run_until_idle ();
  g_assert_true (find_editor () == editor);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
  g_assert_cmpint (bpg_diary_entry_get_back_pain (bpg_diary_model_lookup (model, "kept")), ==, 2);

  /* Another day is free again */
  gtk_calendar_select_day (calendar, now);
  run_until_idle ();
  g_assert_false (shows_label (GTK_WIDGET (editor), "You already have an entry for "));
  g_assert_true (bpg_entry_editor_save (editor));
  run_until_idle ();
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 2);

  wait_until_saved (bpg_diary_view_get_store (view));
  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
}

static gboolean
shows_day (BpgEntryEditor *editor,
           guint32         julian)
{
  g_autofree char *day = bpg_date_format_day (julian);

  return shows_label (GTK_WIDGET (editor), julian == bpg_diary_today () ? "Today" : day);
}

/* The buttons beside the date move it a day at a time without the
 * calendar, never past today, and into a day that has an entry just as
 * the calendar does: with nothing written, that entry is opened. */
static void
test_day_buttons (void)
{
  BpgWindow *window;
  BpgDiaryView *view;
  BpgDiaryModel *model;
  BpgEntryEditor *editor;
  GtkWidget *before, *after;
  guint32 today = bpg_diary_today ();
  g_autoptr(BpgDiaryEntry) kept = diary_full_entry ("kept", today - 2);

  editor = open_new_entry_beside (kept, &window, &view);
  model = bpg_diary_store_get_model (bpg_diary_view_get_store (view));
  before = find_action_button (GTK_WIDGET (editor), "editor.day-before");
  after = find_action_button (GTK_WIDGET (editor), "editor.day-after");
  g_assert_nonnull (before);
  g_assert_nonnull (after);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (before), ==, "Day before");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (after), ==, "Day after");

  /* Today: no day after it */
  g_assert_true (shows_day (editor, today));
  g_assert_true (gtk_widget_is_sensitive (before));
  g_assert_false (gtk_widget_is_sensitive (after));

  g_signal_emit_by_name (before, "clicked");
  run_until_idle ();
  g_assert_true (shows_day (editor, today - 1));
  g_assert_true (gtk_widget_is_sensitive (after));
  g_assert_true (bpg_entry_editor_get_is_new (editor));

  /* Into the day that has an entry: that entry, to change */
  g_signal_emit_by_name (before, "clicked");
  run_until_idle ();
  g_assert_true (shows_day (editor, today - 2));
  g_assert_false (bpg_entry_editor_get_is_new (editor));
  g_assert_true (bpg_entry_editor_get_entry (editor) == kept);
  g_assert_true (shows_label (GTK_WIDGET (editor), "You already have an entry for "));

  /* On again to today, and no further */
  g_signal_emit_by_name (after, "clicked");
  run_until_idle ();
  g_assert_true (shows_day (editor, today - 1));
  g_signal_emit_by_name (after, "clicked");
  run_until_idle ();
  g_assert_true (shows_day (editor, today));
  g_assert_false (gtk_widget_is_sensitive (after));
  /* not enabled, and checked again when run */
  gtk_widget_activate_action (GTK_WIDGET (editor), "editor.day-after", NULL);
  run_until_idle ();
  g_assert_true (shows_day (editor, today));

  /* Nothing saved by moving */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 1);
  g_assert_cmpint (bpg_diary_entry_get_julian (bpg_diary_model_lookup (model, "kept")), ==,
                   today - 2);

  gtk_window_destroy (GTK_WINDOW (editor));
  wait_until_saved (bpg_diary_view_get_store (view));
  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
}

/* While a toast shows, the diary's urgent-help button is in sight and not
 * under it, even scrolled to the end of the diary: the toasts' overlay
 * does not hold it, so this is so at any width. */
static void
test_toast_clear_of_urgent_help (void)
{
  static const int widths[] = { 1000, 700 };

  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    {
      BpgWindow *window;
      BpgDiaryView *view;
      GtkWidget *toast, *urgent, *overlay;
      GtkAdjustment *adjustment;
      graphene_rect_t toast_bounds, urgent_bounds;

      remove_diary_files ();
      view = open_diary_sized (&window, widths[i], 700);
      /* Scrolled to the end, where the backup rows are. */
      adjustment = gtk_scrolled_window_get_vadjustment (find_child (GTK_WIDGET (view),
                                                                    GTK_TYPE_SCROLLED_WINDOW));
      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
      run_until_idle ();
      /* A toast as the diary shows one, here after restoring nothing. */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "diary.restore-backup", NULL));

      toast = NULL;
      for (guint n = 0; n < 2000 && (toast == NULL || gtk_widget_get_width (toast) == 0); n++)
        {
          g_main_context_iteration (NULL, FALSE);
          g_usleep (1000);
          toast = find_type_named (GTK_WIDGET (view), "AdwToastWidget");
        }
      g_assert_nonnull (toast);
      g_assert_cmpint (gtk_widget_get_width (toast), >, 0);
      /* Until it has slid fully into place. */
      overlay = gtk_widget_get_parent (toast);
      for (guint n = 0; n < 2000; n++)
        {
          g_assert_true (gtk_widget_compute_bounds (toast, overlay, &toast_bounds));
          if (toast_bounds.origin.y + toast_bounds.size.height <= gtk_widget_get_height (overlay))
            break;
          g_main_context_iteration (NULL, FALSE);
          g_usleep (1000);
        }
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, widths[i]);
      g_test_message ("%d wide: toast %d x %d", widths[i], gtk_widget_get_width (toast),
                      gtk_widget_get_height (toast));

      urgent = find_action_button (GTK_WIDGET (view), "win.urgent-help");
      g_assert_nonnull (urgent);
      g_assert_true (gtk_widget_compute_bounds (toast, GTK_WIDGET (window), &toast_bounds));
      g_assert_true (gtk_widget_compute_bounds (urgent, GTK_WIDGET (window), &urgent_bounds));
      g_assert_cmpfloat (urgent_bounds.size.height, >, 0);
      g_assert_cmpfloat (urgent_bounds.origin.y + urgent_bounds.size.height, <=,
                         gtk_widget_get_height (GTK_WIDGET (window)));
      g_assert_false (graphene_rect_intersection (&toast_bounds, &urgent_bounds, NULL));
      g_assert_false (gtk_widget_is_ancestor (urgent, overlay));

      gtk_window_destroy (GTK_WINDOW (window));
      run_until_idle ();
    }
}

/* A saved file is announced with its name and its folder's, and a button
 * that opens the folder. */
static void
test_saved_toast (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/home/ann/Documents/Back & leg diary.pdf");
  g_autoptr(AdwToast) toast = NULL;
  GtkWidget *label = g_object_ref_sink (gtk_label_new (NULL));
  GtkWidget *title, *button;

  toast = bpg_saved_toast_new (label, file);
  /* Shown whole: it wraps rather than being cut at large text sizes. */
  title = find_child (adw_toast_get_custom_title (toast), GTK_TYPE_LABEL);
  g_assert_nonnull (title);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==,
                   "Saved “Back & leg diary.pdf” in the folder “Documents”");
  g_assert_true (gtk_label_get_wrap (GTK_LABEL (title)));
  g_assert_cmpint (gtk_label_get_ellipsize (GTK_LABEL (title)), ==, PANGO_ELLIPSIZE_NONE);
  button = find_child (adw_toast_get_custom_title (toast), GTK_TYPE_BUTTON);
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "_Open Folder");
  g_assert_true (gtk_button_get_use_underline (GTK_BUTTON (button)));
  g_object_unref (label);
}

/* Each button under @widget that is shown, laid out wholly inside @box
 * (in @window's coordinates). */
static void
assert_buttons_inside (GtkWidget             *widget,
                       GtkWidget             *window,
                       const graphene_rect_t *box,
                       guint                 *n_buttons)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      graphene_rect_t bounds;

      if (!gtk_widget_get_mapped (child))
        continue;
      if (GTK_IS_BUTTON (child))
        {
          g_assert_true (gtk_widget_compute_bounds (child, window, &bounds));
          g_test_message ("button %s: %g to %g, toast %g to %g",
                          gtk_button_get_label (GTK_BUTTON (child)),
                          bounds.origin.x, bounds.origin.x + bounds.size.width,
                          box->origin.x, box->origin.x + box->size.width);
          g_assert_cmpfloat (bounds.size.width, >, 0);
          g_assert_true (graphene_rect_contains_rect (box, &bounds));
          (*n_buttons)++;
        }
      assert_buttons_inside (child, window, box, n_buttons);
    }
}

/* At twice the text size in a phone-sized window, the saved file's toast
 * fits: its words wrap, and Open Folder and the close button are inside it,
 * not cut off at the window's edge. */
static AdwToast *
make_saved_toast (GtkWidget *page)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/home/ann/Documents/Back pain diary "
                                               "2026-12-02.pdf");

  return bpg_saved_toast_new (page, file);
}

static AdwToast *
make_plain_toast (GtkWidget *page)
{
  return bpg_toast_new ("Your answers have been cleared");
}

/* A message shows whole, its words and buttons inside a phone-sized
 * window, at twice the text size. */
static void
assert_toast_fits_narrow (AdwToast *(*make) (GtkWidget *page),
                          guint      buttons)
{
  g_autoptr(GtkCssProvider) style = gtk_css_provider_new ();
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *overlay = adw_toast_overlay_new ();
  GtkWidget *page = gtk_label_new ("A page");
  GtkWidget *toast = NULL, *title = NULL;
  graphene_rect_t toast_bounds, window_bounds, title_bounds;
  guint n_buttons = 0;
  int title_height;

  /* The app's own style, in which a toast's title grows with the text */
  gtk_css_provider_load_from_resource (style, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (style),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  gtk_css_provider_load_from_data (css, "window { font-size: 200%; }", -1);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 2);
  adw_toast_overlay_set_child (ADW_TOAST_OVERLAY (overlay), page);
  gtk_window_set_child (GTK_WINDOW (window), overlay);
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 480);
  gtk_window_present (GTK_WINDOW (window));
  run_until_idle ();
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), make (page));
  for (guint n = 0; n < 2000 && (toast == NULL || gtk_widget_get_width (toast) == 0); n++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
      toast = find_type_named (overlay, "AdwToastWidget");
    }
  g_assert_nonnull (toast);
  /* It slides in from below: wait until it is in its place. */
  for (guint n = 0; n < 5000; n++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
      g_assert_true (gtk_widget_compute_bounds (toast, overlay, &toast_bounds));
      if (toast_bounds.origin.y + toast_bounds.size.height <= gtk_widget_get_height (overlay))
        break;
    }
  run_until_idle ();

  g_assert_true (gtk_widget_compute_bounds (toast, window, &toast_bounds));
  g_assert_true (gtk_widget_compute_bounds (window, window, &window_bounds));
  g_test_message ("toast %g,%g %g x %g in a window %g x %g", toast_bounds.origin.x,
                  toast_bounds.origin.y, toast_bounds.size.width, toast_bounds.size.height,
                  window_bounds.size.width, window_bounds.size.height);
  g_assert_true (graphene_rect_contains_rect (&window_bounds, &toast_bounds));
  assert_buttons_inside (toast, window, &toast_bounds, &n_buttons);
  g_assert_cmpuint (n_buttons, ==, buttons);

  /* The words have the height they need at the width they were given. */
  for (GtkWidget *w = gtk_widget_get_first_child (toast); w != NULL && title == NULL;
       w = gtk_widget_get_next_sibling (w))
    title = GTK_IS_LABEL (w) ? w : find_child (w, GTK_TYPE_LABEL);
  g_assert_nonnull (title);
  g_assert_true (gtk_widget_compute_bounds (title, window, &title_bounds));
  g_assert_true (graphene_rect_contains_rect (&toast_bounds, &title_bounds));
  gtk_widget_measure (title, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (title),
                      &title_height, NULL, NULL, NULL);
  g_assert_cmpint (gtk_widget_get_height (title), >=, title_height);
  /* and none of them is cut off with "…" */
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (title))));

  gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                 GTK_STYLE_PROVIDER (style));
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                 GTK_STYLE_PROVIDER (css));
  gtk_window_destroy (GTK_WINDOW (window));
  run_until_idle ();
}

static void
test_saved_toast_narrow (void)
{
  assert_toast_fits_narrow (make_saved_toast, 2);  /* Open Folder, and close */
}

/* The app's other messages (the check's "Your answers have been cleared"
 * among them) were cut off on the right. */
static void
test_toast_narrow (void)
{
  assert_toast_fits_narrow (make_plain_toast, 1);  /* close */
}

int
main (int   argc,
      char *argv[])
{
  bpg_test_isolate_home ();
  gtk_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);
  adw_init ();

  g_test_add_func ("/diary-view/add-change-delete", test_add_change_delete);
  g_test_add_func ("/diary-view/unsaved-close", test_unsaved_close);
  g_test_add_func ("/diary-view/quit-anyway", test_quit_anyway);
  g_test_add_func ("/diary-view/notes-limit", test_notes_limit);
  g_test_add_func ("/diary-view/old-long-note-kept", test_old_long_note_kept);
  g_test_add_func ("/diary-view/exercise-result-before-loaded", test_exercise_result_before_loaded);
  g_test_add_func ("/diary-view/broken-file-banner", test_broken_file_banner);
  g_test_add_func ("/diary-view/newer-file-read-only", test_newer_file_read_only);
  g_test_add_func ("/diary-view/shared-banner-at-once", test_shared_banner_at_once);
  g_test_add_func ("/diary-view/shared-computer", test_shared_computer);
  g_test_add_func ("/diary-view/exercises", test_exercises);
  g_test_add_func ("/diary-view/shared-clear-closes-chooser", test_shared_clear_closes_chooser);
  g_test_add_func ("/diary-view/shared-clear-cancels-print", test_shared_clear_cancels_print);
  g_test_add_func ("/diary-view/delete-all-window-gone", test_delete_all_window_gone);
  g_test_add_func ("/diary-view/import-backup", test_import_backup);
  g_test_add_func ("/diary-view/import-window-gone", test_import_window_gone);
  g_test_add_func ("/diary-view/backup-window-gone", test_backup_window_gone);
  g_test_add_func ("/diary-view/fits-narrow", test_fits_narrow);
  g_test_add_func ("/diary-view/entries-in-batches", test_entries_in_batches);
  g_test_add_func ("/diary-view/groups-one-a-frame", test_groups_one_a_frame);
  g_test_add_func ("/diary-view/rows-wait-for-parts", test_rows_wait_for_parts);
  g_test_add_func ("/diary-view/read-after-parts", test_read_after_parts);
  g_test_add_func ("/diary-view/frame-after-change-held", test_frame_after_change_held);
  g_test_add_func ("/diary-view/editor-past-day", test_editor_past_day);
  g_test_add_func ("/diary-view/editor-pain-wraps", test_editor_pain_wraps);
  g_test_add_func ("/diary-view/today-once", test_today_once);
  g_test_add_func ("/diary-view/day-taken", test_day_taken);
  g_test_add_func ("/diary-view/day-buttons", test_day_buttons);
  g_test_add_func ("/diary-view/toast-clear-of-urgent-help", test_toast_clear_of_urgent_help);
  g_test_add_func ("/diary-view/saved-toast", test_saved_toast);
  g_test_add_func ("/diary-view/saved-toast-narrow", test_saved_toast_narrow);
  g_test_add_func ("/diary-view/toast-narrow", test_toast_narrow);

  return g_test_run ();
}
