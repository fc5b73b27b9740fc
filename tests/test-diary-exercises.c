/* test-diary-exercises.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "bpg-block.h"
#include "bpg-error.h"
#include "bpg-exercise-list.h"
#include "bpg-source.h"

/* @path is relative to the top of the source tree. */
static GBytes *
read_source_file (const char *path)
{
  g_autofree char *full = g_test_build_filename (G_TEST_DIST, "..", path, NULL);
  g_autoptr(GError) error = NULL;
  char *contents;
  gsize length;

  g_file_get_contents (full, &contents, &length, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (contents, length);
}

static BpgExerciseList *
load_list (void)
{
  g_autoptr(GBytes) bytes = read_source_file ("data/content/exercises.json");
  g_autoptr(GError) error = NULL;
  BpgExerciseList *list = bpg_exercise_list_new_from_bytes (bytes, NULL, &error);

  g_assert_no_error (error);
  return list;
}

static void
test_exercises (void)
{
  static const char * const expected[] = {
    "knee-to-chest", "knee-rolls", "pelvic-tilt", "bridge", "nerve-glide", "walking", NULL
  };
  g_autoptr(BpgExerciseList) list = load_list ();
  GListModel *exercises = bpg_exercise_list_get_exercises (list);

  g_assert_cmpuint (g_list_model_get_n_items (exercises), ==, g_strv_length ((char **)expected));

  for (guint i = 0; expected[i] != NULL; i++)
    {
      BpgExercise *exercise = bpg_exercise_list_lookup (list, expected[i]);
      const char * const *steps;

      g_assert_nonnull (exercise);
      steps = bpg_exercise_get_steps (exercise);
      g_assert_cmpuint (g_strv_length ((char **)steps), >=, 3);
      g_assert_nonnull (bpg_exercise_get_amount (exercise));
      g_assert_nonnull (bpg_exercise_get_feel (exercise));
      g_assert_cmpuint (strlen (bpg_exercise_get_alt (exercise)), >, 20);
      /* Every page says where its general facts come from. */
      g_assert_cmpuint (g_list_model_get_n_items (bpg_exercise_get_sources (exercise)), >=, 1);
    }

  /* Walking is logged as minutes of an activity, the others as counts. */
  g_assert_cmpint (bpg_exercise_get_record (bpg_exercise_list_lookup (list, "walking")), ==,
                   BPG_EXERCISE_RECORD_MINUTES);
  g_assert_cmpint (bpg_exercise_get_record (bpg_exercise_list_lookup (list, "bridge")), ==,
                   BPG_EXERCISE_RECORD_REPS);
}

static void
test_advice (void)
{
  g_autoptr(BpgExerciseList) list = load_list ();
  GListModel *advice = bpg_exercise_list_get_advice (list);
  gboolean seen[BPG_CALLOUT_EMERGENCY + 1] = { FALSE, };
  gboolean says_not_from_leaflets = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (advice); i++)
    {
      g_autoptr(BpgBlock) block = g_list_model_get_item (advice, i);
      g_autofree char *text = bpg_block_dup_plain_text (block);

      g_assert_cmpint (bpg_block_get_kind (block), ==, BPG_BLOCK_CALLOUT);
      seen[bpg_block_get_level (block)] = TRUE;
      if (strstr (text, "Neither NHS leaflet describes them") != NULL)
        says_not_from_leaflets = TRUE;

      /* The emergency advice is the stronger of the two leaflets': A&E, and
       * 999 if the patient cannot get there. */
      if (bpg_block_get_level (block) == BPG_CALLOUT_EMERGENCY)
        {
          g_assert_nonnull (strstr (text, "go to A&E now"));
          g_assert_nonnull (strstr (text, "999"));
          g_assert_nonnull (strstr (text, "bladder or bowels"));
        }
      if (bpg_block_get_level (block) == BPG_CALLOUT_GP)
        {
          g_assert_nonnull (strstr (text, "much worse"));
          g_assert_nonnull (strstr (text, "numbness"));
          g_assert_nonnull (strstr (text, "weakness"));
        }
    }

  /* The exercises are the app's own choice, and every page says so. */
  g_assert_true (says_not_from_leaflets);
  /* What is normal, when to stop, and the warning signs. */
  g_assert_true (seen[BPG_CALLOUT_INFO]);
  g_assert_true (seen[BPG_CALLOUT_GP]);
  g_assert_true (seen[BPG_CALLOUT_EMERGENCY]);
}

static gboolean
is_drawable_shape (const char *element)
{
  static const char * const allowed[] = { "svg", "rect", "circle", "path", "g", NULL };

  return g_strv_contains (allowed, element);
}

static void
check_element_cb (GMarkupParseContext  *context,
                  const char           *element,
                  const char          **names,
                  const char          **values,
                  gpointer              user_data,
                  GError              **error)
{
  /* Only filled shapes with no colour of their own: GTK draws a symbolic
   * icon in the text colour, which keeps it visible in every style. */
  if (!is_drawable_shape (element))
    g_error ("%s: <%s> is not drawn in the text colour", (char *)user_data, element);

  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (names[i], "fill") || g_str_equal (names[i], "stroke") ||
        g_str_equal (names[i], "style"))
      g_error ("%s: <%s %s> sets its own colour", (char *)user_data, element, names[i]);
}

