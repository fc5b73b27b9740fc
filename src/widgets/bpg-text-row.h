/* bpg-text-row.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define BPG_TYPE_TEXT_ROW (bpg_text_row_get_type ())

G_DECLARE_FINAL_TYPE (BpgTextRow, bpg_text_row, BPG, TEXT_ROW, GtkListBoxRow)

GtkWidget  *bpg_text_row_new          (const char *title,
                                       const char *subtitle);
const char *bpg_text_row_get_title    (BpgTextRow *self);
const char *bpg_text_row_get_subtitle (BpgTextRow *self);
void        bpg_text_row_set_suffix   (BpgTextRow *self,
                                       GtkWidget  *widget);
void        bpg_text_row_set_subtitle_lines (BpgTextRow *self,
                                             int         lines);

G_END_DECLS
