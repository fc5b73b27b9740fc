/* bpg-entry-editor.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bpg-diary-entry.h"
#include "bpg-diary-model.h"
#include "bpg-exercise-list.h"

G_BEGIN_DECLS

#define BPG_TYPE_ENTRY_EDITOR (bpg_entry_editor_get_type ())

G_DECLARE_FINAL_TYPE (BpgEntryEditor, bpg_entry_editor, BPG, ENTRY_EDITOR, AdwWindow)

BpgEntryEditor *bpg_entry_editor_new          (GtkWindow       *parent,
                                               BpgExerciseList *exercises,
                                               BpgDiaryEntry   *entry);
BpgDiaryEntry  *bpg_entry_editor_get_entry    (BpgEntryEditor  *self);
BpgDiaryEntry  *bpg_entry_editor_build_entry  (BpgEntryEditor  *self,
                                               GError         **error);
void            bpg_entry_editor_add_exercise (BpgEntryEditor  *self,
                                               const char      *exercise);
gboolean        bpg_entry_editor_save         (BpgEntryEditor  *self);
gboolean        bpg_entry_editor_get_is_new   (BpgEntryEditor  *self);
void            bpg_entry_editor_set_note     (BpgEntryEditor  *self,
                                               const char      *note);
BpgDiaryEntry  *bpg_entry_editor_dup_draft    (BpgEntryEditor  *self);
void            bpg_entry_editor_set_draft    (BpgEntryEditor  *self,
                                               BpgDiaryEntry   *draft);
void            bpg_entry_editor_set_diary    (BpgEntryEditor  *self,
                                               BpgDiaryModel   *diary);

G_END_DECLS
