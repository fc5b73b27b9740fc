/* bpg-report-print.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-report-print"

#include "config.h"

#include <glib/gi18n.h>

#include <adwaita.h>

#include "bpg-report-print.h"
#include "bpg-toast.h"

/* The one way every printable summary (symptom check, diary, appointment)
 * is printed and saved as a PDF: a print operation that draws the report's
 * own pages, a file chooser, a save in a worker thread, and one way of
 * saying that something went wrong. */

typedef struct
{
  GtkWidget          *widget;
  BpgReportSavedFunc  saved;
  gpointer            user_data;
} SaveData;

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                BpgReport         *report)
{
  gtk_print_operation_set_n_pages (operation,
                                   bpg_report_get_n_pages (report,
                                                           gtk_print_context_get_width (context),
                                                           gtk_print_context_get_height (context)));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              BpgReport         *report)
{
  bpg_report_draw_page (report, gtk_print_context_get_cairo_context (context),
                        gtk_print_context_get_width (context),
                        gtk_print_context_get_height (context),
                        page_nr);
}

/**
 * bpg_report_print_operation_new:
 * @report: the summary to print
 *
 * Returns: (transfer full): a print operation laying out @report exactly as
 *   its PDF is, named after the report's title
 */
GtkPrintOperation *
bpg_report_print_operation_new (BpgReport *report)
{
  GtkPrintOperation *operation;

  g_return_val_if_fail (BPG_IS_REPORT (report), NULL);

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, bpg_report_get_title (report));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (begin_print_cb),
                         g_object_ref (report), (GClosureNotify)(void (*) (void))g_object_unref, 0);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (draw_page_cb),
                         g_object_ref (report), (GClosureNotify)(void (*) (void))g_object_unref, 0);

  return operation;
}

/**
 * bpg_report_save_dialog_new:
 * @widget: the widget asking, whose window the dialog belongs to
 * @title: the dialog's title
 * @file_name: the file name offered
 *
 * Under Flatpak the dialog is the FileChooser portal's, so the app needs no
 * access to the user's files.
 *
 * Returns: (transfer full): a modal dialog choosing where to save a PDF
 */
GtkFileChooserNative *
bpg_report_save_dialog_new (GtkWidget  *widget,
                            const char *title,
                            const char *file_name)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (title,
                                        GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                        GTK_FILE_CHOOSER_ACTION_SAVE,
                                        _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), file_name);
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);

  return dialog;
}

static GtkWindow *
get_window (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

/**
 * bpg_report_show_error:
 * @widget: the view the summary was printed or saved from
 * @heading: what failed, in a few words
 * @error: why, in plain words
 *
 * Says why a summary could not be printed or saved, the same way in every
 * area: a dialog on the view's window. A view no longer in a window (closed,
 * or cleared for the next person on a shared computer) only logs it: a
 * dialog on its own would speak to whoever comes next.
 */
void
bpg_report_show_error (GtkWidget    *widget,
                       const char   *heading,
                       const GError *error)
{
  GtkWindow *window;
  GtkWidget *dialog;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (heading != NULL);
  g_return_if_fail (error != NULL);

  window = get_window (widget);
  if (window == NULL)
    {
      g_message ("%s: %s", heading, error->message);
      return;
    }

  dialog = adw_message_dialog_new (window, heading, error->message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * bpg_report_print:
 * @widget: the view that prints
 *
 * Shows the print dialog for @report, and says so if printing fails.
 */
void
bpg_report_print (GtkWidget *widget,
                  BpgReport *report)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (BPG_IS_REPORT (report));

  operation = bpg_report_print_operation_new (report);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               get_window (widget), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    bpg_report_show_error (widget, _("The Summary Could Not Be Printed"), error);
}

static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  SaveData *data = user_data;
  GFile *file = g_object_get_data (object, "bpg-report-file");
  g_autoptr(GError) error = NULL;
  gboolean ok = bpg_report_save_pdf_finish (BPG_REPORT (object), result, &error);

  if (!ok && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    bpg_report_show_error (data->widget, _("The Summary Could Not Be Saved"), error);
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    data->saved (ok ? file : NULL, data->user_data);

  g_object_unref (data->widget);
  g_free (data);
}

/**
 * bpg_report_save:
 * @widget: the view that saves
 * @file: where the patient chose to save it
 * @saved: called with @file once saved, or with %NULL once the error has
 *   been shown; not called if @cancellable was cancelled
 *
 * Saves @report as a PDF in a worker thread, and says so if it fails.
 */
void
bpg_report_save (GtkWidget          *widget,
                 BpgReport          *report,
                 GFile              *file,
                 GCancellable       *cancellable,
                 BpgReportSavedFunc  saved,
                 gpointer            user_data)
{
  SaveData *data;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (BPG_IS_REPORT (report));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (saved != NULL);

  data = g_new0 (SaveData, 1);
  data->widget = g_object_ref (widget);
  data->saved = saved;
  data->user_data = user_data;
  g_object_set_data_full (G_OBJECT (report), "bpg-report-file", g_object_ref (file),
                          g_object_unref);
  bpg_report_save_pdf_async (report, file, cancellable, save_done_cb, data);
}

static void
open_folder_cb (GtkButton *button,
                GtkWidget *widget)
{
  GFile *folder = g_object_get_data (G_OBJECT (button), "bpg-folder");
  g_autofree char *uri = g_file_get_uri (folder);

  gtk_show_uri (get_window (widget), uri, GDK_CURRENT_TIME);
}

/**
 * bpg_saved_toast_new:
 * @widget: the view that saved, whose window opens the folder
 * @file: the file that was saved
 *
 * The one way a saved file is announced: where it went, in plain words (the
 * file's name and its folder's), with a button below them that opens the
 * folder; all of it stays readable in a phone-sized window at twice the
 * text size.
 *
 * Returns: (transfer full): a toast to show
 */
AdwToast *
bpg_saved_toast_new (GtkWidget *widget,
                     GFile     *file)
{
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *folder_name = folder != NULL ? g_file_get_basename (folder) : NULL;
  g_autofree char *display_name = g_filename_display_name (name);
  g_autofree char *display_folder = NULL;
  g_autofree char *text = NULL;
  GtkWidget *button = NULL;
  AdwToast *toast;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (folder_name != NULL)
    display_folder = g_filename_display_name (folder_name);
  if (display_folder != NULL)
    /* Translators: a file was saved; the first %s is its name, the second
     * its folder's, e.g. Saved “diary.pdf” in the folder “Documents” */
    text = g_strdup_printf (_("Saved “%s” in the folder “%s”"), display_name, display_folder);
  else
    /* Translators: a file was saved; %s is its name */
    text = g_strdup_printf (_("Saved “%s”"), display_name);

  /* Not the toast's own title and button, which do not fit a phone-sized
   * window at large text sizes: the words wrap, the button goes below. */
  if (folder != NULL)
    {
      button = gtk_button_new_with_mnemonic (_("_Open Folder"));
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      g_object_set_data_full (G_OBJECT (button), "bpg-folder", g_steal_pointer (&folder),
                              g_object_unref);
      g_signal_connect_object (button, "clicked", G_CALLBACK (open_folder_cb), widget, 0);
    }
  toast = bpg_toast_new_with_content (text, button);
  if (button != NULL)
    g_signal_connect_object (button, "clicked", G_CALLBACK (adw_toast_dismiss), toast,
                             G_CONNECT_SWAPPED);

  return toast;
}
