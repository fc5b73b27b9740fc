/* bpg-service-catalog.c
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
#include "bpg-service-catalog.h"
#include "bpg-service-file.h"
#include "bpg-service-private.h"

#define MAX_FILES_PER_DIR 64
#define MAX_AREA_DEPTH    16

/* Every service the app knows: the ones built into it, then the ones that
 * administrators add in local folders. A local file is checked as a whole:
 * if anything in it is wrong, none of it is used, and a problem naming the
 * file, line and field is kept for the app to show. A local service with the
 * ID of an earlier one replaces it, in the same place in the list. */
struct _BpgServiceCatalog
{
  GObject     parent_instance;

  GListStore *areas;
  GListStore *services;
  GListStore *problems;
  GHashTable *areas_by_id;     /* borrowed from the store */
  GHashTable *services_by_id;  /* borrowed from the store */
  GPtrArray  *msgids;          /* "context\004text" of built-in strings */
};

G_DEFINE_FINAL_TYPE (BpgServiceCatalog, bpg_service_catalog, G_TYPE_OBJECT)

static void
merge (BpgServiceCatalog *self,
       const char        *file_name,
       GPtrArray         *areas,
       GPtrArray         *services)
{
  for (guint i = 0; i < areas->len; i++)
    {
      BpgServiceArea *area = g_ptr_array_index (areas, i);

      g_list_store_append (self->areas, area);
      g_hash_table_insert (self->areas_by_id, (gpointer)bpg_service_area_get_id (area), area);
    }

  for (guint i = 0; i < services->len; i++)
    {
      BpgService *service = g_ptr_array_index (services, i);
      BpgService *old = g_hash_table_lookup (self->services_by_id, bpg_service_get_id (service));
      guint position;

      g_hash_table_replace (self->services_by_id, (gpointer)bpg_service_get_id (service), service);
      if (old != NULL && g_list_store_find (self->services, old, &position))
        {
          g_debug ("%s replaces the service “%s”", file_name, bpg_service_get_id (old));
          g_list_store_splice (self->services, position, 1, (gpointer *)&service, 1);
        }
      else
        g_list_store_append (self->services, service);
    }
}

/* Reads one file into the catalog, or not at all. Returns the problems. */
static GPtrArray *
add_bytes (BpgServiceCatalog *self,
           GBytes            *bytes,
           const char        *file_name,
           gboolean           builtin,
           const char        *domain)
{
  g_autoptr(GPtrArray) areas = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) services = g_ptr_array_new_with_free_func (g_object_unref);
  GPtrArray *problems;

  problems = _bpg_service_loader_read (self, bytes, file_name, builtin, domain,
                                       self->msgids, areas, services);
  if (problems->len == 0)
    merge (self, file_name, areas, services);

  return problems;
}

static void
add_problems (BpgServiceCatalog *self,
              GPtrArray         *problems)
{
  g_list_store_splice (self->problems,
                       g_list_model_get_n_items (G_LIST_MODEL (self->problems)), 0,
                       problems->pdata, problems->len);
}

static void
add_file_problem (BpgServiceCatalog *self,
                  GFile             *file,
                  const char        *message)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *name = g_file_get_parse_name (file);

  g_ptr_array_add (problems, _bpg_service_problem_new (name, 0, NULL, message));
  add_problems (self, problems);
}

static void
bpg_service_catalog_finalize (GObject *object)
{
  BpgServiceCatalog *self = (BpgServiceCatalog *)object;

  g_clear_pointer (&self->areas_by_id, g_hash_table_unref);
  g_clear_pointer (&self->services_by_id, g_hash_table_unref);
  g_clear_object (&self->areas);
  g_clear_object (&self->services);
  g_clear_object (&self->problems);
  g_clear_pointer (&self->msgids, g_ptr_array_unref);

  G_OBJECT_CLASS (bpg_service_catalog_parent_class)->finalize (object);
}

