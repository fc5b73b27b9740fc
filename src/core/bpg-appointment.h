/* bpg-appointment.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "bpg-report.h"

G_BEGIN_DECLS

/**
 * BpgSymptomDuration:
 * @BPG_SYMPTOM_DURATION_NOT_SAID: not filled in
 * @BPG_SYMPTOM_DURATION_UNDER_1_WEEK: less than a week
 * @BPG_SYMPTOM_DURATION_1_TO_6_WEEKS: one to six weeks
 * @BPG_SYMPTOM_DURATION_6_TO_12_WEEKS: six to twelve weeks
 * @BPG_SYMPTOM_DURATION_OVER_12_WEEKS: more than twelve weeks
 *
 * How long the patient has had their symptoms. The steps follow the
 * leaflets: most back pain settles in 6 to 8 weeks, and sciatica that is
 * still there after 6 to 12 weeks needs another look.
 */
typedef enum
{
  BPG_SYMPTOM_DURATION_NOT_SAID,
  BPG_SYMPTOM_DURATION_UNDER_1_WEEK,
  BPG_SYMPTOM_DURATION_1_TO_6_WEEKS,
  BPG_SYMPTOM_DURATION_6_TO_12_WEEKS,
  BPG_SYMPTOM_DURATION_OVER_12_WEEKS,
  BPG_N_SYMPTOM_DURATIONS
} BpgSymptomDuration;

#define BPG_TYPE_APPOINTMENT (bpg_appointment_get_type ())

G_DECLARE_FINAL_TYPE (BpgAppointment, bpg_appointment, BPG, APPOINTMENT, GObject)

BpgAppointment     *bpg_appointment_new               (void);
BpgSymptomDuration  bpg_appointment_get_duration      (BpgAppointment     *self);
void                bpg_appointment_set_duration      (BpgAppointment     *self,
                                                       BpgSymptomDuration  duration);
const char         *bpg_appointment_get_better        (BpgAppointment     *self);
void                bpg_appointment_set_better        (BpgAppointment     *self,
                                                       const char         *text);
const char         *bpg_appointment_get_worse         (BpgAppointment     *self);
void                bpg_appointment_set_worse         (BpgAppointment     *self,
                                                       const char         *text);
const char         *bpg_appointment_get_questions     (BpgAppointment     *self);
void                bpg_appointment_set_questions     (BpgAppointment     *self,
                                                       const char         *text);
gboolean            bpg_appointment_get_had_cancer    (BpgAppointment     *self);
void                bpg_appointment_set_had_cancer    (BpgAppointment     *self,
                                                       gboolean            had_cancer);
gboolean            bpg_appointment_get_had_fall      (BpgAppointment     *self);
void                bpg_appointment_set_had_fall      (BpgAppointment     *self,
                                                       gboolean            had_fall);
gboolean            bpg_appointment_get_had_injury    (BpgAppointment     *self);
void                bpg_appointment_set_had_injury    (BpgAppointment     *self,
                                                       gboolean            had_injury);
const char         *bpg_appointment_get_check_outcome (BpgAppointment     *self);
GDateTime          *bpg_appointment_get_check_time    (BpgAppointment     *self);
void                bpg_appointment_set_check_result  (BpgAppointment     *self,
                                                       const char         *outcome,
                                                       GDateTime          *date_time);
const char         *bpg_appointment_get_diary_summary (BpgAppointment     *self);
void                bpg_appointment_set_diary_summary (BpgAppointment     *self,
                                                       const char         *summary);
gboolean            bpg_appointment_is_empty          (BpgAppointment     *self);
void                bpg_appointment_clear             (BpgAppointment     *self);
BpgReport          *bpg_appointment_create_report     (BpgAppointment     *self);
char               *bpg_appointment_dup_cancer_advice (void);

const char         *bpg_symptom_duration_to_text      (BpgSymptomDuration  duration);

G_END_DECLS
