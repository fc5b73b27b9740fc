/* bpg-diary-view.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-diary-view"

#include "config.h"

#include <glib/gi18n.h>

#include "bpg-diary-summary.h"
#include "bpg-diary-view-private.h"
#include "bpg-layout-tune.h"
#include "bpg-report-print.h"
#include "bpg-toast.h"

G_DEFINE_FINAL_TYPE (BpgDiaryView, bpg_diary_view, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
_bpg_diary_view_toast (BpgDiaryView *self,
                       const char   *text)
{
  _bpg_diary_view_add_toast (self, bpg_toast_new (text));
}

void
_bpg_diary_view_add_toast (BpgDiaryView *self,
                           AdwToast     *toast)
{
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* Says @text once the change is on disk, and not at all if saving fails:
 * the banner then says what went wrong. In memory only, there is no disk. */
void
_bpg_diary_view_toast_when_saved (BpgDiaryView *self,
                                  const char   *text)
{
  if (bpg_diary_store_get_saving (self->store))
    {
      g_free (self->pending_toast);
      self->pending_toast = g_strdup (text);
    }
  else if (bpg_diary_store_get_save_error (self->store) == NULL)
    _bpg_diary_view_toast (self, text);
}

void
_bpg_diary_view_show_error (BpgDiaryView *self,
                            const char   *heading,
                            const GError *error)
{
  bpg_report_show_error (GTK_WIDGET (self), heading, error);
}

static void
update_goal (BpgDiaryView *self)
{
  BpgDiaryModel *model = get_model (self);
  const BpgDiaryGoal *goal = model != NULL ? bpg_diary_model_get_goal (model) : NULL;
  BpgDiaryGoalProgress progress;
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;

  if (self->goal_row == NULL)
    return;

  if (goal == NULL || !bpg_diary_goal_progress (goal, G_LIST_MODEL (model), bpg_diary_today (), &progress))
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->goal_row), _("No weekly goal yet"));
      adw_action_row_set_subtitle (self->goal_row,
                                   _("A goal helps you build up your activity bit by bit."));
      gtk_button_set_label (self->goal_button, _("_Set a Goal…"));
      /* GTK 4.8 reads the label with its underscore, then the text: read the text once */
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->goal_button),
                                     GTK_ACCESSIBLE_PROPERTY_LABEL);
      gtk_widget_set_visible (GTK_WIDGET (self->goal_bar), FALSE);
      return;
    }

  /* Translators: active minutes done this week, of the week's goal */
  title = g_strdup_printf (_("%u of %u active minutes this week"), progress.done, progress.goal);
  if (progress.done >= progress.goal && goal->step > 0)
    /* Translators: %u is a number of minutes */
    subtitle = g_strdup_printf (_("Goal reached. Next week’s goal is %u minutes."),
                                progress.next_if_reached);
  else if (progress.done >= progress.goal)
    subtitle = g_strdup (_("Goal reached."));
  else if (goal->step > 0)
    /* Translators: the first %u is the week number, the second a number of minutes */
    subtitle = g_strdup_printf (_("Week %u. If you reach it, next week’s goal is %u minutes."),
                                progress.week, progress.next_if_reached);
  else
    subtitle = g_strdup_printf (_("Week %u."), progress.week);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->goal_row), title);
  adw_action_row_set_subtitle (self->goal_row, subtitle);
  gtk_button_set_label (self->goal_button, _("_Change…"));
  gtk_accessible_reset_property (GTK_ACCESSIBLE (self->goal_button),
                                 GTK_ACCESSIBLE_PROPERTY_LABEL);
  gtk_level_bar_set_value (self->goal_bar, MIN (1.0, (double)progress.done / MAX (progress.goal, 1)));
  gtk_widget_set_visible (GTK_WIDGET (self->goal_bar), TRUE);
}

static void
update_chart (BpgDiaryView *self)
{
  BpgDiaryModel *model = get_model (self);
  g_autoptr(BpgDiaryModel) empty = NULL;

  if (self->chart == NULL)
    return;
  if (model == NULL)
    model = empty = bpg_diary_model_new ();

  bpg_chart_view_set_summary (self->chart,
                              bpg_diary_summary_new (G_LIST_MODEL (model), bpg_diary_today (),
                                                     self->n_days));
}

