/* test-diary-summary.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "bpg-diary-chart.h"
#include "bpg-diary-goal.h"
#include "bpg-diary-model.h"
#include "bpg-diary-report.h"
#include "bpg-diary-summary.h"
#include "test-diary-util.h"

static void
add (BpgDiaryModel *model,
     const char    *id,
     guint32        julian,
     int            back,
     int            leg,
     guint          walking)
{
  g_autoptr(BpgDiaryEntry) entry = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  entry = bpg_diary_entry_new_with_id (id, &date);
  bpg_diary_entry_set_back_pain (entry, back);
  bpg_diary_entry_set_leg_pain (entry, leg);
  bpg_diary_entry_set_minutes (entry, BPG_ACTIVITY_WALKING, walking);
  bpg_diary_model_add (model, entry);
}

static void
test_days (void)
{
  g_autoptr(BpgDiaryModel) model = bpg_diary_model_new ();
  g_autoptr(BpgDiarySummary) summary = NULL;
  guint32 last = diary_julian (2026, 11, 30);
  double peak = 0;
  guint day = 0;

  /* Two notes on one day: pain is averaged, minutes add up. */
  add (model, "a", last, 6, 2, 10);
  add (model, "b", last, 4, BPG_DIARY_PAIN_UNSET, 25);
  add (model, "c", last - 2, 8, 7, 0);
  /* Outside the four weeks: not counted. */
  add (model, "d", last - 28, 10, 10, 600);
  add (model, "e", last + 1, 10, 10, 600);

  summary = bpg_diary_summary_new (G_LIST_MODEL (model), last, 28);
  g_assert_cmpuint (summary->first, ==, last - 27);
  g_assert_cmpuint (summary->n_entries, ==, 3);
  g_assert_cmpuint (summary->n_days_with_entries, ==, 2);
  g_assert_cmpfloat (summary->back[27], ==, 5.0);
  g_assert_cmpfloat (summary->leg[27], ==, 2.0);
  g_assert_cmpuint (summary->minutes[27], ==, 35);
  g_assert_true (isnan (summary->back[26]));
  g_assert_cmpfloat (summary->back[25], ==, 8.0);

  g_assert_cmpfloat (bpg_diary_summary_average (summary, BPG_DIARY_SERIES_BACK, 21, 7), ==, 6.5);
  g_assert_true (isnan (bpg_diary_summary_average (summary, BPG_DIARY_SERIES_BACK, 0, 7)));
  g_assert_cmpuint (bpg_diary_summary_minutes (summary, 0, 28), ==, 35);
  g_assert_true (bpg_diary_summary_peak (summary, BPG_DIARY_SERIES_LEG, &day, &peak));
  g_assert_cmpuint (day, ==, 25);
  g_assert_cmpfloat (peak, ==, 7.0);
}

static void
test_text (void)
{
  g_autoptr(BpgDiaryModel) model = bpg_diary_model_new ();
  g_autoptr(BpgDiarySummary) empty = NULL;
  g_autoptr(BpgDiarySummary) summary = NULL;
  g_autoptr(BpgDiarySummary) week = NULL;
  g_autofree char *none = NULL;
  g_autofree char *text = NULL;
  g_autofree char *week_text = NULL;
  guint32 last = diary_julian (2026, 11, 30);

  empty = bpg_diary_summary_new (G_LIST_MODEL (model), last, 28);
  none = bpg_diary_summary_dup_text (empty);
  g_assert_cmpstr (none, ==, "Last 4 weeks (3 November to 30 November): no entries.");

  for (guint d = 0; d < 7; d++)
    {
      char id[8];

      g_snprintf (id, sizeof id, "f%u", d);
      add (model, id, last - 27 + d, 6, BPG_DIARY_PAIN_UNSET, 10);
      g_snprintf (id, sizeof id, "l%u", d);
      add (model, id, last - 6 + d, d == 3 ? 4 : 3, BPG_DIARY_PAIN_UNSET, 20);
    }

  summary = bpg_diary_summary_new (G_LIST_MODEL (model), last, 28);
  text = bpg_diary_summary_dup_text (summary);
  g_assert_cmpstr (text, ==,
                   "Last 4 weeks (3 November to 30 November): 14 days with entries. "
                   "Back pain: average 6.0 out of 10 in the first week, and 3.1 in the last week. "
                   "Highest 6, on 3 November. "
                   "Leg pain: not recorded. "
                   "Active minutes: 70 in the first week and 140 in the last week, 210 in all.");

  week = bpg_diary_summary_new (G_LIST_MODEL (model), last, 7);
  week_text = bpg_diary_summary_dup_text (week);
  g_assert_cmpstr (week_text, ==,
                   "Last 1 week (24 November to 30 November): 7 days with entries. "
                   "Back pain: average 3.1 out of 10. Highest 4, on Friday 27 November. "
                   "Leg pain: not recorded. Active for 140 minutes in all.");
}

