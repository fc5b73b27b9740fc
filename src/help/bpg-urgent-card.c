/* bpg-urgent-card.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-urgent-card"

#include "config.h"

#include <glib/gi18n.h>

#include "bpg-urgent-card.h"

/* The urgent-help advice in its shortest form, built into the app's
 * resources rather than read from a content file. It is what shows while the
 * content loads and whenever anything fails, so a failure never leaves a
 * patient without the 999, A&E and 111 advice. */
struct _BpgUrgentCard
{
  AdwBin    parent_instance;

  GtkLabel *problem_label;
};

G_DEFINE_FINAL_TYPE (BpgUrgentCard, bpg_urgent_card, ADW_TYPE_BIN)

static void
bpg_urgent_card_dispose (GObject *object)
{
  /* AdwBin holds its child too: drop it there before the template does. */
  adw_bin_set_child (ADW_BIN (GTK_WIDGET (object)), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), BPG_TYPE_URGENT_CARD);

  G_OBJECT_CLASS (bpg_urgent_card_parent_class)->dispose (object);
}

static void
bpg_urgent_card_class_init (BpgUrgentCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bpg_urgent_card_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/help/bpg-urgent-card.ui");
  gtk_widget_class_bind_template_child (widget_class, BpgUrgentCard, problem_label);
}

static void
bpg_urgent_card_init (BpgUrgentCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
bpg_urgent_card_new (void)
{
  return g_object_new (BPG_TYPE_URGENT_CARD, NULL);
}

/**
 * bpg_urgent_card_set_problem:
 * @problem: (nullable): what went wrong, or %NULL while nothing has
 *
 * Says, above the advice, why the full pages are not shown.
 */
void
bpg_urgent_card_set_problem (BpgUrgentCard *self,
                             const char    *problem)
{
  g_autofree char *text = NULL;

  g_return_if_fail (BPG_IS_URGENT_CARD (self));

  if (problem != NULL)
    /* Translators: %s says what went wrong, in words from the app */
    text = g_strdup_printf (_("The app’s advice pages could not be opened (%s). "
                              "The most important advice is below. Please report this problem."),
                            problem);

  gtk_label_set_text (self->problem_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), text != NULL);
}
