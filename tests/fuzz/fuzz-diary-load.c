/* fuzz-diary-load.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target for the diary file reader. Whatever the bytes, reading
 * must not crash or warn, and a file that reads must survive being written
 * and read again unchanged. See tests/fuzz/README.md. */

#include "config.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "bpg-diary-export.h"
#include "bpg-diary-json.h"
#include "bpg-diary-model.h"
#include "bpg-diary-summary.h"

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

static void
check_round_trip (BpgDiaryData *data)
{
  g_autoptr(GBytes) written = bpg_diary_json_write (data->entries, &data->goal);
  g_autoptr(BpgDiaryData) again = NULL;
  g_autoptr(GError) error = NULL;

  again = bpg_diary_json_read (written, "diary.json", BPG_DIARY_READ_DEFAULT, &error);
  if (again == NULL)
    fail ("A diary that was read could not be read back: %s", error->message);
  if (again->entries->len != data->entries->len)
    fail ("Writing and reading changed the number of entries");

  for (guint i = 0; i < data->entries->len; i++)
    if (!bpg_diary_entry_equal (g_ptr_array_index (data->entries, i),
                                g_ptr_array_index (again->entries, i)))
      fail ("Writing and reading changed entry %u", i);
}

/* A diary is read an entry at a time unless that finds a problem; read as
 * one tree, it must give the same diary or the same message. */
static void
check_read_whole (GBytes            *bytes,
                  BpgDiaryReadFlags  flags,
                  BpgDiaryData      *data,
                  GError            *error)
{
  g_autoptr(GError) whole_error = NULL;
  g_autoptr(BpgDiaryData) whole = bpg_diary_json_read (bytes, "diary.json",
                                                      flags | BPG_DIARY_READ_WHOLE,
                                                      &whole_error);

  if ((whole == NULL) != (data == NULL))
    fail ("Read as one tree, the file %s", whole == NULL ? "was refused" : "was read");
  if (whole == NULL)
    {
      if (error != NULL && g_strcmp0 (error->message, whole_error->message) != 0)
        fail ("Read as one tree, the file was refused with another message: \"%s\", not \"%s\"",
              whole_error->message, error->message);
      return;
    }

  if (whole->schema != data->schema || whole->entries->len != data->entries->len ||
      whole->goal.minutes != data->goal.minutes || whole->goal.start != data->goal.start ||
      whole->goal.step != data->goal.step)
    fail ("Read as one tree, the file gave another diary");
  for (guint i = 0; i < data->entries->len; i++)
    if (!bpg_diary_entry_equal (g_ptr_array_index (data->entries, i),
                                g_ptr_array_index (whole->entries, i)))
      fail ("Read as one tree, the file gave another entry %u", i);
}

static void
use_diary (BpgDiaryData *data)
{
  g_autoptr(BpgDiaryModel) model = bpg_diary_model_new ();
  g_autoptr(BpgDiarySummary) summary = NULL;
  g_autoptr(GBytes) csv = NULL;
  g_autofree char *text = NULL;
  BpgDiaryGoalProgress progress;

  bpg_diary_model_set_entries (model, data->entries);
  if (bpg_diary_goal_is_valid (&data->goal))
    bpg_diary_model_set_goal (model, &data->goal);

  summary = bpg_diary_summary_new (G_LIST_MODEL (model), bpg_diary_today (), 84);
  text = bpg_diary_summary_dup_text (summary);
  bpg_diary_goal_progress (bpg_diary_model_get_goal (model), G_LIST_MODEL (model),
                           bpg_diary_today (), &progress);
  csv = bpg_diary_export_csv (data->entries, NULL);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(BpgDiaryData) diary = NULL;
  g_autoptr(BpgDiaryData) newer = NULL;
  g_autoptr(GError) error = NULL;

  diary = bpg_diary_json_read (bytes, "diary.json", BPG_DIARY_READ_DEFAULT, &error);
  if (diary == NULL && (error == NULL || error->message == NULL || *error->message == '\0'))
    fail ("A diary was refused without a reason");

  check_read_whole (bytes, BPG_DIARY_READ_DEFAULT, diary, error);
  if (diary != NULL)
    {
      check_round_trip (diary);
      use_diary (diary);
    }

  /* How a file from a newer version is read, to show it read-only. */
  newer = bpg_diary_json_read (bytes, "diary.json", BPG_DIARY_READ_ALLOW_NEWER, NULL);
  check_read_whole (bytes, BPG_DIARY_READ_ALLOW_NEWER, newer, NULL);
  if (newer != NULL)
    use_diary (newer);

  return 0;
}
