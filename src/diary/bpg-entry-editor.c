/* bpg-entry-editor.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-entry-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "bpg-choice-item.h"
#include "bpg-date.h"
#include "bpg-diary-summary.h"
#include "bpg-confirm-dialog.h"
#include "bpg-entry-editor.h"
#include "bpg-layout-tune.h"

/* Adds or changes one diary entry. It never changes the diary itself: it
 * hands a new entry to whoever opened it (::save), who puts it in the diary.
 * Closing with changes asks first, so typed notes are not lost by a stray
 * Escape. */
struct _BpgEntryEditor
{
  AdwWindow        parent_instance;

  BpgDiaryEntry   *entry;        /* the entry being edited, or a new one */
  gboolean         is_new;
  BpgExerciseList *exercises;
  BpgDiaryModel   *diary;        /* to find a day's entry; not changed here */
  GtkSpinButton   *minutes[BPG_N_ACTIVITIES];
  GPtrArray       *exercise_rows; /* of AdwExpanderRow, named by exercise id */
  gboolean         filling;
  gboolean         done;
  GtkWindow       *ask_dialog;    /* "Save this entry?", while it is open */

  /* Template widgets */
  AdwWindowTitle  *window_title;
  GtkWidget       *save_button;
  GtkLabel        *problem_label;
  GtkLabel        *note_label;
  GtkMenuButton   *date_button;
  GtkWidget       *day_before_button;
  GtkWidget       *day_after_button;
  AdwActionRow    *date_row;
  GtkCalendar     *calendar;
  AdwComboRow     *back_row;
  AdwComboRow     *leg_row;
  AdwPreferencesGroup *activities_group;
  AdwPreferencesGroup *exercises_group;
  AdwEntryRow     *other_row;
  AdwEntryRow     *sleep_row;
  AdwComboRow     *mood_row;
  AdwComboRow     *work_row;
  GtkSwitch       *painkillers_switch;
  AdwEntryRow     *painkillers_row;
  GtkTextView     *notes_view;
  GtkLabel        *notes_count;
  GtkWidget       *delete_button;
};

G_DEFINE_FINAL_TYPE (BpgEntryEditor, bpg_entry_editor, ADW_TYPE_WINDOW)

enum {
  SAVE,
  DELETE,
  URGENT_HELP,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static BpgDiaryEntry *collect_entry (BpgEntryEditor *self,
                                     gboolean        lenient);
static void           fill_fields   (BpgEntryEditor *self);

static void
get_calendar_date (BpgEntryEditor *self,
                   GDate          *date)
{
  g_autoptr(GDateTime) chosen = gtk_calendar_get_date (self->calendar);

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (chosen),
                  g_date_time_get_month (chosen), g_date_time_get_year (chosen));
}

static void
set_calendar_date (BpgEntryEditor *self,
                   guint32         julian)
{
  g_autoptr(GDateTime) when = NULL;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  when = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                g_date_get_day (&date), 12, 0, 0);
  gtk_calendar_select_day (self->calendar, when);
}

static void
update_date_label (BpgEntryEditor *self)
{
  g_autofree char *text = NULL;
  GDate date;

  get_calendar_date (self, &date);
  if (g_date_get_julian (&date) == bpg_diary_today ())
    /* Translators: the date of an entry that is about today */
    text = g_strdup (_("Today"));
  else
    text = bpg_date_format_day (g_date_get_julian (&date));

  adw_action_row_set_subtitle (self->date_row, text);
  /* no entry for a day to come */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.day-after",
                                 g_date_get_julian (&date) < bpg_diary_today ());
  /* Read with the buttons that move it (their tooltips would repeat
   * their names) */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->day_before_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->day_after_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->date_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("Date of the entry"),
                                  -1);

  /* The minutes are those of the entry's day, which may not be today */
  if (g_date_get_julian (&date) == bpg_diary_today ())
    adw_preferences_group_set_description (self->activities_group,
                                           _("Minutes of each activity today."));
  else
    {
      g_autofree char *description = NULL;

      /* Translators: %s is a date, such as "Friday 21 November 2026" */
      description = g_strdup_printf (_("Minutes of each activity on %s."), text);
      adw_preferences_group_set_description (self->activities_group, description);
    }
}

/* Accepts "7", "7.5" and "7,5". Returns FALSE if @text is not a number of
 * hours from 0 to 24; an empty text is "not recorded". */
static gboolean
parse_hours (const char *text,
             double     *hours)
{
  g_autofree char *copy = g_strstrip (g_strdelimit (g_strdup (text), ",", '.'));
  char *end = NULL;

  *hours = BPG_DIARY_SLEEP_UNSET;
  if (*copy == '\0')
    return TRUE;

  *hours = g_ascii_strtod (copy, &end);
  return end != copy && *end == '\0' && isfinite (*hours) && *hours >= 0 && *hours <= 24;
}

