/* bpg-diary-store.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-diary-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bpg-diary-import.h"
#include "bpg-diary-json.h"
#include "bpg-diary-store.h"
#include "bpg-error.h"

/* Keeps the diary in a file, so that no entry is ever lost:
 *
 * - Every change is saved in a worker thread, one save at a time, with
 *   g_file_set_contents_full() (a temporary file, fsync, rename), mode 0600
 *   in a 0700 folder. Before each save the file on disk, the last good
 *   version, becomes diary.json.bak.
 * - A file that cannot be read is never overwritten: it is moved aside as
 *   diary.json.broken-YYYYMMDD-HHMMSS and the patient is offered the backup.
 * - A file from a newer version of the app is shown read-only, and so is a
 *   diary in a folder the app cannot write to.
 * - A diary that is a symbolic link is saved through the link, beside the
 *   file it points to, so the link and its file stay in use.
 * - Nothing bigger than the reader accepts (BPG_DIARY_MAX_FILE_SIZE) is
 *   written: what the app writes, it can read.
 * - On a shared computer the diary lives in memory only and is never written.
 *
 * File work runs in worker threads, strictly in the order asked for, so a
 * "delete everything" can never be overtaken by an older save. */
struct _BpgDiaryStore
{
  GObject        parent_instance;

  BpgDiaryModel *model;
  char          *folder;
  gboolean       memory_only;

  gboolean       loaded;
  gboolean       read_only;
  char          *problem;
  GError        *save_error;
  gboolean       unsaved;         /* changes not on disk yet */
  BpgDiaryData  *backup;          /* offered after a load problem */
  guint          suppress_save;

  GQueue         queue;           /* of GTask, waiting for their turn */
  GTask         *running;
  guint          n_saves;         /* queued or running */
};

G_DEFINE_FINAL_TYPE (BpgDiaryStore, bpg_diary_store, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FOLDER,
  PROP_MEMORY_ONLY,
  PROP_LOADED,
  PROP_READ_ONLY,
  PROP_SAVING,
  PROP_PROBLEM,
  PROP_SAVE_ERROR,
  PROP_UNSAVED,
  PROP_BACKUP_ENTRIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

typedef enum
{
  OP_LOAD,
  OP_SAVE,
  OP_DELETE_ALL,
} OpKind;

typedef struct
{
  OpKind        kind;
  char         *folder;
  GPtrArray    *entries;   /* OP_SAVE: a snapshot of frozen entries */
  BpgDiaryGoal  goal;
  gboolean      rotate;    /* OP_SAVE: keep the file on disk as the backup */
  GTask        *outer;     /* the caller's task, for public operations */
} Op;

typedef struct
{
  BpgDiaryData *data;
  BpgDiaryData *backup;
  char         *problem;
  gboolean      read_only;
} LoadResult;

static void  start_next    (BpgDiaryStore  *self);
static char *resolve_links (const char     *path,
                            GError        **error);

static void
op_free (Op *op)
{
  g_clear_pointer (&op->folder, g_free);
  g_clear_pointer (&op->entries, g_ptr_array_unref);
  g_clear_object (&op->outer);
  g_free (op);
}

static void
load_result_free (LoadResult *result)
{
  g_clear_pointer (&result->data, bpg_diary_data_free);
  g_clear_pointer (&result->backup, bpg_diary_data_free);
  g_clear_pointer (&result->problem, g_free);
  g_free (result);
}

static char *
build_path (const char *folder,
            const char *suffix)
{
  return g_strconcat (folder, G_DIR_SEPARATOR_S, BPG_DIARY_FILE_NAME, suffix, NULL);
}

/* A name that is not taken yet, such as diary.json.broken-20261121-101500. */
static char *
dup_free_name (const char *folder,
               const char *what)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");

  for (guint n = 1; n < 1000; n++)
    {
      g_autofree char *suffix = n == 1 ? g_strdup_printf (".%s-%s", what, stamp)
                                       : g_strdup_printf (".%s-%s-%u", what, stamp, n);
      char *path = build_path (folder, suffix);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        return path;
      g_free (path);
    }

  return NULL;
}

