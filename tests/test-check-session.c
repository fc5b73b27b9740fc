/* test-check-session.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bpg-check-session.h"

/* Walking through the check as a patient would: one question at a time,
 * going back, changing an answer, stopping at an emergency, starting again,
 * and the printable summary at the end. */

static BpgCheckQuestionnaire *questionnaire;

static BpgCheckQuestionnaire *
load_questionnaire (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "content",
                                                 "questions.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *data = NULL;
  BpgCheckQuestionnaire *result;
  gsize len;

  g_assert_true (g_file_get_contents (path, &data, &len, &error));
  bytes = g_bytes_new_take (g_steal_pointer (&data), len);
  result = bpg_check_questionnaire_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);

  return result;
}

static const char *
current_id (BpgCheckSession *session)
{
  BpgCheckQuestion *question = bpg_check_session_get_question (session);

  return question != NULL ? bpg_check_question_get_id (question) : NULL;
}

/* Answers the reassuring answer until the question @id, or the end. */
static void
answer_no_until (BpgCheckSession *session,
                 const char      *id)
{
  while (!bpg_check_session_get_finished (session) && g_strcmp0 (current_id (session), id) != 0)
    bpg_check_session_answer (session, BPG_CHECK_ANSWER_NO);
}

/* Walks forward keeping the answers already given, as pressing the answer
 * already chosen does. */
static void
answer_kept_until_end (BpgCheckSession *session)
{
  while (!bpg_check_session_get_finished (session))
    {
      BpgCheckAnswer kept = bpg_check_session_get_answer (session,
                                                          bpg_check_session_get_position (session));

      g_assert_cmpint (kept, !=, BPG_CHECK_ANSWER_NONE);
      bpg_check_session_answer (session, kept);
    }
}

static gboolean
strv_has_prefix (const char * const *strv,
                 const char         *prefix)
{
  for (guint i = 0; strv[i] != NULL; i++)
    if (g_str_has_prefix (strv[i], prefix))
      return TRUE;

  return FALSE;
}

static void
test_all_no (void)
{
  g_autoptr(BpgCheckSession) session = bpg_check_session_new (questionnaire);
  BpgCheckOutcome *outcome;
  guint asked = 0;

  g_assert_cmpstr (current_id (session), ==, "both-legs");
  g_assert_cmpuint (bpg_check_session_get_step (session), ==, 1);
  g_assert_cmpuint (bpg_check_session_get_n_steps (session), ==, 23);
  g_assert_false (bpg_check_session_get_can_go_back (session));
  g_assert_false (bpg_check_session_get_started (session));

  while (!bpg_check_session_get_finished (session))
    {
      g_assert_cmpuint (bpg_check_session_get_step (session), ==, asked + 1);
      bpg_check_session_answer (session, BPG_CHECK_ANSWER_NO);
      asked++;
    }

  /* The three follow-up questions are skipped. */
  g_assert_cmpuint (asked, ==, 23);
  g_assert_cmpuint (bpg_check_session_get_n_steps (session), ==, 23);

  outcome = bpg_check_session_get_outcome (session);
  g_assert_nonnull (outcome);
  g_assert_cmpint (bpg_check_outcome_get_level (outcome), ==, BPG_CHECK_LEVEL_SELF_CARE);
  g_assert_false (bpg_check_outcome_get_stopped_early (outcome));
  g_assert_null (bpg_check_outcome_get_reasons (outcome)[0]);
  g_assert_null (bpg_check_outcome_get_uncertain (outcome)[0]);
  g_assert_cmpuint (bpg_check_outcome_get_n_answers (outcome), ==, 23);
  g_assert_cmpuint (bpg_check_outcome_get_n_unanswered (outcome), ==, 0);
  g_assert_true (g_str_has_prefix (bpg_check_outcome_get_title (outcome), "Look after yourself"));
}

