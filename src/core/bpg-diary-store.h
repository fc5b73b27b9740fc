/* bpg-diary-store.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bpg-diary-model.h"

G_BEGIN_DECLS

#define BPG_DIARY_FILE_NAME "diary.json"

/* Set to 1 (for example with `flatpak override --env=`) to keep the diary in
 * memory only, as the "shared-computer" setting does. */
#define BPG_SHARED_COMPUTER_ENV "BPG_SHARED_COMPUTER"

#define BPG_TYPE_DIARY_STORE (bpg_diary_store_get_type ())

G_DECLARE_FINAL_TYPE (BpgDiaryStore, bpg_diary_store, BPG, DIARY_STORE, GObject)

BpgDiaryStore *bpg_diary_store_new                (const char           *folder,
                                                   gboolean              memory_only);
BpgDiaryModel *bpg_diary_store_get_model          (BpgDiaryStore        *self);
const char    *bpg_diary_store_get_folder         (BpgDiaryStore        *self);
char          *bpg_diary_store_dup_path           (BpgDiaryStore        *self);
gboolean       bpg_diary_store_get_memory_only    (BpgDiaryStore        *self);
gboolean       bpg_diary_store_get_loaded         (BpgDiaryStore        *self);
gboolean       bpg_diary_store_get_read_only      (BpgDiaryStore        *self);
gboolean       bpg_diary_store_get_saving         (BpgDiaryStore        *self);
gboolean       bpg_diary_store_get_unsaved        (BpgDiaryStore        *self);
const char    *bpg_diary_store_get_problem        (BpgDiaryStore        *self);
const GError  *bpg_diary_store_get_save_error     (BpgDiaryStore        *self);
guint          bpg_diary_store_get_backup_entries (BpgDiaryStore        *self);

void           bpg_diary_store_load_async         (BpgDiaryStore        *self,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
gboolean       bpg_diary_store_load_finish        (BpgDiaryStore        *self,
                                                   GAsyncResult         *result,
                                                   GError              **error);
guint          bpg_diary_store_restore_backup     (BpgDiaryStore        *self);
void           bpg_diary_store_retry_save         (BpgDiaryStore        *self);
void           bpg_diary_store_delete_all_async   (BpgDiaryStore        *self,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
gboolean       bpg_diary_store_delete_all_finish  (BpgDiaryStore        *self,
                                                   GAsyncResult         *result,
                                                   GError              **error);
void           bpg_diary_store_dismiss_problem    (BpgDiaryStore        *self);

gboolean       bpg_diary_is_shared_computer       (GSettings            *settings);

G_END_DECLS
