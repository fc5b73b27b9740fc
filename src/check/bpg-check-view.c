/* bpg-check-view.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-check-view"

#include "config.h"

#include <glib/gi18n.h>

#include "bpg-check-outcome-page.h"
#include "bpg-check-question-page.h"
#include "bpg-check-view.h"
#include "bpg-report-print.h"
#include "bpg-toast.h"
#include "bpg-urgent-card.h"

/* The Check My Symptoms area. It shows the context's BpgCheckSession (the
 * questions are read when the area is first shown) on the page that fits:
 * the start page, the question being asked, the outcome, or the urgent-help
 * advice when the questions cannot be loaded. Answers live only in the
 * session, in memory. */
struct _BpgCheckView
{
  AdwBin                 parent_instance;

  BpgContext            *context;
  BpgCheckQuestionnaire *questionnaire;
  BpgCheckSession       *session;
  GCancellable          *cancellable;
  gboolean               in_progress;   /* the check has been started */
  GtkNativeDialog       *chooser;
  BpgReport             *report_to_save;

  /* Template widgets */
  AdwToastOverlay       *toast_overlay;
  GtkStack              *stack;
  AdwBin                *question_bin;
  AdwBin                *outcome_bin;
  GtkLabel              *failed_label;
  GtkWidget             *loading_label;
};

G_DEFINE_FINAL_TYPE (BpgCheckView, bpg_check_view, ADW_TYPE_BIN)

enum {
  OPEN_PAGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

enum {
  PROP_0,
  PROP_PAGE_NAME,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The toasts' overlay holds the pages but not the urgent-help button
 * below them, so no toast covers it. */
static AdwToastOverlay *
get_toast_overlay (BpgCheckView *self)
{
  return self->toast_overlay;
}

static void
toast (BpgCheckView *self,
       const char   *text)
{
  adw_toast_overlay_add_toast (get_toast_overlay (self), bpg_toast_new (text));
}

static BpgContent *
get_content (BpgCheckView *self)
{
  return bpg_context_get_content (self->context);
}

/* Whether the question at @position is the first one asked in its part. */
static gboolean
starts_section (BpgCheckView *self,
                guint         position)
{
  const BpgCheckAnswer *answers = bpg_check_session_get_answers (self->session);
  BpgCheckQuestion *question = bpg_check_questionnaire_get_question (self->questionnaire, position);

  for (int i = (int)position - 1; i >= 0; i--)
    {
      if (!bpg_check_questionnaire_is_asked (self->questionnaire, answers, i))
        continue;

      return g_strcmp0 (bpg_check_question_get_section_title (question),
                        bpg_check_question_get_section_title (
                          bpg_check_questionnaire_get_question (self->questionnaire, i))) != 0;
    }

  return TRUE;
}

/* In presentation, the question and the outcome use more of the width. */
static void
update_width_cb (BpgCheckView *self)
{
  gboolean wide = bpg_context_get_presentation (self->context);
  GtkWidget *question = adw_bin_get_child (self->question_bin);
  GtkWidget *outcome = adw_bin_get_child (self->outcome_bin);

  if (question != NULL)
    bpg_check_question_page_set_wide (BPG_CHECK_QUESTION_PAGE (question), wide);
  if (outcome != NULL)
    bpg_check_outcome_page_set_wide (BPG_CHECK_OUTCOME_PAGE (outcome), wide);
}

static void
show_question (BpgCheckView *self)
{
  guint position = bpg_check_session_get_position (self->session);
  GtkWidget *page;

  page = bpg_check_question_page_new (bpg_check_session_get_question (self->session),
                                      bpg_check_session_get_step (self->session),
                                      bpg_check_session_get_n_steps (self->session),
                                      bpg_check_session_get_answer (self->session, position),
                                      starts_section (self, position)
                                      ? bpg_check_session_get_n_section_steps (self->session)
                                      : 0);
  adw_bin_set_child (self->question_bin, page);
  update_width_cb (self);
  gtk_stack_set_visible_child_name (self->stack, "question");
  bpg_check_question_page_focus (BPG_CHECK_QUESTION_PAGE (page));
}

static void
show_outcome (BpgCheckView *self)
{
  BpgCheckOutcome *outcome = bpg_check_session_get_outcome (self->session);
  GtkWidget *page = adw_bin_get_child (self->outcome_bin);

  if (page == NULL || bpg_check_outcome_page_get_outcome (BPG_CHECK_OUTCOME_PAGE (page)) != outcome)
    {
      page = bpg_check_outcome_page_new (outcome, get_content (self));
      adw_bin_set_child (self->outcome_bin, page);
      update_width_cb (self);
    }

  gtk_stack_set_visible_child_name (self->stack, "outcome");
  bpg_check_outcome_page_focus (BPG_CHECK_OUTCOME_PAGE (page));

  /* Only one page at a time holds answers, so nothing hidden lingers. */
  adw_bin_set_child (self->question_bin, NULL);
}

static void
update_actions (BpgCheckView *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->stack);
  gboolean on_question = g_str_equal (page, "question");
  gboolean on_outcome = g_str_equal (page, "outcome");

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "check.start", self->session != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "check.answer", on_question);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "check.back", on_question || on_outcome);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "check.print", on_outcome);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "check.save", on_outcome);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "check.restart", self->session != NULL);
  gtk_widget_set_visible (self->loading_label, self->session == NULL);
}

