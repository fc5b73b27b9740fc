/* bpg-topic.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define BPG_TYPE_TOPIC (bpg_topic_get_type ())

G_DECLARE_FINAL_TYPE (BpgTopic, bpg_topic, BPG, TOPIC, GObject)

const char *bpg_topic_get_id        (BpgTopic *self);
const char *bpg_topic_get_title     (BpgTopic *self);
const char *bpg_topic_get_summary   (BpgTopic *self);
const char *bpg_topic_get_icon_name (BpgTopic *self);
GListModel *bpg_topic_get_pages     (BpgTopic *self);

G_END_DECLS
