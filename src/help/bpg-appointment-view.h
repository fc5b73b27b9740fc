/* bpg-appointment-view.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bpg-appointment.h"
#include "bpg-context.h"

G_BEGIN_DECLS

#define BPG_TYPE_APPOINTMENT_VIEW (bpg_appointment_view_get_type ())

G_DECLARE_FINAL_TYPE (BpgAppointmentView, bpg_appointment_view, BPG, APPOINTMENT_VIEW, AdwBin)

BpgAppointment *bpg_appointment_view_get_appointment (BpgAppointmentView *self);
void            bpg_appointment_view_save            (BpgAppointmentView *self,
                                                      BpgReport          *report,
                                                      GFile              *file);

G_END_DECLS
