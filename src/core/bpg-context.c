/* bpg-context.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-context"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#define G_SETTINGS_ENABLE_BACKEND
#include <gio/gsettingsbackend.h>

#include "bpg-context.h"
#include "bpg-diary-summary.h"
#include "bpg-i18n.h"

/* The one owner of the app's state. The application creates it and hands it
 * to the window, and the window to every area, as their "context" property.
 * It holds the settings (created once), whether this is a shared computer,
 * the appointment, and the data each area shows: the advice content, the
 * symptom check's questions and session, the exercises, the services and the
 * diary. Each piece is read the first time an area asks for it (in a worker
 * thread where reading is slow), never all at start-up; its property is
 * notified when loading ends, whether or not it worked, and the error says
 * why not. The appointment follows the check's outcome and the diary's last
 * four weeks from here, so no area has to tell another. */
struct _BpgContext
{
  GObject                parent_instance;

  GSettings             *settings;
  GSettings             *machine_settings;
  gboolean               shared_computer;
  char                  *language;      /* as chosen: "" for the system's */
  gboolean               recent_files_existed;
  gboolean               presentation;
  GCancellable          *cancellable;
  BpgAppointment        *appointment;
  BpgHandout            *handout;

  BpgContent            *content;
  GError                *content_error;
  gboolean               content_loading;

  BpgCheckQuestionnaire *questionnaire;
  GError                *questionnaire_error;
  gboolean               questionnaire_loading;
  BpgCheckSession       *check_session;
  BpgCheckAnswer        *carried_answers;  /* across a change of language */
  guint                  carried_position;
  gboolean               carried_finished;

  BpgExerciseList       *exercises;
  GError                *exercises_error;
  gboolean               exercises_loading;

  BpgServiceCatalog     *services;
  GError                *services_error;
  gboolean               services_loading;

  BpgDiaryStore         *diary_store;
  guint                  summary_idle;
};

G_DEFINE_FINAL_TYPE (BpgContext, bpg_context, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SETTINGS,
  PROP_MACHINE_SETTINGS,
  PROP_SHARED_COMPUTER,
  PROP_LANGUAGE,
  PROP_APPOINTMENT,
  PROP_CONTENT,
  PROP_QUESTIONNAIRE,
  PROP_CHECK_SESSION,
  PROP_EXERCISES,
  PROP_SERVICES,
  PROP_DIARY_STORE,
  PROP_PRESENTATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SESSION_CLEARED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* For tests: seconds without use before a shared computer warns. */
#define IDLE_SECONDS_ENV "BPG_IDLE_SECONDS"

/* Presentation: text half as big again as the patient's own size, read
 * across a desk, up to two and a half times the normal size. */
#define PRESENTATION_FACTOR    1.5
#define PRESENTATION_SCALE_MAX 2.5

/* Four weeks, whatever the diary's chart shows, for the appointment. */
#define SUMMARY_DAYS 28

static void
set_error (GError       **error,
           const GError  *value)
{
  g_clear_error (error);
  if (value != NULL)
    *error = g_error_copy (value);
}

static void
update_check_result (BpgContext *self)
{
  BpgCheckOutcome *outcome = bpg_check_session_get_outcome (self->check_session);

  /* The appointment keeps the latest outcome, with its date; the answers
   * themselves stay in the session, in memory only. */
  if (outcome != NULL)
    bpg_appointment_set_check_result (self->appointment,
                                      bpg_check_outcome_get_title (outcome),
                                      bpg_check_outcome_get_date_time (outcome));
}

/* A change of language reads the questions again; the answers given so far
 * are given again, in order, to the questions in the new language, so the
 * patient is where they were. */
static void
carry_answers (BpgContext *self)
{
  BpgCheckSession *session = self->check_session;
  g_autofree BpgCheckAnswer *answers = g_steal_pointer (&self->carried_answers);
  guint n = bpg_check_questionnaire_get_n_questions (bpg_check_session_get_questionnaire (session));

  while (answers != NULL && !bpg_check_session_get_finished (session))
    {
      guint position = bpg_check_session_get_position (session);

      if ((!self->carried_finished && position == self->carried_position) || position >= n ||
          answers[position] == BPG_CHECK_ANSWER_NONE)
        break;
      bpg_check_session_answer (session, answers[position]);
    }
}

/* "Start Again" says it clears the answers: the latest outcome shown in Get
 * Help and on the appointment summary goes with them. Going back to change
 * an answer keeps it until the check ends again. */
static void
check_started_cb (BpgContext *self)
{
  if (!bpg_check_session_get_started (self->check_session))
    bpg_appointment_set_check_result (self->appointment, NULL, NULL);
}

/* On a shared computer, the text size, the area chosen and the page read go
 * to settings kept in memory, so nothing of them reaches the disk. */
/* GTK's list of recently used files, kept empty on a shared computer. */
static char *
dup_recent_files_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "recently-used.xbel", NULL);
}

