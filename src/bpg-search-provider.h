/* bpg-search-provider.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bpg-application.h"

G_BEGIN_DECLS

#define BPG_TYPE_SEARCH_PROVIDER (bpg_search_provider_get_type ())

G_DECLARE_FINAL_TYPE (BpgSearchProvider, bpg_search_provider, BPG, SEARCH_PROVIDER, GObject)

BpgSearchProvider *bpg_search_provider_new        (BpgApplication     *application);
gboolean           bpg_search_provider_register   (BpgSearchProvider  *self,
                                                   GDBusConnection    *connection,
                                                   const char         *object_path,
                                                   GError            **error);
void               bpg_search_provider_unregister (BpgSearchProvider  *self);
void               bpg_search_provider_set_context (BpgSearchProvider *self,
                                                    BpgContext        *context);

G_END_DECLS
