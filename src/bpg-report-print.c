/* bpg-report-print.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-report-print"

#include "config.h"

#include <glib/gi18n.h>

#include "bpg-report-print.h"

/* What every printable summary (symptom check, diary, appointment) needs
 * from GTK: a print operation that draws the report's own pages, and a file
 * chooser for saving it as a PDF. */

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
