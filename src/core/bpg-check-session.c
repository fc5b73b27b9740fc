/* bpg-check-session.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-check"

#include "config.h"

#include <string.h>

#include "bpg-check-session.h"

/* One run through the symptom check: the answers so far, the question being
 * asked, and the outcome once there is one. Answers live only in memory and
 * are never written anywhere; restarting wipes them.
 *
 * Questions are asked in order, skipping follow-ups whose question was
 * answered reassuringly. Going back keeps every answer, so a patient can
 * change one and walk forward again with the others already filled in. The
 * check stops as soon as the answers given mean an emergency. */
struct _BpgCheckSession
{
  GObject                parent_instance;

  BpgCheckQuestionnaire *questionnaire;
  BpgCheckAnswer        *answers;
  guint                  n_questions;
  guint                  position;
  gboolean               finished;
  BpgCheckOutcome       *outcome;
};

G_DEFINE_FINAL_TYPE (BpgCheckSession, bpg_check_session, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_QUESTIONNAIRE,
  PROP_POSITION,
  PROP_QUESTION,
  PROP_STEP,
  PROP_N_STEPS,
  PROP_FINISHED,
  PROP_CAN_GO_BACK,
  PROP_STARTED,
  PROP_OUTCOME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
is_asked (BpgCheckSession *self,
          guint            index)
{
  return bpg_check_questionnaire_is_asked (self->questionnaire, self->answers, index);
}

/* Returns the first asked question at or after @from, or n_questions. */
static guint
next_asked (BpgCheckSession *self,
            guint            from)
{
  for (guint i = from; i < self->n_questions; i++)
    if (is_asked (self, i))
      return i;

  return self->n_questions;
}

/* Returns the last asked question before @before, or -1. */
static int
previous_asked (BpgCheckSession *self,
                guint            before)
{
  for (int i = (int)before - 1; i >= 0; i--)
    if (is_asked (self, i))
      return i;

  return -1;
}

/* Moves to @position, or to the outcome, and says what changed. Every
 * property that depends on where the session is, is notified together. */
static void
move_to (BpgCheckSession *self,
         guint            position,
         gboolean         finished,
         gboolean         stopped_early)
{
  g_object_freeze_notify (G_OBJECT (self));

  if (self->position != position)
    {
      self->position = position;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
    }

  if (finished)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      g_clear_object (&self->outcome);
      self->outcome = bpg_check_outcome_new (self->questionnaire, self->answers,
                                             stopped_early, now);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME]);
    }
  else if (self->outcome != NULL)
    {
      g_clear_object (&self->outcome);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OUTCOME]);
    }

  if (self->finished != finished)
    {
      self->finished = finished;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FINISHED]);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUESTION]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_STEPS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_GO_BACK]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STARTED]);

  g_object_thaw_notify (G_OBJECT (self));
}

static void
bpg_check_session_finalize (GObject *object)
{
  BpgCheckSession *self = (BpgCheckSession *)object;

  /* Wiped, not only freed: the next person on a shared computer must not
   * find the answers in memory either. */
  if (self->answers != NULL)
    memset (self->answers, 0, sizeof (BpgCheckAnswer) * self->n_questions);
  g_clear_pointer (&self->answers, g_free);
  g_clear_object (&self->outcome);
  g_clear_object (&self->questionnaire);

  G_OBJECT_CLASS (bpg_check_session_parent_class)->finalize (object);
}

