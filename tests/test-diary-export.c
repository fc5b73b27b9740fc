/* test-diary-export.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "bpg-diary-export.h"
#include "bpg-diary-import.h"
#include "bpg-diary-json.h"
#include "bpg-diary-store.h"
#include "bpg-error.h"
#include "test-diary-util.h"

static void
test_csv_cells (void)
{
  static const struct {
    const char *text;
    const char *cell;
  } cases[] = {
    { NULL, "" },
    { "", "" },
    { "walked to the shops", "walked to the shops" },
    { "one, two", "\"one, two\"" },
    { "she said \"rest\"", "\"she said \"\"rest\"\"\"" },
    { "line one\nline two", "\"line one\nline two\"" },
    { "line one\r\nline two", "\"line one\r\nline two\"" },
    /* Anything a spreadsheet could run as a formula stays text. */
    { "=HYPERLINK(\"http://x\",\"click\")", "\"'=HYPERLINK(\"\"http://x\"\",\"\"click\"\")\"" },
    { "=1+1", "'=1+1" },
    { "+44 1234", "'+44 1234" },
    { "-2 after the walk", "'-2 after the walk" },
    { "@SUM(A1:A2)", "'@SUM(A1:A2)" },
    { "\tcmd", "'\tcmd" },
    { "\rcmd", "\"'\rcmd\"" },
    { "a = b", "a = b" },
    { "café ☺", "café ☺" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *cell = bpg_diary_csv_cell (cases[i].text);

      g_assert_cmpstr (cell, ==, cases[i].cell);
    }
}

/* Splits CSV as RFC 4180 reads it, to check the file as a spreadsheet would. */
static GPtrArray *
parse_csv (const char *csv)
{
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);
  GPtrArray *row = g_ptr_array_new_with_free_func (g_free);
  GString *cell = g_string_new (NULL);
  const char *p = csv;

  g_assert_true (g_str_has_prefix (p, "\xef\xbb\xbf"));
  for (p += 3; *p; )
    {
      if (*p == '"')
        {
          for (p++; !(*p == '"' && p[1] != '"'); p++)
            {
              g_assert_cmpint (*p, !=, '\0');
              if (*p == '"')
                p++;
              g_string_append_c (cell, *p);
            }
          p++;
        }
      else
        for (; *p && *p != ',' && *p != '\r'; p++)
          {
            g_assert_cmpint (*p, !=, '"');
            g_assert_cmpint (*p, !=, '\n');
            g_string_append_c (cell, *p);
          }

      g_ptr_array_add (row, g_strdup (cell->str));
      g_string_truncate (cell, 0);

      if (*p == ',')
        p++;
      else
        {
          /* Every row ends with CR LF. */
          g_assert_cmpint (p[0], ==, '\r');
          g_assert_cmpint (p[1], ==, '\n');
          p += 2;
          g_ptr_array_add (rows, row);
          row = g_ptr_array_new_with_free_func (g_free);
        }
    }

  g_ptr_array_unref (row);
  g_string_free (cell, TRUE);
  return rows;
}

static const char *
cell_at (GPtrArray *rows,
         guint      row,
         guint      column)
{
  GPtrArray *cells = g_ptr_array_index (rows, row);

  return g_ptr_array_index (cells, column);
}

