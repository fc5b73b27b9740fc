/* bpg-help-wrap.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void bpg_help_wrap_button_labels (GtkWidget *widget);

G_END_DECLS
