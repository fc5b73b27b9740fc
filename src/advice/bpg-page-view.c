/* bpg-page-view.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-page-view"

#include "config.h"

#include <glib/gi18n.h>

#include "bpg-block-view.h"
#include "bpg-date.h"
#include "bpg-layout-tune.h"
#include "bpg-page-view.h"

/* One advice page: its title, its blocks, the urgent-help button, and which
 * leaflets the facts come from. */
struct _BpgPageView
{
  AdwBin             parent_instance;

  BpgPage           *page;
  GPtrArray         *block_widgets;  /* the widget of each block, by index */
  int                reveal_block;

  /* Template widgets */
  GtkScrolledWindow *scroller;
  GtkRevealer       *title_revealer;
  GtkLabel          *pinned_title_label;
  GtkLabel          *title_label;
  GtkBox            *blocks_box;
  GtkLabel          *source_label;
};

G_DEFINE_FINAL_TYPE (BpgPageView, bpg_page_view, ADW_TYPE_BIN)

enum {
  OPEN_PAGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
fill_page (BpgPageView *self)
{
  GListModel *blocks = bpg_page_get_blocks (self->page);
  g_autofree char *sources = bpg_page_dup_sources_text (self->page);
  GtkWidget *links = NULL;

  gtk_label_set_text (self->title_label, bpg_page_get_title (self->page));
  gtk_label_set_text (self->pinned_title_label, bpg_page_get_title (self->page));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->title_label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 1,
                                  -1);

  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(BpgBlock) block = g_list_model_get_item (blocks, i);
      BpgBlockKind kind = bpg_block_get_kind (block);
      GtkWidget *widget = bpg_block_view_new (block);

      /* Links next to each other share one boxed list, as a menu would. */
      if (kind == BPG_BLOCK_LINK || kind == BPG_BLOCK_EXTERNAL || kind == BPG_BLOCK_ACTION)
        {
          GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (widget), 0);

          if (links == NULL)
            {
              links = widget;
              gtk_box_append (self->blocks_box, links);
            }
          else
            {
              g_object_ref (row);
              gtk_list_box_remove (GTK_LIST_BOX (widget), GTK_WIDGET (row));
              gtk_list_box_append (GTK_LIST_BOX (links), GTK_WIDGET (row));
              g_object_unref (row);
              g_object_ref_sink (widget);
              g_object_unref (widget);
            }
          g_ptr_array_add (self->block_widgets, row);
          continue;
        }

      links = NULL;
      gtk_box_append (self->blocks_box, widget);
      g_ptr_array_add (self->block_widgets, widget);
    }

  gtk_label_set_text (self->source_label, sources);
  bpg_layout_tune (GTK_WIDGET (self));
}

/* Once the page's title has scrolled out of sight, it is shown pinned above
 * the page, so a reader always sees which page they are on. */
static void
scrolled_cb (BpgPageView *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  GtkWidget *viewport = gtk_scrolled_window_get_child (self->scroller);
  /* The viewport's child, which moves as the page scrolls. */
  GtkWidget *content = gtk_viewport_get_child (GTK_VIEWPORT (viewport));
  double x, y;

  if (!gtk_widget_translate_coordinates (GTK_WIDGET (self->title_label), content,
                                         0, gtk_widget_get_height (GTK_WIDGET (self->title_label)),
                                         &x, &y))
    return;

  gtk_revealer_set_reveal_child (self->title_revealer, gtk_adjustment_get_value (adjustment) > y);
}

static gboolean
scroll_to_block_cb (GtkWidget     *widget,
                    GdkFrameClock *clock,
                    gpointer       user_data)
{
  BpgPageView *self = BPG_PAGE_VIEW (widget);
  GtkWidget *target = bpg_page_view_get_block_widget (self, self->reveal_block);
  GtkWidget *content = gtk_scrolled_window_get_child (self->scroller);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  double x, y;

  /* Wait until the page has been laid out. */
  if (target == NULL || gtk_widget_get_height (target) == 0)
    return G_SOURCE_CONTINUE;

  if (gtk_widget_translate_coordinates (target, content, 0, 0, &x, &y))
    gtk_adjustment_set_value (adjustment, MAX (0, y - 12));

  return G_SOURCE_REMOVE;
}

