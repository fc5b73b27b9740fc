/* bpg-shared-guard.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-shared-guard"

#include "config.h"

#include <glib/gi18n.h>

#include "bpg-shared-guard.h"

/* What a shared computer adds to the main window: "Finish and Clear" asks
 * once, then has the context wipe the session and says that it did; closing
 * the window (Ctrl+Q too) asks the same first; and after a while with no
 * input, a countdown warns and offers to keep going before everything is
 * cleared. The window is not owned: the guard lives as long as it, and goes
 * on to the window built in its place after a change of language (see
 * bpg_shared_guard_set_window()), so the idle time counts on. Clearing
 * itself goes back to the machine's language, which builds that new window
 * while the guard is clearing. */
struct _BpgSharedGuard
{
  GObject     parent_instance;

  GtkWindow  *window;         /* not owned */
  BpgContext *context;
  gint64      last_input;     /* monotonic; 0 when nothing happened since clearing */
  guint       idle_source;
  guint       tick_source;
  guint       countdown_left;
  AdwMessageDialog *countdown;  /* while it shows */
  gboolean    close_confirmed;
};

G_DEFINE_FINAL_TYPE (BpgSharedGuard, bpg_shared_guard, G_TYPE_OBJECT)

/* How long the warning counts down before everything is cleared. */
#define COUNTDOWN_SECONDS 60
#define COUNTDOWN_SECONDS_ENV "BPG_IDLE_COUNTDOWN_SECONDS"

static void arm_idle (BpgSharedGuard *self,
                      guint           seconds);

static guint
countdown_seconds (void)
{
  const char *env = g_getenv (COUNTDOWN_SECONDS_ENV);
  guint64 seconds;

  if (env != NULL && g_ascii_string_to_unsigned (env, 10, 1, 3600, &seconds, NULL))
    return seconds;
  return COUNTDOWN_SECONDS;
}

static void
close_other_windows (BpgSharedGuard *self)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  /* A dialog left open (a diary entry half typed) goes too. GTK's own
   * dialogs are cancelled instead, and left to what shows them: the file
   * chooser (where there is no portal) keeps only a plain pointer to its
   * dialog and frees it itself once its owner, told of the cancel, lets go;
   * a print waits for its dialog in a main loop of its own, which a
   * destroyed dialog never ended. One that nothing closes on its cancel
   * is destroyed. */
  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (window == self->window || gtk_window_get_transient_for (window) != self->window)
        continue;
      if (GTK_IS_DIALOG (window))
        {
          gtk_dialog_response (GTK_DIALOG (window), GTK_RESPONSE_CANCEL);
          if (!gtk_widget_get_visible (GTK_WIDGET (window)))
            continue;
        }
      gtk_window_destroy (window);
    }
}

static void
say_cleared (BpgSharedGuard *self)
{
  GtkWidget *dialog = adw_message_dialog_new (self->window, _("Everything Is Cleared"),
                                              _("What you entered has been wiped from this "
                                                "computer. The next person starts afresh."));

  /* In the text size chosen, as the main window is. */
  gtk_widget_add_css_class (dialog, "bpg-window");
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "ok", _("_OK"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
clear_now (BpgSharedGuard *self,
           gboolean        say)
{
  /* Going back to the machine's language replaces the window, which hands
   * this guard on to the new one: held, it lives through that. */
  G_GNUC_UNUSED g_autoptr(BpgSharedGuard) hold = g_object_ref (self);

  g_clear_handle_id (&self->idle_source, g_source_remove);
  g_clear_handle_id (&self->tick_source, g_source_remove);
  self->countdown = NULL;
  close_other_windows (self);
  bpg_context_clear_session (self->context);
  self->last_input = 0;
  if (say && self->window != NULL)
    say_cleared (self);
}

static gboolean
close_window_cb (gpointer user_data)
{
  BpgSharedGuard *self = user_data;
  g_autoptr(GPtrArray) windows = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *toplevels;

  if (self->window == NULL)
    return G_SOURCE_REMOVE;

  gtk_window_close (self->window);

  /* A file dialog kept hidden would keep the app running: with nothing to
   * save on a shared computer, every window goes. */
  toplevels = gtk_window_get_toplevels ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    g_ptr_array_add (windows, g_list_model_get_item (toplevels, i));
  for (guint i = 0; i < windows->len; i++)
    gtk_window_destroy (g_ptr_array_index (windows, i));
  return G_SOURCE_REMOVE;
}

static gboolean
clear_answered_cb (gpointer user_data)
{
  BpgSharedGuard *self = user_data;

  clear_now (self, !self->close_confirmed);
  if (self->close_confirmed)
    close_window_cb (self);
  return G_SOURCE_REMOVE;
}

/* Clears once the dialog that asked has closed, not from inside its
 * answer: going back to the machine's language replaces the window the
 * dialog belongs to, and closing the window destroys the dialog with it. */
static void
clear_answered (BpgSharedGuard *self,
                gboolean        then_close)
{
  self->close_confirmed = then_close;
  g_idle_add_full (G_PRIORITY_DEFAULT, clear_answered_cb, g_object_ref (self), g_object_unref);
}

static void
finish_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    BpgSharedGuard   *self)
{
  gboolean then_close = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (dialog), "then-close"));

  if (g_str_equal (response, "clear"))
    clear_answered (self, then_close);
}

