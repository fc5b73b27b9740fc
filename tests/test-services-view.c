/* test-services-view.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "bpg-content.h"
#include "bpg-error.h"
#include "bpg-help-ladder.h"
#include "bpg-help-view.h"
#include "bpg-service-row.h"
#include "bpg-services-view.h"
#include "test-isolate.h"
#include "test-widget-util.h"

/* A view with a context of its own, as the window would make it. */
static gpointer
new_view (GType type)
{
  g_autoptr(BpgContext) context = bpg_context_new (NULL);

  return g_object_new (type, "context", context, NULL);
}

/* The Get help area as a patient meets it: urgent advice first, whatever
 * happens; the ladder in order; services for the area they chose, which the
 * app remembers; a bad local file named on screen while the built-in
 * services still show; and every control reachable and named. */

static char *config_home;

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      collect (child, type, found);
    }
}

static GPtrArray *
find_all (gpointer widget,
          GType    type)
{
  GPtrArray *found = g_ptr_array_new ();

  collect (GTK_WIDGET (widget), type, found);
  return found;
}

static gpointer
find_one (gpointer widget,
          GType    type)
{
  g_autoptr(GPtrArray) found = find_all (widget, type);

  return found->len > 0 ? g_ptr_array_index (found, 0) : NULL;
}

static GtkWidget *
find_button (gpointer    widget,
             const char *label)
{
  g_autoptr(GPtrArray) buttons = find_all (widget, GTK_TYPE_BUTTON);

  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
      return g_ptr_array_index (buttons, i);

  return NULL;
}

/* Visible, and not on a page of a stack that is not showing. */
static gboolean
is_shown (GtkWidget *widget)
{
  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
      return FALSE;

  return TRUE;
}

/* The text of every visible label inside @widget, in order. */
static char *
visible_text (gpointer widget)
{
  g_autoptr(GPtrArray) labels = find_all (widget, GTK_TYPE_LABEL);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < labels->len; i++)
    {
      GtkWidget *label = g_ptr_array_index (labels, i);

      if (is_shown (label))
        g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (label)));
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static BpgContent *
load_advice (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "content",
                                                 "advice.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  g_autoptr(GBytes) bytes = NULL;
  BpgContent *content;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, &error));
  bytes = g_bytes_new_take (g_steal_pointer (&data), length);
  content = bpg_content_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);

  return content;
}

static BpgServiceCatalog *
load_catalog (void)
{
  g_autoptr(GError) error = NULL;
  BpgServiceCatalog *catalog;

  catalog = bpg_service_catalog_new_from_resource (BPG_SERVICES_RESOURCE, NULL, &error);
  g_assert_no_error (error);

  return catalog;
}

static GtkWindow *
show_in_window (gpointer widget)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, 800, 600);
  gtk_window_set_child (window, GTK_WIDGET (widget));
  gtk_window_present (window);
  run_until_idle ();

  return window;
}

/* As in Get Help, where the services scroll. */
static GtkWindow *
show_in_scroller (gpointer widget)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (widget));
  return show_in_window (scroller);
}

static void
wait_for_catalog (BpgServicesView *view)
{
  for (guint i = 0; i < 500 && bpg_services_view_get_catalog (view) == NULL; i++)
    {
      g_usleep (10000);
      run_until_idle ();
    }
  g_assert_nonnull (bpg_services_view_get_catalog (view));
  run_until_idle ();
}

static void
record_page_cb (BpgHelpView  *view,
                const char   *page_id,
                char        **out)
{
  g_free (*out);
  *out = g_strdup (page_id);
}

/* Until the content arrives, and when it fails, the urgent card shows and
 * names the problem; the ladder replaces it once the pages are there. */
