/* bpg-handout-dialog.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bpg-context.h"

G_BEGIN_DECLS

#define BPG_TYPE_HANDOUT_DIALOG (bpg_handout_dialog_get_type ())

G_DECLARE_FINAL_TYPE (BpgHandoutDialog, bpg_handout_dialog, BPG, HANDOUT_DIALOG, AdwWindow)

GtkWidget *bpg_handout_dialog_new  (GtkWindow        *parent,
                                    BpgContext       *context);
void       bpg_handout_dialog_save (BpgHandoutDialog *self,
                                    GFile            *file);

G_END_DECLS
