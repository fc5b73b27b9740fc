/* bpg-quick-jump.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bpg-context.h"

G_BEGIN_DECLS

#define BPG_TYPE_QUICK_JUMP (bpg_quick_jump_get_type ())

G_DECLARE_FINAL_TYPE (BpgQuickJump, bpg_quick_jump, BPG, QUICK_JUMP, AdwWindow)

BpgQuickJump *bpg_quick_jump_new      (GtkWindow    *parent,
                                       BpgContext   *context);
void          bpg_quick_jump_show     (BpgQuickJump *self);
GListModel   *bpg_quick_jump_get_results (BpgQuickJump *self);

G_END_DECLS
