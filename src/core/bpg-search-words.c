/* bpg-search-words.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-search-words"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bpg-error.h"
#include "bpg-fold.h"
#include "bpg-json.h"
#include "bpg-l10n.h"
#include "bpg-resource.h"
#include "bpg-search-words.h"

#define BPG_WORDS_SCHEMA 1
#define WORDS_FILE "words.json"

/* The patients' words (data/content/words.json): the everyday words people
 * type, and the content's terms they mean. Each list is one translatable,
 * comma-separated string, so a translation gives its own language's words
 * rather than the English ones word for word; the words to ignore ("is",
 * "my") and the endings that make a word's other forms ("s", "ing") are
 * translated the same way. */
struct _BpgSearchWords
{
  GObject     parent_instance;

  GPtrArray  *entries;   /* BpgSearchWordsEntry */
  GHashTable *ignore;    /* folded word → itself */
  GStrv       endings;
  GStrv       first;     /* result IDs put first when a warning sign is touched */
  GPtrArray  *msgids;
};

G_DEFINE_FINAL_TYPE (BpgSearchWords, bpg_search_words, G_TYPE_OBJECT)

static void
entry_free (gpointer data)
{
  BpgSearchWordsEntry *entry = data;

  g_free (entry->id);
  g_ptr_array_unref (entry->say);
  g_ptr_array_unref (entry->means);
  g_free (entry);
}

/* "wet myself, pee" → [["wet", "myself"], ["pee"]], folded. */
static GPtrArray *
split_list (const char *text)
{
  GPtrArray *phrases = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char **words = bpg_fold_split_words (parts[i]);

      if (words[0] == NULL)
        g_strfreev (words);
      else
        g_ptr_array_add (phrases, words);
    }

  return phrases;
}

static GStrv
split_words (const char *text)
{
  g_autoptr(GPtrArray) phrases = split_list (text);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; i < phrases->len; i++)
    g_strv_builder_addv (builder, (const char **)g_ptr_array_index (phrases, i));

  return g_strv_builder_end (builder);
}

static const char *
tr (BpgSearchWords *self,
    const char     *domain,
    const char     *id,
    const char     *text)
{
  g_autofree char *context = g_strconcat ("words:", id, NULL);

  return bpg_l10n_lookup (self->msgids, domain, context, text);
}

static gboolean
load_rules (BpgSearchWords  *self,
            JsonObject      *root,
            const char      *domain,
            GError         **error)
{
  static const char * const members[] = { "id", "ignore", "endings", NULL };
  JsonArray *array = bpg_json_get_array (root, WORDS_FILE, "language", TRUE, error);

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf (WORDS_FILE " language[%u]", i);
      g_auto(GStrv) ignore = NULL;
      JsonObject *object;
      const char *id, *ignored, *endings;

      if (!(object = bpg_json_require_object (json_array_get_element (array, i), where, error)) ||
          !bpg_json_check_members (object, where, members, error) ||
          !(id = bpg_json_get_id (object, where, NULL, error)) ||
          !(ignored = bpg_json_get_string (object, where, "ignore", TRUE, error)) ||
          !(endings = bpg_json_get_string (object, where, "endings", TRUE, error)))
        return FALSE;

      ignore = split_words (tr (self, domain, id, ignored));
      for (guint w = 0; ignore[w] != NULL; w++)
        g_hash_table_add (self->ignore, g_strdup (ignore[w]));
      g_strfreev (self->endings);
      self->endings = split_words (tr (self, domain, id, endings));
    }

  return TRUE;
}

static BpgSearchWordsEntry *
load_entry (BpgSearchWords  *self,
            JsonObject      *object,
            const char      *where,
            GHashTable      *ids,
            const char      *domain,
            GError         **error)
{
  static const char * const members[] = { "id", "say", "means", "warning", NULL };
  BpgSearchWordsEntry *entry;
  const char *id, *say, *means;
  JsonNode *warning;

  if (!bpg_json_check_members (object, where, members, error) ||
      !(id = bpg_json_get_id (object, where, ids, error)) ||
      !(say = bpg_json_get_string (object, where, "say", TRUE, error)) ||
      !(means = bpg_json_get_string (object, where, "means", TRUE, error)))
    return NULL;

  warning = json_object_get_member (object, "warning");
  if (warning == NULL || json_node_get_value_type (warning) != G_TYPE_BOOLEAN)
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("%s.warning must be true or false"), where);
      return NULL;
    }

  entry = g_new0 (BpgSearchWordsEntry, 1);
  entry->id = g_strdup (id);
  entry->say = split_list (tr (self, domain, id, say));
  entry->means = split_list (tr (self, domain, id, means));
  entry->warning = json_node_get_boolean (warning);
  return entry;
}

static gboolean
load_entries (BpgSearchWords  *self,
              JsonObject      *root,
              const char      *domain,
              GError         **error)
{
  g_autoptr(GHashTable) ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  JsonArray *array = bpg_json_get_array (root, WORDS_FILE, "words", TRUE, error);

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf (WORDS_FILE " words[%u]", i);
      JsonObject *object;
      BpgSearchWordsEntry *entry;

      if (!(object = bpg_json_require_object (json_array_get_element (array, i), where, error)) ||
          !(entry = load_entry (self, object, where, ids, domain, error)))
        return FALSE;

      g_ptr_array_add (self->entries, entry);
    }

  return TRUE;
}

