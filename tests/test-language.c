/* test-language.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "bpg-advice-view.h"
#include "bpg-check-view.h"
#include "bpg-entry-editor.h"
#include "bpg-i18n.h"
#include "bpg-search.h"
#include "bpg-window.h"
#include "test-widget-util.h"

/* Switching language in the real window, as the application does it: the
 * context reads everything again in the new language, and a new window on
 * the same context takes over from the old one. */

static void
run_until (gboolean (*done) (gpointer), gpointer data)
{
  for (guint i = 0; i < 500 && (done == NULL || !done (data)); i++)
    {
      while (g_main_context_iteration (NULL, FALSE));
      if (done != NULL)
        g_usleep (5000);
    }
  for (guint i = 0; i < 20; i++)
    while (g_main_context_iteration (NULL, FALSE));
}

static gboolean
has_content (gpointer data)
{
  return bpg_context_get_content (data) != NULL;
}

static gboolean
has_session (gpointer data)
{
  return bpg_context_get_check_session (data) != NULL &&
         bpg_context_get_exercises (data) != NULL;
}

static BpgEntryEditor *
find_editor (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (BPG_IS_ENTRY_EDITOR (window))
        return BPG_ENTRY_EDITOR (window);
    }

  return NULL;
}

static gboolean
has_editor (gpointer data)
{
  return find_editor () != NULL;
}

static char *
dup_notes (BpgEntryEditor *editor)
{
  g_autoptr(BpgDiaryEntry) draft = bpg_entry_editor_dup_draft (editor);

  return g_strdup (bpg_diary_entry_get_notes (draft));
}

/* Every item's label in a menu and its sections and submenus. */
static void
collect_labels (GMenuModel *model,
                GString    *out)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *label = NULL;
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (model, i);
      GMenuModel *link;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        g_string_append_printf (out, "%s\n", label);
      while (g_menu_link_iter_get_next (links, NULL, &link))
        {
          collect_labels (link, out);
          g_object_unref (link);
        }
    }
}

/* The advice pages' leaflet, whose swipe goes back a page, and the
 * sidebar's flap: libadwaita's swipes and Alt+arrow keys follow the
 * widget's direction when the gesture starts, so after a change of
 * language they must have the new one. */
static void
assert_swipes_follow (BpgWindow        *window,
                      GtkTextDirection  direction)
{
  GtkWidget *leaflet = find_child (GTK_WIDGET (bpg_window_get_area_view (window, "advice")),
                                   ADW_TYPE_LEAFLET);
  GtkWidget *flap = find_child (GTK_WIDGET (window), ADW_TYPE_FLAP);

  g_assert_nonnull (leaflet);
  g_assert_nonnull (flap);
  g_assert_true (adw_leaflet_get_can_navigate_back (ADW_LEAFLET (leaflet)));
  g_assert_cmpint (gtk_widget_get_direction (leaflet), ==, direction);
  g_assert_cmpint (gtk_widget_get_direction (flap), ==, direction);
  g_assert_cmpint (gtk_widget_get_default_direction (), ==, direction);
}

/* What the application does when the language changes. */
static BpgWindow *
switch_language (BpgContext *context,
                 BpgWindow  *old,
                 const char *code)
{
  BpgWindow *window;

  bpg_context_set_language (context, code);
  window = bpg_window_rebuild (NULL, old);
  run_until (has_content, context);
  run_until (has_session, context);
  return window;
}