static void
test_urgent_first (void)
{
  g_autoptr(GError) error = g_error_new_literal (BPG_ERROR, BPG_ERROR_INVALID_DATA,
                                                 "advice.json is broken");
  g_autoptr(BpgContent) content = load_advice ();
  BpgHelpView *help = g_object_ref_sink (new_view (BPG_TYPE_HELP_VIEW));
  GtkWindow *window = show_in_window (help);
  g_autofree char *card_text = NULL;
  g_autofree char *page_text = NULL;

  g_assert_false (bpg_help_view_is_showing_page (help));
  card_text = visible_text (help);
  g_assert_nonnull (strstr (card_text, "Go to A&E now, or call 999 if you cannot get there"));
  g_assert_nonnull (strstr (card_text, "Call 111 now if you have any of these:"));

  bpg_help_view_set_content (help, NULL, error);
  run_until_idle ();
  g_clear_pointer (&card_text, g_free);
  card_text = visible_text (help);
  g_assert_false (bpg_help_view_is_showing_page (help));
  g_assert_nonnull (strstr (card_text, "advice.json is broken"));
  g_assert_nonnull (strstr (card_text, "Go to A&E now, or call 999 if you cannot get there"));

  bpg_help_view_set_content (help, content, NULL);
  run_until_idle ();
  g_assert_true (bpg_help_view_is_showing_page (help));
  page_text = visible_text (help);
  g_assert_nonnull (strstr (page_text, "Go to A&E now, or call 999 if you cannot get there"));
  g_assert_null (strstr (page_text, "advice.json is broken"));

  gtk_window_destroy (window);
  g_object_unref (help);
}

/* Content that lacks a page the ladder links to is a failure too. */
static void
test_missing_page_falls_back (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "content",
                                                 "advice.json", NULL);
  g_autofree char *data = NULL;
  g_autoptr(GString) text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(BpgContent) content = NULL;
  BpgHelpView *help = g_object_ref_sink (new_view (BPG_TYPE_HELP_VIEW));
  g_autofree char *shown = NULL;

  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  text = g_string_new (data);
  /* Rename a page and every link to it, so the content still loads. */
  g_string_replace (text, "\"keep-moving\"", "\"keep-going\"", 0);
  bytes = g_bytes_new (text->str, text->len);
  content = bpg_content_new_from_bytes (bytes, NULL, &error);
  g_assert_no_error (error);

  bpg_help_view_set_content (help, content, NULL);
  g_assert_false (bpg_help_view_is_showing_page (help));
  shown = visible_text (help);
  g_assert_nonnull (strstr (shown, "“keep-moving” is missing"));

  g_object_unref (help);
}

static const char *
group_label (GtkWidget *widget)
{
  static const char * const labels[] = {
    "Emergency: go to A&E or call 999",
    "Urgent: call 111 now",
    "Soon: see your GP",
    "Look after yourself, and refer yourself if it is not settling",
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      g_autofree char *mismatch =
        gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                            GTK_ACCESSIBLE_PROPERTY_LABEL, labels[i]);
      if (mismatch == NULL)
        return labels[i];
    }

  return NULL;
}

/* The ladder: most urgent first, each rung a named group linking to its
 * advice page and to the symptom check. */
