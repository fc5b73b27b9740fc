/* bpg-check-session.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "bpg-check-outcome.h"
#include "bpg-check-questionnaire.h"

G_BEGIN_DECLS

#define BPG_TYPE_CHECK_SESSION (bpg_check_session_get_type ())

G_DECLARE_FINAL_TYPE (BpgCheckSession, bpg_check_session, BPG, CHECK_SESSION, GObject)

BpgCheckSession       *bpg_check_session_new              (BpgCheckQuestionnaire *questionnaire);
BpgCheckQuestionnaire *bpg_check_session_get_questionnaire (BpgCheckSession      *self);
guint                  bpg_check_session_get_position     (BpgCheckSession       *self);
BpgCheckQuestion      *bpg_check_session_get_question     (BpgCheckSession       *self);
BpgCheckAnswer         bpg_check_session_get_answer       (BpgCheckSession       *self,
                                                           guint                  index);
const BpgCheckAnswer  *bpg_check_session_get_answers      (BpgCheckSession       *self);
guint                  bpg_check_session_get_step         (BpgCheckSession       *self);
guint                  bpg_check_session_get_n_steps      (BpgCheckSession       *self);
guint                  bpg_check_session_get_n_section_steps (BpgCheckSession    *self);
gboolean               bpg_check_session_get_finished     (BpgCheckSession       *self);
gboolean               bpg_check_session_get_can_go_back  (BpgCheckSession       *self);
gboolean               bpg_check_session_get_started      (BpgCheckSession       *self);
BpgCheckOutcome       *bpg_check_session_get_outcome      (BpgCheckSession       *self);

void                   bpg_check_session_answer           (BpgCheckSession       *self,
                                                           BpgCheckAnswer         answer);
gboolean               bpg_check_session_go_back          (BpgCheckSession       *self);
void                   bpg_check_session_restart          (BpgCheckSession       *self);

G_END_DECLS
