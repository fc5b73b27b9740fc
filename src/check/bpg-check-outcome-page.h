/* bpg-check-outcome-page.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bpg-check-outcome.h"
#include "bpg-content.h"

G_BEGIN_DECLS

#define BPG_TYPE_CHECK_OUTCOME_PAGE (bpg_check_outcome_page_get_type ())

G_DECLARE_FINAL_TYPE (BpgCheckOutcomePage, bpg_check_outcome_page, BPG, CHECK_OUTCOME_PAGE, AdwBin)

GtkWidget       *bpg_check_outcome_page_new         (BpgCheckOutcome     *outcome,
                                                     BpgContent          *content);
BpgCheckOutcome *bpg_check_outcome_page_get_outcome (BpgCheckOutcomePage *self);
void             bpg_check_outcome_page_focus       (BpgCheckOutcomePage *self);
void             bpg_check_outcome_page_set_wide    (BpgCheckOutcomePage *self,
                                                     gboolean             wide);

G_END_DECLS