static void
test_switch_keeps_state (void)
{
  g_autoptr(BpgContext) context = bpg_context_new (NULL);
  BpgWindow *window = bpg_window_new (NULL, context);
  BpgCheckView *check;
  BpgEntryEditor *editor;
  BpgCheckSession *session;
  g_autofree char *english_title = NULL;
  g_autofree char *notes = NULL;
  const char *page_title;

  gtk_window_present (GTK_WINDOW (window));
  bpg_context_load_content (context);
  run_until (has_content, context);

  /* The language menu: each language in its own name and script, saying
   * which await a medical translator. */
  {
    g_autoptr(GString) labels = g_string_new (NULL);
    GtkMenuButton *menu = find_child (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON);

    /* made as it first opens */
    g_assert_null (gtk_menu_button_get_popover (menu));
    gtk_menu_button_popup (menu);
    collect_labels (gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (gtk_menu_button_get_popover (menu))), labels);
    gtk_menu_button_popdown (menu);
    g_assert_nonnull (strstr (labels->str, "System Default\n"));
    g_assert_nonnull (strstr (labels->str, "\nEnglish\n"));
    g_assert_nonnull (strstr (labels->str, "\u2068Polski\u2069 — not yet checked by a medical translator\n"));
    g_assert_nonnull (strstr (labels->str, "\u2068ગુજરાતી\u2069 — not yet checked by a medical translator\n"));
    g_assert_nonnull (strstr (labels->str, "\u2068العربية\u2069 — not yet checked by a medical translator\n"));
  }

  /* A page, some answers, and a diary entry being written. */
  bpg_window_open_page (window, "what-is-sciatica");
  english_title = g_strdup (bpg_page_get_title (bpg_content_lookup_page (
    bpg_context_get_content (context), "what-is-sciatica")));
  check = BPG_CHECK_VIEW (bpg_window_get_area_view (window, "check"));
  bpg_window_show_area (window, "check");
  bpg_context_load_exercises (context);
  run_until (has_session, context);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (check), "check.start", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (check), "check.answer", "s", "no"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (check), "check.answer", "s", "no"));
  run_until (NULL, NULL);
  g_assert_cmpuint (bpg_check_session_get_step (bpg_context_get_check_session (context)), ==, 3);
  bpg_window_show_area (window, "advice");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-diary-entry", NULL));
  /* The editor opens once the diary is read, in a worker thread. */
  run_until (has_editor, NULL);
  editor = find_editor ();
  g_assert_nonnull (editor);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (find_child (GTK_WIDGET (editor),
                                                                  GTK_TYPE_TEXT_VIEW)),
                            "Walked to the shop", -1);

  window = switch_language (context, window, "pl");

  /* The same place, in Polish. */
  g_assert_cmpstr (bpg_context_get_language (context), ==, "pl");
  g_assert_cmpstr (bpg_window_get_area (window), ==, "diary");
  g_assert_cmpstr (bpg_advice_view_get_page_id (BPG_ADVICE_VIEW (bpg_window_get_area_view (window, "advice"))),
                   ==, "what-is-sciatica");
  page_title = bpg_page_get_title (bpg_content_lookup_page (bpg_context_get_content (context),
                                                            "what-is-sciatica"));
  g_assert_cmpstr (page_title, !=, english_title);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Poradnik bólu pleców");

  /* The answers: still two given, on the third question. */
  session = bpg_context_get_check_session (context);
  g_assert_cmpuint (bpg_check_session_get_step (session), ==, 3);
  g_assert_cmpint (bpg_check_session_get_answer (session, 0), !=, BPG_CHECK_ANSWER_NONE);

  /* The draft, in an editor in Polish. */
  editor = find_editor ();
  g_assert_nonnull (editor);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (editor)) == GTK_WINDOW (window));
  notes = dup_notes (editor);
  g_assert_cmpstr (notes, ==, "Walked to the shop");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), !=, "New Diary Entry");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (editor)), ==, _("New Diary Entry"));
  gtk_window_destroy (GTK_WINDOW (editor));

  /* Arabic is right to left, and English left to right again. */
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (window)), ==, GTK_TEXT_DIR_LTR);
  window = switch_language (context, window, "ar");
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (window)), ==, GTK_TEXT_DIR_RTL);
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (bpg_window_get_area_view (window, "advice"))),
                   ==, GTK_TEXT_DIR_RTL);
  assert_swipes_follow (window, GTK_TEXT_DIR_RTL);
  window = switch_language (context, window, "en");
  g_assert_cmpint (gtk_widget_get_direction (GTK_WIDGET (window)), ==, GTK_TEXT_DIR_LTR);
  assert_swipes_follow (window, GTK_TEXT_DIR_LTR);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Back Pain Guide");
  g_assert_cmpuint (bpg_check_session_get_step (bpg_context_get_check_session (context)), ==, 3);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A choice on a shared computer is not written to the settings. */
static void
test_shared_computer_not_remembered (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(BpgContext) context = NULL;

  g_settings_set_boolean (settings, "shared-computer", TRUE);
  g_settings_set_string (settings, "language", "");
  context = bpg_context_new (settings);
  bpg_context_set_language (context, "gu");
  g_assert_cmpstr (bpg_context_get_language (context), ==, "gu");
  g_assert_cmpstr (g_settings_get_string (settings, "language"), ==, "");
  bpg_context_reset_language (context);
  g_assert_cmpstr (bpg_context_get_language (context), ==, "");
  g_settings_set_boolean (settings, "shared-computer", FALSE);
}

/* Search reads the content in the language it is in: a Polish word finds
 * its Polish page. */
static void
test_search_translated (void)
{
  g_autoptr(BpgContext) context = bpg_context_new (NULL);
  g_autoptr(BpgSearch) search = NULL;
  g_autoptr(GListModel) polish = NULL;
  g_autoptr(BpgSearchResult) first = NULL;

  bpg_context_set_language (context, "pl");
  bpg_context_load_content (context);
  run_until (has_content, context);
  search = bpg_search_new (bpg_context_get_content (context));

  polish = bpg_search_query (search, "kulszowa");
  g_assert_cmpuint (g_list_model_get_n_items (polish), >, 0);
  first = g_list_model_get_item (polish, 0);
  g_assert_cmpstr (bpg_search_result_get_id (first), ==, "page:what-is-sciatica");
  bpg_context_set_language (context, "");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bpg_i18n_init (GETTEXT_PACKAGE, LOCALEDIR);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/language/switch-keeps-state", test_switch_keeps_state);
  g_test_add_func ("/language/shared-computer-not-remembered", test_shared_computer_not_remembered);
  g_test_add_func ("/language/search-translated", test_search_translated);

  return g_test_run ();
}
