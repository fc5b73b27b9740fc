/* bpg-choice-item.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-choice-item"

#include "config.h"

#include "bpg-choice-item.h"

#define CHOICE_ITEM_UI RESOURCE_BASE "/widgets/bpg-choice-item.ui"

/* The choices of a combo row's list, laid out by bpg-choice-item.ui. GTK
 * 4.8 gives a list's row no name of its own: a screen reader moving through
 * the open list said only "list item". Each row is named after its choice
 * here, which GtkBuilderListItemFactory has no place to do. */

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  g_autoptr(GBytes) ui = NULL;
  g_autoptr(GError) error = NULL;

  ui = g_resources_lookup_data (CHOICE_ITEM_UI, G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  g_assert_no_error (error);

  gtk_builder_set_current_object (builder, G_OBJECT (item));
  if (!gtk_builder_extend_with_template (builder, G_OBJECT (item), GTK_TYPE_LIST_ITEM,
                                         g_bytes_get_data (ui, NULL),
                                         g_bytes_get_size (ui), &error))
    g_critical ("Could not make a choice of a list: %s", error->message);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         gpointer                  user_data)
{
  GObject *choice = gtk_list_item_get_item (item);
  GtkWidget *child = gtk_list_item_get_child (item);
  GtkWidget *row = child != NULL ? gtk_widget_get_parent (child) : NULL;

  /* The row is the list's own widget, which reads its name, not the
   * label inside it. */
  if (row != NULL && GTK_IS_STRING_OBJECT (choice))
    gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    gtk_string_object_get_string (GTK_STRING_OBJECT (choice)),
                                    -1);
}

/**
 * bpg_choice_item_factory_new:
 *
 * The list factory for a combo row of strings (a #GtkStringList): each
 * choice wraps rather than being cut at large text sizes, has a tick when
 * chosen, and is named for a screen reader.
 *
 * Returns: (transfer full): a new factory
 */
GtkListItemFactory *
bpg_choice_item_factory_new (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);

  return factory;
}
