/* test-i18n.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "bpg-date.h"
#include "bpg-i18n.h"
#include "bpg-l10n.h"
#include "bpg-warning-sign.h"

/* Started under the C locale, where gettext ignores LANGUAGE: a chosen
 * language still works. */
static void
test_c_locale (void)
{
  bpg_i18n_set_language ("pl");
  g_assert_cmpstr (gettext ("Back Pain Guide"), ==, "Poradnik bólu pleców");
  g_assert_cmpstr (bpg_i18n_get_language (), ==, "pl");
  g_assert_false (bpg_i18n_get_rtl ());
  bpg_i18n_set_language ("ar");
  g_assert_true (bpg_i18n_get_rtl ());
  bpg_i18n_set_language ("");
  g_assert_cmpstr (gettext ("Back Pain Guide"), ==, "Back Pain Guide");
}

/* An unreviewed translation shows the English beside each warning sign. */
static void
test_unreviewed_shows_english (void)
{
  g_autofree char *both = NULL;
  const char *list;

  bpg_i18n_set_language ("gu");
  g_assert_false (bpg_i18n_get_reviewed (GETTEXT_PACKAGE));
  both = bpg_i18n_with_english (GETTEXT_PACKAGE, "અનુવાદ", "Call 999");
  g_assert_cmpstr (both, ==, "અનુવાદ\n(\u2066Call 999\u2069)");

  /* The urgent advice, as the ladder and the urgent card show it. */
  list = bpg_warning_level_get_title (BPG_CHECK_LEVEL_EMERGENCY, GETTEXT_PACKAGE);
  g_assert_nonnull (strstr (list, "\n(\u2066"));
  g_assert_nonnull (strstr (list, bpg_warning_level_get_title (BPG_CHECK_LEVEL_EMERGENCY, NULL)));

  bpg_i18n_set_language ("en");
  g_assert_true (bpg_i18n_get_reviewed (GETTEXT_PACKAGE));
  g_clear_pointer (&both, g_free);
  both = bpg_i18n_with_english (GETTEXT_PACKAGE, "Call 999", "Call 999");
  g_assert_cmpstr (both, ==, "Call 999");
  bpg_i18n_set_language ("");
}

/* A translation whose header says it is reviewed drops the English. */
static void
test_reviewed_drops_english (void)
{
  g_autofree char *dir = g_dir_make_tmp ("bpg-i18n-XXXXXX", NULL);
  g_autofree char *po = g_build_filename (dir, "pl.po", NULL);
  g_autofree char *modir = g_build_filename (dir, "pl", "LC_MESSAGES", NULL);
  g_autofree char *mo = g_build_filename (modir, "bpg-reviewed.mo", NULL);
  g_autofree char *both = NULL;
  const char *argv[] = { "msgfmt", "-o", mo, po, NULL };
  int status;

  g_file_set_contents (po,
                       "msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
                       "\"X-Medical-Review: done\\n\"\n\nmsgid \"Go\"\nmsgstr \"Idź\"\n",
                       -1, NULL);
  g_mkdir_with_parents (modir, 0700);
  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               NULL, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  bindtextdomain ("bpg-reviewed", dir);
  bind_textdomain_codeset ("bpg-reviewed", "UTF-8");

  bpg_i18n_set_language ("pl");
  g_assert_cmpstr (dgettext ("bpg-reviewed", "Go"), ==, "Idź");
  g_assert_true (bpg_i18n_get_reviewed ("bpg-reviewed"));
  g_assert_false (bpg_i18n_get_reviewed (GETTEXT_PACKAGE));
  g_assert_true (bpg_i18n_get_reviewed_for ("bpg-reviewed", "pl"));
  g_assert_false (bpg_i18n_get_reviewed_for (GETTEXT_PACKAGE, "pl"));
  both = bpg_i18n_with_english ("bpg-reviewed", "Idź", "Go");
  g_assert_cmpstr (both, ==, "Idź");
  bpg_i18n_set_language ("");
}

