/* bpg-exercises-view.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bpg-exercise-list.h"

G_BEGIN_DECLS

#define BPG_TYPE_EXERCISES_VIEW (bpg_exercises_view_get_type ())

G_DECLARE_FINAL_TYPE (BpgExercisesView, bpg_exercises_view, BPG, EXERCISES_VIEW, AdwBin)

void bpg_exercises_view_set_list (BpgExercisesView *self,
                                  BpgExerciseList  *list,
                                  const GError     *error);

G_END_DECLS
