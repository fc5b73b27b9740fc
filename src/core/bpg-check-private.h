/* bpg-check-private.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "bpg-check-question.h"
#include "bpg-check-questionnaire.h"

G_BEGIN_DECLS

/* Only the questionnaire loader builds questions; everything else reads them. */

BpgCheckQuestion *_bpg_check_question_new (const char     *id,
                                           const char     *text,
                                           const char     *explanation,
                                           const char     *summary,
                                           const char     *section_title,
                                           const char     *section_intro,
                                           BpgCheckLevel   level,
                                           BpgCheckAnswer  concern,
                                           const char     *ask_if,
                                           char          **sources);

/* The questionnaire's insides, shared by its loader (bpg-check-loader.c),
 * which fills them, and bpg-check-questionnaire.c, which reads them. */

typedef struct
{
  BpgCheckLevel  level;
  const char    *summary;    /* owned by the question or the rule */
  guint         *questions;  /* indexes */
  guint          n_questions;
} Trigger;

typedef struct
{
  char  *title;
  char  *when;
  char  *action;
  char **tell;
  char **pages;
} OutcomeText;

struct _BpgCheckQuestionnaire
{
  GObject      parent_instance;

  GListStore  *questions;
  GPtrArray   *question_array;   /* BpgCheckQuestion, borrowed from the store */
  GHashTable  *question_index;   /* id → index + 1 */
  GArray      *triggers;         /* Trigger */
  GPtrArray   *rule_summaries;   /* char *, the rules' summaries */
  guint       *ask_if;           /* per question: index + 1 of the question it follows, or 0 */
  OutcomeText  outcomes[BPG_CHECK_N_LEVELS];
  GHashTable  *notices;          /* id → text */
  GPtrArray   *msgids;
};

gboolean _bpg_check_questionnaire_load (BpgCheckQuestionnaire  *self,
                                        JsonObject             *root,
                                        const char             *domain,
                                        GError                **error);

G_END_DECLS
