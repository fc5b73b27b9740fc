/* test-check-engine.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bpg-check-questionnaire.h"
#include "bpg-json.h"
#include "bpg-warning-sign.h"

/* The symptom check's outcome, against every combination of answers that can
 * be tried, and a reference written here from the leaflets' rules.
 *
 * What is covered, and why that is enough.
 *
 * There are 26 questions with four possible answers each (yes, no, not sure,
 * none), so 4^26 (about 4.5 x 10^15) combinations: too many to try one by one. The
 * engine is built so that they need not be:
 *
 *  1. Each answer is first reduced to one flag per question (worrying or
 *     not), by a function of that answer alone.
 *  2. A trigger (a warning sign, or a rule) fires when all its questions are
 *     flagged. No trigger uses more than two questions; test_data_matches_spec
 *     checks this against the data file itself.
 *  3. The outcome is the highest level of any trigger that fires.
 *
 * So the outcome for any combination is the maximum, over triggers, of a
 * function of at most two answers. The tests below try:
 *
 *  - every answer to every question, with all the other questions at each
 *    of the four answers and at the reassuring answer (step 1, for every
 *    question, in every setting);
 *  - every pair of questions with every pair of answers, the rest reassuring
 *    or unanswered (so every trigger's whole truth table, since a trigger
 *    needs at most two questions);
 *  - every combination within each part of the check: the 14 emergency
 *    questions with yes, no or not sure (3^14 = 4,782,969), and the other
 *    warning signs and the questions about how the pain is going with all
 *    four answers (4^10 and 4^2);
 *  - 2,000,000 full combinations drawn with a fixed seed, compared with the
 *    reference, each with one answer then moved towards more concern to
 *    check the outcome never drops.
 *
 * The reference (reference_level) is written independently of the engine:
 * it lists the leaflets' signs and rules by question ID and knows nothing of
 * the data file's levels. If the data file and this list disagree, the
 * tests fail. */

#define N_RANDOM 2000000

typedef struct
{
  const char    *id;
  BpgCheckLevel  level;
} Sign;

typedef struct
{
  const char    *first;
  const char    *second;
  BpgCheckLevel  level;
} Rule;

/* From the leaflets, the more urgent advice winning, with the NHS website's
 * back pain page for a serious accident, chest pain, a fever, weight loss and
 * severe night pain (see data/clinical-safety/hazard-log.md). */
static const Sign signs[] = {
  { "both-legs", BPG_CHECK_LEVEL_EMERGENCY },
  { "saddle", BPG_CHECK_LEVEL_EMERGENCY },
  { "back-passage", BPG_CHECK_LEVEL_EMERGENCY },
  { "wiping", BPG_CHECK_LEVEL_EMERGENCY },
  { "urine-flow", BPG_CHECK_LEVEL_EMERGENCY },
  { "urine-feeling", BPG_CHECK_LEVEL_EMERGENCY },
  { "urine-leak", BPG_CHECK_LEVEL_EMERGENCY },
  { "bladder", BPG_CHECK_LEVEL_EMERGENCY },
  { "bowel-control", BPG_CHECK_LEVEL_EMERGENCY },
  { "bowel-feeling", BPG_CHECK_LEVEL_EMERGENCY },
  { "erection", BPG_CHECK_LEVEL_EMERGENCY },
  { "sex-feeling", BPG_CHECK_LEVEL_EMERGENCY },
  { "serious-accident", BPG_CHECK_LEVEL_EMERGENCY },
  { "chest-pain", BPG_CHECK_LEVEL_EMERGENCY },
  { "history", BPG_CHECK_LEVEL_SOON },
  { "weight-loss", BPG_CHECK_LEVEL_URGENT },
  { "unwell", BPG_CHECK_LEVEL_SOON },
  { "fever", BPG_CHECK_LEVEL_URGENT },
  { "night-pain", BPG_CHECK_LEVEL_URGENT },
  { "night-sweats", BPG_CHECK_LEVEL_SOON },
  { "leg-weakness", BPG_CHECK_LEVEL_SOON },
  { "fall-injury", BPG_CHECK_LEVEL_SOON },
};

