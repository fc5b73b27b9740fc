/* bench-diary-view.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Opening a ten-year diary (3,650 daily entries) in the app's window: how
 * long until the diary area is usable, whether the window freezes on the
 * way, and how much memory the diary adds.
 *
 *   Xvfb :99 -screen 0 1280x1024x24 -nolisten tcp -noreset &
 *   DISPLAY=:99 dbus-run-session -- BUILD/tests/bench/bench-diary-view [-v]
 *
 * The diary is written to a folder of its own (XDG_DATA_HOME). The window
 * opens on the advice; once it has settled, the diary area is shown while
 * a tick callback keeps frames coming and a 1 ms timer probes the main loop.
 * "Usable" is the first frame drawn after the diary is read. A stall is the
 * longest time the main loop did not run the probe, and the longest gap
 * between frames; a 60 Hz frame is 16.7 ms. The main thread's CPU time in
 * the longest stall is its own work: the rest of the stall it waited, for
 * the X server or for a core (another process, or the virtual machine's
 * host, had it). -v lists every stall longer than a frame, with its CPU
 * time, every gap longer than one and a half, and each frame's work and
 * drawing when longer than a frame. Memory is the resident set
 * before showing the area and one second after it is usable, next to what
 * the same entries take in a process that only reads them (the store alone,
 * run as a child with --core) and to the file's size.
 *
 * Last, each area is shown again once it has been made: the longest stall
 * then is what changing the whole window's content costs on this machine
 * whatever the area holds, the floor under the diary's first showing. The
 * same change in a bare libadwaita window of the same size (a header bar
 * over a status page, swapped for another) shows how much of that floor is
 * the machine's and the toolkit's. */

#include "config.h"

#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "bpg-context.h"
#include "bpg-diary-json.h"
#include "bpg-diary-summary.h"
#include "bpg-diary-view.h"
#include "bpg-window.h"

#define N_ENTRIES 3650
#define FRAME_MS  16.7

typedef struct
{
  gint64   last_probe;
  double   last_probe_cpu;  /* the main thread's CPU time then */
  gint64   max_probe_gap;
  double   max_probe_gap_cpu;  /* the main thread's CPU time in it */
  gint64   last_frame;
  gint64   max_frame_gap;
  guint    long_frames;
  gint64   usable;
  gint64   shown;
  gboolean measuring;
  BpgContext *context;  /* its store, once the area opens the diary */
} Probe;

static gboolean verbose;
static guint n_entries = N_ENTRIES;
static gint64 phase_start;
static gint64 area_shown;  /* -v: when the area being walked was shown */

/* -v: how long each frame's layout and drawing took, when over a frame. */
static void
phase_start_cb (GdkFrameClock *clock)
{
  phase_start = g_get_monotonic_time ();
}

static void
layout_done_cb (GdkFrameClock *clock)
{
  gint64 now = g_get_monotonic_time ();

  if (now - phase_start > FRAME_MS * 1000)
    printf ("    layout took %.1f ms, %.0f ms after the area was shown\n",
            (now - phase_start) / 1000.0, (phase_start - area_shown) / 1000.0);
  phase_start = now;
}

static void
paint_done_cb (GdkFrameClock *clock)
{
  gint64 now = g_get_monotonic_time ();

  if (now - phase_start > FRAME_MS * 1000)
    printf ("    drawing took %.1f ms, %.0f ms after the area was shown\n",
            (now - phase_start) / 1000.0, (phase_start - area_shown) / 1000.0);
}

/* The CPU time the main thread has used, in milliseconds (not the thread
 * that reads the diary meanwhile). */
static double
cpu_ms (void)
{
  struct timespec time;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &time);
  return time.tv_sec * 1000.0 + time.tv_nsec / 1e6;
}

static double
rss_mb (void)
{
  g_autofree char *text = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/smaps_rollup", &text, NULL, NULL) ||
      (line = strstr (text, "\nRss:")) == NULL)
    return 0;
  return g_ascii_strtod (line + strlen ("\nRss:"), NULL) / 1024.0;
}

