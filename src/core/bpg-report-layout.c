/* bpg-report-layout.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-report"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "bpg-i18n.h"
#include "bpg-report-private.h"

/* Lays a report's items out on pages. Each item becomes units that cannot
 * be split (a line of text, a table row, a note, an image); units are then
 * stacked on pages, starting a new page when the next one does not fit.
 * Sizes are in points, at 72 units to the inch, and text is measured without
 * hinting, so the same layout serves a PDF and a printer. */

#define MARGIN_SIDE    56.7   /* 20 mm */
#define MARGIN_TOP     56.7
#define MARGIN_BOTTOM  76.0   /* the footer sits in this margin */
#define CELL_PADDING   4.0
#define NOTE_PADDING   10.0
#define NOTE_BAR       5.0
#define BODY_FONT      "Sans 10.5"
#define BOLD_FONT      "Sans Bold 10.5"
#define TITLE_FONT     "Sans Bold 20"
#define HEADING_FONT   "Sans Bold 13"
#define SMALL_FONT     "Sans 8.5"
#define SMALL_BOLD     "Sans Bold 8.5"

typedef enum
{
  UNIT_LINE,    /* one line of a paragraph, heading or list */
  UNIT_PAIR,    /* a label and its value */
  UNIT_ROW,     /* a table row */
  UNIT_NOTE,    /* a boxed note */
  UNIT_IMAGE,
} UnitKind;

typedef struct _Unit Unit;

struct _Unit
{
  UnitKind         kind;
  double           space_before;
  double           height;
  gboolean         keep_with_next;
  GPtrArray       *layouts;    /* PangoLayout: line: its text; pair: label, value;
                                * row: cells; note: level, title, text */
  int              line;       /* line: which line of layouts[0] */
  double           x;          /* line: where the line starts */
  double           baseline;   /* line: from the unit's top */
  gboolean         header;     /* row: a table's header */
  Unit            *repeat;     /* row: the header to repeat on a new page */
  BpgCalloutLevel  level;      /* note */
  cairo_surface_t *surface;    /* image */
  double           scale;      /* image: points per pixel */
};

typedef struct
{
  Unit   *unit;
  double  y;
} Placed;

struct _BpgReportLayout
{
  double        width;
  double        height;
  char         *title;
  char         *made_on;
  gboolean      rtl;     /* the page is mirrored: it starts on the right */
  PangoContext *context;
  GPtrArray    *units;   /* Unit, owned */
  GPtrArray    *pages;   /* GArray of Placed */
};

static const struct {
  double      red, green, blue;
  const char *name;
} levels[] = {
  [BPG_CALLOUT_INFO] = { 0.11, 0.35, 0.70, NULL },
  [BPG_CALLOUT_GP] = { 0.09, 0.45, 0.20, N_("See a GP") },
  [BPG_CALLOUT_URGENT] = { 0.72, 0.38, 0.00, N_("Urgent: get help today") },
  [BPG_CALLOUT_EMERGENCY] = { 0.75, 0.08, 0.10, N_("Emergency") },
};

static double
content_width (BpgReportLayout *self)
{
  return self->width - 2 * MARGIN_SIDE;
}

static double
body_height (BpgReportLayout *self)
{
  return self->height - MARGIN_TOP - MARGIN_BOTTOM;
}

static void
unit_free (Unit *unit)
{
  g_clear_pointer (&unit->layouts, g_ptr_array_unref);
  g_clear_pointer (&unit->surface, cairo_surface_destroy);
  g_free (unit);
}

static Unit *
add_unit (BpgReportLayout *self,
          UnitKind         kind,
          double           space_before)
{
  Unit *unit = g_new0 (Unit, 1);

  unit->kind = kind;
  unit->space_before = space_before;
  unit->layouts = g_ptr_array_new_with_free_func (g_object_unref);
  g_ptr_array_add (self->units, unit);

  return unit;
}