static void
update_more_button (BpgDiaryView *self)
{
  BpgDiaryModel *model = get_model (self);
  guint n = model != NULL ? g_list_model_get_n_items (G_LIST_MODEL (model)) : 0;

  if (self->more_button == NULL)
    return;
  gtk_widget_set_visible (self->more_button, self->recent != NULL && n > self->rows_wanted);
}

static gboolean
refresh_cb (gpointer user_data)
{
  BpgDiaryView *self = user_data;

  self->refresh_idle = 0;
  /* The next frame lays out what this changes, and nothing new besides. */
  bpg_frame_reveal_hold_frame (self->reveal);
  update_goal (self);
  update_chart (self);
  update_more_button (self);
  _bpg_diary_view_grow_entries (self);

  return G_SOURCE_REMOVE;
}

static void
queue_refresh (BpgDiaryView *self)
{
  if (self->refresh_idle == 0)
    self->refresh_idle = g_idle_add (refresh_cb, self);
}

/* The entries changed: a diary just read lists its first rows at once, and
 * the next frame lays them out, with the goal and the chart once they are
 * brought up to date. */
static void
model_changed_cb (BpgDiaryView *self)
{
  bpg_frame_reveal_hold_frame (self->reveal);
  queue_refresh (self);
}

void
_bpg_diary_view_update_actions (BpgDiaryView *self)
{
  gboolean loaded = self->store != NULL && bpg_diary_store_get_loaded (self->store);
  gboolean writable = self->store != NULL && !bpg_diary_store_get_read_only (self->store);
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "diary.new-entry", writable);
  gtk_widget_action_set_enabled (widget, "diary.edit-entry", writable);
  gtk_widget_action_set_enabled (widget, "diary.delete-entry", writable);
  gtk_widget_action_set_enabled (widget, "diary.import", writable && !self->importing);
  gtk_widget_action_set_enabled (widget, "diary.set-goal", writable);
  gtk_widget_action_set_enabled (widget, "diary.delete-all", writable && !self->importing);
  gtk_widget_action_set_enabled (widget, "diary.restore-backup", writable);
  gtk_widget_action_set_enabled (widget, "diary.retry-save", writable);
  gtk_widget_action_set_enabled (widget, "diary.export-csv", loaded);
  gtk_widget_action_set_enabled (widget, "diary.backup", loaded);
  gtk_widget_action_set_enabled (widget, "diary.clinician-pdf", loaded);
  gtk_widget_action_set_enabled (widget, "diary.print", loaded);
}

static void
update_banners (BpgDiaryView *self)
{
  const char *problem = self->store != NULL ? bpg_diary_store_get_problem (self->store) : NULL;
  guint backup = self->store != NULL ? bpg_diary_store_get_backup_entries (self->store) : 0;
  const GError *save_error = self->store != NULL ? bpg_diary_store_get_save_error (self->store) : NULL;
  g_autofree char *problem_text = NULL;
  g_autofree char *save_text = NULL;

  if (backup > 0)
    /* Translators: %u is a number of entries */
    problem_text = g_strdup_printf (ngettext ("%s A backup copy with %u entry can be restored.",
                                              "%s A backup copy with %u entries can be restored.",
                                              backup),
                                    problem != NULL ? problem : "", backup);
  else
    problem_text = g_strdup (problem);
  gtk_label_set_text (self->problem_label, problem_text != NULL ? g_strstrip (problem_text) : "");
  gtk_widget_set_visible (self->problem_banner, problem_text != NULL);
  gtk_widget_set_visible (self->restore_button, backup > 0);

  if (save_error != NULL)
    /* Translators: %s says why, in the system's words */
    save_text = g_strdup_printf (_("Your latest changes could not be saved (%s). They are still "
                                   "here while the app is open. Try again, or save a backup."),
                                 save_error->message);
  gtk_label_set_text (self->save_error_label, save_text != NULL ? save_text : "");
  gtk_widget_set_visible (self->save_error_banner, save_text != NULL);
}