static void
test_csv_export (void)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *text = NULL;
  GDate date;

  /* Newest first, as the diary holds them. */
  g_ptr_array_add (entries, diary_full_entry ("full", diary_julian (2026, 11, 21)));
  diary_date (&date, 2026, 11, 20);
  g_ptr_array_add (entries, bpg_diary_entry_new_with_id ("empty", &date));

  bytes = bpg_diary_export_csv (entries, NULL);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  rows = parse_csv (text);

  g_assert_cmpuint (rows->len, ==, 3);
  for (guint i = 0; i < rows->len; i++)
    g_assert_cmpuint (((GPtrArray *)g_ptr_array_index (rows, i))->len, ==, 17);

  g_assert_cmpstr (cell_at (rows, 0, 0), ==, "Date");
  g_assert_cmpstr (cell_at (rows, 0, 3), ==, "Walking (minutes)");

  /* Oldest first; nothing recorded is an empty cell. */
  g_assert_cmpstr (cell_at (rows, 1, 0), ==, "2026-11-20");
  g_assert_cmpstr (cell_at (rows, 1, 1), ==, "");
  g_assert_cmpstr (cell_at (rows, 1, 16), ==, "");

  g_assert_cmpstr (cell_at (rows, 2, 0), ==, "2026-11-21");
  g_assert_cmpstr (cell_at (rows, 2, 1), ==, "6");
  g_assert_cmpstr (cell_at (rows, 2, 2), ==, "0");
  g_assert_cmpstr (cell_at (rows, 2, 3), ==, "5");
  g_assert_cmpstr (cell_at (rows, 2, 8), ==, "30");
  g_assert_cmpstr (cell_at (rows, 2, 9), ==, "Tai chi, \"gentle\"");
  g_assert_cmpstr (cell_at (rows, 2, 10), ==, "knee-to-chest: 2 sets of 10; bridge: 8 reps; pelvic-tilt: 3 sets");
  g_assert_cmpstr (cell_at (rows, 2, 11), ==, "6.75");
  g_assert_cmpstr (cell_at (rows, 2, 12), ==, "Low or stressed");
  g_assert_cmpstr (cell_at (rows, 2, 13), ==, "Modified duties");
  g_assert_cmpstr (cell_at (rows, 2, 14), ==, "Yes");
  g_assert_cmpstr (cell_at (rows, 2, 15), ==, "Ibuprofen\ttwice");
  g_assert_cmpstr (cell_at (rows, 2, 16), ==,
                   "Line one\nLine two, with “quotes”, a \\ and é\r\n=SUM(A1)");
}

static void
test_csv_injection (void)
{
  static const char * const attacks[] = {
    "=cmd|' /C calc'!A0", "+1+1", "-1+1", "@SUM(1)", "\t=1", "\r=1",
  };

  for (guint i = 0; i < G_N_ELEMENTS (attacks); i++)
    {
      g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
      g_autoptr(BpgDiaryEntry) entry = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GPtrArray) rows = NULL;
      g_autofree char *text = NULL;
      GDate date;

      diary_date (&date, 2026, 11, 21);
      entry = bpg_diary_entry_new_with_id ("a", &date);
      bpg_diary_entry_set_notes (entry, attacks[i]);
      bpg_diary_entry_set_painkillers_note (entry, attacks[i]);
      bpg_diary_entry_set_other_activity (entry, attacks[i]);
      bpg_diary_entry_set_minutes (entry, BPG_ACTIVITY_OTHER, 10);
      g_ptr_array_add (entries, g_object_ref (entry));

      bytes = bpg_diary_export_csv (entries, NULL);
      text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
      rows = parse_csv (text);

      /* What a spreadsheet sees in each text cell starts with an apostrophe
       * and then the patient's words, unchanged. */
      for (guint column = 0; column < 17; column++)
        {
          const char *cell = cell_at (rows, 1, column);

          g_assert_null (strchr ("=+-@\t\r", cell[0] == '\0' ? 'x' : cell[0]));
          if (column == 9 || column == 15 || column == 16)
            {
              g_assert_cmpint (cell[0], ==, '\'');
              g_assert_cmpstr (cell + 1, ==, attacks[i]);
            }
        }
    }
}

