/* bpg-help-view.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-help-view"

#include "config.h"

#include <glib/gi18n.h>

#include "bpg-help-view.h"
#include "bpg-page-view.h"
#include "bpg-urgent-card.h"

/* The Get help area: when to call 999, go to A&E or call 111. It shows the
 * content's urgent-help page, and the built-in card until (or unless) that
 * page can be shown. */
struct _BpgHelpView
{
  AdwBin         parent_instance;

  /* Template widgets */
  GtkStack      *stack;
  BpgUrgentCard *fallback_card;
  AdwBin        *page_bin;
};

G_DEFINE_FINAL_TYPE (BpgHelpView, bpg_help_view, ADW_TYPE_BIN)

enum {
  OPEN_PAGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
open_page_cb (BpgHelpView *self,
              const char  *page_id)
{
  g_signal_emit (self, signals[OPEN_PAGE], 0, page_id);
}

static void
bpg_help_view_dispose (GObject *object)
{
  /* AdwBin holds its child too: drop it there before the template does. */
  adw_bin_set_child (ADW_BIN (GTK_WIDGET (object)), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), BPG_TYPE_HELP_VIEW);

  G_OBJECT_CLASS (bpg_help_view_parent_class)->dispose (object);
}

static void
bpg_help_view_class_init (BpgHelpViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bpg_help_view_dispose;

  /**
   * BpgHelpView::open-page:
   * @page_id: an advice page
   *
   * Emitted when the reader follows a link to an advice page.
   */
  signals[OPEN_PAGE] =
    g_signal_new ("open-page",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (BPG_TYPE_URGENT_CARD);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/help/bpg-help-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BpgHelpView, stack);
  gtk_widget_class_bind_template_child (widget_class, BpgHelpView, fallback_card);
  gtk_widget_class_bind_template_child (widget_class, BpgHelpView, page_bin);
}

static void
bpg_help_view_init (BpgHelpView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * bpg_help_view_set_content:
 * @content: (nullable): the advice content
 * @error: (nullable): why there is no content
 */
void
bpg_help_view_set_content (BpgHelpView  *self,
                           BpgContent   *content,
                           const GError *error)
{
  BpgPage *page = NULL;
  BpgPageView *view;

  g_return_if_fail (BPG_IS_HELP_VIEW (self));

  if (content != NULL)
    page = bpg_content_lookup_page (content, BPG_HELP_PAGE_ID);

  if (page == NULL)
    {
      bpg_urgent_card_set_problem (self->fallback_card,
                                   error != NULL ? error->message
                                                 : content != NULL ? _("the urgent-help page is missing")
                                                                   : NULL);
      adw_bin_set_child (self->page_bin, NULL);
      gtk_stack_set_visible_child_name (self->stack, "fallback");
      return;
    }

  view = bpg_page_view_new (page);
  g_signal_connect_object (view, "open-page", G_CALLBACK (open_page_cb), self, G_CONNECT_SWAPPED);
  adw_bin_set_child (self->page_bin, GTK_WIDGET (view));
  gtk_stack_set_visible_child_name (self->stack, "page");
}

/**
 * bpg_help_view_is_showing_page:
 *
 * Returns: %TRUE when the full urgent-help page is shown, %FALSE while the
 *   built-in card is
 */
gboolean
bpg_help_view_is_showing_page (BpgHelpView *self)
{
  g_return_val_if_fail (BPG_IS_HELP_VIEW (self), FALSE);

  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "page") == 0;
}