static void
use_memory_settings (BpgContext *self)
{
  g_autoptr(GSettingsBackend) backend = g_memory_settings_backend_new ();
  g_autofree char *recent = dup_recent_files_path ();

  self->recent_files_existed = g_file_test (recent, G_FILE_TEST_EXISTS);

  g_clear_object (&self->settings);
  self->settings = g_settings_new_with_backend (APP_ID, backend);
}

static gboolean
update_diary_summary_cb (gpointer user_data)
{
  BpgContext *self = user_data;
  GListModel *entries = G_LIST_MODEL (bpg_diary_store_get_model (self->diary_store));
  g_autofree char *text = NULL;

  self->summary_idle = 0;
  if (g_list_model_get_n_items (entries) > 0)
    {
      g_autoptr(BpgDiarySummary) summary = bpg_diary_summary_new (entries, bpg_diary_today (),
                                                                  SUMMARY_DAYS);
      text = bpg_diary_summary_dup_text (summary);
    }

  bpg_appointment_set_diary_summary (self->appointment, text);
  return G_SOURCE_REMOVE;
}

/* Many changes at once (a backup restored) make one summary. */
static void
diary_changed_cb (BpgContext *self)
{
  if (self->summary_idle == 0)
    self->summary_idle = g_idle_add (update_diary_summary_cb, self);
}

static void
content_loaded_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BpgContent) content = bpg_content_load_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      !BPG_CONTEXT (user_data)->content_loading)  /* set meanwhile */
    return;
  if (error != NULL)
    g_warning ("The advice content could not be loaded: %s", error->message);

  bpg_context_set_content (BPG_CONTEXT (user_data), content, error);
}

static void
questionnaire_loaded_cb (GObject      *object,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BpgCheckQuestionnaire) questionnaire = bpg_check_questionnaire_load_finish (result,
                                                                                         &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      !BPG_CONTEXT (user_data)->questionnaire_loading)  /* set meanwhile */
    return;
  if (error != NULL)
    g_warning ("The symptom check could not be loaded: %s", error->message);

  bpg_context_set_questionnaire (BPG_CONTEXT (user_data), questionnaire, error);
}

static void
exercises_loaded_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BpgExerciseList) exercises = bpg_exercise_list_load_finish (result, &error);
  BpgContext *self;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (error != NULL)
    g_warning ("The exercises could not be loaded: %s", error->message);

  self = BPG_CONTEXT (user_data);
  self->exercises_loading = FALSE;
  self->exercises = g_steal_pointer (&exercises);
  self->exercises_error = g_steal_pointer (&error);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXERCISES]);
}

static void
services_loaded_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BpgServiceCatalog) services = bpg_service_catalog_load_finish (result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) ||
      !BPG_CONTEXT (user_data)->services_loading)  /* set meanwhile */
    return;

  bpg_context_set_services (BPG_CONTEXT (user_data), services, error);
}

static void
bpg_context_constructed (GObject *object)
{
  BpgContext *self = (BpgContext *)object;

  G_OBJECT_CLASS (bpg_context_parent_class)->constructed (object);

  /* The one place the app's settings are created. */
  if (self->settings == NULL)
    self->settings = g_settings_new (APP_ID);
  if (self->machine_settings == NULL)
    self->machine_settings = g_object_ref (self->settings);

  /* Decided once: a diary kept in memory must not start being saved, nor a
   * saved one appear, because a setting changed while the app runs. */
  self->shared_computer = self->shared_computer ||
                          bpg_diary_is_shared_computer (self->machine_settings);
  if (self->shared_computer)
    use_memory_settings (self);

  /* The chosen language, or on a shared computer the machine's default
   * (a user's own choice is never written there). */
  self->language = g_settings_get_string (self->settings, "language");
  if (bpg_i18n_lookup_language (self->language) == NULL)
    {
      g_free (self->language);
      self->language = g_strdup ("");
    }
  bpg_i18n_set_language (self->language);
}

static void
bpg_context_dispose (GObject *object)
{
  BpgContext *self = (BpgContext *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->summary_idle, g_source_remove);
  if (self->check_session != NULL)
    g_signal_handlers_disconnect_by_data (self->check_session, self);
  if (self->diary_store != NULL)
    g_signal_handlers_disconnect_by_data (bpg_diary_store_get_model (self->diary_store), self);

  g_clear_object (&self->diary_store);
  g_clear_object (&self->check_session);
  g_clear_object (&self->questionnaire);
  g_clear_object (&self->content);
  g_clear_object (&self->exercises);
  g_clear_object (&self->services);
  g_clear_object (&self->appointment);
  g_clear_object (&self->handout);
  g_clear_object (&self->settings);
  g_clear_object (&self->machine_settings);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (bpg_context_parent_class)->dispose (object);
}

