/* test-appointment.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "bpg-appointment.h"

/* The appointment summary: what the patient fills in, the latest symptom
 * check and diary, the leaflets' advice on what to mention, and the urgent
 * advice, in that order, on screen and in the PDF. */

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static BpgAppointment *
filled_in (void)
{
  BpgAppointment *appointment = bpg_appointment_new ();
  g_autoptr(GDateTime) checked = g_date_time_new_local (2026, 11, 21, 14, 5, 0);

  bpg_appointment_set_duration (appointment, BPG_SYMPTOM_DURATION_6_TO_12_WEEKS);
  bpg_appointment_set_better (appointment, "Walking the dog\nA warm bath");
  bpg_appointment_set_worse (appointment, "Sitting at my desk for hours");
  bpg_appointment_set_questions (appointment, "Can I keep going to the gym?");
  bpg_appointment_set_had_fall (appointment, TRUE);
  bpg_appointment_set_check_result (appointment, "See a GP or physiotherapist soon", checked);
  bpg_appointment_set_diary_summary (appointment, "Pain 6 falling to 4 over two weeks.");

  return appointment;
}

/* Each word in order in @text, so sections come in the order promised. */
static void
assert_in_order (const char         *text,
                 const char * const *words)
{
  const char *at = text;

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *found = strstr (at, words[i]);

      if (found == NULL)
        g_error ("“%s” missing or out of order in:\n%s", words[i], text);
      at = found + strlen (words[i]);
    }
}

static void
test_model (void)
{
  g_autoptr(BpgAppointment) appointment = bpg_appointment_new ();
  guint notified = 0;

  g_assert_true (bpg_appointment_is_empty (appointment));
  g_assert_cmpstr (bpg_appointment_get_better (appointment), ==, "");
  g_assert_null (bpg_appointment_get_check_outcome (appointment));

  g_signal_connect (appointment, "notify", G_CALLBACK (count_notify_cb), &notified);
  bpg_appointment_set_worse (appointment, "Bending");
  bpg_appointment_set_worse (appointment, "Bending");
  g_assert_cmpuint (notified, ==, 1);
  g_assert_false (bpg_appointment_is_empty (appointment));

  /* Blank text counts as nothing written. */
  bpg_appointment_set_worse (appointment, "  \n ");
  g_assert_true (bpg_appointment_is_empty (appointment));
  bpg_appointment_set_worse (appointment, NULL);
  g_assert_cmpstr (bpg_appointment_get_worse (appointment), ==, "");
}

/* Clearing forgets what the patient typed; the symptom check and diary
 * belong to their own areas and stay. */
static void
test_clear (void)
{
  g_autoptr(BpgAppointment) appointment = filled_in ();

  g_assert_false (bpg_appointment_is_empty (appointment));
  bpg_appointment_clear (appointment);

  g_assert_true (bpg_appointment_is_empty (appointment));
  g_assert_cmpint (bpg_appointment_get_duration (appointment), ==, BPG_SYMPTOM_DURATION_NOT_SAID);
  g_assert_cmpstr (bpg_appointment_get_questions (appointment), ==, "");
  g_assert_false (bpg_appointment_get_had_fall (appointment));
  g_assert_cmpstr (bpg_appointment_get_check_outcome (appointment), ==,
                   "See a GP or physiotherapist soon");
}

static void
test_report_sections (void)
{
  g_autoptr(BpgAppointment) appointment = filled_in ();
  g_autoptr(BpgReport) report = bpg_appointment_create_report (appointment);
  g_autofree char *text = bpg_report_dup_text (report);
  const char *order[] = {
    "Summary for My Appointment",
    "About my back pain",
    "How long I have had it: 6 to 12 weeks",
    "What makes it better: Walking the dog\nA warm bath",
    "What makes it worse: Sitting at my desk for hours",
    "My latest symptom check",
    "See a GP or physiotherapist soon (checked on 21 November 2026 at 14:05)",
    "My diary",
    "Pain 6 falling to 4 over two weeks.",
    "Things I need to tell you",
    "I have had a fall.",
    "tell your practitioner if you have ever had cancer, or if you have had a fall, an injury or an accident",
    "My questions",
    "Can I keep going to the gym?",
    "Go to A&E now, or call 999 if you cannot get there",
    "Numbness around or inside your back passage (anus), or on your buttocks",
    "Chest pain as well as back pain",
    "Call 111 now if you have any of these:",
    "A fever: a high temperature, or you feel hot and shivery",
    "If you are not sure which service you need, call 111.",
    NULL
  };

  assert_in_order (text, order);
  /* Only what was ticked; no cancer warning without cancer ticked. */
  g_assert_null (strstr (text, "I have had cancer."));
  g_assert_null (strstr (text, "Call 111 now\n"));
  g_assert_null (strstr (text, "Do not wait for your appointment"));
}

static void
test_report_empty (void)
{
  g_autoptr(BpgAppointment) appointment = bpg_appointment_new ();
  g_autoptr(BpgReport) report = bpg_appointment_create_report (appointment);
  g_autofree char *text = bpg_report_dup_text (report);
  const char *order[] = {
    "How long I have had it: Not filled in",
    "No symptom check done yet.",
    "No diary summary yet.",
    "none ticked",
    "No questions written down.",
    "Go to A&E now, or call 999 if you cannot get there",
    NULL
  };

  assert_in_order (text, order);
}

/* Ticking cancer adds the leaflet's 111 advice: never wait for the
 * appointment if the pain started for no clear reason. */
