/* test-report.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "bpg-diary-report.h"
#include "bpg-diary-summary.h"
#include "bpg-i18n.h"
#include "bpg-report.h"

/* The printable report, checked the way a reader would: the PDF is turned
 * back into text with pdftotext and its pages counted with pdfinfo. */

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("test-report-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static BpgReport *
report_new (const char *title)
{
  BpgReport *report = bpg_report_new (title);
  g_autoptr(GTimeZone) utc = g_time_zone_new_utc ();
  g_autoptr(GDateTime) when = g_date_time_new (utc, 2026, 3, 12, 14, 5, 0);

  bpg_report_set_date_time (report, when);
  return report;
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  GError **error = user_data;

  bpg_report_save_pdf_finish (BPG_REPORT (object), result, error);
  if (*error == NULL)
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS, "saved");
}

/* Saves and waits. Returns TRUE on success, or FALSE with @error set. */
static gboolean
save (BpgReport     *report,
      const char    *path,
      GCancellable  *cancellable,
      GError       **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GError *result = NULL;

  bpg_report_save_pdf_async (report, file, cancellable, saved_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  if (g_error_matches (result, G_IO_ERROR, G_IO_ERROR_EXISTS) &&
      g_strcmp0 (result->message, "saved") == 0)
    {
      g_error_free (result);
      return TRUE;
    }

  g_propagate_error (error, result);
  return FALSE;
}

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);

  return out;
}

static char *
pdf_text (const char *path)
{
  return run ((const char *[]) { "pdftotext", "-enc", "UTF-8", path, "-", NULL });
}

static guint
pdf_pages (const char *path)
{
  g_autofree char *info = run ((const char *[]) { "pdfinfo", path, NULL });
  const char *line = strstr (info, "Pages:");

  g_assert_nonnull (line);
  return (guint)g_ascii_strtoull (line + strlen ("Pages:"), NULL, 10);
}

static guint
count_files (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (dir) != NULL)
    n++;

  return n;
}

/* Collapses runs of white space, since pdftotext breaks lines where the
 * layout does. */
static char *
squash (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n\t", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", words[i]);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  g_autofree char *flat = squash (haystack);
  g_autofree char *flat_needle = squash (needle);

  if (strstr (flat, flat_needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack);
}

