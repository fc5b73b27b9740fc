/* bpg-services-view.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-services-view"

#include "config.h"

#include <glib/gi18n.h>

#include "bpg-choice-item.h"
#include "bpg-frame-reveal.h"
#include "bpg-service-row.h"
#include "bpg-services-view.h"

/* Services, for where the patient lives and for everywhere else. The area
 * is chosen once and kept in the "area" setting. The context reads the
 * services the first time the view is shown; local files that could not be
 * used are listed above the services, which still show. */
struct _BpgServicesView
{
  AdwBin             parent_instance;

  BpgContext        *context;
  GSettings         *settings;     /* the context's */
  BpgServiceCatalog *catalog;
  GPtrArray         *area_ids;     /* the area of each combo item; NULL first */
  char              *pending_id;   /* a service to show once the list is there */
  char              *focus_id;     /* a service to focus once it is on screen */
  guint              focus_idle;
  gboolean           syncing;
  GtkSliceListModel *local_shown;  /* the rows made so far, one a frame */
  GtkSliceListModel *other_shown;
  guint              rows_tick;
  gint64             rows_after;    /* the frame that shows the lists first */

  /* Template widgets */
  AdwComboRow       *area_row;
  GtkBox            *problems_box;
  GtkLabel          *problems_label;
  GtkStack          *state_stack;
  GtkLabel          *error_label;
  GtkLabel          *local_heading;
  GtkLabel          *choose_hint;
  GtkListBox        *local_list;
  GtkExpander       *other_expander;
  GtkLabel          *other_label;
  GtkListBox        *other_list;
};

G_DEFINE_FINAL_TYPE (BpgServicesView, bpg_services_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
create_row_cb (gpointer item,
               gpointer user_data)
{
  BpgServicesView *self = user_data;
  g_autofree char *areas = bpg_service_catalog_dup_area_names (self->catalog, item);

  return bpg_service_row_new (item, areas);
}

/* Rows made in one go are laid out in one frame: the seven services for
 * everyone in England took two to three frames' time when they came (see
 * bench-diary-view). While the view is shown they are made one a frame,
 * the local ones first, from the frame after the one that first shows the
 * lists' headings; a view not shown makes them all at once. */
#define ROWS_PER_FRAME 1

static gboolean
grow_rows_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  BpgServicesView *self = BPG_SERVICES_VIEW (widget);

  /* The frame that shows the list's headings first has no row. */
  if (gdk_frame_clock_get_frame_counter (clock) <= self->rows_after)
    return G_SOURCE_CONTINUE;
  if (bpg_grow_slice (self->local_shown, G_MAXUINT, ROWS_PER_FRAME) ||
      bpg_grow_slice (self->other_shown, G_MAXUINT, ROWS_PER_FRAME))
    return G_SOURCE_CONTINUE;

  self->rows_tick = 0;
  return G_SOURCE_REMOVE;
}

/* Every row now: for a service to be found. */
static void
make_all_rows (BpgServicesView *self)
{
  bpg_clear_tick_callback (GTK_WIDGET (self), &self->rows_tick);
  if (self->local_shown != NULL)
    gtk_slice_list_model_set_size (self->local_shown, G_MAXUINT);
  if (self->other_shown != NULL)
    gtk_slice_list_model_set_size (self->other_shown, G_MAXUINT);
}

static void
bind_list (GtkListBox         *list,
           GListModel         *services,
           GtkSliceListModel **shown,
           BpgServicesView    *self)
{
  g_clear_object (shown);
  *shown = gtk_slice_list_model_new (g_object_ref (services), 0, 0);
  gtk_list_box_bind_model (list, G_LIST_MODEL (*shown), create_row_cb, self, NULL);
}

static const char *
chosen_area (BpgServicesView *self)
{
  g_autofree char *area = g_settings_get_string (self->settings, "area");

  if (self->catalog == NULL)
    return NULL;

  /* An area that no longer exists (a local file was removed) counts as
   * none chosen; the setting is kept in case the file comes back. */
  for (guint i = 1; i < self->area_ids->len; i++)
    if (g_str_equal (g_ptr_array_index (self->area_ids, i), area))
      return g_ptr_array_index (self->area_ids, i);

  return NULL;
}

