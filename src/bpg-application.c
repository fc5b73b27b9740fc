/* bpg-application.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-application"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "bpg-accessible.h"
#include "bpg-application.h"
#include "bpg-i18n.h"
#include "bpg-search-provider.h"
#include "bpg-service-catalog.h"
#include "bpg-window.h"

#define TEXT_SCALE_MIN  1.0
#define TEXT_SCALE_MAX  2.0
#define TEXT_SCALE_STEP 0.1

struct _BpgApplication
{
  AdwApplication  parent_instance;

  BpgContext     *context;
  GtkCssProvider *text_scale_css;
  BpgDiaryStore  *held_for;       /* the diary whose saving holds the app */
  BpgSearchProvider *search_provider;
  guint           window_wait;    /* showing the first window without the pages */
  gulong          content_handler;
};

/* How long the first window waits at most for the advice pages. They are
 * read while GTK starts, so they are nearly always there already and the
 * first screen is laid out once, with them. If reading is slower, the window
 * shows the built-in urgent-help advice until they come, as it does when
 * they cannot be read at all. */
#define CONTENT_WAIT_MS 300

G_DEFINE_FINAL_TYPE (BpgApplication, bpg_application, ADW_TYPE_APPLICATION)

static void window_mapped_cb (GtkWidget *window);

static void
style_changed_cb (BpgApplication *self)
{
  g_autofree char *style = g_settings_get_string (bpg_context_get_settings (self->context),
                                                 "style");
  AdwColorScheme scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_str_equal (style, "light"))
    scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_str_equal (style, "dark"))
    scheme = ADW_COLOR_SCHEME_FORCE_DARK;
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
}

static void
update_text_scale (BpgApplication *self)
{
  double scale = bpg_context_get_text_scale (self->context);
  g_autofree char *css = NULL;
  char percent[G_ASCII_DTOSTR_BUF_SIZE];

  /* At the normal size no style is needed; one more style provider would
   * make every widget's style slower to work out at start-up. */
  if (self->text_scale_css == NULL && fabs (scale - 1.0) < 0.01)
    return;

  if (self->text_scale_css == NULL)
    {
      self->text_scale_css = gtk_css_provider_new ();
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (self->text_scale_css),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
    }

  g_ascii_formatd (percent, sizeof percent, "%.0f", scale * 100.0);
  css = g_strdup_printf ("window.bpg-window { font-size: %s%%; }", percent);
  gtk_css_provider_load_from_data (self->text_scale_css, css, -1);
}

static void
change_text_scale (BpgApplication *self,
                   double          step)
{
  double scale = g_settings_get_double (bpg_context_get_settings (self->context), "text-scale");

  /* Round to whole steps, so repeated presses land on 110 %, 120 %… */
  scale = step == 0 ? 1.0 : round ((scale + step) * 10.0) / 10.0;
  g_settings_set_double (bpg_context_get_settings (self->context), "text-scale",
                         CLAMP (scale, TEXT_SCALE_MIN, TEXT_SCALE_MAX));
}

static void
text_scale_changed_cb (BpgApplication *self)
{
  double scale = g_settings_get_double (bpg_context_get_settings (self->context), "text-scale");
  GAction *action;

  update_text_scale (self);

  action = g_action_map_lookup_action (G_ACTION_MAP (self), "text-bigger");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), scale < TEXT_SCALE_MAX - 0.01);
  action = g_action_map_lookup_action (G_ACTION_MAP (self), "text-smaller");
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), scale > TEXT_SCALE_MIN + 0.01);
}

/* Keeps the app running until the diary's last change is on disk, even
 * after its window has closed. */
static void
diary_saving_cb (BpgApplication *self)
{
  BpgDiaryStore *store = bpg_context_get_diary_store (self->context);
  gboolean saving = store != NULL && bpg_diary_store_get_saving (store);

  if (saving && self->held_for == NULL)
    {
      self->held_for = store;
      g_application_hold (G_APPLICATION (self));
    }
  else if (!saving && self->held_for != NULL)
    {
      self->held_for = NULL;
      g_application_release (G_APPLICATION (self));
    }
}

