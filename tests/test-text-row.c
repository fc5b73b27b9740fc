/* test-text-row.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "bpg-text-row.h"
#include "test-isolate.h"
#include "test-widget-util.h"

#define SUMMARY "Strains, sudden changes in activity, stress and tiredness, " \
                "and a few more words so that it wraps in a narrow window"

static void
spin (void)
{
  for (guint i = 0; i < 20; i++)
    {
      while (g_main_context_iteration (NULL, FALSE));
      g_usleep (5000);
    }
}

/* A window of the given width holding a list with one row. */
static GtkWidget *
show_row (GtkWidget        *row,
          int               width,
          GtkTextDirection  direction)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *list = gtk_list_box_new ();

  /* As the app sets it for a language written right to left. */
  gtk_widget_set_default_direction (direction);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  gtk_window_set_child (GTK_WINDOW (window), list);
  gtk_window_set_default_size (GTK_WINDOW (window), width, 200);
  gtk_window_present (GTK_WINDOW (window));
  spin ();
  return window;
}

static void
test_texts (void)
{
  GtkWidget *row = g_object_ref_sink (bpg_text_row_new ("What causes it?", SUMMARY));
  GtkWidget *bare = g_object_ref_sink (bpg_text_row_new ("Title only", NULL));

  g_assert_cmpstr (bpg_text_row_get_title (BPG_TEXT_ROW (row)), ==, "What causes it?");
  g_assert_cmpstr (bpg_text_row_get_subtitle (BPG_TEXT_ROW (row)), ==, SUMMARY);
  g_assert_true (gtk_widget_get_visible (find_label_reading (row, SUMMARY)));
  /* Styled as libadwaita styles an AdwActionRow's labels. */
  g_assert_true (gtk_widget_has_css_class (find_label_reading (row, SUMMARY), "subtitle"));
  g_assert_true (gtk_widget_has_css_class (find_label_reading (row, "What causes it?"), "title"));

  g_assert_cmpstr (bpg_text_row_get_subtitle (BPG_TEXT_ROW (bare)), ==, "");
  g_assert_false (gtk_widget_get_visible (find_label_reading (bare, "")));

  g_object_unref (row);
  g_object_unref (bare);
}

/* The row's width does not depend on a height it is offered: a wrapping
 * label is never asked to search for a width. Its height does depend on its
 * width: the subtitle wraps. */
static void
test_height_for_width (void)
{
  GtkWidget *row = g_object_ref_sink (bpg_text_row_new ("What causes it?", SUMMARY));
  int min, nat, min_for, nat_for, narrow, wide;

  bpg_text_row_set_suffix (BPG_TEXT_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));

  g_assert_cmpint (gtk_widget_get_request_mode (row), ==, GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH);
  gtk_widget_measure (row, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  gtk_widget_measure (row, GTK_ORIENTATION_HORIZONTAL, 60, &min_for, &nat_for, NULL, NULL);
  g_assert_cmpint (min, ==, min_for);
  g_assert_cmpint (nat, ==, nat_for);
  g_assert_cmpint (min, <, nat);

  gtk_widget_measure (row, GTK_ORIENTATION_VERTICAL, 200, NULL, &narrow, NULL, NULL);
  gtk_widget_measure (row, GTK_ORIENTATION_VERTICAL, nat, NULL, &wide, NULL, NULL);
  g_assert_cmpint (narrow, >, wide);

  g_object_unref (row);
}

static void
test_subtitle_lines (void)
{
  GtkWidget *row = g_object_ref_sink (bpg_text_row_new ("Monday", SUMMARY));
  GtkLabel *subtitle = GTK_LABEL (find_label_reading (row, SUMMARY));

  bpg_text_row_set_subtitle_lines (BPG_TEXT_ROW (row), 3);
  g_assert_cmpint (gtk_label_get_lines (subtitle), ==, 3);
  g_assert_cmpint (gtk_label_get_ellipsize (subtitle), ==, PANGO_ELLIPSIZE_END);
  bpg_text_row_set_subtitle_lines (BPG_TEXT_ROW (row), 0);
  g_assert_cmpint (gtk_label_get_ellipsize (subtitle), ==, PANGO_ELLIPSIZE_NONE);

  g_object_unref (row);
}

/* The labels take the row's width but the suffix's, and the suffix is at
 * the end the text reads towards. */
static void
check_allocation (GtkTextDirection direction)
{
  GtkWidget *row = bpg_text_row_new ("What causes it?", SUMMARY);
  GtkWidget *button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkWidget *window;
  GtkWidget *subtitle = find_label_reading (row, SUMMARY);
  graphene_rect_t label_box, button_box;

  bpg_text_row_set_suffix (BPG_TEXT_ROW (row), button);
  window = show_row (row, 320, direction);

  g_assert_true (gtk_widget_compute_bounds (subtitle, row, &label_box));
  g_assert_true (gtk_widget_compute_bounds (button, row, &button_box));
  g_assert_cmpfloat (label_box.size.width, >, 0);
  g_assert_cmpfloat (label_box.size.width, <, 320);
  if (direction == GTK_TEXT_DIR_RTL)
    g_assert_cmpfloat (button_box.origin.x + button_box.size.width, <=, label_box.origin.x);
  else
    g_assert_cmpfloat (label_box.origin.x + label_box.size.width, <=, button_box.origin.x);
  /* and the subtitle wraps within them */
  g_assert_cmpint (pango_layout_get_line_count (gtk_label_get_layout (GTK_LABEL (subtitle))),
                   >, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

static void
test_allocation_ltr (void)
{
  check_allocation (GTK_TEXT_DIR_LTR);
}

static void
test_allocation_rtl (void)
{
  check_allocation (GTK_TEXT_DIR_RTL);
}

/* Tab moves from the row into its suffix's buttons, as in an AdwActionRow. */
static void
test_suffix_takes_focus (void)
{
  GtkWidget *row = bpg_text_row_new ("Monday", SUMMARY);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *edit = gtk_button_new_from_icon_name ("document-edit-symbolic");
  GtkWidget *delete = gtk_button_new_from_icon_name ("user-trash-symbolic");
  GtkWidget *window;

  gtk_box_append (GTK_BOX (buttons), edit);
  gtk_box_append (GTK_BOX (buttons), delete);
  bpg_text_row_set_suffix (BPG_TEXT_ROW (row), buttons);
  window = show_row (row, 600, GTK_TEXT_DIR_LTR);

  g_assert_true (gtk_widget_grab_focus (row));
  g_assert_true (gtk_widget_child_focus (row, GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == edit);
  g_assert_true (gtk_widget_child_focus (row, GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == delete);

  /* Taking the suffix away takes it out of the row. */
  g_object_ref (buttons);
  bpg_text_row_set_suffix (BPG_TEXT_ROW (row), NULL);
  g_assert_null (gtk_widget_get_parent (buttons));
  g_object_unref (buttons);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  bpg_test_isolate_home ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/text-row/texts", test_texts);
  g_test_add_func ("/text-row/height-for-width", test_height_for_width);
  g_test_add_func ("/text-row/subtitle-lines", test_subtitle_lines);
  g_test_add_func ("/text-row/allocation-ltr", test_allocation_ltr);
  g_test_add_func ("/text-row/allocation-rtl", test_allocation_rtl);
  g_test_add_func ("/text-row/suffix-takes-focus", test_suffix_takes_focus);

  return g_test_run ();
}
