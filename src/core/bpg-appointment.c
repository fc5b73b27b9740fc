/* bpg-appointment.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-appointment"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bpg-appointment.h"
#include "bpg-date.h"
#include "bpg-safety-net.h"
#include "bpg-warning-sign.h"

/* What a patient wants to say at an appointment, and the summary made from
 * it. It lives in memory only: nothing here is ever written to disk unless
 * the patient saves or prints the summary, so the next person at a shared
 * computer never sees it. */
struct _BpgAppointment
{
  GObject             parent_instance;

  BpgSymptomDuration  duration;
  char               *better;
  char               *worse;
  char               *questions;
  gboolean            had_cancer;
  gboolean            had_fall;
  gboolean            had_injury;
  char               *check_outcome;
  GDateTime          *check_time;
  char               *diary_summary;
};

G_DEFINE_FINAL_TYPE (BpgAppointment, bpg_appointment, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DURATION,
  PROP_BETTER,
  PROP_WORSE,
  PROP_QUESTIONS,
  PROP_HAD_CANCER,
  PROP_HAD_FALL,
  PROP_HAD_INJURY,
  PROP_CHECK_OUTCOME,
  PROP_CHECK_TIME,
  PROP_DIARY_SUMMARY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
set_text (BpgAppointment  *self,
          char           **field,
          const char      *text,
          guint            prop)
{
  if (text == NULL)
    text = "";

  if (g_strcmp0 (*field, text) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (text);
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
  return TRUE;
}

static void
set_flag (BpgAppointment *self,
          gboolean       *field,
          gboolean        value,
          guint           prop)
{
  value = !!value;
  if (*field == value)
    return;

  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; p != NULL && *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;

  return TRUE;
}

static const char *
or_not_filled_in (const char *text)
{
  return is_blank (text) ? _("Not filled in") : text;
}

static void
add_symptoms (BpgAppointment *self,
              BpgReport      *report)
{
  bpg_report_add_heading (report, _("About my back pain"));
  bpg_report_add_key_value (report, _("How long I have had it"),
                            self->duration == BPG_SYMPTOM_DURATION_NOT_SAID
                            ? _("Not filled in")
                            : bpg_symptom_duration_to_text (self->duration));
  bpg_report_add_key_value (report, _("What makes it better"), or_not_filled_in (self->better));
  bpg_report_add_key_value (report, _("What makes it worse"), or_not_filled_in (self->worse));
}

static void
add_check (BpgAppointment *self,
           BpgReport      *report)
{
  g_autofree char *when = NULL;
  g_autofree char *text = NULL;

  bpg_report_add_heading (report, _("My latest symptom check"));

  if (self->check_outcome == NULL)
    {
      bpg_report_add_paragraph (report, _("No symptom check done yet."));
      return;
    }

  if (self->check_time != NULL)
    when = bpg_date_time_format_when (self->check_time);

  /* Translators: the first %s is the outcome of a symptom check, the second when it was done */
  text = when != NULL ? g_strdup_printf (_("%s (checked on %s)"), self->check_outcome, when)
                      : g_strdup (self->check_outcome);
  bpg_report_add_paragraph (report, text);
}

static void
add_diary (BpgAppointment *self,
           BpgReport      *report)
{
  bpg_report_add_heading (report, _("My diary"));
  bpg_report_add_paragraph (report, self->diary_summary != NULL
                                    ? self->diary_summary
                                    : _("No diary summary yet."));
}

/* One thing the leaflets say to tell the practitioner, in the words and at
 * the level of the signs table, such as "I have had a fall. (See your GP
 * soon)". */
static char *
dup_tell_item (const char *id)
{
  const char *sign_id = bpg_warning_tell_get_sign (id);
  g_autoptr(GListModel) signs = bpg_warning_sign_list_new (GETTEXT_PACKAGE, NULL);
  BpgWarningSign *sign = bpg_warning_sign_list_find (signs, sign_id);

  g_assert (sign != NULL);

  /* Translators: something to tell a practitioner, such as "I have had a fall.",
   * then how soon the app says to get help for it, such as "See your GP soon" */
  return g_strdup_printf (_("%s (%s)"), bpg_warning_tell_get_text (id, GETTEXT_PACKAGE),
                          bpg_warning_level_get_summary (bpg_warning_sign_get_level (sign),
                                                         GETTEXT_PACKAGE));
}

static void
add_tell (BpgAppointment *self,
          BpgReport      *report)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_free);

  bpg_report_add_heading (report, _("Things I need to tell you"));

  if (self->had_cancer)
    g_ptr_array_add (items, dup_tell_item ("cancer"));
  if (self->had_fall)
    g_ptr_array_add (items, dup_tell_item ("fall"));
  if (self->had_injury)
    g_ptr_array_add (items, dup_tell_item ("injury"));

  if (items->len > 0)
    {
      g_ptr_array_add (items, NULL);
      bpg_report_add_list (report, (const char * const *)items->pdata);
    }
  else
    bpg_report_add_paragraph (report, _("Cancer, a fall, an injury or an accident: none "
                                        "ticked."));

  bpg_report_add_paragraph (report, _("The leaflets say to tell your practitioner if you have "
                                      "ever had cancer, or if you have had a fall, an injury or "
                                      "an accident."));
}

