/* test-content.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bpg-content.h"
#include "bpg-error.h"

static BpgContent *
load_shipped (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "content",
                                                 "advice.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gsize len;
  BpgContent *content;

  g_assert_true (g_file_get_contents (path, &data, &len, &error));
  bytes = g_bytes_new_take (g_steal_pointer (&data), len);
  content = bpg_content_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (content);

  return content;
}

static char *
page_text (BpgPage *page)
{
  GListModel *blocks = bpg_page_get_blocks (page);
  g_autoptr(GString) text = g_string_new (bpg_page_get_title (page));

  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(BpgBlock) block = g_list_model_get_item (blocks, i);
      g_autofree char *plain = bpg_block_dup_plain_text (block);

      g_string_append_printf (text, "\n%s", plain);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
all_text (BpgContent *content)
{
  GListModel *pages = bpg_content_get_pages (content);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(BpgPage) page = g_list_model_get_item (pages, i);
      g_autofree char *one = page_text (page);

      g_string_append_printf (text, "%s\n", one);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
test_shipped_loads (void)
{
  g_autoptr(BpgContent) content = load_shipped ();

  g_assert_cmpuint (g_list_model_get_n_items (bpg_content_get_topics (content)), >=, 5);
  g_assert_cmpuint (g_list_model_get_n_items (bpg_content_get_pages (content)), >=, 20);
  g_assert_cmpuint (g_list_model_get_n_items (bpg_content_get_sources (content)), ==, 2);
}

static void
test_every_page_names_source_and_date (void)
{
  g_autoptr(BpgContent) content = load_shipped ();
  GListModel *pages = bpg_content_get_pages (content);

  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(BpgPage) page = g_list_model_get_item (pages, i);

      g_test_message ("page %s", bpg_page_get_id (page));
      g_assert_cmpuint (g_list_model_get_n_items (bpg_page_get_sources (page)), >=, 1);
      g_assert_true (g_date_valid (bpg_page_get_reviewed (page)));
      g_assert_nonnull (bpg_page_get_topic (page));
    }
}

static void
test_every_leaflet_is_used (void)
{
  g_autoptr(BpgContent) content = load_shipped ();
  GListModel *pages = bpg_content_get_pages (content);
  GListModel *sources = bpg_content_get_sources (content);

  for (guint s = 0; s < g_list_model_get_n_items (sources); s++)
    {
      g_autoptr(BpgSource) source = g_list_model_get_item (sources, s);
      guint uses = 0;

      for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
        {
          g_autoptr(BpgPage) page = g_list_model_get_item (pages, i);
          GListModel *page_sources = bpg_page_get_sources (page);

          for (guint j = 0; j < g_list_model_get_n_items (page_sources); j++)
            {
              g_autoptr(BpgSource) used = g_list_model_get_item (page_sources, j);

              uses += used == source;
            }
        }

      g_assert_cmpuint (uses, >=, 5);
    }
}

static void
test_external_links_https (void)
{
  g_autoptr(BpgContent) content = load_shipped ();
  GListModel *pages = bpg_content_get_pages (content);
  guint n_external = 0;

  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(BpgPage) page = g_list_model_get_item (pages, i);
      GListModel *blocks = bpg_page_get_blocks (page);

      for (guint j = 0; j < g_list_model_get_n_items (blocks); j++)
        {
          g_autoptr(BpgBlock) block = g_list_model_get_item (blocks, j);

          if (bpg_block_get_kind (block) != BPG_BLOCK_EXTERNAL)
            continue;

          n_external++;
          g_assert_true (g_str_has_prefix (bpg_block_get_url (block), "https://"));
        }
    }

  /* The sciatica leaflet points to a dozen web pages and videos. */
  g_assert_cmpuint (n_external, >=, 10);
}

/* The urgent-help page is what the Get help area shows: its first block must
 * be the emergency advice, with the more urgent of the two leaflets' advice
 * (A&E, 999) for the cauda equina signs. */
static void
test_urgent_help_page (void)
{
  g_autoptr(BpgContent) content = load_shipped ();
  BpgPage *page = bpg_content_lookup_page (content, "urgent-help");
  g_autoptr(BpgBlock) first = NULL;
  g_autofree char *text = NULL;
  const char * const *items;
  gboolean has_urgent = FALSE;

  g_assert_nonnull (page);
  first = g_list_model_get_item (bpg_page_get_blocks (page), 0);
  g_assert_cmpint (bpg_block_get_kind (first), ==, BPG_BLOCK_CALLOUT);
  g_assert_cmpint (bpg_block_get_level (first), ==, BPG_CALLOUT_EMERGENCY);

  text = bpg_block_dup_plain_text (first);
  g_assert_nonnull (strstr (text, "A&E"));
  g_assert_nonnull (strstr (text, "999"));

  /* Every cauda equina sign from both leaflets: 10 in one, 13 in the other,
   * merged. */
  items = bpg_block_get_items (first);
  g_assert_nonnull (items);
  g_assert_cmpuint (g_strv_length ((char **)items), >=, 12);

  for (guint i = 1; i < g_list_model_get_n_items (bpg_page_get_blocks (page)); i++)
    {
      g_autoptr(BpgBlock) block = g_list_model_get_item (bpg_page_get_blocks (page), i);
      g_autofree char *plain = bpg_block_dup_plain_text (block);

      if (bpg_block_get_kind (block) == BPG_BLOCK_CALLOUT &&
          bpg_block_get_level (block) == BPG_CALLOUT_URGENT)
        has_urgent = strstr (plain, "111") != NULL;
    }
  g_assert_true (has_urgent);
}

