/* bpg-resource.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bpg-resource.h"

/* Reading a compiled-in content file, at once or in a worker thread, for
 * every kind of content: advice pages, questions, exercises. */

typedef struct
{
  char                 *path;
  char                 *domain;
  BpgResourceParseFunc  parse;
} ParseData;

static void
parse_data_free (gpointer data)
{
  ParseData *parse = data;

  g_free (parse->path);
  g_free (parse->domain);
  g_free (parse);
}

static void
parse_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  ParseData *parse = task_data;
  GError *error = NULL;
  gpointer object;

  object = bpg_resource_parse (parse->path, parse->domain, parse->parse, &error);
  if (object == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, object, g_object_unref);
}

/**
 * bpg_resource_parse:
 * @path: a resource path
 * @domain: (nullable): the gettext domain to translate with
 * @parse: what turns the file into an object
 *
 * Returns: (transfer full) (nullable): what @parse made of the resource
 */
gpointer
bpg_resource_parse (const char            *path,
                    const char            *domain,
                    BpgResourceParseFunc   parse,
                    GError               **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (parse != NULL, NULL);

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

  return parse (bytes, domain, error);
}

/**
 * bpg_resource_parse_async:
 * @source_tag: the public function starting the load, checked by
 *   bpg_resource_parse_finish()
 *
 * Like bpg_resource_parse(), in a worker thread, so that a window can show
 * before its content is read. @parse must make a #GObject.
 */
void
bpg_resource_parse_async (const char            *path,
                          const char            *domain,
                          BpgResourceParseFunc   parse,
                          gpointer               source_tag,
                          GCancellable          *cancellable,
                          GAsyncReadyCallback    callback,
                          gpointer               user_data)
{
  g_autoptr(GTask) task = NULL;
  ParseData *data;

  g_return_if_fail (path != NULL);
  g_return_if_fail (parse != NULL);

  data = g_new0 (ParseData, 1);
  data->path = g_strdup (path);
  data->domain = g_strdup (domain);
  data->parse = parse;

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, data, parse_data_free);
  g_task_run_in_thread (task, parse_thread);
}

/**
 * bpg_resource_parse_finish:
 *
 * Returns: (transfer full) (nullable): the object, or %NULL with @error set
 */
gpointer
bpg_resource_parse_finish (GAsyncResult  *result,
                           gpointer       source_tag,
                           GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == source_tag, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