static void
diary_opened_cb (BpgApplication *self)
{
  BpgDiaryStore *store = bpg_context_get_diary_store (self->context);

  if (store != NULL)
    g_signal_connect_object (store, "notify::saving",
                             G_CALLBACK (diary_saving_cb), self, G_CONNECT_SWAPPED);
}

/* The settings are swapped for ones in memory when a computer is found to be
 * shared at the first start. */
static void
settings_cb (BpgApplication *self)
{
  g_signal_connect_object (bpg_context_get_settings (self->context), "changed::text-scale",
                           G_CALLBACK (text_scale_changed_cb), self, G_CONNECT_SWAPPED);
  text_scale_changed_cb (self);
}

static void
shared_computer_cb (BpgApplication *self)
{
  /* GTK's file dialogs would otherwise list the diary or summary saved in
   * the recently used files, for the next person to see. */
  if (bpg_context_get_shared_computer (self->context))
    g_object_set (gtk_settings_get_default (), "gtk-recent-files-enabled", FALSE, NULL);
}

static void
show_window (BpgApplication *self)
{
  GtkWindow *window = GTK_WINDOW (bpg_window_new (self, self->context));

  if (g_getenv ("BPG_BENCH_FIRST_FRAME") != NULL)
    g_signal_connect (window, "map", G_CALLBACK (window_mapped_cb), NULL);
  gtk_window_present (window);
}

static void
stop_waiting (BpgApplication *self)
{
  g_clear_handle_id (&self->window_wait, g_source_remove);
  g_clear_signal_handler (&self->content_handler, self->context);
  show_window (self);
  g_application_release (G_APPLICATION (self));
}

static gboolean
window_wait_cb (gpointer user_data)
{
  BpgApplication *self = user_data;

  self->window_wait = 0;
  stop_waiting (self);
  return G_SOURCE_REMOVE;
}

static void
show_window_when_read (BpgApplication *self)
{
  if (self->window_wait != 0)
    return;
  if (!bpg_context_get_content_loading (self->context))
    {
      show_window (self);
      return;
    }

  g_application_hold (G_APPLICATION (self));
  self->content_handler = g_signal_connect_swapped (self->context, "notify::content",
                                                    G_CALLBACK (stop_waiting), self);
  self->window_wait = g_timeout_add (CONTENT_WAIT_MS, window_wait_cb, self);
}

static void
decided_cb (AdwMessageDialog *dialog,
            const char       *response,
            BpgApplication   *self)
{
  bpg_context_decide_shared_computer (self->context, g_str_equal (response, "shared"));
  show_window_when_read (self);
  g_application_release (G_APPLICATION (self));
}

