/* bpg-check-outcome.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-check"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bpg-check-outcome.h"

/* The end of a symptom check: what to do and how soon, why, what to tell
 * the clinician, and the answers. It is a snapshot: it keeps copies of the
 * texts it needs and no reference to the answers, so it can be printed after
 * the check has been started again. */
struct _BpgCheckOutcome
{
  GObject         parent_instance;

  BpgCheckLevel   level;
  gboolean        stopped_early;
  GDateTime      *date_time;
  char           *title;
  char           *when;
  char           *action;
  char           *safety_net;
  char           *disclaimer;
  GStrv           reasons;
  GStrv           other_reasons;
  GStrv           uncertain;
  GStrv           tell;
  GStrv           pages;
  guint           n_unanswered;
  GPtrArray      *questions;   /* char *, the questions answered */
  GArray         *answers;     /* BpgCheckAnswer, for those questions */
};

G_DEFINE_FINAL_TYPE (BpgCheckOutcome, bpg_check_outcome, G_TYPE_OBJECT)

static BpgCalloutLevel
callout_level (BpgCheckLevel level)
{
  switch (level)
    {
    case BPG_CHECK_LEVEL_EMERGENCY:
      return BPG_CALLOUT_EMERGENCY;

    case BPG_CHECK_LEVEL_URGENT:
      return BPG_CALLOUT_URGENT;

    case BPG_CHECK_LEVEL_SOON:
      return BPG_CALLOUT_GP;

    case BPG_CHECK_LEVEL_SELF_CARE:
    default:
      return BPG_CALLOUT_INFO;
    }
}

/* Splits the reasons into those behind the outcome's level and the rest.
 * A reason that needs a question nobody answered is not shown as a reason;
 * if only such reasons reach the level, that is said instead. */
static void
collect_reasons (BpgCheckOutcome       *self,
                 BpgCheckQuestionnaire *questionnaire,
                 const BpgCheckAnswer  *answers)
{
  g_autoptr(GArray) reasons = bpg_check_questionnaire_get_reasons (questionnaire, answers);
  g_autoptr(GStrvBuilder) main = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) other = g_strv_builder_new ();
  gboolean any_main = FALSE;

  for (guint i = 0; i < reasons->len; i++)
    {
      BpgCheckReason *reason = &g_array_index (reasons, BpgCheckReason, i);

      if (reason->unanswered)
        continue;

      if (reason->level == self->level)
        {
          g_strv_builder_add (main, reason->summary);
          any_main = TRUE;
        }
      else
        g_strv_builder_add (other, reason->summary);
    }

  if (!any_main && self->level > BPG_CHECK_LEVEL_SELF_CARE)
    /* Translators: a reason for the symptom check's advice */
    g_strv_builder_add (main, _("Some questions were not answered, so the check cannot rule "
                                "out a warning sign"));

  self->reasons = g_strv_builder_end (main);
  self->other_reasons = g_strv_builder_end (other);
}

static void
collect_answers (BpgCheckOutcome       *self,
                 BpgCheckQuestionnaire *questionnaire,
                 const BpgCheckAnswer  *answers)
{
  g_autoptr(GStrvBuilder) uncertain = g_strv_builder_new ();
  guint n = bpg_check_questionnaire_get_n_questions (questionnaire);

  for (guint i = 0; i < n; i++)
    {
      BpgCheckQuestion *question = bpg_check_questionnaire_get_question (questionnaire, i);

      if (!bpg_check_questionnaire_is_asked (questionnaire, answers, i))
        continue;

      if (answers[i] == BPG_CHECK_ANSWER_NONE)
        {
          self->n_unanswered++;
          continue;
        }

      g_ptr_array_add (self->questions, g_strdup (bpg_check_question_get_text (question)));
      g_array_append_val (self->answers, answers[i]);
      if (answers[i] == BPG_CHECK_ANSWER_NOT_SURE)
        g_strv_builder_add (uncertain, bpg_check_question_get_summary (question));
    }

  self->uncertain = g_strv_builder_end (uncertain);
}

static void
bpg_check_outcome_finalize (GObject *object)
{
  BpgCheckOutcome *self = (BpgCheckOutcome *)object;

  g_clear_pointer (&self->date_time, g_date_time_unref);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->when, g_free);
  g_clear_pointer (&self->action, g_free);
  g_clear_pointer (&self->safety_net, g_free);
  g_clear_pointer (&self->disclaimer, g_free);
  g_clear_pointer (&self->reasons, g_strfreev);
  g_clear_pointer (&self->other_reasons, g_strfreev);
  g_clear_pointer (&self->uncertain, g_strfreev);
  g_clear_pointer (&self->tell, g_strfreev);
  g_clear_pointer (&self->pages, g_strfreev);
  g_clear_pointer (&self->questions, g_ptr_array_unref);
  g_clear_pointer (&self->answers, g_array_unref);

  G_OBJECT_CLASS (bpg_check_outcome_parent_class)->finalize (object);
}

