/* bpg-check-outcome-page.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-check-outcome-page"

#include "config.h"

#include <glib/gi18n.h>

#include "bpg-check-outcome-page.h"
#include "bpg-layout-tune.h"

/* What to do after the symptom check: the result, coloured and named by its
 * level, then why, what was uncertain, what to tell the clinician, the
 * safety net, and buttons to print, save, change answers or start again.
 * The buttons activate the check view's actions. */
struct _BpgCheckOutcomePage
{
  AdwBin           parent_instance;

  BpgCheckOutcome *outcome;

  /* Template widgets */
  AdwClamp        *clamp;
  GtkWidget       *result_box;
  GtkLabel        *level_label;
  GtkLabel        *title_label;
  GtkLabel        *when_label;
  GtkLabel        *action_label;
  GtkWidget       *stopped_label;
  GtkBox          *why_box;
  GtkBox          *other_box;
  GtkBox          *uncertain_box;
  GtkBox          *tell_box;
  GtkLabel        *safety_label;
  GtkWidget       *pages_box;
  GtkListBox      *pages_list;
  GtkLabel        *disclaimer_label;
};

G_DEFINE_FINAL_TYPE (BpgCheckOutcomePage, bpg_check_outcome_page, ADW_TYPE_BIN)

/* The page's width: as in the .ui file, or wider in presentation. */
#define NORMAL_MAXIMUM    640
#define NORMAL_TIGHTENING 480
#define WIDE_MAXIMUM      1040
#define WIDE_TIGHTENING   800

static const struct {
  const char *css;
  const char *name;
} levels[] = {
  [BPG_CHECK_LEVEL_SELF_CARE] = { "info", N_("Self-care") },
  [BPG_CHECK_LEVEL_SOON] = { "gp", N_("See someone soon") },
  [BPG_CHECK_LEVEL_URGENT] = { "urgent", N_("Urgent: today") },
  [BPG_CHECK_LEVEL_EMERGENCY] = { "emergency", N_("Emergency") },
};

static GtkWidget *
wrapped_label (const char        *text,
               GtkAccessibleRole  role)
{
  return g_object_new (GTK_TYPE_LABEL,
                       "accessible-role", role,
                       "label", text,
                       "wrap", TRUE,
                       "wrap-mode", PANGO_WRAP_WORD_CHAR,
                       "xalign", 0.0f,
                       "hexpand", TRUE,
                       NULL);
}

/* A heading, an optional note, and a bulleted list; hidden when empty. */
static void
fill_list (GtkBox             *box,
           const char         *heading,
           const char         *note,
           const char * const *items)
{
  GtkWidget *title, *list;

  if (items == NULL || items[0] == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (box), FALSE);
      return;
    }

  title = wrapped_label (heading, GTK_ACCESSIBLE_ROLE_HEADING);
  gtk_widget_add_css_class (title, "bpg-heading");
  gtk_box_append (box, title);

  if (note != NULL)
    gtk_box_append (box, wrapped_label (note, GTK_ACCESSIBLE_ROLE_LABEL));

  list = g_object_new (GTK_TYPE_BOX,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_LIST,
                       "orientation", GTK_ORIENTATION_VERTICAL,
                       "spacing", 6,
                       NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (list),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, heading,
                                  -1);
  for (guint i = 0; items[i] != NULL; i++)
    {
      GtkWidget *item = g_object_new (GTK_TYPE_BOX,
                                      "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                                      "spacing", 8,
                                      NULL);
      GtkWidget *bullet = gtk_label_new ("•");

      gtk_widget_set_valign (bullet, GTK_ALIGN_START);
      gtk_accessible_update_state (GTK_ACCESSIBLE (bullet), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
      gtk_box_append (GTK_BOX (item), bullet);
      gtk_box_append (GTK_BOX (item), wrapped_label (items[i], GTK_ACCESSIBLE_ROLE_LABEL));
      gtk_box_append (GTK_BOX (list), item);
    }
  gtk_box_append (box, list);
}

static void
fill_pages (BpgCheckOutcomePage *self,
            BpgContent          *content)
{
  const char * const *ids = bpg_check_outcome_get_pages (self->outcome);
  guint n = 0;

  for (guint i = 0; content != NULL && ids[i] != NULL; i++)
    {
      BpgPage *page = bpg_content_lookup_page (content, ids[i]);
      GtkWidget *row;

      if (page == NULL)
        continue;

      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), bpg_page_get_title (page));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), bpg_page_get_summary (page));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "check.open-page");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", ids[i]);
      gtk_list_box_append (self->pages_list, row);
      n++;
    }

  gtk_widget_set_visible (self->pages_box, n > 0);
}

static void
bpg_check_outcome_page_dispose (GObject *object)
{
  BpgCheckOutcomePage *self = (BpgCheckOutcomePage *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BPG_TYPE_CHECK_OUTCOME_PAGE);
  g_clear_object (&self->outcome);

  G_OBJECT_CLASS (bpg_check_outcome_page_parent_class)->dispose (object);
}

