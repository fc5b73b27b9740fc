/* bpg-diary-entry.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-diary-entry"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "bpg-diary-entry.h"

/* One note in the diary: what a patient recorded about one day. A day may
 * have several. Once an entry is in a diary it is frozen and never changes,
 * so a worker thread can save it while the patient carries on; an edit makes
 * a copy and puts the copy in its place. */
struct _BpgDiaryEntry
{
  GObject   parent_instance;

  char     *id;
  guint32   julian;
  gint64    created;
  gint64    updated;
  gint8     back_pain;
  gint8     leg_pain;
  gint8     mood;
  guint8    work;
  guint16   minutes[BPG_N_ACTIVITIES];
  char     *other_activity;
  GArray   *exercises;   /* of BpgExerciseDone */
  double    sleep;
  gboolean  painkillers;
  char     *painkillers_note;
  char     *notes;
  gboolean  frozen;
};

G_DEFINE_FINAL_TYPE (BpgDiaryEntry, bpg_diary_entry, G_TYPE_OBJECT)

static const char * const activity_names[] = {
  "walking", "swimming", "cycling", "yoga", "gardening", "other",
};
G_STATIC_ASSERT (G_N_ELEMENTS (activity_names) == BPG_N_ACTIVITIES);

static const char * const work_names[] = {
  "", "at-work", "modified", "off-work",
};

#define CHECK_MUTABLE(self) \
  g_return_if_fail (BPG_IS_DIARY_ENTRY (self)); \
  g_return_if_fail (!(self)->frozen)

static void
clear_exercise (gpointer data)
{
  BpgExerciseDone *done = data;

  g_clear_pointer (&done->exercise, g_free);
}

/* Empty text is stored as "not recorded", so that an entry read back from a
 * file is equal to the one written. */
static char *
dup_text (const char *text)
{
  /* Text is kept whole, however long: the editor limits what can be typed,
   * the store refuses a file too big to read back, and a longer note kept
   * by an earlier version must never be cut when the diary is read. */
  if (text == NULL || *text == '\0')
    return NULL;

  return g_strdup (text);
}

static void
bpg_diary_entry_finalize (GObject *object)
{
  BpgDiaryEntry *self = (BpgDiaryEntry *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->other_activity, g_free);
  g_clear_pointer (&self->exercises, g_array_unref);
  g_clear_pointer (&self->painkillers_note, g_free);
  g_clear_pointer (&self->notes, g_free);

  G_OBJECT_CLASS (bpg_diary_entry_parent_class)->finalize (object);
}

static void
bpg_diary_entry_class_init (BpgDiaryEntryClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bpg_diary_entry_finalize;
}

static void
bpg_diary_entry_init (BpgDiaryEntry *self)
{
  self->back_pain = BPG_DIARY_PAIN_UNSET;
  self->leg_pain = BPG_DIARY_PAIN_UNSET;
  self->mood = BPG_DIARY_MOOD_UNSET;
  self->sleep = BPG_DIARY_SLEEP_UNSET;
  self->exercises = g_array_new (FALSE, TRUE, sizeof (BpgExerciseDone));
  g_array_set_clear_func (self->exercises, clear_exercise);
}

/**
 * bpg_diary_entry_new:
 * @date: the day the entry is about
 *
 * Returns: (transfer full): a new, empty entry with a new unique id
 */
BpgDiaryEntry *
bpg_diary_entry_new (const GDate *date)
{
  g_autofree char *id = g_uuid_string_random ();
  BpgDiaryEntry *self = bpg_diary_entry_new_with_id (id, date);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  self->created = now;
  self->updated = now;

  return self;
}

/**
 * bpg_diary_entry_new_with_id:
 * @id: letters, digits and dashes, as bpg_diary_is_valid_id() checks
 * @date: a valid date
 *
 * Returns: (transfer full): a new, empty entry
 */