static void
bpg_context_finalize (GObject *object)
{
  BpgContext *self = (BpgContext *)object;

  g_clear_pointer (&self->language, g_free);
  g_clear_pointer (&self->carried_answers, g_free);
  g_clear_error (&self->content_error);
  g_clear_error (&self->questionnaire_error);
  g_clear_error (&self->exercises_error);
  g_clear_error (&self->services_error);

  G_OBJECT_CLASS (bpg_context_parent_class)->finalize (object);
}

static void
bpg_context_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  BpgContext *self = BPG_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    case PROP_MACHINE_SETTINGS:
      g_value_set_object (value, self->machine_settings);
      break;

    case PROP_SHARED_COMPUTER:
      g_value_set_boolean (value, self->shared_computer);
      break;

    case PROP_LANGUAGE:
      g_value_set_string (value, self->language);
      break;

    case PROP_APPOINTMENT:
      g_value_set_object (value, self->appointment);
      break;

    case PROP_CONTENT:
      g_value_set_object (value, self->content);
      break;

    case PROP_QUESTIONNAIRE:
      g_value_set_object (value, self->questionnaire);
      break;

    case PROP_CHECK_SESSION:
      g_value_set_object (value, self->check_session);
      break;

    case PROP_EXERCISES:
      g_value_set_object (value, self->exercises);
      break;

    case PROP_SERVICES:
      g_value_set_object (value, self->services);
      break;

    case PROP_DIARY_STORE:
      g_value_set_object (value, self->diary_store);
      break;

    case PROP_PRESENTATION:
      g_value_set_boolean (value, self->presentation);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bpg_context_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  BpgContext *self = BPG_CONTEXT (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    case PROP_MACHINE_SETTINGS:
      self->machine_settings = g_value_dup_object (value);
      break;

    case PROP_SHARED_COMPUTER:
      self->shared_computer = g_value_get_boolean (value);
      break;

    case PROP_PRESENTATION:
      bpg_context_set_presentation (self, g_value_get_boolean (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bpg_context_class_init (BpgContextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->constructed = bpg_context_constructed;
  object_class->dispose = bpg_context_dispose;
  object_class->finalize = bpg_context_finalize;
  object_class->get_property = bpg_context_get_property;
  object_class->set_property = bpg_context_set_property;

  /**
   * BpgContext:settings:
   *
   * The app's settings; created by the context when none is given.
   */
  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * BpgContext:machine-settings:
   *
   * The settings as the administrator left them on this computer, read for
   * the shared-computer keys even when the app's own settings are kept in
   * memory; the app's settings when none are given.
   */
  properties[PROP_MACHINE_SETTINGS] =
    g_param_spec_object ("machine-settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * BpgContext:shared-computer:
   *
   * Whether several people use this computer (the "shared-computer" setting,
   * BPG_SHARED_COMPUTER=1, or set when made, as --shared-computer does),
   * decided when the context is made; it can only be switched on later,
   * before the diary is opened.
   */
  properties[PROP_SHARED_COMPUTER] =
    g_param_spec_boolean ("shared-computer", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  /**
   * BpgContext:language:
   *
   * The language chosen, such as "pl", or "" for the system's. Notified
   * once gettext uses it and the content is being read again in it.
   */
  properties[PROP_LANGUAGE] =
    g_param_spec_string ("language", NULL, NULL, "", flags);
  properties[PROP_APPOINTMENT] =
    g_param_spec_object ("appointment", NULL, NULL, BPG_TYPE_APPOINTMENT, flags);
  properties[PROP_CONTENT] =
    g_param_spec_object ("content", NULL, NULL, BPG_TYPE_CONTENT, flags);
  properties[PROP_QUESTIONNAIRE] =
    g_param_spec_object ("questionnaire", NULL, NULL, BPG_TYPE_CHECK_QUESTIONNAIRE, flags);
  properties[PROP_CHECK_SESSION] =
    g_param_spec_object ("check-session", NULL, NULL, BPG_TYPE_CHECK_SESSION, flags);
  properties[PROP_EXERCISES] =
    g_param_spec_object ("exercises", NULL, NULL, BPG_TYPE_EXERCISE_LIST, flags);
  properties[PROP_SERVICES] =
    g_param_spec_object ("services", NULL, NULL, BPG_TYPE_SERVICE_CATALOG, flags);
  properties[PROP_DIARY_STORE] =
    g_param_spec_object ("diary-store", NULL, NULL, BPG_TYPE_DIARY_STORE, flags);
  /**
   * BpgContext:presentation:
   *
   * Whether the app is shown to a patient across a desk: full screen, with
   * larger text (see bpg_context_get_text_scale()). Kept in memory only.
   */
  properties[PROP_PRESENTATION] =
    g_param_spec_boolean ("presentation", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BpgContext::session-cleared:
   *
   * Emitted when everything one person entered has been wiped; each view
   * goes back to how a fresh start shows it.
   */
  signals[SESSION_CLEARED] =
    g_signal_new ("session-cleared", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
bpg_context_init (BpgContext *self)
{
  self->cancellable = g_cancellable_new ();
  self->appointment = bpg_appointment_new ();
  self->handout = bpg_handout_new ();
}

/**
 * bpg_context_new:
 * @settings: (nullable): the app's settings, or %NULL to create them
 *
 * Returns: (transfer full): a new context, with nothing loaded yet
 */
BpgContext *
bpg_context_new (GSettings *settings)
{
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (BPG_TYPE_CONTEXT, "settings", settings, NULL);
}

/**
 * bpg_context_get_settings:
 *
 * Returns: (transfer none): the app's settings
 */
GSettings *
bpg_context_get_settings (BpgContext *self)
{
  g_return_val_if_fail (BPG_IS_CONTEXT (self), NULL);

  return self->settings;
}

/**
 * bpg_context_get_shared_computer:
 *
 * Returns: whether the diary is kept in memory only and nothing of one
 *   person's use is remembered for the next
 */
gboolean
bpg_context_get_shared_computer (BpgContext *self)
{
  g_return_val_if_fail (BPG_IS_CONTEXT (self), FALSE);

  return self->shared_computer;
}

/**
 * bpg_context_get_presentation:
 *
 * Returns: whether the app is being shown to a patient across a desk
 */
gboolean
bpg_context_get_presentation (BpgContext *self)
{
  g_return_val_if_fail (BPG_IS_CONTEXT (self), FALSE);

  return self->presentation;
}

/**
 * bpg_context_set_presentation:
 * @presentation: whether to show the app to a patient across a desk
 *
 * Starts or ends presentation. The text grows while it lasts; the
 * patient's own text size in the settings is never changed, so it is
 * exactly as it was when presentation ends, and nothing is written.
 */
void
bpg_context_set_presentation (BpgContext *self,
                              gboolean    presentation)
{
  g_return_if_fail (BPG_IS_CONTEXT (self));

  presentation = !!presentation;
  if (self->presentation == presentation)
    return;

  self->presentation = presentation;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PRESENTATION]);
}

/**
 * bpg_context_get_text_scale:
 *
 * Returns: the size of the text shown, 1.0 being normal: the patient's own
 *   size (the "text-scale" setting), made larger during presentation
 */
double
bpg_context_get_text_scale (BpgContext *self)
{
  double scale;

  g_return_val_if_fail (BPG_IS_CONTEXT (self), 1.0);

  scale = g_settings_get_double (self->settings, "text-scale");
  if (self->presentation)
    scale = MAX (scale, MIN (scale * PRESENTATION_FACTOR, PRESENTATION_SCALE_MAX));

  return scale;
}

/**
 * bpg_context_get_appointment:
 *
 * Returns: (transfer none): the appointment summary being prepared
 */
BpgAppointment *
bpg_context_get_appointment (BpgContext *self)
{
  g_return_val_if_fail (BPG_IS_CONTEXT (self), NULL);

  return self->appointment;
}

/**
 * bpg_context_get_handout:
 *
 * Returns: (transfer none): the handout being made for the patient, kept in
 *   memory only
 */
BpgHandout *
bpg_context_get_handout (BpgContext *self)
{
  g_return_val_if_fail (BPG_IS_CONTEXT (self), NULL);

  return self->handout;
}

/**
 * bpg_context_load_content:
 *
 * Starts reading the advice pages in a worker thread, unless they are read
 * or being read; #BpgContext:content is notified when it ends.
 */
void
bpg_context_load_content (BpgContext *self)
{
  g_return_if_fail (BPG_IS_CONTEXT (self));

  if (self->content != NULL || self->content_error != NULL || self->content_loading)
    return;

  self->content_loading = TRUE;
  bpg_content_load_async (BPG_CONTENT_RESOURCE, GETTEXT_PACKAGE, self->cancellable,
                          content_loaded_cb, self);
}

/**
 * bpg_context_get_content:
 *
 * Returns: (transfer none) (nullable): the advice pages, once read
 */
BpgContent *
bpg_context_get_content (BpgContext *self)
{
  g_return_val_if_fail (BPG_IS_CONTEXT (self), NULL);

  return self->content;
}

/**
 * bpg_context_get_content_error:
 *
 * Returns: (nullable): why the advice pages could not be read, if they could not
 */
const GError *
bpg_context_get_content_error (BpgContext *self)
{
  g_return_val_if_fail (BPG_IS_CONTEXT (self), NULL);

  return self->content_error;
}

/**
 * bpg_context_get_content_loading:
 *
 * Returns: whether the advice pages are being read
 */
gboolean
bpg_context_get_content_loading (BpgContext *self)
{
  g_return_val_if_fail (BPG_IS_CONTEXT (self), FALSE);

  return self->content_loading;
}

/**
 * bpg_context_set_content:
 * @content: (nullable): the advice pages
 * @error: (nullable): why there are none
 *
 * Puts in place the advice pages (as reading them does), and stops any
 * reading still going on.
 */
void
bpg_context_set_content (BpgContext   *self,
                         BpgContent   *content,
                         const GError *error)
{
  g_return_if_fail (BPG_IS_CONTEXT (self));
  g_return_if_fail (content == NULL || BPG_IS_CONTENT (content));

  self->content_loading = FALSE;
  g_set_object (&self->content, content);
  set_error (&self->content_error, content == NULL ? error : NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTENT]);
}

/**
 * bpg_context_load_questionnaire:
 *
 * Starts reading the symptom check's questions, unless they are read or
 * being read; #BpgContext:questionnaire is notified when it ends, and
 * #BpgContext:check-session once there are questions.
 */
void
bpg_context_load_questionnaire (BpgContext *self)
{
  g_return_if_fail (BPG_IS_CONTEXT (self));

  if (self->questionnaire != NULL || self->questionnaire_error != NULL ||
      self->questionnaire_loading)
    return;

  self->questionnaire_loading = TRUE;
  bpg_check_questionnaire_load_async (BPG_CHECK_QUESTIONS_RESOURCE, GETTEXT_PACKAGE,
                                      self->cancellable, questionnaire_loaded_cb, self);
}

/**
 * bpg_context_get_questionnaire:
 *
 * Returns: (transfer none) (nullable): the symptom check's questions, once read
 */
BpgCheckQuestionnaire *
bpg_context_get_questionnaire (BpgContext *self)
{
  g_return_val_if_fail (BPG_IS_CONTEXT (self), NULL);

  return self->questionnaire;
}

/**
 * bpg_context_get_questionnaire_error:
 *
 * Returns: (nullable): why the questions could not be read, if they could not
 */
const GError *
bpg_context_get_questionnaire_error (BpgContext *self)
{
  g_return_val_if_fail (BPG_IS_CONTEXT (self), NULL);

  return self->questionnaire_error;
}

/**
 * bpg_context_set_questionnaire:
 * @questionnaire: (nullable): the questions
 * @error: (nullable): why there are none
 *
 * Puts in place the symptom check's questions, with a new session for them:
 * any answers given are dropped.
 */
void
bpg_context_set_questionnaire (BpgContext            *self,
                               BpgCheckQuestionnaire *questionnaire,
                               const GError          *error)
{
  g_return_if_fail (BPG_IS_CONTEXT (self));
  g_return_if_fail (questionnaire == NULL || BPG_IS_CHECK_QUESTIONNAIRE (questionnaire));

  self->questionnaire_loading = FALSE;
  g_set_object (&self->questionnaire, questionnaire);
  set_error (&self->questionnaire_error, questionnaire == NULL ? error : NULL);

  if (self->check_session != NULL)
    g_signal_handlers_disconnect_by_data (self->check_session, self);
  g_clear_object (&self->check_session);
  if (questionnaire != NULL)
    {
      self->check_session = bpg_check_session_new (questionnaire);
      carry_answers (self);
      g_signal_connect_object (self->check_session, "notify::outcome",
                               G_CALLBACK (update_check_result), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->check_session, "notify::started",
                               G_CALLBACK (check_started_cb), self, G_CONNECT_SWAPPED);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_QUESTIONNAIRE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHECK_SESSION]);
}

/**
 * bpg_context_get_check_session:
 *
 * Returns: (transfer none) (nullable): the symptom check being run, once
 *   its questions are read
 */
BpgCheckSession *
bpg_context_get_check_session (BpgContext *self)
{
  g_return_val_if_fail (BPG_IS_CONTEXT (self), NULL);

  return self->check_session;
}

/**
 * bpg_context_load_exercises:
 *
 * Starts reading the exercises and their advice, unless they are read or
 * being read; #BpgContext:exercises is notified when it ends.
 */
void
bpg_context_load_exercises (BpgContext *self)
{
  g_return_if_fail (BPG_IS_CONTEXT (self));

  if (self->exercises != NULL || self->exercises_error != NULL || self->exercises_loading)
    return;

  self->exercises_loading = TRUE;
  bpg_exercise_list_load_async (BPG_EXERCISES_RESOURCE, GETTEXT_PACKAGE, self->cancellable,
                                exercises_loaded_cb, self);
}

/**
 * bpg_context_get_exercises:
 *
 * Returns: (transfer none) (nullable): the exercises, once read
 */
BpgExerciseList *
bpg_context_get_exercises (BpgContext *self)
{
  g_return_val_if_fail (BPG_IS_CONTEXT (self), NULL);

  return self->exercises;
}

/**
 * bpg_context_get_exercises_error:
 *
 * Returns: (nullable): why the exercises could not be read, if they could not
 */
const GError *
bpg_context_get_exercises_error (BpgContext *self)
{
  g_return_val_if_fail (BPG_IS_CONTEXT (self), NULL);

  return self->exercises_error;
}

/**
 * bpg_context_load_services:
 *
 * Starts reading the built-in and the local services, unless they are read
 * or being read; #BpgContext:services is notified when it ends.
 */
void
bpg_context_load_services (BpgContext *self)
{
  g_autoptr(GFile) builtin = NULL;

  g_return_if_fail (BPG_IS_CONTEXT (self));

  if (self->services != NULL || self->services_error != NULL || self->services_loading)
    return;

  self->services_loading = TRUE;
  builtin = g_file_new_for_uri ("resource://" BPG_SERVICES_RESOURCE);
  bpg_service_catalog_load_async (builtin, GETTEXT_PACKAGE, NULL, self->cancellable,
                                  services_loaded_cb, self);
}

/**
 * bpg_context_get_services:
 *
 * Returns: (transfer none) (nullable): the services, once read
 */
BpgServiceCatalog *
bpg_context_get_services (BpgContext *self)
{
  g_return_val_if_fail (BPG_IS_CONTEXT (self), NULL);

  return self->services;
}

/**
 * bpg_context_get_services_error:
 *
 * Returns: (nullable): why the services could not be read, if they could not
 */
const GError *
bpg_context_get_services_error (BpgContext *self)
{
  g_return_val_if_fail (BPG_IS_CONTEXT (self), NULL);

  return self->services_error;
}

/**
 * bpg_context_set_services:
 * @services: (nullable): the services
 * @error: (nullable): why there are none
 *
 * Puts in place the services (as reading them does).
 */
void
bpg_context_set_services (BpgContext        *self,
                          BpgServiceCatalog *services,
                          const GError      *error)
{
  g_return_if_fail (BPG_IS_CONTEXT (self));
  g_return_if_fail (services == NULL || BPG_IS_SERVICE_CATALOG (services));

  self->services_loading = FALSE;
  g_set_object (&self->services, services);
  set_error (&self->services_error, services == NULL ? error : NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SERVICES]);
}

/**
 * bpg_context_open_diary:
 *
 * Opens the diary the first time it is asked for (not at start-up, so no
 * one's diary is read until they want it): from the user's data folder, or
 * in memory only on a shared computer. Reading goes on in a worker thread;
 * the store says when it is loaded.
 *
 * Returns: (transfer none): the diary
 */
BpgDiaryStore *
bpg_context_open_diary (BpgContext *self)
{
  g_return_val_if_fail (BPG_IS_CONTEXT (self), NULL);

  if (self->diary_store != NULL)
    return self->diary_store;

  self->diary_store = bpg_diary_store_new (NULL, self->shared_computer);
  g_signal_connect_object (bpg_diary_store_get_model (self->diary_store), "changed",
                           G_CALLBACK (diary_changed_cb), self, G_CONNECT_SWAPPED);
  bpg_diary_store_load_async (self->diary_store, NULL, NULL, NULL);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIARY_STORE]);

  return self->diary_store;
}

/**
 * bpg_context_get_diary_store:
 *
 * Returns: (transfer none) (nullable): the diary, once opened
 */
BpgDiaryStore *
bpg_context_get_diary_store (BpgContext *self)
{
  g_return_val_if_fail (BPG_IS_CONTEXT (self), NULL);

  return self->diary_store;
}

/* Drops what was read in the old language, and reads again what had been
 * read (or was being read): the areas that were not visited yet read theirs
 * when they are. */
static void
reload_in_language (BpgContext *self)
{
  gboolean content = self->content != NULL || self->content_loading;
  gboolean questionnaire = self->questionnaire != NULL || self->questionnaire_loading;
  gboolean exercises = self->exercises != NULL || self->exercises_loading;
  gboolean services = self->services != NULL || self->services_loading;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  if (self->check_session != NULL && bpg_check_session_get_started (self->check_session))
    {
      guint n = bpg_check_questionnaire_get_n_questions (self->questionnaire);

      g_free (self->carried_answers);
      self->carried_answers = g_memdup2 (bpg_check_session_get_answers (self->check_session),
                                         n * sizeof (BpgCheckAnswer));
      self->carried_position = bpg_check_session_get_position (self->check_session);
      self->carried_finished = bpg_check_session_get_finished (self->check_session);
    }

  self->content_loading = self->questionnaire_loading = FALSE;
  self->exercises_loading = self->services_loading = FALSE;
  g_clear_object (&self->content);
  g_clear_object (&self->exercises);
  g_clear_object (&self->services);
  g_clear_error (&self->content_error);
  g_clear_error (&self->questionnaire_error);
  g_clear_error (&self->exercises_error);
  g_clear_error (&self->services_error);
  /* The session stays until the questions are read again, then is
   * replaced by one with the same answers. */
  g_clear_object (&self->questionnaire);

  if (content)
    bpg_context_load_content (self);
  if (questionnaire)
    bpg_context_load_questionnaire (self);
  if (exercises)
    bpg_context_load_exercises (self);
  if (services)
    bpg_context_load_services (self);
}

/**
 * bpg_context_get_language:
 *
 * Returns: the language chosen, such as "pl", or "" for the system's
 */
const char *
bpg_context_get_language (BpgContext *self)
{
  g_return_val_if_fail (BPG_IS_CONTEXT (self), NULL);

  return self->language;
}

/**
 * bpg_context_set_language:
 * @code: (nullable): a shipped language's code, or "" or %NULL for the system's
 *
 * Switches the app to @code at once: gettext and dates use it, and the
 * content, questions, exercises and services read so far are read again in
 * it. The symptom check's answers are kept. The choice is remembered in the
 * settings, except on a shared computer, where it lasts until the app
 * closes or bpg_context_reset_language() is called. Views rebuild when
 * #BpgContext:language is notified.
 */
void
bpg_context_set_language (BpgContext *self,
                          const char *code)
{
  g_return_if_fail (BPG_IS_CONTEXT (self));

  if (code == NULL || bpg_i18n_lookup_language (code) == NULL)
    code = "";

  if (!self->shared_computer)
    g_settings_set_string (self->settings, "language", code);

  if (g_strcmp0 (code, self->language) == 0)
    return;

  g_free (self->language);
  self->language = g_strdup (code);
  bpg_i18n_set_language (code);
  reload_in_language (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LANGUAGE]);
}

