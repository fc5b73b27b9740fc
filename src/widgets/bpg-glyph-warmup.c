/* bpg-glyph-warmup.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-glyph-warmup"

#include "config.h"

#include "bpg-glyph-warmup.h"

/* The glyphs of a window's first frame, or of an area or page shown for
 * the first time, loaded each font's at once.
 *
 * GTK 4.8's renderer asks cairo for each glyph on its own. With GTK's
 * default unhinted metrics, cairo 1.16 loads a glyph it has not seen at two
 * sizes, the font's design size for its metrics and the size shown, and
 * FreeType runs a hinted font's size program (its "prep" table) again at
 * each change of size: twice a glyph, in the frame that first shows it
 * (for the first frame, some 280 times on the first screen). Given many
 * glyphs at once, cairo loads all of their metrics and then all of their
 * glyphs, and the size changes only twice.
 *
 * So once such a frame is laid out, and before it is drawn, the glyphs
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

      if (run == NULL || !PANGO_IS_CAIRO_FONT (run->item->analysis.font))
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

/* The labels in @view (in @area's coordinates). */
static void
add_shown_labels (GHashTable            *fonts,
                  GtkWidget             *widget,
                  GtkWidget             *area,
                  const graphene_rect_t *view)
{
  graphene_rect_t bounds;

  if (!gtk_widget_get_mapped (widget) ||
      !gtk_widget_compute_bounds (widget, area, &bounds) ||
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
    add_shown_labels (fonts, child, area, view);
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
 * @widget: a widget, laid out
 *
 * Loads the glyphs of every label in view in @widget's own area, each
 * font's at once; where @widget is in the window does not matter, so a page
 * about to slide in has its glyphs ready too.
 *
 * Returns: how many glyphs were drawn (each glyph of each font once)
 */
guint
bpg_glyph_warmup_draw (GtkWidget *widget)
{
  g_autoptr(GHashTable) fonts = fonts_new ();
  graphene_rect_t view;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), 0);

  if (!gtk_widget_compute_bounds (widget, widget, &view))
    return 0;

  add_shown_labels (fonts, widget, widget, &view);
  return draw_fonts (fonts);
}

static void
laid_out_cb (GdkFrameClock *clock,
             GtkWidget     *widget)
{
  g_signal_handlers_disconnect_by_func (clock, laid_out_cb, widget);
  bpg_glyph_warmup_draw (widget);
}

/* Connected after GTK's own handlers, which were connected when the window
 * was realized, this runs when the frame is laid out and not yet drawn. */
static void
connect_to_clock (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  if (clock != NULL &&
      g_signal_handler_find (clock, G_SIGNAL_MATCH_FUNC | G_SIGNAL_MATCH_DATA,
                             0, 0, NULL, laid_out_cb, widget) == 0)
    g_signal_connect_object (clock, "layout", G_CALLBACK (laid_out_cb), widget, 0);
}

static void
mapped_cb (GtkWidget *widget)
{
  g_signal_handlers_disconnect_by_func (widget, mapped_cb, NULL);
  connect_to_clock (widget);
}

/**
 * bpg_glyph_warmup_next_frame:
 * @widget: a window, or what it newly shows
 *
 * Loads the glyphs of @widget in the next frame that shows it (the first,
 * if it is not shown yet) with bpg_glyph_warmup_draw(), between the
 * frame's layout and its drawing. Call it for a window before it is first
 * shown, and for an area or page when it is first shown.
 */
void
bpg_glyph_warmup_next_frame (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (gtk_widget_get_mapped (widget))
    connect_to_clock (widget);
  else if (g_signal_handler_find (widget, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, mapped_cb, NULL) == 0)
    g_signal_connect (widget, "map", G_CALLBACK (mapped_cb), NULL);
}
