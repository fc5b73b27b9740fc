/* bpg-search-result.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bpg-page.h"

G_BEGIN_DECLS

#define BPG_TYPE_SEARCH_RESULT (bpg_search_result_get_type ())

G_DECLARE_FINAL_TYPE (BpgSearchResult, bpg_search_result, BPG, SEARCH_RESULT, GObject)

BpgSearchResult *bpg_search_result_new           (BpgPage    *page,
                                                  int         block,
                                                  const char *snippet,
                                                  gsize       match_start,
                                                  gsize       match_end,
                                                  guint       score);
BpgPage         *bpg_search_result_get_page      (BpgSearchResult *self);
int              bpg_search_result_get_block     (BpgSearchResult *self);
const char      *bpg_search_result_get_snippet   (BpgSearchResult *self);
void             bpg_search_result_get_match     (BpgSearchResult *self,
                                                  gsize           *start,
                                                  gsize           *end);
guint            bpg_search_result_get_score     (BpgSearchResult *self);
char            *bpg_search_result_dup_markup    (BpgSearchResult *self);

G_END_DECLS