static void
spin_for (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    if (!g_main_context_iteration (NULL, FALSE))
      g_usleep (500);
}

static GBytes *
make_diary (void)
{
  static const char * const notes[] = {
    NULL,
    "Walked to the shops and back. Leg felt tight after sitting at work all morning.",
    "Bad night. Took painkillers before bed.",
    NULL,
    "Did the exercises twice today, and a longer walk with the dog in the park, about forty minutes.",
  };
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  GDate date;

  /* Ten years ending today, so the chart and the summary have data. */
  g_date_clear (&date, 1);
  g_date_set_julian (&date, bpg_diary_today () - (n_entries - 1));
  for (guint n = 0; n < n_entries; n++)
    {
      g_autofree char *id = g_uuid_string_random ();
      BpgDiaryEntry *entry = bpg_diary_entry_new_with_id (id, &date);

      bpg_diary_entry_set_created (entry, 1451606400 + n * 86400);
      bpg_diary_entry_set_updated (entry, 1451606400 + n * 86400);
      bpg_diary_entry_set_back_pain (entry, n % 11);
      bpg_diary_entry_set_leg_pain (entry, (n * 7) % 11);
      bpg_diary_entry_set_minutes (entry, BPG_ACTIVITY_WALKING, 10 + (n * 13) % 60);
      bpg_diary_entry_set_exercise (entry, "knee-rolls", 2, 10);
      if (n % 2 == 0)
        bpg_diary_entry_set_exercise (entry, "bridge", 3, 8);
      bpg_diary_entry_set_sleep (entry, 6 + (n % 5) / 2.0);
      bpg_diary_entry_set_mood (entry, 1 + n % 5);
      bpg_diary_entry_set_notes (entry, notes[n % G_N_ELEMENTS (notes)]);
      g_ptr_array_add (entries, entry);
      g_date_add_days (&date, 1);
    }

  return bpg_diary_json_write (entries, NULL);
}

/* --core: the store alone reads the diary; prints the memory it added. */
static int
run_core (void)
{
  g_autoptr(BpgDiaryStore) store = NULL;
  double before;

  spin_for (200);
  before = rss_mb ();
  store = bpg_diary_store_new (NULL, FALSE);
  bpg_diary_store_load_async (store, NULL, NULL, NULL);
  while (!bpg_diary_store_get_loaded (store))
    g_main_context_iteration (NULL, TRUE);
  spin_for (500);
  printf ("%.2f %u\n", rss_mb () - before,
          g_list_model_get_n_items (G_LIST_MODEL (bpg_diary_store_get_model (store))));
  return 0;
}

static gboolean
probe_cb (gpointer user_data)
{
  Probe *probe = user_data;
  gint64 now = g_get_monotonic_time ();
  double cpu = cpu_ms ();

  if (probe->measuring && probe->last_probe != 0 &&
      now - probe->last_probe > probe->max_probe_gap)
    {
      probe->max_probe_gap = now - probe->last_probe;
      probe->max_probe_gap_cpu = cpu - probe->last_probe_cpu;
    }
  if (verbose && probe->measuring && probe->last_probe != 0 &&
      now - probe->last_probe > FRAME_MS * 1000)
    printf ("  stall of %.1f ms (%.1f ms of CPU time), ending %.1f ms after the area was shown\n",
            (now - probe->last_probe) / 1000.0, cpu - probe->last_probe_cpu,
            (now - probe->shown) / 1000.0);
  probe->last_probe = now;
  probe->last_probe_cpu = cpu;
  return G_SOURCE_CONTINUE;
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  Probe *probe = user_data;
  gint64 now = g_get_monotonic_time ();
  BpgDiaryStore *store = probe->context != NULL ? bpg_context_get_diary_store (probe->context) : NULL;

  if (probe->measuring && probe->last_frame != 0)
    {
      gint64 gap = now - probe->last_frame;

      probe->max_frame_gap = MAX (probe->max_frame_gap, gap);
      if (gap > 1.5 * FRAME_MS * 1000)
        {
          probe->long_frames++;
          if (verbose)
            printf ("  gap of %.1f ms between frames, ending %.1f ms after the area was shown\n",
                    gap / 1000.0, (now - probe->shown) / 1000.0);
        }
    }
  probe->last_frame = now;

  if (probe->usable == 0 && store != NULL && bpg_diary_store_get_loaded (store))
    probe->usable = now;
  return G_SOURCE_CONTINUE;
}

