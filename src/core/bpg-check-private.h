/* bpg-check-private.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bpg-check-question.h"

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

G_END_DECLS
