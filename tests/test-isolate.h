/* test-isolate.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

/* Widget tests start with gtk_test_init(), which does not pass
 * G_TEST_OPTION_ISOLATE_DIRS on to GLib: without this, a test would read
 * and write the diary of whoever runs it, and two test programs running at
 * once would see each other's files. Call first in main(), before anything
 * asks GLib for a folder. */
static inline void
bpg_test_isolate_home (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *home = g_dir_make_tmp ("bpg-test-home-XXXXXX", &error);
  const struct { const char *variable; const char *folder; } xdg[] = {
    { "XDG_DATA_HOME", ".local/share" },
    { "XDG_CONFIG_HOME", ".config" },
    { "XDG_CACHE_HOME", ".cache" },
    { "XDG_STATE_HOME", ".local/state" },
  };

  g_assert_no_error (error);
  g_setenv ("HOME", home, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (xdg); i++)
    {
      g_autofree char *path = g_build_filename (home, xdg[i].folder, NULL);

      g_setenv (xdg[i].variable, path, TRUE);
    }
}