static void
add_safety_net (BpgAppointment *self,
                BpgReport      *report)
{
  if (self->had_cancer)
    {
      g_autofree char *advice = bpg_appointment_dup_cancer_advice ();

      bpg_report_add_note (report, BPG_CALLOUT_URGENT, _("Call 111 now"), advice);
    }

  bpg_safety_net_add_to_report (report);
}

static void
bpg_appointment_finalize (GObject *object)
{
  BpgAppointment *self = (BpgAppointment *)object;

  g_clear_pointer (&self->better, g_free);
  g_clear_pointer (&self->worse, g_free);
  g_clear_pointer (&self->questions, g_free);
  g_clear_pointer (&self->check_outcome, g_free);
  g_clear_pointer (&self->check_time, g_date_time_unref);
  g_clear_pointer (&self->diary_summary, g_free);

  G_OBJECT_CLASS (bpg_appointment_parent_class)->finalize (object);
}

static void
bpg_appointment_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  BpgAppointment *self = BPG_APPOINTMENT (object);

  switch (prop_id)
    {
    case PROP_DURATION:
      g_value_set_uint (value, self->duration);
      break;
    case PROP_BETTER:
      g_value_set_string (value, self->better);
      break;
    case PROP_WORSE:
      g_value_set_string (value, self->worse);
      break;
    case PROP_QUESTIONS:
      g_value_set_string (value, self->questions);
      break;
    case PROP_HAD_CANCER:
      g_value_set_boolean (value, self->had_cancer);
      break;
    case PROP_HAD_FALL:
      g_value_set_boolean (value, self->had_fall);
      break;
    case PROP_HAD_INJURY:
      g_value_set_boolean (value, self->had_injury);
      break;
    case PROP_CHECK_OUTCOME:
      g_value_set_string (value, self->check_outcome);
      break;
    case PROP_CHECK_TIME:
      g_value_set_boxed (value, self->check_time);
      break;
    case PROP_DIARY_SUMMARY:
      g_value_set_string (value, self->diary_summary);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bpg_appointment_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  BpgAppointment *self = BPG_APPOINTMENT (object);

  switch (prop_id)
    {
    case PROP_DURATION:
      bpg_appointment_set_duration (self, g_value_get_uint (value));
      break;
    case PROP_BETTER:
      bpg_appointment_set_better (self, g_value_get_string (value));
      break;
    case PROP_WORSE:
      bpg_appointment_set_worse (self, g_value_get_string (value));
      break;
    case PROP_QUESTIONS:
      bpg_appointment_set_questions (self, g_value_get_string (value));
      break;
    case PROP_HAD_CANCER:
      bpg_appointment_set_had_cancer (self, g_value_get_boolean (value));
      break;
    case PROP_HAD_FALL:
      bpg_appointment_set_had_fall (self, g_value_get_boolean (value));
      break;
    case PROP_HAD_INJURY:
      bpg_appointment_set_had_injury (self, g_value_get_boolean (value));
      break;
    case PROP_DIARY_SUMMARY:
      bpg_appointment_set_diary_summary (self, g_value_get_string (value));
      break;
    case PROP_CHECK_OUTCOME:
    case PROP_CHECK_TIME:
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
text_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, "",
                              G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static GParamSpec *
flag_property (const char *name)
{
  return g_param_spec_boolean (name, NULL, NULL, FALSE,
                               G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
}

static void
bpg_appointment_class_init (BpgAppointmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bpg_appointment_finalize;
  object_class->get_property = bpg_appointment_get_property;
  object_class->set_property = bpg_appointment_set_property;

  properties[PROP_DURATION] =
    g_param_spec_uint ("duration", NULL, NULL,
                       0, BPG_N_SYMPTOM_DURATIONS - 1, BPG_SYMPTOM_DURATION_NOT_SAID,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BETTER] = text_property ("better");
  properties[PROP_WORSE] = text_property ("worse");
  properties[PROP_QUESTIONS] = text_property ("questions");
  properties[PROP_HAD_CANCER] = flag_property ("had-cancer");
  properties[PROP_HAD_FALL] = flag_property ("had-fall");
  properties[PROP_HAD_INJURY] = flag_property ("had-injury");
  properties[PROP_CHECK_OUTCOME] =
    g_param_spec_string ("check-outcome", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CHECK_TIME] =
    g_param_spec_boxed ("check-time", NULL, NULL, G_TYPE_DATE_TIME,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_DIARY_SUMMARY] =
    g_param_spec_string ("diary-summary", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bpg_appointment_init (BpgAppointment *self)
{
  self->better = g_strdup ("");
  self->worse = g_strdup ("");
  self->questions = g_strdup ("");
}

BpgAppointment *
bpg_appointment_new (void)
{
  return g_object_new (BPG_TYPE_APPOINTMENT, NULL);
}

BpgSymptomDuration
bpg_appointment_get_duration (BpgAppointment *self)
{
  g_return_val_if_fail (BPG_IS_APPOINTMENT (self), BPG_SYMPTOM_DURATION_NOT_SAID);

  return self->duration;
}

void
bpg_appointment_set_duration (BpgAppointment     *self,
                              BpgSymptomDuration  duration)
{
  g_return_if_fail (BPG_IS_APPOINTMENT (self));
  g_return_if_fail (duration < BPG_N_SYMPTOM_DURATIONS);

  if (self->duration == duration)
    return;

  self->duration = duration;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURATION]);
}

/**
 * bpg_appointment_get_better:
 *
 * Returns: what makes the pain better, in the patient's words; "" if empty
 */
const char *
bpg_appointment_get_better (BpgAppointment *self)
{
  g_return_val_if_fail (BPG_IS_APPOINTMENT (self), NULL);

  return self->better;
}

void
bpg_appointment_set_better (BpgAppointment *self,
                            const char     *text)
{
  g_return_if_fail (BPG_IS_APPOINTMENT (self));

  set_text (self, &self->better, text, PROP_BETTER);
}

/**
 * bpg_appointment_get_worse:
 *
 * Returns: what makes the pain worse, in the patient's words; "" if empty
 */
const char *
bpg_appointment_get_worse (BpgAppointment *self)
{
  g_return_val_if_fail (BPG_IS_APPOINTMENT (self), NULL);

  return self->worse;
}

void
bpg_appointment_set_worse (BpgAppointment *self,
                           const char     *text)
{
  g_return_if_fail (BPG_IS_APPOINTMENT (self));

  set_text (self, &self->worse, text, PROP_WORSE);
}

/**
 * bpg_appointment_get_questions:
 *
 * Returns: the patient's questions for the clinician; "" if none
 */
const char *
bpg_appointment_get_questions (BpgAppointment *self)
{
  g_return_val_if_fail (BPG_IS_APPOINTMENT (self), NULL);

  return self->questions;
}

void
bpg_appointment_set_questions (BpgAppointment *self,
                               const char     *text)
{
  g_return_if_fail (BPG_IS_APPOINTMENT (self));

  set_text (self, &self->questions, text, PROP_QUESTIONS);
}

gboolean
bpg_appointment_get_had_cancer (BpgAppointment *self)
{
  g_return_val_if_fail (BPG_IS_APPOINTMENT (self), FALSE);

  return self->had_cancer;
}

void
bpg_appointment_set_had_cancer (BpgAppointment *self,
                                gboolean        had_cancer)
{
  g_return_if_fail (BPG_IS_APPOINTMENT (self));

  set_flag (self, &self->had_cancer, had_cancer, PROP_HAD_CANCER);
}

gboolean
bpg_appointment_get_had_fall (BpgAppointment *self)
{
  g_return_val_if_fail (BPG_IS_APPOINTMENT (self), FALSE);

  return self->had_fall;
}

void
bpg_appointment_set_had_fall (BpgAppointment *self,
                              gboolean        had_fall)
{
  g_return_if_fail (BPG_IS_APPOINTMENT (self));

  set_flag (self, &self->had_fall, had_fall, PROP_HAD_FALL);
}

gboolean
bpg_appointment_get_had_injury (BpgAppointment *self)
{
  g_return_val_if_fail (BPG_IS_APPOINTMENT (self), FALSE);

  return self->had_injury;
}

void
bpg_appointment_set_had_injury (BpgAppointment *self,
                                gboolean        had_injury)
{
  g_return_if_fail (BPG_IS_APPOINTMENT (self));

  set_flag (self, &self->had_injury, had_injury, PROP_HAD_INJURY);
}

/**
 * bpg_appointment_get_check_outcome:
 *
 * Returns: (nullable): the outcome of the latest symptom check, or %NULL if
 *   none was done
 */
const char *
bpg_appointment_get_check_outcome (BpgAppointment *self)
{
  g_return_val_if_fail (BPG_IS_APPOINTMENT (self), NULL);

  return self->check_outcome;
}

/**
 * bpg_appointment_get_check_time:
 *
 * Returns: (transfer none) (nullable): when the latest check was done
 */
GDateTime *
bpg_appointment_get_check_time (BpgAppointment *self)
{
  g_return_val_if_fail (BPG_IS_APPOINTMENT (self), NULL);

  return self->check_time;
}

/**
 * bpg_appointment_set_check_result:
 * @outcome: (nullable): the outcome of the latest symptom check, as its title
 *   (such as "Go to A&E now"), or %NULL when there is none
 * @date_time: (nullable): when the check was done
 *
 * The hook for the symptom check: whoever holds the latest outcome (the
 * "Check my symptoms" area) passes it here, so it is on the summary.
 */
void
bpg_appointment_set_check_result (BpgAppointment *self,
                                  const char     *outcome,
                                  GDateTime      *date_time)
{
  g_return_if_fail (BPG_IS_APPOINTMENT (self));

  if (g_strcmp0 (self->check_outcome, outcome) != 0)
    {
      g_free (self->check_outcome);
      self->check_outcome = g_strdup (outcome);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECK_OUTCOME]);
    }

  if (self->check_time != date_time &&
      (self->check_time == NULL || date_time == NULL ||
       !g_date_time_equal (self->check_time, date_time)))
    {
      g_clear_pointer (&self->check_time, g_date_time_unref);
      self->check_time = date_time != NULL ? g_date_time_ref (date_time) : NULL;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECK_TIME]);
    }
}

