/* bpg-sign-labels.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-sign-labels"

#include "config.h"

#include "bpg-sign-labels.h"

/**
 * bpg_sign_labels_fill:
 * @signs: a list from bpg_warning_sign_list_new()
 * @level: emergency, urgent or soon
 * @title: the label for the level's heading
 * @list: the label for the signs at @level, one a line
 * @text: (nullable): the label for what else may be done at @level, hidden
 *   if there is nothing
 *
 * Fills the labels of one box of warning signs from the signs table, so the
 * Get Help ladder and the urgent card say exactly what the check and the
 * urgent-help pages say.
 */
void
bpg_sign_labels_fill (GListModel    *signs,
                      BpgCheckLevel  level,
                      GtkLabel      *title,
                      GtkLabel      *list,
                      GtkLabel      *text)
{
  g_autofree char *items = NULL;
  const char *more;

  g_return_if_fail (G_IS_LIST_MODEL (signs));
  g_return_if_fail (GTK_IS_LABEL (title) && GTK_IS_LABEL (list));

  items = bpg_warning_sign_list_format (signs, bpg_warning_level_to_selector (level));
  gtk_label_set_text (title, bpg_warning_level_get_title (level, GETTEXT_PACKAGE));
  gtk_label_set_text (list, items != NULL ? items : "");

  if (text == NULL)
    return;

  more = bpg_warning_level_get_text (level, GETTEXT_PACKAGE);
  gtk_label_set_text (text, more != NULL ? more : "");
  gtk_widget_set_visible (GTK_WIDGET (text), more != NULL);
}