static void
test_backup_round_trip (void)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BpgDiaryImport) import = NULL;
  g_autoptr(BpgDiaryModel) model = bpg_diary_model_new ();
  BpgDiaryGoal goal = { 100, diary_julian (2026, 11, 16), 10 };

  for (guint i = 0; i < 20; i++)
    g_ptr_array_add (entries, diary_numbered_entry (i));
  g_ptr_array_add (entries, diary_full_entry ("full", diary_julian (2026, 11, 21)));

  bytes = bpg_diary_json_write (entries, &goal);
  import = bpg_diary_import_new_from_bytes (bytes, "backup.json", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bpg_diary_import_get_n_entries (import), ==, 21);

  g_assert_cmpuint (bpg_diary_import_apply (import, model, BPG_DIARY_IMPORT_REPLACE), ==, 21);
  for (guint i = 0; i < entries->len; i++)
    {
      BpgDiaryEntry *entry = g_ptr_array_index (entries, i);

      g_assert_true (bpg_diary_entry_equal (entry, bpg_diary_model_lookup (model, bpg_diary_entry_get_id (entry))));
    }
  g_assert_cmpuint (bpg_diary_model_get_goal (model)->minutes, ==, 100);
}

static BpgDiaryImport *
import_of (GPtrArray *entries)
{
  g_autoptr(GBytes) bytes = bpg_diary_json_write (entries, NULL);
  g_autoptr(GError) error = NULL;
  BpgDiaryImport *import = bpg_diary_import_new_from_bytes (bytes, "backup.json", &error);

  g_assert_no_error (error);
  return import;
}

static void
test_merge_and_replace (void)
{
  g_autoptr(BpgDiaryModel) model = bpg_diary_model_new ();
  g_autoptr(GPtrArray) backup = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(BpgDiaryImport) import = NULL;
  g_autoptr(BpgDiaryEntry) newer = NULL;
  g_autoptr(BpgDiaryEntry) older = NULL;
  g_autoptr(BpgDiaryEntry) mine_newer = NULL;
  BpgDiaryImportCounts counts;

  /* The diary: entries 0 to 4, with entry 3 changed since the backup. */
  for (guint i = 0; i < 5; i++)
    {
      g_autoptr(BpgDiaryEntry) entry = diary_numbered_entry (i);

      bpg_diary_model_add (model, entry);
    }
  mine_newer = bpg_diary_entry_copy (bpg_diary_model_lookup (model, "entry-3"));
  bpg_diary_entry_set_notes (mine_newer, "changed in the diary");
  bpg_diary_entry_set_updated (mine_newer, bpg_diary_entry_get_updated (mine_newer) + 100);
  bpg_diary_model_replace (model, mine_newer);

  /* The backup: 2 the same, 1 changed since in the backup, 1 older copy of
   * entry 3, and 2 the diary does not have. */
  g_ptr_array_add (backup, diary_numbered_entry (0));
  g_ptr_array_add (backup, diary_numbered_entry (1));
  newer = diary_numbered_entry (2);
  bpg_diary_entry_set_notes (newer, "changed in the backup");
  bpg_diary_entry_set_updated (newer, bpg_diary_entry_get_updated (newer) + 50);
  g_ptr_array_add (backup, g_object_ref (newer));
  older = diary_numbered_entry (3);
  g_ptr_array_add (backup, g_object_ref (older));
  g_ptr_array_add (backup, diary_numbered_entry (10));
  g_ptr_array_add (backup, diary_numbered_entry (11));
  import = import_of (backup);

  bpg_diary_import_compare (import, model, &counts);
  g_assert_cmpuint (counts.n_backup, ==, 6);
  g_assert_cmpuint (counts.n_new, ==, 2);
  g_assert_cmpuint (counts.n_newer, ==, 1);
  g_assert_cmpuint (counts.n_older, ==, 1);
  g_assert_cmpuint (counts.n_same, ==, 2);
  g_assert_cmpuint (counts.n_diary_only, ==, 1);

  /* Merging keeps the most recent copy of each entry and loses none. */
  g_assert_cmpuint (bpg_diary_import_apply (import, model, BPG_DIARY_IMPORT_MERGE), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 7);
  g_assert_cmpstr (bpg_diary_entry_get_notes (bpg_diary_model_lookup (model, "entry-2")), ==,
                   "changed in the backup");
  g_assert_cmpstr (bpg_diary_entry_get_notes (bpg_diary_model_lookup (model, "entry-3")), ==,
                   "changed in the diary");
  g_assert_nonnull (bpg_diary_model_lookup (model, "entry-4"));

  /* Replacing makes the diary exactly the backup. */
  g_assert_cmpuint (bpg_diary_import_apply (import, model, BPG_DIARY_IMPORT_REPLACE), ==, 6);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 6);
  g_assert_null (bpg_diary_model_lookup (model, "entry-4"));
  g_assert_true (bpg_diary_entry_equal (bpg_diary_model_lookup (model, "entry-3"), older));
}

