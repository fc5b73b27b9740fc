/* bpg-check-question.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * BpgCheckAnswer:
 * @BPG_CHECK_ANSWER_NONE: not answered (yet)
 * @BPG_CHECK_ANSWER_NO: no
 * @BPG_CHECK_ANSWER_NOT_SURE: not sure, which always counts as the worrying answer
 * @BPG_CHECK_ANSWER_YES: yes
 */
typedef enum
{
  BPG_CHECK_ANSWER_NONE,
  BPG_CHECK_ANSWER_NO,
  BPG_CHECK_ANSWER_NOT_SURE,
  BPG_CHECK_ANSWER_YES,
} BpgCheckAnswer;

#define BPG_CHECK_N_ANSWERS 4

/**
 * BpgCheckLevel:
 * @BPG_CHECK_LEVEL_SELF_CARE: look after yourself, and refer yourself to
 *   physiotherapy if it is not settling
 * @BPG_CHECK_LEVEL_SOON: see your GP soon
 * @BPG_CHECK_LEVEL_URGENT: call 111 or get an urgent GP appointment today
 * @BPG_CHECK_LEVEL_EMERGENCY: go to A&E now, or call 999 if you cannot get there
 *
 * What the symptom check tells a patient to do, ordered by urgency so that
 * levels can be compared and the most urgent taken with MAX().
 */
typedef enum
{
  BPG_CHECK_LEVEL_SELF_CARE,
  BPG_CHECK_LEVEL_SOON,
  BPG_CHECK_LEVEL_URGENT,
  BPG_CHECK_LEVEL_EMERGENCY,
} BpgCheckLevel;

#define BPG_CHECK_N_LEVELS 4

#define BPG_TYPE_CHECK_QUESTION (bpg_check_question_get_type ())

G_DECLARE_FINAL_TYPE (BpgCheckQuestion, bpg_check_question, BPG, CHECK_QUESTION, GObject)

const char         *bpg_check_question_get_id            (BpgCheckQuestion *self);
const char         *bpg_check_question_get_text          (BpgCheckQuestion *self);
const char         *bpg_check_question_get_explanation   (BpgCheckQuestion *self);
const char         *bpg_check_question_get_summary       (BpgCheckQuestion *self);
const char         *bpg_check_question_get_section_title (BpgCheckQuestion *self);
const char         *bpg_check_question_get_section_intro (BpgCheckQuestion *self);
BpgCheckLevel       bpg_check_question_get_level         (BpgCheckQuestion *self);
gboolean            bpg_check_question_is_warning_sign   (BpgCheckQuestion *self);
BpgCheckAnswer      bpg_check_question_get_concern       (BpgCheckQuestion *self);
const char         *bpg_check_question_get_ask_if        (BpgCheckQuestion *self);
const char * const *bpg_check_question_get_sources       (BpgCheckQuestion *self);
gboolean            bpg_check_question_is_flagged_by     (BpgCheckQuestion *self,
                                                          BpgCheckAnswer    answer);

const char         *bpg_check_answer_to_string           (BpgCheckAnswer    answer);
gboolean            bpg_check_answer_from_string         (const char       *name,
                                                          BpgCheckAnswer   *answer);
const char         *bpg_check_answer_get_label           (BpgCheckAnswer    answer);
const char         *bpg_check_level_to_string            (BpgCheckLevel     level);
gboolean            bpg_check_level_from_string          (const char       *name,
                                                          BpgCheckLevel    *level);

G_END_DECLS