static gboolean
is_temporary_name (const char *name)
{
  static const char * const prefixes[] = {
    BPG_DIARY_FILE_NAME ".", BPG_DIARY_FILE_NAME ".bak.", NULL
  };

  if (g_str_equal (name, BPG_DIARY_FILE_NAME ".bak.new"))
    return TRUE;

  /* g_file_set_contents() writes to NAME.XXXXXX before renaming. */
  for (guint i = 0; prefixes[i] != NULL; i++)
    {
      gsize len = strlen (prefixes[i]);
      gboolean random = strlen (name) == len + 6;

      for (guint j = 0; random && j < 6; j++)
        random = g_ascii_isalnum (name[len + j]);
      if (g_str_has_prefix (name, prefixes[i]) && random && !g_str_equal (name + len, "broken"))
        return TRUE;
    }

  return FALSE;
}

/* Temporary files left by a save that was cut short hold diary text; no one
 * else writes here, so before the first save they can go. */
static void
remove_temporary_files (const char *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;

      if (!is_temporary_name (name))
        continue;
      path = g_build_filename (folder, name, NULL);
      g_unlink (path);
    }
}

static BpgDiaryData *
read_file (const char  *path,
           GError     **error)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autoptr(GBytes) bytes = NULL;

  bytes = bpg_json_read_path (path, BPG_DIARY_MAX_FILE_SIZE, BPG_JSON_READ_DEFAULT, error);
  if (bytes == NULL)
    return NULL;

  return bpg_diary_json_read (bytes, name, BPG_DIARY_READ_DEFAULT, error);
}

static void
keep_backup_copy (const char *folder)
{
  g_autofree char *bak = build_path (folder, ".bak");
  g_autofree char *copy = dup_free_name (folder, "bak");
  g_autoptr(GBytes) bytes = NULL;

  /* The backup may be rotated away by the next saves; a copy keeps it. */
  if (copy != NULL &&
      (bytes = bpg_json_read_path (bak, BPG_DIARY_MAX_FILE_SIZE, BPG_JSON_READ_DEFAULT, NULL)))
    g_file_set_contents_full (copy, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                              G_FILE_SET_CONTENTS_CONSISTENT, 0600, NULL);
}

static void
load_broken (const char   *folder,
             const char   *path,
             const GError *why,
             LoadResult   *result)
{
  g_autofree char *bak = build_path (folder, ".bak");
  g_autofree char *aside = dup_free_name (folder, "broken");
  g_autofree char *aside_name = NULL;

  if (aside == NULL || g_rename (path, aside) != 0)
    {
      int saved_errno = errno;

      result->read_only = TRUE;
      /* Translators: %s says why, for example "Permission denied" */
      result->problem = g_strdup_printf (_("Your diary file is damaged, and the app could not "
                                           "move it aside to start a new one (%s). The app "
                                           "will not change it."),
                                         g_strerror (saved_errno));
      return;
    }

  g_message ("The diary could not be read (%s); moved it to %s", why->message, aside);
  keep_backup_copy (folder);
  result->backup = read_file (bak, NULL);
  aside_name = g_path_get_basename (aside);
  /* Translators: %s is a file name such as diary.json.broken-20261121-101500 */
  result->problem = g_strdup_printf (_("Your diary file was damaged and could not be read. "
                                       "Nothing has been deleted: the app has kept it as "
                                       "“%s” in the diary folder and started a new diary."),
                                     aside_name);
}

static void
load_newer (GBytes     *bytes,
            LoadResult *result)
{
  result->read_only = TRUE;
  result->data = bpg_diary_json_read (bytes, BPG_DIARY_FILE_NAME, BPG_DIARY_READ_ALLOW_NEWER, NULL);
  if (result->data != NULL)
    result->problem = g_strdup (_("This diary was saved by a newer version of Back Pain Guide. "
                                  "You can look at it here, but to change it, please use the "
                                  "newer version."));
  else
    result->problem = g_strdup (_("This diary was saved by a newer version of Back Pain Guide, "
                                  "and this version cannot show it. It has not been changed."));
}

/* A diary over the size limit is not damaged: it is left as it is. */
static void
load_too_big (LoadResult *result)
{
  g_autofree char *limit = g_format_size_full (BPG_DIARY_MAX_FILE_SIZE, G_FORMAT_SIZE_IEC_UNITS);

  result->read_only = TRUE;
  /* Translators: %s is a size such as "64.0 MiB" */
  result->problem = g_strdup_printf (_("Your diary file is too big for this app to open: it "
                                       "may be at most %s. The app will not change it, so "
                                       "nothing is lost."), limit);
}