/* The longest stall while an area already made is shown again. */
static double
show_again (BpgWindow  *window,
            Probe      *probe,
            const char *area)
{
  spin_for (500);
  probe->max_probe_gap = 0;
  probe->last_probe = 0;
  probe->measuring = TRUE;
  probe->shown = area_shown = g_get_monotonic_time ();
  if (verbose)
    printf ("  %s again:\n", area);
  bpg_window_show_area (window, area);
  spin_for (500);
  probe->measuring = FALSE;
  return probe->max_probe_gap / 1000.0;
}

/* The same change in the plainest window libadwaita makes, of the same
 * size: a header bar over one of two status pages, one swapped for the
 * other. Its longest stall is what any change of a whole window costs
 * here, whatever app draws it. */
static double
bare_window_floor (Probe *probe)
{
  GtkWidget *window = adw_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *stack = gtk_stack_new ();
  double longest = 0;

  for (guint i = 0; i < 2; i++)
    {
      GtkWidget *page = adw_status_page_new ();

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), "dialog-information-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (page), i == 0 ? "First Page" : "Second Page");
      adw_status_page_set_description (ADW_STATUS_PAGE (page), "A page with little on it.");
      gtk_stack_add_named (GTK_STACK (stack), page, i == 0 ? "first" : "second");
    }
  gtk_widget_set_vexpand (stack, TRUE);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), stack);
  adw_window_set_content (ADW_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 800);
  gtk_window_present (GTK_WINDOW (window));
  spin_for (1000);

  for (guint i = 0; i < 4; i++)
    {
      probe->max_probe_gap = 0;
      probe->last_probe = 0;
      probe->measuring = TRUE;
      gtk_stack_set_visible_child_name (GTK_STACK (stack), i % 2 == 0 ? "second" : "first");
      spin_for (500);
      probe->measuring = FALSE;
      longest = MAX (longest, probe->max_probe_gap / 1000.0);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  return longest;
}

