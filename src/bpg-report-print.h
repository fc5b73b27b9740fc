/* bpg-report-print.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "bpg-report.h"

G_BEGIN_DECLS

GtkPrintOperation    *bpg_report_print_operation_new (BpgReport   *report);
GtkFileChooserNative *bpg_report_save_dialog_new     (GtkWidget   *widget,
                                                      const char  *title,
                                                      const char  *file_name);

G_END_DECLS
