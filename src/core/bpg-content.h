/* bpg-content.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bpg-block.h"
#include "bpg-page.h"
#include "bpg-source.h"
#include "bpg-topic.h"

G_BEGIN_DECLS

#define BPG_CONTENT_RESOURCE RESOURCE_BASE "/content/advice.json"

#define BPG_TYPE_CONTENT (bpg_content_get_type ())

G_DECLARE_FINAL_TYPE (BpgContent, bpg_content, BPG, CONTENT, GObject)

BpgContent         *bpg_content_new_from_bytes    (GBytes               *bytes,
                                                   const char           *domain,
                                                   GError              **error);
BpgContent         *bpg_content_new_from_resource (const char           *path,
                                                   const char           *domain,
                                                   GError              **error);
void                bpg_content_load_async        (const char           *path,
                                                   const char           *domain,
                                                   GCancellable         *cancellable,
                                                   GAsyncReadyCallback   callback,
                                                   gpointer              user_data);
BpgContent         *bpg_content_load_finish       (GAsyncResult         *result,
                                                   GError              **error);
GListModel         *bpg_content_get_topics        (BpgContent           *self);
GListModel         *bpg_content_get_pages         (BpgContent           *self);
GListModel         *bpg_content_get_sources       (BpgContent           *self);
BpgPage            *bpg_content_lookup_page       (BpgContent           *self,
                                                   const char           *id);
BpgTopic           *bpg_content_lookup_topic      (BpgContent           *self,
                                                   const char           *id);
const char * const *bpg_content_get_msgids        (BpgContent           *self);
char               *bpg_content_dup_context       (const char           *page_id);

G_END_DECLS
