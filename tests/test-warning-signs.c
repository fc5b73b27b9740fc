/* test-warning-signs.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bpg-appointment.h"
#include "bpg-check-questionnaire.h"
#include "bpg-content.h"
#include "bpg-json.h"
#include "bpg-report.h"
#include "bpg-warning-sign.h"

/* Each warning sign is written once (data/content/signs.json) and every
 * screen shows it from there. These tests check, sign by sign, that the
 * table compiled into the app is the data file, and that every place that
 * names a sign gives it the same level: the symptom check, the Get Help
 * ladder and urgent card lists, the advice pages' callouts and the
 * appointment summary. The widgets themselves are checked against the same
 * lists in test-help-ladder. */

static GListModel *signs;
static BpgCheckQuestionnaire *questionnaire;
static BpgContent *content;

static const BpgCheckLevel levels[] = {
  BPG_CHECK_LEVEL_EMERGENCY, BPG_CHECK_LEVEL_URGENT, BPG_CHECK_LEVEL_SOON,
};

static GBytes *
read_data (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "content",
                                                 name, NULL);
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize len;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);

  return g_bytes_new_take (data, len);
}

static const char *
member_or_null (JsonObject *object,
                const char *member)
{
  return json_object_has_member (object, member)
         ? json_object_get_string_member (object, member) : NULL;
}

static void
assert_strv_matches (const char * const *strv,
                     JsonObject         *object,
                     const char         *member)
{
  JsonArray *array = json_object_has_member (object, member)
                     ? json_object_get_array_member (object, member) : NULL;
  guint n = array != NULL ? json_array_get_length (array) : 0;

  g_assert_cmpuint (g_strv_length ((char **)strv), ==, n);
  for (guint i = 0; i < n; i++)
    g_assert_cmpstr (strv[i], ==, json_array_get_string_element (array, i));
}

/* The table the build wrote, which the urgent card shows, is the file. */
static void
test_table_matches_data (void)
{
  g_autoptr(GBytes) bytes = read_data ("signs.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) node = bpg_json_parse (bytes, "signs.json", &error);
  JsonObject *root;
  JsonArray *array;

  g_assert_no_error (error);
  root = json_node_get_object (node);

  array = json_object_get_array_member (root, "signs");
  g_assert_cmpuint (g_list_model_get_n_items (signs), ==, json_array_get_length (array));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      g_autoptr(BpgWarningSign) sign = g_list_model_get_item (signs, i);
      const char *level = member_or_null (object, "level");

      g_assert_cmpstr (bpg_warning_sign_get_id (sign), ==,
                       json_object_get_string_member (object, "id"));
      g_assert_cmpstr (bpg_check_level_to_string (bpg_warning_sign_get_level (sign)), ==,
                       level != NULL ? level : "self-care");
      g_assert_cmpstr (bpg_warning_sign_get_group (sign), ==, member_or_null (object, "group"));
      g_assert_cmpstr (bpg_warning_sign_get_list_text (sign), ==,
                       json_object_get_string_member (object, "list"));
      g_assert_cmpstr (bpg_warning_sign_get_question (sign), ==,
                       member_or_null (object, "question"));
      g_assert_cmpstr (bpg_warning_sign_get_note (sign), ==, member_or_null (object, "note"));
      g_assert_cmpstr (bpg_warning_sign_get_decision (sign), ==,
                       json_object_get_string_member (object, "decision"));
      assert_strv_matches (bpg_warning_sign_get_when (sign), object, "when");
      assert_strv_matches (bpg_warning_sign_get_sources (sign), object, "sources");
      for (guint s = 0; bpg_warning_sign_get_sources (sign)[s] != NULL; s++)
        g_assert_nonnull (bpg_warning_source_get_title (bpg_warning_sign_get_sources (sign)[s],
                                                        NULL));
    }

  array = json_object_get_array_member (root, "levels");
  g_assert_cmpuint (json_array_get_length (array), ==, G_N_ELEMENTS (levels));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);

      g_assert_cmpstr (bpg_warning_level_to_selector (levels[i]), ==,
                       json_object_get_string_member (object, "id"));
      g_assert_cmpstr (bpg_warning_level_get_title (levels[i], NULL), ==,
                       json_object_get_string_member (object, "title"));
      g_assert_cmpstr (bpg_warning_level_get_summary (levels[i], NULL), ==,
                       json_object_get_string_member (object, "summary"));
      g_assert_cmpstr (bpg_warning_level_get_text (levels[i], NULL), ==,
                       member_or_null (object, "text"));
    }

  array = json_object_get_array_member (root, "tell");
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonObject *object = json_array_get_object_element (array, i);
      const char *id = json_object_get_string_member (object, "id");

      g_assert_cmpstr (bpg_warning_tell_get_text (id, NULL), ==,
                       json_object_get_string_member (object, "text"));
      g_assert_cmpstr (bpg_warning_tell_get_sign (id), ==,
                       json_object_get_string_member (object, "sign"));
    }
}