/**
 * bpg_context_reset_language:
 *
 * Goes back to the machine's default language (the "language" setting's
 * default, which an administrator can set), as when the next person sits down at a
 * shared computer.
 */
void
bpg_context_reset_language (BpgContext *self)
{
  g_autoptr(GVariant) value = NULL;

  g_return_if_fail (BPG_IS_CONTEXT (self));

  /* With an administrator's default in dconf, that default. */
  value = g_settings_get_default_value (self->settings, "language");
  bpg_context_set_language (self, g_variant_get_string (value, NULL));
}

/**
 * bpg_context_get_machine_settings:
 *
 * Returns: (transfer none): the settings as this computer's administrator
 *   left them, where the decision about a shared computer is kept
 */
GSettings *
bpg_context_get_machine_settings (BpgContext *self)
{
  g_return_val_if_fail (BPG_IS_CONTEXT (self), NULL);

  return self->machine_settings;
}

/**
 * bpg_context_get_idle_seconds:
 *
 * Returns: how long a shared computer may go unused before it warns that
 *   it will clear itself: the "idle-minutes" setting, or BPG_IDLE_SECONDS
 */
guint
bpg_context_get_idle_seconds (BpgContext *self)
{
  const char *env = g_getenv (IDLE_SECONDS_ENV);
  guint64 seconds;

  g_return_val_if_fail (BPG_IS_CONTEXT (self), 0);

  if (env != NULL && g_ascii_string_to_unsigned (env, 10, 1, G_MAXUINT, &seconds, NULL))
    return seconds;

  return 60 * MAX (1, g_settings_get_int (self->machine_settings, "idle-minutes"));
}

