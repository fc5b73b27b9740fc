/* bpg-diary-view.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-diary-view"

#include "config.h"

#include <glib/gi18n.h>

#include "bpg-chart-view.h"
#include "bpg-diary-export.h"
#include "bpg-diary-json.h"
#include "bpg-diary-import.h"
#include "bpg-diary-report.h"
#include "bpg-diary-summary.h"
#include "bpg-confirm-dialog.h"
#include "bpg-diary-view.h"
#include "bpg-report-print.h"
#include "bpg-entry-editor.h"
#include "bpg-exercise-view.h"
#include "bpg-exercises-view.h"
#include "bpg-goal-dialog.h"

/* Where closing the window stands when the diary has unsaved changes. */
typedef enum
{
  CLOSE_NOT_ASKED,
  CLOSE_WAITING,    /* for a save to end */
  CLOSE_ASKING,
  CLOSE_COPYING,    /* saving a copy the patient chose */
  CLOSE_CONFIRMED,
} CloseStep;

/* The My Diary area. The context opens the diary the first time the area is
 * shown (not at start-up, so no one's diary is read until they ask for it),
 * from the user's data folder, or in memory only on a shared computer. Until
 * it is open, and while it is read-only, the actions that change it are off.
 * The application keeps running while a change is being saved; if a change
 * could not be saved, closing asks first. "Saved" is said only once the
 * store has saved. */
struct _BpgDiaryView
{
  AdwBin             parent_instance;

  BpgContext        *context;
  BpgDiaryStore     *store;
  BpgExerciseList   *exercises;
  GError            *exercises_error;
  GtkSliceListModel *recent;
  GCancellable      *cancellable;
  GtkNativeDialog   *chooser;
  guint              n_days;
  guint              refresh_idle;
  gboolean           new_entry_when_loaded;
  char              *pending_toast;  /* said once the change is saved */
  CloseStep          close_step;
  gboolean           importing;

  /* Template widgets */
  GtkStack          *stack;
  GtkWidget         *shared_banner;
  GtkWidget         *problem_banner;
  GtkLabel          *problem_label;
  GtkWidget         *restore_button;
  GtkWidget         *save_error_banner;
  GtkLabel          *save_error_label;
  AdwActionRow      *goal_row;
  GtkButton         *goal_button;
  GtkLevelBar       *goal_bar;
  GtkToggleButton   *week_button;
  GtkToggleButton   *month_button;
  GtkToggleButton   *quarter_button;
  BpgChartView      *chart;
  GtkLabel          *chart_label;
  GtkListBox        *entries_list;
  GtkWidget         *more_button;
  BpgExercisesView  *exercises_view;
  BpgExerciseView   *exercise_view;
};

G_DEFINE_FINAL_TYPE (BpgDiaryView, bpg_diary_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Entries are listed in pages, so ten years of them do not slow the area. */
#define ENTRIES_PAGE 50

typedef enum
{
  CHOOSE_CSV,
  CHOOSE_BACKUP,
  CHOOSE_PDF,
  CHOOSE_IMPORT,
} ChooserKind;

static void ensure_loaded (BpgDiaryView *self);
static void choose_file   (BpgDiaryView *self,
                           ChooserKind   kind);
static void open_editor   (BpgDiaryView  *self,
                           BpgDiaryEntry *entry,
                           const char    *exercise);

static BpgDiaryModel *
get_model (BpgDiaryView *self)
{
  return self->store != NULL ? bpg_diary_store_get_model (self->store) : NULL;
}

static GtkWindow *
get_window (BpgDiaryView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
toast (BpgDiaryView *self,
       const char   *text)
{
  AdwToastOverlay *overlay = ADW_TOAST_OVERLAY (adw_bin_get_child (ADW_BIN (self)));

  adw_toast_overlay_add_toast (overlay, adw_toast_new (text));
}

/* Says @text once the change is on disk, and not at all if saving fails:
 * the banner then says what went wrong. In memory only, there is no disk. */
static void
toast_when_saved (BpgDiaryView *self,
                  const char   *text)
{
  if (bpg_diary_store_get_saving (self->store))
    {
      g_free (self->pending_toast);
      self->pending_toast = g_strdup (text);
    }
  else if (bpg_diary_store_get_save_error (self->store) == NULL)
    toast (self, text);
}

static void
show_error (BpgDiaryView *self,
            const char   *heading,
            const GError *error)
{
  GtkWidget *dialog = adw_message_dialog_new (get_window (self), heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static char *
format_day (guint32     julian,
            const char *format)
{
  char text[128] = "";
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  g_date_strftime (text, sizeof text, format, &date);

  return g_strdup (text);
}

static char *
describe_entry (BpgDiaryEntry   *entry,
                BpgExerciseList *exercises)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *done = bpg_diary_describe_exercises (entry, exercises);
  int back = bpg_diary_entry_get_back_pain (entry);
  int leg = bpg_diary_entry_get_leg_pain (entry);
  guint minutes = bpg_diary_entry_get_total_minutes (entry);
  const char *notes = bpg_diary_entry_get_notes (entry);

  if (back != BPG_DIARY_PAIN_UNSET)
    /* Translators: %d is a number from 0 to 10 */
    g_ptr_array_add (parts, g_strdup_printf (_("Back pain %d out of 10"), back));
  if (leg != BPG_DIARY_PAIN_UNSET)
    /* Translators: %d is a number from 0 to 10 */
    g_ptr_array_add (parts, g_strdup_printf (_("Leg pain %d out of 10"), leg));
  if (minutes > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u active minute", "%u active minutes",
                                                       minutes), minutes));
  if (*done != '\0')
    g_ptr_array_add (parts, g_steal_pointer (&done));
  if (bpg_diary_entry_get_painkillers (entry))
    g_ptr_array_add (parts, g_strdup (_("Took painkillers")));
  if (notes != NULL)
    {
      g_autofree char *line = g_strndup (notes, strcspn (notes, "\r\n"));

      if (g_utf8_strlen (line, -1) > 80)
        {
          g_autofree char *start = g_utf8_substring (line, 0, 80);

          g_free (line);
          line = g_strconcat (start, "…", NULL);
        }
      /* Translators: the start of the patient's note, in quotes */
      g_ptr_array_add (parts, g_strdup_printf (_("“%s”"), line));
    }
  if (parts->len == 0)
    g_ptr_array_add (parts, g_strdup (_("Nothing recorded")));

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **)parts->pdata);
}

