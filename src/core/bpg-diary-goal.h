/* bpg-diary-goal.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * BpgDiaryGoal:
 * @minutes: the weekly goal in active minutes for the first week, or 0 for
 *   no goal
 * @start: the Julian day of the Monday the goal started
 * @step: how much, in percent, the goal grows after a week that reached it;
 *   0 keeps it the same
 *
 * A weekly activity goal that builds up gradually (pacing). It only grows
 * after a week that reached it; a week that did not keeps it where it was,
 * because ups and downs are normal.
 */
typedef struct
{
  guint   minutes;
  guint32 start;
  guint   step;
} BpgDiaryGoal;

#define BPG_DIARY_GOAL_MINUTES_MAX  (7 * 24 * 60)
#define BPG_DIARY_GOAL_STEP_MAX     50
#define BPG_DIARY_GOAL_STEP_DEFAULT 10
/* Ten minutes a day, the first step the sciatica leaflet suggests. */
#define BPG_DIARY_GOAL_MINUTES_DEFAULT 70

/**
 * BpgDiaryGoalProgress:
 * @week_start: the Julian day of this week's Monday
 * @week: this week's number since the goal started, from 1
 * @goal: this week's goal in minutes
 * @done: active minutes recorded this week so far
 * @next_if_reached: next week's goal if this week's is reached
 */
typedef struct
{
  guint32 week_start;
  guint   week;
  guint   goal;
  guint   done;
  guint   next_if_reached;
} BpgDiaryGoalProgress;

guint32  bpg_diary_week_start       (guint32               julian);
guint    bpg_diary_goal_next        (const BpgDiaryGoal   *goal,
                                     guint                 minutes);
gboolean bpg_diary_goal_progress    (const BpgDiaryGoal   *goal,
                                     GListModel           *entries,
                                     guint32               today,
                                     BpgDiaryGoalProgress *progress);
gboolean bpg_diary_goal_is_valid    (const BpgDiaryGoal   *goal);

G_END_DECLS
