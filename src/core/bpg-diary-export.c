/* bpg-diary-export.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-diary-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "bpg-diary-export.h"
#include "bpg-diary-json.h"

/* The diary as a spreadsheet (CSV, RFC 4180), for the patient or their
 * physiotherapist. Text the patient typed can start with a character that
 * makes a spreadsheet run it as a formula ("=HYPERLINK(...)"); such cells
 * get a leading apostrophe so they stay text. */

#define CSV_SEPARATOR ","
#define CSV_LINE_END "\r\n"

/* Lets Excel know the file is UTF-8; other programs skip it. */
#define UTF8_BOM "\xef\xbb\xbf"

/**
 * bpg_diary_csv_cell:
 * @text: (nullable): a cell's text
 *
 * Quotes a cell as RFC 4180 says (when it holds a comma, a quote or a line
 * break), and neutralises a cell starting with = + - @, a tab or a carriage
 * return, which spreadsheets could take as a formula.
 *
 * Returns: (transfer full): the cell, ready to write
 */
char *
bpg_diary_csv_cell (const char *text)
{
  g_autoptr(GString) cell = NULL;
  gboolean quote;

  if (text == NULL || *text == '\0')
    return g_strdup ("");

  cell = g_string_new (NULL);
  if (strchr ("=+-@\t\r", text[0]) != NULL)
    g_string_append_c (cell, '\'');
  g_string_append (cell, text);

  quote = strpbrk (cell->str, ",\"\r\n") != NULL;
  if (!quote)
    return g_string_free (g_steal_pointer (&cell), FALSE);

  for (gsize i = 0; i < cell->len; i++)
    if (cell->str[i] == '"')
      g_string_insert_c (cell, i++, '"');
  g_string_prepend_c (cell, '"');
  g_string_append_c (cell, '"');

  return g_string_free (g_steal_pointer (&cell), FALSE);
}

static void
add_cell (GString    *row,
          const char *text)
{
  g_autofree char *cell = bpg_diary_csv_cell (text);

  if (row->len > 0)
    g_string_append (row, CSV_SEPARATOR);
  g_string_append (row, cell);
}

static void
add_number (GString *row,
            int      value,
            gboolean recorded)
{
  char text[16] = "";

  if (recorded)
    g_snprintf (text, sizeof text, "%d", value);
  add_cell (row, text);
}

/**
 * bpg_diary_describe_exercises:
 * @exercises: (nullable): the exercise list, for the exercises' names
 *
 * Returns: (transfer full): the exercises done, such as
 *   "Bridge: 2 sets of 10; Knee rolls: 8 reps", or an empty string
 */
