/* bpg-safety-net.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bpg-report.h"

G_BEGIN_DECLS

void bpg_safety_net_add_to_report (BpgReport *report);

G_END_DECLS
