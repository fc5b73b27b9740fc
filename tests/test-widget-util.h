/* test-widget-util.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>
#include <string.h>

/* Helpers shared by the widget tests. */

/* Lets layout, transitions and idles settle. */
static inline void
run_until_idle (void)
{
  for (guint i = 0; i < 50; i++)
    while (g_main_context_iteration (NULL, FALSE));
}

static inline void
painted_cb (GdkFrameClock *clock,
            gboolean      *painted)
{
  *painted = TRUE;
}

/* Waits for @widget's window to lay out and draw a change, which happens
 * at its next frame rather than when the main loop is idle. */
static inline void
run_until_laid_out (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (painted_cb), &painted);

  gtk_widget_queue_draw (widget);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
  run_until_idle ();
}

static inline gboolean
give_up_cb (gpointer data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until @done says yes, for work that ends in a worker
 * thread or after a pause; the bound of @seconds only stops a broken build
 * from hanging, and the caller asserts what it waited for. */
static inline void
wait_for (gboolean (*done) (gpointer),
          gpointer   data,
          guint      seconds)
{
  gboolean gave_up = FALSE;
  guint bound = g_timeout_add_seconds (seconds, give_up_cb, &gave_up);

  while (!done (data) && !gave_up)
    g_main_context_iteration (NULL, TRUE);
  if (!gave_up)
    g_source_remove (bound);
}

/* The first widget of @type inside @widget, depth first. */
static inline gpointer
find_child (GtkWidget *widget,
            GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gpointer found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_child (child, type)))
        return found;
    }

  return NULL;
}

/* The first toplevel window of @type. */
static inline gpointer
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type))
        return window;
    }

  return NULL;
}

/* The first widget, @widget itself or inside it, that @match says yes to
 * (given @data), shown or not; %NULL if there is none. */
static inline GtkWidget *
find_descendant (GtkWidget *widget,
                 gboolean (*match) (GtkWidget *widget, gconstpointer data),
                 gconstpointer data)
{
  if (match (widget, data))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, match, data);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static inline gboolean
label_reads (GtkWidget     *widget,
             gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* The label reading @text exactly, @widget itself or inside it. */
static inline GtkWidget *
find_label_reading (GtkWidget  *widget,
                    const char *text)
{
  return find_descendant (widget, label_reads, text);
}

/* Draws @window's frames until a label reading @text is shown inside
 * @widget, for the parts of an area made in the frames after it is first
 * shown; at most @max_frames of them. Returns the label, or %NULL. */
static inline GtkWidget *
run_until_label_shown (GtkWidget  *window,
                       GtkWidget  *widget,
                       const char *text,
                       guint       max_frames)
{
  GtkWidget *label;

  for (guint frames = 0; frames <= max_frames; frames++)
    {
      label = find_label_reading (widget, text);
      if (label != NULL && gtk_widget_is_visible (label))
        return label;
      if (frames < max_frames)
        run_until_laid_out (window);
    }

  return NULL;
}

/* Whether a label inside @widget that is drawn on screen contains @text. */
static inline gboolean
find_label_with (GtkWidget  *widget,
                 const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget) &&
      strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    return TRUE;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (find_label_with (child, text))
      return TRUE;

  return FALSE;
}

/* @stack shows the page called @name, drawn, and its other pages, of
 * which it has more than one, are hidden, not only behind it: GTK styles
 * every visible widget, shown or not. */
static inline void
assert_stack_shows_only (GtkStack   *stack,
                         const char *name)
{
  guint n_pages = 0;

  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, name);
  for (GtkWidget *page = gtk_widget_get_first_child (GTK_WIDGET (stack));
       page != NULL;
       page = gtk_widget_get_next_sibling (page), n_pages++)
    {
      if (page == gtk_stack_get_visible_child (stack))
        g_assert_true (gtk_widget_is_drawable (page));
      else
        g_assert_false (gtk_widget_get_visible (page));
    }
  g_assert_cmpuint (n_pages, >, 2);
}

/* Counts, at each frame, the rows @count finds in @widget: for tests that
 * check a list is made a few rows a frame. Connect frame_rows_cb() to the
 * frame clock's "after-paint". */
typedef struct
{
  GtkWidget *widget;
  guint    (*count) (GtkWidget *widget);
  guint      last;    /* rows at the last frame */
  guint      most;    /* the most added in one frame */
  guint      frames;  /* frames that added rows */
} FrameRows;

static inline void
frame_rows_cb (GdkFrameClock *clock,
               FrameRows     *rows)
{
  guint n = rows->count (rows->widget);

  if (n > rows->last)
    rows->frames++;
  rows->most = MAX (rows->most, n - rows->last);
  rows->last = n;
}
