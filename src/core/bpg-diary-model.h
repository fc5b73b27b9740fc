/* bpg-diary-model.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bpg-diary-entry.h"
#include "bpg-diary-goal.h"

G_BEGIN_DECLS

#define BPG_TYPE_DIARY_MODEL (bpg_diary_model_get_type ())

/**
 * BpgDiarySaved:
 * @BPG_DIARY_SAVED_ADDED: a new entry was added
 * @BPG_DIARY_SAVED_REPLACED: an entry was changed
 * @BPG_DIARY_SAVED_DAY_TAKEN: nothing was saved: the entry's day has another
 *   entry already
 */
typedef enum
{
  BPG_DIARY_SAVED_ADDED,
  BPG_DIARY_SAVED_REPLACED,
  BPG_DIARY_SAVED_DAY_TAKEN,
} BpgDiarySaved;

G_DECLARE_FINAL_TYPE (BpgDiaryModel, bpg_diary_model, BPG, DIARY_MODEL, GObject)

BpgDiaryModel *bpg_diary_model_new          (void);
void           bpg_diary_model_add          (BpgDiaryModel       *self,
                                             BpgDiaryEntry       *entry);
gboolean       bpg_diary_model_replace      (BpgDiaryModel       *self,
                                             BpgDiaryEntry       *entry);
gboolean       bpg_diary_model_put          (BpgDiaryModel       *self,
                                             BpgDiaryEntry       *entry);
gboolean       bpg_diary_model_remove       (BpgDiaryModel       *self,
                                             const char          *id);
BpgDiaryEntry *bpg_diary_model_lookup       (BpgDiaryModel       *self,
                                             const char          *id);
BpgDiaryEntry *bpg_diary_model_lookup_day   (BpgDiaryModel       *self,
                                             guint32              day);
BpgDiaryEntry *bpg_diary_model_lookup_clash (BpgDiaryModel       *self,
                                             BpgDiaryEntry       *entry);
BpgDiarySaved  bpg_diary_model_save         (BpgDiaryModel       *self,
                                             BpgDiaryEntry       *entry);
void           bpg_diary_model_set_entries  (BpgDiaryModel       *self,
                                             GPtrArray           *entries);
GPtrArray     *bpg_diary_model_dup_entries  (BpgDiaryModel       *self);
const BpgDiaryGoal *bpg_diary_model_get_goal (BpgDiaryModel      *self);
void           bpg_diary_model_set_goal     (BpgDiaryModel       *self,
                                             const BpgDiaryGoal  *goal);
void           bpg_diary_model_clear        (BpgDiaryModel       *self);

G_END_DECLS
