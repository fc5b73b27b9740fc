/* bpg-service-loader.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-services"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "bpg-error.h"
#include "bpg-json.h"
#include "bpg-l10n.h"
#include "bpg-service-catalog.h"
#include "bpg-service-file.h"
#include "bpg-service-private.h"

#define BPG_SERVICES_SCHEMA 1
#define ROOT                "file"

/* Reading and checking one services file. Every value is checked, and each
 * problem is kept with the path of its field and the line it is on, so an
 * administrator can find it. Nothing reaches the catalog from here: the
 * catalog adds the file's areas and services only if there are no problems. */
typedef struct
{
  BpgServiceCatalog *catalog;
  const char        *file_name;
  const char        *text;
  gsize              length;
  gboolean           builtin;
  const char        *domain;
  GPtrArray         *msgids;
  GPtrArray         *areas;
  GHashTable        *area_ids;
  GPtrArray         *services;
  GHashTable        *service_ids;
  GPtrArray         *problems;
  char              *field;     /* the field of the last error */
  GHashTable        *indexes;   /* where the elements of each list start */
} Loader;

static const char *
tr (Loader     *loader,
    const char *context,
    const char *text)
{
  /* Local files are the administrator's own words: not translated. */
  if (!loader->builtin)
    return text;

  return bpg_l10n_lookup (loader->msgids, loader->domain, context, text);
}

static void
remember_field (Loader     *loader,
                const char *where,
                const char *member)
{
  g_free (loader->field);

  if (member == NULL)
    loader->field = g_strdup (where);
  else if (g_str_equal (where, ROOT))
    loader->field = g_strdup (member);
  else
    loader->field = g_strconcat (where, ".", member, NULL);
}

/* Sets @error to @message, which it takes, about @where.@member. */
static gboolean
fail (Loader      *loader,
      const char  *where,
      const char  *member,
      GError     **error,
      int          code,
      char        *message)
{
  remember_field (loader, where, member);
  g_set_error_literal (error, BPG_ERROR, code, message);
  g_free (message);

  return FALSE;
}

/* Each problem in a list is looked for from the start of its element, not
 * of the file, so a file of many broken services is checked in linear time. */
static guint
locate (Loader     *loader,
        const char *field)
{
  const char *bracket = strchr (field, '[');
  g_autofree char *member = NULL;
  GArray *index;
  guint64 i;
  char *end;

  if (bracket == NULL || bracket == field)
    return bpg_service_file_locate (loader->text, loader->length, field);

  i = g_ascii_strtoull (bracket + 1, &end, 10);
  if (end == bracket + 1 || *end != ']')
    return bpg_service_file_locate (loader->text, loader->length, field);

  member = g_strndup (field, bracket - field);
  index = g_hash_table_lookup (loader->indexes, member);
  if (index == NULL)
    {
      index = bpg_service_file_index (loader->text, loader->length, member);
      g_hash_table_insert (loader->indexes, g_steal_pointer (&member), index);
    }
  if (i >= index->len)
    return bpg_service_file_locate (loader->text, loader->length, field);

  return bpg_service_file_locate_at (loader->text, loader->length,
                                     &g_array_index (index, BpgServiceFilePos, i), end + 1);
}

static void
add_problem (Loader *loader,
             GError *error)
{
  guint line = 0;

  if (loader->field != NULL && loader->text != NULL)
    line = locate (loader, loader->field);

  g_ptr_array_add (loader->problems,
                   _bpg_service_problem_new (loader->file_name, line, loader->field,
                                             error->message));
  g_clear_pointer (&loader->field, g_free);
}

static const char *
read_text (Loader      *loader,
           JsonObject  *object,
           const char  *where,
           const char  *member,
           gboolean     required,
           GError     **error)
{
  GError *local_error = NULL;
  const char *text = bpg_json_get_string (object, where, member, required, &local_error);

  if (local_error != NULL)
    {
      remember_field (loader, where, member);
      g_propagate_error (error, local_error);
    }

  return text;
}

static char **
read_strv (Loader      *loader,
           JsonObject  *object,
           const char  *where,
           const char  *member,
           GError     **error)
{
  GError *local_error = NULL;
  char **items = bpg_json_get_strv (object, where, member, TRUE, &local_error);

  if (local_error != NULL)
    {
      remember_field (loader, where, member);
      g_propagate_error (error, local_error);
    }

  return items;
}