static GtkWidget *
entry_button (const char *icon,
              const char *tooltip,
              const char *accessible_name,
              const char *action,
              const char *id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  /* the button has the name; the icon would be read as "GtkImage" */
  gtk_accessible_update_state (GTK_ACCESSIBLE (gtk_button_get_child (GTK_BUTTON (button))),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name,
                                  -1);
  return button;
}

static GtkWidget *
create_entry_row (gpointer item,
                  gpointer user_data)
{
  BpgDiaryView *self = user_data;
  BpgDiaryEntry *entry = item;
  const char *id = bpg_diary_entry_get_id (entry);
  /* Translators: the date of a diary entry, as strftime() writes it */
  g_autofree char *date = format_day (bpg_diary_entry_get_julian (entry), _("%A %-d %B %Y"));
  g_autofree char *subtitle = describe_entry (entry, self->exercises);
  /* Translators: %s is a date */
  g_autofree char *edit_name = g_strdup_printf (_("Change the entry for %s"), date);
  /* Translators: %s is a date */
  g_autofree char *delete_name = g_strdup_printf (_("Delete the entry for %s"), date);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), date);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 3);
  gtk_widget_set_name (row, id);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "diary.edit-entry");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", id);

  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             entry_button ("document-edit-symbolic", _("Change this entry"),
                                           edit_name, "diary.edit-entry", id));
  adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                             entry_button ("user-trash-symbolic", _("Delete this entry"),
                                           delete_name, "diary.delete-entry", id));

  return row;
}

static void
update_goal (BpgDiaryView *self)
{
  BpgDiaryModel *model = get_model (self);
  const BpgDiaryGoal *goal = model != NULL ? bpg_diary_model_get_goal (model) : NULL;
  BpgDiaryGoalProgress progress;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (goal == NULL || !bpg_diary_goal_progress (goal, G_LIST_MODEL (model), bpg_diary_today (), &progress))
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->goal_row), _("No weekly goal yet"));
      adw_action_row_set_subtitle (self->goal_row,
                                   _("A goal helps you build up your activity bit by bit."));
      gtk_button_set_label (self->goal_button, _("_Set a Goal…"));
      /* GTK 4.8 reads the label with its underscore, then the text: read the text once */
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->goal_button),
                                     GTK_ACCESSIBLE_PROPERTY_LABEL);
      gtk_widget_set_visible (GTK_WIDGET (self->goal_bar), FALSE);
      return;
    }

  /* Translators: active minutes done this week, of the week's goal */
  title = g_strdup_printf (_("%u of %u active minutes this week"), progress.done, progress.goal);
  if (progress.done >= progress.goal && goal->step > 0)
    /* Translators: %u is a number of minutes */
    subtitle = g_strdup_printf (_("Goal reached. Next week’s goal is %u minutes."),
                                progress.next_if_reached);
  else if (progress.done >= progress.goal)
    subtitle = g_strdup (_("Goal reached."));
  else if (goal->step > 0)
    /* Translators: the first %u is the week number, the second a number of minutes */
    subtitle = g_strdup_printf (_("Week %u. If you reach it, next week’s goal is %u minutes."),
                                progress.week, progress.next_if_reached);
  else
    subtitle = g_strdup_printf (_("Week %u."), progress.week);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->goal_row), title);
  adw_action_row_set_subtitle (self->goal_row, subtitle);
  gtk_button_set_label (self->goal_button, _("_Change…"));
  gtk_accessible_reset_property (GTK_ACCESSIBLE (self->goal_button),
                                 GTK_ACCESSIBLE_PROPERTY_LABEL);
  gtk_level_bar_set_value (self->goal_bar, MIN (1.0, (double)progress.done / MAX (progress.goal, 1)));
  gtk_widget_set_visible (GTK_WIDGET (self->goal_bar), TRUE);
}

static void
update_chart (BpgDiaryView *self)
{
  BpgDiaryModel *model = get_model (self);
  g_autoptr(BpgDiaryModel) empty = NULL;

  if (model == NULL)
    model = empty = bpg_diary_model_new ();

  bpg_chart_view_set_summary (self->chart,
                              bpg_diary_summary_new (G_LIST_MODEL (model), bpg_diary_today (),
                                                     self->n_days));
  gtk_label_set_text (self->chart_label, bpg_chart_view_get_text (self->chart));
}

