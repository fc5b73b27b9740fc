/* bpg-toast.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bpg-toast.h"

/* The app's messages, readable whole at any text size in a phone-sized
 * window. libadwaita 1.2 cuts a toast's title to one line and never makes a
 * toast narrower than its title, button and close button side by side, so
 * at twice the text size a message ran off both sides of a narrow window.
 * Here the words are a label of the toast's own that wraps, and anything
 * more (a button) goes below them. */

/**
 * bpg_toast_new_with_content:
 * @text: the message
 * @below: (nullable) (transfer floating): a widget to show under the words
 *
 * Returns: (transfer full): a toast that shows for 10 seconds
 */
AdwToast *
bpg_toast_new_with_content (const char *text,
                            GtkWidget  *below)
{
  g_autoptr(PangoAttrList) bold = pango_attr_list_new ();
  GtkWidget *content;
  GtkWidget *title;

  g_return_val_if_fail (text != NULL, NULL);
  g_return_val_if_fail (below == NULL || GTK_IS_WIDGET (below), NULL);

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_top (content, 9);
  gtk_widget_set_margin_bottom (content, 9);

  title = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  /* A toast is as wide as its title wants: this keeps it narrow enough to
   * fit a phone-sized window, on two or three lines. */
  gtk_label_set_max_width_chars (GTK_LABEL (title), 16);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  /* Bold by weight only, not the "heading" style, whose size in points
   * would not grow with the app's text size. */
  pango_attr_list_insert (bold, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
  gtk_label_set_attributes (GTK_LABEL (title), bold);
  gtk_box_append (GTK_BOX (content), title);
  if (below != NULL)
    gtk_box_append (GTK_BOX (content), below);

  return g_object_new (ADW_TYPE_TOAST,
                       "custom-title", content,
                       "timeout", 10,
                       NULL);
}

/**
 * bpg_toast_new:
 * @text: the message
 *
 * Returns: (transfer full): a toast that shows @text whole, for 10 seconds
 */
AdwToast *
bpg_toast_new (const char *text)
{
  return bpg_toast_new_with_content (text, NULL);
}