static void
test_goal (void)
{
  g_autoptr(BpgDiaryModel) model = bpg_diary_model_new ();
  guint32 monday = diary_julian (2026, 11, 2);
  BpgDiaryGoal goal = { 70, monday, 10 };
  BpgDiaryGoalProgress progress;

  g_assert_cmpuint (bpg_diary_week_start (diary_julian (2026, 11, 8)), ==, monday);
  g_assert_cmpuint (bpg_diary_week_start (monday), ==, monday);
  g_assert_cmpuint (bpg_diary_week_start (diary_julian (2026, 11, 9)), ==, monday + 7);
  g_assert_true (bpg_diary_goal_is_valid (&goal));
  goal.start = monday + 1;
  g_assert_false (bpg_diary_goal_is_valid (&goal));
  goal.start = monday;

  /* It grows by a tenth, in steps of five minutes, never less than five. */
  g_assert_cmpuint (bpg_diary_goal_next (&goal, 70), ==, 75);
  g_assert_cmpuint (bpg_diary_goal_next (&goal, 150), ==, 165);
  g_assert_cmpuint (bpg_diary_goal_next (&goal, 10), ==, 15);

  /* Week 1: reached (80 of 70). */
  add (model, "w1", monday + 2, 5, 5, 80);
  /* Week 2: goal 75, not reached (30): it stays at 75. */
  add (model, "w2", monday + 8, 5, 5, 30);
  /* Week 3: goal 75, reached over two notes on two days. */
  add (model, "w3a", monday + 14, 5, 5, 40);
  add (model, "w3b", monday + 16, 5, 5, 40);
  /* Week 4, so far. */
  add (model, "w4", monday + 22, 5, 5, 15);

  g_assert_true (bpg_diary_goal_progress (&goal, G_LIST_MODEL (model), monday + 23, &progress));
  g_assert_cmpuint (progress.week, ==, 4);
  g_assert_cmpuint (progress.week_start, ==, monday + 21);
  g_assert_cmpuint (progress.goal, ==, 85);
  g_assert_cmpuint (progress.done, ==, 15);
  g_assert_cmpuint (progress.next_if_reached, ==, 95);

  /* A goal that does not grow. */
  goal.step = 0;
  g_assert_true (bpg_diary_goal_progress (&goal, G_LIST_MODEL (model), monday + 23, &progress));
  g_assert_cmpuint (progress.goal, ==, 70);

  /* No goal set. */
  g_assert_false (bpg_diary_goal_progress (NULL, G_LIST_MODEL (model), monday, &progress));
}

static guint
count_pixels_like (cairo_surface_t *surface,
                   const double     rgba[4])
{
  int stride = cairo_image_surface_get_stride (surface);
  guchar *data = cairo_image_surface_get_data (surface);
  guint n = 0;

  cairo_surface_flush (surface);
  for (int y = 0; y < cairo_image_surface_get_height (surface); y++)
    for (int x = 0; x < cairo_image_surface_get_width (surface); x++)
      {
        guint32 pixel;
        int r, g, b;

        memcpy (&pixel, data + y * stride + 4 * x, sizeof pixel);
        r = (pixel >> 16) & 0xff;
        g = (pixel >> 8) & 0xff;
        b = pixel & 0xff;

        if (ABS (r - rgba[0] * 255) < 8 && ABS (g - rgba[1] * 255) < 8 && ABS (b - rgba[2] * 255) < 8)
          n++;
      }

  return n;
}

static cairo_surface_t *
draw (const BpgDiarySummary    *summary,
      const BpgDiaryChartStyle *style,
      int                       width,
      int                       height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  bpg_diary_chart_draw (cr, summary, style, width, height);
  cairo_destroy (cr);

  return surface;
}

