/* bpg-content-text.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-content-text"

#include "config.h"

#include "bpg-content-private.h"
#include "bpg-content-text.h"
#include "bpg-json.h"
#include "bpg-l10n.h"

/**
 * bpg_content_text_tr:
 *
 * Returns: (transfer none): @msgid in the reader's language
 */
const char *
bpg_content_text_tr (const BpgContentText *text,
                     const char           *context,
                     const char           *msgid)
{
  return bpg_l10n_lookup (text->msgids, text->domain, context, msgid);
}

/**
 * bpg_content_text_tr_strv:
 *
 * Returns: (transfer full): @items in the reader's language
 */
char **
bpg_content_text_tr_strv (const BpgContentText  *text,
                          const char            *context,
                          char                 **items)
{
  return bpg_l10n_lookup_strv (text->msgids, text->domain, context, items);
}

/**
 * bpg_content_text_load_sources:
 * @where: the file, as problems name it
 * @context_prefix: the start of each source's message context, before its id
 * @sources: (element-type BpgSource): where the sources are added
 * @sources_by_id: id → source, borrowed
 *
 * Reads the "sources" list of a content file: the leaflets its facts come
 * from, each with an id, a title and a publisher.
 *
 * Returns: %FALSE, with @error naming the place, if the list is wrong
 */
gboolean
bpg_content_text_load_sources (const BpgContentText  *text,
                               JsonObject            *root,
                               const char            *where,
                               const char            *context_prefix,
                               GListStore            *sources,
                               GHashTable            *sources_by_id,
                               GError               **error)
{
  static const char * const members[] = { "id", "title", "publisher", NULL };
  JsonArray *array = bpg_json_get_array (root, where, "sources", TRUE, error);

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *place = g_strdup_printf ("sources[%u]", i);
      g_autofree char *context = NULL;
      g_autoptr(BpgSource) source = NULL;
      JsonObject *object;
      const char *id, *title, *publisher;

      if (!(object = bpg_json_require_object (json_array_get_element (array, i), place, error)) ||
          !bpg_json_check_members (object, place, members, error) ||
          !(id = bpg_json_get_id (object, place, sources_by_id, error)) ||
          !(title = bpg_json_get_string (object, place, "title", TRUE, error)) ||
          !(publisher = bpg_json_get_string (object, place, "publisher", TRUE, error)))
        return FALSE;

      context = g_strconcat (context_prefix, id, NULL);
      source = _bpg_source_new (id, bpg_content_text_tr (text, context, title),
                                bpg_content_text_tr (text, context, publisher));
      g_list_store_append (sources, source);
      g_hash_table_insert (sources_by_id, g_strdup (id), source);
    }

  return TRUE;
}