static void
test_emergency_stops_at_once (void)
{
  g_autoptr(BpgCheckSession) session = bpg_check_session_new (questionnaire);
  BpgCheckOutcome *outcome;

  bpg_check_session_answer (session, BPG_CHECK_ANSWER_NO);
  g_assert_cmpstr (current_id (session), ==, "saddle");
  bpg_check_session_answer (session, BPG_CHECK_ANSWER_NOT_SURE);

  g_assert_true (bpg_check_session_get_finished (session));
  g_assert_null (bpg_check_session_get_question (session));
  outcome = bpg_check_session_get_outcome (session);
  g_assert_cmpint (bpg_check_outcome_get_level (outcome), ==, BPG_CHECK_LEVEL_EMERGENCY);
  g_assert_true (bpg_check_outcome_get_stopped_early (outcome));
  g_assert_cmpstr (bpg_check_outcome_get_title (outcome), ==, "Go to A&E now");

  /* Why: the answer given, which was not sure; not the questions not asked. */
  g_assert_true (strv_has_prefix (bpg_check_outcome_get_reasons (outcome), "Numbness, or pins"));
  g_assert_null (bpg_check_outcome_get_reasons (outcome)[1]);
  g_assert_true (strv_has_prefix (bpg_check_outcome_get_uncertain (outcome), "Numbness, or"));
  g_assert_cmpuint (bpg_check_outcome_get_n_answers (outcome), ==, 2);
  g_assert_cmpuint (bpg_check_outcome_get_n_unanswered (outcome), ==, 24);
}

static void
test_every_emergency_question_stops (void)
{
  guint n = bpg_check_questionnaire_get_n_questions (questionnaire);

  for (guint i = 0; i < n; i++)
    {
      BpgCheckQuestion *question = bpg_check_questionnaire_get_question (questionnaire, i);
      g_autoptr(BpgCheckSession) session = NULL;

      if (bpg_check_question_get_level (question) != BPG_CHECK_LEVEL_EMERGENCY)
        continue;

      session = bpg_check_session_new (questionnaire);
      answer_no_until (session, bpg_check_question_get_id (question));
      bpg_check_session_answer (session, BPG_CHECK_ANSWER_YES);
      g_assert_true (bpg_check_session_get_finished (session));
      g_assert_cmpint (bpg_check_outcome_get_level (bpg_check_session_get_outcome (session)), ==,
                       BPG_CHECK_LEVEL_EMERGENCY);
    }
}

static void
test_back_keeps_answers (void)
{
  g_autoptr(BpgCheckSession) session = bpg_check_session_new (questionnaire);

  bpg_check_session_answer (session, BPG_CHECK_ANSWER_NO);
  bpg_check_session_answer (session, BPG_CHECK_ANSWER_NO);
  bpg_check_session_answer (session, BPG_CHECK_ANSWER_NO);
  g_assert_cmpuint (bpg_check_session_get_position (session), ==, 3);
  g_assert_true (bpg_check_session_get_can_go_back (session));

  g_assert_true (bpg_check_session_go_back (session));
  g_assert_true (bpg_check_session_go_back (session));
  g_assert_cmpuint (bpg_check_session_get_position (session), ==, 1);
  g_assert_cmpuint (bpg_check_session_get_step (session), ==, 2);
  g_assert_cmpint (bpg_check_session_get_answer (session, 1), ==, BPG_CHECK_ANSWER_NO);
  g_assert_cmpint (bpg_check_session_get_answer (session, 2), ==, BPG_CHECK_ANSWER_NO);

  g_assert_true (bpg_check_session_go_back (session));
  g_assert_false (bpg_check_session_go_back (session));
  g_assert_false (bpg_check_session_get_can_go_back (session));
  g_assert_cmpuint (bpg_check_session_get_position (session), ==, 0);
}

/* Each part of the check knows how many questions it asks, so its
 * introduction can say "1 question" rather than "some questions". */
static void
test_section_steps (void)
{
  g_autoptr(BpgCheckSession) session = bpg_check_session_new (questionnaire);

  g_assert_cmpuint (bpg_check_session_get_n_section_steps (session), ==, 14);
  answer_no_until (session, "history");
  g_assert_cmpuint (bpg_check_session_get_n_section_steps (session), ==, 8);
  answer_no_until (session, "six-weeks");
  g_assert_cmpuint (bpg_check_session_get_n_section_steps (session), ==, 1);

  /* Yes brings in the follow-up, which the part then counts. */
  bpg_check_session_answer (session, BPG_CHECK_ANSWER_YES);
  g_assert_cmpstr (current_id (session), ==, "not-improving");
  g_assert_cmpuint (bpg_check_session_get_n_section_steps (session), ==, 2);
}