/* The cauda equina signs, which must always mean an emergency. */
static const char * const cauda_equina[] = {
  "both-legs", "saddle", "back-passage", "wiping", "urine-flow", "urine-feeling",
  "urine-leak", "bladder", "bowel-control", "bowel-feeling", "erection", "sex-feeling",
};

static const Rule rules[] = {
  { "history", "no-clear-reason", BPG_CHECK_LEVEL_URGENT },
  { "unwell", "appetite", BPG_CHECK_LEVEL_URGENT },
  { "six-weeks", "not-improving", BPG_CHECK_LEVEL_SOON },
};

static const BpgCheckAnswer all_answers[] = {
  BPG_CHECK_ANSWER_NONE, BPG_CHECK_ANSWER_NO, BPG_CHECK_ANSWER_NOT_SURE, BPG_CHECK_ANSWER_YES,
};

static BpgCheckQuestionnaire *questionnaire;
static guint n_questions;
static BpgCheckAnswer *reassuring_answers;   /* per question */
static guint sign_index[G_N_ELEMENTS (signs)];
static guint rule_index[G_N_ELEMENTS (rules)][2];

static JsonNode *
read_data_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "content",
                                                 "questions.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *data = NULL;
  JsonNode *node;
  gsize len;

  g_assert_true (g_file_get_contents (path, &data, &len, &error));
  bytes = g_bytes_new_take (g_steal_pointer (&data), len);
  node = bpg_json_parse (bytes, "questions.json", &error);
  g_assert_no_error (error);

  return node;
}

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

static guint
index_of (const char *id)
{
  int index = bpg_check_questionnaire_find (questionnaire, id);

  if (index < 0)
    g_error ("The question \"%s\" is missing from questions.json", id);

  return index;
}

/* The reassuring answer: no, for every question. */
static BpgCheckAnswer
reassuring (guint index)
{
  return reassuring_answers[index];
}

static void
set_up_reference (void)
{
  reassuring_answers = g_new0 (BpgCheckAnswer, n_questions);
  for (guint i = 0; i < n_questions; i++)
    reassuring_answers[i] = BPG_CHECK_ANSWER_NO;

  for (guint i = 0; i < G_N_ELEMENTS (signs); i++)
    sign_index[i] = index_of (signs[i].id);
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      rule_index[i][0] = index_of (rules[i].first);
      rule_index[i][1] = index_of (rules[i].second);
    }
}

/* Worrying, written without the engine: anything but the reassuring answer. */
static gboolean
reference_flag (const BpgCheckAnswer *answers,
                guint                 index)
{
  return answers[index] != reassuring (index);
}

static BpgCheckLevel
reference_level (const BpgCheckAnswer *answers)
{
  BpgCheckLevel level = BPG_CHECK_LEVEL_SELF_CARE;

  for (guint i = 0; i < G_N_ELEMENTS (signs); i++)
    if (reference_flag (answers, sign_index[i]))
      level = MAX (level, signs[i].level);

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    if (reference_flag (answers, rule_index[i][0]) && reference_flag (answers, rule_index[i][1]))
      level = MAX (level, rules[i].level);

  return level;
}

/* How worrying an answer is, for checking that more concern never lowers the
 * outcome: reassuring < not sure < worrying; no answer counts as not sure. */
static int
concern_rank (guint          index,
              BpgCheckAnswer answer)
{
  if (answer == reassuring (index))
    return 0;
  if (answer == BPG_CHECK_ANSWER_NOT_SURE || answer == BPG_CHECK_ANSWER_NONE)
    return 1;
  return 2;
}

static void
assert_matches_reference (const BpgCheckAnswer *answers)
{
  BpgCheckLevel level = bpg_check_questionnaire_evaluate (questionnaire, answers);
  BpgCheckLevel expected = reference_level (answers);

  if (level != expected)
    {
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint i = 0; i < n_questions; i++)
        g_string_append_printf (text, " %s=%s",
                                bpg_check_question_get_id (
                                  bpg_check_questionnaire_get_question (questionnaire, i)),
                                bpg_check_answer_to_string (answers[i]));
      g_error ("Outcome %s, expected %s, for:%s", bpg_check_level_to_string (level),
               bpg_check_level_to_string (expected), text->str);
    }
}

