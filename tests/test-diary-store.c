/* test-diary-store.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "bpg-diary-json.h"
#include "bpg-diary-store.h"
#include "bpg-error.h"
#include "test-diary-util.h"

static const char *self_path;

static char *
make_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = g_dir_make_tmp ("bpg-diary-XXXXXX", &error);

  g_assert_no_error (error);
  /* The diary folder itself does not exist yet: the store makes it. */
  return g_build_filename (tmp, "back-pain-guide", NULL);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
cleanup_folder (char *folder)
{
  g_autofree char *parent = g_path_get_dirname (folder);

  remove_tree (parent);
  g_free (folder);
}

typedef char char_folder;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (char_folder, cleanup_folder)

static void
result_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  *(GAsyncResult **)user_data = g_object_ref (result);
}

static gboolean
tick_cb (gpointer user_data)
{
  return G_SOURCE_CONTINUE;
}

static void
wait_for (BpgDiaryStore *store)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  /* Wakes the loop, so a load that never ends fails at the deadline. */
  guint tick = g_timeout_add (100, tick_cb, NULL);

  while ((!bpg_diary_store_get_loaded (store) || bpg_diary_store_get_saving (store)) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (tick);

  g_assert_true (bpg_diary_store_get_loaded (store));
  g_assert_false (bpg_diary_store_get_saving (store));
}

static BpgDiaryStore *
open_store (const char *folder)
{
  BpgDiaryStore *store = bpg_diary_store_new (folder, FALSE);

  bpg_diary_store_load_async (store, NULL, NULL, NULL);
  wait_for (store);
  return store;
}

/* Adds an entry made for the purpose; the model keeps the only reference. */
static void
add_new (BpgDiaryModel *model,
         BpgDiaryEntry *entry)
{
  bpg_diary_model_add (model, entry);
  g_object_unref (entry);
}

static char *
file_in (const char *folder,
         const char *name)
{
  return g_build_filename (folder, name, NULL);
}

static BpgDiaryData *
read_diary_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GBytes) bytes = NULL;
  BpgDiaryData *data;
  gsize length;

  g_file_get_contents (path, &contents, &length, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
  data = bpg_diary_json_read (bytes, "diary.json", 0, &error);
  g_assert_no_error (error);

  return data;
}

static void
write_file (const char *path,
            const char *contents,
            gssize      length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_path_get_dirname (path);

  g_mkdir_with_parents (folder, 0700);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
}

static void
write_diary (const char *path,
             guint       n_entries)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) bytes = NULL;

  for (guint i = 0; i < n_entries; i++)
    g_ptr_array_add (entries, diary_numbered_entry (i));
  bytes = bpg_diary_json_write (entries, NULL);
  write_file (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static guint
count_files_with_prefix (const char *folder,
                         const char *prefix)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix))
      n++;

  return n;
}

static char *
find_file_with_prefix (const char *folder,
                       const char *prefix)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix))
      return g_build_filename (folder, name, NULL);

  return NULL;
}

static void
test_save_and_load (void)
{
  g_autoptr(char_folder) folder = make_folder ();
  g_autofree char *path = file_in (folder, "diary.json");
  g_autofree char *bak = file_in (folder, "diary.json.bak");
  g_autoptr(BpgDiaryStore) store = NULL;
  g_autoptr(BpgDiaryData) data = NULL;
  g_autoptr(BpgDiaryData) old = NULL;
  BpgDiaryGoal goal = { 70, diary_julian (2026, 11, 16), 10 };
  struct stat st;

  /* A new diary: no file until something is written. */
  umask (022);
  store = open_store (folder);
  g_assert_null (bpg_diary_store_get_problem (store));
  g_assert_false (bpg_diary_store_get_read_only (store));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));

  add_new (bpg_diary_store_get_model (store), diary_full_entry ("one", diary_julian (2026, 11, 20)));
  g_assert_true (bpg_diary_store_get_saving (store));
  wait_for (store);
  g_assert_null (bpg_diary_store_get_save_error (store));

  /* Private: the folder 0700 and the file 0600, whatever the umask. */
  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* The next save keeps the last good version as the backup. */
  add_new (bpg_diary_store_get_model (store), diary_numbered_entry (2));
  wait_for (store);
  old = read_diary_file (bak);
  g_assert_cmpuint (old->entries->len, ==, 1);
  g_clear_pointer (&old, bpg_diary_data_free);

  bpg_diary_model_set_goal (bpg_diary_store_get_model (store), &goal);
  wait_for (store);
  g_clear_object (&store);

  data = read_diary_file (path);
  g_assert_cmpuint (data->entries->len, ==, 2);
  g_assert_cmpuint (data->goal.minutes, ==, 70);
  old = read_diary_file (bak);
  g_assert_cmpuint (old->entries->len, ==, 2);
  g_assert_cmpuint (old->goal.minutes, ==, 0);
  g_assert_cmpint (g_stat (bak, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  /* And it all comes back. */
  store = open_store (folder);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (bpg_diary_store_get_model (store))), ==, 2);
  {
    g_autoptr(BpgDiaryEntry) one = diary_full_entry ("one", diary_julian (2026, 11, 20));

    g_assert_true (bpg_diary_entry_equal (bpg_diary_model_lookup (bpg_diary_store_get_model (store), "one"),
                                          one));
  }
  g_assert_cmpuint (bpg_diary_model_get_goal (bpg_diary_store_get_model (store))->minutes, ==, 70);
}

