/* bpg-help-view.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bpg-appointment.h"
#include "bpg-content.h"
#include "bpg-context.h"

G_BEGIN_DECLS

#define BPG_HELP_PAGE_ID "urgent-help"

#define BPG_TYPE_HELP_VIEW (bpg_help_view_get_type ())

G_DECLARE_FINAL_TYPE (BpgHelpView, bpg_help_view, BPG, HELP_VIEW, AdwBin)

void            bpg_help_view_set_content     (BpgHelpView  *self,
                                               BpgContent   *content,
                                               const GError *error);
gboolean        bpg_help_view_is_showing_page (BpgHelpView  *self);
BpgAppointment *bpg_help_view_get_appointment (BpgHelpView  *self);
void            bpg_help_view_show_service    (BpgHelpView  *self,
                                               const char   *id);

G_END_DECLS