static void
fill_reassuring (BpgCheckAnswer *answers)
{
  for (guint i = 0; i < n_questions; i++)
    answers[i] = reassuring (i);
}

static void
test_data_matches_spec (void)
{
  g_autoptr(JsonNode) node = read_data_file ();
  JsonObject *root = json_node_get_object (node);
  JsonArray *data_rules = json_object_get_array_member (root, "rules");
  g_autoptr(GListModel) sign_list = bpg_warning_sign_list_new (NULL, NULL);
  guint n_signs = 0;

  /* Every warning sign in the data is in the reference, at the same level,
   * and the other way round. */
  for (guint i = 0; i < n_questions; i++)
    {
      BpgCheckQuestion *question = bpg_check_questionnaire_get_question (questionnaire, i);
      const char *id = bpg_check_question_get_id (question);
      gboolean found = FALSE;

      for (guint j = 0; j < G_N_ELEMENTS (signs); j++)
        {
          if (!g_str_equal (signs[j].id, id))
            continue;
          found = TRUE;
          g_assert_cmpint (bpg_check_question_get_level (question), ==, signs[j].level);
        }

      if (bpg_check_question_is_warning_sign (question))
        {
          n_signs++;
          if (!found)
            g_error ("%s is a warning sign that the reference does not know", id);
        }
      else if (found)
        g_error ("%s is in the reference but not a warning sign in the data", id);
    }
  g_assert_cmpuint (n_signs, ==, G_N_ELEMENTS (signs));

  /* Same rules, each with at most two questions (see the comment at the top). */
  g_assert_cmpuint (json_array_get_length (data_rules), ==, G_N_ELEMENTS (rules));
  for (guint i = 0; i < json_array_get_length (data_rules); i++)
    {
      JsonObject *rule = json_array_get_object_element (data_rules, i);
      BpgWarningSign *sign = bpg_warning_sign_list_find (
                               sign_list, json_object_get_string_member (rule, "sign"));
      const char * const *when = bpg_warning_sign_get_when (sign);

      g_assert_cmpuint (g_strv_length ((char **)when), ==, 2);
      g_assert_cmpstr (when[0], ==, rules[i].first);
      g_assert_cmpstr (when[1], ==, rules[i].second);
      g_assert_cmpint (bpg_warning_sign_get_level (sign), ==, rules[i].level);
    }
}

static void
test_all_no_is_self_care (void)
{
  g_autofree BpgCheckAnswer *answers = g_new0 (BpgCheckAnswer, n_questions);

  /* Literally "No" to everything: every question's reassuring answer. */
  for (guint i = 0; i < n_questions; i++)
    answers[i] = BPG_CHECK_ANSWER_NO;
  g_assert_cmpint (bpg_check_questionnaire_evaluate (questionnaire, answers), ==,
                   BPG_CHECK_LEVEL_SELF_CARE);

  fill_reassuring (answers);
  g_assert_cmpint (bpg_check_questionnaire_evaluate (questionnaire, answers), ==,
                   BPG_CHECK_LEVEL_SELF_CARE);

  /* And nothing answered at all is never self-care. */
  memset (answers, 0, sizeof (BpgCheckAnswer) * n_questions);
  g_assert_cmpint (bpg_check_questionnaire_evaluate (questionnaire, answers), ==,
                   BPG_CHECK_LEVEL_EMERGENCY);
}

