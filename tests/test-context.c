/* test-context.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "bpg-context.h"
#include "bpg-diary-summary.h"

static guint
count_notifies (BpgContext *context,
                const char *property)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (context), property));
}

static void
notify_cb (GObject    *object,
           GParamSpec *pspec)
{
  const char *name = g_param_spec_get_name (pspec);

  g_object_set_data (object, name,
                     GUINT_TO_POINTER (count_notifies (BPG_CONTEXT (object), name) + 1));
}

/* Runs the main loop until @property has been notified, or 10 s. */
static void
wait_for (BpgContext *context,
          const char *property)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (count_notifies (context, property) == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (count_notifies (context, property), >, 0);
}

static void
spin (guint ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static BpgContext *
new_context (GSettings *settings)
{
  BpgContext *context = bpg_context_new (settings);

  g_signal_connect (context, "notify", G_CALLBACK (notify_cb), NULL);
  return context;
}

/* The settings are made once, by the context, and the appointment is there
 * from the start, one for the whole app. */
static void
test_made_once (void)
{
  g_autoptr(BpgContext) context = new_context (NULL);
  GSettings *settings = bpg_context_get_settings (context);
  g_autofree char *id = NULL;

  g_assert_true (G_IS_SETTINGS (settings));
  g_object_get (settings, "schema-id", &id, NULL);
  g_assert_cmpstr (id, ==, APP_ID);
  g_assert_true (bpg_context_get_settings (context) == settings);
  g_assert_true (BPG_IS_APPOINTMENT (bpg_context_get_appointment (context)));
  g_assert_true (bpg_context_get_appointment (context) == bpg_context_get_appointment (context));
}

/* Nothing is read until an area asks; asking twice reads once. */
static void
test_lazy (void)
{
  g_autoptr(BpgContext) context = new_context (NULL);
  BpgContent *content;

  spin (200);
  g_assert_null (bpg_context_get_content (context));
  g_assert_null (bpg_context_get_questionnaire (context));
  g_assert_null (bpg_context_get_check_session (context));
  g_assert_null (bpg_context_get_exercises (context));
  g_assert_null (bpg_context_get_services (context));
  g_assert_null (bpg_context_get_diary_store (context));
  g_assert_cmpuint (count_notifies (context, "content"), ==, 0);
  g_assert_false (bpg_context_get_content_loading (context));

  /* The first window waits while this says the pages are being read. */
  bpg_context_load_content (context);
  bpg_context_load_content (context);
  g_assert_true (bpg_context_get_content_loading (context));
  wait_for (context, "content");
  g_assert_false (bpg_context_get_content_loading (context));
  content = bpg_context_get_content (context);
  g_assert_true (BPG_IS_CONTENT (content));
  g_assert_null (bpg_context_get_content_error (context));

  /* Asking again once it is there reads nothing more. */
  bpg_context_load_content (context);
  spin (200);
  g_assert_cmpuint (count_notifies (context, "content"), ==, 1);
  g_assert_true (bpg_context_get_content (context) == content);

  /* The other pieces are still unread. */
  g_assert_null (bpg_context_get_questionnaire (context));
  g_assert_null (bpg_context_get_exercises (context));
  g_assert_null (bpg_context_get_services (context));

  bpg_context_load_exercises (context);
  bpg_context_load_services (context);
  wait_for (context, "exercises");
  wait_for (context, "services");
  g_assert_true (BPG_IS_EXERCISE_LIST (bpg_context_get_exercises (context)));
  g_assert_true (BPG_IS_SERVICE_CATALOG (bpg_context_get_services (context)));
  g_assert_cmpuint (count_notifies (context, "exercises"), ==, 1);
  g_assert_cmpuint (count_notifies (context, "services"), ==, 1);
}

/* Content put in place while reading goes on wins over what is read. */
static void
test_set_wins (void)
{
  g_autoptr(BpgContext) context = new_context (NULL);
  g_autoptr(GError) error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, "broken");

  bpg_context_load_content (context);
  bpg_context_set_content (context, NULL, error);
  g_assert_false (bpg_context_get_content_loading (context));
  spin (500);
  g_assert_null (bpg_context_get_content (context));
  g_assert_error ((GError *)bpg_context_get_content_error (context), G_IO_ERROR,
                  G_IO_ERROR_FAILED);
}

