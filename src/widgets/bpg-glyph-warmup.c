/* bpg-glyph-warmup.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-glyph-warmup"

#include "config.h"

#include "bpg-glyph-warmup.h"

/* The glyphs of a window's first frame, loaded each font's at once.
 *
 * GTK 4.8's renderer asks cairo for each glyph on its own. With GTK's
 * default unhinted metrics, cairo 1.16 loads a glyph it has not seen at two
 * sizes, the font's design size for its metrics and the size shown, and
 * FreeType runs a hinted font's size program (its "prep" table) again at
 * each change of size: twice a glyph, before the first frame. Given many
 * glyphs at once, cairo loads all of their metrics and then all of their
 * glyphs, and the size changes only twice.
 *
 * So once the first frame is laid out, and before it is drawn, the glyphs
 * of every label in view are drawn here onto a small surface that is then
 * dropped, each font's at once, with the fonts the labels were laid out
 * with: the same fonts and glyphs GTK draws with a moment later, found in
 * cairo's cache. Nothing here is shown. */

/* Larger than any glyph, at any text size the app offers. */
#define SURFACE_SIZE 256

/* Each font's glyphs (a set of glyph indices), by font. */
static GHashTable *
fonts_new (void)
{
  return g_hash_table_new_full (NULL, NULL,
                                (GDestroyNotify) cairo_scaled_font_destroy,
                                (GDestroyNotify) g_hash_table_unref);
}

static void
add_runs (GHashTable *fonts,
          GtkLabel   *label)
{
  PangoLayoutIter *iter = pango_layout_get_iter (gtk_label_get_layout (label));

  do
    {
      PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);
      cairo_scaled_font_t *font;
      GHashTable *glyphs;

      if (run == NULL)
        continue;

      font = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (run->item->analysis.font));
      if (font == NULL || cairo_scaled_font_status (font) != CAIRO_STATUS_SUCCESS)
        continue;

      glyphs = g_hash_table_lookup (fonts, font);
      if (glyphs == NULL)
        {
          glyphs = g_hash_table_new (NULL, NULL);
          g_hash_table_insert (fonts, cairo_scaled_font_reference (font), glyphs);
        }

      for (int i = 0; i < run->glyphs->num_glyphs; i++)
        {
          PangoGlyph glyph = run->glyphs->glyphs[i].glyph;

          /* kept one up, as a key may not be 0 */
          if (glyph != PANGO_GLYPH_EMPTY && (glyph & PANGO_GLYPH_UNKNOWN_FLAG) == 0)
            g_hash_table_add (glyphs, GUINT_TO_POINTER (glyph + 1));
        }
    }
  while (pango_layout_iter_next_run (iter));

  pango_layout_iter_free (iter);
}

/* The labels in @view (in @root's coordinates). */
static void
add_shown_labels (GHashTable            *fonts,
                  GtkWidget             *widget,
                  GtkWidget             *root,
                  const graphene_rect_t *view)
{
  graphene_rect_t bounds;

  if (!gtk_widget_get_mapped (widget) ||
      !gtk_widget_compute_bounds (widget, root, &bounds) ||
      !graphene_rect_intersection (&bounds, view, NULL))
    return;

  if (GTK_IS_LABEL (widget))
    {
      add_runs (fonts, GTK_LABEL (widget));
      return;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    add_shown_labels (fonts, child, root, view);
}

/* Draws each font's glyphs over one another, all at once: where each one
 * lands does not matter, only that cairo gets them together, and that each
 * of them is on the surface (cairo makes no glyph it would draw outside
 * it). Returns how many glyphs were drawn. */
static guint
draw_fonts (GHashTable *fonts)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8,
                                                         SURFACE_SIZE, SURFACE_SIZE);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
  GHashTableIter iter;
  gpointer font, glyphs;
  guint drawn = 0;

  g_hash_table_iter_init (&iter, fonts);
  while (g_hash_table_iter_next (&iter, &font, &glyphs))
    {
      GHashTableIter glyph_iter;
      gpointer key;

      g_array_set_size (placed, 0);
      g_hash_table_iter_init (&glyph_iter, glyphs);
      while (g_hash_table_iter_next (&glyph_iter, &key, NULL))
        {
          cairo_glyph_t glyph = { GPOINTER_TO_UINT (key) - 1, SURFACE_SIZE / 4, SURFACE_SIZE / 2 };

          g_array_append_val (placed, glyph);
        }
      if (placed->len == 0)
        continue;

      cairo_set_scaled_font (cr, font);
      cairo_show_glyphs (cr, &g_array_index (placed, cairo_glyph_t, 0), placed->len);
      drawn += placed->len;
    }

  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return drawn;
}

/**
 * bpg_glyph_warmup_draw:
 * @window: a window, laid out
 *
 * Loads the glyphs of every label in view in @window, each font's at once.
 *
 * Returns: how many glyphs were drawn (each glyph of each font once)
 */
guint
bpg_glyph_warmup_draw (GtkWindow *window)
{
  g_autoptr(GHashTable) fonts = fonts_new ();
  graphene_rect_t view;

  g_return_val_if_fail (GTK_IS_WINDOW (window), 0);

  if (!gtk_widget_compute_bounds (GTK_WIDGET (window), GTK_WIDGET (window), &view))
    return 0;

  add_shown_labels (fonts, GTK_WIDGET (window), GTK_WIDGET (window), &view);
  return draw_fonts (fonts);
}

static void
laid_out_cb (GdkFrameClock *clock,
             GtkWindow     *window)
{
  g_signal_handlers_disconnect_by_func (clock, laid_out_cb, window);
  bpg_glyph_warmup_draw (window);
}

/* Connected after GTK's own handlers, which were connected when the window
 * was realized, this runs when the window is laid out and not yet drawn. */
static void
connect_to_clock (GtkWindow *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

  if (g_signal_handler_find (clock, G_SIGNAL_MATCH_FUNC | G_SIGNAL_MATCH_DATA,
                             0, 0, NULL, laid_out_cb, window) == 0)
    g_signal_connect_object (clock, "layout", G_CALLBACK (laid_out_cb), window, 0);
}

static void
mapped_cb (GtkWindow *window)
{
  g_signal_handlers_disconnect_by_func (window, mapped_cb, NULL);
  connect_to_clock (window);
}

/**
 * bpg_glyph_warmup_next_frame:
 * @window: a window
 *
 * Loads the glyphs of @window's next frame (its first, if it is not shown
 * yet) with bpg_glyph_warmup_draw(), between its layout and its drawing.
 * Call it when what the window shows changes a lot, as when an area is
 * first shown.
 */
void
bpg_glyph_warmup_next_frame (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));

  if (gtk_widget_get_mapped (GTK_WIDGET (window)))
    connect_to_clock (window);
  else if (g_signal_handler_find (window, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, mapped_cb, NULL) == 0)
    g_signal_connect (window, "map", G_CALLBACK (mapped_cb), NULL);
}
