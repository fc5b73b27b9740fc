/* bpg-confirm-dialog.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "bpg-confirm-dialog.h"

/**
 * bpg_confirm_delete_dialog_new:
 * @parent: (nullable): the window asking
 * @heading: the question
 * @body: what will be lost
 * @delete_label: the label of the button that deletes, with a mnemonic
 *
 * Deleting a patient's entries cannot be undone, so every such question
 * looks the same: "delete" is marked destructive, and Cancel is both the
 * default and what closing the dialog means. The caller connects to
 * #AdwMessageDialog::response (the "delete" response) and presents it.
 *
 * Returns: (transfer floating): a new #AdwMessageDialog
 */
GtkWidget *
bpg_confirm_delete_dialog_new (GtkWindow  *parent,
                               const char *heading,
                               const char *body,
                               const char *delete_label)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", delete_label,
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  return dialog;
}

/**
 * bpg_unsaved_dialog_new:
 * @parent: the window that is closing
 * @why: why the diary could not be saved, in the system's words
 *
 * Asks what to do when closing would lose diary changes that could not be
 * saved. Its responses are "retry", "copy" (save a copy in a file the
 * patient chooses), "quit" (lose the changes) and, on Escape, "cancel".
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
GtkWidget *
bpg_unsaved_dialog_new (GtkWindow  *parent,
                        const char *why)
{
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  /* Translators: %s says why, in the system's words, such as "No space left on device" */
  body = g_strdup_printf (_("Your latest diary changes could not be saved (%s). If you quit "
                            "now, they will be lost. You can try again, or save a copy of your "
                            "diary in a file you choose."),
                          why);
  dialog = adw_message_dialog_new (parent, _("Your Diary Is Not Saved"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "quit", _("_Quit Anyway"),
                                    "copy", _("_Save a Copy…"),
                                    "retry", _("_Try Again"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "quit",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "retry",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "retry");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  return dialog;
}