static void
load_missing (const char *folder,
              LoadResult *result)
{
  g_autofree char *bak = build_path (folder, ".bak");

  result->backup = read_file (bak, NULL);
  if (result->backup != NULL)
    result->problem = g_strdup (_("Your diary file is missing, but the app found a backup "
                                  "copy of it."));
}

/* A read-only file system (or a folder made read-only) would otherwise only
 * show at the first save, after the patient has typed an entry. */
static gboolean
check_writable (const char *folder,
                LoadResult *result)
{
  g_autofree char *path = build_path (folder, "");
  g_autofree char *target = resolve_links (path, NULL);
  g_autofree char *target_folder = target != NULL ? g_path_get_dirname (target) : NULL;
  int saved_errno;

  /* A diary that is a link is saved beside the file it points to. */
  if ((access (folder, W_OK | X_OK) == 0 || errno == ENOENT) &&
      (target_folder == NULL || access (target_folder, W_OK | X_OK) == 0 || errno == ENOENT))
    return TRUE;

  saved_errno = errno;
  result->read_only = TRUE;
  /* Translators: %s says why, for example "Read-only file system" */
  result->problem = g_strdup_printf (_("Your diary is in a folder the app cannot write to (%s). "
                                       "You can look at it, but changes cannot be saved until "
                                       "this is fixed. Nothing has been changed."),
                                     g_strerror (saved_errno));
  return FALSE;
}

static LoadResult *
load_folder (const char *folder)
{
  LoadResult *result = g_new0 (LoadResult, 1);
  g_autofree char *path = build_path (folder, "");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  remove_temporary_files (folder);

  /* Never blocks, even on a FIFO, and never reads past the limit. */
  bytes = bpg_json_read_path (path, BPG_DIARY_MAX_FILE_SIZE, BPG_JSON_READ_DEFAULT, &error);
  if (bytes == NULL)
    {
      if (g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        {
          if (check_writable (folder, result))
            load_missing (folder, result);
          return result;
        }
      if (g_error_matches (error, BPG_ERROR, BPG_ERROR_TOO_BIG))
        {
          load_too_big (result);
          return result;
        }

      result->read_only = TRUE;
      /* Translators: %s says why, for example "Permission denied" */
      result->problem = g_strdup_printf (_("Your diary could not be opened (%s). The app will "
                                           "not change it, so nothing is lost."),
                                         error->message);
      return result;
    }

  result->data = bpg_diary_json_read (bytes, BPG_DIARY_FILE_NAME, BPG_DIARY_READ_DEFAULT, &error);
  if (result->data == NULL && g_error_matches (error, BPG_ERROR, BPG_ERROR_NEWER_VERSION))
    load_newer (bytes, result);
  else if (result->data == NULL)
    load_broken (folder, path, error, result);
  else
    {
      /* Sorted here, in the worker thread: the main loop then only checks
       * the order as it fills the model. A file the app wrote is in order
       * already; one written elsewhere may not be. */
      bpg_diary_entries_sort (result->data->entries);
      check_writable (folder, result);
    }

  return result;
}

static gboolean
rotate_backup (const char  *path,
               const char  *bak,
               GError     **error)
{
  g_autofree char *next = g_strconcat (bak, ".new", NULL);
  g_autoptr(GBytes) bytes = NULL;

  /* A hard link keeps the old file as it is, without copying it, and the
   * rename replaces the old backup in one step. The link shares the file's
   * mode, which may be looser than a backup's; the new diary is 0600 too. */
  g_unlink (next);
  if (link (path, next) == 0 && g_chmod (next, 0600) == 0 && g_rename (next, bak) == 0)
    {
      /* After a failed save the backup already is the diary file, and
       * renaming one link of a file over another does nothing at all. */
      g_unlink (next);
      return TRUE;
    }
  g_unlink (next);

  bytes = bpg_json_read_path (path, BPG_DIARY_MAX_FILE_SIZE, BPG_JSON_READ_DEFAULT, error);
  return bytes != NULL &&
         g_file_set_contents_full (bak, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                   G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

static gboolean
prepare_folder (const char  *folder,
                GError     **error)
{
  if (g_mkdir_with_parents (folder, 0700) != 0 || g_chmod (folder, 0700) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   /* Translators: %s says why, for example "Permission denied" */
                   _("The diary folder could not be made private (%s)"),
                   g_strerror (saved_errno));
      return FALSE;
    }

  return TRUE;
}

/* The file to write: the diary, or the file it points to if it is a
 * symbolic link, so that a save never puts a plain file in the link's place
 * and leaves the file it pointed to behind. */
static char *
resolve_links (const char  *path,
               GError     **error)
{
  g_autofree char *target = g_strdup (path);

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *link = g_file_read_link (target, NULL);
      g_autofree char *dir = NULL;

      if (link == NULL)
        return g_steal_pointer (&target);

      dir = g_path_get_dirname (target);
      g_free (target);
      target = g_canonicalize_filename (link, dir);
    }

  g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_LOOP,
               /* Translators: %s says why, in the system's words */
               _("The diary file is a link that leads nowhere (%s)"), g_strerror (ELOOP));
  return NULL;
}

