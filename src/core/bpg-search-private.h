/* bpg-search-private.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bpg-fold.h"
#include "bpg-search.h"

G_BEGIN_DECLS

/* How much a match counts, by where it is. */
#define BPG_SEARCH_WEIGHT_TITLE   100
#define BPG_SEARCH_WEIGHT_SUMMARY  30
#define BPG_SEARCH_WEIGHT_HEADING  30
#define BPG_SEARCH_WEIGHT_BODY     10

typedef struct _BpgSearchWord BpgSearchWord;

/* One place a word stands: an item, one of its fields, the word's index
 * among that field's tokens. */
typedef struct
{
  guint16 item;
  guint16 field;
  guint32 token;
} BpgSearchPosting;

struct _BpgSearchWord
{
  char   *text;       /* folded */
  GArray *postings;   /* BpgSearchPosting */
};

/* A word of a field: its bytes in the folded text. */
typedef struct
{
  guint32        start;
  guint32        end;
  BpgSearchWord *word;
} BpgSearchToken;

typedef struct
{
  char      *plain;    /* the text on one line, as shown in a snippet */
  BpgFolded *folded;
  GArray    *tokens;   /* BpgSearchToken */
  guint      weight;
  int        block;    /* the page's block, or -1 */
} BpgSearchField;

/* Something a patient can open: fields[0] is its title, fields[1] its
 * summary when it has one. */
typedef struct
{
  BpgSearchKind  kind;
  char          *target;
  char          *title;
  char          *summary;
  GPtrArray     *fields;   /* BpgSearchField */
} BpgSearchItem;

struct _BpgSearch
{
  GObject         parent_instance;

  GPtrArray      *items;       /* BpgSearchItem */
  GHashTable     *words;       /* folded text → BpgSearchWord, borrowed */
  GPtrArray      *word_list;   /* BpgSearchWord, owned */
  BpgSearchWords *vocabulary;
};

/* One way a concept can be found: a phrase, with the words allowed at each
 * place, and how much more it counts. */
typedef struct
{
  GPtrArray *slots;   /* of GPtrArray of BpgSearchWord */
  guint      bonus;
} BpgSearchAlternative;

/* One thing the reader means, as read from what they typed. */
typedef struct
{
  GPtrArray *alternatives;   /* BpgSearchAlternative */
  char      *typed;          /* the words typed for it */
  gboolean   warning;        /* whether it touches a warning sign */
} BpgSearchConcept;

GPtrArray  *_bpg_search_read_query     (BpgSearch  *self,
                                        const char *text);
GHashTable *_bpg_search_dup_said_words (BpgSearch  *self);
void        _bpg_search_concept_free   (gpointer    concept);

G_END_DECLS
