/* bpg-i18n.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * BpgLanguage:
 * @code: the gettext language code, "en" for the English the app is written in
 * @name: the language's name in its own language and script
 * @rtl: whether it is written right to left
 */
typedef struct
{
  const char *code;
  const char *name;
  gboolean    rtl;
} BpgLanguage;

const BpgLanguage *bpg_i18n_get_languages      (guint       *n_languages);
const BpgLanguage *bpg_i18n_lookup_language    (const char  *code);
void               bpg_i18n_init               (const char  *domain,
                                                const char  *localedir);
void               bpg_i18n_set_language       (const char  *code);
const char        *bpg_i18n_get_language       (void);
gboolean           bpg_i18n_get_rtl            (void);
gboolean           bpg_i18n_get_reviewed       (const char  *domain);
gboolean           bpg_i18n_get_reviewed_for   (const char  *domain,
                                                const char  *code);
char              *bpg_i18n_with_english       (const char  *domain,
                                                const char  *translated,
                                                const char  *english);
char              *bpg_i18n_isolate_ltr        (const char  *text);

G_END_DECLS
