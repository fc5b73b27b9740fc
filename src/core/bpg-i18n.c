/* bpg-i18n.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-i18n"

#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <string.h>

#include "bpg-i18n.h"

/* The languages the app speaks, and switching between them while it runs.
 *
 * gettext reads the LANGUAGE variable on every lookup, but glibc keeps the
 * translations it has found: after changing LANGUAGE, bumping
 * _nl_msg_cat_cntr is the documented way to make it look again. It ignores
 * LANGUAGE altogether when the messages locale is "C", so on such a system
 * the app uses C.UTF-8 (which every glibc since 2.35 has built in), where a
 * chosen language works. */

#ifdef __GLIBC__
extern int _nl_msg_cat_cntr;
#endif

/* In the order the menu lists them; each name in its own script. */
static const BpgLanguage languages[] = {
  { "en", "English", FALSE },
  { "pl", "Polski", FALSE },
  { "gu", "ગુજરાતી", FALSE },
  { "ar", "العربية", TRUE },
};

/* Where dates are written the language's way, when the system has it. */
static const struct { const char *code; const char *locales[3]; } time_locales[] = {
  { "en", { "en_GB.UTF-8", "en_GB.utf8", NULL } },
  { "pl", { "pl_PL.UTF-8", "pl_PL.utf8", NULL } },
  { "gu", { "gu_IN.UTF-8", "gu_IN.utf8", NULL } },
  { "ar", { "ar_EG.UTF-8", "ar_EG.utf8", NULL } },
};

#define LRI "\xe2\x81\xa6"  /* U+2066 LEFT-TO-RIGHT ISOLATE */
#define PDI "\xe2\x81\xa9"  /* U+2069 POP DIRECTIONAL ISOLATE */

static char     *chosen;          /* "" for the system's language */
static char     *system_language; /* LANGUAGE as the app found it */
static char     *system_time;     /* LC_TIME as the app found it */
static gboolean  initialized;

static gboolean
is_c_locale (const char *locale)
{
  return locale == NULL || strcmp (locale, "C") == 0 || strcmp (locale, "POSIX") == 0;
}

/* A messages locale in which LANGUAGE is honoured. */
static void
leave_c_locale (void)
{
  static const char *fallbacks[] = { "C.UTF-8", "C.utf8", "en_GB.UTF-8", "en_US.UTF-8" };

  if (!is_c_locale (setlocale (LC_MESSAGES, NULL)))
    return;

  for (guint i = 0; i < G_N_ELEMENTS (fallbacks); i++)
    if (setlocale (LC_MESSAGES, fallbacks[i]) != NULL)
      {
        if (is_c_locale (setlocale (LC_CTYPE, NULL)))
          setlocale (LC_CTYPE, fallbacks[i]);
        return;
      }

  g_warning ("No UTF-8 locale was found; the app stays in English");
}

static void
forget_translations (void)
{
#ifdef __GLIBC__
  ++_nl_msg_cat_cntr;
#endif
}

static void
set_time_locale (const char *code)
{
  for (guint i = 0; i < G_N_ELEMENTS (time_locales); i++)
    if (g_strcmp0 (time_locales[i].code, code) == 0)
      for (guint j = 0; time_locales[i].locales[j] != NULL; j++)
        if (setlocale (LC_TIME, time_locales[i].locales[j]) != NULL)
          return;

  setlocale (LC_TIME, system_time);
}

/* GLib decides once, at the first g_dgettext() (which GtkBuilder and the
 * content use), whether to translate at all: not when the app's domain has
 * no translation for the system's language. Decide it with a translation in
 * place, so a language chosen later is used. */
static void
prime_glib (const char *domain)
{
  /* The system's own language first: it may be one the table does not
   * list (a pseudo-translation, a language being added). */
  for (guint i = 0; *gettext ("") == '\0' && i < G_N_ELEMENTS (languages); i++)
    {
      g_setenv ("LANGUAGE", languages[i].code, TRUE);
      forget_translations ();
    }

  g_dgettext (domain, "");

  g_setenv ("LANGUAGE", system_language != NULL ? system_language : "", TRUE);
  forget_translations ();
}

/**
 * bpg_i18n_get_languages:
 * @n_languages: (out): how many there are
 *
 * Returns: (array length=n_languages): the languages the app ships, English first
 */
const BpgLanguage *
bpg_i18n_get_languages (guint *n_languages)
{
  g_return_val_if_fail (n_languages != NULL, NULL);

  *n_languages = G_N_ELEMENTS (languages);
  return languages;
}

