/* bpg-help-ladder.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-help-ladder"

#include "config.h"

#include "bpg-help-ladder.h"
#include "bpg-help-wrap.h"
#include "bpg-sign-labels.h"

/* Where to go, and when: emergency (A&E, 999), urgent (111, an urgent GP
 * appointment), soon (your GP), and looking after yourself,
 * always in that order, most urgent first. The warning signs of each rung
 * come from the signs table compiled into the app (data/content/signs.json),
 * so the ladder names every sign the symptom check acts on, at the same
 * level, and needs no content file. Each rung's buttons use the
 * "help.open-page" action of the view around it and the window's
 * "win.check-symptoms". */
struct _BpgHelpLadder
{
  AdwBin      parent_instance;

  GListModel *signs;

  /* Template widgets */
  GtkLabel   *emergency_title;
  GtkLabel   *emergency_list;
  GtkLabel   *urgent_title;
  GtkLabel   *urgent_list;
  GtkLabel   *urgent_text;
  GtkLabel   *soon_title;
  GtkLabel   *soon_list;
};

G_DEFINE_FINAL_TYPE (BpgHelpLadder, bpg_help_ladder, ADW_TYPE_BIN)

static void
bpg_help_ladder_dispose (GObject *object)
{
  /* AdwBin holds its child too: drop it there before the template does. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), BPG_TYPE_HELP_LADDER);
  g_clear_object (&BPG_HELP_LADDER (object)->signs);

  G_OBJECT_CLASS (bpg_help_ladder_parent_class)->dispose (object);
}

static void
bpg_help_ladder_class_init (BpgHelpLadderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bpg_help_ladder_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/help/bpg-help-ladder.ui");
  gtk_widget_class_bind_template_child (widget_class, BpgHelpLadder, emergency_title);
  gtk_widget_class_bind_template_child (widget_class, BpgHelpLadder, emergency_list);
  gtk_widget_class_bind_template_child (widget_class, BpgHelpLadder, urgent_title);
  gtk_widget_class_bind_template_child (widget_class, BpgHelpLadder, urgent_list);
  gtk_widget_class_bind_template_child (widget_class, BpgHelpLadder, urgent_text);
  gtk_widget_class_bind_template_child (widget_class, BpgHelpLadder, soon_title);
  gtk_widget_class_bind_template_child (widget_class, BpgHelpLadder, soon_list);
}

static void
bpg_help_ladder_init (BpgHelpLadder *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  bpg_help_wrap_button_labels (GTK_WIDGET (self));

  self->signs = bpg_warning_sign_list_new (GETTEXT_PACKAGE, NULL);
  bpg_sign_labels_fill (self->signs, BPG_CHECK_LEVEL_EMERGENCY,
                        self->emergency_title, self->emergency_list, NULL);
  bpg_sign_labels_fill (self->signs, BPG_CHECK_LEVEL_URGENT,
                        self->urgent_title, self->urgent_list, self->urgent_text);
  bpg_sign_labels_fill (self->signs, BPG_CHECK_LEVEL_SOON,
                        self->soon_title, self->soon_list, NULL);
}

/**
 * bpg_help_ladder_get_signs_text:
 * @level: emergency, urgent or soon
 *
 * Returns: (transfer none): the warning signs the rung for @level shows, one
 *   a line, so tests can check them against the signs table
 */
const char *
bpg_help_ladder_get_signs_text (BpgHelpLadder *self,
                                BpgCheckLevel  level)
{
  g_return_val_if_fail (BPG_IS_HELP_LADDER (self), NULL);

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
 * bpg_help_ladder_get_page_ids:
 *
 * Returns: (transfer none): the advice pages the ladder links to, so tests
 *   can check that each exists
 */
const char * const *
bpg_help_ladder_get_page_ids (void)
{
  static const char * const ids[] = {
    "cauda-equina", "urgent-help", "serious-causes", "keep-moving", "self-referral", NULL
  };

  return ids;
}
