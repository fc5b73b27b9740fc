/* test-contrast.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "bpg-block-view.h"
#include "bpg-content.h"
#include "bpg-help-ladder.h"
#include "bpg-page.h"
#include "bpg-urgent-card.h"

/* Every text written in the warning boxes (the Get Help ladder and the built-in
 * urgent card), in the advice pages' callouts of each level, and on each kind
 * of button the app uses (suggested, destructive, flat, pill, and the header's
 * Urgent Help) must reach 4.5:1 against the box behind it (WCAG AA), in
 * libadwaita's light, dark and high-contrast styles. The colours are those
 * on screen: the text's colour from its style, the background the colour
 * seen most often across the text's own line of the rendered window. */

#define MIN_RATIO 4.5

typedef struct { double r, g, b; } Rgb;

static double
channel (double c)
{
  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

static double
luminance (Rgb c)
{
  return 0.2126 * channel (c.r) + 0.7152 * channel (c.g) + 0.0722 * channel (c.b);
}

static double
contrast (Rgb a, Rgb b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

typedef struct {
  guchar *pixels;
  gsize   stride;
  int     width, height;
  graphene_point_t origin;  /* where the picture starts, in the widget */
} Shot;

static void
shoot (GtkWidget *widget,
       Shot      *shot)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  graphene_rect_t bounds;

  /* the paintable draws the widget's bounds, not its allocation */
  g_assert_true (gtk_widget_compute_bounds (widget, widget, &bounds));
  shot->origin = bounds.origin;
  shot->width = bounds.size.width;
  shot->height = bounds.size.height;
  gdk_paintable_snapshot (paintable, snapshot, shot->width, shot->height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, shot->width, shot->height));
  if (g_getenv ("BPG_CONTRAST_PNG"))
    gdk_texture_save_to_png (texture, g_getenv ("BPG_CONTRAST_PNG"));
  shot->stride = shot->width * 4;
  shot->pixels = g_malloc (shot->stride * shot->height);
  gdk_texture_download (texture, shot->pixels, shot->stride);
}

static Rgb
background_at (Shot *shot, int x, int y, int width)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  guint best = 0, best_count = 0;

  for (int dy = -4; dy <= 4; dy++)
    for (int dx = 0; dx < width; dx++)
      {
        int px = CLAMP (x + dx, 0, shot->width - 1), py = CLAMP (y + dy, 0, shot->height - 1);
        guint key = *(guint32 *) (void *) (shot->pixels + py * shot->stride + px * 4) | 0xff000000u;
        guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (key))) + 1;

        g_hash_table_insert (counts, GUINT_TO_POINTER (key), GUINT_TO_POINTER (count));
        if (count > best_count)
          best = key, best_count = count;
      }

  return (Rgb) { ((best >> 16) & 0xff) / 255.0, ((best >> 8) & 0xff) / 255.0,
                 (best & 0xff) / 255.0 };
}

static Rgb
text_colour (GtkWidget *label, Rgb behind)
{
  GdkRGBA fg;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (label), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  return (Rgb) { fg.red * fg.alpha + behind.r * (1 - fg.alpha),
                 fg.green * fg.alpha + behind.g * (1 - fg.alpha),
                 fg.blue * fg.alpha + behind.b * (1 - fg.alpha) };
}

/* Checks each shown label inside a callout or a button; returns how many
 * were checked. */
