/* bpg-warning-sign.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "bpg-check-question.h"

G_BEGIN_DECLS

#define BPG_TYPE_WARNING_SIGN (bpg_warning_sign_get_type ())

G_DECLARE_FINAL_TYPE (BpgWarningSign, bpg_warning_sign, BPG, WARNING_SIGN, GObject)

const char         *bpg_warning_sign_get_id        (BpgWarningSign *self);
BpgCheckLevel       bpg_warning_sign_get_level     (BpgWarningSign *self);
gboolean            bpg_warning_sign_is_sign       (BpgWarningSign *self);
const char         *bpg_warning_sign_get_group     (BpgWarningSign *self);
const char         *bpg_warning_sign_get_list_text (BpgWarningSign *self);
const char         *bpg_warning_sign_get_question  (BpgWarningSign *self);
const char         *bpg_warning_sign_get_note      (BpgWarningSign *self);
const char * const *bpg_warning_sign_get_when      (BpgWarningSign *self);
const char * const *bpg_warning_sign_get_sources   (BpgWarningSign *self);
const char         *bpg_warning_sign_get_decision  (BpgWarningSign *self);

GListModel         *bpg_warning_sign_list_new      (const char     *domain,
                                                    GPtrArray      *msgids);
BpgWarningSign     *bpg_warning_sign_list_find     (GListModel     *signs,
                                                    const char     *id);
GPtrArray          *bpg_warning_sign_list_select   (GListModel     *signs,
                                                    const char     *selector);
char               *bpg_warning_sign_list_format   (GListModel     *signs,
                                                    const char     *selector);

const char         *bpg_warning_level_to_selector (BpgCheckLevel  level);
const char         *bpg_warning_level_get_title    (BpgCheckLevel   level,
                                                    const char     *domain);
const char         *bpg_warning_level_get_summary  (BpgCheckLevel   level,
                                                    const char     *domain);
const char         *bpg_warning_level_get_text     (BpgCheckLevel   level,
                                                    const char     *domain);
const char         *bpg_warning_source_get_title   (const char     *id,
                                                    const char     *domain);

const char         *bpg_warning_tell_get_text      (const char     *id,
                                                    const char     *domain);
const char         *bpg_warning_tell_get_sign      (const char     *id);

G_END_DECLS
