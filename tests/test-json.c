/* test-json.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bpg-error.h"
#include "bpg-json.h"

static JsonObject *
parse (const char  *json,
       JsonNode   **node)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) error = NULL;

  *node = bpg_json_parse (bytes, "test.json", &error);
  g_assert_no_error (error);
  return json_node_get_object (*node);
}

static void
test_strings (void)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *object = parse ("{\"a\": \"x\", \"b\": \" \", \"c\": 4}", &node);

  g_assert_cmpstr (bpg_json_get_string (object, "root", "a", TRUE, &error), ==, "x");
  g_assert_no_error (error);

  g_assert_null (bpg_json_get_string (object, "root", "missing", FALSE, &error));
  g_assert_no_error (error);

  g_assert_null (bpg_json_get_string (object, "root", "missing", TRUE, &error));
  g_assert_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA);
  g_assert_cmpstr (error->message, ==, "root.missing is missing");
  g_clear_error (&error);

  g_assert_null (bpg_json_get_string (object, "root", "b", TRUE, &error));
  g_assert_cmpstr (error->message, ==, "root.b is empty");
  g_clear_error (&error);

  g_assert_null (bpg_json_get_string (object, "root", "c", TRUE, &error));
  g_assert_cmpstr (error->message, ==, "root.c must be text, not a number");
}

static void
test_ints (void)
{
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *object = parse ("{\"n\": 5, \"big\": 99999999999, \"f\": 1.5}", &node);
  gint64 value = 0;

  g_assert_true (bpg_json_get_int (object, "root", "n", 0, 10, &value, &error));
  g_assert_cmpint (value, ==, 5);

  g_assert_false (bpg_json_get_int (object, "root", "big", 0, 10, &value, &error));
  g_assert_nonnull (strstr (error->message, "between 0 and 10"));
  g_clear_error (&error);

  g_assert_false (bpg_json_get_int (object, "root", "f", 0, 10, &value, &error));
  g_assert_nonnull (strstr (error->message, "whole number"));
}

static void
test_strv_and_members (void)
{
  static const char * const allowed[] = { "list", "empty", "mixed", NULL };
  g_autoptr(JsonNode) node = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) list = NULL;
  JsonObject *object = parse ("{\"list\": [\"a\", \"b\"], \"empty\": [], \"mixed\": [\"a\", 1]}", &node);

  list = bpg_json_get_strv (object, "root", "list", TRUE, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (list), ==, 2);

  g_assert_null (bpg_json_get_strv (object, "root", "empty", TRUE, &error));
  g_assert_cmpstr (error->message, ==, "root.empty is an empty list");
  g_clear_error (&error);

  g_assert_null (bpg_json_get_strv (object, "root", "mixed", TRUE, &error));
  g_assert_cmpstr (error->message, ==, "root.mixed[1] must be text, not a number");
  g_clear_error (&error);

  g_assert_true (bpg_json_check_members (object, "root", allowed, &error));
  g_assert_false (bpg_json_check_members (object, "root", allowed + 1, &error));
  g_assert_nonnull (strstr (error->message, "unknown member \"list\""));
}

static void
test_parse_errors (void)
{
  g_autoptr(GBytes) broken = g_bytes_new_static ("{\"a\": ", 6);
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);
  g_autoptr(GError) error = NULL;

  g_assert_null (bpg_json_parse (broken, "broken.json", &error));
  g_assert_true (g_str_has_prefix (error->message, "broken.json could not be read"));
  g_clear_error (&error);

  g_assert_null (bpg_json_parse (empty, "empty.json", &error));
  g_assert_nonnull (strstr (error->message, "empty.json"));
  g_clear_error (&error);

  /* An empty GBytes may hold no buffer at all. */
  {
    g_autoptr(GBytes) nothing = g_bytes_new (NULL, 0);

    g_assert_null (bpg_json_parse (nothing, "nothing.json", &error));
    g_assert_cmpstr (error->message, ==, "nothing.json is empty");
  }
}

static JsonNode *
parse_text (const char    *json,
            BpgJsonPlace  *place,
            GError       **error)
{
  return bpg_json_parse_text (json, strlen (json), BPG_JSON_PARSE_DEFAULT, place, error);
}

/* json-glib recurses once a level: a megabyte of "[" overflowed the stack of
 * every reader that had no limit of its own. */
