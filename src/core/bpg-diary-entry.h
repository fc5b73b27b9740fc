/* bpg-diary-entry.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * BpgActivity:
 *
 * The kinds of activity a patient can log minutes for, in the order they are
 * shown and exported.
 */
typedef enum
{
  BPG_ACTIVITY_WALKING,
  BPG_ACTIVITY_SWIMMING,
  BPG_ACTIVITY_CYCLING,
  BPG_ACTIVITY_YOGA,
  BPG_ACTIVITY_GARDENING,
  BPG_ACTIVITY_OTHER,
  BPG_N_ACTIVITIES
} BpgActivity;

/**
 * BpgWork:
 * @BPG_WORK_UNSET: not recorded (or no job)
 * @BPG_WORK_AT_WORK: worked as usual
 * @BPG_WORK_MODIFIED: worked with lighter or changed duties
 * @BPG_WORK_OFF: off work
 */
typedef enum
{
  BPG_WORK_UNSET,
  BPG_WORK_AT_WORK,
  BPG_WORK_MODIFIED,
  BPG_WORK_OFF,
} BpgWork;

#define BPG_DIARY_PAIN_UNSET   (-1)
#define BPG_DIARY_PAIN_MAX     10
#define BPG_DIARY_MOOD_UNSET   0
#define BPG_DIARY_MOOD_MAX     5
#define BPG_DIARY_SLEEP_UNSET  (-1.0)
#define BPG_DIARY_SLEEP_MAX    24.0
#define BPG_DIARY_MINUTES_MAX  1440
#define BPG_DIARY_COUNT_MAX    1000

/* The longest notes, in characters: about a page of writing, which the
 * editor says as it is typed. With it even decades of daily entries stay far
 * below BPG_DIARY_MAX_FILE_SIZE (bpg-json.h); bpg_diary_json_write_checked()
 * refuses to write a bigger file, so what the app writes, it can read. The
 * limits apply to typing only: longer text kept by an earlier version is
 * never cut. The painkillers note and an activity's name are one line. */
#define BPG_DIARY_NOTES_MAX    2000
#define BPG_DIARY_LINE_MAX     200

/**
 * BpgExerciseDone:
 * @exercise: the exercise's id in the exercise list
 * @sets: how many sets, or 0 if not recorded
 * @reps: how many repetitions (in each set), or 0 if not recorded
 */
typedef struct
{
  char  *exercise;
  guint  sets;
  guint  reps;
} BpgExerciseDone;

#define BPG_TYPE_DIARY_ENTRY (bpg_diary_entry_get_type ())

G_DECLARE_FINAL_TYPE (BpgDiaryEntry, bpg_diary_entry, BPG, DIARY_ENTRY, GObject)

BpgDiaryEntry *bpg_diary_entry_new          (const GDate   *date);
BpgDiaryEntry *bpg_diary_entry_new_with_id  (const char    *id,
                                             const GDate   *date);
BpgDiaryEntry *bpg_diary_entry_copy         (BpgDiaryEntry *self);
void           bpg_diary_entry_freeze       (BpgDiaryEntry *self);
gboolean       bpg_diary_entry_is_frozen    (BpgDiaryEntry *self);
gboolean       bpg_diary_entry_equal        (BpgDiaryEntry *a,
                                             BpgDiaryEntry *b);
void           bpg_diary_entries_sort       (GPtrArray     *entries);
int            bpg_diary_entry_compare      (BpgDiaryEntry *a,
                                             BpgDiaryEntry *b);
gboolean       bpg_diary_entry_is_empty     (BpgDiaryEntry *self);

const char    *bpg_diary_entry_get_id       (BpgDiaryEntry *self);
guint32        bpg_diary_entry_get_julian   (BpgDiaryEntry *self);
void           bpg_diary_entry_get_date     (BpgDiaryEntry *self,
                                             GDate         *date);
void           bpg_diary_entry_set_date     (BpgDiaryEntry *self,
                                             const GDate   *date);
gint64         bpg_diary_entry_get_created  (BpgDiaryEntry *self);
void           bpg_diary_entry_set_created  (BpgDiaryEntry *self,
                                             gint64         created);
gint64         bpg_diary_entry_get_updated  (BpgDiaryEntry *self);
void           bpg_diary_entry_set_updated  (BpgDiaryEntry *self,
                                             gint64         updated);
int            bpg_diary_entry_get_back_pain (BpgDiaryEntry *self);
void           bpg_diary_entry_set_back_pain (BpgDiaryEntry *self,
                                              int            pain);
int            bpg_diary_entry_get_leg_pain (BpgDiaryEntry *self);
void           bpg_diary_entry_set_leg_pain (BpgDiaryEntry *self,
                                             int            pain);
guint          bpg_diary_entry_get_minutes  (BpgDiaryEntry *self,
                                             BpgActivity    activity);
void           bpg_diary_entry_set_minutes  (BpgDiaryEntry *self,
                                             BpgActivity    activity,
                                             guint          minutes);
guint          bpg_diary_entry_get_total_minutes (BpgDiaryEntry *self);
const char    *bpg_diary_entry_get_other_activity (BpgDiaryEntry *self);
void           bpg_diary_entry_set_other_activity (BpgDiaryEntry *self,
                                                   const char    *name);
guint          bpg_diary_entry_get_n_exercises (BpgDiaryEntry *self);
const BpgExerciseDone *bpg_diary_entry_get_exercise (BpgDiaryEntry *self,
                                                     guint          i);
const BpgExerciseDone *bpg_diary_entry_find_exercise (BpgDiaryEntry *self,
                                                      const char    *exercise);
void           bpg_diary_entry_set_exercise (BpgDiaryEntry *self,
                                             const char    *exercise,
                                             guint          sets,
                                             guint          reps);
void           bpg_diary_entry_append_exercise (BpgDiaryEntry *self,
                                                const char    *exercise,
                                                guint          sets,
                                                guint          reps);
double         bpg_diary_entry_get_sleep    (BpgDiaryEntry *self);
void           bpg_diary_entry_set_sleep    (BpgDiaryEntry *self,
                                             double         hours);
int            bpg_diary_entry_get_mood     (BpgDiaryEntry *self);
void           bpg_diary_entry_set_mood     (BpgDiaryEntry *self,
                                             int            mood);
BpgWork        bpg_diary_entry_get_work     (BpgDiaryEntry *self);
void           bpg_diary_entry_set_work     (BpgDiaryEntry *self,
                                             BpgWork        work);
gboolean       bpg_diary_entry_get_painkillers (BpgDiaryEntry *self);
void           bpg_diary_entry_set_painkillers (BpgDiaryEntry *self,
                                                gboolean       taken);
const char    *bpg_diary_entry_get_painkillers_note (BpgDiaryEntry *self);
void           bpg_diary_entry_set_painkillers_note (BpgDiaryEntry *self,
                                                     const char    *note);
const char    *bpg_diary_entry_get_notes    (BpgDiaryEntry *self);
void           bpg_diary_entry_set_notes    (BpgDiaryEntry *self,
                                             const char    *notes);

const char    *bpg_activity_to_string       (BpgActivity    activity);
gboolean       bpg_activity_from_string     (const char    *name,
                                             BpgActivity   *activity);
const char    *bpg_activity_get_label       (BpgActivity    activity);
const char    *bpg_work_to_string           (BpgWork        work);
gboolean       bpg_work_from_string         (const char    *name,
                                             BpgWork       *work);
const char    *bpg_work_get_label           (BpgWork        work);
const char    *bpg_mood_get_label           (int            mood);
gboolean       bpg_diary_is_valid_id        (const char    *id);

G_END_DECLS