static void
test_cauda_equina_is_emergency (void)
{
  g_autofree BpgCheckAnswer *answers = g_new0 (BpgCheckAnswer, n_questions);
  guint checked = 0;

  /* Yes or not sure to any cauda equina sign, whatever every other answer
   * is (tried at each of the four answers, and at the reassuring one). */
  for (guint c = 0; c < G_N_ELEMENTS (cauda_equina); c++)
    for (guint background = 0; background <= G_N_ELEMENTS (all_answers); background++)
      for (guint a = BPG_CHECK_ANSWER_NOT_SURE; a <= BPG_CHECK_ANSWER_YES; a++)
        {
          if (background < G_N_ELEMENTS (all_answers))
            for (guint i = 0; i < n_questions; i++)
              answers[i] = all_answers[background];
          else
            fill_reassuring (answers);

          answers[index_of (cauda_equina[c])] = a;
          g_assert_cmpint (bpg_check_questionnaire_evaluate (questionnaire, answers), ==,
                           BPG_CHECK_LEVEL_EMERGENCY);
          g_assert_cmpint (bpg_check_questionnaire_evaluate_answered (questionnaire, answers),
                           ==, BPG_CHECK_LEVEL_EMERGENCY);
          checked++;
        }

  g_assert_cmpuint (checked, ==, 12 * 5 * 2);
}

static void
test_uncertain_sign_never_self_care (void)
{
  g_autofree BpgCheckAnswer *answers = g_new0 (BpgCheckAnswer, n_questions);

  for (guint i = 0; i < n_questions; i++)
    {
      BpgCheckQuestion *question = bpg_check_questionnaire_get_question (questionnaire, i);

      if (!bpg_check_question_is_warning_sign (question))
        continue;

      /* Yes, not sure, or no answer, to one warning sign, the rest
       * reassuring. */
      fill_reassuring (answers);
      answers[i] = BPG_CHECK_ANSWER_YES;
      g_assert_cmpint (bpg_check_questionnaire_evaluate (questionnaire, answers), >=,
                       bpg_check_question_get_level (question));
      answers[i] = BPG_CHECK_ANSWER_NOT_SURE;
      g_assert_cmpint (bpg_check_questionnaire_evaluate (questionnaire, answers), >=,
                       bpg_check_question_get_level (question));
      answers[i] = BPG_CHECK_ANSWER_NONE;
      g_assert_cmpint (bpg_check_questionnaire_evaluate (questionnaire, answers), >=,
                       bpg_check_question_get_level (question));
      g_assert_cmpint (bpg_check_questionnaire_evaluate (questionnaire, answers), >,
                       BPG_CHECK_LEVEL_SELF_CARE);
    }
}

/* Every sign made of two answers (a rule) with each of its answers Yes or
 * Not sure is never self-care, and reaches the rule's level. */
static void
test_uncertain_rule_never_self_care (void)
{
  g_autofree BpgCheckAnswer *answers = g_new0 (BpgCheckAnswer, n_questions);
  static const BpgCheckAnswer worrying[] = { BPG_CHECK_ANSWER_YES, BPG_CHECK_ANSWER_NOT_SURE };

  for (guint r = 0; r < G_N_ELEMENTS (rules); r++)
    for (guint a = 0; a < G_N_ELEMENTS (worrying); a++)
      for (guint b = 0; b < G_N_ELEMENTS (worrying); b++)
        {
          fill_reassuring (answers);
          answers[rule_index[r][0]] = worrying[a];
          answers[rule_index[r][1]] = worrying[b];
          g_assert_cmpint (bpg_check_questionnaire_evaluate (questionnaire, answers), >=,
                           rules[r].level);
          g_assert_cmpint (bpg_check_questionnaire_evaluate (questionnaire, answers), >,
                           BPG_CHECK_LEVEL_SELF_CARE);
        }
}

/* Every question is asked so that Yes is the worrying answer and No the
 * reassuring one: a patient never has to answer No to raise a concern. */
static void
test_worrying_answer_is_yes (void)
{
  for (guint i = 0; i < n_questions; i++)
    {
      BpgCheckQuestion *question = bpg_check_questionnaire_get_question (questionnaire, i);

      if (bpg_check_question_get_concern (question) != BPG_CHECK_ANSWER_YES ||
          !bpg_check_question_is_flagged_by (question, BPG_CHECK_ANSWER_YES) ||
          bpg_check_question_is_flagged_by (question, BPG_CHECK_ANSWER_NO))
        g_error ("The worrying answer to \"%s\" is not Yes",
                 bpg_check_question_get_text (question));
    }
}

