/* bench-diary.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How fast the diary is with ten years of daily entries (3,650).
 *
 *   meson compile -C BUILD bench-diary && BUILD/tests/bench/bench-diary
 *
 * Build with --buildtype=release for figures worth comparing. Load and save
 * are given as ratios to json-glib's own parse and generate of the same file,
 * which are the floor for any reader and writer built on it; the goal is
 * within 1.5 times. The 12-week chart must redraw well inside one 60 Hz
 * frame (16.7 ms). Merging a backup into a diary (25,000 and 50,000 entries)
 * must stay linear and never hold the main loop for long: before the merge
 * went by id into a worker thread, with one change to the diary, it held
 * the main loop 14 s for 25,000 entries and 86 s for 50,000 (release
 * build); now it takes well under a second and holds it for tens of
 * milliseconds. */

#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <stdio.h>

#include "bpg-diary-chart.h"
#include "bpg-diary-import.h"
#include "bpg-diary-json.h"
#include "bpg-diary-store.h"
#include "bpg-diary-summary.h"
#include "bpg-service-catalog.h"
#include "bpg-service-file.h"

#define N_ENTRIES 3650
#define N_RUNS    21

typedef void (*BenchFunc) (gpointer data);

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return x < y ? -1 : x > y;
}

/* Runs @func and @baseline by turns, N_RUNS times each, so that a busy
 * machine slows both alike; gives the medians in milliseconds and the median
 * of the ratios of each pair. */
static double
measure_pair (BenchFunc  func,
              BenchFunc  baseline,
              gpointer   data,
              double    *func_ms,
              double    *baseline_ms)
{
  double times[N_RUNS], base[N_RUNS], ratios[N_RUNS];

  func (data);  /* warm up */
  baseline (data);
  for (guint i = 0; i < N_RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      baseline (data);
      base[i] = (g_get_monotonic_time () - start) / 1000.0;
      start = g_get_monotonic_time ();
      func (data);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      ratios[i] = times[i] / base[i];
    }
  qsort (times, N_RUNS, sizeof times[0], compare_doubles);
  qsort (base, N_RUNS, sizeof base[0], compare_doubles);
  qsort (ratios, N_RUNS, sizeof ratios[0], compare_doubles);
  *func_ms = times[N_RUNS / 2];
  *baseline_ms = base[N_RUNS / 2];

  return ratios[N_RUNS / 2];
}

/* The median of N_RUNS runs, in milliseconds. */
static double
measure (BenchFunc func,
         gpointer  data)
{
  double times[N_RUNS];

  func (data);  /* warm up */
  for (guint i = 0; i < N_RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();

      func (data);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (times, N_RUNS, sizeof times[0], compare_doubles);

  return times[N_RUNS / 2];
}

static GPtrArray *
make_entries (void)
{
  static const char * const notes[] = {
    NULL,
    "Walked to the shops and back. Leg felt tight after sitting at work all morning.",
    "Bad night. Took painkillers before bed.",
    NULL,
    "Did the exercises twice today, and a longer walk with the dog in the park, about forty minutes.",
  };
  GPtrArray *entries = g_ptr_array_new_with_free_func (g_object_unref);
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, 1, 2016);

  for (guint n = 0; n < N_ENTRIES; n++)
    {
      g_autofree char *id = g_uuid_string_random ();
      BpgDiaryEntry *entry = bpg_diary_entry_new_with_id (id, &date);

      bpg_diary_entry_set_created (entry, 1451606400 + n * 86400);
      bpg_diary_entry_set_updated (entry, 1451606400 + n * 86400);
      bpg_diary_entry_set_back_pain (entry, n % 11);
      bpg_diary_entry_set_leg_pain (entry, (n * 7) % 11);
      bpg_diary_entry_set_minutes (entry, BPG_ACTIVITY_WALKING, 10 + (n * 13) % 60);
      if (n % 3 == 0)
        bpg_diary_entry_set_minutes (entry, BPG_ACTIVITY_SWIMMING, 30);
      bpg_diary_entry_set_exercise (entry, "knee-rolls", 2, 10);
      if (n % 2 == 0)
        bpg_diary_entry_set_exercise (entry, "bridge", 3, 8);
      bpg_diary_entry_set_sleep (entry, 6 + (n % 5) / 2.0);
      bpg_diary_entry_set_mood (entry, 1 + n % 5);
      bpg_diary_entry_set_work (entry, n % 4);
      bpg_diary_entry_set_painkillers (entry, n % 3 == 1);
      bpg_diary_entry_set_notes (entry, notes[n % G_N_ELEMENTS (notes)]);
      g_ptr_array_add (entries, entry);
      g_date_add_days (&date, 1);
    }

  return entries;
}

