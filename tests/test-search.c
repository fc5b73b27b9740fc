/* test-search.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "bpg-fold.h"
#include "bpg-search.h"

static BpgContent *
load_json (const char *json)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;
  BpgContent *content = bpg_content_new_from_bytes (bytes, NULL, &error);

  g_assert_no_error (error);
  return content;
}

static BpgContent *
load_shipped (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "content",
                                                 "advice.json", NULL);
  g_autofree char *data = NULL;

  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  return load_json (data);
}

static GBytes *
read_content_file (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "content",
                                                 name, NULL);
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &data, &len, &error));
  g_assert_no_error (error);
  return g_bytes_new_take (data, len);
}

static BpgSearchWords *
load_words (void)
{
  g_autoptr(GBytes) bytes = read_content_file ("words.json");
  g_autoptr(GError) error = NULL;
  BpgSearchWords *words = bpg_search_words_new_from_bytes (bytes, NULL, &error);

  g_assert_no_error (error);
  return words;
}

/* Search as the app builds it: every page, exercise and service, the
 * symptom check and the patients' words. */
static BpgSearch *
load_everything (void)
{
  g_autoptr(BpgContent) content = load_shipped ();
  g_autoptr(BpgSearchWords) words = load_words ();
  g_autoptr(GBytes) exercises_bytes = read_content_file ("exercises.json");
  g_autoptr(GBytes) services_bytes = read_content_file ("services.json");
  g_autoptr(BpgExerciseList) exercises = NULL;
  g_autoptr(BpgServiceCatalog) services = bpg_service_catalog_new ();
  g_autoptr(GError) error = NULL;
  BpgSearch *search = bpg_search_new (content);

  exercises = bpg_exercise_list_new_from_bytes (exercises_bytes, NULL, &error);
  g_assert_no_error (error);
  bpg_service_catalog_add_builtin (services, services_bytes, NULL, &error);
  g_assert_no_error (error);

  bpg_search_set_words (search, words);
  bpg_search_add_exercises (search, exercises);
  bpg_search_add_services (search, services);
  return search;
}

static const char *
page_id (BpgSearchResult *result)
{
  g_assert_cmpint (bpg_search_result_get_kind (result), ==, BPG_SEARCH_KIND_PAGE);
  return bpg_search_result_get_target (result);
}

/* A small content file in another language, so search is shown to work on
 * whatever text the reader sees, accents and all. */
static const char spanish[] =
  "{\"schema\": 1,"
  " \"sources\": [{\"id\": \"s\", \"title\": \"Ciática\", \"publisher\": \"NHS\"}],"
  " \"home\": [\"t\"],"
  " \"topics\": [{\"id\": \"t\", \"title\": \"Tema\", \"summary\": \"Resumen\", \"pages\": [\"a\", \"b\"]}],"
  " \"pages\": ["
  "  {\"id\": \"a\", \"title\": \"Dolor de espalda\", \"summary\": \"Qué es\", \"sources\": [\"s\"],"
  "   \"reviewed\": \"2026-11-21\", \"blocks\": ["
  "    {\"type\": \"paragraph\", \"text\": \"El dolor lumbar es muy común y casi nunca es grave.\"},"
  "    {\"type\": \"paragraph\", \"text\": \"La CIÁTICA baja por la pierna y suele mejorar en semanas.\"}]},"
  "  {\"id\": \"b\", \"title\": \"Ciática\", \"summary\": \"Nervios\", \"sources\": [\"s\"],"
  "   \"reviewed\": \"2026-11-21\", \"blocks\": ["
  "    {\"type\": \"heading\", \"text\": \"Sueño\"},"
  "    {\"type\": \"paragraph\", \"text\": \"Dormir bien ayuda con el dolor.\"}]}"
  " ]}";

static void
test_finds_page_by_body_word (void)
{
  g_autoptr(BpgContent) content = load_shipped ();
  g_autoptr(BpgSearch) search = bpg_search_new (content);
  g_autoptr(GListModel) results = bpg_search_query (search, "paracetamol");
  g_autoptr(BpgSearchResult) first = NULL;
  const char *snippet;
  gsize start, end;

  g_assert_cmpuint (g_list_model_get_n_items (results), >=, 1);
  first = g_list_model_get_item (results, 0);
  g_assert_cmpstr (page_id (first), ==, "painkillers");

  /* The snippet shows the word, and the match range covers exactly it. */
  snippet = bpg_search_result_get_snippet (first);
  bpg_search_result_get_match (first, &start, &end);
  g_assert_cmpint (g_ascii_strncasecmp (snippet + start, "paracetamol", end - start), ==, 0);
  g_assert_cmpuint (end - start, ==, strlen ("paracetamol"));
  g_assert_cmpint (bpg_search_result_get_block (first), >=, 0);
}

