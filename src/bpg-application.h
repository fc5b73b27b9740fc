/* bpg-application.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bpg-context.h"

G_BEGIN_DECLS

#define BPG_TYPE_APPLICATION (bpg_application_get_type ())

G_DECLARE_FINAL_TYPE (BpgApplication, bpg_application, BPG, APPLICATION, AdwApplication)

BpgApplication *bpg_application_new         (void);
BpgContext     *bpg_application_get_context (BpgApplication *self);

G_END_DECLS
