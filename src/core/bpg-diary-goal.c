/* bpg-diary-goal.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-diary-goal"

#include "config.h"

#include <string.h>

#include "bpg-diary-entry.h"
#include "bpg-diary-goal.h"

/* Goals grow in steps of five minutes, which are easy to plan a day around. */
#define ROUNDING 5

/**
 * bpg_diary_week_start:
 * @julian: a Julian day
 *
 * Returns: the Julian day of the Monday of the week holding @julian
 */
guint32
bpg_diary_week_start (guint32 julian)
{
  g_return_val_if_fail (julian > 0, 0);

  /* Julian day 1, 1 January of the year 1, was a Monday. */
  return julian - (julian - 1) % 7;
}

/**
 * bpg_diary_goal_next:
 * @minutes: a week's goal that was reached
 *
 * Returns: the next week's goal: a little more, rounded to five minutes and
 *   never less than five more, unless the goal is set not to grow
 */
guint
bpg_diary_goal_next (const BpgDiaryGoal *goal,
                     guint               minutes)
{
  guint step;

  g_return_val_if_fail (goal != NULL, minutes);

  if (goal->step == 0)
    return minutes;

  step = (minutes * goal->step + 50) / 100;
  step = MAX (ROUNDING, (step + ROUNDING / 2) / ROUNDING * ROUNDING);

  return MIN (minutes + step, BPG_DIARY_GOAL_MINUTES_MAX);
}

/**
 * bpg_diary_goal_is_valid:
 *
 * Returns: whether @goal is a goal at all, with sensible numbers
 */
gboolean
bpg_diary_goal_is_valid (const BpgDiaryGoal *goal)
{
  return goal != NULL &&
         goal->minutes > 0 &&
         goal->minutes <= BPG_DIARY_GOAL_MINUTES_MAX &&
         goal->step <= BPG_DIARY_GOAL_STEP_MAX &&
         g_date_valid_julian (goal->start) &&
         bpg_diary_week_start (goal->start) == goal->start;
}

/**
 * bpg_diary_goal_progress:
 * @goal: the goal
 * @entries: a list of #BpgDiaryEntry
 * @today: the Julian day of today
 * @progress: (out): where this week stands
 *
 * Works out this week's goal by going through every week since the goal
 * started, and what has been done towards it.
 *
 * Returns: %FALSE if @goal is not set
 */
gboolean
bpg_diary_goal_progress (const BpgDiaryGoal   *goal,
                         GListModel           *entries,
                         guint32               today,
                         BpgDiaryGoalProgress *progress)
{
  g_autofree guint *weeks = NULL;
  guint32 this_week;
  guint n_weeks, minutes;

  g_return_val_if_fail (G_IS_LIST_MODEL (entries), FALSE);
  g_return_val_if_fail (progress != NULL, FALSE);

  memset (progress, 0, sizeof *progress);
  if (!bpg_diary_goal_is_valid (goal) || !g_date_valid_julian (today))
    return FALSE;

  this_week = bpg_diary_week_start (today);
  n_weeks = this_week > goal->start ? (this_week - goal->start) / 7 + 1 : 1;
  weeks = g_new0 (guint, n_weeks);

  for (guint i = 0; i < g_list_model_get_n_items (entries); i++)
    {
      g_autoptr(BpgDiaryEntry) entry = g_list_model_get_item (entries, i);
      guint32 day = bpg_diary_entry_get_julian (entry);

      if (day >= goal->start && day < this_week + 7)
        weeks[MIN ((day - goal->start) / 7, n_weeks - 1)] += bpg_diary_entry_get_total_minutes (entry);
    }

  minutes = goal->minutes;
  for (guint w = 0; w + 1 < n_weeks; w++)
    if (weeks[w] >= minutes)
      minutes = bpg_diary_goal_next (goal, minutes);

  progress->week_start = MAX (this_week, goal->start);
  progress->week = n_weeks;
  progress->goal = minutes;
  progress->done = weeks[n_weeks - 1];
  progress->next_if_reached = bpg_diary_goal_next (goal, minutes);

  return TRUE;
}
