/* bpg-handout.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-handout"

#include "config.h"

#include <gdk-pixbuf/gdk-pixbuf.h>
#include <glib/gi18n-lib.h>

#include "bpg-date.h"
#include "bpg-handout.h"
#include "bpg-safety-net.h"

/* A handout a practitioner makes for the patient in front of them: advice
 * pages, exercises with how many sets and repetitions, a weekly activity
 * goal and a note. It is the patient's data, so it lives in memory only and
 * is never written to disk, except as the PDF the patient saves. */
struct _BpgHandout
{
  GObject     parent_instance;

  GHashTable *pages;      /* page id → itself, the pages chosen */
  GHashTable *exercises;  /* exercise id → Choice */
  guint       goal_minutes;
  char       *note;
};

typedef struct
{
  gboolean chosen;
  guint    sets;
  guint    reps;
} Choice;

G_DEFINE_FINAL_TYPE (BpgHandout, bpg_handout, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_GOAL_MINUTES,
  PROP_NOTE,
  PROP_EMPTY,
  PROP_HAS_CHOICE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* The exercise pictures on paper: their size in points, drawn at three
 * pixels a point. */
#define PICTURE_POINTS 110.0
#define PICTURE_PIXELS_PER_POINT 3

static gboolean
is_blank (const char *text)
{
  if (text == NULL)
    return TRUE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

static gboolean
any_exercise_chosen (BpgHandout *self)
{
  GHashTableIter iter;
  Choice *choice;

  g_hash_table_iter_init (&iter, self->exercises);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *)&choice))
    if (choice->chosen)
      return TRUE;

  return FALSE;
}

/* Every change goes through here: the summary properties are worked out
 * again, and notified only if they changed. */
static void
changed (BpgHandout *self,
         gboolean    was_empty,
         gboolean    had_choice)
{
  if (bpg_handout_get_empty (self) != was_empty)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EMPTY]);
  if (bpg_handout_get_has_choice (self) != had_choice)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_HAS_CHOICE]);

  g_signal_emit (self, signals[CHANGED], 0);
}

static Choice *
ensure_choice (BpgHandout *self,
               const char *exercise_id)
{
  Choice *choice = g_hash_table_lookup (self->exercises, exercise_id);

  if (choice == NULL)
    {
      choice = g_new0 (Choice, 1);
      g_hash_table_insert (self->exercises, g_strdup (exercise_id), choice);
    }

  return choice;
}

static char *
join_items (const char         *text,
            const char * const *items)
{
  g_autoptr(GString) str = g_string_new (text);

  for (guint i = 0; items != NULL && items[i] != NULL; i++)
    {
      if (str->len > 0)
        g_string_append_c (str, '\n');
      /* Translators: a point in a list on paper, such as "• Keep moving" */
      g_string_append_printf (str, _("• %s"), items[i]);
    }

  return g_string_free (g_steal_pointer (&str), FALSE);
}

static void
add_callout (BpgReport *report,
             BpgBlock  *block)
{
  const char *title = bpg_block_get_title (block);
  const char *text = bpg_block_get_text (block);
  g_autofree char *body = NULL;

  if (title == NULL)
    {
      title = text;
      text = NULL;
    }
  body = join_items (text, bpg_block_get_items (block));
  bpg_report_add_note (report, bpg_block_get_level (block), title != NULL ? title : "",
                       body[0] != '\0' ? body : NULL);
}

/* A block on paper as on screen. Links to other pages and to parts of the
 * app lead nowhere on paper, so they are left out; a web page keeps its
 * name, what it is about and its address. */
