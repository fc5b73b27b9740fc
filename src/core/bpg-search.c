/* bpg-search.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "bpg-fold.h"
#include "bpg-search.h"

#define SNIPPET_BEFORE 40
#define SNIPPET_AFTER  90

/* Search over the pages as the reader sees them (already translated), so it
 * works in any language. Every word typed must appear somewhere in a page;
 * matches in titles and headings rank higher than matches in body text. */

typedef struct
{
  char      *plain;    /* the block's text on one line */
  BpgFolded *folded;
  gboolean   heading;
} BlockIndex;

typedef struct
{
  BpgPage   *page;
  BpgFolded *title;
  GPtrArray *blocks;   /* BlockIndex, in page order */
} PageIndex;

struct _BpgSearch
{
  GObject    parent_instance;

  GPtrArray *pages;    /* PageIndex */
};

G_DEFINE_FINAL_TYPE (BpgSearch, bpg_search, G_TYPE_OBJECT)

static void
block_index_free (gpointer data)
{
  BlockIndex *index = data;

  g_free (index->plain);
  bpg_folded_free (index->folded);
  g_free (index);
}

static void
page_index_free (gpointer data)
{
  PageIndex *index = data;

  g_object_unref (index->page);
  bpg_folded_free (index->title);
  g_ptr_array_unref (index->blocks);
  g_free (index);
}

static PageIndex *
page_index_new (BpgPage *page)
{
  PageIndex *index = g_new0 (PageIndex, 1);
  GListModel *blocks = bpg_page_get_blocks (page);

  index->page = g_object_ref (page);
  index->title = bpg_folded_new (bpg_page_get_title (page));
  index->blocks = g_ptr_array_new_with_free_func (block_index_free);

  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(BpgBlock) block = g_list_model_get_item (blocks, i);
      BlockIndex *entry = g_new0 (BlockIndex, 1);
      g_autofree char *plain = bpg_block_dup_plain_text (block);
      g_auto(GStrv) parts = g_strsplit (plain, "\n", -1);

      /* A list's items stay apart in a snippet. */
      entry->plain = g_strjoinv (" · ", parts);
      entry->folded = bpg_folded_new (entry->plain);
      entry->heading = bpg_block_get_kind (block) == BPG_BLOCK_HEADING;
      g_ptr_array_add (index->blocks, entry);
    }

  return index;
}

static gsize
back_to_space (const char *text,
               gsize       pos)
{
  gsize p = pos;

  while (p > 0 && text[p - 1] != ' ')
    p--;

  return p > 0 ? p : pos;
}

static gsize
forward_to_space (const char *text,
                  gsize       len,
                  gsize       pos)
{
  while (pos < len && text[pos] != ' ')
    pos++;

  return pos;
}

/* Builds a short line around the match, cut at word boundaries. */
static BpgSearchResult *
make_result (PageIndex  *index,
             int         block,
             const char *plain,
             BpgFolded  *folded,
             gsize       folded_pos,
             gsize       folded_len,
             guint       score)
{
  g_autoptr(GString) snippet = g_string_new (NULL);
  gsize len = strlen (plain);
  gsize mstart = folded->origin[folded_pos];
  gsize mend = folded->origin[folded_pos + folded_len];
  gsize start = mstart > SNIPPET_BEFORE ? back_to_space (plain, mstart - SNIPPET_BEFORE) : 0;
  gsize end = forward_to_space (plain, len, MIN (len, mend + SNIPPET_AFTER));
  gsize offset;

  if (start > mstart)
    start = mstart;

  if (start > 0)
    g_string_append (snippet, "…");
  offset = snippet->len - start;
  g_string_append_len (snippet, plain + start, end - start);
  if (end < len)
    g_string_append (snippet, "…");

  return bpg_search_result_new (index->page, block, snippet->str,
                                mstart + offset, mend + offset, score);
}

