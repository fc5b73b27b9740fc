/* test-content-strings.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "bpg-content.h"

/* Every string the app shows from its content must reach translators: the
 * extraction step (po/extract-content.py) writes them, with their message
 * contexts, to a file that xgettext reads. This test compares what the core
 * actually looks up with what the extraction produced. */

static BpgContent *
load_advice (const char *domain)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "content",
                                                 "advice.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GBytes) bytes = NULL;
  BpgContent *content;
  gsize len;

  g_assert_true (g_file_get_contents (path, &data, &len, &error));
  bytes = g_bytes_new_take (g_steal_pointer (&data), len);
  content = bpg_content_new_from_bytes (bytes, domain, &error);
  g_assert_no_error (error);

  return content;
}

/* Reads one C string literal at *p, undoing the escapes the extractor uses. */
static char *
read_literal (const char **p)
{
  g_autoptr(GString) out = g_string_new (NULL);
  const char *s = *p;

  g_assert_cmpint (*s, ==, '"');
  for (s++; *s != '"'; s++)
    {
      g_assert_cmpint (*s, !=, '\0');
      if (*s == '\\')
        {
          s++;
          g_string_append_c (out, *s == 'n' ? '\n' : *s);
        }
      else
        g_string_append_c (out, *s);
    }

  *p = s + 1;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static GHashTable *
read_extracted (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_auto(GStrv) lines = NULL;
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *comment = NULL;

  g_assert_true (g_file_get_contents (CONTENT_STRINGS_FILE, &data, NULL, &error));
  lines = g_strsplit (data, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *p = strstr (lines[i], "C_(");
      g_autofree char *context = NULL;
      g_autofree char *text = NULL;

      if (strstr (lines[i], "/* Translators:") != NULL)
        comment = lines[i];
      if (p == NULL)
        continue;

      /* Each string says where it appears, for translators. */
      g_assert_nonnull (comment);
      comment = NULL;

      p += 3;
      context = read_literal (&p);
      g_assert_true (g_str_has_prefix (p, ", "));
      p += 2;
      text = read_literal (&p);
      g_hash_table_add (set, g_strconcat (context, "\004", text, NULL));
    }

  return set;
}

static void
test_every_string_extracted (void)
{
  g_autoptr(BpgContent) content = load_advice (NULL);
  g_autoptr(GHashTable) extracted = read_extracted ();
  const char * const *msgids = bpg_content_get_msgids (content);
  guint n = 0;

  for (guint i = 0; msgids[i] != NULL; i++, n++)
    {
      if (!g_hash_table_contains (extracted, msgids[i]))
        g_error ("Not extracted for translation: %s", msgids[i]);
    }

  g_assert_cmpuint (n, >, 200);
}

static void
test_nothing_stale_extracted (void)
{
  g_autoptr(BpgContent) content = load_advice (NULL);
  g_autoptr(GHashTable) extracted = read_extracted ();
  const char * const *msgids = bpg_content_get_msgids (content);
  GHashTableIter iter;
  gpointer key;

  for (guint i = 0; msgids[i] != NULL; i++)
    g_hash_table_remove (extracted, msgids[i]);

  /* Other content files may share the extraction file; only advice
   * contexts are checked here. */
  g_hash_table_iter_init (&iter, extracted);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (g_str_has_prefix (key, "advice"))
      g_error ("Extracted but never looked up: %s", (const char *)key);
}

static void
test_contexts_name_the_page (void)
{
  g_autoptr(BpgContent) content = load_advice (NULL);
  g_autofree char *context = bpg_content_dup_context ("causes");
  const char * const *msgids = bpg_content_get_msgids (content);
  gboolean found = FALSE;

  g_assert_cmpstr (context, ==, "advice:causes");
  for (guint i = 0; msgids[i] != NULL; i++)
    found |= g_str_has_prefix (msgids[i], "advice:causes\004");

  g_assert_true (found);
}

/* With a real catalogue installed, the loader must hand back the
 * translation of each string, looked up with its context. */
static void
test_loads_translated (void)
{
  g_autofree char *dir = g_dir_make_tmp ("bpg-l10n-XXXXXX", NULL);
  g_autofree char *msgdir = g_build_filename (dir, "xx", "LC_MESSAGES", NULL);
  g_autofree char *po = g_build_filename (dir, "test.po", NULL);
  g_autofree char *mo = g_build_filename (msgdir, "bpg-test.mo", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BpgContent) content = NULL;
  g_autofree char *english_summary = NULL;
  const char *argv[] = { "msgfmt", "-o", mo, po, NULL };
  BpgPage *page;
  int status;

  if (setlocale (LC_MESSAGES, "en_GB.UTF-8") == NULL &&
      setlocale (LC_MESSAGES, "en_US.UTF-8") == NULL)
    {
      g_test_skip ("No non-C locale is installed (install one with locale-gen)");
      return;
    }

  g_mkdir_with_parents (msgdir, 0700);
  {
    g_autoptr(BpgContent) english = load_advice (NULL);
    const char *title = bpg_page_get_title (bpg_content_lookup_page (english, "causes"));
    g_autofree char *escaped = g_strescape (title, NULL);
    g_autofree char *text = g_strdup_printf ("msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=UTF-8\\n\"\n\n"
                                             "msgctxt \"advice:causes\"\nmsgid \"%s\"\nmsgstr \"Achosion poen cefn\"\n",
                                             escaped);

    g_assert_true (g_file_set_contents (po, text, -1, &error));
    english_summary = g_strdup (bpg_page_get_summary (bpg_content_lookup_page (english, "causes")));
  }
  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               NULL, NULL, &status, &error));
  g_assert_true (g_spawn_check_wait_status (status, &error));

  g_setenv ("LANGUAGE", "xx", TRUE);
  bindtextdomain ("bpg-test", dir);
  bind_textdomain_codeset ("bpg-test", "UTF-8");

  content = load_advice ("bpg-test");
  page = bpg_content_lookup_page (content, "causes");
  g_assert_cmpstr (bpg_page_get_title (page), ==, "Achosion poen cefn");
  /* A string without a translation stays in English, word for word. */
  g_assert_cmpstr (english_summary, !=, "");
  g_assert_cmpstr (bpg_page_get_summary (page), ==, english_summary);

  g_unsetenv ("LANGUAGE");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/content-strings/every-string-extracted", test_every_string_extracted);
  g_test_add_func ("/content-strings/nothing-stale", test_nothing_stale_extracted);
  g_test_add_func ("/content-strings/contexts", test_contexts_name_the_page);
  g_test_add_func ("/content-strings/loads-translated", test_loads_translated);

  return g_test_run ();
}
