/* bpg-confirm-dialog.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *bpg_confirm_delete_dialog_new (GtkWindow  *parent,
                                          const char *heading,
                                          const char *body,
                                          const char *delete_label);
GtkWidget *bpg_unsaved_dialog_new        (GtkWindow  *parent,
                                          const char *why);

G_END_DECLS