BpgDiaryEntry *
bpg_diary_entry_new_with_id (const char  *id,
                             const GDate *date)
{
  BpgDiaryEntry *self;

  g_return_val_if_fail (bpg_diary_is_valid_id (id), NULL);
  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  self = g_object_new (BPG_TYPE_DIARY_ENTRY, NULL);
  self->id = g_strdup (id);
  self->julian = g_date_get_julian (date);

  return self;
}

/**
 * bpg_diary_entry_copy:
 *
 * Returns: (transfer full): an unfrozen copy with the same id, to edit
 */
BpgDiaryEntry *
bpg_diary_entry_copy (BpgDiaryEntry *self)
{
  BpgDiaryEntry *copy;

  g_return_val_if_fail (BPG_IS_DIARY_ENTRY (self), NULL);

  copy = g_object_new (BPG_TYPE_DIARY_ENTRY, NULL);
  copy->id = g_strdup (self->id);
  copy->julian = self->julian;
  copy->created = self->created;
  copy->updated = self->updated;
  copy->back_pain = self->back_pain;
  copy->leg_pain = self->leg_pain;
  copy->mood = self->mood;
  copy->work = self->work;
  memcpy (copy->minutes, self->minutes, sizeof self->minutes);
  copy->other_activity = g_strdup (self->other_activity);
  copy->sleep = self->sleep;
  copy->painkillers = self->painkillers;
  copy->painkillers_note = g_strdup (self->painkillers_note);
  copy->notes = g_strdup (self->notes);

  for (guint i = 0; i < self->exercises->len; i++)
    {
      const BpgExerciseDone *done = &g_array_index (self->exercises, BpgExerciseDone, i);

      bpg_diary_entry_set_exercise (copy, done->exercise, done->sets, done->reps);
    }

  return copy;
}

/**
 * bpg_diary_entry_freeze:
 *
 * Makes the entry read-only. A diary freezes every entry it holds.
 */
void
bpg_diary_entry_freeze (BpgDiaryEntry *self)
{
  g_return_if_fail (BPG_IS_DIARY_ENTRY (self));

  self->frozen = TRUE;
}

gboolean
bpg_diary_entry_is_frozen (BpgDiaryEntry *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_ENTRY (self), FALSE);

  return self->frozen;
}

/**
 * bpg_diary_entry_equal:
 *
 * Returns: whether every recorded field of @a and @b is the same
 */
gboolean
bpg_diary_entry_equal (BpgDiaryEntry *a,
                       BpgDiaryEntry *b)
{
  g_return_val_if_fail (BPG_IS_DIARY_ENTRY (a), FALSE);
  g_return_val_if_fail (BPG_IS_DIARY_ENTRY (b), FALSE);

  if (g_strcmp0 (a->id, b->id) != 0 ||
      a->julian != b->julian ||
      a->created != b->created ||
      a->updated != b->updated ||
      a->back_pain != b->back_pain ||
      a->leg_pain != b->leg_pain ||
      a->mood != b->mood ||
      a->work != b->work ||
      memcmp (a->minutes, b->minutes, sizeof a->minutes) != 0 ||
      g_strcmp0 (a->other_activity, b->other_activity) != 0 ||
      a->sleep != b->sleep ||
      a->painkillers != b->painkillers ||
      g_strcmp0 (a->painkillers_note, b->painkillers_note) != 0 ||
      g_strcmp0 (a->notes, b->notes) != 0 ||
      a->exercises->len != b->exercises->len)
    return FALSE;

  for (guint i = 0; i < a->exercises->len; i++)
    {
      const BpgExerciseDone *x = &g_array_index (a->exercises, BpgExerciseDone, i);
      const BpgExerciseDone *y = &g_array_index (b->exercises, BpgExerciseDone, i);

      if (g_strcmp0 (x->exercise, y->exercise) != 0 || x->sets != y->sets || x->reps != y->reps)
        return FALSE;
    }

  return TRUE;
}

/**
 * bpg_diary_entry_compare:
 *
 * The diary's order: newest day first; on one day, the latest written first.
 *
 * Returns: negative if @a comes before @b
 */