static void
test_every_answer_every_background (void)
{
  g_autofree BpgCheckAnswer *answers = g_new0 (BpgCheckAnswer, n_questions);
  guint n = 0;

  for (guint q = 0; q < n_questions; q++)
    for (guint background = 0; background <= G_N_ELEMENTS (all_answers); background++)
      for (guint a = 0; a < G_N_ELEMENTS (all_answers); a++)
        {
          if (background < G_N_ELEMENTS (all_answers))
            for (guint i = 0; i < n_questions; i++)
              answers[i] = all_answers[background];
          else
            fill_reassuring (answers);

          answers[q] = all_answers[a];
          assert_matches_reference (answers);
          n++;
        }

  g_assert_cmpuint (n, ==, n_questions * 5 * 4);
}

static void
test_every_pair (void)
{
  g_autofree BpgCheckAnswer *answers = g_new0 (BpgCheckAnswer, n_questions);
  guint n = 0;

  for (guint background = 0; background < 2; background++)
    for (guint p = 0; p < n_questions; p++)
      for (guint q = p + 1; q < n_questions; q++)
        for (guint a = 0; a < G_N_ELEMENTS (all_answers); a++)
          for (guint b = 0; b < G_N_ELEMENTS (all_answers); b++)
            {
              BpgCheckLevel level;

              if (background == 0)
                fill_reassuring (answers);
              else
                memset (answers, 0, sizeof (BpgCheckAnswer) * n_questions);
              answers[p] = all_answers[a];
              answers[q] = all_answers[b];
              assert_matches_reference (answers);
              level = bpg_check_questionnaire_evaluate (questionnaire, answers);

              /* Moving either answer to the worrying one never lowers it. */
              answers[p] = reassuring (p) == BPG_CHECK_ANSWER_NO ? BPG_CHECK_ANSWER_YES
                                                                 : BPG_CHECK_ANSWER_NO;
              g_assert_cmpint (bpg_check_questionnaire_evaluate (questionnaire, answers), >=,
                               level);
              n++;
            }

  g_assert_cmpuint (n, ==, 2 * (n_questions * (n_questions - 1) / 2) * 16);
}

/* Tries every combination of @choices over the questions of @section, the
 * others reassuring. Returns how many were tried. */
static guint64
try_section (const char           *section,
             const BpgCheckAnswer *choices,
             guint                 n_choices)
{
  g_autofree BpgCheckAnswer *answers = g_new0 (BpgCheckAnswer, n_questions);
  g_autofree guint *members = g_new0 (guint, n_questions);
  g_autofree guint *digits = g_new0 (guint, n_questions);
  guint n_members = 0;
  guint64 n = 0;

  for (guint i = 0; i < n_questions; i++)
    {
      BpgCheckQuestion *question = bpg_check_questionnaire_get_question (questionnaire, i);

      if (g_strcmp0 (bpg_check_question_get_section_title (question), section) == 0)
        members[n_members++] = i;
    }
  g_assert_cmpuint (n_members, >, 0);
  g_test_message ("%s: %u questions", section, n_members);

  fill_reassuring (answers);
  for (;;)
    {
      guint d;

      for (guint m = 0; m < n_members; m++)
        answers[members[m]] = choices[digits[m]];
      assert_matches_reference (answers);
      n++;

      /* Count on, in base n_choices. */
      for (d = 0; d < n_members && ++digits[d] == n_choices; d++)
        digits[d] = 0;
      if (d == n_members)
        break;
    }

  return n;
}

static const char *
section_of (const char *id)
{
  return bpg_check_question_get_section_title (
           bpg_check_questionnaire_get_question (questionnaire, index_of (id)));
}

static void
test_every_combination_per_section (void)
{
  static const BpgCheckAnswer given[] = {
    BPG_CHECK_ANSWER_NO, BPG_CHECK_ANSWER_NOT_SURE, BPG_CHECK_ANSWER_YES,
  };

  g_assert_cmpuint (try_section (section_of ("both-legs"), given, 3), ==, 4782969);
  g_assert_cmpuint (try_section (section_of ("fever"), all_answers, 4), ==, 1048576);
  g_assert_cmpuint (try_section (section_of ("six-weeks"), all_answers, 4), ==, 16);
}

