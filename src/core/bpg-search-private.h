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

G_END_DECLS
