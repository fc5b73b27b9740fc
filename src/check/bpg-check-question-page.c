/* bpg-check-question-page.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-check-question-page"

#include "config.h"

#include <glib/gi18n.h>

#include "bpg-check-question-page.h"
#include "bpg-layout-tune.h"

/* One question, its "what this means" note, and big Yes, No and Not sure
 * buttons. A new page is made for each question, so that a screen reader
 * meets a new group, named after the question, each time. */
struct _BpgCheckQuestionPage
{
  AdwBin            parent_instance;

  BpgCheckQuestion *question;

  /* Template widgets */
  AdwClamp         *clamp;
  GtkLabel         *progress_label;
  GtkProgressBar   *progress_bar;
  GtkLabel         *section_label;
  GtkLabel         *intro_label;
  GtkLabel         *count_label;
  GtkWidget        *question_box;
  GtkLabel         *question_label;
  GtkLabel         *explanation_label;
  GtkWidget        *yes_button;
  GtkWidget        *no_button;
  GtkWidget        *not_sure_button;
  GtkWidget        *yes_chosen;
  GtkWidget        *no_chosen;
  GtkWidget        *not_sure_chosen;
};

G_DEFINE_FINAL_TYPE (BpgCheckQuestionPage, bpg_check_question_page, ADW_TYPE_BIN)

/* The page's width: as in the .ui file, or wider in presentation. */
#define NORMAL_MAXIMUM    640
#define NORMAL_TIGHTENING 480
#define WIDE_MAXIMUM      1040
#define WIDE_TIGHTENING   800

static void
show_chosen (BpgCheckQuestionPage *self,
             BpgCheckAnswer        answer)
{
  GtkWidget *button = bpg_check_question_page_get_button (self, answer);

  if (button == NULL)
    return;

  gtk_widget_set_visible (answer == BPG_CHECK_ANSWER_YES ? self->yes_chosen
                          : answer == BPG_CHECK_ANSWER_NO ? self->no_chosen
                          : self->not_sure_chosen, TRUE);
  gtk_widget_add_css_class (button, "bpg-answer-chosen");
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Your answer so far"),
                                  -1);
}

static void
bpg_check_question_page_dispose (GObject *object)
{
  BpgCheckQuestionPage *self = (BpgCheckQuestionPage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BPG_TYPE_CHECK_QUESTION_PAGE);
  g_clear_object (&self->question);

  G_OBJECT_CLASS (bpg_check_question_page_parent_class)->dispose (object);
}

static void
bpg_check_question_page_class_init (BpgCheckQuestionPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bpg_check_question_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/check/bpg-check-question-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BpgCheckQuestionPage, clamp);
  gtk_widget_class_bind_template_child (widget_class, BpgCheckQuestionPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, BpgCheckQuestionPage, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, BpgCheckQuestionPage, section_label);
  gtk_widget_class_bind_template_child (widget_class, BpgCheckQuestionPage, intro_label);
  gtk_widget_class_bind_template_child (widget_class, BpgCheckQuestionPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, BpgCheckQuestionPage, question_box);
  gtk_widget_class_bind_template_child (widget_class, BpgCheckQuestionPage, question_label);
  gtk_widget_class_bind_template_child (widget_class, BpgCheckQuestionPage, explanation_label);
  gtk_widget_class_bind_template_child (widget_class, BpgCheckQuestionPage, yes_button);
  gtk_widget_class_bind_template_child (widget_class, BpgCheckQuestionPage, no_button);
  gtk_widget_class_bind_template_child (widget_class, BpgCheckQuestionPage, not_sure_button);
  gtk_widget_class_bind_template_child (widget_class, BpgCheckQuestionPage, yes_chosen);
  gtk_widget_class_bind_template_child (widget_class, BpgCheckQuestionPage, no_chosen);
  gtk_widget_class_bind_template_child (widget_class, BpgCheckQuestionPage, not_sure_chosen);
}