static void
update_lists (BpgServicesView *self)
{
  const char *area_id = chosen_area (self);
  BpgServiceArea *area = bpg_service_catalog_lookup_area (self->catalog, area_id);
  g_autoptr(GListModel) local = bpg_service_catalog_list_for_area (self->catalog, area_id, TRUE);
  g_autoptr(GListModel) other = bpg_service_catalog_list_for_area (self->catalog, area_id, FALSE);
  g_autofree char *heading = NULL;
  g_autofree char *other_label = NULL;
  guint position = 0;

  if (area != NULL)
    /* Translators: %s is an NHS area, such as "Essex" */
    heading = g_strdup_printf (_("Services for People in %s"), bpg_service_area_get_name (area));
  else
    heading = g_strdup (_("Services for Everyone in England"));
  gtk_label_set_text (self->local_heading, heading);
  gtk_widget_set_visible (GTK_WIDGET (self->choose_hint), area == NULL);

  bind_list (self->local_list, local, &self->local_shown, self);
  bind_list (self->other_list, other, &self->other_shown, self);
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)))
    make_all_rows (self);
  else if (self->rows_tick == 0)
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

      self->rows_after = gdk_frame_clock_get_frame_counter (clock) + 1;
      self->rows_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), grow_rows_cb, NULL, NULL);
    }

  /* Translators: %u is how many services there are */
  other_label = g_strdup_printf (_("Services in Other Areas (%u)"), g_list_model_get_n_items (other));
  gtk_label_set_text (self->other_label, other_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->other_expander),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, other_label, -1);
  gtk_widget_set_visible (GTK_WIDGET (self->other_expander), g_list_model_get_n_items (other) > 0);

  for (guint i = 1; area_id != NULL && i < self->area_ids->len; i++)
    if (g_str_equal (g_ptr_array_index (self->area_ids, i), area_id))
      position = i;

  self->syncing = TRUE;
  adw_combo_row_set_selected (self->area_row, position);
  self->syncing = FALSE;
}

static void
fill_areas (BpgServicesView *self)
{
  g_autoptr(GPtrArray) choices = bpg_service_catalog_dup_area_choices (self->catalog);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);

  g_ptr_array_set_size (self->area_ids, 0);
  g_ptr_array_add (self->area_ids, NULL);
  /* Translators: in the list of areas, before one is chosen */
  gtk_string_list_append (names, _("Not chosen"));
  for (guint i = 0; i < choices->len; i++)
    {
      BpgServiceAreaChoice *choice = g_ptr_array_index (choices, i);

      g_ptr_array_add (self->area_ids, g_strdup (choice->id));
      gtk_string_list_append (names, choice->label);
    }

  self->syncing = TRUE;
  adw_combo_row_set_model (self->area_row, G_LIST_MODEL (names));
  self->syncing = FALSE;
}

static void
fill_problems (BpgServicesView *self)
{
  GListModel *problems = bpg_service_catalog_get_problems (self->catalog);
  g_autoptr(GString) text = g_string_new (NULL);
  guint n = g_list_model_get_n_items (problems);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(BpgServiceProblem) problem = g_list_model_get_item (problems, i);
      guint line = bpg_service_problem_get_line (problem);

      if (i > 0)
        g_string_append_c (text, '\n');
      if (line > 0)
        /* Translators: a problem in a file: the file's name, a line number, what is wrong */
        g_string_append_printf (text, _("%s, line %u: %s"), bpg_service_problem_get_file (problem),
                                line, bpg_service_problem_get_message (problem));
      else
        /* Translators: a problem with a file: the file's name, what is wrong */
        g_string_append_printf (text, _("%s: %s"), bpg_service_problem_get_file (problem),
                                bpg_service_problem_get_message (problem));
    }

  gtk_label_set_text (self->problems_label, text->str);
  gtk_widget_set_visible (GTK_WIDGET (self->problems_box), n > 0);
}

static void
area_selected_cb (BpgServicesView *self)
{
  guint selected = adw_combo_row_get_selected (self->area_row);
  const char *area_id;

  if (self->syncing || self->catalog == NULL || selected >= self->area_ids->len)
    return;

  area_id = g_ptr_array_index (self->area_ids, selected);
  g_settings_set_string (self->settings, "area", area_id != NULL ? area_id : "");
}

static void
area_changed_cb (BpgServicesView *self)
{
  if (self->catalog != NULL)
    update_lists (self);
}

