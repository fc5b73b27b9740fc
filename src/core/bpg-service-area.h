/* bpg-service-area.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BPG_TYPE_SERVICE_AREA (bpg_service_area_get_type ())

G_DECLARE_FINAL_TYPE (BpgServiceArea, bpg_service_area, BPG, SERVICE_AREA, GObject)

const char *bpg_service_area_get_id        (BpgServiceArea *self);
const char *bpg_service_area_get_name      (BpgServiceArea *self);
const char *bpg_service_area_get_within_id (BpgServiceArea *self);

G_END_DECLS
