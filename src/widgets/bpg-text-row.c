/* bpg-text-row.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-text-row"

#include "config.h"

#include "bpg-layout-tune.h"
#include "bpg-text-row.h"

/* A list row with a title, a wrapping subtitle under it and one widget (an
 * arrow, or a box of buttons) at its end. Its widgets are those of an
 * AdwActionRow ("row > box.header > box.title > label.title,
 * label.subtitle"), so libadwaita's style draws and spaces it the same.
 *
 * Why not AdwActionRow: its header is a horizontal GtkBox, which, each time
 * it is allocated, asks the labels how wide they must be for the row's
 * height, and a wrapping label answers that by laying its text out again at
 * every step of a search over widths. This row's header only ever asks its
 * labels how tall they are at the width they get (bpg_row_header_layout_new(),
 * which bpg_layout_tune() gives libadwaita's rows too): on the advice home
 * page that is a few layouts of each summary before the first frame instead
 * of about 80. It is also lighter to make than an AdwActionRow, with no
 * prefix, icon or suffix boxes, for the first screen and long lists. */

struct _BpgTextRow
{
  GtkListBoxRow  parent_instance;

  GtkWidget     *header;        /* the row's child */
  GtkWidget     *labels;        /* a vertical box, the header's first child */
  GtkLabel      *title;
  GtkLabel      *subtitle;
  GtkWidget     *suffix;        /* nullable, the header's second child */
};

G_DEFINE_FINAL_TYPE (BpgTextRow, bpg_text_row, GTK_TYPE_LIST_BOX_ROW)

static GtkLabel *
make_label (const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (label), BPG_LABEL_MIN_CHARS);
  gtk_widget_add_css_class (label, css_class);
  return GTK_LABEL (label);
}

static void
bpg_text_row_class_init (BpgTextRowClass *klass)
{
}

static void
bpg_text_row_init (BpgTextRow *self)
{
  /* A GtkBox for its style ("box.header"), laid out as libadwaita's rows
   * are once tuned: nothing calls the GtkBox functions that would look for a
   * GtkBoxLayout. */
  self->header = g_object_new (GTK_TYPE_BOX,
                               "css-classes", (const char *[]) { "header", NULL },
                               "layout-manager", bpg_row_header_layout_new (),
                               NULL);
  self->labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (self->labels, "title");
  self->title = make_label ("title");
  self->subtitle = make_label ("subtitle");
  gtk_box_append (GTK_BOX (self->labels), GTK_WIDGET (self->title));
  gtk_box_append (GTK_BOX (self->labels), GTK_WIDGET (self->subtitle));
  gtk_box_append (GTK_BOX (self->header), self->labels);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (self), self->header);

  /* Named and described as AdwActionRow is: by its title and subtitle. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, self->title, NULL,
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->subtitle, NULL,
                                  -1);
}

/**
 * bpg_text_row_new:
 * @title: the row's title, which is also its accessible name
 * @subtitle: (nullable): the smaller text under it, read as its description
 *
 * Returns: (transfer floating): a new row
 */
GtkWidget *
bpg_text_row_new (const char *title,
                  const char *subtitle)
{
  BpgTextRow *self;

  g_return_val_if_fail (title != NULL, NULL);

  self = g_object_new (BPG_TYPE_TEXT_ROW, NULL);
  gtk_label_set_text (self->title, title);
  gtk_label_set_text (self->subtitle, subtitle != NULL ? subtitle : "");
  gtk_widget_set_visible (GTK_WIDGET (self->subtitle), subtitle != NULL && *subtitle != '\0');

  return GTK_WIDGET (self);
}

/**
 * bpg_text_row_get_title:
 *
 * Returns: the row's title
 */
const char *
bpg_text_row_get_title (BpgTextRow *self)
{
  g_return_val_if_fail (BPG_IS_TEXT_ROW (self), NULL);

  return gtk_label_get_text (self->title);
}

/**
 * bpg_text_row_get_subtitle:
 *
 * Returns: the row's subtitle, or "" if it has none
 */
const char *
bpg_text_row_get_subtitle (BpgTextRow *self)
{
  g_return_val_if_fail (BPG_IS_TEXT_ROW (self), NULL);

  return gtk_label_get_text (self->subtitle);
}

/**
 * bpg_text_row_set_suffix:
 * @widget: (nullable): a small widget, such as an icon, for the row's end
 *
 * The suffix is as wide as it asks to be and centred in the row's height;
 * the labels take the rest.
 */
void
bpg_text_row_set_suffix (BpgTextRow *self,
                         GtkWidget  *widget)
{
  g_return_if_fail (BPG_IS_TEXT_ROW (self));
  g_return_if_fail (widget == NULL || GTK_IS_WIDGET (widget));

  if (self->suffix != NULL)
    gtk_box_remove (GTK_BOX (self->header), g_steal_pointer (&self->suffix));
  if (widget == NULL)
    return;

  self->suffix = widget;
  gtk_widget_set_valign (widget, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (self->header), widget);
}

/**
 * bpg_text_row_set_subtitle_lines:
 * @lines: how many lines the subtitle may take, or 0 for as many as it needs
 *
 * A subtitle longer than @lines lines ends in "…", as in AdwActionRow.
 */
void
bpg_text_row_set_subtitle_lines (BpgTextRow *self,
                                 int         lines)
{
  g_return_if_fail (BPG_IS_TEXT_ROW (self));
  g_return_if_fail (lines >= 0);

  gtk_label_set_lines (self->subtitle, lines);
  gtk_label_set_ellipsize (self->subtitle, lines > 0 ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
}