static void
test_report_cancer (void)
{
  g_autoptr(BpgAppointment) appointment = filled_in ();
  g_autoptr(BpgReport) report = NULL;
  g_autofree char *text = NULL;

  bpg_appointment_set_had_cancer (appointment, TRUE);
  report = bpg_appointment_create_report (appointment);
  text = bpg_report_dup_text (report);

  assert_in_order (text, (const char *[]) {
    "I have had cancer.", "I have had a fall.", "Call 111 now",
    "cancer, TB, HIV or inflammatory arthritis: call 111 now. Do not wait", "Go to A&E now", NULL
  });
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (bpg_report_save_pdf_finish (BPG_REPORT (object), result, &error));
  g_assert_no_error (error);
  *(gboolean *)user_data = TRUE;
}

static char *
pdf_to_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-layout", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, &status, &error))
    return NULL;

  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* pdftotext may break lines and pad columns: compare words only. */
static char *
squash (const char *text)
{
  g_auto(GStrv) words = g_regex_split_simple ("\\s+", text, 0, 0);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", words[i]);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The saved PDF holds the same sections, in the same order, as text. */
static void
test_pdf (void)
{
  g_autoptr(BpgAppointment) appointment = filled_in ();
  g_autoptr(BpgReport) report = bpg_appointment_create_report (appointment);
  g_autofree char *dir = g_dir_make_tmp ("bpg-appointment-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "summary.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  gboolean done = FALSE;

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      g_rmdir (dir);
      return;
    }

  bpg_report_save_pdf_async (report, file, NULL, saved_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  raw = pdf_to_text (path);
  g_assert_nonnull (raw);
  text = squash (raw);
  g_test_message ("%s", text);

  assert_in_order (text, (const char *[]) {
    "Summary for My Appointment",
    "About my back pain",
    "How long I have had it", "6 to 12 weeks",
    "What makes it better", "Walking the dog A warm bath",
    "What makes it worse", "Sitting at my desk for hours",
    "My latest symptom check",
    "See a GP or physiotherapist soon (checked on 21 November 2026 at 14:05)",
    "My diary", "Pain 6 falling to 4 over two weeks.",
    "Things I need to tell you", "I have had a fall.",
    "My questions", "Can I keep going to the gym?",
    "Go to A&E now, or call 999 if you cannot get there",
    "If you are not sure which service you need, call 111.",
    "information only, not a diagnosis",
    NULL
  });

  g_assert_no_errno (g_unlink (path));
  g_assert_no_errno (g_rmdir (dir));
}

static char *
pdf_words (const char *path)
{
  const char *argv[] = { "pdftotext", "-bbox", path, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL,
                               G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* A long answer (10,000 characters, as a patient may paste) reaches the PDF
 * whole, over as many pages as it needs, and never runs into the footer. */
static void
test_pdf_long_answer (void)
{
  g_autoptr(BpgAppointment) appointment = filled_in ();
  g_autoptr(BpgReport) report = NULL;
  g_autoptr(GString) answer = g_string_new (NULL);
  g_autofree char *dir = g_dir_make_tmp ("bpg-appointment-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "summary.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *boxes = NULL;
  g_autoptr(GRegex) word_re = NULL;
  g_autoptr(GRegex) page_re = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  double page_height;
  gboolean done = FALSE;
  guint n_words = 0;

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      g_rmdir (dir);
      return;
    }

  while (answer->len < 10000)
    g_string_append_printf (answer, "w%u ", n_words++);
  bpg_appointment_set_better (appointment, answer->str);
  report = bpg_appointment_create_report (appointment);
  bpg_report_save_pdf_async (report, file, NULL, saved_cb, &done);
  while (!done)
    g_main_context_iteration (NULL, TRUE);

  boxes = pdf_words (path);
  page_re = g_regex_new ("<page width=\"[0-9.]+\" height=\"([0-9.]+)\"", 0, 0, NULL);
  g_assert_true (g_regex_match (page_re, boxes, 0, &match));
  {
    g_autofree char *height = g_match_info_fetch (match, 1);

    page_height = g_ascii_strtod (height, NULL);
  }
  g_clear_pointer (&match, g_match_info_unref);

  /* Every word of the answer, and each above the footer (which starts
   * 76 points above the foot of the page). */
  word_re = g_regex_new ("yMin=\"([0-9.]+)\" xMax=\"[0-9.]+\" yMax=\"([0-9.]+)\">(w[0-9]+)</word>",
                         0, 0, NULL);
  g_regex_match (word_re, boxes, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *y_max = g_match_info_fetch (match, 2);
      g_autofree char *word = g_match_info_fetch (match, 3);

      if (g_ascii_strtod (y_max, NULL) > page_height - 76.0)
        g_error ("“%s” runs into the footer (%s of %.0f points)", word, y_max, page_height);
      g_hash_table_add (seen, g_steal_pointer (&word));
      g_match_info_next (match, NULL);
    }
  g_assert_cmpuint (g_hash_table_size (seen), ==, n_words);

  g_assert_no_errno (g_unlink (path));
  g_assert_no_errno (g_rmdir (dir));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/appointment/model", test_model);
  g_test_add_func ("/appointment/clear", test_clear);
  g_test_add_func ("/appointment/report/sections", test_report_sections);
  g_test_add_func ("/appointment/report/empty", test_report_empty);
  g_test_add_func ("/appointment/report/cancer", test_report_cancer);
  g_test_add_func ("/appointment/pdf", test_pdf);
  g_test_add_func ("/appointment/pdf-long-answer", test_pdf_long_answer);

  return g_test_run ();
}