static GtkWidget *
find_row (GtkListBox *list,
          const char *id)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (list));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    if (BPG_IS_SERVICE_ROW (row) &&
        g_strcmp0 (bpg_service_get_id (bpg_service_row_get_service (BPG_SERVICE_ROW (row))),
                   id) == 0)
      return row;

  return NULL;
}

/* The row itself takes no focus: its header, the first control in it that
 * can, does. */
static gboolean
focus_row (GtkWidget *row)
{
  if (gtk_widget_get_focusable (row) && gtk_widget_grab_focus (row))
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (row);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_visible (child) && focus_row (child))
      return TRUE;

  return FALSE;
}

/* Brings a service's row into view and gives it the focus, opening the
 * other areas' list if it is there. */
static gboolean
focus_service (BpgServicesView *self,
               const char      *id)
{
  GtkWidget *row;

  make_all_rows (self);
  row = find_row (self->local_list, id);

  if (row == NULL && (row = find_row (self->other_list, id)) != NULL)
    gtk_expander_set_expanded (self->other_expander, TRUE);

  return row != NULL && focus_row (row);
}

/* Rows just made or just uncovered take the focus once they are on screen,
 * so the service is looked up again then. */
static gboolean
focus_pending_cb (gpointer data)
{
  BpgServicesView *self = data;
  g_autofree char *id = g_steal_pointer (&self->focus_id);

  self->focus_idle = 0;
  if (id != NULL)
    focus_service (self, id);
  return G_SOURCE_REMOVE;
}

static void
queue_focus_service (BpgServicesView *self,
                     const char      *id)
{
  g_free (self->focus_id);
  self->focus_id = g_strdup (id);
  if (self->focus_idle == 0)
    self->focus_idle = g_idle_add_full (G_PRIORITY_LOW, focus_pending_cb, self, NULL);
}

/* Shows the context's services, or says why there are none. */
static void
services_cb (BpgServicesView *self)
{
  BpgServiceCatalog *catalog = bpg_context_get_services (self->context);
  const GError *error = bpg_context_get_services_error (self->context);

  if (catalog == NULL && error == NULL)
    return;

  g_set_object (&self->catalog, catalog);

  if (catalog == NULL)
    {
      g_autofree char *text = NULL;

      /* Translators: %s says what went wrong */
      text = g_strdup_printf (_("The list of services could not be opened (%s). If you need "
                                "help, call 111. In an emergency, call 999 or go to A&E."),
                              error->message);
      gtk_label_set_text (self->error_label, text);
      gtk_stack_set_visible_child_name (self->state_stack, "error");
      gtk_widget_set_sensitive (GTK_WIDGET (self->area_row), FALSE);
      return;
    }

  fill_areas (self);
  fill_problems (self);
  update_lists (self);
  gtk_widget_set_sensitive (GTK_WIDGET (self->area_row), TRUE);
  gtk_stack_set_visible_child_name (self->state_stack, "list");

  if (self->pending_id != NULL)
    {
      g_autofree char *id = g_steal_pointer (&self->pending_id);

      queue_focus_service (self, id);
    }
}

static void
bpg_services_view_constructed (GObject *object)
{
  BpgServicesView *self = BPG_SERVICES_VIEW (object);

  G_OBJECT_CLASS (bpg_services_view_parent_class)->constructed (object);

  g_assert (BPG_IS_CONTEXT (self->context));
  self->settings = bpg_context_get_settings (self->context);
  g_signal_connect_object (self->settings, "changed::area",
                           G_CALLBACK (area_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::services",
                           G_CALLBACK (services_cb), self, G_CONNECT_SWAPPED);
  services_cb (self);
}

static void
bpg_services_view_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (bpg_services_view_parent_class)->map (widget);

  /* The services are read when first wanted, not at start-up. */
  bpg_services_view_load (BPG_SERVICES_VIEW (widget));
}

static void
bpg_services_view_dispose (GObject *object)
{
  BpgServicesView *self = (BpgServicesView *)object;

  /* AdwBin holds its child too: drop it there before the template does. */
  adw_bin_set_child (ADW_BIN (self), NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), BPG_TYPE_SERVICES_VIEW);
  /* The settings and the context outlive the view. */
  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  self->settings = NULL;
  g_clear_object (&self->catalog);
  g_clear_object (&self->context);
  g_clear_pointer (&self->area_ids, g_ptr_array_unref);
  g_clear_pointer (&self->pending_id, g_free);
  g_clear_pointer (&self->focus_id, g_free);
  g_clear_handle_id (&self->focus_idle, g_source_remove);
  bpg_clear_tick_callback (GTK_WIDGET (self), &self->rows_tick);
  g_clear_object (&self->local_shown);
  g_clear_object (&self->other_shown);

  G_OBJECT_CLASS (bpg_services_view_parent_class)->dispose (object);
}

