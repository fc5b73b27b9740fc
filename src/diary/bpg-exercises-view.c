/* bpg-exercises-view.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-exercises-view"

#include "config.h"

#include <glib/gi18n.h>

#include "bpg-exercises-view.h"
#include "bpg-layout-tune.h"
#include "bpg-urgent-card.h"

/* The list of exercises. If the list cannot be loaded, the urgent-help
 * advice shows in its place, with the reason. */
struct _BpgExercisesView
{
  AdwBin         parent_instance;

  /* Template widgets */
  GtkStack      *stack;
  GtkListBox    *list_box;
  BpgUrgentCard *fallback_card;
};

G_DEFINE_FINAL_TYPE (BpgExercisesView, bpg_exercises_view, ADW_TYPE_BIN)

enum {
  OPEN_EXERCISE,
  BACK,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  BpgExercise *exercise = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *picture = gtk_image_new_from_icon_name (bpg_exercise_get_icon_name (exercise));

  /* The picture is shown large on the exercise's own page; here it only
   * helps to recognise the row, so screen readers skip it. */
  gtk_image_set_pixel_size (GTK_IMAGE (picture), 64);
  gtk_accessible_update_state (GTK_ACCESSIBLE (picture), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_widget_add_css_class (picture, "bpg-exercise-thumbnail");

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), bpg_exercise_get_title (exercise));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), bpg_exercise_get_summary (exercise));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), picture);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_name (row, bpg_exercise_get_id (exercise));
  bpg_layout_tune (row);

  return row;
}

static void
row_activated_cb (BpgExercisesView *self,
                  GtkListBoxRow    *row)
{
  g_signal_emit (self, signals[OPEN_EXERCISE], 0, gtk_widget_get_name (GTK_WIDGET (row)));
}

static void
back_clicked_cb (BpgExercisesView *self)
{
  g_signal_emit (self, signals[BACK], 0);
}

static void
bpg_exercises_view_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BPG_TYPE_EXERCISES_VIEW);

  G_OBJECT_CLASS (bpg_exercises_view_parent_class)->dispose (object);
}

static void
bpg_exercises_view_class_init (BpgExercisesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bpg_exercises_view_dispose;

  /**
   * BpgExercisesView::open-exercise:
   * @id: the exercise chosen
   */
  signals[OPEN_EXERCISE] =
    g_signal_new ("open-exercise",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * BpgExercisesView::back:
   *
   * Emitted when the patient asks to go back to the diary.
   */
  signals[BACK] =
    g_signal_new ("back",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  g_type_ensure (BPG_TYPE_URGENT_CARD);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/diary/bpg-exercises-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BpgExercisesView, stack);
  gtk_widget_class_bind_template_child (widget_class, BpgExercisesView, list_box);
  gtk_widget_class_bind_template_child (widget_class, BpgExercisesView, fallback_card);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
}

static void
bpg_exercises_view_init (BpgExercisesView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * bpg_exercises_view_set_list:
 * @list: (nullable): the exercises
 * @error: (nullable): why @list is missing
 */
void
bpg_exercises_view_set_list (BpgExercisesView *self,
                             BpgExerciseList  *list,
                             const GError     *error)
{
  g_return_if_fail (BPG_IS_EXERCISES_VIEW (self));

  if (list == NULL)
    {
      bpg_urgent_card_set_problem (self->fallback_card,
                                   error != NULL ? error->message : _("the exercises are missing"));
      gtk_stack_set_visible_child_name (self->stack, "fallback");
      return;
    }

  gtk_list_box_bind_model (self->list_box, bpg_exercise_list_get_exercises (list),
                           create_row, NULL, NULL);
  gtk_stack_set_visible_child_name (self->stack, "list");
}