static void
add_block (BpgReport *report,
           BpgBlock  *block)
{
  switch (bpg_block_get_kind (block))
    {
    case BPG_BLOCK_HEADING:
      bpg_report_add_heading (report, bpg_block_get_text (block));
      break;

    case BPG_BLOCK_PARAGRAPH:
      bpg_report_add_paragraph (report, bpg_block_get_text (block));
      break;

    case BPG_BLOCK_LIST:
      bpg_report_add_list (report, bpg_block_get_items (block));
      break;

    case BPG_BLOCK_CALLOUT:
      add_callout (report, block);
      break;

    case BPG_BLOCK_EXTERNAL:
      {
        const char *about = bpg_block_get_title (block);
        g_autofree char *text = g_strdup_printf ("%s%s%s\n%s", bpg_block_get_text (block),
                                                 about != NULL ? ": " : "",
                                                 about != NULL ? about : "",
                                                 bpg_block_get_url (block));

        bpg_report_add_paragraph (report, text);
      }
      break;

    case BPG_BLOCK_LINK:
    case BPG_BLOCK_ACTION:
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
add_page (BpgReport *report,
          BpgPage   *page)
{
  GListModel *blocks = bpg_page_get_blocks (page);
  g_autofree char *sources = bpg_page_dup_sources_text (page);

  bpg_report_add_heading (report, bpg_page_get_title (page));
  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(BpgBlock) block = g_list_model_get_item (blocks, i);

      add_block (report, block);
    }
  bpg_report_add_paragraph (report, sources);
}

static void
add_pages (BpgHandout *self,
           BpgReport  *report,
           BpgContent *content)
{
  GListModel *pages = bpg_content_get_pages (content);
  gboolean any = FALSE;

  /* In the order the app shows them, whatever order they were chosen in. */
  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(BpgPage) page = g_list_model_get_item (pages, i);

      if (!bpg_handout_has_page (self, bpg_page_get_id (page)))
        continue;

      if (!any)
        bpg_report_add_heading (report, _("Advice for Me"));
      any = TRUE;
      add_page (report, page);
    }
}

static void
add_amount (BpgReport   *report,
            BpgExercise *exercise,
            const Choice *choice)
{
  g_autofree char *sets = NULL;
  g_autofree char *reps = NULL;

  if (choice->sets > 0)
    {
      sets = g_strdup_printf ("%u", choice->sets);
      bpg_report_add_key_value (report, _("Sets"), sets);
    }

  if (choice->reps > 0 && bpg_exercise_get_record (exercise) == BPG_EXERCISE_RECORD_MINUTES)
    {
      reps = g_strdup_printf (ngettext ("%u minute", "%u minutes", choice->reps), choice->reps);
      bpg_report_add_key_value (report, _("Minutes each time"), reps);
    }
  else if (choice->reps > 0)
    {
      reps = g_strdup_printf ("%u", choice->reps);
      bpg_report_add_key_value (report, _("Repetitions"), reps);
    }

  /* Without a number from the practitioner, the app's own advice on how much. */
  if (choice->reps == 0)
    bpg_report_add_key_value (report, _("How much"), bpg_exercise_get_amount (exercise));
}

static void
add_exercise (BpgReport    *report,
              BpgExercise  *exercise,
              const Choice *choice)
{
  const char * const *steps = bpg_exercise_get_steps (exercise);
  g_autoptr(GPtrArray) numbered = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *sources = bpg_exercise_dup_sources_text (exercise);
  cairo_surface_t *picture;

  bpg_report_add_heading (report, bpg_exercise_get_title (exercise));
  picture = bpg_handout_render_picture (exercise, PICTURE_POINTS * PICTURE_PIXELS_PER_POINT);
  if (picture != NULL)
    {
      bpg_report_add_image (report, picture, PICTURE_POINTS, PICTURE_POINTS,
                            bpg_exercise_get_alt (exercise));
      cairo_surface_destroy (picture);
    }

  add_amount (report, exercise, choice);

  for (guint i = 0; steps != NULL && steps[i] != NULL; i++)
    /* Translators: a numbered step, such as "1. Lie on your back" */
    g_ptr_array_add (numbered, g_strdup_printf (_("%u. %s"), i + 1, steps[i]));
  for (guint i = 0; i < numbered->len; i++)
    bpg_report_add_paragraph (report, g_ptr_array_index (numbered, i));

  if (bpg_exercise_get_feel (exercise) != NULL)
    bpg_report_add_paragraph (report, bpg_exercise_get_feel (exercise));
  bpg_report_add_paragraph (report, sources);
}