static PangoLayout *
text_layout (BpgReportLayout *self,
             const char      *font,
             const char      *text,
             double           width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) desc = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, desc);
  /* Right to left, text starts on the right: Arabic, and numbers and dates
   * on their own (whose direction is the page's), are set flush right. A
   * paragraph written left to right, such as a note typed in English,
   * still reads left to right, flush left. */
  pango_layout_set_alignment (layout, self->rtl ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_width (layout, pango_units_from_double (MAX (width, 1.0)));
  pango_layout_set_text (layout, text, -1);

  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return pango_units_to_double (height);
}

/* Adds one unit per line, so long text can run on to the next page. */
static void
add_lines (BpgReportLayout *self,
           PangoLayout     *layout,
           double           x,
           double           space_before,
           gboolean         keep_with_next)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  int line = 0;

  do
    {
      Unit *unit = add_unit (self, UNIT_LINE, line == 0 ? space_before : 0);
      PangoRectangle logical;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      g_ptr_array_add (unit->layouts, g_object_ref (layout));
      unit->line = line++;
      unit->x = x + pango_units_to_double (logical.x);
      unit->height = pango_units_to_double (logical.height);
      unit->baseline = pango_units_to_double (pango_layout_iter_get_baseline (iter) - logical.y);
      unit->keep_with_next = keep_with_next;
    }
  while (pango_layout_iter_next_line (iter));

  pango_layout_iter_free (iter);
  g_object_unref (layout);
}

static void
add_text (BpgReportLayout *self,
          const char      *font,
          const char      *text,
          double           space_before,
          gboolean         keep_with_next)
{
  add_lines (self, text_layout (self, font, text, content_width (self)),
             0, space_before, keep_with_next);
}

static void
add_list (BpgReportLayout    *self,
          const char * const *items)
{
  for (guint i = 0; items[i] != NULL; i++)
    {
      g_autofree char *text = g_strconcat ("•\t", items[i], NULL);
      PangoLayout *layout = text_layout (self, BODY_FONT, text, content_width (self));
      PangoTabArray *tabs = pango_tab_array_new_with_positions (1, TRUE, PANGO_TAB_LEFT, 14);

      /* A hanging indent: wrapped lines line up with the text, not the bullet. */
      pango_layout_set_tabs (layout, tabs);
      pango_layout_set_indent (layout, pango_units_from_double (-14));
      pango_tab_array_free (tabs);
      add_lines (self, layout, 0, i == 0 ? 6 : 3, FALSE);
    }
}

static void
add_pair (BpgReportLayout  *self,
          char * const     *texts)
{
  double label_width = content_width (self) * 0.4;
  Unit *unit = add_unit (self, UNIT_PAIR, 0);
  PangoLayout *label = text_layout (self, BOLD_FONT, texts[0], label_width - 12);
  PangoLayout *value = text_layout (self, BODY_FONT, texts[1], content_width (self) - label_width);

  g_ptr_array_add (unit->layouts, label);
  g_ptr_array_add (unit->layouts, value);
  unit->height = MAX (layout_height (label), layout_height (value)) + 2 * CELL_PADDING;

  /* A long answer cannot be split side by side with its label; it would
   * leave a gap or run over the foot of the page. It runs on from page to
   * page under its label instead, as a paragraph does. */
  if (unit->height > body_height (self) / 3)
    {
      g_ptr_array_remove (self->units, unit);
      add_text (self, BOLD_FONT, texts[0], 8, TRUE);
      add_text (self, BODY_FONT, texts[1], 2, FALSE);
    }
}

static Unit *
add_row (BpgReportLayout *self,
         char * const    *cells,
         gboolean         header,
         Unit            *repeat)
{
  guint n = g_strv_length ((char **)cells);
  double column = content_width (self) / MAX (n, 1);
  Unit *unit = add_unit (self, UNIT_ROW, header ? 10 : 0);

  unit->header = header;
  unit->keep_with_next = header;
  unit->repeat = repeat;
  for (guint i = 0; i < n; i++)
    {
      PangoLayout *layout = text_layout (self, header ? BOLD_FONT : BODY_FONT,
                                         cells[i], column - 2 * CELL_PADDING);

      unit->height = MAX (unit->height, layout_height (layout) + 2 * CELL_PADDING);
      g_ptr_array_add (unit->layouts, layout);
    }

  return unit;
}

