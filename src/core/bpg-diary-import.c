/* bpg-diary-import.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-diary-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "bpg-diary-import.h"
#include "bpg-diary-json.h"
#include "bpg-error.h"

/* A backup read from a file the patient chose, checked as strictly as the
 * diary itself, and what merging or replacing would do, so the patient can
 * choose knowing what will happen. */
struct _BpgDiaryImport
{
  GObject       parent_instance;

  BpgDiaryData *data;
};

G_DEFINE_FINAL_TYPE (BpgDiaryImport, bpg_diary_import, G_TYPE_OBJECT)

static void
bpg_diary_import_finalize (GObject *object)
{
  BpgDiaryImport *self = (BpgDiaryImport *)object;

  g_clear_pointer (&self->data, bpg_diary_data_free);

  G_OBJECT_CLASS (bpg_diary_import_parent_class)->finalize (object);
}

static void
bpg_diary_import_class_init (BpgDiaryImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bpg_diary_import_finalize;
}

static void
bpg_diary_import_init (BpgDiaryImport *self)
{
}

/**
 * bpg_diary_import_new_from_bytes:
 * @bytes: the backup file's contents
 * @file_name: the name to use in messages
 *
 * Returns: (transfer full) (nullable): the backup, or %NULL with @error
 *   saying what is wrong with it
 */
BpgDiaryImport *
bpg_diary_import_new_from_bytes (GBytes      *bytes,
                                 const char  *file_name,
                                 GError     **error)
{
  g_autoptr(BpgDiaryData) data = NULL;
  g_autoptr(GError) local_error = NULL;
  BpgDiaryImport *self;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);

  data = bpg_diary_json_read (bytes, file_name, BPG_DIARY_READ_DEFAULT, &local_error);
  if (data == NULL && g_error_matches (local_error, BPG_ERROR, BPG_ERROR_NEWER_VERSION))
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_NEWER_VERSION,
                   _("This backup was made by a newer version of Back Pain Guide. Please "
                     "update the app to open it."));
      return NULL;
    }
  if (data == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  self = g_object_new (BPG_TYPE_DIARY_IMPORT, NULL);
  self->data = g_steal_pointer (&data);
  return self;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *file = task_data;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  GError *error = NULL;
  BpgDiaryImport *import;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                            G_FILE_QUERY_INFO_NONE, cancellable, &error);
  if (info == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  /* A FIFO or a device is refused before a byte is read. */
  name = g_strdup (g_file_info_get_display_name (info));
  bytes = bpg_json_read_file (file, BPG_DIARY_MAX_FILE_SIZE, BPG_JSON_READ_DEFAULT,
                              cancellable, &error);
  if (bytes == NULL && g_error_matches (error, BPG_ERROR, BPG_ERROR_TOO_BIG))
    {
      g_clear_error (&error);
      g_task_return_new_error (task, BPG_ERROR, BPG_ERROR_TOO_BIG,
                               _("%s is too big to be a diary backup"), name);
      return;
    }
  if (bytes == NULL)
    {
      g_task_return_error (task, error);
      return;
    }

  import = bpg_diary_import_new_from_bytes (bytes, name, &error);
  if (import == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, import, g_object_unref);
}

/**
 * bpg_diary_import_load_async:
 * @file: a backup the patient chose
 *
 * Reads and checks the backup in a worker thread.
 */
void
bpg_diary_import_load_async (GFile               *file,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, bpg_diary_import_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

BpgDiaryImport *
bpg_diary_import_load_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == bpg_diary_import_load_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

guint
bpg_diary_import_get_n_entries (BpgDiaryImport *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_IMPORT (self), 0);

  return self->data->entries->len;
}

/**
 * bpg_diary_import_compare:
 * @counts: (out): what merging or replacing would do
 */
