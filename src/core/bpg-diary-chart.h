/* bpg-diary-chart.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "bpg-diary-summary.h"

G_BEGIN_DECLS

/**
 * BpgDiaryChartStyle:
 * @foreground: text, axes and the leg-pain line, as red, green, blue, alpha
 * @back: the back-pain line
 * @bars: the active-minutes bars
 * @grid: grid lines
 * @font: the font for labels
 * @rtl: whether to mirror the chart for a right-to-left language: the
 *   axis on the right, time running right to left, the legend from the right
 *
 * How a chart looks. The two pain lines differ by more than colour (solid
 * with round marks, dashed with square marks), so they can be told apart in
 * high contrast and by people who do not see colour.
 */
typedef struct
{
  double                foreground[4];
  double                back[4];
  double                bars[4];
  double                grid[4];
  PangoFontDescription *font;
  gboolean              rtl;
} BpgDiaryChartStyle;

/**
 * BpgDiaryChartLabel:
 * @day: the Julian day it names
 * @text: what it says
 * @x: its left edge
 * @y: its top edge
 * @width: its width
 * @height: its height
 *
 * A date label under the chart, placed by bpg_diary_chart_layout_dates().
 */
typedef struct
{
  guint32  day;
  char    *text;
  double   x, y, width, height;
} BpgDiaryChartLabel;

void bpg_diary_chart_style_init_print (BpgDiaryChartStyle    *style);
void bpg_diary_chart_draw             (cairo_t               *cr,
                                       const BpgDiarySummary *summary,
                                       const BpgDiaryChartStyle *style,
                                       double                 width,
                                       double                 height);

GArray *bpg_diary_chart_layout_dates (cairo_t                  *cr,
                                      const BpgDiarySummary    *summary,
                                      const BpgDiaryChartStyle *style,
                                      double                    width,
                                      double                    height);

G_END_DECLS
