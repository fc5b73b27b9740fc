/* bpg-exercise-list.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bpg-exercise.h"

G_BEGIN_DECLS

#define BPG_EXERCISES_RESOURCE RESOURCE_BASE "/content/exercises.json"

#define BPG_TYPE_EXERCISE_LIST (bpg_exercise_list_get_type ())

G_DECLARE_FINAL_TYPE (BpgExerciseList, bpg_exercise_list, BPG, EXERCISE_LIST, GObject)

BpgExerciseList    *bpg_exercise_list_new_from_bytes    (GBytes               *bytes,
                                                         const char           *domain,
                                                         GError              **error);
BpgExerciseList    *bpg_exercise_list_new_from_resource (const char           *path,
                                                         const char           *domain,
                                                         GError              **error);
void                bpg_exercise_list_load_async        (const char           *path,
                                                         const char           *domain,
                                                         GCancellable         *cancellable,
                                                         GAsyncReadyCallback   callback,
                                                         gpointer              user_data);
BpgExerciseList    *bpg_exercise_list_load_finish       (GAsyncResult         *result,
                                                         GError              **error);
GListModel         *bpg_exercise_list_get_exercises     (BpgExerciseList      *self);
GListModel         *bpg_exercise_list_get_advice        (BpgExerciseList      *self);
GListModel         *bpg_exercise_list_get_sources       (BpgExerciseList      *self);
BpgExercise        *bpg_exercise_list_lookup            (BpgExerciseList      *self,
                                                         const char           *id);
const char * const *bpg_exercise_list_get_msgids        (BpgExerciseList      *self);

G_END_DECLS
