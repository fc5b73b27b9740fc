/* bpg-source.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BPG_TYPE_SOURCE (bpg_source_get_type ())

G_DECLARE_FINAL_TYPE (BpgSource, bpg_source, BPG, SOURCE, GObject)

const char *bpg_source_get_id        (BpgSource *self);
const char *bpg_source_get_title     (BpgSource *self);
const char *bpg_source_get_publisher (BpgSource *self);

char       *bpg_sources_format_names (GListModel *sources);

G_END_DECLS
