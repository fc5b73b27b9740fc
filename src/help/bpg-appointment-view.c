/* bpg-appointment-view.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-appointment-view"

#include "config.h"

#include <glib/gi18n.h>

#include "bpg-appointment-summary.h"
#include "bpg-appointment-view.h"
#include "bpg-date.h"
#include "bpg-report-print.h"
#include "bpg-help-wrap.h"

/* "Prepare for your appointment": a form whose answers go into a summary to
 * show on screen, print or save as a PDF. The answers live in the context's
 * BpgAppointment, in memory and nowhere else; the context fills in the
 * symptom check's outcome and the diary's last four weeks. */
struct _BpgAppointmentView
{
  AdwBin                parent_instance;

  BpgContext           *context;
  BpgAppointment       *appointment;   /* the context's */
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;

  /* Template widgets */
  AdwComboRow          *duration_row;
  GtkTextView          *better_view;
  GtkTextView          *worse_view;
  GtkTextView          *questions_view;
  GtkCheckButton       *cancer_check;
  GtkCheckButton       *fall_check;
  GtkCheckButton       *injury_check;
  GtkWidget            *cancer_note;
  GtkLabel             *cancer_advice;
  GtkLabel             *check_label;
  GtkLabel             *diary_label;
  GtkLabel             *status_label;
};

