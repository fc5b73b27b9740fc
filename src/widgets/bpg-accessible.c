/* bpg-accessible.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "bpg-accessible.h"

/* Screen readers hear the windows that GTK and libadwaita build for the app
 * (questions, About, Keyboard Shortcuts, the file chooser) as well as the
 * app's own. In GTK 4.8 some of their controls are read by a toolkit class
 * name ("GtkButton", "GtkImage"), by a page number with its mnemonic ("_1"),
 * or twice over ("_Cancel Cancel"). These functions name them as a person
 * would. */

/**
 * bpg_accessible_name_buttons_once:
 * @widget: a window or any widget in it
 *
 * GTK 4.8 names a button with a mnemonic by its label with the underscore,
 * then its text ("_Cancel Cancel"): let its text alone name each such
 * button in @widget.
 */
void
bpg_accessible_name_buttons_once (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (GTK_IS_BUTTON (widget) && gtk_button_get_use_underline (GTK_BUTTON (widget)))
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    bpg_accessible_name_buttons_once (child);
}

static const char *
first_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    return gtk_label_get_text (GTK_LABEL (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *text = first_text (child);

      if (text != NULL)
        return text;
    }

  return NULL;
}

static const char *
first_icon (GtkWidget *widget)
{
  if (GTK_IS_IMAGE (widget) && gtk_image_get_icon_name (GTK_IMAGE (widget)) != NULL)
    return gtk_image_get_icon_name (GTK_IMAGE (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      const char *icon = first_icon (child);

      if (icon != NULL)
        return icon;
    }

  return NULL;
}

/* What an icon-only button of a toolkit window does, from its icon. */
static const char *
name_for_icon (const char *icon)
{
  if (icon == NULL)
    return NULL;
  if (g_str_has_prefix (icon, "go-previous"))
    return _("Back");
  if (g_str_has_prefix (icon, "edit-find") || g_str_has_prefix (icon, "system-search"))
    return _("Search");
  if (g_str_has_prefix (icon, "user-home"))
    return _("Home");
  if (g_str_has_prefix (icon, "document-new") || g_str_has_prefix (icon, "folder-new"))
    return _("New Folder");
  return NULL;
}

static void
set_name (GtkWidget  *widget,
          const char *name)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

/* The page buttons of the shortcuts window read "_1", "_2": "Page 1", … */
static void
name_pages (GtkWidget *switcher,
            guint     *page)
{
  for (GtkWidget *button = gtk_widget_get_first_child (switcher);
       button != NULL;
       button = gtk_widget_get_next_sibling (button))
    {
      /* Translators: a page of the keyboard shortcuts window, for screen readers */
      g_autofree char *name = g_strdup_printf (_("Page %u"), ++*page);

      set_name (button, name);
    }
}

/* The file chooser's only drop-down: which files it lists. Its button shows
 * the kind chosen, which changes, so it is named as the list. */
static void
name_drop_down (GtkWidget *drop_down)
{
  set_name (drop_down, _("Kind of file"));
  for (GtkWidget *child = gtk_widget_get_first_child (drop_down);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child))
      set_name (child, _("Kind of file"));
}

/* A button with no label of its own: named by the text it shows, or else by
 * what its icon means; a tooltip that says the name again is dropped, or it
 * would be read twice. */
static void
name_button (GtkWidget *button)
{
  const char *name = first_text (button);

  if (name == NULL)
    name = name_for_icon (first_icon (button));
  if (name == NULL)
    return;
  set_name (button, name);
  if (g_strcmp0 (gtk_widget_get_tooltip_text (button), name) == 0)
    gtk_accessible_reset_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION);
}

/* Names the controls of a window built by the toolkit that have no name of
 * their own, or one with a mnemonic. */
static void
name_toolkit_controls (GtkWidget *widget,
                       guint     *page)
{
  if (GTK_IS_STACK_SWITCHER (widget))
    {
      name_pages (widget, page);
      return;
    }
  if (GTK_IS_DROP_DOWN (widget))
    {
      name_drop_down (widget);
      return;
    }

  if (GTK_IS_SEARCH_ENTRY (widget))
    set_name (widget, GTK_IS_FILE_CHOOSER (gtk_widget_get_root (widget))
                      ? _("Search for a file") : _("Search the shortcuts"));
  else if (GTK_IS_LIST_BOX_ROW (widget) && GTK_IS_FILE_CHOOSER (gtk_widget_get_root (widget)) &&
           first_text (widget) != NULL)
    set_name (widget, first_text (widget));  /* the file chooser's places */
  else if ((GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) == NULL) ||
           GTK_IS_MENU_BUTTON (widget))
    name_button (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    name_toolkit_controls (child, page);
}

static void
name_window (GtkWidget *window)
{
  guint page = 0;

  bpg_accessible_name_buttons_once (window);
  if (!ADW_IS_MESSAGE_DIALOG (window))
    name_toolkit_controls (window, &page);
}

static gboolean
name_window_again_cb (gpointer user_data)
{
  name_window (user_data);
  return G_SOURCE_REMOVE;
}

static void
window_shown_cb (GtkWidget *window)
{
  name_window (window);
  /* the file chooser fills in its places once shown */
  g_idle_add_full (G_PRIORITY_LOW, name_window_again_cb, g_object_ref (window), g_object_unref);
}

static void
toplevels_changed_cb (GListModel *toplevels,
                      guint       position,
                      guint       removed,
                      guint       added)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      /* each time shown: by then the questions have their answers */
      if (ADW_IS_MESSAGE_DIALOG (window) || ADW_IS_ABOUT_WINDOW (window) ||
          GTK_IS_SHORTCUTS_WINDOW (window) || GTK_IS_FILE_CHOOSER_DIALOG (window))
        g_signal_connect (window, "show", G_CALLBACK (window_shown_cb), NULL);
    }
}

/**
 * bpg_accessible_watch_windows:
 *
 * From now on, names the controls of each question (#AdwMessageDialog),
 * the About window, the Keyboard Shortcuts window and GTK's own file chooser
 * (used where the desktop offers none) when they are shown.
 * Call once, when the application starts.
 */
void
bpg_accessible_watch_windows (void)
{
  static gboolean watching;

  if (watching)
    return;
  watching = TRUE;
  g_signal_connect (gtk_window_get_toplevels (), "items-changed",
                    G_CALLBACK (toplevels_changed_cb), NULL);
}
