/* test-appointment-view.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "bpg-appointment-summary.h"
#include "bpg-appointment-view.h"
#include "test-isolate.h"
#include "test-widget-util.h"

/* A view with a context of its own, as the window would make it. */
static gpointer
new_view (GType type)
{
  g_autoptr(BpgContext) context = bpg_context_new (NULL);

  return g_object_new (type, "context", context, NULL);
}

/* "Prepare for your appointment" as a patient uses it: what they type goes
 * into the summary, ticking cancer brings up the 111 advice at once, the
 * form can be emptied, and the summary is saved as a PDF that says what
 * they typed. */

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

static gboolean
is_shown (GtkWidget *widget)
{
  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
      return FALSE;

  return TRUE;
}

static char *
visible_text (gpointer widget)
{
  g_autoptr(GPtrArray) labels = find_all (widget, GTK_TYPE_LABEL);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < labels->len; i++)
    if (is_shown (g_ptr_array_index (labels, i)))
      g_string_append_printf (text, "%s\n", gtk_label_get_text (g_ptr_array_index (labels, i)));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWindow *
show_in_window (gpointer widget)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, 600, 800);
  gtk_window_set_child (window, GTK_WIDGET (widget));
  gtk_window_present (window);
  run_until_idle ();

  return window;
}

static void
type_into (GtkTextView *view,
           const char  *text)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter end;

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert_interactive (buffer, &end, text, -1, TRUE);
}

static GtkCheckButton *
find_check (gpointer    widget,
            const char *label)
{
  g_autoptr(GPtrArray) checks = find_all (widget, GTK_TYPE_CHECK_BUTTON);

  for (guint i = 0; i < checks->len; i++)
    if (g_strcmp0 (gtk_check_button_get_label (g_ptr_array_index (checks, i)), label) == 0)
      return g_ptr_array_index (checks, i);

  return NULL;
}

static void
test_form (void)
{
  BpgAppointmentView *view = g_object_ref_sink (new_view (BPG_TYPE_APPOINTMENT_VIEW));
  BpgAppointment *appointment = bpg_appointment_view_get_appointment (view);
  g_autoptr(GPtrArray) texts = find_all (view, GTK_TYPE_TEXT_VIEW);
  GtkCheckButton *cancer = find_check (view, "Cancer, now or at any time in the past");
  GtkWindow *window = show_in_window (view);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_cmpuint (texts->len, ==, 3);
  type_into (g_ptr_array_index (texts, 0), "Lying flat");
  type_into (g_ptr_array_index (texts, 1), "Long drives");
  type_into (g_ptr_array_index (texts, 2), "Is it safe to lift my child?");
  g_assert_cmpstr (bpg_appointment_get_better (appointment), ==, "Lying flat");
  g_assert_cmpstr (bpg_appointment_get_worse (appointment), ==, "Long drives");
  g_assert_cmpstr (bpg_appointment_get_questions (appointment), ==, "Is it safe to lift my child?");

  /* Ticking cancer shows the 111 advice straight away. */
  before = visible_text (view);
  g_assert_null (strstr (before, "call 111 now"));
  g_assert_nonnull (cancer);
  gtk_check_button_set_active (cancer, TRUE);
  run_until_idle ();
  g_assert_true (bpg_appointment_get_had_cancer (appointment));
  after = visible_text (view);
  g_assert_nonnull (strstr (after, "cancer, TB, HIV or inflammatory arthritis: call 111 now. Do not wait"));

  /* The symptom check's outcome, handed over by its area, shows here. */
  g_assert_nonnull (strstr (after, "No symptom check done yet."));
  {
    g_autoptr(GDateTime) when = g_date_time_new_local (2026, 11, 20, 9, 30, 0);
    g_autofree char *with_check = NULL;

    bpg_appointment_set_check_result (appointment, "Call 111 now", when);
    with_check = visible_text (view);
    g_assert_nonnull (strstr (with_check, "Call 111 now (checked on 20 November 2026 at 09:30)"));
  }

  /* Clear empties the form on screen, not just the model. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "appointment.clear", NULL));
  run_until_idle ();
  g_assert_true (bpg_appointment_is_empty (appointment));
  for (guint i = 0; i < texts->len; i++)
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (g_ptr_array_index (texts, i));

      g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, 0);
    }
  g_assert_false (gtk_check_button_get_active (cancer));

  gtk_window_destroy (window);
  g_object_unref (view);
}

/* Every field has a name a screen reader says, and the buttons can be
 * reached with the keyboard. */
static void
test_names (void)
{
  BpgAppointmentView *view = g_object_ref_sink (new_view (BPG_TYPE_APPOINTMENT_VIEW));
  g_autoptr(GPtrArray) texts = find_all (view, GTK_TYPE_TEXT_VIEW);
  g_autoptr(GPtrArray) buttons = find_all (view, GTK_TYPE_BUTTON);
  const char *actions[] = { "appointment.show", "appointment.print", "appointment.save",
                            "appointment.clear" };

  for (guint i = 0; i < texts->len; i++)
    g_assert_true (gtk_test_accessible_has_relation (g_ptr_array_index (texts, i),
                                                     GTK_ACCESSIBLE_RELATION_LABELLED_BY));

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      gboolean found = FALSE;

      for (guint j = 0; j < buttons->len; j++)
        {
          GtkWidget *button = g_ptr_array_index (buttons, j);

          if (GTK_IS_ACTIONABLE (button) &&
              g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), actions[i]) == 0)
            {
              found = TRUE;
              g_assert_true (gtk_widget_get_focusable (button));
              g_assert_nonnull (gtk_button_get_label (GTK_BUTTON (button)));
            }
        }
      g_assert_true (found);
    }

  g_object_unref (view);
}

