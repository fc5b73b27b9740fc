/* bpg-diary-summary.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-diary-summary"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "bpg-date.h"
#include "bpg-diary-entry.h"
#include "bpg-diary-summary.h"

static const double *
series_values (const BpgDiarySummary *summary,
               BpgDiarySeries         series)
{
  switch (series)
    {
    case BPG_DIARY_SERIES_BACK:
      return summary->back;
    case BPG_DIARY_SERIES_LEG:
      return summary->leg;
    case BPG_DIARY_SERIES_MINUTES:
    default:
      g_return_val_if_reached (NULL);
    }
}

static void
add_pain (double *sum,
          guint  *count,
          int     pain)
{
  if (pain == BPG_DIARY_PAIN_UNSET)
    return;

  *sum += pain;
  (*count)++;
}

/**
 * bpg_diary_today:
 *
 * Returns: the Julian day of today, in local time
 */
guint32
bpg_diary_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));

  return g_date_get_julian (&date);
}

/**
 * bpg_diary_summary_new:
 * @entries: a list of #BpgDiaryEntry
 * @last_day: the Julian day of the last day to show, usually today
 * @n_days: how many days to show, such as 7, 28 or 84
 *
 * Returns: (transfer full): the day-by-day figures
 */
BpgDiarySummary *
bpg_diary_summary_new (GListModel *entries,
                       guint32     last_day,
                       guint       n_days)
{
  BpgDiarySummary *summary;
  g_autofree double *back_sum = NULL, *leg_sum = NULL;
  g_autofree guint *back_n = NULL, *leg_n = NULL, *day_n = NULL;

  g_return_val_if_fail (G_IS_LIST_MODEL (entries), NULL);
  g_return_val_if_fail (n_days > 0 && last_day >= n_days, NULL);

  summary = g_new0 (BpgDiarySummary, 1);
  summary->first = last_day - n_days + 1;
  summary->n_days = n_days;
  summary->back = g_new (double, n_days);
  summary->leg = g_new (double, n_days);
  summary->minutes = g_new0 (guint, n_days);
  back_sum = g_new0 (double, n_days);
  leg_sum = g_new0 (double, n_days);
  back_n = g_new0 (guint, n_days);
  leg_n = g_new0 (guint, n_days);
  day_n = g_new0 (guint, n_days);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(BpgDiaryEntry) entry = g_list_model_get_item (entries, i);
      guint32 day = bpg_diary_entry_get_julian (entry);
      guint d;

      if (day < summary->first || day > last_day)
        continue;

      d = day - summary->first;
      add_pain (&back_sum[d], &back_n[d], bpg_diary_entry_get_back_pain (entry));
      add_pain (&leg_sum[d], &leg_n[d], bpg_diary_entry_get_leg_pain (entry));
      summary->minutes[d] += bpg_diary_entry_get_total_minutes (entry);
      summary->n_entries++;
      if (day_n[d]++ == 0)
        summary->n_days_with_entries++;
    }

  for (guint d = 0; d < n_days; d++)
    {
      summary->back[d] = back_n[d] > 0 ? back_sum[d] / back_n[d] : NAN;
      summary->leg[d] = leg_n[d] > 0 ? leg_sum[d] / leg_n[d] : NAN;
    }

  return summary;
}

void
bpg_diary_summary_free (BpgDiarySummary *summary)
{
  if (summary == NULL)
    return;

  g_free (summary->back);
  g_free (summary->leg);
  g_free (summary->minutes);
  g_free (summary);
}

/**
 * bpg_diary_summary_average:
 * @series: %BPG_DIARY_SERIES_BACK or %BPG_DIARY_SERIES_LEG
 * @from: the first day, counted from the summary's first day
 * @n_days: how many days
 *
 * Returns: the average of the days that have a value, or NAN if none has
 */
double
bpg_diary_summary_average (const BpgDiarySummary *summary,
                           BpgDiarySeries         series,
                           guint                  from,
                           guint                  n_days)
{
  const double *values = series_values (summary, series);
  double sum = 0;
  guint n = 0;

  g_return_val_if_fail (values != NULL, NAN);

  for (guint d = from; d < MIN (from + n_days, summary->n_days); d++)
    {
      if (isnan (values[d]))
        continue;
      sum += values[d];
      n++;
    }

  return n > 0 ? sum / n : NAN;
}

/**
 * bpg_diary_summary_peak:
 * @day: (out): the first day with the highest value
 * @value: (out): the highest value
 *
 * Returns: %FALSE if no day has a value
 */
gboolean
bpg_diary_summary_peak (const BpgDiarySummary *summary,
                        BpgDiarySeries         series,
                        guint                 *day,
                        double                *value)
{
  const double *values = series_values (summary, series);
  gboolean found = FALSE;

  g_return_val_if_fail (values != NULL, FALSE);

  for (guint d = 0; d < summary->n_days; d++)
    {
      if (isnan (values[d]) || (found && values[d] <= *value))
        continue;
      *day = d;
      *value = values[d];
      found = TRUE;
    }

  return found;
}