int
bpg_diary_entry_compare (BpgDiaryEntry *a,
                         BpgDiaryEntry *b)
{
  if (a->julian != b->julian)
    return a->julian > b->julian ? -1 : 1;
  if (a->created != b->created)
    return a->created > b->created ? -1 : 1;

  return strcmp (a->id, b->id);
}

static int
compare_entries_cb (gconstpointer a,
                    gconstpointer b)
{
  return bpg_diary_entry_compare (*(BpgDiaryEntry **)a, *(BpgDiaryEntry **)b);
}

/**
 * bpg_diary_entries_sort:
 * @entries: (element-type BpgDiaryEntry): entries
 *
 * Puts @entries in the diary's order, newest first. Safe in a worker thread.
 */
void
bpg_diary_entries_sort (GPtrArray *entries)
{
  g_return_if_fail (entries != NULL);

  g_ptr_array_sort (entries, compare_entries_cb);
}

/**
 * bpg_diary_entry_is_empty:
 *
 * Returns: whether nothing at all has been recorded
 */
gboolean
bpg_diary_entry_is_empty (BpgDiaryEntry *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_ENTRY (self), TRUE);

  return self->back_pain == BPG_DIARY_PAIN_UNSET &&
         self->leg_pain == BPG_DIARY_PAIN_UNSET &&
         self->mood == BPG_DIARY_MOOD_UNSET &&
         self->work == BPG_WORK_UNSET &&
         bpg_diary_entry_get_total_minutes (self) == 0 &&
         self->exercises->len == 0 &&
         self->sleep < 0 &&
         !self->painkillers &&
         self->painkillers_note == NULL &&
         self->notes == NULL;
}

const char *
bpg_diary_entry_get_id (BpgDiaryEntry *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_ENTRY (self), NULL);

  return self->id;
}

guint32
bpg_diary_entry_get_julian (BpgDiaryEntry *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_ENTRY (self), 0);

  return self->julian;
}

void
bpg_diary_entry_get_date (BpgDiaryEntry *self,
                          GDate         *date)
{
  g_return_if_fail (BPG_IS_DIARY_ENTRY (self));

  g_date_clear (date, 1);
  g_date_set_julian (date, self->julian);
}

void
bpg_diary_entry_set_date (BpgDiaryEntry *self,
                          const GDate   *date)
{
  CHECK_MUTABLE (self);
  g_return_if_fail (date != NULL && g_date_valid (date));

  self->julian = g_date_get_julian (date);
}

/**
 * bpg_diary_entry_get_created:
 *
 * Returns: when the entry was first written, in seconds since 1970
 */
gint64
bpg_diary_entry_get_created (BpgDiaryEntry *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_ENTRY (self), 0);

  return self->created;
}

void
bpg_diary_entry_set_created (BpgDiaryEntry *self,
                             gint64         created)
{
  CHECK_MUTABLE (self);

  self->created = created;
}

/**
 * bpg_diary_entry_get_updated:
 *
 * Returns: when the entry was last changed, in seconds since 1970; merging
 *   keeps the most recently changed copy of an entry
 */
gint64
bpg_diary_entry_get_updated (BpgDiaryEntry *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_ENTRY (self), 0);

  return self->updated;
}

void
bpg_diary_entry_set_updated (BpgDiaryEntry *self,
                             gint64         updated)
{
  CHECK_MUTABLE (self);

  self->updated = updated;
}

/**
 * bpg_diary_entry_get_back_pain:
 *
 * Returns: 0 (no pain) to 10 (worst), or %BPG_DIARY_PAIN_UNSET
 */
int
bpg_diary_entry_get_back_pain (BpgDiaryEntry *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_ENTRY (self), BPG_DIARY_PAIN_UNSET);

  return self->back_pain;
}

void
bpg_diary_entry_set_back_pain (BpgDiaryEntry *self,
                               int            pain)
{
  CHECK_MUTABLE (self);
  g_return_if_fail (pain >= BPG_DIARY_PAIN_UNSET && pain <= BPG_DIARY_PAIN_MAX);

  self->back_pain = pain;
}

int
bpg_diary_entry_get_leg_pain (BpgDiaryEntry *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_ENTRY (self), BPG_DIARY_PAIN_UNSET);

  return self->leg_pain;
}

