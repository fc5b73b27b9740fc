/* bpg-fold.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bpg-fold.h"

/* Folding lets "sciática", "SCIATICA" and "sciatica" meet, in any script
 * GLib knows: decompose, drop accents, then case-fold. An accent is a mark
 * shared by many scripts (Unicode gives it the script "inherited"), such as
 * an acute or Arabic's short vowels and hamza. The marks of Gujarati and
 * other Indic scripts are vowels, not accents: dropping them would make
 * ચેતા (nerve) and ચિંતા (worry) one word, so they are kept. */
static gboolean
is_accent (gunichar c)
{
  GUnicodeScript script = g_unichar_get_script (c);

  return g_unichar_ismark (c) &&
         (script == G_UNICODE_SCRIPT_INHERITED || script == G_UNICODE_SCRIPT_COMMON);
}

static void
fold_char (gunichar  c,
           GString  *out)
{
  char buf[8];
  int n = g_unichar_to_utf8 (c, buf);
  g_autofree char *decomposed = g_utf8_normalize (buf, n, G_NORMALIZE_NFKD);

  if (decomposed == NULL)
    return;

  for (const char *p = decomposed; *p; p = g_utf8_next_char (p))
    {
      gunichar d = g_utf8_get_char (p);
      g_autofree char *folded = NULL;
      char one[8];
      int m;

      if (is_accent (d))
        continue;

      m = g_unichar_to_utf8 (d, one);
      folded = g_utf8_casefold (one, m);
      g_string_append (out, folded);
    }
}

/**
 * bpg_folded_new:
 * @text: valid UTF-8
 *
 * Returns: (transfer full): @text folded for matching, with its offset map
 */
BpgFolded *
bpg_folded_new (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GArray) origin = g_array_new (FALSE, FALSE, sizeof (gsize));
  BpgFolded *folded;
  const char *p;

  g_return_val_if_fail (text != NULL, NULL);

  for (p = text; *p; p = g_utf8_next_char (p))
    {
      gsize before = out->len;
      gsize offset = p - text;

      fold_char (g_utf8_get_char (p), out);
      for (gsize i = before; i < out->len; i++)
        g_array_append_val (origin, offset);
    }

  {
    gsize end = p - text;
    g_array_append_val (origin, end);
  }

  folded = g_new0 (BpgFolded, 1);
  folded->len = out->len;
  folded->text = g_string_free (g_steal_pointer (&out), FALSE);
  folded->origin = (gsize *) (void *) g_array_free (g_steal_pointer (&origin), FALSE);
  return folded;
}

void
bpg_folded_free (BpgFolded *folded)
{
  if (folded == NULL)
    return;

  g_free (folded->text);
  g_free (folded->origin);
  g_free (folded);
}

/**
 * bpg_fold:
 * @text: valid UTF-8
 *
 * Returns: (transfer full): @text in lower case without accents
 */
char *
bpg_fold (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);

  g_return_val_if_fail (text != NULL, NULL);

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    fold_char (g_utf8_get_char (p), out);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

/**
 * bpg_fold_split_words:
 * @text: what a person typed
 *
 * Folds @text and splits it into words at anything that is not a letter,
 * a digit or a mark.
 *
 * Returns: (transfer full): a %NULL-terminated array of words, maybe empty
 */
char **
bpg_fold_split_words (const char *text)
{
  g_autofree char *folded = NULL;
  g_autoptr(GPtrArray) words = g_ptr_array_new_with_free_func (g_free);
  const char *start = NULL;
  const char *p;

  g_return_val_if_fail (text != NULL, NULL);

  folded = bpg_fold (text);

  for (p = folded; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean word_char = c != 0 && (g_unichar_isalnum (c) || g_unichar_ismark (c));

      if (word_char && start == NULL)
        start = p;
      else if (!word_char && start != NULL)
        {
          g_ptr_array_add (words, g_strndup (start, p - start));
          start = NULL;
        }

      if (c == 0)
        break;
    }

  g_ptr_array_add (words, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&words), FALSE);
}

/**
 * bpg_fold_distance:
 * @a: a folded word
 * @b: another
 * @max: the largest distance of interest
 *
 * Counts the letters typed wrong between @a and @b: one added, left out,
 * changed, or two swapped each count one (optimal string alignment
 * distance, over characters).
 *
 * Returns: the distance, or @max + 1 when it is larger than @max
 */
guint
bpg_fold_distance (const char *a,
                   const char *b,
                   guint       max)
{
  g_autofree gunichar *ua = NULL;
  g_autofree gunichar *ub = NULL;
  g_autofree guint *rows = NULL;
  glong la, lb;
  guint *prev2, *prev, *cur;

  g_return_val_if_fail (a != NULL && b != NULL, max + 1);

  ua = g_utf8_to_ucs4_fast (a, -1, &la);
  ub = g_utf8_to_ucs4_fast (b, -1, &lb);
  if ((guint) ABS (la - lb) > max)
    return max + 1;

  rows = g_new (guint, 3 * (lb + 1));
  prev2 = rows;
  prev = rows + lb + 1;
  cur = rows + 2 * (lb + 1);
  for (glong j = 0; j <= lb; j++)
    prev[j] = j;

  for (glong i = 1; i <= la; i++)
    {
      guint best = cur[0] = i;

      for (glong j = 1; j <= lb; j++)
        {
          guint cost = ua[i - 1] != ub[j - 1];
          guint d = MIN (MIN (prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);

          if (i > 1 && j > 1 && ua[i - 1] == ub[j - 2] && ua[i - 2] == ub[j - 1])
            d = MIN (d, prev2[j - 2] + 1);
          cur[j] = d;
          best = MIN (best, d);
        }

      /* Every later row is at least as far: stop early. */
      if (best > max)
        return max + 1;

      {
        guint *t = prev2;
        prev2 = prev;
        prev = cur;
        cur = t;
      }
    }

  return MIN (prev[lb], max + 1);
}

/**
 * bpg_fold_typos_allowed:
 * @word: a folded word someone typed
 *
 * Short words must be typed right: too many other words are one letter
 * away. Words of 5 to 7 letters may have one letter wrong, longer ones two.
 *
 * Returns: how many letters of @word may be wrong
 */
guint
bpg_fold_typos_allowed (const char *word)
{
  glong len;

  g_return_val_if_fail (word != NULL, 0);

  len = g_utf8_strlen (word, -1);
  return len >= 8 ? 2 : len >= 5 ? 1 : 0;
}
