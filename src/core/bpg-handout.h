/* bpg-handout.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bpg-content.h"
#include "bpg-exercise-list.h"
#include "bpg-report.h"

G_BEGIN_DECLS

/* The most sets, repetitions (or minutes) and weekly minutes a handout asks for. */
#define BPG_HANDOUT_SETS_MAX     10
#define BPG_HANDOUT_REPS_MAX     60
#define BPG_HANDOUT_GOAL_MAX     (7 * 24 * 60)

#define BPG_TYPE_HANDOUT (bpg_handout_get_type ())

G_DECLARE_FINAL_TYPE (BpgHandout, bpg_handout, BPG, HANDOUT, GObject)

BpgHandout *bpg_handout_new               (void);
gboolean    bpg_handout_has_page          (BpgHandout      *self,
                                           const char      *page_id);
void        bpg_handout_set_page          (BpgHandout      *self,
                                           const char      *page_id,
                                           gboolean         chosen);
gboolean    bpg_handout_has_exercise      (BpgHandout      *self,
                                           const char      *exercise_id);
void        bpg_handout_set_exercise      (BpgHandout      *self,
                                           const char      *exercise_id,
                                           gboolean         chosen);
guint       bpg_handout_get_sets          (BpgHandout      *self,
                                           const char      *exercise_id);
void        bpg_handout_set_sets          (BpgHandout      *self,
                                           const char      *exercise_id,
                                           guint            sets);
guint       bpg_handout_get_reps          (BpgHandout      *self,
                                           const char      *exercise_id);
void        bpg_handout_set_reps          (BpgHandout      *self,
                                           const char      *exercise_id,
                                           guint            reps);
guint       bpg_handout_get_goal_minutes  (BpgHandout      *self);
void        bpg_handout_set_goal_minutes  (BpgHandout      *self,
                                           guint            minutes);
const char *bpg_handout_get_note          (BpgHandout      *self);
void        bpg_handout_set_note          (BpgHandout      *self,
                                           const char      *note);
gboolean    bpg_handout_get_empty         (BpgHandout      *self);
gboolean    bpg_handout_get_has_choice    (BpgHandout      *self);
void        bpg_handout_clear             (BpgHandout      *self);
BpgReport  *bpg_handout_create_report     (BpgHandout      *self,
                                           BpgContent      *content,
                                           BpgExerciseList *exercises,
                                           GDateTime       *date_time);
cairo_surface_t *bpg_handout_render_picture (BpgExercise   *exercise,
                                             int            size);

G_END_DECLS