static BpgSearchResult *
match_page (PageIndex  *index,
            char      **words)
{
  const char *longest = words[0];
  guint best_hits = 0, score = 0;
  int best_block = -1;

  for (guint w = 0; words[w] != NULL; w++)
    {
      gboolean found = strstr (index->title->text, words[w]) != NULL;

      if (found)
        score += 10;
      if (strlen (words[w]) > strlen (longest))
        longest = words[w];

      for (guint b = 0; b < index->blocks->len; b++)
        {
          BlockIndex *entry = g_ptr_array_index (index->blocks, b);

          if (strstr (entry->folded->text, words[w]) == NULL)
            continue;

          score += entry->heading ? 3 : 1;
          found = TRUE;
        }

      if (!found)
        return NULL;
    }

  /* The snippet comes from the block holding the most of the words typed,
   * and shows the longest of them: usually the one that matters most. */
  for (guint b = 0; b < index->blocks->len; b++)
    {
      BlockIndex *entry = g_ptr_array_index (index->blocks, b);
      guint hits = 0;

      if (strstr (entry->folded->text, longest) == NULL)
        continue;
      for (guint w = 0; words[w] != NULL; w++)
        hits += strstr (entry->folded->text, words[w]) != NULL;
      if (hits > best_hits)
        {
          best_hits = hits;
          best_block = b;
        }
    }

  if (best_block < 0)
    {
      const char *hit = strstr (index->title->text, longest);

      if (hit == NULL)
        {
          hit = strstr (index->title->text, words[0]);
          longest = words[0];
        }
      if (hit != NULL)
        return make_result (index, -1, bpg_page_get_title (index->page), index->title,
                            hit - index->title->text, strlen (longest), score);

      /* The longest word is only in blocks without the others: show it there. */
      for (guint b = 0; b < index->blocks->len && best_block < 0; b++)
        if (strstr (((BlockIndex *)g_ptr_array_index (index->blocks, b))->folded->text, words[0]))
          best_block = b;
      longest = words[0];
    }

  {
    BlockIndex *best = g_ptr_array_index (index->blocks, best_block);
    const char *hit = strstr (best->folded->text, longest);

    return make_result (index, best_block, best->plain, best->folded,
                        hit - best->folded->text, strlen (longest), score);
  }
}

static int
compare_results (gconstpointer a,
                 gconstpointer b)
{
  guint sa = bpg_search_result_get_score (*(BpgSearchResult **)a);
  guint sb = bpg_search_result_get_score (*(BpgSearchResult **)b);

  return (sa < sb) - (sa > sb);
}

static void
bpg_search_finalize (GObject *object)
{
  BpgSearch *self = (BpgSearch *)object;

  g_clear_pointer (&self->pages, g_ptr_array_unref);

  G_OBJECT_CLASS (bpg_search_parent_class)->finalize (object);
}

static void
bpg_search_class_init (BpgSearchClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bpg_search_finalize;
}

static void
bpg_search_init (BpgSearch *self)
{
  self->pages = g_ptr_array_new_with_free_func (page_index_free);
}

/**
 * bpg_search_new:
 * @content: the loaded (and translated) content
 *
 * Returns: (transfer full): a search over every page of @content
 */
BpgSearch *
bpg_search_new (BpgContent *content)
{
  BpgSearch *self;
  GListModel *pages;

  g_return_val_if_fail (BPG_IS_CONTENT (content), NULL);

  self = g_object_new (BPG_TYPE_SEARCH, NULL);
  pages = bpg_content_get_pages (content);
  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(BpgPage) page = g_list_model_get_item (pages, i);

      g_ptr_array_add (self->pages, page_index_new (page));
    }

  return self;
}

/**
 * bpg_search_query:
 * @text: what the reader typed
 *
 * Returns: (transfer full): a #GListModel of #BpgSearchResult, best first;
 *   empty when @text holds no words
 */
GListModel *
bpg_search_query (BpgSearch  *self,
                  const char *text)
{
  g_autoptr(GListStore) results = g_list_store_new (BPG_TYPE_SEARCH_RESULT);
  g_autoptr(GPtrArray) found = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) words = NULL;

  g_return_val_if_fail (BPG_IS_SEARCH (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  words = bpg_fold_split_words (text);
  if (words[0] == NULL)
    return G_LIST_MODEL (g_steal_pointer (&results));

  for (guint i = 0; i < self->pages->len; i++)
    {
      BpgSearchResult *result = match_page (g_ptr_array_index (self->pages, i), words);

      if (result != NULL)
        g_ptr_array_add (found, result);
    }

  /* g_ptr_array_sort() is stable: pages of equal rank stay in reading order. */
  g_ptr_array_sort (found, compare_results);
  g_list_store_splice (results, 0, 0, found->pdata, found->len);

  return G_LIST_MODEL (g_steal_pointer (&results));
}