static void
test_folder_made_private (void)
{
  g_autoptr(char_folder) folder = make_folder ();
  g_autoptr(BpgDiaryStore) store = NULL;
  struct stat st;

  /* A folder someone made readable by everyone is closed up on saving. */
  g_mkdir_with_parents (folder, 0755);
  g_chmod (folder, 0755);
  store = open_store (folder);
  add_new (bpg_diary_store_get_model (store), diary_numbered_entry (1));
  wait_for (store);

  g_assert_cmpint (g_stat (folder, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0700);
}

static void
test_broken_file (void)
{
  static const char garbage[] = "{\"format\": \"back-pain-guide-diary\", \"schema\": 1, \"entr";
  g_autoptr(char_folder) folder = make_folder ();
  g_autofree char *path = file_in (folder, "diary.json");
  g_autofree char *bak = file_in (folder, "diary.json.bak");
  g_autofree char *broken = NULL;
  g_autofree char *broken_contents = NULL;
  g_autofree char *bak_copy = NULL;
  g_autoptr(BpgDiaryStore) store = NULL;
  g_autoptr(BpgDiaryData) data = NULL;
  BpgDiaryModel *model;
  const char *problem;

  write_file (path, garbage, -1);
  write_diary (bak, 5);

  store = open_store (folder);
  model = bpg_diary_store_get_model (store);

  /* The patient is told, in plain words, and can still use the diary. */
  problem = bpg_diary_store_get_problem (store);
  g_assert_nonnull (problem);
  g_assert_nonnull (strstr (problem, "damaged"));
  g_assert_nonnull (strstr (problem, "Nothing has been deleted"));
  g_assert_false (bpg_diary_store_get_read_only (store));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  g_assert_cmpuint (bpg_diary_store_get_backup_entries (store), ==, 5);

  /* The damaged file was moved aside, as it was, never overwritten. */
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  broken = find_file_with_prefix (folder, "diary.json.broken-");
  g_assert_nonnull (broken);
  g_assert_true (g_regex_match_simple ("diary\\.json\\.broken-\\d{8}-\\d{6}$", broken, 0, 0));
  g_assert_nonnull (strstr (problem, strrchr (broken, '/') + 1));
  g_assert_true (g_file_get_contents (broken, &broken_contents, NULL, NULL));
  g_assert_cmpstr (broken_contents, ==, garbage);
  /* So is a copy of the backup, which later saves will rotate. */
  bak_copy = find_file_with_prefix (folder, "diary.json.bak-");
  g_assert_nonnull (bak_copy);

  /* A new entry is saved, but the backup on offer stays as it was. */
  add_new (model, diary_numbered_entry (100));
  wait_for (store);
  add_new (model, diary_numbered_entry (101));
  wait_for (store);
  g_clear_pointer (&data, bpg_diary_data_free);
  data = read_diary_file (bak);
  g_assert_cmpuint (data->entries->len, ==, 5);

  /* Restoring adds the backup's entries to the new ones. */
  g_assert_cmpuint (bpg_diary_store_restore_backup (store), ==, 5);
  g_assert_cmpuint (bpg_diary_store_get_backup_entries (store), ==, 0);
  g_assert_null (bpg_diary_store_get_problem (store));
  wait_for (store);
  g_clear_pointer (&data, bpg_diary_data_free);
  data = read_diary_file (path);
  g_assert_cmpuint (data->entries->len, ==, 7);

  /* The damaged file is still there, untouched. */
  g_clear_pointer (&broken_contents, g_free);
  g_assert_true (g_file_get_contents (broken, &broken_contents, NULL, NULL));
  g_assert_cmpstr (broken_contents, ==, garbage);
}

static void
test_broken_without_backup (void)
{
  g_autoptr(char_folder) folder = make_folder ();
  g_autofree char *path = file_in (folder, "diary.json");
  g_autoptr(BpgDiaryStore) store = NULL;

  /* Not UTF-8 at all, as a disk error might leave it. */
  write_file (path, "\xff\xfe\x00\x01garbage", 11);
  store = open_store (folder);

  g_assert_nonnull (bpg_diary_store_get_problem (store));
  g_assert_cmpuint (bpg_diary_store_get_backup_entries (store), ==, 0);
  g_assert_cmpuint (count_files_with_prefix (folder, "diary.json.broken-"), ==, 1);
  g_assert_false (bpg_diary_store_get_read_only (store));
}

static void
test_missing_file_with_backup (void)
{
  g_autoptr(char_folder) folder = make_folder ();
  g_autofree char *bak = file_in (folder, "diary.json.bak");
  g_autoptr(BpgDiaryStore) store = NULL;

  write_diary (bak, 3);
  store = open_store (folder);

  g_assert_nonnull (bpg_diary_store_get_problem (store));
  g_assert_nonnull (strstr (bpg_diary_store_get_problem (store), "missing"));
  g_assert_cmpuint (bpg_diary_store_get_backup_entries (store), ==, 3);
  g_assert_cmpuint (bpg_diary_store_restore_backup (store), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (bpg_diary_store_get_model (store))), ==, 3);
  wait_for (store);
}

static void
test_newer_version (void)
{
  static const char newer[] =
    "{\"format\": \"back-pain-guide-diary\", \"schema\": 2, \"entries\": ["
    "{\"id\": \"a\", \"date\": \"2026-11-21\", \"created\": 1, \"updated\": 1, \"back_pain\": 3, "
    "\"new_thing\": true}]}";
  g_autoptr(char_folder) folder = make_folder ();
  g_autofree char *path = file_in (folder, "diary.json");
  g_autofree char *contents = NULL;
  g_autoptr(BpgDiaryStore) store = NULL;

  write_file (path, newer, -1);
  store = open_store (folder);

  g_assert_true (bpg_diary_store_get_read_only (store));
  g_assert_nonnull (strstr (bpg_diary_store_get_problem (store), "newer version"));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (bpg_diary_store_get_model (store))), ==, 1);
  g_assert_cmpuint (count_files_with_prefix (folder, "diary.json.broken-"), ==, 0);
  g_clear_object (&store);

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, newer);
}