static char *
format_hours (double hours)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  if (hours < 0)
    return g_strdup ("");

  return g_strdup (g_ascii_formatd (text, sizeof text, "%g", hours));
}

static AdwExpanderRow *
find_exercise_row (BpgEntryEditor *self,
                   const char     *id)
{
  for (guint i = 0; i < self->exercise_rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->exercise_rows, i);

      if (g_strcmp0 (gtk_widget_get_name (row), id) == 0)
        return ADW_EXPANDER_ROW (row);
    }

  return NULL;
}

static GtkSpinButton *
exercise_spin (AdwExpanderRow *row,
               const char     *which)
{
  return g_object_get_data (G_OBJECT (row), which);
}

static void
update_exercise_subtitle (AdwExpanderRow *row)
{
  guint sets = gtk_spin_button_get_value_as_int (exercise_spin (row, "sets"));
  guint reps = gtk_spin_button_get_value_as_int (exercise_spin (row, "reps"));
  g_autofree char *text = NULL;

  if (sets > 0 && reps > 0)
    /* Translators: how much of an exercise was done */
    text = g_strdup_printf (_("%u sets of %u"), sets, reps);
  else if (sets > 0)
    text = g_strdup_printf (ngettext ("%u set", "%u sets", sets), sets);
  else if (reps > 0)
    text = g_strdup_printf (ngettext ("%u rep", "%u reps", reps), reps);
  else
    text = g_strdup (_("Not done"));

  adw_expander_row_set_subtitle (row, text);
}

/* The entry the chosen day has already, if it is not this one: a day has
 * one entry, and the diary says which (bpg_diary_model_lookup_clash()). */
static BpgDiaryEntry *
lookup_clash (BpgEntryEditor *self)
{
  g_autoptr(BpgDiaryEntry) moved = NULL;
  GDate date;

  if (self->diary == NULL)
    return NULL;

  get_calendar_date (self, &date);
  moved = bpg_diary_entry_copy (self->entry);
  bpg_diary_entry_set_date (moved, &date);
  return bpg_diary_model_lookup_clash (self->diary, moved);
}

static gboolean
check_fields (BpgEntryEditor  *self,
              GError         **error)
{
  double hours;
  GDate date;

  get_calendar_date (self, &date);
  if (g_date_get_julian (&date) > bpg_diary_today ())
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("The date is in the future. Choose today or an earlier day."));
      return FALSE;
    }

  if (lookup_clash (self) != NULL)
    {
      g_autofree char *day = bpg_date_format_day (g_date_get_julian (&date));

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                   /* Translators: %s is a date, such as "Friday 21 November 2026" */
                   _("You already have an entry for %s. Choose another day, or close "
                     "this and change that entry."), day);
      return FALSE;
    }

  if (!parse_hours (gtk_editable_get_text (GTK_EDITABLE (self->sleep_row)), &hours))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("Hours slept must be a number from 0 to 24, such as 7.5."));
      return FALSE;
    }

  return TRUE;
}

static void
show_problem (BpgEntryEditor *self,
              const char     *problem)
{
  gtk_label_set_text (self->problem_label, problem != NULL ? problem : "");
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), problem != NULL);
}

/* A line stops at BPG_DIARY_LINE_MAX characters as it is typed; a longer
 * one kept by an earlier version is shown whole, never cut. */
static void
limit_line (AdwEntryRow *row,
            const char  *current)
{
  GtkEditable *text = gtk_editable_get_delegate (GTK_EDITABLE (row));
  glong length = current != NULL ? g_utf8_strlen (current, -1) : 0;

  gtk_text_set_max_length (GTK_TEXT (text), MAX (BPG_DIARY_LINE_MAX, length));
}

/* Notes stop at BPG_DIARY_NOTES_MAX characters as they are typed or
 * pasted, so what is saved is what the patient sees: the part of an
 * insertion past the limit is taken out again. A longer note kept by an
 * earlier version is shown whole and never cut; it just cannot grow. */
static void
notes_inserted_cb (GtkTextBuffer  *buffer,
                   GtkTextIter    *location,
                   const char     *text,
                   int             length,
                   BpgEntryEditor *self)
{
  int excess = gtk_text_buffer_get_char_count (buffer) - BPG_DIARY_NOTES_MAX;
  GtkTextIter start = *location;

  if (self->filling || excess <= 0)
    return;

  excess = MIN (excess, (int) g_utf8_strlen (text, length));

  gtk_text_iter_backward_chars (&start, excess);
  gtk_text_buffer_delete (buffer, &start, location);
  gtk_widget_error_bell (GTK_WIDGET (self->notes_view));
}