static guint
check_labels (GtkWidget  *widget,
              GtkWidget  *callout,
              GtkWidget  *window,
              Shot       *shot,
              GString    *failures)
{
  guint checked = 0;

  if (gtk_widget_has_css_class (widget, "bpg-callout") || GTK_IS_BUTTON (widget))
    callout = widget;

  if (callout != NULL && GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    {
      graphene_point_t at;
      double ratio;
      Rgb bg, fg;

      /* the colour seen most often across the text's own line is the
       * background right behind it */
      g_assert_true (gtk_widget_compute_point (widget, window,
                                               &GRAPHENE_POINT_INIT (0, gtk_widget_get_height (widget) / 2.0),
                                               &at));
      bg = background_at (shot, at.x, at.y, gtk_widget_get_width (widget));
      fg = text_colour (widget, bg);
      ratio = contrast (fg, bg);
      g_test_message ("%.2f:1 at %.0f,%.0f \"%.30s\"", ratio, at.x, at.y,
                      gtk_label_get_text (GTK_LABEL (widget)));
      if (ratio < MIN_RATIO)
        g_string_append_printf (failures, "%.2f:1 for \"%s\" (text #%02x%02x%02x on #%02x%02x%02x)\n",
                                ratio, gtk_label_get_text (GTK_LABEL (widget)),
                                (int) (fg.r * 255), (int) (fg.g * 255), (int) (fg.b * 255),
                                (int) (bg.r * 255), (int) (bg.g * 255), (int) (bg.b * 255));
      checked++;
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    checked += check_labels (child, callout, window, shot, failures);

  return checked;
}

static void
wait_until_drawn (GtkWidget *window)
{
  gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC / 2;

  while (!gtk_widget_get_mapped (window) || g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
}

/* The first callout of each level in the advice, as the pages show them. */
static guint
add_callouts (GtkBox *box)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BpgContent) content = bpg_content_new_from_resource (BPG_CONTENT_RESOURCE, NULL,
                                                                 &error);
  GListModel *pages;
  gboolean shown[BPG_CALLOUT_EMERGENCY + 1] = { FALSE };
  guint added = 0;

  g_assert_no_error (error);
  pages = bpg_content_get_pages (content);
  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(BpgPage) page = g_list_model_get_item (pages, i);
      GListModel *blocks = bpg_page_get_blocks (page);

      for (guint j = 0; j < g_list_model_get_n_items (blocks); j++)
        {
          g_autoptr(BpgBlock) block = g_list_model_get_item (blocks, j);

          if (bpg_block_get_kind (block) != BPG_BLOCK_CALLOUT || shown[bpg_block_get_level (block)])
            continue;
          shown[bpg_block_get_level (block)] = TRUE;
          gtk_box_append (box, bpg_block_view_new (block));
          added++;
        }
    }

  return added;
}

static GtkWidget *
button_new (const char *label,
            const char *style,
            const char *style2)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_set_halign (button, GTK_ALIGN_START);
  if (style != NULL)
    gtk_widget_add_css_class (button, style);
  if (style2 != NULL)
    gtk_widget_add_css_class (button, style2);
  return button;
}

/* Each kind of button the app's pages use, and a header bar with the
 * Urgent Help button as the window has it. */
static void
add_buttons (GtkBox *box)
{
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *urgent = gtk_button_new ();

  gtk_widget_add_css_class (urgent, "destructive-action");
  gtk_button_set_child (GTK_BUTTON (urgent), g_object_new (ADW_TYPE_BUTTON_CONTENT,
                                                           "icon-name", "dialog-warning-symbolic",
                                                           "label", "Urgent Help",
                                                           NULL));
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), urgent);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  gtk_box_append (box, header);

  gtk_box_append (box, button_new ("Start the Check", "suggested-action", NULL));
  gtk_box_append (box, button_new ("Save Entry", "suggested-action", "pill"));
  gtk_box_append (box, button_new ("Delete Everything", "destructive-action", NULL));
  gtk_box_append (box, button_new ("When to get urgent help", "destructive-action", "pill"));
  gtk_box_append (box, button_new ("Set a Goal…", "pill", NULL));
  gtk_box_append (box, button_new ("Show Summary", NULL, NULL));
  gtk_box_append (box, button_new ("Exercises", "flat", NULL));
}

/* The buttons are shown as in the app's window, where their actions are
 * there to use: without them GTK would grey them out. */
static void
add_actions (GtkWidget          *widget,
             GSimpleActionGroup *group)
{
  const char *name;

  if (GTK_IS_ACTIONABLE (widget) &&
      (name = gtk_actionable_get_action_name (GTK_ACTIONABLE (widget))) != NULL &&
      g_str_has_prefix (name, "win.") &&
      g_action_map_lookup_action (G_ACTION_MAP (group), name + 4) == NULL)
    {
      GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));
      g_autoptr(GSimpleAction) action = g_simple_action_new (name + 4,
                                                             target != NULL ? g_variant_get_type (target)
                                                                            : NULL);

      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    add_actions (child, group);
}

/* The ring round a boxed list (a topic's pages, a diary entry's fields):
 * in high contrast it must stand out from the window, 3:1 as WCAG asks of a
 * control's edge; in the other styles the card's own colour marks it. */
