/* bpg-exercise-list.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-exercise-list"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bpg-block.h"
#include "bpg-content-private.h"
#include "bpg-content-text.h"
#include "bpg-error.h"
#include "bpg-exercise-list.h"
#include "bpg-exercise-private.h"
#include "bpg-json.h"
#include "bpg-l10n.h"
#include "bpg-resource.h"

#define BPG_EXERCISES_SCHEMA 1

/* The exercise list (data/content/exercises.json): the exercises, the advice
 * shown on every exercise page (what is normal to feel, when to stop), and
 * the leaflets those general facts come from. Strings are translated as they
 * are read, with the contexts po/extract-content.py gives them. */
struct _BpgExerciseList
{
  GObject     parent_instance;

  GListStore *exercises;
  GListStore *advice;    /* of BpgBlock callouts */
  GListStore *sources;
  GHashTable *by_id;     /* exercise id → exercise, borrowed */
  GHashTable *sources_by_id;
  GPtrArray  *msgids;
};

typedef struct
{
  BpgExerciseList *self;
  BpgContentText   text;
} Loader;

G_DEFINE_FINAL_TYPE (BpgExerciseList, bpg_exercise_list, G_TYPE_OBJECT)

static gboolean
load_advice (Loader      *loader,
             JsonObject  *root,
             GError     **error)
{
  static const char * const members[] = { "id", "level", "title", "text", "items", NULL };
  JsonArray *array = bpg_json_get_array (root, "exercises.json", "advice", TRUE, error);
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("advice[%u]", i);
      g_autofree char *context = NULL;
      g_autoptr(BpgBlock) block = NULL;
      GError *local_error = NULL;
      JsonObject *object;
      const char *id, *level_name, *title, *text;
      char **items;
      BpgCalloutLevel level;

      if (!(object = bpg_json_require_object (json_array_get_element (array, i), where, error)) ||
          !bpg_json_check_members (object, where, members, error) ||
          !(id = bpg_json_get_id (object, where, ids, error)) ||
          !(level_name = bpg_json_get_string (object, where, "level", TRUE, error)) ||
          !(title = bpg_json_get_string (object, where, "title", TRUE, error)))
        return FALSE;

      if (!bpg_callout_level_from_string (level_name, &level))
        {
          g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                       _("%s.level \"%s\" must be info, gp, urgent or emergency"),
                       where, level_name);
          return FALSE;
        }

      text = bpg_json_get_string (object, where, "text", FALSE, &local_error);
      items = local_error == NULL ? bpg_json_get_strv (object, where, "items", FALSE, &local_error)
                                  : NULL;
      if (local_error == NULL && text == NULL && items == NULL)
        g_set_error (&local_error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                     _("%s needs a text or items"), where);
      if (local_error != NULL)
        {
          g_strfreev (items);
          g_propagate_error (error, local_error);
          return FALSE;
        }

      g_hash_table_add (ids, (gpointer)id);
      context = g_strconcat ("exercise-advice:", id, NULL);
      block = _bpg_block_new (BPG_BLOCK_CALLOUT, bpg_content_text_tr (&loader->text, context, text),
                              bpg_content_text_tr (&loader->text, context, title),
                              bpg_content_text_tr_strv (&loader->text, context, items),
                              level, NULL, NULL);
      g_list_store_append (loader->self->advice, block);
    }

  return TRUE;
}

static gboolean
add_sources (Loader       *loader,
             BpgExercise  *exercise,
             JsonObject   *object,
             const char   *where,
             GError      **error)
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
      _bpg_exercise_add_source (exercise, source);
    }

  return TRUE;
}

