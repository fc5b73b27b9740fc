/* bpg-accessible.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void bpg_accessible_name_buttons_once (GtkWidget *widget);
void bpg_accessible_watch_windows     (void);

G_END_DECLS
