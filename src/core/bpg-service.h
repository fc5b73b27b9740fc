/* bpg-service.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * BpgReferral:
 * @BPG_REFERRAL_SELF: the patient can refer themselves
 * @BPG_REFERRAL_NONE: no referral is needed: anyone can call or use it
 * @BPG_REFERRAL_ASK_GP: the patient should ask their GP about it
 * @BPG_REFERRAL_SEE_SERVICE: the service itself explains how to start
 *
 * Whether a patient can use a service without being sent by someone. Written
 * in services files as "self", "none", "ask-gp" or "see-service".
 */
typedef enum
{
  BPG_REFERRAL_SELF,
  BPG_REFERRAL_NONE,
  BPG_REFERRAL_ASK_GP,
  BPG_REFERRAL_SEE_SERVICE,
} BpgReferral;

#define BPG_TYPE_SERVICE (bpg_service_get_type ())

G_DECLARE_FINAL_TYPE (BpgService, bpg_service, BPG, SERVICE, GObject)

const char         *bpg_service_get_id            (BpgService  *self);
const char         *bpg_service_get_name          (BpgService  *self);
const char * const *bpg_service_get_area_ids      (BpgService  *self);
const char         *bpg_service_get_who_for       (BpgService  *self);
BpgReferral         bpg_service_get_referral      (BpgService  *self);
const char         *bpg_service_get_how_to_reach  (BpgService  *self);
const char         *bpg_service_get_phone         (BpgService  *self);
guint               bpg_service_get_n_links       (BpgService  *self);
const char         *bpg_service_get_link_text     (BpgService  *self,
                                                   guint        i);
const char         *bpg_service_get_link_url      (BpgService  *self,
                                                   guint        i);
const char         *bpg_service_get_what_to_expect (BpgService *self);
const char         *bpg_service_get_not_if        (BpgService  *self);
const char         *bpg_service_get_source        (BpgService  *self);
const char         *bpg_service_get_origin        (BpgService  *self);
gboolean            bpg_service_is_local          (BpgService  *self);

gboolean            bpg_referral_from_string      (const char  *name,
                                                   BpgReferral *referral);
const char         *bpg_referral_to_text          (BpgReferral  referral);
const char         *bpg_service_source_to_text    (const char  *source);

G_END_DECLS
