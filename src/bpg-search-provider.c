/* bpg-search-provider.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-search-provider"

#include "config.h"

#include "bpg-application.h"
#include "bpg-search-provider.h"
#include "bpg-search.h"
#include "bpg-window.h"

/* GNOME Shell's search provider (org.gnome.Shell.SearchProvider2): the
 * Activities overview asks the app for results as the person types, over the
 * same search as the app's own. It reveals nothing of the person (no diary,
 * no answers, no pages read), so on a shared computer it answers as at home.
 *
 * The search is built the first time it is asked for, in a worker thread;
 * calls that come before it is ready wait for it. */
struct _BpgSearchProvider
{
  GObject          parent_instance;

  GApplication    *application;   /* not owned: the application owns this */
  BpgContext      *context;       /* the app's state, once it has started */
  BpgSearch       *search;
  GHashTable      *last_results;  /* id → BpgSearchResult, for the snippets */
  GPtrArray       *waiting;       /* GDBusMethodInvocation, until the search is ready */
  GCancellable    *cancellable;
  gboolean         loading;
  gboolean         failed;
  GDBusConnection *connection;
  guint            registration_id;
};

G_DEFINE_FINAL_TYPE (BpgSearchProvider, bpg_search_provider, G_TYPE_OBJECT)

/* How long an app started only to answer the overview stays after the last
 * call, so that the next key press finds it running. */
#define LINGER_SECONDS 20

static const char introspection_xml[] =
  "<node>"
  "  <interface name='org.gnome.Shell.SearchProvider2'>"
  "    <method name='GetInitialResultSet'>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='as' name='results' direction='out'/>"
  "    </method>"
  "    <method name='GetSubsearchResultSet'>"
  "      <arg type='as' name='previous_results' direction='in'/>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='as' name='results' direction='out'/>"
  "    </method>"
  "    <method name='GetResultMetas'>"
  "      <arg type='as' name='identifiers' direction='in'/>"
  "      <arg type='aa{sv}' name='metas' direction='out'/>"
  "    </method>"
  "    <method name='ActivateResult'>"
  "      <arg type='s' name='identifier' direction='in'/>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='u' name='timestamp' direction='in'/>"
  "    </method>"
  "    <method name='LaunchSearch'>"
  "      <arg type='as' name='terms' direction='in'/>"
  "      <arg type='u' name='timestamp' direction='in'/>"
  "    </method>"
  "  </interface>"
  "</node>";

static void handle_call (BpgSearchProvider     *self,
                         GDBusMethodInvocation *invocation);

static GVariant *
query (BpgSearchProvider  *self,
       const char        **terms)
{
  g_autoptr(GVariantBuilder) builder = g_variant_builder_new (G_VARIANT_TYPE ("as"));
  g_autofree char *text = g_strjoinv (" ", (char **)terms);
  g_autoptr(GListModel) results = NULL;

  g_hash_table_remove_all (self->last_results);
  if (self->search == NULL)
    return g_variant_new ("(as)", builder);

  results = bpg_search_query (self->search, text);
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      BpgSearchResult *result = g_list_model_get_item (results, i);

      g_variant_builder_add (builder, "s", bpg_search_result_get_id (result));
      g_hash_table_insert (self->last_results,
                           g_strdup (bpg_search_result_get_id (result)), result);
    }

  return g_variant_new ("(as)", builder);
}

