/* bpg-search.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bpg-content.h"
#include "bpg-exercise-list.h"
#include "bpg-search-result.h"
#include "bpg-search-words.h"
#include "bpg-service-catalog.h"

G_BEGIN_DECLS

#define BPG_TYPE_SEARCH (bpg_search_get_type ())

G_DECLARE_FINAL_TYPE (BpgSearch, bpg_search, BPG, SEARCH, GObject)

BpgSearch       *bpg_search_new           (BpgContent           *content);
BpgSearch       *bpg_search_new_full      (BpgContent           *content,
                                           const char           *domain);
void             bpg_search_load_async    (BpgContent           *content,
                                           const char           *domain,
                                           GCancellable         *cancellable,
                                           GAsyncReadyCallback   callback,
                                           gpointer              user_data);
BpgSearch       *bpg_search_load_finish   (GAsyncResult         *result,
                                           GError              **error);
void             bpg_search_set_words     (BpgSearch            *self,
                                           BpgSearchWords       *words);
void             bpg_search_add_exercises (BpgSearch            *self,
                                           BpgExerciseList      *list);
void             bpg_search_add_services  (BpgSearch            *self,
                                           BpgServiceCatalog    *catalog);
guint            bpg_search_get_n_items   (BpgSearch            *self);
GListModel      *bpg_search_query         (BpgSearch            *self,
                                           const char           *text);
char           **bpg_search_suggest       (BpgSearch            *self,
                                           const char           *text);
BpgSearchResult *bpg_search_lookup        (BpgSearch            *self,
                                           const char           *id);

G_END_DECLS