static void
bpg_service_catalog_class_init (BpgServiceCatalogClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bpg_service_catalog_finalize;
}

static void
bpg_service_catalog_init (BpgServiceCatalog *self)
{
  self->areas = g_list_store_new (BPG_TYPE_SERVICE_AREA);
  self->services = g_list_store_new (BPG_TYPE_SERVICE);
  self->problems = g_list_store_new (BPG_TYPE_SERVICE_PROBLEM);
  self->areas_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->services_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->msgids = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->msgids, NULL);
}

/**
 * bpg_service_catalog_new:
 *
 * Returns: (transfer full): an empty catalog
 */
BpgServiceCatalog *
bpg_service_catalog_new (void)
{
  return g_object_new (BPG_TYPE_SERVICE_CATALOG, NULL);
}

/**
 * bpg_service_catalog_add_builtin:
 * @bytes: the app's own services file
 * @domain: (nullable): the gettext domain to translate with, or %NULL to keep
 *   the original English
 *
 * Adds the services built into the app. Unlike a local file, they must come
 * from the leaflets or standard NHS advice, and every string is translated.
 *
 * Returns: %TRUE, or %FALSE with @error naming the first problem
 */
gboolean
bpg_service_catalog_add_builtin (BpgServiceCatalog  *self,
                                 GBytes             *bytes,
                                 const char         *domain,
                                 GError            **error)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *text = NULL;

  g_return_val_if_fail (BPG_IS_SERVICE_CATALOG (self), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  /* The terminating NULL is moved to the end again below. */
  g_ptr_array_remove_index (self->msgids, self->msgids->len - 1);
  problems = add_bytes (self, bytes, "services.json", TRUE, domain);
  g_ptr_array_add (self->msgids, NULL);

  if (problems->len == 0)
    return TRUE;

  text = bpg_service_problem_to_string (g_ptr_array_index (problems, 0));
  g_set_error_literal (error, BPG_ERROR, BPG_ERROR_INVALID_DATA, text);
  return FALSE;
}

/**
 * bpg_service_catalog_new_from_resource:
 *
 * Returns: (transfer full) (nullable): a catalog of the built-in services
 */
BpgServiceCatalog *
bpg_service_catalog_new_from_resource (const char  *path,
                                       const char  *domain,
                                       GError     **error)
{
  g_autoptr(BpgServiceCatalog) self = bpg_service_catalog_new ();
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (path != NULL, NULL);

  bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL || !bpg_service_catalog_add_builtin (self, bytes, domain, error))
    return NULL;

  return g_steal_pointer (&self);
}

/**
 * bpg_service_catalog_add_bytes:
 * @file_name: the file's name, for messages
 *
 * Adds the services of a local file, if every part of it is right.
 * Otherwise adds nothing, and adds to the problems.
 *
 * Returns: whether the file was used
 */
gboolean
bpg_service_catalog_add_bytes (BpgServiceCatalog *self,
                               GBytes            *bytes,
                               const char        *file_name)
{
  g_autoptr(GPtrArray) problems = NULL;

  g_return_val_if_fail (BPG_IS_SERVICE_CATALOG (self), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);
  g_return_val_if_fail (file_name != NULL, FALSE);

  problems = add_bytes (self, bytes, file_name, FALSE, NULL);
  add_problems (self, problems);

  return problems->len == 0;
}

/**
 * bpg_service_catalog_add_file:
 *
 * Like bpg_service_catalog_add_bytes(), reading @file. A file larger than
 * %BPG_SERVICE_FILE_MAX_SIZE is refused without being read.
 *
 * Returns: whether the file was used
 */
gboolean
bpg_service_catalog_add_file (BpgServiceCatalog *self,
                              GFile             *file,
                              GCancellable      *cancellable)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (BPG_IS_SERVICE_CATALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = bpg_service_file_read (file, BPG_SERVICE_FILE_MAX_SIZE, cancellable, &error);
  if (bytes == NULL)
    {
      add_file_problem (self, file, error->message);
      return FALSE;
    }

  name = g_file_get_parse_name (file);
  return bpg_service_catalog_add_bytes (self, bytes, name);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *)a, *(const char * const *)b);
}

