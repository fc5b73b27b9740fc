/* test-glyph-warmup.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <dlfcn.h>
#include <ft2build.h>
#include FT_FREETYPE_H

#include "bpg-glyph-warmup.h"
#include "test-isolate.h"
#include "test-widget-util.h"

/* FreeType's FT_Set_Char_Size(), with this program's in front of it (the
 * program exports its symbols): the times the main thread sets a size in
 * pixels, to see where cairo loads the glyphs of a first frame. */
static GThread *main_thread;
static double   counted_size;
static guint    sizes_set;

FT_Error
FT_Set_Char_Size (FT_Face    face,
                  FT_F26Dot6 char_width,
                  FT_F26Dot6 char_height,
                  FT_UInt    horz_resolution,
                  FT_UInt    vert_resolution)
{
  static FT_Error (*real) (FT_Face, FT_F26Dot6, FT_F26Dot6, FT_UInt, FT_UInt);

  if (real == NULL)
    real = dlsym (RTLD_NEXT, "FT_Set_Char_Size");
  if (g_thread_self () == main_thread && char_height / 64.0 == counted_size)
    sizes_set++;
  return real (face, char_width, char_height, horz_resolution, vert_resolution);
}

static GtkWidget *
label_new (const char *text)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), text);
  return label;
}

static GtkWidget *
window_new (GtkWidget *child)
{
  GtkWidget *window = gtk_window_new ();

  /* no title bar, and so no text but the test's */
  gtk_window_set_titlebar (GTK_WINDOW (window), gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0));
  gtk_window_set_default_size (GTK_WINDOW (window), 300, 200);
  gtk_window_set_child (GTK_WINDOW (window), child);
  return window;
}

/* Only text in view: not hidden labels, a stack's other pages, empty
 * labels or text scrolled out of view; marked-up text as it is shown. */
static void
test_shown_text (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *hidden = label_new ("Hidden");
  GtkWidget *spacer = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *window;

  gtk_box_append (GTK_BOX (box), label_new ("Abc"));
  gtk_box_append (GTK_BOX (box), hidden);
  gtk_widget_set_visible (hidden, FALSE);
  gtk_box_append (GTK_BOX (box), label_new ("<b>Bold</b>"));
  gtk_box_append (GTK_BOX (box), label_new (""));
  gtk_stack_add_named (GTK_STACK (stack), label_new ("One"), "one");
  gtk_stack_add_named (GTK_STACK (stack), label_new ("Second"), "two");
  gtk_stack_set_visible_child_name (GTK_STACK (stack), "one");
  gtk_box_append (GTK_BOX (box), stack);
  gtk_widget_set_size_request (spacer, -1, 2000);
  gtk_box_append (GTK_BOX (box), spacer);
  gtk_box_append (GTK_BOX (box), label_new ("Far"));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  window = window_new (scrolled);
  gtk_window_present (GTK_WINDOW (window));
  run_until_laid_out (window);

  /* "Abc" and "One", six letters of the regular font, and "Bold", four of
   * the bold one: each glyph of each font once */
  g_assert_cmpuint (bpg_glyph_warmup_draw (window), ==, 6 + 4);

  gtk_stack_set_visible_child_name (GTK_STACK (stack), "two");
  gtk_widget_set_visible (hidden, TRUE);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)),
                            2000);
  run_until_laid_out (window);
  g_assert_cmpuint (bpg_glyph_warmup_draw (window), ==, 3);

  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)),
                            0);
  run_until_laid_out (window);
  /* "Abc", "Hidden" and "Second" have ten letters between them */
  g_assert_cmpuint (bpg_glyph_warmup_draw (window), ==, 10 + 4);

  gtk_window_destroy (GTK_WINDOW (window));
}

typedef enum
{
  COLD,        /* GTK alone */
  FIRST_FRAME, /* loaded ahead in a window's first frame */
  LATER,       /* loaded ahead when the text is added to a window shown */
} Warmup;

/* Text in a size nothing else here uses, drawn for the first time; the
 * number of times the main thread set that size on the way. */
static guint
first_draw_size_changes (double size,
              Warmup warmup)
{
  g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();
  g_autofree char *css = g_strdup_printf ("label { font-size: %gpx; }", size);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *window = window_new (box);
  GtkWidget *label = gtk_label_new ("Most back pain gets better by itself. "
                                    "Keeping active helps, with 6 to 8 weeks");

  gtk_css_provider_load_from_data (provider, css, -1);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_USER);
  if (warmup == LATER)
    {
      gtk_window_present (GTK_WINDOW (window));
      run_until_laid_out (window);
    }
  else if (warmup == FIRST_FRAME)
    {
      bpg_glyph_warmup_next_frame (window);
    }

  counted_size = size;
  sizes_set = 0;
  gtk_box_append (GTK_BOX (box), label);
  if (warmup == LATER)
    bpg_glyph_warmup_next_frame (box);
  gtk_window_present (GTK_WINDOW (window));
  run_until_laid_out (window);
  counted_size = 0;

  gtk_window_destroy (GTK_WINDOW (window));
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                 GTK_STYLE_PROVIDER (provider));
  return sizes_set;
}

/* GTK's renderer asks cairo for a new glyph on its own; cairo loads it at
 * two sizes, so the size shown is set again at every glyph (the text has 28
 * different glyphs). Loaded all at once between the frame's layout and its
 * drawing, it is set three times: when cairo makes the font, for its
 * metrics, and once for all the glyphs after theirs. Each call uses two
 * sizes of its own, so that no glyph is in cairo's cache already. */
static void
assert_loaded_ahead (double cold_size,
                     double warm_size,
                     Warmup warmup)
{
  guint cold = first_draw_size_changes (cold_size, COLD);
  guint warm = first_draw_size_changes (warm_size, warmup);

  g_test_message ("size set %u times without, %u times with", cold, warm);
  g_assert_cmpuint (cold, >=, 20);
  g_assert_cmpuint (warm, <=, 3);
}

static void
test_first_frame (void)
{
  assert_loaded_ahead (19, 21, FIRST_FRAME);
}

/* The same for text added to a window already shown, as an area or page
 * shown for the first time is, asked for what holds it. */
static void
test_later_frame (void)
{
  assert_loaded_ahead (23, 25, LATER);
}

int
main (int   argc,
      char *argv[])
{
  main_thread = g_thread_self ();
  bpg_test_isolate_home ();
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/glyph-warmup/shown-text", test_shown_text);
  g_test_add_func ("/glyph-warmup/first-frame", test_first_frame);
  g_test_add_func ("/glyph-warmup/later-frame", test_later_frame);

  return g_test_run ();
}