/**
 * bpg_diary_summary_minutes:
 *
 * Returns: the active minutes of @n_days days from day @from
 */
guint
bpg_diary_summary_minutes (const BpgDiarySummary *summary,
                           guint                  from,
                           guint                  n_days)
{
  guint total = 0;

  for (guint d = from; d < MIN (from + n_days, summary->n_days); d++)
    total += summary->minutes[d];

  return total;
}

static char *
format_day (const BpgDiarySummary *summary,
            guint                  d,
            gboolean               with_weekday)
{
  /* Translators: a date as strftime() writes it, for example "3 November" or
   * "Monday 3 November"; see "man strftime" */
  return bpg_date_format (summary->first + d, with_weekday ? _("%A %-d %B") : _("%-d %B"));
}

static void
append_pain (GString               *text,
             const BpgDiarySummary *summary,
             BpgDiarySeries         series,
             const char            *name)
{
  double first = bpg_diary_summary_average (summary, series, 0, 7);
  double last = bpg_diary_summary_average (summary, series, summary->n_days - 7, 7);
  g_autofree char *peak_day = NULL;
  double peak = 0;
  guint day = 0;

  g_string_append_c (text, ' ');
  if (!bpg_diary_summary_peak (summary, series, &day, &peak))
    {
      /* Translators: %s is "Back pain" or "Leg pain" */
      g_string_append_printf (text, _("%s: not recorded."), name);
      return;
    }

  peak_day = format_day (summary, day, summary->n_days <= 7);
  if (summary->n_days <= 7)
    /* Translators: %s is "Back pain" or "Leg pain"; %.1f a number from 0 to 10 */
    g_string_append_printf (text, _("%s: average %.1f out of 10."), name,
                            bpg_diary_summary_average (summary, series, 0, 7));
  else if (isnan (first) || isnan (last))
    /* Translators: %s is "Back pain" or "Leg pain"; %.1f a number from 0 to 10 */
    g_string_append_printf (text, _("%s: average %.1f out of 10."), name,
                            bpg_diary_summary_average (summary, series, 0, summary->n_days));
  else
    /* Translators: %s is "Back pain" or "Leg pain"; each %.1f is a number from 0 to 10 */
    g_string_append_printf (text, _("%s: average %.1f out of 10 in the first week, and %.1f in "
                                    "the last week."), name, first, last);

  /* Translators: the first %.0f is a number from 0 to 10, the %s is a date */
  g_string_append_printf (text, _(" Highest %.0f, on %s."), peak, peak_day);
}

/**
 * bpg_diary_summary_dup_text:
 *
 * The charts in words, for screen readers and for the clinician summary.
 * It says what was recorded and nothing more: it does not judge.
 *
 * Returns: (transfer full): a few plain sentences
 */
char *
bpg_diary_summary_dup_text (const BpgDiarySummary *summary)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *from = format_day (summary, 0, FALSE);
  g_autofree char *to = format_day (summary, summary->n_days - 1, FALSE);
  guint weeks = (summary->n_days + 6) / 7;
  guint total = bpg_diary_summary_minutes (summary, 0, summary->n_days);

  /* Translators: "Last 4 weeks (3 November to 30 November): 12 days with entries." */
  g_string_append_printf (text, ngettext ("Last %u week (%s to %s): ", "Last %u weeks (%s to %s): ",
                                          weeks),
                          weeks, from, to);
  if (summary->n_days_with_entries == 0)
    {
      g_string_append (text, _("no entries."));
      return g_string_free (g_steal_pointer (&text), FALSE);
    }

  g_string_append_printf (text, ngettext ("%u day with entries.", "%u days with entries.",
                                          summary->n_days_with_entries),
                          summary->n_days_with_entries);

  append_pain (text, summary, BPG_DIARY_SERIES_BACK, _("Back pain"));
  append_pain (text, summary, BPG_DIARY_SERIES_LEG, _("Leg pain"));

  g_string_append_c (text, ' ');
  if (summary->n_days <= 7)
    g_string_append_printf (text, ngettext ("Active for %u minute in all.",
                                            "Active for %u minutes in all.", total),
                            total);
  else
    /* Translators: each %u is a number of minutes */
    g_string_append_printf (text, _("Active minutes: %u in the first week and %u in the last "
                                    "week, %u in all."),
                            bpg_diary_summary_minutes (summary, 0, 7),
                            bpg_diary_summary_minutes (summary, summary->n_days - 7, 7),
                            total);

  return g_string_free (g_steal_pointer (&text), FALSE);
}
