/* test-check-data.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bpg-check-questionnaire.h"
#include "bpg-content.h"
#include "bpg-error.h"
#include "bpg-json.h"

/* The questions file: the real one loads and is complete, and each kind of
 * mistake in it stops it loading with a message that names the problem, so
 * the app shows the urgent-help advice instead of a wrong check. Each broken
 * file is the real one with one thing changed. */

typedef void (*BreakFunc) (JsonObject *root);

static char *
data_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "..", "data", "content", name, NULL);
}

static JsonNode *
read_real_file (void)
{
  g_autofree char *path = data_path ("questions.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_file (parser, path, &error);
  g_assert_no_error (error);

  return json_node_copy (json_parser_get_root (parser));
}

static BpgCheckQuestionnaire *
load_text (const char  *text,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return bpg_check_questionnaire_new_from_bytes (bytes, NULL, error);
}

/* Loads the real file after @func has broken it, and checks the message. */
static void
assert_broken (BreakFunc   func,
               int         code,
               const char *message)
{
  g_autoptr(JsonNode) root = read_real_file ();
  g_autoptr(BpgCheckQuestionnaire) questionnaire = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  func (json_node_get_object (root));
  text = json_to_string (root, FALSE);
  questionnaire = load_text (text, &error);

  g_assert_null (questionnaire);
  g_assert_error (error, BPG_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

static JsonObject *
question (JsonObject *root,
          guint       index)
{
  return json_array_get_object_element (json_object_get_array_member (root, "questions"), index);
}

static JsonObject *
find_question (JsonObject *root,
               const char *id)
{
  JsonArray *questions = json_object_get_array_member (root, "questions");

  for (guint i = 0; i < json_array_get_length (questions); i++)
    {
      JsonObject *object = json_array_get_object_element (questions, i);

      if (g_str_equal (json_object_get_string_member (object, "sign"), id))
        return object;
    }

  g_assert_not_reached ();
}

static void
test_real_file_loads (void)
{
  g_autofree char *path = data_path ("questions.json");
  g_autoptr(BpgCheckQuestionnaire) questionnaire = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  guint n;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  questionnaire = load_text (text, &error);
  g_assert_no_error (error);

  n = bpg_check_questionnaire_get_n_questions (questionnaire);
  g_assert_cmpuint (n, ==, 26);
  g_assert_cmpuint (g_list_model_get_n_items (bpg_check_questionnaire_get_questions (questionnaire)),
                    ==, n);

  for (guint i = 0; i < n; i++)
    {
      BpgCheckQuestion *q = bpg_check_questionnaire_get_question (questionnaire, i);

      /* Each is a question, with a note and a section. */
      g_assert_true (g_str_has_suffix (bpg_check_question_get_text (q), "?"));
      g_assert_nonnull (bpg_check_question_get_explanation (q));
      g_assert_nonnull (bpg_check_question_get_section_title (q));
      g_assert_nonnull (bpg_check_question_get_sources (q)[0]);
    }

  for (BpgCheckLevel level = 0; level < BPG_CHECK_N_LEVELS; level++)
    {
      g_assert_nonnull (bpg_check_questionnaire_get_outcome_title (questionnaire, level));
      g_assert_nonnull (bpg_check_questionnaire_get_outcome_when (questionnaire, level));
      g_assert_nonnull (bpg_check_questionnaire_get_outcome_action (questionnaire, level));
      g_assert_nonnull (bpg_check_questionnaire_get_outcome_tell (questionnaire, level)[0]);
    }

  /* The outcomes say what the leaflets say to do. */
  g_assert_nonnull (strstr (bpg_check_questionnaire_get_outcome_action (questionnaire,
                                                                        BPG_CHECK_LEVEL_EMERGENCY),
                            "A&E"));
  g_assert_nonnull (strstr (bpg_check_questionnaire_get_outcome_action (questionnaire,
                                                                        BPG_CHECK_LEVEL_EMERGENCY),
                            "999"));
  g_assert_nonnull (strstr (bpg_check_questionnaire_get_outcome_action (questionnaire,
                                                                        BPG_CHECK_LEVEL_URGENT),
                            "111"));
  g_assert_nonnull (strstr (bpg_check_questionnaire_get_notice (questionnaire, "safety-net"),
                            "111"));
  g_assert_nonnull (strstr (bpg_check_questionnaire_get_notice (questionnaire, "safety-net"),
                            "999"));
}

static void
test_outcome_pages_exist (void)
{
  g_autofree char *questions_path = data_path ("questions.json");
  g_autofree char *advice_path = data_path ("advice.json");
  g_autoptr(BpgCheckQuestionnaire) questionnaire = NULL;
  g_autoptr(BpgContent) content = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize len;

  g_file_get_contents (questions_path, &text, NULL, &error);
  questionnaire = load_text (text, &error);
  g_assert_no_error (error);
  g_clear_pointer (&text, g_free);

  g_file_get_contents (advice_path, &text, &len, &error);
  g_assert_no_error (error);
  bytes = g_bytes_new_take (g_steal_pointer (&text), len);
  content = bpg_content_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);

  /* Every advice page an outcome offers is a real page. */
  for (BpgCheckLevel level = 0; level < BPG_CHECK_N_LEVELS; level++)
    {
      const char * const *pages = bpg_check_questionnaire_get_outcome_pages (questionnaire, level);

      g_assert_nonnull (pages[0]);
      for (guint i = 0; pages[i] != NULL; i++)
        if (bpg_content_lookup_page (content, pages[i]) == NULL)
          g_error ("The %s outcome offers the page \"%s\", which does not exist",
                   bpg_check_level_to_string (level), pages[i]);
    }
}

/* Reads the C_() calls the extraction step wrote, as "context\004text". */
static GHashTable *
read_extracted (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  g_file_get_contents (CONTENT_STRINGS_FILE, &data, NULL, &error);
  g_assert_no_error (error);

  regex = g_regex_new ("C_\\(\"((?:[^\"\\\\]|\\\\.)*)\", \"((?:[^\"\\\\]|\\\\.)*)\"\\);",
                       0, 0, &error);
  g_assert_no_error (error);
  g_regex_match (regex, data, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *context = g_match_info_fetch (match, 1);
      g_autofree char *text = g_match_info_fetch (match, 2);
      g_autofree char *plain = g_strcompress (text);

      g_hash_table_add (set, g_strconcat (context, "\004", plain, NULL));
      g_match_info_next (match, NULL);
    }

  return set;
}

static void
test_every_string_extracted (void)
{
  g_autofree char *path = data_path ("questions.json");
  g_autoptr(BpgCheckQuestionnaire) questionnaire = NULL;
  g_autoptr(GHashTable) extracted = read_extracted ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char * const *msgids;
  GHashTableIter iter;
  gpointer key;
  guint n = 0;

  g_file_get_contents (path, &text, NULL, &error);
  questionnaire = load_text (text, &error);
  g_assert_no_error (error);
  msgids = bpg_check_questionnaire_get_msgids (questionnaire);

  /* Everything shown reaches translators with the context it is looked up
   * with, and nothing extracted is never looked up. */
  for (guint i = 0; msgids[i] != NULL; i++, n++)
    {
      if (!g_hash_table_remove (extracted, msgids[i]))
        g_error ("Not extracted for translation: %s", msgids[i]);
    }
  g_assert_cmpuint (n, >, 90);

  g_hash_table_iter_init (&iter, extracted);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (g_str_has_prefix (key, "check-"))
      g_error ("Extracted but never looked up: %s", (const char *)key);
}

static void
break_missing_level (JsonObject *root)
{
  JsonArray *outcomes = json_object_get_array_member (root, "outcomes");

  /* Drop the urgent outcome. */
  json_array_remove_element (outcomes, 1);
}

static void
break_unknown_sign (JsonObject *root)
{
  json_object_set_string_member (question (root, 0), "sign", "both-leg");
}

static void
break_missing_sign (JsonObject *root)
{
  json_object_remove_member (question (root, 0), "sign");
}

static void
break_rule_as_question (JsonObject *root)
{
  json_object_set_string_member (find_question (root, "fall-injury"), "sign", "not-settling");
}

static void
break_question_as_rule (JsonObject *root)
{
  json_object_set_string_member (json_array_get_object_element (
                                   json_object_get_array_member (root, "rules"), 1),
                                 "sign", "fever");
}

static void
break_duplicate_rule (JsonObject *root)
{
  json_object_set_string_member (json_array_get_object_element (
                                   json_object_get_array_member (root, "rules"), 2),
                                 "sign", "unwell-appetite");
}

static void
remove_question (JsonObject *root,
                 const char *id)
{
  JsonArray *questions = json_object_get_array_member (root, "questions");

  for (guint i = 0; i < json_array_get_length (questions); i++)
    if (g_str_equal (json_object_get_string_member (
                       json_array_get_object_element (questions, i), "sign"), id))
      {
        json_array_remove_element (questions, i);
        return;
      }

  g_assert_not_reached ();
}

static void
break_rule_question (JsonObject *root)
{
  remove_question (root, "appetite");
}

static void
break_sign_not_asked (JsonObject *root)
{
  remove_question (root, "fall-injury");
}

static void
break_empty_text (JsonObject *root)
{
  json_object_set_string_member (json_array_get_object_element (
                                   json_object_get_array_member (root, "sections"), 0),
                                 "title", "  ");
}

static void
break_misspelt_member (JsonObject *root)
{
  json_object_set_string_member (question (root, 3), "levle", "soon");
}

static void
break_order (JsonObject *root)
{
  JsonArray *questions = json_object_get_array_member (root, "questions");
  JsonNode *first = json_node_copy (json_array_get_element (questions, 0));

  /* Move the first emergency question to the end. */
  json_array_remove_element (questions, 0);
  json_array_add_element (questions, first);
}

static void
break_unused_question (JsonObject *root)
{
  /* "appetite" counts only through this rule. */
  json_array_remove_element (json_object_get_array_member (root, "rules"), 1);
}

static void
break_follow_up_rule (JsonObject *root)
{
  /* The rule unwell-appetite could then fire while "appetite" is skipped. */
  json_object_set_string_member (find_question (root, "appetite"), "ask-if", "history");
}

static void
break_ask_if_unknown (JsonObject *root)
{
  json_object_set_string_member (find_question (root, "appetite"), "ask-if", "unwel");
}

static void
break_ask_if_later (JsonObject *root)
{
  json_object_set_string_member (find_question (root, "appetite"), "ask-if", "fever");
}

static void
break_skippable_sign (JsonObject *root)
{
  json_object_set_string_member (find_question (root, "night-pain"), "ask-if", "unwell");
}

static void
break_duplicate_id (JsonObject *root)
{
  json_object_set_string_member (question (root, 1), "sign", "both-legs");
}

static void
break_unknown_section (JsonObject *root)
{
  json_object_set_string_member (question (root, 0), "section", "emergencies");
}

static void
break_notice (JsonObject *root)
{
  json_array_remove_element (json_object_get_array_member (root, "notices"), 0);
}

static void
break_no_questions (JsonObject *root)
{
  json_object_set_array_member (root, "questions", json_array_new ());
}

static void
break_newer_schema (JsonObject *root)
{
  json_object_set_int_member (root, "schema", 2);
}

static void
break_outcome_id (JsonObject *root)
{
  json_object_set_string_member (json_array_get_object_element (
                                   json_object_get_array_member (root, "outcomes"), 2),
                                 "id", "gp");
}

static void
break_duplicate_outcome (JsonObject *root)
{
  json_object_set_string_member (json_array_get_object_element (
                                   json_object_get_array_member (root, "outcomes"), 1),
                                 "id", "emergency");
}

static void
break_reviewed (JsonObject *root)
{
  json_object_set_string_member (root, "reviewed", "21/11/2026");
}

static void
test_malformed (void)
{
  static const struct {
    BreakFunc   func;
    int         code;
    const char *message;
  } cases[] = {
    { break_missing_level, BPG_ERROR_INVALID_DATA,
      "questions.json.outcomes has nothing for the level \"urgent\"" },
    { break_unknown_sign, BPG_ERROR_BROKEN_LINK,
      "questions[0].sign names \"both-leg\", which is not a warning sign" },
    { break_missing_sign, BPG_ERROR_INVALID_DATA, "questions[0].sign is missing" },
    { break_rule_as_question, BPG_ERROR_INVALID_DATA,
      "questions[23].sign \"not-settling\" is made of two answers, so it is a rule, "
      "not a question" },
    { break_question_as_rule, BPG_ERROR_INVALID_DATA,
      "rules[1].sign \"fever\" is a question, not a sign made of two answers" },
    { break_duplicate_rule, BPG_ERROR_INVALID_DATA,
      "rules[2].sign \"unwell-appetite\" is used twice" },
    { break_rule_question, BPG_ERROR_BROKEN_LINK,
      "rules[1] needs the answer to \"appetite\", which is not a question" },
    { break_sign_not_asked, BPG_ERROR_INVALID_DATA,
      "The warning sign \"fall-injury\" is not in the symptom check" },
    { break_empty_text, BPG_ERROR_INVALID_DATA, "sections[0].title is empty" },
    { break_misspelt_member, BPG_ERROR_INVALID_DATA,
      "questions[3] has an unknown member \"levle\"" },
    { break_order, BPG_ERROR_INVALID_DATA,
      "questions[25] is an emergency question after questions[24], which is not; "
      "emergency questions must come first" },
    { break_unused_question, BPG_ERROR_INVALID_DATA,
      "questions[18] (\"appetite\") has no level and no rule uses it, so its answer "
      "would change nothing" },
    { break_follow_up_rule, BPG_ERROR_INVALID_DATA,
      "rules[1] uses \"appetite\", which is asked only after \"history\", so it must use "
      "\"history\" too" },
    { break_ask_if_unknown, BPG_ERROR_BROKEN_LINK,
      "questions[18].ask-if names \"unwel\", which is not an earlier question" },
    { break_ask_if_later, BPG_ERROR_BROKEN_LINK,
      "questions[18].ask-if names \"fever\", which is not an earlier question" },
    { break_skippable_sign, BPG_ERROR_INVALID_DATA,
      "questions[20] has a level and an ask-if: a warning sign must always be asked" },
    { break_duplicate_id, BPG_ERROR_INVALID_DATA,
      "questions[1].sign \"both-legs\" is asked twice" },
    { break_unknown_section, BPG_ERROR_BROKEN_LINK,
      "questions[0].section names \"emergencies\", which is not a section" },
    { break_notice, BPG_ERROR_INVALID_DATA, "questions.json.notices has no \"safety-net\"" },
    { break_no_questions, BPG_ERROR_INVALID_DATA, "questions.json.questions is an empty list" },
    { break_newer_schema, BPG_ERROR_NEWER_VERSION,
      "The symptom check needs a newer version of this app" },
    { break_outcome_id, BPG_ERROR_INVALID_DATA,
      "outcomes[2].id \"gp\" must be emergency, urgent, soon or self-care" },
    { break_duplicate_outcome, BPG_ERROR_INVALID_DATA,
      "outcomes[1].id \"emergency\" is used twice" },
    { break_reviewed, BPG_ERROR_INVALID_DATA,
      "questions.json.reviewed \"21/11/2026\" must be a date written as YYYY-MM-DD" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    assert_broken (cases[i].func, cases[i].code, cases[i].message);
}

static void
test_not_json (void)
{
  g_autoptr(BpgCheckQuestionnaire) questionnaire = NULL;
  g_autoptr(GError) error = NULL;

  questionnaire = load_text ("{ \"schema\": 1, ", &error);
  g_assert_null (questionnaire);
  g_assert_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA);
  g_assert_true (g_str_has_prefix (error->message, "questions.json could not be read"));
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  GError **error = user_data;
  g_autoptr(BpgCheckQuestionnaire) questionnaire = NULL;

  questionnaire = bpg_check_questionnaire_load_finish (result, error);
  g_assert_null (questionnaire);
}

static void
test_missing_resource (void)
{
  GError *error = NULL;

  /* No resource is linked into this test, so loading fails with a reason
   * the view can show above the urgent-help advice. */
  bpg_check_questionnaire_load_async ("/nowhere/questions.json", NULL, NULL, loaded_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_error (error, G_RESOURCE_ERROR, G_RESOURCE_ERROR_NOT_FOUND);
  g_error_free (error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/check-data/real-file-loads", test_real_file_loads);
  g_test_add_func ("/check-data/outcome-pages-exist", test_outcome_pages_exist);
  g_test_add_func ("/check-data/every-string-extracted", test_every_string_extracted);
  g_test_add_func ("/check-data/malformed", test_malformed);
  g_test_add_func ("/check-data/not-json", test_not_json);
  g_test_add_func ("/check-data/missing-resource", test_missing_resource);

  return g_test_run ();
}