/* The check's outcome reaches the appointment without any view. */
static void
test_check_outcome_to_appointment (void)
{
  g_autoptr(BpgContext) context = new_context (NULL);
  BpgAppointment *appointment = bpg_context_get_appointment (context);
  BpgCheckSession *session;

  bpg_context_load_questionnaire (context);
  wait_for (context, "check-session");
  session = bpg_context_get_check_session (context);
  g_assert_true (BPG_IS_CHECK_SESSION (session));
  g_assert_true (bpg_check_session_get_questionnaire (session) ==
                 bpg_context_get_questionnaire (context));
  g_assert_null (bpg_appointment_get_check_outcome (appointment));

  /* The first question is an emergency sign: yes ends the check. */
  bpg_check_session_answer (session, BPG_CHECK_ANSWER_YES);
  g_assert_nonnull (bpg_check_session_get_outcome (session));
  g_assert_cmpstr (bpg_appointment_get_check_outcome (appointment), ==,
                   bpg_check_outcome_get_title (bpg_check_session_get_outcome (session)));
  g_assert_nonnull (bpg_appointment_get_check_time (appointment));
}

/* The diary is opened once, when asked for, and its last four weeks reach
 * the appointment. */
static void
test_diary_to_appointment (void)
{
  g_autoptr(BpgContext) context = NULL;
  g_autoptr(BpgDiaryEntry) entry = NULL;
  BpgDiaryStore *store;
  gint64 deadline;
  GDate today;

  g_setenv (BPG_SHARED_COMPUTER_ENV, "1", TRUE);   /* in memory only */
  context = new_context (NULL);
  g_unsetenv (BPG_SHARED_COMPUTER_ENV);

  g_assert_null (bpg_context_get_diary_store (context));
  store = bpg_context_open_diary (context);
  g_assert_true (BPG_IS_DIARY_STORE (store));
  g_assert_true (bpg_context_open_diary (context) == store);
  g_assert_true (bpg_context_get_diary_store (context) == store);
  g_assert_cmpuint (count_notifies (context, "diary-store"), ==, 1);
  g_assert_true (bpg_diary_store_get_memory_only (store));

  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!bpg_diary_store_get_loaded (store) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (bpg_diary_store_get_loaded (store));

  g_date_clear (&today, 1);
  g_date_set_julian (&today, bpg_diary_today ());
  entry = bpg_diary_entry_new_with_id ("today", &today);
  bpg_diary_entry_set_back_pain (entry, 4);
  bpg_diary_model_add (bpg_diary_store_get_model (store), entry);
  spin (100);
  g_assert_nonnull (bpg_appointment_get_diary_summary (bpg_context_get_appointment (context)));
  g_assert_nonnull (strstr (bpg_appointment_get_diary_summary (bpg_context_get_appointment (context)),
                            "1 day with entries"));
}

/* A shared computer is known from the setting or from the environment,
 * once, when the context is made. */
static void
test_shared_computer (void)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  g_unsetenv (BPG_SHARED_COMPUTER_ENV);
  g_settings_reset (settings, "shared-computer");
  {
    g_autoptr(BpgContext) context = new_context (settings);

    g_assert_false (bpg_context_get_shared_computer (context));
  }

  g_settings_set_boolean (settings, "shared-computer", TRUE);
  {
    g_autoptr(BpgContext) context = new_context (settings);
    gboolean shared = FALSE;

    g_assert_true (bpg_context_get_shared_computer (context));
    g_object_get (context, "shared-computer", &shared, NULL);
    g_assert_true (shared);
    g_assert_true (bpg_diary_store_get_memory_only (bpg_context_open_diary (context)));
  }
  g_settings_reset (settings, "shared-computer");

  g_setenv (BPG_SHARED_COMPUTER_ENV, "1", TRUE);
  {
    g_autoptr(BpgContext) context = new_context (NULL);

    g_assert_true (bpg_context_get_shared_computer (context));
  }
  g_unsetenv (BPG_SHARED_COMPUTER_ENV);
}

