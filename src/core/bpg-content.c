/* bpg-content.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-content"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "bpg-content.h"
#include "bpg-content-private.h"
#include "bpg-content-text.h"
#include "bpg-error.h"
#include "bpg-json.h"
#include "bpg-l10n.h"
#include "bpg-resource.h"
#include "bpg-warning-sign.h"

#define BPG_CONTENT_SCHEMA 1

/* The advice pages: leaflets (sources), pages made of blocks, and topics that
 * group pages for the home page. Every string a reader sees is translated as
 * it is read, with a message context naming where it appears, so the rest of
 * the app never needs to know about gettext. */
struct _BpgContent
{
  GObject     parent_instance;

  GListStore *topics;      /* shown on the home page, in order */
  GListStore *pages;       /* every page, in file order */
  GListStore *sources;
  GHashTable *pages_by_id;
  GHashTable *topics_by_id;
  GHashTable *sources_by_id;
  GPtrArray  *msgids;      /* "context\004text", as xgettext writes them */
};

typedef struct
{
  BpgContent     *self;
  BpgContentText  text;
  GListModel     *signs;   /* BpgWarningSign, made when a block first needs it */
} Loader;

G_DEFINE_FINAL_TYPE (BpgContent, bpg_content, G_TYPE_OBJECT)

static gboolean
load_sources (Loader     *loader,
              JsonObject *root,
              GError    **error)
{
  if (!bpg_content_text_load_sources (&loader->text, root, "content", "advice-source:",
                                      loader->self->sources, loader->self->sources_by_id, error))
    return FALSE;

  if (g_list_model_get_n_items (G_LIST_MODEL (loader->self->sources)) == 0)
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("content.sources is an empty list"));
      return FALSE;
    }

  return TRUE;
}

/* A callout with "signs" lists the warning signs of a level or a group from
 * the signs table, instead of items of its own, so the urgent-help pages say
 * exactly what every other screen says. */
static char **
get_sign_items (Loader      *loader,
                JsonObject  *object,
                const char  *where,
                char       **items,
                GError     **error)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GPtrArray) selected = NULL;
  const char *selector;

  if (!(selector = bpg_json_get_string (object, where, "signs", TRUE, error)))
    return NULL;

  if (items != NULL)
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("%s has both items and signs"), where);
      return NULL;
    }

  if (loader->signs == NULL)
    loader->signs = bpg_warning_sign_list_new (loader->text.domain, loader->self->msgids);

  selected = bpg_warning_sign_list_select (loader->signs, selector);
  if (selected == NULL || selected->len == 0)
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_BROKEN_LINK,
                   _("%s.signs \"%s\" is not a level or a group of warning signs"),
                   where, selector);
      return NULL;
    }

  for (guint i = 0; i < selected->len; i++)
    g_strv_builder_add (builder,
                        bpg_warning_sign_get_list_text (g_ptr_array_index (selected, i)));

  return g_strv_builder_end (builder);
}

