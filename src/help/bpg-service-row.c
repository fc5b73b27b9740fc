/* bpg-service-row.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-service-row"

#include "config.h"

#include <glib/gi18n.h>

#include "bpg-help-wrap.h"
#include "bpg-layout-tune.h"
#include "bpg-service-row.h"

/* One service in a list: its name and who it is for, and when opened, how
 * to reach it, what to expect, when not to wait for it, and where the facts
 * come from. Links open in the web browser, and say so. */
struct _BpgServiceRow
{
  AdwExpanderRow  parent_instance;

  BpgService     *service;

  GtkRevealer    *revealer;

  /* Template widgets */
  GtkWidget      *details;
  GtkLabel       *referral_label;
  GtkLabel       *reach_label;
  GtkLabel       *phone_label;
  GtkBox         *links_box;
  GtkLabel       *expect_label;
  GtkLabel       *not_if_label;
  GtkLabel       *areas_label;
  GtkLabel       *source_label;
};

G_DEFINE_FINAL_TYPE (BpgServiceRow, bpg_service_row, ADW_TYPE_EXPANDER_ROW)

static GtkWidget *
link_new (const char *text,
          const char *url)
{
  GtkWidget *button = gtk_link_button_new_with_label (url, text);
  GtkWidget *label = gtk_button_get_child (GTK_BUTTON (button));

  gtk_widget_set_halign (button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (button, url);
  if (GTK_IS_LABEL (label))
    {
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
    }
  /* Translators: the description of a link a screen reader reads out */
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Opens in your web browser. Needs the internet."),
                                  -1);
  return button;
}

static void
fill_links (BpgServiceRow *self)
{
  guint n = bpg_service_get_n_links (self->service);
  GtkWidget *note;

  for (guint i = 0; i < n; i++)
    gtk_box_append (self->links_box,
                    link_new (bpg_service_get_link_text (self->service, i),
                              bpg_service_get_link_url (self->service, i)));

  note = gtk_label_new (ngettext ("The link opens in your web browser and needs the internet.",
                                  "The links open in your web browser and need the internet.",
                                  n));
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_widget_add_css_class (note, "dim-label");
  gtk_widget_add_css_class (note, "caption");
  gtk_box_append (self->links_box, note);
  gtk_widget_set_visible (GTK_WIDGET (self->links_box), n > 0);
}

/* The expander row's own list of details, which Orca reads as "GtkListBox" */
static void
name_inner_lists (GtkWidget  *widget,
                  const char *name)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LIST_BOX (child))
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        name, -1);
      name_inner_lists (child, name);
    }
}

static char *
describe_source (BpgService *service)
{
  const char *source = bpg_service_get_source (service);
  const char *known = bpg_service_source_to_text (source);

  if (bpg_service_is_local (service))
    /* Translators: %s is who added a local service, in their own words; the
     * second %s is the file it came from */
    return g_strdup_printf (_("Added on this computer by %s (%s)."),
                            source, bpg_service_get_origin (service));

  /* Translators: %s names a leaflet, or says "Standard NHS advice" */
  return g_strdup_printf (_("Where this comes from: %s."), known != NULL ? known : source);
}

static void
fill (BpgServiceRow *self,
      const char    *area_names)
{
  BpgService *service = self->service;
  const char *phone = bpg_service_get_phone (service);
  g_autofree char *areas = NULL;
  g_autofree char *source = describe_source (service);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), bpg_service_get_name (service));
  /* libadwaita 1.2 leaves an expander row unnamed */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  bpg_service_get_name (service), -1);
  name_inner_lists (GTK_WIDGET (self), bpg_service_get_name (service));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), bpg_service_get_who_for (service));

  gtk_label_set_text (self->referral_label,
                      bpg_referral_to_text (bpg_service_get_referral (service)));
  gtk_label_set_text (self->reach_label, bpg_service_get_how_to_reach (service));
  gtk_label_set_text (self->expect_label, bpg_service_get_what_to_expect (service));
  gtk_label_set_text (self->not_if_label, bpg_service_get_not_if (service));
  gtk_label_set_text (self->source_label, source);

  if (phone != NULL)
    {
      /* Translators: %s is a phone number */
      g_autofree char *text = g_strdup_printf (_("Phone: %s"), phone);

      gtk_label_set_text (self->phone_label, text);
      gtk_widget_set_visible (GTK_WIDGET (self->phone_label), TRUE);
    }

  /* Translators: %s names one or more NHS areas */
  areas = g_strdup_printf (_("For people in: %s"), area_names);
  gtk_label_set_text (self->areas_label, areas);

  fill_links (self);
}

/* The details are hidden, not only folded away, while the row is closed:
 * GTK styles and measures what a closed revealer holds, and six services'
 * details made most of Get Help's first layout. They show as the row opens
 * and hide once it has closed. */
static void
sync_details (BpgServiceRow *self)
{
  gtk_widget_set_visible (self->details,
                          adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self)) ||
                          (self->revealer != NULL &&
                           gtk_revealer_get_child_revealed (self->revealer)));
}

static void
bpg_service_row_dispose (GObject *object)
{
  BpgServiceRow *self = (BpgServiceRow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), BPG_TYPE_SERVICE_ROW);
  g_clear_object (&self->service);

  G_OBJECT_CLASS (bpg_service_row_parent_class)->dispose (object);
}

static void
bpg_service_row_class_init (BpgServiceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bpg_service_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/help/bpg-service-row.ui");
  gtk_widget_class_bind_template_child (widget_class, BpgServiceRow, details);
  gtk_widget_class_bind_template_child (widget_class, BpgServiceRow, referral_label);
  gtk_widget_class_bind_template_child (widget_class, BpgServiceRow, reach_label);
  gtk_widget_class_bind_template_child (widget_class, BpgServiceRow, phone_label);
  gtk_widget_class_bind_template_child (widget_class, BpgServiceRow, links_box);
  gtk_widget_class_bind_template_child (widget_class, BpgServiceRow, expect_label);
  gtk_widget_class_bind_template_child (widget_class, BpgServiceRow, not_if_label);
  gtk_widget_class_bind_template_child (widget_class, BpgServiceRow, areas_label);
  gtk_widget_class_bind_template_child (widget_class, BpgServiceRow, source_label);
}

static void
bpg_service_row_init (BpgServiceRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  bpg_help_wrap_button_labels (GTK_WIDGET (self));
  bpg_layout_tune (GTK_WIDGET (self));

  /* libadwaita 1.2 keeps the details in a revealer of its own */
  self->revealer = GTK_REVEALER (gtk_widget_get_ancestor (self->details, GTK_TYPE_REVEALER));
  if (self->revealer != NULL)
    g_signal_connect_object (self->revealer, "notify::child-revealed",
                             G_CALLBACK (sync_details), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::expanded", G_CALLBACK (sync_details), NULL);
}

/**
 * bpg_service_row_new:
 * @area_names: the names of the areas the service is for, in one line
 *
 * Returns: (transfer floating): a row showing @service
 */
GtkWidget *
bpg_service_row_new (BpgService *service,
                     const char *area_names)
{
  BpgServiceRow *self;

  g_return_val_if_fail (BPG_IS_SERVICE (service), NULL);
  g_return_val_if_fail (area_names != NULL, NULL);

  self = g_object_new (BPG_TYPE_SERVICE_ROW, NULL);
  self->service = g_object_ref (service);
  fill (self, area_names);

  return GTK_WIDGET (self);
}

BpgService *
bpg_service_row_get_service (BpgServiceRow *self)
{
  g_return_val_if_fail (BPG_IS_SERVICE_ROW (self), NULL);

  return self->service;
}