void
bpg_diary_entry_set_leg_pain (BpgDiaryEntry *self,
                              int            pain)
{
  CHECK_MUTABLE (self);
  g_return_if_fail (pain >= BPG_DIARY_PAIN_UNSET && pain <= BPG_DIARY_PAIN_MAX);

  self->leg_pain = pain;
}

guint
bpg_diary_entry_get_minutes (BpgDiaryEntry *self,
                             BpgActivity    activity)
{
  g_return_val_if_fail (BPG_IS_DIARY_ENTRY (self), 0);
  g_return_val_if_fail (activity < BPG_N_ACTIVITIES, 0);

  return self->minutes[activity];
}

void
bpg_diary_entry_set_minutes (BpgDiaryEntry *self,
                             BpgActivity    activity,
                             guint          minutes)
{
  CHECK_MUTABLE (self);
  g_return_if_fail (activity < BPG_N_ACTIVITIES);
  g_return_if_fail (minutes <= BPG_DIARY_MINUTES_MAX);

  self->minutes[activity] = minutes;
}

/**
 * bpg_diary_entry_get_total_minutes:
 *
 * Returns: the minutes of every activity added up
 */
guint
bpg_diary_entry_get_total_minutes (BpgDiaryEntry *self)
{
  guint total = 0;

  g_return_val_if_fail (BPG_IS_DIARY_ENTRY (self), 0);

  for (guint i = 0; i < BPG_N_ACTIVITIES; i++)
    total += self->minutes[i];

  return total;
}

/**
 * bpg_diary_entry_get_other_activity:
 *
 * Returns: (nullable): what the "other" activity was, in the patient's words
 */
const char *
bpg_diary_entry_get_other_activity (BpgDiaryEntry *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_ENTRY (self), NULL);

  return self->other_activity;
}

void
bpg_diary_entry_set_other_activity (BpgDiaryEntry *self,
                                    const char    *name)
{
  CHECK_MUTABLE (self);

  g_free (self->other_activity);
  self->other_activity = dup_text (name);
}

guint
bpg_diary_entry_get_n_exercises (BpgDiaryEntry *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_ENTRY (self), 0);

  return self->exercises->len;
}

const BpgExerciseDone *
bpg_diary_entry_get_exercise (BpgDiaryEntry *self,
                              guint          i)
{
  g_return_val_if_fail (BPG_IS_DIARY_ENTRY (self), NULL);
  g_return_val_if_fail (i < self->exercises->len, NULL);

  return &g_array_index (self->exercises, BpgExerciseDone, i);
}

/**
 * bpg_diary_entry_find_exercise:
 *
 * Returns: (nullable): what was recorded for @exercise, if anything
 */
const BpgExerciseDone *
bpg_diary_entry_find_exercise (BpgDiaryEntry *self,
                               const char    *exercise)
{
  g_return_val_if_fail (BPG_IS_DIARY_ENTRY (self), NULL);

  for (guint i = 0; i < self->exercises->len; i++)
    {
      BpgExerciseDone *done = &g_array_index (self->exercises, BpgExerciseDone, i);

      if (g_strcmp0 (done->exercise, exercise) == 0)
        return done;
    }

  return NULL;
}

/**
 * bpg_diary_entry_set_exercise:
 * @exercise: an exercise id
 * @sets: sets done, or 0
 * @reps: repetitions done, or 0
 *
 * Records an exercise; with both counts 0, forgets it.
 */
void
bpg_diary_entry_set_exercise (BpgDiaryEntry *self,
                              const char    *exercise,
                              guint          sets,
                              guint          reps)
{
  BpgExerciseDone done = { NULL, sets, reps };

  CHECK_MUTABLE (self);
  g_return_if_fail (bpg_diary_is_valid_id (exercise));
  g_return_if_fail (sets <= BPG_DIARY_COUNT_MAX && reps <= BPG_DIARY_COUNT_MAX);

  for (guint i = 0; i < self->exercises->len; i++)
    {
      BpgExerciseDone *old = &g_array_index (self->exercises, BpgExerciseDone, i);

      if (strcmp (old->exercise, exercise) != 0)
        continue;

      if (sets == 0 && reps == 0)
        g_array_remove_index (self->exercises, i);
      else
        {
          old->sets = sets;
          old->reps = reps;
        }
      return;
    }

  if (sets == 0 && reps == 0)
    return;

  done.exercise = g_strdup (exercise);
  g_array_append_val (self->exercises, done);
}