/* Asked once per computer, before anyone's data is shown or read. */
static void
ask_shared_computer (BpgApplication *self)
{
  GtkWidget *dialog = adw_message_dialog_new (NULL, _("Do Several People Use This Computer?"),
                                              _("On a shared computer, such as in a library, "
                                                "the app keeps nothing you enter after you "
                                                "finish. On your own computer, it keeps your "
                                                "diary and choices for next time."));

  gtk_window_set_application (GTK_WINDOW (dialog), GTK_APPLICATION (self));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "own", _("_My Own Computer"),
                                    "shared", _("_Shared Computer"),
                                    NULL);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "own");
  g_signal_connect_object (dialog, "response", G_CALLBACK (decided_cb), self, 0);
  g_application_hold (G_APPLICATION (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = GTK_APPLICATION (user_data);
  GList *windows = g_list_copy_deep (gtk_application_get_windows (app),
                                     (GCopyFunc)g_object_ref, NULL);

  /* Closing each window, rather than quitting outright, lets a window
   * with unsaved diary changes ask first; the app ends with its last
   * window. Closing one may have closed another already. */
  for (GList *l = windows; l != NULL; l = l->next)
    if (g_list_find (gtk_application_get_windows (app), l->data) != NULL)
      gtk_window_close (l->data);
  g_list_free_full (windows, g_object_unref);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  static const char *developers[] = { "The Back Pain Guide authors", NULL };
  static const char *leaflets[] = {
    /* Translators: the titles of the two patient leaflets the content comes from */
    N_("“Low back pain”, MSK service for Leicester, Leicestershire and Rutland"),
    N_("“Nerve-related back and leg pain”, East of England MSK service"),
    NULL
  };
  g_autofree char *leaflet_credits[G_N_ELEMENTS (leaflets)] = { NULL };
  g_autofree char *comments = NULL;
  BpgApplication *self = user_data;
  GtkWidget *about;

  for (guint i = 0; leaflets[i] != NULL; i++)
    leaflet_credits[i] = g_strdup (_(leaflets[i]));
  /* libadwaita reads the comments as markup: "A&E" alone would lose them all */
  comments = g_markup_escape_text (_("Back Pain Guide gives information about low back pain "
                                     "and sciatica. It does not replace a doctor, nurse or "
                                     "physiotherapist, and it cannot examine you. If you are "
                                     "worried, call 111. In an emergency, call 999 or go to A&E."),
                                   -1);

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "application-name", _("Back Pain Guide"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Back Pain Guide authors"),
                        "version", PACKAGE_VERSION,
                        "website", "https://github.com/backpainguide/BackPainGuide",
                        "issue-url", "https://github.com/backpainguide/BackPainGuide/issues",
                        "developers", developers,
                        "copyright", "© 2026 The Back Pain Guide authors",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: put your names here, one per line */
                        "translator-credits", _("translator-credits"),
                        "comments", comments,
                        NULL);

  adw_about_window_add_acknowledgement_section (ADW_ABOUT_WINDOW (about),
                                                _("Advice based on the patient leaflets"),
                                                (const char **)leaflet_credits);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about),
                                      _("Advice content"),
                                      NULL,
                                      GTK_LICENSE_CUSTOM,
                                      _("The advice text is written for this app from the "
                                        "leaflets above, and is shared under the "
                                        "<a href=\"https://creativecommons.org/licenses/by-sa/4.0/\">"
                                        "Creative Commons Attribution-ShareAlike 4.0</a> licence."));

  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about),
                                      _("Medical information"),
                                      NULL,
                                      GTK_LICENSE_CUSTOM,
                                      _("This app gives information only. It cannot examine you "
                                        "and does not replace a doctor, nurse or physiotherapist. "
                                        "If you are worried, call 111. In an emergency, call 999 "
                                        "or go to A&amp;E."));

  for (guint i = 0; leaflets[i] != NULL; i++)
    g_clear_pointer (&leaflet_credits[i], g_free);

  gtk_window_present (GTK_WINDOW (about));
}

static void
text_bigger_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  change_text_scale (user_data, TEXT_SCALE_STEP);
}

static void
text_smaller_action (GSimpleAction *action,
                     GVariant      *parameter,
                     gpointer       user_data)
{
  change_text_scale (user_data, -TEXT_SCALE_STEP);
}

static void
text_reset_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  change_text_scale (user_data, 0);
}

static void
language_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  BpgApplication *self = user_data;

  bpg_context_set_language (self->context, g_variant_get_string (parameter, NULL));
}

static void
update_direction (void)
{
  gtk_widget_set_default_direction (bpg_i18n_get_rtl () ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
}

/* Every view is built again in the new language, on the same state. */
static void
language_changed_cb (BpgApplication *self)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "language");
  const char *language = bpg_context_get_language (self->context);
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_string (language));
  update_direction ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (BPG_IS_WINDOW (l->data))
      {
        bpg_window_rebuild (self, l->data);
        return;
      }
}

static const GActionEntry app_actions[] = {
  { "language", language_action, "s", "''" },
  { "quit", quit_action },
  { "about", about_action },
  { "text-bigger", text_bigger_action },
  { "text-smaller", text_smaller_action },
  { "text-reset", text_reset_action },
};

