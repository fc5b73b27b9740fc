/* test-diary-util.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "bpg-diary-entry.h"

/* Helpers shared by the diary tests. */

static inline void
diary_date (GDate *date,
            guint  year,
            guint  month,
            guint  day)
{
  g_date_clear (date, 1);
  g_date_set_dmy (date, day, month, year);
}

static inline guint32
diary_julian (guint year,
              guint month,
              guint day)
{
  GDate date;

  diary_date (&date, year, month, day);
  return g_date_get_julian (&date);
}

/* An entry with every field recorded, and text that needs escaping. */
static inline BpgDiaryEntry *
diary_full_entry (const char *id,
                  guint32     julian)
{
  BpgDiaryEntry *entry;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  entry = bpg_diary_entry_new_with_id (id, &date);
  bpg_diary_entry_set_created (entry, 1763712000);
  bpg_diary_entry_set_updated (entry, 1763715600);
  bpg_diary_entry_set_back_pain (entry, 6);
  bpg_diary_entry_set_leg_pain (entry, 0);
  for (guint i = 0; i < BPG_N_ACTIVITIES; i++)
    bpg_diary_entry_set_minutes (entry, i, 5 * (i + 1));
  bpg_diary_entry_set_other_activity (entry, "Tai chi, \"gentle\"");
  bpg_diary_entry_set_exercise (entry, "knee-to-chest", 2, 10);
  bpg_diary_entry_set_exercise (entry, "bridge", 0, 8);
  bpg_diary_entry_set_exercise (entry, "pelvic-tilt", 3, 0);
  bpg_diary_entry_set_sleep (entry, 6.75);
  bpg_diary_entry_set_mood (entry, 2);
  bpg_diary_entry_set_work (entry, BPG_WORK_MODIFIED);
  bpg_diary_entry_set_painkillers (entry, TRUE);
  bpg_diary_entry_set_painkillers_note (entry, "Ibuprofen\ttwice");
  bpg_diary_entry_set_notes (entry, "Line one\nLine two, with “quotes”, a \\ and é\r\n=SUM(A1)");

  return entry;
}

/* A plain entry whose fields follow from @n, for checking what a file holds. */
static inline BpgDiaryEntry *
diary_numbered_entry (guint n)
{
  g_autofree char *id = g_strdup_printf ("entry-%u", n);
  g_autofree char *notes = g_strdup_printf ("Note number %u", n);
  BpgDiaryEntry *entry;
  GDate date;

  diary_date (&date, 2016, 1, 1);
  g_date_add_days (&date, n % 3650);
  entry = bpg_diary_entry_new_with_id (id, &date);
  bpg_diary_entry_set_created (entry, 1451606400 + n);
  bpg_diary_entry_set_updated (entry, 1451606400 + n);
  bpg_diary_entry_set_back_pain (entry, n % 11);
  bpg_diary_entry_set_leg_pain (entry, (n * 7) % 11);
  bpg_diary_entry_set_minutes (entry, BPG_ACTIVITY_WALKING, (n * 13) % 90);
  bpg_diary_entry_set_minutes (entry, n % BPG_N_ACTIVITIES, 10 + n % 50);
  bpg_diary_entry_set_exercise (entry, "knee-rolls", 1 + n % 3, 5 + n % 6);
  bpg_diary_entry_set_sleep (entry, 5 + (n % 9) / 2.0);
  bpg_diary_entry_set_mood (entry, 1 + n % 5);
  bpg_diary_entry_set_work (entry, n % 4);
  bpg_diary_entry_set_painkillers (entry, n % 2);
  bpg_diary_entry_set_notes (entry, notes);

  return entry;
}