/**
 * bpg_diary_entry_append_exercise:
 * @exercise: an exercise id that the entry does not hold yet
 *
 * As bpg_diary_entry_set_exercise() for a new exercise, without looking for
 * it first: for a reader that has checked, so a long list takes linear time.
 */
void
bpg_diary_entry_append_exercise (BpgDiaryEntry *self,
                                 const char    *exercise,
                                 guint          sets,
                                 guint          reps)
{
  BpgExerciseDone done = { NULL, sets, reps };

  CHECK_MUTABLE (self);
  g_return_if_fail (bpg_diary_is_valid_id (exercise));
  g_return_if_fail (sets <= BPG_DIARY_COUNT_MAX && reps <= BPG_DIARY_COUNT_MAX);
  g_return_if_fail (sets > 0 || reps > 0);

  done.exercise = g_strdup (exercise);
  g_array_append_val (self->exercises, done);
}

/**
 * bpg_diary_entry_get_sleep:
 *
 * Returns: hours slept, or %BPG_DIARY_SLEEP_UNSET
 */
double
bpg_diary_entry_get_sleep (BpgDiaryEntry *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_ENTRY (self), BPG_DIARY_SLEEP_UNSET);

  return self->sleep;
}

/**
 * bpg_diary_entry_set_sleep:
 * @hours: 0 to 24, or %BPG_DIARY_SLEEP_UNSET
 *
 * Keeps whole quarters of an hour, which is as exact as anyone remembers.
 */
void
bpg_diary_entry_set_sleep (BpgDiaryEntry *self,
                           double         hours)
{
  CHECK_MUTABLE (self);

  if (hours < 0 || !isfinite (hours))
    self->sleep = BPG_DIARY_SLEEP_UNSET;
  else
    self->sleep = MIN (round (hours * 4.0) / 4.0, BPG_DIARY_SLEEP_MAX);
}

/**
 * bpg_diary_entry_get_mood:
 *
 * Returns: 1 (very low or stressed) to 5 (very good), or %BPG_DIARY_MOOD_UNSET
 */
int
bpg_diary_entry_get_mood (BpgDiaryEntry *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_ENTRY (self), BPG_DIARY_MOOD_UNSET);

  return self->mood;
}

void
bpg_diary_entry_set_mood (BpgDiaryEntry *self,
                          int            mood)
{
  CHECK_MUTABLE (self);
  g_return_if_fail (mood >= BPG_DIARY_MOOD_UNSET && mood <= BPG_DIARY_MOOD_MAX);

  self->mood = mood;
}

BpgWork
bpg_diary_entry_get_work (BpgDiaryEntry *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_ENTRY (self), BPG_WORK_UNSET);

  return self->work;
}

void
bpg_diary_entry_set_work (BpgDiaryEntry *self,
                          BpgWork        work)
{
  CHECK_MUTABLE (self);
  g_return_if_fail (work <= BPG_WORK_OFF);

  self->work = work;
}

gboolean
bpg_diary_entry_get_painkillers (BpgDiaryEntry *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_ENTRY (self), FALSE);

  return self->painkillers;
}

void
bpg_diary_entry_set_painkillers (BpgDiaryEntry *self,
                                 gboolean       taken)
{
  CHECK_MUTABLE (self);

  self->painkillers = !!taken;
}

/**
 * bpg_diary_entry_get_painkillers_note:
 *
 * Returns: (nullable): which painkillers, in the patient's words
 */
const char *
bpg_diary_entry_get_painkillers_note (BpgDiaryEntry *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_ENTRY (self), NULL);

  return self->painkillers_note;
}

