/* bpg-diary-view.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bpg-context.h"
#include "bpg-diary-store.h"
#include "bpg-exercise-list.h"

G_BEGIN_DECLS

#define BPG_TYPE_DIARY_VIEW (bpg_diary_view_get_type ())

G_DECLARE_FINAL_TYPE (BpgDiaryView, bpg_diary_view, BPG, DIARY_VIEW, AdwBin)

BpgDiaryStore   *bpg_diary_view_get_store          (BpgDiaryView *self);
BpgExerciseList *bpg_diary_view_get_exercises      (BpgDiaryView *self);
void             bpg_diary_view_show_diary         (BpgDiaryView *self);
void             bpg_diary_view_show_exercises     (BpgDiaryView *self);
gboolean         bpg_diary_view_show_exercise      (BpgDiaryView *self,
                                                    const char   *id);
void             bpg_diary_view_new_entry          (BpgDiaryView *self);
const char      *bpg_diary_view_get_page           (BpgDiaryView *self);
gboolean         bpg_diary_view_hold_close         (BpgDiaryView *self);
void             bpg_diary_view_edit_draft         (BpgDiaryView  *self,
                                                    BpgDiaryEntry *entry,
                                                    BpgDiaryEntry *draft);

G_END_DECLS