static BpgBlock *
load_block (Loader      *loader,
            const char  *context,
            JsonObject  *object,
            const char  *where,
            GError     **error)
{
  static const char * const members[] = {
    "type", "text", "title", "items", "level", "page", "url", "action", "signs", NULL
  };
  BpgCalloutLevel level = BPG_CALLOUT_INFO;
  BpgBlockKind kind;
  const char *type, *text = NULL, *title = NULL, *target = NULL, *url = NULL;
  char **items = NULL;
  char **sign_items = NULL;
  GError *local_error = NULL;
  BpgBlock *block;

  if (!bpg_json_check_members (object, where, members, error) ||
      !(type = bpg_json_get_string (object, where, "type", TRUE, error)))
    return NULL;

  if (!bpg_block_kind_from_string (type, &kind))
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("%s.type \"%s\" is not a kind of block this app knows"), where, type);
      return NULL;
    }

  /* Each kind says which members it needs; the rest must be absent or right. */
  text = bpg_json_get_string (object, where, "text",
                              kind != BPG_BLOCK_LIST && kind != BPG_BLOCK_CALLOUT, &local_error);
  if (local_error == NULL)
    title = bpg_json_get_string (object, where, "title", FALSE, &local_error);
  if (local_error == NULL)
    items = bpg_json_get_strv (object, where, "items", kind == BPG_BLOCK_LIST, &local_error);
  if (local_error == NULL)
    target = bpg_json_get_string (object, where, "page", kind == BPG_BLOCK_LINK, &local_error);
  if (local_error == NULL)
    url = bpg_json_get_string (object, where, "url", kind == BPG_BLOCK_EXTERNAL, &local_error);
  if (local_error == NULL && kind == BPG_BLOCK_ACTION)
    {
      target = bpg_json_get_string (object, where, "action", TRUE, &local_error);

      if (target != NULL && !g_strv_contains (bpg_block_get_actions (), target))
        g_set_error (&local_error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                     _("%s.action \"%s\" is not a part of the app a page can open"),
                     where, target);
    }
  else if (local_error == NULL && json_object_has_member (object, "action"))
    g_set_error (&local_error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                 _("%s.action is only for blocks of type action"), where);
  if (local_error == NULL && json_object_has_member (object, "signs"))
    {
      if (kind != BPG_BLOCK_CALLOUT)
        g_set_error (&local_error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                     _("%s.signs is only for blocks of type callout"), where);
      else
        sign_items = get_sign_items (loader, object, where, items, &local_error);
    }
  if (local_error == NULL && kind == BPG_BLOCK_CALLOUT)
    {
      const char *name = bpg_json_get_string (object, where, "level", TRUE, &local_error);

      if (name != NULL && !bpg_callout_level_from_string (name, &level))
        g_set_error (&local_error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                     _("%s.level \"%s\" must be info, gp, urgent or emergency"), where, name);
      else if (name != NULL && text == NULL && items == NULL && sign_items == NULL)
        g_set_error (&local_error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                     _("%s needs a text or items"), where);
    }

  if (local_error == NULL && url != NULL && !g_str_has_prefix (url, "https://"))
    g_set_error (&local_error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                 _("%s.url \"%s\" must start with https://"), where, url);

  if (local_error != NULL)
    {
      g_strfreev (items);
      g_strfreev (sign_items);
      g_propagate_error (error, local_error);
      return NULL;
    }

  /* Sign items are translated already, with the signs' own contexts. */
  block = _bpg_block_new (kind,
                          bpg_content_text_tr (&loader->text, context, text),
                          bpg_content_text_tr (&loader->text, context, title),
                          sign_items != NULL ? sign_items
                                             : bpg_content_text_tr_strv (&loader->text, context,
                                                                         items),
                          level, target, url);
  if (sign_items != NULL)
    _bpg_block_set_signs (block, bpg_json_get_string (object, where, "signs", TRUE, NULL));

  return block;
}

static gboolean
add_page_sources (Loader      *loader,
                  BpgPage     *page,
                  JsonObject  *object,
                  const char  *where,
                  GError     **error)
{
  g_auto(GStrv) ids = bpg_json_get_strv (object, where, "sources", TRUE, error);

  if (ids == NULL)
    return FALSE;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      BpgSource *source = g_hash_table_lookup (loader->self->sources_by_id, ids[i]);

      if (source == NULL)
        {
          g_set_error (error, BPG_ERROR, BPG_ERROR_BROKEN_LINK,
                       _("%s.sources names \"%s\", which is not a known leaflet"), where, ids[i]);
          return FALSE;
        }
      _bpg_page_add_source (page, source);
    }

  return TRUE;
}

static gboolean
parse_reviewed (JsonObject  *object,
                const char  *where,
                GDate       *date,
                GError     **error)
{
  const char *text = bpg_json_get_string (object, where, "reviewed", TRUE, error);
  guint year, month, day;

  if (text == NULL)
    return FALSE;

  if (sscanf (text, "%4u-%2u-%2u", &year, &month, &day) != 3 || strlen (text) != 10 ||
      !g_date_valid_dmy (day, month, year))
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("%s.reviewed \"%s\" must be a date written as YYYY-MM-DD"), where, text);
      return FALSE;
    }

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

