/* main.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "bpg-application.h"
#include "bpg-diary-store.h"

/* back-pain-guide --shared-computer runs as on a shared computer, once.
 * Decided before anything reads a setting: GTK's own settings (the file
 * dialog's) must go to memory too, and GIO picks where settings are kept
 * the first time they are used. */
static void
check_shared_computer (int    argc,
                       char **argv)
{
  for (int i = 1; i < argc && g_strcmp0 (argv[i], "--") != 0; i++)
    if (g_str_equal (argv[i], "--shared-computer"))
      g_setenv (BPG_SHARED_COMPUTER_ENV, "1", TRUE);

  if (bpg_diary_is_shared_computer (NULL))
    g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(BpgApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  check_shared_computer (argc, argv);
  app = bpg_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