/* Shows the page that fits the state of the check. */
static void
sync_page (BpgCheckView *self)
{
  const char *before = gtk_stack_get_visible_child_name (self->stack);

  if (self->session == NULL)
    gtk_stack_set_visible_child_name (self->stack,
                                      g_str_equal (before, "failed") ? "failed" : "intro");
  else if (bpg_check_session_get_finished (self->session))
    show_outcome (self);
  else if (self->in_progress)
    show_question (self);
  else
    gtk_stack_set_visible_child_name (self->stack, "intro");

  if (self->session == NULL || !bpg_check_session_get_finished (self->session))
    adw_bin_set_child (self->outcome_bin, NULL);

  update_actions (self);
  if (g_strcmp0 (before, gtk_stack_get_visible_child_name (self->stack)) != 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PAGE_NAME]);
}

static void
session_changed_cb (BpgCheckView *self)
{
  sync_page (self);
}

/* New questions, with a new session, or why there are none. */
static void
context_session_cb (BpgCheckView *self)
{
  BpgCheckSession *session = bpg_context_get_check_session (self->context);
  const GError *error = bpg_context_get_questionnaire_error (self->context);

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_set_object (&self->session, session);
  /* The session's own questions: after a change of language the session
   * stays, in the old language, until the new questions are read. */
  if (session != NULL)
    g_set_object (&self->questionnaire, bpg_check_session_get_questionnaire (session));
  else
    g_clear_object (&self->questionnaire);
  /* A session carried over a change of language, in a view built for the
   * new language, goes on at the question it had reached. */
  self->in_progress = self->session != NULL && bpg_check_session_get_started (self->session);

  if (self->session != NULL)
    g_signal_connect_object (self->session, "notify::question",
                             G_CALLBACK (session_changed_cb), self, G_CONNECT_SWAPPED);
  else if (error != NULL)
    {
      g_autofree char *text = NULL;

      /* Translators: %s says what went wrong, in words from the app */
      text = g_strdup_printf (_("The symptom check could not be opened (%s). "
                                "The most important advice is below. Please report this problem."),
                              error->message);
      gtk_label_set_text (self->failed_label, text);
      gtk_stack_set_visible_child_name (self->stack, "failed");
    }

  sync_page (self);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               BpgCheckView            *self)
{
  g_autoptr(GError) error = NULL;

  if (result != GTK_PRINT_OPERATION_RESULT_ERROR)
    return;

  gtk_print_operation_get_error (operation, &error);
  if (error == NULL)
    g_set_error_literal (&error, G_IO_ERROR, G_IO_ERROR_FAILED, _("unknown problem"));
  bpg_report_show_error (GTK_WIDGET (self), _("The Summary Could Not Be Printed"), error);
}