static void
bpg_check_session_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BpgCheckSession *self = BPG_CHECK_SESSION (object);

  switch (prop_id)
    {
    case PROP_QUESTIONNAIRE:
      g_value_set_object (value, self->questionnaire);
      break;

    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    case PROP_QUESTION:
      g_value_set_object (value, bpg_check_session_get_question (self));
      break;

    case PROP_STEP:
      g_value_set_uint (value, bpg_check_session_get_step (self));
      break;

    case PROP_N_STEPS:
      g_value_set_uint (value, bpg_check_session_get_n_steps (self));
      break;

    case PROP_FINISHED:
      g_value_set_boolean (value, self->finished);
      break;

    case PROP_CAN_GO_BACK:
      g_value_set_boolean (value, bpg_check_session_get_can_go_back (self));
      break;

    case PROP_STARTED:
      g_value_set_boolean (value, bpg_check_session_get_started (self));
      break;

    case PROP_OUTCOME:
      g_value_set_object (value, self->outcome);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bpg_check_session_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BpgCheckSession *self = BPG_CHECK_SESSION (object);

  switch (prop_id)
    {
    case PROP_QUESTIONNAIRE:
      self->questionnaire = g_value_dup_object (value);
      self->n_questions = bpg_check_questionnaire_get_n_questions (self->questionnaire);
      self->answers = g_new0 (BpgCheckAnswer, self->n_questions);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bpg_check_session_class_init (BpgCheckSessionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = bpg_check_session_finalize;
  object_class->get_property = bpg_check_session_get_property;
  object_class->set_property = bpg_check_session_set_property;

  properties[PROP_QUESTIONNAIRE] =
    g_param_spec_object ("questionnaire", NULL, NULL,
                         BPG_TYPE_CHECK_QUESTIONNAIRE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);
  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_QUESTION] =
    g_param_spec_object ("question", NULL, NULL, BPG_TYPE_CHECK_QUESTION, flags);
  properties[PROP_STEP] =
    g_param_spec_uint ("step", NULL, NULL, 0, G_MAXUINT, 1, flags);
  properties[PROP_N_STEPS] =
    g_param_spec_uint ("n-steps", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_FINISHED] =
    g_param_spec_boolean ("finished", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_GO_BACK] =
    g_param_spec_boolean ("can-go-back", NULL, NULL, FALSE, flags);
  properties[PROP_STARTED] =
    g_param_spec_boolean ("started", NULL, NULL, FALSE, flags);
  properties[PROP_OUTCOME] =
    g_param_spec_object ("outcome", NULL, NULL, BPG_TYPE_CHECK_OUTCOME, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bpg_check_session_init (BpgCheckSession *self)
{
}

/**
 * bpg_check_session_new:
 *
 * Returns: (transfer full): a check at its first question, with no answers
 */
BpgCheckSession *
bpg_check_session_new (BpgCheckQuestionnaire *questionnaire)
{
  g_return_val_if_fail (BPG_IS_CHECK_QUESTIONNAIRE (questionnaire), NULL);

  return g_object_new (BPG_TYPE_CHECK_SESSION, "questionnaire", questionnaire, NULL);
}

/**
 * bpg_check_session_get_questionnaire:
 *
 * Returns: (transfer none): the questionnaire
 */
BpgCheckQuestionnaire *
bpg_check_session_get_questionnaire (BpgCheckSession *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_SESSION (self), NULL);

  return self->questionnaire;
}

/**
 * bpg_check_session_get_position:
 *
 * Returns: the index of the question being asked, or of the last one
 *   answered once the check has finished
 */
guint
bpg_check_session_get_position (BpgCheckSession *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_SESSION (self), 0);

  return self->position;
}

/**
 * bpg_check_session_get_question:
 *
 * Returns: (transfer none) (nullable): the question being asked, or %NULL
 *   once the check has finished
 */
BpgCheckQuestion *
bpg_check_session_get_question (BpgCheckSession *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_SESSION (self), NULL);

  if (self->finished)
    return NULL;

  return bpg_check_questionnaire_get_question (self->questionnaire, self->position);
}

/**
 * bpg_check_session_get_answer:
 *
 * Returns: the answer kept for the question at @index
 */
BpgCheckAnswer
bpg_check_session_get_answer (BpgCheckSession *self,
                              guint            index)
{
  g_return_val_if_fail (BPG_IS_CHECK_SESSION (self), BPG_CHECK_ANSWER_NONE);
  g_return_val_if_fail (index < self->n_questions, BPG_CHECK_ANSWER_NONE);

  return self->answers[index];
}

/**
 * bpg_check_session_get_answers:
 *
 * Returns: (transfer none) (array): one answer per question
 */
const BpgCheckAnswer *
bpg_check_session_get_answers (BpgCheckSession *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_SESSION (self), NULL);

  return self->answers;
}

/**
 * bpg_check_session_get_step:
 *
 * Returns: which question this is, counting from 1 and only questions asked
 */
guint
bpg_check_session_get_step (BpgCheckSession *self)
{
  guint step = 1;

  g_return_val_if_fail (BPG_IS_CHECK_SESSION (self), 1);

  for (guint i = 0; i < self->position; i++)
    step += is_asked (self, i);

  return step;
}

/**
 * bpg_check_session_get_n_steps:
 *
 * Follow-up questions count once the answer they follow asks for them, so
 * the total can grow by one as the check goes on.
 *
 * Returns: how many questions will be asked, given the answers so far
 */
guint
bpg_check_session_get_n_steps (BpgCheckSession *self)
{
  guint n = 0;

  g_return_val_if_fail (BPG_IS_CHECK_SESSION (self), 0);

  for (guint i = 0; i < self->n_questions; i++)
    {
      BpgCheckQuestion *question = bpg_check_questionnaire_get_question (self->questionnaire, i);
      const char *ask_if = bpg_check_question_get_ask_if (question);

      if (ask_if != NULL &&
          self->answers[bpg_check_questionnaire_find (self->questionnaire, ask_if)] ==
          BPG_CHECK_ANSWER_NONE)
        continue;

      n += is_asked (self, i);
    }

  return n;
}

