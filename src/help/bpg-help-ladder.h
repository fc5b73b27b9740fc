/* bpg-help-ladder.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bpg-check-question.h"

G_BEGIN_DECLS

#define BPG_TYPE_HELP_LADDER (bpg_help_ladder_get_type ())

G_DECLARE_FINAL_TYPE (BpgHelpLadder, bpg_help_ladder, BPG, HELP_LADDER, AdwBin)

const char         *bpg_help_ladder_get_signs_text (BpgHelpLadder *self,
                                                    BpgCheckLevel  level);
const char * const *bpg_help_ladder_get_page_ids   (void);

G_END_DECLS