static void
test_ladder (void)
{
  g_autoptr(BpgContent) content = load_advice ();
  BpgHelpView *help = g_object_ref_sink (new_view (BPG_TYPE_HELP_VIEW));
  BpgHelpLadder *ladder = find_one (help, BPG_TYPE_HELP_LADDER);
  g_autoptr(GPtrArray) boxes = find_all (ladder, GTK_TYPE_BOX);
  g_autoptr(GPtrArray) rungs = g_ptr_array_new ();
  const char * const *page_ids = bpg_help_ladder_get_page_ids ();
  const char *links[][2] = {
    { "About Cauda Equina Syndrome", "cauda-equina" },
    { "All the Warning Signs", "urgent-help" },
    { "Other Serious Causes", "serious-causes" },
    { "Keep Moving", "keep-moving" },
    { "Refer Yourself to Physiotherapy", "self-referral" },
  };
  g_autofree char *opened = NULL;

  GtkWindow *window;

  bpg_help_view_set_content (help, content, NULL);
  g_signal_connect (help, "open-page", G_CALLBACK (record_page_cb), &opened);
  /* Buttons find their actions once they are in a window. */
  window = show_in_window (help);

  for (guint i = 0; i < boxes->len; i++)
    if (gtk_accessible_get_accessible_role (g_ptr_array_index (boxes, i)) ==
        GTK_ACCESSIBLE_ROLE_GROUP &&
        gtk_test_accessible_has_property (g_ptr_array_index (boxes, i),
                                          GTK_ACCESSIBLE_PROPERTY_LABEL))
      g_ptr_array_add (rungs, g_ptr_array_index (boxes, i));

  g_assert_cmpuint (rungs->len, ==, 4);
  g_assert_cmpstr (group_label (g_ptr_array_index (rungs, 0)), ==, "Emergency: go to A&E or call 999");
  g_assert_cmpstr (group_label (g_ptr_array_index (rungs, 1)), ==, "Urgent: call 111 now");
  g_assert_cmpstr (group_label (g_ptr_array_index (rungs, 2)), ==, "Soon: see your GP");
  g_assert_true (g_str_has_prefix (group_label (g_ptr_array_index (rungs, 3)), "Look after yourself"));

  /* Every rung offers the symptom check. */
  for (guint i = 0; i < rungs->len; i++)
    {
      GtkWidget *check = find_button (g_ptr_array_index (rungs, i), "Check My Symptoms");

      g_assert_nonnull (check);
      g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (check)), ==,
                       "win.check-symptoms");
    }

  /* Each advice link opens its page, which exists. */
  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    {
      GtkWidget *button = find_button (ladder, links[i][0]);

      g_assert_nonnull (button);
      g_assert_true (gtk_widget_is_sensitive (button));
      g_signal_emit_by_name (button, "clicked");
      g_assert_cmpstr (opened, ==, links[i][1]);
      g_assert_nonnull (bpg_content_lookup_page (content, links[i][1]));
    }

  for (guint i = 0; page_ids[i] != NULL; i++)
    g_assert_nonnull (bpg_content_lookup_page (content, page_ids[i]));

  gtk_window_destroy (window);
  g_object_unref (help);
}

static GListModel *
list_model (GtkListBox *list)
{
  GListStore *store = g_list_store_new (BPG_TYPE_SERVICE);

  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (BPG_IS_SERVICE_ROW (row))
      g_list_store_append (store, bpg_service_row_get_service (BPG_SERVICE_ROW (row)));

  return G_LIST_MODEL (store);
}

static gboolean
lists_service (GListModel *model,
               const char *id)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(BpgService) service = g_list_model_get_item (model, i);

      if (g_str_equal (bpg_service_get_id (service), id))
        return TRUE;
    }

  return FALSE;
}

static gboolean
has_label (gpointer    widget,
           const char *label)
{
  g_autofree char *mismatch = NULL;

  if (!gtk_test_accessible_has_property (widget, GTK_ACCESSIBLE_PROPERTY_LABEL))
    return FALSE;

  mismatch = gtk_test_accessible_check_property (widget, GTK_ACCESSIBLE_PROPERTY_LABEL, label);
  return mismatch == NULL;
}

static void
get_lists (BpgServicesView  *view,
           GListModel      **local,
           GListModel      **other)
{
  g_autoptr(GPtrArray) lists = find_all (view, GTK_TYPE_LIST_BOX);
  GtkExpander *expander = find_one (view, GTK_TYPE_EXPANDER);
  GtkWidget *other_list = gtk_expander_get_child (expander);
  GtkListBox *local_list = NULL;

  for (guint i = 0; i < lists->len; i++)
    if (has_label (g_ptr_array_index (lists, i), "Services for where you live"))
      local_list = g_ptr_array_index (lists, i);

  /* The other areas are one step away, in a folded list with a name. */
  g_assert_nonnull (local_list);
  g_assert_true (GTK_IS_LIST_BOX (other_list));
  g_assert_true (has_label (other_list, "Services in other areas"));
  g_assert_true (g_str_has_prefix (gtk_expander_get_label (expander), "Services in Other Areas ("));

  *local = list_model (local_list);
  *other = list_model (GTK_LIST_BOX (other_list));
}