static void
test_deep_nesting (void)
{
  g_autofree char *deep = g_strnfill (1024 * 1024, '[');
  g_auto(BpgJsonPlace) place = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_bytes_new_static (deep, strlen (deep));
  g_autoptr(JsonNode) ok = NULL;
  g_autoptr(GString) limit = g_string_new ("{\"a\": \"[[[[{{{{ \\\" [[[[\", \"b\": ");

  g_assert_null (parse_text (deep, &place, &error));
  g_assert_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "nested more than 16 deep"));
  g_assert_cmpuint (place.line, ==, 1);
  g_clear_error (&error);

  g_assert_null (bpg_json_parse (bytes, "deep.json", &error));
  g_assert_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA);
  g_assert_true (g_str_has_prefix (error->message, "deep.json could not be read"));
  g_clear_error (&error);

  /* Exactly the limit is fine, and brackets in text do not count. */
  for (guint i = 1; i < BPG_JSON_MAX_DEPTH; i++)
    g_string_append_c (limit, '[');
  for (guint i = 1; i < BPG_JSON_MAX_DEPTH; i++)
    g_string_append_c (limit, ']');
  g_string_append_c (limit, '}');
  ok = parse_text (limit->str, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ok);
}

/* json-glib keeps the last of two members with the same name, silently. */
static void
test_duplicate_members (void)
{
  g_auto(BpgJsonPlace) place = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) ok = NULL;

  g_assert_null (parse_text ("{\"entries\": [1, 2],\n \"entries\": []}", &place, &error));
  g_assert_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA);
  g_assert_cmpstr (error->message, ==,
                   "\u201centries\u201d is given twice in one object, so it is not clear "
                   "which counts");
  g_assert_cmpuint (place.line, ==, 2);
  g_assert_cmpstr (place.field, ==, "entries");
  g_clear_error (&error);

  /* Deep inside, after objects that were fine. */
  g_assert_null (parse_text ("{\"a\": {\"x\": 1}, \"b\": [{\"x\": 1, \"y\": {\"z\": 1}, \"x\": 2}]}",
                             NULL, &error));
  g_assert_nonnull (strstr (error->message, "\u201cx\u201d is given twice"));
  g_clear_error (&error);

  /* The same name in different objects is fine. */
  ok = parse_text ("{\"x\": {\"x\": 1}, \"y\": [{\"x\": 1}, {\"x\": 2}]}", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (ok);
}

