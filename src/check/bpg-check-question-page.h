/* bpg-check-question-page.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bpg-check-question.h"

G_BEGIN_DECLS

#define BPG_TYPE_CHECK_QUESTION_PAGE (bpg_check_question_page_get_type ())

G_DECLARE_FINAL_TYPE (BpgCheckQuestionPage, bpg_check_question_page, BPG, CHECK_QUESTION_PAGE, AdwBin)

GtkWidget        *bpg_check_question_page_new          (BpgCheckQuestion     *question,
                                                        guint                 step,
                                                        guint                 n_steps,
                                                        BpgCheckAnswer        answer,
                                                        guint                 n_new_section);
BpgCheckQuestion *bpg_check_question_page_get_question (BpgCheckQuestionPage *self);
GtkWidget        *bpg_check_question_page_get_button   (BpgCheckQuestionPage *self,
                                                        BpgCheckAnswer        answer);
void              bpg_check_question_page_focus        (BpgCheckQuestionPage *self);
void              bpg_check_question_page_set_wide     (BpgCheckQuestionPage *self,
                                                        gboolean              wide);

G_END_DECLS
