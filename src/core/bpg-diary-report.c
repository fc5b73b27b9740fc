/* bpg-diary-report.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-diary-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bpg-date.h"
#include "bpg-diary-chart.h"
#include "bpg-diary-export.h"
#include "bpg-diary-report.h"
#include "bpg-diary-summary.h"

/* The one-page summary a patient can print or save as a PDF for their GP or
 * physiotherapist: the chart, a week-by-week table, and their latest notes.
 * It reports what the patient recorded and draws no conclusions. */

/* The chart on paper: its size in points, drawn at three pixels a point. */
#define CHART_WIDTH  500.0
#define CHART_HEIGHT 200.0
#define CHART_PIXELS_PER_POINT 3

static char *
format_average (double value)
{
  if (isnan (value))
    /* Translators: in a table, when nothing was recorded */
    return g_strdup (_("—"));

  return g_strdup_printf ("%.1f", value);
}

static void
add_chart (BpgReport             *report,
           const BpgDiarySummary *summary,
           const char            *caption)
{
  cairo_surface_t *surface;
  BpgDiaryChartStyle style;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                        CHART_WIDTH * CHART_PIXELS_PER_POINT,
                                        CHART_HEIGHT * CHART_PIXELS_PER_POINT);
  cr = cairo_create (surface);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, CHART_PIXELS_PER_POINT, CHART_PIXELS_PER_POINT);

  bpg_diary_chart_style_init_print (&style);
  bpg_diary_chart_draw (cr, summary, &style, CHART_WIDTH, CHART_HEIGHT);
  pango_font_description_free (style.font);
  cairo_destroy (cr);

  bpg_report_add_image (report, surface, CHART_WIDTH, CHART_HEIGHT, caption);
  cairo_surface_destroy (surface);
}

static void
add_week_table (BpgReport             *report,
                BpgDiaryModel         *model,
                const BpgDiarySummary *summary)
{
  const char *header[] = {
    _("Week starting"), _("Back pain"), _("Leg pain"), _("Active minutes"),
    _("Days with exercises"), _("Days with painkillers"), NULL
  };
  guint n_weeks = summary->n_days / 7;

  bpg_report_add_table (report, 6, header);

  for (guint w = 0; w < n_weeks; w++)
    {
      guint32 from = summary->first + 7 * w;
      g_autofree char *start = bpg_date_format (from, _("%-d %b"));
      g_autofree char *back = format_average (bpg_diary_summary_average (summary, BPG_DIARY_SERIES_BACK, 7 * w, 7));
      g_autofree char *leg = format_average (bpg_diary_summary_average (summary, BPG_DIARY_SERIES_LEG, 7 * w, 7));
      g_autofree char *minutes = g_strdup_printf ("%u", bpg_diary_summary_minutes (summary, 7 * w, 7));
      g_autoptr(GHashTable) exercise_days = g_hash_table_new (NULL, NULL);
      g_autoptr(GHashTable) painkiller_days = g_hash_table_new (NULL, NULL);
      g_autofree char *exercises = NULL;
      g_autofree char *painkillers = NULL;
      const char *cells[7];

      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
        {
          g_autoptr(BpgDiaryEntry) entry = g_list_model_get_item (G_LIST_MODEL (model), i);
          guint32 day = bpg_diary_entry_get_julian (entry);

          if (day < from || day >= from + 7)
            continue;
          if (bpg_diary_entry_get_n_exercises (entry) > 0)
            g_hash_table_add (exercise_days, GUINT_TO_POINTER (day));
          if (bpg_diary_entry_get_painkillers (entry))
            g_hash_table_add (painkiller_days, GUINT_TO_POINTER (day));
        }

      exercises = g_strdup_printf ("%u", g_hash_table_size (exercise_days));
      painkillers = g_strdup_printf ("%u", g_hash_table_size (painkiller_days));
      cells[0] = start;
      cells[1] = back;
      cells[2] = leg;
      cells[3] = minutes;
      cells[4] = exercises;
      cells[5] = painkillers;
      cells[6] = NULL;
      bpg_report_add_table_row (report, cells);
    }
}

static char *
shorten (const char *text)
{
  g_autofree char *flat = g_strdup (text);
  g_autofree char *start = NULL;
  g_autofree char *isolated = NULL;
  glong length;

  /* The note is isolated, so its own writing direction cannot reorder
   * the words around it. */
  g_strdelimit (flat, "\r\n\t", ' ');
  length = g_utf8_strlen (flat, -1);
  if (length <= BPG_DIARY_REPORT_NOTE_CHARS)
    return bpg_report_isolate (flat);

  start = g_utf8_substring (flat, 0, BPG_DIARY_REPORT_NOTE_CHARS);
  isolated = bpg_report_isolate (start);
  /* Translators: a note cut short so the summary fits one page */
  return g_strdup_printf (_("%s… (shortened)"), isolated);
}