typedef struct
{
  GBytes        *bytes;
  JsonNode      *tree;
  GPtrArray     *entries;
  BpgDiaryGoal   goal;
  BpgDiaryModel *model;
  char          *folder;
  gsize          written;
} Bench;

static void
bare_parse (gpointer data)
{
  Bench *bench = data;
  g_autoptr(JsonParser) parser = json_parser_new ();
  gsize size;
  const char *text = g_bytes_get_data (bench->bytes, &size);

  if (!json_parser_load_from_data (parser, text, size, NULL))
    g_error ("json-glib could not parse the diary");
}

static void
diary_load (gpointer data)
{
  Bench *bench = data;
  g_autoptr(BpgDiaryModel) model = bpg_diary_model_new ();
  g_autoptr(BpgDiaryData) diary = bpg_diary_json_read (bench->bytes, "diary.json", 0, NULL);

  if (diary == NULL || diary->entries->len != N_ENTRIES)
    g_error ("The diary could not be read");
  bpg_diary_model_set_entries (model, diary->entries);
}

static void
bare_generate (gpointer data)
{
  Bench *bench = data;
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  /* The same layout the diary is saved in. */
  json_generator_set_root (generator, bench->tree);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 1);
  text = json_generator_to_data (generator, NULL);
}

static void
diary_save (gpointer data)
{
  Bench *bench = data;
  g_autoptr(GPtrArray) snapshot = bpg_diary_model_dup_entries (bench->model);
  g_autoptr(GBytes) bytes = bpg_diary_json_write (snapshot, &bench->goal);

  bench->written += g_bytes_get_size (bytes);
}

static void
store_round (gpointer data)
{
  Bench *bench = data;
  g_autoptr(BpgDiaryStore) store = bpg_diary_store_new (bench->folder, FALSE);
  g_autoptr(BpgDiaryEntry) entry = NULL;
  GDate today;

  bpg_diary_store_load_async (store, NULL, NULL, NULL);
  while (!bpg_diary_store_get_loaded (store))
    g_main_context_iteration (NULL, TRUE);

  /* One more entry, saved durably (fsync) in a worker thread. */
  g_date_clear (&today, 1);
  g_date_set_julian (&today, bpg_diary_today ());
  entry = bpg_diary_entry_new (&today);
  bpg_diary_entry_set_back_pain (entry, 3);
  bpg_diary_model_add (bpg_diary_store_get_model (store), entry);
  while (bpg_diary_store_get_saving (store))
    g_main_context_iteration (NULL, TRUE);
  bpg_diary_model_remove (bpg_diary_store_get_model (store), bpg_diary_entry_get_id (entry));
  while (bpg_diary_store_get_saving (store))
    g_main_context_iteration (NULL, TRUE);
  while (g_main_context_iteration (NULL, FALSE));
}

typedef struct
{
  BpgDiarySummary    *summary;
  BpgDiaryChartStyle  style;
  cairo_surface_t    *surface;
} ChartBench;

