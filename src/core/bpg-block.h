/* bpg-block.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * BpgBlockKind:
 * @BPG_BLOCK_HEADING: a heading inside a page
 * @BPG_BLOCK_PARAGRAPH: a paragraph of text
 * @BPG_BLOCK_LIST: a bulleted list
 * @BPG_BLOCK_CALLOUT: a highlighted box with a level
 * @BPG_BLOCK_LINK: a link to another page of the app
 * @BPG_BLOCK_EXTERNAL: a link to a web page, which needs the internet
 * @BPG_BLOCK_ACTION: a button to another part of the app (its target is
 *   one of bpg_block_get_actions())
 */
typedef enum
{
  BPG_BLOCK_HEADING,
  BPG_BLOCK_PARAGRAPH,
  BPG_BLOCK_LIST,
  BPG_BLOCK_CALLOUT,
  BPG_BLOCK_LINK,
  BPG_BLOCK_EXTERNAL,
  BPG_BLOCK_ACTION,
} BpgBlockKind;

/**
 * BpgCalloutLevel:
 * @BPG_CALLOUT_INFO: good to know
 * @BPG_CALLOUT_GP: see a GP or a physiotherapist
 * @BPG_CALLOUT_URGENT: get help today (111 or an urgent GP appointment)
 * @BPG_CALLOUT_EMERGENCY: go to A&E now, or call 999
 *
 * Ordered by urgency, so levels can be compared.
 */
typedef enum
{
  BPG_CALLOUT_INFO,
  BPG_CALLOUT_GP,
  BPG_CALLOUT_URGENT,
  BPG_CALLOUT_EMERGENCY,
} BpgCalloutLevel;

#define BPG_TYPE_BLOCK (bpg_block_get_type ())

G_DECLARE_FINAL_TYPE (BpgBlock, bpg_block, BPG, BLOCK, GObject)

BpgBlockKind        bpg_block_get_kind   (BpgBlock *self);
const char         *bpg_block_get_text   (BpgBlock *self);
const char         *bpg_block_get_title  (BpgBlock *self);
const char * const *bpg_block_get_items  (BpgBlock *self);
BpgCalloutLevel     bpg_block_get_level  (BpgBlock *self);
const char         *bpg_block_get_target (BpgBlock *self);
const char         *bpg_block_get_url    (BpgBlock *self);
const char         *bpg_block_get_signs  (BpgBlock *self);
char               *bpg_block_dup_plain_text (BpgBlock *self);

const char * const *bpg_block_get_actions (void);

gboolean     bpg_block_kind_from_string    (const char      *name,
                                            BpgBlockKind    *kind);
gboolean     bpg_callout_level_from_string (const char      *name,
                                            BpgCalloutLevel *level);

G_END_DECLS
