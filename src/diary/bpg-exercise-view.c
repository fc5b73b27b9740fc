/* bpg-exercise-view.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-exercise-view"

#include "config.h"

#include <glib/gi18n.h>

#include "bpg-block-view.h"
#include "bpg-exercise-view.h"
#include "bpg-layout-tune.h"
#include "bpg-source.h"

/* One exercise: its picture, the steps, how many, what it feels like, the
 * advice every exercise page gives (what is normal, when to stop, the
 * warning signs), and where that advice comes from. */
struct _BpgExerciseView
{
  AdwBin             parent_instance;

  BpgExercise       *exercise;

  /* Template widgets */
  GtkLabel          *title_label;
  GtkLabel          *summary_label;
  GtkImage          *picture;
  GtkBox            *steps_box;
  GtkLabel          *amount_label;
  GtkLabel          *feel_label;
  GtkBox            *advice_box;
  GtkWidget         *record_button;
  GtkLabel          *source_label;
};

G_DEFINE_FINAL_TYPE (BpgExerciseView, bpg_exercise_view, ADW_TYPE_BIN)

enum {
  BACK,
  RECORD,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
remove_children (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static void
fill_steps (BpgExerciseView *self)
{
  const char * const *steps = bpg_exercise_get_steps (self->exercise);

  remove_children (self->steps_box);
  for (guint i = 0; steps[i] != NULL; i++)
    {
      /* Translators: a numbered step, such as "1. Lie on your back" */
      g_autofree char *text = g_strdup_printf (_("%u. %s"), i + 1, steps[i]);
      GtkWidget *label = gtk_label_new (text);

      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_box_append (self->steps_box, label);
    }
}

static void
fill_advice (BpgExerciseView *self,
             GListModel      *advice)
{
  remove_children (self->advice_box);
  for (guint i = 0; i < g_list_model_get_n_items (advice); i++)
    {
      g_autoptr(BpgBlock) block = g_list_model_get_item (advice, i);

      gtk_box_append (self->advice_box, bpg_block_view_new (block));
    }
}

static void
back_clicked_cb (BpgExerciseView *self)
{
  g_signal_emit (self, signals[BACK], 0);
}

static void
record_clicked_cb (BpgExerciseView *self)
{
  if (self->exercise != NULL)
    g_signal_emit (self, signals[RECORD], 0, bpg_exercise_get_id (self->exercise));
}

static void
bpg_exercise_view_dispose (GObject *object)
{
  BpgExerciseView *self = (BpgExerciseView *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BPG_TYPE_EXERCISE_VIEW);
  g_clear_object (&self->exercise);

  G_OBJECT_CLASS (bpg_exercise_view_parent_class)->dispose (object);
}

static void
bpg_exercise_view_class_init (BpgExerciseViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bpg_exercise_view_dispose;

  /**
   * BpgExerciseView::back:
   *
   * Emitted when the patient asks to go back to the list.
   */
  signals[BACK] =
    g_signal_new ("back",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * BpgExerciseView::record:
   * @id: the exercise shown
   *
   * Emitted when the patient asks to note the exercise in today's entry.
   */
  signals[RECORD] =
    g_signal_new ("record",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/diary/bpg-exercise-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BpgExerciseView, title_label);
  gtk_widget_class_bind_template_child (widget_class, BpgExerciseView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, BpgExerciseView, picture);
  gtk_widget_class_bind_template_child (widget_class, BpgExerciseView, steps_box);
  gtk_widget_class_bind_template_child (widget_class, BpgExerciseView, amount_label);
  gtk_widget_class_bind_template_child (widget_class, BpgExerciseView, feel_label);
  gtk_widget_class_bind_template_child (widget_class, BpgExerciseView, advice_box);
  gtk_widget_class_bind_template_child (widget_class, BpgExerciseView, record_button);
  gtk_widget_class_bind_template_child (widget_class, BpgExerciseView, source_label);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, record_clicked_cb);
}

static void
bpg_exercise_view_init (BpgExerciseView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->title_label),
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, 1,
                                  -1);
}

/**
 * bpg_exercise_view_show:
 * @list: the list @exercise is from, for the advice on every page
 * @exercise: the exercise to show
 */
void
bpg_exercise_view_show (BpgExerciseView *self,
                        BpgExerciseList *list,
                        BpgExercise     *exercise)
{
  g_autofree char *sources = NULL;
  GtkScrolledWindow *scroller;

  g_return_if_fail (BPG_IS_EXERCISE_VIEW (self));
  g_return_if_fail (BPG_IS_EXERCISE_LIST (list));
  g_return_if_fail (BPG_IS_EXERCISE (exercise));

  g_set_object (&self->exercise, exercise);

  gtk_label_set_text (self->title_label, bpg_exercise_get_title (exercise));
  gtk_label_set_text (self->summary_label, bpg_exercise_get_summary (exercise));
  gtk_image_set_from_icon_name (self->picture, bpg_exercise_get_icon_name (exercise));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->picture),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, bpg_exercise_get_alt (exercise),
                                  -1);
  fill_steps (self);
  gtk_label_set_text (self->amount_label, bpg_exercise_get_amount (exercise));
  gtk_label_set_text (self->feel_label, bpg_exercise_get_feel (exercise));
  fill_advice (self, bpg_exercise_list_get_advice (list));
  gtk_widget_set_visible (self->record_button,
                          bpg_exercise_get_record (exercise) == BPG_EXERCISE_RECORD_REPS);

  sources = bpg_exercise_dup_sources_text (exercise);
  gtk_label_set_text (self->source_label, sources);
  bpg_layout_tune (GTK_WIDGET (self));

  scroller = GTK_SCROLLED_WINDOW (adw_bin_get_child (ADW_BIN (self)));
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scroller), 0);
}

/**
 * bpg_exercise_view_get_exercise:
 *
 * Returns: (transfer none) (nullable): the exercise shown
 */
BpgExercise *
bpg_exercise_view_get_exercise (BpgExerciseView *self)
{
  g_return_val_if_fail (BPG_IS_EXERCISE_VIEW (self), NULL);

  return self->exercise;
}