static BpgPage *
load_page (Loader      *loader,
           JsonObject  *object,
           const char  *where,
           GError     **error)
{
  static const char * const members[] = {
    "id", "title", "summary", "sources", "reviewed", "blocks", NULL
  };
  g_autoptr(BpgPage) page = NULL;
  g_autofree char *context = NULL;
  const char *id, *title, *summary;
  JsonArray *blocks;
  GDate reviewed;

  g_date_clear (&reviewed, 1);

  if (!bpg_json_check_members (object, where, members, error) ||
      !(id = bpg_json_get_id (object, where, loader->self->pages_by_id, error)) ||
      !(title = bpg_json_get_string (object, where, "title", TRUE, error)) ||
      !(summary = bpg_json_get_string (object, where, "summary", TRUE, error)) ||
      !parse_reviewed (object, where, &reviewed, error) ||
      !(blocks = bpg_json_get_array (object, where, "blocks", TRUE, error)))
    return NULL;

  if (json_array_get_length (blocks) == 0)
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("%s.blocks is an empty list"), where);
      return NULL;
    }

  context = bpg_content_dup_context (id);
  page = _bpg_page_new (id, bpg_content_text_tr (&loader->text, context, title),
                        bpg_content_text_tr (&loader->text, context, summary), &reviewed);

  if (!add_page_sources (loader, page, object, where, error))
    return NULL;

  for (guint i = 0; i < json_array_get_length (blocks); i++)
    {
      g_autofree char *block_where = g_strdup_printf ("%s.blocks[%u]", where, i);
      g_autoptr(BpgBlock) block = NULL;
      JsonObject *block_object;

      block_object = bpg_json_require_object (json_array_get_element (blocks, i), block_where, error);
      if (block_object == NULL ||
          !(block = load_block (loader, context, block_object, block_where, error)))
        return NULL;

      _bpg_page_add_block (page, block);
    }

  return g_steal_pointer (&page);
}

static gboolean
load_pages (Loader     *loader,
            JsonObject *root,
            GError    **error)
{
  JsonArray *array = bpg_json_get_array (root, "content", "pages", TRUE, error);

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("pages[%u]", i);
      g_autoptr(BpgPage) page = NULL;
      JsonObject *object;

      if (!(object = bpg_json_require_object (json_array_get_element (array, i), where, error)) ||
          !(page = load_page (loader, object, where, error)))
        return FALSE;

      g_list_store_append (loader->self->pages, page);
      g_hash_table_insert (loader->self->pages_by_id, g_strdup (bpg_page_get_id (page)), page);
    }

  return TRUE;
}

static BpgTopic *
load_topic (Loader      *loader,
            JsonObject  *object,
            const char  *where,
            GError     **error)
{
  static const char * const members[] = { "id", "title", "summary", "icon", "pages", NULL };
  g_autoptr(BpgTopic) topic = NULL;
  g_autofree char *context = NULL;
  g_auto(GStrv) page_ids = NULL;
  const char *id, *title, *summary, *icon;
  GError *local_error = NULL;

  if (!bpg_json_check_members (object, where, members, error) ||
      !(id = bpg_json_get_id (object, where, loader->self->topics_by_id, error)) ||
      !(title = bpg_json_get_string (object, where, "title", TRUE, error)) ||
      !(summary = bpg_json_get_string (object, where, "summary", TRUE, error)) ||
      !(page_ids = bpg_json_get_strv (object, where, "pages", TRUE, error)))
    return NULL;

  icon = bpg_json_get_string (object, where, "icon", FALSE, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  context = g_strconcat ("advice-topic:", id, NULL);
  topic = _bpg_topic_new (id, bpg_content_text_tr (&loader->text, context, title),
                          bpg_content_text_tr (&loader->text, context, summary), icon);

  for (guint i = 0; page_ids[i] != NULL; i++)
    {
      BpgPage *page = g_hash_table_lookup (loader->self->pages_by_id, page_ids[i]);

      if (page == NULL)
        {
          g_set_error (error, BPG_ERROR, BPG_ERROR_BROKEN_LINK,
                       _("%s.pages names \"%s\", which is not a page"), where, page_ids[i]);
          return NULL;
        }
      _bpg_topic_add_page (topic, page);
    }

  return g_steal_pointer (&topic);
}

static gboolean
load_topics (Loader     *loader,
             JsonObject *root,
             GError    **error)
{
  JsonArray *array = bpg_json_get_array (root, "content", "topics", TRUE, error);

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("topics[%u]", i);
      g_autoptr(BpgTopic) topic = NULL;
      JsonObject *object;
      char *id;

      if (!(object = bpg_json_require_object (json_array_get_element (array, i), where, error)) ||
          !(topic = load_topic (loader, object, where, error)))
        return FALSE;

      id = g_strdup (bpg_topic_get_id (topic));
      g_hash_table_insert (loader->self->topics_by_id, id, g_steal_pointer (&topic));
    }

  return TRUE;
}

static gboolean
load_home (Loader     *loader,
           JsonObject *root,
           GError    **error)
{
  g_auto(GStrv) ids = bpg_json_get_strv (root, "content", "home", TRUE, error);

  if (ids == NULL)
    return FALSE;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      BpgTopic *topic = g_hash_table_lookup (loader->self->topics_by_id, ids[i]);

      if (topic == NULL)
        {
          g_set_error (error, BPG_ERROR, BPG_ERROR_BROKEN_LINK,
                       _("content.home names \"%s\", which is not a topic"), ids[i]);
          return FALSE;
        }
      g_list_store_append (loader->self->topics, topic);
    }

  return TRUE;
}