static void
add_note (BpgReportLayout *self,
          BpgReportItem   *item)
{
  double inner = content_width (self) - NOTE_BAR - 2 * NOTE_PADDING;
  Unit *unit = add_unit (self, UNIT_NOTE, 12);
  const char *name = _bpg_report_level_name (item->level);

  unit->level = item->level;
  if (name != NULL)
    g_ptr_array_add (unit->layouts, text_layout (self, SMALL_BOLD, name, inner));
  g_ptr_array_add (unit->layouts, text_layout (self, HEADING_FONT, item->texts[0], inner));
  if (item->texts[1] != NULL)
    g_ptr_array_add (unit->layouts, text_layout (self, BODY_FONT, item->texts[1], inner));

  unit->height = 2 * NOTE_PADDING;
  for (guint i = 0; i < unit->layouts->len; i++)
    unit->height += layout_height (g_ptr_array_index (unit->layouts, i)) + (i > 0 ? 4 : 0);

  /* A note taller than a page would be cut off; show it as plain text. */
  if (unit->height > body_height (self))
    {
      g_ptr_array_remove (self->units, unit);
      if (name != NULL)
        add_text (self, SMALL_BOLD, name, 12, TRUE);
      add_text (self, HEADING_FONT, item->texts[0], name != NULL ? 2 : 12, TRUE);
      if (item->texts[1] != NULL)
        add_text (self, BODY_FONT, item->texts[1], 4, FALSE);
    }
}

static void
add_image (BpgReportLayout *self,
           BpgReportItem   *item)
{
  int pixels = cairo_image_surface_get_width (item->surface);
  double scale = MIN (1.0, MIN (content_width (self) / item->width,
                                body_height (self) * 0.8 / item->height));
  Unit *unit = add_unit (self, UNIT_IMAGE, 10);

  unit->surface = cairo_surface_reference (item->surface);
  unit->scale = item->width * scale / MAX (pixels, 1);
  unit->height = item->height * scale;
  unit->keep_with_next = item->texts[0] != NULL;

  if (item->texts[0] != NULL)
    add_text (self, SMALL_FONT, item->texts[0], 4, FALSE);
}

static void
add_item (BpgReportLayout *self,
          BpgReportItem   *item,
          Unit           **table_header)
{
  switch (item->kind)
    {
    case BPG_REPORT_ITEM_HEADING:
      add_text (self, HEADING_FONT, item->texts[0], 16, TRUE);
      break;

    case BPG_REPORT_ITEM_PARAGRAPH:
      add_text (self, BODY_FONT, item->texts[0], 6, FALSE);
      break;

    case BPG_REPORT_ITEM_LIST:
      add_list (self, (const char * const *)item->texts);
      break;

    case BPG_REPORT_ITEM_KEY_VALUE:
      add_pair (self, item->texts);
      break;

    case BPG_REPORT_ITEM_TABLE:
      *table_header = add_row (self, item->texts, TRUE, NULL);
      break;

    case BPG_REPORT_ITEM_ROW:
      add_row (self, item->texts, FALSE, *table_header);
      break;

    case BPG_REPORT_ITEM_NOTE:
      add_note (self, item);
      break;

    case BPG_REPORT_ITEM_IMAGE:
      add_image (self, item);
      break;

    default:
      g_assert_not_reached ();
    }
}

/* How much must fit below a unit that keeps with what follows it, such as a
 * heading: the units up to the first one that does not. */
static double
chain_height (BpgReportLayout *self,
              guint            index)
{
  double extra = 0;

  for (guint j = index;
       j + 1 < self->units->len && ((Unit *)g_ptr_array_index (self->units, j))->keep_with_next;
       j++)
    {
      Unit *next = g_ptr_array_index (self->units, j + 1);

      extra += next->space_before + next->height;
    }

  return extra;
}