static void
update_more_button (BpgDiaryView *self)
{
  BpgDiaryModel *model = get_model (self);
  guint n = model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (model)) : 0;

  gtk_widget_set_visible (self->more_button, n > gtk_slice_list_model_get_size (self->recent));
}

static gboolean
refresh_cb (gpointer user_data)
{
  BpgDiaryView *self = user_data;

  self->refresh_idle = 0;
  update_goal (self);
  update_chart (self);
  update_more_button (self);

  return G_SOURCE_REMOVE;
}

static void
queue_refresh (BpgDiaryView *self)
{
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add (refresh_cb, self);
}

static void
update_actions (BpgDiaryView *self)
{
  gboolean loaded = self->store != NULL && bpg_diary_store_get_loaded (self->store);
  gboolean writable = self->store != NULL && !bpg_diary_store_get_read_only (self->store);
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "diary.new-entry", writable);
  gtk_widget_action_set_enabled (widget, "diary.edit-entry", writable);
  gtk_widget_action_set_enabled (widget, "diary.delete-entry", writable);
  gtk_widget_action_set_enabled (widget, "diary.import", writable && !self->importing);
  gtk_widget_action_set_enabled (widget, "diary.set-goal", writable);
  gtk_widget_action_set_enabled (widget, "diary.delete-all", writable && !self->importing);
  gtk_widget_action_set_enabled (widget, "diary.restore-backup", writable);
  gtk_widget_action_set_enabled (widget, "diary.retry-save", writable);
  gtk_widget_action_set_enabled (widget, "diary.export-csv", loaded);
  gtk_widget_action_set_enabled (widget, "diary.backup", loaded);
  gtk_widget_action_set_enabled (widget, "diary.clinician-pdf", loaded);
  gtk_widget_action_set_enabled (widget, "diary.print", loaded);
}

static void
update_banners (BpgDiaryView *self)
{
  const char *problem = self->store != NULL ? bpg_diary_store_get_problem (self->store) : NULL;
  guint backup = self->store != NULL ? bpg_diary_store_get_backup_entries (self->store) : 0;
  const GError *save_error = self->store != NULL ? bpg_diary_store_get_save_error (self->store) : NULL;
  g_autofree char *problem_text = NULL;
  g_autofree char *save_text = NULL;

  gtk_widget_set_visible (self->shared_banner,
                          self->store != NULL && bpg_diary_store_get_memory_only (self->store));

  if (backup > 0)
    /* Translators: %u is a number of entries */
    problem_text = g_strdup_printf (ngettext ("%s A backup copy with %u entry can be restored.",
                                              "%s A backup copy with %u entries can be restored.",
                                              backup),
                                    problem != NULL ? problem : "", backup);
  else
    problem_text = g_strdup (problem);
  gtk_label_set_text (self->problem_label, problem_text != NULL ? g_strstrip (problem_text) : "");
  gtk_widget_set_visible (self->problem_banner, problem_text != NULL);
  gtk_widget_set_visible (self->restore_button, backup > 0);

  if (save_error != NULL)
    /* Translators: %s says why, in the system's words */
    save_text = g_strdup_printf (_("Your latest changes could not be saved (%s). They are still "
                                   "here while the app is open. Try again, or save a backup."),
                                 save_error->message);
  gtk_label_set_text (self->save_error_label, save_text != NULL ? save_text : "");
  gtk_widget_set_visible (self->save_error_banner, save_text != NULL);
}

static void
close_window (BpgDiaryView *self)
{
  GtkWindow *window = get_window (self);

  self->close_step = CLOSE_CONFIRMED;
  if (window != NULL)
    gtk_window_close (window);
}

static gboolean
close_window_cb (gpointer user_data)
{
  close_window (user_data);

  return G_SOURCE_REMOVE;
}

static void
unsaved_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     BpgDiaryView     *self)
{
  if (g_strcmp0 (response, "retry") == 0)
    {
      self->close_step = CLOSE_WAITING;
      bpg_diary_store_retry_save (self->store);
    }
  else if (g_strcmp0 (response, "copy") == 0)
    {
      /* Another file chooser left open would stand in the way. */
      if (self->chooser != NULL)
        gtk_native_dialog_destroy (self->chooser);
      g_clear_object (&self->chooser);
      self->close_step = CLOSE_COPYING;
      choose_file (self, CHOOSE_BACKUP);
    }
  /* Once the dialog is gone: it must not outlive the window it is on. */
  else if (g_strcmp0 (response, "quit") == 0)
    g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_window_cb, g_object_ref (self), g_object_unref);
  else
    self->close_step = CLOSE_NOT_ASKED;
}

/* Closing goes on once nothing is being saved: at once if all is saved,
 * or after asking the patient what to do with the changes. */
