/* bpg-help-view.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-help-view"

#include "config.h"

#include <glib/gi18n.h>

#include "bpg-appointment-view.h"
#include "bpg-help-ladder.h"
#include "bpg-help-view.h"
#include "bpg-services-view.h"
#include "bpg-urgent-card.h"

/* The Get help area, in order: where to go and when (the urgent-help
 * ladder), services for where the patient lives, and preparing for an
 * appointment. The ladder links to advice pages, so until the content is
 * loaded, and whenever it cannot be, the built-in urgent card stands in its
 * place: the 999, A&E and 111 advice is always the first thing here. */
struct _BpgHelpView
{
  AdwBin              parent_instance;

  BpgContext         *context;
  BpgServicesView    *services_view;
  BpgAppointmentView *appointment_view;

  /* Template widgets */
  GtkStack           *stack;
  BpgUrgentCard      *fallback_card;
  BpgHelpLadder      *ladder;
  AdwBin             *services_bin;
  AdwBin             *appointment_bin;
};

G_DEFINE_FINAL_TYPE (BpgHelpView, bpg_help_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  OPEN_PAGE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
open_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  g_signal_emit (widget, signals[OPEN_PAGE], 0, g_variant_get_string (parameter, NULL));
}

static void
context_content_cb (BpgHelpView *self)
{
  BpgContent *content = bpg_context_get_content (self->context);
  const GError *error = bpg_context_get_content_error (self->context);

  if (content != NULL || error != NULL)
    bpg_help_view_set_content (self, content, error);
}

/* The services and the appointment need the context, which is only there
 * once the construct properties are set. */
static void
bpg_help_view_constructed (GObject *object)
{
  BpgHelpView *self = BPG_HELP_VIEW (object);

  G_OBJECT_CLASS (bpg_help_view_parent_class)->constructed (object);

  g_assert (BPG_IS_CONTEXT (self->context));
  self->services_view = g_object_new (BPG_TYPE_SERVICES_VIEW, "context", self->context, NULL);
  adw_bin_set_child (self->services_bin, GTK_WIDGET (self->services_view));
  self->appointment_view = g_object_new (BPG_TYPE_APPOINTMENT_VIEW,
                                         "context", self->context,
                                         NULL);
  adw_bin_set_child (self->appointment_bin, GTK_WIDGET (self->appointment_view));

  g_signal_connect_object (self->context, "notify::content",
                           G_CALLBACK (context_content_cb), self, G_CONNECT_SWAPPED);
  context_content_cb (self);
}

static void
bpg_help_view_dispose (GObject *object)
{
  BpgHelpView *self = BPG_HELP_VIEW (object);

  /* AdwBin holds its child too: drop it there before the template does. */
  adw_bin_set_child (ADW_BIN (GTK_WIDGET (object)), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (object), BPG_TYPE_HELP_VIEW);
  self->services_view = NULL;
  self->appointment_view = NULL;
  g_clear_object (&self->context);

  G_OBJECT_CLASS (bpg_help_view_parent_class)->dispose (object);
}

static void
bpg_help_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  BpgHelpView *self = BPG_HELP_VIEW (object);

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
bpg_help_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  BpgHelpView *self = BPG_HELP_VIEW (object);

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
bpg_help_view_class_init (BpgHelpViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = bpg_help_view_constructed;
  object_class->dispose = bpg_help_view_dispose;
  object_class->get_property = bpg_help_view_get_property;
  object_class->set_property = bpg_help_view_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, BPG_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * BpgHelpView::open-page:
   * @page_id: an advice page
   *
   * Emitted when the reader follows a link to an advice page.
   */
  signals[OPEN_PAGE] =
    g_signal_new ("open-page",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (BPG_TYPE_URGENT_CARD);
  g_type_ensure (BPG_TYPE_HELP_LADDER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/help/bpg-help-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BpgHelpView, stack);
  gtk_widget_class_bind_template_child (widget_class, BpgHelpView, fallback_card);
  gtk_widget_class_bind_template_child (widget_class, BpgHelpView, ladder);
  gtk_widget_class_bind_template_child (widget_class, BpgHelpView, services_bin);
  gtk_widget_class_bind_template_child (widget_class, BpgHelpView, appointment_bin);

  /* The ladder's and the services' links to advice pages. */
  gtk_widget_class_install_action (widget_class, "help.open-page", "s", open_page_action);
}

static void
bpg_help_view_init (BpgHelpView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "help.open-page", FALSE);
}

/**
 * bpg_help_view_set_content:
 * @content: (nullable): the advice content
 * @error: (nullable): why there is no content
 *
 * Shows the ladder if @content has the advice pages it links to; otherwise
 * the built-in urgent card, with the reason.
 */
void
bpg_help_view_set_content (BpgHelpView  *self,
                           BpgContent   *content,
                           const GError *error)
{
  const char * const *page_ids = bpg_help_ladder_get_page_ids ();
  const char *missing = NULL;

  g_return_if_fail (BPG_IS_HELP_VIEW (self));

  if (content == NULL)
    missing = BPG_HELP_PAGE_ID;
  for (guint i = 0; missing == NULL && page_ids[i] != NULL; i++)
    if (bpg_content_lookup_page (content, page_ids[i]) == NULL)
      missing = page_ids[i];

  if (missing != NULL)
    {
      g_autofree char *problem = NULL;

      if (error == NULL && content != NULL)
        /* Translators: %s is the ID of an advice page, such as "urgent-help" */
        problem = g_strdup_printf (_("the advice page “%s” is missing"), missing);

      bpg_urgent_card_set_problem (self->fallback_card,
                                   error != NULL ? error->message : problem);
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "help.open-page", FALSE);
      gtk_stack_set_visible_child_name (self->stack, "fallback");
      return;
    }

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "help.open-page", TRUE);
  gtk_stack_set_visible_child_name (self->stack, "page");
}

/**
 * bpg_help_view_is_showing_page:
 *
 * Returns: %TRUE when the full Get help page, with its ladder, is shown;
 *   %FALSE while the built-in urgent card stands in for it
 */
gboolean
bpg_help_view_is_showing_page (BpgHelpView *self)
{
  g_return_val_if_fail (BPG_IS_HELP_VIEW (self), FALSE);

  return g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "page") == 0;
}

/**
 * bpg_help_view_get_appointment:
 *
 * The hook for other areas: the symptom check passes its latest outcome
 * with bpg_appointment_set_check_result(), and the diary its summary with
 * bpg_appointment_set_diary_summary(), so both are on the summary.
 *
 * Returns: (transfer none): the appointment being prepared
 */
BpgAppointment *
bpg_help_view_get_appointment (BpgHelpView *self)
{
  g_return_val_if_fail (BPG_IS_HELP_VIEW (self), NULL);

  return bpg_appointment_view_get_appointment (self->appointment_view);
}

/**
 * bpg_help_view_show_service:
 * @id: a service's ID
 *
 * Scrolls Get Help to the service, as a search result for it asks.
 */
void
bpg_help_view_show_service (BpgHelpView *self,
                            const char  *id)
{
  g_return_if_fail (BPG_IS_HELP_VIEW (self));

  bpg_services_view_show_service (self->services_view, id);
}