static void
test_change_answer_changes_outcome (void)
{
  g_autoptr(BpgCheckSession) session = bpg_check_session_new (questionnaire);
  BpgCheckOutcome *outcome;
  guint n_steps;

  answer_no_until (session, NULL);
  g_assert_cmpint (bpg_check_outcome_get_level (bpg_check_session_get_outcome (session)), ==,
                   BPG_CHECK_LEVEL_SELF_CARE);

  /* Back from the outcome to the last question, "more than 6 weeks". */
  g_assert_true (bpg_check_session_go_back (session));
  g_assert_false (bpg_check_session_get_finished (session));
  g_assert_null (bpg_check_session_get_outcome (session));
  g_assert_cmpstr (current_id (session), ==, "six-weeks");
  n_steps = bpg_check_session_get_n_steps (session);

  /* Yes brings in the follow-up, which is now counted. */
  bpg_check_session_answer (session, BPG_CHECK_ANSWER_YES);
  g_assert_cmpstr (current_id (session), ==, "not-improving");
  g_assert_cmpuint (bpg_check_session_get_n_steps (session), ==, n_steps + 1);
  bpg_check_session_answer (session, BPG_CHECK_ANSWER_YES);

  outcome = bpg_check_session_get_outcome (session);
  g_assert_cmpint (bpg_check_outcome_get_level (outcome), ==, BPG_CHECK_LEVEL_SOON);
  g_assert_cmpstr (bpg_check_outcome_get_reasons (outcome)[0], ==,
                   "Pain for more than 6 weeks that is not getting better");

  /* Going back further and answering not sure to a fever makes it urgent,
   * and says the answer was uncertain. */
  while (g_strcmp0 (current_id (session), "fever") != 0)
    g_assert_true (bpg_check_session_go_back (session));
  g_assert_cmpint (bpg_check_session_get_answer (session,
                                                 bpg_check_session_get_position (session)),
                   ==, BPG_CHECK_ANSWER_NO);
  bpg_check_session_answer (session, BPG_CHECK_ANSWER_NOT_SURE);
  answer_kept_until_end (session);

  outcome = bpg_check_session_get_outcome (session);
  g_assert_cmpint (bpg_check_outcome_get_level (outcome), ==, BPG_CHECK_LEVEL_URGENT);
  g_assert_cmpstr (bpg_check_outcome_get_reasons (outcome)[0], ==, "A fever: a high temperature, or you feel hot and shivery");
  g_assert_cmpstr (bpg_check_outcome_get_other_reasons (outcome)[0], ==,
                   "Pain for more than 6 weeks that is not getting better");
  g_assert_cmpstr (bpg_check_outcome_get_uncertain (outcome)[0], ==, "A fever: a high temperature, or you feel hot and shivery");
}

static void
test_rule_needs_both (void)
{
  g_autoptr(BpgCheckSession) session = bpg_check_session_new (questionnaire);

  /* Cancer in the past, and pain with a clear cause: see a GP soon. */
  answer_no_until (session, "history");
  bpg_check_session_answer (session, BPG_CHECK_ANSWER_YES);
  g_assert_cmpstr (current_id (session), ==, "no-clear-reason");
  bpg_check_session_answer (session, BPG_CHECK_ANSWER_NO);
  answer_no_until (session, NULL);
  g_assert_cmpint (bpg_check_outcome_get_level (bpg_check_session_get_outcome (session)), ==,
                   BPG_CHECK_LEVEL_SOON);

  /* Without a clear cause: call 111 today. */
  bpg_check_session_restart (session);
  answer_no_until (session, "history");
  bpg_check_session_answer (session, BPG_CHECK_ANSWER_YES);
  bpg_check_session_answer (session, BPG_CHECK_ANSWER_NOT_SURE);
  answer_no_until (session, NULL);
  g_assert_cmpint (bpg_check_outcome_get_level (bpg_check_session_get_outcome (session)), ==,
                   BPG_CHECK_LEVEL_URGENT);
}

static void
test_every_question_reachable (void)
{
  guint n = bpg_check_questionnaire_get_n_questions (questionnaire);

  for (guint i = 0; i < n; i++)
    {
      BpgCheckQuestion *question = bpg_check_questionnaire_get_question (questionnaire, i);
      const char *ask_if = bpg_check_question_get_ask_if (question);
      g_autoptr(BpgCheckSession) session = bpg_check_session_new (questionnaire);

      /* Reassuring answers all the way, except yes to the question a
       * follow-up follows. */
      if (ask_if != NULL)
        {
          answer_no_until (session, ask_if);
          bpg_check_session_answer (session, BPG_CHECK_ANSWER_YES);
        }
      answer_no_until (session, bpg_check_question_get_id (question));

      if (g_strcmp0 (current_id (session), bpg_check_question_get_id (question)) != 0)
        g_error ("The question \"%s\" could not be reached", bpg_check_question_get_id (question));
    }
}