static GVariant *
get_metas (BpgSearchProvider  *self,
           const char        **ids)
{
  g_autoptr(GVariantBuilder) builder = g_variant_builder_new (G_VARIANT_TYPE ("aa{sv}"));
  g_autoptr(GIcon) icon = g_themed_icon_new (APP_ID);
  g_autoptr(GVariant) serialized_icon = g_icon_serialize (icon);

  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(BpgSearchResult) result = g_hash_table_lookup (self->last_results, ids[i]);

      /* The snippet of the last search says why it matched; an ID from
       * before that shows its summary. */
      if (result != NULL)
        g_object_ref (result);
      else if (self->search == NULL || !(result = bpg_search_lookup (self->search, ids[i])))
        continue;

      g_variant_builder_open (builder, G_VARIANT_TYPE ("a{sv}"));
      g_variant_builder_add (builder, "{sv}", "id", g_variant_new_string (ids[i]));
      g_variant_builder_add (builder, "{sv}", "name",
                             g_variant_new_string (bpg_search_result_get_title (result)));
      g_variant_builder_add (builder, "{sv}", "description",
                             g_variant_new_string (bpg_search_result_get_snippet (result)));
      g_variant_builder_add (builder, "{sv}", "icon", serialized_icon);
      g_variant_builder_close (builder);
    }

  return g_variant_new ("(aa{sv})", builder);
}

static BpgWindow *
present_window (BpgSearchProvider *self,
                guint32            timestamp)
{
  GtkWindow *window;

  g_application_activate (self->application);
  window = gtk_application_get_active_window (GTK_APPLICATION (self->application));
  if (window == NULL)
    return NULL;

  gtk_window_present_with_time (window, timestamp);
  return BPG_WINDOW (window);
}

typedef struct
{
  BpgWindow *window;
  char      *id;
} PendingOpen;

static void
content_ready_cb (GObject    *context,
                  GParamSpec *pspec,
                  gpointer    user_data)
{
  PendingOpen *pending = user_data;

  g_signal_handlers_disconnect_by_data (context, pending);
  if (pending->window != NULL)
    {
      bpg_window_open_result (pending->window, pending->id);
      g_object_remove_weak_pointer (G_OBJECT (pending->window), (gpointer *)&pending->window);
    }
  g_free (pending->id);
  g_free (pending);
}

/* Opens the result in the app's window, once the app has read its content:
 * until then the window shows the built-in urgent-help advice. */
static void
activate_result (BpgSearchProvider *self,
                 const char        *id,
                 guint32            timestamp)
{
  BpgWindow *window = present_window (self, timestamp);
  BpgContext *context;
  PendingOpen *pending;

  if (window == NULL)
    return;

  context = self->context;
  g_return_if_fail (context != NULL);
  if (bpg_context_get_content (context) != NULL)
    {
      bpg_window_open_result (window, id);
      return;
    }

  pending = g_new0 (PendingOpen, 1);
  pending->window = window;
  pending->id = g_strdup (id);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *)&pending->window);
  /* If the content cannot be read, the window keeps its urgent-help advice. */
  g_signal_connect (context, "notify::content", G_CALLBACK (content_ready_cb), pending);
}

/* The overview's "search in the app": the app's search, with the words. */
static void
launch_search (BpgSearchProvider  *self,
               const char        **terms,
               guint32             timestamp)
{
  BpgWindow *window = present_window (self, timestamp);
  g_autofree char *text = g_strjoinv (" ", (char **)terms);

  if (window != NULL)
    bpg_window_search (window, text);
}

/* Answers the calls that waited for the search. */
static void
answer_waiting (BpgSearchProvider *self)
{
  g_autoptr(GPtrArray) waiting = g_steal_pointer (&self->waiting);

  self->waiting = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < waiting->len; i++)
    {
      handle_call (self, g_ptr_array_index (waiting, i));
      g_application_release (self->application);
    }
}

static void
search_loaded_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(BpgSearchProvider) self = user_data;
  g_autoptr(BpgSearch) search = NULL;
  g_autoptr(GError) error = NULL;

  /* A search read in a language no longer in use was cancelled. */
  search = bpg_search_load_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_set_object (&self->search, search);
  self->loading = FALSE;
  answer_waiting (self);
}

static void
content_loaded_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(BpgSearchProvider) self = user_data;
  g_autoptr(BpgContent) content = NULL;
  g_autoptr(GError) error = NULL;

  content = bpg_content_load_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (content == NULL)
    {
      /* Nothing to search: the overview shows no results, and the app,
       * if opened, shows the built-in urgent-help advice. */
      g_warning ("The overview search has no content: %s", error->message);
      self->failed = TRUE;
      self->loading = FALSE;
      answer_waiting (self);
      return;
    }

  bpg_search_load_async (content, GETTEXT_PACKAGE, self->cancellable,
                         search_loaded_cb, g_object_ref (self));
}

