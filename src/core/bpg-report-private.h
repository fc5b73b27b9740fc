/* bpg-report-private.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

#include "bpg-block.h"

G_BEGIN_DECLS

/* What a report is made of, and how it is laid out on pages. Items never
 * change once made, so a worker thread can lay out a snapshot of them. */

typedef enum
{
  BPG_REPORT_ITEM_HEADING,     /* texts: { text } */
  BPG_REPORT_ITEM_PARAGRAPH,   /* texts: { text } */
  BPG_REPORT_ITEM_LIST,        /* texts: the items */
  BPG_REPORT_ITEM_KEY_VALUE,   /* texts: { label, value } */
  BPG_REPORT_ITEM_TABLE,       /* texts: the header cells */
  BPG_REPORT_ITEM_ROW,         /* texts: the cells */
  BPG_REPORT_ITEM_NOTE,        /* texts: { title, text }, level */
  BPG_REPORT_ITEM_IMAGE,       /* texts: { caption } or empty; surface */
} BpgReportItemKind;

typedef struct
{
  BpgReportItemKind  kind;
  BpgCalloutLevel    level;
  char             **texts;
  cairo_surface_t   *surface;
  double             width;
  double             height;
} BpgReportItem;

BpgReportItem *_bpg_report_item_new   (BpgReportItemKind  kind,
                                       char             **texts);
BpgReportItem *_bpg_report_item_ref   (BpgReportItem     *item);
void           _bpg_report_item_unref (BpgReportItem     *item);

typedef struct _BpgReportLayout BpgReportLayout;

BpgReportLayout *_bpg_report_layout_new         (const char      *title,
                                                 GDateTime       *date_time,
                                                 GPtrArray       *items,
                                                 double           width,
                                                 double           height);
gboolean         _bpg_report_layout_has_size    (BpgReportLayout *layout,
                                                 double           width,
                                                 double           height);
guint            _bpg_report_layout_get_n_pages (BpgReportLayout *layout);
void             _bpg_report_layout_draw_page   (BpgReportLayout *layout,
                                                 cairo_t         *cr,
                                                 guint            page_nr);
void             _bpg_report_layout_free        (BpgReportLayout *layout);

const char      *_bpg_report_level_name         (BpgCalloutLevel  level);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (BpgReportLayout, _bpg_report_layout_free)

G_END_DECLS
