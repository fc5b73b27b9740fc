/* bpg-exercise-view.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bpg-exercise-list.h"

G_BEGIN_DECLS

#define BPG_TYPE_EXERCISE_VIEW (bpg_exercise_view_get_type ())

G_DECLARE_FINAL_TYPE (BpgExerciseView, bpg_exercise_view, BPG, EXERCISE_VIEW, AdwBin)

void         bpg_exercise_view_show         (BpgExerciseView *self,
                                             BpgExerciseList *list,
                                             BpgExercise     *exercise);
BpgExercise *bpg_exercise_view_get_exercise (BpgExerciseView *self);

G_END_DECLS