static void
place (GArray *page,
       Unit   *unit,
       double  y)
{
  Placed placed = { unit, y };

  g_array_append_val (page, placed);
}

static void
paginate (BpgReportLayout *self)
{
  double top = MARGIN_TOP, bottom = self->height - MARGIN_BOTTOM;
  GArray *page = NULL;
  double y = top;

  for (guint i = 0; i < self->units->len; i++)
    {
      Unit *unit = g_ptr_array_index (self->units, i);
      double before = page != NULL && page->len > 0 ? unit->space_before : 0;
      double need = unit->height + chain_height (self, i);

      /* A chain taller than a page cannot be kept together anyway. */
      if (need > bottom - top)
        need = unit->height;

      if (page == NULL || (page->len > 0 && y + before + need > bottom))
        {
          page = g_array_new (FALSE, FALSE, sizeof (Placed));
          g_ptr_array_add (self->pages, page);
          y = top;
          before = 0;
          if (unit->repeat != NULL)
            {
              place (page, unit->repeat, y);
              y += unit->repeat->height;
            }
        }

      place (page, unit, y + before);
      y += before + unit->height;
    }

  if (self->pages->len == 0)
    g_ptr_array_add (self->pages, g_array_new (FALSE, FALSE, sizeof (Placed)));
}

static char *
format_made_on (GDateTime *date_time)
{
  /* Translators: how a report shows the day it was made, as in "12 March 2026";
   * see the GLib documentation of g_date_time_format() */
  g_autofree char *day = g_date_time_format (date_time, _("%-d %B %Y"));
  /* Translators: how a report shows the time it was made, as in "14:05" */
  g_autofree char *time = g_date_time_format (date_time, _("%H:%M"));

  /* Translators: in a report's footer; the first %s is a day, the second a time */
  return g_strdup_printf (_("Made on %s at %s"), day, time);
}

