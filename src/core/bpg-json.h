/* bpg-json.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The limits of every reader of data from outside the app, in one place.
 * A reader refuses anything that is not a regular file before reading it (a
 * FIFO would block it for ever, /dev/zero never ends), reads no more than its
 * size limit, and checks nesting before json-glib, which recurses, sees the
 * text. Every check is linear in the size, so the size limit bounds the time
 * a file can take as well. */

/* Lists and objects within each other. The app's own files are at most six
 * levels deep, a diary four. */
#define BPG_JSON_MAX_DEPTH 16

/* A diary or a backup: far more than ten years of daily notes. The diary
 * writer is held to the same limit, so what the app writes it can read. */
#define BPG_DIARY_MAX_FILE_SIZE (64 * 1024 * 1024)

/* A local services file. Administrators' files are a few kilobytes. */
#define BPG_SERVICE_FILE_MAX_SIZE (1024 * 1024)

/**
 * BpgJsonReadFlags:
 * @BPG_JSON_READ_DEFAULT: follow a symbolic link to a regular file
 * @BPG_JSON_READ_NOFOLLOW: refuse a symbolic link
 */
typedef enum
{
  BPG_JSON_READ_DEFAULT  = 0,
  BPG_JSON_READ_NOFOLLOW = 1 << 0,
} BpgJsonReadFlags;

/**
 * BpgJsonParseFlags:
 * @BPG_JSON_PARSE_DEFAULT: seal the tree, so it can be shared safely
 * @BPG_JSON_PARSE_MUTABLE: leave the tree unsealed, which is quicker, for a
 *   tree that never leaves its reader
 */
typedef enum
{
  BPG_JSON_PARSE_DEFAULT = 0,
  BPG_JSON_PARSE_MUTABLE = 1 << 0,
} BpgJsonParseFlags;

/**
 * BpgJsonPlace:
 * @line: the line of a problem, counting from 1, or 0 if not known
 * @field: (nullable): the path of the field, such as "services[2].name"
 *
 * Where bpg_json_parse_text() found a problem.
 */
typedef struct
{
  guint  line;
  char  *field;
} BpgJsonPlace;

void        bpg_json_place_clear  (BpgJsonPlace       *place);
GBytes     *bpg_json_read_path    (const char         *path,
                                   gsize               limit,
                                   BpgJsonReadFlags    flags,
                                   GError            **error);
GBytes     *bpg_json_read_file    (GFile              *file,
                                   gsize               limit,
                                   BpgJsonReadFlags    flags,
                                   GCancellable       *cancellable,
                                   GError            **error);
gboolean    bpg_json_check_text   (const char         *text,
                                   gsize               length,
                                   BpgJsonPlace       *place,
                                   GError            **error);
JsonNode   *bpg_json_parse_text   (const char         *text,
                                   gsize               length,
                                   BpgJsonParseFlags   flags,
                                   BpgJsonPlace       *place,
                                   GError            **error);

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

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BpgJsonPlace, bpg_json_place_clear)

G_END_DECLS
