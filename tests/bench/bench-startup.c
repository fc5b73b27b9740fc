/* bench-startup.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How quickly the app shows its window, and how much memory it then holds,
 * next to the smallest libadwaita window (bench-baseline.c: a header bar and
 * a status page), built with the benchmark.
 *
 *   Xvfb :99 -screen 0 1280x1024x24 -nolisten tcp -noreset &
 *   DISPLAY=:99 dbus-run-session -- BUILD/tests/bench/bench-startup [RUNS]
 *
 * The two programs are started by turns, RUNS times each (10 unless given),
 * so that a busy machine slows both alike. Start-up is the time from the
 * spawn to the end of the first frame drawn in the window (both print it on
 * their frame clock's first "after-paint" when BPG_BENCH_FIRST_FRAME is set);
 * memory is the resident set (RSS) and the proportional set (PSS) one second
 * after that frame, from /proc. Medians are printed, with the ratios of app
 * to baseline; the goals are 1.15 for start-up and 1.08 for memory. */

#include <glib.h>
#include <glib/gstdio.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>

#define DEFAULT_RUNS 10
#define FRAME_TIMEOUT_MS 20000

typedef struct
{
  double startup_ms;
  double rss_mb;
  double pss_mb;
} Sample;

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  if (values->len == 0)
    return 0;
  if (values->len % 2 == 1)
    return g_array_index (values, double, values->len / 2);
  return (g_array_index (values, double, values->len / 2 - 1) +
          g_array_index (values, double, values->len / 2)) / 2;
}

/* Reads "Rss:" and "Pss:" of /proc/PID/smaps_rollup, in megabytes. */
static gboolean
read_memory (GPid    pid,
             double *rss_mb,
             double *pss_mb)
{
  g_autofree char *path = g_strdup_printf ("/proc/%d/smaps_rollup", (int)pid);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &text, NULL, NULL))
    return FALSE;

  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "Rss:"))
        *rss_mb = g_ascii_strtod (lines[i] + 4, NULL) / 1024.0;
      else if (g_str_has_prefix (lines[i], "Pss:"))
        *pss_mb = g_ascii_strtod (lines[i] + 4, NULL) / 1024.0;
    }
  return TRUE;
}

/* Waits for the "first-frame TIME" line on @fd. */
static gboolean
read_first_frame (int     fd,
                  gint64 *frame_time)
{
  char buffer[256];
  gsize length = 0;
  gint64 deadline = g_get_monotonic_time () + FRAME_TIMEOUT_MS * 1000;

  while (length < sizeof buffer - 1)
    {
      struct pollfd poll_fd = { fd, POLLIN, 0 };
      int timeout = (int)((deadline - g_get_monotonic_time ()) / 1000);
      ssize_t n;

      if (timeout <= 0 || poll (&poll_fd, 1, timeout) <= 0)
        return FALSE;
      n = read (fd, buffer + length, sizeof buffer - 1 - length);
      if (n <= 0)
        return FALSE;
      length += n;
      buffer[length] = '\0';

      {
        const char *line = strstr (buffer, "first-frame ");
        if (line != NULL && strchr (line, '\n') != NULL)
          {
            *frame_time = g_ascii_strtoll (line + strlen ("first-frame "), NULL, 10);
            return TRUE;
          }
      }
    }

  return FALSE;
}

static gboolean
run_once (const char *program,
          Sample     *sample)
{
  const char *argv[] = { program, NULL };
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  gint64 start, frame_time;
  GPid pid;
  int out_fd, status;
  gboolean ok;

  env = g_environ_setenv (env, "BPG_BENCH_FIRST_FRAME", "1", TRUE);
  /* Neither program may keep what the last run left in the settings. */
  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "memory", TRUE);
  /* Settings in memory never remember the first-start question's answer:
   * say it is the person's own computer, so the window comes straight up. */
  env = g_environ_setenv (env, "BPG_SHARED_COMPUTER", "0", TRUE);

  start = g_get_monotonic_time ();
  if (!g_spawn_async_with_pipes (NULL, (char **)argv, env, G_SPAWN_DO_NOT_REAP_CHILD,
                                 NULL, NULL, &pid, NULL, &out_fd, NULL, &error))
    {
      g_printerr ("%s could not be started: %s\n", program, error->message);
      return FALSE;
    }

  ok = read_first_frame (out_fd, &frame_time);
  if (ok)
    {
      sample->startup_ms = (frame_time - start) / 1000.0;
      g_usleep (MAX (0, frame_time + G_USEC_PER_SEC - g_get_monotonic_time ()));
      ok = read_memory (pid, &sample->rss_mb, &sample->pss_mb);
    }
  else
    g_printerr ("%s drew no frame in %d s\n", program, FRAME_TIMEOUT_MS / 1000);

  kill (pid, SIGTERM);
  waitpid (pid, &status, 0);
  g_spawn_close_pid (pid);
  close (out_fd);
  return ok;
}