/**
 * bpg_check_session_get_n_section_steps:
 *
 * Counted as bpg_check_session_get_n_steps() counts, so a follow-up question
 * counts once the answer it follows asks for it.
 *
 * Returns: how many questions the current question's part of the check will
 *   ask, given the answers so far
 */
guint
bpg_check_session_get_n_section_steps (BpgCheckSession *self)
{
  const char *title;
  guint n = 0;

  g_return_val_if_fail (BPG_IS_CHECK_SESSION (self), 0);

  title = bpg_check_question_get_section_title (bpg_check_session_get_question (self));
  for (guint i = 0; i < self->n_questions; i++)
    {
      BpgCheckQuestion *question = bpg_check_questionnaire_get_question (self->questionnaire, i);
      const char *ask_if = bpg_check_question_get_ask_if (question);

      if (g_strcmp0 (bpg_check_question_get_section_title (question), title) != 0)
        continue;
      if (ask_if != NULL &&
          self->answers[bpg_check_questionnaire_find (self->questionnaire, ask_if)] ==
          BPG_CHECK_ANSWER_NONE)
        continue;

      n += is_asked (self, i);
    }

  return n;
}

gboolean
bpg_check_session_get_finished (BpgCheckSession *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_SESSION (self), FALSE);

  return self->finished;
}

gboolean
bpg_check_session_get_can_go_back (BpgCheckSession *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_SESSION (self), FALSE);

  return self->finished || previous_asked (self, self->position) >= 0;
}

/**
 * bpg_check_session_get_started:
 *
 * Returns: whether any question has been answered
 */
gboolean
bpg_check_session_get_started (BpgCheckSession *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_SESSION (self), FALSE);

  for (guint i = 0; i < self->n_questions; i++)
    if (self->answers[i] != BPG_CHECK_ANSWER_NONE)
      return TRUE;

  return FALSE;
}

/**
 * bpg_check_session_get_outcome:
 *
 * Returns: (transfer none) (nullable): the outcome, once the check has finished
 */
BpgCheckOutcome *
bpg_check_session_get_outcome (BpgCheckSession *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_SESSION (self), NULL);

  return self->outcome;
}

/**
 * bpg_check_session_answer:
 * @answer: the answer to the question being asked
 *
 * Records @answer and moves to the next question asked, or to the outcome.
 * If the answers given now mean an emergency, the check ends here.
 */
void
bpg_check_session_answer (BpgCheckSession *self,
                          BpgCheckAnswer   answer)
{
  guint next;

  g_return_if_fail (BPG_IS_CHECK_SESSION (self));
  g_return_if_fail (answer != BPG_CHECK_ANSWER_NONE && answer < BPG_CHECK_N_ANSWERS);
  g_return_if_fail (!self->finished);

  self->answers[self->position] = answer;

  if (bpg_check_questionnaire_evaluate_answered (self->questionnaire, self->answers) ==
      BPG_CHECK_LEVEL_EMERGENCY)
    {
      next = next_asked (self, self->position + 1);
      move_to (self, self->position, TRUE, next < self->n_questions);
      return;
    }

  next = next_asked (self, self->position + 1);
  if (next >= self->n_questions)
    move_to (self, self->position, TRUE, FALSE);
  else
    move_to (self, next, FALSE, FALSE);
}

/**
 * bpg_check_session_go_back:
 *
 * Goes back to the question asked before, or from the outcome to the last
 * question answered. Answers are kept.
 *
 * Returns: %TRUE if there was somewhere to go back to
 */
gboolean
bpg_check_session_go_back (BpgCheckSession *self)
{
  int previous;

  g_return_val_if_fail (BPG_IS_CHECK_SESSION (self), FALSE);

  if (self->finished)
    {
      move_to (self, self->position, FALSE, FALSE);
      return TRUE;
    }

  previous = previous_asked (self, self->position);
  if (previous < 0)
    return FALSE;

  move_to (self, previous, FALSE, FALSE);
  return TRUE;
}

/**
 * bpg_check_session_restart:
 *
 * Clears every answer and the outcome, and goes back to the first question.
 */
void
bpg_check_session_restart (BpgCheckSession *self)
{
  g_return_if_fail (BPG_IS_CHECK_SESSION (self));

  memset (self->answers, 0, sizeof (BpgCheckAnswer) * self->n_questions);
  move_to (self, 0, FALSE, FALSE);
}