/**
 * bpg_service_catalog_add_dir:
 *
 * Adds every "*.json" file in @dir, in alphabetical order, so that a later
 * file can replace a service of an earlier one. A missing folder is not a
 * problem; one that cannot be read is.
 */
void
bpg_service_catalog_add_dir (BpgServiceCatalog *self,
                             GFile             *dir,
                             GCancellable      *cancellable)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  GFileInfo *info;

  g_return_if_fail (BPG_IS_SERVICE_CATALOG (self));
  g_return_if_fail (G_IS_FILE (dir));

  enumerator = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                          G_FILE_QUERY_INFO_NONE, cancellable, &error);
  if (enumerator == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        add_file_problem (self, dir, error->message);
      return;
    }

  while ((info = g_file_enumerator_next_file (enumerator, cancellable, &error)))
    {
      const char *name = g_file_info_get_name (info);

      if (name[0] != '.' && g_str_has_suffix (name, ".json"))
        g_ptr_array_add (names, g_strdup (name));
      g_object_unref (info);
    }
  if (error != NULL)
    add_file_problem (self, dir, error->message);

  g_ptr_array_sort (names, compare_names);
  if (names->len > MAX_FILES_PER_DIR)
    {
      g_autofree char *message =
        g_strdup_printf (_("The folder holds %u services files. Only the first %u are read"),
                         names->len, MAX_FILES_PER_DIR);

      add_file_problem (self, dir, message);
      g_ptr_array_set_size (names, MAX_FILES_PER_DIR);
    }

  for (guint i = 0; i < names->len; i++)
    {
      g_autoptr(GFile) file = g_file_get_child (dir, g_ptr_array_index (names, i));

      bpg_service_catalog_add_file (self, file, cancellable);
    }
}

static void
add_dir_name (GStrvBuilder *builder,
              GHashTable   *seen,
              const char   *config_dir)
{
  char *path = g_build_filename (config_dir, BPG_SERVICES_SUBDIR, NULL);

  if (g_hash_table_add (seen, path))
    g_strv_builder_add (builder, path);
}

/**
 * bpg_service_catalog_dup_local_dirs:
 *
 * The folders local services are read from, in order: a file in a later
 * folder can replace a service from an earlier one.
 *
 * - /etc/back-pain-guide/services.d
 * - back-pain-guide/services.d in each XDG system configuration folder, the
 *   least important first (/etc/xdg/…)
 * - under Flatpak, /run/host/etc/back-pain-guide/services.d: the host's /etc,
 *   visible only if the administrator allowed it ("host-etc")
 * - back-pain-guide/services.d in the user's configuration folder
 *   (~/.config/…, or ~/.var/app/APP_ID/config/… under Flatpak)
 *
 * Returns: (transfer full): the folders
 */
char **
bpg_service_catalog_dup_local_dirs (void)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char * const *system_dirs = g_get_system_config_dirs ();

  add_dir_name (builder, seen, "/etc");
  for (guint i = g_strv_length ((char **)system_dirs); i > 0; i--)
    add_dir_name (builder, seen, system_dirs[i - 1]);
  if (g_file_test ("/.flatpak-info", G_FILE_TEST_EXISTS))
    add_dir_name (builder, seen, "/run/host/etc");
  add_dir_name (builder, seen, g_get_user_config_dir ());

  return g_strv_builder_end (builder);
}

typedef struct
{
  GFile  *builtin;
  char   *domain;
  char  **dirs;
} LoadData;