/* Shown, the view makes its rows a frame at a time: waits for @n of them. */
static void
wait_for_rows (BpgServicesView *view,
               guint            n)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < deadline)
    {
      g_autoptr(GListModel) local = NULL;
      g_autoptr(GListModel) other = NULL;

      get_lists (view, &local, &other);
      if (g_list_model_get_n_items (local) + g_list_model_get_n_items (other) >= n)
        return;
      g_main_context_iteration (NULL, TRUE);
    }
}

/* Choosing an area shows its services, keeps the others findable, and is
 * remembered: a new view (as after a restart) opens on the same area. */
static void
test_area_choice (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(BpgServiceCatalog) catalog = load_catalog ();
  BpgServicesView *view = g_object_ref_sink (new_view (BPG_TYPE_SERVICES_VIEW));
  BpgServicesView *again = NULL;
  AdwComboRow *combo;
  GListModel *names;
  g_autoptr(GListModel) local = NULL;
  g_autoptr(GListModel) other = NULL;
  guint essex = G_MAXUINT;

  g_settings_reset (settings, "area");
  bpg_services_view_set_catalog (view, catalog, NULL);
  combo = find_one (view, ADW_TYPE_COMBO_ROW);
  names = adw_combo_row_get_model (combo);

  /* Nothing chosen: national services here, the rest one click away. */
  g_assert_cmpuint (adw_combo_row_get_selected (combo), ==, 0);
  get_lists (view, &local, &other);
  g_assert_true (lists_service (local, "nhs-111"));
  g_assert_false (lists_service (local, "llr-msk-physiotherapy"));
  g_assert_true (lists_service (other, "llr-msk-physiotherapy"));
  g_assert_true (lists_service (other, "essex-stop-smoking"));

  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (names), i), "Essex"))
      essex = i;
  g_assert_cmpuint (essex, !=, G_MAXUINT);

  adw_combo_row_set_selected (combo, essex);
  run_until_idle ();
  g_assert_cmpstr (g_settings_get_string (settings, "area"), ==, "essex");

  g_clear_object (&local);
  g_clear_object (&other);
  get_lists (view, &local, &other);
  g_assert_true (lists_service (local, "essex-stop-smoking"));
  g_assert_true (lists_service (local, "eoe-msk-service"));
  g_assert_true (lists_service (local, "nhs-111"));
  g_assert_false (lists_service (local, "llr-msk-physiotherapy"));
  g_assert_true (lists_service (other, "llr-msk-physiotherapy"));

  /* As after a restart. */
  again = g_object_ref_sink (new_view (BPG_TYPE_SERVICES_VIEW));
  bpg_services_view_set_catalog (again, catalog, NULL);
  g_assert_cmpuint (adw_combo_row_get_selected (find_one (again, ADW_TYPE_COMBO_ROW)), ==, essex);

  /* A change made elsewhere (another window) shows here too. */
  g_settings_set_string (settings, "area", "leicester-leicestershire-rutland");
  run_until_idle ();
  g_clear_object (&local);
  g_clear_object (&other);
  get_lists (again, &local, &other);
  g_assert_true (lists_service (local, "llr-msk-physiotherapy"));
  g_assert_true (lists_service (local, "llr-urgent-health-care"));
  g_assert_true (lists_service (other, "essex-stop-smoking"));

  g_settings_reset (settings, "area");
  g_object_unref (again);
  g_object_unref (view);
}