/**
 * bpg_appointment_get_diary_summary:
 *
 * Returns: (nullable): a few lines about the diary (pain trend, activity),
 *   or %NULL when there is none
 */
const char *
bpg_appointment_get_diary_summary (BpgAppointment *self)
{
  g_return_val_if_fail (BPG_IS_APPOINTMENT (self), NULL);

  return self->diary_summary;
}

/**
 * bpg_appointment_set_diary_summary:
 * @summary: (nullable): the diary's summary, or %NULL
 *
 * The hook for the diary: it passes a few plain lines (pain trend and
 * activity) for the summary.
 */
void
bpg_appointment_set_diary_summary (BpgAppointment *self,
                                   const char     *summary)
{
  g_return_if_fail (BPG_IS_APPOINTMENT (self));

  if (g_strcmp0 (self->diary_summary, summary) == 0)
    return;

  g_free (self->diary_summary);
  self->diary_summary = g_strdup (summary);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIARY_SUMMARY]);
}

/**
 * bpg_appointment_is_empty:
 *
 * Returns: whether the patient has filled in nothing
 */
gboolean
bpg_appointment_is_empty (BpgAppointment *self)
{
  g_return_val_if_fail (BPG_IS_APPOINTMENT (self), TRUE);

  return self->duration == BPG_SYMPTOM_DURATION_NOT_SAID &&
         is_blank (self->better) && is_blank (self->worse) && is_blank (self->questions) &&
         !self->had_cancer && !self->had_fall && !self->had_injury;
}