/* In Arabic, 999, 111 and web addresses sit in left-to-right isolates. */
static void
test_isolate (void)
{
  g_autofree char *plain = NULL;
  g_autofree char *isolated = NULL;

  bpg_i18n_set_language ("en");
  plain = bpg_i18n_isolate_ltr ("Call 999 or see https://www.nhs.uk.");
  g_assert_cmpstr (plain, ==, "Call 999 or see https://www.nhs.uk.");
  bpg_i18n_set_language ("ar");
  isolated = bpg_i18n_isolate_ltr ("اتصل بـ 999 أو https://www.nhs.uk.");
  g_assert_cmpstr (isolated, ==,
                   "اتصل بـ \u2066999\u2069 أو \u2066https://www.nhs.uk\u2069.");
  bpg_i18n_set_language ("");
}

/* Dates take the language's month names, where the system has its locale. */
static void
test_dates (void)
{
  g_autoptr(GDateTime) date = g_date_time_new_utc (2026, 12, 2, 9, 30, 0);
  g_autofree char *english = NULL;
  g_autofree char *polish = NULL;

  locale_t polish_locale = newlocale (LC_TIME_MASK, "pl_PL.UTF-8", (locale_t)0);

  if (polish_locale == (locale_t)0)
    {
      g_test_skip ("this system has no pl_PL.UTF-8 locale (see .ci/deps.sh)");
      return;
    }
  freelocale (polish_locale);

  bpg_i18n_set_language ("en");
  english = g_date_time_format (date, "%B");
  bpg_i18n_set_language ("pl");
  polish = g_date_time_format (date, "%B");
  g_assert_cmpstr (english, ==, "December");
  /* %B is the form used in a date: "2 grudnia 2026". */
  g_assert_cmpstr (polish, ==, "grudnia");
  bpg_i18n_set_language ("");
}

/* Arabic, as the app writes it for a patient in the UK (see the README's
 * Translations section): month names in Arabic, from the locale, and the
 * digits NHS letters, phones and clocks use; 999 and 111 are never
 * converted, and sit in left-to-right isolates. */
static void
test_arabic_digits (void)
{
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 12, 2, 14, 5, 0);
  g_autofree char *date = NULL;
  g_autofree char *date_time = NULL;
  g_autofree char *urgent = NULL;
  GDate day;
  locale_t arabic = newlocale (LC_TIME_MASK, "ar_EG.UTF-8", (locale_t)0);

  if (arabic == (locale_t)0)
    {
      g_test_skip ("this system has no ar_EG.UTF-8 locale (see .ci/deps.sh)");
      return;
    }
  freelocale (arabic);

  g_date_clear (&day, 1);
  g_date_set_dmy (&day, 2, G_DATE_DECEMBER, 2026);
  bpg_i18n_set_language ("ar");
  date = bpg_date_format_date (g_date_get_julian (&day));
  date_time = bpg_date_time_format_when (when);
  urgent = bpg_i18n_isolate_ltr (_("When to call 999, go to A&E or call 111"));

  /* The locale's month name, not the English one. */
  g_assert_nonnull (strstr (date, "ديسمبر"));
  g_assert_null (strstr (date, "December"));
  g_assert_true (g_str_has_prefix (date, "2 "));
  g_assert_nonnull (strstr (date, "2026"));
  g_assert_nonnull (strstr (date_time, "14:05"));
  /* No Eastern Arabic digit (U+0660 to U+0669) anywhere. */
  for (const char *p = date_time; *p != '\0'; p = g_utf8_next_char (p))
    g_assert_false (g_utf8_get_char (p) >= 0x660 && g_utf8_get_char (p) <= 0x669);
  g_assert_cmpstr (urgent, !=, "When to call 999, go to A&E or call 111");
  g_assert_nonnull (strstr (urgent, "\u2066" "999" "\u2069"));
  g_assert_nonnull (strstr (urgent, "\u2066" "111" "\u2069"));
  bpg_i18n_set_language ("");
}

/* The messages of a compiled catalogue, as gettext looks them up (a
 * context joined to its message by U+0004). */