void
bpg_diary_entry_set_painkillers_note (BpgDiaryEntry *self,
                                      const char    *note)
{
  CHECK_MUTABLE (self);

  g_free (self->painkillers_note);
  self->painkillers_note = dup_text (note);
}

/**
 * bpg_diary_entry_get_notes:
 *
 * Returns: (nullable): the patient's own notes
 */
const char *
bpg_diary_entry_get_notes (BpgDiaryEntry *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_ENTRY (self), NULL);

  return self->notes;
}

void
bpg_diary_entry_set_notes (BpgDiaryEntry *self,
                           const char    *notes)
{
  CHECK_MUTABLE (self);

  g_free (self->notes);
  self->notes = dup_text (notes);
}

/**
 * bpg_activity_to_string:
 *
 * Returns: the name used in files, such as "walking"
 */
const char *
bpg_activity_to_string (BpgActivity activity)
{
  g_return_val_if_fail (activity < BPG_N_ACTIVITIES, NULL);

  return activity_names[activity];
}

gboolean
bpg_activity_from_string (const char  *name,
                          BpgActivity *activity)
{
  for (guint i = 0; i < BPG_N_ACTIVITIES; i++)
    {
      if (g_strcmp0 (name, activity_names[i]) == 0)
        {
          *activity = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * bpg_activity_get_label:
 *
 * Returns: the activity's name as a patient reads it
 */
const char *
bpg_activity_get_label (BpgActivity activity)
{
  switch (activity)
    {
    case BPG_ACTIVITY_WALKING:
      return C_("activity", "Walking");
    case BPG_ACTIVITY_SWIMMING:
      return C_("activity", "Swimming");
    case BPG_ACTIVITY_CYCLING:
      return C_("activity", "Cycling");
    case BPG_ACTIVITY_YOGA:
      return C_("activity", "Yoga");
    case BPG_ACTIVITY_GARDENING:
      return C_("activity", "Gardening");
    case BPG_ACTIVITY_OTHER:
      return C_("activity", "Other activity");
    case BPG_N_ACTIVITIES:
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
bpg_work_to_string (BpgWork work)
{
  g_return_val_if_fail (work <= BPG_WORK_OFF, NULL);

  return work_names[work];
}

gboolean
bpg_work_from_string (const char *name,
                      BpgWork    *work)
{
  for (guint i = BPG_WORK_AT_WORK; i <= BPG_WORK_OFF; i++)
    {
      if (g_strcmp0 (name, work_names[i]) == 0)
        {
          *work = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * bpg_work_get_label:
 *
 * Returns: how the patient's work went, in words
 */
const char *
bpg_work_get_label (BpgWork work)
{
  switch (work)
    {
    case BPG_WORK_UNSET:
      return C_("work", "Not recorded");
    case BPG_WORK_AT_WORK:
      return C_("work", "At work");
    case BPG_WORK_MODIFIED:
      /* Translators: worked, but with lighter or changed tasks */
      return C_("work", "Modified duties");
    case BPG_WORK_OFF:
      return C_("work", "Off work");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * bpg_mood_get_label:
 * @mood: 0 (not recorded) to 5
 *
 * Returns: the mood in words
 */
const char *
bpg_mood_get_label (int mood)
{
  switch (mood)
    {
    case BPG_DIARY_MOOD_UNSET:
      return C_("mood", "Not recorded");
    case 1:
      return C_("mood", "Very low or very stressed");
    case 2:
      return C_("mood", "Low or stressed");
    case 3:
      return C_("mood", "OK");
    case 4:
      return C_("mood", "Good");
    case 5:
      return C_("mood", "Very good");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * bpg_diary_is_valid_id:
 *
 * Returns: whether @id is 1 to 64 ASCII letters, digits and dashes
 */
gboolean
bpg_diary_is_valid_id (const char *id)
{
  gsize len = 0;

  if (id == NULL)
    return FALSE;

  for (const char *p = id; *p; p++, len++)
    if (!g_ascii_isalnum (*p) && *p != '-')
      return FALSE;

  return len > 0 && len <= 64;
}