static JsonArray *
read_array (Loader      *loader,
            JsonObject  *object,
            const char  *where,
            const char  *member,
            gboolean     required,
            GError     **error)
{
  GError *local_error = NULL;
  JsonArray *array = bpg_json_get_array (object, where, member, required, &local_error);

  if (local_error != NULL)
    {
      remember_field (loader, where, member);
      g_propagate_error (error, local_error);
    }

  return array;
}

static JsonObject *
read_object (Loader      *loader,
             JsonNode    *node,
             const char  *where,
             GError     **error)
{
  JsonObject *object = bpg_json_require_object (node, where, error);

  if (object == NULL)
    remember_field (loader, where, NULL);

  return object;
}

/* Catches misspelt members, which would otherwise be ignored silently. */
static gboolean
check_members (Loader             *loader,
               JsonObject         *object,
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
        /* Translators: the first %s is a place in a file, like "services[2]" */
        return fail (loader, where, name, error, BPG_ERROR_INVALID_DATA,
                     g_strdup_printf (_("%s has an unknown member “%s”"), where, name));
    }

  return TRUE;
}

static const char *
read_id (Loader      *loader,
         JsonObject  *object,
         const char  *where,
         GHashTable  *taken,
         GError     **error)
{
  const char *id = read_text (loader, object, where, "id", TRUE, error);

  if (id == NULL)
    return NULL;

  if (!bpg_json_is_valid_id (id))
    {
      fail (loader, where, "id", error, BPG_ERROR_INVALID_DATA,
            g_strdup_printf (_("%s.id “%s” may hold only lower-case letters, digits and dashes"),
                             where, id));
      return NULL;
    }

  if (g_hash_table_contains (taken, id))
    {
      fail (loader, where, "id", error, BPG_ERROR_INVALID_DATA,
            g_strdup_printf (_("%s.id “%s” is used twice in this file"), where, id));
      return NULL;
    }

  return id;
}

static gboolean
is_known_area (Loader     *loader,
               const char *id)
{
  return bpg_service_catalog_lookup_area (loader->catalog, id) != NULL ||
         g_hash_table_contains (loader->area_ids, id);
}

static BpgServiceArea *
load_area (Loader      *loader,
           JsonObject  *object,
           const char  *where,
           GError     **error)
{
  static const char * const members[] = { "id", "name", "within", NULL };
  g_autofree char *context = NULL;
  GError *local_error = NULL;
  const char *id, *name, *within;

  if (!check_members (loader, object, where, members, error) ||
      !(id = read_id (loader, object, where, loader->area_ids, error)) ||
      !(name = read_text (loader, object, where, "name", TRUE, error)))
    return NULL;

  if (bpg_service_catalog_lookup_area (loader->catalog, id) != NULL)
    {
      fail (loader, where, "id", error, BPG_ERROR_INVALID_DATA,
            g_strdup_printf (_("%s.id: the area “%s” already exists. To list services "
                               "there, use its ID in their “areas”"), where, id));
      return NULL;
    }

  within = read_text (loader, object, where, "within", FALSE, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  /* An area may only be within one already known, so areas never loop. */
  if (within != NULL && !is_known_area (loader, within))
    {
      fail (loader, where, "within", error, BPG_ERROR_BROKEN_LINK,
            g_strdup_printf (_("%s.within names “%s”, which is not an area known so far"),
                             where, within));
      return NULL;
    }

  context = g_strconcat ("service-area:", id, NULL);
  return _bpg_service_area_new (id, tr (loader, context, name), within);
}

static gboolean
check_url (Loader      *loader,
           const char  *where,
           const char  *url,
           GError     **error)
{
  g_autoptr(GUri) uri = NULL;

  if (!g_str_has_prefix (url, "https://"))
    return fail (loader, where, "url", error, BPG_ERROR_INVALID_DATA,
                 g_strdup_printf (_("%s.url “%s” must start with https://"), where, url));

  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL || g_uri_get_host (uri) == NULL || *g_uri_get_host (uri) == '\0' ||
      strpbrk (url, " \t\r\n") != NULL)
    return fail (loader, where, "url", error, BPG_ERROR_INVALID_DATA,
                 g_strdup_printf (_("%s.url “%s” is not a valid web address"), where, url));

  return TRUE;
}

