/* bpg-diary-view-entries.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-diary-view"

#include "config.h"

#include <glib/gi18n.h>

#include "bpg-date.h"
#include "bpg-diary-export.h"
#include "bpg-diary-view-private.h"
#include "bpg-text-row.h"

/* Entries are listed in pages, so ten years of them do not slow the area.
 * A page's rows are made a few at a time, a batch a frame: making and laying
 * out fifty at once would freeze the window for a visible moment, and each
 * row took about 2 ms to lay out in software rendering. */
#define ENTRIES_PAGE  50
#define ENTRIES_FIRST 3
#define ENTRIES_BATCH 3

static char *
describe_entry (BpgDiaryEntry   *entry,
                BpgExerciseList *exercises)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *done = bpg_diary_describe_exercises (entry, exercises);
  int back = bpg_diary_entry_get_back_pain (entry);
  int leg = bpg_diary_entry_get_leg_pain (entry);
  guint minutes = bpg_diary_entry_get_total_minutes (entry);
  const char *notes = bpg_diary_entry_get_notes (entry);

  if (back != BPG_DIARY_PAIN_UNSET)
    /* Translators: %d is a number from 0 to 10 */
    g_ptr_array_add (parts, g_strdup_printf (_("Back pain %d out of 10"), back));
  if (leg != BPG_DIARY_PAIN_UNSET)
    /* Translators: %d is a number from 0 to 10 */
    g_ptr_array_add (parts, g_strdup_printf (_("Leg pain %d out of 10"), leg));
  if (minutes > 0)
    g_ptr_array_add (parts, g_strdup_printf (ngettext ("%u active minute", "%u active minutes",
                                                       minutes), minutes));
  if (*done != '\0')
    g_ptr_array_add (parts, g_steal_pointer (&done));
  if (bpg_diary_entry_get_painkillers (entry))
    g_ptr_array_add (parts, g_strdup (_("Took painkillers")));
  if (notes != NULL)
    {
      g_autofree char *line = g_strndup (notes, strcspn (notes, "\r\n"));

      if (g_utf8_strlen (line, -1) > 80)
        {
          g_autofree char *start = g_utf8_substring (line, 0, 80);

          g_free (line);
          line = g_strconcat (start, "…", NULL);
        }
      /* Translators: the start of the patient's note, in quotes */
      g_ptr_array_add (parts, g_strdup_printf (_("“%s”"), line));
    }
  if (parts->len == 0)
    g_ptr_array_add (parts, g_strdup (_("Nothing recorded")));

  g_ptr_array_add (parts, NULL);
  return g_strjoinv (" · ", (char **)parts->pdata);
}

static GtkWidget *
entry_button (const char *icon,
              const char *tooltip,
              const char *accessible_name,
              const char *action,
              const char *id)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  /* the button has the name; the icon would be read as "GtkImage" */
  gtk_accessible_update_state (GTK_ACCESSIBLE (gtk_button_get_child (GTK_BUTTON (button))),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", id);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name,
                                  -1);
  return button;
}

static GtkWidget *
create_entry_row (gpointer item,
                  gpointer user_data)
{
  BpgDiaryView *self = user_data;
  BpgDiaryEntry *entry = item;
  const char *id = bpg_diary_entry_get_id (entry);
  g_autofree char *date = bpg_date_format_day (bpg_diary_entry_get_julian (entry));
  g_autofree char *subtitle = describe_entry (entry, self->exercises);
  /* Translators: %s is a date */
  g_autofree char *edit_name = g_strdup_printf (_("Change the entry for %s"), date);
  /* Translators: %s is a date */
  g_autofree char *delete_name = g_strdup_printf (_("Delete the entry for %s"), date);
  GtkWidget *row = bpg_text_row_new (date, subtitle);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  bpg_text_row_set_subtitle_lines (BPG_TEXT_ROW (row), 3);
  gtk_widget_set_name (row, id);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), "diary.edit-entry");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (row), "s", id);

  gtk_box_append (GTK_BOX (buttons),
                  entry_button ("document-edit-symbolic", _("Change this entry"),
                                edit_name, "diary.edit-entry", id));
  gtk_box_append (GTK_BOX (buttons),
                  entry_button ("user-trash-symbolic", _("Delete this entry"),
                                delete_name, "diary.delete-entry", id));
  bpg_text_row_set_suffix (BPG_TEXT_ROW (row), buttons);

  return row;
}

static gboolean
grow_rows_cb (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       user_data)
{
  BpgDiaryView *self = BPG_DIARY_VIEW (widget);

  /* A frame that makes one of the area's parts, or lays out entries just
   * read, makes no rows besides. */
  if (!bpg_frame_reveal_take_frame (self->reveal, clock))
    return G_SOURCE_CONTINUE;
  if (bpg_grow_slice (self->recent, self->rows_wanted, ENTRIES_BATCH))
    return G_SOURCE_CONTINUE;

  self->rows_tick = 0;
  return G_SOURCE_REMOVE;
}

/* Adds the rows still missing from the page, a batch a frame, as the frame
 * begins: an idle callback could add several batches between two frames,
 * all then laid out in the second. */
void
_bpg_diary_view_grow_entries (BpgDiaryView *self)
{
  if (self->recent == NULL || self->entries_list == NULL || self->rows_tick != 0)
    return;

  self->rows_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self), grow_rows_cb, NULL, NULL);
}

/**
 * _bpg_diary_view_bind_entries:
 *
 * Lists the newest entries, the first few at once and the rest of the page
 * in batches, once the list is made.
 */
void
_bpg_diary_view_bind_entries (BpgDiaryView *self)
{
  g_assert (self->recent == NULL);

  self->rows_wanted = ENTRIES_PAGE;
  self->recent = gtk_slice_list_model_new (g_object_ref (G_LIST_MODEL (get_model (self))),
                                           0, ENTRIES_FIRST);
  _bpg_diary_view_list_entries (self);
}

/**
 * _bpg_diary_view_list_entries:
 *
 * Gives the list its rows, once it is made and the entries are bound:
 * whichever comes second calls it.
 */
void
_bpg_diary_view_list_entries (BpgDiaryView *self)
{
  if (self->recent == NULL || self->entries_list == NULL)
    return;

  gtk_list_box_bind_model (self->entries_list, G_LIST_MODEL (self->recent),
                           create_entry_row, self, NULL);
  _bpg_diary_view_grow_entries (self);
}

/* The next page of older entries. */
void
_bpg_diary_view_show_more_entries (BpgDiaryView *self)
{
  self->rows_wanted += ENTRIES_PAGE;
  _bpg_diary_view_grow_entries (self);
}