static void
continue_close (BpgDiaryView *self)
{
  const GError *error = bpg_diary_store_get_save_error (self->store);
  GtkWidget *dialog;

  if (!bpg_diary_store_get_unsaved (self->store))
    {
      close_window (self);
      return;
    }

  self->close_step = CLOSE_ASKING;
  dialog = bpg_unsaved_dialog_new (get_window (self), error->message);
  g_signal_connect_object (dialog, "response", G_CALLBACK (unsaved_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
saving_changed_cb (BpgDiaryView *self)
{
  gboolean saving = bpg_diary_store_get_saving (self->store);

  if (!saving && self->pending_toast != NULL &&
      bpg_diary_store_get_save_error (self->store) == NULL)
    toast (self, self->pending_toast);
  if (!saving)
    g_clear_pointer (&self->pending_toast, g_free);

  /* Last, as closing the window may finalize the view. */
  if (!saving && self->close_step == CLOSE_WAITING)
    continue_close (self);
}

static void
store_changed_cb (BpgDiaryView *self)
{
  update_actions (self);
  update_banners (self);
  queue_refresh (self);

  if (self->new_entry_when_loaded && bpg_diary_store_get_loaded (self->store))
    {
      self->new_entry_when_loaded = FALSE;
      if (!bpg_diary_store_get_read_only (self->store))
        open_editor (self, NULL, NULL);
    }
}

static void
exercises_cb (BpgDiaryView *self)
{
  BpgExerciseList *exercises = bpg_context_get_exercises (self->context);
  const GError *error = bpg_context_get_exercises_error (self->context);

  g_set_object (&self->exercises, exercises);
  g_clear_error (&self->exercises_error);
  if (error != NULL)
    self->exercises_error = g_error_copy (error);

  bpg_exercises_view_set_list (self->exercises_view, self->exercises, self->exercises_error);

  /* The entries show the exercises' names now. */
  if (self->exercises != NULL && self->recent != NULL)
    gtk_list_box_bind_model (self->entries_list, G_LIST_MODEL (self->recent),
                             create_entry_row, self, NULL);
}

static void
ensure_loaded (BpgDiaryView *self)
{
  gboolean shared = bpg_context_get_shared_computer (self->context);

  if (self->store != NULL)
    return;

  self->store = g_object_ref (bpg_context_open_diary (self->context));

  /* On a shared computer, GTK's list of recently used files would tell the
   * next person where the last one saved their diary. */
  if (shared)
    g_object_set (gtk_settings_get_default (), "gtk-recent-files-enabled", FALSE, NULL);

  self->recent = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (get_model (self))),
                                           0, ENTRIES_PAGE);
  gtk_list_box_bind_model (self->entries_list, G_LIST_MODEL (self->recent),
                           create_entry_row, self, NULL);

  g_signal_connect_object (get_model (self), "changed",
                           G_CALLBACK (queue_refresh), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::loaded",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::read-only",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::problem",
                           G_CALLBACK (update_banners), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::backup-entries",
                           G_CALLBACK (update_banners), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::save-error",
                           G_CALLBACK (update_banners), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::saving",
                           G_CALLBACK (saving_changed_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->context, "notify::exercises",
                           G_CALLBACK (exercises_cb), self, G_CONNECT_SWAPPED);
  bpg_context_load_exercises (self->context);
  if (bpg_context_get_exercises (self->context) != NULL ||
      bpg_context_get_exercises_error (self->context) != NULL)
    exercises_cb (self);
  update_banners (self);
  update_actions (self);
  /* A diary opened before the area was (from elsewhere) is already read. */
  if (bpg_diary_store_get_loaded (self->store))
    store_changed_cb (self);
  queue_refresh (self);
}

static void
editor_save_cb (BpgDiaryView  *self,
                BpgDiaryEntry *entry)
{
  BpgDiaryModel *model = get_model (self);

  bpg_diary_entry_set_updated (entry, g_get_real_time () / G_USEC_PER_SEC);
  if (bpg_diary_model_lookup (model, bpg_diary_entry_get_id (entry)) != NULL)
    bpg_diary_model_replace (model, entry);
  else
    bpg_diary_model_add (model, entry);

  toast_when_saved (self, _("Entry saved"));
}

static void
editor_delete_cb (BpgDiaryView *self,
                  const char   *id)
{
  if (bpg_diary_model_remove (get_model (self), id))
    toast_when_saved (self, _("Entry deleted"));
}

static void
editor_urgent_help_cb (BpgDiaryView *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.urgent-help", NULL);
}

static void
open_editor (BpgDiaryView  *self,
             BpgDiaryEntry *entry,
             const char    *exercise)
{
  BpgEntryEditor *editor = bpg_entry_editor_new (get_window (self), self->exercises, entry);

  g_signal_connect_object (editor, "save", G_CALLBACK (editor_save_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (editor, "delete", G_CALLBACK (editor_delete_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (editor, "urgent-help", G_CALLBACK (editor_urgent_help_cb), self,
                           G_CONNECT_SWAPPED);
  if (exercise != NULL)
    bpg_entry_editor_add_exercise (editor, exercise);

  gtk_window_present (GTK_WINDOW (editor));
}

static void
range_toggled_cb (BpgDiaryView    *self,
                  GtkToggleButton *button)
{
  if (!gtk_toggle_button_get_active (button))
    return;

  if (button == self->week_button)
    self->n_days = 7;
  else if (button == self->quarter_button)
    self->n_days = 84;
  else
    self->n_days = 28;

  update_chart (self);
}

static void
more_clicked_cb (BpgDiaryView *self)
{
  guint size = gtk_slice_list_model_get_size (self->recent);

  gtk_slice_list_model_set_size (self->recent, size + ENTRIES_PAGE);
  update_more_button (self);
}

static void
show_diary_cb (BpgDiaryView *self)
{
  bpg_diary_view_show_diary (self);
}

static void
show_exercises_cb (BpgDiaryView *self)
{
  bpg_diary_view_show_exercises (self);
}

static void
open_exercise_cb (BpgDiaryView *self,
                  const char   *id)
{
  bpg_diary_view_show_exercise (self, id);
}

static BpgDiaryEntry *
find_todays_entry (BpgDiaryView *self)
{
  GListModel *model = G_LIST_MODEL (get_model (self));
  g_autoptr(BpgDiaryEntry) first = g_list_model_get_item (model, 0);

  /* Newest first: today's latest entry, if any, is the first. */
  if (first != NULL && bpg_diary_entry_get_julian (first) == bpg_diary_today ())
    return first;

  return NULL;
}

static void
record_exercise_cb (BpgDiaryView *self,
                    const char   *id)
{
  ensure_loaded (self);
  if (bpg_diary_store_get_read_only (self->store))
    return;

  open_editor (self, find_todays_entry (self), id);
}

/* Actions */

static void
new_entry_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  bpg_diary_view_new_entry (BPG_DIARY_VIEW (widget));
}

static void
edit_entry_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  BpgDiaryView *self = BPG_DIARY_VIEW (widget);
  BpgDiaryEntry *entry = bpg_diary_model_lookup (get_model (self), g_variant_get_string (parameter, NULL));

  if (entry != NULL)
    open_editor (self, entry, NULL);
}

static void
delete_entry_response_cb (AdwMessageDialog *dialog,
                          const char       *response,
                          BpgDiaryView     *self)
{
  const char *id = g_object_get_data (G_OBJECT (dialog), "entry-id");

  if (g_strcmp0 (response, "delete") == 0)
    editor_delete_cb (self, id);
}

static void
delete_entry_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  BpgDiaryView *self = BPG_DIARY_VIEW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  BpgDiaryEntry *entry = bpg_diary_model_lookup (get_model (self), id);
  g_autofree char *date = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (entry == NULL)
    return;

  date = format_day (bpg_diary_entry_get_julian (entry), _("%A %-d %B %Y"));
  /* Translators: %s is a date */
  heading = g_strdup_printf (_("Delete the Entry for %s?"), date);
  dialog = bpg_confirm_delete_dialog_new (get_window (self), heading,
                                          _("The entry will be deleted from your diary. "
                                            "This cannot be undone."),
                                          _("_Delete"));
  g_object_set_data_full (G_OBJECT (dialog), "entry-id", g_strdup (id), g_free);
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_entry_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_exercises_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  bpg_diary_view_show_exercises (BPG_DIARY_VIEW (widget));
}

static void
goal_response_cb (BpgGoalDialog *dialog,
                  const char    *response,
                  BpgDiaryView  *self)
{
  BpgDiaryGoal goal;

  if (g_strcmp0 (response, "set") == 0)
    {
      bpg_goal_dialog_get_goal (dialog, bpg_diary_today (), &goal);
      bpg_diary_model_set_goal (get_model (self), &goal);
    }
  else if (g_strcmp0 (response, "remove") == 0)
    bpg_diary_model_set_goal (get_model (self), NULL);
}

static void
set_goal_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  BpgDiaryView *self = BPG_DIARY_VIEW (widget);
  BpgDiaryModel *model = get_model (self);
  const BpgDiaryGoal *goal = bpg_diary_model_get_goal (model);
  BpgDiaryGoalProgress progress = { 0, };
  BpgGoalDialog *dialog;

  if (goal != NULL)
    bpg_diary_goal_progress (goal, G_LIST_MODEL (model), bpg_diary_today (), &progress);

  dialog = bpg_goal_dialog_new (get_window (self), goal, progress.goal);
  g_signal_connect_object (dialog, "response", G_CALLBACK (goal_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
restore_backup_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  BpgDiaryView *self = BPG_DIARY_VIEW (widget);
  guint n = bpg_diary_store_restore_backup (self->store);
  g_autofree char *text = g_strdup_printf (ngettext ("%u entry restored from the backup",
                                                     "%u entries restored from the backup", n),
                                           n);

  toast (self, text);
}

static void
dismiss_problem_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  bpg_diary_store_dismiss_problem (BPG_DIARY_VIEW (widget)->store);
}

static void
retry_save_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  bpg_diary_store_retry_save (BPG_DIARY_VIEW (widget)->store);
}

static void
delete_all_done_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(BpgDiaryView) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!bpg_diary_store_delete_all_finish (BPG_DIARY_STORE (object), result, &error))
    show_error (self, _("Some Diary Files Could Not Be Deleted"), error);
  else
    toast (self, _("Your diary entries have been deleted"));
}