static void
test_chart (void)
{
  g_autoptr(BpgDiaryModel) model = bpg_diary_model_new ();
  g_autoptr(BpgDiarySummary) summary = NULL;
  g_autoptr(BpgDiarySummary) empty = NULL;
  guint32 last = diary_julian (2026, 11, 30);
  BpgDiaryChartStyle style;
  cairo_surface_t *surface;
  guint blue_pixels;

  bpg_diary_chart_style_init_print (&style);
  empty = bpg_diary_summary_new (G_LIST_MODEL (model), last, 84);
  for (guint d = 0; d < 84; d += 2)
    {
      char id[8];

      g_snprintf (id, sizeof id, "d%u", d);
      add (model, id, last - d, d % 11, (d * 3) % 11, d);
    }
  summary = bpg_diary_summary_new (G_LIST_MODEL (model), last, 84);

  /* The back-pain line and the activity bars are drawn... */
  surface = draw (summary, &style, 600, 300);
  if (g_getenv ("BPG_CHART_PNG") != NULL)
    cairo_surface_write_to_png (surface, "/tmp/chart-full.png");
  blue_pixels = count_pixels_like (surface, style.back);
  g_assert_cmpuint (blue_pixels, >, 300);
  g_assert_cmpuint (count_pixels_like (surface, style.bars), >, 500);
  cairo_surface_destroy (surface);

  /* ...and only their keys when there is nothing to draw. */
  surface = draw (empty, &style, 600, 300);
  g_assert_cmpuint (count_pixels_like (surface, style.back), <, 100);
  g_assert_cmpuint (count_pixels_like (surface, style.bars), <, 200);
  if (g_getenv ("BPG_CHART_PNG") != NULL)
    cairo_surface_write_to_png (surface, "/tmp/chart-empty.png");
  cairo_surface_destroy (surface);

  /* Narrow, as on a phone, it still draws the lines. */
  surface = draw (summary, &style, 320, 260);
  if (g_getenv ("BPG_CHART_PNG") != NULL)
    cairo_surface_write_to_png (surface, "/tmp/chart-narrow.png");
  g_assert_cmpuint (count_pixels_like (surface, style.back), >, 100);
  cairo_surface_destroy (surface);

  pango_font_description_free (style.font);
}

static void
test_clinician_summary (void)
{
  g_autoptr(BpgDiaryModel) model = bpg_diary_model_new ();
  g_autoptr(BpgReport) report = NULL;
  g_autoptr(GOutputStream) pdf = g_memory_output_stream_new_resizable ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint32 last = diary_julian (2026, 11, 30);
  BpgDiaryGoal goal = { 70, bpg_diary_week_start (last - 20), 10 };
  g_autoptr(GString) long_note = g_string_new (NULL);

  for (guint i = 0; i < 60; i++)
    g_string_append (long_note, "A long note about the day. ");

  /* Twelve weeks of daily entries, each with a long note. */
  for (guint d = 0; d < 84; d++)
    {
      g_autoptr(BpgDiaryEntry) entry = NULL;
      char id[8];
      GDate date;

      g_snprintf (id, sizeof id, "d%u", d);
      g_date_clear (&date, 1);
      g_date_set_julian (&date, last - d);
      entry = bpg_diary_entry_new_with_id (id, &date);
      bpg_diary_entry_set_back_pain (entry, d % 11);
      bpg_diary_entry_set_minutes (entry, BPG_ACTIVITY_WALKING, 20);
      bpg_diary_entry_set_painkillers (entry, d % 2);
      bpg_diary_entry_set_notes (entry, d == 0 ? "Newest =note" : long_note->str);
      bpg_diary_model_add (model, entry);
    }
  bpg_diary_model_set_goal (model, &goal);

  report = bpg_diary_report_new (model, NULL, last, 12);
  text = bpg_report_dup_text (report);

  /* The chart, a row for each week, the goal and the latest notes, shortened. */
  g_assert_nonnull (strstr (text, "Back Pain Diary: Summary for My Clinician"));
  g_assert_nonnull (strstr (text, "Last 12 weeks (8 September to 30 November): 84 days with entries."));
  g_assert_nonnull (strstr (text, "Week starting"));
  g_assert_nonnull (strstr (text, "8 Sep"));
  g_assert_nonnull (strstr (text, "24 Nov"));
  g_assert_nonnull (strstr (text, "Weekly activity goal"));
  /* The patient's own words are isolated from the app's (U+2068 ... U+2069). */
  g_assert_nonnull (strstr (text, "30 Nov: \u2068Newest =note\u2069"));
  g_assert_nonnull (strstr (text, "(shortened)"));

  /* On one A4 page, as a PDF. */
  g_assert_cmpuint (bpg_report_get_n_pages (report, BPG_REPORT_A4_WIDTH, BPG_REPORT_A4_HEIGHT), ==, 1);
  g_assert_true (bpg_report_render_pdf (report, pdf, NULL, &error));
  g_assert_no_error (error);
  g_output_stream_close (pdf, NULL, NULL);
  g_assert_cmpuint (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (pdf)), >, 1000);
  g_assert_cmpint (memcmp (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (pdf)), "%PDF", 4), ==, 0);

  if (g_getenv ("BPG_REPORT_PDF") != NULL)
    g_file_set_contents (g_getenv ("BPG_REPORT_PDF"),
                         g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (pdf)),
                         g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (pdf)), NULL);
}

