/* bpg-chart-view.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bpg-diary-summary.h"

G_BEGIN_DECLS

#define BPG_TYPE_CHART_VIEW (bpg_chart_view_get_type ())

G_DECLARE_FINAL_TYPE (BpgChartView, bpg_chart_view, BPG, CHART_VIEW, GtkWidget)

GtkWidget             *bpg_chart_view_new         (void);
void                   bpg_chart_view_set_summary (BpgChartView    *self,
                                                   BpgDiarySummary *summary);
const BpgDiarySummary *bpg_chart_view_get_summary (BpgChartView    *self);
const char            *bpg_chart_view_get_text    (BpgChartView    *self);

G_END_DECLS
