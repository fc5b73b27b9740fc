/* bpg-block-view.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-block-view"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "bpg-block-view.h"
#include "bpg-i18n.h"

/* Turns one content block into widgets. Links are actionable rows that
 * activate the page view's "page.open" and "page.open-url" actions, so a
 * block never needs to know where it is shown. */

static const struct {
  const char *css;
  const char *icon;
  const char *name;
} levels[] = {
  [BPG_CALLOUT_INFO] = { "info", "dialog-information-symbolic", N_("Good to know") },
  [BPG_CALLOUT_GP] = { "gp", "user-available-symbolic", N_("See a GP") },
  [BPG_CALLOUT_URGENT] = { "urgent", "dialog-warning-symbolic", N_("Urgent: get help today") },
  [BPG_CALLOUT_EMERGENCY] = { "emergency", "dialog-error-symbolic", N_("Emergency") },
};

static GtkWidget *
text_label (const char *text,
            const char *css_class)
{
  /* In Arabic, 999, 111 and web addresses are never mirrored. */
  g_autofree char *shown = bpg_i18n_isolate_ltr (text);
  GtkWidget *label = gtk_label_new (shown);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
heading_new (const char *text)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   "label", text,
                                   "wrap", TRUE,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   "xalign", 0.0f,
                                   "margin-top", 6,
                                   NULL);

  gtk_widget_add_css_class (label, "bpg-heading");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 2,
                                  -1);
  return label;
}

static GtkWidget *
list_new (const char * const *items)
{
  GtkWidget *box = g_object_new (GTK_TYPE_BOX,
                                 "accessible-role", GTK_ACCESSIBLE_ROLE_LIST,
                                 "orientation", GTK_ORIENTATION_VERTICAL,
                                 "spacing", 6,
                                 NULL);

  for (guint i = 0; items[i] != NULL; i++)
    {
      GtkWidget *item = g_object_new (GTK_TYPE_BOX,
                                      "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                                      "orientation", GTK_ORIENTATION_HORIZONTAL,
                                      "spacing", 8,
                                      NULL);
      GtkWidget *bullet = gtk_label_new ("•");

      gtk_widget_set_valign (bullet, GTK_ALIGN_START);
      gtk_accessible_update_state (GTK_ACCESSIBLE (bullet), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      gtk_box_append (GTK_BOX (item), bullet);
      gtk_box_append (GTK_BOX (item), text_label (items[i], NULL));
      gtk_widget_set_hexpand (gtk_widget_get_last_child (item), TRUE);
      gtk_box_append (GTK_BOX (box), item);
    }

  return box;
}

static GtkWidget *
callout_new (BpgBlock *block)
{
  BpgCalloutLevel level = bpg_block_get_level (block);
  const char *title = bpg_block_get_title (block);
  GtkWidget *box = g_object_new (GTK_TYPE_BOX,
                                 "accessible-role", GTK_ACCESSIBLE_ROLE_GROUP,
                                 "orientation", GTK_ORIENTATION_VERTICAL,
                                 "spacing", 8,
                                 NULL);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new_from_icon_name (levels[level].icon);
  g_autofree char *accessible = NULL;

  gtk_widget_add_css_class (box, "bpg-callout");
  gtk_widget_add_css_class (box, levels[level].css);

  /* The level is said in words as well as shown in colour. */
  gtk_widget_set_valign (icon, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (header), icon);
  gtk_box_append (GTK_BOX (header), text_label (_(levels[level].name), "bpg-callout-level"));
  gtk_box_append (GTK_BOX (box), header);

  if (title != NULL)
    gtk_box_append (GTK_BOX (box), text_label (title, "bpg-callout-title"));
  if (bpg_block_get_text (block) != NULL)
    gtk_box_append (GTK_BOX (box), text_label (bpg_block_get_text (block), NULL));
  if (bpg_block_get_items (block) != NULL)
    gtk_box_append (GTK_BOX (box), list_new (bpg_block_get_items (block)));

  accessible = g_strdup_printf ("%s: %s", _(levels[level].name),
                                title != NULL ? title : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  title != NULL ? accessible : _(levels[level].name),
                                  -1);
  return box;
}

/* Where an action block takes the reader: a window action of the app. */
static void
action_target (const char *action,
               GtkWidget  *row)
{
  static const struct {
    const char *name;
    const char *icon;
    const char *action;
    const char *target;
  } targets[] = {
    { "check-symptoms", "checkbox-checked-symbolic", "win.check-symptoms", NULL },
    { "diary", "x-office-calendar-symbolic", "win.show-area", "diary" },
    { "exercises", "emoji-people-symbolic", "win.show-exercises", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      if (g_strcmp0 (targets[i].name, action) != 0)
        continue;

      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name (targets[i].icon));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), targets[i].action);
      if (targets[i].target != NULL)
        gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", targets[i].target);
      return;
    }

  g_critical ("Unknown action block target %s", action);
}

static GtkWidget *
link_new (BpgBlock *block)
{
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *row = adw_action_row_new ();
  gboolean external = bpg_block_get_kind (block) == BPG_BLOCK_EXTERNAL;
  g_autofree char *subtitle = NULL;

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), bpg_block_get_text (block));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);

  if (external)
    {
      const char *description = bpg_block_get_title (block);

      /* Translators: shown under a link to a web page */
      subtitle = g_strdup_printf (_("%s%sOpens in your web browser. Needs the internet."),
                                  description != NULL ? description : "",
                                  description != NULL ? "\n" : "");
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("web-browser-symbolic"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("adw-external-link-symbolic"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "page.open-url");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", bpg_block_get_url (block));
      gtk_widget_set_tooltip_text (row, bpg_block_get_url (block));
    }
  else if (bpg_block_get_kind (block) == BPG_BLOCK_ACTION)
    {
      action_target (bpg_block_get_target (block), row);
      if (bpg_block_get_title (block) != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), bpg_block_get_title (block));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
    }
  else
    {
      adw_action_row_add_prefix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("accessories-dictionary-symbolic"));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "page.open");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", bpg_block_get_target (block));
    }

  gtk_list_box_append (GTK_LIST_BOX (list), row);
  return list;
}

/**
 * bpg_block_view_new:
 * @block: a content block
 *
 * Returns: (transfer floating): a widget showing @block
 */
GtkWidget *
bpg_block_view_new (BpgBlock *block)
{
  g_return_val_if_fail (BPG_IS_BLOCK (block), NULL);

  switch (bpg_block_get_kind (block))
    {
    case BPG_BLOCK_HEADING:
      return heading_new (bpg_block_get_text (block));

    case BPG_BLOCK_PARAGRAPH:
      return text_label (bpg_block_get_text (block), "bpg-paragraph");

    case BPG_BLOCK_LIST:
      return list_new (bpg_block_get_items (block));

    case BPG_BLOCK_CALLOUT:
      return callout_new (block);

    case BPG_BLOCK_LINK:
    case BPG_BLOCK_EXTERNAL:
    case BPG_BLOCK_ACTION:
      return link_new (block);

    default:
      g_assert_not_reached ();
    }
}
