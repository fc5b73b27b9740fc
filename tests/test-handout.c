/* test-handout.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "bpg-content.h"
#include "bpg-exercise-list.h"
#include "bpg-handout.h"

/* The handout a practitioner makes, checked the way the patient reads it:
 * its PDF turned back into text with pdftotext, its pictures listed with
 * pdfimages and its first page drawn with pdftoppm. */

typedef struct
{
  char            *dir;
  BpgContent      *content;
  BpgExerciseList *exercises;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("test-handout-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->content = bpg_content_new_from_resource (BPG_CONTENT_RESOURCE, NULL, &error);
  g_assert_no_error (error);
  fixture->exercises = bpg_exercise_list_new_from_resource (BPG_EXERCISES_RESOURCE, NULL,
                                                            &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (fixture->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

      g_unlink (path);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
  g_clear_object (&fixture->content);
  g_clear_object (&fixture->exercises);
}

static char *
run (const char * const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  g_spawn_check_wait_status (status, &error);
  g_assert_no_error (error);

  return out;
}

/* Collapses runs of white space, since pdftotext breaks lines where the
 * layout does. */
static char *
squash (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \n\t\f", -1);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", words[i]);

  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_contains (const char *haystack,
                 const char *needle)
{
  if (strstr (haystack, needle) == NULL)
    g_error ("“%s” not found in:\n%s", needle, haystack);
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  GError **error = user_data;

  if (!bpg_report_save_pdf_finish (BPG_REPORT (object), result, error))
    return;
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS, "saved");
}

static void
save (BpgReport  *report,
      const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GError *result = NULL;

  bpg_report_save_pdf_async (report, file, NULL, saved_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_error (result, G_IO_ERROR, G_IO_ERROR_EXISTS);
  g_assert_cmpstr (result->message, ==, "saved");
  g_error_free (result);
}

/* Two pages, two exercises with their numbers, a goal and a note. */
static BpgHandout *
handout_new (void)
{
  BpgHandout *handout = bpg_handout_new ();

  bpg_handout_set_page (handout, "keep-moving", TRUE);
  bpg_handout_set_page (handout, "painkillers", TRUE);
  bpg_handout_set_exercise (handout, "bridge", TRUE);
  bpg_handout_set_sets (handout, "bridge", 3);
  bpg_handout_set_reps (handout, "bridge", 8);
  bpg_handout_set_exercise (handout, "knee-rolls", TRUE);
  bpg_handout_set_sets (handout, "knee-rolls", 2);
  bpg_handout_set_reps (handout, "knee-rolls", 12);
  bpg_handout_set_goal_minutes (handout, 150);
  bpg_handout_set_note (handout, "Try the bridge before breakfast each morning.");

  return handout;
}

static void
test_pdf_text (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(BpgHandout) handout = handout_new ();
  g_autoptr(GDateTime) date_time = g_date_time_new_local (2026, 3, 12, 10, 0, 0);
  g_autoptr(BpgReport) report = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "handout.pdf", NULL);
  g_autofree char *raw = NULL;
  g_autofree char *text = NULL;

  report = bpg_handout_create_report (handout, fixture->content, fixture->exercises, date_time);
  save (report, path);
  raw = run ((const char *[]) { "pdftotext", "-enc", "UTF-8", path, "-", NULL });
  text = squash (raw);

  assert_contains (text, "12 March 2026");
  assert_contains (text, "Keep moving");
  assert_contains (text, "Painkillers");
  assert_contains (text, "Bridge");
  assert_contains (text, "Knee rolls");
  assert_contains (text, "Sets 3");
  assert_contains (text, "Repetitions 8");
  assert_contains (text, "Sets 2");
  assert_contains (text, "Repetitions 12");
  assert_contains (text, "150 minutes of activity a week");
  assert_contains (text, "Try the bridge before breakfast each morning.");
  assert_contains (text, "999");
  assert_contains (text, "A&E");
  assert_contains (text, "111");
  /* Which leaflet each page's facts come from. */
  assert_contains (text, "Based on the NHS leaflet");
  assert_contains (text, "“Low back pain”");

  /* A page and an exercise that were not chosen are not there. */
  g_assert_null (strstr (text, "Pelvic tilt"));
  g_assert_null (strstr (text, "Cauda equina syndrome"));
}

/* The pages come in the order the app shows them, and the page's own words
 * are there: its first paragraph. */
static void
test_pdf_page_words (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(BpgHandout) handout = bpg_handout_new ();
  g_autoptr(BpgReport) report = NULL;
  g_autofree char *text = NULL;
  g_autofree char *page_text = NULL;
  BpgPage *page = bpg_content_lookup_page (fixture->content, "keep-moving");
  g_autoptr(BpgBlock) block = NULL;
  GListModel *blocks;

  g_assert_nonnull (page);
  blocks = bpg_page_get_blocks (page);
  for (guint i = 0; i < g_list_model_get_n_items (blocks) && block == NULL; i++)
    {
      g_autoptr(BpgBlock) candidate = g_list_model_get_item (blocks, i);

      if (bpg_block_get_kind (candidate) == BPG_BLOCK_PARAGRAPH)
        block = g_steal_pointer (&candidate);
    }
  g_assert_nonnull (block);

  bpg_handout_set_page (handout, "painkillers", TRUE);
  bpg_handout_set_page (handout, "keep-moving", TRUE);
  report = bpg_handout_create_report (handout, fixture->content, fixture->exercises, NULL);
  text = bpg_report_dup_text (report);
  page_text = squash (text);

  assert_contains (text, bpg_block_get_text (block));
  g_assert_true (strstr (text, "Keep moving") < strstr (text, "Painkillers"));
  /* Nothing about exercises, goal or note when none was given. */
  g_assert_null (strstr (text, "Sets"));
  g_assert_null (strstr (text, "minutes of activity a week"));
}

static guint
count_dark (cairo_surface_t *surface)
{
  int width = cairo_image_surface_get_width (surface);
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  const guchar *data;
  guint dark = 0;

  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      if ((((const guint32 *)(const void *)(data + y * stride))[x] & 0xff) < 128)
        dark++;

  return dark;
}

/* Each chosen exercise has its picture in the PDF, and it shows a drawing,
 * not a blank square. */
static void
test_pdf_pictures (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(BpgHandout) handout = handout_new ();
  g_autoptr(BpgReport) report = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "pictures.pdf", NULL);
  g_autofree char *list = NULL;
  g_auto(GStrv) lines = NULL;
  guint images = 0;

  report = bpg_handout_create_report (handout, fixture->content, fixture->exercises, NULL);
  save (report, path);

  list = run ((const char *[]) { "pdfimages", "-list", path, NULL });
  lines = g_strsplit (list, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit_set (lines[i], " ", -1);
      g_autoptr(GPtrArray) words = g_ptr_array_new ();

      for (guint j = 0; fields[j] != NULL; j++)
        if (*fields[j] != '\0')
          g_ptr_array_add (words, fields[j]);
      if (words->len > 2 && g_strcmp0 (g_ptr_array_index (words, 2), "image") == 0)
        images++;
    }
  g_assert_cmpuint (images, ==, 2);

  for (guint i = 0; i < 2; i++)
    {
      const char *id = (const char *[]) { "bridge", "knee-rolls" }[i];
      BpgExercise *exercise = bpg_exercise_list_lookup (fixture->exercises, id);
      cairo_surface_t *picture = bpg_handout_render_picture (exercise, 120);
      guint dark;

      g_assert_nonnull (picture);
      g_assert_cmpint (cairo_image_surface_get_width (picture), ==, 120);
      dark = count_dark (picture);
      /* Some of it is drawn, and most of it is paper. */
      g_assert_cmpuint (dark, >, 120 * 120 / 50);
      g_assert_cmpuint (dark, <, 120 * 120 / 2);
      cairo_surface_destroy (picture);
    }
}

/* The picture as the PDF holds it, taken out again with pdfimages, is a
 * drawing: some of it dark, most of it paper. */
static void
test_pdf_picture_drawn (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(BpgHandout) handout = bpg_handout_new ();
  g_autoptr(BpgReport) report = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "one.pdf", NULL);
  g_autofree char *prefix = g_build_filename (fixture->dir, "picture", NULL);
  g_autofree char *png = g_build_filename (fixture->dir, "picture-000.png", NULL);
  g_autofree char *out = NULL;
  cairo_surface_t *picture;
  int size;
  guint dark;

  bpg_handout_set_exercise (handout, "bridge", TRUE);
  report = bpg_handout_create_report (handout, fixture->content, fixture->exercises, NULL);
  save (report, path);
  out = run ((const char *[]) { "pdfimages", "-png", path, prefix, NULL });

  picture = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (picture), ==, CAIRO_STATUS_SUCCESS);
  size = cairo_image_surface_get_width (picture);
  g_assert_cmpint (size, >=, 100);
  g_assert_cmpint (cairo_image_surface_get_height (picture), ==, size);

  dark = count_dark (picture);
  g_assert_cmpuint (dark, >, (guint)(size * size / 50));
  g_assert_cmpuint (dark, <, (guint)(size * size / 2));
  cairo_surface_destroy (picture);
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