static GPtrArray *
read_catalogue_messages (const char *code)
{
  g_autofree char *path = g_build_filename (bindtextdomain (GETTEXT_PACKAGE, NULL),
                                            code, "LC_MESSAGES",
                                            GETTEXT_PACKAGE ".mo", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  GPtrArray *messages = g_ptr_array_new ();
  guint32 header[5];
  gsize length;

  g_file_get_contents (path, &data, &length, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (length, >, sizeof header);
  memcpy (header, data, sizeof header);
  g_assert_cmphex (header[0], ==, 0x950412de);  /* written on this machine */

  for (guint32 i = 0; i < header[2]; i++)
    {
      guint32 entry[2];  /* length and offset of the message */

      g_assert_cmpuint ((gsize)header[3] + 8 * (i + 1), <=, length);
      memcpy (entry, data + header[3] + 8 * i, sizeof entry);
      g_assert_cmpuint ((gsize)entry[1] + entry[0], <, length);
      if (entry[0] > 0)  /* not the header */
        g_ptr_array_add (messages, g_strdup (data + entry[1]));
    }

  return messages;
}

/* A worker thread translating while the language changes must not leave a
 * message of the old language behind: glibc keeps each translation it finds,
 * stamped with the catalogue counter of the moment it keeps it, so a lookup
 * that starts before a switch and ends after it would be kept as valid in the
 * new language. The language menu once asked each catalogue whether it was
 * checked by switching the language for a moment, and so left one Polish
 * topic heading on the advice home page after a clear back to English. */
typedef struct {
  GPtrArray *messages;
  gint       stop;
  guint      rounds;
} Translator;

static gpointer
translate_thread (gpointer data)
{
  Translator *translator = data;

  while (!g_atomic_int_get (&translator->stop))
    {
      for (guint i = 0; i < translator->messages->len; i++)
        g_dgettext (GETTEXT_PACKAGE, g_ptr_array_index (translator->messages, i));
      translator->rounds++;
    }

  return NULL;
}

static void
test_switch_while_translating (void)
{
  g_autoptr(GPtrArray) messages = read_catalogue_messages ("pl");
  Translator translator = { messages, 0, 0 };
  const BpgLanguage *languages;
  guint n_languages;
  GThread *thread;
  guint wrong = 0;

  g_ptr_array_set_free_func (messages, g_free);
  g_assert_cmpuint (messages->len, >, 1000);
  languages = bpg_i18n_get_languages (&n_languages);
  bpg_i18n_set_language ("pl");
  g_assert_cmpstr (g_dpgettext2 (GETTEXT_PACKAGE, "advice-topic:warning-signs", "Warning signs"),
                   ==, "Objawy alarmowe");

  thread = g_thread_new ("translate", translate_thread, &translator);
  for (guint i = 0; i < 300 && wrong == 0; i++)
    {
      /* A change of language, and the language menu asking, for each
       * language, whether its translation is checked. */
      bpg_i18n_set_language (i % 2 == 0 ? "pl" : "en");
      for (guint k = 0; k < n_languages; k++)
        bpg_i18n_get_reviewed_for (GETTEXT_PACKAGE, languages[k].code);
      if (i % 2 == 0)
        continue;

      for (guint j = 0; j < messages->len; j++)
        {
          const char *message = g_ptr_array_index (messages, j);

          if (strcmp (g_dgettext (GETTEXT_PACKAGE, message), message) != 0)
            {
              g_test_message ("not in English after the switch: %s", message);
              wrong++;
            }
        }
    }
  g_atomic_int_set (&translator.stop, 1);
  g_thread_join (thread);
  bpg_i18n_set_language ("");

  g_test_message ("%u rounds of the catalogue in the worker thread", translator.rounds);
  g_assert_cmpuint (translator.rounds, >, 0);
  g_assert_cmpuint (wrong, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "C");
  bpg_i18n_init (GETTEXT_PACKAGE, LOCALEDIR);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/i18n/c-locale", test_c_locale);
  g_test_add_func ("/i18n/unreviewed-shows-english", test_unreviewed_shows_english);
  g_test_add_func ("/i18n/reviewed-drops-english", test_reviewed_drops_english);
  g_test_add_func ("/i18n/isolate", test_isolate);
  g_test_add_func ("/i18n/dates", test_dates);
  g_test_add_func ("/i18n/arabic-digits", test_arabic_digits);
  g_test_add_func ("/i18n/switch-while-translating", test_switch_while_translating);

  return g_test_run ();
}
