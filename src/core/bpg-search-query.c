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
#define PHRASE_MAX        6
#define TYPED_BONUS       5
#define FIRST_SCORE   10000

/* Reading a query. What is typed becomes a list of concepts, each one thing
 * the reader means, matched by any of its alternatives:
 *
 * - a phrase of the patients' words ("wet myself") means the content's terms
 *   for it ("urine", "bladder"), and the words typed themselves;
 * - a word that says nothing on its own ("is", "my") is skipped;
 * - any other word is itself, in its other forms ("exercise", "exercises");
 *   if the content has no such word, it is the start of a longer one still
 *   being typed ("sciat"), or else a typo ("serius").
 *
 * Every concept must be found in an item for it to match; when no item has
 * them all, the items with the most of them are shown. */

typedef struct
{
  GPtrArray *slots;   /* of GPtrArray of BpgSearchWord: the words allowed at each place */
  guint      bonus;
} Alternative;

typedef struct
{
  GPtrArray *alternatives;
  char      *typed;
  gboolean   warning;
} Concept;

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

static void
alternative_free (gpointer data)
{
  Alternative *alt = data;

  g_ptr_array_unref (alt->slots);
  g_free (alt);
}

static void
concept_free (gpointer data)
{
  Concept *concept = data;

  g_ptr_array_unref (concept->alternatives);
  g_free (concept->typed);
  g_free (concept);
}

static Concept *
concept_new (char **typed,
             guint  n_typed)
{
  Concept *concept = g_new0 (Concept, 1);
  char *saved = typed[n_typed];

  typed[n_typed] = NULL;
  concept->typed = g_strjoinv (" ", typed);
  typed[n_typed] = saved;
  concept->alternatives = g_ptr_array_new_with_free_func (alternative_free);
  return concept;
}

static void
add_unique (GPtrArray     *words,
            BpgSearchWord *word)
{
  if (word != NULL && !g_ptr_array_find (words, word, NULL))
    g_ptr_array_add (words, word);
}

/* The word and its other forms: "exercise", "exercises", "exercised". A
 * word typed with an ending ("walks") also finds the others ("walking"). */
static void
find_forms (BpgSearch  *self,
            const char *text,
            GPtrArray  *out)
{
  const char * const *endings = bpg_search_words_get_endings (self->vocabulary);
  gsize len = strlen (text);

  add_unique (out, g_hash_table_lookup (self->words, text));
  for (guint e = 0; endings[e] != NULL; e++)
    {
      g_autofree char *longer = g_strconcat (text, endings[e], NULL);
      gsize elen = strlen (endings[e]);

      add_unique (out, g_hash_table_lookup (self->words, longer));

      if (len > elen + 2 && g_str_has_suffix (text, endings[e]))
        {
          g_autofree char *stem = g_strndup (text, len - elen);

          add_unique (out, g_hash_table_lookup (self->words, stem));
          for (guint f = 0; endings[f] != NULL; f++)
            {
              g_autofree char *other = g_strconcat (stem, endings[f], NULL);

              add_unique (out, g_hash_table_lookup (self->words, other));
            }
        }
    }
}

/* For a word the content does not have: the words it starts, or failing
 * that the nearest words a typo away. */
static void
find_near (BpgSearch  *self,
           const char *text,
           GPtrArray  *out)
{
  guint allowed = bpg_fold_typos_allowed (text);
  gsize len = strlen (text);
  guint best = allowed + 1;

  if (g_utf8_strlen (text, -1) >= 3)
    for (guint i = 0; i < self->word_list->len; i++)
      {
        BpgSearchWord *word = g_ptr_array_index (self->word_list, i);

        if (strncmp (word->text, text, len) == 0)
          g_ptr_array_add (out, word);
      }

  if (out->len > 0 || allowed == 0)
    return;

  for (guint i = 0; i < self->word_list->len; i++)
    {
      BpgSearchWord *word = g_ptr_array_index (self->word_list, i);
      guint d = bpg_fold_distance (text, word->text, MIN (best, allowed));

      if (d < best)
        {
          best = d;
          g_ptr_array_set_size (out, 0);
        }
      if (d == best && d <= allowed)
        g_ptr_array_add (out, word);
    }
}

static void
add_alternative (Concept   *concept,
                 GPtrArray *slots,
                 guint      bonus)
{
  Alternative *alt = g_new0 (Alternative, 1);

  alt->slots = slots;
  alt->bonus = bonus;
  g_ptr_array_add (concept->alternatives, alt);
}

/* A phrase of the content's own terms, each word in any of its forms; NULL
 * if some word is nowhere in the content. */
static GPtrArray *
resolve_phrase (BpgSearch  *self,
                char      **words,
                guint       n_words,
                gboolean    near)
{
  g_autoptr(GPtrArray) slots = g_ptr_array_new_with_free_func ((GDestroyNotify)g_ptr_array_unref);

  for (guint i = 0; i < n_words; i++)
    {
      GPtrArray *slot = g_ptr_array_new ();

      g_ptr_array_add (slots, slot);
      find_forms (self, words[i], slot);
      if (slot->len == 0 && near)
        find_near (self, words[i], slot);
      if (slot->len == 0)
        return NULL;
    }

  return g_steal_pointer (&slots);
}

static gboolean
is_known (BpgSearch  *self,
          GHashTable *said,
          const char *word)
{
  return g_hash_table_contains (self->words, word) || g_hash_table_contains (said, word);
}

/* Whether a word typed is a word of the patients' list: the same, in another
 * form, or (for a word known nowhere) a typo away. */
