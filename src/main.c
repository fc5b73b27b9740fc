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
#include "bpg-i18n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(BpgApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* BPG_LOCALEDIR, when set, is where the translations are read from. */
  bpg_i18n_init (GETTEXT_PACKAGE, LOCALEDIR);

  app = bpg_application_new ();

  return g_application_run (G_APPLICATION (app), argc, argv);
}
