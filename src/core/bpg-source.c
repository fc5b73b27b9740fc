/* bpg-source.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "bpg-content-private.h"
#include "bpg-source.h"

/* A patient leaflet that the app's facts come from. */
struct _BpgSource
{
  GObject  parent_instance;

  char    *id;
  char    *title;
  char    *publisher;
};

G_DEFINE_FINAL_TYPE (BpgSource, bpg_source, G_TYPE_OBJECT)

static void
bpg_source_finalize (GObject *object)
{
  BpgSource *self = (BpgSource *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->publisher, g_free);

  G_OBJECT_CLASS (bpg_source_parent_class)->finalize (object);
}

static void
bpg_source_class_init (BpgSourceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bpg_source_finalize;
}

static void
bpg_source_init (BpgSource *self)
{
}

BpgSource *
_bpg_source_new (const char *id,
                 const char *title,
                 const char *publisher)
{
  BpgSource *self = g_object_new (BPG_TYPE_SOURCE, NULL);

  self->id = g_strdup (id);
  self->title = g_strdup (title);
  self->publisher = g_strdup (publisher);

  return self;
}

const char *
bpg_source_get_id (BpgSource *self)
{
  g_return_val_if_fail (BPG_IS_SOURCE (self), NULL);

  return self->id;
}

const char *
bpg_source_get_title (BpgSource *self)
{
  g_return_val_if_fail (BPG_IS_SOURCE (self), NULL);

  return self->title;
}

const char *
bpg_source_get_publisher (BpgSource *self)
{
  g_return_val_if_fail (BPG_IS_SOURCE (self), NULL);

  return self->publisher;
}

/**
 * bpg_sources_format_names:
 * @sources: a #GListModel of #BpgSource
 *
 * Returns: (transfer full): the leaflets' titles with who published each,
 *   joined, as every "where this comes from" line says them
 */
char *
bpg_sources_format_names (GListModel *sources)
{
  g_autoptr(GString) names = g_string_new (NULL);
  guint n;

  g_return_val_if_fail (G_IS_LIST_MODEL (sources), NULL);

  n = g_list_model_get_n_items (sources);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BpgSource) source = g_list_model_get_item (sources, i);

      if (i > 0)
        /* Translators: joins the names of two leaflets */
        g_string_append (names, _(" and "));
      /* Translators: a leaflet's title, then who published it */
      g_string_append_printf (names, _("“%s” (%s)"),
                              bpg_source_get_title (source), bpg_source_get_publisher (source));
    }

  return g_string_free (g_steal_pointer (&names), FALSE);
}