/* The outcome when only @sign is worrying (both its answers, for a sign made
 * of two), answered @answer, and everything else No. */
static BpgCheckLevel
level_with_only (BpgWarningSign *sign,
                 BpgCheckAnswer  answer)
{
  guint n = bpg_check_questionnaire_get_n_questions (questionnaire);
  g_autofree BpgCheckAnswer *answers = g_new (BpgCheckAnswer, n);
  const char * const *when = bpg_warning_sign_get_when (sign);

  for (guint i = 0; i < n; i++)
    answers[i] = BPG_CHECK_ANSWER_NO;

  if (when[0] == NULL)
    {
      int index = bpg_check_questionnaire_find (questionnaire, bpg_warning_sign_get_id (sign));

      g_assert_cmpint (index, >=, 0);
      answers[index] = answer;
    }
  for (guint w = 0; when[w] != NULL; w++)
    {
      int index = bpg_check_questionnaire_find (questionnaire, when[w]);

      g_assert_cmpint (index, >=, 0);
      answers[index] = answer;
    }

  return bpg_check_questionnaire_evaluate (questionnaire, answers);
}

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

/* Whether the bulleted list @text has @item as one of its lines. */
static gboolean
list_has (const char *text,
          const char *item)
{
  g_auto(GStrv) lines = g_strsplit (text != NULL ? text : "", "\n", -1);
  g_autofree char *bullet = g_strconcat ("• ", item, NULL);

  return g_strv_contains ((const char * const *)lines, bullet);
}

/* Every callout on every advice page that lists @sign's words, and where. */
static guint
count_in_pages (BpgWarningSign *sign,
                const char     *page_id,
                gboolean        signs_blocks_only)
{
  GListModel *pages = bpg_content_get_pages (content);
  guint found = 0;

  for (guint p = 0; p < g_list_model_get_n_items (pages); p++)
    {
      g_autoptr(BpgPage) page = g_list_model_get_item (pages, p);
      GListModel *blocks = bpg_page_get_blocks (page);

      if (page_id != NULL && !g_str_equal (bpg_page_get_id (page), page_id))
        continue;

      for (guint b = 0; b < g_list_model_get_n_items (blocks); b++)
        {
          g_autoptr(BpgBlock) block = g_list_model_get_item (blocks, b);
          const char * const *items = bpg_block_get_items (block);

          if (items == NULL ||
              !g_strv_contains (items, bpg_warning_sign_get_list_text (sign)) ||
              (signs_blocks_only && bpg_block_get_signs (block) == NULL))
            continue;

          /* Wherever the sign's words are listed, the box has its level. */
          if (bpg_block_get_kind (block) != BPG_BLOCK_CALLOUT ||
              bpg_block_get_level (block) != callout_level (bpg_warning_sign_get_level (sign)))
            g_error ("The page \"%s\" lists \"%s\" in a box that is not at its level, %s",
                     bpg_page_get_id (page), bpg_warning_sign_get_id (sign),
                     bpg_check_level_to_string (bpg_warning_sign_get_level (sign)));
          found++;
        }
    }

  return found;
}

static void
assert_tell_level (BpgWarningSign *sign)
{
  static const char * const tell_ids[] = { "cancer", "fall", "injury" };

  for (guint t = 0; t < G_N_ELEMENTS (tell_ids); t++)
    {
      g_autoptr(BpgAppointment) appointment = NULL;
      g_autoptr(BpgReport) report = NULL;
      g_autofree char *text = NULL;
      g_autofree char *expected = NULL;

      if (g_strcmp0 (bpg_warning_tell_get_sign (tell_ids[t]), bpg_warning_sign_get_id (sign)))
        continue;

      appointment = bpg_appointment_new ();
      bpg_appointment_set_had_cancer (appointment, g_str_equal (tell_ids[t], "cancer"));
      bpg_appointment_set_had_fall (appointment, g_str_equal (tell_ids[t], "fall"));
      bpg_appointment_set_had_injury (appointment, g_str_equal (tell_ids[t], "injury"));
      report = bpg_appointment_create_report (appointment);
      text = bpg_report_dup_text (report);
      expected = g_strdup_printf ("%s (%s)", bpg_warning_tell_get_text (tell_ids[t], NULL),
                                  bpg_warning_level_get_summary (
                                    bpg_warning_sign_get_level (sign), NULL));
      if (strstr (text, expected) == NULL)
        g_error ("The appointment summary does not say \"%s\":\n%s", expected, text);
    }
}