static void
bpg_check_outcome_class_init (BpgCheckOutcomeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bpg_check_outcome_finalize;
}

static void
bpg_check_outcome_init (BpgCheckOutcome *self)
{
  self->questions = g_ptr_array_new_with_free_func (g_free);
  self->answers = g_array_new (FALSE, FALSE, sizeof (BpgCheckAnswer));
}

/**
 * bpg_check_outcome_new:
 * @answers: one answer per question of @questionnaire
 * @stopped_early: whether the check stopped at an emergency answer
 * @date_time: when the check was done
 *
 * Returns: (transfer full): the outcome of @answers
 */
BpgCheckOutcome *
bpg_check_outcome_new (BpgCheckQuestionnaire *questionnaire,
                       const BpgCheckAnswer  *answers,
                       gboolean               stopped_early,
                       GDateTime             *date_time)
{
  BpgCheckOutcome *self;
  BpgCheckLevel level;

  g_return_val_if_fail (BPG_IS_CHECK_QUESTIONNAIRE (questionnaire), NULL);
  g_return_val_if_fail (answers != NULL, NULL);
  g_return_val_if_fail (date_time != NULL, NULL);

  level = bpg_check_questionnaire_evaluate (questionnaire, answers);

  self = g_object_new (BPG_TYPE_CHECK_OUTCOME, NULL);
  self->level = level;
  self->stopped_early = stopped_early;
  self->date_time = g_date_time_ref (date_time);
  self->title = g_strdup (bpg_check_questionnaire_get_outcome_title (questionnaire, level));
  self->when = g_strdup (bpg_check_questionnaire_get_outcome_when (questionnaire, level));
  self->action = g_strdup (bpg_check_questionnaire_get_outcome_action (questionnaire, level));
  self->tell = g_strdupv ((char **)bpg_check_questionnaire_get_outcome_tell (questionnaire, level));
  self->pages = g_strdupv ((char **)bpg_check_questionnaire_get_outcome_pages (questionnaire, level));
  self->safety_net = g_strdup (bpg_check_questionnaire_get_notice (questionnaire, "safety-net"));
  self->disclaimer = g_strdup (bpg_check_questionnaire_get_notice (questionnaire, "not-a-diagnosis"));

  collect_reasons (self, questionnaire, answers);
  collect_answers (self, questionnaire, answers);

  return self;
}

BpgCheckLevel
bpg_check_outcome_get_level (BpgCheckOutcome *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_OUTCOME (self), BPG_CHECK_LEVEL_EMERGENCY);

  return self->level;
}

gboolean
bpg_check_outcome_get_stopped_early (BpgCheckOutcome *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_OUTCOME (self), FALSE);

  return self->stopped_early;
}

/**
 * bpg_check_outcome_get_date_time:
 *
 * Returns: (transfer none): when the check was done
 */
GDateTime *
bpg_check_outcome_get_date_time (BpgCheckOutcome *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_OUTCOME (self), NULL);

  return self->date_time;
}

/**
 * bpg_check_outcome_get_title:
 *
 * Returns: what to do, in a few words, such as "Go to A&E now"
 */
const char *
bpg_check_outcome_get_title (BpgCheckOutcome *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_OUTCOME (self), NULL);

  return self->title;
}

/**
 * bpg_check_outcome_get_when:
 *
 * Returns: how soon to act
 */
const char *
bpg_check_outcome_get_when (BpgCheckOutcome *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_OUTCOME (self), NULL);

  return self->when;
}

const char *
bpg_check_outcome_get_action (BpgCheckOutcome *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_OUTCOME (self), NULL);

  return self->action;
}

/**
 * bpg_check_outcome_get_reasons:
 *
 * Returns: (transfer none): the answers that led to the outcome's level
 */
const char * const *
bpg_check_outcome_get_reasons (BpgCheckOutcome *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_OUTCOME (self), NULL);

  return (const char * const *)self->reasons;
}

/**
 * bpg_check_outcome_get_other_reasons:
 *
 * Returns: (transfer none): other warning signs found, at lower levels
 */
const char * const *
bpg_check_outcome_get_other_reasons (BpgCheckOutcome *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_OUTCOME (self), NULL);

  return (const char * const *)self->other_reasons;
}

/**
 * bpg_check_outcome_get_uncertain:
 *
 * Returns: (transfer none): what the patient was not sure about, each
 *   counted as if they had answered yes
 */
const char * const *
bpg_check_outcome_get_uncertain (BpgCheckOutcome *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_OUTCOME (self), NULL);

  return (const char * const *)self->uncertain;
}

/**
 * bpg_check_outcome_get_n_unanswered:
 *
 * Returns: how many questions were not answered, such as those after an
 *   emergency answer stopped the check
 */
guint
bpg_check_outcome_get_n_unanswered (BpgCheckOutcome *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_OUTCOME (self), 0);

  return self->n_unanswered;
}

