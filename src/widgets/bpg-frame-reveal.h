/* bpg-frame-reveal.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef struct _BpgFrameReveal BpgFrameReveal;

BpgFrameReveal *bpg_frame_reveal_new     (GtkWidget         *owner,
                                          GtkWidget * const *widgets,
                                          guint              n_widgets);
void            bpg_frame_reveal_finish  (BpgFrameReveal    *self);
gboolean        bpg_frame_reveal_is_done (BpgFrameReveal    *self);
void            bpg_frame_reveal_free    (BpgFrameReveal    *self);

gboolean        bpg_grow_slice           (GtkSliceListModel *slice,
                                          guint              goal,
                                          guint              step);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BpgFrameReveal, bpg_frame_reveal_free)

G_END_DECLS
