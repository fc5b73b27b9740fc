/* bpg-diary-chart.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-diary-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "bpg-date.h"
#include "bpg-diary-chart.h"
#include "bpg-i18n.h"

/* Draws the diary chart with cairo, for the screen (the chart widget) and
 * for paper (the clinician summary): back and leg pain from 0 to 10 above,
 * active minutes per day below, dates along the bottom. */

#define GAP 6.0

typedef struct
{
  double x, y, width, height;
} Box;

static void
set_colour (cairo_t      *cr,
            const double  rgba[4])
{
  cairo_set_source_rgba (cr, rgba[0], rgba[1], rgba[2], rgba[3]);
}

static PangoLayout *
make_layout (cairo_t                  *cr,
             const BpgDiaryChartStyle *style,
             const char               *text)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);

  pango_layout_set_font_description (layout, style->font);
  pango_layout_set_text (layout, text, -1);
  return layout;
}

/* Draws @text with its left (@align 0), middle (0.5) or right (1) at @x. */
static double
draw_text (cairo_t                  *cr,
           const BpgDiaryChartStyle *style,
           const char               *text,
           double                    x,
           double                    y,
           double                    align)
{
  g_autoptr(PangoLayout) layout = make_layout (cr, style, text);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  set_colour (cr, style->foreground);
  if (style->rtl)
    {
      /* The drawing is mirrored, its words are not: the text takes the
       * mirrored place of its box, and reads as it should. */
      cairo_save (cr);
      cairo_translate (cr, x, y);
      cairo_scale (cr, -1, 1);
      cairo_move_to (cr, w * align - w, 0);
      pango_cairo_show_layout (cr, layout);
      cairo_restore (cr);
      return w;
    }
  cairo_move_to (cr, x - w * align, y);
  pango_cairo_show_layout (cr, layout);

  return w;
}

static double
text_height (cairo_t                  *cr,
             const BpgDiaryChartStyle *style)
{
  g_autoptr(PangoLayout) layout = make_layout (cr, style, "0");
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  return h;
}

static double
text_width (cairo_t                  *cr,
            const BpgDiaryChartStyle *style,
            const char               *text)
{
  g_autoptr(PangoLayout) layout = make_layout (cr, style, text);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  return w;
}

static double
day_x (const Box *plot,
       guint      n_days,
       guint      d)
{
  return plot->x + plot->width * (d + 0.5) / n_days;
}

static void
draw_marker (cairo_t  *cr,
             gboolean  square,
             double    x,
             double    y,
             double    size)
{
  if (square)
    cairo_rectangle (cr, x - size, y - size, 2 * size, 2 * size);
  else
    cairo_arc (cr, x, y, size, 0, 2 * G_PI);
  cairo_fill (cr);
}

static void
draw_series (cairo_t                  *cr,
             const BpgDiarySummary    *summary,
             const double             *values,
             const Box                *plot,
             const double              colour[4],
             gboolean                  dashed)
{
  static const double dashes[] = { 6.0, 4.0 };
  double marker = summary->n_days > 31 ? 2.0 : 3.5;
  gboolean started = FALSE;

  set_colour (cr, colour);
  cairo_set_line_width (cr, 2.5);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_set_dash (cr, dashes, dashed ? 2 : 0, 0);

  for (guint d = 0; d < summary->n_days; d++)
    {
      double x = day_x (plot, summary->n_days, d);
      double y = plot->y + plot->height * (1 - values[d] / 10.0);

      if (isnan (values[d]))
        continue;
      if (started)
        cairo_line_to (cr, x, y);
      else
        cairo_move_to (cr, x, y);
      started = TRUE;
    }
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);

  for (guint d = 0; d < summary->n_days; d++)
    if (!isnan (values[d]))
      draw_marker (cr, dashed, day_x (plot, summary->n_days, d),
                   plot->y + plot->height * (1 - values[d] / 10.0), marker);
}