/* The service row holding the keyboard focus, if any. */
static GtkWidget *
focused_service_row (GtkWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL ? gtk_widget_get_ancestor (focus, BPG_TYPE_SERVICE_ROW) : NULL;
}

/* A search result for a service opens Get Help at that service: its row
 * is shown and focused, in the other areas' list too, also when the list is
 * still being read. */
static void
test_show_service (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(BpgServiceCatalog) catalog = load_catalog ();
  BpgServicesView *view = new_view (BPG_TYPE_SERVICES_VIEW);
  GtkWindow *window = NULL;
  GtkExpander *expander;
  GtkWidget *focus;

  g_settings_reset (settings, "area");
  window = show_in_scroller (view);
  expander = find_one (view, GTK_TYPE_EXPANDER);

  /* Asked for before the list is there: shown once it is. */
  bpg_services_view_show_service (view, "essex-stop-smoking");
  bpg_services_view_set_catalog (view, catalog, NULL);
  run_until_idle ();

  g_assert_true (gtk_expander_get_expanded (expander));
  focus = focused_service_row (window);
  g_assert_nonnull (focus);
  g_assert_cmpstr (bpg_service_get_id (bpg_service_row_get_service (BPG_SERVICE_ROW (focus))), ==,
                   "essex-stop-smoking");

  /* One of everyone's services, once the list is there. */
  bpg_services_view_show_service (view, "nhs-111");
  run_until_idle ();
  focus = focused_service_row (window);
  g_assert_nonnull (focus);
  g_assert_cmpstr (bpg_service_get_id (bpg_service_row_get_service (BPG_SERVICE_ROW (focus))), ==,
                   "nhs-111");

  gtk_window_destroy (window);
  run_until_idle ();
}

static guint
count_service_rows (GtkWidget *widget)
{
  guint n = BPG_IS_SERVICE_ROW (widget) ? 1 : 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += count_service_rows (child);

  return n;
}

/* Shown, the services' rows are made one a frame, after a frame with none:
 * all in one frame, they took one and a half frames' time to lay out. A
 * service asked for has its row at once. */
static void
test_rows_a_frame (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(BpgServiceCatalog) catalog = load_catalog ();
  g_autoptr(GListModel) local = bpg_service_catalog_list_for_area (catalog, NULL, TRUE);
  g_autoptr(GListModel) other = bpg_service_catalog_list_for_area (catalog, NULL, FALSE);
  guint all = g_list_model_get_n_items (local) + g_list_model_get_n_items (other);
  BpgServicesView *view = new_view (BPG_TYPE_SERVICES_VIEW);
  FrameRows rows = { GTK_WIDGET (view), count_service_rows, 0, 0, 0 };
  GtkWindow *window;
  GdkFrameClock *clock;
  gulong handler;
  gint64 deadline;

  g_settings_reset (settings, "area");
  g_assert_cmpuint (all, >=, 4);
  window = show_in_scroller (view);
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (frame_rows_cb), &rows);
  /* The other areas' rows are in the window only while their list is open. */
  gtk_expander_set_expanded (find_one (view, GTK_TYPE_EXPANDER), TRUE);

  bpg_services_view_set_catalog (view, catalog, NULL);
  g_assert_cmpuint (count_service_rows (GTK_WIDGET (view)), ==, 0);
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (rows.last < all && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
  g_assert_cmpuint (rows.last, ==, all);
  g_assert_cmpuint (rows.most, ==, 1);
  g_assert_cmpuint (rows.frames, ==, all);

  /* Another area: the lists are made again, a row a frame, unless a
   * service is asked for. */
  g_settings_set_string (settings, "area", "essex");
  g_assert_cmpuint (count_service_rows (GTK_WIDGET (view)), ==, 0);
  bpg_services_view_show_service (view, "essex-stop-smoking");
  g_assert_cmpuint (count_service_rows (GTK_WIDGET (view)), ==, all);

  gtk_window_destroy (window);
  g_settings_reset (settings, "area");
  run_until_idle ();
}