static void
notes_changed_cb (GtkTextBuffer  *buffer,
                  BpgEntryEditor *self)
{
  g_autofree char *text = NULL;

  /* Translators: the numbers of characters typed and allowed, such as
   * "1,000 of 2,000 characters" */
  text = g_strdup_printf (_("%'d of %'d characters"),
                          gtk_text_buffer_get_char_count (buffer), BPG_DIARY_NOTES_MAX);
  gtk_label_set_text (self->notes_count, text);
}

static void
changed_cb (BpgEntryEditor *self)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (self->filling || self->done)
    return;

  ok = check_fields (self, &error);
  show_problem (self, ok ? NULL : error->message);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.save", ok);

  if (ok)
    gtk_widget_remove_css_class (GTK_WIDGET (self->sleep_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->sleep_row), "error");
}

static void
exercise_changed_cb (GtkSpinButton  *spin,
                     AdwExpanderRow *row)
{
  update_exercise_subtitle (row);
}

static void
update_title (BpgEntryEditor *self)
{
  const char *title = self->is_new ? _("New Diary Entry") : _("Change Diary Entry");

  adw_window_title_set_title (self->window_title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_widget_set_visible (self->delete_button, !self->is_new);
}

/* A new entry moved, before anything is written in it, to a day that has
 * an entry: that entry is opened here to change, as Add Today's Entry
 * does, rather than a second one begun. With something written, nothing
 * is thrown away: check_fields() says the day is taken. */
static gboolean
open_day_entry (BpgEntryEditor *self)
{
  BpgDiaryEntry *other = lookup_clash (self);
  g_autoptr(BpgDiaryEntry) draft = NULL;
  g_autofree char *day = NULL;
  g_autofree char *note = NULL;

  if (other == NULL || !self->is_new)
    return FALSE;
  draft = collect_entry (self, TRUE);
  if (!bpg_diary_entry_is_empty (draft))
    return FALSE;

  g_set_object (&self->entry, other);
  self->is_new = FALSE;
  fill_fields (self);
  update_title (self);

  day = bpg_date_format_day (bpg_diary_entry_get_julian (other));
  /* Translators: %s is a date, such as "Friday 21 November 2026" */
  note = g_strdup_printf (_("You already have an entry for %s. Change it here rather than "
                            "adding another."), day);
  bpg_entry_editor_set_note (self, note);
  return TRUE;
}

static void
day_selected_cb (BpgEntryEditor *self)
{
  if (!self->filling && !self->done)
    open_day_entry (self);
  update_date_label (self);
  changed_cb (self);
  /* a day is chosen: the picker has done its job */
  gtk_menu_button_popdown (self->date_button);
}

static GtkSpinButton *
add_spin_row (AdwPreferencesGroup *group,
              GtkWidget           *parent_row,
              const char          *title,
              const char          *accessible_name,
              guint                max,
              guint                step)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, max, step);

  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name,
                                  -1);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  /* Tab goes straight to the number, for a quick entry. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focusable (row, FALSE);

  if (parent_row != NULL)
    adw_expander_row_add_row (ADW_EXPANDER_ROW (parent_row), row);
  else
    adw_preferences_group_add (group, row);

  return GTK_SPIN_BUTTON (spin);
}

static void
build_activity_rows (BpgEntryEditor *self)
{
  for (guint i = 0; i < BPG_N_ACTIVITIES; i++)
    {
      /* Translators: the accessible name of a number field, such as "Walking, in minutes" */
      g_autofree char *name = g_strdup_printf (_("%s, in minutes"), bpg_activity_get_label (i));
      g_autofree char *widget_name = g_strconcat ("minutes-", bpg_activity_to_string (i), NULL);

      self->minutes[i] = add_spin_row (self->activities_group, NULL, bpg_activity_get_label (i),
                                       name, BPG_DIARY_MINUTES_MAX, 5);
      gtk_widget_set_name (GTK_WIDGET (self->minutes[i]), widget_name);
      g_signal_connect_object (self->minutes[i], "value-changed",
                               G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
    }

  self->other_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  limit_line (self->other_row, NULL);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->other_row),
                                 _("What the other activity was"));
  adw_preferences_group_add (self->activities_group, GTK_WIDGET (self->other_row));
  g_signal_connect_object (self->other_row, "changed", G_CALLBACK (changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
build_exercise_rows (BpgEntryEditor *self)
{
  GListModel *exercises = self->exercises != NULL ? bpg_exercise_list_get_exercises (self->exercises)
                                                  : NULL;
  guint n = exercises != NULL ? g_list_model_get_n_items (exercises) : 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BpgExercise) exercise = g_list_model_get_item (exercises, i);
      const char *title = bpg_exercise_get_title (exercise);
      g_autofree char *sets_name = NULL;
      g_autofree char *reps_name = NULL;
      GtkWidget *row;
      GtkSpinButton *sets, *reps;

      /* Walking is logged under activities, in minutes. */
      if (bpg_exercise_get_record (exercise) != BPG_EXERCISE_RECORD_REPS)
        continue;

      row = adw_expander_row_new ();
      gtk_widget_set_name (row, bpg_exercise_get_id (exercise));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      /* libadwaita 1.2 names only the row's header, not the row around it */
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
      adw_preferences_group_add (self->exercises_group, row);

      /* Translators: the accessible name of a number field, such as "Bridge: sets" */
      sets_name = g_strdup_printf (_("%s: sets"), title);
      /* Translators: the accessible name of a number field, such as "Bridge: reps in each set" */
      reps_name = g_strdup_printf (_("%s: reps in each set"), title);
      sets = add_spin_row (NULL, row, _("Sets"), sets_name, BPG_DIARY_COUNT_MAX, 1);
      reps = add_spin_row (NULL, row, _("Reps in each set"), reps_name, BPG_DIARY_COUNT_MAX, 1);
      g_object_set_data (G_OBJECT (row), "sets", sets);
      g_object_set_data (G_OBJECT (row), "reps", reps);
      g_signal_connect_object (sets, "value-changed", G_CALLBACK (exercise_changed_cb), row, 0);
      g_signal_connect_object (reps, "value-changed", G_CALLBACK (exercise_changed_cb), row, 0);
      update_exercise_subtitle (ADW_EXPANDER_ROW (row));
      g_ptr_array_add (self->exercise_rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->exercises_group), self->exercise_rows->len > 0);
}

