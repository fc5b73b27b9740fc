/* bpg-topic.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bpg-content-private.h"
#include "bpg-page.h"
#include "bpg-topic.h"

struct _BpgTopic
{
  GObject     parent_instance;

  char       *id;
  char       *title;
  char       *summary;
  char       *icon_name;
  GListStore *pages;
};

G_DEFINE_FINAL_TYPE (BpgTopic, bpg_topic, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bpg_topic_finalize (GObject *object)
{
  BpgTopic *self = (BpgTopic *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->icon_name, g_free);
  g_clear_object (&self->pages);

  G_OBJECT_CLASS (bpg_topic_parent_class)->finalize (object);
}

static void
bpg_topic_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  BpgTopic *self = BPG_TOPIC (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bpg_topic_class_init (BpgTopicClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bpg_topic_finalize;
  object_class->get_property = bpg_topic_get_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bpg_topic_init (BpgTopic *self)
{
  self->pages = g_list_store_new (BPG_TYPE_PAGE);
}

BpgTopic *
_bpg_topic_new (const char *id,
                const char *title,
                const char *summary,
                const char *icon_name)
{
  BpgTopic *self = g_object_new (BPG_TYPE_TOPIC, NULL);

  self->id = g_strdup (id);
  self->title = g_strdup (title);
  self->summary = g_strdup (summary);
  self->icon_name = g_strdup (icon_name);

  return self;
}

void
_bpg_topic_add_page (BpgTopic *self,
                     BpgPage  *page)
{
  g_list_store_append (self->pages, page);
  if (bpg_page_get_topic (page) == NULL)
    _bpg_page_set_topic (page, self);
}

const char *
bpg_topic_get_id (BpgTopic *self)
{
  g_return_val_if_fail (BPG_IS_TOPIC (self), NULL);

  return self->id;
}

const char *
bpg_topic_get_title (BpgTopic *self)
{
  g_return_val_if_fail (BPG_IS_TOPIC (self), NULL);

  return self->title;
}

const char *
bpg_topic_get_summary (BpgTopic *self)
{
  g_return_val_if_fail (BPG_IS_TOPIC (self), NULL);

  return self->summary;
}

/**
 * bpg_topic_get_icon_name:
 *
 * Returns: (nullable): a symbolic icon name for the topic
 */
const char *
bpg_topic_get_icon_name (BpgTopic *self)
{
  g_return_val_if_fail (BPG_IS_TOPIC (self), NULL);

  return self->icon_name;
}

/**
 * bpg_topic_get_pages:
 *
 * Returns: (transfer none): a #GListModel of #BpgPage, in reading order
 */
GListModel *
bpg_topic_get_pages (BpgTopic *self)
{
  g_return_val_if_fail (BPG_IS_TOPIC (self), NULL);

  return G_LIST_MODEL (self->pages);
}
