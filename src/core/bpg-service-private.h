/* bpg-service-private.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bpg-service.h"
#include "bpg-service-area.h"
#include "bpg-service-catalog.h"
#include "bpg-service-problem.h"

G_BEGIN_DECLS

/* Only the service catalog builds these objects; everything else reads them. */

typedef struct
{
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
} BpgServiceFields;

BpgService        *_bpg_service_new          (BpgServiceFields *fields);
void               _bpg_service_fields_clear (BpgServiceFields *fields);

BpgServiceArea    *_bpg_service_area_new     (const char *id,
                                              const char *name,
                                              const char *within_id);

BpgServiceProblem *_bpg_service_problem_new  (const char *file,
                                              guint       line,
                                              const char *field,
                                              const char *message);

GPtrArray         *_bpg_service_loader_read  (BpgServiceCatalog *catalog,
                                              GBytes            *bytes,
                                              const char        *file_name,
                                              gboolean           builtin,
                                              const char        *domain,
                                              GPtrArray         *msgids,
                                              GPtrArray         *areas,
                                              GPtrArray         *services);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (BpgServiceFields, _bpg_service_fields_clear)

G_END_DECLS
