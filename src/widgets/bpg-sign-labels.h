/* bpg-sign-labels.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bpg-warning-sign.h"

G_BEGIN_DECLS

void bpg_sign_labels_fill (GListModel    *signs,
                           BpgCheckLevel  level,
                           GtkLabel      *title,
                           GtkLabel      *list,
                           GtkLabel      *text);

G_END_DECLS
