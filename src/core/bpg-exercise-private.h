/* bpg-exercise-private.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bpg-exercise.h"
#include "bpg-source.h"

G_BEGIN_DECLS

/* Only the exercise list builds exercises; everything else reads them. */

BpgExercise *_bpg_exercise_new        (const char         *id,
                                       const char         *title,
                                       const char         *summary,
                                       const char         *picture,
                                       const char         *alt,
                                       char              **steps,
                                       const char         *amount,
                                       const char         *feel,
                                       BpgExerciseRecord   record);
void         _bpg_exercise_add_source (BpgExercise        *self,
                                       BpgSource          *source);

G_END_DECLS
