/* bpg-appointment-summary.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-appointment-summary"

#include "config.h"

#include "bpg-appointment-summary.h"

/* The appointment summary as large text in its own window, to hand over or
 * read out at the appointment. Nothing is saved. */
struct _BpgAppointmentSummary
{
  AdwWindow  parent_instance;

  GtkLabel  *text_label;
};

G_DEFINE_FINAL_TYPE (BpgAppointmentSummary, bpg_appointment_summary, ADW_TYPE_WINDOW)

static void
bpg_appointment_summary_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), BPG_TYPE_APPOINTMENT_SUMMARY);

  G_OBJECT_CLASS (bpg_appointment_summary_parent_class)->dispose (object);
}

/* A selectable label selects all its text when it takes the focus, as it
 * does when the window opens; the summary opens with nothing selected. */
static void
bpg_appointment_summary_show (GtkWidget *widget)
{
  BpgAppointmentSummary *self = BPG_APPOINTMENT_SUMMARY (widget);

  GTK_WIDGET_CLASS (bpg_appointment_summary_parent_class)->show (widget);

  gtk_label_select_region (self->text_label, 0, 0);
}

static void
bpg_appointment_summary_class_init (BpgAppointmentSummaryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bpg_appointment_summary_dispose;
  widget_class->show = bpg_appointment_summary_show;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/help/bpg-appointment-summary.ui");
  gtk_widget_class_bind_template_child (widget_class, BpgAppointmentSummary, text_label);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
bpg_appointment_summary_init (BpgAppointmentSummary *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * bpg_appointment_summary_new:
 * @parent: (nullable): the window it belongs to
 *
 * Returns: (transfer floating): a window showing @report's text, with its
 *   headings in bold
 */
GtkWidget *
bpg_appointment_summary_new (GtkWindow *parent,
                             BpgReport *report)
{
  BpgAppointmentSummary *self;
  g_autofree char *text = NULL;

  g_return_val_if_fail (BPG_IS_REPORT (report), NULL);

  self = g_object_new (BPG_TYPE_APPOINTMENT_SUMMARY,
                       "transient-for", parent,
                       NULL);
  text = bpg_report_dup_markup (report);
  gtk_label_set_markup (self->text_label, text);

  return GTK_WIDGET (self);
}