static void
bpg_services_view_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BpgServicesView *self = BPG_SERVICES_VIEW (object);

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
bpg_services_view_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  BpgServicesView *self = BPG_SERVICES_VIEW (object);

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
bpg_services_view_class_init (BpgServicesViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = bpg_services_view_constructed;
  object_class->dispose = bpg_services_view_dispose;
  object_class->get_property = bpg_services_view_get_property;
  object_class->set_property = bpg_services_view_set_property;
  widget_class->map = bpg_services_view_map;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, BPG_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BPG_TYPE_SERVICE_ROW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/help/bpg-services-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BpgServicesView, area_row);
  gtk_widget_class_bind_template_child (widget_class, BpgServicesView, problems_box);
  gtk_widget_class_bind_template_child (widget_class, BpgServicesView, problems_label);
  gtk_widget_class_bind_template_child (widget_class, BpgServicesView, state_stack);
  gtk_widget_class_bind_template_child (widget_class, BpgServicesView, error_label);
  gtk_widget_class_bind_template_child (widget_class, BpgServicesView, local_heading);
  gtk_widget_class_bind_template_child (widget_class, BpgServicesView, choose_hint);
  gtk_widget_class_bind_template_child (widget_class, BpgServicesView, local_list);
  gtk_widget_class_bind_template_child (widget_class, BpgServicesView, other_expander);
  gtk_widget_class_bind_template_child (widget_class, BpgServicesView, other_label);
  gtk_widget_class_bind_template_child (widget_class, BpgServicesView, other_list);
  gtk_widget_class_bind_template_callback (widget_class, area_selected_cb);
}

static void
bpg_services_view_init (BpgServicesView *self)
{
  g_autoptr(GtkListItemFactory) factory = bpg_choice_item_factory_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  adw_combo_row_set_list_factory (self->area_row, factory);

  self->area_ids = g_ptr_array_new_with_free_func (g_free);
  gtk_stack_set_visible_child_name (self->state_stack, "loading");
  gtk_widget_set_sensitive (GTK_WIDGET (self->area_row), FALSE);
}

/**
 * bpg_services_view_load:
 *
 * Has the context read the built-in and local services in a worker thread,
 * unless it has; the view shows them when they are read.
 */
void
bpg_services_view_load (BpgServicesView *self)
{
  g_return_if_fail (BPG_IS_SERVICES_VIEW (self));

  bpg_context_load_services (self->context);
}

/**
 * bpg_services_view_set_catalog:
 * @catalog: (nullable): the services
 * @error: (nullable): why there are none
 *
 * Puts @catalog in the view's context, which shows it, or says why there
 * are no services.
 */
void
bpg_services_view_set_catalog (BpgServicesView   *self,
                               BpgServiceCatalog *catalog,
                               const GError      *error)
{
  g_return_if_fail (BPG_IS_SERVICES_VIEW (self));
  g_return_if_fail (catalog == NULL || BPG_IS_SERVICE_CATALOG (catalog));

  bpg_context_set_services (self->context, catalog, error);
}

/**
 * bpg_services_view_get_catalog:
 *
 * Returns: (transfer none) (nullable): the services shown, once loaded
 */
BpgServiceCatalog *
bpg_services_view_get_catalog (BpgServicesView *self)
{
  g_return_val_if_fail (BPG_IS_SERVICES_VIEW (self), NULL);

  return self->catalog;
}

/**
 * bpg_services_view_show_service:
 * @id: a service's ID
 *
 * Brings the service into view and focuses its row; if the services are
 * still being read, once they are there.
 */
void
bpg_services_view_show_service (BpgServicesView *self,
                                const char      *id)
{
  g_return_if_fail (BPG_IS_SERVICES_VIEW (self));
  g_return_if_fail (id != NULL);

  g_clear_pointer (&self->pending_id, g_free);
  if (self->catalog == NULL)
    {
      self->pending_id = g_strdup (id);
      bpg_services_view_load (self);
      return;
    }

  make_all_rows (self);
  queue_focus_service (self, id);
}