/* A bad local file: named on screen, with its line and field, while every
 * built-in service still shows. */
static void
test_bad_local_file (void)
{
  g_autofree char *dir = g_build_filename (config_home, "back-pain-guide", "services.d", NULL);
  g_autofree char *bad = g_build_filename (dir, "clinic.json", NULL);
  g_autoptr(BpgServiceCatalog) builtin = load_catalog ();
  BpgHelpView *help = g_object_ref_sink (new_view (BPG_TYPE_HELP_VIEW));
  BpgServicesView *view = find_one (help, BPG_TYPE_SERVICES_VIEW);
  g_autoptr(GListModel) local = NULL;
  g_autoptr(GListModel) other = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *expected = NULL;
  GtkWindow *window;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (bad,
                                      "{\n"
                                      "  \"schema\": 1,\n"
                                      "  \"services\": [\n"
                                      "    {\n"
                                      "      \"id\": \"clinic\",\n"
                                      "      \"name\": 42\n"
                                      "    }\n"
                                      "  ]\n"
                                      "}\n", -1, NULL));

  /* Showing the area loads the services, local files included. */
  window = show_in_window (help);
  wait_for_catalog (view);

  shown = visible_text (view);
  expected = g_strdup_printf ("%s, line 6: services[0].name must be text, not a number", bad);
  if (strstr (shown, expected) == NULL)
    g_error ("“%s” not shown in:\n%s", expected, shown);
  g_assert_nonnull (strstr (shown, "Some local service information was not used"));

  wait_for_rows (view, g_list_model_get_n_items (bpg_service_catalog_get_services (builtin)));
  get_lists (view, &local, &other);
  g_assert_cmpuint (g_list_model_get_n_items (local) + g_list_model_get_n_items (other), ==,
                    g_list_model_get_n_items (bpg_service_catalog_get_services (builtin)));
  g_assert_true (lists_service (local, "nhs-111"));

  gtk_window_destroy (window);
  g_object_unref (help);
  g_assert_no_errno (g_unlink (bad));
}

static gboolean
is_drawable (gpointer widget)
{
  return gtk_widget_is_drawable (widget);
}

static gboolean
is_hidden (gpointer widget)
{
  return !gtk_widget_is_visible (widget);
}

/* Every button has a name a screen reader can say and can be reached with
 * the keyboard; text fields are labelled; service rows open from the
 * keyboard. */
