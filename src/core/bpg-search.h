/* bpg-search.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bpg-content.h"
#include "bpg-search-result.h"

G_BEGIN_DECLS

#define BPG_TYPE_SEARCH (bpg_search_get_type ())

G_DECLARE_FINAL_TYPE (BpgSearch, bpg_search, BPG, SEARCH, GObject)

BpgSearch  *bpg_search_new   (BpgContent *content);
GListModel *bpg_search_query (BpgSearch  *self,
                              const char *text);

G_END_DECLS
