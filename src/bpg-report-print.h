/* bpg-report-print.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bpg-report.h"

G_BEGIN_DECLS

/**
 * BpgReportSavedFunc:
 * @file: (nullable): where the summary was saved, or %NULL if it failed
 */
typedef void (*BpgReportSavedFunc) (GFile    *file,
                                    gpointer  user_data);

GtkPrintOperation    *bpg_report_print_operation_new (BpgReport          *report);
GtkFileChooserNative *bpg_report_save_dialog_new     (GtkWidget          *widget,
                                                      const char         *title,
                                                      const char         *file_name);
void                  bpg_report_print               (GtkWidget          *widget,
                                                      BpgReport          *report);
void                  bpg_report_save                (GtkWidget          *widget,
                                                      BpgReport          *report,
                                                      GFile              *file,
                                                      GCancellable       *cancellable,
                                                      BpgReportSavedFunc  saved,
                                                      gpointer            user_data);
void                  bpg_report_show_error          (GtkWidget          *widget,
                                                      const char         *heading,
                                                      const GError       *error);
AdwToast             *bpg_saved_toast_new            (GtkWidget          *widget,
                                                      GFile              *file);

G_END_DECLS
