/* test-date.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bpg-date.h"
#include "test-diary-util.h"

/* Every screen and summary writes a day the same way (here in the C
 * locale, which is English). */
static void
test_days (void)
{
  guint32 day = diary_julian (2026, 11, 21);
  g_autofree char *with_weekday = bpg_date_format_day (day);
  g_autofree char *plain = bpg_date_format_date (day);
  g_autofree char *short_day = bpg_date_format (diary_julian (2026, 3, 3), "%-d %b");

  g_assert_cmpstr (with_weekday, ==, "Saturday 21 November 2026");
  g_assert_cmpstr (plain, ==, "21 November 2026");
  /* No leading zero on the day. */
  g_assert_cmpstr (short_day, ==, "3 Mar");
}

static void
test_date_time (void)
{
  g_autoptr(GDateTime) time = g_date_time_new_utc (2026, 11, 21, 9, 5, 0);
  g_autofree char *when = bpg_date_time_format_when (time);

  g_assert_cmpstr (when, ==, "21 November 2026 at 09:05");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/date/days", test_days);
  g_test_add_func ("/date/date-time", test_date_time);

  return g_test_run ();
}