static void
bpg_search_words_finalize (GObject *object)
{
  BpgSearchWords *self = (BpgSearchWords *)object;

  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->ignore, g_hash_table_unref);
  g_clear_pointer (&self->endings, g_strfreev);
  g_clear_pointer (&self->first, g_strfreev);
  g_clear_pointer (&self->msgids, g_ptr_array_unref);

  G_OBJECT_CLASS (bpg_search_words_parent_class)->finalize (object);
}

static void
bpg_search_words_class_init (BpgSearchWordsClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bpg_search_words_finalize;
}

static void
bpg_search_words_init (BpgSearchWords *self)
{
  self->entries = g_ptr_array_new_with_free_func (entry_free);
  self->ignore = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->endings = g_new0 (char *, 1);
  self->first = g_new0 (char *, 1);
  self->msgids = g_ptr_array_new_with_free_func (g_free);
}

/**
 * bpg_search_words_new:
 *
 * Returns: (transfer full): no patients' words at all: search then matches
 *   only the content's own words
 */
BpgSearchWords *
bpg_search_words_new (void)
{
  BpgSearchWords *self = g_object_new (BPG_TYPE_SEARCH_WORDS, NULL);

  g_ptr_array_add (self->msgids, NULL);
  return self;
}

/**
 * bpg_search_words_new_from_bytes:
 * @bytes: the patients' words file
 * @domain: (nullable): the gettext domain to translate with, or %NULL to keep
 *   the original English
 *
 * Returns: (transfer full) (nullable): the words, or %NULL with @error naming
 *   the first problem found
 */
BpgSearchWords *
bpg_search_words_new_from_bytes (GBytes      *bytes,
                                 const char  *domain,
                                 GError     **error)
{
  static const char * const members[] = { "schema", "language", "first", "words", NULL };
  g_autoptr(BpgSearchWords) self = g_object_new (BPG_TYPE_SEARCH_WORDS, NULL);
  g_autoptr(JsonNode) node = NULL;
  JsonObject *root;
  gint64 schema;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(node = bpg_json_parse (bytes, WORDS_FILE, error)) ||
      !(root = bpg_json_require_object (node, WORDS_FILE, error)) ||
      !bpg_json_check_members (root, WORDS_FILE, members, error) ||
      !bpg_json_get_int (root, WORDS_FILE, "schema", 1, G_MAXINT, &schema, error))
    return NULL;

  if (schema > BPG_WORDS_SCHEMA)
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_NEWER_VERSION,
                   _("%s was written for a newer version of the app"), WORDS_FILE);
      return NULL;
    }

  g_strfreev (self->first);
  if (!(self->first = bpg_json_get_strv (root, WORDS_FILE, "first", TRUE, error)) ||
      !load_rules (self, root, domain, error) ||
      !load_entries (self, root, domain, error))
    return NULL;

  g_ptr_array_add (self->msgids, NULL);
  return g_steal_pointer (&self);
}

BpgSearchWords *
bpg_search_words_new_from_resource (const char  *path,
                                    const char  *domain,
                                    GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);

  return bpg_resource_parse (path, domain,
                             (BpgResourceParseFunc)bpg_search_words_new_from_bytes, error);
}

/**
 * bpg_search_words_get_entries:
 *
 * Returns: (transfer none) (element-type BpgSearchWordsEntry): every entry
 */
GPtrArray *
bpg_search_words_get_entries (BpgSearchWords *self)
{
  g_return_val_if_fail (BPG_IS_SEARCH_WORDS (self), NULL);

  return self->entries;
}

/**
 * bpg_search_words_is_ignored:
 * @word: a folded word
 *
 * Returns: whether @word says nothing on its own ("is", "my"), so a
 *   question typed in full still finds what it asks about
 */
gboolean
bpg_search_words_is_ignored (BpgSearchWords *self,
                             const char     *word)
{
  g_return_val_if_fail (BPG_IS_SEARCH_WORDS (self), FALSE);

  return g_hash_table_contains (self->ignore, word);
}

/**
 * bpg_search_words_get_endings:
 *
 * Returns: (transfer none): the endings that make other forms of a word
 */
const char * const *
bpg_search_words_get_endings (BpgSearchWords *self)
{
  g_return_val_if_fail (BPG_IS_SEARCH_WORDS (self), NULL);

  return (const char * const *)self->endings;
}

/**
 * bpg_search_words_get_first:
 *
 * Returns: (transfer none): the IDs of the results shown first, in order,
 *   when a search touches a warning sign
 */
const char * const *
bpg_search_words_get_first (BpgSearchWords *self)
{
  g_return_val_if_fail (BPG_IS_SEARCH_WORDS (self), NULL);

  return (const char * const *)self->first;
}

/**
 * bpg_search_words_get_msgids:
 *
 * Returns: (transfer none): every string looked up for translation, as
 *   "context\004text"
 */
const char * const *
bpg_search_words_get_msgids (BpgSearchWords *self)
{
  g_return_val_if_fail (BPG_IS_SEARCH_WORDS (self), NULL);

  return (const char * const *)self->msgids->pdata;
}