static void
draw_grid_line (cairo_t                  *cr,
                const BpgDiaryChartStyle *style,
                const Box                *plot,
                double                    y,
                const char               *label)
{
  set_colour (cr, style->grid);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, plot->x, round (y) + 0.5);
  cairo_line_to (cr, plot->x + plot->width, round (y) + 0.5);
  cairo_stroke (cr);

  draw_text (cr, style, label, plot->x - GAP, y - text_height (cr, style) / 2, 1);
}

static void
draw_pain (cairo_t                  *cr,
           const BpgDiarySummary    *summary,
           const BpgDiaryChartStyle *style,
           const Box                *plot)
{
  for (guint level = 0; level <= 10; level += 5)
    {
      char label[8];

      g_snprintf (label, sizeof label, "%u", level);
      draw_grid_line (cr, style, plot, plot->y + plot->height * (1 - level / 10.0), label);
    }

  draw_series (cr, summary, summary->back, plot, style->back, FALSE);
  draw_series (cr, summary, summary->leg, plot, style->foreground, TRUE);
}

static guint
nice_ceiling (guint value)
{
  static const guint steps[] = { 30, 60, 90, 120, 180, 240, 360, 480, 720, 1440 };

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (value <= steps[i])
      return steps[i];

  return (value + 59) / 60 * 60;
}

static void
draw_minutes (cairo_t                  *cr,
              const BpgDiarySummary    *summary,
              const BpgDiaryChartStyle *style,
              const Box                *plot)
{
  guint most = 0, top;
  double bar;
  char label[16];

  for (guint d = 0; d < summary->n_days; d++)
    most = MAX (most, summary->minutes[d]);
  top = nice_ceiling (most);

  g_snprintf (label, sizeof label, "%u", top);
  draw_grid_line (cr, style, plot, plot->y, label);
  draw_grid_line (cr, style, plot, plot->y + plot->height, "0");

  bar = MAX (1.0, plot->width / summary->n_days * 0.7);
  set_colour (cr, style->bars);
  for (guint d = 0; d < summary->n_days; d++)
    {
      double h = plot->height * summary->minutes[d] / top;

      if (summary->minutes[d] == 0)
        continue;
      cairo_rectangle (cr, day_x (plot, summary->n_days, d) - bar / 2,
                       plot->y + plot->height - h, bar, h);
    }
  cairo_fill (cr);
}

static void
clear_label (gpointer data)
{
  BpgDiaryChartLabel *label = data;

  g_free (label->text);
}

/* The steps, in days, between date labels that the chart can choose from:
 * every day or every few for a week or two, else whole weeks. */
static const guint day_steps[] = { 1, 2, 3, 7 };
static const guint week_steps[] = { 7, 14, 28, 56, 84 };

static char *
format_date (const BpgDiarySummary *summary,
             guint                  d)
{
  /* Translators: a short date under the chart, as strftime() writes it:
   * "%-d %b" is "3 Nov" and "%a" is "Mon"; see "man strftime" */
  return bpg_date_format (summary->first + d, summary->n_days > 14 ? _("%-d %b") : _("%a"));
}

/* Places a label every @every days, from today backwards, each inside the
 * chart and clear of the next; one that cannot be is left out, and counted
 * in @n_left_out. */
static GArray *
layout_dates_every (cairo_t                  *cr,
                    const BpgDiarySummary    *summary,
                    const BpgDiaryChartStyle *style,
                    const Box                *plot,
                    double                    width,
                    double                    y,
                    guint                     every,
                    guint                    *n_left_out)
{
  GArray *labels = g_array_new (FALSE, TRUE, sizeof (BpgDiaryChartLabel));
  double line = text_height (cr, style);
  double right_edge = G_MAXDOUBLE;

  g_array_set_clear_func (labels, clear_label);
  *n_left_out = 0;

  for (guint d = summary->n_days; d-- > 0; )
    {
      BpgDiaryChartLabel label = { 0 };
      double w;

      if ((summary->n_days - 1 - d) % every != 0)
        continue;

      label.text = format_date (summary, d);
      w = text_width (cr, style, label.text);
      label.day = summary->first + d;
      /* Centred on its day, moved in from the edge of the chart or away
       * from its neighbour if need be, but still above its day. */
      label.x = MIN (day_x (plot, summary->n_days, d) - w / 2, MIN (width, right_edge - GAP) - w);
      label.y = y;
      label.width = w;
      label.height = line;
      if (label.x < 0 || label.x + w < day_x (plot, summary->n_days, d))
        {
          g_free (label.text);
          (*n_left_out)++;
          continue;
        }
      right_edge = label.x;
      g_array_prepend_val (labels, label);
    }

  return labels;
}

