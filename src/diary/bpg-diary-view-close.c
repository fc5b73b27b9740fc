/* bpg-diary-view-close.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-diary-view"

#include "config.h"

#include <glib/gi18n.h>

#include "bpg-confirm-dialog.h"
#include "bpg-diary-view-private.h"

/* Closing the window with changes not saved yet: wait for the save, and if
 * it failed, ask whether to try again, save a copy or quit anyway. */

void
_bpg_diary_view_close_window (BpgDiaryView *self)
{
  GtkWindow *window = get_window (self);

  self->close_step = CLOSE_CONFIRMED;
  if (window != NULL)
    gtk_window_close (window);
}

static gboolean
close_window_cb (gpointer user_data)
{
  _bpg_diary_view_close_window (user_data);

  return G_SOURCE_REMOVE;
}

static void
unsaved_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     BpgDiaryView     *self)
{
  if (g_strcmp0 (response, "retry") == 0)
    {
      self->close_step = CLOSE_WAITING;
      bpg_diary_store_retry_save (self->store);
    }
  else if (g_strcmp0 (response, "copy") == 0)
    {
      /* Another file chooser left open would stand in the way. */
      if (self->chooser != NULL)
        gtk_native_dialog_destroy (self->chooser);
      g_clear_object (&self->chooser);
      self->close_step = CLOSE_COPYING;
      _bpg_diary_view_choose_file (self, CHOOSE_BACKUP);
    }
  /* Once the dialog is gone: it must not outlive the window it is on. */
  else if (g_strcmp0 (response, "quit") == 0)
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_window_cb, g_object_ref (self), g_object_unref);
  else
    self->close_step = CLOSE_NOT_ASKED;
}

/* Closing goes on once nothing is being saved: at once if all is saved,
 * or after asking the patient what to do with the changes. */
void
_bpg_diary_view_continue_close (BpgDiaryView *self)
{
  const GError *error = bpg_diary_store_get_save_error (self->store);
  GtkWidget *dialog;

  if (!bpg_diary_store_get_unsaved (self->store))
    {
      _bpg_diary_view_close_window (self);
      return;
    }

  self->close_step = CLOSE_ASKING;
  dialog = bpg_unsaved_dialog_new (get_window (self), error->message);
  g_signal_connect_object (dialog, "response", G_CALLBACK (unsaved_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * bpg_diary_view_hold_close:
 *
 * Called when the window is asked to close. If the diary has changes that
 * are not saved yet, closing waits for the save to end and, if it failed,
 * asks the patient whether to try again, save a copy, or quit anyway; the
 * view closes the window itself once that is settled.
 *
 * Returns: %TRUE if the window must stay open for now
 */
gboolean
bpg_diary_view_hold_close (BpgDiaryView *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_VIEW (self), FALSE);

  if (self->store == NULL || self->close_step == CLOSE_CONFIRMED ||
      !bpg_diary_store_get_unsaved (self->store))
    return FALSE;

  /* Already waiting, asking or saving a copy. */
  if (self->close_step != CLOSE_NOT_ASKED)
    return TRUE;

  self->close_step = CLOSE_WAITING;
  if (!bpg_diary_store_get_saving (self->store))
    _bpg_diary_view_continue_close (self);
  return TRUE;
}