static void
update_countdown (BpgSharedGuard *self)
{
  g_autofree char *body = NULL;

  body = g_strdup_printf (ngettext ("No one has used the app for a while. In %u second, "
                                    "everything entered will be cleared so the next person "
                                    "cannot see it.",
                                    "No one has used the app for a while. In %u seconds, "
                                    "everything entered will be cleared so the next person "
                                    "cannot see it.", self->countdown_left),
                          self->countdown_left);
  adw_message_dialog_set_body (self->countdown, body);
}

static gboolean
countdown_tick_cb (gpointer user_data)
{
  BpgSharedGuard *self = user_data;

  if (--self->countdown_left > 0)
    {
      update_countdown (self);
      return G_SOURCE_CONTINUE;
    }

  self->tick_source = 0;
  clear_now (self, FALSE);
  return G_SOURCE_REMOVE;
}

static void
countdown_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       BpgSharedGuard   *self)
{
  if (self->countdown != dialog)
    return;

  self->countdown = NULL;
  g_clear_handle_id (&self->tick_source, g_source_remove);
  if (g_str_equal (response, "clear"))
    {
      clear_answered (self, FALSE);
      return;
    }

  self->last_input = g_get_monotonic_time ();
  arm_idle (self, bpg_context_get_idle_seconds (self->context));
}

static void
show_countdown (BpgSharedGuard *self)
{
  GtkWidget *dialog = adw_message_dialog_new (self->window, _("Are You Still There?"), NULL);

  /* In the text size chosen, as the main window is. */
  gtk_widget_add_css_class (dialog, "bpg-window");
  self->countdown = ADW_MESSAGE_DIALOG (dialog);
  self->countdown_left = countdown_seconds ();
  update_countdown (self);
  adw_message_dialog_add_responses (self->countdown,
                                    "clear", _("_Clear Now"),
                                    "keep", _("_Keep Going"),
                                    NULL);
  adw_message_dialog_set_response_appearance (self->countdown, "keep",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (self->countdown, "keep");
  adw_message_dialog_set_close_response (self->countdown, "keep");
  g_signal_connect_object (dialog, "response", G_CALLBACK (countdown_response_cb), self, 0);
  self->tick_source = g_timeout_add_seconds (1, countdown_tick_cb, self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Input moves the last-input time only; the timer looks at it when it
 * fires, so moving the mouse costs no timer of its own. */
static gboolean
idle_cb (gpointer user_data)
{
  BpgSharedGuard *self = user_data;
  gint64 idle_for = g_get_monotonic_time () - self->last_input;
  gint64 limit = (gint64)bpg_context_get_idle_seconds (self->context) * G_USEC_PER_SEC;

  self->idle_source = 0;
  if (self->last_input == 0 || self->countdown != NULL)
    return G_SOURCE_REMOVE;

  if (idle_for < limit)
    arm_idle (self, (limit - idle_for) / G_USEC_PER_SEC + 1);
  else
    show_countdown (self);
  return G_SOURCE_REMOVE;
}

static void
arm_idle (BpgSharedGuard *self,
          guint           seconds)
{
  g_clear_handle_id (&self->idle_source, g_source_remove);
  self->idle_source = g_timeout_add_seconds (seconds, idle_cb, self);
}

static gboolean
input_cb (GtkEventControllerLegacy *controller,
          GdkEvent                 *event,
          BpgSharedGuard           *self)
{
  GdkEventType type = gdk_event_get_event_type (event);

  /* Only what a person does: a window mapped or a pointer that merely
   * crossed in when a dialog closed starts no session. */
  if (type == GDK_ENTER_NOTIFY || type == GDK_LEAVE_NOTIFY || type == GDK_FOCUS_CHANGE)
    return GDK_EVENT_PROPAGATE;

  /* Nothing entered yet (at start, or after clearing): nothing to clear,
   * so the timer starts with the first input. */
  if (self->last_input == 0)
    arm_idle (self, bpg_context_get_idle_seconds (self->context));
  self->last_input = g_get_monotonic_time ();
  return GDK_EVENT_PROPAGATE;
}

/* A window built while another guard is alive (the one it replaces, after
 * a change of language) is watched by each: the key is this guard's own. */
static void
watch_input (BpgSharedGuard *self,
             GtkWidget      *window)
{
  g_autofree char *key = g_strdup_printf ("bpg-shared-guard-%p", (void *)self);
  GtkEventController *controller;

  if (g_object_get_data (G_OBJECT (window), key) != NULL)
    return;

  controller = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_object (controller, "event", G_CALLBACK (input_cb), self, 0);
  gtk_widget_add_controller (window, controller);
  g_object_set_data (G_OBJECT (window), key, controller);
}

/* Typing in a dialog (a diary entry) is use too, not only the main window. */
static void
toplevels_changed_cb (GListModel     *toplevels,
                      guint           position,
                      guint           removed,
                      guint           added,
                      BpgSharedGuard *self)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      /* Its parent is set only once it is made: every window of the app. */
      watch_input (self, GTK_WIDGET (window));
    }
}

static void
bpg_shared_guard_dispose (GObject *object)
{
  BpgSharedGuard *self = (BpgSharedGuard *)object;

  g_signal_handlers_disconnect_by_data (gtk_window_get_toplevels (), self);

  g_clear_handle_id (&self->idle_source, g_source_remove);
  g_clear_handle_id (&self->tick_source, g_source_remove);
  g_clear_object (&self->context);
  self->window = NULL;

  G_OBJECT_CLASS (bpg_shared_guard_parent_class)->dispose (object);
}

static void
bpg_shared_guard_class_init (BpgSharedGuardClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = bpg_shared_guard_dispose;
}

static void
bpg_shared_guard_init (BpgSharedGuard *self)
{
}

/**
 * bpg_shared_guard_new:
 * @window: the main window, watched for input
 * @context: the app's state, which does the clearing
 *
 * Returns: (transfer full): a guard for @window on a shared computer
 */
BpgSharedGuard *
bpg_shared_guard_new (GtkWindow  *window,
                      BpgContext *context)
{
  BpgSharedGuard *self;

  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);
  g_return_val_if_fail (BPG_IS_CONTEXT (context), NULL);

  self = g_object_new (BPG_TYPE_SHARED_GUARD, NULL);
  self->window = window;
  self->context = g_object_ref (context);

  watch_input (self, GTK_WIDGET (window));
  g_signal_connect (gtk_window_get_toplevels (), "items-changed",
                    G_CALLBACK (toplevels_changed_cb), self);

  return self;
}

