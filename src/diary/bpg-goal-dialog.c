/* bpg-goal-dialog.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-goal-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "bpg-goal-dialog.h"
#include "bpg-layout-tune.h"

/* Sets the weekly activity goal: where to start, and whether to build up a
 * little each week the goal is reached. Responses: "cancel", "remove" and
 * "set". */
struct _BpgGoalDialog
{
  AdwMessageDialog  parent_instance;

  /* Template widgets */
  GtkSpinButton    *minutes_spin;
  GtkSwitch        *build_up_switch;
};

G_DEFINE_FINAL_TYPE (BpgGoalDialog, bpg_goal_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
bpg_goal_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BPG_TYPE_GOAL_DIALOG);

  G_OBJECT_CLASS (bpg_goal_dialog_parent_class)->dispose (object);
}

static void
bpg_goal_dialog_class_init (BpgGoalDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bpg_goal_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/diary/bpg-goal-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BpgGoalDialog, minutes_spin);
  gtk_widget_class_bind_template_child (widget_class, BpgGoalDialog, build_up_switch);
}

/* GTK 4.8 names a button with a mnemonic by its label with the underscore,
 * then its text ("_Cancel Cancel"): let its text alone name it. */
static void
name_buttons_once (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && gtk_button_get_use_underline (GTK_BUTTON (widget)))
    gtk_accessible_reset_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    name_buttons_once (child);
}

static void
bpg_goal_dialog_init (BpgGoalDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  bpg_layout_tune (GTK_WIDGET (self));
  name_buttons_once (GTK_WIDGET (self));
}

/**
 * bpg_goal_dialog_new:
 * @goal: (nullable): the goal set now, if any
 * @this_week: this week's goal in minutes, or 0 to suggest a start
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
BpgGoalDialog *
bpg_goal_dialog_new (GtkWindow          *parent,
                     const BpgDiaryGoal *goal,
                     guint               this_week)
{
  BpgGoalDialog *self = g_object_new (BPG_TYPE_GOAL_DIALOG,
                                      "transient-for", parent,
                                      NULL);

  gtk_spin_button_set_value (self->minutes_spin,
                             this_week > 0 ? this_week : BPG_DIARY_GOAL_MINUTES_DEFAULT);
  gtk_switch_set_active (self->build_up_switch, goal == NULL || goal->step > 0);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "remove", goal != NULL);

  return self;
}

/**
 * bpg_goal_dialog_get_goal:
 * @today: the Julian day of today; the goal starts this week
 * @goal: (out caller-allocates): the goal as chosen
 */
void
bpg_goal_dialog_get_goal (BpgGoalDialog *self,
                          guint32        today,
                          BpgDiaryGoal  *goal)
{
  g_return_if_fail (BPG_IS_GOAL_DIALOG (self));

  goal->minutes = gtk_spin_button_get_value_as_int (self->minutes_spin);
  goal->start = bpg_diary_week_start (today);
  goal->step = gtk_switch_get_active (self->build_up_switch) ? BPG_DIARY_GOAL_STEP_DEFAULT : 0;
}