static void
test_unopenable (void)
{
  g_autoptr(char_folder) folder = make_folder ();
  g_autofree char *path = file_in (folder, "diary.json");
  g_autoptr(BpgDiaryStore) store = NULL;

  /* Something that cannot be read as a file (here a folder) is left alone
   * and the diary is read-only. */
  g_mkdir_with_parents (path, 0700);
  store = open_store (folder);

  g_assert_true (bpg_diary_store_get_read_only (store));
  g_assert_nonnull (strstr (bpg_diary_store_get_problem (store), "could not be opened"));
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_DIR));
  g_assert_cmpuint (count_files_with_prefix (folder, "diary.json.broken-"), ==, 0);
}

/* A FIFO in place of the diary hung the load for ever. */
static void
test_special_file (void)
{
  g_autoptr(char_folder) folder = make_folder ();
  g_autofree char *path = file_in (folder, "diary.json");
  g_autoptr(BpgDiaryStore) store = NULL;

  g_mkdir_with_parents (folder, 0700);
  g_assert_no_errno (mkfifo (path, 0600));
  store = open_store (folder);

  g_assert_true (bpg_diary_store_get_read_only (store));
  g_assert_nonnull (strstr (bpg_diary_store_get_problem (store), "not a regular file"));
  g_assert_true (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  g_assert_cmpuint (count_files_with_prefix (folder, "diary.json.broken-"), ==, 0);
}

/* A valid diary over the size limit is too big, not damaged: it is left
 * where it is, unchanged. */
static void
test_too_big (void)
{
  g_autoptr(char_folder) folder = make_folder ();
  g_autofree char *path = file_in (folder, "diary.json");
  g_autoptr(BpgDiaryStore) store = NULL;
  g_autoptr(GString) text = g_string_new ("{\"format\": \"back-pain-guide-diary\", \"schema\": 1, "
                                          "\"entries\": [{\"id\": \"a\", \"date\": \"2026-11-21\", "
                                          "\"created\": 1, \"updated\": 1, \"notes\": \"");
  GStatBuf st;

  g_string_set_size (text, text->len + BPG_DIARY_MAX_FILE_SIZE);
  memset (text->str + text->len - BPG_DIARY_MAX_FILE_SIZE, 'a', BPG_DIARY_MAX_FILE_SIZE);
  g_string_append (text, "\"}]}");
  g_mkdir_with_parents (folder, 0700);
  write_file (path, text->str, text->len);
  store = open_store (folder);

  g_assert_true (bpg_diary_store_get_read_only (store));
  g_assert_nonnull (strstr (bpg_diary_store_get_problem (store), "too big"));
  g_assert_null (strstr (bpg_diary_store_get_problem (store), "damaged"));
  g_assert_cmpuint (count_files_with_prefix (folder, "diary.json.broken-"), ==, 0);
  g_assert_no_errno (g_stat (path, &st));
  g_assert_cmpint (st.st_size, ==, text->len);
}

/* A second "entries" loaded as an empty diary, and the next save dropped
 * every entry: it is damage, and the file is kept aside. */
static void
test_duplicate_members (void)
{
  static const char twice[] =
    "{\"format\": \"back-pain-guide-diary\", \"schema\": 1, \"entries\": ["
    "{\"id\": \"a\", \"date\": \"2026-11-21\", \"created\": 1, \"updated\": 1, \"back_pain\": 3}],"
    " \"entries\": []}";
  g_autoptr(char_folder) folder = make_folder ();
  g_autofree char *path = file_in (folder, "diary.json");
  g_autoptr(BpgDiaryStore) store = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *contents = NULL;

  g_mkdir_with_parents (folder, 0700);
  write_file (path, twice, -1);
  g_test_expect_message ("bpg-diary-store", G_LOG_LEVEL_MESSAGE, "*given twice*");
  store = open_store (folder);
  g_test_assert_expected_messages ();

  g_assert_nonnull (strstr (bpg_diary_store_get_problem (store), "damaged"));
  aside = find_file_with_prefix (folder, "diary.json.broken-");
  g_assert_nonnull (aside);
  g_assert_true (g_file_get_contents (aside, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, twice);
}

static void
test_save_error (void)
{
  g_autoptr(char_folder) folder = make_folder ();
  g_autoptr(BpgDiaryStore) store = NULL;
  g_autoptr(BpgDiaryData) data = NULL;
  g_autofree char *path = file_in (folder, "diary.json");

  /* Once the diary is open, the folder's place is taken by a file, so
   * nothing can be saved. */
  store = open_store (folder);
  write_file (folder, "not a folder", -1);

  g_assert_false (bpg_diary_store_get_unsaved (store));
  g_test_expect_message ("bpg-diary-store", G_LOG_LEVEL_WARNING, "The diary could not be saved*");
  add_new (bpg_diary_store_get_model (store), diary_numbered_entry (1));
  g_assert_true (bpg_diary_store_get_unsaved (store));
  wait_for (store);
  g_test_assert_expected_messages ();
  g_assert_nonnull (bpg_diary_store_get_save_error (store));
  /* Quitting now would lose the entry, and the store says so. */
  g_assert_true (bpg_diary_store_get_unsaved (store));

  /* A retry that fails again changes nothing. */
  g_test_expect_message ("bpg-diary-store", G_LOG_LEVEL_WARNING, "The diary could not be saved*");
  bpg_diary_store_retry_save (store);
  wait_for (store);
  g_test_assert_expected_messages ();
  g_assert_true (bpg_diary_store_get_unsaved (store));

  /* The entry is still in the diary; once the problem is fixed, it saves. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (bpg_diary_store_get_model (store))), ==, 1);
  g_unlink (folder);
  bpg_diary_store_retry_save (store);
  wait_for (store);
  g_assert_null (bpg_diary_store_get_save_error (store));
  g_assert_false (bpg_diary_store_get_unsaved (store));
  data = read_diary_file (path);
  g_assert_cmpuint (data->entries->len, ==, 1);
}

static void
test_too_big_not_written (void)
{
  g_autoptr(char_folder) folder = make_folder ();
  g_autofree char *path = file_in (folder, "diary.json");
  g_autoptr(BpgDiaryStore) store = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) note = g_string_new (NULL);
  const GError *error;

  /* Notes as long as the editor allows, in four-byte letters, until the
   * diary is bigger than the reader accepts. */
  for (guint i = 0; i < BPG_DIARY_NOTES_MAX; i++)
    g_string_append (note, "\xf0\x9f\x99\x82");
  for (guint i = 0; i * BPG_DIARY_NOTES_MAX * 4 <= BPG_DIARY_MAX_FILE_SIZE; i++)
    {
      BpgDiaryEntry *entry = diary_numbered_entry (i);

      bpg_diary_entry_set_notes (entry, note->str);
      g_ptr_array_add (entries, entry);
    }

  write_diary (path, 3);
  store = open_store (folder);
  g_test_expect_message ("bpg-diary-store", G_LOG_LEVEL_WARNING, "The diary could not be saved*");
  bpg_diary_model_set_entries (bpg_diary_store_get_model (store), entries);
  wait_for (store);
  g_test_assert_expected_messages ();

  /* The app says plainly why, and keeps the entries in memory... */
  error = bpg_diary_store_get_save_error (store);
  g_assert_nonnull (error);
  g_assert_true (g_error_matches (error, BPG_ERROR, BPG_ERROR_TOO_BIG));
  g_assert_nonnull (strstr (error->message, "too big to save"));
  g_assert_true (bpg_diary_store_get_unsaved (store));
  g_clear_object (&store);

  /* ...but never writes a file it could not read back. */
  store = open_store (folder);
  g_assert_null (bpg_diary_store_get_problem (store));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (bpg_diary_store_get_model (store))), ==, 3);
}