static gboolean
save_snapshot (Op      *op,
               GError **error)
{
  g_autofree char *link = build_path (op->folder, "");
  g_autofree char *bak = build_path (op->folder, ".bak");
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) bak_error = NULL;
  gsize length;
  const char *data;

  if (!prepare_folder (op->folder, error) || !(path = resolve_links (link, error)))
    return FALSE;

  /* The reader's own limit, so the app never writes what it cannot read. */
  bytes = bpg_diary_json_write_checked (op->entries, &op->goal, error);
  if (bytes == NULL)
    return FALSE;
  data = g_bytes_get_data (bytes, &length);

  if (op->rotate && g_file_test (path, G_FILE_TEST_EXISTS) &&
      !rotate_backup (path, bak, &bak_error))
    g_message ("The diary backup could not be updated: %s", bak_error->message);

  return g_file_set_contents_full (path, data, length,
                                   G_FILE_SET_CONTENTS_CONSISTENT | G_FILE_SET_CONTENTS_DURABLE,
                                   0600, error);
}

static gboolean
delete_files (const char  *folder,
              GError     **error)
{
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) local_error = NULL;
  const char *name;
  gboolean ok = TRUE;

  dir = g_dir_open (folder, 0, &local_error);
  if (dir == NULL)
    {
      if (g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  /* The diary, its backup, files put aside and any temporary file. */
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;

      if (!g_str_has_prefix (name, BPG_DIARY_FILE_NAME))
        continue;

      path = g_build_filename (folder, name, NULL);
      if (g_unlink (path) != 0 && errno != ENOENT && ok)
        {
          int saved_errno = errno;

          ok = FALSE;
          g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                       /* Translators: the first %s is a file name, the second says why */
                       _("“%s” could not be deleted (%s)"), name, g_strerror (saved_errno));
        }
    }

  return ok;
}

static void
op_thread (GTask        *task,
           gpointer      source_object,
           gpointer      task_data,
           GCancellable *cancellable)
{
  Op *op = task_data;
  GError *error = NULL;

  switch (op->kind)
    {
    case OP_LOAD:
      g_task_return_pointer (task, load_folder (op->folder), (GDestroyNotify)load_result_free);
      return;

    case OP_SAVE:
      /* A save dropped by a "delete everything" has no snapshot. A failed
       * save leaves no half-written file behind for the next one. */
      if (op->entries != NULL && !save_snapshot (op, &error))
        {
          remove_temporary_files (op->folder);
          g_task_return_error (task, error);
        }
      else
        g_task_return_boolean (task, TRUE);
      return;

    case OP_DELETE_ALL:
      if (!delete_files (op->folder, &error))
        g_task_return_error (task, error);
      else
        g_task_return_boolean (task, TRUE);
      return;

    default:
      g_assert_not_reached ();
    }
}

static void
set_problem (BpgDiaryStore *self,
             const char    *problem)
{
  if (g_strcmp0 (self->problem, problem) == 0)
    return;

  g_free (self->problem);
  self->problem = g_strdup (problem);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROBLEM]);
}

static void
set_backup (BpgDiaryStore *self,
            BpgDiaryData  *backup)
{
  /* An empty backup is nothing to offer. */
  if (backup != NULL && backup->entries->len == 0)
    g_clear_pointer (&backup, bpg_diary_data_free);
  if (self->backup == NULL && backup == NULL)
    return;

  g_clear_pointer (&self->backup, bpg_diary_data_free);
  self->backup = backup;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BACKUP_ENTRIES]);
}