static void
test_broken_text (void)
{
  static const struct {
    const char *json;
    guint       line;
    const char *field;
    const char *message;
  } cases[] = {
    { "{\"a\": [1,\n {\"b\": \"x\\u0000y\"}]}", 2, "a[1].b",
      "a[1].b holds \u201c\\u0000\u201d, which would cut the text short" },
    { "{\"name\": \"Any\\ud800own\"}", 1, "name",
      "name holds \u201c\\ud800\u201d, half of a character without its second half" },
    { "{\"name\": \"x\\udfff\"}", 1, "name",
      "name holds \u201c\\udfff\u201d, half of a character without its first half" },
    { "{\"name\": \"x\\ud800\\ud800\"}", 1, "name", "without its second half" },
    { "{\"name\": \"x\\u00\"}", 1, "name", "without four hex digits" },
    { "[\"a\",\n\n\"\\u0000\"]", 3, "[1]", "[1] holds" },
    /* Escapes json-glib reads that JSON does not have: "\0" cut the text,
     * "\351" was not UTF-8. */
    { "{\"a\": \"x\\0y\"}", 1, "a", "a holds \u201c\\0\u201d, which is not an escape JSON has" },
    { "{\"a\": \"x\\351\"}", 1, "a", "a holds \u201c\\3\u201d" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(BpgJsonPlace) place = { 0 };
      g_autoptr(GError) error = NULL;

      g_test_message ("%s", cases[i].json);
      g_assert_null (parse_text (cases[i].json, &place, &error));
      g_assert_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA);
      g_assert_nonnull (strstr (error->message, cases[i].message));
      g_assert_cmpuint (place.line, ==, cases[i].line);
      g_assert_cmpstr (place.field, ==, cases[i].field);
    }

  /* A whole pair is one character, and other escapes are fine. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(JsonNode) node = parse_text ("{\"a\": \"\\ud83d\\ude00 \\\" \\\\u0000 \\u00e9\"}",
                                           NULL, &error);

    g_assert_no_error (error);
    g_assert_cmpstr (json_object_get_string_member (json_node_get_object (node), "a"), ==,
                     "\U0001F600 \" \\u0000 \u00e9");
  }
}

/* json-glib also reads "/…/" as a comment and text in single quotes; either
 * could hide a quote, and the quote a megabyte of brackets, from a check that
 * did not know them. Neither is JSON: both are refused. */
static void
test_hidden_nesting (void)
{
  g_autofree char *deep = g_strnfill (1024 * 1024, '[');
  g_autofree char *comment = g_strconcat ("/\"/ ", deep, " /\"/", NULL);
  g_autofree char *quotes = g_strconcat ("['\"', ", deep, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_null (parse_text (comment, NULL, &error));
  g_assert_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA);
  g_assert_cmpstr (error->message, ==, "The file holds \u201c/\u201d outside text: JSON has no "
                   "comments");
  g_clear_error (&error);

  g_assert_null (parse_text (quotes, NULL, &error));
  g_assert_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA);
  g_assert_cmpstr (error->message, ==, "[0] holds text in single quotes: JSON needs double "
                   "quotes");
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("bpg-json-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
read_special_files (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *fifo = g_build_filename (dir, "fifo.json", NULL);
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  g_assert_no_errno (mkfifo (fifo, 0600));
  g_assert_null (bpg_json_read_path (fifo, 1024, BPG_JSON_READ_DEFAULT, &error));
  g_assert_error (error, BPG_ERROR, BPG_ERROR_NOT_REGULAR_FILE);
  g_assert_cmpstr (error->message, ==, "This is not a regular file, so it was not read");
  g_clear_error (&error);

  /* /dev/zero never ends; it is refused before a byte is read. */
  g_assert_null (bpg_json_read_path ("/dev/zero", BPG_DIARY_MAX_FILE_SIZE,
                                     BPG_JSON_READ_DEFAULT, &error));
  g_assert_error (error, BPG_ERROR, BPG_ERROR_NOT_REGULAR_FILE);
  g_clear_error (&error);

  g_assert_null (bpg_json_read_path (dir, 1024, BPG_JSON_READ_DEFAULT, &error));
  g_assert_error (error, BPG_ERROR, BPG_ERROR_NOT_REGULAR_FILE);
  g_clear_error (&error);

  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
  g_unlink (fifo);
  g_rmdir (dir);
}

/* In a child, so that a reader that blocks fails the test by timing out
 * instead of hanging the suite. */
static void
test_special_files (void)
{
  if (g_test_subprocess ())
    {
      read_special_files ();
      return;
    }

  g_test_trap_subprocess (NULL, 10 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

static void
test_read_limits (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "file.json", NULL);
  g_autofree char *link = g_build_filename (dir, "link.json", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_assert_true (g_file_set_contents (path, "[1234]", -1, NULL));
  g_assert_no_errno (symlink ("file.json", link));

  bytes = bpg_json_read_path (path, 6, BPG_JSON_READ_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "[1234]", 6);
  g_clear_pointer (&bytes, g_bytes_unref);

  g_assert_null (bpg_json_read_path (path, 5, BPG_JSON_READ_DEFAULT, &error));
  g_assert_error (error, BPG_ERROR, BPG_ERROR_TOO_BIG);
  g_assert_cmpstr (error->message, ==, "The file is too large (6 bytes): it may be at most "
                   "5 bytes");
  g_clear_error (&error);

  g_assert_null (bpg_json_read_file (file, 5, BPG_JSON_READ_DEFAULT, NULL, &error));
  g_assert_error (error, BPG_ERROR, BPG_ERROR_TOO_BIG);
  g_clear_error (&error);

  g_assert_null (bpg_json_read_path (missing, 5, BPG_JSON_READ_DEFAULT, &error));
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_clear_error (&error);

  /* A link is followed unless the caller says not to. */
  bytes = bpg_json_read_path (link, 6, BPG_JSON_READ_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  g_assert_null (bpg_json_read_path (link, 6, BPG_JSON_READ_NOFOLLOW, &error));
  g_assert_error (error, BPG_ERROR, BPG_ERROR_NOT_REGULAR_FILE);
  g_clear_error (&error);

  g_unlink (link);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/strings", test_strings);
  g_test_add_func ("/json/ints", test_ints);
  g_test_add_func ("/json/strv-and-members", test_strv_and_members);
  g_test_add_func ("/json/parse-errors", test_parse_errors);
  g_test_add_func ("/json/deep-nesting", test_deep_nesting);
  g_test_add_func ("/json/duplicate-members", test_duplicate_members);
  g_test_add_func ("/json/broken-text", test_broken_text);
  g_test_add_func ("/json/hidden-nesting", test_hidden_nesting);
  g_test_add_func ("/json/read/special-files", test_special_files);
  g_test_add_func ("/json/read/limits", test_read_limits);

  return g_test_run ();
}