static gboolean
load_links (Loader            *loader,
            JsonObject        *object,
            const char        *where,
            const char        *context,
            BpgServiceFields  *fields,
            GError           **error)
{
  static const char * const members[] = { "text", "url", NULL };
  g_autoptr(GStrvBuilder) texts = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) urls = g_strv_builder_new ();
  GError *local_error = NULL;
  JsonArray *array;

  array = read_array (loader, object, where, "links", FALSE, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *link_where = g_strdup_printf ("%s.links[%u]", where, i);
      JsonObject *link;
      const char *text, *url;

      if (!(link = read_object (loader, json_array_get_element (array, i), link_where, error)) ||
          !check_members (loader, link, link_where, members, error) ||
          !(text = read_text (loader, link, link_where, "text", TRUE, error)) ||
          !(url = read_text (loader, link, link_where, "url", TRUE, error)) ||
          !check_url (loader, link_where, url, error))
        return FALSE;

      g_strv_builder_add (texts, tr (loader, context, text));
      g_strv_builder_add (urls, url);
    }

  fields->link_texts = g_strv_builder_end (texts);
  fields->link_urls = g_strv_builder_end (urls);
  return TRUE;
}

static gboolean
check_phone (Loader      *loader,
             const char  *where,
             const char  *phone,
             GError     **error)
{
  gboolean valid = TRUE;
  guint digits = 0;

  for (const char *p = phone; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        digits++;
      else if (strchr (" +-()", *p) == NULL)
        valid = FALSE;
    }

  if (!valid || digits < 3 || digits > 15)
    return fail (loader, where, "phone", error, BPG_ERROR_INVALID_DATA,
                 g_strdup_printf (_("%s.phone “%s” is not a phone number: use digits, "
                                    "spaces and + only"), where, phone));

  return TRUE;
}

static gboolean
load_service_areas (Loader            *loader,
                    JsonObject        *object,
                    const char        *where,
                    BpgServiceFields  *fields,
                    GError           **error)
{
  fields->area_ids = read_strv (loader, object, where, "areas", error);
  if (fields->area_ids == NULL)
    return FALSE;

  for (guint i = 0; fields->area_ids[i] != NULL; i++)
    {
      if (!is_known_area (loader, fields->area_ids[i]))
        {
          g_autofree char *member = g_strdup_printf ("areas[%u]", i);

          return fail (loader, where, member, error, BPG_ERROR_BROKEN_LINK,
                       g_strdup_printf (_("%s.areas names “%s”, which is not a known area"),
                                        where, fields->area_ids[i]));
        }
    }

  return TRUE;
}

static gboolean
load_referral (Loader            *loader,
               JsonObject        *object,
               const char        *where,
               BpgServiceFields  *fields,
               GError           **error)
{
  const char *name = read_text (loader, object, where, "referral", TRUE, error);

  if (name == NULL)
    return FALSE;

  if (!bpg_referral_from_string (name, &fields->referral))
    return fail (loader, where, "referral", error, BPG_ERROR_INVALID_DATA,
                 g_strdup_printf (_("%s.referral “%s” must be self, none, ask-gp or "
                                    "see-service"), where, name));

  return TRUE;
}

static gboolean
load_source (Loader            *loader,
             JsonObject        *object,
             const char        *where,
             BpgServiceFields  *fields,
             GError           **error)
{
  const char *source = read_text (loader, object, where, "source", TRUE, error);

  if (source == NULL)
    return FALSE;

  /* Built-in facts must come from the leaflets or standard NHS advice. */
  if (loader->builtin && bpg_service_source_to_text (source) == NULL)
    return fail (loader, where, "source", error, BPG_ERROR_INVALID_DATA,
                 g_strdup_printf (_("%s.source “%s” must be low-back-pain, sciatica or nhs"),
                                  where, source));

  fields->source = g_strdup (source);
  return TRUE;
}

