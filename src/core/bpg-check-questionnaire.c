/* bpg-check-questionnaire.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-check"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bpg-check-private.h"
#include "bpg-check-questionnaire.h"
#include "bpg-error.h"
#include "bpg-json.h"
#include "bpg-resource.h"

/* The symptom check: questions, the rules that combine answers, and what to
 * do at each level. It is read from data/content/questions.json and checked
 * as it is read, so that a mistake in the file stops the check from loading
 * (and the urgent-help advice shows instead) rather than giving wrong advice.
 *
 * How the outcome is found, and why it can only go up with more concern:
 * every warning-sign question, and every rule, is a trigger: a set of
 * questions and a level. A trigger fires when every one of its questions is
 * flagged, meaning answered with the worrying answer, "not sure", or not at
 * all. The outcome is the highest level of any trigger that fires, or
 * self-care if none does. Moving any answer towards more concern can only
 * turn a flag on, never off; so it can only fire more triggers, and the
 * highest level can only rise. */

G_DEFINE_FINAL_TYPE (BpgCheckQuestionnaire, bpg_check_questionnaire, G_TYPE_OBJECT)

static void
trigger_clear (gpointer data)
{
  Trigger *trigger = data;

  g_clear_pointer (&trigger->questions, g_free);
}

static gboolean
trigger_fires (BpgCheckQuestionnaire *self,
               const Trigger         *trigger,
               const BpgCheckAnswer  *answers,
               gboolean               unanswered_flags)
{
  for (guint q = 0; q < trigger->n_questions; q++)
    {
      guint index = trigger->questions[q];
      BpgCheckQuestion *question = g_ptr_array_index (self->question_array, index);

      if (!unanswered_flags && answers[index] == BPG_CHECK_ANSWER_NONE)
        return FALSE;
      if (!bpg_check_question_is_flagged_by (question, answers[index]))
        return FALSE;
    }

  return TRUE;
}

static BpgCheckLevel
evaluate (BpgCheckQuestionnaire *self,
          const BpgCheckAnswer  *answers,
          gboolean               unanswered_flags)
{
  BpgCheckLevel level = BPG_CHECK_LEVEL_SELF_CARE;

  for (guint t = 0; t < self->triggers->len; t++)
    {
      const Trigger *trigger = &g_array_index (self->triggers, Trigger, t);

      if (trigger->level > level && trigger_fires (self, trigger, answers, unanswered_flags))
        level = trigger->level;
    }

  return level;
}

static void
bpg_check_questionnaire_finalize (GObject *object)
{
  BpgCheckQuestionnaire *self = (BpgCheckQuestionnaire *)object;

  g_clear_object (&self->questions);
  g_clear_pointer (&self->question_array, g_ptr_array_unref);
  g_clear_pointer (&self->question_index, g_hash_table_unref);
  g_clear_pointer (&self->triggers, g_array_unref);
  g_clear_pointer (&self->rule_summaries, g_ptr_array_unref);
  g_clear_pointer (&self->ask_if, g_free);
  g_clear_pointer (&self->notices, g_hash_table_unref);
  g_clear_pointer (&self->msgids, g_ptr_array_unref);

  for (guint i = 0; i < BPG_CHECK_N_LEVELS; i++)
    {
      g_clear_pointer (&self->outcomes[i].title, g_free);
      g_clear_pointer (&self->outcomes[i].when, g_free);
      g_clear_pointer (&self->outcomes[i].action, g_free);
      g_clear_pointer (&self->outcomes[i].tell, g_strfreev);
      g_clear_pointer (&self->outcomes[i].pages, g_strfreev);
    }

  G_OBJECT_CLASS (bpg_check_questionnaire_parent_class)->finalize (object);
}

static void
bpg_check_questionnaire_class_init (BpgCheckQuestionnaireClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bpg_check_questionnaire_finalize;
}