static void
update_unsaved (BpgDiaryStore *self)
{
  gboolean unsaved = self->n_saves > 0 || self->save_error != NULL;

  if (unsaved == self->unsaved)
    return;

  self->unsaved = unsaved;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNSAVED]);
}

static void
set_save_error (BpgDiaryStore *self,
                GError        *error)
{
  if (self->save_error == NULL && error == NULL)
    return;

  g_clear_error (&self->save_error);
  self->save_error = error;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVE_ERROR]);
  update_unsaved (self);
}

static void
finish_load (BpgDiaryStore *self,
             LoadResult    *result)
{
  self->read_only = result->read_only;
  set_problem (self, result->problem);
  set_backup (self, g_steal_pointer (&result->backup));

  self->suppress_save++;
  if (result->data != NULL)
    {
      bpg_diary_model_set_entries (self->model, result->data->entries);
      bpg_diary_model_set_goal (self->model, bpg_diary_goal_is_valid (&result->data->goal)
                                             ? &result->data->goal : NULL);
    }
  self->suppress_save--;

  self->loaded = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
}

static void
op_done_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  BpgDiaryStore *self = BPG_DIARY_STORE (object);
  GTask *task = G_TASK (result);
  Op *op = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  g_assert (task == self->running);
  self->running = NULL;

  switch (op->kind)
    {
    case OP_LOAD:
      {
        LoadResult *loaded = g_task_propagate_pointer (task, NULL);

        finish_load (self, loaded);
        load_result_free (loaded);
        g_task_return_boolean (op->outer, TRUE);
      }
      break;

    case OP_SAVE:
      if (!g_task_propagate_boolean (task, &error))
        g_warning ("The diary could not be saved: %s", error->message);
      /* The error is set first, so that when saving ends, whoever waits
       * for it knows at once whether it worked. */
      set_save_error (self, g_steal_pointer (&error));
      self->n_saves--;
      update_unsaved (self);
      if (self->n_saves == 0)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVING]);
      break;

    case OP_DELETE_ALL:
      if (!g_task_propagate_boolean (task, &error))
        g_task_return_error (op->outer, g_steal_pointer (&error));
      else
        g_task_return_boolean (op->outer, TRUE);
      break;

    default:
      g_assert_not_reached ();
    }

  g_object_unref (task);
  start_next (self);
}

static void
start_next (BpgDiaryStore *self)
{
  if (self->running != NULL || g_queue_is_empty (&self->queue))
    return;

  self->running = g_queue_pop_head (&self->queue);
  g_task_run_in_thread (self->running, op_thread);
}

static void
push_op (BpgDiaryStore *self,
         Op            *op)
{
  GTask *task = g_task_new (self, NULL, op_done_cb, NULL);

  g_task_set_source_tag (task, push_op);
  g_task_set_task_data (task, op, (GDestroyNotify)op_free);
  op->folder = g_strdup (self->folder);
  g_queue_push_tail (&self->queue, task);
  start_next (self);
}

static void
queue_save (BpgDiaryStore *self)
{
  const BpgDiaryGoal *goal = bpg_diary_model_get_goal (self->model);
  GTask *last = g_queue_peek_tail (&self->queue);
  Op *op = last != NULL ? g_task_get_task_data (last) : NULL;

  gboolean queued = op != NULL && op->kind == OP_SAVE;

  /* A save still waiting for its turn (the queue holds only those that
   * have not started) just takes the newer snapshot. */
  if (!queued)
    {
      op = g_new0 (Op, 1);
      op->kind = OP_SAVE;
    }

  g_clear_pointer (&op->entries, g_ptr_array_unref);
  op->entries = bpg_diary_model_dup_entries (self->model);
  op->goal = goal != NULL ? *goal : (BpgDiaryGoal) { 0, };
  /* While a backup is on offer, it stays as it is. */
  op->rotate = self->backup == NULL;

  if (queued)
    return;

  if (self->n_saves++ == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SAVING]);
  update_unsaved (self);
  push_op (self, op);
}

static void
model_changed_cb (BpgDiaryStore *self)
{
  if (self->suppress_save > 0 || self->memory_only)
    return;

  if (!self->loaded || self->read_only)
    {
      g_critical ("The diary was changed while it cannot be saved");
      return;
    }

  queue_save (self);
}

