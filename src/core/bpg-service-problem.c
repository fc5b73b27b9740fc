/* bpg-service-problem.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bpg-service-private.h"
#include "bpg-service-problem.h"

/* Why a local services file was not used: which file, where in it, and what
 * is wrong, in words an administrator can act on. */
struct _BpgServiceProblem
{
  GObject  parent_instance;

  char    *file;
  guint    line;
  char    *field;
  char    *message;
};

G_DEFINE_FINAL_TYPE (BpgServiceProblem, bpg_service_problem, G_TYPE_OBJECT)

static void
bpg_service_problem_finalize (GObject *object)
{
  BpgServiceProblem *self = (BpgServiceProblem *)object;

  g_clear_pointer (&self->file, g_free);
  g_clear_pointer (&self->field, g_free);
  g_clear_pointer (&self->message, g_free);

  G_OBJECT_CLASS (bpg_service_problem_parent_class)->finalize (object);
}

static void
bpg_service_problem_class_init (BpgServiceProblemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bpg_service_problem_finalize;
}

static void
bpg_service_problem_init (BpgServiceProblem *self)
{
}

BpgServiceProblem *
_bpg_service_problem_new (const char *file,
                          guint       line,
                          const char *field,
                          const char *message)
{
  BpgServiceProblem *self = g_object_new (BPG_TYPE_SERVICE_PROBLEM, NULL);

  self->file = g_strdup (file);
  self->line = line;
  self->field = g_strdup (field);
  self->message = g_strdup (message);

  return self;
}

/**
 * bpg_service_problem_get_file:
 *
 * Returns: the path of the file, as the administrator would type it
 */
const char *
bpg_service_problem_get_file (BpgServiceProblem *self)
{
  g_return_val_if_fail (BPG_IS_SERVICE_PROBLEM (self), NULL);

  return self->file;
}

/**
 * bpg_service_problem_get_line:
 *
 * Returns: the line of the problem, counting from 1, or 0 when the problem is
 *   with the whole file (too large, unreadable)
 */
guint
bpg_service_problem_get_line (BpgServiceProblem *self)
{
  g_return_val_if_fail (BPG_IS_SERVICE_PROBLEM (self), 0);

  return self->line;
}

/**
 * bpg_service_problem_get_field:
 *
 * Returns: (nullable): where in the file, as a path such as
 *   "services[2].links[0].url", or %NULL when the problem is not with one field
 */
const char *
bpg_service_problem_get_field (BpgServiceProblem *self)
{
  g_return_val_if_fail (BPG_IS_SERVICE_PROBLEM (self), NULL);

  return self->field;
}

/**
 * bpg_service_problem_get_message:
 *
 * Returns: what is wrong, in plain words; it names the field when there is one
 */
const char *
bpg_service_problem_get_message (BpgServiceProblem *self)
{
  g_return_val_if_fail (BPG_IS_SERVICE_PROBLEM (self), NULL);

  return self->message;
}

/**
 * bpg_service_problem_to_string:
 *
 * Formats the problem as compilers do, "FILE:LINE: MESSAGE" (or "FILE:
 * MESSAGE" without a line), so editors and terminals can jump to it.
 *
 * Returns: (transfer full): the problem on one line
 */
char *
bpg_service_problem_to_string (BpgServiceProblem *self)
{
  g_return_val_if_fail (BPG_IS_SERVICE_PROBLEM (self), NULL);

  if (self->line > 0)
    return g_strdup_printf ("%s:%u: %s", self->file, self->line, self->message);

  return g_strdup_printf ("%s: %s", self->file, self->message);
}