/* Something to print only once a page or an exercise is chosen; the
 * properties are notified only when they change. */
static void
test_has_choice (void)
{
  g_autoptr(BpgHandout) handout = bpg_handout_new ();
  guint notified = 0;

  g_signal_connect (handout, "notify::has-choice", G_CALLBACK (count_cb), &notified);
  g_assert_true (bpg_handout_get_empty (handout));
  g_assert_false (bpg_handout_get_has_choice (handout));

  bpg_handout_set_note (handout, "A note");
  bpg_handout_set_sets (handout, "bridge", 2);
  g_assert_false (bpg_handout_get_empty (handout));
  g_assert_false (bpg_handout_get_has_choice (handout));
  g_assert_cmpuint (notified, ==, 0);

  bpg_handout_set_exercise (handout, "bridge", TRUE);
  g_assert_true (bpg_handout_get_has_choice (handout));
  g_assert_cmpuint (notified, ==, 1);
  bpg_handout_set_page (handout, "work", TRUE);
  g_assert_cmpuint (notified, ==, 1);

  bpg_handout_set_exercise (handout, "bridge", FALSE);
  g_assert_cmpuint (bpg_handout_get_sets (handout, "bridge"), ==, 2);
  bpg_handout_set_page (handout, "work", FALSE);
  g_assert_false (bpg_handout_get_has_choice (handout));
  g_assert_cmpuint (notified, ==, 2);

  bpg_handout_set_sets (handout, "bridge", 1000);
  g_assert_cmpuint (bpg_handout_get_sets (handout, "bridge"), ==, BPG_HANDOUT_SETS_MAX);

  bpg_handout_clear (handout);
  g_assert_true (bpg_handout_get_empty (handout));
  g_assert_cmpuint (bpg_handout_get_sets (handout, "bridge"), ==, 0);
  g_assert_cmpstr (bpg_handout_get_note (handout), ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/handout/pdf-text", Fixture, NULL,
              fixture_set_up, test_pdf_text, fixture_tear_down);
  g_test_add ("/handout/pdf-page-words", Fixture, NULL,
              fixture_set_up, test_pdf_page_words, fixture_tear_down);
  g_test_add ("/handout/pdf-pictures", Fixture, NULL,
              fixture_set_up, test_pdf_pictures, fixture_tear_down);
  g_test_add ("/handout/pdf-picture-drawn", Fixture, NULL,
              fixture_set_up, test_pdf_picture_drawn, fixture_tear_down);
  g_test_add_func ("/handout/has-choice", test_has_choice);

  return g_test_run ();
}
