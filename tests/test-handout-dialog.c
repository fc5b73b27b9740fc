/* test-handout-dialog.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "bpg-handout-dialog.h"
#include "test-isolate.h"
#include "test-widget-util.h"

/* The handout builder as a practitioner uses it: tick pages and exercises,
 * set sets and repetitions, write a note; Save and Print are there only once
 * something is chosen; every control has a name a screen reader can say;
 * the choices go into the context's handout, and the saved PDF holds them. */

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
      if ((found = find_named (child, name)) != NULL)
        return found;
    }

  return NULL;
}

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      collect (child, type, found);
    }
}

static GPtrArray *
find_all (gpointer widget,
          GType    type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (GTK_WIDGET (widget), type, found);
  return found;
}

static GtkWidget *
find_button (GtkWidget  *dialog,
             const char *action)
{
  g_autoptr(GPtrArray) buttons = find_all (dialog, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      if (GTK_IS_ACTIONABLE (button) &&
          g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), action) == 0)
        return button;
    }

  g_error ("No button for %s", action);
}

/* Opens the builder and waits for its rows, which come once the advice and
 * the exercises have been read. */
static GtkWidget *
open_dialog (BpgContext *context)
{
  GtkWidget *dialog = bpg_handout_dialog_new (NULL, context);

  gtk_window_present (GTK_WINDOW (dialog));
  for (guint i = 0; i < 500 && find_named (dialog, "page-keep-moving") == NULL; i++)
    {
      g_usleep (10000);
      run_until_idle ();
    }
  g_assert_nonnull (find_named (dialog, "page-keep-moving"));
  g_assert_nonnull (find_named (dialog, "exercise-bridge"));

  return dialog;
}

static void
check (GtkWidget  *dialog,
       const char *name)
{
  GtkWidget *button = find_named (dialog, name);

  g_assert_true (GTK_IS_CHECK_BUTTON (button));
  gtk_check_button_set_active (GTK_CHECK_BUTTON (button), TRUE);
}

static void
set_number (GtkWidget  *dialog,
            const char *name,
            double      value)
{
  GtkWidget *spin = find_named (dialog, name);

  g_assert_true (GTK_IS_SPIN_BUTTON (spin));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
}

static void
test_choose (void)
{
  g_autoptr(BpgContext) context = bpg_context_new (NULL);
  BpgHandout *handout = bpg_context_get_handout (context);
  GtkWidget *dialog = open_dialog (context);
  GtkWidget *save = find_button (dialog, "handout.save");
  GtkWidget *print = find_button (dialog, "handout.print");
  g_autoptr(GPtrArray) texts = find_all (dialog, GTK_TYPE_TEXT_VIEW);
  GtkTextBuffer *buffer;

  /* Nothing chosen: nothing to save or print, and a note alone is not enough. */
  g_assert_false (gtk_widget_get_sensitive (save));
  g_assert_false (gtk_widget_get_sensitive (print));
  g_assert_cmpuint (texts->len, ==, 1);
  buffer = gtk_text_view_get_buffer (g_ptr_array_index (texts, 0));
  gtk_text_buffer_set_text (buffer, "Walk to the shop and back each day.", -1);
  g_assert_cmpstr (bpg_handout_get_note (handout), ==, "Walk to the shop and back each day.");
  g_assert_false (gtk_widget_get_sensitive (save));

  /* The numbers for an exercise show only once it is chosen. */
  g_assert_false (gtk_widget_is_visible (find_named (dialog, "sets-bridge")));
  check (dialog, "exercise-bridge");
  run_until_idle ();
  g_assert_true (gtk_widget_is_visible (find_named (dialog, "sets-bridge")));
  g_assert_true (gtk_widget_get_sensitive (save));
  g_assert_true (gtk_widget_get_sensitive (print));
  set_number (dialog, "sets-bridge", 3);
  set_number (dialog, "reps-bridge", 8);
  check (dialog, "page-keep-moving");
  check (dialog, "page-work");
  set_number (dialog, "goal-minutes", 150);

  g_assert_true (bpg_handout_has_exercise (handout, "bridge"));
  g_assert_cmpuint (bpg_handout_get_sets (handout, "bridge"), ==, 3);
  g_assert_cmpuint (bpg_handout_get_reps (handout, "bridge"), ==, 8);
  g_assert_true (bpg_handout_has_page (handout, "keep-moving"));
  g_assert_true (bpg_handout_has_page (handout, "work"));
  g_assert_false (bpg_handout_has_page (handout, "painkillers"));
  g_assert_cmpuint (bpg_handout_get_goal_minutes (handout), ==, 150);

  /* Unticked again, there is nothing to save once more. */
  gtk_check_button_set_active (GTK_CHECK_BUTTON (find_named (dialog, "exercise-bridge")), FALSE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (find_named (dialog, "page-keep-moving")), FALSE);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (find_named (dialog, "page-work")), FALSE);
  g_assert_false (gtk_widget_get_sensitive (save));

  gtk_window_destroy (GTK_WINDOW (dialog));
  run_until_idle ();
}