static void
delete_all_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        BpgDiaryView     *self)
{
  if (g_strcmp0 (response, "delete") != 0)
    return;

  bpg_diary_store_delete_all_async (self->store, NULL, delete_all_done_cb, g_object_ref (self));
}

static void
delete_all_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  BpgDiaryView *self = BPG_DIARY_VIEW (widget);
  GtkWidget *dialog;

  dialog = bpg_confirm_delete_dialog_new (get_window (self), _("Delete All Your Diary Entries?"),
                                          _("Every entry and your weekly goal will be deleted "
                                            "from this computer, with the copies the app keeps "
                                            "for safety. Backups and files you saved yourself "
                                            "are not touched. This cannot be undone."),
                                          _("_Delete Everything"));
  g_signal_connect_object (dialog, "response", G_CALLBACK (delete_all_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Saving and opening files */

static void
file_saved_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(BpgDiaryView) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  if (BPG_IS_REPORT (object))
    ok = bpg_report_save_pdf_finish (BPG_REPORT (object), result, &error);
  else
    ok = bpg_diary_export_save_finish (result, &error);

  if (self->close_step == CLOSE_COPYING)
    self->close_step = ok ? CLOSE_CONFIRMED : CLOSE_NOT_ASKED;

  if (!ok)
    show_error (self, _("The File Could Not Be Saved"), error);
  else if (self->close_step == CLOSE_CONFIRMED)
    close_window (self);
  else
    toast (self, _("Saved"));
}

static void
import_applied_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(BpgDiaryView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  int n;

  n = bpg_diary_import_apply_finish (BPG_DIARY_IMPORT (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self->importing = FALSE;
  update_actions (self);
  if (n < 0)
    {
      show_error (self, _("This Backup Could Not Be Opened"), error);
      return;
    }

  text = g_strdup_printf (ngettext ("%d entry added or updated",
                                    "%d entries added or updated", n), n);
  toast_when_saved (self, text);
}

static void
import_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    BpgDiaryView     *self)
{
  BpgDiaryImport *import = g_object_get_data (G_OBJECT (dialog), "import");
  BpgDiaryImportMode mode;

  if (g_strcmp0 (response, "merge") == 0)
    mode = BPG_DIARY_IMPORT_MERGE;
  else if (g_strcmp0 (response, "replace") == 0)
    mode = BPG_DIARY_IMPORT_REPLACE;
  else
    return;

  /* Merging a big backup takes a while: it runs in a worker thread, with
   * the diary's actions off until it is done. */
  self->importing = TRUE;
  update_actions (self);
  bpg_diary_import_apply_async (import, get_model (self), mode, self->cancellable,
                                import_applied_cb, g_object_ref (self));
}

static char *
describe_import (const BpgDiaryImportCounts *counts)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_string_append_printf (text, ngettext ("The backup has %u entry.", "The backup has %u entries.",
                                          counts->n_backup),
                          counts->n_backup);
  g_string_append_c (text, ' ');
  g_string_append_printf (text, ngettext ("Adding it to your diary adds %u new entry",
                                          "Adding it to your diary adds %u new entries",
                                          counts->n_new),
                          counts->n_new);
  g_string_append_printf (text, ngettext (" and updates %u that changed since.",
                                          " and updates %u that changed since.",
                                          counts->n_newer),
                          counts->n_newer);
  if (counts->n_diary_only > 0)
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, ngettext ("Replacing your diary with it deletes %u entry that "
                                              "is only in your diary.",
                                              "Replacing your diary with it deletes %u entries "
                                              "that are only in your diary.",
                                              counts->n_diary_only),
                              counts->n_diary_only);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
import_loaded_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(BpgDiaryView) self = user_data;
  g_autoptr(BpgDiaryImport) import = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *body = NULL;
  BpgDiaryImportCounts counts;
  GtkWidget *dialog;

  import = bpg_diary_import_load_finish (result, &error);
  if (import == NULL)
    {
      show_error (self, _("This Backup Could Not Be Opened"), error);
      return;
    }

  bpg_diary_import_compare (import, get_model (self), &counts);
  body = describe_import (&counts);
  dialog = adw_message_dialog_new (get_window (self), _("Open This Backup?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "replace", _("_Replace My Diary"),
                                    "merge", _("_Add to My Diary"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "merge",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "merge");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "import", g_steal_pointer (&import), g_object_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (import_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     BpgDiaryView    *self)
{
  ChooserKind kind = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (chooser), "kind"));
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(BpgReport) report = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);
  if (file == NULL && self->close_step == CLOSE_COPYING)
    self->close_step = CLOSE_NOT_ASKED;
  if (file == NULL)
    return;

  switch (kind)
    {
    case CHOOSE_IMPORT:
      bpg_diary_import_load_async (file, self->cancellable, import_loaded_cb, g_object_ref (self));
      return;

    case CHOOSE_PDF:
      report = bpg_diary_report_new (get_model (self), self->exercises, bpg_diary_today (),
                                     self->n_days / 7);
      bpg_report_save_pdf_async (report, file, self->cancellable, file_saved_cb, g_object_ref (self));
      return;

    case CHOOSE_CSV:
      entries = bpg_diary_model_dup_entries (get_model (self));
      bytes = bpg_diary_export_csv (entries, self->exercises);
      break;

    case CHOOSE_BACKUP:
      entries = bpg_diary_model_dup_entries (get_model (self));
      bytes = bpg_diary_json_write (entries, bpg_diary_model_get_goal (get_model (self)));
      break;

    default:
      g_assert_not_reached ();
    }

  bpg_diary_export_save_async (file, bytes, self->cancellable, file_saved_cb, g_object_ref (self));
}