static void
bpg_check_questionnaire_init (BpgCheckQuestionnaire *self)
{
  self->questions = g_list_store_new (BPG_TYPE_CHECK_QUESTION);
  self->question_array = g_ptr_array_new ();
  self->question_index = g_hash_table_new (g_str_hash, g_str_equal);
  self->triggers = g_array_new (FALSE, TRUE, sizeof (Trigger));
  g_array_set_clear_func (self->triggers, trigger_clear);
  self->rule_summaries = g_ptr_array_new_with_free_func (g_free);
  self->notices = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->msgids = g_ptr_array_new_with_free_func (g_free);
}

/**
 * bpg_check_questionnaire_new_from_bytes:
 * @bytes: the questions file
 * @domain: (nullable): the gettext domain to translate with, or %NULL to keep
 *   the original English
 * @error: where to put a message naming the first problem found
 *
 * Loads and checks the symptom check: its shape, every text, that every level
 * has an outcome, that rules name real questions, that emergency questions
 * come first and that every question can change the outcome.
 *
 * Returns: (transfer full) (nullable): the questionnaire, or %NULL with
 *   @error set
 */
BpgCheckQuestionnaire *
bpg_check_questionnaire_new_from_bytes (GBytes      *bytes,
                                        const char  *domain,
                                        GError     **error)
{
  g_autoptr(BpgCheckQuestionnaire) self = g_object_new (BPG_TYPE_CHECK_QUESTIONNAIRE, NULL);
  g_autoptr(JsonNode) node = NULL;
  JsonObject *root;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!(node = bpg_json_parse (bytes, "questions.json", error)) ||
      !(root = bpg_json_require_object (node, "questions.json", error)) ||
      !_bpg_check_questionnaire_load (self, root, domain, error))
    return NULL;

  g_ptr_array_add (self->msgids, NULL);
  return g_steal_pointer (&self);
}

/**
 * bpg_check_questionnaire_new_from_resource:
 *
 * Like bpg_check_questionnaire_new_from_bytes(), reading a compiled-in
 * resource.
 *
 * Returns: (transfer full) (nullable): the questionnaire
 */
BpgCheckQuestionnaire *
bpg_check_questionnaire_new_from_resource (const char  *path,
                                           const char  *domain,
                                           GError     **error)
{
  g_return_val_if_fail (path != NULL, NULL);

  return bpg_resource_parse (path, domain,
                             (BpgResourceParseFunc)bpg_check_questionnaire_new_from_bytes, error);
}

/**
 * bpg_check_questionnaire_load_async:
 *
 * Loads the questionnaire from a resource in a worker thread.
 */
void
bpg_check_questionnaire_load_async (const char          *path,
                                    const char          *domain,
                                    GCancellable        *cancellable,
                                    GAsyncReadyCallback  callback,
                                    gpointer             user_data)
{
  bpg_resource_parse_async (path, domain, (BpgResourceParseFunc)bpg_check_questionnaire_new_from_bytes,
                            bpg_check_questionnaire_load_async, cancellable, callback, user_data);
}

/**
 * bpg_check_questionnaire_load_finish:
 *
 * Returns: (transfer full) (nullable): the questionnaire, or %NULL with
 *   @error set
 */
BpgCheckQuestionnaire *
bpg_check_questionnaire_load_finish (GAsyncResult  *result,
                                     GError       **error)
{
  return bpg_resource_parse_finish (result, bpg_check_questionnaire_load_async, error);
}

/**
 * bpg_check_questionnaire_get_questions:
 *
 * Returns: (transfer none): the #BpgCheckQuestion list, in the order asked
 */
GListModel *
bpg_check_questionnaire_get_questions (BpgCheckQuestionnaire *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_QUESTIONNAIRE (self), NULL);

  return G_LIST_MODEL (self->questions);
}

guint
bpg_check_questionnaire_get_n_questions (BpgCheckQuestionnaire *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_QUESTIONNAIRE (self), 0);

  return self->question_array->len;
}

/**
 * bpg_check_questionnaire_get_question:
 *
 * Returns: (transfer none): the question at @index
 */
BpgCheckQuestion *
bpg_check_questionnaire_get_question (BpgCheckQuestionnaire *self,
                                      guint                  index)
{
  g_return_val_if_fail (BPG_IS_CHECK_QUESTIONNAIRE (self), NULL);
  g_return_val_if_fail (index < self->question_array->len, NULL);

  return g_ptr_array_index (self->question_array, index);
}

