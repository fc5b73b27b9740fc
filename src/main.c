/* main.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "bpg-application.h"
#include "bpg-diary-store.h"

/* The settings as this computer keeps them, read through a back end of
 * their own: the default one, once made, is the one GTK writes its own
 * settings (the file dialog's) to, and on a shared computer that must be
 * memory. NULL if there is no such back end or no schema. */
static GSettings *
machine_settings_new (void)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  const char *wanted = g_getenv ("GSETTINGS_BACKEND");
  GIOExtensionPoint *point;

  schema = g_settings_schema_source_lookup (g_settings_schema_source_get_default (),
                                            APP_ID, TRUE);
  if (schema == NULL)
    return NULL;

  g_vfs_get_default ();   /* loads GIO's modules, the settings back ends among them */
  point = g_io_extension_point_lookup (G_SETTINGS_BACKEND_EXTENSION_POINT_NAME);
  for (GList *l = point ? g_io_extension_point_get_extensions (point) : NULL; l; l = l->next)
    {
      const char *name = g_io_extension_get_name (l->data);
      g_autoptr(GSettingsBackend) backend = NULL;

      if (wanted != NULL ? !g_str_equal (name, wanted)
                         : g_str_equal (name, "memory") || g_str_equal (name, "null"))
        continue;
      backend = g_object_new (g_io_extension_get_type (l->data), NULL);
      return g_settings_new_full (schema, backend, NULL);
    }

  return NULL;
}

/* Decided before anything reads a setting, since GIO picks where settings
 * are kept the first time they are used: on a shared computer (the locked
 * key, BPG_SHARED_COMPUTER=1, or back-pain-guide --shared-computer for one
 * run) every setting, GTK's own too, is kept in memory. What the
 * administrator set is passed on in the environment, which the app reads
 * as it would under Flatpak. */
static void
check_shared_computer (int    argc,
                       char **argv)
{
  g_autoptr(GSettings) machine = NULL;

  for (int i = 1; i < argc && g_strcmp0 (argv[i], "--") != 0; i++)
    if (g_str_equal (argv[i], "--shared-computer"))
      g_setenv (BPG_SHARED_COMPUTER_ENV, "1", TRUE);

  if (!bpg_diary_is_shared_computer (NULL))
    {
      machine = machine_settings_new ();
      if (machine == NULL || !g_settings_get_boolean (machine, "shared-computer"))
        return;
      g_setenv (BPG_SHARED_COMPUTER_ENV, "1", TRUE);
    }

  if (machine != NULL && g_getenv ("BPG_IDLE_SECONDS") == NULL)
    {
      g_autofree char *seconds = g_strdup_printf ("%d", 60 * g_settings_get_int (machine,
                                                                              "idle-minutes"));

      g_setenv ("BPG_IDLE_SECONDS", seconds, TRUE);
    }
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
