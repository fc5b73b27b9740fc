/* bpg-diary-import.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bpg-diary-model.h"

G_BEGIN_DECLS

/**
 * BpgDiaryImportMode:
 * @BPG_DIARY_IMPORT_MERGE: add the backup's entries to the diary; an entry
 *   in both keeps its most recently changed copy
 * @BPG_DIARY_IMPORT_REPLACE: the diary becomes exactly the backup
 */
typedef enum
{
  BPG_DIARY_IMPORT_MERGE,
  BPG_DIARY_IMPORT_REPLACE,
} BpgDiaryImportMode;

/**
 * BpgDiaryImportCounts:
 * @n_backup: entries in the backup
 * @n_new: entries only in the backup
 * @n_newer: entries in both, changed more recently in the backup
 * @n_older: entries in both, changed more recently in the diary
 * @n_same: entries in both, the same
 * @n_diary_only: entries only in the diary, which replacing would delete
 */
typedef struct
{
  guint n_backup;
  guint n_new;
  guint n_newer;
  guint n_older;
  guint n_same;
  guint n_diary_only;
} BpgDiaryImportCounts;

#define BPG_TYPE_DIARY_IMPORT (bpg_diary_import_get_type ())

G_DECLARE_FINAL_TYPE (BpgDiaryImport, bpg_diary_import, BPG, DIARY_IMPORT, GObject)

BpgDiaryImport *bpg_diary_import_new_from_bytes (GBytes               *bytes,
                                                 const char           *file_name,
                                                 GError              **error);
void            bpg_diary_import_load_async     (GFile                *file,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
BpgDiaryImport *bpg_diary_import_load_finish    (GAsyncResult         *result,
                                                 GError              **error);
guint           bpg_diary_import_get_n_entries  (BpgDiaryImport       *self);
void            bpg_diary_import_compare        (BpgDiaryImport       *self,
                                                 BpgDiaryModel        *model,
                                                 BpgDiaryImportCounts *counts);
guint           bpg_diary_import_apply          (BpgDiaryImport       *self,
                                                 BpgDiaryModel        *model,
                                                 BpgDiaryImportMode    mode);
void            bpg_diary_import_apply_async    (BpgDiaryImport       *self,
                                                 BpgDiaryModel        *model,
                                                 BpgDiaryImportMode    mode,
                                                 GCancellable         *cancellable,
                                                 GAsyncReadyCallback   callback,
                                                 gpointer              user_data);
int             bpg_diary_import_apply_finish   (BpgDiaryImport       *self,
                                                 GAsyncResult         *result,
                                                 GError              **error);
GPtrArray      *bpg_diary_merge_entries         (GPtrArray            *mine,
                                                 GPtrArray            *theirs,
                                                 guint                *changed);

G_END_DECLS