static void
count_cb (gpointer  object,
          guint    *count)
{
  (*count)++;
}

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *count)
{
  (*count)++;
}

static void
apply_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  int *changed = user_data;

  *changed = bpg_diary_import_apply_finish (BPG_DIARY_IMPORT (object), result, &error);
  g_assert_no_error (error);
}

static void
test_merge_in_one_step (void)
{
  const guint n = 5000;
  g_autoptr(BpgDiaryModel) model = bpg_diary_model_new ();
  g_autoptr(GPtrArray) mine = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) backup = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(BpgDiaryImport) import = NULL;
  g_autoptr(BpgDiaryEntry) typed = diary_numbered_entry (n * 10);
  guint n_changed = 0, n_items_changed = 0;
  int changed = -1;

  /* A diary of 5,000 entries and a backup overlapping half of it, newer. */
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (mine, diary_numbered_entry (i));
  bpg_diary_model_set_entries (model, mine);
  for (guint i = n / 2; i < n + n / 2; i++)
    {
      BpgDiaryEntry *entry = diary_numbered_entry (i);

      bpg_diary_entry_set_updated (entry, bpg_diary_entry_get_updated (entry) + 10);
      g_ptr_array_add (backup, entry);
    }
  import = import_of (backup);

  /* Merging changes the diary in one step, so the diary is saved (and the
   * list redrawn) once, not once an entry: that made a big merge take
   * time growing with the square of the entries. */
  g_signal_connect (model, "changed", G_CALLBACK (count_cb), &n_changed);
  g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), &n_items_changed);
  g_assert_cmpuint (bpg_diary_import_apply (import, model, BPG_DIARY_IMPORT_MERGE), ==, n);
  g_assert_cmpuint (n_changed, ==, 1);
  g_assert_cmpuint (n_items_changed, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n + n / 2);

  /* In a worker thread: the diary is untouched until the result is back on
   * the main loop, and an entry added meanwhile is kept. */
  bpg_diary_model_set_entries (model, mine);
  n_changed = 0;
  bpg_diary_import_apply_async (import, model, BPG_DIARY_IMPORT_MERGE, NULL,
                                apply_done_cb, &changed);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n);
  bpg_diary_model_add (model, typed);
  while (changed < 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (changed, ==, n);
  g_assert_cmpuint (n_changed, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, n + n / 2 + 1);
  g_assert_nonnull (bpg_diary_model_lookup (model, bpg_diary_entry_get_id (typed)));
  g_assert_cmpint (bpg_diary_entry_get_updated (bpg_diary_model_lookup (model, "entry-4999")), ==,
                   bpg_diary_entry_get_updated (g_ptr_array_index (backup, n / 2 - 1)));
}

static void
test_import_rejects (void)
{
  static const struct {
    const char *json;
    int code;
    const char *message;
  } cases[] = {
    { "not json", BPG_ERROR_INVALID_DATA, "backup.json could not be read" },
    { "{\"name\": \"a spreadsheet\"}", BPG_ERROR_INVALID_DATA, "backup.json is not a Back Pain Guide diary" },
    { "{\"format\": \"back-pain-guide-diary\", \"schema\": 9, \"entries\": []}", BPG_ERROR_NEWER_VERSION,
      "newer version of Back Pain Guide. Please update the app" },
    { "{\"format\": \"back-pain-guide-diary\", \"schema\": 1, \"entries\": [{\"id\": \"a\", "
      "\"date\": \"2026-11-21\", \"created\": 1, \"updated\": 1, \"back_pain\": 12}]}",
      BPG_ERROR_INVALID_DATA, "entries[0].back_pain must be between 0 and 10" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].json, strlen (cases[i].json));
      g_autoptr(GError) error = NULL;
      g_autoptr(BpgDiaryImport) import = bpg_diary_import_new_from_bytes (bytes, "backup.json", &error);

      g_assert_null (import);
      g_assert_error (error, BPG_ERROR, cases[i].code);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("\"%s\" does not say \"%s\"", error->message, cases[i].message);
    }
}

