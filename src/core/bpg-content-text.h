/* bpg-content-text.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/**
 * BpgContentText:
 * @msgids: where each string read is added, "context\004text", as xgettext
 *   writes it
 * @domain: the gettext domain to translate with
 *
 * What the loaders of the app's content files share: translating each
 * string as it is read, with a context naming where it appears.
 */
typedef struct
{
  GPtrArray  *msgids;
  const char *domain;
} BpgContentText;

const char  *bpg_content_text_tr           (const BpgContentText  *text,
                                            const char            *context,
                                            const char            *msgid);
char       **bpg_content_text_tr_strv      (const BpgContentText  *text,
                                            const char            *context,
                                            char                 **items);
gboolean     bpg_content_text_load_sources (const BpgContentText  *text,
                                            JsonObject            *root,
                                            const char            *where,
                                            const char            *context_prefix,
                                            GListStore            *sources,
                                            GHashTable            *sources_by_id,
                                            GError               **error);

G_END_DECLS