/* Every link must lead somewhere, and every page must be reachable from the
 * home page, through topics and links, or a patient could never find it. */
static gboolean
check_links (BpgContent  *self,
             GError     **error)
{
  g_autoptr(GHashTable) reached = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) queue = g_ptr_array_new ();
  guint n_pages = g_list_model_get_n_items (G_LIST_MODEL (self->pages));

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->topics)); i++)
    {
      g_autoptr(BpgTopic) topic = g_list_model_get_item (G_LIST_MODEL (self->topics), i);
      GListModel *pages = bpg_topic_get_pages (topic);

      for (guint j = 0; j < g_list_model_get_n_items (pages); j++)
        {
          /* The store keeps the page alive; only a borrowed pointer is needed. */
          BpgPage *page = g_list_model_get_item (pages, j);

          g_object_unref (page);
          if (g_hash_table_add (reached, page))
            g_ptr_array_add (queue, page);
        }
    }

  for (guint q = 0; q < queue->len; q++)
    {
      BpgPage *page = g_ptr_array_index (queue, q);
      GListModel *blocks = bpg_page_get_blocks (page);

      for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
        {
          g_autoptr(BpgBlock) block = g_list_model_get_item (blocks, i);
          BpgPage *target;

          if (bpg_block_get_kind (block) != BPG_BLOCK_LINK)
            continue;

          target = g_hash_table_lookup (self->pages_by_id, bpg_block_get_target (block));
          if (target == NULL)
            {
              g_set_error (error, BPG_ERROR, BPG_ERROR_BROKEN_LINK,
                           _("Page \"%s\" links to \"%s\", which is not a page"),
                           bpg_page_get_id (page), bpg_block_get_target (block));
              return FALSE;
            }
          if (g_hash_table_add (reached, target))
            g_ptr_array_add (queue, target);
        }
    }

  for (guint i = 0; i < n_pages; i++)
    {
      g_autoptr(BpgPage) page = g_list_model_get_item (G_LIST_MODEL (self->pages), i);

      if (!g_hash_table_contains (reached, page))
        {
          g_set_error (error, BPG_ERROR, BPG_ERROR_BROKEN_LINK,
                       _("Page \"%s\" cannot be reached from the home page"),
                       bpg_page_get_id (page));
          return FALSE;
        }
    }

  return TRUE;
}

static void
bpg_content_finalize (GObject *object)
{
  BpgContent *self = (BpgContent *)object;

  g_clear_object (&self->topics);
  g_clear_object (&self->pages);
  g_clear_object (&self->sources);
  g_clear_pointer (&self->pages_by_id, g_hash_table_unref);
  g_clear_pointer (&self->topics_by_id, g_hash_table_unref);
  g_clear_pointer (&self->sources_by_id, g_hash_table_unref);
  g_clear_pointer (&self->msgids, g_ptr_array_unref);

  G_OBJECT_CLASS (bpg_content_parent_class)->finalize (object);
}

static void
bpg_content_class_init (BpgContentClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bpg_content_finalize;
}

static void
bpg_content_init (BpgContent *self)
{
  self->topics = g_list_store_new (BPG_TYPE_TOPIC);
  self->pages = g_list_store_new (BPG_TYPE_PAGE);
  self->sources = g_list_store_new (BPG_TYPE_SOURCE);
  /* Pages and sources are owned by their stores; topics by this table. */
  self->pages_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->sources_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->topics_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->msgids = g_ptr_array_new_with_free_func (g_free);
}

/**
 * bpg_content_new_from_bytes:
 * @bytes: the content file
 * @domain: (nullable): the gettext domain to translate with, or %NULL to keep
 *   the original English
 * @error: where to put a message naming the first problem found
 *
 * Loads and checks the advice content: its shape, every value, and that every
 * link resolves and every page can be reached from the home page.
 *
 * Returns: (transfer full) (nullable): the content, or %NULL with @error set
 */