/* Opened again, the builder shows what was chosen for this patient; after
 * Finish and Clear it has closed, and opens empty. */
static void
test_reopen_and_clear (void)
{
  g_autoptr(BpgContext) context = bpg_context_new (NULL);
  GtkWidget *dialog = open_dialog (context);
  g_autoptr(GPtrArray) texts = NULL;
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *note = NULL;

  check (dialog, "page-painkillers");
  check (dialog, "exercise-walking");
  set_number (dialog, "reps-walking", 20);
  gtk_window_destroy (GTK_WINDOW (dialog));
  run_until_idle ();

  dialog = open_dialog (context);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (find_named (dialog,
                                                                           "page-painkillers"))));
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (find_named (dialog,
                                                                           "exercise-walking"))));
  g_assert_cmpint (gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (find_named (dialog,
                                                                                  "reps-walking"))),
                   ==, 20);
  g_signal_connect_swapped (dialog, "destroy", G_CALLBACK (g_nullify_pointer), &dialog);

  bpg_context_clear_session (context);
  run_until_idle ();
  g_assert_null (dialog);
  g_assert_true (bpg_handout_get_empty (bpg_context_get_handout (context)));

  dialog = open_dialog (context);
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (find_named (dialog,
                                                                            "page-painkillers"))));
  texts = find_all (dialog, GTK_TYPE_TEXT_VIEW);
  buffer = gtk_text_view_get_buffer (g_ptr_array_index (texts, 0));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  note = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (note, ==, "");
  gtk_window_destroy (GTK_WINDOW (dialog));
  run_until_idle ();
}

/* Read again (as in another language), the advice brings new rows, ticked
 * as the handout says. */