static void
test_random_combinations (void)
{
  g_autofree BpgCheckAnswer *answers = g_new0 (BpgCheckAnswer, n_questions);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20260312);

  for (guint n = 0; n < N_RANDOM; n++)
    {
      BpgCheckLevel level;
      guint q;

      for (guint i = 0; i < n_questions; i++)
        answers[i] = all_answers[g_rand_int_range (rand, 0, 4)];
      assert_matches_reference (answers);
      level = bpg_check_questionnaire_evaluate (questionnaire, answers);

      /* Move one answer towards more concern: the outcome never drops. */
      q = g_rand_int_range (rand, 0, n_questions);
      for (guint a = 0; a < G_N_ELEMENTS (all_answers); a++)
        {
          BpgCheckAnswer before = answers[q];

          if (concern_rank (q, all_answers[a]) < concern_rank (q, before))
            continue;
          answers[q] = all_answers[a];
          g_assert_cmpint (bpg_check_questionnaire_evaluate (questionnaire, answers), >=, level);
          answers[q] = before;
        }
    }
}

static void
test_reasons_explain_level (void)
{
  g_autofree BpgCheckAnswer *answers = g_new0 (BpgCheckAnswer, n_questions);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  /* The reasons given always include one at the outcome's level, and none
   * above it: the page never says "why" with the wrong reason. */
  for (guint n = 0; n < 20000; n++)
    {
      g_autoptr(GArray) reasons = NULL;
      BpgCheckLevel level;
      gboolean found = FALSE;

      for (guint i = 0; i < n_questions; i++)
        answers[i] = g_rand_int_range (rand, 0, 3) == 0
                     ? all_answers[g_rand_int_range (rand, 0, 4)] : reassuring (i);
      level = bpg_check_questionnaire_evaluate (questionnaire, answers);
      reasons = bpg_check_questionnaire_get_reasons (questionnaire, answers);

      for (guint r = 0; r < reasons->len; r++)
        {
          BpgCheckReason *reason = &g_array_index (reasons, BpgCheckReason, r);

          g_assert_cmpint (reason->level, <=, level);
          found |= reason->level == level;
          if (r > 0)
            g_assert_cmpint (reason->level, <=,
                             g_array_index (reasons, BpgCheckReason, r - 1).level);
        }
      g_assert_true (found || level == BPG_CHECK_LEVEL_SELF_CARE);
      g_assert_true (reasons->len > 0 || level == BPG_CHECK_LEVEL_SELF_CARE);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);

  questionnaire = load_questionnaire ();
  n_questions = bpg_check_questionnaire_get_n_questions (questionnaire);
  set_up_reference ();

  g_test_add_func ("/check-engine/data-matches-spec", test_data_matches_spec);
  g_test_add_func ("/check-engine/all-no-is-self-care", test_all_no_is_self_care);
  g_test_add_func ("/check-engine/cauda-equina-is-emergency", test_cauda_equina_is_emergency);
  g_test_add_func ("/check-engine/uncertain-sign-never-self-care",
                   test_uncertain_sign_never_self_care);
  g_test_add_func ("/check-engine/uncertain-rule-never-self-care",
                   test_uncertain_rule_never_self_care);
  g_test_add_func ("/check-engine/worrying-answer-is-yes", test_worrying_answer_is_yes);
  g_test_add_func ("/check-engine/every-answer-every-background",
                   test_every_answer_every_background);
  g_test_add_func ("/check-engine/every-pair", test_every_pair);
  g_test_add_func ("/check-engine/every-combination-per-section",
                   test_every_combination_per_section);
  g_test_add_func ("/check-engine/random-combinations", test_random_combinations);
  g_test_add_func ("/check-engine/reasons-explain-level", test_reasons_explain_level);

  status = g_test_run ();
  g_object_unref (questionnaire);
  g_free (reassuring_answers);

  return status;
}
