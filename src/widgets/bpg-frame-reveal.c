/* bpg-frame-reveal.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "bpg-frame-reveal.h"

/* The lower parts of an area, made one a frame once the frame that first
 * shows the area has been drawn. Made with the area, they took the first
 * frame over a frame's time on the machine the benchmarks run on (see
 * bench-diary-view): building them, then laying out and drawing them all.
 * An idle callback is not enough: several can run between two frames, and
 * the next frame then lays out all they made. Left before all are made, the
 * rest come the next time the area is shown.
 *
 * The area's other work that comes a frame at a time (a list's rows, say)
 * asks the reveal for its frame too, so that each frame lays out one piece
 * of new work; and a frame that lays out what the area's data changed into
 * (a diary just read) is left to that. Each alone fitted in a frame; two or
 * three in one frame did not. */
struct _BpgFrameReveal
{
  GtkWidget          *owner;       /* unowned: the reveal is freed in its dispose */
  BpgFrameRevealFunc  make_part;
  guint               n_parts;
  guint               n_made;
  gint64              after_frame; /* the frame that shows the owner */
  gint64              taken_frame; /* the last frame given to a piece of work */
  gint64              held_frame;  /* the last frame left to what changed */
  guint               tick;
  gulong              map_handler;
  gulong              unmap_handler;
};

static gboolean
reveal_cb (GtkWidget     *owner,
           GdkFrameClock *clock,
           gpointer       user_data)
{
  BpgFrameReveal *self = user_data;

  if (self->n_made < self->n_parts && bpg_frame_reveal_take_frame (self, clock))
    self->make_part (owner, self->n_made++);
  if (self->n_made < self->n_parts)
    return G_SOURCE_CONTINUE;

  self->tick = 0;
  return G_SOURCE_REMOVE;
}

static void
owner_mapped_cb (GtkWidget      *owner,
                 BpgFrameReveal *self)
{
  /* The frame being prepared, or the next one, shows the owner. */
  self->after_frame = gdk_frame_clock_get_frame_counter (gtk_widget_get_frame_clock (owner)) + 1;
  if (self->tick != 0 || bpg_frame_reveal_is_done (self))
    return;

  self->tick = gtk_widget_add_tick_callback (owner, reveal_cb, self, NULL);
}

static void
owner_unmapped_cb (GtkWidget      *owner,
                   BpgFrameReveal *self)
{
  bpg_clear_tick_callback (self->owner, &self->tick);
}

/**
 * bpg_frame_reveal_new:
 * @owner: the area the parts belong to
 * @n_parts: how many parts there are
 * @make_part: makes each part and puts it in @owner
 *
 * Makes the parts one a frame, in order, from the frame after the one that
 * first shows @owner; again each time @owner is shown, until all are made.
 * Free it in @owner's dispose.
 *
 * Returns: (transfer full): the reveal
 */
BpgFrameReveal *
bpg_frame_reveal_new (GtkWidget          *owner,
                      guint               n_parts,
                      BpgFrameRevealFunc  make_part)
{
  BpgFrameReveal *self;

  g_return_val_if_fail (GTK_IS_WIDGET (owner), NULL);
  g_return_val_if_fail (make_part != NULL, NULL);

  self = g_new0 (BpgFrameReveal, 1);
  self->owner = owner;
  self->n_parts = n_parts;
  self->make_part = make_part;
  self->map_handler = g_signal_connect (owner, "map", G_CALLBACK (owner_mapped_cb), self);
  self->unmap_handler = g_signal_connect (owner, "unmap", G_CALLBACK (owner_unmapped_cb), self);
  if (gtk_widget_get_mapped (owner))
    owner_mapped_cb (owner, self);

  return self;
}

/**
 * bpg_frame_reveal_is_done:
 *
 * Returns: whether every part is made
 */
gboolean
bpg_frame_reveal_is_done (BpgFrameReveal *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->n_made >= self->n_parts;
}

/**
 * bpg_frame_reveal_take_frame:
 * @clock: the frame clock, in a tick callback
 *
 * Asks for the frame being prepared, for one piece of the owner's work,
 * such as a part or a few rows of a list. The frame that shows the owner,
 * a frame given already and a held frame are refused.
 *
 * Returns: whether the frame is the caller's; if not, try the next
 */
gboolean
bpg_frame_reveal_take_frame (BpgFrameReveal *self,
                             GdkFrameClock  *clock)
{
  gint64 frame;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (GDK_IS_FRAME_CLOCK (clock), FALSE);

  frame = gdk_frame_clock_get_frame_counter (clock);
  if (frame <= self->after_frame || frame <= self->held_frame || frame == self->taken_frame)
    return FALSE;

  self->taken_frame = frame;
  return TRUE;
}

/**
 * bpg_frame_reveal_hold_frame:
 *
 * Leaves the next frame to lay out what has just changed in the owner's
 * data: no part is made in it, and bpg_frame_reveal_take_frame() refuses
 * it. Call it as the change is made, between frames.
 */
void
bpg_frame_reveal_hold_frame (BpgFrameReveal *self)
{
  GdkFrameClock *clock;

  g_return_if_fail (self != NULL);

  clock = gtk_widget_get_frame_clock (self->owner);
  if (clock != NULL)
    self->held_frame = gdk_frame_clock_get_frame_counter (clock) + 1;
}

/**
 * bpg_frame_reveal_free:
 *
 * Stops the reveal; the parts made stay.
 */
void
bpg_frame_reveal_free (BpgFrameReveal *self)
{
  if (self == NULL)
    return;

  bpg_clear_tick_callback (self->owner, &self->tick);
  g_clear_signal_handler (&self->map_handler, self->owner);
  g_clear_signal_handler (&self->unmap_handler, self->owner);
  g_free (self);
}

/**
 * bpg_grow_slice:
 * @slice: a slice from the start of a list, bound to a list box
 * @goal: how long it is to grow (no longer than the list)
 * @step: how many items it may gain now
 *
 * For a tick callback that makes a list's rows a few a frame, for the same
 * reason as the reveal above: adds up to @step items to @slice, towards
 * @goal.
 *
 * Returns: whether any was added
 */
gboolean
bpg_grow_slice (GtkSliceListModel *slice,
                guint              goal,
                guint              step)
{
  guint size;

  g_return_val_if_fail (GTK_IS_SLICE_LIST_MODEL (slice), FALSE);

  size = gtk_slice_list_model_get_size (slice);
  goal = MIN (goal, g_list_model_get_n_items (gtk_slice_list_model_get_model (slice)));
  if (size >= goal)
    return FALSE;

  gtk_slice_list_model_set_size (slice, MIN (size + step, goal));
  return TRUE;
}

/**
 * bpg_clear_tick_callback:
 * @widget: the widget the callback was added to
 * @tick: (inout): its id, from gtk_widget_add_tick_callback(), or 0
 *
 * Removes the tick callback, if there is one, and sets @tick to 0, as
 * g_clear_handle_id() does for a main loop source.
 */
void
bpg_clear_tick_callback (GtkWidget *widget,
                         guint     *tick)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (tick != NULL);

  if (*tick != 0)
    gtk_widget_remove_tick_callback (widget, *tick);
  *tick = 0;
}