static void
test_same_level_everywhere (void)
{
  guint n_signs = 0;

  for (guint i = 0; i < g_list_model_get_n_items (signs); i++)
    {
      g_autoptr(BpgWarningSign) sign = g_list_model_get_item (signs, i);
      BpgCheckLevel level = bpg_warning_sign_get_level (sign);

      if (!bpg_warning_sign_is_sign (sign))
        continue;
      n_signs++;

      /* The check: this sign alone gives its level, Yes or Not sure. */
      g_assert_cmpint (level_with_only (sign, BPG_CHECK_ANSWER_YES), ==, level);
      g_assert_cmpint (level_with_only (sign, BPG_CHECK_ANSWER_NOT_SURE), ==, level);

      /* The ladder's and the urgent card's lists: at its level, and only there. */
      for (guint l = 0; l < G_N_ELEMENTS (levels); l++)
        {
          g_autofree char *list = bpg_warning_sign_list_format (
                                    signs, bpg_warning_level_to_selector (levels[l]));

          if (list_has (list, bpg_warning_sign_get_list_text (sign)) != (levels[l] == level))
            g_error ("The ladder's %s list and the sign \"%s\" (%s) disagree",
                     bpg_check_level_to_string (levels[l]), bpg_warning_sign_get_id (sign),
                     bpg_check_level_to_string (level));
        }

      /* The urgent-help page lists it once, from the table, at its level;
       * no page lists it at another level. */
      g_assert_cmpuint (count_in_pages (sign, "urgent-help", TRUE), ==, 1);
      count_in_pages (sign, NULL, FALSE);

      /* The appointment summary's "Things I need to tell you". */
      assert_tell_level (sign);
    }

  g_assert_cmpuint (n_signs, >=, 25);
}

/* The words a sign had before it was written once: a hand-written list
 * that says any of them is a copy that can drift. */
static void
test_no_hand_copies_on_pages (void)
{
  GListModel *pages = bpg_content_get_pages (content);
  guint n_sign_blocks = 0;

  for (guint p = 0; p < g_list_model_get_n_items (pages); p++)
    {
      g_autoptr(BpgPage) page = g_list_model_get_item (pages, p);
      GListModel *blocks = bpg_page_get_blocks (page);

      for (guint b = 0; b < g_list_model_get_n_items (blocks); b++)
        {
          g_autoptr(BpgBlock) block = g_list_model_get_item (blocks, b);

          /* A callout at a warning level that lists items takes them from the
           * signs table. */
          if (bpg_block_get_kind (block) == BPG_BLOCK_CALLOUT &&
              bpg_block_get_level (block) != BPG_CALLOUT_INFO &&
              bpg_block_get_items (block) != NULL && bpg_block_get_signs (block) == NULL)
            g_error ("The page \"%s\" has a list of warning signs written by hand",
                     bpg_page_get_id (page));
          n_sign_blocks += bpg_block_get_signs (block) != NULL;
        }
    }

  g_assert_cmpuint (n_sign_blocks, >=, 6);
}

/* The ladder names every sign the check can act on: every question with a
 * level, and every sign made of two answers. */
static void
test_ladder_names_every_sign_the_check_uses (void)
{
  guint n_questions = bpg_check_questionnaire_get_n_questions (questionnaire);
  guint n = 0;

  for (guint i = 0; i < n_questions; i++)
    {
      BpgCheckQuestion *question = bpg_check_questionnaire_get_question (questionnaire, i);
      BpgWarningSign *sign = bpg_warning_sign_list_find (signs,
                                                         bpg_check_question_get_id (question));
      g_autofree char *list = NULL;

      g_assert_nonnull (sign);
      g_assert_cmpstr (bpg_check_question_get_text (question), ==,
                       bpg_warning_sign_get_question (sign));
      if (!bpg_check_question_is_warning_sign (question))
        continue;

      list = bpg_warning_sign_list_format (signs, bpg_warning_level_to_selector (
                                                    bpg_check_question_get_level (question)));
      g_assert_true (list_has (list, bpg_check_question_get_summary (question)));
      n++;
    }

  /* The rules: every reason the check can give is a line of the ladder. */
  for (guint i = 0; i < g_list_model_get_n_items (signs); i++)
    {
      g_autoptr(BpgWarningSign) sign = g_list_model_get_item (signs, i);
      g_autoptr(GArray) reasons = NULL;
      guint q = bpg_check_questionnaire_get_n_questions (questionnaire);
      g_autofree BpgCheckAnswer *answers = g_new (BpgCheckAnswer, q);
      const char * const *when = bpg_warning_sign_get_when (sign);

      if (when[0] == NULL)
        continue;
      for (guint a = 0; a < q; a++)
        answers[a] = BPG_CHECK_ANSWER_NO;
      for (guint w = 0; when[w] != NULL; w++)
        answers[bpg_check_questionnaire_find (questionnaire, when[w])] = BPG_CHECK_ANSWER_YES;
      reasons = bpg_check_questionnaire_get_reasons (questionnaire, answers);

      for (guint r = 0; r < reasons->len; r++)
        {
          BpgCheckReason *reason = &g_array_index (reasons, BpgCheckReason, r);
          g_autofree char *list = bpg_warning_sign_list_format (
                                    signs, bpg_warning_level_to_selector (reason->level));

          if (!list_has (list, reason->summary))
            g_error ("The check can give \"%s\", which the ladder does not name",
                     reason->summary);
          n++;
        }
    }

  g_assert_cmpuint (n, >=, 25);
}