static void
load_data_free (gpointer data)
{
  LoadData *load = data;

  g_clear_object (&load->builtin);
  g_free (load->domain);
  g_strfreev (load->dirs);
  g_free (load);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *load = task_data;
  g_autoptr(BpgServiceCatalog) self = bpg_service_catalog_new ();
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;

  bytes = bpg_json_read_file (load->builtin, BPG_SERVICE_FILE_MAX_SIZE, BPG_JSON_READ_DEFAULT,
                              cancellable, &error);
  if (bytes == NULL || !bpg_service_catalog_add_builtin (self, bytes, load->domain, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  for (guint i = 0; load->dirs[i] != NULL; i++)
    {
      g_autoptr(GFile) dir = g_file_new_for_path (load->dirs[i]);

      bpg_service_catalog_add_dir (self, dir, cancellable);
    }

  /* For an administrator starting the app from a terminal. */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->problems)); i++)
    {
      g_autoptr(BpgServiceProblem) problem = g_list_model_get_item (G_LIST_MODEL (self->problems), i);
      g_autofree char *text = bpg_service_problem_to_string (problem);

      g_message ("Local services file not used: %s", text);
    }

  if (!g_task_return_error_if_cancelled (task))
    g_task_return_pointer (task, g_steal_pointer (&self), g_object_unref);
}

/**
 * bpg_service_catalog_load_async:
 * @builtin: the built-in services file, usually
 *   "resource://" %BPG_SERVICES_RESOURCE
 * @domain: (nullable): the gettext domain of the built-in strings
 * @dirs: (nullable): the folders of local files, or %NULL for
 *   bpg_service_catalog_dup_local_dirs()
 *
 * Loads the built-in services and then the local ones in a worker thread.
 * Bad local files become problems of the catalog; only a bad built-in file
 * makes the load fail.
 */
void
bpg_service_catalog_load_async (GFile               *builtin,
                                const char          *domain,
                                const char * const  *dirs,
                                GCancellable        *cancellable,
                                GAsyncReadyCallback  callback,
                                gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *load;

  g_return_if_fail (G_IS_FILE (builtin));

  load = g_new0 (LoadData, 1);
  load->builtin = g_object_ref (builtin);
  load->domain = g_strdup (domain);
  load->dirs = dirs != NULL ? g_strdupv ((char **)dirs) : bpg_service_catalog_dup_local_dirs ();

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, bpg_service_catalog_load_async);
  g_task_set_task_data (task, load, load_data_free);
  g_task_run_in_thread (task, load_thread);
}

/**
 * bpg_service_catalog_load_finish:
 *
 * Returns: (transfer full) (nullable): the catalog, or %NULL with @error set
 */
BpgServiceCatalog *
bpg_service_catalog_load_finish (GAsyncResult  *result,
                                 GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) ==
                        bpg_service_catalog_load_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * bpg_service_catalog_get_areas:
 *
 * Returns: (transfer none): the #BpgServiceArea list, built-in ones first
 */
GListModel *
bpg_service_catalog_get_areas (BpgServiceCatalog *self)
{
  g_return_val_if_fail (BPG_IS_SERVICE_CATALOG (self), NULL);

  return G_LIST_MODEL (self->areas);
}

/**
 * bpg_service_catalog_get_services:
 *
 * Returns: (transfer none): every #BpgService
 */
GListModel *
bpg_service_catalog_get_services (BpgServiceCatalog *self)
{
  g_return_val_if_fail (BPG_IS_SERVICE_CATALOG (self), NULL);

  return G_LIST_MODEL (self->services);
}

/**
 * bpg_service_catalog_get_problems:
 *
 * Returns: (transfer none): a #BpgServiceProblem for each thing wrong with
 *   the local files, in the order found
 */
GListModel *
bpg_service_catalog_get_problems (BpgServiceCatalog *self)
{
  g_return_val_if_fail (BPG_IS_SERVICE_CATALOG (self), NULL);

  return G_LIST_MODEL (self->problems);
}

/**
 * bpg_service_catalog_lookup_area:
 *
 * Returns: (transfer none) (nullable): the area with @id
 */
