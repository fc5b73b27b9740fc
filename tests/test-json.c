/* test-json.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/strings", test_strings);
  g_test_add_func ("/json/ints", test_ints);
  g_test_add_func ("/json/strv-and-members", test_strv_and_members);
  g_test_add_func ("/json/parse-errors", test_parse_errors);

  return g_test_run ();
}