static void
choose_file (BpgDiaryView *self,
             ChooserKind   kind)
{
  static const struct {
    const char *title;
    const char *name;
    const char *pattern;
    const char *filter;
  } kinds[] = {
    [CHOOSE_CSV] = { N_("Save as a Spreadsheet"), "back-pain-diary-", "*.csv", N_("Spreadsheet (CSV)") },
    [CHOOSE_BACKUP] = { N_("Save a Backup"), "back-pain-diary-backup-", "*.json", N_("Diary backup") },
    [CHOOSE_PDF] = { N_("Save the Summary for Your Clinician"), "back-pain-diary-summary-", "*.pdf", N_("PDF document") },
    [CHOOSE_IMPORT] = { N_("Open a Backup"), NULL, "*.json", N_("Diary backup") },
  };
  gboolean saving = kind != CHOOSE_IMPORT;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  if (self->chooser != NULL)
    return;

  chooser = gtk_file_chooser_native_new (_(kinds[kind].title), get_window (self),
                                         saving ? GTK_FILE_CHOOSER_ACTION_SAVE
                                                : GTK_FILE_CHOOSER_ACTION_OPEN,
                                         saving ? _("_Save") : _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _(kinds[kind].filter));
  gtk_file_filter_add_pattern (filter, kinds[kind].pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  if (kinds[kind].name != NULL)
    {
      g_autofree char *today = bpg_diary_format_date (bpg_diary_today ());
      g_autofree char *name = g_strconcat (kinds[kind].name, today, kinds[kind].pattern + 1, NULL);

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }

  g_object_set_data (G_OBJECT (chooser), "kind", GUINT_TO_POINTER (kind));
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  self->chooser = GTK_NATIVE_DIALOG (chooser);
  gtk_native_dialog_show (self->chooser);
}

static void
export_csv_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  choose_file (BPG_DIARY_VIEW (widget), CHOOSE_CSV);
}