/* The date labels under the chart: spaced by their measured widths, so
 * they never overlap ("30 Sep 7 Oct"), each inside the chart, and today's
 * always there, for one, four and twelve weeks, wide and phone-narrow, at
 * normal and twice the text size. */
static void
test_chart_dates (void)
{
  static const guint weeks[] = { 1, 4, 12 };
  static const double widths[] = { 1000, 600, 340, 300 };
  static const char * const fonts[] = { "Sans 8", "Sans 11", "Sans 22" };
  g_autoptr(BpgDiaryModel) model = bpg_diary_model_new ();
  guint32 last = diary_julian (2026, 10, 14);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 10, 10);
  cairo_t *cr = cairo_create (surface);
  BpgDiaryChartStyle style;

  bpg_diary_chart_style_init_print (&style);
  pango_font_description_free (style.font);

  for (guint w = 0; w < G_N_ELEMENTS (weeks); w++)
    for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
      for (guint f = 0; f < G_N_ELEMENTS (fonts); f++)
        {
          g_autoptr(BpgDiarySummary) summary = bpg_diary_summary_new (G_LIST_MODEL (model), last,
                                                                      7 * weeks[w]);
          g_autoptr(GArray) labels = NULL;
          double height = 400;

          style.font = pango_font_description_from_string (fonts[f]);
          labels = bpg_diary_chart_layout_dates (cr, summary, &style, widths[i], height);
          g_test_message ("%u weeks, %g wide, %s: %u labels", weeks[w], widths[i], fonts[f],
                          labels->len);

          g_assert_cmpuint (labels->len, >=, 2);
          g_assert_cmpuint (g_array_index (labels, BpgDiaryChartLabel, labels->len - 1).day, ==,
                            last);
          for (guint l = 0; l < labels->len; l++)
            {
              BpgDiaryChartLabel *label = &g_array_index (labels, BpgDiaryChartLabel, l);

              g_assert_cmpfloat (label->width, >, 0);
              g_assert_cmpfloat (label->x, >=, 0);
              g_assert_cmpfloat (label->x + label->width, <=, widths[i]);
              g_assert_cmpfloat (label->y, >=, 0);
              g_assert_cmpfloat (label->y + label->height, <=, height);
              if (l > 0)
                {
                  BpgDiaryChartLabel *before = &g_array_index (labels, BpgDiaryChartLabel, l - 1);

                  g_assert_cmpuint (before->day, <, label->day);
                  g_assert_cmpfloat (before->x + before->width, <, label->x);
                }
            }

          /* Wide, with room for them all, every day or every week is named. */
          if (widths[i] == 1000 && f == 0)
            g_assert_cmpuint (labels->len, ==, weeks[w] == 1 ? 7 : weeks[w]);
          pango_font_description_free (style.font);
        }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/diary-summary/days", test_days);
  g_test_add_func ("/diary-summary/text", test_text);
  g_test_add_func ("/diary-summary/goal", test_goal);
  g_test_add_func ("/diary-summary/chart", test_chart);
  g_test_add_func ("/diary-summary/chart-dates", test_chart_dates);
  g_test_add_func ("/diary-summary/clinician-summary", test_clinician_summary);

  return g_test_run ();
}