/**
 * bpg_check_questionnaire_find:
 *
 * Returns: the index of the question @id, or -1
 */
int
bpg_check_questionnaire_find (BpgCheckQuestionnaire *self,
                              const char            *id)
{
  g_return_val_if_fail (BPG_IS_CHECK_QUESTIONNAIRE (self), -1);
  g_return_val_if_fail (id != NULL, -1);

  return GPOINTER_TO_INT (g_hash_table_lookup (self->question_index, id)) - 1;
}

/**
 * bpg_check_questionnaire_is_asked:
 * @answers: one answer per question
 *
 * A follow-up question is asked only when the question it follows is
 * flagged (a worrying answer, "not sure", or no answer yet).
 *
 * Returns: whether the question at @index is asked, given @answers
 */
gboolean
bpg_check_questionnaire_is_asked (BpgCheckQuestionnaire *self,
                                  const BpgCheckAnswer  *answers,
                                  guint                  index)
{
  guint parent;

  g_return_val_if_fail (BPG_IS_CHECK_QUESTIONNAIRE (self), TRUE);
  g_return_val_if_fail (answers != NULL, TRUE);
  g_return_val_if_fail (index < self->question_array->len, TRUE);

  parent = self->ask_if[index];
  if (parent == 0)
    return TRUE;

  return bpg_check_question_is_flagged_by (g_ptr_array_index (self->question_array, parent - 1),
                                           answers[parent - 1]);
}

/**
 * bpg_check_questionnaire_evaluate:
 * @answers: one answer per question; %BPG_CHECK_ANSWER_NONE where there is none
 *
 * The most urgent level any trigger reaches. A question not answered counts
 * as flagged, so missing answers can never lead to self-care.
 *
 * Returns: the outcome's level
 */
BpgCheckLevel
bpg_check_questionnaire_evaluate (BpgCheckQuestionnaire *self,
                                  const BpgCheckAnswer  *answers)
{
  g_return_val_if_fail (BPG_IS_CHECK_QUESTIONNAIRE (self), BPG_CHECK_LEVEL_EMERGENCY);
  g_return_val_if_fail (answers != NULL, BPG_CHECK_LEVEL_EMERGENCY);

  return evaluate (self, answers, TRUE);
}

/**
 * bpg_check_questionnaire_evaluate_answered:
 * @answers: one answer per question
 *
 * The level reached by the answers given so far alone, ignoring questions not
 * answered yet. Used to stop the check as soon as an answer means an
 * emergency.
 *
 * Returns: the level the given answers reach
 */
BpgCheckLevel
bpg_check_questionnaire_evaluate_answered (BpgCheckQuestionnaire *self,
                                           const BpgCheckAnswer  *answers)
{
  g_return_val_if_fail (BPG_IS_CHECK_QUESTIONNAIRE (self), BPG_CHECK_LEVEL_EMERGENCY);
  g_return_val_if_fail (answers != NULL, BPG_CHECK_LEVEL_EMERGENCY);

  return evaluate (self, answers, FALSE);
}

/**
 * bpg_check_questionnaire_get_reasons:
 * @answers: one answer per question
 *
 * Says why: every trigger that fires, most urgent first.
 *
 * Returns: (transfer full) (element-type BpgCheckReason): the reasons
 */