static void
test_long_notes_kept (void)
{
  g_autoptr(BpgDiaryEntry) entry = diary_numbered_entry (1);
  g_autoptr(GString) long_text = g_string_new (NULL);

  /* The editor limits what is typed; the core never cuts what it is given,
   * so a longer note kept by an earlier version survives being read and
   * saved again. */
  for (guint i = 0; i < BPG_DIARY_NOTES_MAX + 10; i++)
    g_string_append (long_text, "\xc3\xa9");
  bpg_diary_entry_set_notes (entry, long_text->str);
  g_assert_cmpstr (bpg_diary_entry_get_notes (entry), ==, long_text->str);
  bpg_diary_entry_set_painkillers_note (entry, long_text->str);
  g_assert_cmpstr (bpg_diary_entry_get_painkillers_note (entry), ==, long_text->str);
  bpg_diary_entry_set_other_activity (entry, long_text->str);
  g_assert_cmpstr (bpg_diary_entry_get_other_activity (entry), ==, long_text->str);

  bpg_diary_entry_set_notes (entry, "Short");
  g_assert_cmpstr (bpg_diary_entry_get_notes (entry), ==, "Short");
}

static void
test_symlink_saved_through (void)
{
  g_autoptr(char_folder) folder = make_folder ();
  g_autofree char *parent = g_path_get_dirname (folder);
  g_autofree char *elsewhere = file_in (parent, "synced");
  g_autofree char *target = file_in (elsewhere, "my-diary.json");
  g_autofree char *path = file_in (folder, "diary.json");
  g_autofree char *bak = file_in (folder, "diary.json.bak");
  g_autoptr(BpgDiaryStore) store = NULL;
  g_autoptr(BpgDiaryData) data = NULL;
  g_autoptr(BpgDiaryData) old = NULL;

  /* diary.json points (relatively) to a file kept in another folder. */
  write_diary (target, 2);
  g_mkdir_with_parents (folder, 0700);
  g_assert_cmpint (symlink ("../synced/my-diary.json", path), ==, 0);
  store = open_store (folder);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (bpg_diary_store_get_model (store))), ==, 2);

  add_new (bpg_diary_store_get_model (store), diary_numbered_entry (2));
  wait_for (store);
  g_assert_null (bpg_diary_store_get_save_error (store));

  /* The link is still a link, and the file it points to has the entry. */
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_SYMLINK));
  data = read_diary_file (target);
  g_assert_cmpuint (data->entries->len, ==, 3);
  old = read_diary_file (bak);
  g_assert_cmpuint (old->entries->len, ==, 2);
}