BpgServiceArea *
bpg_service_catalog_lookup_area (BpgServiceCatalog *self,
                                 const char        *id)
{
  g_return_val_if_fail (BPG_IS_SERVICE_CATALOG (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->areas_by_id, id) : NULL;
}

/**
 * bpg_service_catalog_lookup_service:
 *
 * Returns: (transfer none) (nullable): the service with @id
 */
BpgService *
bpg_service_catalog_lookup_service (BpgServiceCatalog *self,
                                    const char        *id)
{
  g_return_val_if_fail (BPG_IS_SERVICE_CATALOG (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->services_by_id, id) : NULL;
}

static gboolean
serves_top_level (BpgServiceCatalog *self,
                  BpgService        *service)
{
  const char * const *ids = bpg_service_get_area_ids (service);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      BpgServiceArea *area = g_hash_table_lookup (self->areas_by_id, ids[i]);

      if (area != NULL && bpg_service_area_get_within_id (area) == NULL)
        return TRUE;
    }

  return FALSE;
}

/**
 * bpg_service_catalog_serves:
 * @area_id: (nullable): where the patient lives, or %NULL if not known
 *
 * Whether @service is for people in @area_id: it is for that area or for an
 * area that holds it. When the area is not known, only services for the
 * widest areas (such as England) count.
 */
gboolean
bpg_service_catalog_serves (BpgServiceCatalog *self,
                            BpgService        *service,
                            const char        *area_id)
{
  BpgServiceArea *area;

  g_return_val_if_fail (BPG_IS_SERVICE_CATALOG (self), FALSE);
  g_return_val_if_fail (BPG_IS_SERVICE (service), FALSE);

  area = bpg_service_catalog_lookup_area (self, area_id);
  if (area == NULL)
    return serves_top_level (self, service);

  for (guint depth = 0; area != NULL && depth < MAX_AREA_DEPTH; depth++)
    {
      if (g_strv_contains (bpg_service_get_area_ids (service), bpg_service_area_get_id (area)))
        return TRUE;
      area = bpg_service_catalog_lookup_area (self, bpg_service_area_get_within_id (area));
    }

  return FALSE;
}

/**
 * bpg_service_catalog_list_for_area:
 * @area_id: (nullable): where the patient lives
 * @serving: %TRUE for the services that serve @area_id, %FALSE for the others
 *
 * Returns: (transfer full): a new list of #BpgService, in catalog order
 */
GListModel *
bpg_service_catalog_list_for_area (BpgServiceCatalog *self,
                                   const char        *area_id,
                                   gboolean           serving)
{
  GListStore *store;
  guint n;

  g_return_val_if_fail (BPG_IS_SERVICE_CATALOG (self), NULL);

  store = g_list_store_new (BPG_TYPE_SERVICE);
  n = g_list_model_get_n_items (G_LIST_MODEL (self->services));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BpgService) service = g_list_model_get_item (G_LIST_MODEL (self->services), i);

      if (!bpg_service_catalog_serves (self, service, area_id) == !serving)
        g_list_store_append (store, service);
    }

  return G_LIST_MODEL (store);
}

/**
 * bpg_service_catalog_dup_area_names:
 *
 * Returns: (transfer full): the names of the areas @service is for, joined
 *   into one line
 */
char *
bpg_service_catalog_dup_area_names (BpgServiceCatalog *self,
                                    BpgService        *service)
{
  const char * const *ids;
  g_autoptr(GString) names = g_string_new (NULL);

  g_return_val_if_fail (BPG_IS_SERVICE_CATALOG (self), NULL);
  g_return_val_if_fail (BPG_IS_SERVICE (service), NULL);

  ids = bpg_service_get_area_ids (service);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      BpgServiceArea *area = bpg_service_catalog_lookup_area (self, ids[i]);

      if (names->len > 0)
        /* Translators: between the names of areas, e.g. "Essex; East of England" */
        g_string_append (names, _("; "));
      g_string_append (names, area != NULL ? bpg_service_area_get_name (area) : ids[i]);
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}