static void
bpg_diary_store_constructed (GObject *object)
{
  BpgDiaryStore *self = (BpgDiaryStore *)object;

  G_OBJECT_CLASS (bpg_diary_store_parent_class)->constructed (object);

  if (self->folder == NULL)
    self->folder = g_build_filename (g_get_user_data_dir (), "back-pain-guide", NULL);

  g_signal_connect_object (self->model, "changed",
                           G_CALLBACK (model_changed_cb), self, G_CONNECT_SWAPPED);
}

static void
bpg_diary_store_dispose (GObject *object)
{
  BpgDiaryStore *self = (BpgDiaryStore *)object;

  /* On a shared computer nothing may outlive the session, not even in
   * memory that is about to be freed. */
  if (self->memory_only && self->model != NULL)
    {
      self->suppress_save++;
      bpg_diary_model_clear (self->model);
      self->suppress_save--;
    }

  G_OBJECT_CLASS (bpg_diary_store_parent_class)->dispose (object);
}

static void
bpg_diary_store_finalize (GObject *object)
{
  BpgDiaryStore *self = (BpgDiaryStore *)object;

  /* Every queued operation holds a reference, so the queue is empty. */
  g_assert (self->running == NULL && g_queue_is_empty (&self->queue));

  g_clear_object (&self->model);
  g_clear_pointer (&self->folder, g_free);
  g_clear_pointer (&self->problem, g_free);
  g_clear_pointer (&self->backup, bpg_diary_data_free);
  g_clear_error (&self->save_error);

  G_OBJECT_CLASS (bpg_diary_store_parent_class)->finalize (object);
}

static void
bpg_diary_store_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BpgDiaryStore *self = BPG_DIARY_STORE (object);

  switch (prop_id)
    {
    case PROP_FOLDER:
      g_value_set_string (value, self->folder);
      break;

    case PROP_MEMORY_ONLY:
      g_value_set_boolean (value, self->memory_only);
      break;

    case PROP_LOADED:
      g_value_set_boolean (value, self->loaded);
      break;

    case PROP_READ_ONLY:
      g_value_set_boolean (value, bpg_diary_store_get_read_only (self));
      break;

    case PROP_SAVING:
      g_value_set_boolean (value, self->n_saves > 0);
      break;

    case PROP_PROBLEM:
      g_value_set_string (value, self->problem);
      break;

    case PROP_SAVE_ERROR:
      g_value_set_boxed (value, self->save_error);
      break;

    case PROP_UNSAVED:
      g_value_set_boolean (value, self->unsaved);
      break;

    case PROP_BACKUP_ENTRIES:
      g_value_set_uint (value, bpg_diary_store_get_backup_entries (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bpg_diary_store_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BpgDiaryStore *self = BPG_DIARY_STORE (object);

  switch (prop_id)
    {
    case PROP_FOLDER:
      self->folder = g_value_dup_string (value);
      break;

    case PROP_MEMORY_ONLY:
      self->memory_only = g_value_get_boolean (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bpg_diary_store_class_init (BpgDiaryStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = bpg_diary_store_constructed;
  object_class->dispose = bpg_diary_store_dispose;
  object_class->finalize = bpg_diary_store_finalize;
  object_class->get_property = bpg_diary_store_get_property;
  object_class->set_property = bpg_diary_store_set_property;

  properties[PROP_FOLDER] =
    g_param_spec_string ("folder", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MEMORY_ONLY] =
    g_param_spec_boolean ("memory-only", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOADED] =
    g_param_spec_boolean ("loaded", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL,
                          TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SAVING] =
    g_param_spec_boolean ("saving", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PROBLEM] =
    g_param_spec_string ("problem", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SAVE_ERROR] =
    g_param_spec_boxed ("save-error", NULL, NULL,
                        G_TYPE_ERROR,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * BpgDiaryStore:unsaved:
   *
   * Whether the diary holds changes that are not on disk: a save is still
   * running, or the last one failed. Quitting now would lose them.
   */
  properties[PROP_UNSAVED] =
    g_param_spec_boolean ("unsaved", NULL, NULL,
                          FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BACKUP_ENTRIES] =
    g_param_spec_uint ("backup-entries", NULL, NULL,
                       0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bpg_diary_store_init (BpgDiaryStore *self)
{
  self->model = bpg_diary_model_new ();
  g_queue_init (&self->queue);
}

/**
 * bpg_diary_store_new:
 * @folder: (nullable): where to keep the diary; %NULL for the user's data
 *   folder, `$XDG_DATA_HOME/back-pain-guide`
 * @memory_only: keep the diary in memory only and never read or write a
 *   file, as on a shared computer
 *
 * Returns: (transfer full): a store; call bpg_diary_store_load_async() next
 */
BpgDiaryStore *
bpg_diary_store_new (const char *folder,
                     gboolean    memory_only)
{
  return g_object_new (BPG_TYPE_DIARY_STORE,
                       "folder", folder,
                       "memory-only", memory_only,
                       NULL);
}

/**
 * bpg_diary_store_get_model:
 *
 * Returns: (transfer none): the diary
 */
BpgDiaryModel *
bpg_diary_store_get_model (BpgDiaryStore *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_STORE (self), NULL);

  return self->model;
}

const char *
bpg_diary_store_get_folder (BpgDiaryStore *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_STORE (self), NULL);

  return self->folder;
}

/**
 * bpg_diary_store_dup_path:
 *
 * Returns: (transfer full): the diary file's full path
 */
char *
bpg_diary_store_dup_path (BpgDiaryStore *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_STORE (self), NULL);

  return build_path (self->folder, "");
}

gboolean
bpg_diary_store_get_memory_only (BpgDiaryStore *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_STORE (self), FALSE);

  return self->memory_only;
}

gboolean
bpg_diary_store_get_loaded (BpgDiaryStore *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_STORE (self), FALSE);

  return self->loaded;
}

/**
 * bpg_diary_store_get_read_only:
 *
 * Returns: whether the diary must not be changed: it is not loaded yet, it
 *   is from a newer version, or it could not be opened
 */
gboolean
bpg_diary_store_get_read_only (BpgDiaryStore *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_STORE (self), TRUE);

  return !self->loaded || self->read_only;
}

/**
 * bpg_diary_store_get_saving:
 *
 * Returns: whether a change is still being written; the app should not quit
 *   until it is done
 */
gboolean
bpg_diary_store_get_saving (BpgDiaryStore *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_STORE (self), FALSE);

  return self->n_saves > 0;
}

/**
 * bpg_diary_store_get_unsaved:
 *
 * Returns: whether some changes are not on disk yet, because a save is
 *   still running or the last one failed (see
 *   bpg_diary_store_get_save_error())
 */
gboolean
bpg_diary_store_get_unsaved (BpgDiaryStore *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_STORE (self), FALSE);

  return self->unsaved;
}