void
bpg_diary_import_compare (BpgDiaryImport       *self,
                          BpgDiaryModel        *model,
                          BpgDiaryImportCounts *counts)
{
  g_autoptr(GHashTable) in_backup = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_if_fail (BPG_IS_DIARY_IMPORT (self));
  g_return_if_fail (BPG_IS_DIARY_MODEL (model));

  memset (counts, 0, sizeof *counts);
  counts->n_backup = self->data->entries->len;

  for (guint i = 0; i < self->data->entries->len; i++)
    {
      BpgDiaryEntry *entry = g_ptr_array_index (self->data->entries, i);
      BpgDiaryEntry *mine = bpg_diary_model_lookup (model, bpg_diary_entry_get_id (entry));

      g_hash_table_add (in_backup, (gpointer)bpg_diary_entry_get_id (entry));
      if (mine == NULL)
        counts->n_new++;
      else if (bpg_diary_entry_equal (entry, mine))
        counts->n_same++;
      else if (bpg_diary_entry_get_updated (entry) > bpg_diary_entry_get_updated (mine))
        counts->n_newer++;
      else
        counts->n_older++;
    }

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      g_autoptr(BpgDiaryEntry) mine = g_list_model_get_item (G_LIST_MODEL (model), i);

      if (!g_hash_table_contains (in_backup, bpg_diary_entry_get_id (mine)))
        counts->n_diary_only++;
    }
}

/**
 * bpg_diary_merge_entries:
 * @mine: (element-type BpgDiaryEntry): the diary's entries
 * @theirs: (element-type BpgDiaryEntry): a backup's entries
 * @changed: (out) (optional): how many of @theirs were added or won
 *
 * Merges in time linear in the number of entries (by id, in a hash table):
 * an entry in both keeps its most recently changed copy. Only reads the
 * entries, so it may run in a worker thread on frozen entries.
 *
 * Returns: (transfer container) (element-type BpgDiaryEntry): the merged
 *   entries, newest first
 */
GPtrArray *
bpg_diary_merge_entries (GPtrArray *mine,
                         GPtrArray *theirs,
                         guint     *changed)
{
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *merged;
  GHashTableIter iter;
  gpointer entry;
  guint n = 0;

  g_return_val_if_fail (mine != NULL && theirs != NULL, NULL);

  for (guint i = 0; i < mine->len; i++)
    g_hash_table_insert (by_id, (gpointer)bpg_diary_entry_get_id (mine->pdata[i]), mine->pdata[i]);

  for (guint i = 0; i < theirs->len; i++)
    {
      BpgDiaryEntry *their = g_ptr_array_index (theirs, i);
      BpgDiaryEntry *my = g_hash_table_lookup (by_id, bpg_diary_entry_get_id (their));

      if (my != NULL && bpg_diary_entry_get_updated (their) <= bpg_diary_entry_get_updated (my))
        continue;
      g_hash_table_insert (by_id, (gpointer)bpg_diary_entry_get_id (their), their);
      n++;
    }

  merged = g_ptr_array_new_full (g_hash_table_size (by_id), g_object_unref);
  g_hash_table_iter_init (&iter, by_id);
  while (g_hash_table_iter_next (&iter, NULL, &entry))
    g_ptr_array_add (merged, g_object_ref (entry));
  bpg_diary_entries_sort (merged);

  if (changed != NULL)
    *changed = n;
  return merged;
}

static void
set_goal (BpgDiaryImport     *self,
          BpgDiaryModel      *model,
          BpgDiaryImportMode  mode)
{
  const BpgDiaryGoal *goal = &self->data->goal;

  if (mode == BPG_DIARY_IMPORT_REPLACE)
    bpg_diary_model_set_goal (model, bpg_diary_goal_is_valid (goal) ? goal : NULL);
  else if (bpg_diary_model_get_goal (model) == NULL && bpg_diary_goal_is_valid (goal))
    bpg_diary_model_set_goal (model, goal);
}

/**
 * bpg_diary_import_apply:
 * @mode: merge or replace
 *
 * Merges or replaces at once, on the calling thread; the diary changes in
 * one step. bpg_diary_import_apply_async() does the work in a worker thread.
 *
 * Returns: how many entries were added or changed
 */
guint
bpg_diary_import_apply (BpgDiaryImport     *self,
                        BpgDiaryModel      *model,
                        BpgDiaryImportMode  mode)
{
  g_autoptr(GPtrArray) mine = NULL;
  g_autoptr(GPtrArray) merged = NULL;
  guint changed;

  g_return_val_if_fail (BPG_IS_DIARY_IMPORT (self), 0);
  g_return_val_if_fail (BPG_IS_DIARY_MODEL (model), 0);

  if (mode == BPG_DIARY_IMPORT_REPLACE)
    {
      bpg_diary_model_set_entries (model, self->data->entries);
      set_goal (self, model, mode);
      return self->data->entries->len;
    }

  mine = bpg_diary_model_dup_entries (model);
  merged = bpg_diary_merge_entries (mine, self->data->entries, &changed);
  if (changed > 0)
    bpg_diary_model_set_entries (model, merged);
  set_goal (self, model, mode);

  return changed;
}

