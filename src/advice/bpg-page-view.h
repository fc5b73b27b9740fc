/* bpg-page-view.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bpg-page.h"

G_BEGIN_DECLS

#define BPG_TYPE_PAGE_VIEW (bpg_page_view_get_type ())

G_DECLARE_FINAL_TYPE (BpgPageView, bpg_page_view, BPG, PAGE_VIEW, AdwBin)

BpgPageView *bpg_page_view_new          (BpgPage     *page);
BpgPage     *bpg_page_view_get_page     (BpgPageView *self);
void         bpg_page_view_reveal_block (BpgPageView *self,
                                         int          block);
GtkWidget   *bpg_page_view_get_block_widget (BpgPageView *self,
                                             guint        block);

G_END_DECLS
