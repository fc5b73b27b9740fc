/* bpg-diary-json.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bpg-diary-entry.h"
#include "bpg-diary-goal.h"
#include "bpg-json.h"

G_BEGIN_DECLS

/* The diary file format, which is also the format of a backup:
 *
 *   { "format": "back-pain-guide-diary", "schema": 1,
 *     "goal": { "minutes": 70, "start": "2026-11-16", "step": 10 },
 *     "entries": [ { "id": "…", "date": "2026-11-21", … }, … ] }
 *
 * Bump BPG_DIARY_SCHEMA whenever a change would make an older version of the
 * app misread a file; an older app opens a newer file read-only. */
#define BPG_DIARY_FORMAT "back-pain-guide-diary"
#define BPG_DIARY_SCHEMA 1

/**
 * BpgDiaryReadFlags:
 * @BPG_DIARY_READ_DEFAULT: a file from a newer version is an error
 * @BPG_DIARY_READ_ALLOW_NEWER: read what can be read of a file from a newer
 *   version, ignoring members this version does not know, to show it
 *   read-only
 * @BPG_DIARY_READ_WHOLE: read the file as one tree, as happens anyway when
 *   reading it an entry at a time finds a problem; for tests that compare
 *   the two ways
 */
typedef enum
{
  BPG_DIARY_READ_DEFAULT     = 0,
  BPG_DIARY_READ_ALLOW_NEWER = 1 << 0,
  BPG_DIARY_READ_WHOLE       = 1 << 1,
} BpgDiaryReadFlags;

/**
 * BpgDiaryData:
 * @entries: (element-type BpgDiaryEntry): the entries, in file order
 * @goal: the weekly goal; minutes is 0 if none is set
 * @schema: the schema version the file was written with
 */
typedef struct
{
  GPtrArray    *entries;
  BpgDiaryGoal  goal;
  guint         schema;
} BpgDiaryData;

BpgDiaryData *bpg_diary_data_new     (void);
void          bpg_diary_data_free    (BpgDiaryData       *data);
BpgDiaryData *bpg_diary_json_read    (GBytes             *bytes,
                                      const char         *file_name,
                                      BpgDiaryReadFlags   flags,
                                      GError            **error);
GBytes       *bpg_diary_json_write   (GPtrArray          *entries,
                                      const BpgDiaryGoal *goal);
GBytes       *bpg_diary_json_write_checked (GPtrArray           *entries,
                                            const BpgDiaryGoal  *goal,
                                            GError             **error);
gboolean      bpg_diary_parse_date   (const char         *text,
                                      guint32            *julian);
char         *bpg_diary_format_date  (guint32             julian);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BpgDiaryData, bpg_diary_data_free)

G_END_DECLS
