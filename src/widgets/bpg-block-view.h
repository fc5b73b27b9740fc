/* bpg-block-view.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bpg-block.h"

G_BEGIN_DECLS

GtkWidget *bpg_block_view_new (BpgBlock *block);

G_END_DECLS
