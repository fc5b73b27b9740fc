/* bpg-diary-summary.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/**
 * BpgDiarySummary:
 * @first: the Julian day of the first day shown
 * @n_days: how many days, ending with the last day asked for
 * @back: each day's average back pain, or NAN if none was recorded
 * @leg: each day's average leg pain, or NAN
 * @minutes: each day's active minutes, all activities added up
 * @n_entries: entries in these days
 * @n_days_with_entries: days with at least one entry
 *
 * What the diary says about a run of days, as the charts and the clinician
 * summary show it. Several entries on one day are averaged (pain) or added up
 * (minutes).
 */
typedef struct
{
  guint32  first;
  guint    n_days;
  double  *back;
  double  *leg;
  guint   *minutes;
  guint    n_entries;
  guint    n_days_with_entries;
} BpgDiarySummary;

/**
 * BpgDiarySeries:
 * @BPG_DIARY_SERIES_BACK: back pain, 0 to 10
 * @BPG_DIARY_SERIES_LEG: leg pain, 0 to 10
 * @BPG_DIARY_SERIES_MINUTES: active minutes
 */
typedef enum
{
  BPG_DIARY_SERIES_BACK,
  BPG_DIARY_SERIES_LEG,
  BPG_DIARY_SERIES_MINUTES,
} BpgDiarySeries;

BpgDiarySummary *bpg_diary_summary_new         (GListModel            *entries,
                                                guint32                last_day,
                                                guint                  n_days);
void             bpg_diary_summary_free        (BpgDiarySummary       *summary);
double           bpg_diary_summary_average     (const BpgDiarySummary *summary,
                                                BpgDiarySeries         series,
                                                guint                  from,
                                                guint                  n_days);
gboolean         bpg_diary_summary_peak        (const BpgDiarySummary *summary,
                                                BpgDiarySeries         series,
                                                guint                 *day,
                                                double                *value);
guint            bpg_diary_summary_minutes     (const BpgDiarySummary *summary,
                                                guint                  from,
                                                guint                  n_days);
char            *bpg_diary_summary_dup_text    (const BpgDiarySummary *summary);
guint32          bpg_diary_today               (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BpgDiarySummary, bpg_diary_summary_free)

G_END_DECLS