static void
test_title_ranks_first (void)
{
  g_autoptr(BpgContent) content = load_shipped ();
  g_autoptr(BpgSearch) search = bpg_search_new (content);
  g_autoptr(GListModel) results = bpg_search_query (search, "painkillers");
  g_autoptr(BpgSearchResult) first = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (results), >=, 1);
  first = g_list_model_get_item (results, 0);
  g_assert_cmpstr (page_id (first), ==, "painkillers");

  for (guint i = 1; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(BpgSearchResult) other = g_list_model_get_item (results, i);

      g_assert_cmpuint (bpg_search_result_get_score (other), <=,
                        bpg_search_result_get_score (first));
    }
}

static void
test_every_word_must_match (void)
{
  g_autoptr(BpgContent) content = load_shipped ();
  g_autoptr(BpgSearch) search = bpg_search_new (content);
  g_autoptr(GListModel) one = bpg_search_query (search, "sleep");
  g_autoptr(GListModel) both = bpg_search_query (search, "sleep hours");
  g_autoptr(GListModel) none = bpg_search_query (search, "sleep xylophone");

  g_assert_cmpuint (g_list_model_get_n_items (one), >, g_list_model_get_n_items (both));
  g_assert_cmpuint (g_list_model_get_n_items (both), >=, 1);
  g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);
}

static void
test_case_and_punctuation (void)
{
  g_autoptr(BpgContent) content = load_shipped ();
  g_autoptr(BpgSearch) search = bpg_search_new (content);
  g_autoptr(GListModel) lower = bpg_search_query (search, "cauda equina");
  g_autoptr(GListModel) upper = bpg_search_query (search, "  CAUDA, Equina! ");

  g_assert_cmpuint (g_list_model_get_n_items (lower), >=, 2);
  g_assert_cmpuint (g_list_model_get_n_items (lower), ==, g_list_model_get_n_items (upper));
}

static void
test_empty_query (void)
{
  g_autoptr(BpgContent) content = load_shipped ();
  g_autoptr(BpgSearch) search = bpg_search_new (content);
  g_autoptr(GListModel) blank = bpg_search_query (search, "   ");
  g_autoptr(GListModel) punct = bpg_search_query (search, "?!");

  g_assert_cmpuint (g_list_model_get_n_items (blank), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (punct), ==, 0);
}

static void
test_translated_text_and_accents (void)
{
  g_autoptr(BpgContent) content = load_json (spanish);
  g_autoptr(BpgSearch) search = bpg_search_new (content);
  g_autoptr(GListModel) plain = bpg_search_query (search, "ciatica");
  g_autoptr(GListModel) sueno = bpg_search_query (search, "SUENO");
  g_autoptr(BpgSearchResult) first = NULL;
  g_autoptr(BpgSearchResult) heading = NULL;
  const char *snippet;
  gsize start, end;

  /* Both pages mention it; the one with it in the title comes first. */
  g_assert_cmpuint (g_list_model_get_n_items (plain), ==, 2);
  first = g_list_model_get_item (plain, 0);
  g_assert_cmpstr (page_id (first), ==, "b");

  g_assert_cmpuint (g_list_model_get_n_items (sueno), ==, 1);
  heading = g_list_model_get_item (sueno, 0);
  g_assert_cmpint (bpg_search_result_get_block (heading), ==, 0);

  /* The snippet keeps the original accents and case. */
  snippet = bpg_search_result_get_snippet (heading);
  bpg_search_result_get_match (heading, &start, &end);
  g_assert_cmpstr (snippet + start, ==, "Sueño");
}