static void
fill_fields (BpgEntryEditor *self)
{
  BpgDiaryEntry *entry = self->entry;
  GtkTextBuffer *notes = gtk_text_view_get_buffer (self->notes_view);
  g_autofree char *hours = format_hours (bpg_diary_entry_get_sleep (entry));
  const char *text;

  self->filling = TRUE;

  set_calendar_date (self, bpg_diary_entry_get_julian (entry));
  update_date_label (self);
  adw_combo_row_set_selected (self->back_row, bpg_diary_entry_get_back_pain (entry) + 1);
  adw_combo_row_set_selected (self->leg_row, bpg_diary_entry_get_leg_pain (entry) + 1);
  for (guint i = 0; i < BPG_N_ACTIVITIES; i++)
    gtk_spin_button_set_value (self->minutes[i], bpg_diary_entry_get_minutes (entry, i));
  text = bpg_diary_entry_get_other_activity (entry);
  limit_line (self->other_row, text);
  gtk_editable_set_text (GTK_EDITABLE (self->other_row), text != NULL ? text : "");

  for (guint i = 0; i < self->exercise_rows->len; i++)
    {
      AdwExpanderRow *row = g_ptr_array_index (self->exercise_rows, i);
      const BpgExerciseDone *done =
        bpg_diary_entry_find_exercise (entry, gtk_widget_get_name (GTK_WIDGET (row)));

      gtk_spin_button_set_value (exercise_spin (row, "sets"), done != NULL ? done->sets : 0);
      gtk_spin_button_set_value (exercise_spin (row, "reps"), done != NULL ? done->reps : 0);
    }

  gtk_editable_set_text (GTK_EDITABLE (self->sleep_row), hours);
  adw_combo_row_set_selected (self->mood_row, bpg_diary_entry_get_mood (entry));
  adw_combo_row_set_selected (self->work_row, bpg_diary_entry_get_work (entry));
  gtk_switch_set_active (self->painkillers_switch, bpg_diary_entry_get_painkillers (entry));
  text = bpg_diary_entry_get_painkillers_note (entry);
  limit_line (self->painkillers_row, text);
  gtk_editable_set_text (GTK_EDITABLE (self->painkillers_row), text != NULL ? text : "");
  text = bpg_diary_entry_get_notes (entry);
  gtk_text_buffer_set_text (notes, text != NULL ? text : "", -1);

  self->filling = FALSE;
}

