/* bench-search.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How fast search is, over every page, exercise and service, the symptom
 * check and the patients' words: fast enough to run on every key press.
 *
 *   meson compile -C BUILD bench-search && BUILD/tests/bench/bench-search
 *
 * Build with --buildtype=release for figures worth comparing. Each query,
 * and each shorter start of it as it is typed ("s", "se", "ser"…), is run
 * N_RUNS times; the median and the worst of all those runs must stay well
 * under one 60 Hz frame (16.7 ms). A query that finds nothing also asks for
 * suggestions, as the app does. */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "bpg-search.h"

#define N_RUNS 15
#define FRAME_MS 16.7

static const char * const queries[] = {
  "is my pain serious", "cant pee", "numb bum", "wee", "serius", "bridge",
  "pins and needles", "trapped nerve", "slipped disc", "off sick", "physiotheraphy",
  "how long will it last", "what causes back pain", "sleep xylophone", "excercises",
  "painkillers and work", "is it safe to exercise", "cauda equina", NULL
};

static GBytes *
read_file (const char *name)
{
  g_autofree char *path = g_build_filename (BPG_CONTENT_DIR, name, NULL);
  g_autoptr(GError) error = NULL;
  char *data;
  gsize len;

  if (!g_file_get_contents (path, &data, &len, &error))
    g_error ("%s", error->message);
  return g_bytes_new_take (data, len);
}

static BpgSearch *
load_everything (double *ms)
{
  g_autoptr(GBytes) advice = read_file ("advice.json");
  g_autoptr(GBytes) words_bytes = read_file ("words.json");
  g_autoptr(GBytes) exercises_bytes = read_file ("exercises.json");
  g_autoptr(GBytes) services_bytes = read_file ("services.json");
  g_autoptr(BpgContent) content = NULL;
  g_autoptr(BpgSearchWords) words = NULL;
  g_autoptr(BpgExerciseList) exercises = NULL;
  g_autoptr(BpgServiceCatalog) services = bpg_service_catalog_new ();
  g_autoptr(GError) error = NULL;
  BpgSearch *search;
  gint64 start;

  if (!(content = bpg_content_new_from_bytes (advice, NULL, &error)) ||
      !(words = bpg_search_words_new_from_bytes (words_bytes, NULL, &error)) ||
      !(exercises = bpg_exercise_list_new_from_bytes (exercises_bytes, NULL, &error)) ||
      !bpg_service_catalog_add_builtin (services, services_bytes, NULL, &error))
    g_error ("%s", error->message);

  start = g_get_monotonic_time ();
  search = bpg_search_new (content);
  bpg_search_set_words (search, words);
  bpg_search_add_exercises (search, exercises);
  bpg_search_add_services (search, services);
  *ms = (g_get_monotonic_time () - start) / 1000.0;

  return search;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *)a, y = *(const double *)b;

  return (x > y) - (x < y);
}

/* One key press: the search, and the suggestions when nothing is found. */
static double
time_query (BpgSearch  *search,
            const char *text)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(GListModel) results = bpg_search_query (search, text);

  if (g_list_model_get_n_items (results) == 0)
    g_strfreev (bpg_search_suggest (search, text));

  return (g_get_monotonic_time () - start) / 1000.0;
}

int
main (void)
{
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(BpgSearch) search = NULL;
  double build_ms, median, worst = 0;
  const char *worst_query = NULL;

  search = load_everything (&build_ms);
  printf ("index of %u things (pages, exercises, services, the check) built in %.2f ms\n\n",
          bpg_search_get_n_items (search), build_ms);
  printf ("%-26s %10s %10s\n", "query, as typed", "median ms", "worst ms");

  for (guint q = 0; queries[q] != NULL; q++)
    {
      g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
      gsize len = strlen (queries[q]);

      /* Every key press, from the first letter to the whole query. */
      for (gsize n = 1; n <= len; n++)
        {
          g_autofree char *typed = g_strndup (queries[q], n);

          for (guint r = 0; r < N_RUNS; r++)
            {
              double ms = time_query (search, typed);

              g_array_append_val (times, ms);
              g_array_append_val (all, ms);
              if (ms > worst)
                worst = ms, worst_query = queries[q];
            }
        }

      g_array_sort (times, compare_doubles);
      printf ("%-26s %10.3f %10.3f\n", queries[q],
              g_array_index (times, double, times->len / 2),
              g_array_index (times, double, times->len - 1));
    }

  g_array_sort (all, compare_doubles);
  median = g_array_index (all, double, all->len / 2);
  printf ("\nall %u key presses: median %.3f ms, worst %.3f ms (“%s”); "
          "one frame is %.1f ms\n", all->len, median, worst, worst_query, FRAME_MS);

  return worst < FRAME_MS ? EXIT_SUCCESS : EXIT_FAILURE;
}
