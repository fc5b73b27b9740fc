/* bpg-page.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bpg-source.h"

G_BEGIN_DECLS

#define BPG_TYPE_PAGE (bpg_page_get_type ())

G_DECLARE_FINAL_TYPE (BpgPage, bpg_page, BPG, PAGE, GObject)

typedef struct _BpgTopic BpgTopic;

const char  *bpg_page_get_id       (BpgPage *self);
const char  *bpg_page_get_title    (BpgPage *self);
const char  *bpg_page_get_summary  (BpgPage *self);
const GDate *bpg_page_get_reviewed (BpgPage *self);
GListModel  *bpg_page_get_blocks   (BpgPage *self);
GListModel  *bpg_page_get_sources  (BpgPage *self);
BpgTopic    *bpg_page_get_topic    (BpgPage *self);
char        *bpg_page_dup_sources_text (BpgPage *self);

G_END_DECLS
