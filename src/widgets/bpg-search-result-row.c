/* bpg-search-result-row.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* One search result as a list row, the same in the Advice search and in
 * Go To: its title, what it opens when that is not an advice page, and an
 * arrow. */

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "bpg-layout-tune.h"
#include "bpg-search-result-row.h"

#define RESULT_KEY "bpg-result"

static const char *
kind_to_label (BpgSearchKind kind)
{
  switch (kind)
    {
    case BPG_SEARCH_KIND_EXERCISE:
      /* Translators: beside a search result that opens an exercise */
      return C_("search result", "Exercise");
    case BPG_SEARCH_KIND_SERVICE:
      /* Translators: beside a search result that opens an NHS service in Get Help */
      return C_("search result", "Service");
    case BPG_SEARCH_KIND_CHECK:
      /* Translators: beside the search result that opens the symptom check */
      return C_("search result", "Symptom check");
    case BPG_SEARCH_KIND_PAGE:
    default:
      return NULL;
    }
}

/**
 * bpg_search_result_row_new:
 * @result: the result the row opens
 * @with_snippet: whether the row shows the words that matched, under its title
 *
 * Returns: (transfer floating): an activatable #AdwActionRow, named by its
 *   title; a screen reader adds what it opens.
 */
GtkWidget *
bpg_search_result_row_new (BpgSearchResult *result,
                           gboolean         with_snippet)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *title = g_markup_escape_text (bpg_search_result_get_title (result), -1);
  const char *kind = kind_to_label (bpg_search_result_get_kind (result));

  g_return_val_if_fail (BPG_IS_SEARCH_RESULT (result), NULL);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (with_snippet)
    {
      g_autofree char *snippet = bpg_search_result_dup_markup (result);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), snippet);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
    }
  if (kind != NULL)
    {
      GtkWidget *label = gtk_label_new (kind);

      gtk_widget_add_css_class (label, "dim-label");
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, kind, -1);
    }
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), RESULT_KEY, g_object_ref (result), g_object_unref);
  bpg_layout_tune (row);

  return row;
}

/**
 * bpg_search_result_row_get_result:
 * @row: a row made by bpg_search_result_row_new()
 *
 * Returns: (transfer none): the result @row opens
 */
BpgSearchResult *
bpg_search_result_row_get_result (GtkWidget *row)
{
  return g_object_get_data (G_OBJECT (row), RESULT_KEY);
}