static char *
pdf_words (const char *path)
{
  const char *argv[] = { "pdftotext", path, "-", NULL };
  g_autofree char *out = NULL;
  g_auto(GStrv) words = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL,
                               G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  words = g_regex_split_simple ("\\s+", out, 0, 0);

  return g_strjoinv (" ", words);
}

/* Saving writes the PDF off the main loop and then says where it went. */
static void
test_save (void)
{
  BpgAppointmentView *view = g_object_ref_sink (new_view (BPG_TYPE_APPOINTMENT_VIEW));
  BpgAppointment *appointment = bpg_appointment_view_get_appointment (view);
  g_autofree char *dir = g_dir_make_tmp ("bpg-appointment-view-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "my summary.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(BpgReport) report = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *words = NULL;
  g_autofree char *shown = NULL;
  GtkWindow *window = show_in_window (view);

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      gtk_window_destroy (window);
      g_object_unref (view);
      g_rmdir (dir);
      return;
    }

  bpg_appointment_set_worse (appointment, "Getting out of the car");
  bpg_appointment_set_duration (appointment, BPG_SYMPTOM_DURATION_OVER_12_WEEKS);
  report = bpg_appointment_create_report (appointment);
  bpg_appointment_view_save (view, report, file);

  for (guint i = 0; i < 500 && (shown == NULL || strstr (shown, "saved to") == NULL); i++)
    {
      g_usleep (10000);
      run_until_idle ();
      g_free (shown);
      shown = visible_text (view);
    }

  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_nonnull (strstr (shown, "The summary was saved to"));
  g_assert_nonnull (strstr (shown, "my summary.pdf"));

  words = pdf_words (path);
  g_assert_nonnull (strstr (words, "What makes it worse Getting out of the car"));
  g_assert_nonnull (strstr (words, "More than 12 weeks"));
  g_assert_nonnull (strstr (words, "Go to A&E now"));

  gtk_window_destroy (window);
  g_object_unref (view);
  g_assert_no_errno (g_unlink (path));
  g_assert_no_errno (g_rmdir (dir));
}

static AdwMessageDialog *
find_message_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return ADW_MESSAGE_DIALOG (window);
    }

  return NULL;
}

/* A summary that cannot be saved says so the way every area does (a dialog
 * with a plain heading and the reason), and no longer says "Saving". */
