/* bpg-check-question.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bpg-check-private.h"
#include "bpg-check-question.h"

/* One question of the symptom check, already translated. A question is a
 * warning sign when its level is above self-care: its worrying answer alone
 * raises the outcome to that level. Other questions only count through the
 * questionnaire's rules, together with other answers. */
struct _BpgCheckQuestion
{
  GObject         parent_instance;

  char           *id;
  char           *text;
  char           *explanation;
  char           *summary;
  char           *section_title;
  char           *section_intro;
  BpgCheckLevel   level;
  BpgCheckAnswer  concern;
  char           *ask_if;
  char          **sources;
};

G_DEFINE_FINAL_TYPE (BpgCheckQuestion, bpg_check_question, G_TYPE_OBJECT)

static const char * const answer_names[] = {
  [BPG_CHECK_ANSWER_NONE] = "none",
  [BPG_CHECK_ANSWER_NO] = "no",
  [BPG_CHECK_ANSWER_NOT_SURE] = "not-sure",
  [BPG_CHECK_ANSWER_YES] = "yes",
};

static const char * const level_names[] = {
  [BPG_CHECK_LEVEL_SELF_CARE] = "self-care",
  [BPG_CHECK_LEVEL_SOON] = "soon",
  [BPG_CHECK_LEVEL_URGENT] = "urgent",
  [BPG_CHECK_LEVEL_EMERGENCY] = "emergency",
};

static void
bpg_check_question_finalize (GObject *object)
{
  BpgCheckQuestion *self = (BpgCheckQuestion *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->explanation, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->section_title, g_free);
  g_clear_pointer (&self->section_intro, g_free);
  g_clear_pointer (&self->ask_if, g_free);
  g_clear_pointer (&self->sources, g_strfreev);

  G_OBJECT_CLASS (bpg_check_question_parent_class)->finalize (object);
}

static void
bpg_check_question_class_init (BpgCheckQuestionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bpg_check_question_finalize;
}

static void
bpg_check_question_init (BpgCheckQuestion *self)
{
}

/* Takes @sources. */
BpgCheckQuestion *
_bpg_check_question_new (const char     *id,
                         const char     *text,
                         const char     *explanation,
                         const char     *summary,
                         const char     *section_title,
                         const char     *section_intro,
                         BpgCheckLevel   level,
                         BpgCheckAnswer  concern,
                         const char     *ask_if,
                         char          **sources)
{
  BpgCheckQuestion *self = g_object_new (BPG_TYPE_CHECK_QUESTION, NULL);

  g_assert (concern == BPG_CHECK_ANSWER_YES || concern == BPG_CHECK_ANSWER_NO);

  self->id = g_strdup (id);
  self->text = g_strdup (text);
  self->explanation = g_strdup (explanation);
  self->summary = g_strdup (summary);
  self->section_title = g_strdup (section_title);
  self->section_intro = g_strdup (section_intro);
  self->level = level;
  self->concern = concern;
  self->ask_if = g_strdup (ask_if);
  self->sources = sources;

  return self;
}

const char *
bpg_check_question_get_id (BpgCheckQuestion *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_QUESTION (self), NULL);

  return self->id;
}

/**
 * bpg_check_question_get_text:
 *
 * Returns: the question itself, such as "Do you have a fever?"
 */
const char *
bpg_check_question_get_text (BpgCheckQuestion *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_QUESTION (self), NULL);

  return self->text;
}

/**
 * bpg_check_question_get_explanation:
 *
 * Returns: a short note saying what the question means
 */
const char *
bpg_check_question_get_explanation (BpgCheckQuestion *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_QUESTION (self), NULL);

  return self->explanation;
}

/**
 * bpg_check_question_get_summary:
 *
 * Returns: the worrying answer as a short statement, such as "A fever", used
 *   to say why an outcome was reached
 */
const char *
bpg_check_question_get_summary (BpgCheckQuestion *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_QUESTION (self), NULL);

  return self->summary;
}

const char *
bpg_check_question_get_section_title (BpgCheckQuestion *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_QUESTION (self), NULL);

  return self->section_title;
}

const char *
bpg_check_question_get_section_intro (BpgCheckQuestion *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_QUESTION (self), NULL);

  return self->section_intro;
}

