/* test-search.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

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
  g_assert_cmpstr (bpg_page_get_id (bpg_search_result_get_page (first)), ==, "painkillers");

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
  g_assert_cmpstr (bpg_page_get_id (bpg_search_result_get_page (first)), ==, "painkillers");

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
  g_assert_cmpstr (bpg_page_get_id (bpg_search_result_get_page (first)), ==, "b");

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

  return g_test_run ();
}
