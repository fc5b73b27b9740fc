/* bpg-exercise.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-exercise"

#include "config.h"

#include <glib/gi18n.h>

#include "bpg-exercise-private.h"

/* One gentle exercise: how to do it, how many, what it feels like. Its
 * strings are already translated by the list that loaded it. */
struct _BpgExercise
{
  GObject            parent_instance;

  char              *id;
  char              *title;
  char              *summary;
  char              *icon_name;
  char              *alt;
  char             **steps;
  char              *amount;
  char              *feel;
  BpgExerciseRecord  record;
  GListStore        *sources;
};

G_DEFINE_FINAL_TYPE (BpgExercise, bpg_exercise, G_TYPE_OBJECT)

static void
bpg_exercise_finalize (GObject *object)
{
  BpgExercise *self = (BpgExercise *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->icon_name, g_free);
  g_clear_pointer (&self->alt, g_free);
  g_clear_pointer (&self->steps, g_strfreev);
  g_clear_pointer (&self->amount, g_free);
  g_clear_pointer (&self->feel, g_free);
  g_clear_object (&self->sources);

  G_OBJECT_CLASS (bpg_exercise_parent_class)->finalize (object);
}

static void
bpg_exercise_class_init (BpgExerciseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bpg_exercise_finalize;
}

static void
bpg_exercise_init (BpgExercise *self)
{
  self->sources = g_list_store_new (BPG_TYPE_SOURCE);
}

/* Takes @steps. The picture is an icon in the app's resources, drawn in
 * the text colour so it suits light, dark and high-contrast styles. */
BpgExercise *
_bpg_exercise_new (const char         *id,
                   const char         *title,
                   const char         *summary,
                   const char         *picture,
                   const char         *alt,
                   char              **steps,
                   const char         *amount,
                   const char         *feel,
                   BpgExerciseRecord   record)
{
  BpgExercise *self = g_object_new (BPG_TYPE_EXERCISE, NULL);

  self->id = g_strdup (id);
  self->title = g_strdup (title);
  self->summary = g_strdup (summary);
  self->icon_name = g_strconcat ("bpg-exercise-", picture, "-symbolic", NULL);
  self->alt = g_strdup (alt);
  self->steps = steps;
  self->amount = g_strdup (amount);
  self->feel = g_strdup (feel);
  self->record = record;

  return self;
}

void
_bpg_exercise_add_source (BpgExercise *self,
                          BpgSource   *source)
{
  g_list_store_append (self->sources, source);
}

const char *
bpg_exercise_get_id (BpgExercise *self)
{
  g_return_val_if_fail (BPG_IS_EXERCISE (self), NULL);

  return self->id;
}

const char *
bpg_exercise_get_title (BpgExercise *self)
{
  g_return_val_if_fail (BPG_IS_EXERCISE (self), NULL);

  return self->title;
}

const char *
bpg_exercise_get_summary (BpgExercise *self)
{
  g_return_val_if_fail (BPG_IS_EXERCISE (self), NULL);

  return self->summary;
}

/**
 * bpg_exercise_get_icon_name:
 *
 * Returns: the name of the symbolic icon that shows the exercise, such as
 *   "bpg-exercise-bridge-symbolic"
 */
const char *
bpg_exercise_get_icon_name (BpgExercise *self)
{
  g_return_val_if_fail (BPG_IS_EXERCISE (self), NULL);

  return self->icon_name;
}

/**
 * bpg_exercise_get_alt:
 *
 * Returns: what the picture shows, in words, for people who cannot see it
 */
const char *
bpg_exercise_get_alt (BpgExercise *self)
{
  g_return_val_if_fail (BPG_IS_EXERCISE (self), NULL);

  return self->alt;
}

/**
 * bpg_exercise_get_steps:
 *
 * Returns: (transfer none): the steps, in order
 */
const char * const *
bpg_exercise_get_steps (BpgExercise *self)
{
  g_return_val_if_fail (BPG_IS_EXERCISE (self), NULL);

  return (const char * const *)self->steps;
}

/**
 * bpg_exercise_get_amount:
 *
 * Returns: how many to do, and how to build up
 */
const char *
bpg_exercise_get_amount (BpgExercise *self)
{
  g_return_val_if_fail (BPG_IS_EXERCISE (self), NULL);

  return self->amount;
}

/**
 * bpg_exercise_get_feel:
 *
 * Returns: what it is normal to feel while doing it
 */
const char *
bpg_exercise_get_feel (BpgExercise *self)
{
  g_return_val_if_fail (BPG_IS_EXERCISE (self), NULL);

  return self->feel;
}

BpgExerciseRecord
bpg_exercise_get_record (BpgExercise *self)
{
  g_return_val_if_fail (BPG_IS_EXERCISE (self), BPG_EXERCISE_RECORD_REPS);

  return self->record;
}

/**
 * bpg_exercise_get_sources:
 *
 * Returns: (transfer none): the leaflets that the general facts on the
 *   exercise's page come from
 */
GListModel *
bpg_exercise_get_sources (BpgExercise *self)
{
  g_return_val_if_fail (BPG_IS_EXERCISE (self), NULL);

  return G_LIST_MODEL (self->sources);
}

/**
 * bpg_exercise_dup_sources_text:
 *
 * Returns: (transfer full): where the exercise comes from, in the words the
 *   exercise and its printed copy show: the leaflets do not describe the
 *   exercises, and this says so
 */
char *
bpg_exercise_dup_sources_text (BpgExercise *self)
{
  g_autofree char *names = NULL;

  g_return_val_if_fail (BPG_IS_EXERCISE (self), NULL);

  names = bpg_sources_format_names (bpg_exercise_get_sources (self));
  /* Neither leaflet describes the exercises: say so, and credit the leaflets
   * only with the advice they give. */
  /* Translators: %s names one or two NHS leaflets */
  return g_strdup_printf (ngettext ("How to do it, and when to stop: chosen for this app and "
                                    "written in its own words. Neither NHS leaflet describes "
                                    "these exercises, and a clinician has not yet checked them. "
                                    "What is normal to feel, and the warning signs: from the NHS "
                                    "leaflet %s.",
                                    "How to do it, and when to stop: chosen for this app and "
                                    "written in its own words. Neither NHS leaflet describes "
                                    "these exercises, and a clinician has not yet checked them. "
                                    "What is normal to feel, and the warning signs: from the NHS "
                                    "leaflets %s.",
                                    g_list_model_get_n_items (bpg_exercise_get_sources (self))),
                          names);
}
