/* bpg-application.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bpg-content.h"

G_BEGIN_DECLS

#define BPG_TYPE_APPLICATION (bpg_application_get_type ())

G_DECLARE_FINAL_TYPE (BpgApplication, bpg_application, BPG, APPLICATION, AdwApplication)

BpgApplication *bpg_application_new               (void);
GSettings      *bpg_application_get_settings      (BpgApplication *self);
BpgContent     *bpg_application_get_content       (BpgApplication *self);
const GError   *bpg_application_get_content_error (BpgApplication *self);

G_END_DECLS
