/* test-fold.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bpg-fold.h"

static void
test_fold_case_and_accents (void)
{
  g_autofree char *a = bpg_fold ("Sciática NÉRVE");
  g_autofree char *b = bpg_fold ("ﬁbre");   /* a ligature decomposes */

  g_assert_cmpstr (a, ==, "sciatica nerve");
  g_assert_cmpstr (b, ==, "fibre");
}

static void
test_fold_other_scripts (void)
{
  g_autofree char *arabic = bpg_fold ("ألم الظهر");
  g_autofree char *greek = bpg_fold ("ΠΌΝΟΣ");

  /* Arabic has no case; its letters survive folding. */
  g_assert_true (g_utf8_validate (arabic, -1, NULL));
  g_assert_cmpuint (g_utf8_strlen (arabic, -1), >=, 8);
  g_assert_cmpstr (greek, ==, "πονοσ");
}

static void
test_fold_vowel_signs_kept (void)
{
  g_autofree char *nerve = bpg_fold ("ચેતા");
  g_autofree char *worry = bpg_fold ("ચિંતા");
  g_autofree char *voweled = bpg_fold ("أَلَم");
  g_autofree char *plain = bpg_fold ("الم");

  /* Gujarati vowel signs are letters: two different words stay apart. */
  g_assert_cmpstr (nerve, !=, worry);
  g_assert_cmpstr (nerve, ==, "ચેતા");
  /* Arabic short vowels and the hamza are accents: written or not, the
   * word is found. */
  g_assert_cmpstr (voweled, ==, plain);
}

static void
test_origin_map (void)
{
  g_autoptr(BpgFolded) folded = bpg_folded_new ("Ça va, Élan");
  const char *hit = strstr (folded->text, "elan");

  g_assert_nonnull (hit);
  /* "Élan" starts at byte 8 of the original ("Ç" is two bytes). */
  g_assert_cmpuint (folded->origin[hit - folded->text], ==, 8);
  g_assert_cmpuint (folded->origin[folded->len], ==, strlen ("Ça va, Élan"));
}

static void
test_split_words (void)
{
  g_auto(GStrv) words = bpg_fold_split_words ("  Night-PAIN, sweats?  ");
  g_auto(GStrv) none = bpg_fold_split_words (" ,.!? ");

  g_assert_cmpuint (g_strv_length (words), ==, 3);
  g_assert_cmpstr (words[0], ==, "night");
  g_assert_cmpstr (words[1], ==, "pain");
  g_assert_cmpstr (words[2], ==, "sweats");
  g_assert_cmpuint (g_strv_length (none), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/fold/case-and-accents", test_fold_case_and_accents);
  g_test_add_func ("/fold/other-scripts", test_fold_other_scripts);
  g_test_add_func ("/fold/vowel-signs-kept", test_fold_vowel_signs_kept);
  g_test_add_func ("/fold/origin-map", test_origin_map);
  g_test_add_func ("/fold/split-words", test_split_words);

  return g_test_run ();
}
