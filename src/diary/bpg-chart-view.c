/* bpg-chart-view.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-chart-view"

#include "config.h"

#include <glib/gi18n.h>

#include "bpg-chart-view.h"
#include "bpg-diary-chart.h"

/* The diary chart on screen: the drawing from the core, in the colours of
 * the current style (light, dark or high contrast) and the app's text size.
 * To a screen reader it is a picture whose description is the summary in
 * words, which is also shown below the chart for everyone. */
struct _BpgChartView
{
  GtkWidget        parent_instance;

  BpgDiarySummary *summary;
  char            *text;
};

G_DEFINE_FINAL_TYPE (BpgChartView, bpg_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
copy_rgba (double        target[4],
           const GdkRGBA *rgba,
           double         alpha)
{
  target[0] = rgba->red;
  target[1] = rgba->green;
  target[2] = rgba->blue;
  target[3] = rgba->alpha * alpha;
}

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
static void
style_from_widget (GtkWidget          *widget,
                   BpgDiaryChartStyle *style)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  gboolean high_contrast = adw_style_manager_get_high_contrast (adw_style_manager_get_default ());
  GdkRGBA fg, accent;

  gtk_style_context_get_color (context, &fg);
  if (!gtk_style_context_lookup_color (context, "accent_color", &accent))
    accent = fg;

  copy_rgba (style->foreground, &fg, 1.0);
  copy_rgba (style->back, &accent, 1.0);
  copy_rgba (style->bars, &fg, high_contrast ? 0.7 : 0.45);
  copy_rgba (style->grid, &fg, high_contrast ? 0.5 : 0.15);
  style->font = pango_font_description_copy (pango_context_get_font_description (gtk_widget_get_pango_context (widget)));
  style->rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
}
G_GNUC_END_IGNORE_DEPRECATIONS

static void
bpg_chart_view_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  BpgChartView *self = BPG_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  BpgDiaryChartStyle style;
  cairo_t *cr;

  if (self->summary == NULL || width <= 0 || height <= 0)
    return;

  style_from_widget (widget, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  bpg_diary_chart_draw (cr, self->summary, &style, width, height);
  cairo_destroy (cr);
  pango_font_description_free (style.font);
}

static void
bpg_chart_view_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);
  int line = pango_font_description_get_size (pango_context_get_font_description (context)) / PANGO_SCALE;

  /* Tall enough for the labels to keep their room at any text size. */
  line = MAX (line, 10) * 4 / 3;
  if (orientation == GTK_ORIENTATION_VERTICAL)
    {
      *minimum = 16 * line;
      *natural = 20 * line;
    }
  else
    {
      *minimum = 200;
      *natural = 600;
    }
}

static void
bpg_chart_view_css_changed (GtkWidget         *widget,
                            GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (bpg_chart_view_parent_class)->css_changed (widget, change);

  /* Colours or text size changed: redraw, and resize for the new text. */
  gtk_widget_queue_resize (widget);
}

static void
bpg_chart_view_finalize (GObject *object)
{
  BpgChartView *self = (BpgChartView *)object;

  g_clear_pointer (&self->summary, bpg_diary_summary_free);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (bpg_chart_view_parent_class)->finalize (object);
}

static void
bpg_chart_view_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  BpgChartView *self = BPG_CHART_VIEW (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bpg_chart_view_class_init (BpgChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = bpg_chart_view_finalize;
  object_class->get_property = bpg_chart_view_get_property;
  widget_class->snapshot = bpg_chart_view_snapshot;
  widget_class->measure = bpg_chart_view_measure;
  widget_class->css_changed = bpg_chart_view_css_changed;

  /**
   * BpgChartView:text:
   *
   * What the chart shows, in words.
   */
  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
bpg_chart_view_init (BpgChartView *self)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Chart of pain and activity"),
                                  -1);
}

GtkWidget *
bpg_chart_view_new (void)
{
  return g_object_new (BPG_TYPE_CHART_VIEW, NULL);
}

/**
 * bpg_chart_view_set_summary:
 * @summary: (transfer full): the days to show
 */
void
bpg_chart_view_set_summary (BpgChartView    *self,
                            BpgDiarySummary *summary)
{
  g_return_if_fail (BPG_IS_CHART_VIEW (self));
  g_return_if_fail (summary != NULL);

  g_clear_pointer (&self->summary, bpg_diary_summary_free);
  self->summary = summary;

  g_free (self->text);
  self->text = bpg_diary_summary_dup_text (summary);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, self->text,
                                  -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

/**
 * bpg_chart_view_get_summary:
 *
 * Returns: (nullable): the days shown
 */
const BpgDiarySummary *
bpg_chart_view_get_summary (BpgChartView *self)
{
  g_return_val_if_fail (BPG_IS_CHART_VIEW (self), NULL);

  return self->summary;
}

/**
 * bpg_chart_view_get_text:
 *
 * Returns: (nullable): what the chart shows, in words
 */
const char *
bpg_chart_view_get_text (BpgChartView *self)
{
  g_return_val_if_fail (BPG_IS_CHART_VIEW (self), NULL);

  return self->text;
}