static char *
dup_notes (BpgEntryEditor *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* What the fields say, as an entry; with @lenient, a field that does not
 * make sense is left out rather than refused. */
static BpgDiaryEntry *
collect_entry (BpgEntryEditor *self,
               gboolean        lenient)
{
  g_autoptr(BpgDiaryEntry) entry = bpg_diary_entry_copy (self->entry);
  g_autofree char *notes = dup_notes (self);
  guint back = adw_combo_row_get_selected (self->back_row);
  guint leg = adw_combo_row_get_selected (self->leg_row);
  double hours;
  GDate date;

  /* A number typed but not yet confirmed with Enter or Tab counts. */
  for (guint i = 0; i < BPG_N_ACTIVITIES; i++)
    gtk_spin_button_update (self->minutes[i]);
  for (guint i = 0; i < self->exercise_rows->len; i++)
    {
      gtk_spin_button_update (exercise_spin (g_ptr_array_index (self->exercise_rows, i), "sets"));
      gtk_spin_button_update (exercise_spin (g_ptr_array_index (self->exercise_rows, i), "reps"));
    }

  get_calendar_date (self, &date);
  if (g_date_get_julian (&date) > bpg_diary_today () && lenient)
    g_date_set_julian (&date, bpg_diary_today ());
  bpg_diary_entry_set_date (entry, &date);

  bpg_diary_entry_set_back_pain (entry, back == GTK_INVALID_LIST_POSITION ? -1 : (int)back - 1);
  bpg_diary_entry_set_leg_pain (entry, leg == GTK_INVALID_LIST_POSITION ? -1 : (int)leg - 1);
  for (guint i = 0; i < BPG_N_ACTIVITIES; i++)
    bpg_diary_entry_set_minutes (entry, i, gtk_spin_button_get_value_as_int (self->minutes[i]));
  bpg_diary_entry_set_other_activity (entry, gtk_editable_get_text (GTK_EDITABLE (self->other_row)));

  for (guint i = 0; i < self->exercise_rows->len; i++)
    {
      AdwExpanderRow *row = g_ptr_array_index (self->exercise_rows, i);

      bpg_diary_entry_set_exercise (entry, gtk_widget_get_name (GTK_WIDGET (row)),
                                    gtk_spin_button_get_value_as_int (exercise_spin (row, "sets")),
                                    gtk_spin_button_get_value_as_int (exercise_spin (row, "reps")));
    }

  if (parse_hours (gtk_editable_get_text (GTK_EDITABLE (self->sleep_row)), &hours))
    bpg_diary_entry_set_sleep (entry, hours);
  else
    bpg_diary_entry_set_sleep (entry, BPG_DIARY_SLEEP_UNSET);
  bpg_diary_entry_set_mood (entry, MIN (adw_combo_row_get_selected (self->mood_row), BPG_DIARY_MOOD_MAX));
  bpg_diary_entry_set_work (entry, MIN (adw_combo_row_get_selected (self->work_row), BPG_WORK_OFF));
  bpg_diary_entry_set_painkillers (entry, gtk_switch_get_active (self->painkillers_switch));
  bpg_diary_entry_set_painkillers_note (entry, gtk_editable_get_text (GTK_EDITABLE (self->painkillers_row)));
  bpg_diary_entry_set_notes (entry, notes);

  return g_steal_pointer (&entry);
}

static gboolean
has_changes (BpgEntryEditor *self)
{
  g_autoptr(BpgDiaryEntry) now = collect_entry (self, TRUE);

  return !bpg_diary_entry_equal (now, self->entry);
}

static gboolean
destroy_cb (gpointer data)
{
  BpgEntryEditor *self = data;

  if (self->ask_dialog != NULL)
    gtk_window_destroy (self->ask_dialog);
  gtk_window_destroy (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

static void
finish (BpgEntryEditor *self)
{
  self->done = TRUE;

  /* Answered from the "Save this entry?" question: the question closes
   * itself once its response is handled, and it must go before the editor
   * it belongs to: destroyed here, inside its own response, it was left
   * pointing at the freed editor, and the app crashed. */
  if (self->ask_dialog != NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, destroy_cb, g_object_ref (self), g_object_unref);
      return;
    }

  gtk_window_destroy (GTK_WINDOW (self));
}

static void
discard_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     BpgEntryEditor   *self)
{
  /* The question closes itself once answered. Destroyed from inside its own
   * answer, here or with the editor it belongs to, it would leave libadwaita
   * a freed window. */
  g_clear_weak_pointer (&self->ask_dialog);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), FALSE);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), NULL);

  if (g_strcmp0 (response, "save") == 0)
    bpg_entry_editor_save (self);
  else if (g_strcmp0 (response, "discard") == 0)
    finish (self);
}

static void
ask_before_closing (BpgEntryEditor *self)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save This Entry?"),
                                   _("You have made changes. If you close without saving, "
                                     "they will be lost."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Keep Editing"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (discard_response_cb), self, 0);
  self->ask_dialog = GTK_WINDOW (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *)&self->ask_dialog);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