/* Every string of the table reaches translators with the context it is
 * looked up with, and nothing of it is extracted but never looked up. */
static void
test_every_string_extracted (void)
{
  g_autoptr(GPtrArray) msgids = g_ptr_array_new_with_free_func (g_free);
  G_GNUC_UNUSED g_autoptr(GListModel) looked_up = bpg_warning_sign_list_new (NULL, msgids);
  g_autoptr(GHashTable) extracted = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                           g_free, NULL);
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  GHashTableIter iter;
  gpointer key;

  g_file_get_contents (CONTENT_STRINGS_FILE, &data, NULL, &error);
  g_assert_no_error (error);
  regex = g_regex_new ("C_\\(\"(sign[^\"]*)\", \"((?:[^\"\\\\]|\\\\.)*)\"\\);", 0, 0, &error);
  g_assert_no_error (error);
  g_regex_match (regex, data, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *context = g_match_info_fetch (match, 1);
      g_autofree char *text = g_match_info_fetch (match, 2);
      g_autofree char *plain = g_strcompress (text);

      g_hash_table_add (extracted, g_strconcat (context, "\004", plain, NULL));
    }

  for (guint i = 0; i < msgids->len; i++)
    if (!g_hash_table_remove (extracted, g_ptr_array_index (msgids, i)))
      g_error ("Not extracted for translation: %s", (char *)g_ptr_array_index (msgids, i));

  /* Levels, sources and things to tell are looked up one by one. */
  for (guint l = 0; l < G_N_ELEMENTS (levels); l++)
    {
      const char *id = bpg_warning_level_to_selector (levels[l]);
      const char *texts[] = {
        bpg_warning_level_get_title (levels[l], NULL),
        bpg_warning_level_get_summary (levels[l], NULL),
        bpg_warning_level_get_text (levels[l], NULL),
      };

      for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
        if (texts[t] != NULL)
          {
            g_autofree char *msgid = g_strconcat ("sign-level:", id, "\004", texts[t], NULL);

            g_assert_true (g_hash_table_remove (extracted, msgid));
          }
    }
  for (guint s = 0; s < 3; s++)
    {
      static const char * const sources[] = { "low-back-pain", "sciatica", "nhs-website" };
      static const char * const tells[] = { "cancer", "fall", "injury" };
      g_autofree char *source = g_strconcat ("sign-source:", sources[s], "\004",
                                             bpg_warning_source_get_title (sources[s], NULL),
                                             NULL);
      g_autofree char *tell = g_strconcat ("sign-tell:", tells[s], "\004",
                                           bpg_warning_tell_get_text (tells[s], NULL), NULL);

      g_assert_true (g_hash_table_remove (extracted, source));
      g_assert_true (g_hash_table_remove (extracted, tell));
    }

  g_hash_table_iter_init (&iter, extracted);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_error ("Extracted but never looked up: %s", (const char *)key);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GBytes) questions = NULL;
  g_autoptr(GBytes) advice = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  signs = bpg_warning_sign_list_new (NULL, NULL);
  questions = read_data ("questions.json");
  questionnaire = bpg_check_questionnaire_new_from_bytes (questions, NULL, &error);
  g_assert_no_error (error);
  advice = read_data ("advice.json");
  content = bpg_content_new_from_bytes (advice, NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/warning-signs/table-matches-data", test_table_matches_data);
  g_test_add_func ("/warning-signs/same-level-everywhere", test_same_level_everywhere);
  g_test_add_func ("/warning-signs/no-hand-copies-on-pages", test_no_hand_copies_on_pages);
  g_test_add_func ("/warning-signs/ladder-names-every-sign-the-check-uses",
                   test_ladder_names_every_sign_the_check_uses);
  g_test_add_func ("/warning-signs/every-string-extracted", test_every_string_extracted);

  status = g_test_run ();
  g_object_unref (content);
  g_object_unref (questionnaire);
  g_object_unref (signs);

  return status;
}
