/* bpg-glyph-warmup.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void  bpg_glyph_warmup_next_frame (GtkWidget *widget);
guint bpg_glyph_warmup_draw       (GtkWidget *widget);

G_END_DECLS
