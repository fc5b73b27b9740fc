/* bpg-search-result.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BPG_TYPE_SEARCH_RESULT (bpg_search_result_get_type ())

/**
 * BpgSearchKind:
 * @BPG_SEARCH_KIND_PAGE: an advice page
 * @BPG_SEARCH_KIND_EXERCISE: an exercise
 * @BPG_SEARCH_KIND_SERVICE: a service in Get Help
 * @BPG_SEARCH_KIND_CHECK: the symptom check
 *
 * What a search result opens.
 */
typedef enum
{
  BPG_SEARCH_KIND_PAGE,
  BPG_SEARCH_KIND_EXERCISE,
  BPG_SEARCH_KIND_SERVICE,
  BPG_SEARCH_KIND_CHECK,
} BpgSearchKind;

G_DECLARE_FINAL_TYPE (BpgSearchResult, bpg_search_result, BPG, SEARCH_RESULT, GObject)

BpgSearchResult *bpg_search_result_new           (BpgSearchKind  kind,
                                                  const char    *target,
                                                  const char    *title,
                                                  int            block,
                                                  const char    *snippet,
                                                  gsize          match_start,
                                                  gsize          match_end,
                                                  guint          score);
BpgSearchKind    bpg_search_result_get_kind      (BpgSearchResult *self);
const char      *bpg_search_result_get_target    (BpgSearchResult *self);
const char      *bpg_search_result_get_id        (BpgSearchResult *self);
const char      *bpg_search_result_get_title     (BpgSearchResult *self);
gboolean         bpg_search_parse_id             (const char      *id,
                                                  BpgSearchKind   *kind,
                                                  char           **target);
int              bpg_search_result_get_block     (BpgSearchResult *self);
const char      *bpg_search_result_get_snippet   (BpgSearchResult *self);
void             bpg_search_result_get_match     (BpgSearchResult *self,
                                                  gsize           *start,
                                                  gsize           *end);
guint            bpg_search_result_get_score     (BpgSearchResult *self);
char            *bpg_search_result_dup_markup    (BpgSearchResult *self);

G_END_DECLS
