/* bpg-handout-dialog.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-handout-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "bpg-handout-dialog.h"
#include "bpg-layout-tune.h"
#include "bpg-report-print.h"

/* The handout builder: the practitioner ticks advice pages and exercises,
 * sets how many sets and repetitions, a weekly goal and a note, then prints
 * or saves the handout. Every choice goes straight into the context's
 * BpgHandout, which lives in memory only; this window keeps nothing of its
 * own, and closes when the session is cleared. */
struct _BpgHandoutDialog
{
  AdwWindow             parent_instance;

  BpgContext           *context;
  BpgHandout           *handout;   /* the context's */
  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
  GPtrArray            *rows;      /* made from the content, to remove */

  GtkLabel             *status_label;
  GtkTextView          *note_view;
  AdwPreferencesGroup  *exercises_group;
  AdwPreferencesGroup  *pages_group;
  GtkAdjustment        *goal_adjustment;
};

G_DEFINE_FINAL_TYPE (BpgHandoutDialog, bpg_handout_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
show_status (BpgHandoutDialog *self,
             const char       *text)
{
  gtk_label_set_text (self->status_label, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->status_label), text != NULL);
}

static void
update_actions_cb (BpgHandoutDialog *self)
{
  gboolean has_choice = bpg_handout_get_has_choice (self->handout);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "handout.save", has_choice);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "handout.print", has_choice);
}

static void
page_toggled_cb (GtkCheckButton   *check,
                 BpgHandoutDialog *self)
{
  bpg_handout_set_page (self->handout, gtk_widget_get_name (GTK_WIDGET (check)) + strlen ("page-"),
                        gtk_check_button_get_active (check));
}

static void
exercise_toggled_cb (GtkCheckButton   *check,
                     BpgHandoutDialog *self)
{
  bpg_handout_set_exercise (self->handout,
                            gtk_widget_get_name (GTK_WIDGET (check)) + strlen ("exercise-"),
                            gtk_check_button_get_active (check));
}

static void
sets_changed_cb (GtkSpinButton    *spin,
                 BpgHandoutDialog *self)
{
  bpg_handout_set_sets (self->handout, gtk_widget_get_name (GTK_WIDGET (spin)) + strlen ("sets-"),
                        gtk_spin_button_get_value_as_int (spin));
}

static void
reps_changed_cb (GtkSpinButton    *spin,
                 BpgHandoutDialog *self)
{
  bpg_handout_set_reps (self->handout, gtk_widget_get_name (GTK_WIDGET (spin)) + strlen ("reps-"),
                        gtk_spin_button_get_value_as_int (spin));
}

static void
note_changed_cb (GtkTextBuffer    *buffer,
                 BpgHandoutDialog *self)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  bpg_handout_set_note (self->handout, text);
}

static void
goal_changed_cb (GtkAdjustment    *adjustment,
                 BpgHandoutDialog *self)
{
  bpg_handout_set_goal_minutes (self->handout, (guint)gtk_adjustment_get_value (adjustment));
}

/* A row with a tick box in front, named @name so the toggle knows what it
 * chooses, and called by @title for a screen reader. */
static GtkWidget *
check_row_new (const char *title,
               const char *subtitle,
               const char *name,
               gboolean    active)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_name (check, name);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), active);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);

  return row;
}

/* A row with a number to choose, shown only while its exercise is chosen. */
static GtkWidget *
spin_row_new (const char     *title,
              const char     *accessible,
              const char     *name,
              guint           upper,
              guint           value,
              GtkCheckButton *chosen)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, upper, 1);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_add_css_class (row, "bpg-handout-amount");
  gtk_widget_set_name (spin, name);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  g_object_bind_property (chosen, "active", row, "visible", G_BINDING_SYNC_CREATE);

  return row;
}

