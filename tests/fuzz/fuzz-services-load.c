/* fuzz-services-load.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target for the local services loader and the check that
 * back-pain-guide --check-services runs. Whatever the bytes, loading must
 * not crash, block or warn; a file is either taken whole or refused with
 * problems whose lines are in the file; the same file read from disk gives
 * the same answer; and no text that reaches the catalog is broken. See
 * tests/fuzz/README.md. */

#include "config.h"

#include <glib/gstdio.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "bpg-json.h"
#include "bpg-service-catalog.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static GBytes *builtin;
static char   *scratch;

/* Any GLib warning, critical or error is a crash that libFuzzer should
 * save: abort() rather than GLib's breakpoint trap, which it does not catch. */
static GLogWriterOutput
log_writer (GLogLevelFlags   log_level,
            const GLogField *fields,
            gsize            n_fields,
            gpointer         user_data)
{
  g_log_writer_default (log_level, fields, n_fields, user_data);
  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    abort ();

  return G_LOG_WRITER_HANDLED;
}

static void G_GNUC_PRINTF (1, 2) G_GNUC_NORETURN
fail (const char *format,
      ...)
{
  va_list args;

  va_start (args, format);
  vfprintf (stderr, format, args);
  va_end (args);
  fputc ('\n', stderr);
  abort ();
}

static void
remove_scratch (void)
{
  g_unlink (scratch);
  g_rmdir (g_path_get_dirname (scratch));
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  char *text = NULL;
  gsize length;

  g_log_set_writer_func (log_writer, NULL, NULL);

  if (!g_file_get_contents (BPG_FUZZ_BUILTIN_SERVICES, &text, &length, &error))
    fail ("%s", error->message);
  builtin = g_bytes_new_take (text, length);

  if (!(dir = g_dir_make_tmp ("bpg-fuzz-services-XXXXXX", &error)))
    fail ("%s", error->message);
  scratch = g_build_filename (dir, "local.json", NULL);
  atexit (remove_scratch);

  return 0;
}

static BpgServiceCatalog *
new_catalog (void)
{
  g_autoptr(BpgServiceCatalog) catalog = bpg_service_catalog_new ();
  g_autoptr(GError) error = NULL;

  if (!bpg_service_catalog_add_builtin (catalog, builtin, NULL, &error))
    fail ("The built-in services do not load: %s", error->message);

  return g_steal_pointer (&catalog);
}

static void
check_text (const char *what,
            const char *text)
{
  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    fail ("%s is not UTF-8", what);
}

/* What --check-services prints: one line a problem, each on a line of the
 * file. Returns how many there are from @first on. */
static guint
check_problems (BpgServiceCatalog *catalog,
                guint              first,
                const uint8_t     *data,
                size_t             size)
{
  GListModel *problems = bpg_service_catalog_get_problems (catalog);
  guint n_lines = 1;

  for (size_t i = 0; i < size; i++)
    n_lines += data[i] == '\n';

  for (guint i = first; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(BpgServiceProblem) problem = g_list_model_get_item (problems, i);
      g_autofree char *line = bpg_service_problem_to_string (problem);

      check_text ("A problem", line);
      if (bpg_service_problem_get_line (problem) > n_lines)
        fail ("Problem on line %u of a file of %u lines: %s",
              bpg_service_problem_get_line (problem), n_lines, line);
    }

  return g_list_model_get_n_items (problems) - first;
}

/* Everything the Get help area shows. */
static void
check_services (BpgServiceCatalog *catalog)
{
  GListModel *services = bpg_service_catalog_get_services (catalog);
  GListModel *areas = bpg_service_catalog_get_areas (catalog);

  for (guint i = 0; i < g_list_model_get_n_items (services); i++)
    {
      g_autoptr(BpgService) service = g_list_model_get_item (services, i);
      g_autofree char *names = bpg_service_catalog_dup_area_names (catalog, service);

      check_text ("A service's name", bpg_service_get_name (service));
      check_text ("A service's areas", names);
    }

  for (guint i = 0; i < g_list_model_get_n_items (areas); i++)
    {
      g_autoptr(BpgServiceArea) area = g_list_model_get_item (areas, i);
      g_autoptr(GListModel) serving = NULL;

      check_text ("An area's name", bpg_service_area_get_name (area));
      serving = bpg_service_catalog_list_for_area (catalog, bpg_service_area_get_id (area), TRUE);
    }
}

/* Any text json-glib is given after the checks must come out as UTF-8. */
static void
check_tree (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &name, &member))
        {
          check_text ("A member name", name);
          check_tree (member);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        check_tree (json_array_get_element (array, i));
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
    check_text ("A string", json_node_get_string (node));
}

/* Loading the built-in services for every input would take most of the
 * time: a catalog is kept while the files given to it are refused, which
 * leaves it as it was but for its list of problems. */
static BpgServiceCatalog *
reuse_catalog (BpgServiceCatalog **catalog,
               guint              *runs)
{
  if (*catalog == NULL || ++*runs % 1000 == 0)
    {
      g_clear_object (catalog);
      *catalog = new_catalog ();
    }

  return *catalog;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static BpgServiceCatalog *kept_bytes, *kept_file;
  static guint runs_bytes, runs_file;
  BpgServiceCatalog *from_bytes = reuse_catalog (&kept_bytes, &runs_bytes);
  BpgServiceCatalog *from_file = reuse_catalog (&kept_file, &runs_file);
  GListModel *bytes_problems = bpg_service_catalog_get_problems (from_bytes);
  GListModel *file_problems = bpg_service_catalog_get_problems (from_file);
  guint first_bytes = g_list_model_get_n_items (bytes_problems);
  guint first_file = g_list_model_get_n_items (file_problems);
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GFile) file = g_file_new_for_path (scratch);
  g_autoptr(GError) error = NULL;
  gboolean taken;
  guint n_problems;

  taken = bpg_service_catalog_add_bytes (from_bytes, bytes, "local.json");
  n_problems = check_problems (from_bytes, first_bytes, data, size);
  if (taken != (n_problems == 0))
    fail ("A file was taken with problems, or refused without");
  check_services (from_bytes);

  /* The --check-services path: the same file, read from disk. */
  if (!g_file_set_contents (scratch, (const char *)data, size, &error))
    fail ("%s", error->message);
  if (bpg_service_catalog_add_file (from_file, file, NULL) != taken)
    fail ("The file read from disk was judged differently");
  if (check_problems (from_file, first_file, data, size) != n_problems)
    fail ("The file read from disk has a different number of problems");

  /* A file taken changes the catalog: the next input starts afresh. */
  if (taken)
    {
      g_clear_object (&kept_bytes);
      g_clear_object (&kept_file);
    }

  if (g_utf8_validate ((const char *)data, size, NULL))
    {
      g_autoptr(JsonNode) node = bpg_json_parse_text ((const char *)data, size,
                                                      BPG_JSON_PARSE_DEFAULT, NULL, NULL);

      if (node != NULL)
        check_tree (node);
    }

  return 0;
}
