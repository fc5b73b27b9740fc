/* bpg-report.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "bpg-block.h"

G_BEGIN_DECLS

/* BpgReport: a printable summary (symptom check, diary, appointment) laid
 * out once and drawn the same way on paper and in a PDF.
 *
 * Build it top to bottom, then print or save it:
 *
 *   g_autoptr(BpgReport) report = bpg_report_new (_("Symptom Check"));
 *
 *   bpg_report_add_heading (report, _("Your answers"));
 *   bpg_report_add_key_value (report, _("Pain in both legs"), _("No"));
 *   bpg_report_add_table (report, 2, (const char *[]) { _("Day"), _("Pain"), NULL });
 *   bpg_report_add_table_row (report, (const char *[]) { "Monday", "4", NULL });
 *   bpg_report_add_note (report, BPG_CALLOUT_EMERGENCY, _("Go to A&E now"), text);
 *
 * Saving: bpg_report_save_pdf_async() writes an A4 PDF in a worker thread
 * and replaces the file atomically (a temporary file renamed into place), so
 * a failed save never leaves half a file. bpg_report_render_pdf() writes to
 * any stream, synchronously.
 *
 * Printing: in a GtkPrintOperation set to GTK_UNIT_POINTS, call
 * bpg_report_get_n_pages() in ::begin-print and bpg_report_draw_page() in
 * ::draw-page with the print context's width and height.
 *
 * Every page has a footer with the date and time the report was made, the
 * words "Back Pain Guide — information only, not a diagnosis" and
 * "Page N of M". All text is plain text, never markup.
 *
 * A report is not thread-safe: build and print it on one thread. Saving
 * takes a snapshot, so adding to a report while it saves is safe but not
 * seen in the file. */

#define BPG_TYPE_REPORT (bpg_report_get_type ())

G_DECLARE_FINAL_TYPE (BpgReport, bpg_report, BPG, REPORT, GObject)

/* A4 in points, the unit of every size here. */
#define BPG_REPORT_A4_WIDTH  595.2756
#define BPG_REPORT_A4_HEIGHT 841.8898

BpgReport  *bpg_report_new             (const char          *title);
const char *bpg_report_get_title       (BpgReport           *self);
GDateTime  *bpg_report_get_date_time   (BpgReport           *self);
void        bpg_report_set_date_time   (BpgReport           *self,
                                        GDateTime           *date_time);

void        bpg_report_add_heading     (BpgReport           *self,
                                        const char          *text);
void        bpg_report_add_paragraph   (BpgReport           *self,
                                        const char          *text);
void        bpg_report_add_list        (BpgReport           *self,
                                        const char * const  *items);
void        bpg_report_add_key_value   (BpgReport           *self,
                                        const char          *label,
                                        const char          *value);
void        bpg_report_add_table       (BpgReport           *self,
                                        guint                n_columns,
                                        const char * const  *header);
void        bpg_report_add_table_row   (BpgReport           *self,
                                        const char * const  *cells);
void        bpg_report_add_note        (BpgReport           *self,
                                        BpgCalloutLevel      level,
                                        const char          *title,
                                        const char          *text);
void        bpg_report_add_image       (BpgReport           *self,
                                        cairo_surface_t     *surface,
                                        double               width,
                                        double               height,
                                        const char          *caption);

guint       bpg_report_get_n_pages     (BpgReport           *self,
                                        double               width,
                                        double               height);
void        bpg_report_draw_page       (BpgReport           *self,
                                        cairo_t             *cr,
                                        double               width,
                                        double               height,
                                        guint                page_nr);
char       *bpg_report_dup_text        (BpgReport           *self);
char       *bpg_report_dup_markup      (BpgReport           *self);

char       *bpg_report_isolate         (const char          *text);

gboolean    bpg_report_render_pdf      (BpgReport           *self,
                                        GOutputStream       *stream,
                                        GCancellable        *cancellable,
                                        GError             **error);
void        bpg_report_save_pdf_async  (BpgReport           *self,
                                        GFile               *file,
                                        GCancellable        *cancellable,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
gboolean    bpg_report_save_pdf_finish (BpgReport           *self,
                                        GAsyncResult        *result,
                                        GError             **error);

G_END_DECLS