static void
area_choice_free (gpointer data)
{
  BpgServiceAreaChoice *choice = data;

  g_free (choice->id);
  g_free (choice->label);
  g_free (choice);
}

static void
add_area_choice (GPtrArray  *choices,
                 const char *id,
                 char       *label)
{
  BpgServiceAreaChoice *choice = g_new0 (BpgServiceAreaChoice, 1);

  choice->id = g_strdup (id);
  choice->label = label;
  g_ptr_array_add (choices, choice);
}

static int
compare_area_names (gconstpointer a,
                    gconstpointer b)
{
  return g_utf8_collate (bpg_service_area_get_name (*(BpgServiceArea **)a),
                         bpg_service_area_get_name (*(BpgServiceArea **)b));
}

/* The areas directly within @parent (or, for %NULL, within none the
 * catalog knows), by name. */
static GPtrArray *
list_areas_within (BpgServiceCatalog *self,
                   BpgServiceArea    *parent)
{
  GPtrArray *within = g_ptr_array_new ();

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->areas)); i++)
    {
      /* The store keeps a reference. */
      g_autoptr(BpgServiceArea) area = g_list_model_get_item (G_LIST_MODEL (self->areas), i);
      BpgServiceArea *outer = bpg_service_catalog_lookup_area (self,
                                                               bpg_service_area_get_within_id (area));

      if (outer == parent && area != parent)
        g_ptr_array_add (within, area);
    }
  g_ptr_array_sort (within, compare_area_names);

  return within;
}

static void
add_area_choices (BpgServiceCatalog *self,
                  BpgServiceArea    *area,
                  GPtrArray         *choices,
                  GHashTable        *seen)
{
  g_autoptr(GPtrArray) within = NULL;

  if (!g_hash_table_add (seen, area))
    return;

  within = list_areas_within (self, area);
  for (guint i = 0; i < within->len; i++)
    add_area_choices (self, g_ptr_array_index (within, i), choices, seen);

  if (within->len == 0)
    add_area_choice (choices, bpg_service_area_get_id (area),
                     g_strdup (bpg_service_area_get_name (area)));
  else
    /* Translators: in the list of areas, after the smaller areas within
     * this one, e.g. "Anywhere else in England" after "Essex" */
    add_area_choice (choices, bpg_service_area_get_id (area),
                     g_strdup_printf (_("Anywhere else in %s"), bpg_service_area_get_name (area)));
}

/**
 * bpg_service_catalog_dup_area_choices:
 *
 * The areas as a patient chooses where they live: each local area by its
 * full name, then, for an area with smaller areas within it, "Anywhere else
 * in" it, after them. So "England" is offered as "Anywhere else in
 * England", last, and not beside "Essex" as if it were alike.
 *
 * Returns: (transfer container) (element-type BpgServiceAreaChoice): the
 *   choices, in the order to offer them
 */
GPtrArray *
bpg_service_catalog_dup_area_choices (BpgServiceCatalog *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GPtrArray) outer = NULL;
  GPtrArray *choices;

  g_return_val_if_fail (BPG_IS_SERVICE_CATALOG (self), NULL);

  choices = g_ptr_array_new_with_free_func (area_choice_free);
  outer = list_areas_within (self, NULL);
  for (guint i = 0; i < outer->len; i++)
    add_area_choices (self, g_ptr_array_index (outer, i), choices, seen);

  return choices;
}

/**
 * bpg_service_catalog_get_msgids:
 *
 * Every translatable built-in string that was read, as "context\004text".
 *
 * Returns: (transfer none): a %NULL-terminated array
 */
const char * const *
bpg_service_catalog_get_msgids (BpgServiceCatalog *self)
{
  g_return_val_if_fail (BPG_IS_SERVICE_CATALOG (self), NULL);

  return (const char * const *)self->msgids->pdata;
}
