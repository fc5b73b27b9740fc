/* bpg-glyph-warmup.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-glyph-warmup"

#include "config.h"

#include "bpg-glyph-warmup.h"

/* The glyphs of a window's first frame, loaded a run of text at a time.
 *
 * GTK 4.8's renderer asks cairo for each glyph on its own. With GTK's
 * default unhinted metrics, cairo 1.16 loads a glyph it has not seen at two
 * sizes, the font's design size for its metrics and the size shown, and
 * FreeType runs a hinted font's size program (its "prep" table) again at
 * each change of size: twice a glyph, before the first frame. Given a whole
 * run of text at once, cairo loads all of the run's metrics and then all of
 * its glyphs, and the size changes twice a run.
 *
 * So once the first frame is laid out, and before it is drawn, the text of
 * every label in view is drawn here onto a small surface that is then
 * dropped, with the fonts the label was laid out with: the same fonts and
 * glyphs GTK draws with a moment later, found in cairo's cache. Nothing here
 * is shown. */

/* Larger than any glyph, at any text size the app offers. */
#define SURFACE_SIZE 256

/* Draws every glyph of the label's runs over one another: where each one
 * lands does not matter, only that cairo gets each run's glyphs at once,
 * and that each of them is on the surface (cairo makes no glyph it would
 * draw outside it). Returns how many glyphs were drawn. */
static guint
draw_runs (cairo_t  *cr,
           GtkLabel *label,
           GArray   *glyphs)
{
  PangoLayoutIter *iter = pango_layout_get_iter (gtk_label_get_layout (label));
  guint drawn = 0;

  do
    {
      PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);
      cairo_scaled_font_t *font;

      if (run == NULL)
        continue;

      font = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (run->item->analysis.font));
      if (font == NULL || cairo_scaled_font_status (font) != CAIRO_STATUS_SUCCESS)
        continue;

      g_array_set_size (glyphs, 0);
      for (int i = 0; i < run->glyphs->num_glyphs; i++)
        {
          PangoGlyph glyph = run->glyphs->glyphs[i].glyph;
          cairo_glyph_t placed = { glyph, SURFACE_SIZE / 4, SURFACE_SIZE / 2 };

          if (glyph != PANGO_GLYPH_EMPTY && (glyph & PANGO_GLYPH_UNKNOWN_FLAG) == 0)
            g_array_append_val (glyphs, placed);
        }
      if (glyphs->len == 0)
        continue;

      cairo_set_scaled_font (cr, font);
      cairo_show_glyphs (cr, &g_array_index (glyphs, cairo_glyph_t, 0), glyphs->len);
      drawn += glyphs->len;
    }
  while (pango_layout_iter_next_run (iter));

  pango_layout_iter_free (iter);
  return drawn;
}

/* The labels shown in @view (in @root's coordinates). */
static guint
draw_shown_labels (cairo_t               *cr,
                   GtkWidget             *widget,
                   GtkWidget             *root,
                   const graphene_rect_t *view,
                   GArray                *glyphs)
{
  graphene_rect_t bounds;
  guint drawn = 0;

  if (!gtk_widget_get_mapped (widget) ||
      !gtk_widget_compute_bounds (widget, root, &bounds) ||
      !graphene_rect_intersection (&bounds, view, NULL))
    return 0;

  if (GTK_IS_LABEL (widget))
    return draw_runs (cr, GTK_LABEL (widget), glyphs);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    drawn += draw_shown_labels (cr, child, root, view, glyphs);

  return drawn;
}

/**
 * bpg_glyph_warmup_draw:
 * @window: a window, laid out
 *
 * Loads the glyphs of every label in view in @window, a run of text at a
 * time.
 *
 * Returns: how many glyphs were drawn
 */
guint
bpg_glyph_warmup_draw (GtkWindow *window)
{
  g_autoptr(GArray) glyphs = g_array_new (FALSE, FALSE, sizeof (cairo_glyph_t));
  cairo_surface_t *surface;
  cairo_t *cr;
  graphene_rect_t view;
  guint drawn;

  g_return_val_if_fail (GTK_IS_WINDOW (window), 0);

  if (!gtk_widget_compute_bounds (GTK_WIDGET (window), GTK_WIDGET (window), &view))
    return 0;
  surface = cairo_image_surface_create (CAIRO_FORMAT_A8, SURFACE_SIZE, SURFACE_SIZE);
  cr = cairo_create (surface);
  drawn = draw_shown_labels (cr, GTK_WIDGET (window), GTK_WIDGET (window), &view, glyphs);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  return drawn;
}

static void
laid_out_cb (GdkFrameClock *clock,
             GtkWindow     *window)
{
  g_signal_handlers_disconnect_by_func (clock, laid_out_cb, window);
  bpg_glyph_warmup_draw (window);
}

static void
mapped_cb (GtkWindow *window)
{
  g_signal_handlers_disconnect_by_func (window, mapped_cb, NULL);
  /* After GTK's own handlers, which were connected when the window was
   * realized: the window is laid out, and not yet drawn. */
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "layout",
                           G_CALLBACK (laid_out_cb), window, 0);
}

/**
 * bpg_glyph_warmup_attach:
 * @window: a window not yet shown
 *
 * Loads the glyphs of @window's first frame, between its layout and its
 * drawing, with bpg_glyph_warmup_draw().
 */
void
bpg_glyph_warmup_attach (GtkWindow *window)
{
  g_return_if_fail (GTK_IS_WINDOW (window));
  g_return_if_fail (!gtk_widget_get_mapped (GTK_WIDGET (window)));

  g_signal_connect (window, "map", G_CALLBACK (mapped_cb), NULL);
}