static double
core_growth (const char *self_path,
             guint      *n_read)
{
  const char *argv[] = { self_path, "--core", NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  double growth = 0;

  if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, NULL,
                     &error))
    g_error ("%s", error->message);
  if (sscanf (out, "%lf %u", &growth, n_read) != 2)
    g_error ("unexpected output from --core: %s", out);
  return growth;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("bench-diary-view-XXXXXX", NULL);
  g_autofree char *folder = g_build_filename (home, "back-pain-guide", NULL);
  g_autofree char *path = g_build_filename (folder, BPG_DIARY_FILE_NAME, NULL);
  g_autoptr(BpgContext) context = NULL;
  g_autoptr(GBytes) diary = NULL;
  BpgWindow *window;
  Probe probe = { 0, };
  static const char * const areas[] = { "advice", "check", "diary", "help" };
  double before, after, core, bare, again[G_N_ELEMENTS (areas)], cpu_before;
  Probe first;
  guint n_core = 0;
  guint64 entries_arg;
  gint64 shown;

  if (argc > 1 && g_str_equal (argv[1], "--core"))
    return run_core ();
  /* [-v] [ENTRIES]: a smaller diary (0 for none) shows what the area costs
   * whatever its size. */
  for (int i = 1; i < argc; i++)
    if (g_str_equal (argv[i], "-v"))
      verbose = TRUE;
    else if (!g_ascii_string_to_unsigned (argv[i], 10, 0, 100000, &entries_arg, NULL))
      g_error ("usage: %s [-v] [ENTRIES]", argv[0]);
    else
      n_entries = entries_arg;

  /* Before anything asks GLib for the user's folders. */
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  if (g_getenv ("GSETTINGS_SCHEMA_DIR") == NULL)
    g_setenv ("GSETTINGS_SCHEMA_DIR", BENCH_SCHEMA_DIR, TRUE);

  diary = make_diary ();
  g_mkdir_with_parents (folder, 0700);
  if (!g_file_set_contents (path, g_bytes_get_data (diary, NULL), g_bytes_get_size (diary), NULL))
    g_error ("The diary could not be written to %s", path);
  core = core_growth (argv[0], &n_core);

  gtk_init ();
  adw_init ();

  context = bpg_context_new (NULL);
  window = bpg_window_new (NULL, context);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 800);
  gtk_window_present (GTK_WINDOW (window));
  spin_for (1500);
  before = rss_mb ();

  g_timeout_add (1, probe_cb, &probe);
  gtk_widget_add_tick_callback (GTK_WIDGET (window), tick_cb, &probe, NULL);
  if (verbose)
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

      g_signal_connect (clock, "before-paint", G_CALLBACK (phase_start_cb), NULL);
      g_signal_connect (clock, "layout", G_CALLBACK (layout_done_cb), NULL);
      g_signal_connect (clock, "after-paint", G_CALLBACK (paint_done_cb), NULL);
    }
  spin_for (300);

  probe.measuring = TRUE;
  cpu_before = cpu_ms ();
  shown = probe.shown = area_shown = g_get_monotonic_time ();
  bpg_window_show_area (window, "diary");
  if (verbose)
    printf ("  making the area took %.1f ms (%.1f ms of CPU time)\n",
            (g_get_monotonic_time () - shown) / 1000.0, cpu_ms () - cpu_before);
  probe.context = context;
  while (probe.usable == 0 && g_get_monotonic_time () - shown < 30 * G_USEC_PER_SEC)
    g_main_context_iteration (NULL, TRUE);
  spin_for (1000);
  probe.measuring = FALSE;
  after = rss_mb ();
  first = probe;

  /* Every area made once, then each shown again. */
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    {
      if (verbose)
        printf ("  %s, first time or again:\n", areas[i]);
      area_shown = g_get_monotonic_time ();
      bpg_window_show_area (window, areas[i]);
      spin_for (500);
    }
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    again[i] = show_again (window, &probe, areas[i]);
  gtk_widget_set_visible (GTK_WIDGET (window), FALSE);
  bare = bare_window_floor (&probe);

  printf ("Diary: %u entries, %.0f KiB of JSON\n", n_entries,
          g_bytes_get_size (diary) / 1024.0);
  printf ("Usable (read, and the next frame drawn): %.0f ms after the area was shown\n",
          (first.usable - shown) / 1000.0);
  printf ("Longest main-loop stall: %.1f ms (%.1f ms of it the main thread's CPU time); "
          "longest gap between frames: %.1f ms; "
          "frames later than 1.5 frames: %u (one 60 Hz frame is %.1f ms)\n",
          first.max_probe_gap / 1000.0, first.max_probe_gap_cpu, first.max_frame_gap / 1000.0,
          first.long_frames, FRAME_MS);
  printf ("Each area shown again, once made (any change of the whole window): longest stall");
  for (guint i = 0; i < G_N_ELEMENTS (areas); i++)
    printf ("%s %s %.1f ms", i > 0 ? "," : "", areas[i], again[i]);
  printf ("\n");
  printf ("The same in a bare libadwaita window of the same size (a status page swapped "
          "for another, four times): longest stall %.1f ms\n", bare);
  printf ("Memory: %.1f MB before, %.1f MB after: %.1f MB more; the store alone takes "
          "%.1f MB for the same %u entries (%.1f x the file)\n",
          before, after, after - before, core, n_core,
          core * 1024 * 1024 / g_bytes_get_size (diary));

  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (folder);
  g_rmdir (home);
  return 0;
}
