/* bpg-search-query.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-search"

#include "config.h"

#include <string.h>

#include "bpg-search-private.h"

#define SNIPPET_BEFORE   40
#define SNIPPET_AFTER    90
#define FIRST_SCORE   10000

/* Matching and ranking. Each concept of a query (see bpg-search-reader.c)
 * is looked up in the index; every concept must be found in an item for it
 * to match, and when no item has them all, the items with the most of them
 * are shown. */

typedef struct
{
  guint concept;
  guint field;
  guint token;
  guint n_tokens;
  guint bonus;
} Hit;

typedef struct
{
  guint   score;
  guint   n_concepts;
  guint64 concepts;   /* a bit for each concept found */
  GArray *hits;       /* Hit */
} ItemMatch;

static gboolean
phrase_at (BpgSearchField *field,
           guint           token,
           GPtrArray      *slots)
{
  if (token + slots->len > field->tokens->len)
    return FALSE;

  for (guint k = 1; k < slots->len; k++)
    {
      BpgSearchToken *t = &g_array_index (field->tokens, BpgSearchToken, token + k);

      if (!g_ptr_array_find (g_ptr_array_index (slots, k), t->word, NULL))
        return FALSE;
    }

  return TRUE;
}

static void
record_hit (BpgSearch   *self,
            ItemMatch   *matches,
            guint        concept_index,
            guint       *best,
            BpgSearchAlternative *alt,
            BpgSearchPosting *posting)
{
  BpgSearchItem *item = g_ptr_array_index (self->items, posting->item);
  BpgSearchField *field = g_ptr_array_index (item->fields, posting->field);
  ItemMatch *match = &matches[posting->item];
  Hit hit = { concept_index, posting->field, posting->token, alt->slots->len, alt->bonus };

  if (match->hits == NULL)
    match->hits = g_array_new (FALSE, FALSE, sizeof (Hit));
  g_array_append_val (match->hits, hit);

  best[posting->item] = MAX (best[posting->item], field->weight + alt->bonus);
}

/* Finds one concept everywhere; adds its best weight in each item to the
 * item's score. */
