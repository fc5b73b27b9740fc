/* test-layout-tune.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "bpg-layout-tune.h"
#include "test-isolate.h"
#include "test-widget-util.h"

#define LONG_TEXT "Anyone registered with a GP. See your GP if you have night sweats, " \
                  "or weakness in one leg or both legs that makes you trip or fall."

static GtkWidget *
row_new (void)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), "Physiotherapy for back pain");
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), LONG_TEXT);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("help-browser-symbolic"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_button_new_with_label ("Save a Backup…"));
  return row;
}

static gboolean
has_css_class (GtkWidget     *widget,
               gconstpointer  css_class)
{
  return gtk_widget_has_css_class (widget, css_class);
}

static GtkWidget *
find_css_class (GtkWidget  *widget,
                const char *css_class)
{
  return find_descendant (widget, has_css_class, css_class);
}

static gboolean
is_image (GtkWidget     *widget,
          gconstpointer  data)
{
  return GTK_IS_IMAGE (widget);
}

/* @child in a window @width pixels wide, laid out. */
static GtkWidget *
show_in_window (GtkWidget *child,
                int        width)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_child (GTK_WINDOW (window), child);
  gtk_window_set_default_size (GTK_WINDOW (window), width, 100);
  gtk_window_present (GTK_WINDOW (window));
  run_until_laid_out (window);
  return window;
}

static GtkWidget *
show_in_list (GtkWidget *row,
              int        width)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return show_in_window (list, width);
}

/* @tuned is as tall as @plain, at the least and at best, at every width
 * from @from to @to pixels. */
static void
assert_same_heights (GtkWidget *plain,
                     GtkWidget *tuned,
                     int        from,
                     int        to,
                     int        step)
{
  g_assert_cmpint (from, <, to);
  for (int width = from; width <= to; width += step)
    {
      int plain_min, plain_nat, tuned_min, tuned_nat;

      gtk_widget_measure (plain, GTK_ORIENTATION_VERTICAL, width, &plain_min, &plain_nat, NULL, NULL);
      gtk_widget_measure (tuned, GTK_ORIENTATION_VERTICAL, width, &tuned_min, &tuned_nat, NULL, NULL);
      g_test_message ("at %d px: GTK %d/%d, tuned %d/%d", width,
                      plain_min, plain_nat, tuned_min, tuned_nat);
      g_assert_cmpint (tuned_min, ==, plain_min);
      g_assert_cmpint (tuned_nat, ==, plain_nat);
    }
}

/* A tuned row asks for the same sizes as libadwaita's own, at every width:
 * it looks the same, only the way there is shorter. */
static void
test_row_sizes (void)
{
  GtkWidget *plain = g_object_ref_sink (row_new ());
  GtkWidget *tuned = g_object_ref_sink (row_new ());
  GtkWidget *header = gtk_widget_get_first_child (tuned);
  int plain_min, plain_nat, tuned_min, tuned_nat;

  bpg_layout_tune (tuned);
  g_assert_true (GTK_IS_CUSTOM_LAYOUT (gtk_widget_get_layout_manager (header)));
  g_assert_false (GTK_IS_CUSTOM_LAYOUT (gtk_widget_get_layout_manager (gtk_widget_get_first_child (plain))));

  /* Rows are measured in a window, where their style (and spacing) is set. */
  {
    GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
    GtkWidget *window = gtk_window_new ();

    GtkWidget *plain_list = gtk_list_box_new ();
    GtkWidget *tuned_list = gtk_list_box_new ();

    gtk_list_box_append (GTK_LIST_BOX (plain_list), plain);
    gtk_list_box_append (GTK_LIST_BOX (tuned_list), tuned);
    gtk_box_append (GTK_BOX (box), plain_list);
    gtk_box_append (GTK_BOX (box), tuned_list);
    gtk_window_set_child (GTK_WINDOW (window), box);
    gtk_window_present (GTK_WINDOW (window));
    run_until_laid_out (window);

    gtk_widget_measure (plain, GTK_ORIENTATION_HORIZONTAL, -1, &plain_min, &plain_nat, NULL, NULL);
    gtk_widget_measure (tuned, GTK_ORIENTATION_HORIZONTAL, -1, &tuned_min, &tuned_nat, NULL, NULL);
    g_assert_cmpint (tuned_min, ==, plain_min);
    g_assert_cmpint (tuned_nat, ==, plain_nat);

    assert_same_heights (plain, tuned, 200, 900, 70);

    /* Its width does not depend on a height it is offered. */
    gtk_widget_measure (tuned, GTK_ORIENTATION_HORIZONTAL, 40, &tuned_min, &tuned_nat, NULL, NULL);
    gtk_widget_measure (tuned, GTK_ORIENTATION_HORIZONTAL, -1, &plain_min, &plain_nat, NULL, NULL);
    g_assert_cmpint (tuned_min, ==, plain_min);
    g_assert_cmpint (tuned_nat, ==, plain_nat);

    gtk_window_destroy (GTK_WINDOW (window));
  }

  g_object_unref (plain);
  g_object_unref (tuned);
}