static void
test_save_error (void)
{
  BpgAppointmentView *view = g_object_ref_sink (new_view (BPG_TYPE_APPOINTMENT_VIEW));
  g_autofree char *dir = g_dir_make_tmp ("bpg-appointment-view-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "no such folder", "summary.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(BpgReport) report = NULL;
  g_autofree char *shown = NULL;
  AdwMessageDialog *dialog = NULL;
  GtkWindow *window = show_in_window (view);

  report = bpg_appointment_create_report (bpg_appointment_view_get_appointment (view));
  bpg_appointment_view_save (view, report, file);
  for (guint i = 0; i < 500 && (dialog = find_message_dialog ()) == NULL; i++)
    {
      g_usleep (10000);
      run_until_idle ();
    }

  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The Summary Could Not Be Saved");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), !=, "");
  shown = visible_text (view);
  g_assert_null (strstr (shown, "Saving"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (window);
  g_object_unref (view);
  g_assert_no_errno (g_rmdir (dir));
}

/* Whether @label shows @text in bold. */
static gboolean
shows_bold (GtkLabel   *label,
            const char *text)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  const char *shown = pango_layout_get_text (layout);
  const char *at = strstr (shown, text);
  PangoAttrIterator *iter;
  gboolean bold = FALSE;

  if (at == NULL)
    return FALSE;

  iter = pango_attr_list_get_iterator (pango_layout_get_attributes (layout));
  do
    {
      int start, end;
      PangoAttrInt *weight;

      pango_attr_iterator_range (iter, &start, &end);
      weight = (PangoAttrInt *) pango_attr_iterator_get (iter, PANGO_ATTR_WEIGHT);
      if (start <= at - shown && at - shown + (int) strlen (text) <= end &&
          weight != NULL && weight->value >= PANGO_WEIGHT_BOLD)
        bold = TRUE;
    }
  while (!bold && pango_attr_iterator_next (iter));
  pango_attr_iterator_destroy (iter);

  return bold;
}

/* "Show Summary" opens a window with nothing selected, whose headings are
 * bold so it reads as a document. */
static void
test_show_summary (void)
{
  BpgAppointmentView *view = new_view (BPG_TYPE_APPOINTMENT_VIEW);
  GtkWindow *window = show_in_window (view);
  GListModel *toplevels = gtk_window_get_toplevels ();
  BpgAppointmentSummary *summary = NULL;
  g_autoptr(GPtrArray) labels = NULL;
  GtkLabel *label;
  int start, end;

  gtk_widget_activate_action (GTK_WIDGET (view), "appointment.show", NULL);
  run_until_idle ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (toplevels, i);

      if (BPG_IS_APPOINTMENT_SUMMARY (item))
        summary = BPG_APPOINTMENT_SUMMARY (item);
    }
  g_assert_nonnull (summary);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (summary)));

  labels = find_all (summary, GTK_TYPE_LABEL);
  label = NULL;
  for (guint i = 0; i < labels->len; i++)
    if (gtk_label_get_selectable (g_ptr_array_index (labels, i)))
      label = g_ptr_array_index (labels, i);
  g_assert_nonnull (label);

  /* The text takes the focus, so the keys scroll it, but nothing is selected. */
  g_assert_true (gtk_widget_has_focus (GTK_WIDGET (label)));
  g_assert_false (gtk_label_get_selection_bounds (label, &start, &end));

  g_assert_true (shows_bold (label, "About my back pain"));
  g_assert_true (shows_bold (label, "My questions"));
  g_assert_null (strstr (gtk_label_get_text (label), "<b>"));

  gtk_window_destroy (GTK_WINDOW (summary));
  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  bpg_test_isolate_home ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/appointment-view/form", test_form);
  g_test_add_func ("/appointment-view/names", test_names);
  g_test_add_func ("/appointment-view/save", test_save);
  g_test_add_func ("/appointment-view/show-summary", test_show_summary);
  g_test_add_func ("/appointment-view/save-error", test_save_error);

  return g_test_run ();
}
