/* bpg-diary-report.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bpg-diary-model.h"
#include "bpg-exercise-list.h"
#include "bpg-report.h"

G_BEGIN_DECLS

/* Notes longer than this are shortened, so the summary fits one page. */
#define BPG_DIARY_REPORT_NOTE_CHARS 240
#define BPG_DIARY_REPORT_MAX_NOTES  8

BpgReport *bpg_diary_report_new (BpgDiaryModel   *model,
                                 BpgExerciseList *exercises,
                                 guint32          today,
                                 guint            n_weeks);

G_END_DECLS
