/* bpg-l10n.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bpg-i18n.h"
#include "bpg-l10n.h"

/* How every content loader translates: each string is looked up with a
 * message context saying where it appears, and noted, so the tests can
 * check that the extraction for translators found every one. */

/**
 * bpg_l10n_lookup:
 * @msgids: (nullable): where to note "context\004text", as gettext writes it
 * @domain: (nullable): the gettext domain, or %NULL to keep the English
 * @context: the message context
 * @text: (nullable): the English text
 *
 * Returns: (nullable): the translation of @text, or @text
 */
const char *
bpg_l10n_lookup (GPtrArray  *msgids,
                 const char *domain,
                 const char *context,
                 const char *text)
{
  g_return_val_if_fail (context != NULL, text);

  if (text == NULL)
    return NULL;

  if (msgids != NULL)
    g_ptr_array_add (msgids, g_strconcat (context, "\004", text, NULL));

  return domain != NULL ? g_dpgettext2 (domain, context, text) : text;
}

/**
 * bpg_l10n_lookup_checked:
 *
 * As bpg_l10n_lookup(), for a warning sign or an instruction: while the
 * translation awaits its medical review, the English follows it, so a
 * bilingual helper or a clinician can check it (see bpg_i18n_with_english()).
 *
 * Returns: (nullable): the text to show; never freed, as gettext's own
 */
const char *
bpg_l10n_lookup_checked (GPtrArray  *msgids,
                         const char *domain,
                         const char *context,
                         const char *text)
{
  const char *translated = bpg_l10n_lookup (msgids, domain, context, text);
  g_autofree char *both = NULL;

  if (domain == NULL || translated == NULL || g_strcmp0 (translated, text) == 0)
    return translated;

  both = bpg_i18n_with_english (domain, translated, text);
  return g_intern_string (both);
}

/**
 * bpg_l10n_lookup_strv:
 * @items: (nullable) (transfer full): English texts, replaced in place
 *
 * Returns: (nullable) (transfer full): @items, translated
 */
char **
bpg_l10n_lookup_strv (GPtrArray   *msgids,
                      const char  *domain,
                      const char  *context,
                      char       **items)
{
  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      const char *translated = bpg_l10n_lookup (msgids, domain, context, items[i]);

      if (translated != items[i])
        {
          char *copy = g_strdup (translated);

          g_free (items[i]);
          items[i] = copy;
        }
    }

  return items;
}