static gboolean
same_word (BpgSearch  *self,
           GHashTable *said,
           const char *typed,
           const char *listed)
{
  const char * const *endings = bpg_search_words_get_endings (self->vocabulary);
  gsize len = strlen (listed);
  guint allowed;

  if (strcmp (typed, listed) == 0)
    return TRUE;

  if (strncmp (typed, listed, len) == 0)
    for (guint e = 0; endings[e] != NULL; e++)
      if (strcmp (typed + len, endings[e]) == 0)
        return TRUE;

  allowed = bpg_fold_typos_allowed (listed);
  return allowed > 0 && !is_known (self, said, typed) &&
         bpg_fold_distance (typed, listed, allowed) <= allowed;
}

static guint
match_said (BpgSearch  *self,
            GHashTable *said,
            char      **words,
            guint       n_words,
            char      **phrase)
{
  guint n = g_strv_length (phrase);

  if (n > n_words)
    return 0;

  for (guint i = 0; i < n; i++)
    if (!same_word (self, said, words[i], phrase[i]))
      return 0;

  return n;
}

/* The longest phrase of the patients' words starting at @words, and every
 * entry that has it. */
static Concept *
read_said (BpgSearch  *self,
           GHashTable *said,
           char      **words,
           guint       n_words,
           guint      *used)
{
  GPtrArray *entries = bpg_search_words_get_entries (self->vocabulary);
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  Concept *concept;
  guint best = 0;

  for (guint e = 0; e < entries->len; e++)
    {
      BpgSearchWordsEntry *entry = g_ptr_array_index (entries, e);

      for (guint p = 0; p < entry->say->len; p++)
        {
          guint n = match_said (self, said, words, n_words, g_ptr_array_index (entry->say, p));

          if (n > best)
            g_ptr_array_set_size (found, 0), best = n;
          if (n == best && n > 0 && !g_ptr_array_find (found, entry, NULL))
            g_ptr_array_add (found, entry);
        }
    }

  if (best == 0)
    return NULL;

  concept = concept_new (words, best);
  for (guint e = 0; e < found->len; e++)
    {
      BpgSearchWordsEntry *entry = g_ptr_array_index (found, e);

      concept->warning |= entry->warning;
      for (guint m = 0; m < entry->means->len; m++)
        {
          char **means = g_ptr_array_index (entry->means, m);
          GPtrArray *slots = resolve_phrase (self, means, g_strv_length (means), FALSE);

          if (slots != NULL)
            add_alternative (concept, slots, 0);
        }
    }

  {
    GPtrArray *slots = resolve_phrase (self, words, best, FALSE);

    if (slots != NULL)
      add_alternative (concept, slots, TYPED_BONUS);
  }

  *used = best;
  return concept;
}

/* Every word of the patients' lists, to tell a typo from a word. */
static GHashTable *
dup_said_words (BpgSearch *self)
{
  GPtrArray *entries = bpg_search_words_get_entries (self->vocabulary);
  GHashTable *said = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint e = 0; e < entries->len; e++)
    {
      BpgSearchWordsEntry *entry = g_ptr_array_index (entries, e);

      for (guint p = 0; p < entry->say->len; p++)
        for (char **w = g_ptr_array_index (entry->say, p); *w != NULL; w++)
          g_hash_table_add (said, *w);
    }

  return said;
}

static GPtrArray *
read_query (BpgSearch  *self,
            const char *text)
{
  g_auto(GStrv) words = bpg_fold_split_words (text);
  g_autoptr(GHashTable) said = dup_said_words (self);
  GPtrArray *concepts = g_ptr_array_new_with_free_func (concept_free);
  guint n_words = g_strv_length (words);

  for (guint i = 0; i < n_words; )
    {
      guint used = 0;
      Concept *concept = read_said (self, said, words + i, MIN (n_words - i, PHRASE_MAX), &used);

      if (concept != NULL)
        {
          g_ptr_array_add (concepts, concept);
          i += used;
          continue;
        }

      if (!bpg_search_words_is_ignored (self->vocabulary, words[i]))
        {
          GPtrArray *slots = resolve_phrase (self, words + i, 1, TRUE);

          concept = concept_new (words + i, 1);
          if (slots != NULL)
            add_alternative (concept, slots, TYPED_BONUS);
          g_ptr_array_add (concepts, concept);
        }
      i++;
    }

  /* A question of ignored words only ("is it") is still a question. */
  if (concepts->len == 0 && n_words > 0)
    for (guint i = 0; i < n_words; i++)
      {
        GPtrArray *slots = resolve_phrase (self, words + i, 1, FALSE);
        Concept *concept = concept_new (words + i, 1);

        if (slots != NULL)
          add_alternative (concept, slots, TYPED_BONUS);
        g_ptr_array_add (concepts, concept);
      }

  return concepts;
}

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
            Alternative *alt,
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
               Concept   *concept,
               guint      concept_index,
               ItemMatch *matches)
{
  g_autofree guint *best = g_new0 (guint, self->items->len);
  g_autofree guint *count = g_new0 (guint, self->items->len);
  gboolean found = FALSE;

  for (guint a = 0; a < concept->alternatives->len; a++)
    {
      Alternative *alt = g_ptr_array_index (concept->alternatives, a);
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
      Concept *concept = g_ptr_array_index (concepts, c);

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

  concepts = read_query (self, text);
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

  said = dup_said_words (self);
  concepts = read_query (self, text);
  for (guint c = 0; c < concepts->len; c++)
    {
      Concept *concept = g_ptr_array_index (concepts, c);
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