static void
saving_changed_cb (BpgDiaryView *self)
{
  gboolean saving = bpg_diary_store_get_saving (self->store);

  if (!saving && self->pending_toast != NULL &&
      bpg_diary_store_get_save_error (self->store) == NULL)
    _bpg_diary_view_toast (self, self->pending_toast);
  if (!saving)
    g_clear_pointer (&self->pending_toast, g_free);

  /* Last, as closing the window may finalize the view. */
  if (!saving && self->close_step == CLOSE_WAITING)
    _bpg_diary_view_continue_close (self);
}

static void
store_changed_cb (BpgDiaryView *self)
{
  _bpg_diary_view_update_actions (self);
  update_banners (self);
  queue_refresh (self);

  if (self->new_entry_when_loaded && bpg_diary_store_get_loaded (self->store))
    {
      self->new_entry_when_loaded = FALSE;
      if (!bpg_diary_store_get_read_only (self->store))
        _bpg_diary_view_open_today (self);
    }
}

static void
exercises_cb (BpgDiaryView *self)
{
  BpgExerciseList *exercises = bpg_context_get_exercises (self->context);
  const GError *error = bpg_context_get_exercises_error (self->context);

  g_set_object (&self->exercises, exercises);
  g_clear_error (&self->exercises_error);
  if (error != NULL)
    self->exercises_error = g_error_copy (error);

  if (self->exercises_view != NULL)
    bpg_exercises_view_set_list (self->exercises_view, self->exercises, self->exercises_error);

  if (self->pending_exercise != NULL)
    {
      g_autofree char *id = g_steal_pointer (&self->pending_exercise);

      bpg_diary_view_show_exercise (self, id);
    }

  /* The entries name the exercises done, so their rows are made once the
   * exercises are known (or known to be missing), and only once. */
  if (self->recent == NULL)
    _bpg_diary_view_bind_entries (self);
}