static void
draw_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y)
{
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static void
draw_rule (cairo_t *cr,
           double   x,
           double   y,
           double   width,
           double   thickness,
           double   grey)
{
  cairo_save (cr);
  cairo_set_source_rgb (cr, grey, grey, grey);
  cairo_set_line_width (cr, thickness);
  cairo_move_to (cr, x, y);
  cairo_rel_line_to (cr, width, 0);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_row (BpgReportLayout *self,
          cairo_t         *cr,
          Unit            *unit,
          double           y)
{
  double column = content_width (self) / MAX (unit->layouts->len, 1);
  gboolean rtl = self->rtl;

  if (unit->header)
    {
      cairo_save (cr);
      cairo_set_source_rgb (cr, 0.92, 0.92, 0.92);
      cairo_rectangle (cr, MARGIN_SIDE, y, content_width (self), unit->height);
      cairo_fill (cr);
      cairo_restore (cr);
    }

  /* Right to left, the first column is on the right. */
  for (guint i = 0; i < unit->layouts->len; i++)
    draw_layout (cr, g_ptr_array_index (unit->layouts, i),
                 MARGIN_SIDE + (rtl ? unit->layouts->len - 1 - i : i) * column + CELL_PADDING,
                 y + CELL_PADDING);

  draw_rule (cr, MARGIN_SIDE, y + unit->height, content_width (self),
             unit->header ? 1.0 : 0.5, unit->header ? 0.3 : 0.7);
}

static void
draw_note (BpgReportLayout *self,
           cairo_t         *cr,
           Unit            *unit,
           double           y)
{
  double red = levels[unit->level].red;
  double green = levels[unit->level].green;
  double blue = levels[unit->level].blue;
  double x = MARGIN_SIDE + (self->rtl ? 0 : NOTE_BAR) + NOTE_PADDING;
  double bar = self->rtl ? MARGIN_SIDE + content_width (self) - NOTE_BAR : MARGIN_SIDE;

  cairo_save (cr);
  cairo_set_source_rgba (cr, red, green, blue, 0.08);
  cairo_rectangle (cr, MARGIN_SIDE, y, content_width (self), unit->height);
  cairo_fill_preserve (cr);
  cairo_set_source_rgb (cr, red, green, blue);
  cairo_set_line_width (cr, 1.0);
  cairo_stroke (cr);
  /* The coloured bar is at the start of the line: on the right, right to left. */
  cairo_rectangle (cr, bar, y, NOTE_BAR, unit->height);
  cairo_fill (cr);
  cairo_restore (cr);

  y += NOTE_PADDING;
  for (guint i = 0; i < unit->layouts->len; i++)
    {
      PangoLayout *layout = g_ptr_array_index (unit->layouts, i);

      cairo_save (cr);
      if (i == 0 && unit->level != BPG_CALLOUT_INFO)
        cairo_set_source_rgb (cr, red * 0.8, green * 0.8, blue * 0.8);
      draw_layout (cr, layout, x, y);
      cairo_restore (cr);
      y += layout_height (layout) + 4;
    }
}

static void
draw_image (BpgReportLayout *self,
            cairo_t         *cr,
            Unit            *unit,
            double           y)
{
  double width = cairo_image_surface_get_width (unit->surface) * unit->scale;

  cairo_save (cr);
  cairo_translate (cr, MARGIN_SIDE + (self->rtl ? content_width (self) - width : 0), y);
  cairo_scale (cr, unit->scale, unit->scale);
  cairo_set_source_surface (cr, unit->surface, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
}

static void
draw_unit (BpgReportLayout *self,
           cairo_t         *cr,
           Unit            *unit,
           double           y)
{
  switch (unit->kind)
    {
    case UNIT_LINE:
      cairo_move_to (cr, MARGIN_SIDE + unit->x, y + unit->baseline);
      pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (
                                          g_ptr_array_index (unit->layouts, 0), unit->line));
      break;

    case UNIT_PAIR:
      /* Right to left, the label is on the right and its value on its left. */
      draw_layout (cr, g_ptr_array_index (unit->layouts, 0),
                   MARGIN_SIDE + (self->rtl ? content_width (self) * 0.6 + 12 : 0),
                   y + CELL_PADDING);
      draw_layout (cr, g_ptr_array_index (unit->layouts, 1),
                   MARGIN_SIDE + (self->rtl ? 0 : content_width (self) * 0.4), y + CELL_PADDING);
      draw_rule (cr, MARGIN_SIDE, y + unit->height, content_width (self), 0.5, 0.8);
      break;

    case UNIT_ROW:
      draw_row (self, cr, unit, y);
      break;

    case UNIT_NOTE:
      draw_note (self, cr, unit, y);
      break;

    case UNIT_IMAGE:
      draw_image (self, cr, unit, y);
      break;

    default:
      g_assert_not_reached ();
    }
}

static void
draw_margins (BpgReportLayout *self,
              cairo_t         *cr,
              guint            page_nr)
{
  double footer_top = self->height - MARGIN_BOTTOM + 18;
  g_autofree char *disclaimer = NULL;
  g_autofree char *page = NULL;
  g_autoptr(PangoLayout) left = NULL;
  g_autoptr(PangoLayout) right = NULL;

  /* Translators: printed at the foot of every page of a report */
  disclaimer = g_strdup_printf ("%s\n%s", _("Back Pain Guide — information only, not a diagnosis"),
                                self->made_on);
  /* Translators: printed at the foot of every page of a report */
  page = g_strdup_printf (_("Page %u of %u"), page_nr + 1, self->pages->len);

  left = text_layout (self, SMALL_FONT, disclaimer, content_width (self) * 0.72);
  right = text_layout (self, SMALL_FONT, page, content_width (self) * 0.28);
  /* The page number is at the end of the line: on the left, right to left. */
  pango_layout_set_alignment (right, self->rtl ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.25, 0.25, 0.25);
  draw_rule (cr, MARGIN_SIDE, footer_top - 6, content_width (self), 0.5, 0.6);
  draw_layout (cr, left, MARGIN_SIDE + (self->rtl ? content_width (self) * 0.28 : 0), footer_top);
  draw_layout (cr, right, MARGIN_SIDE + (self->rtl ? 0 : content_width (self) * 0.72), footer_top);

  if (page_nr > 0)
    {
      g_autoptr(PangoLayout) title = text_layout (self, SMALL_FONT, self->title,
                                                  content_width (self));

      pango_layout_set_ellipsize (title, PANGO_ELLIPSIZE_END);
      pango_layout_set_height (title, 0);
      draw_layout (cr, title, MARGIN_SIDE, MARGIN_TOP - 28);
    }
  cairo_restore (cr);
}

static PangoContext *
create_context (gboolean rtl)
{
  PangoContext *context;
  cairo_font_options_t *options;

  /* The default font map is one per thread, so a worker thread can lay out
   * a report while the main thread draws. */
  context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  pango_cairo_context_set_resolution (context, 72.0);
  pango_context_set_round_glyph_positions (context, FALSE);
  /* Text with no direction of its own, such as a number, takes the page's. */
  pango_context_set_base_dir (context, rtl ? PANGO_DIRECTION_RTL : PANGO_DIRECTION_LTR);

  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);

  return context;
}

/* Returns: (nullable): the level's name, printed above a note; an
 * information note has none. */
const char *
_bpg_report_level_name (BpgCalloutLevel level)
{
  g_return_val_if_fail (level <= BPG_CALLOUT_EMERGENCY, NULL);

  if (level == BPG_CALLOUT_INFO)
    return NULL;

  return _(levels[level].name);
}

/**
 * _bpg_report_layout_new:
 * @items: (element-type BpgReportItem): what to lay out
 * @width: the page's width, in points
 * @height: the page's height, in points
 *
 * Returns: (transfer full): the items laid out on pages of that size
 */
BpgReportLayout *
_bpg_report_layout_new (const char *title,
                        GDateTime  *date_time,
                        GPtrArray  *items,
                        double      width,
                        double      height)
{
  BpgReportLayout *self = g_new0 (BpgReportLayout, 1);
  Unit *table_header = NULL;

  /* Pages too small for the margins still get a usable (tiny) column. */
  self->width = MAX (width, 2 * MARGIN_SIDE + 72);
  self->height = MAX (height, MARGIN_TOP + MARGIN_BOTTOM + 72);
  self->title = g_strdup (title);
  self->made_on = format_made_on (date_time);
  self->rtl = bpg_i18n_get_rtl ();
  self->context = create_context (self->rtl);
  self->units = g_ptr_array_new_with_free_func ((GDestroyNotify)unit_free);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify)g_array_unref);

  add_text (self, TITLE_FONT, title, 0, TRUE);
  for (guint i = 0; i < items->len; i++)
    add_item (self, g_ptr_array_index (items, i), &table_header);

  paginate (self);

  return self;
}

gboolean
_bpg_report_layout_has_size (BpgReportLayout *self,
                             double           width,
                             double           height)
{
  return G_APPROX_VALUE (self->width, MAX (width, 2 * MARGIN_SIDE + 72), 0.01) &&
         G_APPROX_VALUE (self->height, MAX (height, MARGIN_TOP + MARGIN_BOTTOM + 72), 0.01);
}

guint
_bpg_report_layout_get_n_pages (BpgReportLayout *self)
{
  return self->pages->len;
}

void
_bpg_report_layout_draw_page (BpgReportLayout *self,
                              cairo_t         *cr,
                              guint            page_nr)
{
  GArray *page;

  g_return_if_fail (page_nr < self->pages->len);

  page = g_ptr_array_index (self->pages, page_nr);

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0.08, 0.08, 0.08);
  for (guint i = 0; i < page->len; i++)
    {
      Placed *placed = &g_array_index (page, Placed, i);

      draw_unit (self, cr, placed->unit, placed->y);
    }
  draw_margins (self, cr, page_nr);
  cairo_restore (cr);
}

void
_bpg_report_layout_free (BpgReportLayout *self)
{
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->units, g_ptr_array_unref);
  g_clear_object (&self->context);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->made_on, g_free);
  g_free (self);
}