/**
 * bpg_context_get_shared_computer_decided:
 *
 * Returns: whether anyone has said if this is a shared computer (the
 *   setting, its lock, or BPG_SHARED_COMPUTER set to any value), or the app
 *   runs as one already
 */
gboolean
bpg_context_get_shared_computer_decided (BpgContext *self)
{
  g_return_val_if_fail (BPG_IS_CONTEXT (self), TRUE);

  /* BPG_SHARED_COMPUTER=0 says so as plainly as =1 (under Flatpak, or in
   * tests with settings in memory). */
  return self->shared_computer || g_getenv (BPG_SHARED_COMPUTER_ENV) != NULL ||
         g_settings_get_boolean (self->machine_settings, "shared-computer-decided") ||
         !g_settings_is_writable (self->machine_settings, "shared-computer");
}

/**
 * bpg_context_decide_shared_computer:
 * @shared: whether several people use this computer
 *
 * Keeps the answer to the first-start question on this computer and, for a
 * shared one, switches the app to it at once. Only before the diary is
 * opened: a diary being saved must not start being kept in memory.
 */
void
bpg_context_decide_shared_computer (BpgContext *self,
                                    gboolean    shared)
{
  g_return_if_fail (BPG_IS_CONTEXT (self));
  g_return_if_fail (self->diary_store == NULL);

  g_settings_delay (self->machine_settings);
  g_settings_set_boolean (self->machine_settings, "shared-computer", shared);
  g_settings_set_boolean (self->machine_settings, "shared-computer-decided", TRUE);
  g_settings_apply (self->machine_settings);

  if (!shared || self->shared_computer)
    return;

  self->shared_computer = TRUE;
  use_memory_settings (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SETTINGS]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHARED_COMPUTER]);
}