static void
test_pictures (void)
{
  g_autoptr(BpgExerciseList) list = load_list ();
  GListModel *exercises = bpg_exercise_list_get_exercises (list);
  g_autoptr(GBytes) resources = read_source_file ("src/back-pain-guide.gresource.xml");
  const char *resources_text = g_bytes_get_data (resources, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(BpgExercise) exercise = g_list_model_get_item (exercises, i);
      const char *icon = bpg_exercise_get_icon_name (exercise);
      g_autofree char *name = NULL;
      g_autofree char *alias = NULL;
      g_autofree char *file = NULL;
      g_autoptr(GBytes) svg = NULL;
      g_autoptr(GMarkupParseContext) parser = NULL;
      g_autoptr(GError) error = NULL;
      GMarkupParser checks = { check_element_cb, NULL, NULL, NULL, NULL };

      g_assert_true (g_str_has_prefix (icon, "bpg-exercise-"));
      g_assert_true (g_str_has_suffix (icon, "-symbolic"));
      name = g_strndup (icon + strlen ("bpg-exercise-"),
                        strlen (icon) - strlen ("bpg-exercise-") - strlen ("-symbolic"));

      /* Drawn for the app, and in the app's resources under its icon name. */
      file = g_strconcat ("data/exercises/", name, ".svg", NULL);
      svg = read_source_file (file);
      alias = g_strdup_printf ("alias=\"%s.svg\">exercises/%s.svg<", icon, name);
      g_assert_nonnull (strstr (resources_text, alias));

      parser = g_markup_parse_context_new (&checks, 0, name, NULL);
      g_markup_parse_context_parse (parser, g_bytes_get_data (svg, NULL), g_bytes_get_size (svg), &error);
      g_assert_no_error (error);
    }
}

static char *
escape_like_extractor (const char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      if (*p == '\\' || *p == '"')
        g_string_append_c (out, '\\');
      if (*p == '\n')
        g_string_append (out, "\\n");
      else
        g_string_append_c (out, *p);
    }

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_strings_reach_translators (void)
{
  g_autoptr(BpgExerciseList) list = load_list ();
  const char * const *msgids = bpg_exercise_list_get_msgids (list);
  g_autofree char *extracted = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (CONTENT_STRINGS_FILE, &extracted, NULL, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (g_strv_length ((char **)msgids), >, 50);
  for (guint i = 0; msgids[i] != NULL; i++)
    {
      g_auto(GStrv) parts = g_strsplit (msgids[i], "\004", 2);
      g_autofree char *text = escape_like_extractor (parts[1]);
      g_autofree char *call = g_strdup_printf ("C_(\"%s\", \"%s\");", parts[0], text);

      if (strstr (extracted, call) == NULL)
        g_error ("Not extracted for translators: %s", call);
    }
}

static void
test_bad_lists (void)
{
  static const struct {
    const char *json;
    const char *message;
  } cases[] = {
    { "{\"schema\": 2, \"sources\": [], \"advice\": [], \"exercises\": []}", "newer version" },
    { "{\"schema\": 1, \"sources\": [], \"advice\": [], \"exercises\": []}", "is an empty list" },
    { "{\"schema\": 1, \"sources\": [], \"advice\": [{\"id\": \"a\", \"level\": \"loud\", "
      "\"title\": \"T\", \"text\": \"x\"}], \"exercises\": []}", "advice[0].level \"loud\"" },
    { "{\"schema\": 1, \"sources\": [], \"advice\": [{\"id\": \"a\", \"level\": \"info\", "
      "\"title\": \"T\"}], \"exercises\": []}", "advice[0] needs a text or items" },
    { "{\"schema\": 1, \"sources\": [], \"advice\": [], \"exercises\": [{\"id\": \"x\", "
      "\"title\": \"X\", \"summary\": \"s\", \"picture\": \"x\", \"alt\": \"a\", \"steps\": [\"1\"], "
      "\"amount\": \"a\", \"feel\": \"f\", \"record\": \"laps\", \"sources\": [\"a\"]}]}",
      "exercises[0].record \"laps\"" },
    { "{\"schema\": 1, \"sources\": [], \"advice\": [], \"exercises\": [{\"id\": \"x\", "
      "\"title\": \"X\", \"summary\": \"s\", \"picture\": \"x\", \"alt\": \"a\", \"steps\": [\"1\"], "
      "\"amount\": \"a\", \"feel\": \"f\", \"record\": \"reps\", \"sources\": [\"nhs\"]}]}",
      "exercises[0].sources names \"nhs\"" },
    { "{\"schema\": 1, \"sources\": [], \"advice\": [], \"exercises\": [{\"id\": \"x\", "
      "\"title\": \"X\", \"summary\": \"s\", \"picture\": \"x\", \"alt\": \"a\", \"steps\": [], "
      "\"amount\": \"a\", \"feel\": \"f\", \"record\": \"reps\", \"sources\": [\"a\"]}]}",
      "exercises[0].steps is an empty list" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].json, strlen (cases[i].json));
      g_autoptr(GError) error = NULL;
      g_autoptr(BpgExerciseList) list = bpg_exercise_list_new_from_bytes (bytes, NULL, &error);

      g_assert_null (list);
      g_assert_nonnull (error);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("\"%s\" does not say \"%s\"", error->message, cases[i].message);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/exercises/exercises", test_exercises);
  g_test_add_func ("/exercises/advice", test_advice);
  g_test_add_func ("/exercises/pictures", test_pictures);
  g_test_add_func ("/exercises/strings-reach-translators", test_strings_reach_translators);
  g_test_add_func ("/exercises/bad-lists", test_bad_lists);

  return g_test_run ();
}
