/* bpg-advice-view.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bpg-content.h"
#include "bpg-context.h"

G_BEGIN_DECLS

#define BPG_TYPE_ADVICE_VIEW (bpg_advice_view_get_type ())

G_DECLARE_FINAL_TYPE (BpgAdviceView, bpg_advice_view, BPG, ADVICE_VIEW, AdwBin)

void        bpg_advice_view_set_content      (BpgAdviceView *self,
                                              BpgContent    *content,
                                              const GError  *error);
gboolean    bpg_advice_view_open_page        (BpgAdviceView *self,
                                              const char    *page_id,
                                              int            block);
void        bpg_advice_view_show_home        (BpgAdviceView *self);
gboolean    bpg_advice_view_go_back          (BpgAdviceView *self);
gboolean    bpg_advice_view_get_can_go_back  (BpgAdviceView *self);
void        bpg_advice_view_start_search     (BpgAdviceView *self);
void        bpg_advice_view_search           (BpgAdviceView *self,
                                              const char    *text);
const char *bpg_advice_view_get_title        (BpgAdviceView *self);
const char *bpg_advice_view_get_subtitle     (BpgAdviceView *self);
const char *bpg_advice_view_get_page_id      (BpgAdviceView *self);

G_END_DECLS
