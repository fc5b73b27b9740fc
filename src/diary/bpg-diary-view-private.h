/* bpg-diary-view-private.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "bpg-chart-view.h"
#include "bpg-diary-view.h"
#include "bpg-entry-editor.h"
#include "bpg-exercise-view.h"
#include "bpg-exercises-view.h"
#include "bpg-frame-reveal.h"

/* The diary view is split by purpose, as GNOME Text Editor splits its
 * window: bpg-diary-view.c is the widget, its model and its refresh;
 * bpg-diary-view-entries.c the list of entries; bpg-diary-view-actions.c
 * the actions; bpg-diary-view-close.c closing with unsaved changes. */

G_BEGIN_DECLS

/* Where closing the window stands when the diary has unsaved changes. */
typedef enum
{
  CLOSE_NOT_ASKED,
  CLOSE_WAITING,    /* for a save to end */
  CLOSE_ASKING,
  CLOSE_COPYING,    /* saving a copy the patient chose */
  CLOSE_CONFIRMED,
} CloseStep;

typedef enum
{
  CHOOSE_CSV,
  CHOOSE_BACKUP,
  CHOOSE_PDF,
  CHOOSE_IMPORT,
} ChooserKind;

/* The My Diary area. The context opens the diary the first time the area is
 * shown (not at start-up, so no one's diary is read until they ask for it),
 * from the user's data folder, or in memory only on a shared computer. Until
 * it is open, and while it is read-only, the actions that change it are off.
 * The application keeps running while a change is being saved; if a change
 * could not be saved, closing asks first. "Saved" is said only once the
 * store has saved. */
struct _BpgDiaryView
{
  AdwBin             parent_instance;

  BpgContext        *context;
  BpgDiaryStore     *store;
  BpgExerciseList   *exercises;
  GError            *exercises_error;
  char              *pending_exercise;  /* to show once the exercises are read */
  GtkSliceListModel *recent;
  GCancellable      *cancellable;
  GtkNativeDialog   *chooser;
  guint              n_days;
  guint              refresh_idle;
  guint              rows_wanted;    /* entries to list, a page at a time */
  guint              rows_tick;      /* adds their rows a few a frame */
  guint              open_tick;      /* opens the diary once the groups are made */
  gboolean           new_entry_when_loaded;
  char              *pending_toast;  /* said once the change is saved */
  CloseStep          close_step;
  gboolean           importing;
  BpgFrameReveal    *reveal;         /* makes the groups below the top */

  /* Template widgets */
  AdwToastOverlay   *toast_overlay;
  GtkWidget         *urgent_help_button;
  GtkStack          *stack;
  GtkWidget         *shared_banner;
  GtkWidget         *problem_banner;
  GtkLabel          *problem_label;
  GtkWidget         *restore_button;
  GtkWidget         *save_error_banner;
  GtkLabel          *save_error_label;
  GtkBox            *content_box;

  /* The groups below the top and their widgets (bpg-diary-view-groups.ui):
   * %NULL until each group is made, in the frames after the area is first
   * shown. */
  GtkWidget         *goal_group;
  GtkWidget         *progress_group;
  GtkWidget         *entries_group;
  GtkWidget         *share_group;
  AdwActionRow      *goal_row;
  GtkButton         *goal_button;
  GtkLevelBar       *goal_bar;
  GtkToggleButton   *week_button;
  GtkToggleButton   *month_button;
  GtkToggleButton   *quarter_button;
  BpgChartView      *chart;
  GtkListBox        *entries_list;
  GtkWidget         *more_button;

  BpgExercisesView  *exercises_view;
  BpgExerciseView   *exercise_view;
};

static inline BpgDiaryModel *
get_model (BpgDiaryView *self)
{
  return self->store != NULL ? bpg_diary_store_get_model (self->store) : NULL;
}

static inline GtkWindow *
get_window (BpgDiaryView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  return GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;
}

void       _bpg_diary_view_class_actions_init (GtkWidgetClass *widget_class);
void       _bpg_diary_view_toast              (BpgDiaryView   *self,
                                               const char     *text);
void       _bpg_diary_view_add_toast          (BpgDiaryView   *self,
                                               AdwToast       *toast);
void       _bpg_diary_view_toast_when_saved   (BpgDiaryView   *self,
                                               const char     *text);
void       _bpg_diary_view_show_error         (BpgDiaryView   *self,
                                               const char     *heading,
                                               const GError   *error);
void       _bpg_diary_view_update_actions     (BpgDiaryView   *self);
void       _bpg_diary_view_bind_entries       (BpgDiaryView   *self);
void       _bpg_diary_view_list_entries       (BpgDiaryView   *self);
void       _bpg_diary_view_grow_entries       (BpgDiaryView   *self);
void       _bpg_diary_view_show_more_entries  (BpgDiaryView   *self);
BpgEntryEditor *_bpg_diary_view_open_editor  (BpgDiaryView   *self,
                                               BpgDiaryEntry  *entry,
                                               const char     *exercise);
BpgEntryEditor *_bpg_diary_view_open_today   (BpgDiaryView   *self);
void       _bpg_diary_view_choose_file        (BpgDiaryView   *self,
                                               ChooserKind     kind);
void       _bpg_diary_view_close_window       (BpgDiaryView   *self);
void       _bpg_diary_view_continue_close     (BpgDiaryView   *self);

G_END_DECLS
