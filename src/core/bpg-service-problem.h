/* bpg-service-problem.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define BPG_TYPE_SERVICE_PROBLEM (bpg_service_problem_get_type ())

G_DECLARE_FINAL_TYPE (BpgServiceProblem, bpg_service_problem, BPG, SERVICE_PROBLEM, GObject)

const char *bpg_service_problem_get_file    (BpgServiceProblem *self);
guint       bpg_service_problem_get_line    (BpgServiceProblem *self);
const char *bpg_service_problem_get_field   (BpgServiceProblem *self);
const char *bpg_service_problem_get_message (BpgServiceProblem *self);
char       *bpg_service_problem_to_string   (BpgServiceProblem *self);

G_END_DECLS