static void
ensure_loaded (BpgDiaryView *self)
{
  gboolean shared = bpg_context_get_shared_computer (self->context);

  if (self->store != NULL)
    return;

  self->store = g_object_ref (bpg_context_open_diary (self->context));

  /* On a shared computer, GTK's list of recently used files would tell the
   * next person where the last one saved their diary. */
  if (shared)
    g_object_set (gtk_settings_get_default (), "gtk-recent-files-enabled", FALSE, NULL);

  g_object_bind_property (self->store, "memory-only", self->shared_banner, "visible",
                          G_BINDING_SYNC_CREATE);

  g_signal_connect_object (get_model (self), "changed",
                           G_CALLBACK (model_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::loaded",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::read-only",
                           G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::problem",
                           G_CALLBACK (update_banners), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::backup-entries",
                           G_CALLBACK (update_banners), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::save-error",
                           G_CALLBACK (update_banners), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->store, "notify::saving",
                           G_CALLBACK (saving_changed_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (self->context, "notify::exercises",
                           G_CALLBACK (exercises_cb), self, G_CONNECT_SWAPPED);
  bpg_context_load_exercises (self->context);
  if (bpg_context_get_exercises (self->context) != NULL ||
      bpg_context_get_exercises_error (self->context) != NULL)
    exercises_cb (self);
  update_banners (self);
  _bpg_diary_view_update_actions (self);
  /* A diary opened before the area was (from elsewhere) is already read. */
  if (bpg_diary_store_get_loaded (self->store))
    store_changed_cb (self);
  queue_refresh (self);
}

static void
range_toggled_cb (BpgDiaryView    *self,
                  GtkToggleButton *button)
{
  if (!gtk_toggle_button_get_active (button))
    return;

  if (button == self->week_button)
    self->n_days = 7;
  else if (button == self->quarter_button)
    self->n_days = 84;
  else
    self->n_days = 28;

  update_chart (self);
}

static void
more_clicked_cb (BpgDiaryView *self)
{
  _bpg_diary_view_show_more_entries (self);
  update_more_button (self);
}

static void
show_diary_cb (BpgDiaryView *self)
{
  bpg_diary_view_show_diary (self);
}

static void
show_exercises_cb (BpgDiaryView *self)
{
  bpg_diary_view_show_exercises (self);
}

static void
open_exercise_cb (BpgDiaryView *self,
                  const char   *id)
{
  bpg_diary_view_show_exercise (self, id);
}

static void
record_exercise_cb (BpgDiaryView *self,
                    const char   *id)
{
  ensure_loaded (self);
  if (bpg_diary_store_get_read_only (self->store))
    return;

  _bpg_diary_view_open_editor (self, bpg_diary_model_lookup_day (get_model (self),
                                                                bpg_diary_today ()), id);
}

/* The exercise pages are made when first shown, not with the diary: most
 * visits to the diary never open them. Kept once made. */
static BpgExercisesView *
ensure_exercises_view (BpgDiaryView *self)
{
  if (self->exercises_view != NULL)
    return self->exercises_view;

  self->exercises_view = g_object_new (BPG_TYPE_EXERCISES_VIEW, NULL);
  g_signal_connect_object (self->exercises_view, "open-exercise",
                           G_CALLBACK (open_exercise_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->exercises_view, "back",
                           G_CALLBACK (show_diary_cb), self, G_CONNECT_SWAPPED);
  gtk_stack_add_titled (self->stack, GTK_WIDGET (self->exercises_view),
                        "exercises", _("Exercises"));
  if (self->exercises != NULL || self->exercises_error != NULL)
    bpg_exercises_view_set_list (self->exercises_view, self->exercises, self->exercises_error);
  bpg_layout_tune (GTK_WIDGET (self->exercises_view));
  return self->exercises_view;
}

static BpgExerciseView *
ensure_exercise_view (BpgDiaryView *self)
{
  if (self->exercise_view != NULL)
    return self->exercise_view;

  self->exercise_view = g_object_new (BPG_TYPE_EXERCISE_VIEW, NULL);
  g_signal_connect_object (self->exercise_view, "back",
                           G_CALLBACK (show_exercises_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->exercise_view, "record",
                           G_CALLBACK (record_exercise_cb), self, G_CONNECT_SWAPPED);
  gtk_stack_add_titled (self->stack, GTK_WIDGET (self->exercise_view),
                        "exercise", _("Exercise"));
  return self->exercise_view;
}

/* The diary is opened, and read in a worker thread, in a frame of its own
 * once the groups below the top are made. Read while they were made, it
 * took a core from the frames that laid them out, on a machine with two:
 * the longest stalls were longer (see bench-diary-view). */
static gboolean
open_diary_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  BpgDiaryView *self = BPG_DIARY_VIEW (widget);

  if (self->store == NULL &&
      (!bpg_frame_reveal_is_done (self->reveal) || !bpg_frame_reveal_take_frame (self->reveal, clock)))
    return G_SOURCE_CONTINUE;

  self->open_tick = 0;
  ensure_loaded (self);
  return G_SOURCE_REMOVE;
}

static void
bpg_diary_view_map (GtkWidget *widget)
{
  BpgDiaryView *self = BPG_DIARY_VIEW (widget);

  GTK_WIDGET_CLASS (bpg_diary_view_parent_class)->map (widget);

  /* On a shared computer the banner says so from the first frame, not once
   * the diary is opened (the store keeps it in memory only then). */
  if (self->store == NULL)
    gtk_widget_set_visible (self->shared_banner, bpg_context_get_shared_computer (self->context));

  /* A diary opened already (from elsewhere) costs nothing more to show. */
  if (bpg_context_get_diary_store (self->context) != NULL)
    ensure_loaded (self);
  else if (self->store == NULL && self->open_tick == 0)
    self->open_tick = gtk_widget_add_tick_callback (widget, open_diary_cb, NULL, NULL);
}

static void
bpg_diary_view_unmap (GtkWidget *widget)
{
  bpg_clear_tick_callback (widget, &BPG_DIARY_VIEW (widget)->open_tick);

  GTK_WIDGET_CLASS (bpg_diary_view_parent_class)->unmap (widget);
}

static void
bpg_diary_view_dispose (GObject *object)
{
  BpgDiaryView *self = (BpgDiaryView *)object;

  g_cancellable_cancel (self->cancellable);
  /* On a shared computer the store wipes the diary as it goes; the view
   * need not hear of it. */
  if (self->store != NULL)
    {
      g_signal_handlers_disconnect_by_data (get_model (self), self);
      g_signal_handlers_disconnect_by_data (self->store, self);
    }
  if (self->context != NULL)
    g_signal_handlers_disconnect_by_data (self->context, self);
  g_clear_handle_id (&self->refresh_idle, g_source_remove);
  bpg_clear_tick_callback (GTK_WIDGET (self), &self->open_tick);
  bpg_clear_tick_callback (GTK_WIDGET (self), &self->rows_tick);
  g_clear_pointer (&self->reveal, bpg_frame_reveal_free);
  if (self->chooser != NULL)
    gtk_native_dialog_destroy (self->chooser);
  g_clear_object (&self->chooser);

  gtk_widget_dispose_template (GTK_WIDGET (self), BPG_TYPE_DIARY_VIEW);
  /* The groups went with the template's box. */
  self->goal_group = self->progress_group = self->entries_group = self->share_group = NULL;
  self->goal_row = NULL;
  self->goal_button = NULL;
  self->goal_bar = NULL;
  self->week_button = self->month_button = self->quarter_button = NULL;
  self->chart = NULL;
  self->entries_list = NULL;
  self->more_button = NULL;

  g_clear_object (&self->recent);
  g_clear_object (&self->store);
  g_clear_object (&self->exercises);
  g_clear_error (&self->exercises_error);
  g_clear_pointer (&self->pending_exercise, g_free);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->context);

  G_OBJECT_CLASS (bpg_diary_view_parent_class)->dispose (object);
}

static void
bpg_diary_view_finalize (GObject *object)
{
  g_free (BPG_DIARY_VIEW (object)->pending_toast);

  G_OBJECT_CLASS (bpg_diary_view_parent_class)->finalize (object);
}

static void
bpg_diary_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BpgDiaryView *self = BPG_DIARY_VIEW (object);

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
bpg_diary_view_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  BpgDiaryView *self = BPG_DIARY_VIEW (object);

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
bpg_diary_view_class_init (BpgDiaryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = bpg_diary_view_dispose;
  object_class->finalize = bpg_diary_view_finalize;
  object_class->get_property = bpg_diary_view_get_property;
  object_class->set_property = bpg_diary_view_set_property;
  widget_class->map = bpg_diary_view_map;
  widget_class->unmap = bpg_diary_view_unmap;

  properties[PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, BPG_TYPE_CONTEXT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (BPG_TYPE_CHART_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/diary/bpg-diary-view.ui");
  gtk_widget_class_bind_template_child (widget_class, BpgDiaryView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, BpgDiaryView, urgent_help_button);
  gtk_widget_class_bind_template_child (widget_class, BpgDiaryView, stack);
  gtk_widget_class_bind_template_child (widget_class, BpgDiaryView, shared_banner);
  gtk_widget_class_bind_template_child (widget_class, BpgDiaryView, problem_banner);
  gtk_widget_class_bind_template_child (widget_class, BpgDiaryView, problem_label);
  gtk_widget_class_bind_template_child (widget_class, BpgDiaryView, restore_button);
  gtk_widget_class_bind_template_child (widget_class, BpgDiaryView, save_error_banner);
  gtk_widget_class_bind_template_child (widget_class, BpgDiaryView, save_error_label);
  gtk_widget_class_bind_template_child (widget_class, BpgDiaryView, content_box);

  _bpg_diary_view_class_actions_init (widget_class);
}

/* The saving group's rows have an icon at each end and a long subtitle.
 * GTK 4.8 finds a wrapping label's narrowest width by breaking its line
 * after every letter, shaping the rest again for each line: showing the
 * group took more than a frame, most of it that. An icon leaves a row's
 * words far more than ten characters, even at 360 pixels and 200 % text,
 * so the subtitles get that floor, as paragraphs do (see bpg-layout-tune.c,
 * which leaves rows' labels alone because a row's suffix may be wide). */
static void
floor_subtitles (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "subtitle") &&
      gtk_label_get_wrap (GTK_LABEL (widget)))
    gtk_label_set_width_chars (GTK_LABEL (widget), BPG_LABEL_MIN_CHARS);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    floor_subtitles (child);
}

/* The parts below the top, in the order they are made and shown, one a
 * frame: each group, then the saving group's last four rows, two at a time
 * (its six rows, made and laid out in one frame, took most of it). */
static const char * const parts[][3] = {
  { "goal_group", NULL },
  { "progress_group", NULL },
  { "entries_group", NULL },
  { "share_group", NULL },
  { "csv_row", "backup_row", NULL },
  { "import_row", "delete_all_row", NULL },
};

#define GET_WIDGET(builder, id) GTK_WIDGET (gtk_builder_get_object ((builder), (id)))

/* Puts a part in place, tuned as the area's template was (see ensure_area()
 * in bpg-window.c), and brings it up to date with the diary. */
static void
add_part (BpgDiaryView *self,
          GtkBuilder   *builder,
          const char   *id)
{
  GtkWidget *widget = GET_WIDGET (builder, id);

  if (ADW_IS_ACTION_ROW (widget) && self->share_group == NULL)
    return;  /* the group could not be made */
  if (ADW_IS_ACTION_ROW (widget))
    {
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->share_group), widget);
      floor_subtitles (widget);
    }
  else
    {
      gtk_box_append (self->content_box, widget);
    }
  bpg_layout_tune (widget);

  if (g_str_equal (id, "goal_group"))
    {
      self->goal_group = widget;
      self->goal_row = ADW_ACTION_ROW (GET_WIDGET (builder, "goal_row"));
      self->goal_button = GTK_BUTTON (GET_WIDGET (builder, "goal_button"));
      self->goal_bar = GTK_LEVEL_BAR (GET_WIDGET (builder, "goal_bar"));
      update_goal (self);
    }
  else if (g_str_equal (id, "progress_group"))
    {
      self->progress_group = widget;
      self->week_button = GTK_TOGGLE_BUTTON (GET_WIDGET (builder, "week_button"));
      self->month_button = GTK_TOGGLE_BUTTON (GET_WIDGET (builder, "month_button"));
      self->quarter_button = GTK_TOGGLE_BUTTON (GET_WIDGET (builder, "quarter_button"));
      self->chart = BPG_CHART_VIEW (GET_WIDGET (builder, "chart"));
      /* Toggling the button draws the chart. */
      gtk_toggle_button_set_active (self->n_days == 7 ? self->week_button :
                                    self->n_days == 84 ? self->quarter_button :
                                    self->month_button, TRUE);
    }
  else if (g_str_equal (id, "entries_group"))
    {
      self->entries_group = widget;
      self->entries_list = GTK_LIST_BOX (GET_WIDGET (builder, "entries_list"));
      self->more_button = GET_WIDGET (builder, "more_button");
      _bpg_diary_view_list_entries (self);
      update_more_button (self);
    }
  else if (g_str_equal (id, "share_group"))
    {
      self->share_group = widget;
      floor_subtitles (widget);
    }
}

/* Makes the @part'th part below the top. GtkBuilder reads the whole file
 * for each part and builds only the part's objects: reading it takes less
 * than 0.1 ms, far below what building and laying out a part takes, so the
 * groups stay together in one file. */
static void
make_part (GtkWidget *widget,
           guint      part)
{
  BpgDiaryView *self = BPG_DIARY_VIEW (widget);
  g_autoptr(GtkBuilder) builder = gtk_builder_new ();
  g_autoptr(GtkBuilderScope) scope = gtk_builder_cscope_new ();
  g_autoptr(GError) error = NULL;

  gtk_builder_cscope_add_callback_symbols (GTK_BUILDER_CSCOPE (scope),
                                           "range_toggled_cb", G_CALLBACK (range_toggled_cb),
                                           "more_clicked_cb", G_CALLBACK (more_clicked_cb),
                                           NULL);
  gtk_builder_set_scope (builder, scope);
  gtk_builder_set_current_object (builder, G_OBJECT (self));
  if (!gtk_builder_add_objects_from_resource (builder,
                                              RESOURCE_BASE "/diary/bpg-diary-view-groups.ui",
                                              (const char **) parts[part], &error))
    {
      g_critical ("The diary's %s could not be made: %s", parts[part][0], error->message);
      return;
    }

  for (guint i = 0; parts[part][i] != NULL; i++)
    add_part (self, builder, parts[part][i]);
}

static void
bpg_diary_view_init (BpgDiaryView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->n_days = 28;
  _bpg_diary_view_update_actions (self);
  /* The first showing makes and lays out only the top (title, buttons,
   * banners); the groups below it come one a frame after it. */
  self->reveal = bpg_frame_reveal_new (GTK_WIDGET (self), G_N_ELEMENTS (parts), make_part);
}

/**
 * bpg_diary_view_get_store:
 *
 * Returns: (transfer none) (nullable): the diary, once the area has opened it
 *   (a frame after the groups below its top are made, on its first showing)
 */
BpgDiaryStore *
bpg_diary_view_get_store (BpgDiaryView *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_VIEW (self), NULL);

  return self->store;
}

