/* bpg-service-catalog.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bpg-service.h"
#include "bpg-service-area.h"
#include "bpg-service-problem.h"

G_BEGIN_DECLS

#define BPG_SERVICES_RESOURCE RESOURCE_BASE "/content/services.json"

/* Where administrators put local services files, below each configuration
 * folder (/etc, the XDG system folders, the user's own). */
#define BPG_SERVICES_SUBDIR "back-pain-guide/services.d"

/**
 * BpgServiceAreaChoice:
 * @id: the area's id
 * @label: how the area is offered, e.g. "Essex" or "Anywhere else in England"
 *
 * One area in the list a patient chooses from.
 */
typedef struct
{
  char *id;
  char *label;
} BpgServiceAreaChoice;

#define BPG_TYPE_SERVICE_CATALOG (bpg_service_catalog_get_type ())

G_DECLARE_FINAL_TYPE (BpgServiceCatalog, bpg_service_catalog, BPG, SERVICE_CATALOG, GObject)

BpgServiceCatalog  *bpg_service_catalog_new               (void);
BpgServiceCatalog  *bpg_service_catalog_new_from_resource (const char           *path,
                                                           const char           *domain,
                                                           GError              **error);
gboolean            bpg_service_catalog_add_builtin       (BpgServiceCatalog    *self,
                                                           GBytes               *bytes,
                                                           const char           *domain,
                                                           GError              **error);
gboolean            bpg_service_catalog_add_bytes         (BpgServiceCatalog    *self,
                                                           GBytes               *bytes,
                                                           const char           *file_name);
gboolean            bpg_service_catalog_add_file          (BpgServiceCatalog    *self,
                                                           GFile                *file,
                                                           GCancellable         *cancellable);
void                bpg_service_catalog_add_dir           (BpgServiceCatalog    *self,
                                                           GFile                *dir,
                                                           GCancellable         *cancellable);
char              **bpg_service_catalog_dup_local_dirs    (void);
void                bpg_service_catalog_load_async        (GFile                *builtin,
                                                           const char           *domain,
                                                           const char * const   *dirs,
                                                           GCancellable         *cancellable,
                                                           GAsyncReadyCallback   callback,
                                                           gpointer              user_data);
BpgServiceCatalog  *bpg_service_catalog_load_finish       (GAsyncResult         *result,
                                                           GError              **error);
GListModel         *bpg_service_catalog_get_areas         (BpgServiceCatalog    *self);
GListModel         *bpg_service_catalog_get_services      (BpgServiceCatalog    *self);
GListModel         *bpg_service_catalog_get_problems      (BpgServiceCatalog    *self);
BpgServiceArea     *bpg_service_catalog_lookup_area       (BpgServiceCatalog    *self,
                                                           const char           *id);
BpgService         *bpg_service_catalog_lookup_service    (BpgServiceCatalog    *self,
                                                           const char           *id);
gboolean            bpg_service_catalog_serves            (BpgServiceCatalog    *self,
                                                           BpgService           *service,
                                                           const char           *area_id);
GListModel         *bpg_service_catalog_list_for_area     (BpgServiceCatalog    *self,
                                                           const char           *area_id,
                                                           gboolean              serving);
char               *bpg_service_catalog_dup_area_names    (BpgServiceCatalog    *self,
                                                           BpgService           *service);
GPtrArray          *bpg_service_catalog_dup_area_choices  (BpgServiceCatalog    *self);
const char * const *bpg_service_catalog_get_msgids        (BpgServiceCatalog    *self);

G_END_DECLS
