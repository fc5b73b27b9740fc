/* bpg-json.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bpg-error.h"
#include "bpg-json.h"

static const char *
type_name (JsonNode *node)
{
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return "null";
  if (JSON_NODE_HOLDS_OBJECT (node))
    return "an object";
  if (JSON_NODE_HOLDS_ARRAY (node))
    return "a list";

  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return "text";
    case G_TYPE_BOOLEAN:
      return "true or false";
    default:
      return "a number";
    }
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

/**
 * bpg_json_parse:
 * @bytes: the file's contents
 * @file_name: the name to use in messages
 *
 * Returns: (transfer full) (nullable): the root node, or %NULL with @error set
 */
JsonNode *
bpg_json_parse (GBytes      *bytes,
                const char  *file_name,
                GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  JsonNode *node;

  if (!g_utf8_validate (data != NULL ? data : "", size, NULL))
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("%s is not valid UTF-8 text"), file_name);
      return NULL;
    }

  node = bpg_json_parse_text (data, size, BPG_JSON_PARSE_DEFAULT, NULL, &local_error);
  if (node != NULL)
    return node;

  if (g_error_matches (local_error, BPG_ERROR, BPG_ERROR_NOT_FOUND))
    g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA, _("%s is empty"), file_name);
  else
    g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                 _("%s could not be read: %s"), file_name, local_error->message);

  return NULL;
}

JsonObject *
bpg_json_require_object (JsonNode    *node,
                         const char  *where,
                         GError     **error)
{
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("%s must be an object, not %s"), where, type_name (node));
      return NULL;
    }

  return json_node_get_object (node);
}

/**
 * bpg_json_get_string:
 * @required: whether a missing member is an error
 *
 * Reads a member that must hold text that is not blank.
 *
 * Returns: (nullable): the text; %NULL when missing (with @error set only if
 *   @required) or wrong
 */
const char *
bpg_json_get_string (JsonObject  *object,
                     const char  *where,
                     const char  *member,
                     gboolean     required,
                     GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);
  const char *text;

  if (node == NULL)
    {
      if (required)
        g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                     _("%s.%s is missing"), where, member);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("%s.%s must be text, not %s"), where, member, type_name (node));
      return NULL;
    }

  text = json_node_get_string (node);
  if (is_blank (text))
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("%s.%s is empty"), where, member);
      return NULL;
    }

  return text;
}

/**
 * bpg_json_get_array:
 *
 * Returns: (nullable): the list held by @member
 */
JsonArray *
bpg_json_get_array (JsonObject  *object,
                    const char  *where,
                    const char  *member,
                    gboolean     required,
                    GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    {
      if (required)
        g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                     _("%s.%s is missing"), where, member);
      return NULL;
    }

  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("%s.%s must be a list, not %s"), where, member, type_name (node));
      return NULL;
    }

  return json_node_get_array (node);
}

/**
 * bpg_json_get_int:
 *
 * Reads a required whole number between @min and @max.
 */
gboolean
bpg_json_get_int (JsonObject  *object,
                  const char  *where,
                  const char  *member,
                  gint64       min,
                  gint64       max,
                  gint64      *value,
                  GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL)
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("%s.%s is missing"), where, member);
      return FALSE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("%s.%s must be a whole number, not %s"), where, member, type_name (node));
      return FALSE;
    }

  *value = json_node_get_int (node);
  if (*value < min || *value > max)
    {
      g_autofree char *low = g_strdup_printf ("%" G_GINT64_FORMAT, min);
      g_autofree char *high = g_strdup_printf ("%" G_GINT64_FORMAT, max);

      /* Translators: the first %s names a field; the others are numbers */
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("%s.%s must be between %s and %s"), where, member, low, high);
      return FALSE;
    }

  return TRUE;
}

/**
 * bpg_json_get_strv:
 *
 * Reads a list of texts, none of them blank, and at least one.
 *
 * Returns: (transfer full) (nullable): the texts
 */
char **
bpg_json_get_strv (JsonObject  *object,
                   const char  *where,
                   const char  *member,
                   gboolean     required,
                   GError     **error)
{
  g_autoptr(GStrvBuilder) builder = NULL;
  JsonArray *array;
  guint n;

  array = bpg_json_get_array (object, where, member, required, error);
  if (array == NULL)
    return NULL;

  n = json_array_get_length (array);
  if (n == 0)
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("%s.%s is an empty list"), where, member);
      return NULL;
    }

  builder = g_strv_builder_new ();
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                       _("%s.%s[%u] must be text, not %s"), where, member, i, type_name (node));
          return NULL;
        }
      if (is_blank (json_node_get_string (node)))
        {
          g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                       _("%s.%s[%u] is empty"), where, member, i);
          return NULL;
        }
      g_strv_builder_add (builder, json_node_get_string (node));
    }

  return g_strv_builder_end (builder);
}

/**
 * bpg_json_check_members:
 * @allowed: the member names that may appear, %NULL-terminated
 *
 * Catches misspelt members, which would otherwise be ignored silently.
 */
gboolean
bpg_json_check_members (JsonObject         *object,
                        const char         *where,
                        const char * const *allowed,
                        GError            **error)
{
  JsonObjectIter iter;
  const char *name;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, NULL))
    {
      if (!g_strv_contains (allowed, name))
        {
          g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                       _("%s has an unknown member \"%s\""), where, name);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * bpg_json_is_valid_id:
 * @id: an ID from a data file
 *
 * IDs are what links, settings and message contexts use, so they are kept
 * plain: lower-case letters, digits and dashes.
 *
 * Returns: whether @id is a valid ID
 */
gboolean
bpg_json_is_valid_id (const char *id)
{
  if (id == NULL || *id == '\0')
    return FALSE;

  for (const char *p = id; *p; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;

  return TRUE;
}

/**
 * bpg_json_get_id:
 * @taken: (nullable): IDs already used, as keys
 *
 * Reads the required member "id", which must be a valid ID not in @taken.
 *
 * Returns: (nullable): the ID
 */
const char *
bpg_json_get_id (JsonObject  *object,
                 const char  *where,
                 GHashTable  *taken,
                 GError     **error)
{
  const char *id = bpg_json_get_string (object, where, "id", TRUE, error);

  if (id == NULL)
    return NULL;

  if (!bpg_json_is_valid_id (id))
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("%s.id \"%s\" may hold only lower-case letters, digits and dashes"),
                   where, id);
      return NULL;
    }

  if (taken != NULL && g_hash_table_contains (taken, id))
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("%s.id \"%s\" is used twice"), where, id);
      return NULL;
    }

  return id;
}