/**
 * bpg_diary_store_get_problem:
 *
 * Returns: (nullable): what went wrong opening the diary, in plain words
 */
const char *
bpg_diary_store_get_problem (BpgDiaryStore *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_STORE (self), NULL);

  return self->problem;
}

/**
 * bpg_diary_store_get_save_error:
 *
 * Returns: (nullable): why the last save failed, until one succeeds
 */
const GError *
bpg_diary_store_get_save_error (BpgDiaryStore *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_STORE (self), NULL);

  return self->save_error;
}

/**
 * bpg_diary_store_get_backup_entries:
 *
 * Returns: how many entries the backup on offer holds, or 0 if none is
 *   on offer
 */
guint
bpg_diary_store_get_backup_entries (BpgDiaryStore *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_STORE (self), 0);

  return self->backup != NULL ? self->backup->entries->len : 0;
}

/**
 * bpg_diary_store_load_async:
 *
 * Reads the diary in a worker thread. Loading always ends with a diary the
 * patient can use; what went wrong, if anything, is in #BpgDiaryStore:problem.
 */
void
bpg_diary_store_load_async (BpgDiaryStore       *self,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Op *op;

  g_return_if_fail (BPG_IS_DIARY_STORE (self));
  g_return_if_fail (!self->loaded);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, bpg_diary_store_load_async);

  if (self->memory_only)
    {
      self->loaded = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADED]);
      g_task_return_boolean (task, TRUE);
      return;
    }

  op = g_new0 (Op, 1);
  op->kind = OP_LOAD;
  op->outer = g_steal_pointer (&task);
  push_op (self, op);
}

