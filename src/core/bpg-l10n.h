/* bpg-l10n.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

const char  *bpg_l10n_lookup      (GPtrArray   *msgids,
                                   const char  *domain,
                                   const char  *context,
                                   const char  *text);
const char  *bpg_l10n_lookup_checked (GPtrArray   *msgids,
                                      const char  *domain,
                                      const char  *context,
                                      const char  *text);
char       **bpg_l10n_lookup_strv (GPtrArray   *msgids,
                                   const char  *domain,
                                   const char  *context,
                                   char       **items);

G_END_DECLS