static void
add_exercise (BpgHandoutDialog *self,
              BpgExercise      *exercise)
{
  const char *id = bpg_exercise_get_id (exercise);
  const char *title = bpg_exercise_get_title (exercise);
  gboolean minutes = bpg_exercise_get_record (exercise) == BPG_EXERCISE_RECORD_MINUTES;
  g_autofree char *check_name = g_strconcat ("exercise-", id, NULL);
  g_autofree char *sets_name = g_strconcat ("sets-", id, NULL);
  g_autofree char *reps_name = g_strconcat ("reps-", id, NULL);
  /* Translators: names a number box for a screen reader; %s is an exercise */
  g_autofree char *sets_label = g_strdup_printf (_("Sets of %s"), title);
  g_autofree char *reps_label = g_strdup_printf (minutes
                                                 /* Translators: %s is an exercise */
                                                 ? _("Minutes each time of %s")
                                                 /* Translators: %s is an exercise */
                                                 : _("Repetitions of %s"), title);
  GtkWidget *row = check_row_new (title, bpg_exercise_get_summary (exercise), check_name,
                                  bpg_handout_has_exercise (self->handout, id));
  GtkCheckButton *check = GTK_CHECK_BUTTON (adw_action_row_get_activatable_widget (
                                              ADW_ACTION_ROW (row)));
  GtkWidget *sets, *reps;

  sets = spin_row_new (_("Sets"), sets_label, sets_name, BPG_HANDOUT_SETS_MAX,
                       bpg_handout_get_sets (self->handout, id), check);
  reps = spin_row_new (minutes ? _("Minutes each time") : _("Repetitions"), reps_label,
                       reps_name, BPG_HANDOUT_REPS_MAX,
                       bpg_handout_get_reps (self->handout, id), check);

  g_signal_connect_object (check, "toggled", G_CALLBACK (exercise_toggled_cb), self, 0);
  g_signal_connect_object (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (sets)),
                           "value-changed", G_CALLBACK (sets_changed_cb), self, 0);
  g_signal_connect_object (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (reps)),
                           "value-changed", G_CALLBACK (reps_changed_cb), self, 0);

  adw_preferences_group_add (self->exercises_group, row);
  adw_preferences_group_add (self->exercises_group, sets);
  adw_preferences_group_add (self->exercises_group, reps);
  g_ptr_array_add (self->rows, row);
  g_ptr_array_add (self->rows, sets);
  g_ptr_array_add (self->rows, reps);
}

static void
add_page (BpgHandoutDialog *self,
          BpgPage          *page)
{
  g_autofree char *name = g_strconcat ("page-", bpg_page_get_id (page), NULL);
  GtkWidget *row = check_row_new (bpg_page_get_title (page), NULL, name,
                                  bpg_handout_has_page (self->handout, bpg_page_get_id (page)));

  g_signal_connect_object (adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row)),
                           "toggled", G_CALLBACK (page_toggled_cb), self, 0);
  adw_preferences_group_add (self->pages_group, row);
  g_ptr_array_add (self->rows, row);
}

static void
remove_rows (BpgHandoutDialog *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      GtkWidget *check = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));

      /* The handout keeps the choices; only the rows go. */
      g_signal_handlers_disconnect_by_data (check, self);
      adw_preferences_group_remove (gtk_widget_get_ancestor (row, ADW_TYPE_PREFERENCES_GROUP) ==
                                    GTK_WIDGET (self->pages_group)
                                    ? self->pages_group : self->exercises_group,
                                    row);
    }
  g_ptr_array_set_size (self->rows, 0);
}

/* Once both the advice and the exercises are there, in the language
 * chosen, a row for each; until then the groups are empty. Read again in
 * another language, the rows are made again in it, ticked as before. */
static void
fill_cb (BpgHandoutDialog *self)
{
  BpgContent *content = bpg_context_get_content (self->context);
  BpgExerciseList *exercises = bpg_context_get_exercises (self->context);
  GListModel *pages, *list;

  remove_rows (self);
  if (content == NULL || exercises == NULL)
    return;

  list = bpg_exercise_list_get_exercises (exercises);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(BpgExercise) exercise = g_list_model_get_item (list, i);

      add_exercise (self, exercise);
    }

  pages = bpg_content_get_pages (content);
  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(BpgPage) page = g_list_model_get_item (pages, i);

      add_page (self, page);
    }
}

static BpgReport *
create_report (BpgHandoutDialog *self)
{
  return bpg_handout_create_report (self->handout, bpg_context_get_content (self->context),
                                    bpg_context_get_exercises (self->context), NULL);
}

/* A failure has been shown by then; the status no longer says "Saving". */
static void
saved_cb (GFile    *file,
          gpointer  user_data)
{
  BpgHandoutDialog *self = BPG_HANDOUT_DIALOG (user_data);
  g_autofree char *name = file != NULL ? g_file_get_parse_name (file) : NULL;
  /* Translators: %s is where the file was saved */
  g_autofree char *text = name != NULL ? g_strdup_printf (_("The handout was saved to %s."), name)
                                       : NULL;

  show_status (self, text);
}

static void
save_response_cb (BpgHandoutDialog *self,
                  int               response)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (self->chooser));
  g_clear_object (&self->chooser);

  if (file != NULL)
    bpg_handout_dialog_save (self, file);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  BpgHandoutDialog *self = BPG_HANDOUT_DIALOG (widget);

  if (self->chooser != NULL)
    return;

  self->chooser = bpg_report_save_dialog_new (widget, _("Save the Handout as a PDF"),
                                              /* Translators: the suggested file
                                               * name; keep the .pdf */
                                              _("Back pain plan.pdf"));
  g_signal_connect_object (self->chooser, "response",
                           G_CALLBACK (save_response_cb), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  g_autoptr(BpgReport) report = create_report (BPG_HANDOUT_DIALOG (widget));

  bpg_report_print (widget, report);
}