static void
close_diary (BpgContext *self)
{
  if (self->diary_store == NULL)
    return;

  g_clear_handle_id (&self->summary_idle, g_source_remove);
  g_signal_handlers_disconnect_by_data (bpg_diary_store_get_model (self->diary_store), self);
  g_clear_object (&self->diary_store);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DIARY_STORE]);
}

/**
 * bpg_context_clear_session:
 *
 * Wipes everything one person entered: the diary (a new, empty one is
 * opened when next asked for), the symptom check's answers and outcome, the
 * appointment form, the handout being made, the area chosen, the page read,
 * the language and the text size (back to this computer's defaults), then emits
 * #BpgContext::session-cleared so every view starts afresh. On a computer
 * that is not shared, a diary saved on disk is only closed, never deleted.
 */
void
bpg_context_clear_session (BpgContext *self)
{
  static const char *personal_keys[] = { "text-scale", "area", "last-page" };

  g_return_if_fail (BPG_IS_CONTEXT (self));

  bpg_context_set_presentation (self, FALSE);
  close_diary (self);
  if (self->questionnaire != NULL)
    bpg_context_set_questionnaire (self, self->questionnaire, NULL);

  bpg_appointment_clear (self->appointment);
  bpg_appointment_set_check_result (self->appointment, NULL, NULL);
  bpg_appointment_set_diary_summary (self->appointment, NULL);
  bpg_handout_clear (self->handout);

  for (guint i = 0; i < G_N_ELEMENTS (personal_keys); i++)
    g_settings_reset (self->settings, personal_keys[i]);
  bpg_context_reset_language (self);
  bpg_context_sweep_traces (self);

  g_signal_emit (self, signals[SESSION_CLEARED], 0);
}