static void
test_backup_private (void)
{
  g_autoptr(char_folder) folder = make_folder ();
  g_autofree char *path = file_in (folder, "diary.json");
  g_autofree char *bak = file_in (folder, "diary.json.bak");
  g_autoptr(BpgDiaryStore) store = NULL;
  struct stat st;

  /* A diary someone made readable by everyone... */
  write_diary (path, 2);
  g_chmod (path, 0644);
  store = open_store (folder);
  add_new (bpg_diary_store_get_model (store), diary_numbered_entry (2));
  wait_for (store);

  /* ...leaves a backup (made by a hard link) that is private all the same. */
  g_assert_cmpint (g_stat (bak, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);
}

static void
test_no_leftovers_after_retry (void)
{
  g_autoptr(char_folder) folder = make_folder ();
  g_autofree char *path = file_in (folder, "diary.json");
  g_autofree char *bak = file_in (folder, "diary.json.bak");
  g_autoptr(BpgDiaryStore) store = NULL;
  g_autoptr(BpgDiaryData) old = NULL;

  /* A save that failed after keeping the backup (on a full disk) leaves
   * the backup and the diary as two links to one file. */
  write_diary (path, 2);
  g_assert_cmpint (link (path, bak), ==, 0);
  store = open_store (folder);
  add_new (bpg_diary_store_get_model (store), diary_numbered_entry (2));
  wait_for (store);

  /* The retry leaves no temporary file behind, and the backup is right. */
  g_assert_null (bpg_diary_store_get_save_error (store));
  g_assert_cmpuint (count_files_with_prefix (folder, "diary.json"), ==, 2);
  old = read_diary_file (bak);
  g_assert_cmpuint (old->entries->len, ==, 2);
}

/* Root can write anywhere, so as root the check runs as nobody. */
static void
drop_root (void)
{
  if (getuid () == 0 && (setgid (65534) != 0 || setuid (65534) != 0))
    g_error ("Could not drop root: %s", g_strerror (errno));
}

static void
test_read_only_folder (gconstpointer data)
{
  const char *shared = g_getenv ("BPG_TEST_FOLDER");

  if (g_test_subprocess ())
    {
      g_autoptr(BpgDiaryStore) store = NULL;

      drop_root ();
      store = open_store (shared);
      /* Opened read-only at once, with the reason, instead of failing at
       * the first save after the patient has typed an entry. */
      g_assert_true (bpg_diary_store_get_read_only (store));
      g_assert_nonnull (strstr (bpg_diary_store_get_problem (store), "cannot write to"));
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (bpg_diary_store_get_model (store))), ==, 2);
      return;
    }

  {
    g_autoptr(char_folder) folder = make_folder ();
    g_autofree char *parent = g_path_get_dirname (folder);
    g_autofree char *path = file_in (folder, "diary.json");
    g_autofree char *elsewhere = file_in (parent, "elsewhere");
    g_autofree char *target = file_in (elsewhere, "diary.json");
    gboolean through_link = GPOINTER_TO_INT (data);

    /* The diary's own folder is read-only, or the one a linked diary is in. */
    write_diary (through_link ? target : path, 2);
    g_chmod (through_link ? target : path, 0644);
    g_mkdir_with_parents (folder, 0700);
    if (through_link)
      g_assert_cmpint (symlink (target, path), ==, 0);
    g_chmod (folder, through_link ? 0755 : 0555);
    /* ...and the diary's folder is the user's own (nobody's, as root). */
    if (through_link && getuid () == 0)
      g_assert_cmpint (chown (folder, 65534, 65534), ==, 0);
    g_chmod (elsewhere, 0555);
    g_chmod (parent, 0755);
    g_setenv ("BPG_TEST_FOLDER", folder, TRUE);
    g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
    g_unsetenv ("BPG_TEST_FOLDER");
    g_chmod (folder, 0700);
    g_chmod (elsewhere, 0700);
    g_test_trap_assert_passed ();
  }
}

static void
test_temporary_files_removed (void)
{
  g_autoptr(char_folder) folder = make_folder ();
  g_autofree char *path = file_in (folder, "diary.json");
  g_autofree char *stale = file_in (folder, "diary.json.Ab12Cd");
  g_autofree char *other = file_in (folder, "notes.txt");
  g_autoptr(BpgDiaryStore) store = NULL;

  write_diary (path, 2);
  write_file (stale, "{\"half a diary", -1);
  write_file (other, "mine", -1);
  store = open_store (folder);

  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (bpg_diary_store_get_model (store))), ==, 2);
}

static void
test_delete_all (void)
{
  g_autoptr(char_folder) folder = make_folder ();
  g_autofree char *path = file_in (folder, "diary.json");
  g_autofree char *bak = file_in (folder, "diary.json.bak");
  g_autofree char *other = file_in (folder, "notes.txt");
  g_autoptr(BpgDiaryStore) store = NULL;
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BpgDiaryData) data = NULL;
  BpgDiaryModel *model;
  BpgDiaryGoal goal = { 70, diary_julian (2026, 11, 16), 10 };

  write_file (path, "broken", -1);
  write_diary (bak, 2);
  write_file (other, "mine", -1);
  store = open_store (folder);
  model = bpg_diary_store_get_model (store);
  bpg_diary_store_restore_backup (store);
  add_new (model, diary_numbered_entry (7));
  bpg_diary_model_set_goal (model, &goal);

  /* Delete at once, while saves are still waiting. */
  bpg_diary_store_delete_all_async (store, NULL, result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (bpg_diary_store_delete_all_finish (store, result, &error));
  g_assert_no_error (error);
  wait_for (store);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  g_assert_null (bpg_diary_model_get_goal (model));
  g_assert_cmpuint (bpg_diary_store_get_backup_entries (store), ==, 0);
  g_assert_cmpuint (count_files_with_prefix (folder, "diary.json"), ==, 0);
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));

  /* The diary carries on afresh. */
  add_new (model, diary_numbered_entry (8));
  wait_for (store);
  data = read_diary_file (path);
  g_assert_cmpuint (data->entries->len, ==, 1);
  g_assert_cmpuint (count_files_with_prefix (folder, "diary.json"), ==, 1);
}