delete_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    BpgEntryEditor   *self)
{
  if (g_strcmp0 (response, "delete") != 0)
    return;

  g_signal_emit (self, signals[DELETE], 0, bpg_diary_entry_get_id (self->entry));
  finish (self);
}

static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  bpg_entry_editor_save (BPG_ENTRY_EDITOR (widget));
}

static void
delete_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BpgEntryEditor *self = BPG_ENTRY_EDITOR (widget);
  GtkWidget *dialog;

  dialog = bpg_confirm_delete_dialog_new (GTK_WINDOW (self), _("Delete This Entry?"),
                                          _("The entry will be deleted from your diary. "
                                            "This cannot be undone."),
                                          _("_Delete"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The day before or after the one chosen, as if chosen in the calendar. */
static void
move_day_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BpgEntryEditor *self = BPG_ENTRY_EDITOR (widget);
  GDate date;

  get_calendar_date (self, &date);
  if (g_str_equal (action_name, "editor.day-before"))
    {
      if (g_date_get_julian (&date) > 1)
        set_calendar_date (self, g_date_get_julian (&date) - 1);
    }
  else if (g_date_get_julian (&date) < bpg_diary_today ())
    {
      set_calendar_date (self, g_date_get_julian (&date) + 1);
    }
}

static void
urgent_help_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  BpgEntryEditor *self = BPG_ENTRY_EDITOR (widget);
  g_autoptr(BpgDiaryEntry) entry = collect_entry (self, TRUE);

  /* Urgent help comes first: keep what was typed, as far as it makes
   * sense, and go; but never as a second entry for a day that has one. */
  if (!bpg_diary_entry_equal (entry, self->entry) && !bpg_diary_entry_is_empty (entry) &&
      lookup_clash (self) == NULL)
    g_signal_emit (self, signals[SAVE], 0, entry);
  g_signal_emit (self, signals[URGENT_HELP], 0);
  finish (self);
}

static gboolean
bpg_entry_editor_close_request (GtkWindow *window)
{
  BpgEntryEditor *self = BPG_ENTRY_EDITOR (window);

  if (self->done || !has_changes (self))
    return GTK_WINDOW_CLASS (bpg_entry_editor_parent_class)->close_request (window);

  ask_before_closing (self);
  return TRUE;
}

static void
bpg_entry_editor_dispose (GObject *object)
{
  BpgEntryEditor *self = (BpgEntryEditor *)object;

  self->done = TRUE;
  if (self->ask_dialog != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->ask_dialog), (gpointer *)&self->ask_dialog);
  self->ask_dialog = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), BPG_TYPE_ENTRY_EDITOR);
  g_clear_object (&self->entry);
  g_clear_object (&self->exercises);
  g_clear_object (&self->diary);
  g_clear_pointer (&self->exercise_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (bpg_entry_editor_parent_class)->dispose (object);
}