/**
 * bpg_context_sweep_traces:
 *
 * On a shared computer, removes the empty list of recently used files that
 * GTK writes when its file dialog has been used with that list turned off,
 * if there was none before: even empty, it would say when someone saved a
 * file. A list that was there before is left alone.
 */
void
bpg_context_sweep_traces (BpgContext *self)
{
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;

  g_return_if_fail (BPG_IS_CONTEXT (self));

  if (!self->shared_computer || self->recent_files_existed)
    return;

  path = dup_recent_files_path ();
  if (g_file_get_contents (path, &contents, NULL, NULL) &&
      strstr (contents, "<bookmark ") == NULL)
    g_unlink (path);
}

/* The settings as this computer keeps them, read through a back end of
 * their own: the default one, once made, is the one GTK writes its own
 * settings (the file dialog's) to, and on a shared computer that must be
 * memory. NULL if there is no such back end or no schema. */
static GSettings *
machine_settings_new (void)
{
  g_autoptr(GSettingsSchema) schema = NULL;
  const char *wanted = g_getenv ("GSETTINGS_BACKEND");
  GIOExtensionPoint *point;

  schema = g_settings_schema_source_lookup (g_settings_schema_source_get_default (),
                                            APP_ID, TRUE);
  if (schema == NULL)
    return NULL;

  g_vfs_get_default ();   /* loads GIO's modules, the settings back ends among them */
  point = g_io_extension_point_lookup (G_SETTINGS_BACKEND_EXTENSION_POINT_NAME);
  for (GList *l = point ? g_io_extension_point_get_extensions (point) : NULL; l; l = l->next)
    {
      const char *name = g_io_extension_get_name (l->data);
      g_autoptr(GSettingsBackend) backend = NULL;

      if (wanted != NULL ? !g_str_equal (name, wanted)
                         : g_str_equal (name, "memory") || g_str_equal (name, "null"))
        continue;
      backend = g_object_new (g_io_extension_get_type (l->data), NULL);
      return g_settings_new_full (schema, backend, NULL);
    }

  return NULL;
}

