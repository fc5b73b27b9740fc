/* fuzz-diary-import.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target for opening a backup: reading it, comparing it with a
 * diary, and adding it to or putting it in place of that diary. The diary
 * must never lose an entry by merging. See tests/fuzz/README.md. */

#include "config.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "bpg-diary-import.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

/* Any GLib warning, critical or error is a crash that libFuzzer should
 * save: abort() rather than GLib's breakpoint trap, which it does not catch. */
static GLogWriterOutput
log_writer (GLogLevelFlags   log_level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         user_data)
{
  g_log_writer_default (log_level, fields, n_fields, user_data);
  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();

  return G_LOG_WRITER_HANDLED;
}

static void G_GNUC_PRINTF (1, 2) G_GNUC_NORETURN
fail (const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  vfprintf (stderr, format, args);
  va_end (args);
  fputc ('\n', stderr);
  abort ();
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_writer_func (log_writer, NULL, NULL);
  return 0;
}

static BpgDiaryModel *
make_diary (void)
{
  BpgDiaryModel *model = bpg_diary_model_new ();
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 21, 11, 2026);

  /* Ids a fuzzed backup can easily hit: "a", "b" and "entry-1". */
  for (guint i = 0; i < 3; i++)
    {
      static const char * const ids[] = { "a", "b", "entry-1" };
      g_autoptr(BpgDiaryEntry) entry = bpg_diary_entry_new_with_id (ids[i], &date);

      bpg_diary_entry_set_updated (entry, 1000 * i);
      bpg_diary_entry_set_back_pain (entry, i);
      bpg_diary_model_add (model, entry);
    }

  return model;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(BpgDiaryImport) import = NULL;
  g_autoptr(BpgDiaryModel) model = NULL;
  g_autoptr(GError) error = NULL;
  BpgDiaryImportCounts counts;
  guint before;

  import = bpg_diary_import_new_from_bytes (bytes, "backup.json", &error);
  if (import == NULL)
    return 0;

  model = make_diary ();
  before = g_list_model_get_n_items (G_LIST_MODEL (model));
  bpg_diary_import_compare (import, model, &counts);
  if (counts.n_new + counts.n_newer + counts.n_older + counts.n_same != counts.n_backup)
    fail ("The counts of a backup do not add up");

  bpg_diary_import_apply (import, model, BPG_DIARY_IMPORT_MERGE);
  if (g_list_model_get_n_items (G_LIST_MODEL (model)) != before + counts.n_new)
    fail ("Merging a backup lost or duplicated an entry");

  bpg_diary_import_apply (import, model, BPG_DIARY_IMPORT_REPLACE);
  if (g_list_model_get_n_items (G_LIST_MODEL (model)) != bpg_diary_import_get_n_entries (import))
    fail ("Replacing with a backup did not give the backup");

  return 0;
}