static void
add_notes (BpgReport             *report,
           BpgDiaryModel         *model,
           const BpgDiarySummary *summary,
           guint                  max_notes)
{
  g_autoptr(GStrvBuilder) notes = g_strv_builder_new ();
  g_auto(GStrv) items = NULL;
  guint n = 0;

  /* The diary is newest first: the latest notes. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)) && n < max_notes; i++)
    {
      g_autoptr(BpgDiaryEntry) entry = g_list_model_get_item (G_LIST_MODEL (model), i);
      guint32 day = bpg_diary_entry_get_julian (entry);
      g_autofree char *date = NULL;
      g_autofree char *text = NULL;
      g_autofree char *item = NULL;

      if (day < summary->first || day >= summary->first + summary->n_days ||
          bpg_diary_entry_get_notes (entry) == NULL)
        continue;

      date = bpg_date_format (day, _("%-d %b"));
      text = shorten (bpg_diary_entry_get_notes (entry));
      /* Translators: a date, then the patient's note */
      item = g_strdup_printf (_("%s: %s"), date, text);
      g_strv_builder_add (notes, item);
      n++;
    }

  items = g_strv_builder_end (notes);
  bpg_report_add_heading (report, _("My latest notes"));
  if (n == 0)
    bpg_report_add_paragraph (report, _("No notes in these weeks."));
  else
    bpg_report_add_list (report, (const char * const *)items);
}

static BpgReport *
build_report (BpgDiaryModel         *model,
              const BpgDiarySummary *summary,
              guint32                today,
              guint                  max_notes)
{
  g_autofree char *text = bpg_diary_summary_dup_text (summary);
  g_autofree char *from = bpg_date_format_date (summary->first);
  g_autofree char *to = bpg_date_format_date (today);
  g_autofree char *intro = NULL;
  const BpgDiaryGoal *goal = bpg_diary_model_get_goal (model);
  BpgReport *report;

  report = bpg_report_new (_("Back Pain Diary: Summary for My Clinician"));
  /* Translators: the two %s are dates */
  intro = g_strdup_printf (_("What I recorded in my diary from %s to %s. Pain is from 0 (no pain) "
                             "to 10 (the worst pain I can imagine). Active minutes add up walking, "
                             "swimming, cycling, yoga, gardening and other activity."),
                           from, to);
  bpg_report_add_paragraph (report, intro);

  add_chart (report, summary, text);
  add_week_table (report, model, summary);

  if (goal != NULL)
    {
      BpgDiaryGoalProgress progress;
      g_autofree char *value = NULL;

      bpg_diary_goal_progress (goal, G_LIST_MODEL (model), today, &progress);
      /* Translators: the weekly activity goal and how much is done so far */
      value = g_strdup_printf (_("%u minutes this week (week %u); %u done so far"),
                               progress.goal, progress.week, progress.done);
      bpg_report_add_key_value (report, _("Weekly activity goal"), value);
    }

  add_notes (report, model, summary, max_notes);

  return report;
}

/**
 * bpg_diary_report_new:
 * @model: the diary
 * @exercises: (nullable): the exercise list, for names
 * @today: the Julian day the summary ends
 * @n_weeks: how many weeks, 1 to 12
 *
 * The summary keeps to one A4 page: it holds as many of the latest notes as
 * fit, up to %BPG_DIARY_REPORT_MAX_NOTES.
 *
 * Returns: (transfer full): the clinician summary, ready to print or save
 */
BpgReport *
bpg_diary_report_new (BpgDiaryModel   *model,
                      BpgExerciseList *exercises,
                      guint32          today,
                      guint            n_weeks)
{
  g_autoptr(BpgDiarySummary) summary = NULL;

  g_return_val_if_fail (BPG_IS_DIARY_MODEL (model), NULL);
  g_return_val_if_fail (n_weeks >= 1 && n_weeks <= 12, NULL);

  summary = bpg_diary_summary_new (G_LIST_MODEL (model), today, 7 * n_weeks);

  for (guint notes = BPG_DIARY_REPORT_MAX_NOTES; notes > 0; notes--)
    {
      g_autoptr(BpgReport) report = build_report (model, summary, today, notes);

      if (bpg_report_get_n_pages (report, BPG_REPORT_A4_WIDTH, BPG_REPORT_A4_HEIGHT) == 1)
        return g_steal_pointer (&report);
    }

  return build_report (model, summary, today, 0);
}