static void
bpg_entry_editor_class_init (BpgEntryEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = bpg_entry_editor_dispose;
  window_class->close_request = bpg_entry_editor_close_request;

  /**
   * BpgEntryEditor::save:
   * @entry: the entry as the patient wants it, not frozen
   */
  signals[SAVE] =
    g_signal_new ("save",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, BPG_TYPE_DIARY_ENTRY);

  /**
   * BpgEntryEditor::delete:
   * @id: the entry the patient chose to delete
   */
  signals[DELETE] =
    g_signal_new ("delete",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  /**
   * BpgEntryEditor::urgent-help:
   *
   * Emitted when the patient asks for urgent help; the editor has closed.
   */
  signals[URGENT_HELP] =
    g_signal_new ("urgent-help",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/diary/bpg-entry-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, BpgEntryEditor, window_title);
  gtk_widget_class_bind_template_child (widget_class, BpgEntryEditor, save_button);
  gtk_widget_class_bind_template_child (widget_class, BpgEntryEditor, problem_label);
  gtk_widget_class_bind_template_child (widget_class, BpgEntryEditor, note_label);
  gtk_widget_class_bind_template_child (widget_class, BpgEntryEditor, date_button);
  gtk_widget_class_bind_template_child (widget_class, BpgEntryEditor, day_before_button);
  gtk_widget_class_bind_template_child (widget_class, BpgEntryEditor, day_after_button);
  gtk_widget_class_bind_template_child (widget_class, BpgEntryEditor, date_row);
  gtk_widget_class_bind_template_child (widget_class, BpgEntryEditor, calendar);
  gtk_widget_class_bind_template_child (widget_class, BpgEntryEditor, back_row);
  gtk_widget_class_bind_template_child (widget_class, BpgEntryEditor, leg_row);
  gtk_widget_class_bind_template_child (widget_class, BpgEntryEditor, activities_group);
  gtk_widget_class_bind_template_child (widget_class, BpgEntryEditor, exercises_group);
  gtk_widget_class_bind_template_child (widget_class, BpgEntryEditor, sleep_row);
  gtk_widget_class_bind_template_child (widget_class, BpgEntryEditor, mood_row);
  gtk_widget_class_bind_template_child (widget_class, BpgEntryEditor, work_row);
  gtk_widget_class_bind_template_child (widget_class, BpgEntryEditor, painkillers_switch);
  gtk_widget_class_bind_template_child (widget_class, BpgEntryEditor, painkillers_row);
  gtk_widget_class_bind_template_child (widget_class, BpgEntryEditor, notes_view);
  gtk_widget_class_bind_template_child (widget_class, BpgEntryEditor, notes_count);
  gtk_widget_class_bind_template_child (widget_class, BpgEntryEditor, delete_button);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_selected_cb);

  gtk_widget_class_install_action (widget_class, "editor.cancel", NULL, cancel_action);
  gtk_widget_class_install_action (widget_class, "editor.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "editor.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "editor.urgent-help", NULL, urgent_help_action);
  gtk_widget_class_install_action (widget_class, "editor.day-before", NULL, move_day_action);
  gtk_widget_class_install_action (widget_class, "editor.day-after", NULL, move_day_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.cancel", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Return, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Enter, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "editor.save", NULL);
}

static void
bpg_entry_editor_init (BpgEntryEditor *self)
{
  AdwComboRow **choices[] = { &self->back_row, &self->leg_row, &self->mood_row, &self->work_row };
  GtkTextBuffer *notes;

  gtk_widget_init_template (GTK_WIDGET (self));
  bpg_layout_tune (GTK_WIDGET (self));
  self->exercise_rows = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    {
      g_autoptr(GtkListItemFactory) factory = bpg_choice_item_factory_new ();

      adw_combo_row_set_list_factory (*choices[i], factory);
    }

  notes = gtk_text_view_get_buffer (self->notes_view);
  g_signal_connect_object (notes, "insert-text", G_CALLBACK (notes_inserted_cb), self,
                           G_CONNECT_AFTER);
  g_signal_connect_object (notes, "changed", G_CALLBACK (notes_changed_cb), self, 0);
  notes_changed_cb (notes, self);
  limit_line (self->painkillers_row, NULL);
}

/**
 * bpg_entry_editor_new:
 * @parent: the window to stay above
 * @exercises: (nullable): the exercise list, to record exercises
 * @entry: (nullable): the entry to change, or %NULL for a new entry for today
 *
 * Returns: (transfer none): the editor, not yet shown
 */
BpgEntryEditor *
bpg_entry_editor_new (GtkWindow       *parent,
                      BpgExerciseList *exercises,
                      BpgDiaryEntry   *entry)
{
  BpgEntryEditor *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (exercises == NULL || BPG_IS_EXERCISE_LIST (exercises), NULL);
  g_return_val_if_fail (entry == NULL || BPG_IS_DIARY_ENTRY (entry), NULL);

  self = g_object_new (BPG_TYPE_ENTRY_EDITOR,
                       "transient-for", parent,
                       NULL);
  self->exercises = exercises != NULL ? g_object_ref (exercises) : NULL;
  self->is_new = entry == NULL;

  if (entry != NULL)
    self->entry = g_object_ref (entry);
  else
    {
      GDate today;

      g_date_clear (&today, 1);
      g_date_set_julian (&today, bpg_diary_today ());
      self->entry = bpg_diary_entry_new (&today);
    }

  build_activity_rows (self);
  build_exercise_rows (self);
  fill_fields (self);
  changed_cb (self);

  update_title (self);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (self->back_row));

  return self;
}

/**
 * bpg_entry_editor_get_entry:
 *
 * Returns: (transfer none): the entry as it was when the editor opened
 */
BpgDiaryEntry *
bpg_entry_editor_get_entry (BpgEntryEditor *self)
{
  g_return_val_if_fail (BPG_IS_ENTRY_EDITOR (self), NULL);

  return self->entry;
}

/**
 * bpg_entry_editor_build_entry:
 *
 * Returns: (transfer full) (nullable): the entry as the fields say, or %NULL
 *   with @error saying what to correct
 */
BpgDiaryEntry *
bpg_entry_editor_build_entry (BpgEntryEditor  *self,
                              GError         **error)
{
  g_return_val_if_fail (BPG_IS_ENTRY_EDITOR (self), NULL);

  if (!check_fields (self, error))
    return NULL;

  return collect_entry (self, FALSE);
}

