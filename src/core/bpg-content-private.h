/* bpg-content-private.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bpg-block.h"
#include "bpg-page.h"
#include "bpg-source.h"
#include "bpg-topic.h"

G_BEGIN_DECLS

/* Only the content loader builds these objects; everything else reads them. */

BpgBlock  *_bpg_block_new   (BpgBlockKind     kind,
                             const char      *text,
                             const char      *title,
                             char           **items,
                             BpgCalloutLevel  level,
                             const char      *target,
                             const char      *url);

void       _bpg_block_set_signs (BpgBlock   *self,
                                 const char *selector);

BpgSource *_bpg_source_new  (const char *id,
                             const char *title,
                             const char *publisher);

BpgPage   *_bpg_page_new    (const char *id,
                             const char *title,
                             const char *summary,
                             GDate      *reviewed);
void       _bpg_page_add_source (BpgPage   *self,
                                 BpgSource *source);
void       _bpg_page_add_block  (BpgPage   *self,
                                 BpgBlock  *block);
void       _bpg_page_set_topic  (BpgPage   *self,
                                 BpgTopic  *topic);

BpgTopic  *_bpg_topic_new      (const char *id,
                                const char *title,
                                const char *summary,
                                const char *icon_name);
void       _bpg_topic_add_page (BpgTopic   *self,
                                BpgPage    *page);

G_END_DECLS
