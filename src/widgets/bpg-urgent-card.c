/* bpg-urgent-card.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-urgent-card"

#include "config.h"

#include <glib/gi18n.h>

#include "bpg-sign-labels.h"
#include "bpg-urgent-card.h"

/* The urgent-help advice in its shortest form, built into the app's
 * resources rather than read from a content file. It is what shows while the
 * content loads and whenever anything fails, so a failure never leaves a
 * patient without the 999, A&E and 111 advice. Its warning signs come from
 * the table the build writes from data/content/signs.json, not from a file
 * read at run time, so the card lists every sign even when nothing else can
 * be loaded. */
struct _BpgUrgentCard
{
  AdwBin      parent_instance;

  GListModel *signs;

  /* Template widgets */
  GtkLabel   *problem_label;
  GtkLabel   *emergency_title;
  GtkLabel   *emergency_list;
  GtkLabel   *urgent_title;
  GtkLabel   *urgent_list;
  GtkLabel   *urgent_text;
  GtkLabel   *soon_title;
  GtkLabel   *soon_list;
};

G_DEFINE_FINAL_TYPE (BpgUrgentCard, bpg_urgent_card, ADW_TYPE_BIN)

static void
bpg_urgent_card_dispose (GObject *object)
{
  /* AdwBin holds its child too: drop it there before the template does. */
  adw_bin_set_child (ADW_BIN (GTK_WIDGET (object)), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), BPG_TYPE_URGENT_CARD);
  g_clear_object (&BPG_URGENT_CARD (object)->signs);

  G_OBJECT_CLASS (bpg_urgent_card_parent_class)->dispose (object);
}

static void
bpg_urgent_card_class_init (BpgUrgentCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bpg_urgent_card_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/widgets/bpg-urgent-card.ui");
  gtk_widget_class_bind_template_child (widget_class, BpgUrgentCard, problem_label);
  gtk_widget_class_bind_template_child (widget_class, BpgUrgentCard, emergency_title);
  gtk_widget_class_bind_template_child (widget_class, BpgUrgentCard, emergency_list);
  gtk_widget_class_bind_template_child (widget_class, BpgUrgentCard, urgent_title);
  gtk_widget_class_bind_template_child (widget_class, BpgUrgentCard, urgent_list);
  gtk_widget_class_bind_template_child (widget_class, BpgUrgentCard, urgent_text);
  gtk_widget_class_bind_template_child (widget_class, BpgUrgentCard, soon_title);
  gtk_widget_class_bind_template_child (widget_class, BpgUrgentCard, soon_list);
}

static void
bpg_urgent_card_init (BpgUrgentCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->signs = bpg_warning_sign_list_new (GETTEXT_PACKAGE, NULL);
  bpg_sign_labels_fill (self->signs, BPG_CHECK_LEVEL_EMERGENCY,
                        self->emergency_title, self->emergency_list, NULL);
  bpg_sign_labels_fill (self->signs, BPG_CHECK_LEVEL_URGENT,
                        self->urgent_title, self->urgent_list, self->urgent_text);
  bpg_sign_labels_fill (self->signs, BPG_CHECK_LEVEL_SOON,
                        self->soon_title, self->soon_list, NULL);
}

GtkWidget *
bpg_urgent_card_new (void)
{
  return g_object_new (BPG_TYPE_URGENT_CARD, NULL);
}

/**
 * bpg_urgent_card_get_signs_text:
 * @level: emergency, urgent or soon
 *
 * Returns: (transfer none): the warning signs the card shows for @level, one
 *   a line, so tests can check them against the signs table
 */
const char *
bpg_urgent_card_get_signs_text (BpgUrgentCard *self,
                                BpgCheckLevel  level)
{
  g_return_val_if_fail (BPG_IS_URGENT_CARD (self), NULL);

  switch (level)
    {
    case BPG_CHECK_LEVEL_EMERGENCY:
      return gtk_label_get_text (self->emergency_list);
    case BPG_CHECK_LEVEL_URGENT:
      return gtk_label_get_text (self->urgent_list);
    case BPG_CHECK_LEVEL_SOON:
      return gtk_label_get_text (self->soon_list);
    case BPG_CHECK_LEVEL_SELF_CARE:
    default:
      return NULL;
    }
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
