/* bpg-toast.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

AdwToast *bpg_toast_new               (const char *text);
AdwToast *bpg_toast_new_with_content  (const char *text,
                                       GtkWidget  *below);

G_END_DECLS