static void
test_snippet_is_trimmed (void)
{
  g_autoptr(BpgContent) content = load_json (spanish);
  g_autoptr(BpgSearch) search = bpg_search_new (content);
  g_autoptr(GListModel) results = bpg_search_query (search, "semanas");
  g_autoptr(BpgSearchResult) result = NULL;
  g_autofree char *markup = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  result = g_list_model_get_item (results, 0);
  g_assert_cmpint (bpg_search_result_get_block (result), ==, 1);
  g_assert_true (g_utf8_validate (bpg_search_result_get_snippet (result), -1, NULL));

  markup = bpg_search_result_dup_markup (result);
  g_assert_nonnull (strstr (markup, "<b>semanas</b>"));
  /* Valid markup, even with "&" or "<" in the text around the match. */
  {
    static const GMarkupParser parser = { NULL };
    g_autoptr(GMarkupParseContext) ctx = g_markup_parse_context_new (&parser, 0, NULL, NULL);
    g_autofree char *doc = g_strdup_printf ("<m>%s</m>", markup);

    g_assert_true (g_markup_parse_context_parse (ctx, doc, -1, NULL));
    g_assert_true (g_markup_parse_context_end_parse (ctx, NULL));
  }
}

/* With several words, the snippet shows the longest where most of them are
 * together: "pain at night" shows "night", not the first "pain". */
static void
test_snippet_shows_telling_word (void)
{
  g_autoptr(BpgContent) content = load_shipped ();
  g_autoptr(BpgSearch) search = bpg_search_new (content);
  g_autoptr(GListModel) results = bpg_search_query (search, "pain at night");

  g_assert_cmpuint (g_list_model_get_n_items (results), >=, 2);
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(BpgSearchResult) result = g_list_model_get_item (results, i);
      const char *snippet = bpg_search_result_get_snippet (result);
      gsize start, end;

      bpg_search_result_get_match (result, &start, &end);
      g_assert_cmpint (g_ascii_strncasecmp (snippet + start, "night", end - start), ==, 0);
      g_assert_cmpuint (end - start, ==, 5);
    }
}


/* What worried patients type, and where the page they need must land: first
 * (1) or in the top three (3). */
static const struct {
  const char *query;
  const char *expected;
  guint       within;
} patient_queries[] = {
  { "is my pain serious", "page:urgent-help", 1 },
  { "is my pain serious", "check", 3 },
  { "pee", "page:urgent-help", 1 },
  { "cant pee", "page:urgent-help", 1 },
  { "can't pee", "check", 3 },
  { "wee", "page:urgent-help", 1 },
  { "wet myself", "page:urgent-help", 1 },
  { "poo", "page:urgent-help", 1 },
  { "numb bum", "page:urgent-help", 1 },
  { "numb bum", "check", 3 },
  { "serius", "page:urgent-help", 1 },
  { "dangerous", "page:urgent-help", 1 },
  { "worried", "page:urgent-help", 1 },
  { "weak legs", "page:urgent-help", 1 },
  { "fever", "page:urgent-help", 1 },
  { "pain at night", "page:urgent-help", 1 },
  { "cancer", "page:serious-causes", 3 },
  { "cauda equina", "page:cauda-equina", 3 },
  { "dead leg", "page:urgent-help", 1 },
  { "tingly", "page:sciatica-symptoms", 3 },
  { "trapped nerve", "page:how-nerves-are-affected", 3 },
  { "slipped disc", "page:discs", 1 },
  { "off sick", "page:work", 1 },
  { "sick note", "page:work", 1 },
  { "desk job", "page:work", 1 },
  { "painkiller", "page:painkillers", 1 },
  { "tablets", "page:painkillers", 1 },
  { "paracetamol", "page:painkillers", 1 },
  { "cant sleep", "page:sleep-and-stress", 1 },
  { "stressed", "page:sleep-and-stress", 3 },
  { "physio", "page:self-referral", 3 },
  { "physiotheraphy", "page:self-referral", 3 },
  { "mri scan", "page:scans-and-diagnosis", 1 },
  { "xray", "page:scans-and-diagnosis", 1 },
  { "how long will it last", "page:how-long-back-pain-lasts", 3 },
  { "will it come back", "page:coming-back", 1 },
  { "flare up", "page:coming-back", 3 },
  { "what causes back pain", "page:causes", 3 },
  { "is it safe to exercise", "page:what-to-avoid", 3 },
  { "should i rest", "page:keep-moving", 3 },
  { "operation", "page:other-treatments", 1 },
  { "injections", "page:other-treatments", 1 },
  { "sciatica", "page:what-is-sciatica", 1 },
  { "sciat", "page:what-is-sciatica", 1 },
  { "sciatcia", "page:what-is-sciatica", 1 },
  { "back ache", "page:what-is-back-pain", 3 },
  { "bridge", "exercise:bridge", 1 },
  { "knee to chest", "exercise:knee-to-chest", 1 },
  { "knee rolls", "exercise:knee-rolls", 1 },
  { "pelvic tilt", "exercise:pelvic-tilt", 1 },
  { "nerve glide", "exercise:nerve-glide", 1 },
  { "walking", "exercise:walking", 3 },
  { "excercises", "page:physical-activity", 3 },
  { "111", "service:nhs-111", 3 },
  { "phone number", "service:nhs-111", 3 },
  { "stop smoking", "page:wellbeing", 3 },
  { "alcohol", "page:wellbeing", 3 },
  { "symptom check", "check", 1 },
};

