/* bpg-page.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "bpg-block.h"
#include "bpg-content-private.h"
#include "bpg-date.h"
#include "bpg-page.h"
#include "bpg-topic.h"

struct _BpgPage
{
  GObject     parent_instance;

  char       *id;
  char       *title;
  char       *summary;
  GDate       reviewed;
  GListStore *blocks;
  GListStore *sources;
  BpgTopic   *topic;   /* unowned: the topic owns its pages */
};

G_DEFINE_FINAL_TYPE (BpgPage, bpg_page, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bpg_page_finalize (GObject *object)
{
  BpgPage *self = (BpgPage *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_object (&self->blocks);
  g_clear_object (&self->sources);

  G_OBJECT_CLASS (bpg_page_parent_class)->finalize (object);
}

static void
bpg_page_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  BpgPage *self = BPG_PAGE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

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
bpg_page_class_init (BpgPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bpg_page_finalize;
  object_class->get_property = bpg_page_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bpg_page_init (BpgPage *self)
{
  self->blocks = g_list_store_new (BPG_TYPE_BLOCK);
  self->sources = g_list_store_new (BPG_TYPE_SOURCE);
  g_date_clear (&self->reviewed, 1);
}

BpgPage *
_bpg_page_new (const char *id,
               const char *title,
               const char *summary,
               GDate      *reviewed)
{
  BpgPage *self = g_object_new (BPG_TYPE_PAGE, NULL);

  self->id = g_strdup (id);
  self->title = g_strdup (title);
  self->summary = g_strdup (summary);
  if (reviewed != NULL)
    self->reviewed = *reviewed;

  return self;
}

void
_bpg_page_add_source (BpgPage   *self,
                      BpgSource *source)
{
  g_list_store_append (self->sources, source);
}

void
_bpg_page_add_block (BpgPage  *self,
                     BpgBlock *block)
{
  g_list_store_append (self->blocks, block);
}

void
_bpg_page_set_topic (BpgPage  *self,
                     BpgTopic *topic)
{
  self->topic = topic;
}

const char *
bpg_page_get_id (BpgPage *self)
{
  g_return_val_if_fail (BPG_IS_PAGE (self), NULL);

  return self->id;
}

const char *
bpg_page_get_title (BpgPage *self)
{
  g_return_val_if_fail (BPG_IS_PAGE (self), NULL);

  return self->title;
}

const char *
bpg_page_get_summary (BpgPage *self)
{
  g_return_val_if_fail (BPG_IS_PAGE (self), NULL);

  return self->summary;
}

/**
 * bpg_page_get_reviewed:
 *
 * Returns: the date the page's content was last checked against its leaflets
 */
const GDate *
bpg_page_get_reviewed (BpgPage *self)
{
  g_return_val_if_fail (BPG_IS_PAGE (self), NULL);

  return &self->reviewed;
}

/**
 * bpg_page_get_blocks:
 *
 * Returns: (transfer none): a #GListModel of #BpgBlock
 */
GListModel *
bpg_page_get_blocks (BpgPage *self)
{
  g_return_val_if_fail (BPG_IS_PAGE (self), NULL);

  return G_LIST_MODEL (self->blocks);
}

/**
 * bpg_page_get_sources:
 *
 * Returns: (transfer none): a #GListModel of the #BpgSource leaflets the
 *   page's facts come from
 */
GListModel *
bpg_page_get_sources (BpgPage *self)
{
  g_return_val_if_fail (BPG_IS_PAGE (self), NULL);

  return G_LIST_MODEL (self->sources);
}

/**
 * bpg_page_get_topic:
 *
 * Returns: (transfer none) (nullable): the topic the page is listed under
 */
BpgTopic *
bpg_page_get_topic (BpgPage *self)
{
  g_return_val_if_fail (BPG_IS_PAGE (self), NULL);

  return self->topic;
}

/**
 * bpg_page_dup_sources_text:
 *
 * Returns: (transfer full): where the page's facts come from and when they
 *   were last checked, in the words the page and its printed copy show
 */
char *
bpg_page_dup_sources_text (BpgPage *self)
{
  g_autofree char *names = NULL;
  g_autofree char *reviewed = NULL;

  g_return_val_if_fail (BPG_IS_PAGE (self), NULL);

  names = bpg_sources_format_names (G_LIST_MODEL (self->sources));
  if (g_date_valid (&self->reviewed))
    reviewed = bpg_date_format_date (g_date_get_julian (&self->reviewed));

  /* Translators: the first %s names one or two leaflets, the second is a date */
  return g_strdup_printf (ngettext ("Based on the NHS leaflet %s. Last checked against it on %s.",
                                    "Based on the NHS leaflets %s. Last checked against them on %s.",
                                    g_list_model_get_n_items (G_LIST_MODEL (self->sources))),
                          names, reviewed != NULL ? reviewed : "");
}