static void
chart_redraw (gpointer data)
{
  ChartBench *bench = data;
  cairo_t *cr = cairo_create (bench->surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  bpg_diary_chart_draw (cr, bench->summary, &bench->style, 680, 360);
  cairo_destroy (cr);
  cairo_surface_flush (bench->surface);
}

/* Merging: a diary of @n entries and a backup of @n entries, half of them
 * the diary's own (changed later in the backup), half new. */

typedef struct
{
  gint64 last;
  gint64 longest;
} Stall;

static gboolean
tick_cb (gpointer user_data)
{
  Stall *stall = user_data;
  gint64 now = g_get_monotonic_time ();

  stall->longest = MAX (stall->longest, now - stall->last);
  stall->last = now;
  return G_SOURCE_CONTINUE;
}

static void
merged_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  *(int *)user_data = bpg_diary_import_apply_finish (BPG_DIARY_IMPORT (object), result, NULL);
}

static BpgDiaryEntry *
merge_entry (guint  n,
             gint64 updated)
{
  g_autofree char *id = g_strdup_printf ("entry-%u", n);
  BpgDiaryEntry *entry;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, 1, 1990);
  g_date_add_days (&date, n % 12000);
  entry = bpg_diary_entry_new_with_id (id, &date);
  bpg_diary_entry_set_created (entry, 631152000);
  bpg_diary_entry_set_updated (entry, updated);
  bpg_diary_entry_set_back_pain (entry, n % 11);
  bpg_diary_entry_set_notes (entry, "Walked to the shops and back.");
  return entry;
}

static void
bench_merge (const char *folder,
             guint       n)
{
  g_autoptr(BpgDiaryStore) store = bpg_diary_store_new (folder, FALSE);
  g_autoptr(GPtrArray) mine = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) theirs = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(BpgDiaryImport) import = NULL;
  BpgDiaryModel *model = bpg_diary_store_get_model (store);
  Stall stall = { 0, };
  gint64 start, applied;
  guint tick;
  int changed = -1;

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (mine, merge_entry (i, 1000000000));
  for (guint i = n / 2; i < n + n / 2; i++)
    g_ptr_array_add (theirs, merge_entry (i, 1100000000));
  bytes = bpg_diary_json_write (theirs, NULL);
  import = bpg_diary_import_new_from_bytes (bytes, "backup.json", NULL);

  bpg_diary_store_load_async (store, NULL, NULL, NULL);
  while (!bpg_diary_store_get_loaded (store))
    g_main_context_iteration (NULL, TRUE);
  bpg_diary_model_set_entries (model, mine);
  while (bpg_diary_store_get_saving (store))
    g_main_context_iteration (NULL, TRUE);

  /* A 1 ms tick on the main loop shows how long it is ever held. */
  stall.last = start = g_get_monotonic_time ();
  tick = g_timeout_add (1, tick_cb, &stall);
  bpg_diary_import_apply_async (import, model, BPG_DIARY_IMPORT_MERGE, NULL, merged_cb, &changed);
  while (changed < 0)
    g_main_context_iteration (NULL, TRUE);
  applied = g_get_monotonic_time ();
  while (bpg_diary_store_get_saving (store))
    g_main_context_iteration (NULL, TRUE);
  tick_cb (&stall);
  g_source_remove (tick);

  if ((guint)changed != n || g_list_model_get_n_items (G_LIST_MODEL (model)) != n + n / 2)
    g_error ("The merge lost entries");
  printf ("Merge: %6u entries with a backup of %u: merged in %.0f ms, saved durably after "
          "%.0f ms; the main loop was held at most %.1f ms\n",
          n, n, (applied - start) / 1000.0, (g_get_monotonic_time () - start) / 1000.0,
          stall.longest / 1000.0);
}

static void
bench_merges (const char *tmp)
{
  static const guint sizes[] = { 25000, 50000 };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autofree char *folder = g_strdup_printf ("%s/merge-%u", tmp, sizes[i]);
      g_autoptr(GDir) dir = NULL;
      const char *name;

      bench_merge (folder, sizes[i]);
      dir = g_dir_open (folder, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *file = g_build_filename (folder, name, NULL);

          g_unlink (file);
        }
      g_rmdir (folder);
    }
}