static void
backup_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  choose_file (BPG_DIARY_VIEW (widget), CHOOSE_BACKUP);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  choose_file (BPG_DIARY_VIEW (widget), CHOOSE_IMPORT);
}

static void
clinician_pdf_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  choose_file (BPG_DIARY_VIEW (widget), CHOOSE_PDF);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  BpgDiaryView *self = BPG_DIARY_VIEW (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(BpgReport) report = NULL;
  g_autoptr(GError) error = NULL;

  report = bpg_diary_report_new (get_model (self), self->exercises, bpg_diary_today (),
                                 self->n_days / 7);
  operation = bpg_report_print_operation_new (report);

  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               get_window (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    show_error (self, _("The Summary Could Not Be Printed"), error);
}

static void
bpg_diary_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (bpg_diary_view_parent_class)->map (widget);

  ensure_loaded (BPG_DIARY_VIEW (widget));
}

static void
bpg_diary_view_dispose (GObject *object)
{
  BpgDiaryView *self = (BpgDiaryView *)object;

  g_cancellable_cancel (self->cancellable);
  /* On a shared computer the store wipes the diary as it goes; the view
   * need not hear of it. */
  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_data (get_model (self), self);
      g_signal_handlers_disconnect_by_data (self->store, self);
    }
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), BPG_TYPE_DIARY_VIEW);

  g_clear_object (&self->recent);
  g_clear_object (&self->store);
  g_clear_object (&self->exercises);
  g_clear_error (&self->exercises_error);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (bpg_diary_view_parent_class)->dispose (object);
}

static void
bpg_diary_view_finalize (GObject *object)
{
  g_free (BPG_DIARY_VIEW (object)->pending_toast);

  G_OBJECT_CLASS (bpg_diary_view_parent_class)->finalize (object);
}

static void
bpg_diary_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BpgDiaryView *self = BPG_DIARY_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bpg_diary_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  BpgDiaryView *self = BPG_DIARY_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bpg_diary_view_class_init (BpgDiaryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bpg_diary_view_dispose;
  object_class->finalize = bpg_diary_view_finalize;
  object_class->get_property = bpg_diary_view_get_property;
  object_class->set_property = bpg_diary_view_set_property;
  widget_class->map = bpg_diary_view_map;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, BPG_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BPG_TYPE_CHART_VIEW);
  g_type_ensure (BPG_TYPE_EXERCISES_VIEW);
  g_type_ensure (BPG_TYPE_EXERCISE_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/diary/bpg-diary-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BpgDiaryView, stack);
  gtk_widget_class_bind_template_child (widget_class, BpgDiaryView, shared_banner);
  gtk_widget_class_bind_template_child (widget_class, BpgDiaryView, problem_banner);
  gtk_widget_class_bind_template_child (widget_class, BpgDiaryView, problem_label);
  gtk_widget_class_bind_template_child (widget_class, BpgDiaryView, restore_button);
  gtk_widget_class_bind_template_child (widget_class, BpgDiaryView, save_error_banner);
  gtk_widget_class_bind_template_child (widget_class, BpgDiaryView, save_error_label);
  gtk_widget_class_bind_template_child (widget_class, BpgDiaryView, goal_row);
  gtk_widget_class_bind_template_child (widget_class, BpgDiaryView, goal_button);
  gtk_widget_class_bind_template_child (widget_class, BpgDiaryView, goal_bar);
  gtk_widget_class_bind_template_child (widget_class, BpgDiaryView, week_button);
  gtk_widget_class_bind_template_child (widget_class, BpgDiaryView, month_button);
  gtk_widget_class_bind_template_child (widget_class, BpgDiaryView, quarter_button);
  gtk_widget_class_bind_template_child (widget_class, BpgDiaryView, chart);
  gtk_widget_class_bind_template_child (widget_class, BpgDiaryView, chart_label);
  gtk_widget_class_bind_template_child (widget_class, BpgDiaryView, entries_list);
  gtk_widget_class_bind_template_child (widget_class, BpgDiaryView, more_button);
  gtk_widget_class_bind_template_child (widget_class, BpgDiaryView, exercises_view);
  gtk_widget_class_bind_template_child (widget_class, BpgDiaryView, exercise_view);
  gtk_widget_class_bind_template_callback (widget_class, range_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, more_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, show_diary_cb);
  gtk_widget_class_bind_template_callback (widget_class, show_exercises_cb);
  gtk_widget_class_bind_template_callback (widget_class, open_exercise_cb);
  gtk_widget_class_bind_template_callback (widget_class, record_exercise_cb);

  gtk_widget_class_install_action (widget_class, "diary.new-entry", NULL, new_entry_action);
  gtk_widget_class_install_action (widget_class, "diary.edit-entry", "s", edit_entry_action);
  gtk_widget_class_install_action (widget_class, "diary.delete-entry", "s", delete_entry_action);
  gtk_widget_class_install_action (widget_class, "diary.show-exercises", NULL, show_exercises_action);
  gtk_widget_class_install_action (widget_class, "diary.set-goal", NULL, set_goal_action);
  gtk_widget_class_install_action (widget_class, "diary.restore-backup", NULL, restore_backup_action);
  gtk_widget_class_install_action (widget_class, "diary.dismiss-problem", NULL, dismiss_problem_action);
  gtk_widget_class_install_action (widget_class, "diary.retry-save", NULL, retry_save_action);
  gtk_widget_class_install_action (widget_class, "diary.delete-all", NULL, delete_all_action);
  gtk_widget_class_install_action (widget_class, "diary.export-csv", NULL, export_csv_action);
  gtk_widget_class_install_action (widget_class, "diary.backup", NULL, backup_action);
  gtk_widget_class_install_action (widget_class, "diary.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "diary.clinician-pdf", NULL, clinician_pdf_action);
  gtk_widget_class_install_action (widget_class, "diary.print", NULL, print_action);
}