static void
bpg_application_startup (GApplication *app)
{
  BpgApplication *self = BPG_APPLICATION (app);
  g_autoptr(GAction) style_action = NULL;
  static const struct {
    const char *action;
    const char *accels[4];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.text-bigger", { "<Control>plus", "<Control>equal", "<Control>KP_Add", NULL } },
    { "app.text-smaller", { "<Control>minus", "<Control>KP_Subtract", NULL } },
    { "app.text-reset", { "<Control>0", "<Control>KP_0", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.search", { "<Control>f", NULL } },
    { "win.home", { "<Alt>Home", NULL } },
    { "win.urgent-help", { "F1", NULL } },
    { "win.presentation", { "F11", NULL } },
    { "win.quick-jump", { "<Control>k", NULL } },
    { "win.show-help-overlay", { "<Control>question", "<Control>slash", NULL } },
  };

  /* The app's state first, so that the advice pages are read in a worker
   * thread while GTK starts. */
  self->context = bpg_context_new (NULL);
  bpg_context_load_content (self->context);

  G_APPLICATION_CLASS (bpg_application_parent_class)->startup (app);
  bpg_accessible_watch_windows ();

  /* Registered on the bus before the app starts: results open from now on. */
  if (self->search_provider != NULL)
    bpg_search_provider_set_context (self->search_provider, self->context);
  g_signal_connect_object (self->context, "notify::diary-store",
                           G_CALLBACK (diary_opened_cb), self, G_CONNECT_SWAPPED);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action, accels[i].accels);

  g_simple_action_set_state (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self),
                                                                         "language")),
                             g_variant_new_string (bpg_context_get_language (self->context)));
  g_signal_connect_object (self->context, "notify::language",
                           G_CALLBACK (language_changed_cb), self, G_CONNECT_SWAPPED);
  update_direction ();


  /* The style choice in the main menu: follow the system, light or dark */
  style_action = g_settings_create_action (bpg_context_get_settings (self->context), "style");
  g_action_map_add_action (G_ACTION_MAP (self), style_action);
  g_signal_connect_object (bpg_context_get_settings (self->context), "changed::style",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  style_changed_cb (self);
  g_signal_connect_object (self->context, "notify::settings",
                           G_CALLBACK (settings_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::shared-computer",
                           G_CALLBACK (shared_computer_cb), self, G_CONNECT_SWAPPED);
  /* Presentation makes the text larger, leaving the patient's own size be. */
  g_signal_connect_object (self->context, "notify::presentation",
                           G_CALLBACK (update_text_scale), self, G_CONNECT_SWAPPED);
  settings_cb (self);
  shared_computer_cb (self);
}

/* For tests/bench/bench-startup: the moment the window's first frame is
 * drawn, on the monotonic clock. */
static void
first_frame_cb (GdkFrameClock *clock,
                gpointer       user_data)
{
  g_print ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  fflush (stdout);
  g_signal_handlers_disconnect_by_func (clock, first_frame_cb, user_data);
  /* BPG_BENCH_FIRST_FRAME=quit ends there, for a profiler's count of the
   * work done before the first frame. */
  if (g_strcmp0 (g_getenv ("BPG_BENCH_FIRST_FRAME"), "quit") == 0)
    g_application_quit (g_application_get_default ());
}

static void
window_mapped_cb (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (first_frame_cb), NULL);
}

static void
bpg_application_activate (GApplication *app)
{
  BpgApplication *self = BPG_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window != NULL)
    gtk_window_present (window);
  else if (!bpg_context_get_shared_computer_decided (self->context))
    ask_shared_computer (self);
  else
    show_window_when_read (self);
}

/* back-pain-guide --check-services FILE: checks a local services file as the
 * app would read it, prints each problem as "FILE:LINE: message", and exits
 * with 1 if there are any, without opening a window. */
static int
check_services (const char *path)
{
  g_autoptr(BpgServiceCatalog) catalog = NULL;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  GListModel *problems;

  catalog = bpg_service_catalog_new_from_resource (BPG_SERVICES_RESOURCE, NULL, &error);
  if (catalog == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }

  if (bpg_service_catalog_add_file (catalog, file, NULL))
    {
      /* Translators: %s is a file name */
      g_print (_("%s: no problems found\n"), path);
      return 0;
    }

  problems = bpg_service_catalog_get_problems (catalog);
  for (guint i = 0; i < g_list_model_get_n_items (problems); i++)
    {
      g_autoptr(BpgServiceProblem) problem = g_list_model_get_item (problems, i);
      g_autofree char *text = bpg_service_problem_to_string (problem);

      g_printerr ("%s\n", text);
    }

  return 1;
}

