/* main.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtk.h>
#include <locale.h>

#include "bpg-application.h"
#include "bpg-i18n.h"
#include "bpg-context.h"

/* back-pain-guide --shared-computer runs as on a shared computer, once. */
static void
check_shared_computer (int    argc,
                       char **argv)
{
  gboolean forced = FALSE;

  for (int i = 1; i < argc && g_strcmp0 (argv[i], "--") != 0; i++)
    forced = forced || g_str_equal (argv[i], "--shared-computer");

  bpg_context_prepare_shared_computer (forced);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(BpgApplication) app = NULL;
  int status;

  setlocale (LC_ALL, "");
  /* GTK would set it again when it starts, and so undo the messages locale
   * a chosen language may need (bpg-i18n.c), which the app's state sets up
   * before GTK starts (bpg_application_startup). */
  gtk_disable_setlocale ();
  /* BPG_LOCALEDIR, when set, is where the translations are read from. */
  bpg_i18n_init (GETTEXT_PACKAGE, LOCALEDIR);

  check_shared_computer (argc, argv);
  app = bpg_application_new ();

  status = g_application_run (G_APPLICATION (app), argc, argv);

  /* GTK writes its (empty) list of recently used files late: look again. */
  if (bpg_application_get_context (app) != NULL)
    bpg_context_sweep_traces (bpg_application_get_context (app));

  return status;
}
