/* bpg-layout-tune.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* libadwaita's "row > box.header" border-spacing, between a row's parts. */
#define BPG_ROW_HEADER_SPACING 6

/* The narrowest a paragraph, or a row's title or subtitle, may be, in
 * characters of its font. GTK finds a wrapping label's minimum width by
 * laying its text out with a line break wherever one may go; with word-char
 * wrapping that is after every letter, so a list of warning signs became
 * hundreds of lines, shaped again each time it was measured. Ten characters
 * is narrower than a column ever is (on a 360 pixel window at double text
 * size too) and leaves a few lines to lay out. */
#define BPG_LABEL_MIN_CHARS 10

void              bpg_layout_tune            (GtkWidget *widget);
GtkLayoutManager *bpg_row_header_layout_new  (void);
GtkLayoutManager *bpg_width_first_layout_new (void);

G_END_DECLS