GArray *
bpg_check_questionnaire_get_reasons (BpgCheckQuestionnaire *self,
                                     const BpgCheckAnswer  *answers)
{
  GArray *reasons;

  g_return_val_if_fail (BPG_IS_CHECK_QUESTIONNAIRE (self), NULL);
  g_return_val_if_fail (answers != NULL, NULL);

  reasons = g_array_new (FALSE, TRUE, sizeof (BpgCheckReason));
  for (int level = BPG_CHECK_LEVEL_EMERGENCY; level > BPG_CHECK_LEVEL_SELF_CARE; level--)
    {
      for (guint t = 0; t < self->triggers->len; t++)
        {
          const Trigger *trigger = &g_array_index (self->triggers, Trigger, t);
          BpgCheckReason reason = { trigger->level, trigger->summary, FALSE, FALSE };

          if (trigger->level != (BpgCheckLevel)level ||
              !trigger_fires (self, trigger, answers, TRUE))
            continue;

          for (guint q = 0; q < trigger->n_questions; q++)
            {
              reason.uncertain |= answers[trigger->questions[q]] == BPG_CHECK_ANSWER_NOT_SURE;
              reason.unanswered |= answers[trigger->questions[q]] == BPG_CHECK_ANSWER_NONE;
            }
          g_array_append_val (reasons, reason);
        }
    }

  return reasons;
}

const char *
bpg_check_questionnaire_get_outcome_title (BpgCheckQuestionnaire *self,
                                           BpgCheckLevel          level)
{
  g_return_val_if_fail (BPG_IS_CHECK_QUESTIONNAIRE (self), NULL);
  g_return_val_if_fail (level < BPG_CHECK_N_LEVELS, NULL);

  return self->outcomes[level].title;
}

/**
 * bpg_check_questionnaire_get_outcome_when:
 *
 * Returns: how soon to act, such as "Today"
 */
const char *
bpg_check_questionnaire_get_outcome_when (BpgCheckQuestionnaire *self,
                                          BpgCheckLevel          level)
{
  g_return_val_if_fail (BPG_IS_CHECK_QUESTIONNAIRE (self), NULL);
  g_return_val_if_fail (level < BPG_CHECK_N_LEVELS, NULL);

  return self->outcomes[level].when;
}

/**
 * bpg_check_questionnaire_get_outcome_action:
 *
 * Returns: what to do, in a few sentences
 */
const char *
bpg_check_questionnaire_get_outcome_action (BpgCheckQuestionnaire *self,
                                            BpgCheckLevel          level)
{
  g_return_val_if_fail (BPG_IS_CHECK_QUESTIONNAIRE (self), NULL);
  g_return_val_if_fail (level < BPG_CHECK_N_LEVELS, NULL);

  return self->outcomes[level].action;
}

/**
 * bpg_check_questionnaire_get_outcome_tell:
 *
 * Returns: (transfer none): what to tell the clinician
 */
const char * const *
bpg_check_questionnaire_get_outcome_tell (BpgCheckQuestionnaire *self,
                                          BpgCheckLevel          level)
{
  g_return_val_if_fail (BPG_IS_CHECK_QUESTIONNAIRE (self), NULL);
  g_return_val_if_fail (level < BPG_CHECK_N_LEVELS, NULL);

  return (const char * const *)self->outcomes[level].tell;
}

/**
 * bpg_check_questionnaire_get_outcome_pages:
 *
 * Returns: (transfer none): IDs of advice pages to offer with the outcome
 */
const char * const *
bpg_check_questionnaire_get_outcome_pages (BpgCheckQuestionnaire *self,
                                           BpgCheckLevel          level)
{
  g_return_val_if_fail (BPG_IS_CHECK_QUESTIONNAIRE (self), NULL);
  g_return_val_if_fail (level < BPG_CHECK_N_LEVELS, NULL);

  return (const char * const *)self->outcomes[level].pages;
}

/**
 * bpg_check_questionnaire_get_notice:
 * @id: "safety-net" or "not-a-diagnosis"
 *
 * Returns: (nullable): the notice's text
 */
const char *
bpg_check_questionnaire_get_notice (BpgCheckQuestionnaire *self,
                                    const char            *id)
{
  g_return_val_if_fail (BPG_IS_CHECK_QUESTIONNAIRE (self), NULL);

  return g_hash_table_lookup (self->notices, id);
}

/**
 * bpg_check_questionnaire_get_msgids:
 *
 * Returns: (transfer none): every string looked up for translation, as
 *   "context\004text"
 */
const char * const *
bpg_check_questionnaire_get_msgids (BpgCheckQuestionnaire *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_QUESTIONNAIRE (self), NULL);

  return (const char * const *)self->msgids->pdata;
}