static gboolean
match_concept (BpgSearch *self,
               BpgSearchConcept   *concept,
               guint      concept_index,
               ItemMatch *matches)
{
  g_autofree guint *best = g_new0 (guint, self->items->len);
  g_autofree guint *count = g_new0 (guint, self->items->len);
  gboolean found = FALSE;

  for (guint a = 0; a < concept->alternatives->len; a++)
    {
      BpgSearchAlternative *alt = g_ptr_array_index (concept->alternatives, a);
      GPtrArray *first = g_ptr_array_index (alt->slots, 0);

      for (guint w = 0; w < first->len; w++)
        {
          BpgSearchWord *word = g_ptr_array_index (first, w);

          for (guint p = 0; p < word->postings->len; p++)
            {
              BpgSearchPosting *posting = &g_array_index (word->postings, BpgSearchPosting, p);
              BpgSearchItem *item = g_ptr_array_index (self->items, posting->item);

              if (!phrase_at (g_ptr_array_index (item->fields, posting->field),
                              posting->token, alt->slots))
                continue;

              record_hit (self, matches, concept_index, best, alt, posting);
              count[posting->item]++;
            }
        }
    }

  for (guint i = 0; i < self->items->len; i++)
    {
      if (best[i] == 0)
        continue;

      matches[i].score += best[i] + MIN (count[i], 5);
      matches[i].n_concepts++;
      matches[i].concepts |= G_GUINT64_CONSTANT (1) << MIN (concept_index, 63);
      found = TRUE;
    }

  return found;
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

/* A short line around the match, cut at word boundaries. */
static BpgSearchResult *
make_result (BpgSearchItem  *item,
             BpgSearchField *field,
             gsize           folded_start,
             gsize           folded_end,
             guint           score)
{
  g_autoptr(GString) snippet = g_string_new (NULL);
  const char *plain = field->plain;
  gsize len = strlen (plain);
  gsize mstart = field->folded->origin[folded_start];
  gsize mend = field->folded->origin[folded_end];
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

  return bpg_search_result_new (item->kind, item->target, item->title, field->block,
                                snippet->str, mstart + offset, mend + offset, score);
}

/* An item found only by its title, or put first without matching: its
 * summary says what it is. */
static BpgSearchResult *
make_summary_result (BpgSearchItem *item,
                     guint          score)
{
  return bpg_search_result_new (item->kind, item->target, item->title, -1,
                                item->summary, 0, 0, score);
}

/* The snippet comes from the text (not the title) holding the most of the
 * concepts, and shows the words typed if they are there, or else the longest
 * match there: usually the one that matters most. */
static BpgSearchResult *
result_for_match (BpgSearchItem *item,
                  ItemMatch     *match)
{
  g_autofree guint *concepts = g_new0 (guint, item->fields->len);
  g_autofree guint *typed = g_new0 (guint, item->fields->len);
  guint best_field = 0, best_span = 0;
  Hit *shown = NULL;

  for (guint h = 0; h < match->hits->len; h++)
    {
      Hit *hit = &g_array_index (match->hits, Hit, h);
      gboolean seen = FALSE;

      for (guint k = 0; k < h && !seen; k++)
        {
          Hit *other = &g_array_index (match->hits, Hit, k);

          seen = other->field == hit->field && other->concept == hit->concept;
        }
      /* Each concept counts two; the words typed themselves, one more. */
      if (!seen && hit->field > 0)
        concepts[hit->field] += 2;
      if (hit->bonus > 0 && hit->field > 0)
        typed[hit->field] = 1;
    }

  for (guint f = 1; f < item->fields->len; f++)
    concepts[f] += typed[f];

  for (guint f = 1; f < item->fields->len; f++)
    if (concepts[f] > concepts[best_field])
      best_field = f;

  if (best_field == 0)
    return make_summary_result (item, match->score);

  for (guint h = 0; h < match->hits->len; h++)
    {
      Hit *hit = &g_array_index (match->hits, Hit, h);
      BpgSearchField *field = g_ptr_array_index (item->fields, hit->field);
      BpgSearchToken *first, *last;

      if (hit->field != best_field)
        continue;
      first = &g_array_index (field->tokens, BpgSearchToken, hit->token);
      last = &g_array_index (field->tokens, BpgSearchToken, hit->token + hit->n_tokens - 1);
      if (shown == NULL || hit->bonus > shown->bonus ||
          (hit->bonus == shown->bonus && (last->end - first->start > best_span ||
                                          (last->end - first->start == best_span &&
                                           hit->token < shown->token))))
        {
          shown = hit;
          best_span = last->end - first->start;
        }
    }

  {
    BpgSearchField *field = g_ptr_array_index (item->fields, best_field);
    BpgSearchToken *first = &g_array_index (field->tokens, BpgSearchToken, shown->token);
    BpgSearchToken *last = &g_array_index (field->tokens, BpgSearchToken,
                                           shown->token + shown->n_tokens - 1);

    return make_result (item, field, first->start, last->end, match->score);
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

static gint
find_item (BpgSearch  *self,
           const char *id)
{
  BpgSearchKind kind;
  g_autofree char *target = NULL;

  if (!bpg_search_parse_id (id, &kind, &target))
    return -1;

  for (guint i = 0; i < self->items->len; i++)
    {
      BpgSearchItem *item = g_ptr_array_index (self->items, i);

      if (item->kind == kind && g_strcmp0 (item->target, target) == 0)
        return i;
    }

  return -1;
}

/* When a query touches a warning sign, the urgent-help page and the symptom
 * check come first, whether or not their words matched. */
static void
put_first (BpgSearch *self,
           ItemMatch *matches,
           GPtrArray *found)
{
  const char * const *first = bpg_search_words_get_first (self->vocabulary);
  guint n = g_strv_length ((char **)first);

  for (guint f = 0; f < n; f++)
    {
      gint i = find_item (self, first[f]);
      guint score = FIRST_SCORE + n - f;

      if (i < 0)
        continue;

      if (matches[i].hits != NULL)
        {
          matches[i].score = score;
          g_ptr_array_add (found, result_for_match (g_ptr_array_index (self->items, i),
                                                    &matches[i]));
        }
      else
        g_ptr_array_add (found, make_summary_result (g_ptr_array_index (self->items, i), score));
    }
}

/* The item whose name is exactly what was typed ("knee to chest"), or -1. */
static gint
find_named (BpgSearch  *self,
            const char *text)
{
  g_auto(GStrv) words = bpg_fold_split_words (text);
  guint n = g_strv_length (words);

  for (guint i = 0; i < self->items->len && n > 0; i++)
    {
      BpgSearchItem *item = g_ptr_array_index (self->items, i);
      BpgSearchField *title = g_ptr_array_index (item->fields, 0);
      gboolean same = title->tokens->len == n;

      for (guint k = 0; k < n && same; k++)
        same = strcmp (g_array_index (title->tokens, BpgSearchToken, k).word->text, words[k]) == 0;
      if (same)
        return i;
    }

  return -1;
}

static GPtrArray *
run_query (BpgSearch  *self,
           const char *text,
           GPtrArray  *concepts,
           gboolean   *all_known)
{
  gint named = find_named (self, text);
  g_autofree ItemMatch *matches = g_new0 (ItemMatch, self->items->len);
  GPtrArray *found = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean warning = FALSE;
  guint wanted = concepts->len, most = 0;

  *all_known = TRUE;
  for (guint c = 0; c < concepts->len; c++)
    {
      BpgSearchConcept *concept = g_ptr_array_index (concepts, c);

      *all_known &= match_concept (self, concept, c, matches);
      warning |= concept->warning;
    }

  /* Typing the name of an exercise or a service ("knee to chest") asks for
   * it, not about a warning sign; it comes first. The name of a page ("cauda
   * equina") may be a warning sign's, so urgent help still comes first. */
  if (named >= 0 && matches[named].hits != NULL)
    {
      BpgSearchItem *item = g_ptr_array_index (self->items, named);

      matches[named].score += FIRST_SCORE;
      if (item->kind == BPG_SEARCH_KIND_EXERCISE || item->kind == BPG_SEARCH_KIND_SERVICE)
        warning = FALSE;
    }

  for (guint i = 0; i < self->items->len; i++)
    most = MAX (most, matches[i].n_concepts);
  /* Nothing has every word: show what has the most, if every word is
   * somewhere. An unknown word finds nothing, and suggestions instead. */
  if (most < wanted && *all_known)
    wanted = most;

  for (guint i = 0; i < self->items->len && wanted > 0; i++)
    if (matches[i].n_concepts == wanted)
      g_ptr_array_add (found, result_for_match (g_ptr_array_index (self->items, i), &matches[i]));

  /* g_ptr_array_sort() is stable: items of equal rank stay in reading order. */
  g_ptr_array_sort (found, compare_results);
  if (warning)
    {
      g_autoptr(GPtrArray) first = g_ptr_array_new_with_free_func (g_object_unref);

      put_first (self, matches, first);
      for (guint r = 0; r < first->len; r++)
        {
          const char *id = bpg_search_result_get_id (g_ptr_array_index (first, r));

          for (guint k = 0; k < found->len; k++)
            if (strcmp (bpg_search_result_get_id (g_ptr_array_index (found, k)), id) == 0)
              g_ptr_array_remove_index (found, k--);
        }
      g_ptr_array_extend_and_steal (first, g_steal_pointer (&found));
      found = g_steal_pointer (&first);
    }

  for (guint i = 0; i < self->items->len; i++)
    g_clear_pointer (&matches[i].hits, g_array_unref);

  return found;
}

/**
 * bpg_search_query:
 * @text: what the reader typed
 *
 * Returns: (transfer full): a #GListModel of #BpgSearchResult, best first;
 *   empty when @text holds no words or nothing matches
 */
GListModel *
bpg_search_query (BpgSearch  *self,
                  const char *text)
{
  g_autoptr(GListStore) results = g_list_store_new (BPG_TYPE_SEARCH_RESULT);
  g_autoptr(GPtrArray) concepts = NULL;
  g_autoptr(GPtrArray) found = NULL;
  gboolean all_known;

  g_return_val_if_fail (BPG_IS_SEARCH (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  concepts = _bpg_search_read_query (self, text);
  if (concepts->len == 0)
    return G_LIST_MODEL (g_steal_pointer (&results));

  found = run_query (self, text, concepts, &all_known);
  g_list_store_splice (results, 0, 0, found->pdata, found->len);

  return G_LIST_MODEL (g_steal_pointer (&results));
}

/* The nearest words, in the content or the patients' lists, to one the
 * search could not place. */
static char *
nearest_word (BpgSearch  *self,
              GHashTable *said,
              const char *typed)
{
  guint allowed = MAX (bpg_fold_typos_allowed (typed), g_utf8_strlen (typed, -1) >= 3 ? 1 : 0) + 1;
  guint best = allowed + 1;
  const char *nearest = NULL;
  GHashTableIter iter;
  gpointer key;

  for (guint i = 0; i < self->word_list->len; i++)
    {
      BpgSearchWord *word = g_ptr_array_index (self->word_list, i);
      guint d = bpg_fold_distance (typed, word->text, MIN (best, allowed));

      if (d < best && word->postings->len > 0)
        best = d, nearest = word->text;
    }

  g_hash_table_iter_init (&iter, said);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      guint d = bpg_fold_distance (typed, key, MIN (best, allowed));

      if (d < best)
        best = d, nearest = key;
    }

  return best <= allowed ? g_strdup (nearest) : NULL;
}

/* Only a search that finds something is worth suggesting. */
static void
add_suggestion (BpgSearch    *self,
                GStrvBuilder *builder,
                char        **words)
{
  g_autofree char *text = g_strjoinv (" ", words);
  g_autoptr(GListModel) results = bpg_search_query (self, text);

  if (g_list_model_get_n_items (results) > 0)
    g_strv_builder_add (builder, text);
}

/**
 * bpg_search_suggest:
 * @text: what the reader typed, which found nothing
 *
 * Suggests other searches that find something: each word search could not
 * place replaced by the nearest known word, or left out.
 *
 * Returns: (transfer full): up to two searches, maybe none
 */
char **
bpg_search_suggest (BpgSearch  *self,
                    const char *text)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GHashTable) said = NULL;
  g_autoptr(GPtrArray) fixed = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) known = g_ptr_array_new ();
  g_autoptr(GPtrArray) concepts = NULL;
  guint n = 0;

  g_return_val_if_fail (BPG_IS_SEARCH (self), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  said = _bpg_search_dup_said_words (self);
  concepts = _bpg_search_read_query (self, text);
  for (guint c = 0; c < concepts->len; c++)
    {
      BpgSearchConcept *concept = g_ptr_array_index (concepts, c);
      char *near = NULL;

      if (concept->alternatives->len > 0)
        {
          g_ptr_array_add (known, concept->typed);
          g_ptr_array_add (fixed, g_strdup (concept->typed));
        }
      else if ((near = nearest_word (self, said, concept->typed)))
        {
          g_ptr_array_add (fixed, near);
          n++;
        }
    }

  /* The near words in place of the unknown ones, the rest left out; then
   * only the words search knows. */
  if (n > 0)
    {
      g_ptr_array_add (fixed, NULL);
      add_suggestion (self, builder, (char **)fixed->pdata);
    }
  if (known->len > 0 && known->len < concepts->len && (n == 0 || known->len < fixed->len - 1))
    {
      g_ptr_array_add (known, NULL);
      add_suggestion (self, builder, (char **)known->pdata);
    }

  return g_strv_builder_end (builder);
}

/**
 * bpg_search_lookup:
 * @id: a result ID, as bpg_search_result_get_id() gives
 *
 * Returns: (transfer full) (nullable): the result for @id, with its summary
 *   as the snippet, or %NULL if there is no such thing to open
 */
BpgSearchResult *
bpg_search_lookup (BpgSearch  *self,
                   const char *id)
{
  gint i;

  g_return_val_if_fail (BPG_IS_SEARCH (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  if ((i = find_item (self, id)) < 0)
    return NULL;

  return make_summary_result (g_ptr_array_index (self->items, i), 0);
}
