/* bpg-service-file.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bpg-json.h"

G_BEGIN_DECLS

/**
 * BpgServiceFilePos:
 * @offset: in bytes from the start of the text
 * @line: counting from 1
 */
typedef struct
{
  gsize offset;
  guint line;
} BpgServiceFilePos;

GBytes   *bpg_service_file_read        (GFile         *file,
                                        gsize          limit,
                                        GCancellable  *cancellable,
                                        GError       **error);
guint     bpg_service_file_locate      (const char    *text,
                                        gsize          length,
                                        const char    *path);
GArray   *bpg_service_file_index       (const char    *text,
                                        gsize          length,
                                        const char    *member);
guint     bpg_service_file_locate_at   (const char    *text,
                                        gsize          length,
                                        const BpgServiceFilePos *start,
                                        const char    *path);
gboolean  bpg_service_file_syntax_line (const char    *message,
                                        guint         *line,
                                        guint         *column,
                                        const char   **rest);

G_END_DECLS