static void
add_exercises (BpgHandout      *self,
               BpgReport       *report,
               BpgExerciseList *exercises)
{
  GListModel *list = bpg_exercise_list_get_exercises (exercises);
  gboolean any = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(BpgExercise) exercise = g_list_model_get_item (list, i);
      Choice *choice = g_hash_table_lookup (self->exercises, bpg_exercise_get_id (exercise));

      if (choice == NULL || !choice->chosen)
        continue;

      if (!any)
        bpg_report_add_heading (report, _("My Exercises"));
      any = TRUE;
      add_exercise (report, exercise, choice);
    }
}

static void
add_goal (BpgHandout *self,
          BpgReport  *report)
{
  g_autofree char *text = NULL;

  if (self->goal_minutes == 0)
    return;

  /* Translators: a weekly activity goal on a handout */
  text = g_strdup_printf (ngettext ("%u minute of activity a week",
                                    "%u minutes of activity a week",
                                    self->goal_minutes),
                          self->goal_minutes);
  bpg_report_add_heading (report, _("Weekly Activity Goal"));
  bpg_report_add_paragraph (report, text);
}

static void
bpg_handout_finalize (GObject *object)
{
  BpgHandout *self = (BpgHandout *)object;

  g_clear_pointer (&self->pages, g_hash_table_unref);
  g_clear_pointer (&self->exercises, g_hash_table_unref);
  g_clear_pointer (&self->note, g_free);

  G_OBJECT_CLASS (bpg_handout_parent_class)->finalize (object);
}