/**
 * bpg_entry_editor_add_exercise:
 * @exercise: an exercise id
 *
 * Opens the exercise's row, with one set if none is recorded yet, so that
 * noting an exercise from its page takes one more key press.
 */
void
bpg_entry_editor_add_exercise (BpgEntryEditor *self,
                               const char     *exercise)
{
  AdwExpanderRow *row;

  g_return_if_fail (BPG_IS_ENTRY_EDITOR (self));

  row = find_exercise_row (self, exercise);
  if (row == NULL)
    return;

  if (gtk_spin_button_get_value_as_int (exercise_spin (row, "sets")) == 0)
    gtk_spin_button_set_value (exercise_spin (row, "sets"), 1);
  adw_expander_row_set_expanded (row, TRUE);
  gtk_window_set_focus (GTK_WINDOW (self), GTK_WIDGET (exercise_spin (row, "reps")));
}

/**
 * bpg_entry_editor_save:
 *
 * Emits ::save with the entry and closes, if the fields make sense and
 * something is recorded; otherwise says what to correct.
 *
 * Returns: whether the entry was saved
 */
gboolean
bpg_entry_editor_save (BpgEntryEditor *self)
{
  g_autoptr(BpgDiaryEntry) entry = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (BPG_IS_ENTRY_EDITOR (self), FALSE);

  entry = bpg_entry_editor_build_entry (self, &error);
  if (entry == NULL)
    {
      show_problem (self, error->message);
      return FALSE;
    }

  if (self->is_new && bpg_diary_entry_is_empty (entry))
    {
      show_problem (self, _("Nothing is recorded yet. Add your pain, an activity or a note "
                            "first."));
      return FALSE;
    }

  if (!bpg_diary_entry_equal (entry, self->entry))
    g_signal_emit (self, signals[SAVE], 0, entry);
  finish (self);

  return TRUE;
}

/**
 * bpg_entry_editor_get_is_new:
 *
 * Returns: whether the editor writes a new entry, rather than changing one
 */
gboolean
bpg_entry_editor_get_is_new (BpgEntryEditor *self)
{
  g_return_val_if_fail (BPG_IS_ENTRY_EDITOR (self), FALSE);

  return self->is_new;
}

/**
 * bpg_entry_editor_dup_draft:
 *
 * Returns: (transfer full): what the fields say now, as far as it makes
 *   sense, saved nowhere
 */
BpgDiaryEntry *
bpg_entry_editor_dup_draft (BpgEntryEditor *self)
{
  g_return_val_if_fail (BPG_IS_ENTRY_EDITOR (self), NULL);

  return collect_entry (self, TRUE);
}

/**
 * bpg_entry_editor_set_draft:
 * @draft: what was being written, in an editor that has gone
 *
 * Fills the fields with @draft (after a change of language remade the
 * editor), leaving the entry being changed as it was, so closing still
 * asks whether to save.
 */
void
bpg_entry_editor_set_draft (BpgEntryEditor *self,
                            BpgDiaryEntry  *draft)
{
  g_autoptr(BpgDiaryEntry) entry = NULL;

  g_return_if_fail (BPG_IS_ENTRY_EDITOR (self));
  g_return_if_fail (BPG_IS_DIARY_ENTRY (draft));

  entry = g_steal_pointer (&self->entry);
  self->entry = bpg_diary_entry_copy (draft);
  fill_fields (self);
  g_clear_object (&self->entry);
  self->entry = g_steal_pointer (&entry);
  changed_cb (self);
}

/**
 * bpg_entry_editor_set_note:
 * @note: (nullable): a sentence about the entry, or %NULL for none
 *
 * Shows @note above the entry, as why this entry was opened.
 */
void
bpg_entry_editor_set_note (BpgEntryEditor *self,
                           const char     *note)
{
  g_return_if_fail (BPG_IS_ENTRY_EDITOR (self));

  gtk_label_set_text (self->note_label, note != NULL ? note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), note != NULL);
}

/**
 * bpg_entry_editor_set_diary:
 * @diary: (nullable): the diary the entry is for
 *
 * Lets the editor see which days have an entry, so that a new entry is
 * not begun for a day that has one, and no entry is moved onto one. The
 * editor never changes @diary.
 */
void
bpg_entry_editor_set_diary (BpgEntryEditor *self,
                            BpgDiaryModel  *diary)
{
  g_return_if_fail (BPG_IS_ENTRY_EDITOR (self));
  g_return_if_fail (diary == NULL || BPG_IS_DIARY_MODEL (diary));

  g_set_object (&self->diary, diary);
  changed_cb (self);
}
