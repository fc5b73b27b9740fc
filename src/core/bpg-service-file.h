/* bpg-service-file.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The largest services file the app reads. Administrators' files are a few
 * kilobytes; anything far larger is a mistake, and is not read into memory. */
#define BPG_SERVICE_FILE_MAX_SIZE (1024 * 1024)

GBytes   *bpg_service_file_read        (GFile         *file,
                                        gsize          limit,
                                        GCancellable  *cancellable,
                                        GError       **error);
guint     bpg_service_file_locate      (const char    *text,
                                        gsize          length,
                                        const char    *path);
gboolean  bpg_service_file_syntax_line (const char    *message,
                                        guint         *line,
                                        guint         *column,
                                        const char   **rest);

G_END_DECLS