/* Labels as often as their measured widths allow: the fewest days apart
 * at which none has to be left out. */
static GArray *
layout_dates (cairo_t                  *cr,
              const BpgDiarySummary    *summary,
              const BpgDiaryChartStyle *style,
              const Box                *plot,
              double                    width,
              double                    y)
{
  const guint *steps = summary->n_days > 14 ? week_steps : day_steps;
  guint n_steps = summary->n_days > 14 ? G_N_ELEMENTS (week_steps) : G_N_ELEMENTS (day_steps);
  GArray *labels = NULL;

  for (guint i = 0; i < n_steps; i++)
    {
      guint n_left_out;

      g_clear_pointer (&labels, g_array_unref);
      labels = layout_dates_every (cr, summary, style, plot, width, y, steps[i], &n_left_out);
      if (n_left_out == 0)
        break;
    }

  return labels;
}

static void
draw_dates (cairo_t                  *cr,
            const BpgDiarySummary    *summary,
            const BpgDiaryChartStyle *style,
            const Box                *plot,
            double                    width,
            double                    y)
{
  g_autoptr(GArray) labels = layout_dates (cr, summary, style, plot, width, y);

  for (guint i = 0; i < labels->len; i++)
    {
      BpgDiaryChartLabel *label = &g_array_index (labels, BpgDiaryChartLabel, i);

      draw_text (cr, style, label->text, label->x, label->y, 0);
    }
}

static double
draw_legend_item (cairo_t                  *cr,
                  const BpgDiaryChartStyle *style,
                  double                    x,
                  double                    y,
                  double                    line,
                  const double              colour[4],
                  int                       kind,
                  const char               *label)
{
  static const double dashes[] = { 6.0, 4.0 };
  double mid = y + line / 2;

  set_colour (cr, colour);
  if (kind == 2)
    {
      cairo_rectangle (cr, x + 6, mid - 6, 12, 12);
      cairo_fill (cr);
    }
  else
    {
      cairo_set_line_width (cr, 2.5);
      cairo_set_dash (cr, dashes, kind == 1 ? 2 : 0, 0);
      cairo_move_to (cr, x, mid);
      cairo_line_to (cr, x + 24, mid);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      draw_marker (cr, kind == 1, x + 12, mid, 3.5);
    }

  return 24 + GAP + draw_text (cr, style, label, x + 24 + GAP, y, 0) + 3 * GAP;
}

/* Draws the legend (or with @draw %FALSE only measures it), and returns
 * where the plot can start below it. */
static double
draw_legend (cairo_t                  *cr,
             const BpgDiaryChartStyle *style,
             double                    x,
             double                    width,
             gboolean                  draw)
{
  const char *labels[] = { _("Back pain"), _("Leg pain"), _("Active minutes") };
  const double *colours[] = { style->back, style->foreground, style->bars };
  double line = text_height (cr, style);
  double at = x, y = 0;

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      double need = 24 + 4 * GAP + text_width (cr, style, labels[i]);

      /* Wrap when narrow, as on a phone or with large text. */
      if (at > x && at + need > x + width)
        {
          at = x;
          y += line + GAP;
        }
      if (draw)
        draw_legend_item (cr, style, at, y, line, colours[i], i, labels[i]);
      at += need;
    }

  return y + line + 2 * GAP;
}

/**
 * bpg_diary_chart_style_init_print:
 * @style: (out caller-allocates): the style to fill
 *
 * Black and grey on white, for paper. Free @style->font after use.
 */
