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

/* Where to go, and when: emergency (A&E, 999), urgent (111, an urgent GP
 * appointment), soon (GP or physiotherapist), and looking after yourself,
 * always in that order, most urgent first. It is all in the template, so it
 * needs no content file. Each rung's buttons use the "help.open-page" action
 * of the view around it and the window's "win.check-symptoms". */
struct _BpgHelpLadder
{
  AdwBin parent_instance;
};

G_DEFINE_FINAL_TYPE (BpgHelpLadder, bpg_help_ladder, ADW_TYPE_BIN)

static void
bpg_help_ladder_dispose (GObject *object)
{
  /* AdwBin holds its child too: drop it there before the template does. */
  adw_bin_set_child (ADW_BIN (object), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), BPG_TYPE_HELP_LADDER);

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
}

static void
bpg_help_ladder_init (BpgHelpLadder *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  bpg_help_wrap_button_labels (GTK_WIDGET (self));
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
