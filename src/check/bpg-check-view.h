/* bpg-check-view.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bpg-check-questionnaire.h"
#include "bpg-check-session.h"
#include "bpg-content.h"
#include "bpg-context.h"

G_BEGIN_DECLS

#define BPG_TYPE_CHECK_VIEW (bpg_check_view_get_type ())

G_DECLARE_FINAL_TYPE (BpgCheckView, bpg_check_view, BPG, CHECK_VIEW, AdwBin)

void             bpg_check_view_set_questionnaire (BpgCheckView          *self,
                                                   BpgCheckQuestionnaire *questionnaire,
                                                   const GError          *error);
void             bpg_check_view_set_content       (BpgCheckView          *self,
                                                   BpgContent            *content);
BpgCheckSession *bpg_check_view_get_session       (BpgCheckView          *self);
const char      *bpg_check_view_get_page_name     (BpgCheckView          *self);
GtkWidget       *bpg_check_view_get_page          (BpgCheckView          *self);
void             bpg_check_view_restart           (BpgCheckView          *self);
GtkPrintOperationResult
                 bpg_check_view_print             (BpgCheckView          *self,
                                                   GtkPrintOperationAction action,
                                                   const char            *export_filename,
                                                   GError               **error);

G_END_DECLS