static void
test_memory_only (void)
{
  g_autoptr(char_folder) folder = make_folder ();
  g_autofree char *path = file_in (folder, "diary.json");
  g_autoptr(BpgDiaryStore) store = NULL;
  g_autoptr(BpgDiaryModel) model = NULL;

  /* A diary left on disk from before is not shown to the next person. */
  write_diary (path, 4);
  store = bpg_diary_store_new (folder, TRUE);
  bpg_diary_store_load_async (store, NULL, NULL, NULL);
  wait_for (store);
  model = g_object_ref (bpg_diary_store_get_model (store));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
  g_assert_false (bpg_diary_store_get_read_only (store));

  /* Nothing is written, ever. */
  add_new (model, diary_numbered_entry (1));
  g_assert_false (bpg_diary_store_get_saving (store));
  wait_for (store);
  g_assert_cmpuint (count_files_with_prefix (folder, "diary.json"), ==, 1);
  {
    g_autoptr(BpgDiaryData) data = read_diary_file (path);

    g_assert_cmpuint (data->entries->len, ==, 4);
  }

  /* When the session ends, the diary is wiped. */
  g_clear_object (&store);
  while (g_main_context_iteration (NULL, FALSE));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 0);
}

static void
test_shared_computer_setting (void)
{
  g_unsetenv (BPG_SHARED_COMPUTER_ENV);
  g_assert_false (bpg_diary_is_shared_computer (NULL));
  g_setenv (BPG_SHARED_COMPUTER_ENV, "1", TRUE);
  g_assert_true (bpg_diary_is_shared_computer (NULL));
  g_setenv (BPG_SHARED_COMPUTER_ENV, "true", TRUE);
  g_assert_true (bpg_diary_is_shared_computer (NULL));
  g_setenv (BPG_SHARED_COMPUTER_ENV, "0", TRUE);
  g_assert_false (bpg_diary_is_shared_computer (NULL));
  g_unsetenv (BPG_SHARED_COMPUTER_ENV);
}

/* The crash test. A writer process adds numbered entries one at a time and
 * says on stdout how many the diary holds each time a save has finished. It
 * is killed at a random moment; then the file must load and hold exactly
 * the diary before or after the save that was cut short. */

static int
run_writer (const char *folder)
{
  g_autoptr(BpgDiaryStore) store = open_store (folder);
  BpgDiaryModel *model = bpg_diary_store_get_model (store);

  g_assert_null (bpg_diary_store_get_problem (store));
  for (;;)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (model));

      add_new (model, diary_numbered_entry (n));
      wait_for (store);
      g_assert_null (bpg_diary_store_get_save_error (store));
      printf ("%u\n", n + 1);
      fflush (stdout);
    }

  return 0;
}

static guint
check_diary_holds_first (const char *path)
{
  g_autoptr(BpgDiaryData) data = read_diary_file (path);
  g_autoptr(BpgDiaryModel) model = bpg_diary_model_new ();
  guint n = data->entries->len;

  bpg_diary_model_set_entries (model, data->entries);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("entry-%u", i);
      g_autoptr(BpgDiaryEntry) expected = diary_numbered_entry (i);
      BpgDiaryEntry *entry = bpg_diary_model_lookup (model, id);

      g_assert_nonnull (entry);
      g_assert_true (bpg_diary_entry_equal (entry, expected));
    }

  return n;
}

/* Reads what the writer said until @deadline; returns the last count. */
static guint
read_counts (int    fd,
             gint64 deadline,
             guint  last)
{
  char buf[4096];

  for (;;)
    {
      gint64 left = deadline - g_get_monotonic_time ();
      struct pollfd pfd = { fd, POLLIN, 0 };
      ssize_t got;

      if (deadline >= 0 && left <= 0)
        return last;
      if (poll (&pfd, 1, deadline >= 0 ? (int)(left / 1000) + 1 : -1) <= 0)
        continue;

      got = read (fd, buf, sizeof buf - 1);
      if (got <= 0)
        return last;
      buf[got] = '\0';

      for (char *line = buf; *line; )
        {
          char *end = strchr (line, '\n');

          if (end == NULL)
            break;
          *end = '\0';
          last = MAX (last, (guint)g_ascii_strtoull (line, NULL, 10));
          line = end + 1;
        }
    }
}

/* Left by g_file_set_contents() when killed before its rename. */
static guint
count_temporary_files (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "diary.json.") && strlen (name) == strlen ("diary.json.") + 6 &&
        !g_str_has_prefix (name, "diary.json.broken"))
      n++;

  return n;
}

/* Kills that land while a write is under way: many in a plain build. Under
 * AddressSanitizer each writer starts so slowly that few kills land there,
 * and waiting for many would take longer than the suite may run; some must
 * still land. */
#if defined(__SANITIZE_ADDRESS__)
#define MIN_MID_WRITE 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MIN_MID_WRITE 1
#endif
#endif
#ifndef MIN_MID_WRITE
#define MIN_MID_WRITE 20
#endif