static BpgExercise *
load_exercise (Loader      *loader,
               JsonObject  *object,
               const char  *where,
               GError     **error)
{
  static const char * const members[] = {
    "id", "title", "summary", "picture", "alt", "steps", "amount", "feel", "record",
    "sources", NULL
  };
  g_autoptr(BpgExercise) exercise = NULL;
  g_autofree char *context = NULL;
  const char *id, *title, *summary, *picture, *alt, *amount, *feel, *record;
  BpgExerciseRecord kind;
  char **steps;

  if (!bpg_json_check_members (object, where, members, error) ||
      !(id = bpg_json_get_id (object, where, loader->self->by_id, error)) ||
      !(title = bpg_json_get_string (object, where, "title", TRUE, error)) ||
      !(summary = bpg_json_get_string (object, where, "summary", TRUE, error)) ||
      !(picture = bpg_json_get_string (object, where, "picture", TRUE, error)) ||
      !(alt = bpg_json_get_string (object, where, "alt", TRUE, error)) ||
      !(amount = bpg_json_get_string (object, where, "amount", TRUE, error)) ||
      !(feel = bpg_json_get_string (object, where, "feel", TRUE, error)) ||
      !(record = bpg_json_get_string (object, where, "record", TRUE, error)))
    return NULL;

  if (g_str_equal (record, "reps"))
    kind = BPG_EXERCISE_RECORD_REPS;
  else if (g_str_equal (record, "minutes"))
    kind = BPG_EXERCISE_RECORD_MINUTES;
  else
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("%s.record \"%s\" must be reps or minutes"), where, record);
      return NULL;
    }

  if (!(steps = bpg_json_get_strv (object, where, "steps", TRUE, error)))
    return NULL;

  context = g_strconcat ("exercise:", id, NULL);
  exercise = _bpg_exercise_new (id,
                                bpg_content_text_tr (&loader->text, context, title),
                                bpg_content_text_tr (&loader->text, context, summary),
                                picture,
                                bpg_content_text_tr (&loader->text, context, alt),
                                bpg_content_text_tr_strv (&loader->text, context, steps),
                                bpg_content_text_tr (&loader->text, context, amount),
                                bpg_content_text_tr (&loader->text, context, feel),
                                kind);

  if (!add_sources (loader, exercise, object, where, error))
    return NULL;

  return g_steal_pointer (&exercise);
}

static gboolean
load_exercises (Loader      *loader,
                JsonObject  *root,
                GError     **error)
{
  JsonArray *array = bpg_json_get_array (root, "exercises.json", "exercises", TRUE, error);

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("exercises[%u]", i);
      g_autoptr(BpgExercise) exercise = NULL;
      JsonObject *object;

      if (!(object = bpg_json_require_object (json_array_get_element (array, i), where, error)) ||
          !(exercise = load_exercise (loader, object, where, error)))
        return FALSE;

      g_list_store_append (loader->self->exercises, exercise);
      g_hash_table_insert (loader->self->by_id, (gpointer)bpg_exercise_get_id (exercise), exercise);
    }

  if (json_array_get_length (array) == 0)
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("exercises.json.exercises is an empty list"));
      return FALSE;
    }

  return TRUE;
}

static void
bpg_exercise_list_finalize (GObject *object)
{
  BpgExerciseList *self = (BpgExerciseList *)object;

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->sources_by_id, g_hash_table_unref);
  g_clear_object (&self->exercises);
  g_clear_object (&self->advice);
  g_clear_object (&self->sources);
  g_clear_pointer (&self->msgids, g_ptr_array_unref);

  G_OBJECT_CLASS (bpg_exercise_list_parent_class)->finalize (object);
}

static void
bpg_exercise_list_class_init (BpgExerciseListClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bpg_exercise_list_finalize;
}

static void
bpg_exercise_list_init (BpgExerciseList *self)
{
  self->exercises = g_list_store_new (BPG_TYPE_EXERCISE);
  self->advice = g_list_store_new (BPG_TYPE_BLOCK);
  self->sources = g_list_store_new (BPG_TYPE_SOURCE);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->sources_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->msgids = g_ptr_array_new_with_free_func (g_free);
}

/**
 * bpg_exercise_list_new_from_bytes:
 * @bytes: the exercise list file
 * @domain: (nullable): the gettext domain to translate with, or %NULL to keep
 *   the original English
 *
 * Returns: (transfer full) (nullable): the list, or %NULL with @error naming
 *   the first problem found
 */
