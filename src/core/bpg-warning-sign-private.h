/* bpg-warning-sign-private.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bpg-check-question.h"

G_BEGIN_DECLS

/* The tables that src/core/gen-warning-signs.py writes from
 * data/content/signs.json at build time (bpg-warning-sign-table.c). Each
 * ends with an entry whose id is NULL. The strings are the file's English;
 * bpg-warning-sign.c translates them. */

typedef struct
{
  const char *id;
  const char *title;
} BpgWarningSourceData;

typedef struct
{
  BpgCheckLevel  level;
  const char    *id;
  const char    *title;     /* the heading of a list of signs at this level */
  const char    *summary;   /* the level in a few words */
  const char    *text;      /* nullable: what else may be done */
} BpgWarningLevelData;

typedef struct
{
  const char          *id;
  BpgCheckLevel        level;     /* self-care: only part of a sign made of two answers */
  const char          *group;     /* nullable, e.g. "cauda-equina" */
  const char          *list;
  const char          *question;  /* nullable for a sign made of two answers */
  const char          *note;
  const char * const  *when;      /* nullable: the two signs this one needs */
  const char * const  *sources;
  const char          *decision;
} BpgWarningSignData;

typedef struct
{
  const char *id;
  const char *sign;
  const char *text;
} BpgWarningTellData;

extern const BpgWarningSourceData _bpg_warning_sources[];
extern const BpgWarningLevelData _bpg_warning_levels[];
extern const BpgWarningSignData _bpg_warning_signs[];
extern const BpgWarningTellData _bpg_warning_tell[];

G_END_DECLS