static void
saved_cb (GFile    *file,
          gpointer  user_data)
{
  if (file != NULL)
    adw_toast_overlay_add_toast (get_toast_overlay (user_data),
                                 bpg_saved_toast_new (GTK_WIDGET (user_data), file));
}

static void
chooser_response_cb (BpgCheckView *self,
                     int           response)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(BpgReport) report = g_steal_pointer (&self->report_to_save);

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));

  gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);

  if (file != NULL && report != NULL)
    bpg_report_save (GTK_WIDGET (self), report, file, self->cancellable, saved_cb, self);
}

static void
start_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  BpgCheckView *self = BPG_CHECK_VIEW (widget);

  self->in_progress = TRUE;
  sync_page (self);
}

static void
answer_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  BpgCheckView *self = BPG_CHECK_VIEW (widget);
  BpgCheckAnswer answer;

  if (!bpg_check_answer_from_string (g_variant_get_string (parameter, NULL), &answer) ||
      answer == BPG_CHECK_ANSWER_NONE)
    g_return_if_reached ();

  bpg_check_session_answer (self->session, answer);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BpgCheckView *self = BPG_CHECK_VIEW (widget);

  /* Back from the first question returns to the start page; the answer
   * given there is kept until the check is started again. */
  if (!bpg_check_session_go_back (self->session))
    {
      self->in_progress = FALSE;
      sync_page (self);
    }
}

static void
restart_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  BpgCheckView *self = BPG_CHECK_VIEW (widget);
  gboolean had_answers = bpg_check_session_get_started (self->session);

  bpg_check_view_restart (self);
  if (had_answers)
    toast (self, _("Your answers have been cleared"));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  BpgCheckView *self = BPG_CHECK_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (bpg_check_view_print (self, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL, &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      /* Translators: %s says why printing failed */
      g_autofree char *text = g_strdup_printf (_("The summary could not be printed: %s"),
                                               error->message);

      toast (self, text);
    }
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BpgCheckView *self = BPG_CHECK_VIEW (widget);
  BpgCheckOutcome *outcome = bpg_check_session_get_outcome (self->session);
  g_autofree char *name = NULL;

  if (self->chooser != NULL)
    return;

  self->report_to_save = bpg_check_outcome_create_report (outcome);
  /* Translators: the file name offered when saving the summary; keep the
   * date format, which sorts well */
  name = g_date_time_format (bpg_check_outcome_get_date_time (outcome),
                             _("Symptom check %Y-%m-%d %H.%M.pdf"));

  self->chooser = GTK_NATIVE_DIALOG (bpg_report_save_dialog_new (widget, _("Save Summary as PDF"),
                                                                  name));

  g_signal_connect_object (self->chooser, "response",
                           G_CALLBACK (chooser_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (self->chooser);
}

static void
open_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  g_signal_emit (widget, signals[OPEN_PAGE], 0, g_variant_get_string (parameter, NULL));
}

static void
bpg_check_view_constructed (GObject *object)
{
  BpgCheckView *self = BPG_CHECK_VIEW (object);

  G_OBJECT_CLASS (bpg_check_view_parent_class)->constructed (object);

  g_assert (BPG_IS_CONTEXT (self->context));
  g_signal_connect_object (self->context, "notify::check-session",
                           G_CALLBACK (context_session_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::presentation",
                           G_CALLBACK (update_width_cb), self, G_CONNECT_SWAPPED);
  if (bpg_context_get_check_session (self->context) != NULL ||
      bpg_context_get_questionnaire_error (self->context) != NULL)
    context_session_cb (self);
}

/* The questions are read the first time the area is shown. (The advice
 * pages the outcome links to are the first screen's, read at start-up.) */
static void
bpg_check_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (bpg_check_view_parent_class)->map (widget);

  bpg_context_load_questionnaire (BPG_CHECK_VIEW (widget)->context);
}

static void
bpg_check_view_dispose (GObject *object)
{
  BpgCheckView *self = (BpgCheckView *)object;

  g_cancellable_cancel (self->cancellable);
  /* The session is the context's, and outlives the view. */
  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);
  g_clear_object (&self->report_to_save);

  gtk_widget_dispose_template (GTK_WIDGET (self), BPG_TYPE_CHECK_VIEW);
  g_clear_object (&self->session);
  g_clear_object (&self->questionnaire);
  g_clear_object (&self->context);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (bpg_check_view_parent_class)->dispose (object);
}