static void
test_crash (void)
{
  g_autoptr(char_folder) folder = make_folder ();
  g_autofree char *path = file_in (folder, "diary.json");
  g_autofree char *bak = file_in (folder, "diary.json.bak");
  const guint base = 200;
  /* The test ends on counts, not on time, so a slow machine (or a build
   * with sanitizers) runs longer instead of checking less. When kills keep
   * landing before any save, the writer is given longer next time. */
  const guint max_kills = 5000;
  guint saves = 0, kills = 0, cut_short = 0, mid_write = 0, n = base;
  int stretch = 1;

  write_diary (path, base);

  /* A kill mid-write leaves the writer's temporary file behind: only those
   * kills test that a cut-short write never reaches diary.json. */
  while ((saves < 300 || kills < 150 || mid_write < MIN_MID_WRITE) && kills < max_kills)
    {
      const char *argv[] = { self_path, "--writer", folder, NULL };
      g_autoptr(GError) error = NULL;
      guint acked;
      int out, status;
      GPid pid;
      guint after;

      g_spawn_async_with_pipes (NULL, (char **)argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                NULL, NULL, &pid, NULL, &out, NULL, &error);
      g_assert_no_error (error);

      /* Let it run for a random while, then pull the plug. */
      acked = read_counts (out, g_get_monotonic_time () +
                                  stretch * g_test_rand_int_range (5000, 100000), n);
      kill (pid, SIGKILL);
      waitpid (pid, &status, 0);
      g_spawn_close_pid (pid);
      acked = read_counts (out, -1, acked);
      close (out);
      g_assert_true (WIFSIGNALED (status) && WTERMSIG (status) == SIGKILL);
      kills++;

      /* The old or the new diary, nothing else. */
      after = check_diary_holds_first (path);
      if (after != acked && after != acked + 1)
        g_error ("After a crash the diary holds %u entries; the writer had saved %u", after, acked);
      if (after == acked + 1)
        cut_short++;
      if (count_temporary_files (folder) > 0)
        mid_write++;
      saves += after - n;
      stretch = after > n ? 1 : MIN (stretch * 2, 64);
      n = after;

      if (g_file_test (bak, G_FILE_TEST_EXISTS))
        g_assert_cmpuint (check_diary_holds_first (bak), <=, n);
    }

  g_test_message ("%u kills, %u saves; %u kills during a write, %u after a save but before "
                  "it was reported", kills, saves, mid_write, cut_short);
  g_assert_cmpuint (kills, >=, 150);
  g_assert_cmpuint (saves, >=, 300);
  g_assert_cmpuint (mid_write, >=, MIN_MID_WRITE);
}

/* Saving an edit adds an entry the diary does not have, and puts an edited
 * copy in the place of the one it was made from, in order by date. */
static void
test_model_put (void)
{
  g_autoptr(BpgDiaryModel) model = bpg_diary_model_new ();
  g_autoptr(BpgDiaryEntry) first = diary_full_entry ("a", diary_julian (2026, 3, 1));
  g_autoptr(BpgDiaryEntry) second = diary_full_entry ("b", diary_julian (2026, 3, 2));
  g_autoptr(BpgDiaryEntry) edited = bpg_diary_entry_copy (first);
  g_autoptr(BpgDiaryEntry) item = NULL;
  GDate later;

  g_assert_false (bpg_diary_model_put (model, first));
  g_assert_false (bpg_diary_model_put (model, second));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 2);

  /* Moved to a later day than the other entry: replaced, and first now. */
  diary_date (&later, 2026, 3, 3);
  bpg_diary_entry_set_date (edited, &later);
  bpg_diary_entry_set_back_pain (edited, 2);
  g_assert_true (bpg_diary_model_put (model, edited));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 2);
  g_assert_true (bpg_diary_model_lookup (model, "a") == edited);
  item = g_list_model_get_item (G_LIST_MODEL (model), 0);
  g_assert_true (item == edited);
}

/* A day has one entry: the model says which entry a day already has, so
 * adding for that day changes it; with two kept from an older diary, the
 * latest written. */
static void
test_model_lookup_day (void)
{
  g_autoptr(BpgDiaryModel) model = bpg_diary_model_new ();
  g_autoptr(BpgDiaryEntry) older = diary_full_entry ("a", diary_julian (2026, 3, 1));
  g_autoptr(BpgDiaryEntry) early = diary_full_entry ("b", diary_julian (2026, 3, 2));
  g_autoptr(BpgDiaryEntry) late = diary_full_entry ("c", diary_julian (2026, 3, 2));
  g_autoptr(BpgDiaryEntry) newer = diary_full_entry ("d", diary_julian (2026, 3, 4));

  g_assert_null (bpg_diary_model_lookup_day (model, diary_julian (2026, 3, 2)));

  bpg_diary_entry_set_created (late, bpg_diary_entry_get_created (early) + 60);
  bpg_diary_model_add (model, newer);
  bpg_diary_model_add (model, early);
  bpg_diary_model_add (model, older);
  g_assert_true (bpg_diary_model_lookup_day (model, diary_julian (2026, 3, 1)) == older);
  g_assert_true (bpg_diary_model_lookup_day (model, diary_julian (2026, 3, 2)) == early);
  g_assert_true (bpg_diary_model_lookup_day (model, diary_julian (2026, 3, 4)) == newer);
  g_assert_null (bpg_diary_model_lookup_day (model, diary_julian (2026, 3, 3)));
  g_assert_null (bpg_diary_model_lookup_day (model, diary_julian (2026, 2, 28)));
  g_assert_null (bpg_diary_model_lookup_day (model, diary_julian (2026, 3, 5)));

  bpg_diary_model_add (model, late);
  g_assert_true (bpg_diary_model_lookup_day (model, diary_julian (2026, 3, 2)) == late);
}

/* A new entry, or one moved, to a day that has an entry already is not
 * saved: neither a second entry for the day nor the first written over. An
 * entry changed on its own day is saved, even beside an older duplicate. */