static void
test_one_page (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(BpgReport) report = report_new ("Symptom Check Summary");
  g_autofree char *path = g_build_filename (fixture->dir, "summary.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  bpg_report_add_heading (report, "Your answers");
  bpg_report_add_key_value (report, "Pain in both legs", "No");
  bpg_report_add_key_value (report, "Fever", "Not sure");
  bpg_report_add_paragraph (report, "Show this page to the person who sees you.");
  bpg_report_add_list (report, (const char *[]) { "First point", "Second point", NULL });
  bpg_report_add_note (report, BPG_CALLOUT_EMERGENCY, "Go to A&E now",
                       "Call 999 if you cannot get there.");

  g_assert_true (save (report, path, NULL, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (pdf_pages (path), ==, 1);
  g_assert_cmpuint (bpg_report_get_n_pages (report, BPG_REPORT_A4_WIDTH, BPG_REPORT_A4_HEIGHT),
                    ==, 1);

  text = pdf_text (path);
  assert_contains (text, "Symptom Check Summary");
  assert_contains (text, "Your answers");
  assert_contains (text, "Pain in both legs");
  assert_contains (text, "Not sure");
  assert_contains (text, "Show this page to the person who sees you.");
  assert_contains (text, "Second point");
  assert_contains (text, "Emergency");
  assert_contains (text, "Go to A&E now");
  assert_contains (text, "Call 999 if you cannot get there.");
  assert_contains (text, "Back Pain Guide — information only, not a diagnosis");
  assert_contains (text, "Made on 12 March 2026 at 14:05");
  assert_contains (text, "Page 1 of 1");

  /* Nothing else is left in the folder: no temporary file. */
  g_assert_cmpuint (count_files (fixture->dir), ==, 1);
}

static void
test_many_pages (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(BpgReport) report = report_new ("Pain Diary");
  g_autofree char *path = g_build_filename (fixture->dir, "diary.pdf", NULL);
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  guint n_pages;

  bpg_report_add_table (report, 3, (const char *[]) { "Day", "Pain score", "Notes", NULL });
  for (guint i = 1; i <= 120; i++)
    {
      g_autofree char *day = g_strdup_printf ("Day %u", i);
      g_autofree char *score = g_strdup_printf ("%u", i % 11);

      bpg_report_add_table_row (report, (const char *[]) { day, score, "walked", NULL });
    }
  for (guint i = 0; i < 200; i++)
    g_string_append_printf (long_text, "Sentence %u of a long paragraph. ", i);
  bpg_report_add_paragraph (report, long_text->str);

  n_pages = bpg_report_get_n_pages (report, BPG_REPORT_A4_WIDTH, BPG_REPORT_A4_HEIGHT);
  g_assert_cmpuint (n_pages, >=, 4);

  g_assert_true (save (report, path, NULL, &error));
  g_assert_cmpuint (pdf_pages (path), ==, n_pages);

  text = pdf_text (path);
  pages = g_strsplit (text, "\f", -1);
  g_assert_cmpuint (g_strv_length (pages), >=, n_pages);

  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *page_nr = g_strdup_printf ("Page %u of %u", i + 1, n_pages);

      assert_contains (pages[i], page_nr);
      assert_contains (pages[i], "Back Pain Guide — information only, not a diagnosis");
      assert_contains (pages[i], "Made on 12 March 2026 at 14:05");
    }

  /* Every row and the whole paragraph made it, and the table's header
   * comes back at the top of its second page. */
  assert_contains (text, "Day 1 ");
  assert_contains (text, "Day 120");
  assert_contains (text, "Sentence 0 of");
  assert_contains (text, "Sentence 199 of a long paragraph.");
  assert_contains (pages[1], "Pain score");
  assert_contains (pages[1], "Pain Diary");
}

static void
test_replace_keeps_old_on_failure (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(BpgReport) report = report_new ("Summary");
  g_autofree char *path = g_build_filename (fixture->dir, "summary.pdf", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;

  g_file_set_contents (path, "an earlier file", -1, &error);
  g_assert_no_error (error);

  /* A save that fails leaves the earlier file exactly as it was. */
  g_cancellable_cancel (cancellable);
  g_assert_false (save (report, path, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (contents, ==, "an earlier file");
  g_assert_cmpuint (count_files (fixture->dir), ==, 1);

  /* One that succeeds replaces it completely. */
  bpg_report_add_paragraph (report, "The new text.");
  g_assert_true (save (report, path, NULL, &error));
  text = pdf_text (path);
  assert_contains (text, "The new text.");
  g_assert_cmpuint (count_files (fixture->dir), ==, 1);
}

/* A right-to-left override in a note must not turn the app's own words
 * around: the patient's text is isolated (U+2068 ... U+2069). */
static void
test_user_text_isolated (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(BpgDiaryModel) model = bpg_diary_model_new ();
  g_autoptr(BpgDiaryEntry) entry = NULL;
  g_autoptr(BpgReport) report = NULL;
  g_autoptr(GString) note = g_string_new ("\xe2\x80\xae");  /* RIGHT-TO-LEFT OVERRIDE */
  g_autofree char *path = g_build_filename (fixture->dir, "diary.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint32 today = bpg_diary_today ();
  GDate date;

  /* A sneaked-in closing isolate must not end the isolation early either. */
  g_string_append (note, "\xe2\x81\xa9\xe2\x80\xae");
  while (note->len < BPG_DIARY_REPORT_NOTE_CHARS + 50)
    g_string_append (note, "sore back ");
  g_date_clear (&date, 1);
  g_date_set_julian (&date, today);
  entry = bpg_diary_entry_new (&date);
  bpg_diary_entry_set_back_pain (entry, 4);
  bpg_diary_entry_set_notes (entry, note->str);
  bpg_diary_model_add (model, entry);
  report = bpg_diary_report_new (model, NULL, today, 4);

  g_assert_true (save (report, path, NULL, &error));
  g_assert_no_error (error);
  text = pdf_text (path);
  g_test_message ("%s", text);
  assert_contains (text, "(shortened)");
  g_assert_null (strstr (text, "(denetrohs)"));
  g_assert_null (strstr (text, ")denetrohs("));
}

static void
test_stream_error (void)
{
  g_autoptr(BpgReport) report = report_new ("Summary");
  g_autofree guint8 *buffer = g_malloc (64);
  g_autoptr(GOutputStream) stream = g_memory_output_stream_new (buffer, 64, NULL, NULL);
  g_autoptr(GError) error = NULL;

  bpg_report_add_paragraph (report, "Some text.");

  /* A stream that fills up makes the PDF fail with the stream's error. */
  g_assert_false (bpg_report_render_pdf (report, stream, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
}

static void
test_print_draws (void)
{
  g_autoptr(BpgReport) report = report_new ("Summary");
  cairo_surface_t *surface;
  guint8 *data;
  gsize dark = 0;
  cairo_t *cr;
  guint n_pages;

  bpg_report_add_note (report, BPG_CALLOUT_URGENT, "Call 111 today", NULL);

  /* US Letter, as a printer might ask for, at one pixel to the point. */
  n_pages = bpg_report_get_n_pages (report, 612, 792);
  g_assert_cmpuint (n_pages, ==, 1);

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 612, 792);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  bpg_report_draw_page (report, cr, 612, 792, 0);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  data = cairo_image_surface_get_data (surface);
  for (int y = 0; y < 792; y++)
    for (int x = 0; x < 612; x++)
      {
        guint32 pixel;

        memcpy (&pixel, data + y * cairo_image_surface_get_stride (surface) + x * 4, 4);
        if ((pixel & 0xff) < 0x80)
          dark++;
      }
  cairo_surface_destroy (surface);

  /* Something was drawn: the title, the note and the footer. */
  g_assert_cmpuint (dark, >, 1000);
}

/* Where ink is in a band of the page: whether any pixel as dark as text
 * (not the grey rules) lies between x0 and x1, y0 and y1. */
static gboolean
has_ink (cairo_surface_t *surface,
         int x0, int x1, int y0, int y1)
{
  guint8 *data = cairo_image_surface_get_data (surface);

  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      {
        guint32 pixel;

        memcpy (&pixel, data + y * cairo_image_surface_get_stride (surface) + x * 4, 4);
        if ((pixel & 0xff) < 0x40)
          return TRUE;
      }

  return FALSE;
}

static cairo_surface_t *
draw_numbers_table (void)
{
  g_autoptr(BpgReport) report = report_new ("");
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 595, 842);
  cairo_t *cr = cairo_create (surface);

  /* Numbers only: they have no writing direction of their own. */
  bpg_report_add_table (report, 2, (const char *[]) { "1", "2", NULL });
  bpg_report_add_table_row (report, (const char *[]) { "10", "20", NULL });
  bpg_report_add_table_row (report, (const char *[]) { "30", "40", NULL });
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  bpg_report_draw_page (report, cr, 595, 842, 0);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

/* Right to left, a table is mirrored: its columns run from the right, and
 * numbers sit at the start of their cells, on the right, as the words do. */
static void
test_right_to_left_table (void)
{
  /* A4 with 20 mm margins: two columns of 240 points between 57 and 538;
   * the table is in the band under the (empty) title, above the footer. */
  const int left = 57, middle = 297, right = 538, top = 60, bottom = 250;
  cairo_surface_t *surface;

  bpg_i18n_set_language ("en");
  surface = draw_numbers_table ();
  g_assert_true (has_ink (surface, left, left + 30, top, bottom));
  g_assert_true (has_ink (surface, middle, middle + 30, top, bottom));
  g_assert_false (has_ink (surface, middle - 60, middle, top, bottom));
  g_assert_false (has_ink (surface, right - 60, right, top, bottom));
  cairo_surface_destroy (surface);

  bpg_i18n_set_language ("ar");
  surface = draw_numbers_table ();
  g_assert_true (has_ink (surface, right - 30, right, top, bottom));
  g_assert_true (has_ink (surface, middle - 30, middle, top, bottom));
  g_assert_false (has_ink (surface, left, left + 60, top, bottom));
  g_assert_false (has_ink (surface, middle, middle + 60, top, bottom));
  cairo_surface_destroy (surface);
  bpg_i18n_set_language ("");
}

static void
test_plain_text (void)
{
  g_autoptr(BpgReport) report = report_new ("Summary");
  g_autofree char *text = NULL;

  bpg_report_add_key_value (report, "Fever", "Yes");
  bpg_report_add_note (report, BPG_CALLOUT_GP, "See a GP soon", "Within a few days.");
  bpg_report_add_note (report, BPG_CALLOUT_INFO, "If anything changes", "Call 111.");
  bpg_report_add_table (report, 2, (const char *[]) { "A", "B", NULL });
  bpg_report_add_table_row (report, (const char *[]) { "1", "2", NULL });

  text = bpg_report_dup_text (report);
  g_assert_cmpstr (text, ==,
                   "Summary\n"
                   "Fever: Yes\n"
                   "See a GP: See a GP soon\nWithin a few days.\n"
                   "If anything changes\nCall 111.\n"
                   "A | B\n"
                   "1 | 2\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/report/one-page", Fixture, NULL,
              fixture_set_up, test_one_page, fixture_tear_down);
  g_test_add ("/report/many-pages", Fixture, NULL,
              fixture_set_up, test_many_pages, fixture_tear_down);
  g_test_add ("/report/replace-keeps-old-on-failure", Fixture, NULL,
              fixture_set_up, test_replace_keeps_old_on_failure, fixture_tear_down);
  g_test_add ("/report/user-text-isolated", Fixture, NULL,
              fixture_set_up, test_user_text_isolated, fixture_tear_down);
  g_test_add_func ("/report/stream-error", test_stream_error);
  g_test_add_func ("/report/print-draws", test_print_draws);
  g_test_add_func ("/report/plain-text", test_plain_text);
  g_test_add_func ("/report/right-to-left-table", test_right_to_left_table);

  return g_test_run ();
}
