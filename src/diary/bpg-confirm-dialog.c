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
