/* test-page-view.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bpg-content.h"
#include "bpg-page-view.h"
#include "test-isolate.h"

static BpgContent *content;

static void
collect_labels (GtkWidget *widget,
                GString   *out)
{
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (out, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_labels (child, out);
}

static char *
view_text (BpgPageView *view)
{
  GString *out = g_string_new (NULL);

  collect_labels (GTK_WIDGET (view), out);
  return g_string_free (out, FALSE);
}

static void
test_every_page_renders (void)
{
  GListModel *pages = bpg_content_get_pages (content);

  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(BpgPage) page = g_list_model_get_item (pages, i);
      BpgPageView *view = g_object_ref_sink (bpg_page_view_new (page));
      g_autofree char *text = view_text (view);
      GListModel *blocks = bpg_page_get_blocks (page);

      g_test_message ("page %s", bpg_page_get_id (page));
      /* One widget per block, and the page says where its facts come from. */
      g_assert_nonnull (bpg_page_view_get_block_widget (view, g_list_model_get_n_items (blocks) - 1));
      g_assert_null (bpg_page_view_get_block_widget (view, g_list_model_get_n_items (blocks)));
      g_assert_nonnull (strstr (text, "Based on the NHS leaflet"));
      g_assert_nonnull (strstr (text, bpg_page_get_title (page)));
      g_object_unref (view);
    }
}

static gboolean
has_action_button (GtkWidget  *widget,
                   const char *action)
{
  if (GTK_IS_BUTTON (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_action_button (child, action))
      return TRUE;

  return FALSE;
}

/* Urgent help and the symptom check are one click away from every page. */
static void
test_urgent_and_check_on_every_page (void)
{
  GListModel *pages = bpg_content_get_pages (content);

  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(BpgPage) page = g_list_model_get_item (pages, i);
      BpgPageView *view = g_object_ref_sink (bpg_page_view_new (page));

      g_assert_true (has_action_button (GTK_WIDGET (view), "win.urgent-help"));
      g_assert_true (has_action_button (GTK_WIDGET (view), "win.check-symptoms"));
      g_object_unref (view);
    }
}

static void
test_sources_named (void)
{
  BpgPage *page = bpg_content_lookup_page (content, "what-is-back-pain");
  BpgPageView *view = g_object_ref_sink (bpg_page_view_new (page));
  g_autofree char *text = view_text (view);
  g_autoptr(BpgSource) source = g_list_model_get_item (bpg_page_get_sources (page), 0);

  g_assert_nonnull (strstr (text, bpg_source_get_title (source)));
  g_assert_nonnull (strstr (text, bpg_source_get_publisher (source)));
  g_assert_nonnull (strstr (text, "2026"));
  g_object_unref (view);
}

static void
test_block_accessibility (void)
{
  BpgPage *page = bpg_content_lookup_page (content, "urgent-help");
  BpgPageView *view = g_object_ref_sink (bpg_page_view_new (page));
  GtkWidget *emergency = bpg_page_view_get_block_widget (view, 0);

  /* The level of a callout is said in words, not only shown in colour. */
  g_assert_true (gtk_widget_has_css_class (emergency, "emergency"));
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (emergency), GTK_ACCESSIBLE_ROLE_GROUP);
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (emergency),
                                                   GTK_ACCESSIBLE_PROPERTY_LABEL));
  g_object_unref (view);
}

static void
test_headings_and_links (void)
{
  GListModel *pages = bpg_content_get_pages (content);
  guint headings = 0, links = 0, actions = 0;

  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(BpgPage) page = g_list_model_get_item (pages, i);
      BpgPageView *view = g_object_ref_sink (bpg_page_view_new (page));
      GListModel *blocks = bpg_page_get_blocks (page);

      for (guint b = 0; b < g_list_model_get_n_items (blocks); b++)
        {
          g_autoptr(BpgBlock) block = g_list_model_get_item (blocks, b);
          GtkWidget *widget = bpg_page_view_get_block_widget (view, b);

          if (bpg_block_get_kind (block) == BPG_BLOCK_HEADING)
            {
              gtk_test_accessible_assert_role (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_ROLE_HEADING);
              headings++;
            }
          else if (bpg_block_get_kind (block) == BPG_BLOCK_ACTION)
            {
              const char *name = gtk_actionable_get_action_name (GTK_ACTIONABLE (widget));

              /* An action block opens another part of the app, by a window
               * action that exists. */
              g_assert_true (GTK_IS_LIST_BOX_ROW (widget));
              g_assert_true (g_strcmp0 (name, "win.show-exercises") == 0 ||
                             g_strcmp0 (name, "win.check-symptoms") == 0 ||
                             g_strcmp0 (name, "win.show-area") == 0);
              actions++;
            }
          else if (bpg_block_get_kind (block) == BPG_BLOCK_LINK)
            {
              GtkWidget *row = widget;

              g_assert_true (GTK_IS_LIST_BOX_ROW (row));

              g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (row)), ==, "page.open");
              g_assert_cmpstr (g_variant_get_string (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (row)), NULL),
                               ==, bpg_block_get_target (block));
              links++;
            }
        }
      g_object_unref (view);
    }

  g_assert_cmpuint (headings, >, 0);
  g_assert_cmpuint (links, >, 10);
  g_assert_cmpuint (actions, >=, 2);
}

