/* bpg-diary-export.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bpg-diary-entry.h"
#include "bpg-exercise-list.h"

G_BEGIN_DECLS

char     *bpg_diary_csv_cell          (const char           *text);
GBytes   *bpg_diary_export_csv        (GPtrArray            *entries,
                                       BpgExerciseList      *exercises);
char     *bpg_diary_describe_exercises (BpgDiaryEntry       *entry,
                                        BpgExerciseList     *exercises);
void      bpg_diary_export_save_async  (GFile               *file,
                                        GBytes              *contents,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
gboolean  bpg_diary_export_save_finish (GAsyncResult        *result,
                                        GError             **error);
GFile    *bpg_diary_export_save_get_file (GAsyncResult      *result);

G_END_DECLS