static void
print_row (const char *name,
           GArray     *startup,
           GArray     *rss,
           GArray     *pss,
           double     *medians)
{
  medians[0] = median (startup);
  medians[1] = median (rss);
  medians[2] = median (pss);
  printf ("%-10s %12.1f %12.1f %12.1f\n", name, medians[0], medians[1], medians[2]);
}

int
main (int   argc,
      char *argv[])
{
  int runs = argc > 1 ? atoi (argv[1]) : DEFAULT_RUNS;
  const char *app = g_getenv ("BPG_BENCH_APP") ? g_getenv ("BPG_BENCH_APP") : BENCH_APP;
  GArray *values[2][3];
  GArray *pair_ratios[3];
  double app_median[3], base_median[3];

  if (runs < 1 || g_getenv ("DISPLAY") == NULL)
    {
      g_printerr ("Usage: DISPLAY=:N dbus-run-session -- %s [RUNS]\n", argv[0]);
      return 2;
    }
  /* The app reads its settings' schema from the build. */
  if (g_getenv ("GSETTINGS_SCHEMA_DIR") == NULL)
    g_setenv ("GSETTINGS_SCHEMA_DIR", BENCH_SCHEMA_DIR, TRUE);

  for (guint p = 0; p < 2; p++)
    for (guint k = 0; k < 3; k++)
      values[p][k] = g_array_new (FALSE, FALSE, sizeof (double));
  for (guint k = 0; k < 3; k++)
    pair_ratios[k] = g_array_new (FALSE, FALSE, sizeof (double));

  /* One of each first, unmeasured, so both start from warm file caches. */
  {
    Sample warm;
    if (!run_once (app, &warm) || !run_once (BENCH_BASELINE, &warm))
      return 1;
  }

  for (int i = 0; i < runs; i++)
    {
      const char *programs[2] = { app, BENCH_BASELINE };

      for (guint p = 0; p < 2; p++)
        {
          Sample sample;

          if (!run_once (programs[p], &sample))
            return 1;
          g_array_append_val (values[p][0], sample.startup_ms);
          g_array_append_val (values[p][1], sample.rss_mb);
          g_array_append_val (values[p][2], sample.pss_mb);
        }

      /* Each run of the app against the baseline's run just after it. */
      for (guint k = 0; k < 3; k++)
        {
          double ratio = g_array_index (values[0][k], double, i) /
                         g_array_index (values[1][k], double, i);

          g_array_append_val (pair_ratios[k], ratio);
        }
    }

  printf ("medians of %d runs each   start-up ms       RSS MB       PSS MB\n", runs);
  print_row ("app", values[0][0], values[0][1], values[0][2], app_median);
  print_row ("baseline", values[1][0], values[1][1], values[1][2], base_median);
  printf ("%-10s %11.2fx %11.2fx %11.2fx   (goals: 1.15x start-up, 1.08x memory)\n", "ratio",
          app_median[0] / base_median[0], app_median[1] / base_median[1],
          app_median[2] / base_median[2]);
  /* Steadier on a busy machine: each pair's ratio, then their median. */
  printf ("%-10s %11.2fx %11.2fx %11.2fx   (median of the %d pairs' ratios)\n", "pairs",
          median (pair_ratios[0]), median (pair_ratios[1]), median (pair_ratios[2]), runs);

  for (guint p = 0; p < 2; p++)
    for (guint k = 0; k < 3; k++)
      g_array_unref (values[p][k]);
  for (guint k = 0; k < 3; k++)
    g_array_unref (pair_ratios[k]);
  return 0;
}