static int
rank_of (GListModel *results,
         const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(BpgSearchResult) result = g_list_model_get_item (results, i);

      if (g_strcmp0 (bpg_search_result_get_id (result), id) == 0)
        return i + 1;
    }

  return 0;
}

static void
test_patient_queries (void)
{
  g_autoptr(BpgSearch) search = load_everything ();
  guint passed = 0;

  g_test_message ("%-24s %-32s %6s %6s", "query", "expected", "within", "landed");
  for (guint q = 0; q < G_N_ELEMENTS (patient_queries); q++)
    {
      g_autoptr(GListModel) results = bpg_search_query (search, patient_queries[q].query);
      int rank = rank_of (results, patient_queries[q].expected);
      gboolean ok = rank > 0 && (guint) rank <= patient_queries[q].within;
      g_autofree char *landed = rank > 0 ? g_strdup_printf ("%d", rank) : g_strdup ("-");

      g_test_message ("%-24s %-32s %6u %6s %s", patient_queries[q].query,
                      patient_queries[q].expected, patient_queries[q].within, landed,
                      ok ? "ok" : "MISSED");
      passed += ok;
    }

  g_test_message ("%u of %u queries found what the patient meant",
                  passed, (guint) G_N_ELEMENTS (patient_queries));
  g_assert_cmpuint (G_N_ELEMENTS (patient_queries), >=, 40);
  g_assert_cmpuint (passed, ==, G_N_ELEMENTS (patient_queries));
}

/* "wee" is a word of its own: never the start of "weeks" nor the inside of
 * "between". Every result shows a word about urine, or is put first for
 * safety. */
static void
test_whole_words (void)
{
  g_autoptr(BpgSearch) search = load_everything ();
  g_autoptr(GListModel) results = bpg_search_query (search, "wee");

  g_assert_cmpuint (g_list_model_get_n_items (results), >=, 2);
  g_assert_cmpint (rank_of (results, "page:how-long-sciatica-lasts"), ==, 0);
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(BpgSearchResult) result = g_list_model_get_item (results, i);
      const char *snippet = bpg_search_result_get_snippet (result);
      g_autofree char *match = NULL;
      gsize start, end;

      bpg_search_result_get_match (result, &start, &end);
      match = g_ascii_strdown (snippet + start, end - start);
      g_test_message ("%s: “%s”", bpg_search_result_get_id (result), match);
      g_assert_false (g_str_has_prefix (match, "week"));
      g_assert_false (g_str_has_prefix (match, "between"));
      if (start == end)
        g_assert_cmpuint (i, <, 2);
      else
        g_assert_true (strstr ("urine bladder pee", match) != NULL);
    }
}

/* Safety first: a query touching a warning sign puts urgent help and the
 * symptom check first, whatever else matches better. */
static void
test_warning_first (void)
{
  g_autoptr(BpgSearch) search = load_everything ();
  static const char * const queries[] = { "wee", "numb", "bottom", "worried", "bladder", NULL };

  for (guint q = 0; queries[q] != NULL; q++)
    {
      g_autoptr(GListModel) results = bpg_search_query (search, queries[q]);

      g_assert_cmpint (rank_of (results, "page:urgent-help"), ==, 1);
      g_assert_cmpint (rank_of (results, "check"), ==, 2);
    }

  /* Not every query is about a warning sign. */
  {
    g_autoptr(GListModel) results = bpg_search_query (search, "bridge");

    g_assert_cmpint (rank_of (results, "page:urgent-help"), ==, 0);
  }
}

