/* bpg-date.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *bpg_date_format           (guint32     julian,
                                 const char *format);
char *bpg_date_format_day       (guint32     julian);
char *bpg_date_format_date      (guint32     julian);
char *bpg_date_time_format_when (GDateTime  *date_time);

G_END_DECLS
