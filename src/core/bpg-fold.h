/* bpg-fold.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * BpgFolded:
 * @text: the folded text (lower case, accents removed), NUL-terminated
 * @len: length of @text in bytes
 * @origin: for each byte of @text, the byte offset of the character of the
 *   original string it came from (@len + 1 entries; the last is the original
 *   length)
 *
 * Text prepared for matching, with a map back to the original so that a match
 * can be shown in the words the reader sees.
 */
typedef struct
{
  char  *text;
  gsize  len;
  gsize *origin;
} BpgFolded;

BpgFolded *bpg_folded_new      (const char *text);
void       bpg_folded_free     (BpgFolded  *folded);
char      *bpg_fold            (const char *text);
char     **bpg_fold_split_words (const char *text);
guint      bpg_fold_distance   (const char *a,
                                const char *b,
                                guint       max);
guint      bpg_fold_typos_allowed (const char *word);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BpgFolded, bpg_folded_free)

G_END_DECLS