/**
 * bpg_i18n_lookup_language:
 * @code: a language code, such as "pl" or "pl_PL.UTF-8"
 *
 * Returns: (nullable): the shipped language @code is written in
 */
const BpgLanguage *
bpg_i18n_lookup_language (const char *code)
{
  if (code == NULL)
    return NULL;

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      gsize len = strlen (languages[i].code);

      if (strncmp (code, languages[i].code, len) == 0 &&
          (code[len] == '\0' || strchr ("_.@", code[len]) != NULL))
        return &languages[i];
    }

  return NULL;
}

/**
 * bpg_i18n_init:
 * @domain: the app's gettext domain
 * @localedir: where its translations are installed; the BPG_LOCALEDIR
 *   environment variable, when set, wins (for tests)
 *
 * Sets up gettext for the app, after setlocale(). Call once, first.
 */
void
bpg_i18n_init (const char *domain,
               const char *localedir)
{
  const char *override = g_getenv ("BPG_LOCALEDIR");

  g_return_if_fail (domain != NULL);

  if (initialized)
    return;
  initialized = TRUE;

  leave_c_locale ();
  bindtextdomain (domain, override != NULL && *override != '\0' ? override : localedir);
  bind_textdomain_codeset (domain, "UTF-8");
  textdomain (domain);

  system_language = g_strdup (g_getenv ("LANGUAGE"));
  system_time = g_strdup (setlocale (LC_TIME, NULL));
  chosen = g_strdup ("");
  prime_glib (domain);
}

/**
 * bpg_i18n_set_language:
 * @code: (nullable): a shipped language's code, or "" or %NULL for the system's
 *
 * Makes every later gettext lookup, and dates, use @code.
 */
void
bpg_i18n_set_language (const char *code)
{
  if (code == NULL || bpg_i18n_lookup_language (code) == NULL)
    code = "";

  g_free (chosen);
  chosen = g_strdup (code);

  /* Worker threads may be translating meanwhile. LANGUAGE is replaced in
   * place, never unset: taking a variable out and putting it back can move
   * the environment while another thread reads it (an empty LANGUAGE is no
   * LANGUAGE to gettext and GLib). A lookup that began before the switch
   * and keeps its translation after it is forgotten by setlocale(), which
   * waits for lookups to end and makes gettext look again. */
  if (*code != '\0')
    g_setenv ("LANGUAGE", code, TRUE);
  else
    g_setenv ("LANGUAGE", system_language != NULL ? system_language : "", TRUE);

  forget_translations ();
  set_time_locale (*code != '\0' ? code : NULL);
}

/**
 * bpg_i18n_get_language:
 *
 * Returns: the code of the language the app speaks now: the chosen one, or
 *   the first of the system's languages the app has, or "en"
 */
const char *
bpg_i18n_get_language (void)
{
  const char * const *names;

  if (chosen != NULL && *chosen != '\0')
    return chosen;

  names = g_get_language_names_with_category ("LC_MESSAGES");
  for (guint i = 0; names[i] != NULL; i++)
    {
      const BpgLanguage *language = bpg_i18n_lookup_language (names[i]);

      if (language != NULL)
        return language->code;
    }

  return "en";
}

/**
 * bpg_i18n_get_rtl:
 *
 * Returns: whether the language the app speaks now is written right to left
 */
gboolean
bpg_i18n_get_rtl (void)
{
  const BpgLanguage *language = bpg_i18n_lookup_language (bpg_i18n_get_language ());

  return language != NULL && language->rtl;
}

/* English, the language the app is written in, has no catalogue: a missing
 * header counts as reviewed. */
static gboolean
header_says_reviewed (const char *header)
{
  g_auto(GStrv) lines = NULL;

  if (header == NULL || *header == '\0')
    return TRUE;

  lines = g_strsplit (header, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], "X-Medical-Review:"))
      return g_strcmp0 (g_strstrip (lines[i] + strlen ("X-Medical-Review:")), "done") == 0;

  return FALSE;
}

/**
 * bpg_i18n_get_reviewed:
 * @domain: the gettext domain
 *
 * Whether a qualified medical translator has checked the translation in
 * use: its header says "X-Medical-Review: done". English, the language the
 * app is written and clinically checked in, counts as reviewed.
 *
 * Returns: %FALSE while the translation in use awaits its medical review
 */
gboolean
bpg_i18n_get_reviewed (const char *domain)
{
  g_return_val_if_fail (domain != NULL, FALSE);

  return header_says_reviewed (dgettext (domain, ""));
}

