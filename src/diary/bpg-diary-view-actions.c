/* bpg-diary-view-actions.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-diary-view"

#include "config.h"

#include <glib/gi18n.h>

#include "bpg-confirm-dialog.h"
#include "bpg-date.h"
#include "bpg-diary-export.h"
#include "bpg-diary-import.h"
#include "bpg-diary-json.h"
#include "bpg-diary-report.h"
#include "bpg-diary-summary.h"
#include "bpg-diary-view-private.h"
#include "bpg-entry-editor.h"
#include "bpg-goal-dialog.h"
#include "bpg-report-print.h"

static void import_loaded_cb (GObject      *object,
                              GAsyncResult *result,
                              gpointer      user_data);
static void file_saved_cb    (GObject      *object,
                              GAsyncResult *result,
                              gpointer      user_data);

static void
editor_save_cb (BpgDiaryView  *self,
                BpgDiaryEntry *entry)
{
  bpg_diary_entry_set_updated (entry, g_get_real_time () / G_USEC_PER_SEC);
  /* The editor does not offer to save over another entry's day; should it
   * ever, the diary keeps the entry that is there. */
  if (bpg_diary_model_save (get_model (self), entry) == BPG_DIARY_SAVED_DAY_TAKEN)
    {
      g_autofree char *day = bpg_date_format_day (bpg_diary_entry_get_julian (entry));
      g_autofree char *text = NULL;

      /* Translators: %s is a date, such as "Friday 21 November 2026" */
      text = g_strdup_printf (_("Not saved: you already have an entry for %s"), day);
      _bpg_diary_view_toast (self, text);
      return;
    }

  _bpg_diary_view_toast_when_saved (self, _("Entry saved"));
}

static void
editor_delete_cb (BpgDiaryView *self,
                  const char   *id)
{
  if (bpg_diary_model_remove (get_model (self), id))
    _bpg_diary_view_toast_when_saved (self, _("Entry deleted"));
}

static void
editor_urgent_help_cb (BpgDiaryView *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.urgent-help", NULL);
}

BpgEntryEditor *
_bpg_diary_view_open_editor (BpgDiaryView  *self,
                             BpgDiaryEntry *entry,
                             const char    *exercise)
{
  BpgEntryEditor *editor = bpg_entry_editor_new (get_window (self), self->exercises, entry);

  bpg_entry_editor_set_diary (editor, get_model (self));

  g_signal_connect_object (editor, "save", G_CALLBACK (editor_save_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (editor, "delete", G_CALLBACK (editor_delete_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (editor, "urgent-help", G_CALLBACK (editor_urgent_help_cb), self,
                           G_CONNECT_SWAPPED);
  if (exercise != NULL)
    bpg_entry_editor_add_exercise (editor, exercise);

  gtk_window_present (GTK_WINDOW (editor));
  return editor;
}

/* Today's entry: a day has one, so if today has an entry already it is
 * opened to change, and the editor says so, rather than a second added. */
BpgEntryEditor *
_bpg_diary_view_open_today (BpgDiaryView *self)
{
  BpgDiaryEntry *entry = bpg_diary_model_lookup_day (get_model (self), bpg_diary_today ());
  BpgEntryEditor *editor = _bpg_diary_view_open_editor (self, entry, NULL);

  if (entry != NULL)
    bpg_entry_editor_set_note (editor, _("You already have an entry for today. "
                                         "Change it here rather than adding another."));
  return editor;
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
    _bpg_diary_view_open_editor (self, entry, NULL);
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

  date = bpg_date_format_day (bpg_diary_entry_get_julian (entry));
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

  _bpg_diary_view_toast (self, text);
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
    _bpg_diary_view_show_error (self, _("Some Diary Files Could Not Be Deleted"), error);
  else
    _bpg_diary_view_toast (self, _("Your diary entries have been deleted"));
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
  GFile *file = bpg_diary_export_save_get_file (result);
  g_autoptr(GError) error = NULL;
  gboolean ok = bpg_diary_export_save_finish (result, &error);

  if (self->close_step == CLOSE_COPYING)
    self->close_step = ok ? CLOSE_CONFIRMED : CLOSE_NOT_ASKED;

  if (!ok)
    _bpg_diary_view_show_error (self, _("The File Could Not Be Saved"), error);
  else if (self->close_step == CLOSE_CONFIRMED)
    _bpg_diary_view_close_window (self);
  else
    _bpg_diary_view_add_toast (self, bpg_saved_toast_new (GTK_WIDGET (self), file));
}

static void
report_saved_cb (GFile    *file,
                 gpointer  user_data)
{
  if (file != NULL)
    _bpg_diary_view_add_toast (user_data, bpg_saved_toast_new (user_data, file));
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
  _bpg_diary_view_update_actions (self);
  if (n < 0)
    {
      _bpg_diary_view_show_error (self, _("This Backup Could Not Be Opened"), error);
      return;
    }

  text = g_strdup_printf (ngettext ("%d entry added or updated",
                                    "%d entries added or updated", n), n);
  _bpg_diary_view_toast_when_saved (self, text);
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
  _bpg_diary_view_update_actions (self);
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
  /* The window went while the backup was read: closed, built again in
   * another language, or cleared for the next person on a shared computer.
   * The backup is not offered to whoever comes next. */
  if (get_window (self) == NULL)
    return;
  if (import == NULL)
    {
      _bpg_diary_view_show_error (self, _("This Backup Could Not Be Opened"), error);
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
      bpg_report_save (GTK_WIDGET (self), report, file, self->cancellable, report_saved_cb, self);
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

void
_bpg_diary_view_choose_file (BpgDiaryView *self,
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
  _bpg_diary_view_choose_file (BPG_DIARY_VIEW (widget), CHOOSE_CSV);
}

static void
backup_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  _bpg_diary_view_choose_file (BPG_DIARY_VIEW (widget), CHOOSE_BACKUP);
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  _bpg_diary_view_choose_file (BPG_DIARY_VIEW (widget), CHOOSE_IMPORT);
}

static void
clinician_pdf_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  _bpg_diary_view_choose_file (BPG_DIARY_VIEW (widget), CHOOSE_PDF);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  BpgDiaryView *self = BPG_DIARY_VIEW (widget);
  g_autoptr(BpgReport) report = NULL;

  report = bpg_diary_report_new (get_model (self), self->exercises, bpg_diary_today (),
                                 self->n_days / 7);
  bpg_report_print (widget, report);
}

void
_bpg_diary_view_class_actions_init (GtkWidgetClass *widget_class)
{
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
