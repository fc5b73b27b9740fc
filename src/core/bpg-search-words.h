/* bpg-search-words.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define BPG_SEARCH_WORDS_RESOURCE RESOURCE_BASE "/content/words.json"

/**
 * BpgSearchWordsEntry:
 * @id: the entry's ID, naming its translation context ("words:<id>")
 * @say: (element-type GStrv): what people type, each a phrase of folded words
 * @means: (element-type GStrv): the content's own terms for it, folded
 * @warning: whether it touches a warning sign
 *
 * One group of patients' words and what they mean in the content.
 */
typedef struct
{
  char      *id;
  GPtrArray *say;
  GPtrArray *means;
  gboolean   warning;
} BpgSearchWordsEntry;

#define BPG_TYPE_SEARCH_WORDS (bpg_search_words_get_type ())

G_DECLARE_FINAL_TYPE (BpgSearchWords, bpg_search_words, BPG, SEARCH_WORDS, GObject)

BpgSearchWords     *bpg_search_words_new               (void);
BpgSearchWords     *bpg_search_words_new_from_bytes    (GBytes          *bytes,
                                                        const char      *domain,
                                                        GError         **error);
BpgSearchWords     *bpg_search_words_new_from_resource (const char      *path,
                                                        const char      *domain,
                                                        GError         **error);
GPtrArray          *bpg_search_words_get_entries       (BpgSearchWords  *self);
gboolean            bpg_search_words_is_ignored        (BpgSearchWords  *self,
                                                        const char      *word);
const char * const *bpg_search_words_get_endings       (BpgSearchWords  *self);
const char * const *bpg_search_words_get_first         (BpgSearchWords  *self);
const char * const *bpg_search_words_get_msgids        (BpgSearchWords  *self);

G_END_DECLS