/**
 * bpg_check_question_get_level:
 *
 * Returns: the level a worrying answer to this question leads to on its own,
 *   or %BPG_CHECK_LEVEL_SELF_CARE if it only counts through rules
 */
BpgCheckLevel
bpg_check_question_get_level (BpgCheckQuestion *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_QUESTION (self), BPG_CHECK_LEVEL_EMERGENCY);

  return self->level;
}

gboolean
bpg_check_question_is_warning_sign (BpgCheckQuestion *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_QUESTION (self), TRUE);

  return self->level > BPG_CHECK_LEVEL_SELF_CARE;
}

/**
 * bpg_check_question_get_concern:
 *
 * Returns: the worrying answer: %BPG_CHECK_ANSWER_YES for most questions,
 *   %BPG_CHECK_ANSWER_NO for one like "Is it getting better?"
 */
BpgCheckAnswer
bpg_check_question_get_concern (BpgCheckQuestion *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_QUESTION (self), BPG_CHECK_ANSWER_YES);

  return self->concern;
}

/**
 * bpg_check_question_get_ask_if:
 *
 * Returns: (nullable): the ID of the question whose worrying answer this one
 *   follows up, or %NULL if it is always asked
 */
const char *
bpg_check_question_get_ask_if (BpgCheckQuestion *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_QUESTION (self), NULL);

  return self->ask_if;
}

/**
 * bpg_check_question_get_sources:
 *
 * Returns: (transfer none): the IDs of the documents the question is based on
 */
const char * const *
bpg_check_question_get_sources (BpgCheckQuestion *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_QUESTION (self), NULL);

  return (const char * const *)self->sources;
}

/**
 * bpg_check_question_is_flagged_by:
 *
 * Whether @answer is to be treated as the worrying one. Erring towards
 * urgency, "not sure" and no answer at all always are.
 *
 * Returns: %TRUE unless @answer is the reassuring answer
 */
gboolean
bpg_check_question_is_flagged_by (BpgCheckQuestion *self,
                                  BpgCheckAnswer    answer)
{
  g_return_val_if_fail (BPG_IS_CHECK_QUESTION (self), TRUE);

  switch (answer)
    {
    case BPG_CHECK_ANSWER_YES:
    case BPG_CHECK_ANSWER_NO:
      return answer == self->concern;

    case BPG_CHECK_ANSWER_NONE:
    case BPG_CHECK_ANSWER_NOT_SURE:
    default:
      return TRUE;
    }
}

/**
 * bpg_check_answer_to_string:
 *
 * Returns: the answer's name in data and tests: "yes", "no", "not-sure" or "none"
 */
const char *
bpg_check_answer_to_string (BpgCheckAnswer answer)
{
  g_return_val_if_fail (answer < G_N_ELEMENTS (answer_names), NULL);

  return answer_names[answer];
}

gboolean
bpg_check_answer_from_string (const char     *name,
                              BpgCheckAnswer *answer)
{
  g_return_val_if_fail (answer != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (answer_names); i++)
    {
      if (g_strcmp0 (name, answer_names[i]) == 0)
        {
          *answer = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * bpg_check_answer_get_label:
 *
 * Returns: the answer in words for a patient: "Yes", "No", "Not sure" or
 *   "Not answered"
 */
const char *
bpg_check_answer_get_label (BpgCheckAnswer answer)
{
  switch (answer)
    {
    case BPG_CHECK_ANSWER_YES:
      return C_("answer", "Yes");

    case BPG_CHECK_ANSWER_NO:
      return C_("answer", "No");

    case BPG_CHECK_ANSWER_NOT_SURE:
      return C_("answer", "Not sure");

    case BPG_CHECK_ANSWER_NONE:
    default:
      return C_("answer", "Not answered");
    }
}

const char *
bpg_check_level_to_string (BpgCheckLevel level)
{
  g_return_val_if_fail (level < G_N_ELEMENTS (level_names), NULL);

  return level_names[level];
}

gboolean
bpg_check_level_from_string (const char    *name,
                             BpgCheckLevel *level)
{
  g_return_val_if_fail (level != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (level_names); i++)
    {
      if (g_strcmp0 (name, level_names[i]) == 0)
        {
          *level = i;
          return TRUE;
        }
    }

  return FALSE;
}
