/* bpg-services-view.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bpg-context.h"
#include "bpg-service-catalog.h"

G_BEGIN_DECLS

#define BPG_TYPE_SERVICES_VIEW (bpg_services_view_get_type ())

G_DECLARE_FINAL_TYPE (BpgServicesView, bpg_services_view, BPG, SERVICES_VIEW, AdwBin)

void               bpg_services_view_set_catalog (BpgServicesView   *self,
                                                  BpgServiceCatalog *catalog,
                                                  const GError      *error);
BpgServiceCatalog *bpg_services_view_get_catalog (BpgServicesView   *self);
void               bpg_services_view_load        (BpgServicesView   *self);
void               bpg_services_view_show_service (BpgServicesView  *self,
                                                   const char       *id);

G_END_DECLS