/**
 * bpg_context_prepare_shared_computer:
 * @forced: whether this run is on a shared computer whatever the settings
 *   say (back-pain-guide --shared-computer)
 *
 * To be called first thing in main(), before anything reads a setting,
 * since GIO picks where settings are kept the first time they are used. On
 * a shared computer (the "shared-computer" key, BPG_SHARED_COMPUTER=1, or
 * @forced) every setting, GTK's own (the file dialog's) too, is then kept in
 * memory. What the administrator set is passed on in the environment,
 * which the context reads as it would under Flatpak.
 */
void
bpg_context_prepare_shared_computer (gboolean forced)
{
  g_autoptr(GSettings) machine = NULL;

  if (forced)
    g_setenv (BPG_SHARED_COMPUTER_ENV, "1", TRUE);

  if (!bpg_diary_is_shared_computer (NULL))
    {
      machine = machine_settings_new ();
      if (machine == NULL || !g_settings_get_boolean (machine, "shared-computer"))
        return;
      g_setenv (BPG_SHARED_COMPUTER_ENV, "1", TRUE);
    }

  if (machine != NULL && g_getenv (IDLE_SECONDS_ENV) == NULL)
    {
      g_autofree char *seconds = g_strdup_printf ("%d", 60 * g_settings_get_int (machine,
                                                                              "idle-minutes"));

      g_setenv (IDLE_SECONDS_ENV, seconds, TRUE);
    }
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
}