static void
result_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  *(GAsyncResult **)user_data = g_object_ref (result);
}

static void
test_save_and_load_file (void)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *folder = g_dir_make_tmp ("bpg-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "my backup.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GAsyncResult) saved = NULL;
  g_autoptr(GAsyncResult) loaded = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BpgDiaryImport) import = NULL;
  struct stat st;

  g_ptr_array_add (entries, diary_numbered_entry (1));
  bytes = bpg_diary_json_write (entries, NULL);

  bpg_diary_export_save_async (file, bytes, NULL, result_cb, &saved);
  while (saved == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (bpg_diary_export_save_finish (saved, &error));
  g_assert_no_error (error);

  /* A new export is private to its owner. */
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0077, ==, 0);

  bpg_diary_import_load_async (file, NULL, result_cb, &loaded);
  while (loaded == NULL)
    g_main_context_iteration (NULL, TRUE);
  import = bpg_diary_import_load_finish (loaded, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bpg_diary_import_get_n_entries (import), ==, 1);

  g_unlink (path);
  g_rmdir (folder);
}

static BpgDiaryStore *
loaded_memory_store (void)
{
  BpgDiaryStore *store = bpg_diary_store_new (NULL, TRUE);

  bpg_diary_store_load_async (store, NULL, NULL, NULL);
  while (!bpg_diary_store_get_loaded (store))
    g_main_context_iteration (NULL, TRUE);
  return store;
}

static GBytes *
read_all (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_bytes_new_take (g_steal_pointer (&contents), length);
}

/* On a shared computer the diary lives in memory; the patient saves it to a
 * file on their USB stick and opens it again on the next visit, in a new
 * session, with every field as it was. A damaged file is refused with the
 * reason, and left exactly as it was. */
