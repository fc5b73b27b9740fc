/* bpg-service.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bpg-service.h"
#include "bpg-service-private.h"

/* A place a patient can go for help: who it is for, how to reach it (only
 * the contact details the leaflets or a local administrator give), what to
 * expect, and when not to wait for it. */
struct _BpgService
{
  GObject      parent_instance;

  char        *id;
  char        *name;
  char       **area_ids;
  char        *who_for;
  BpgReferral  referral;
  char        *how_to_reach;
  char        *phone;
  char       **link_texts;
  char       **link_urls;
  char        *what_to_expect;
  char        *not_if;
  char        *source;
  char        *origin;
};

G_DEFINE_FINAL_TYPE (BpgService, bpg_service, G_TYPE_OBJECT)

static const char * const referral_names[] = {
  [BPG_REFERRAL_SELF] = "self",
  [BPG_REFERRAL_NONE] = "none",
  [BPG_REFERRAL_ASK_GP] = "ask-gp",
  [BPG_REFERRAL_SEE_SERVICE] = "see-service",
};

static void
bpg_service_finalize (GObject *object)
{
  BpgService *self = (BpgService *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->area_ids, g_strfreev);
  g_clear_pointer (&self->who_for, g_free);
  g_clear_pointer (&self->how_to_reach, g_free);
  g_clear_pointer (&self->phone, g_free);
  g_clear_pointer (&self->link_texts, g_strfreev);
  g_clear_pointer (&self->link_urls, g_strfreev);
  g_clear_pointer (&self->what_to_expect, g_free);
  g_clear_pointer (&self->not_if, g_free);
  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->origin, g_free);

  G_OBJECT_CLASS (bpg_service_parent_class)->finalize (object);
}

static void
bpg_service_class_init (BpgServiceClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bpg_service_finalize;
}

static void
bpg_service_init (BpgService *self)
{
}

/* Takes the strings of @fields; the loader has checked every one. */
BpgService *
_bpg_service_new (BpgServiceFields *fields)
{
  BpgService *self = g_object_new (BPG_TYPE_SERVICE, NULL);

  self->id = g_steal_pointer (&fields->id);
  self->name = g_steal_pointer (&fields->name);
  self->area_ids = g_steal_pointer (&fields->area_ids);
  self->who_for = g_steal_pointer (&fields->who_for);
  self->referral = fields->referral;
  self->how_to_reach = g_steal_pointer (&fields->how_to_reach);
  self->phone = g_steal_pointer (&fields->phone);
  self->link_texts = g_steal_pointer (&fields->link_texts);
  self->link_urls = g_steal_pointer (&fields->link_urls);
  self->what_to_expect = g_steal_pointer (&fields->what_to_expect);
  self->not_if = g_steal_pointer (&fields->not_if);
  self->source = g_steal_pointer (&fields->source);
  self->origin = g_steal_pointer (&fields->origin);

  if (self->link_texts == NULL)
    self->link_texts = g_new0 (char *, 1);
  if (self->link_urls == NULL)
    self->link_urls = g_new0 (char *, 1);

  g_assert (g_strv_length (self->link_texts) == g_strv_length (self->link_urls));

  return self;
}

void
_bpg_service_fields_clear (BpgServiceFields *fields)
{
  g_clear_pointer (&fields->id, g_free);
  g_clear_pointer (&fields->name, g_free);
  g_clear_pointer (&fields->area_ids, g_strfreev);
  g_clear_pointer (&fields->who_for, g_free);
  g_clear_pointer (&fields->how_to_reach, g_free);
  g_clear_pointer (&fields->phone, g_free);
  g_clear_pointer (&fields->link_texts, g_strfreev);
  g_clear_pointer (&fields->link_urls, g_strfreev);
  g_clear_pointer (&fields->what_to_expect, g_free);
  g_clear_pointer (&fields->not_if, g_free);
  g_clear_pointer (&fields->source, g_free);
  g_clear_pointer (&fields->origin, g_free);
}

const char *
bpg_service_get_id (BpgService *self)
{
  g_return_val_if_fail (BPG_IS_SERVICE (self), NULL);

  return self->id;
}

const char *
bpg_service_get_name (BpgService *self)
{
  g_return_val_if_fail (BPG_IS_SERVICE (self), NULL);

  return self->name;
}

/**
 * bpg_service_get_area_ids:
 *
 * Returns: (transfer none): the IDs of the areas the service is for; never
 *   empty
 */
const char * const *
bpg_service_get_area_ids (BpgService *self)
{
  g_return_val_if_fail (BPG_IS_SERVICE (self), NULL);

  return (const char * const *)self->area_ids;
}

/**
 * bpg_service_get_who_for:
 *
 * Returns: who the service is for, in a sentence
 */