/* The title box and the suffix sit where libadwaita puts them, in both
 * directions: the suffix at the end the text reads towards. */
static void
check_places (GtkTextDirection direction)
{
  GtkWidget *plain = row_new ();
  GtkWidget *tuned = row_new ();
  GtkWidget *plain_window, *tuned_window;
  graphene_rect_t plain_title, tuned_title, plain_suffix, tuned_suffix;

  gtk_widget_set_default_direction (direction);
  bpg_layout_tune (tuned);
  plain_window = show_in_list (plain, 420);
  tuned_window = show_in_list (tuned, 420);

  g_assert_true (gtk_widget_compute_bounds (find_css_class (plain, "title"), plain, &plain_title));
  g_assert_true (gtk_widget_compute_bounds (find_css_class (tuned, "title"), tuned, &tuned_title));
  g_assert_true (gtk_widget_compute_bounds (find_css_class (plain, "suffixes"), plain, &plain_suffix));
  g_assert_true (gtk_widget_compute_bounds (find_css_class (tuned, "suffixes"), tuned, &tuned_suffix));
  g_test_message ("title %g,%g %gx%g (libadwaita %g,%g %gx%g)",
                  tuned_title.origin.x, tuned_title.origin.y,
                  tuned_title.size.width, tuned_title.size.height,
                  plain_title.origin.x, plain_title.origin.y,
                  plain_title.size.width, plain_title.size.height);
  g_assert_true (graphene_rect_equal (&tuned_title, &plain_title));
  g_assert_true (graphene_rect_equal (&tuned_suffix, &plain_suffix));
  if (direction == GTK_TEXT_DIR_RTL)
    g_assert_cmpfloat (tuned_suffix.origin.x + tuned_suffix.size.width, <=, tuned_title.origin.x);
  else
    g_assert_cmpfloat (tuned_title.origin.x + tuned_title.size.width, <=, tuned_suffix.origin.x);

  gtk_window_destroy (GTK_WINDOW (plain_window));
  gtk_window_destroy (GTK_WINDOW (tuned_window));
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

static void
test_row_places_ltr (void)
{
  check_places (GTK_TEXT_DIR_LTR);
}

static void
test_row_places_rtl (void)
{
  check_places (GTK_TEXT_DIR_RTL);
}

/* Expander and combo rows are action rows inside: tuned too. Tuning again
 * changes nothing. */
static void
test_rows_inside (void)
{
  GtkWidget *expander = g_object_ref_sink (adw_expander_row_new ());
  GtkWidget *header;
  GtkLayoutManager *layout;

  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), LONG_TEXT);
  bpg_layout_tune (expander);
  header = gtk_widget_get_parent (find_css_class (expander, "suffixes"));
  layout = gtk_widget_get_layout_manager (header);
  g_assert_true (GTK_IS_CUSTOM_LAYOUT (layout));

  bpg_layout_tune (expander);
  g_assert_true (gtk_widget_get_layout_manager (header) == layout);

  g_object_unref (expander);
}

/* A long paragraph in a column gets a minimum width of a few words; a short
 * label, a heading, a label beside others and a row's own labels do not. */