static void
bpg_check_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BpgCheckView *self = BPG_CHECK_VIEW (object);

  switch (prop_id)
    {
    case PROP_PAGE_NAME:
      g_value_set_string (value, bpg_check_view_get_page_name (self));
      break;

    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bpg_check_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  BpgCheckView *self = BPG_CHECK_VIEW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Right to left, the arrow that points back is the right one: Alt+Right
 * goes back too (Alt+Left, which the tooltips name, still does). */
static gboolean
back_right_cb (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  if (gtk_widget_get_direction (widget) != GTK_TEXT_DIR_RTL)
    return FALSE;

  return gtk_widget_activate_action (widget, g_variant_get_string (args, NULL), NULL);
}

static void
bpg_check_view_class_init (BpgCheckViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = bpg_check_view_constructed;
  object_class->dispose = bpg_check_view_dispose;
  object_class->get_property = bpg_check_view_get_property;
  object_class->set_property = bpg_check_view_set_property;
  widget_class->map = bpg_check_view_map;

  /**
   * BpgCheckView:page-name:
   *
   * What is shown: "intro", "question", "outcome" or "failed".
   */
  properties[PROP_PAGE_NAME] =
    g_param_spec_string ("page-name", NULL, NULL,
                         "intro",
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, BPG_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BpgCheckView::open-page:
   * @page_id: an advice page
   *
   * Emitted when the reader follows a link from the outcome to an advice page.
   */
  signals[OPEN_PAGE] =
    g_signal_new ("open-page",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (BPG_TYPE_URGENT_CARD);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/check/bpg-check-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BpgCheckView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BpgCheckView, stack);
  gtk_widget_class_bind_template_child (widget_class, BpgCheckView, question_bin);
  gtk_widget_class_bind_template_child (widget_class, BpgCheckView, outcome_bin);
  gtk_widget_class_bind_template_child (widget_class, BpgCheckView, failed_label);
  gtk_widget_class_bind_template_child (widget_class, BpgCheckView, loading_label);

  gtk_widget_class_install_action (widget_class, "check.start", NULL, start_action);
  gtk_widget_class_install_action (widget_class, "check.answer", "s", answer_action);
  gtk_widget_class_install_action (widget_class, "check.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "check.restart", NULL, restart_action);
  gtk_widget_class_install_action (widget_class, "check.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "check.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "check.open-page", "s", open_page_action);

  /* Y, N and S answer; Alt+Left goes back a question, as in the advice. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_y, 0, "check.answer", "s", "yes");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, 0, "check.answer", "s", "no");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, 0, "check.answer", "s",
                                       "not-sure");
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK,
                                       "check.back", NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Right, GDK_ALT_MASK, back_right_cb,
                                "s", "check.back");
}

static void
bpg_check_view_init (BpgCheckView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  update_actions (self);
}

/**
 * bpg_check_view_set_questionnaire:
 * @questionnaire: (nullable): the questions
 * @error: (nullable): why there are none
 *
 * Puts @questionnaire in the view's context, which starts a new check; any
 * answers are dropped. Without it, the view shows the urgent-help advice
 * with the reason.
 */
void
bpg_check_view_set_questionnaire (BpgCheckView          *self,
                                  BpgCheckQuestionnaire *questionnaire,
                                  const GError          *error)
{
  g_return_if_fail (BPG_IS_CHECK_VIEW (self));
  g_return_if_fail (questionnaire == NULL || BPG_IS_CHECK_QUESTIONNAIRE (questionnaire));

  bpg_context_set_questionnaire (self->context, questionnaire, error);
}

/**
 * bpg_check_view_set_content:
 * @content: (nullable): the advice pages, for links from the outcome
 *
 * Puts @content in the view's context.
 */
void
bpg_check_view_set_content (BpgCheckView *self,
                            BpgContent   *content)
{
  g_return_if_fail (BPG_IS_CHECK_VIEW (self));
  g_return_if_fail (content == NULL || BPG_IS_CONTENT (content));

  bpg_context_set_content (self->context, content, NULL);
}

/**
 * bpg_check_view_get_session:
 *
 * Returns: (transfer none) (nullable): the check being run, once the
 *   questions have loaded
 */
BpgCheckSession *
bpg_check_view_get_session (BpgCheckView *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_VIEW (self), NULL);

  return self->session;
}

/**
 * bpg_check_view_get_page_name:
 *
 * Returns: "intro", "question", "outcome" or "failed"
 */
const char *
bpg_check_view_get_page_name (BpgCheckView *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * bpg_check_view_get_page:
 *
 * Returns: (transfer none) (nullable): the question or outcome page shown,
 *   if one is
 */
GtkWidget *
bpg_check_view_get_page (BpgCheckView *self)
{
  const char *name;

  g_return_val_if_fail (BPG_IS_CHECK_VIEW (self), NULL);

  name = gtk_stack_get_visible_child_name (self->stack);
  if (g_str_equal (name, "question"))
    return adw_bin_get_child (self->question_bin);
  if (g_str_equal (name, "outcome"))
    return adw_bin_get_child (self->outcome_bin);

  return NULL;
}

/**
 * bpg_check_view_restart:
 *
 * Clears every answer and the outcome, and shows the start page.
 */
void
bpg_check_view_restart (BpgCheckView *self)
{
  g_return_if_fail (BPG_IS_CHECK_VIEW (self));

  self->in_progress = FALSE;
  if (self->session != NULL)
    bpg_check_session_restart (self->session);

  adw_bin_set_child (self->question_bin, NULL);
  adw_bin_set_child (self->outcome_bin, NULL);
  sync_page (self);
}

/**
 * bpg_check_view_print:
 * @action: %GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG to ask the user, or
 *   %GTK_PRINT_OPERATION_ACTION_EXPORT to write @export_filename
 * @export_filename: (nullable): the PDF to write when exporting
 *
 * Prints the outcome's summary, laid out by BpgReport on the printer's page
 * size. Only an export waits until it is done.
 *
 * Returns: how the print operation went
 */
GtkPrintOperationResult
bpg_check_view_print (BpgCheckView             *self,
                      GtkPrintOperationAction   action,
                      const char               *export_filename,
                      GError                  **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(BpgReport) report = NULL;
  BpgCheckOutcome *outcome;
  GtkRoot *root;

  g_return_val_if_fail (BPG_IS_CHECK_VIEW (self), GTK_PRINT_OPERATION_RESULT_ERROR);
  g_return_val_if_fail (action != GTK_PRINT_OPERATION_ACTION_EXPORT || export_filename != NULL,
                        GTK_PRINT_OPERATION_RESULT_ERROR);

  outcome = self->session != NULL ? bpg_check_session_get_outcome (self->session) : NULL;
  g_return_val_if_fail (outcome != NULL, GTK_PRINT_OPERATION_RESULT_ERROR);

  report = bpg_check_outcome_create_report (outcome);
  operation = bpg_report_print_operation_new (report);
  gtk_print_operation_set_allow_async (operation, action != GTK_PRINT_OPERATION_ACTION_EXPORT);
  if (export_filename != NULL)
    gtk_print_operation_set_export_filename (operation, export_filename);

  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, 0);

  root = gtk_widget_get_root (GTK_WIDGET (self));
  return gtk_print_operation_run (operation, action,
                                  GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                  error);
}