static void
load_search (BpgSearchProvider *self)
{
  self->loading = TRUE;
  bpg_content_load_async (BPG_CONTENT_RESOURCE, GETTEXT_PACKAGE, self->cancellable,
                          content_loaded_cb, g_object_ref (self));
}

static gboolean
ensure_search (BpgSearchProvider     *self,
               GDBusMethodInvocation *invocation)
{
  if (self->search != NULL || self->failed)
    return TRUE;

  g_ptr_array_add (self->waiting, g_object_ref (invocation));
  g_application_hold (self->application);
  if (!self->loading)
    load_search (self);

  return FALSE;
}

/* The overview searches in the language the app speaks: after a change of
 * language the search is read again, in the new language, when next asked
 * for (at once, if a call is waiting for it). */
static void
language_cb (BpgSearchProvider *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_clear_object (&self->search);
  g_hash_table_remove_all (self->last_results);
  self->failed = FALSE;
  if (self->loading)
    load_search (self);
}

static gboolean
release_cb (gpointer data)
{
  g_application_release (data);
  return G_SOURCE_REMOVE;
}

static void
handle_call (BpgSearchProvider     *self,
             GDBusMethodInvocation *invocation)
{
  const char *method = g_dbus_method_invocation_get_method_name (invocation);
  GVariant *parameters = g_dbus_method_invocation_get_parameters (invocation);
  g_autofree const char **terms = NULL;
  g_autofree const char **ids = NULL;
  const char *id;
  guint32 timestamp;

  /* Each call keeps an app started as a D-Bus service running a little
   * longer; with a window open, the window holds it anyway. */
  g_application_hold (self->application);
  g_timeout_add_seconds_full (G_PRIORITY_DEFAULT, LINGER_SECONDS, release_cb,
                              g_object_ref (self->application), g_object_unref);

  if (g_str_equal (method, "GetInitialResultSet"))
    {
      g_variant_get (parameters, "(^a&s)", &terms);
      g_dbus_method_invocation_return_value (invocation, query (self, terms));
    }
  else if (g_str_equal (method, "GetSubsearchResultSet"))
    {
      /* Patients' words can find more with more words typed, and a full
       * search is well under a frame: search again rather than filter. */
      g_variant_get (parameters, "(^a&s^a&s)", &ids, &terms);
      g_dbus_method_invocation_return_value (invocation, query (self, terms));
    }
  else if (g_str_equal (method, "GetResultMetas"))
    {
      g_variant_get (parameters, "(^a&s)", &ids);
      g_dbus_method_invocation_return_value (invocation, get_metas (self, ids));
    }
  else if (g_str_equal (method, "ActivateResult"))
    {
      g_variant_get (parameters, "(&s^a&su)", &id, &terms, &timestamp);
      activate_result (self, id, timestamp);
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else if (g_str_equal (method, "LaunchSearch"))
    {
      g_variant_get (parameters, "(^a&su)", &terms, &timestamp);
      launch_search (self, terms, timestamp);
      g_dbus_method_invocation_return_value (invocation, NULL);
    }
  else
    g_dbus_method_invocation_return_error (invocation, G_DBUS_ERROR,
                                           G_DBUS_ERROR_UNKNOWN_METHOD,
                                           "No such method: %s", method);
}

static void
method_call_cb (GDBusConnection       *connection,
                const char            *sender,
                const char            *object_path,
                const char            *interface_name,
                const char            *method_name,
                GVariant              *parameters,
                GDBusMethodInvocation *invocation,
                gpointer               user_data)
{
  BpgSearchProvider *self = user_data;
  gboolean needs_search = !g_str_equal (method_name, "ActivateResult") &&
                          !g_str_equal (method_name, "LaunchSearch");

  if (!needs_search || ensure_search (self, invocation))
    handle_call (self, invocation);
}

static void
bpg_search_provider_dispose (GObject *object)
{
  BpgSearchProvider *self = (BpgSearchProvider *)object;

  bpg_search_provider_unregister (self);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->search);
  g_clear_object (&self->context);
  g_clear_pointer (&self->last_results, g_hash_table_unref);
  g_clear_pointer (&self->waiting, g_ptr_array_unref);

  G_OBJECT_CLASS (bpg_search_provider_parent_class)->dispose (object);
}