static void
open_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  g_signal_emit (widget, signals[OPEN_PAGE], 0, g_variant_get_string (parameter, NULL));
}

static void
open_url_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  /* Under Flatpak this goes through the OpenURI portal; the app itself
   * never touches the network. */
  gtk_show_uri (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                g_variant_get_string (parameter, NULL),
                GDK_CURRENT_TIME);
}

static void
bpg_page_view_dispose (GObject *object)
{
  BpgPageView *self = (BpgPageView *)object;

  /* AdwBin holds its child too: drop it there before the template does. */
  adw_bin_set_child (ADW_BIN (GTK_WIDGET (self)), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BPG_TYPE_PAGE_VIEW);
  g_clear_pointer (&self->block_widgets, g_ptr_array_unref);
  g_clear_object (&self->page);

  G_OBJECT_CLASS (bpg_page_view_parent_class)->dispose (object);
}

static void
bpg_page_view_class_init (BpgPageViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bpg_page_view_dispose;

  /**
   * BpgPageView::open-page:
   * @page_id: the page a link points to
   *
   * Emitted when the reader follows a link to another page.
   */
  signals[OPEN_PAGE] =
    g_signal_new ("open-page",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/advice/bpg-page-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BpgPageView, scroller);
  gtk_widget_class_bind_template_child (widget_class, BpgPageView, title_revealer);
  gtk_widget_class_bind_template_child (widget_class, BpgPageView, pinned_title_label);
  gtk_widget_class_bind_template_child (widget_class, BpgPageView, title_label);
  gtk_widget_class_bind_template_child (widget_class, BpgPageView, blocks_box);
  gtk_widget_class_bind_template_child (widget_class, BpgPageView, source_label);

  gtk_widget_class_install_action (widget_class, "page.open", "s", open_page_action);
  gtk_widget_class_install_action (widget_class, "page.open-url", "s", open_url_action);
}

static void
bpg_page_view_init (BpgPageView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "value-changed",
                           G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);
  self->block_widgets = g_ptr_array_new ();
  self->reveal_block = -1;
}

/**
 * bpg_page_view_new:
 * @page: the page to show
 *
 * Returns: (transfer floating): a view of @page
 */
BpgPageView *
bpg_page_view_new (BpgPage *page)
{
  BpgPageView *self;

  g_return_val_if_fail (BPG_IS_PAGE (page), NULL);

  self = g_object_new (BPG_TYPE_PAGE_VIEW, NULL);
  self->page = g_object_ref (page);
  fill_page (self);

  return self;
}

/**
 * bpg_page_view_get_page:
 *
 * Returns: (transfer none): the page shown
 */
BpgPage *
bpg_page_view_get_page (BpgPageView *self)
{
  g_return_val_if_fail (BPG_IS_PAGE_VIEW (self), NULL);

  return self->page;
}

/**
 * bpg_page_view_get_block_widget:
 *
 * Returns: (transfer none) (nullable): the widget showing block number @block:
 *   a row of a list for a link, which shares its list with the links
 *   around it
 */
GtkWidget *
bpg_page_view_get_block_widget (BpgPageView *self,
                                guint        block)
{
  g_return_val_if_fail (BPG_IS_PAGE_VIEW (self), NULL);

  if (self->block_widgets == NULL || block >= self->block_widgets->len)
    return NULL;

  return g_ptr_array_index (self->block_widgets, block);
}

/**
 * bpg_page_view_reveal_block:
 * @block: a block's index, or -1 for none
 *
 * Scrolls to @block once the page is laid out and marks it, so a reader
 * coming from a search lands on the words they looked for. If the page's
 * title scrolls away, it stays in sight above the page.
 */
void
bpg_page_view_reveal_block (BpgPageView *self,
                            int          block)
{
  GtkWidget *widget;

  g_return_if_fail (BPG_IS_PAGE_VIEW (self));

  if (block < 0 || !(widget = bpg_page_view_get_block_widget (self, block)))
    return;

  self->reveal_block = block;
  gtk_widget_add_css_class (widget, "bpg-found");
  gtk_widget_add_tick_callback (GTK_WIDGET (self), scroll_to_block_cb, NULL, NULL);
}