static void
bpg_handout_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  BpgHandout *self = BPG_HANDOUT (object);

  switch (prop_id)
    {
    case PROP_GOAL_MINUTES:
      g_value_set_uint (value, self->goal_minutes);
      break;

    case PROP_NOTE:
      g_value_set_string (value, bpg_handout_get_note (self));
      break;

    case PROP_EMPTY:
      g_value_set_boolean (value, bpg_handout_get_empty (self));
      break;

    case PROP_HAS_CHOICE:
      g_value_set_boolean (value, bpg_handout_get_has_choice (self));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bpg_handout_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  BpgHandout *self = BPG_HANDOUT (object);

  switch (prop_id)
    {
    case PROP_GOAL_MINUTES:
      bpg_handout_set_goal_minutes (self, g_value_get_uint (value));
      break;

    case PROP_NOTE:
      bpg_handout_set_note (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bpg_handout_class_init (BpgHandoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = bpg_handout_finalize;
  object_class->get_property = bpg_handout_get_property;
  object_class->set_property = bpg_handout_set_property;

  properties[PROP_GOAL_MINUTES] =
    g_param_spec_uint ("goal-minutes", NULL, NULL,
                       0, BPG_HANDOUT_GOAL_MAX, 0, G_PARAM_READWRITE | flags);
  properties[PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, "", G_PARAM_READWRITE | flags);
  properties[PROP_EMPTY] =
    g_param_spec_boolean ("empty", NULL, NULL, TRUE, G_PARAM_READABLE | flags);
  properties[PROP_HAS_CHOICE] =
    g_param_spec_boolean ("has-choice", NULL, NULL, FALSE, G_PARAM_READABLE | flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BpgHandout::changed:
   *
   * Emitted after anything in the handout changed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
bpg_handout_init (BpgHandout *self)
{
  self->pages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->exercises = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/**
 * bpg_handout_new:
 *
 * Returns: (transfer full): an empty handout
 */
BpgHandout *
bpg_handout_new (void)
{
  return g_object_new (BPG_TYPE_HANDOUT, NULL);
}

gboolean
bpg_handout_has_page (BpgHandout *self,
                      const char *page_id)
{
  g_return_val_if_fail (BPG_IS_HANDOUT (self), FALSE);
  g_return_val_if_fail (page_id != NULL, FALSE);

  return g_hash_table_contains (self->pages, page_id);
}

/**
 * bpg_handout_set_page:
 * @page_id: an advice page's id
 * @chosen: whether the handout holds the page
 */
void
bpg_handout_set_page (BpgHandout *self,
                      const char *page_id,
                      gboolean    chosen)
{
  gboolean was_empty, had_choice;

  g_return_if_fail (BPG_IS_HANDOUT (self));
  g_return_if_fail (page_id != NULL);

  if (bpg_handout_has_page (self, page_id) == !!chosen)
    return;

  was_empty = bpg_handout_get_empty (self);
  had_choice = bpg_handout_get_has_choice (self);
  if (chosen)
    g_hash_table_add (self->pages, g_strdup (page_id));
  else
    g_hash_table_remove (self->pages, page_id);
  changed (self, was_empty, had_choice);
}

gboolean
bpg_handout_has_exercise (BpgHandout *self,
                          const char *exercise_id)
{
  Choice *choice;

  g_return_val_if_fail (BPG_IS_HANDOUT (self), FALSE);
  g_return_val_if_fail (exercise_id != NULL, FALSE);

  choice = g_hash_table_lookup (self->exercises, exercise_id);
  return choice != NULL && choice->chosen;
}

/**
 * bpg_handout_set_exercise:
 * @exercise_id: an exercise's id
 * @chosen: whether the handout holds the exercise; its sets and
 *   repetitions are kept when it is left out
 */
void
bpg_handout_set_exercise (BpgHandout *self,
                          const char *exercise_id,
                          gboolean    chosen)
{
  gboolean was_empty, had_choice;

  g_return_if_fail (BPG_IS_HANDOUT (self));
  g_return_if_fail (exercise_id != NULL);

  if (bpg_handout_has_exercise (self, exercise_id) == !!chosen)
    return;

  was_empty = bpg_handout_get_empty (self);
  had_choice = bpg_handout_get_has_choice (self);
  ensure_choice (self, exercise_id)->chosen = !!chosen;
  changed (self, was_empty, had_choice);
}

/**
 * bpg_handout_get_sets:
 *
 * Returns: how many sets of the exercise to do, or 0 if not said
 */
guint
bpg_handout_get_sets (BpgHandout *self,
                      const char *exercise_id)
{
  Choice *choice;

  g_return_val_if_fail (BPG_IS_HANDOUT (self), 0);
  g_return_val_if_fail (exercise_id != NULL, 0);

  choice = g_hash_table_lookup (self->exercises, exercise_id);
  return choice != NULL ? choice->sets : 0;
}

/**
 * bpg_handout_set_sets:
 * @sets: how many sets, at most %BPG_HANDOUT_SETS_MAX; 0 for not said
 */
void
bpg_handout_set_sets (BpgHandout *self,
                      const char *exercise_id,
                      guint       sets)
{
  gboolean was_empty, had_choice;
  Choice *choice;

  g_return_if_fail (BPG_IS_HANDOUT (self));
  g_return_if_fail (exercise_id != NULL);

  sets = MIN (sets, BPG_HANDOUT_SETS_MAX);
  if (bpg_handout_get_sets (self, exercise_id) == sets)
    return;

  was_empty = bpg_handout_get_empty (self);
  had_choice = bpg_handout_get_has_choice (self);
  choice = ensure_choice (self, exercise_id);
  choice->sets = sets;
  changed (self, was_empty, had_choice);
}

/**
 * bpg_handout_get_reps:
 *
 * Returns: how many repetitions (minutes, for an exercise recorded in
 *   minutes) in a set, or 0 if not said
 */
guint
bpg_handout_get_reps (BpgHandout *self,
                      const char *exercise_id)
{
  Choice *choice;

  g_return_val_if_fail (BPG_IS_HANDOUT (self), 0);
  g_return_val_if_fail (exercise_id != NULL, 0);

  choice = g_hash_table_lookup (self->exercises, exercise_id);
  return choice != NULL ? choice->reps : 0;
}

/**
 * bpg_handout_set_reps:
 * @reps: how many repetitions or minutes, at most %BPG_HANDOUT_REPS_MAX;
 *   0 for not said
 */
void
bpg_handout_set_reps (BpgHandout *self,
                      const char *exercise_id,
                      guint       reps)
{
  gboolean was_empty, had_choice;
  Choice *choice;

  g_return_if_fail (BPG_IS_HANDOUT (self));
  g_return_if_fail (exercise_id != NULL);

  reps = MIN (reps, BPG_HANDOUT_REPS_MAX);
  if (bpg_handout_get_reps (self, exercise_id) == reps)
    return;

  was_empty = bpg_handout_get_empty (self);
  had_choice = bpg_handout_get_has_choice (self);
  choice = ensure_choice (self, exercise_id);
  choice->reps = reps;
  changed (self, was_empty, had_choice);
}

/**
 * bpg_handout_get_goal_minutes:
 *
 * Returns: the minutes of activity a week to aim for, or 0 for no goal
 */
guint
bpg_handout_get_goal_minutes (BpgHandout *self)
{
  g_return_val_if_fail (BPG_IS_HANDOUT (self), 0);

  return self->goal_minutes;
}

void
bpg_handout_set_goal_minutes (BpgHandout *self,
                              guint       minutes)
{
  gboolean was_empty, had_choice;

  g_return_if_fail (BPG_IS_HANDOUT (self));

  minutes = MIN (minutes, BPG_HANDOUT_GOAL_MAX);
  if (self->goal_minutes == minutes)
    return;

  was_empty = bpg_handout_get_empty (self);
  had_choice = bpg_handout_get_has_choice (self);
  self->goal_minutes = minutes;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_GOAL_MINUTES]);
  changed (self, was_empty, had_choice);
}

/**
 * bpg_handout_get_note:
 *
 * Returns: (not nullable): the personal note, or ""
 */
const char *
bpg_handout_get_note (BpgHandout *self)
{
  g_return_val_if_fail (BPG_IS_HANDOUT (self), NULL);

  return self->note != NULL ? self->note : "";
}

/**
 * bpg_handout_set_note:
 * @note: (nullable): a personal note for the patient, as plain text
 */
void
bpg_handout_set_note (BpgHandout *self,
                      const char *note)
{
  gboolean was_empty, had_choice;

  g_return_if_fail (BPG_IS_HANDOUT (self));

  if (g_strcmp0 (bpg_handout_get_note (self), note != NULL ? note : "") == 0)
    return;

  was_empty = bpg_handout_get_empty (self);
  had_choice = bpg_handout_get_has_choice (self);
  g_free (self->note);
  self->note = g_strdup (note);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NOTE]);
  changed (self, was_empty, had_choice);
}

/**
 * bpg_handout_get_empty:
 *
 * Returns: %TRUE if nothing at all has been chosen or written
 */
gboolean
bpg_handout_get_empty (BpgHandout *self)
{
  g_return_val_if_fail (BPG_IS_HANDOUT (self), TRUE);

  return g_hash_table_size (self->pages) == 0 && g_hash_table_size (self->exercises) == 0 &&
         self->goal_minutes == 0 && (self->note == NULL || self->note[0] == '\0');
}

/**
 * bpg_handout_get_has_choice:
 *
 * Returns: %TRUE if at least one page or exercise is chosen, so there is
 *   something to print
 */
gboolean
bpg_handout_get_has_choice (BpgHandout *self)
{
  g_return_val_if_fail (BPG_IS_HANDOUT (self), FALSE);

  return g_hash_table_size (self->pages) > 0 || any_exercise_chosen (self);
}

/**
 * bpg_handout_clear:
 *
 * Forgets every page, exercise, number and word in the handout.
 */
void
bpg_handout_clear (BpgHandout *self)
{
  gboolean was_empty, had_choice;

  g_return_if_fail (BPG_IS_HANDOUT (self));

  was_empty = bpg_handout_get_empty (self);
  had_choice = bpg_handout_get_has_choice (self);
  g_object_freeze_notify (G_OBJECT (self));
  g_hash_table_remove_all (self->pages);
  g_hash_table_remove_all (self->exercises);
  bpg_handout_set_goal_minutes (self, 0);
  bpg_handout_set_note (self, NULL);
  changed (self, was_empty, had_choice);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * bpg_handout_create_report:
 * @content: the advice, in the language the patient chose
 * @exercises: the exercises, in that language too
 * @date_time: (nullable): the day the handout is for, or %NULL for now
 *
 * Lays out the handout to print or save: the date, the practitioner's
 * note, the exercises with their pictures and numbers, the weekly goal, the
 * advice pages in the words the app shows, each with the leaflets it comes
 * from, and the warning signs with 999, A&E and 111 at the end.
 *
 * Returns: (transfer full): the handout as a report
 */
BpgReport *
bpg_handout_create_report (BpgHandout      *self,
                           BpgContent      *content,
                           BpgExerciseList *exercises,
                           GDateTime       *date_time)
{
  g_autoptr(GDateTime) now = date_time != NULL ? g_date_time_ref (date_time)
                                               : g_date_time_new_now_local ();
  g_autoptr(GDate) day = g_date_new_dmy (g_date_time_get_day_of_month (now),
                                         g_date_time_get_month (now),
                                         g_date_time_get_year (now));
  g_autofree char *date = bpg_date_format_date (g_date_get_julian (day));
  BpgReport *report;

  g_return_val_if_fail (BPG_IS_HANDOUT (self), NULL);
  g_return_val_if_fail (content == NULL || BPG_IS_CONTENT (content), NULL);
  g_return_val_if_fail (exercises == NULL || BPG_IS_EXERCISE_LIST (exercises), NULL);

  report = bpg_report_new (_("My Back Pain Plan"));
  bpg_report_set_date_time (report, now);
  bpg_report_add_key_value (report, _("Date"), date);

  if (!is_blank (self->note))
    {
      bpg_report_add_heading (report, _("A Note for Me"));
      bpg_report_add_paragraph (report, self->note);
    }

  if (exercises != NULL)
    add_exercises (self, report, exercises);
  add_goal (self, report);
  if (content != NULL)
    add_pages (self, report, content);

  bpg_report_add_heading (report, _("When to Get Help"));
  bpg_safety_net_add_to_report (report);

  return report;
}

/* A straight alpha picture made opaque on white paper, in cairo's
 * premultiplied pixel order. */
static cairo_surface_t *
surface_from_pixbuf (GdkPixbuf *pixbuf)
{
  int width = gdk_pixbuf_get_width (pixbuf);
  int height = gdk_pixbuf_get_height (pixbuf);
  int channels = gdk_pixbuf_get_n_channels (pixbuf);
  int in_stride = gdk_pixbuf_get_rowstride (pixbuf);
  const guchar *in = gdk_pixbuf_read_pixels (pixbuf);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  int out_stride = cairo_image_surface_get_stride (surface);
  guchar *out;

  cairo_surface_flush (surface);
  out = cairo_image_surface_get_data (surface);
  for (int y = 0; y < height; y++)
    for (int x = 0; x < width; x++)
      {
        const guchar *p = in + y * in_stride + x * channels;
        guint alpha = channels == 4 ? p[3] : 255;
        guint32 pixel = 0;

        /* Over white: colour × alpha + 255 × (1 − alpha). */
        for (int c = 0; c < 3; c++)
          pixel = (pixel << 8) | ((p[c] * alpha + 255 * (255 - alpha) + 127) / 255);
        ((guint32 *)(void *)(out + y * out_stride))[x] = pixel;
      }
  cairo_surface_mark_dirty (surface);

  return surface;
}

/**
 * bpg_handout_render_picture:
 * @exercise: an exercise
 * @size: the picture's width and height, in pixels
 *
 * Draws the exercise's picture from the app's resources, black on white,
 * for paper.
 *
 * Returns: (transfer full) (nullable): the picture, or %NULL if it could
 *   not be drawn
 */
cairo_surface_t *
bpg_handout_render_picture (BpgExercise *exercise,
                            int          size)
{
  g_autofree char *path = NULL;
  g_autoptr(GdkPixbuf) pixbuf = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (BPG_IS_EXERCISE (exercise), NULL);
  g_return_val_if_fail (size > 0, NULL);

  if (bpg_exercise_get_icon_name (exercise) == NULL)
    return NULL;

  path = g_strdup_printf (RESOURCE_BASE "/icons/scalable/actions/%s.svg",
                          bpg_exercise_get_icon_name (exercise));
  pixbuf = gdk_pixbuf_new_from_resource_at_scale (path, size, size, TRUE, &error);
  if (pixbuf == NULL)
    {
      g_debug ("No picture for %s: %s", bpg_exercise_get_id (exercise), error->message);
      return NULL;
    }

  return surface_from_pixbuf (pixbuf);
}