static void
test_paragraph_floor (void)
{
  GtkWidget *column = g_object_ref_sink (gtk_box_new (GTK_ORIENTATION_VERTICAL, 0));
  GtkWidget *beside = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *paragraph = gtk_label_new (LONG_TEXT);
  GtkWidget *short_label = gtk_label_new ("Emergency");
  GtkWidget *heading = gtk_label_new (LONG_TEXT);
  GtkWidget *side = gtk_label_new (LONG_TEXT);
  GtkWidget *set = gtk_label_new (LONG_TEXT);
  GtkWidget *unwrapped = gtk_label_new (LONG_TEXT);
  GtkWidget *row = row_new ();
  GtkWidget *list = gtk_list_box_new ();

  for (GtkWidget **l = (GtkWidget *[]) { paragraph, short_label, heading, side, set, NULL }; *l; l++)
    gtk_label_set_wrap (GTK_LABEL (*l), TRUE);
  g_object_set (heading, "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING, NULL);
  gtk_label_set_width_chars (GTK_LABEL (set), 4);

  gtk_box_append (GTK_BOX (column), paragraph);
  gtk_box_append (GTK_BOX (column), short_label);
  gtk_box_append (GTK_BOX (column), heading);
  gtk_box_append (GTK_BOX (column), set);
  gtk_box_append (GTK_BOX (column), unwrapped);
  gtk_box_append (GTK_BOX (beside), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
  gtk_box_append (GTK_BOX (beside), side);
  gtk_box_append (GTK_BOX (column), beside);
  gtk_list_box_append (GTK_LIST_BOX (list), row);
  gtk_box_append (GTK_BOX (column), list);

  bpg_layout_tune (column);
  g_assert_cmpint (gtk_label_get_width_chars (GTK_LABEL (paragraph)), ==, BPG_LABEL_MIN_CHARS);
  g_assert_cmpint (gtk_label_get_width_chars (GTK_LABEL (short_label)), ==, -1);
  g_assert_cmpint (gtk_label_get_width_chars (GTK_LABEL (heading)), ==, -1);
  g_assert_cmpint (gtk_label_get_width_chars (GTK_LABEL (side)), ==, -1);
  g_assert_cmpint (gtk_label_get_width_chars (GTK_LABEL (set)), ==, 4);
  g_assert_cmpint (gtk_label_get_width_chars (GTK_LABEL (unwrapped)), ==, -1);
  g_assert_cmpint (gtk_label_get_width_chars (GTK_LABEL (find_label_reading (row, LONG_TEXT))), ==, -1);

  g_object_unref (column);
}

/* A pill button with an icon beside a wrapping label, as the app makes
 * them: the content centred in the button, 8 pixels between its parts. */
static GtkWidget *
pill_new (const char *text)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (button, "pill");
  gtk_widget_set_halign (content, GTK_ALIGN_CENTER);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (content), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
  gtk_box_append (GTK_BOX (content), label);
  gtk_button_set_child (GTK_BUTTON (button), content);
  return button;
}

/* A pill button, measured in a window where its style is set. */
static GtkWidget *
show_pills (GtkWidget *plain,
            GtkWidget *tuned,
            int        width)
{
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_widget_set_halign (plain, GTK_ALIGN_CENTER);
  gtk_widget_set_halign (tuned, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (column), plain);
  gtk_box_append (GTK_BOX (column), tuned);
  return show_in_window (column, width);
}

/* A tuned pill button asks for the same widths, and the same height at
 * every width, as GTK's own; its width does not depend on a height it is
 * offered, which is what spares the label's search. */
static void
test_button_sizes (void)
{
  GtkWidget *plain = pill_new ("When to get urgent help");
  GtkWidget *tuned = pill_new ("When to get urgent help");
  GtkWidget *window;
  int plain_min, plain_nat, tuned_min, tuned_nat, one_line;

  bpg_layout_tune (tuned);
  g_assert_true (GTK_IS_CUSTOM_LAYOUT (gtk_widget_get_layout_manager (gtk_button_get_child (GTK_BUTTON (tuned)))));
  g_assert_true (GTK_IS_BOX_LAYOUT (gtk_widget_get_layout_manager (gtk_button_get_child (GTK_BUTTON (plain)))));
  window = show_pills (plain, tuned, 600);

  gtk_widget_measure (plain, GTK_ORIENTATION_HORIZONTAL, -1, &plain_min, &plain_nat, NULL, NULL);
  gtk_widget_measure (tuned, GTK_ORIENTATION_HORIZONTAL, -1, &tuned_min, &tuned_nat, NULL, NULL);
  g_assert_cmpint (tuned_min, ==, plain_min);
  g_assert_cmpint (tuned_nat, ==, plain_nat);

  /* from the narrowest, where the label wraps at every word, to one line */
  assert_same_heights (plain, tuned, plain_min, plain_nat + 40, 7);

  /* Offered the height of one line, GTK's answers the width of the words
   * on one line; the tuned button's is the one it has at any height. */
  gtk_widget_measure (tuned, GTK_ORIENTATION_VERTICAL, -1, &one_line, NULL, NULL, NULL);
  gtk_widget_measure (plain, GTK_ORIENTATION_HORIZONTAL, one_line, &plain_min, NULL, NULL, NULL);
  gtk_widget_measure (tuned, GTK_ORIENTATION_HORIZONTAL, one_line, &tuned_min, &tuned_nat, NULL, NULL);
  g_assert_cmpint (plain_min, >, tuned_min);
  gtk_widget_measure (tuned, GTK_ORIENTATION_HORIZONTAL, -1, &plain_min, &plain_nat, NULL, NULL);
  g_assert_cmpint (tuned_min, ==, plain_min);
  g_assert_cmpint (tuned_nat, ==, plain_nat);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Where the icon (the first widget @is_icon says yes to) and the label
 * reading @text are in @plain and in @tuned, each relative to @target, or
 * to its own widget when @target is %NULL. */
typedef struct
{
  graphene_rect_t plain_icon, tuned_icon, plain_label, tuned_label;
} Places;

static void
find_places (GtkWidget     *plain,
             GtkWidget     *tuned,
             gboolean     (*is_icon) (GtkWidget *widget, gconstpointer data),
             const char    *text,
             GtkWidget     *target,
             Places        *places)
{
  g_assert_true (gtk_widget_compute_bounds (find_descendant (plain, is_icon, NULL),
                                            target != NULL ? target : plain, &places->plain_icon));
  g_assert_true (gtk_widget_compute_bounds (find_descendant (tuned, is_icon, NULL),
                                            target != NULL ? target : tuned, &places->tuned_icon));
  g_assert_true (gtk_widget_compute_bounds (find_label_reading (plain, text),
                                            target != NULL ? target : plain, &places->plain_label));
  g_assert_true (gtk_widget_compute_bounds (find_label_reading (tuned, text),
                                            target != NULL ? target : tuned, &places->tuned_label));
  g_test_message ("label %g,%g %gx%g (GTK %g,%g %gx%g)",
                  places->tuned_label.origin.x, places->tuned_label.origin.y,
                  places->tuned_label.size.width, places->tuned_label.size.height,
                  places->plain_label.origin.x, places->plain_label.origin.y,
                  places->plain_label.size.width, places->plain_label.size.height);
}

/* With room for the words on one line, the icon and the label sit where
 * GTK puts them, in both directions: the icon first, in reading order. */
static void
check_button_places (GtkTextDirection direction)
{
  GtkWidget *plain = pill_new ("When to get urgent help");
  GtkWidget *tuned = pill_new ("When to get urgent help");
  GtkWidget *window;
  graphene_rect_t plain_button, tuned_button;
  Places p;

  gtk_widget_set_default_direction (direction);
  bpg_layout_tune (tuned);
  window = show_pills (plain, tuned, 600);

  find_places (plain, tuned, is_image, "When to get urgent help", NULL, &p);
  g_assert_true (gtk_widget_compute_bounds (plain, window, &plain_button));
  g_assert_true (gtk_widget_compute_bounds (tuned, window, &tuned_button));
  g_assert_cmpfloat (tuned_button.size.width, ==, plain_button.size.width);
  g_assert_cmpfloat (tuned_button.size.height, ==, plain_button.size.height);
  g_assert_true (graphene_rect_equal (&p.tuned_icon, &p.plain_icon));
  g_assert_cmpfloat (p.tuned_label.origin.x, ==, p.plain_label.origin.x);
  g_assert_cmpfloat (p.tuned_label.size.width, ==, p.plain_label.size.width);
  if (direction == GTK_TEXT_DIR_RTL)
    g_assert_cmpfloat (p.tuned_label.origin.x + p.tuned_label.size.width, <=, p.tuned_icon.origin.x);
  else
    g_assert_cmpfloat (p.tuned_icon.origin.x + p.tuned_icon.size.width, <=, p.tuned_label.origin.x);

  gtk_window_destroy (GTK_WINDOW (window));
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

static void
test_button_places_ltr (void)
{
  check_button_places (GTK_TEXT_DIR_LTR);
}

static void
test_button_places_rtl (void)
{
  check_button_places (GTK_TEXT_DIR_RTL);
}

/* An expander whose label wraps, as Get Help's "Services in Other Areas". */
static GtkWidget *
expander_new (void)
{
  GtkWidget *label = gtk_label_new ("Services in Other Areas (6)");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  return g_object_new (GTK_TYPE_EXPANDER, "label-widget", label,
                       "child", gtk_label_new ("Essex"), NULL);
}

static gboolean
is_not_label (GtkWidget     *widget,
              gconstpointer  data)
{
  return !GTK_IS_LABEL (widget) && gtk_widget_get_first_child (widget) == NULL;
}

/* A tuned expander's title asks for the same sizes as GTK's at every
 * width, and its arrow and the start of its label are where GTK puts them,
 * in both directions. */
static void
check_expander (GtkTextDirection direction)
{
  GtkWidget *plain = expander_new ();
  GtkWidget *tuned = expander_new ();
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title, *window;
  int plain_min, plain_nat, tuned_min, tuned_nat;

  gtk_widget_set_default_direction (direction);
  bpg_layout_tune (tuned);
  title = gtk_widget_get_first_child (gtk_widget_get_first_child (tuned));
  g_assert_true (GTK_IS_CUSTOM_LAYOUT (gtk_widget_get_layout_manager (title)));
  g_assert_true (GTK_IS_BOX_LAYOUT (gtk_widget_get_layout_manager (gtk_widget_get_first_child (gtk_widget_get_first_child (plain)))));
  gtk_box_append (GTK_BOX (column), plain);
  gtk_box_append (GTK_BOX (column), tuned);
  window = show_in_window (column, 600);

  gtk_widget_measure (plain, GTK_ORIENTATION_HORIZONTAL, -1, &plain_min, &plain_nat, NULL, NULL);
  gtk_widget_measure (tuned, GTK_ORIENTATION_HORIZONTAL, -1, &tuned_min, &tuned_nat, NULL, NULL);
  g_assert_cmpint (tuned_min, ==, plain_min);
  g_assert_cmpint (tuned_nat, ==, plain_nat);
  assert_same_heights (plain, tuned, plain_min, plain_nat + 40, 5);

  for (int width = 600; width >= 60; width -= 540)
    {
      Places p;

      gtk_window_set_default_size (GTK_WINDOW (window), width, 100);
      run_until_laid_out (window);
      g_test_message ("at %d px:", width);
      find_places (plain, tuned, is_not_label, "Services in Other Areas (6)", window, &p);
      g_assert_cmpfloat (p.tuned_icon.origin.x, ==, p.plain_icon.origin.x);
      g_assert_cmpfloat (p.tuned_icon.size.width, ==, p.plain_icon.size.width);
      g_assert_cmpfloat (p.tuned_label.size.height, ==, p.plain_label.size.height);
      if (direction == GTK_TEXT_DIR_RTL)
        g_assert_cmpfloat (p.tuned_label.origin.x + p.tuned_label.size.width, ==,
                           p.plain_label.origin.x + p.plain_label.size.width);
      else
        g_assert_cmpfloat (p.tuned_label.origin.x, ==, p.plain_label.origin.x);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  gtk_widget_set_default_direction (GTK_TEXT_DIR_LTR);
}

static void
test_expander_ltr (void)
{
  check_expander (GTK_TEXT_DIR_LTR);
}

static void
test_expander_rtl (void)
{
  check_expander (GTK_TEXT_DIR_RTL);
}

/* Only a button's icon and wrapping label are adopted; a long label in an
 * adopted button is not taken for a paragraph, and tuning again changes
 * nothing. */
static void
test_buttons_left_alone (void)
{
  GtkWidget *column = g_object_ref_sink (gtk_box_new (GTK_ORIENTATION_VERTICAL, 0));
  GtkWidget *long_pill = pill_new (LONG_TEXT);
  GtkWidget *one_line = pill_new ("Print");
  GtkWidget *label_only = gtk_button_new_with_label ("Exercises");
  GtkWidget *vertical = gtk_button_new ();
  GtkWidget *stacked = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *content;
  GtkLayoutManager *layout;

  gtk_label_set_wrap (GTK_LABEL (find_label_reading (one_line, "Print")), FALSE);
  gtk_label_set_wrap (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (label_only))), TRUE);
  gtk_box_append (GTK_BOX (stacked), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
  gtk_box_append (GTK_BOX (stacked), gtk_label_new (LONG_TEXT));
  gtk_label_set_wrap (GTK_LABEL (gtk_widget_get_last_child (stacked)), TRUE);
  gtk_button_set_child (GTK_BUTTON (vertical), stacked);
  for (GtkWidget **b = (GtkWidget *[]) { long_pill, one_line, label_only, vertical, NULL }; *b; b++)
    gtk_box_append (GTK_BOX (column), *b);

  bpg_layout_tune (column);
  content = gtk_button_get_child (GTK_BUTTON (long_pill));
  layout = gtk_widget_get_layout_manager (content);
  g_assert_true (GTK_IS_CUSTOM_LAYOUT (layout));
  g_assert_cmpint (gtk_label_get_width_chars (GTK_LABEL (find_label_reading (long_pill, LONG_TEXT))), ==, -1);
  g_assert_true (GTK_IS_BOX_LAYOUT (gtk_widget_get_layout_manager (gtk_button_get_child (GTK_BUTTON (one_line)))));
  g_assert_true (GTK_IS_BOX_LAYOUT (gtk_widget_get_layout_manager (stacked)));

  bpg_layout_tune (column);
  g_assert_true (gtk_widget_get_layout_manager (content) == layout);

  g_object_unref (column);
}

static GtkWidget *
page_new (void)
{
  GtkWidget *bin = adw_bin_new ();
  GtkWidget *column = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  for (guint i = 0; i < 4; i++)
    {
      GtkWidget *label = gtk_label_new (LONG_TEXT);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_box_append (GTK_BOX (column), label);
    }
  adw_bin_set_child (ADW_BIN (bin), column);
  return bin;
}

/* A stack's page with one child is as wide at the least whatever the
 * height, and as tall for a width as it was. */
static void
test_stack_page (void)
{
  GtkWidget *plain = g_object_ref_sink (page_new ());
  GtkWidget *stack = g_object_ref_sink (gtk_stack_new ());
  GtkWidget *tuned = page_new ();
  int min, nat, min_for, nat_for, plain_min, plain_nat;

  gtk_stack_add_named (GTK_STACK (stack), tuned, "page");
  bpg_layout_tune (stack);
  g_assert_true (GTK_IS_CUSTOM_LAYOUT (gtk_widget_get_layout_manager (tuned)));
  g_assert_cmpint (gtk_widget_get_request_mode (tuned), ==, GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH);

  gtk_widget_measure (tuned, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
  gtk_widget_measure (tuned, GTK_ORIENTATION_HORIZONTAL, 80, &min_for, &nat_for, NULL, NULL);
  g_assert_cmpint (min_for, ==, min);
  g_assert_cmpint (nat_for, ==, nat);
  /* libadwaita's own answer for that height is wider */
  gtk_widget_measure (plain, GTK_ORIENTATION_HORIZONTAL, 80, &plain_min, NULL, NULL, NULL);
  g_assert_cmpint (plain_min, >, min);

  for (int width = 150; width <= 750; width += 100)
    {
      gtk_widget_measure (tuned, GTK_ORIENTATION_VERTICAL, width, &min, &nat, NULL, NULL);
      gtk_widget_measure (plain, GTK_ORIENTATION_VERTICAL, width, &plain_min, &plain_nat, NULL, NULL);
      g_assert_cmpint (min, ==, plain_min);
      g_assert_cmpint (nat, ==, plain_nat);
    }

  g_object_unref (plain);
  g_object_unref (stack);
}

int
main (int   argc,
      char *argv[])
{
  bpg_test_isolate_home ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/layout-tune/row-sizes", test_row_sizes);
  g_test_add_func ("/layout-tune/row-places-ltr", test_row_places_ltr);
  g_test_add_func ("/layout-tune/row-places-rtl", test_row_places_rtl);
  g_test_add_func ("/layout-tune/rows-inside", test_rows_inside);
  g_test_add_func ("/layout-tune/paragraph-floor", test_paragraph_floor);
  g_test_add_func ("/layout-tune/stack-page", test_stack_page);
  g_test_add_func ("/layout-tune/button-sizes", test_button_sizes);
  g_test_add_func ("/layout-tune/button-places-ltr", test_button_places_ltr);
  g_test_add_func ("/layout-tune/button-places-rtl", test_button_places_rtl);
  g_test_add_func ("/layout-tune/buttons-left-alone", test_buttons_left_alone);
  g_test_add_func ("/layout-tune/expander-ltr", test_expander_ltr);
  g_test_add_func ("/layout-tune/expander-rtl", test_expander_rtl);

  return g_test_run ();
}