G_DEFINE_FINAL_TYPE (BpgAppointmentView, bpg_appointment_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWindow *
get_window (BpgAppointmentView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

static void
show_status (BpgAppointmentView *self,
             const char         *text)
{
  gtk_label_set_text (self->status_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), text != NULL);
}

static void
update_check_cb (BpgAppointmentView *self)
{
  const char *outcome = bpg_appointment_get_check_outcome (self->appointment);
  GDateTime *time = bpg_appointment_get_check_time (self->appointment);
  g_autofree char *when = NULL;
  g_autofree char *text = NULL;

  if (outcome == NULL)
    {
      gtk_label_set_text (self->check_label, _("No symptom check done yet."));
      return;
    }

  if (time != NULL)
    when = bpg_date_time_format_when (time);
  /* Translators: the first %s is the outcome of a symptom check, the second when it was done */
  text = when != NULL ? g_strdup_printf (_("%s (checked on %s)"), outcome, when)
                      : g_strdup (outcome);
  gtk_label_set_text (self->check_label, text);
}

static gboolean
diary_summary_to_label (GBinding     *binding,
                        const GValue *from,
                        GValue       *to,
                        gpointer      user_data)
{
  const char *summary = g_value_get_string (from);

  g_value_set_string (to, summary != NULL ? summary : _("No diary summary yet."));
  return TRUE;
}

static void
bind_text (BpgAppointmentView *self,
           const char         *property,
           GtkTextView        *view)
{
  g_object_bind_property (self->appointment, property,
                          gtk_text_view_get_buffer (view), "text",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

static void
bind_model (BpgAppointmentView *self)
{
  g_autoptr(GtkStringList) durations = gtk_string_list_new (NULL);

  for (guint i = 0; i < BPG_N_SYMPTOM_DURATIONS; i++)
    gtk_string_list_append (durations, bpg_symptom_duration_to_text (i));
  adw_combo_row_set_model (self->duration_row, G_LIST_MODEL (durations));

  g_object_bind_property (self->appointment, "duration", self->duration_row, "selected",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  bind_text (self, "better", self->better_view);
  bind_text (self, "worse", self->worse_view);
  bind_text (self, "questions", self->questions_view);
  g_object_bind_property (self->appointment, "had-cancer", self->cancer_check, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->appointment, "had-fall", self->fall_check, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->appointment, "had-injury", self->injury_check, "active",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  /* Ticking cancer brings up the 111 advice straight away. */
  g_object_bind_property (self->appointment, "had-cancer", self->cancer_note, "visible",
                          G_BINDING_SYNC_CREATE);

  g_signal_connect_object (self->appointment, "notify::check-outcome",
                           G_CALLBACK (update_check_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->appointment, "notify::check-time",
                           G_CALLBACK (update_check_cb), self, G_CONNECT_SWAPPED);
  g_object_bind_property_full (self->appointment, "diary-summary", self->diary_label, "label",
                               G_BINDING_SYNC_CREATE, diary_summary_to_label, NULL, NULL, NULL);
  update_check_cb (self);
}

/* A failure has been shown by then; the status no longer says "Saving". */
static void
saved_cb (GFile    *file,
          gpointer  user_data)
{
  BpgAppointmentView *self = BPG_APPOINTMENT_VIEW (user_data);
  g_autofree char *name = file != NULL ? g_file_get_parse_name (file) : NULL;
  /* Translators: %s is where the file was saved */
  g_autofree char *text = name != NULL ? g_strdup_printf (_("The summary was saved to %s."), name)
                                       : NULL;

  show_status (self, text);
}

static void
save_response_cb (BpgAppointmentView *self,
                  int                 response)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(BpgReport) report = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));
  g_clear_object (&self->chooser);

  if (file == NULL)
    return;

  report = bpg_appointment_create_report (self->appointment);
  show_status (self, _("Saving the summary…"));
  bpg_appointment_view_save (self, report, file);
}

static void
show_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BpgAppointmentView *self = BPG_APPOINTMENT_VIEW (widget);
  g_autoptr(BpgReport) report = bpg_appointment_create_report (self->appointment);

  gtk_window_present (GTK_WINDOW (bpg_appointment_summary_new (get_window (self), report)));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  BpgAppointmentView *self = BPG_APPOINTMENT_VIEW (widget);
  g_autoptr(BpgReport) report = bpg_appointment_create_report (self->appointment);

  bpg_report_print (widget, report);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BpgAppointmentView *self = BPG_APPOINTMENT_VIEW (widget);

  if (self->chooser != NULL)
    return;

  self->chooser = bpg_report_save_dialog_new (widget, _("Save the Summary as a PDF"),
                                              /* Translators: the suggested file
                                               * name; keep the .pdf */
                                              _("Appointment summary.pdf"));
  g_signal_connect_object (self->chooser, "response",
                           G_CALLBACK (save_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
clear_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  BpgAppointmentView *self = BPG_APPOINTMENT_VIEW (widget);

  bpg_appointment_clear (self->appointment);
  show_status (self, _("The form is empty again."));
}

static void
bpg_appointment_view_constructed (GObject *object)
{
  BpgAppointmentView *self = BPG_APPOINTMENT_VIEW (object);

  G_OBJECT_CLASS (bpg_appointment_view_parent_class)->constructed (object);

  g_assert (BPG_IS_CONTEXT (self->context));
  self->appointment = g_object_ref (bpg_context_get_appointment (self->context));
  bind_model (self);
}

static void
bpg_appointment_view_dispose (GObject *object)
{
  BpgAppointmentView *self = (BpgAppointmentView *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  /* AdwBin holds its child too: drop it there before the template does. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BPG_TYPE_APPOINTMENT_VIEW);
  /* The appointment outlives the view: nothing of the view may hear it. */
  if (self->appointment != NULL)
    g_signal_handlers_disconnect_by_data (self->appointment, self);
  g_clear_object (&self->appointment);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (bpg_appointment_view_parent_class)->dispose (object);
}

static void
bpg_appointment_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  BpgAppointmentView *self = BPG_APPOINTMENT_VIEW (object);

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
bpg_appointment_view_set_property (GObject      *object,
                                   guint         prop_id,
                                   const GValue *value,
                                   GParamSpec   *pspec)
{
  BpgAppointmentView *self = BPG_APPOINTMENT_VIEW (object);

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
bpg_appointment_view_class_init (BpgAppointmentViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = bpg_appointment_view_constructed;
  object_class->dispose = bpg_appointment_view_dispose;
  object_class->get_property = bpg_appointment_view_get_property;
  object_class->set_property = bpg_appointment_view_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, BPG_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/help/bpg-appointment-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BpgAppointmentView, duration_row);
  gtk_widget_class_bind_template_child (widget_class, BpgAppointmentView, better_view);
  gtk_widget_class_bind_template_child (widget_class, BpgAppointmentView, worse_view);
  gtk_widget_class_bind_template_child (widget_class, BpgAppointmentView, questions_view);
  gtk_widget_class_bind_template_child (widget_class, BpgAppointmentView, cancer_check);
  gtk_widget_class_bind_template_child (widget_class, BpgAppointmentView, fall_check);
  gtk_widget_class_bind_template_child (widget_class, BpgAppointmentView, injury_check);
  gtk_widget_class_bind_template_child (widget_class, BpgAppointmentView, cancer_note);
  gtk_widget_class_bind_template_child (widget_class, BpgAppointmentView, cancer_advice);
  gtk_widget_class_bind_template_child (widget_class, BpgAppointmentView, check_label);
  gtk_widget_class_bind_template_child (widget_class, BpgAppointmentView, diary_label);
  gtk_widget_class_bind_template_child (widget_class, BpgAppointmentView, status_label);

  gtk_widget_class_install_action (widget_class, "appointment.show", NULL, show_action);
  gtk_widget_class_install_action (widget_class, "appointment.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "appointment.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "appointment.clear", NULL, clear_action);
}

static void
bpg_appointment_view_init (BpgAppointmentView *self)
{
  g_autofree char *cancer_advice = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  bpg_help_wrap_button_labels (GTK_WIDGET (self));

  cancer_advice = bpg_appointment_dup_cancer_advice ();
  gtk_label_set_text (self->cancer_advice, cancer_advice);

  self->cancellable = g_cancellable_new ();
}

/**
 * bpg_appointment_view_get_appointment:
 *
 * Returns: (transfer none): what the patient has filled in: the context's
 *   appointment
 */
BpgAppointment *
bpg_appointment_view_get_appointment (BpgAppointmentView *self)
{
  g_return_val_if_fail (BPG_IS_APPOINTMENT_VIEW (self), NULL);

  return self->appointment;
}

/**
 * bpg_appointment_view_save:
 *
 * Saves @report as a PDF in @file, in a worker thread, and says on screen
 * when it is done. The file chooser ends here; so do tests.
 */
void
bpg_appointment_view_save (BpgAppointmentView *self,
                           BpgReport          *report,
                           GFile              *file)
{
  g_return_if_fail (BPG_IS_APPOINTMENT_VIEW (self));
  g_return_if_fail (BPG_IS_REPORT (report));
  g_return_if_fail (G_IS_FILE (file));

  bpg_report_save (GTK_WIDGET (self), report, file, self->cancellable, saved_cb, self);
}
