/* bpg-search-reader.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-search"

#include "config.h"

#include <string.h>

#include "bpg-search-private.h"

#define PHRASE_MAX  6
#define TYPED_BONUS 5

/* Reading a query. What is typed becomes a list of concepts, each one thing
 * the reader means, matched by any of its alternatives:
 *
 * - a phrase of the patients' words ("wet myself") means the content's terms
 *   for it ("urine", "bladder"), and the words typed themselves;
 * - a word that says nothing on its own ("is", "my") is skipped;
 * - any other word is itself, in its other forms ("exercise", "exercises");
 *   if the content has no such word, it is the start of a longer one still
 *   being typed ("sciat"), or else a typo ("serius"). */

static void
alternative_free (gpointer data)
{
  BpgSearchAlternative *alt = data;

  g_ptr_array_unref (alt->slots);
  g_free (alt);
}

void
_bpg_search_concept_free (gpointer data)
{
  BpgSearchConcept *concept = data;

  g_ptr_array_unref (concept->alternatives);
  g_free (concept->typed);
  g_free (concept);
}

static BpgSearchConcept *
concept_new (char **typed,
             guint  n_typed)
{
  BpgSearchConcept *concept = g_new0 (BpgSearchConcept, 1);
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
add_alternative (BpgSearchConcept   *concept,
                 GPtrArray *slots,
                 guint      bonus)
{
  BpgSearchAlternative *alt = g_new0 (BpgSearchAlternative, 1);

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
static BpgSearchConcept *
read_said (BpgSearch  *self,
           GHashTable *said,
           char      **words,
           guint       n_words,
           guint      *used)
{
  GPtrArray *entries = bpg_search_words_get_entries (self->vocabulary);
  g_autoptr(GPtrArray) found = g_ptr_array_new ();
  BpgSearchConcept *concept;
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
GHashTable *
_bpg_search_dup_said_words (BpgSearch *self)
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

GPtrArray *
_bpg_search_read_query (BpgSearch  *self,
            const char *text)
{
  g_auto(GStrv) words = bpg_fold_split_words (text);
  g_autoptr(GHashTable) said = _bpg_search_dup_said_words (self);
  GPtrArray *concepts = g_ptr_array_new_with_free_func (_bpg_search_concept_free);
  guint n_words = g_strv_length (words);

  for (guint i = 0; i < n_words; )
    {
      guint used = 0;
      BpgSearchConcept *concept = read_said (self, said, words + i, MIN (n_words - i, PHRASE_MAX), &used);

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
        BpgSearchConcept *concept = concept_new (words + i, 1);

        if (slots != NULL)
          add_alternative (concept, slots, TYPED_BONUS);
        g_ptr_array_add (concepts, concept);
      }

  return concepts;
}
