/* bpg-json.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Strict readers for the app's data files. Each names the place of a problem
 * ("pages[3].blocks[2].text") so a content editor or an administrator can
 * find it without reading C. */

JsonNode   *bpg_json_parse        (GBytes      *bytes,
                                   const char  *file_name,
                                   GError     **error);
JsonObject *bpg_json_require_object (JsonNode    *node,
                                     const char  *where,
                                     GError     **error);
const char *bpg_json_get_string   (JsonObject  *object,
                                   const char  *where,
                                   const char  *member,
                                   gboolean     required,
                                   GError     **error);
JsonArray  *bpg_json_get_array    (JsonObject  *object,
                                   const char  *where,
                                   const char  *member,
                                   gboolean     required,
                                   GError     **error);
gboolean    bpg_json_get_int      (JsonObject  *object,
                                   const char  *where,
                                   const char  *member,
                                   gint64       min,
                                   gint64       max,
                                   gint64      *value,
                                   GError     **error);
char      **bpg_json_get_strv     (JsonObject  *object,
                                   const char  *where,
                                   const char  *member,
                                   gboolean     required,
                                   GError     **error);
gboolean    bpg_json_is_valid_id  (const char  *id);
const char *bpg_json_get_id       (JsonObject  *object,
                                   const char  *where,
                                   GHashTable  *taken,
                                   GError     **error);
gboolean    bpg_json_check_members (JsonObject         *object,
                                    const char         *where,
                                    const char * const *allowed,
                                    GError            **error);

G_END_DECLS