static guint32
mo_word (const guint8 *data,
         gsize         offset,
         gboolean      swapped)
{
  guint32 word;

  memcpy (&word, data + offset, sizeof word);
  return swapped ? GUINT32_SWAP_LE_BE (word) : word;
}

/* The header (the translation of "") of a compiled catalogue, read from the
 * file, or %NULL. */
static char *
read_catalogue_header (const char *path)
{
  g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, NULL);
  const guint8 *data;
  gsize length;
  gboolean swapped;
  guint32 n, originals, translations;

  if (file == NULL)
    return NULL;

  data = (const guint8 *)g_mapped_file_get_contents (file);
  length = g_mapped_file_get_length (file);
  if (length < 20)
    return NULL;

#define MO_WORD(offset) mo_word (data, (offset), swapped)
  swapped = FALSE;
  if (MO_WORD (0) != 0x950412de)
    {
      swapped = TRUE;
      if (MO_WORD (0) != 0x950412de)
        return NULL;
    }
  n = MO_WORD (8);
  originals = MO_WORD (12);
  translations = MO_WORD (16);

  /* Sorted, so the header's empty message comes first. */
  if (n == 0 || (gsize)originals + 8 > length || (gsize)translations + 8 > length ||
      MO_WORD (originals) != 0)
    return NULL;
  {
    guint32 size = MO_WORD (translations);
    guint32 offset = MO_WORD (translations + 4);

    if ((gsize)offset + size >= length)
      return NULL;
    return g_strndup ((const char *)data + offset, size);
  }
#undef MO_WORD
}

/**
 * bpg_i18n_get_reviewed_for:
 * @domain: the gettext domain
 * @code: a language's code
 *
 * Reads the header of @code's catalogue from its file, not through gettext,
 * because asking gettext would mean switching the language for a moment:
 * a translation looked up in a worker thread meanwhile would be kept, in the
 * wrong language, as valid for the language in use.
 *
 * Returns: whether the translation into @code is medically reviewed
 */
gboolean
bpg_i18n_get_reviewed_for (const char *domain,
                           const char *code)
{
  g_autofree char *mo = NULL;
  g_autofree char *path = NULL;
  g_autofree char *header = NULL;

  g_return_val_if_fail (domain != NULL && code != NULL, FALSE);

  mo = g_strconcat (domain, ".mo", NULL);
  path = g_build_filename (bindtextdomain (domain, NULL), code, "LC_MESSAGES", mo, NULL);
  header = read_catalogue_header (path);

  return header_says_reviewed (header);
}

/**
 * bpg_i18n_with_english:
 * @domain: the gettext domain
 * @translated: (nullable): a warning sign or an instruction, translated
 * @english: (nullable): the same, in English
 *
 * Until the language in use is medically reviewed, a warning sign or an
 * instruction shows its English under the translation, so a bilingual
 * helper or a clinician can check it.
 *
 * Returns: (transfer full) (nullable): "translated\n(English)", or the
 *   translation alone
 */
char *
bpg_i18n_with_english (const char *domain,
                       const char *translated,
                       const char *english)
{
  g_return_val_if_fail (domain != NULL, NULL);

  if (translated == NULL || english == NULL || g_strcmp0 (translated, english) == 0 ||
      bpg_i18n_get_reviewed (domain))
    return g_strdup (translated);

  /* The English is isolated, so its full stop stays at its end in Arabic. */
  return g_strconcat (translated, "\n(" LRI, english, PDI ")", NULL);
}

/**
 * bpg_i18n_isolate_ltr:
 * @text: (nullable): text that may hold 999, 111 or a web address
 *
 * In a right-to-left language, wraps every phone number and web address in
 * @text in a left-to-right isolate, so they are never mirrored or split.
 *
 * Returns: (transfer full) (nullable): the text to show
 */
char *
bpg_i18n_isolate_ltr (const char *text)
{
  static gsize regex;

  if (text == NULL || !bpg_i18n_get_rtl ())
    return g_strdup (text);

  if (g_once_init_enter (&regex))
    g_once_init_leave (&regex,
                       (gsize)g_regex_new ("(?:https?://|www\\.)[^\\s<>()]*[^\\s<>().,;:]"
                                           "|\\b[0-9][0-9 ]*[0-9]\\b",
                                           G_REGEX_OPTIMIZE, 0, NULL));

  return g_regex_replace ((GRegex *)regex, text, -1, 0, LRI "\\0" PDI, 0, NULL);
}