/* One letter wrong in a word of 5 to 7 letters, two in a longer one; none in
 * a short word, where too many words are one letter apart. */
static void
test_typos (void)
{
  g_autoptr(BpgSearch) search = load_everything ();
  g_autoptr(GListModel) one = bpg_search_query (search, "brigde");
  g_autoptr(GListModel) two = bpg_search_query (search, "phisiotheraphy");
  g_autoptr(GListModel) three = bpg_search_query (search, "parcetamoll");
  g_autoptr(GListModel) shorter = bpg_search_query (search, "brdge");
  g_autoptr(GListModel) too_many = bpg_search_query (search, "bradgy");

  g_assert_cmpint (rank_of (one, "exercise:bridge"), ==, 1);
  g_assert_cmpint (rank_of (two, "page:self-referral"), >, 0);
  g_assert_cmpint (rank_of (three, "page:painkillers"), ==, 1);
  g_assert_cmpint (rank_of (shorter, "exercise:bridge"), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (too_many), ==, 0);
  g_assert_cmpuint (bpg_fold_distance ("serius", "serious", 2), ==, 1);
  g_assert_cmpuint (bpg_fold_distance ("sciatcia", "sciatica", 2), ==, 1);
  g_assert_cmpuint (bpg_fold_distance ("wee", "weeks", 1), ==, 2);
  g_assert_cmpuint (bpg_fold_typos_allowed ("numb"), ==, 0);
  g_assert_cmpuint (bpg_fold_typos_allowed ("serius"), ==, 1);
  g_assert_cmpuint (bpg_fold_typos_allowed ("sciatcia"), ==, 2);
}

/* Exercises, services and the symptom check are found, and their IDs say
 * what to open. */
static void
test_everything_found (void)
{
  g_autoptr(BpgSearch) search = load_everything ();
  g_autoptr(GListModel) bridge = bpg_search_query (search, "bridge");
  g_autoptr(GListModel) talking = bpg_search_query (search, "talking therapies");
  g_autoptr(BpgSearchResult) first = g_list_model_get_item (bridge, 0);
  g_autoptr(BpgSearchResult) check = bpg_search_lookup (search, "check");
  g_autoptr(BpgSearchResult) nothing = bpg_search_lookup (search, "page:no-such-page");
  BpgSearchKind kind;
  g_autofree char *target = NULL;

  /* The check, 25 pages, 6 exercises and 13 services. */
  g_assert_cmpuint (bpg_search_get_n_items (search), ==, 1 + 25 + 6 + 13);
  g_assert_cmpint (bpg_search_result_get_kind (first), ==, BPG_SEARCH_KIND_EXERCISE);
  g_assert_cmpstr (bpg_search_result_get_target (first), ==, "bridge");
  g_assert_cmpstr (bpg_search_result_get_title (first), ==, "Bridge");
  g_assert_cmpint (rank_of (talking, "service:essex-talking-therapies"), ==, 1);

  g_assert_nonnull (check);
  g_assert_cmpint (bpg_search_result_get_kind (check), ==, BPG_SEARCH_KIND_CHECK);
  g_assert_null (bpg_search_result_get_target (check));
  g_assert_null (nothing);

  g_assert_true (bpg_search_parse_id ("service:nhs-111", &kind, &target));
  g_assert_cmpint (kind, ==, BPG_SEARCH_KIND_SERVICE);
  g_assert_cmpstr (target, ==, "nhs-111");
  g_clear_pointer (&target, g_free);
  g_assert_true (bpg_search_parse_id ("check", &kind, &target));
  g_assert_null (target);
  g_assert_false (bpg_search_parse_id ("page:", &kind, &target));
  g_assert_false (bpg_search_parse_id ("checkup", &kind, &target));
  g_assert_false (bpg_search_parse_id ("video:x", &kind, &target));
}

/* No dead ends: a query that finds nothing suggests one that does. */
static void
test_suggestions (void)
{
  g_autoptr(BpgSearch) search = load_everything ();
  g_autoptr(GListModel) none = bpg_search_query (search, "sleep xylophone");
  g_auto(GStrv) dropped = bpg_search_suggest (search, "sleep xylophone");
  g_auto(GStrv) nearest = bpg_search_suggest (search, "bakc");
  g_auto(GStrv) nothing = bpg_search_suggest (search, "qqqqqqqq");

  g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);
  g_assert_true (g_strv_contains ((const char * const *)dropped, "sleep"));
  g_assert_true (g_strv_contains ((const char * const *)nearest, "back"));
  g_assert_cmpuint (g_strv_length (nothing), ==, 0);

  for (guint i = 0; nearest[i] != NULL; i++)
    {
      g_autoptr(GListModel) found = bpg_search_query (search, nearest[i]);

      g_assert_cmpuint (g_list_model_get_n_items (found), >, 0);
    }
}