/* "Start Again" clears the answers, so the outcome shown in Get Help and on
 * the appointment summary goes too; going back to change an answer does not. */
static void
test_start_again_clears_outcome (void)
{
  g_autoptr(BpgContext) context = new_context (NULL);
  BpgAppointment *appointment = bpg_context_get_appointment (context);
  BpgCheckSession *session;

  bpg_context_load_questionnaire (context);
  wait_for (context, "check-session");
  session = bpg_context_get_check_session (context);

  bpg_check_session_answer (session, BPG_CHECK_ANSWER_YES);
  g_assert_nonnull (bpg_appointment_get_check_outcome (appointment));
  g_assert_true (bpg_check_session_go_back (session));
  g_assert_nonnull (bpg_appointment_get_check_outcome (appointment));

  bpg_check_session_answer (session, BPG_CHECK_ANSWER_YES);
  bpg_check_session_restart (session);
  g_assert_null (bpg_appointment_get_check_outcome (appointment));
  g_assert_null (bpg_appointment_get_check_time (appointment));
}

static void
cleared_cb (BpgContext *context,
            guint      *count)
{
  (*count)++;
}

/* Finish and Clear: every owner starts afresh, and the views are told. */
static void
test_clear_session (void)
{
  g_autoptr(GSettings) machine = g_settings_new (APP_ID);
  g_autoptr(BpgContext) context = NULL;
  g_autoptr(BpgDiaryEntry) entry = NULL;
  BpgAppointment *appointment;
  BpgCheckSession *session;
  BpgDiaryStore *store;
  GSettings *settings;
  guint cleared = 0;
  GDate today;

  context = g_object_new (BPG_TYPE_CONTEXT, "settings", machine, "shared-computer", TRUE,
                          NULL);
  g_signal_connect (context, "notify", G_CALLBACK (notify_cb), NULL);
  g_signal_connect (context, "session-cleared", G_CALLBACK (cleared_cb), &cleared);
  appointment = bpg_context_get_appointment (context);

  /* On a shared computer the app's own settings are kept apart, in memory. */
  settings = bpg_context_get_settings (context);
  g_assert_true (settings != machine);
  g_settings_set_double (settings, "text-scale", 1.5);
  g_settings_set_string (settings, "area", "leicester");
  g_assert_cmpfloat (g_settings_get_double (machine, "text-scale"), ==, 1.0);

  bpg_context_load_questionnaire (context);
  wait_for (context, "check-session");
  session = bpg_context_get_check_session (context);
  bpg_check_session_answer (session, BPG_CHECK_ANSWER_YES);
  bpg_appointment_set_better (appointment, "walking");
  bpg_appointment_set_had_fall (appointment, TRUE);
  bpg_handout_set_page (bpg_context_get_handout (context), "keep-moving", TRUE);
  bpg_handout_set_exercise (bpg_context_get_handout (context), "bridge", TRUE);
  bpg_handout_set_sets (bpg_context_get_handout (context), "bridge", 2);
  bpg_handout_set_goal_minutes (bpg_context_get_handout (context), 150);
  bpg_handout_set_note (bpg_context_get_handout (context), "See you in two weeks");
  g_assert_false (bpg_handout_get_empty (bpg_context_get_handout (context)));

  store = bpg_context_open_diary (context);
  while (!bpg_diary_store_get_loaded (store))
    g_main_context_iteration (NULL, TRUE);
  g_date_clear (&today, 1);
  g_date_set_julian (&today, bpg_diary_today ());
  entry = bpg_diary_entry_new_with_id ("today", &today);
  bpg_diary_model_add (bpg_diary_store_get_model (store), entry);
  spin (100);
  g_assert_nonnull (bpg_appointment_get_diary_summary (appointment));

  bpg_context_clear_session (context);

  g_assert_cmpuint (cleared, ==, 1);
  g_assert_null (bpg_context_get_diary_store (context));
  store = bpg_context_open_diary (context);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (bpg_diary_store_get_model (store))),
                    ==, 0);
  g_assert_true (bpg_context_get_check_session (context) != session);
  g_assert_false (bpg_check_session_get_started (bpg_context_get_check_session (context)));
  g_assert_true (bpg_appointment_is_empty (appointment));
  g_assert_null (bpg_appointment_get_check_outcome (appointment));
  g_assert_null (bpg_appointment_get_diary_summary (appointment));
  g_assert_true (bpg_handout_get_empty (bpg_context_get_handout (context)));
  g_assert_false (bpg_handout_has_page (bpg_context_get_handout (context), "keep-moving"));
  g_assert_cmpuint (bpg_handout_get_sets (bpg_context_get_handout (context), "bridge"), ==, 0);
  g_assert_cmpstr (bpg_handout_get_note (bpg_context_get_handout (context)), ==, "");
  g_assert_cmpfloat (g_settings_get_double (settings, "text-scale"), ==, 1.0);
  spin (100);
  g_assert_null (bpg_appointment_get_diary_summary (appointment));
  {
    g_autofree char *area = g_settings_get_string (settings, "area");

    g_assert_cmpstr (area, ==, "");
  }
}