static void
bpg_diary_view_init (BpgDiaryView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->n_days = 28;
  gtk_toggle_button_set_active (self->month_button, TRUE);
  update_actions (self);
  update_goal (self);
  update_chart (self);
}

/**
 * bpg_diary_view_get_store:
 *
 * Returns: (transfer none) (nullable): the diary, once the area has been shown
 */
BpgDiaryStore *
bpg_diary_view_get_store (BpgDiaryView *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_VIEW (self), NULL);

  return self->store;
}

/**
 * bpg_diary_view_get_exercises:
 *
 * Returns: (transfer none) (nullable): the exercise list, once loaded
 */
BpgExerciseList *
bpg_diary_view_get_exercises (BpgDiaryView *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_VIEW (self), NULL);

  return self->exercises;
}

void
bpg_diary_view_show_diary (BpgDiaryView *self)
{
  g_return_if_fail (BPG_IS_DIARY_VIEW (self));

  gtk_stack_set_visible_child_name (self->stack, "diary");
}

void
bpg_diary_view_show_exercises (BpgDiaryView *self)
{
  g_return_if_fail (BPG_IS_DIARY_VIEW (self));

  ensure_loaded (self);
  gtk_stack_set_visible_child_name (self->stack, "exercises");
}

/**
 * bpg_diary_view_show_exercise:
 * @id: an exercise id
 *
 * Returns: %FALSE if the exercises are not loaded or there is no such exercise
 */
gboolean
bpg_diary_view_show_exercise (BpgDiaryView *self,
                              const char   *id)
{
  BpgExercise *exercise;

  g_return_val_if_fail (BPG_IS_DIARY_VIEW (self), FALSE);

  exercise = self->exercises != NULL ? bpg_exercise_list_lookup (self->exercises, id) : NULL;
  if (exercise == NULL)
    return FALSE;

  bpg_exercise_view_show (self->exercise_view, self->exercises, exercise);
  gtk_stack_set_visible_child_name (self->stack, "exercise");
  return TRUE;
}

/**
 * bpg_diary_view_new_entry:
 *
 * Opens the editor for a new entry for today, as soon as the diary is open.
 */
void
bpg_diary_view_new_entry (BpgDiaryView *self)
{
  g_return_if_fail (BPG_IS_DIARY_VIEW (self));

  ensure_loaded (self);
  bpg_diary_view_show_diary (self);

  if (!bpg_diary_store_get_loaded (self->store))
    self->new_entry_when_loaded = TRUE;
  else if (!bpg_diary_store_get_read_only (self->store))
    open_editor (self, NULL, NULL);
}

/**
 * bpg_diary_view_hold_close:
 *
 * Called when the window is asked to close. If the diary has changes that
 * are not saved yet, closing waits for the save to end and, if it failed,
 * asks the patient whether to try again, save a copy, or quit anyway; the
 * view closes the window itself once that is settled.
 *
 * Returns: %TRUE if the window must stay open for now
 */
gboolean
bpg_diary_view_hold_close (BpgDiaryView *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_VIEW (self), FALSE);

  if (self->store == NULL || self->close_step == CLOSE_CONFIRMED ||
      !bpg_diary_store_get_unsaved (self->store))
    return FALSE;

  /* Already waiting, asking or saving a copy. */
  if (self->close_step != CLOSE_NOT_ASKED)
    return TRUE;

  self->close_step = CLOSE_WAITING;
  if (!bpg_diary_store_get_saving (self->store))
    continue_close (self);
  return TRUE;
}

/**
 * bpg_diary_view_get_page:
 *
 * Returns: "diary", "exercises" or "exercise"
 */
const char *
bpg_diary_view_get_page (BpgDiaryView *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}