/* A translation gives its own list of everyday words, words to leave out
 * and endings, not the English ones word for word. */
static void
test_own_language_words (void)
{
  static const char words_json[] =
    "{\"schema\": 1,"
    " \"language\": [{\"id\": \"rules\", \"ignore\": \"es, mi, por, que\","
    "                 \"endings\": \"s, es\"}],"
    " \"first\": [\"page:a\"],"
    " \"words\": [{\"id\": \"sleep\", \"say\": \"no puedo dormir, insomnio\","
    "              \"means\": \"sueño\", \"warning\": false},"
    "             {\"id\": \"serious\", \"say\": \"grave, peligroso\","
    "              \"means\": \"grave\", \"warning\": true}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (words_json, strlen (words_json));
  g_autoptr(BpgContent) content = load_json (spanish);
  g_autoptr(BpgSearch) search = bpg_search_new (content);
  g_autoptr(BpgSearchWords) words = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) insomnia = NULL;
  g_autoptr(GListModel) question = NULL;
  g_autoptr(GListModel) serious = NULL;
  g_autoptr(BpgSearchResult) first = NULL;

  words = bpg_search_words_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  bpg_search_set_words (search, words);

  insomnia = bpg_search_query (search, "no puedo dormir");
  g_assert_cmpuint (g_list_model_get_n_items (insomnia), ==, 1);
  first = g_list_model_get_item (insomnia, 0);
  g_assert_cmpstr (page_id (first), ==, "b");
  g_clear_object (&first);

  /* "es mi" are left out; "dolores" is "dolor" with an ending. */
  question = bpg_search_query (search, "es mi dolores");
  g_assert_cmpuint (g_list_model_get_n_items (question), ==, 2);

  /* Its own warning words put its own first page first. */
  serious = bpg_search_query (search, "peligroso");
  first = g_list_model_get_item (serious, 0);
  g_assert_cmpstr (page_id (first), ==, "a");
}

/* Every patients' word reaches translators, with its context. */
static void
test_words_extracted (void)
{
  g_autoptr(BpgSearchWords) words = load_words ();
  const char * const *msgids = bpg_search_words_get_msgids (words);
  g_autofree char *extracted = NULL;
  guint n = 0;

  g_assert_true (g_file_get_contents (CONTENT_STRINGS_FILE, &extracted, NULL, NULL));
  for (guint i = 0; msgids[i] != NULL; i++, n++)
    {
      g_auto(GStrv) parts = g_strsplit (msgids[i], "\004", 2);
      g_autofree char *call = g_strdup_printf ("C_(\"%s\", \"%s\")", parts[0], parts[1]);

      if (strstr (extracted, call) == NULL)
        g_error ("Not extracted for translation: %s", call);
    }
  g_assert_cmpuint (n, >, 40);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/body-word", test_finds_page_by_body_word);
  g_test_add_func ("/search/title-first", test_title_ranks_first);
  g_test_add_func ("/search/every-word", test_every_word_must_match);
  g_test_add_func ("/search/case-and-punctuation", test_case_and_punctuation);
  g_test_add_func ("/search/empty", test_empty_query);
  g_test_add_func ("/search/translated-and-accents", test_translated_text_and_accents);
  g_test_add_func ("/search/snippet", test_snippet_is_trimmed);
  g_test_add_func ("/search/snippet-telling-word", test_snippet_shows_telling_word);

  g_test_add_func ("/search/patient-queries", test_patient_queries);
  g_test_add_func ("/search/whole-words", test_whole_words);
  g_test_add_func ("/search/warning-first", test_warning_first);
  g_test_add_func ("/search/typos", test_typos);
  g_test_add_func ("/search/everything-found", test_everything_found);
  g_test_add_func ("/search/suggestions", test_suggestions);
  g_test_add_func ("/search/words-extracted", test_words_extracted);
  g_test_add_func ("/search/own-language-words", test_own_language_words);

  return g_test_run ();
}