gboolean
bpg_diary_store_load_finish (BpgDiaryStore  *self,
                             GAsyncResult   *result,
                             GError        **error)
{
  g_return_val_if_fail (BPG_IS_DIARY_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == bpg_diary_store_load_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * bpg_diary_store_restore_backup:
 *
 * Adds the entries of the backup on offer to the diary (an entry in both
 * keeps its most recently changed copy) and saves.
 *
 * Returns: how many entries were added or updated
 */
guint
bpg_diary_store_restore_backup (BpgDiaryStore *self)
{
  g_autoptr(BpgDiaryData) backup = NULL;
  g_autoptr(GPtrArray) mine = NULL;
  g_autoptr(GPtrArray) merged = NULL;
  guint changed = 0;

  g_return_val_if_fail (BPG_IS_DIARY_STORE (self), 0);
  g_return_val_if_fail (!bpg_diary_store_get_read_only (self), 0);

  if (self->backup == NULL)
    return 0;

  /* In one step, so the diary is saved once, not once an entry. */
  backup = g_steal_pointer (&self->backup);
  mine = bpg_diary_model_dup_entries (self->model);
  merged = bpg_diary_merge_entries (mine, backup->entries, &changed);
  if (changed > 0)
    bpg_diary_model_set_entries (self->model, merged);

  if (bpg_diary_model_get_goal (self->model) == NULL && bpg_diary_goal_is_valid (&backup->goal))
    bpg_diary_model_set_goal (self->model, &backup->goal);

  set_problem (self, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BACKUP_ENTRIES]);

  return changed;
}

/**
 * bpg_diary_store_retry_save:
 *
 * Tries again to save, after a save failed.
 */
void
bpg_diary_store_retry_save (BpgDiaryStore *self)
{
  g_return_if_fail (BPG_IS_DIARY_STORE (self));

  if (!self->memory_only && !bpg_diary_store_get_read_only (self))
    queue_save (self);
}

/**
 * bpg_diary_store_dismiss_problem:
 *
 * Forgets the message about opening the diary, once the patient has read it.
 * A backup on offer stays on offer.
 */
void
bpg_diary_store_dismiss_problem (BpgDiaryStore *self)
{
  g_return_if_fail (BPG_IS_DIARY_STORE (self));

  set_problem (self, NULL);
}

/**
 * bpg_diary_store_delete_all_async:
 *
 * Deletes every entry and the goal, and every diary file in the folder: the
 * diary, its backup, any file put aside and any temporary file. Saves still
 * waiting are dropped; later changes are saved afresh.
 */
void
bpg_diary_store_delete_all_async (BpgDiaryStore       *self,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Op *op;

  g_return_if_fail (BPG_IS_DIARY_STORE (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, bpg_diary_store_delete_all_async);

  /* Drop saves that have not started: their snapshots hold the entries. */
  for (GList *l = self->queue.head; l != NULL; l = l->next)
    {
      Op *queued = g_task_get_task_data (l->data);

      if (queued->kind == OP_SAVE)
        g_clear_pointer (&queued->entries, g_ptr_array_unref);
    }

  self->suppress_save++;
  bpg_diary_model_clear (self->model);
  self->suppress_save--;
  set_backup (self, NULL);
  set_problem (self, NULL);
  set_save_error (self, NULL);

  if (self->memory_only)
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  op = g_new0 (Op, 1);
  op->kind = OP_DELETE_ALL;
  op->outer = g_steal_pointer (&task);
  push_op (self, op);
}

gboolean
bpg_diary_store_delete_all_finish (BpgDiaryStore  *self,
                                   GAsyncResult   *result,
                                   GError        **error)
{
  g_return_val_if_fail (BPG_IS_DIARY_STORE (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == bpg_diary_store_delete_all_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * bpg_diary_is_shared_computer:
 * @settings: (nullable): the app's settings
 *
 * An administrator can mark a computer as shared, for example in a library,
 * with the "shared-computer" setting or, where settings cannot be set for
 * everyone (as under Flatpak), the environment variable
 * %BPG_SHARED_COMPUTER_ENV set to 1.
 *
 * Returns: whether the diary must be kept in memory only
 */
gboolean
bpg_diary_is_shared_computer (GSettings *settings)
{
  const char *env = g_getenv (BPG_SHARED_COMPUTER_ENV);
  g_autoptr(GSettingsSchema) schema = NULL;

  if (env != NULL && (g_str_equal (env, "1") || g_ascii_strcasecmp (env, "true") == 0 ||
                      g_ascii_strcasecmp (env, "yes") == 0))
    return TRUE;

  if (settings == NULL)
    return FALSE;

  g_object_get (settings, "settings-schema", &schema, NULL);
  return g_settings_schema_has_key (schema, "shared-computer") &&
         g_settings_get_boolean (settings, "shared-computer");
}