static void
test_keyboard_and_names (void)
{
  g_autoptr(BpgContent) content = load_advice ();
  g_autoptr(BpgServiceCatalog) catalog = load_catalog ();
  BpgHelpView *help = g_object_ref_sink (new_view (BPG_TYPE_HELP_VIEW));
  BpgServicesView *view = find_one (help, BPG_TYPE_SERVICES_VIEW);
  g_autoptr(GPtrArray) buttons = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) texts = NULL;
  GtkWindow *window;
  AdwExpanderRow *row;
  GtkWidget *details;
  GtkRevealer *revealer;
  gboolean animations;

  bpg_help_view_set_content (help, content, NULL);
  bpg_services_view_set_catalog (view, catalog, NULL);
  window = show_in_window (help);

  buttons = find_all (help, GTK_TYPE_BUTTON);
  g_assert_cmpuint (buttons->len, >, 10);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);
      const char *label = gtk_button_get_label (GTK_BUTTON (button));

      if (!gtk_widget_get_mapped (button) && !GTK_IS_LINK_BUTTON (button))
        continue;
      g_assert_true (gtk_widget_get_focusable (button));
      g_assert_true ((label != NULL && *label != '\0') || GTK_IS_LINK_BUTTON (button) ||
                     gtk_test_accessible_has_property (GTK_ACCESSIBLE (button),
                                                       GTK_ACCESSIBLE_PROPERTY_LABEL));
    }

  texts = find_all (help, GTK_TYPE_TEXT_VIEW);
  g_assert_cmpuint (texts->len, ==, 3);
  for (guint i = 0; i < texts->len; i++)
    g_assert_true (gtk_test_accessible_has_relation (g_ptr_array_index (texts, i),
                                                     GTK_ACCESSIBLE_RELATION_LABELLED_BY));

  /* A service opens with the keyboard, as a screen reader user would. */
  rows = find_all (view, BPG_TYPE_SERVICE_ROW);
  g_assert_cmpuint (rows->len, >, 0);
  row = g_ptr_array_index (rows, 0);
  g_assert_false (adw_expander_row_get_expanded (row));
  /* Closed, its details are hidden, not only folded away, so that GTK does
   * not style and measure them (see bpg-service-row.c). */
  details = find_label_reading (GTK_WIDGET (row), "Can I refer myself?");
  g_assert_nonnull (details);
  g_assert_false (gtk_widget_is_visible (details));
  {
    GtkWidget *header = GTK_WIDGET (find_one (row, GTK_TYPE_LIST_BOX_ROW));

    g_assert_true (gtk_widget_get_focusable (header));
    g_assert_true (gtk_widget_grab_focus (header));
    g_signal_emit_by_name (header, "activate");
  }
  run_until_idle ();
  g_assert_true (adw_expander_row_get_expanded (row));
  g_assert_true (gtk_widget_is_visible (details));
  wait_for (is_drawable, details, 10);
  g_assert_true (gtk_widget_is_drawable (details));

  /* Closed again, they stay while the row folds, then hide. */
  g_object_get (gtk_settings_get_default (), "gtk-enable-animations", &animations, NULL);
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
  adw_expander_row_set_expanded (row, FALSE);
  revealer = GTK_REVEALER (gtk_widget_get_ancestor (details, GTK_TYPE_REVEALER));
  g_assert_true (gtk_revealer_get_child_revealed (revealer));
  g_assert_true (gtk_widget_is_visible (details));
  wait_for (is_hidden, details, 10);
  g_assert_false (gtk_widget_is_visible (details));
  g_assert_false (gtk_revealer_get_child_revealed (revealer));
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", animations, NULL);

  gtk_window_destroy (window);
  g_object_unref (help);
}

/* At twice the text size, the whole area still fits a 360-pixel-wide
 * window: long button labels and headings wrap instead of widening it. */
static void
test_narrow_large_text (void)
{
  g_autoptr(BpgContent) content = load_advice ();
  g_autoptr(BpgServiceCatalog) catalog = load_catalog ();
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  BpgHelpView *help = g_object_ref_sink (new_view (BPG_TYPE_HELP_VIEW));
  g_autoptr(GPtrArray) rows = NULL;
  GtkWindow *window;
  int minimum, natural;

  gtk_css_provider_load_from_data (css, "window { font-size: 200%; }", -1);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  bpg_help_view_set_content (help, content, NULL);
  bpg_services_view_set_catalog (find_one (help, BPG_TYPE_SERVICES_VIEW), catalog, NULL);
  window = show_in_window (help);

  /* Open every service, so their insides count too. */
  rows = find_all (help, BPG_TYPE_SERVICE_ROW);
  for (guint i = 0; i < rows->len; i++)
    adw_expander_row_set_expanded (g_ptr_array_index (rows, i), TRUE);
  run_until_idle ();

  gtk_widget_measure (GTK_WIDGET (help), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, &natural, NULL, NULL);
  g_test_message ("minimum width at 200%% text: %d px", minimum);
  g_assert_cmpint (minimum, <=, 360);

  gtk_window_destroy (window);
  g_object_unref (help);
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                 GTK_STYLE_PROVIDER (css));
}