/**
 * bpg_check_outcome_get_tell:
 *
 * Returns: (transfer none): what to tell the clinician
 */
const char * const *
bpg_check_outcome_get_tell (BpgCheckOutcome *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_OUTCOME (self), NULL);

  return (const char * const *)self->tell;
}

/**
 * bpg_check_outcome_get_pages:
 *
 * Returns: (transfer none): IDs of advice pages to offer
 */
const char * const *
bpg_check_outcome_get_pages (BpgCheckOutcome *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_OUTCOME (self), NULL);

  return (const char * const *)self->pages;
}

/**
 * bpg_check_outcome_get_safety_net:
 *
 * Returns: what to do if anything changes
 */
const char *
bpg_check_outcome_get_safety_net (BpgCheckOutcome *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_OUTCOME (self), NULL);

  return self->safety_net;
}

/**
 * bpg_check_outcome_get_disclaimer:
 *
 * Returns: what the check cannot do
 */
const char *
bpg_check_outcome_get_disclaimer (BpgCheckOutcome *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_OUTCOME (self), NULL);

  return self->disclaimer;
}

/**
 * bpg_check_outcome_get_n_answers:
 *
 * Returns: how many questions were answered
 */
guint
bpg_check_outcome_get_n_answers (BpgCheckOutcome *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_OUTCOME (self), 0);

  return self->questions->len;
}

/**
 * bpg_check_outcome_get_question:
 *
 * Returns: the text of the @index-th question answered
 */
const char *
bpg_check_outcome_get_question (BpgCheckOutcome *self,
                                guint            index)
{
  g_return_val_if_fail (BPG_IS_CHECK_OUTCOME (self), NULL);
  g_return_val_if_fail (index < self->questions->len, NULL);

  return g_ptr_array_index (self->questions, index);
}

BpgCheckAnswer
bpg_check_outcome_get_answer (BpgCheckOutcome *self,
                              guint            index)
{
  g_return_val_if_fail (BPG_IS_CHECK_OUTCOME (self), BPG_CHECK_ANSWER_NONE);
  g_return_val_if_fail (index < self->answers->len, BPG_CHECK_ANSWER_NONE);

  return g_array_index (self->answers, BpgCheckAnswer, index);
}

static void
add_list_section (BpgReport          *report,
                  const char         *heading,
                  const char * const *items)
{
  if (items == NULL || items[0] == NULL)
    return;

  bpg_report_add_heading (report, heading);
  bpg_report_add_list (report, items);
}

/**
 * bpg_check_outcome_create_report:
 *
 * Lays the outcome out for printing or saving, to show at an appointment:
 * the date and time, what to do, why, and every answer.
 *
 * Returns: (transfer full): the summary
 */
BpgReport *
bpg_check_outcome_create_report (BpgCheckOutcome *self)
{
  g_autoptr(BpgReport) report = NULL;
  g_autofree char *date = NULL;

  g_return_val_if_fail (BPG_IS_CHECK_OUTCOME (self), NULL);

  /* Translators: the title of the printed summary of a symptom check */
  report = bpg_report_new (_("Symptom Check Summary"));
  bpg_report_set_date_time (report, self->date_time);

  /* Translators: when a symptom check was done, as in "12 March 2026, 14:05";
   * see the GLib documentation of g_date_time_format() */
  date = g_date_time_format (self->date_time, _("%-d %B %Y, %H:%M"));
  bpg_report_add_key_value (report, _("Check done on"), date);
  bpg_report_add_key_value (report, _("What to do"), self->title);
  bpg_report_add_key_value (report, _("How soon"), self->when);
  bpg_report_add_note (report, callout_level (self->level), self->title, self->action);

  if (self->stopped_early)
    bpg_report_add_paragraph (report, _("The check stopped early, because an answer means "
                                        "you need help straight away."));

  add_list_section (report, _("Why"), (const char * const *)self->reasons);
  add_list_section (report, _("Other things to mention"),
                    (const char * const *)self->other_reasons);
  add_list_section (report, _("Answers you were not sure about (counted as yes)"),
                    (const char * const *)self->uncertain);
  add_list_section (report, _("What to tell the doctor, nurse or physiotherapist"),
                    (const char * const *)self->tell);

  bpg_report_add_heading (report, _("Your answers"));
  bpg_report_add_table (report, 2, (const char *[]) { _("Question"), _("Answer"), NULL });
  for (guint i = 0; i < self->questions->len; i++)
    bpg_report_add_table_row (report, (const char *[]) {
                                g_ptr_array_index (self->questions, i),
                                bpg_check_answer_get_label (g_array_index (self->answers,
                                                                           BpgCheckAnswer, i)),
                                NULL });
  if (self->n_unanswered > 0)
    bpg_report_add_paragraph (report, _("The other questions were not asked."));

  bpg_report_add_note (report, BPG_CALLOUT_INFO, _("If anything changes"), self->safety_net);
  bpg_report_add_paragraph (report, self->disclaimer);

  return g_steal_pointer (&report);
}