char *
bpg_diary_describe_exercises (BpgDiaryEntry   *entry,
                              BpgExerciseList *exercises)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < bpg_diary_entry_get_n_exercises (entry); i++)
    {
      const BpgExerciseDone *done = bpg_diary_entry_get_exercise (entry, i);
      BpgExercise *exercise = exercises != NULL ? bpg_exercise_list_lookup (exercises, done->exercise)
                                                : NULL;
      const char *name = exercise != NULL ? bpg_exercise_get_title (exercise) : done->exercise;

      if (text->len > 0)
        g_string_append (text, "; ");
      if (done->sets > 0 && done->reps > 0)
        /* Translators: an exercise, then how many sets of how many repetitions */
        g_string_append_printf (text, _("%s: %u sets of %u"), name, done->sets, done->reps);
      else if (done->sets > 0)
        g_string_append_printf (text, ngettext ("%s: %u set", "%s: %u sets", done->sets),
                                name, done->sets);
      else
        g_string_append_printf (text, ngettext ("%s: %u rep", "%s: %u reps", done->reps),
                                name, done->reps);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
add_header (GString *csv)
{
  g_autoptr(GString) row = g_string_new (NULL);

  add_cell (row, _("Date"));
  add_cell (row, _("Back pain (0 to 10)"));
  add_cell (row, _("Leg pain (0 to 10)"));
  for (guint i = 0; i < BPG_N_ACTIVITIES; i++)
    {
      /* Translators: a column heading, such as "Walking (minutes)" */
      g_autofree char *heading = g_strdup_printf (_("%s (minutes)"), bpg_activity_get_label (i));

      add_cell (row, heading);
    }
  add_cell (row, _("What the other activity was"));
  add_cell (row, _("Exercises"));
  add_cell (row, _("Hours slept"));
  add_cell (row, _("Mood"));
  add_cell (row, _("Work"));
  add_cell (row, _("Painkillers"));
  add_cell (row, _("Which painkillers"));
  add_cell (row, _("Notes"));

  g_string_append (csv, row->str);
  g_string_append (csv, CSV_LINE_END);
}

static void
add_entry (GString         *csv,
           BpgDiaryEntry   *entry,
           BpgExerciseList *exercises)
{
  g_autoptr(GString) row = g_string_new (NULL);
  g_autofree char *date = bpg_diary_format_date (bpg_diary_entry_get_julian (entry));
  g_autofree char *done = bpg_diary_describe_exercises (entry, exercises);
  double sleep = bpg_diary_entry_get_sleep (entry);
  int mood = bpg_diary_entry_get_mood (entry);
  BpgWork work = bpg_diary_entry_get_work (entry);
  char hours[16] = "";

  add_cell (row, date);
  add_number (row, bpg_diary_entry_get_back_pain (entry),
              bpg_diary_entry_get_back_pain (entry) != BPG_DIARY_PAIN_UNSET);
  add_number (row, bpg_diary_entry_get_leg_pain (entry),
              bpg_diary_entry_get_leg_pain (entry) != BPG_DIARY_PAIN_UNSET);
  for (guint i = 0; i < BPG_N_ACTIVITIES; i++)
    add_number (row, bpg_diary_entry_get_minutes (entry, i), bpg_diary_entry_get_minutes (entry, i) > 0);
  add_cell (row, bpg_diary_entry_get_other_activity (entry));
  add_cell (row, done);

  /* A full stop for decimals whatever the language, as spreadsheets expect
   * in CSV. */
  if (sleep >= 0)
    g_ascii_formatd (hours, sizeof hours, "%g", sleep);
  add_cell (row, hours);
  add_cell (row, mood != BPG_DIARY_MOOD_UNSET ? bpg_mood_get_label (mood) : NULL);
  add_cell (row, work != BPG_WORK_UNSET ? bpg_work_get_label (work) : NULL);
  add_cell (row, bpg_diary_entry_get_painkillers (entry) ? _("Yes") : NULL);
  add_cell (row, bpg_diary_entry_get_painkillers_note (entry));
  add_cell (row, bpg_diary_entry_get_notes (entry));

  g_string_append (csv, row->str);
  g_string_append (csv, CSV_LINE_END);
}

/**
 * bpg_diary_export_csv:
 * @entries: (element-type BpgDiaryEntry): the entries, newest first, as the
 *   diary holds them
 * @exercises: (nullable): the exercise list, for the exercises' names
 *
 * Returns: (transfer full): the diary as CSV, oldest entry first
 */
GBytes *
bpg_diary_export_csv (GPtrArray       *entries,
                      BpgExerciseList *exercises)
{
  GString *csv = g_string_new (UTF8_BOM);

  g_return_val_if_fail (entries != NULL, NULL);

  add_header (csv);
  for (guint i = entries->len; i-- > 0; )
    add_entry (csv, g_ptr_array_index (entries, i), exercises);

  return g_string_free_to_bytes (csv);
}

static void
save_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  GError *error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    g_task_return_error (task, error);
  else
    g_task_return_boolean (task, TRUE);
}

/**
 * bpg_diary_export_save_async:
 * @file: where the patient chose to save
 * @contents: what to write
 *
 * Writes an export or a backup. GIO writes a temporary file and renames it,
 * so a failed save never leaves half a file; a new file is readable only by
 * its owner.
 */
void
bpg_diary_export_save_async (GFile               *file,
                             GBytes              *contents,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (contents != NULL);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, bpg_diary_export_save_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_file_replace_contents_bytes_async (file, contents, NULL, FALSE, G_FILE_CREATE_PRIVATE,
                                       cancellable, save_cb, task);
}

gboolean
bpg_diary_export_save_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == bpg_diary_export_save_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * bpg_diary_export_save_get_file:
 * @result: the result of bpg_diary_export_save_async()
 *
 * Returns: (transfer none): the file it was saving to, to say where it went
 */
GFile *
bpg_diary_export_save_get_file (GAsyncResult *result)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == bpg_diary_export_save_async, NULL);

  return g_task_get_task_data (G_TASK (result));
}
