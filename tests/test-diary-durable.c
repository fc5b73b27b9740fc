/* test-diary-durable.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bpg-diary-json.h"
#include "bpg-diary-store.h"
#include "test-diary-util.h"

/* A save must reach the disk in an order that survives a power cut: the new
 * text is written to a temporary file and synced, only then renamed over
 * diary.json, and the folder is synced after the rename, before the save is
 * reported. A crash test (SIGKILL) cannot see this: the kernel keeps what
 * was written either way. So this test puts its own fsync(), fdatasync()
 * and rename() in front of the C library's (the program is linked with
 * --export-dynamic, so GLib calls these) and records, for files in the
 * test's folder, what was synced, how big it was then, and what was renamed.
 * It needs no LD_PRELOAD, so it runs in the sanitizer build too.
 *
 * GLib 2.74's g_file_set_contents_full() does the syncing itself: the
 * temporary file before the rename and the folder after it. */

typedef enum
{
  EVENT_SYNC,
  EVENT_RENAME,
} EventKind;

typedef struct
{
  EventKind  kind;
  char      *path;    /* synced, or renamed from */
  char      *to;      /* renamed to */
  gint64     size;    /* of the file when synced */
} Event;

static GMutex events_lock;
static GPtrArray *events;     /* of Event, while recording */
static char *watched;         /* the folder whose files are recorded */

static void
event_free (Event *event)
{
  g_free (event->path);
  g_free (event->to);
  g_free (event);
}

static char *
fd_path (int fd)
{
  char link[64];
  char target[4096];
  ssize_t n;

  g_snprintf (link, sizeof link, "/proc/self/fd/%d", fd);
  n = readlink (link, target, sizeof target - 1);
  if (n < 0)
    return NULL;
  target[n] = '\0';
  return g_strdup (target);
}

static char *
absolute (const char *path)
{
  char *real = realpath (path, NULL);

  if (real != NULL)
    return real;
  /* A name that does not exist yet: its folder does. */
  {
    g_autofree char *dir = g_path_get_dirname (path);
    g_autofree char *base = g_path_get_basename (path);
    g_autofree char *real_dir = realpath (dir, NULL);

    return real_dir != NULL ? g_build_filename (real_dir, base, NULL) : g_strdup (path);
  }
}

static gboolean
is_watched (const char *path)
{
  return watched != NULL && path != NULL &&
         (g_str_equal (path, watched) ||
          (g_str_has_prefix (path, watched) && path[strlen (watched)] == '/'));
}

static void
record (Event *event)
{
  g_mutex_lock (&events_lock);
  if (events != NULL && (is_watched (event->path) || is_watched (event->to)))
    {
      g_ptr_array_add (events, event);
      event = NULL;
    }
  g_mutex_unlock (&events_lock);
  if (event != NULL)
    event_free (event);
}

static void
record_sync (int fd)
{
  Event *event = g_new0 (Event, 1);
  struct stat st;

  event->kind = EVENT_SYNC;
  event->path = fd_path (fd);
  event->size = fstat (fd, &st) == 0 ? st.st_size : -1;
  record (event);
}

int
fsync (int fd)
{
  static int (*real) (int);

  if (real == NULL)
    real = (int (*) (int))dlsym (RTLD_NEXT, "fsync");
  record_sync (fd);
  return real (fd);
}

int
fdatasync (int fd)
{
  static int (*real) (int);

  if (real == NULL)
    real = (int (*) (int))dlsym (RTLD_NEXT, "fdatasync");
  record_sync (fd);
  return real (fd);
}

static void
record_rename (const char *from,
               const char *to,
               int         result)
{
  Event *event;

  if (result != 0)
    return;
  event = g_new0 (Event, 1);
  event->kind = EVENT_RENAME;
  event->to = absolute (to);
  {
    g_autofree char *dir = g_path_get_dirname (event->to);
    g_autofree char *base = g_path_get_basename (from);

    event->path = g_build_filename (dir, base, NULL);
  }
  record (event);
}

int
rename (const char *from,
        const char *to)
{
  static int (*real) (const char *, const char *);
  int result;

  if (real == NULL)
    real = (int (*) (const char *, const char *))dlsym (RTLD_NEXT, "rename");
  result = real (from, to);
  record_rename (from, to, result);
  return result;
}

int
renameat (int         from_dir,
          const char *from,
          int         to_dir,
          const char *to)
{
  static int (*real) (int, const char *, int, const char *);
  int result;

  if (real == NULL)
    real = (int (*) (int, const char *, int, const char *))dlsym (RTLD_NEXT, "renameat");
  result = real (from_dir, from, to_dir, to);
  /* Only names relative to the working folder, or absolute ones. */
  if (from_dir == AT_FDCWD && to_dir == AT_FDCWD)
    record_rename (from, to, result);
  return result;
}

