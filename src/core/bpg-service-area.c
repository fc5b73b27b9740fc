/* bpg-service-area.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bpg-service-area.h"
#include "bpg-service-private.h"

/* A place a patient can say they live in, such as "Essex". Areas nest: a
 * service for a wider area (the East of England, England) also serves every
 * area within it. */
struct _BpgServiceArea
{
  GObject  parent_instance;

  char    *id;
  char    *name;
  char    *within_id;
};

G_DEFINE_FINAL_TYPE (BpgServiceArea, bpg_service_area, G_TYPE_OBJECT)

static void
bpg_service_area_finalize (GObject *object)
{
  BpgServiceArea *self = (BpgServiceArea *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->within_id, g_free);

  G_OBJECT_CLASS (bpg_service_area_parent_class)->finalize (object);
}

static void
bpg_service_area_class_init (BpgServiceAreaClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bpg_service_area_finalize;
}

static void
bpg_service_area_init (BpgServiceArea *self)
{
}

BpgServiceArea *
_bpg_service_area_new (const char *id,
                       const char *name,
                       const char *within_id)
{
  BpgServiceArea *self = g_object_new (BPG_TYPE_SERVICE_AREA, NULL);

  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->within_id = g_strdup (within_id);

  return self;
}

const char *
bpg_service_area_get_id (BpgServiceArea *self)
{
  g_return_val_if_fail (BPG_IS_SERVICE_AREA (self), NULL);

  return self->id;
}

/**
 * bpg_service_area_get_name:
 *
 * Returns: the area's name as a patient would say it, translated
 */
const char *
bpg_service_area_get_name (BpgServiceArea *self)
{
  g_return_val_if_fail (BPG_IS_SERVICE_AREA (self), NULL);

  return self->name;
}

/**
 * bpg_service_area_get_within_id:
 *
 * Returns: (nullable): the ID of the wider area this one is part of
 */
const char *
bpg_service_area_get_within_id (BpgServiceArea *self)
{
  g_return_val_if_fail (BPG_IS_SERVICE_AREA (self), NULL);

  return self->within_id;
}