/* Every statistic and time frame in the leaflets appears in the app. */
static void
test_leaflet_numbers_present (void)
{
  static const char *needles[] = {
    "80%", "6 to 8 weeks", "1%", "3 to 6 months", "6 to 12 weeks", "75%", "28 days",
    "12 weeks", "90%", "10 years", "6 to 9 hours", "10 minutes", "2 years", "111", "999",
    "A&E", "TB", "HIV", "cancer", "inflammatory arthritis", "paracetamol",
    "Leicester, Leicestershire", "Rutland", "Essex", "cauda equina",
  };
  g_autoptr(BpgContent) content = load_shipped ();
  g_autofree char *text = all_text (content);
  g_autofree char *lower = g_utf8_strdown (text, -1);

  for (guint i = 0; i < G_N_ELEMENTS (needles); i++)
    {
      g_autofree char *needle = g_utf8_strdown (needles[i], -1);

      g_test_message ("looking for %s", needles[i]);
      g_assert_nonnull (strstr (lower, needle));
    }

  g_assert_true (strstr (lower, "three days") != NULL || strstr (lower, "3 days") != NULL);
}

typedef struct
{
  const char *name;
  const char *json;
  const char *message;   /* a part of the error that names the problem */
} BadCase;

#define SOURCES "\"sources\": [{\"id\": \"lbp\", \"title\": \"Low back pain\", \"publisher\": \"MSK\"}]"
#define PAGE(id, blocks) "{\"id\": \"" id "\", \"title\": \"T\", \"summary\": \"S\", " \
  "\"sources\": [\"lbp\"], \"reviewed\": \"2026-11-21\", \"blocks\": [" blocks "]}"
#define PARA "{\"type\": \"paragraph\", \"text\": \"Words\"}"
#define DOC(pages, topic_pages) "{\"schema\": 1, " SOURCES ", \"home\": [\"t\"], " \
  "\"topics\": [{\"id\": \"t\", \"title\": \"T\", \"summary\": \"S\", \"pages\": [" topic_pages "]}], " \
  "\"pages\": [" pages "]}"