/**
 * bpg_appointment_clear:
 *
 * Forgets everything the patient filled in. The symptom check and diary
 * come from their own areas and stay.
 */
void
bpg_appointment_clear (BpgAppointment *self)
{
  g_return_if_fail (BPG_IS_APPOINTMENT (self));

  g_object_freeze_notify (G_OBJECT (self));
  bpg_appointment_set_duration (self, BPG_SYMPTOM_DURATION_NOT_SAID);
  bpg_appointment_set_better (self, "");
  bpg_appointment_set_worse (self, "");
  bpg_appointment_set_questions (self, "");
  bpg_appointment_set_had_cancer (self, FALSE);
  bpg_appointment_set_had_fall (self, FALSE);
  bpg_appointment_set_had_injury (self, FALSE);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * bpg_appointment_create_report:
 *
 * Lays out the summary to show, print or save: the symptoms, the latest
 * symptom check, the diary, what to tell the clinician, the patient's
 * questions, and the urgent-help advice at the end.
 *
 * Returns: (transfer full): the summary
 */
BpgReport *
bpg_appointment_create_report (BpgAppointment *self)
{
  BpgReport *report;

  g_return_val_if_fail (BPG_IS_APPOINTMENT (self), NULL);

  report = bpg_report_new (_("Summary for My Appointment"));
  add_symptoms (self, report);
  add_check (self, report);
  add_diary (self, report);
  add_tell (self, report);
  bpg_report_add_heading (report, _("My questions"));
  bpg_report_add_paragraph (report, is_blank (self->questions)
                                    ? _("No questions written down.")
                                    : self->questions);
  add_safety_net (self, report);

  return report;
}

/**
 * bpg_symptom_duration_to_text:
 *
 * Returns: the duration in words
 */
const char *
bpg_symptom_duration_to_text (BpgSymptomDuration duration)
{
  switch (duration)
    {
    case BPG_SYMPTOM_DURATION_NOT_SAID:
      return _("Not said");
    case BPG_SYMPTOM_DURATION_UNDER_1_WEEK:
      return _("Less than a week");
    case BPG_SYMPTOM_DURATION_1_TO_6_WEEKS:
      return _("1 to 6 weeks");
    case BPG_SYMPTOM_DURATION_6_TO_12_WEEKS:
      return _("6 to 12 weeks");
    case BPG_SYMPTOM_DURATION_OVER_12_WEEKS:
      return _("More than 12 weeks");
    case BPG_N_SYMPTOM_DURATIONS:
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * bpg_appointment_dup_cancer_advice:
 *
 * What to do before the appointment for someone who has had cancer: the
 * warning sign about it, worded as in the signs table, and its level's
 * instruction.
 *
 * Returns: (transfer full): the advice, translated
 */
char *
bpg_appointment_dup_cancer_advice (void)
{
  g_autoptr(GListModel) signs = bpg_warning_sign_list_new (GETTEXT_PACKAGE, NULL);
  BpgWarningSign *sign = bpg_warning_sign_list_find (signs, "history-no-clear-reason");

  g_assert (sign != NULL);
  g_assert (bpg_warning_sign_get_level (sign) == BPG_CHECK_LEVEL_URGENT);

  /* Translators: %s is a warning sign, such as "Back pain that came on for
   * no reason you know of, if you have ever had cancer, TB, HIV or
   * inflammatory arthritis" */
  return g_strdup_printf (_("%s: call 111 now. Do not wait for your appointment."),
                          bpg_warning_sign_get_list_text (sign));
}