static void
start_recording (const char *folder)
{
  g_mutex_lock (&events_lock);
  g_clear_pointer (&events, g_ptr_array_unref);
  events = g_ptr_array_new_with_free_func ((GDestroyNotify)event_free);
  g_free (watched);
  watched = absolute (folder);
  g_mutex_unlock (&events_lock);
}

static GPtrArray *
stop_recording (void)
{
  GPtrArray *out;

  g_mutex_lock (&events_lock);
  out = g_steal_pointer (&events);
  g_mutex_unlock (&events_lock);
  return out;
}

static void
wait_for (BpgDiaryStore *store)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while ((!bpg_diary_store_get_loaded (store) || bpg_diary_store_get_saving (store)) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);

  g_assert_true (bpg_diary_store_get_loaded (store));
  g_assert_false (bpg_diary_store_get_saving (store));
  g_assert_null (bpg_diary_store_get_save_error (store));
}

static char *
describe (GPtrArray *log)
{
  GString *out = g_string_new ("");

  for (guint i = 0; i < log->len; i++)
    {
      Event *event = g_ptr_array_index (log, i);

      if (event->kind == EVENT_SYNC)
        g_string_append_printf (out, "  %u: fsync %s (%" G_GINT64_FORMAT " bytes)\n",
                                i, event->path, event->size);
      else
        g_string_append_printf (out, "  %u: rename %s -> %s\n", i, event->path, event->to);
    }
  return g_string_free (out, FALSE);
}

/* Checks the order of one save of @folder's diary.json. @replacing: the save
 * replaced a diary already on disk, which must never be swapped for a file
 * whose text is not on the disk yet. */
static void
check_durable_order (GPtrArray  *log,
                     const char *folder,
                     gboolean    replacing)
{
  g_autofree char *dir = absolute (folder);
  g_autofree char *diary = g_build_filename (dir, "diary.json", NULL);
  g_autofree char *history = describe (log);
  g_autofree char *temporary = NULL;
  GStatBuf st;
  int renamed = -1, data_synced = -1, dir_synced = -1;

  g_assert_cmpint (g_stat (diary, &st), ==, 0);
  g_test_message ("What the save did:\n%s", history);

  for (guint i = 0; i < log->len; i++)
    {
      Event *event = g_ptr_array_index (log, i);

      if (event->kind == EVENT_RENAME && g_str_equal (event->to, diary))
        {
          renamed = i;
          g_free (temporary);
          temporary = g_strdup (event->path);
        }
    }
  if (renamed < 0)
    g_error ("The new diary was never renamed onto diary.json:\n%s", history);
  g_assert_true (g_str_has_prefix (temporary, diary));

  for (guint i = 0; i < log->len; i++)
    {
      Event *event = g_ptr_array_index (log, i);

      if (event->kind != EVENT_SYNC)
        continue;
      /* The whole new text is synced: as the temporary file before the
       * rename, or as diary.json after it. */
      if (((int)i < renamed && g_str_equal (event->path, temporary)) ||
          ((int)i > renamed && g_str_equal (event->path, diary)))
        if (event->size == (gint64)st.st_size && data_synced < 0)
          data_synced = i;
      if ((int)i > renamed && g_str_equal (event->path, dir))
        dir_synced = i;
    }

  if (data_synced < 0)
    g_error ("The diary's new text (%" G_GINT64_FORMAT " bytes) was never synced to the "
             "disk:\n%s", (gint64)st.st_size, history);
  if (replacing && data_synced > renamed)
    g_error ("The old diary was replaced by a file not yet on the disk: a power cut there "
             "loses both:\n%s", history);
  if (dir_synced < 0)
    g_error ("The folder was never synced after the rename, so the new name may not be "
             "on the disk:\n%s", history);
  g_assert_cmpint (dir_synced, >, data_synced);
}

static void
test_durable_order (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *tmp = g_dir_make_tmp ("bpg-durable-XXXXXX", &error);
  g_autofree char *folder = NULL;
  g_autoptr(BpgDiaryStore) store = NULL;
  BpgDiaryModel *model;

  g_assert_no_error (error);
  folder = g_build_filename (tmp, "back-pain-guide", NULL);
  store = bpg_diary_store_new (folder, FALSE);
  bpg_diary_store_load_async (store, NULL, NULL, NULL);
  wait_for (store);
  model = bpg_diary_store_get_model (store);

  /* The first save makes diary.json; the next ones replace it. */
  for (guint n = 0; n < 3; n++)
    {
      g_autoptr(GPtrArray) log = NULL;

      start_recording (tmp);
      bpg_diary_model_add (model, diary_numbered_entry (n));
      wait_for (store);
      log = stop_recording ();
      check_durable_order (log, folder, n > 0);
    }

  g_clear_object (&store);
  {
    const char *names[] = { "diary.json", "diary.json.bak" };

    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        g_autofree char *path = g_build_filename (folder, names[i], NULL);
        g_unlink (path);
      }
    g_rmdir (folder);
    g_rmdir (tmp);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/diary-store/durable-order", test_durable_order);

  return g_test_run ();
}