static void
bpg_check_outcome_page_class_init (BpgCheckOutcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bpg_check_outcome_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/check/bpg-check-outcome-page.ui");
  gtk_widget_class_bind_template_child (widget_class, BpgCheckOutcomePage, clamp);
  gtk_widget_class_bind_template_child (widget_class, BpgCheckOutcomePage, result_box);
  gtk_widget_class_bind_template_child (widget_class, BpgCheckOutcomePage, level_label);
  gtk_widget_class_bind_template_child (widget_class, BpgCheckOutcomePage, title_label);
  gtk_widget_class_bind_template_child (widget_class, BpgCheckOutcomePage, when_label);
  gtk_widget_class_bind_template_child (widget_class, BpgCheckOutcomePage, action_label);
  gtk_widget_class_bind_template_child (widget_class, BpgCheckOutcomePage, stopped_label);
  gtk_widget_class_bind_template_child (widget_class, BpgCheckOutcomePage, why_box);
  gtk_widget_class_bind_template_child (widget_class, BpgCheckOutcomePage, other_box);
  gtk_widget_class_bind_template_child (widget_class, BpgCheckOutcomePage, uncertain_box);
  gtk_widget_class_bind_template_child (widget_class, BpgCheckOutcomePage, tell_box);
  gtk_widget_class_bind_template_child (widget_class, BpgCheckOutcomePage, safety_label);
  gtk_widget_class_bind_template_child (widget_class, BpgCheckOutcomePage, pages_box);
  gtk_widget_class_bind_template_child (widget_class, BpgCheckOutcomePage, pages_list);
  gtk_widget_class_bind_template_child (widget_class, BpgCheckOutcomePage, disclaimer_label);
}

static void
bpg_check_outcome_page_init (BpgCheckOutcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * bpg_check_outcome_page_new:
 * @content: (nullable): the advice pages, to offer the ones about the
 *   outcome; without them, none are offered
 *
 * Returns: (transfer full): a page showing @outcome
 */
GtkWidget *
bpg_check_outcome_page_new (BpgCheckOutcome *outcome,
                            BpgContent      *content)
{
  BpgCheckOutcomePage *self;
  BpgCheckLevel level;
  g_autofree char *when = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (BPG_IS_CHECK_OUTCOME (outcome), NULL);
  g_return_val_if_fail (content == NULL || BPG_IS_CONTENT (content), NULL);

  self = g_object_new (BPG_TYPE_CHECK_OUTCOME_PAGE, NULL);
  self->outcome = g_object_ref (outcome);
  level = bpg_check_outcome_get_level (outcome);

  gtk_widget_add_css_class (self->result_box, levels[level].css);
  gtk_label_set_text (self->level_label, _(levels[level].name));
  gtk_label_set_text (self->title_label, bpg_check_outcome_get_title (outcome));
  /* Translators: how soon to act on the symptom check's result, as in "How soon: Today" */
  when = g_strdup_printf (_("How soon: %s"), bpg_check_outcome_get_when (outcome));
  gtk_label_set_text (self->when_label, when);
  gtk_label_set_text (self->action_label, bpg_check_outcome_get_action (outcome));

  /* Translators: read by a screen reader when the result is shown: the
   * level, then what to do, as in "Emergency: Go to A&E now" */
  name = g_strdup_printf (_("Your result. %s: %s"), _(levels[level].name),
                          bpg_check_outcome_get_title (outcome));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->result_box),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, when,
                                  -1);

  gtk_widget_set_visible (self->stopped_label, bpg_check_outcome_get_stopped_early (outcome));
  fill_list (self->why_box, _("Why"), _("Because of your answers about:"),
             bpg_check_outcome_get_reasons (outcome));
  fill_list (self->other_box, _("Also Mention"), NULL,
             bpg_check_outcome_get_other_reasons (outcome));
  fill_list (self->uncertain_box, _("You Were Not Sure About"),
             _("To be safe, the check counts Not sure as Yes. Tell the person you see."),
             bpg_check_outcome_get_uncertain (outcome));
  fill_list (self->tell_box, _("What to Tell the Doctor, Nurse or Physiotherapist"), NULL,
             bpg_check_outcome_get_tell (outcome));
  gtk_label_set_text (self->safety_label, bpg_check_outcome_get_safety_net (outcome));
  gtk_label_set_text (self->disclaimer_label, bpg_check_outcome_get_disclaimer (outcome));
  fill_pages (self, content);

  bpg_layout_tune (GTK_WIDGET (self));
  return GTK_WIDGET (self);
}

/**
 * bpg_check_outcome_page_get_outcome:
 *
 * Returns: (transfer none): the outcome shown
 */
BpgCheckOutcome *
bpg_check_outcome_page_get_outcome (BpgCheckOutcomePage *self)
{
  g_return_val_if_fail (BPG_IS_CHECK_OUTCOME_PAGE (self), NULL);

  return self->outcome;
}

/**
 * bpg_check_outcome_page_focus:
 *
 * Puts the keyboard focus on the result, so a screen reader reads it first.
 */
void
bpg_check_outcome_page_focus (BpgCheckOutcomePage *self)
{
  g_return_if_fail (BPG_IS_CHECK_OUTCOME_PAGE (self));

  gtk_widget_grab_focus (self->result_box);
}

/**
 * bpg_check_outcome_page_set_wide:
 * @wide: whether the page may use more of the window's width
 *
 * In presentation the text is larger: the page's lines may be longer, so
 * the advice does not wrap into a narrow column.
 */
void
bpg_check_outcome_page_set_wide (BpgCheckOutcomePage *self,
                                 gboolean             wide)
{
  g_return_if_fail (BPG_IS_CHECK_OUTCOME_PAGE (self));

  adw_clamp_set_maximum_size (self->clamp, wide ? WIDE_MAXIMUM : NORMAL_MAXIMUM);
  adw_clamp_set_tightening_threshold (self->clamp, wide ? WIDE_TIGHTENING : NORMAL_TIGHTENING);
}
