/* bpg-help-wrap.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bpg-help-wrap.h"

/**
 * bpg_help_wrap_button_labels:
 * @widget: a widget built from a template
 *
 * Lets the labels of the buttons and check buttons inside @widget wrap. A
 * button's own label never wraps, so at twice the text size on a narrow
 * screen a long one such as "Refer Yourself to Physiotherapy" would make
 * the whole page wider than the window.
 */
void
bpg_help_wrap_button_labels (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *parent = gtk_widget_get_parent (child);

      if (GTK_IS_LABEL (child) && (GTK_IS_BUTTON (parent) || GTK_IS_CHECK_BUTTON (parent)))
        {
          gtk_label_set_wrap (GTK_LABEL (child), TRUE);
          gtk_label_set_wrap_mode (GTK_LABEL (child), PANGO_WRAP_WORD_CHAR);
          if (GTK_IS_BUTTON (parent))
            gtk_label_set_justify (GTK_LABEL (child), GTK_JUSTIFY_CENTER);
        }
      else
        bpg_help_wrap_button_labels (child);
    }
}
