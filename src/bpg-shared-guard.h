/* bpg-shared-guard.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bpg-context.h"

G_BEGIN_DECLS

#define BPG_TYPE_SHARED_GUARD (bpg_shared_guard_get_type ())

G_DECLARE_FINAL_TYPE (BpgSharedGuard, bpg_shared_guard, BPG, SHARED_GUARD, GObject)

BpgSharedGuard *bpg_shared_guard_new          (GtkWindow      *window,
                                               BpgContext     *context);
void            bpg_shared_guard_set_window   (BpgSharedGuard *self,
                                               GtkWindow      *window);
void            bpg_shared_guard_ask_finish   (BpgSharedGuard *self,
                                               gboolean        then_close);
gboolean        bpg_shared_guard_hold_close   (BpgSharedGuard *self);

G_END_DECLS