static void
bpg_check_question_page_init (BpgCheckQuestionPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * bpg_check_question_page_new:
 * @step: which question this is, from 1
 * @n_steps: how many questions there will be
 * @answer: the answer already given, shown as chosen, or none
 * @n_new_section: when this question starts a part of the check, how many
 *   questions that part asks, shown with the part's introduction; 0 when it
 *   does not start one
 *
 * Returns: (transfer full): a page asking @question
 */
GtkWidget *
bpg_check_question_page_new (BpgCheckQuestion *question,
                             guint             step,
                             guint             n_steps,
                             BpgCheckAnswer    answer,
                             guint             n_new_section)
{
  BpgCheckQuestionPage *self;
  g_autofree char *progress = NULL;
  g_autofree char *count = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (BPG_IS_CHECK_QUESTION (question), NULL);
  g_return_val_if_fail (step >= 1 && step <= n_steps, NULL);

  self = g_object_new (BPG_TYPE_CHECK_QUESTION_PAGE, NULL);
  self->question = g_object_ref (question);

  /* Translators: progress through the symptom check, as in "Question 3 of 22" */
  progress = g_strdup_printf (_("Question %u of %u"), step, n_steps);
  gtk_label_set_text (self->progress_label, progress);
  gtk_progress_bar_set_fraction (self->progress_bar, (double)(step - 1) / n_steps);

  gtk_label_set_text (self->section_label, bpg_check_question_get_section_title (question));
  gtk_label_set_text (self->intro_label, bpg_check_question_get_section_intro (question));
  gtk_widget_set_visible (GTK_WIDGET (self->intro_label), n_new_section > 0);
  count = g_strdup_printf (ngettext ("This part has %u question.",
                                     "This part has %u questions.", n_new_section),
                           n_new_section);
  gtk_label_set_text (self->count_label, count);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), n_new_section > 0);
  gtk_label_set_text (self->question_label, bpg_check_question_get_text (question));
  gtk_label_set_text (self->explanation_label, bpg_check_question_get_explanation (question));

  /* The group a screen reader announces when it is focused: where we are,
   * and the question, with the note as its description. */
  /* Translators: read by a screen reader: the progress, then the question */
  name = g_strdup_printf (_("%s: %s"), progress, bpg_check_question_get_text (question));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->question_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  bpg_check_question_get_explanation (question),
                                  -1);

  show_chosen (self, answer);

  bpg_layout_tune (GTK_WIDGET (self));
  return GTK_WIDGET (self);
}

/**
 * bpg_check_question_page_get_question:
 *
 * Returns: (transfer none): the question asked
 */
BpgCheckQuestion *
bpg_check_question_page_get_question (BpgCheckQuestionPage *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_QUESTION_PAGE (self), NULL);

  return self->question;
}

/**
 * bpg_check_question_page_get_button:
 *
 * Returns: (transfer none) (nullable): the button for @answer
 */
GtkWidget *
bpg_check_question_page_get_button (BpgCheckQuestionPage *self,
                                    BpgCheckAnswer        answer)
{
  g_return_val_if_fail (BPG_IS_CHECK_QUESTION_PAGE (self), NULL);

  switch (answer)
    {
    case BPG_CHECK_ANSWER_YES:
      return self->yes_button;

    case BPG_CHECK_ANSWER_NO:
      return self->no_button;

    case BPG_CHECK_ANSWER_NOT_SURE:
      return self->not_sure_button;

    case BPG_CHECK_ANSWER_NONE:
    default:
      return NULL;
    }
}

/**
 * bpg_check_question_page_focus:
 *
 * Puts the keyboard focus on the question, so a screen reader reads it and
 * a stray Enter cannot answer it.
 */
void
bpg_check_question_page_focus (BpgCheckQuestionPage *self)
{
  g_return_if_fail (BPG_IS_CHECK_QUESTION_PAGE (self));

  gtk_widget_grab_focus (self->question_box);
}

/**
 * bpg_check_question_page_set_wide:
 * @wide: whether the page may use more of the window's width
 *
 * In presentation the text is larger: the page's lines may be longer, so
 * the question does not wrap into a narrow column.
 */
void
bpg_check_question_page_set_wide (BpgCheckQuestionPage *self,
                                  gboolean              wide)
{
  g_return_if_fail (BPG_IS_CHECK_QUESTION_PAGE (self));

  adw_clamp_set_maximum_size (self->clamp, wide ? WIDE_MAXIMUM : NORMAL_MAXIMUM);
  adw_clamp_set_tightening_threshold (self->clamp, wide ? WIDE_TIGHTENING : NORMAL_TIGHTENING);
}