typedef struct
{
  BpgDiaryModel      *model;
  BpgDiaryImportMode  mode;
  GPtrArray          *snapshot;   /* the diary's frozen entries when the merge began */
  gboolean            stale;      /* the diary changed since */
  GPtrArray          *merged;
  guint               changed;
} ApplyData;

static void
apply_data_free (ApplyData *data)
{
  g_signal_handlers_disconnect_by_data (data->model, data);
  g_clear_object (&data->model);
  g_clear_pointer (&data->snapshot, g_ptr_array_unref);
  g_clear_pointer (&data->merged, g_ptr_array_unref);
  g_free (data);
}

static void
model_changed_cb (BpgDiaryModel *model,
                  ApplyData     *data)
{
  data->stale = TRUE;
}

static void
merge_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  BpgDiaryImport *self = source_object;
  ApplyData *data = task_data;

  if (data->mode == BPG_DIARY_IMPORT_REPLACE)
    {
      g_autoptr(GPtrArray) none = g_ptr_array_new ();

      data->merged = bpg_diary_merge_entries (none, self->data->entries, NULL);
      data->changed = data->merged->len;
    }
  else
    data->merged = bpg_diary_merge_entries (data->snapshot, self->data->entries, &data->changed);
  g_task_return_boolean (task, TRUE);
}

static void start_merge (GTask *task);

static void
merged_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  BpgDiaryImport *self = g_task_get_source_object (task);
  ApplyData *data = g_task_get_task_data (task);

  g_task_propagate_boolean (G_TASK (result), NULL);
  if (g_task_return_error_if_cancelled (task))
    return;

  /* An entry changed meanwhile must not be lost: merge again with it. */
  if (data->stale)
    {
      start_merge (g_steal_pointer (&task));
      return;
    }

  g_signal_handlers_disconnect_by_data (data->model, data);
  if (data->changed > 0 || data->mode == BPG_DIARY_IMPORT_REPLACE)
    bpg_diary_model_set_entries (data->model, data->merged);
  set_goal (self, data->model, data->mode);
  g_task_return_int (task, data->changed);
}

static void
start_merge (GTask *task)
{
  ApplyData *data = g_task_get_task_data (task);
  g_autoptr(GTask) worker = NULL;

  g_clear_pointer (&data->snapshot, g_ptr_array_unref);
  g_clear_pointer (&data->merged, g_ptr_array_unref);
  data->snapshot = bpg_diary_model_dup_entries (data->model);
  data->stale = FALSE;

  worker = g_task_new (g_task_get_source_object (task), g_task_get_cancellable (task),
                       merged_cb, task);
  g_task_set_source_tag (worker, start_merge);
  g_task_set_task_data (worker, data, NULL);
  g_task_run_in_thread (worker, merge_thread);
}

/**
 * bpg_diary_import_apply_async:
 * @model: the diary
 * @mode: merge or replace
 *
 * Merges (or replaces) as bpg_diary_import_apply() does, comparing the
 * entries in a worker thread so the window never freezes, however big the
 * diary and the backup. The diary changes in one step, on the main loop,
 * when the work is done; if it changed meanwhile, the merge starts again,
 * so no edit is lost.
 */
void
bpg_diary_import_apply_async (BpgDiaryImport      *self,
                              BpgDiaryModel       *model,
                              BpgDiaryImportMode   mode,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  ApplyData *data;

  g_return_if_fail (BPG_IS_DIARY_IMPORT (self));
  g_return_if_fail (BPG_IS_DIARY_MODEL (model));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, bpg_diary_import_apply_async);

  data = g_new0 (ApplyData, 1);
  data->model = g_object_ref (model);
  data->mode = mode;
  g_task_set_task_data (task, data, (GDestroyNotify)apply_data_free);
  g_signal_connect (model, "changed", G_CALLBACK (model_changed_cb), data);
  start_merge (g_steal_pointer (&task));
}

/**
 * bpg_diary_import_apply_finish:
 *
 * Returns: how many entries were added or changed, or -1 with @error
 */
int
bpg_diary_import_apply_finish (BpgDiaryImport  *self,
                               GAsyncResult    *result,
                               GError         **error)
{
  g_return_val_if_fail (BPG_IS_DIARY_IMPORT (self), -1);
  g_return_val_if_fail (g_task_is_valid (result, self), -1);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == bpg_diary_import_apply_async,
                        -1);

  return g_task_propagate_int (G_TASK (result), error);
}