static void
session_cleared_cb (BpgHandoutDialog *self)
{
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
bpg_handout_dialog_constructed (GObject *object)
{
  BpgHandoutDialog *self = (BpgHandoutDialog *)object;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->note_view);

  G_OBJECT_CLASS (bpg_handout_dialog_parent_class)->constructed (object);

  g_assert (BPG_IS_CONTEXT (self->context));
  self->handout = g_object_ref (bpg_context_get_handout (self->context));

  /* What was chosen before, for this patient, before anything listens. */
  gtk_text_buffer_set_text (buffer, bpg_handout_get_note (self->handout), -1);
  gtk_adjustment_set_value (self->goal_adjustment, bpg_handout_get_goal_minutes (self->handout));

  g_signal_connect_object (buffer, "changed", G_CALLBACK (note_changed_cb), self, 0);
  g_signal_connect_object (self->goal_adjustment, "value-changed",
                           G_CALLBACK (goal_changed_cb), self, 0);
  g_signal_connect_object (self->handout, "notify::has-choice",
                           G_CALLBACK (update_actions_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "session-cleared",
                           G_CALLBACK (session_cleared_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::content",
                           G_CALLBACK (fill_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->context, "notify::exercises",
                           G_CALLBACK (fill_cb), self, G_CONNECT_SWAPPED);
  update_actions_cb (self);

  bpg_context_load_content (self->context);
  bpg_context_load_exercises (self->context);
  fill_cb (self);
}

static void
bpg_handout_dialog_dispose (GObject *object)
{
  BpgHandoutDialog *self = (BpgHandoutDialog *)object;

  g_cancellable_cancel (self->cancellable);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (object), BPG_TYPE_HANDOUT_DIALOG);

  G_OBJECT_CLASS (bpg_handout_dialog_parent_class)->dispose (object);
}

static void
bpg_handout_dialog_finalize (GObject *object)
{
  BpgHandoutDialog *self = (BpgHandoutDialog *)object;

  g_clear_object (&self->handout);
  g_clear_object (&self->context);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (bpg_handout_dialog_parent_class)->finalize (object);
}

static void
bpg_handout_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  BpgHandoutDialog *self = BPG_HANDOUT_DIALOG (object);

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
bpg_handout_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  BpgHandoutDialog *self = BPG_HANDOUT_DIALOG (object);

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
bpg_handout_dialog_class_init (BpgHandoutDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = bpg_handout_dialog_constructed;
  object_class->dispose = bpg_handout_dialog_dispose;
  object_class->finalize = bpg_handout_dialog_finalize;
  object_class->get_property = bpg_handout_dialog_get_property;
  object_class->set_property = bpg_handout_dialog_set_property;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, BPG_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/handout/bpg-handout-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, BpgHandoutDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, BpgHandoutDialog, note_view);
  gtk_widget_class_bind_template_child (widget_class, BpgHandoutDialog, exercises_group);
  gtk_widget_class_bind_template_child (widget_class, BpgHandoutDialog, pages_group);
  gtk_widget_class_bind_template_child (widget_class, BpgHandoutDialog, goal_adjustment);

  gtk_widget_class_install_action (widget_class, "handout.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "handout.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK,
                                       "handout.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK,
                                       "handout.print", NULL);
}

static void
bpg_handout_dialog_init (BpgHandoutDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  bpg_layout_tune (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->rows = g_ptr_array_new ();
}

/**
 * bpg_handout_dialog_new:
 * @parent: (nullable): the window it belongs to
 * @context: the app's state, whose handout this builds
 *
 * Returns: (transfer floating): the handout builder
 */
GtkWidget *
bpg_handout_dialog_new (GtkWindow  *parent,
                        BpgContext *context)
{
  g_return_val_if_fail (BPG_IS_CONTEXT (context), NULL);

  return g_object_new (BPG_TYPE_HANDOUT_DIALOG,
                       "transient-for", parent,
                       "context", context,
                       NULL);
}

/**
 * bpg_handout_dialog_save:
 * @file: where to save the handout
 *
 * Saves the handout as a PDF in @file, in a worker thread, and says on
 * screen when it is done. The file chooser ends here; so do tests.
 */
void
bpg_handout_dialog_save (BpgHandoutDialog *self,
                         GFile            *file)
{
  g_autoptr(BpgReport) report = NULL;

  g_return_if_fail (BPG_IS_HANDOUT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  report = create_report (self);
  show_status (self, _("Saving the handout…"));
  bpg_report_save (GTK_WIDGET (self), report, file, self->cancellable, saved_cb, self);
}