static int
bpg_application_handle_local_options (GApplication *app,
                                      GVariantDict *options)
{
  g_autofree char *services_file = NULL;

  if (g_variant_dict_lookup (options, "check-services", "^ay", &services_file))
    return check_services (services_file);

  return -1;
}

/* The GNOME Shell search provider lives beside the application's own object
 * on the bus, at <app path>/SearchProvider, as the .search-provider.ini says. */
static gboolean
bpg_application_dbus_register (GApplication     *app,
                               GDBusConnection  *connection,
                               const char       *object_path,
                               GError          **error)
{
  BpgApplication *self = BPG_APPLICATION (app);
  g_autofree char *path = g_strconcat (object_path, "/SearchProvider", NULL);

  if (!G_APPLICATION_CLASS (bpg_application_parent_class)->dbus_register (app, connection,
                                                                          object_path, error))
    return FALSE;

  self->search_provider = bpg_search_provider_new (self);
  return bpg_search_provider_register (self->search_provider, connection, path, error);
}

static void
bpg_application_dbus_unregister (GApplication    *app,
                                 GDBusConnection *connection,
                                 const char      *object_path)
{
  BpgApplication *self = BPG_APPLICATION (app);

  if (self->search_provider != NULL)
    bpg_search_provider_unregister (self->search_provider);
  g_clear_object (&self->search_provider);

  G_APPLICATION_CLASS (bpg_application_parent_class)->dbus_unregister (app, connection,
                                                                      object_path);
}

static void
bpg_application_shutdown (GApplication *app)
{
  BpgApplication *self = BPG_APPLICATION (app);

  g_clear_handle_id (&self->window_wait, g_source_remove);
  if (self->context != NULL)
    {
      g_clear_signal_handler (&self->content_handler, self->context);
      bpg_context_sweep_traces (self->context);
    }

  G_APPLICATION_CLASS (bpg_application_parent_class)->shutdown (app);
}

static void
bpg_application_dispose (GObject *object)
{
  BpgApplication *self = (BpgApplication *)object;

  self->held_for = NULL;
  g_clear_object (&self->context);
  g_clear_object (&self->text_scale_css);
  g_clear_object (&self->search_provider);

  G_OBJECT_CLASS (bpg_application_parent_class)->dispose (object);
}

static void
bpg_application_class_init (BpgApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = bpg_application_dispose;

  app_class->startup = bpg_application_startup;
  app_class->activate = bpg_application_activate;
  app_class->shutdown = bpg_application_shutdown;
  app_class->handle_local_options = bpg_application_handle_local_options;
  app_class->dbus_register = bpg_application_dbus_register;
  app_class->dbus_unregister = bpg_application_dbus_unregister;

}

static void
bpg_application_init (BpgApplication *self)
{
  g_application_add_main_option (G_APPLICATION (self), "check-services", 0,
                                 G_OPTION_FLAG_NONE, G_OPTION_ARG_FILENAME,
                                 _("Check a local services file, report its problems "
                                   "and exit"),
                                 /* Translators: in --help, the argument of --check-services */
                                 _("FILE"));
  /* Read in main(), before any setting is; listed here for --help. */
  g_application_add_main_option (G_APPLICATION (self), "shared-computer", 0,
                                 G_OPTION_FLAG_NONE, G_OPTION_ARG_NONE,
                                 _("Run as on a shared computer this time: keep nothing "
                                   "entered after finishing"),
                                 NULL);
}

BpgApplication *
bpg_application_new (void)
{
  return g_object_new (BPG_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", RESOURCE_BASE,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       NULL);
}

/**
 * bpg_application_get_context:
 *
 * Returns: (transfer none) (nullable): the app's state, once it has started
 */
BpgContext *
bpg_application_get_context (BpgApplication *self)
{
  g_return_val_if_fail (BPG_IS_APPLICATION (self), NULL);

  return self->context;
}
