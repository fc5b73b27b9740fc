/* bpg-diary-json-private.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Where a piece of a text starts and ends: bytes start to end - 1. */
typedef struct
{
  gsize start;
  gsize end;
} BpgDiarySpan;

/* Shared with the tests, which check it on texts the app never writes. */
gboolean _bpg_diary_json_find_entries (const char   *text,
                                       gsize         length,
                                       BpgDiarySpan *list,
                                       GArray       *spans);

G_END_DECLS