static void
bpg_search_provider_class_init (BpgSearchProviderClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = bpg_search_provider_dispose;
}

static void
bpg_search_provider_init (BpgSearchProvider *self)
{
  self->last_results = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  self->waiting = g_ptr_array_new_with_free_func (g_object_unref);
  self->cancellable = g_cancellable_new ();
}

/**
 * bpg_search_provider_new:
 * @application: the app, which opens results in its window
 *
 * Returns: (transfer full): a search provider, not yet on the bus
 */
BpgSearchProvider *
bpg_search_provider_new (BpgApplication *application)
{
  BpgSearchProvider *self;

  g_return_val_if_fail (BPG_IS_APPLICATION (application), NULL);

  self = g_object_new (BPG_TYPE_SEARCH_PROVIDER, NULL);
  self->application = G_APPLICATION (application);
  return self;
}

/**
 * bpg_search_provider_register:
 * @connection: the session bus
 * @object_path: where GNOME Shell looks for it (the .search-provider.ini
 *   file's ObjectPath)
 *
 * Returns: %TRUE, or %FALSE with @error set if it could not be exported
 */
gboolean
bpg_search_provider_register (BpgSearchProvider  *self,
                              GDBusConnection    *connection,
                              const char         *object_path,
                              GError            **error)
{
  static const GDBusInterfaceVTable vtable = { method_call_cb, NULL, NULL, { NULL } };
  g_autoptr(GDBusNodeInfo) info = NULL;

  g_return_val_if_fail (BPG_IS_SEARCH_PROVIDER (self), FALSE);
  g_return_val_if_fail (G_IS_DBUS_CONNECTION (connection), FALSE);
  g_return_val_if_fail (self->registration_id == 0, FALSE);

  info = g_dbus_node_info_new_for_xml (introspection_xml, error);
  if (info == NULL)
    return FALSE;

  self->registration_id = g_dbus_connection_register_object (connection, object_path,
                                                             info->interfaces[0], &vtable,
                                                             self, NULL, error);
  if (self->registration_id == 0)
    return FALSE;

  self->connection = g_object_ref (connection);
  return TRUE;
}

/**
 * bpg_search_provider_unregister:
 *
 * Takes the provider off the bus, if it is on it.
 */
void
bpg_search_provider_unregister (BpgSearchProvider *self)
{
  g_return_if_fail (BPG_IS_SEARCH_PROVIDER (self));

  if (self->registration_id != 0)
    g_dbus_connection_unregister_object (self->connection, self->registration_id);
  self->registration_id = 0;
  g_clear_object (&self->connection);
}

/**
 * bpg_search_provider_set_context:
 * @context: the app's state, made when the app starts (after the provider
 *   is registered on the bus)
 *
 * Results are opened once @context has the content, and searched for in
 * the language @context speaks.
 */
void
bpg_search_provider_set_context (BpgSearchProvider *self,
                                 BpgContext        *context)
{
  g_return_if_fail (BPG_IS_SEARCH_PROVIDER (self));
  g_return_if_fail (BPG_IS_CONTEXT (context));

  if (self->context != NULL)
    g_signal_handlers_disconnect_by_func (self->context, language_cb, self);
  g_set_object (&self->context, context);
  g_signal_connect_object (context, "notify::language",
                           G_CALLBACK (language_cb), self, G_CONNECT_SWAPPED);
}