/* The label under @widget reading @text, if one is shown. */
static GtkLabel *
find_shown_label (GtkWidget  *widget,
                  const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found;

      if (!gtk_widget_get_mapped (child))
        continue;
      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
        return GTK_LABEL (child);
      if ((found = find_shown_label (child, text)))
        return found;
    }

  return NULL;
}

/* At 360 pixels and twice the text size, the chosen area's full name is
 * shown, wrapped rather than cut ("Leicester, Leicestershi…"), inside the
 * row, with the height its lines need. */
static void
test_area_name_wraps (void)
{
  static const char *name = "Leicester, Leicestershire and Rutland";
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(BpgServiceCatalog) catalog = load_catalog ();
  BpgServicesView *view = g_object_ref_sink (new_view (BPG_TYPE_SERVICES_VIEW));
  GtkSettings *gtk_settings = gtk_settings_get_default ();
  GtkWindow *window;
  AdwComboRow *combo;
  GtkLabel *label;
  graphene_rect_t bounds;
  int height;

  g_object_set (gtk_settings, "gtk-xft-dpi", 2 * 96 * 1024, NULL);
  g_settings_set_string (settings, "area", "leicester-leicestershire-rutland");
  bpg_services_view_set_catalog (view, catalog, NULL);
  window = show_in_window (view);
  gtk_window_set_default_size (window, 360, 600);
  for (guint i = 0; i < 500 && gtk_widget_get_width (GTK_WIDGET (window)) > 360; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  run_until_idle ();

  combo = find_one (view, ADW_TYPE_COMBO_ROW);
  label = find_shown_label (GTK_WIDGET (combo), name);
  g_assert_nonnull (label);
  g_assert_cmpint (gtk_label_get_ellipsize (label), ==, PANGO_ELLIPSIZE_NONE);
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (label)));
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (label), GTK_WIDGET (combo), &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (GTK_WIDGET (combo)));
  gtk_widget_measure (GTK_WIDGET (label), GTK_ORIENTATION_VERTICAL,
                      gtk_widget_get_width (GTK_WIDGET (label)), &height, NULL, NULL, NULL);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (label)), >=, height);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 360);

  gtk_window_destroy (window);
  g_object_unref (view);
  g_settings_reset (settings, "area");
  gtk_settings_reset_property (gtk_settings, "gtk-xft-dpi");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *config_dirs = NULL;
  int ret;

  bpg_test_isolate_home ();
  /* Local services files come from folders made here, before GLib caches
   * where the configuration folders are. */
  config_home = g_dir_make_tmp ("bpg-help-XXXXXX", NULL);
  config_dirs = g_build_filename (config_home, "system", NULL);
  g_setenv ("XDG_CONFIG_HOME", config_home, TRUE);
  g_setenv ("XDG_CONFIG_DIRS", config_dirs, TRUE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/help/urgent-first", test_urgent_first);
  g_test_add_func ("/help/missing-page-falls-back", test_missing_page_falls_back);
  g_test_add_func ("/help/ladder", test_ladder);
  g_test_add_func ("/help/area-choice", test_area_choice);
  g_test_add_func ("/help/area-name-wraps", test_area_name_wraps);
  g_test_add_func ("/help/show-service", test_show_service);
  g_test_add_func ("/help/rows-a-frame", test_rows_a_frame);
  g_test_add_func ("/help/bad-local-file", test_bad_local_file);
  g_test_add_func ("/help/keyboard-and-names", test_keyboard_and_names);
  g_test_add_func ("/help/narrow-large-text", test_narrow_large_text);

  ret = g_test_run ();

  g_rmdir (config_dirs);
  {
    g_autofree char *services = g_build_filename (config_home, "back-pain-guide", "services.d", NULL);
    g_autofree char *app = g_build_filename (config_home, "back-pain-guide", NULL);

    g_rmdir (services);
    g_rmdir (app);
  }
  g_rmdir (config_home);
  g_free (config_home);

  return ret;
}
