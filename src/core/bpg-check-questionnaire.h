/* bpg-check-questionnaire.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bpg-check-question.h"

G_BEGIN_DECLS

#define BPG_CHECK_QUESTIONS_RESOURCE RESOURCE_BASE "/content/questions.json"

/**
 * BpgCheckReason:
 * @level: the level this reason leads to
 * @summary: the reason in words, such as "A fever (high temperature)"
 * @uncertain: whether an answer behind it was "not sure"
 * @unanswered: whether a question behind it was not answered
 *
 * One thing in the answers that raises the outcome above self-care.
 */
typedef struct
{
  BpgCheckLevel  level;
  const char    *summary;
  gboolean       uncertain;
  gboolean       unanswered;
} BpgCheckReason;

#define BPG_TYPE_CHECK_QUESTIONNAIRE (bpg_check_questionnaire_get_type ())

G_DECLARE_FINAL_TYPE (BpgCheckQuestionnaire, bpg_check_questionnaire, BPG, CHECK_QUESTIONNAIRE, GObject)

BpgCheckQuestionnaire *bpg_check_questionnaire_new_from_bytes    (GBytes               *bytes,
                                                                  const char           *domain,
                                                                  GError              **error);
BpgCheckQuestionnaire *bpg_check_questionnaire_new_from_resource (const char           *path,
                                                                  const char           *domain,
                                                                  GError              **error);
void                   bpg_check_questionnaire_load_async        (const char           *path,
                                                                  const char           *domain,
                                                                  GCancellable         *cancellable,
                                                                  GAsyncReadyCallback   callback,
                                                                  gpointer              user_data);
BpgCheckQuestionnaire *bpg_check_questionnaire_load_finish       (GAsyncResult         *result,
                                                                  GError              **error);

GListModel            *bpg_check_questionnaire_get_questions     (BpgCheckQuestionnaire *self);
guint                  bpg_check_questionnaire_get_n_questions   (BpgCheckQuestionnaire *self);
BpgCheckQuestion      *bpg_check_questionnaire_get_question      (BpgCheckQuestionnaire *self,
                                                                  guint                  index);
int                    bpg_check_questionnaire_find              (BpgCheckQuestionnaire *self,
                                                                  const char            *id);

gboolean               bpg_check_questionnaire_is_asked          (BpgCheckQuestionnaire *self,
                                                                  const BpgCheckAnswer  *answers,
                                                                  guint                  index);
BpgCheckLevel          bpg_check_questionnaire_evaluate          (BpgCheckQuestionnaire *self,
                                                                  const BpgCheckAnswer  *answers);
GArray                *bpg_check_questionnaire_get_reasons       (BpgCheckQuestionnaire *self,
                                                                  const BpgCheckAnswer  *answers);
BpgCheckLevel          bpg_check_questionnaire_evaluate_answered (BpgCheckQuestionnaire *self,
                                                                  const BpgCheckAnswer  *answers);

const char            *bpg_check_questionnaire_get_outcome_title (BpgCheckQuestionnaire *self,
                                                                  BpgCheckLevel          level);
const char            *bpg_check_questionnaire_get_outcome_when  (BpgCheckQuestionnaire *self,
                                                                  BpgCheckLevel          level);
const char            *bpg_check_questionnaire_get_outcome_action (BpgCheckQuestionnaire *self,
                                                                   BpgCheckLevel          level);
const char * const    *bpg_check_questionnaire_get_outcome_tell  (BpgCheckQuestionnaire *self,
                                                                  BpgCheckLevel          level);
const char * const    *bpg_check_questionnaire_get_outcome_pages (BpgCheckQuestionnaire *self,
                                                                  BpgCheckLevel          level);
const char            *bpg_check_questionnaire_get_notice        (BpgCheckQuestionnaire *self,
                                                                  const char            *id);
const char * const    *bpg_check_questionnaire_get_msgids        (BpgCheckQuestionnaire *self);

G_END_DECLS