BpgExerciseList *
bpg_exercise_list_new_from_bytes (GBytes      *bytes,
                                  const char  *domain,
                                  GError     **error)
{
  static const char * const members[] = { "schema", "sources", "advice", "exercises", NULL };
  g_autoptr(BpgExerciseList) self = g_object_new (BPG_TYPE_EXERCISE_LIST, NULL);
  g_autoptr(JsonNode) node = NULL;
  Loader loader = { self, { self->msgids, domain } };
  JsonObject *root;
  gint64 schema;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(node = bpg_json_parse (bytes, "exercises.json", error)) ||
      !(root = bpg_json_require_object (node, "exercises.json", error)) ||
      !bpg_json_check_members (root, "exercises.json", members, error) ||
      !bpg_json_get_int (root, "exercises.json", "schema", 1, G_MAXINT, &schema, error))
    return NULL;

  if (schema > BPG_EXERCISES_SCHEMA)
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_NEWER_VERSION,
                   _("exercises.json was written for a newer version of the app"));
      return NULL;
    }

  if (!bpg_content_text_load_sources (&loader.text, root, "exercises.json", "exercise-source:",
                                      self->sources, self->sources_by_id, error) ||
      !load_advice (&loader, root, error) ||
      !load_exercises (&loader, root, error))
    return NULL;

  g_ptr_array_add (self->msgids, NULL);
  return g_steal_pointer (&self);
}

BpgExerciseList *
bpg_exercise_list_new_from_resource (const char  *path,
                                     const char  *domain,
                                     GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);

  return bpg_resource_parse (path, domain,
                             (BpgResourceParseFunc)bpg_exercise_list_new_from_bytes, error);
}

/**
 * bpg_exercise_list_load_async:
 * @path: a resource path, usually %BPG_EXERCISES_RESOURCE
 *
 * Reads the exercise list in a worker thread.
 */
void
bpg_exercise_list_load_async (const char          *path,
                              const char          *domain,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  bpg_resource_parse_async (path, domain, (BpgResourceParseFunc)bpg_exercise_list_new_from_bytes,
                            bpg_exercise_list_load_async, cancellable, callback, user_data);
}

BpgExerciseList *
bpg_exercise_list_load_finish (GAsyncResult  *result,
                               GError       **error)
{
  return bpg_resource_parse_finish (result, bpg_exercise_list_load_async, error);
}

/**
 * bpg_exercise_list_get_exercises:
 *
 * Returns: (transfer none): the exercises, as a list of #BpgExercise
 */
GListModel *
bpg_exercise_list_get_exercises (BpgExerciseList *self)
{
  g_return_val_if_fail (BPG_IS_EXERCISE_LIST (self), NULL);

  return G_LIST_MODEL (self->exercises);
}

/**
 * bpg_exercise_list_get_advice:
 *
 * Returns: (transfer none): the callouts shown on every exercise page, as a
 *   list of #BpgBlock
 */
GListModel *
bpg_exercise_list_get_advice (BpgExerciseList *self)
{
  g_return_val_if_fail (BPG_IS_EXERCISE_LIST (self), NULL);

  return G_LIST_MODEL (self->advice);
}

/**
 * bpg_exercise_list_get_sources:
 *
 * Returns: (transfer none): the leaflets, as a list of #BpgSource
 */
GListModel *
bpg_exercise_list_get_sources (BpgExerciseList *self)
{
  g_return_val_if_fail (BPG_IS_EXERCISE_LIST (self), NULL);

  return G_LIST_MODEL (self->sources);
}

/**
 * bpg_exercise_list_lookup:
 *
 * Returns: (transfer none) (nullable): the exercise with @id
 */
BpgExercise *
bpg_exercise_list_lookup (BpgExerciseList *self,
                          const char      *id)
{
  g_return_val_if_fail (BPG_IS_EXERCISE_LIST (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->by_id, id) : NULL;
}

/**
 * bpg_exercise_list_get_msgids:
 *
 * Returns: (transfer none): every string looked up for translation, as
 *   "context\004text", so a test can check that all reach translators
 */
const char * const *
bpg_exercise_list_get_msgids (BpgExerciseList *self)
{
  g_return_val_if_fail (BPG_IS_EXERCISE_LIST (self), NULL);

  return (const char * const *)self->msgids->pdata;
}
