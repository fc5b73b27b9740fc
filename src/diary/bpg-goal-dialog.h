/* bpg-goal-dialog.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bpg-diary-goal.h"

G_BEGIN_DECLS

#define BPG_TYPE_GOAL_DIALOG (bpg_goal_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BpgGoalDialog, bpg_goal_dialog, BPG, GOAL_DIALOG, AdwMessageDialog)

BpgGoalDialog *bpg_goal_dialog_new      (GtkWindow          *parent,
                                         const BpgDiaryGoal *goal,
                                         guint               this_week);
void           bpg_goal_dialog_get_goal (BpgGoalDialog      *self,
                                         guint32             today,
                                         BpgDiaryGoal       *goal);

G_END_DECLS