static void
check_list_edge (GtkWidget *box,
                 GtkWidget *list,
                 Shot      *shot,
                 GString   *failures)
{
  graphene_point_t edge;
  int x, y;
  guint32 ring;
  Rgb ring_rgb, behind;
  double ratio;

  g_assert_true (gtk_widget_compute_point (list, box, &GRAPHENE_POINT_INIT (0, 0), &edge));
  x = (int) (edge.x - shot->origin.x) - 1;
  y = (int) (edge.y - shot->origin.y) + gtk_widget_get_height (list) / 2;
  g_assert_cmpint (x, >=, 8);
  ring = *(guint32 *) (void *) (shot->pixels + y * shot->stride + x * 4);
  ring_rgb = (Rgb) { ((ring >> 16) & 0xff) / 255.0, ((ring >> 8) & 0xff) / 255.0,
                     (ring & 0xff) / 255.0 };
  behind = background_at (shot, x - 8, y, 4);
  ratio = contrast (ring_rgb, behind);
  g_test_message ("a boxed list's edge: %.2f:1 against the window", ratio);
  if (adw_style_manager_get_high_contrast (adw_style_manager_get_default ()))
    {
      if (ratio < 3.0)
        g_string_append_printf (failures, "a boxed list's edge, %.2f:1 (3:1 needed)\n", ratio);
    }
  else if (ratio <= 1.0)
    g_string_append (failures, "a boxed list has no edge\n");
}

static void
check_style (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();
  g_autoptr(GString) failures = g_string_new (NULL);
  Shot shot = { 0 };
  GtkWidget *list;
  guint checked;

  /* painted on its own, with the window's background */
  gtk_widget_add_css_class (box, "background");
  gtk_box_append (GTK_BOX (box), g_object_new (BPG_TYPE_HELP_LADDER, NULL));
  gtk_box_append (GTK_BOX (box), bpg_urgent_card_new ());
  g_assert_cmpuint (add_callouts (GTK_BOX (box)), ==, BPG_CALLOUT_EMERGENCY + 1);
  add_buttons (GTK_BOX (box));
  list = gtk_list_box_new ();
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_set_margin_start (list, 24);
  gtk_widget_set_margin_end (list, 24);
  gtk_list_box_append (GTK_LIST_BOX (list), gtk_label_new ("What is low back pain?"));
  gtk_box_append (GTK_BOX (box), list);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled),
                                  GTK_POLICY_NEVER, GTK_POLICY_NEVER);
  gtk_window_set_child (GTK_WINDOW (window), scrolled);
  add_actions (box, actions);
  gtk_widget_insert_action_group (window, "win", G_ACTION_GROUP (actions));
  gtk_window_set_default_size (GTK_WINDOW (window), 700, 800);
  gtk_window_present (GTK_WINDOW (window));
  wait_until_drawn (window);

  shoot (box, &shot);
  checked = check_labels (box, NULL, box, &shot, failures);
  g_test_message ("%u texts in warning boxes, callouts and buttons checked", checked);
  g_assert_cmpuint (checked, >=, 30);
  check_list_edge (box, list, &shot, failures);
  if (failures->len > 0)
    g_test_fail_printf ("under %.1f:1:\n%s", MIN_RATIO, failures->str);

  g_free (shot.pixels);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_light (void)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_LIGHT);
  check_style ();
}

static void
test_dark (void)
{
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                      ADW_COLOR_SCHEME_FORCE_DARK);
  check_style ();
}

static void
test_high_contrast (void)
{
  if (g_test_subprocess ())
    {
      g_assert_true (adw_style_manager_get_high_contrast (adw_style_manager_get_default ()));
      test_light ();
      test_dark ();
      return;
    }

  /* libadwaita reads this once, when it starts: a new process */
  g_setenv ("ADW_DEBUG_HIGH_CONTRAST", "1", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT);
  g_unsetenv ("ADW_DEBUG_HIGH_CONTRAST");
  g_test_trap_assert_passed ();
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) css = NULL;
  g_autoptr(GtkCssProvider) hc_css = NULL;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  /* as AdwApplication adds it in high contrast */
  if (adw_style_manager_get_high_contrast (adw_style_manager_get_default ()))
    {
      hc_css = gtk_css_provider_new ();
      gtk_css_provider_load_from_resource (hc_css, RESOURCE_BASE "/style-hc.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (hc_css),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
    }

  g_test_add_func ("/contrast/light", test_light);
  g_test_add_func ("/contrast/dark", test_dark);
  g_test_add_func ("/contrast/high-contrast", test_high_contrast);

  return g_test_run ();
}