/* The first-start answer is kept on the computer; "shared" switches the app
 * to memory at once. */
static void
test_decide_shared_computer (void)
{
  g_autoptr(GSettings) machine = g_settings_new (APP_ID);
  g_autoptr(BpgContext) context = NULL;

  g_unsetenv (BPG_SHARED_COMPUTER_ENV);
  g_settings_reset (machine, "shared-computer");
  g_settings_reset (machine, "shared-computer-decided");
  context = new_context (machine);
  g_assert_false (bpg_context_get_shared_computer_decided (context));

  bpg_context_decide_shared_computer (context, TRUE);
  g_assert_true (bpg_context_get_shared_computer (context));
  g_assert_true (bpg_context_get_shared_computer_decided (context));
  g_assert_true (g_settings_get_boolean (machine, "shared-computer"));
  g_assert_true (bpg_context_get_settings (context) != machine);
  g_assert_cmpuint (count_notifies (context, "shared-computer"), ==, 1);
  g_assert_true (bpg_diary_store_get_memory_only (bpg_context_open_diary (context)));

  g_settings_reset (machine, "shared-computer");
  g_settings_reset (machine, "shared-computer-decided");
}

/* Ten minutes unless the administrator says otherwise. */
static void
test_idle_seconds (void)
{
  g_autoptr(GSettings) machine = g_settings_new (APP_ID);
  g_autoptr(BpgContext) context = new_context (machine);

  g_assert_cmpuint (bpg_context_get_idle_seconds (context), ==, 600);
  g_settings_set_int (machine, "idle-minutes", 3);
  g_assert_cmpuint (bpg_context_get_idle_seconds (context), ==, 180);
  g_setenv ("BPG_IDLE_SECONDS", "5", TRUE);
  g_assert_cmpuint (bpg_context_get_idle_seconds (context), ==, 5);
  g_unsetenv ("BPG_IDLE_SECONDS");
  g_settings_reset (machine, "idle-minutes");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/context/made-once", test_made_once);
  g_test_add_func ("/context/lazy", test_lazy);
  g_test_add_func ("/context/set-wins", test_set_wins);
  g_test_add_func ("/context/check-outcome-to-appointment", test_check_outcome_to_appointment);
  g_test_add_func ("/context/diary-to-appointment", test_diary_to_appointment);
  g_test_add_func ("/context/shared-computer", test_shared_computer);
  g_test_add_func ("/context/start-again-clears-outcome", test_start_again_clears_outcome);
  g_test_add_func ("/context/clear-session", test_clear_session);
  g_test_add_func ("/context/decide-shared-computer", test_decide_shared_computer);
  g_test_add_func ("/context/idle-seconds", test_idle_seconds);

  return g_test_run ();
}