static const BadCase bad_cases[] = {
  { "not-json", "{", "advice.json could not be read" },
  { "not-object", "[]", "content must be an object" },
  { "newer-schema", "{\"schema\": 9}", "newer version" },
  { "control-valid", DOC (PAGE ("a", PARA), "\"a\""), NULL },
  { "empty-text", DOC (PAGE ("a", "{\"type\": \"paragraph\", \"text\": \"  \"}"), "\"a\""),
    "pages[0].blocks[0].text is empty" },
  { "wrong-type", DOC (PAGE ("a", "{\"type\": \"paragraph\", \"text\": 3}"), "\"a\""),
    "pages[0].blocks[0].text must be text" },
  { "unknown-block", DOC (PAGE ("a", "{\"type\": \"video\", \"text\": \"x\"}"), "\"a\""),
    "\"video\" is not a kind of block" },
  { "bad-level", DOC (PAGE ("a", "{\"type\": \"callout\", \"level\": \"severe\", \"text\": \"x\"}"), "\"a\""),
    "level \"severe\"" },
  { "callout-without-text", DOC (PAGE ("a", "{\"type\": \"callout\", \"level\": \"info\"}"), "\"a\""),
    "needs a text or items" },
  { "http-link", DOC (PAGE ("a", "{\"type\": \"external\", \"text\": \"x\", \"url\": \"http://example.org\"}"), "\"a\""),
    "must start with https://" },
  { "dangling-link", DOC (PAGE ("a", "{\"type\": \"link\", \"text\": \"x\", \"page\": \"nowhere\"}"), "\"a\""),
    "links to \"nowhere\"" },
  { "unreachable", DOC (PAGE ("a", PARA) "," PAGE ("b", PARA), "\"a\""),
    "\"b\" cannot be reached" },
  { "unknown-source", "{\"schema\": 1, " SOURCES ", \"home\": [], \"topics\": [], \"pages\": ["
    "{\"id\": \"a\", \"title\": \"T\", \"summary\": \"S\", \"sources\": [\"x\"], "
    "\"reviewed\": \"2026-11-21\", \"blocks\": [" PARA "]}]}",
    "\"x\", which is not a known leaflet" },
  { "no-source", "{\"schema\": 1, " SOURCES ", \"home\": [], \"topics\": [], \"pages\": ["
    "{\"id\": \"a\", \"title\": \"T\", \"summary\": \"S\", \"sources\": [], "
    "\"reviewed\": \"2026-11-21\", \"blocks\": [" PARA "]}]}",
    "pages[0].sources is an empty list" },
  { "duplicate-id", DOC (PAGE ("a", PARA) "," PAGE ("a", PARA), "\"a\""),
    "\"a\" is used twice" },
  { "bad-id", DOC (PAGE ("A b", PARA), "\"A b\""), "may hold only lower-case" },
  { "bad-date", "{\"schema\": 1, " SOURCES ", \"home\": [], \"topics\": [], \"pages\": ["
    "{\"id\": \"a\", \"title\": \"T\", \"summary\": \"S\", \"sources\": [\"lbp\"], "
    "\"reviewed\": \"2026-02-30\", \"blocks\": [" PARA "]}]}",
    "must be a date" },
  { "no-blocks", DOC (PAGE ("a", ""), "\"a\""), "pages[0].blocks is an empty list" },
  { "missing-title", "{\"schema\": 1, " SOURCES ", \"home\": [], \"topics\": [], \"pages\": ["
    "{\"id\": \"a\", \"summary\": \"S\", \"sources\": [\"lbp\"], "
    "\"reviewed\": \"2026-11-21\", \"blocks\": [" PARA "]}]}",
    "pages[0].title is missing" },
  { "home-unknown-topic", "{\"schema\": 1, " SOURCES ", \"home\": [\"zz\"], \"topics\": [], \"pages\": []}",
    "\"zz\", which is not a topic" },
  { "typo-member", "{\"schema\": 1, " SOURCES ", \"home\": [], \"topics\": [], \"pagez\": []}",
    "unknown member \"pagez\"" },
  { "unknown-action", DOC (PAGE ("a", "{\"type\": \"action\", \"action\": \"shop\", \"text\": \"x\"}"), "\"a\""),
    "\"shop\" is not a part of the app" },
  { "action-on-paragraph", DOC (PAGE ("a", "{\"type\": \"paragraph\", \"action\": \"diary\", \"text\": \"x\"}"), "\"a\""),
    "only for blocks of type action" },
  { "empty-list-item", DOC (PAGE ("a", "{\"type\": \"list\", \"items\": [\"x\", \"\"]}"), "\"a\""),
    "items[1] is empty" },
  { "no-sources", "{\"schema\": 1, \"sources\": [], \"home\": [], \"topics\": [], \"pages\": []}",
    "content.sources is an empty list" },
  { "source-without-publisher", "{\"schema\": 1, \"sources\": [{\"id\": \"lbp\", \"title\": \"L\"}], "
    "\"home\": [], \"topics\": [], \"pages\": []}",
    "sources[0].publisher is missing" },
  { "same-source-twice", "{\"schema\": 1, \"sources\": [{\"id\": \"lbp\", \"title\": \"L\", "
    "\"publisher\": \"M\"}, {\"id\": \"lbp\", \"title\": \"L\", \"publisher\": \"M\"}], "
    "\"home\": [], \"topics\": [], \"pages\": []}",
    "lbp" },
};

static void
test_bad_content (gconstpointer data)
{
  const BadCase *bad = data;
  g_autoptr(GBytes) bytes = g_bytes_new_static (bad->json, strlen (bad->json));
  g_autoptr(GError) error = NULL;
  g_autoptr(BpgContent) content = NULL;

  content = bpg_content_new_from_bytes (bytes, NULL, &error);

  if (bad->message == NULL)
    {
      /* The control case: the same document without a fault loads. */
      g_assert_no_error (error);
      g_assert_nonnull (content);
      return;
    }

  g_assert_null (content);
  g_assert_nonnull (error);
  g_test_message ("error: %s", error->message);
  g_assert_nonnull (strstr (error->message, bad->message));
}

static void
test_invalid_utf8 (void)
{
  static const char data[] = "{\"schema\": 1, \"x\": \"\xff\xfe\"}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (data, sizeof data - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(BpgContent) content = bpg_content_new_from_bytes (bytes, NULL, &error);

  g_assert_null (content);
  g_assert_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "UTF-8"));
}

static void
load_missing_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  GError **error = user_data;
  BpgContent *content = bpg_content_load_finish (result, error);

  g_assert_null (content);
}

static void
test_async_missing_resource (void)
{
  GError *error = NULL;

  bpg_content_load_async ("/no/such/resource.json", NULL, NULL, load_missing_cb, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_error (error, G_RESOURCE_ERROR, G_RESOURCE_ERROR_NOT_FOUND);
  g_clear_error (&error);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/content/shipped/loads", test_shipped_loads);
  g_test_add_func ("/content/shipped/sources-and-dates", test_every_page_names_source_and_date);
  g_test_add_func ("/content/shipped/both-leaflets-used", test_every_leaflet_is_used);
  g_test_add_func ("/content/shipped/external-links-https", test_external_links_https);
  g_test_add_func ("/content/shipped/urgent-help", test_urgent_help_page);
  g_test_add_func ("/content/shipped/leaflet-numbers", test_leaflet_numbers_present);
  g_test_add_func ("/content/bad/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/content/async/missing-resource", test_async_missing_resource);

  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/content/bad/%s", bad_cases[i].name);

      g_test_add_data_func (path, &bad_cases[i], test_bad_content);
    }

  return g_test_run ();
}
