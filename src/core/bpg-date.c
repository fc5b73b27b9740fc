/* bpg-date.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-date"

#include "config.h"

#include <glib/gi18n.h>

#include "bpg-date.h"

/* Dates turned into words, in one place, so that every screen and every
 * summary writes a day the same way in each language. Days are Julian day
 * numbers, as the diary keeps them. */

/**
 * bpg_date_format:
 * @julian: a valid Julian day number
 * @format: a strftime() format with no time in it
 *
 * Returns: (transfer full): the day, written as @format says
 */
char *
bpg_date_format (guint32     julian,
                 const char *format)
{
  char text[128] = "";
  GDate date;

  g_return_val_if_fail (g_date_valid_julian (julian), NULL);
  g_return_val_if_fail (format != NULL, NULL);

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  g_date_strftime (text, sizeof text, format, &date);

  return g_strdup (text);
}

/**
 * bpg_date_format_day:
 *
 * Returns: (transfer full): the day with its weekday, such as
 *   "Friday 21 November 2026"
 */
char *
bpg_date_format_day (guint32 julian)
{
  /* Translators: a date as strftime() writes it, such as "Friday 21 November 2026" */
  return bpg_date_format (julian, _("%A %-d %B %Y"));
}

/**
 * bpg_date_format_date:
 *
 * Returns: (transfer full): the day, such as "21 November 2026"
 */
char *
bpg_date_format_date (guint32 julian)
{
  /* Translators: a date as strftime() writes it, such as "21 November 2026" */
  return bpg_date_format (julian, _("%-d %B %Y"));
}

/**
 * bpg_date_time_format_when:
 *
 * Returns: (transfer full): the day and time, such as
 *   "21 November 2026 at 14:05"
 */
char *
bpg_date_time_format_when (GDateTime *date_time)
{
  g_return_val_if_fail (date_time != NULL, NULL);

  /* Translators: a date and time, e.g. "21 November 2026 at 14:05"; see strftime */
  return g_date_time_format (date_time, _("%-d %B %Y at %H:%M"));
}
