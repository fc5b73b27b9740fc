/* bpg-context.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bpg-appointment.h"
#include "bpg-check-questionnaire.h"
#include "bpg-check-session.h"
#include "bpg-content.h"
#include "bpg-diary-store.h"
#include "bpg-exercise-list.h"
#include "bpg-handout.h"
#include "bpg-service-catalog.h"

G_BEGIN_DECLS

#define BPG_TYPE_CONTEXT (bpg_context_get_type ())

G_DECLARE_FINAL_TYPE (BpgContext, bpg_context, BPG, CONTEXT, GObject)

void                   bpg_context_prepare_shared_computer (gboolean            forced);
BpgContext            *bpg_context_new                   (GSettings             *settings);
GSettings             *bpg_context_get_settings          (BpgContext            *self);
gboolean               bpg_context_get_shared_computer   (BpgContext            *self);
BpgAppointment        *bpg_context_get_appointment       (BpgContext            *self);
gboolean               bpg_context_get_presentation      (BpgContext            *self);
void                   bpg_context_set_presentation      (BpgContext            *self,
                                                          gboolean               presentation);
double                 bpg_context_get_text_scale        (BpgContext            *self);
BpgHandout            *bpg_context_get_handout           (BpgContext            *self);

const char            *bpg_context_get_language          (BpgContext            *self);
void                   bpg_context_set_language          (BpgContext            *self,
                                                          const char            *code);
void                   bpg_context_reset_language        (BpgContext            *self);

void                   bpg_context_load_content          (BpgContext            *self);
BpgContent            *bpg_context_get_content           (BpgContext            *self);
const GError          *bpg_context_get_content_error     (BpgContext            *self);
gboolean               bpg_context_get_content_loading   (BpgContext            *self);
void                   bpg_context_set_content           (BpgContext            *self,
                                                          BpgContent            *content,
                                                          const GError          *error);

void                   bpg_context_load_questionnaire    (BpgContext            *self);
BpgCheckQuestionnaire *bpg_context_get_questionnaire     (BpgContext            *self);
const GError          *bpg_context_get_questionnaire_error (BpgContext          *self);
void                   bpg_context_set_questionnaire     (BpgContext            *self,
                                                          BpgCheckQuestionnaire *questionnaire,
                                                          const GError          *error);
BpgCheckSession       *bpg_context_get_check_session     (BpgContext            *self);

void                   bpg_context_load_exercises        (BpgContext            *self);
BpgExerciseList       *bpg_context_get_exercises         (BpgContext            *self);
const GError          *bpg_context_get_exercises_error   (BpgContext            *self);

void                   bpg_context_load_services         (BpgContext            *self);
BpgServiceCatalog     *bpg_context_get_services          (BpgContext            *self);
const GError          *bpg_context_get_services_error    (BpgContext            *self);
void                   bpg_context_set_services          (BpgContext            *self,
                                                          BpgServiceCatalog     *services,
                                                          const GError          *error);

BpgDiaryStore         *bpg_context_open_diary            (BpgContext            *self);
BpgDiaryStore         *bpg_context_get_diary_store       (BpgContext            *self);

GSettings             *bpg_context_get_machine_settings  (BpgContext            *self);
guint                  bpg_context_get_idle_seconds      (BpgContext            *self);
gboolean               bpg_context_get_shared_computer_decided (BpgContext      *self);
void                   bpg_context_decide_shared_computer (BpgContext           *self,
                                                          gboolean               shared);
void                   bpg_context_clear_session         (BpgContext            *self);
void                   bpg_context_sweep_traces          (BpgContext            *self);

G_END_DECLS
