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

/**
 * BpgFrameRevealFunc:
 * @owner: the area being revealed
 * @part: which of its parts to make, from 0
 *
 * Makes one part of @owner and puts it in place.
 */
typedef void (*BpgFrameRevealFunc) (GtkWidget *owner,
                                    guint      part);

BpgFrameReveal *bpg_frame_reveal_new        (GtkWidget          *owner,
                                             guint               n_parts,
                                             BpgFrameRevealFunc  make_part);
gboolean        bpg_frame_reveal_is_done    (BpgFrameReveal     *self);
gboolean        bpg_frame_reveal_take_frame (BpgFrameReveal     *self,
                                             GdkFrameClock      *clock);
void            bpg_frame_reveal_hold_frame (BpgFrameReveal     *self);
void            bpg_frame_reveal_free       (BpgFrameReveal     *self);

gboolean        bpg_grow_slice              (GtkSliceListModel  *slice,
                                             guint               goal,
                                             guint               step);
void            bpg_clear_tick_callback     (GtkWidget          *widget,
                                             guint              *tick);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BpgFrameReveal, bpg_frame_reveal_free)

G_END_DECLS