static void
open_page_cb (BpgPageView *view,
              const char  *page_id,
              char       **out)
{
  g_free (*out);
  *out = g_strdup (page_id);
}

static void
test_link_emits_open_page (void)
{
  BpgPage *page = bpg_content_lookup_page (content, "symptoms");
  BpgPageView *view = g_object_ref_sink (bpg_page_view_new (page));
  g_autofree char *opened = NULL;

  g_signal_connect (view, "open-page", G_CALLBACK (open_page_cb), &opened);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "page.open", "s", "urgent-help"));
  g_assert_cmpstr (opened, ==, "urgent-help");
  g_object_unref (view);
}

static void
test_reveal_block_marks_it (void)
{
  BpgPage *page = bpg_content_lookup_page (content, "painkillers");
  BpgPageView *view = g_object_ref_sink (bpg_page_view_new (page));

  bpg_page_view_reveal_block (view, 1);
  g_assert_true (gtk_widget_has_css_class (bpg_page_view_get_block_widget (view, 1), "bpg-found"));
  g_assert_false (gtk_widget_has_css_class (bpg_page_view_get_block_widget (view, 0), "bpg-found"));
  g_object_unref (view);
}

static GtkWidget *
find_revealer (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_REVEALER (child))
        return child;
      if ((found = find_revealer (child)))
        return found;
    }

  return NULL;
}

/* Whether @widget is drawn, whole or in part, inside @within. */
static gboolean
is_in_sight (GtkWidget *widget,
             GtkWidget *within)
{
  graphene_rect_t bounds;

  if (!gtk_widget_is_drawable (widget) ||
      !gtk_widget_compute_bounds (widget, within, &bounds))
    return FALSE;

  return bounds.origin.y >= 0 && bounds.origin.y < gtk_widget_get_height (within) &&
         bounds.size.height > 0;
}

static void
wait_for_frames (guint n)
{
  for (guint i = 0; i < n; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* A search result opens its page at the block that matched, and the page's
 * title stays in sight: pinned above the page once the big one has
 * scrolled away. */
static void
test_reveal_block_keeps_title (void)
{
  BpgPage *page = bpg_content_lookup_page (content, "painkillers");
  guint last = g_list_model_get_n_items (bpg_page_get_blocks (page)) - 1;
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());
  BpgPageView *view = bpg_page_view_new (page);
  GtkScrolledWindow *scroller;
  GtkRevealer *revealer;
  GtkWidget *block;
  GtkLabel *pinned;

  gtk_window_set_default_size (window, 360, 400);
  gtk_window_set_child (window, GTK_WIDGET (view));
  gtk_window_present (window);
  wait_for_frames (200);

  revealer = GTK_REVEALER (find_revealer (GTK_WIDGET (view)));
  g_assert_nonnull (revealer);
  g_assert_false (gtk_revealer_get_child_revealed (revealer));

  bpg_page_view_reveal_block (view, last);
  block = bpg_page_view_get_block_widget (view, last);
  scroller = GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (block, GTK_TYPE_SCROLLED_WINDOW));
  for (guint i = 0; i < 2000 && !gtk_revealer_get_child_revealed (revealer); i++)
    wait_for_frames (1);
  wait_for_frames (50);

  /* The page is long enough at this size to need scrolling to the block. */
  g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (scroller)), >, 0);
  g_assert_true (is_in_sight (block, GTK_WIDGET (scroller)));
  g_assert_true (gtk_revealer_get_child_revealed (revealer));
  pinned = GTK_LABEL (gtk_widget_get_first_child (gtk_revealer_get_child (revealer)));
  g_assert_cmpstr (gtk_label_get_text (pinned), ==, bpg_page_get_title (page));
  g_assert_true (is_in_sight (GTK_WIDGET (pinned), GTK_WIDGET (view)));

  /* Back at the top, the big title is in sight and the pinned one goes. */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scroller), 0);
  for (guint i = 0; i < 2000 && gtk_widget_get_mapped (GTK_WIDGET (pinned)); i++)
    wait_for_frames (1);
  g_assert_false (gtk_revealer_get_reveal_child (revealer));

  gtk_window_destroy (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int ret;

  bpg_test_isolate_home ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  content = bpg_content_new_from_resource (BPG_CONTENT_RESOURCE, NULL, &error);
  g_assert_no_error (error);

  g_test_add_func ("/page-view/every-page-renders", test_every_page_renders);
  g_test_add_func ("/page-view/sources-named", test_sources_named);
  g_test_add_func ("/page-view/urgent-and-check-on-every-page", test_urgent_and_check_on_every_page);
  g_test_add_func ("/page-view/block-accessibility", test_block_accessibility);
  g_test_add_func ("/page-view/headings-and-links", test_headings_and_links);
  g_test_add_func ("/page-view/link-emits-open-page", test_link_emits_open_page);
  g_test_add_func ("/page-view/reveal-block", test_reveal_block_marks_it);
  g_test_add_func ("/page-view/reveal-block-keeps-title", test_reveal_block_keeps_title);

  ret = g_test_run ();
  g_clear_object (&content);
  return ret;
}