static gboolean
load_texts (Loader            *loader,
            JsonObject        *object,
            const char        *where,
            const char        *context,
            BpgServiceFields  *fields,
            GError           **error)
{
  const char *name, *who_for, *reach, *expect, *not_if, *phone;
  GError *local_error = NULL;

  if (!(name = read_text (loader, object, where, "name", TRUE, error)) ||
      !(who_for = read_text (loader, object, where, "for", TRUE, error)) ||
      !(reach = read_text (loader, object, where, "reach", TRUE, error)) ||
      !(expect = read_text (loader, object, where, "expect", TRUE, error)) ||
      !(not_if = read_text (loader, object, where, "not-if", TRUE, error)))
    return FALSE;

  phone = read_text (loader, object, where, "phone", FALSE, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (phone != NULL && !check_phone (loader, where, phone, error))
    return FALSE;

  fields->name = g_strdup (tr (loader, context, name));
  fields->who_for = g_strdup (tr (loader, context, who_for));
  fields->how_to_reach = g_strdup (tr (loader, context, reach));
  fields->what_to_expect = g_strdup (tr (loader, context, expect));
  fields->not_if = g_strdup (tr (loader, context, not_if));
  fields->phone = g_strdup (phone);
  return TRUE;
}

static BpgService *
load_service (Loader      *loader,
              JsonObject  *object,
              const char  *where,
              GError     **error)
{
  static const char * const members[] = {
    "id", "name", "areas", "for", "referral", "reach", "phone", "links", "expect",
    "not-if", "source", NULL
  };
  g_auto(BpgServiceFields) fields = { 0 };
  g_autofree char *context = NULL;
  const char *id;

  if (!check_members (loader, object, where, members, error) ||
      !(id = read_id (loader, object, where, loader->service_ids, error)))
    return NULL;

  context = g_strconcat ("service:", id, NULL);
  if (!load_texts (loader, object, where, context, &fields, error) ||
      !load_service_areas (loader, object, where, &fields, error) ||
      !load_referral (loader, object, where, &fields, error) ||
      !load_links (loader, object, where, context, &fields, error) ||
      !load_source (loader, object, where, &fields, error))
    return NULL;

  fields.id = g_strdup (id);
  fields.origin = loader->builtin ? NULL : g_strdup (loader->file_name);

  return _bpg_service_new (&fields);
}

static gboolean
load_areas (Loader      *loader,
            JsonObject  *root,
            GError     **error)
{
  JsonArray *array = read_array (loader, root, ROOT, "areas", loader->builtin, error);

  if (array == NULL)
    return error == NULL || *error == NULL;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("areas[%u]", i);
      JsonObject *object;
      BpgServiceArea *area;

      if (!(object = read_object (loader, json_array_get_element (array, i), where, error)) ||
          !(area = load_area (loader, object, where, error)))
        return FALSE;

      g_ptr_array_add (loader->areas, area);
      g_hash_table_add (loader->area_ids, (gpointer)bpg_service_area_get_id (area));
    }

  if (loader->builtin && loader->areas->len == 0)
    return fail (loader, ROOT, "areas", error, BPG_ERROR_INVALID_DATA,
                 g_strdup (_("areas is an empty list")));

  return TRUE;
}

/* Each service is checked even after a bad one, so that an administrator
 * sees every problem in the file at once. */
static void
load_services (Loader     *loader,
               JsonObject *root)
{
  g_autoptr(GError) error = NULL;
  JsonArray *array = read_array (loader, root, ROOT, "services", TRUE, &error);

  if (array != NULL && json_array_get_length (array) == 0)
    fail (loader, ROOT, "services", &error, BPG_ERROR_INVALID_DATA,
          g_strdup (_("services is an empty list")));

  if (error != NULL)
    {
      add_problem (loader, error);
      return;
    }

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("services[%u]", i);
      g_autoptr(GError) service_error = NULL;
      JsonObject *object;
      BpgService *service = NULL;

      if ((object = read_object (loader, json_array_get_element (array, i), where,
                                 &service_error)))
        service = load_service (loader, object, where, &service_error);

      if (service == NULL)
        {
          add_problem (loader, service_error);
          continue;
        }

      g_ptr_array_add (loader->services, service);
      g_hash_table_add (loader->service_ids, (gpointer)bpg_service_get_id (service));
    }
}

