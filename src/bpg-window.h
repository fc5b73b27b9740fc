/* bpg-window.h
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "bpg-application.h"
#include "bpg-context.h"

G_BEGIN_DECLS

#define BPG_TYPE_WINDOW (bpg_window_get_type ())

G_DECLARE_FINAL_TYPE (BpgWindow, bpg_window, BPG, WINDOW, AdwApplicationWindow)

BpgWindow  *bpg_window_new          (BpgApplication *application,
                                     BpgContext     *context);
void        bpg_window_set_content  (BpgWindow      *self,
                                     BpgContent     *content,
                                     const GError   *error);
void        bpg_window_show_area    (BpgWindow      *self,
                                     const char     *area);
const char *bpg_window_get_area     (BpgWindow      *self);
GtkWidget  *bpg_window_get_area_view (BpgWindow     *self,
                                     const char     *area);
void        bpg_window_open_page    (BpgWindow      *self,
                                     const char     *page_id);
void        bpg_window_open_result  (BpgWindow      *self,
                                     const char     *id);
void        bpg_window_search       (BpgWindow      *self,
                                     const char     *text);
void        bpg_window_take_over    (BpgWindow      *self,
                                     BpgWindow      *old);
BpgWindow  *bpg_window_rebuild      (BpgApplication *application,
                                     BpgWindow      *old);

G_END_DECLS