/**
 * bpg_diary_view_get_exercises:
 *
 * Returns: (transfer none) (nullable): the exercise list, once loaded
 */
BpgExerciseList *
bpg_diary_view_get_exercises (BpgDiaryView *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_VIEW (self), NULL);

  return self->exercises;
}

void
bpg_diary_view_show_diary (BpgDiaryView *self)
{
  g_return_if_fail (BPG_IS_DIARY_VIEW (self));

  gtk_stack_set_visible_child_name (self->stack, "diary");
}

void
bpg_diary_view_show_exercises (BpgDiaryView *self)
{
  g_return_if_fail (BPG_IS_DIARY_VIEW (self));

  ensure_loaded (self);
  ensure_exercises_view (self);
  gtk_stack_set_visible_child_name (self->stack, "exercises");
}

/**
 * bpg_diary_view_show_exercise:
 * @id: an exercise id
 *
 * Shows the exercise. While the exercises are still being read, the list
 * shows, and the exercise opens once they are there.
 *
 * Returns: %FALSE if there is no such exercise, or the exercises could not
 *   be read
 */
gboolean
bpg_diary_view_show_exercise (BpgDiaryView *self,
                              const char   *id)
{
  BpgExercise *exercise;

  g_return_val_if_fail (BPG_IS_DIARY_VIEW (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  if (self->exercises == NULL && self->exercises_error == NULL)
    {
      g_free (self->pending_exercise);
      self->pending_exercise = g_strdup (id);
      bpg_diary_view_show_exercises (self);
      return TRUE;
    }

  exercise = self->exercises != NULL ? bpg_exercise_list_lookup (self->exercises, id) : NULL;
  if (exercise == NULL)
    return FALSE;

  bpg_exercise_view_show (ensure_exercise_view (self), self->exercises, exercise);
  gtk_stack_set_visible_child_name (self->stack, "exercise");
  return TRUE;
}

/**
 * bpg_diary_view_new_entry:
 *
 * Opens the editor for today's entry as soon as the diary is open: a new
 * one, or the one today already has, saying so.
 */
void
bpg_diary_view_new_entry (BpgDiaryView *self)
{
  g_return_if_fail (BPG_IS_DIARY_VIEW (self));

  ensure_loaded (self);
  bpg_diary_view_show_diary (self);

  if (!bpg_diary_store_get_loaded (self->store))
    self->new_entry_when_loaded = TRUE;
  else if (!bpg_diary_store_get_read_only (self->store))
    _bpg_diary_view_open_today (self);
}

/**
 * bpg_diary_view_get_page:
 *
 * Returns: "diary", "exercises" or "exercise"
 */
const char *
bpg_diary_view_get_page (BpgDiaryView *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_VIEW (self), NULL);

  return gtk_stack_get_visible_child_name (self->stack);
}

/**
 * bpg_diary_view_edit_draft:
 * @entry: (nullable): the entry the draft changes, or %NULL for a new one
 * @draft: what was being written
 *
 * Opens the editor again on a draft, after a change of language.
 */
void
bpg_diary_view_edit_draft (BpgDiaryView  *self,
                           BpgDiaryEntry *entry,
                           BpgDiaryEntry *draft)
{
  g_return_if_fail (BPG_IS_DIARY_VIEW (self));
  g_return_if_fail (BPG_IS_DIARY_ENTRY (draft));

  bpg_entry_editor_set_draft (_bpg_diary_view_open_editor (self, entry, NULL), draft);
}