void
bpg_diary_chart_style_init_print (BpgDiaryChartStyle *style)
{
  static const double black[4] = { 0, 0, 0, 1 };
  static const double blue[4] = { 0.11, 0.38, 0.70, 1 };
  static const double grey[4] = { 0.55, 0.55, 0.55, 1 };
  static const double light[4] = { 0.8, 0.8, 0.8, 1 };

  memcpy (style->foreground, black, sizeof black);
  memcpy (style->back, blue, sizeof blue);
  memcpy (style->bars, grey, sizeof grey);
  memcpy (style->grid, light, sizeof light);
  style->font = pango_font_description_from_string ("Sans 8");
  style->rtl = bpg_i18n_get_rtl ();
}

typedef struct
{
  double line, axis, top;
  Box    pain, minutes;
  double dates_y;
} Geometry;

/* Where everything goes in a @width × @height chart. From the top: the
 * legend, the pain plot (its top label half a line above it), a gap with
 * room for the minutes plot's top label, the minutes plot, then a line of
 * dates, all inside the box. */
static void
get_geometry (cairo_t                  *cr,
              const BpgDiaryChartStyle *style,
              double                    width,
              double                    height,
              Geometry                 *g)
{
  double plots;

  g->line = text_height (cr, style);
  g->axis = text_width (cr, style, "1440") + GAP;
  g->top = draw_legend (cr, style, g->axis, width - g->axis, FALSE);

  plots = MAX (0, height - g->top - g->line / 2 - (g->line + 2 * GAP) - (GAP + g->line) - GAP / 2);
  g->pain = (Box) { g->axis, g->top + g->line / 2, width - g->axis - GAP, plots * 0.6 };
  g->minutes = (Box) { g->axis, g->pain.y + g->pain.height + g->line + 2 * GAP,
                       width - g->axis - GAP, plots * 0.4 };
  g->dates_y = g->minutes.y + g->minutes.height + GAP;
}

/**
 * bpg_diary_chart_layout_dates:
 * @cr: a cairo context like the one the chart is drawn on, to measure text
 * @summary: the days to show
 * @style: colours and font
 *
 * Where the date labels go in a @width × @height chart: how many days
 * apart is chosen from the labels' measured widths, so that they never
 * overlap, and each is kept inside the chart. Positions are as if the
 * chart were not mirrored for a right-to-left language.
 *
 * Returns: (transfer full) (element-type BpgDiaryChartLabel): the labels,
 *   oldest first
 */
GArray *
bpg_diary_chart_layout_dates (cairo_t                  *cr,
                              const BpgDiarySummary    *summary,
                              const BpgDiaryChartStyle *style,
                              double                    width,
                              double                    height)
{
  Geometry g;

  g_return_val_if_fail (cr != NULL && summary != NULL && style != NULL, NULL);

  get_geometry (cr, style, width, height, &g);
  return layout_dates (cr, summary, style, &g.minutes, width, g.dates_y);
}

/**
 * bpg_diary_chart_draw:
 * @cr: where to draw, with (0, 0) at the top left
 * @summary: the days to show
 * @style: colours and font
 *
 * Draws the chart in a @width × @height box.
 */
void
bpg_diary_chart_draw (cairo_t                  *cr,
                      const BpgDiarySummary    *summary,
                      const BpgDiaryChartStyle *style,
                      double                    width,
                      double                    height)
{
  Geometry g;

  g_return_if_fail (cr != NULL && summary != NULL && style != NULL);

  cairo_save (cr);
  if (style->rtl)
    {
      cairo_translate (cr, width, 0);
      cairo_scale (cr, -1, 1);
    }
  get_geometry (cr, style, width, height, &g);
  draw_legend (cr, style, g.axis, width - g.axis, TRUE);

  draw_pain (cr, summary, style, &g.pain);
  draw_minutes (cr, summary, style, &g.minutes);
  draw_dates (cr, summary, style, &g.minutes, width, g.dates_y);

  if (summary->n_days_with_entries == 0)
    draw_text (cr, style, _("No entries in these weeks yet"),
               g.pain.x + g.pain.width / 2, g.pain.y + g.pain.height / 2 - g.line / 2, 0.5);

  cairo_restore (cr);
}