static void
test_restart_clears (void)
{
  g_autoptr(BpgCheckSession) session = bpg_check_session_new (questionnaire);
  guint n = bpg_check_questionnaire_get_n_questions (questionnaire);

  answer_no_until (session, "fever");
  bpg_check_session_answer (session, BPG_CHECK_ANSWER_YES);
  answer_no_until (session, NULL);
  g_assert_nonnull (bpg_check_session_get_outcome (session));
  g_assert_true (bpg_check_session_get_started (session));

  bpg_check_session_restart (session);
  g_assert_false (bpg_check_session_get_finished (session));
  g_assert_false (bpg_check_session_get_started (session));
  g_assert_null (bpg_check_session_get_outcome (session));
  g_assert_cmpuint (bpg_check_session_get_position (session), ==, 0);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (bpg_check_session_get_answer (session, i), ==, BPG_CHECK_ANSWER_NONE);
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           gpointer    user_data)
{
  guint *count = user_data;

  (*count)++;
}

static void
test_notifies (void)
{
  g_autoptr(BpgCheckSession) session = bpg_check_session_new (questionnaire);
  guint question = 0, finished = 0;

  g_signal_connect (session, "notify::question", G_CALLBACK (notify_cb), &question);
  g_signal_connect (session, "notify::finished", G_CALLBACK (notify_cb), &finished);

  bpg_check_session_answer (session, BPG_CHECK_ANSWER_NO);
  g_assert_cmpuint (question, ==, 1);
  g_assert_cmpuint (finished, ==, 0);
  bpg_check_session_answer (session, BPG_CHECK_ANSWER_YES);
  g_assert_cmpuint (question, ==, 2);
  g_assert_cmpuint (finished, ==, 1);
}

static void
test_report (void)
{
  g_autoptr(BpgCheckSession) session = bpg_check_session_new (questionnaire);
  g_autoptr(BpgReport) report = NULL;
  g_autofree char *text = NULL;

  answer_no_until (session, "weight-loss");
  bpg_check_session_answer (session, BPG_CHECK_ANSWER_NOT_SURE);
  answer_no_until (session, NULL);

  report = bpg_check_outcome_create_report (bpg_check_session_get_outcome (session));

  /* Starting again does not change a summary already made. */
  bpg_check_session_restart (session);

  text = bpg_report_dup_text (report);
  g_assert_nonnull (strstr (text, "Symptom Check Summary\n"));
  g_assert_nonnull (strstr (text, "Check done on: "));
  g_assert_nonnull (strstr (text, "What to do: Call 111 now\n"));
  g_assert_nonnull (strstr (text, "How soon: Today\n"));
  g_assert_nonnull (strstr (text, "Urgent: get help today: Call 111 now"));
  g_assert_nonnull (strstr (text, "Why\n• Weight loss without trying, or for no reason you know of\n"));
  g_assert_nonnull (strstr (text, "Answers you were not sure about (counted as yes)\n"
                                  "• Weight loss without trying, or for no reason you know of\n"));
  g_assert_nonnull (strstr (text, "Have you lost weight without trying, or for no reason you know of? "
                                  "| Not sure\n"));
  g_assert_nonnull (strstr (text, "Do you have chest pain as well as your back pain? | No\n"));
  g_assert_nonnull (strstr (text, "If anything changes or gets worse"));
  g_assert_nonnull (strstr (text, "call 999"));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  questionnaire = load_questionnaire ();

  g_test_add_func ("/check-session/all-no", test_all_no);
  g_test_add_func ("/check-session/emergency-stops-at-once", test_emergency_stops_at_once);
  g_test_add_func ("/check-session/every-emergency-question-stops",
                   test_every_emergency_question_stops);
  g_test_add_func ("/check-session/back-keeps-answers", test_back_keeps_answers);
  g_test_add_func ("/check-session/change-answer-changes-outcome",
                   test_change_answer_changes_outcome);
  g_test_add_func ("/check-session/section-steps", test_section_steps);
  g_test_add_func ("/check-session/rule-needs-both", test_rule_needs_both);
  g_test_add_func ("/check-session/every-question-reachable", test_every_question_reachable);
  g_test_add_func ("/check-session/restart-clears", test_restart_clears);
  g_test_add_func ("/check-session/notifies", test_notifies);
  g_test_add_func ("/check-session/report", test_report);

  status = g_test_run ();
  g_object_unref (questionnaire);

  return status;
}