const char *
bpg_service_get_who_for (BpgService *self)
{
  g_return_val_if_fail (BPG_IS_SERVICE (self), NULL);

  return self->who_for;
}

BpgReferral
bpg_service_get_referral (BpgService *self)
{
  g_return_val_if_fail (BPG_IS_SERVICE (self), BPG_REFERRAL_ASK_GP);

  return self->referral;
}

/**
 * bpg_service_get_how_to_reach:
 *
 * Returns: how to reach the service; when the leaflets give no contact
 *   details, it says so
 */
const char *
bpg_service_get_how_to_reach (BpgService *self)
{
  g_return_val_if_fail (BPG_IS_SERVICE (self), NULL);

  return self->how_to_reach;
}

/**
 * bpg_service_get_phone:
 *
 * Returns: (nullable): a phone number to call
 */
const char *
bpg_service_get_phone (BpgService *self)
{
  g_return_val_if_fail (BPG_IS_SERVICE (self), NULL);

  return self->phone;
}

guint
bpg_service_get_n_links (BpgService *self)
{
  g_return_val_if_fail (BPG_IS_SERVICE (self), 0);

  return g_strv_length (self->link_urls);
}

const char *
bpg_service_get_link_text (BpgService *self,
                           guint       i)
{
  g_return_val_if_fail (BPG_IS_SERVICE (self), NULL);
  g_return_val_if_fail (i < g_strv_length (self->link_texts), NULL);

  return self->link_texts[i];
}

/**
 * bpg_service_get_link_url:
 *
 * Returns: a web address; always https
 */
const char *
bpg_service_get_link_url (BpgService *self,
                          guint       i)
{
  g_return_val_if_fail (BPG_IS_SERVICE (self), NULL);
  g_return_val_if_fail (i < g_strv_length (self->link_urls), NULL);

  return self->link_urls[i];
}

const char *
bpg_service_get_what_to_expect (BpgService *self)
{
  g_return_val_if_fail (BPG_IS_SERVICE (self), NULL);

  return self->what_to_expect;
}

/**
 * bpg_service_get_not_if:
 *
 * Returns: when not to wait for this service, and where to go instead
 */
const char *
bpg_service_get_not_if (BpgService *self)
{
  g_return_val_if_fail (BPG_IS_SERVICE (self), NULL);

  return self->not_if;
}

/**
 * bpg_service_get_source:
 *
 * Returns: where the facts come from: a leaflet's ID ("low-back-pain",
 *   "sciatica"), "nhs" for well-established NHS guidance, or, for a local
 *   service, the administrator's own words
 */
const char *
bpg_service_get_source (BpgService *self)
{
  g_return_val_if_fail (BPG_IS_SERVICE (self), NULL);

  return self->source;
}

/**
 * bpg_service_get_origin:
 *
 * Returns: (nullable): the local file the service was read from, or %NULL
 *   for a service built into the app
 */
const char *
bpg_service_get_origin (BpgService *self)
{
  g_return_val_if_fail (BPG_IS_SERVICE (self), NULL);

  return self->origin;
}

gboolean
bpg_service_is_local (BpgService *self)
{
  g_return_val_if_fail (BPG_IS_SERVICE (self), FALSE);

  return self->origin != NULL;
}

gboolean
bpg_referral_from_string (const char  *name,
                          BpgReferral *referral)
{
  for (guint i = 0; i < G_N_ELEMENTS (referral_names); i++)
    {
      if (g_strcmp0 (name, referral_names[i]) == 0)
        {
          *referral = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * bpg_referral_to_text:
 *
 * Returns: a sentence answering "Can I refer myself?"
 */
const char *
bpg_referral_to_text (BpgReferral referral)
{
  switch (referral)
    {
    case BPG_REFERRAL_SELF:
      return _("You can refer yourself. You do not need to see your GP first.");
    case BPG_REFERRAL_NONE:
      return _("Anyone can use it. You do not need a referral.");
    case BPG_REFERRAL_ASK_GP:
      return _("Ask your GP whether this service is right for you.");
    case BPG_REFERRAL_SEE_SERVICE:
      return _("The service explains how to get started.");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * bpg_service_source_to_text:
 * @source: a service's source
 *
 * Returns: (nullable): where the facts of a built-in service come from, in
 *   words, or %NULL if @source is not one of the known sources
 */
const char *
bpg_service_source_to_text (const char *source)
{
  if (g_strcmp0 (source, "low-back-pain") == 0)
    return _("The “Low back pain” leaflet from the MSK service for Leicester, "
             "Leicestershire and Rutland");
  if (g_strcmp0 (source, "sciatica") == 0)
    return _("The “Nerve-related back and leg pain” leaflet from the East of England "
             "MSK service");
  if (g_strcmp0 (source, "nhs") == 0)
    return _("Standard NHS advice");

  return NULL;
}