/**
 * bpg_shared_guard_set_window:
 * @window: the window built in place of the guard's own, after a change of
 *   language
 *
 * Hands the guard on to @window, with the time of the last input and a
 * countdown that shows, if one does (it was a dialog of the old window, so
 * it is shown again over @window, counting on from where it was).
 */
void
bpg_shared_guard_set_window (BpgSharedGuard *self,
                             GtkWindow      *window)
{
  g_return_if_fail (BPG_IS_SHARED_GUARD (self));
  g_return_if_fail (GTK_IS_WINDOW (window));

  if (self->window == window)
    return;

  if (self->countdown != NULL)
    {
      guint left = self->countdown_left;
      AdwMessageDialog *countdown = g_steal_pointer (&self->countdown);

      g_clear_handle_id (&self->tick_source, g_source_remove);
      gtk_window_destroy (GTK_WINDOW (countdown));
      self->window = window;
      show_countdown (self);
      self->countdown_left = left;
      update_countdown (self);
    }
  self->window = window;
  watch_input (self, GTK_WIDGET (window));
}

/**
 * bpg_shared_guard_ask_finish:
 * @then_close: whether the window closes once cleared (Ctrl+Q, the close button)
 *
 * Asks once whether to clear everything; if so, clears it.
 */
void
bpg_shared_guard_ask_finish (BpgSharedGuard *self,
                             gboolean        then_close)
{
  GtkWidget *dialog;

  g_return_if_fail (BPG_IS_SHARED_GUARD (self));

  dialog = adw_message_dialog_new (self->window, _("Finish and Clear Everything?"),
                                   _("Your diary, your symptom check answers, the "
                                     "appointment form, what you searched for and the text "
                                     "size will be wiped from this computer. To keep your "
                                     "diary, save it to your own USB stick first."));
  /* In the text size chosen, as the main window is. */
  gtk_widget_add_css_class (dialog, "bpg-window");
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Not Yet"),
                                    "clear", then_close ? _("_Clear and Close")
                                                        : _("_Finish and Clear"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "clear",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data (G_OBJECT (dialog), "then-close", GINT_TO_POINTER (then_close));
  g_signal_connect_object (dialog, "response", G_CALLBACK (finish_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * bpg_shared_guard_hold_close:
 *
 * Called when the window is asked to close: the first time, asks whether
 * to clear everything and close.
 *
 * Returns: %TRUE if the window must stay open for now
 */
gboolean
bpg_shared_guard_hold_close (BpgSharedGuard *self)
{
  g_return_val_if_fail (BPG_IS_SHARED_GUARD (self), FALSE);

  if (self->close_confirmed)
    return FALSE;

  bpg_shared_guard_ask_finish (self, TRUE);
  return TRUE;
}
