/* bpg-check-outcome.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "bpg-check-questionnaire.h"
#include "bpg-report.h"

G_BEGIN_DECLS

#define BPG_TYPE_CHECK_OUTCOME (bpg_check_outcome_get_type ())

G_DECLARE_FINAL_TYPE (BpgCheckOutcome, bpg_check_outcome, BPG, CHECK_OUTCOME, GObject)

BpgCheckOutcome    *bpg_check_outcome_new               (BpgCheckQuestionnaire *questionnaire,
                                                         const BpgCheckAnswer  *answers,
                                                         gboolean               stopped_early,
                                                         GDateTime             *date_time);
BpgCheckLevel       bpg_check_outcome_get_level         (BpgCheckOutcome       *self);
gboolean            bpg_check_outcome_get_stopped_early (BpgCheckOutcome       *self);
GDateTime          *bpg_check_outcome_get_date_time     (BpgCheckOutcome       *self);
const char         *bpg_check_outcome_get_title         (BpgCheckOutcome       *self);
const char         *bpg_check_outcome_get_when          (BpgCheckOutcome       *self);
const char         *bpg_check_outcome_get_action        (BpgCheckOutcome       *self);
const char * const *bpg_check_outcome_get_reasons       (BpgCheckOutcome       *self);
const char * const *bpg_check_outcome_get_other_reasons (BpgCheckOutcome       *self);
const char * const *bpg_check_outcome_get_uncertain     (BpgCheckOutcome       *self);
guint               bpg_check_outcome_get_n_unanswered  (BpgCheckOutcome       *self);
const char * const *bpg_check_outcome_get_tell          (BpgCheckOutcome       *self);
const char * const *bpg_check_outcome_get_pages         (BpgCheckOutcome       *self);
const char         *bpg_check_outcome_get_safety_net    (BpgCheckOutcome       *self);
const char         *bpg_check_outcome_get_disclaimer    (BpgCheckOutcome       *self);
guint               bpg_check_outcome_get_n_answers     (BpgCheckOutcome       *self);
const char         *bpg_check_outcome_get_question      (BpgCheckOutcome       *self,
                                                         guint                  index);
BpgCheckAnswer      bpg_check_outcome_get_answer        (BpgCheckOutcome       *self,
                                                         guint                  index);
BpgReport          *bpg_check_outcome_create_report     (BpgCheckOutcome       *self);

G_END_DECLS
