/* bpg-appointment-summary.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bpg-report.h"

G_BEGIN_DECLS

#define BPG_TYPE_APPOINTMENT_SUMMARY (bpg_appointment_summary_get_type ())

G_DECLARE_FINAL_TYPE (BpgAppointmentSummary, bpg_appointment_summary, BPG, APPOINTMENT_SUMMARY, AdwWindow)

GtkWidget *bpg_appointment_summary_new (GtkWindow *parent,
                                        BpgReport *report);

G_END_DECLS