static void
test_content_again (void)
{
  g_autoptr(BpgContext) context = bpg_context_new (NULL);
  GtkWidget *dialog = open_dialog (context);
  g_autoptr(BpgContent) content = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *before, *after;

  check (dialog, "page-work");
  before = find_named (dialog, "page-work");
  content = bpg_content_new_from_resource (BPG_CONTENT_RESOURCE, NULL, &error);
  g_assert_no_error (error);
  bpg_context_set_content (context, content, NULL);
  run_until_idle ();

  after = find_named (dialog, "page-work");
  g_assert_nonnull (after);
  g_assert_true (after != before);
  g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (after)));
  g_assert_false (gtk_check_button_get_active (GTK_CHECK_BUTTON (find_named (dialog,
                                                                            "page-painkillers"))));
  g_assert_true (bpg_handout_has_page (bpg_context_get_handout (context), "work"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  run_until_idle ();
}

static void
assert_named (GtkWidget *widget)
{
  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    g_error ("%s has no name for a screen reader", gtk_widget_get_name (widget));
}

/* Every tick box, number and text box is named for a screen reader. */
static void
test_names (void)
{
  g_autoptr(BpgContext) context = bpg_context_new (NULL);
  GtkWidget *dialog = open_dialog (context);
  g_autoptr(GPtrArray) checks = find_all (dialog, GTK_TYPE_CHECK_BUTTON);
  g_autoptr(GPtrArray) spins = find_all (dialog, GTK_TYPE_SPIN_BUTTON);
  g_autoptr(GPtrArray) texts = find_all (dialog, GTK_TYPE_TEXT_VIEW);
  GListModel *pages = bpg_content_get_pages (bpg_context_get_content (context));
  GListModel *exercises = bpg_exercise_list_get_exercises (bpg_context_get_exercises (context));

  g_assert_cmpuint (checks->len, ==,
                    g_list_model_get_n_items (pages) + g_list_model_get_n_items (exercises));
  g_assert_cmpuint (spins->len, ==, 2 * g_list_model_get_n_items (exercises) + 1);
  for (guint i = 0; i < checks->len; i++)
    assert_named (g_ptr_array_index (checks, i));
  for (guint i = 0; i < spins->len; i++)
    assert_named (g_ptr_array_index (spins, i));
  for (guint i = 0; i < texts->len; i++)
    assert_named (g_ptr_array_index (texts, i));

  assert_named (find_button (dialog, "handout.save"));
  assert_named (find_button (dialog, "handout.print"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  run_until_idle ();
}

static char *
pdf_words (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *out = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);

  words = g_strsplit_set (out, " \n\f", -1);
  for (guint i = 0, j = 0; ; i++)
    {
      if (words[i] == NULL)
        {
          words[j] = NULL;
          break;
        }
      if (*words[i] != '\0')
        words[j++] = words[i];
      else
        g_free (words[i]);
    }

  return g_strjoinv (" ", words);
}

/* Saved through the one save path, the PDF holds what was chosen. */
static void
test_save (void)
{
  g_autoptr(BpgContext) context = bpg_context_new (NULL);
  GtkWidget *dialog = open_dialog (context);
  g_autofree char *dir = g_dir_make_tmp ("bpg-handout-dialog-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) labels = NULL;
  g_autofree char *words = NULL;
  gboolean said = FALSE;

  check (dialog, "page-keep-moving");
  check (dialog, "exercise-knee-rolls");
  set_number (dialog, "sets-knee-rolls", 2);
  bpg_handout_dialog_save (BPG_HANDOUT_DIALOG (dialog), file);

  for (guint i = 0; i < 500 && !said; i++)
    {
      g_usleep (10000);
      run_until_idle ();
      g_clear_pointer (&labels, g_ptr_array_unref);
      labels = find_all (dialog, GTK_TYPE_LABEL);
      for (guint j = 0; j < labels->len; j++)
        if (gtk_widget_get_visible (g_ptr_array_index (labels, j)) &&
            strstr (gtk_label_get_text (g_ptr_array_index (labels, j)), "plan.pdf") != NULL)
          said = TRUE;
    }
  g_assert_true (said);

  words = pdf_words (path);
  g_assert_nonnull (strstr (words, "Keep moving"));
  g_assert_nonnull (strstr (words, "Knee rolls"));
  g_assert_nonnull (strstr (words, "Sets 2"));
  g_assert_nonnull (strstr (words, "999"));
  g_assert_nonnull (strstr (words, "111"));

  gtk_window_destroy (GTK_WINDOW (dialog));
  run_until_idle ();
  g_assert_no_errno (g_unlink (path));
  g_assert_no_errno (g_rmdir (dir));
}

int
main (int   argc,
      char *argv[])
{
  bpg_test_isolate_home ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/handout-dialog/choose", test_choose);
  g_test_add_func ("/handout-dialog/reopen-and-clear", test_reopen_and_clear);
  g_test_add_func ("/handout-dialog/content-again", test_content_again);
  g_test_add_func ("/handout-dialog/names", test_names);
  g_test_add_func ("/handout-dialog/save", test_save);

  return g_test_run ();
}