static void
test_shared_diary_to_usb_stick (void)
{
  g_autofree char *folder = g_dir_make_tmp ("bpg-usb-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (folder, "my diary.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(BpgDiaryStore) visit1 = loaded_memory_store ();
  g_autoptr(BpgDiaryStore) visit2 = loaded_memory_store ();
  g_autoptr(BpgDiaryEntry) full = diary_full_entry ("full", diary_julian (2026, 11, 21));
  g_autoptr(BpgDiaryEntry) plain = diary_numbered_entry (7);
  g_autoptr(BpgDiaryEntry) blank = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GAsyncResult) saved = NULL;
  g_autoptr(GAsyncResult) loaded = NULL;
  g_autoptr(GAsyncResult) refused = NULL;
  g_autoptr(BpgDiaryImport) import = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) damaged = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  BpgDiaryModel *model1 = bpg_diary_store_get_model (visit1);
  BpgDiaryModel *model2 = bpg_diary_store_get_model (visit2);
  BpgDiaryGoal goal = { 150, diary_julian (2026, 11, 16), 20 };
  GDate date;

  /* Every field recorded; the usual fields; and nothing recorded, which
   * must come back as nothing, not as zeros. */
  diary_date (&date, 2026, 11, 20);
  blank = bpg_diary_entry_new_with_id ("blank", &date);
  bpg_diary_model_add (model1, full);
  bpg_diary_model_add (model1, plain);
  bpg_diary_model_add (model1, blank);
  bpg_diary_model_set_goal (model1, &goal);
  entries = bpg_diary_model_dup_entries (model1);
  bytes = bpg_diary_json_write (entries, bpg_diary_model_get_goal (model1));
  bpg_diary_export_save_async (file, bytes, NULL, result_cb, &saved);
  while (saved == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (bpg_diary_export_save_finish (saved, &error));
  g_assert_no_error (error);

  bpg_diary_import_load_async (file, NULL, result_cb, &loaded);
  while (loaded == NULL)
    g_main_context_iteration (NULL, TRUE);
  import = bpg_diary_import_load_finish (loaded, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (bpg_diary_import_apply (import, model2, BPG_DIARY_IMPORT_MERGE), ==, 3);
  g_assert_true (bpg_diary_entry_equal (full, bpg_diary_model_lookup (model2, "full")));
  g_assert_true (bpg_diary_entry_equal (plain, bpg_diary_model_lookup (model2, "entry-7")));
  g_assert_true (bpg_diary_entry_equal (blank, bpg_diary_model_lookup (model2, "blank")));
  g_assert_true (bpg_diary_entry_is_empty (bpg_diary_model_lookup (model2, "blank")));
  g_assert_cmpuint (bpg_diary_model_get_goal (model2)->minutes, ==, 150);
  g_assert_cmpuint (bpg_diary_model_get_goal (model2)->start, ==, goal.start);
  g_assert_cmpuint (bpg_diary_model_get_goal (model2)->step, ==, goal.step);

  /* Cut short, as a USB stick pulled out too soon leaves it. */
  damaged = g_bytes_new_from_bytes (bytes, 0, g_bytes_get_size (bytes) / 2);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (damaged, NULL),
                                      g_bytes_get_size (damaged), NULL));
  bpg_diary_import_load_async (file, NULL, result_cb, &refused);
  while (refused == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (bpg_diary_import_load_finish (refused, &error));
  g_assert_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "could not be read"));
  after = read_all (path);
  g_assert_true (g_bytes_equal (after, damaged));

  g_unlink (path);
  g_rmdir (folder);
}

/* A FIFO never ended the import and /dev/zero ate memory until the app was
 * killed: both are refused before a byte is read. */
static void
test_import_special_files (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_dir_make_tmp ("bpg-import-XXXXXX", &error);
  g_autofree char *fifo = g_build_filename (folder, "backup.json", NULL);
  const char * const paths[] = { fifo, "/dev/zero" };

  g_assert_no_error (error);
  g_assert_no_errno (mkfifo (fifo, 0600));

  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (paths[i]);
      g_autoptr(GAsyncResult) loaded = NULL;
      g_autoptr(BpgDiaryImport) import = NULL;
      gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

      g_test_message ("%s", paths[i]);
      bpg_diary_import_load_async (file, NULL, result_cb, &loaded);
      while (loaded == NULL && g_get_monotonic_time () < deadline)
        g_main_context_iteration (NULL, FALSE);
      g_assert_nonnull (loaded);

      import = bpg_diary_import_load_finish (loaded, &error);
      g_assert_null (import);
      g_assert_error (error, BPG_ERROR, BPG_ERROR_NOT_REGULAR_FILE);
      g_assert_cmpstr (error->message, ==, "This is not a regular file, so it was not read");
      g_clear_error (&error);
    }

  g_unlink (fifo);
  g_rmdir (folder);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/diary-export/csv-cells", test_csv_cells);
  g_test_add_func ("/diary-export/csv-export", test_csv_export);
  g_test_add_func ("/diary-export/csv-injection", test_csv_injection);
  g_test_add_func ("/diary-export/backup-round-trip", test_backup_round_trip);
  g_test_add_func ("/diary-export/merge-and-replace", test_merge_and_replace);
  g_test_add_func ("/diary-export/merge-in-one-step", test_merge_in_one_step);
  g_test_add_func ("/diary-export/import-rejects", test_import_rejects);
  g_test_add_func ("/diary-export/save-and-load-file", test_save_and_load_file);
  g_test_add_func ("/diary-export/shared-diary-to-usb-stick", test_shared_diary_to_usb_stick);
  g_test_add_func ("/diary-export/import-special-files", test_import_special_files);

  return g_test_run ();
}
