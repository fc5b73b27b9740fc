/* bpg-search-result-row.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bpg-search-result.h"

G_BEGIN_DECLS

GtkWidget       *bpg_search_result_row_new        (BpgSearchResult *result,
                                                   gboolean         with_snippet);
BpgSearchResult *bpg_search_result_row_get_result (GtkWidget       *row);

G_END_DECLS