static void
test_model_save_day_taken (void)
{
  g_autoptr(BpgDiaryModel) model = bpg_diary_model_new ();
  g_autoptr(BpgDiaryEntry) kept = diary_full_entry ("a", diary_julian (2026, 3, 2));
  g_autoptr(BpgDiaryEntry) other = diary_full_entry ("b", diary_julian (2026, 3, 4));
  g_autoptr(BpgDiaryEntry) twin = diary_full_entry ("c", diary_julian (2026, 3, 4));
  g_autoptr(BpgDiaryEntry) fresh = diary_full_entry ("d", diary_julian (2026, 3, 2));
  g_autoptr(BpgDiaryEntry) moved = NULL;
  g_autoptr(BpgDiaryEntry) changed = NULL;
  g_autoptr(BpgDiaryEntry) free_day = diary_full_entry ("e", diary_julian (2026, 3, 3));
  GDate date;

  g_assert_cmpint (bpg_diary_model_save (model, kept), ==, BPG_DIARY_SAVED_ADDED);
  g_assert_cmpint (bpg_diary_model_save (model, other), ==, BPG_DIARY_SAVED_ADDED);
  bpg_diary_entry_set_back_pain (fresh, 9);

  /* A new entry for a day that has one: refused, and the one kept as it was */
  g_assert_true (bpg_diary_model_lookup_clash (model, fresh) == kept);
  g_assert_cmpint (bpg_diary_model_save (model, fresh), ==, BPG_DIARY_SAVED_DAY_TAKEN);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 2);
  g_assert_null (bpg_diary_model_lookup (model, "d"));
  g_assert_true (bpg_diary_model_lookup_day (model, diary_julian (2026, 3, 2)) == kept);
  g_assert_cmpint (bpg_diary_entry_get_back_pain (kept), !=, 9);

  /* An entry moved to a day that has one: refused, and left on its day */
  moved = bpg_diary_entry_copy (other);
  diary_date (&date, 2026, 3, 2);
  bpg_diary_entry_set_date (moved, &date);
  g_assert_true (bpg_diary_model_lookup_clash (model, moved) == kept);
  g_assert_cmpint (bpg_diary_model_save (model, moved), ==, BPG_DIARY_SAVED_DAY_TAKEN);
  g_assert_true (bpg_diary_model_lookup (model, "b") == other);
  g_assert_cmpuint (bpg_diary_entry_get_julian (other), ==, diary_julian (2026, 3, 4));

  /* A day that is free, and a change on the entry's own day, are saved,
   * though an older diary keeps a second entry for that day */
  g_assert_null (bpg_diary_model_lookup_clash (model, free_day));
  g_assert_cmpint (bpg_diary_model_save (model, free_day), ==, BPG_DIARY_SAVED_ADDED);
  bpg_diary_entry_set_created (twin, bpg_diary_entry_get_created (other) + 60);
  bpg_diary_model_add (model, twin);
  changed = bpg_diary_entry_copy (other);
  bpg_diary_entry_set_back_pain (changed, 1);
  g_assert_null (bpg_diary_model_lookup_clash (model, changed));
  g_assert_cmpint (bpg_diary_model_save (model, changed), ==, BPG_DIARY_SAVED_REPLACED);
  g_assert_true (bpg_diary_model_lookup (model, "b") == changed);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 4);
}

int
main (int   argc,
      char *argv[])
{
  self_path = argv[0];

  if (argc == 3 && g_str_equal (argv[1], "--writer"))
    return run_writer (argv[2]);

  /* Every test makes its own folder with g_dir_make_tmp(), so GLib's
   * per-test user folders are not needed; they also keep the old folder
   * names alive on purpose, which the leak checker reports. */
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/diary-store/save-and-load", test_save_and_load);
  g_test_add_func ("/diary-store/folder-made-private", test_folder_made_private);
  g_test_add_func ("/diary-store/broken-file", test_broken_file);
  g_test_add_func ("/diary-store/broken-without-backup", test_broken_without_backup);
  g_test_add_func ("/diary-store/missing-file-with-backup", test_missing_file_with_backup);
  g_test_add_func ("/diary-store/newer-version", test_newer_version);
  g_test_add_func ("/diary-store/unopenable", test_unopenable);
  g_test_add_func ("/diary-store/special-file", test_special_file);
  g_test_add_func ("/diary-store/too-big", test_too_big);
  g_test_add_func ("/diary-store/duplicate-members", test_duplicate_members);
  g_test_add_func ("/diary-store/save-error", test_save_error);
  g_test_add_func ("/diary-store/long-notes-kept", test_long_notes_kept);
  g_test_add_func ("/diary-store/too-big-not-written", test_too_big_not_written);
  g_test_add_func ("/diary-store/symlink-saved-through", test_symlink_saved_through);
  g_test_add_func ("/diary-store/backup-private", test_backup_private);
  g_test_add_data_func ("/diary-store/read-only-folder", GINT_TO_POINTER (FALSE),
                        test_read_only_folder);
  g_test_add_data_func ("/diary-store/read-only-link-target", GINT_TO_POINTER (TRUE),
                        test_read_only_folder);
  g_test_add_func ("/diary-store/no-leftovers-after-retry", test_no_leftovers_after_retry);
  g_test_add_func ("/diary-store/temporary-files-removed", test_temporary_files_removed);
  g_test_add_func ("/diary-store/delete-all", test_delete_all);
  g_test_add_func ("/diary-store/memory-only", test_memory_only);
  g_test_add_func ("/diary-store/shared-computer-setting", test_shared_computer_setting);
  g_test_add_func ("/diary-store/crash", test_crash);
  g_test_add_func ("/diary-store/model-put", test_model_put);
  g_test_add_func ("/diary-store/model-lookup-day", test_model_lookup_day);
  g_test_add_func ("/diary-store/model-save-day-taken", test_model_save_day_taken);

  return g_test_run ();
}
