/* bpg-exercise.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * BpgExerciseRecord:
 * @BPG_EXERCISE_RECORD_REPS: recorded in the diary as sets and repetitions
 * @BPG_EXERCISE_RECORD_MINUTES: recorded as minutes of an activity (walking)
 */
typedef enum
{
  BPG_EXERCISE_RECORD_REPS,
  BPG_EXERCISE_RECORD_MINUTES,
} BpgExerciseRecord;

#define BPG_TYPE_EXERCISE (bpg_exercise_get_type ())

G_DECLARE_FINAL_TYPE (BpgExercise, bpg_exercise, BPG, EXERCISE, GObject)

const char         *bpg_exercise_get_id        (BpgExercise *self);
const char         *bpg_exercise_get_title     (BpgExercise *self);
const char         *bpg_exercise_get_summary   (BpgExercise *self);
const char         *bpg_exercise_get_icon_name (BpgExercise *self);
const char         *bpg_exercise_get_alt       (BpgExercise *self);
const char * const *bpg_exercise_get_steps     (BpgExercise *self);
const char         *bpg_exercise_get_amount    (BpgExercise *self);
const char         *bpg_exercise_get_feel      (BpgExercise *self);
BpgExerciseRecord   bpg_exercise_get_record    (BpgExercise *self);
GListModel         *bpg_exercise_get_sources   (BpgExercise *self);
char               *bpg_exercise_dup_sources_text (BpgExercise *self);

G_END_DECLS