BpgContent *
bpg_content_new_from_bytes (GBytes      *bytes,
                            const char  *domain,
                            GError     **error)
{
  static const char * const members[] = { "schema", "sources", "home", "topics", "pages", NULL };
  g_autoptr(BpgContent) self = g_object_new (BPG_TYPE_CONTENT, NULL);
  g_autoptr(JsonNode) node = NULL;
  Loader loader = { self, { self->msgids, domain }, NULL };
  JsonObject *root;
  gint64 schema;
  gboolean loaded;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(node = bpg_json_parse (bytes, "advice.json", error)) ||
      !(root = bpg_json_require_object (node, "content", error)) ||
      !bpg_json_check_members (root, "content", members, error) ||
      !bpg_json_get_int (root, "content", "schema", 1, G_MAXINT, &schema, error))
    return NULL;

  if (schema > BPG_CONTENT_SCHEMA)
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_NEWER_VERSION,
                   _("The advice content needs a newer version of this app"));
      return NULL;
    }

  loaded = load_sources (&loader, root, error) &&
           load_pages (&loader, root, error) &&
           load_topics (&loader, root, error) &&
           load_home (&loader, root, error) &&
           check_links (self, error);
  g_clear_object (&loader.signs);
  if (!loaded)
    return NULL;

  g_ptr_array_add (self->msgids, NULL);
  return g_steal_pointer (&self);
}

/**
 * bpg_content_new_from_resource:
 *
 * Like bpg_content_new_from_bytes(), reading a compiled-in resource.
 *
 * Returns: (transfer full) (nullable): the content
 */
BpgContent *
bpg_content_new_from_resource (const char  *path,
                               const char  *domain,
                               GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);

  return bpg_resource_parse (path, domain,
                             (BpgResourceParseFunc)bpg_content_new_from_bytes, error);
}

/**
 * bpg_content_load_async:
 *
 * Loads the content from a resource in a worker thread, so that the first
 * window can show before the pages are parsed.
 */
void
bpg_content_load_async (const char          *path,
                        const char          *domain,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  bpg_resource_parse_async (path, domain, (BpgResourceParseFunc)bpg_content_new_from_bytes,
                            bpg_content_load_async, cancellable, callback, user_data);
}

/**
 * bpg_content_load_finish:
 *
 * Returns: (transfer full) (nullable): the content, or %NULL with @error set
 */
BpgContent *
bpg_content_load_finish (GAsyncResult  *result,
                         GError       **error)
{
  return bpg_resource_parse_finish (result, bpg_content_load_async, error);
}

/**
 * bpg_content_get_topics:
 *
 * Returns: (transfer none): the #BpgTopic list of the home page, in order
 */
GListModel *
bpg_content_get_topics (BpgContent *self)
{
  g_return_val_if_fail (BPG_IS_CONTENT (self), NULL);

  return G_LIST_MODEL (self->topics);
}

/**
 * bpg_content_get_pages:
 *
 * Returns: (transfer none): every #BpgPage, in the order of the file
 */
GListModel *
bpg_content_get_pages (BpgContent *self)
{
  g_return_val_if_fail (BPG_IS_CONTENT (self), NULL);

  return G_LIST_MODEL (self->pages);
}

/**
 * bpg_content_get_sources:
 *
 * Returns: (transfer none): the #BpgSource leaflets
 */
GListModel *
bpg_content_get_sources (BpgContent *self)
{
  g_return_val_if_fail (BPG_IS_CONTENT (self), NULL);

  return G_LIST_MODEL (self->sources);
}

/**
 * bpg_content_lookup_page:
 *
 * Returns: (transfer none) (nullable): the page with @id
 */
BpgPage *
bpg_content_lookup_page (BpgContent *self,
                         const char *id)
{
  g_return_val_if_fail (BPG_IS_CONTENT (self), NULL);

  if (id == NULL)
    return NULL;

  return g_hash_table_lookup (self->pages_by_id, id);
}

/**
 * bpg_content_lookup_topic:
 *
 * Returns: (transfer none) (nullable): the topic with @id
 */
BpgTopic *
bpg_content_lookup_topic (BpgContent *self,
                          const char *id)
{
  g_return_val_if_fail (BPG_IS_CONTENT (self), NULL);

  if (id == NULL)
    return NULL;

  return g_hash_table_lookup (self->topics_by_id, id);
}

/**
 * bpg_content_get_msgids:
 *
 * Every translatable string that was read, as "context\004text" (the form
 * gettext uses for a string with a context), in the order read.
 *
 * Returns: (transfer none): a %NULL-terminated array
 */
const char * const *
bpg_content_get_msgids (BpgContent *self)
{
  g_return_val_if_fail (BPG_IS_CONTENT (self), NULL);

  return (const char * const *)self->msgids->pdata;
}

/**
 * bpg_content_dup_context:
 * @page_id: a page's ID
 *
 * Returns: (transfer full): the gettext message context of a page's strings
 */
char *
bpg_content_dup_context (const char *page_id)
{
  return g_strconcat ("advice:", page_id, NULL);
}
