/* bpg-urgent-card.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bpg-check-question.h"

G_BEGIN_DECLS

#define BPG_TYPE_URGENT_CARD (bpg_urgent_card_get_type ())

G_DECLARE_FINAL_TYPE (BpgUrgentCard, bpg_urgent_card, BPG, URGENT_CARD, AdwBin)

GtkWidget  *bpg_urgent_card_new            (void);
void        bpg_urgent_card_set_problem    (BpgUrgentCard *self,
                                            const char    *problem);
const char *bpg_urgent_card_get_signs_text (BpgUrgentCard *self,
                                            BpgCheckLevel  level);

G_END_DECLS