/* Hostile files: each reader takes time linear in the size of what it is
 * given. Before, 50,000 exercises in one entry took 24 s to read, and
 * checking 16,000 broken services 9 s (a megabyte of them over 5 minutes). */
typedef struct
{
  GBytes *bytes;
  guint   expected;
} HostileBench;

static void
hostile_diary_read (gpointer data)
{
  HostileBench *bench = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(BpgDiaryData) diary = bpg_diary_json_read (bench->bytes, "diary.json",
                                                       BPG_DIARY_READ_DEFAULT, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (bpg_diary_entry_get_n_exercises (g_ptr_array_index (diary->entries, 0)),
                    ==, bench->expected);
}

static void
hostile_services_check (gpointer data)
{
  HostileBench *bench = data;
  g_autoptr(BpgServiceCatalog) catalog = bpg_service_catalog_new ();

  g_assert_false (bpg_service_catalog_add_bytes (catalog, bench->bytes, "local.json"));
  g_assert_cmpuint (g_list_model_get_n_items (bpg_service_catalog_get_problems (catalog)), ==,
                    bench->expected);
}

/* The median of five runs, in milliseconds: enough for figures that were
 * once seconds. */
static double
measure_few (BenchFunc func,
             gpointer  data)
{
  double times[5];

  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      gint64 start = g_get_monotonic_time ();

      func (data);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (times, G_N_ELEMENTS (times), sizeof times[0], compare_doubles);

  return times[G_N_ELEMENTS (times) / 2];
}

static GBytes *
make_broken_services (gsize  size,
                      guint *n)
{
  GString *text = g_string_new ("{\n\"schema\": 1,\n\"services\": [\n");

  for (*n = 0; text->len < size - 64; (*n)++)
    g_string_append_printf (text, "%s{\"id\": \"s%u\"}", *n > 0 ? ",\n" : "", *n);
  g_string_append (text, "\n]\n}\n");

  return g_string_free_to_bytes (text);
}

static void
bench_hostile_files (void)
{
  GString *text = g_string_new ("{\"format\": \"back-pain-guide-diary\", \"schema\": 1, "
                                "\"entries\": [{\"id\": \"a\", \"date\": \"2026-11-21\", "
                                "\"created\": 1, \"updated\": 2, \"exercises\": [");
  HostileBench exercises = { NULL, 50000 };
  HostileBench services = { NULL, 0 };
  HostileBench megabyte = { NULL, 0 };
  double exercises_ms, services_ms, megabyte_ms;

  for (guint i = 0; i < exercises.expected; i++)
    g_string_append_printf (text, "%s{\"exercise\": \"e%u\", \"sets\": 1}", i ? ", " : "", i);
  g_string_append (text, "]}]}");
  exercises.bytes = g_string_free_to_bytes (text);
  services.bytes = make_broken_services (16000 * 24, &services.expected);
  megabyte.bytes = make_broken_services (BPG_SERVICE_FILE_MAX_SIZE, &megabyte.expected);

  exercises_ms = measure_few (hostile_diary_read, &exercises);
  services_ms = measure_few (hostile_services_check, &services);
  megabyte_ms = measure_few (hostile_services_check, &megabyte);

  printf ("Hostile diary: one entry of %u exercises read in %.0f ms (was 24 s)\n",
          exercises.expected, exercises_ms);
  printf ("Hostile services: %u broken services checked in %.0f ms (16,000 was 9 s); "
          "%.0f KiB of %u in %.0f ms (1 MiB was over 5 minutes)\n",
          services.expected, services_ms, g_bytes_get_size (megabyte.bytes) / 1024.0,
          megabyte.expected, megabyte_ms);

  g_bytes_unref (exercises.bytes);
  g_bytes_unref (services.bytes);
  g_bytes_unref (megabyte.bytes);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) entries = make_entries ();
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *tmp = g_dir_make_tmp ("bpg-bench-XXXXXX", &error);
  g_autofree char *path = NULL;
  Bench bench = { 0, };
  ChartBench chart = { 0, };
  double parse_ms, load_ms, generate_ms, save_ms, store_ms, chart_ms, load_ratio, save_ratio;
  guint32 last;

  g_assert_no_error (error);
  bench.goal = (BpgDiaryGoal) { 70, bpg_diary_week_start (bpg_diary_today ()), 10 };
  bench.bytes = bpg_diary_json_write (entries, &bench.goal);
  bench.model = bpg_diary_model_new ();
  bpg_diary_model_set_entries (bench.model, entries);
  json_parser_load_from_data (parser, g_bytes_get_data (bench.bytes, NULL),
                              g_bytes_get_size (bench.bytes), &error);
  g_assert_no_error (error);
  bench.tree = json_parser_get_root (parser);

  bench.folder = g_build_filename (tmp, "back-pain-guide", NULL);
  g_mkdir_with_parents (bench.folder, 0700);
  path = g_build_filename (bench.folder, "diary.json", NULL);
  g_file_set_contents (path, g_bytes_get_data (bench.bytes, NULL), g_bytes_get_size (bench.bytes), &error);
  g_assert_no_error (error);

  printf ("Diary of %u daily entries: %.0f KiB of JSON; medians of %u runs, each by turns with "
          "json-glib's\n\n",
          N_ENTRIES, g_bytes_get_size (bench.bytes) / 1024.0, N_RUNS);

  load_ratio = measure_pair (diary_load, bare_parse, &bench, &load_ms, &parse_ms);
  save_ratio = measure_pair (diary_save, bare_generate, &bench, &save_ms, &generate_ms);
  store_ms = measure (store_round, &bench);

  printf ("Load:  %7.2f ms   json-glib parse alone %7.2f ms   ratio %.2f (goal <= 1.5)\n",
          load_ms, parse_ms, load_ratio);
  printf ("Save:  %7.2f ms   json-glib generate    %7.2f ms   ratio %.2f (goal <= 1.5)\n",
          save_ms, generate_ms, save_ratio);
  printf ("From disk: read, add an entry, save durably twice (fsync, in a worker): %.1f ms\n",
          store_ms);

  last = bpg_diary_today ();
  {
    g_autoptr(BpgDiaryModel) recent = bpg_diary_model_new ();
    GDate date;

    /* Twelve weeks of daily entries ending today. */
    for (guint d = 0; d < 84; d++)
      {
        g_autoptr(BpgDiaryEntry) copy = bpg_diary_entry_copy (g_ptr_array_index (entries, d));

        g_date_clear (&date, 1);
        g_date_set_julian (&date, last - d);
        bpg_diary_entry_set_date (copy, &date);
        bpg_diary_model_add (recent, copy);
      }
    chart.summary = bpg_diary_summary_new (G_LIST_MODEL (recent), last, 84);
  }
  bpg_diary_chart_style_init_print (&chart.style);
  chart.surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 680, 360);
  chart_ms = measure (chart_redraw, &chart);
  printf ("Chart: 12 weeks at 680 x 360 px redrawn in %.2f ms (one 60 Hz frame is 16.7 ms)\n",
          chart_ms);

  bench_merges (tmp);
  bench_hostile_files ();

  cairo_surface_destroy (chart.surface);
  pango_font_description_free (chart.style.font);
  bpg_diary_summary_free (chart.summary);
  g_bytes_unref (bench.bytes);
  g_object_unref (bench.model);

  /* Leave nothing behind. */
  {
    g_autoptr(GDir) dir = g_dir_open (bench.folder, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *file = g_build_filename (bench.folder, name, NULL);

        g_unlink (file);
      }
    g_rmdir (bench.folder);
    g_rmdir (tmp);
  }
  g_free (bench.folder);

  return 0;
}
