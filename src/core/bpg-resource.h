/* bpg-resource.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * BpgResourceParseFunc:
 * @bytes: a data file's contents
 * @domain: (nullable): the gettext domain to translate with
 * @error: where to put a message naming the problem
 *
 * Turns a content file into an object, as bpg_content_new_from_bytes() does.
 *
 * Returns: (transfer full) (nullable): the object, or %NULL with @error set
 */
typedef gpointer (*BpgResourceParseFunc) (GBytes      *bytes,
                                          const char  *domain,
                                          GError     **error);

gpointer bpg_resource_parse        (const char            *path,
                                    const char            *domain,
                                    BpgResourceParseFunc   parse,
                                    GError               **error);
void     bpg_resource_parse_async  (const char            *path,
                                    const char            *domain,
                                    BpgResourceParseFunc   parse,
                                    gpointer               source_tag,
                                    GCancellable          *cancellable,
                                    GAsyncReadyCallback    callback,
                                    gpointer               user_data);
gpointer bpg_resource_parse_finish (GAsyncResult          *result,
                                    gpointer               source_tag,
                                    GError               **error);

G_END_DECLS