static void
load_root (Loader   *loader,
           JsonNode *node)
{
  static const char * const members[] = { "schema", "areas", "services", NULL };
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  gint64 schema;

  if (!(root = read_object (loader, node, ROOT, &error)) ||
      !check_members (loader, root, ROOT, members, &error))
    {
      add_problem (loader, error);
      return;
    }

  if (!bpg_json_get_int (root, ROOT, "schema", 1, G_MAXINT, &schema, &error))
    {
      remember_field (loader, ROOT, "schema");
      add_problem (loader, error);
      return;
    }

  if (schema > BPG_SERVICES_SCHEMA)
    {
      /* Translators: both %d are version numbers of the file format */
      fail (loader, ROOT, "schema", &error, BPG_ERROR_NEWER_VERSION,
            g_strdup_printf (_("schema %d needs a newer version of "
                               "Back Pain Guide, which reads schema %d"),
                             (int) MIN (schema, G_MAXINT), BPG_SERVICES_SCHEMA));
      add_problem (loader, error);
      return;
    }

  if (!load_areas (loader, root, &error))
    {
      add_problem (loader, error);
      return;
    }

  load_services (loader, root);
}

static void
add_problem_at (Loader       *loader,
                BpgJsonPlace *place,
                const char   *message)
{
  g_ptr_array_add (loader->problems,
                   _bpg_service_problem_new (loader->file_name, place->line, place->field,
                                             message));
}

static JsonNode *
parse (Loader *loader)
{
  g_auto(BpgJsonPlace) place = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) parse_error = NULL;
  JsonNode *node;
  const char *rest;
  guint column;

  if (!g_utf8_validate (loader->text, loader->length, NULL))
    {
      g_set_error (&error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("The file is not UTF-8 text. Save it as UTF-8"));
      add_problem (loader, error);
      return NULL;
    }

  node = bpg_json_parse_text (loader->text, loader->length, BPG_JSON_PARSE_DEFAULT, &place,
                              &parse_error);
  if (node != NULL)
    return node;

  if (parse_error->domain == BPG_ERROR && parse_error->code == BPG_ERROR_NOT_FOUND)
    g_set_error (&error, BPG_ERROR, BPG_ERROR_INVALID_DATA, _("The file is empty"));
  else if (parse_error->domain == BPG_ERROR)
    {
      add_problem_at (loader, &place, parse_error->message);
      return NULL;
    }
  else if (bpg_service_file_syntax_line (parse_error->message, &place.line, &column, &rest))
    {
      g_autofree char *message =
        /* Translators: %u is a column number; %s is json-glib's description */
        g_strdup_printf (_("The file is not valid JSON (column %u: %s)"), column, rest);

      add_problem_at (loader, &place, message);
      return NULL;
    }
  else
    g_set_error (&error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                 _("The file is not valid JSON (%s)"), parse_error->message);

  add_problem (loader, error);
  return NULL;
}

/**
 * _bpg_service_loader_read:
 * @catalog: the catalog so far, whose areas the file may use
 * @builtin: whether this is the app's own file, which is translated and
 *   held to the leaflets
 * @msgids: where to add "context\004text" for each translated string
 * @areas: (element-type BpgServiceArea): where to add the file's areas
 * @services: (element-type BpgService): where to add the file's services
 *
 * Returns: (transfer full) (element-type BpgServiceProblem): what is wrong
 *   with the file; when it is not empty, @areas and @services are incomplete
 */
GPtrArray *
_bpg_service_loader_read (BpgServiceCatalog *catalog,
                          GBytes            *bytes,
                          const char        *file_name,
                          gboolean           builtin,
                          const char        *domain,
                          GPtrArray         *msgids,
                          GPtrArray         *areas,
                          GPtrArray         *services)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GHashTable) area_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) service_ids = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *problems = g_ptr_array_new_with_free_func (g_object_unref);
  Loader loader = {
    catalog, file_name, NULL, 0, builtin, domain, msgids,
    areas, area_ids, services, service_ids, problems, NULL,
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref)
  };

  loader.text = g_bytes_get_data (bytes, &loader.length);
  if (loader.text == NULL)
    loader.text = "";

  if ((node = parse (&loader)))
    load_root (&loader, node);

  g_free (loader.field);
  g_hash_table_unref (loader.indexes);
  return problems;
}
