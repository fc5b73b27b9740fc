/* bpg-service-row.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bpg-service.h"

G_BEGIN_DECLS

#define BPG_TYPE_SERVICE_ROW (bpg_service_row_get_type ())

G_DECLARE_FINAL_TYPE (BpgServiceRow, bpg_service_row, BPG, SERVICE_ROW, AdwExpanderRow)

GtkWidget  *bpg_service_row_new         (BpgService *service,
                                         const char *area_names);
BpgService *bpg_service_row_get_service (BpgServiceRow *self);

G_END_DECLS
