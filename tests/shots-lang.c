/* shots-lang.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Screenshots of every language (home, a page, a question, an outcome, the
 * diary with its chart, its entry editor, Get Help), light and dark, 360
 * and 1100 pixels wide, as PNGs in the folder given. Built, not run by the
 * tests:
 *   BPG_LOCALEDIR=_build/po GSETTINGS_BACKEND=memory \
 *   GSETTINGS_SCHEMA_DIR=_build/data _build/tests/shots-lang DIR [PERCENT [LANG…]]
 * PERCENT is the text size (100 unless given), LANG the languages to take
 * (all unless given). The app's style is loaded as the application does. */
#include "config.h"
#include <glib/gi18n.h>
#include <locale.h>
#include "bpg-advice-view.h"
#include "bpg-check-view.h"
#include "bpg-diary-view.h"
#include "bpg-entry-editor.h"
#include "bpg-diary-summary.h"
#include "bpg-diary-report.h"
#include "bpg-i18n.h"
#include "bpg-services-view.h"
#include "bpg-window.h"
#include "test-widget-util.h"

static void
spin (guint n)
{
  for (guint i = 0; i < n; i++)
    {
      while (g_main_context_iteration (NULL, FALSE));
      g_usleep (10000);
    }
}

static void
shot (GtkWidget *w, const char *dir, const char *lang, const char *name, const char *theme, int width)
{
  int ww = gtk_widget_get_width (w), hh = gtk_widget_get_height (w);
  GdkPaintable *p = gtk_widget_paintable_new (w);
  GtkSnapshot *s = gtk_snapshot_new ();
  GskRenderNode *node;
  GdkTexture *t;
  g_autofree char *path = g_strdup_printf ("%s/%s-%s-%s-%d.png", dir, lang, name, theme, width);

  gdk_paintable_snapshot (p, s, ww, hh);
  node = gtk_snapshot_free_to_node (s);
  t = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (w)), node,
                                   &GRAPHENE_RECT_INIT (0, 0, ww, hh));
  gdk_texture_save_to_png (t, path);
  g_print ("%s\n", path);
  g_object_unref (t);
  gsk_render_node_unref (node);
  g_object_unref (p);
}

int
main (int argc, char **argv)
{
  const char *dir = argv[1];
  const char *all_langs[] = { "en", "pl", "gu", "ar", NULL };
  const char * const *langs = argc > 3 ? (const char * const *) argv + 3 : all_langs;
  double percent = argc > 2 ? g_ascii_strtod (argv[2], NULL) : 100.0;
  g_autoptr(GtkCssProvider) style = gtk_css_provider_new ();
  g_autoptr(GtkCssProvider) size = gtk_css_provider_new ();
  g_autofree char *size_css = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(BpgContext) context = NULL;
  BpgDiaryModel *model;

  setlocale (LC_ALL, "");
  bpg_i18n_init (GETTEXT_PACKAGE, LOCALEDIR);
  gtk_init ();
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  /* GNOME's and phones' title-bar layout, where a bare X server adds two
   * buttons more */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);
  gtk_css_provider_load_from_resource (style, RESOURCE_BASE "/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (style),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  size_css = g_strdup_printf ("window.bpg-window { font-size: %.0f%%; }", percent);
  gtk_css_provider_load_from_data (size, size_css, -1);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (size),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  settings = g_settings_new (APP_ID);
  g_settings_set_boolean (settings, "shared-computer", TRUE);
  context = bpg_context_new (settings);
  model = bpg_diary_store_get_model (bpg_context_open_diary (context));
  spin (20);
  for (int d = 0; d < 14; d++)
    {
      GDate date;
      g_autoptr(BpgDiaryEntry) e = NULL;
      g_date_clear (&date, 1);
      g_date_set_julian (&date, bpg_diary_today () - 13 + d);
      e = bpg_diary_entry_new (&date);
      bpg_diary_entry_set_back_pain (e, 7 - d / 3);
      bpg_diary_entry_set_leg_pain (e, 4 - d / 4);
      bpg_diary_entry_set_minutes (e, 0, 10 + d * 3);
      bpg_diary_model_add (model, e);
    }

  for (guint l = 0; langs[l] != NULL; l++)
    for (int th = 0; th < 2; th++)
      for (int wi = 0; wi < 2; wi++)
        {
          int width = wi ? 1100 : 360;
          const char *theme = th ? "dark" : "light";
          BpgWindow *window;
          BpgCheckView *check;
          GtkWidget *editor;

          bpg_context_set_language (context, langs[l]);
          gtk_widget_set_default_direction (bpg_i18n_get_rtl () ? GTK_TEXT_DIR_RTL : GTK_TEXT_DIR_LTR);
          adw_style_manager_set_color_scheme (adw_style_manager_get_default (),
                                              th ? ADW_COLOR_SCHEME_FORCE_DARK : ADW_COLOR_SCHEME_FORCE_LIGHT);
          /* opened at the width it was left at, so it opens folded */
          g_settings_set_int (bpg_context_get_settings (context), "window-width", width);
          g_settings_set_int (bpg_context_get_settings (context), "window-height", 760);
          window = bpg_window_new (NULL, context);
          gtk_window_set_default_size (GTK_WINDOW (window), width, 760);
          gtk_window_present (GTK_WINDOW (window));
          bpg_context_load_content (context);
          while (bpg_context_get_content (context) == NULL)
            spin (1);
          spin (30);
          bpg_window_show_area (window, "advice");
          spin (30);
          shot (GTK_WIDGET (window), dir, langs[l], "1home", theme, width);
          bpg_window_open_page (window, "what-is-sciatica");
          spin (30);
          shot (GTK_WIDGET (window), dir, langs[l], "2page", theme, width);
          check = BPG_CHECK_VIEW (bpg_window_get_area_view (window, "check"));
          bpg_window_show_area (window, "check");
          while (bpg_check_view_get_session (check) == NULL)
            spin (1);
          bpg_check_view_restart (check);
          spin (10);
          gtk_widget_activate_action (GTK_WIDGET (check), "check.start", NULL);
          gtk_widget_activate_action (GTK_WIDGET (check), "check.answer", "s", "no");
          spin (30);
          shot (GTK_WIDGET (window), dir, langs[l], "3question", theme, width);
          gtk_widget_activate_action (GTK_WIDGET (check), "check.answer", "s", "yes");
          spin (30);
          shot (GTK_WIDGET (window), dir, langs[l], "4outcome", theme, width);
          bpg_window_show_area (window, "diary");
          spin (60);
          shot (GTK_WIDGET (window), dir, langs[l], "5diary", theme, width);
          /* and scrolled to its end, where the saving group is */
          {
            GtkScrolledWindow *scroller = find_child (bpg_window_get_area_view (window, "diary"),
                                                      GTK_TYPE_SCROLLED_WINDOW);
            GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroller);

            gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
            spin (30);
            shot (GTK_WIDGET (window), dir, langs[l], "5diary-end", theme, width);
          }
          /* The entry editor, at the same width, on a past day: the
           * longest date a person sees there */
          gtk_widget_activate_action (GTK_WIDGET (window), "win.new-diary-entry", NULL);
          spin (30);
          editor = find_toplevel (BPG_TYPE_ENTRY_EDITOR);
          if (editor != NULL)
            {
              g_autoptr(GDateTime) now = g_date_time_new_now_local ();
              g_autoptr(GDateTime) past = g_date_time_add_days (now, -20);

              gtk_window_set_default_size (GTK_WINDOW (editor), width, 760);
              gtk_calendar_select_day (find_child (editor, GTK_TYPE_CALENDAR), past);
              spin (30);
              shot (editor, dir, langs[l], "5editor", theme, width);
              gtk_window_destroy (GTK_WINDOW (editor));
              spin (5);
            }
          bpg_window_show_area (window, "help");
          spin (40);
          shot (GTK_WIDGET (window), dir, langs[l], "6help", theme, width);
          /* and scrolled to the services, whose rows come a frame each */
          {
            GtkWidget *help = bpg_window_get_area_view (window, "help");
            GtkScrolledWindow *scroller = find_child (help, GTK_TYPE_SCROLLED_WINDOW);
            GtkWidget *services = find_child (help, BPG_TYPE_SERVICES_VIEW);
            graphene_rect_t bounds;

            if (gtk_widget_compute_bounds (services, gtk_scrolled_window_get_child (scroller), &bounds))
              gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scroller), bounds.origin.y);
            spin (30);
            shot (GTK_WIDGET (window), dir, langs[l], "6help-services", theme, width);
          }
          if (th == 0 && wi == 0)
            {
              /* The clinician's summary, as a PDF. */
              g_autoptr(BpgReport) report = bpg_diary_report_new (model, NULL, bpg_diary_today (), 4);
              g_autofree char *pdf = g_strdup_printf ("%s/%s-7summary.pdf", dir, langs[l]);
              g_autoptr(GFile) file = g_file_new_for_path (pdf);
              g_autoptr(GFileOutputStream) out = g_file_replace (file, NULL, FALSE, 0, NULL, NULL);

              if (out == NULL ||
                  !bpg_report_render_pdf (report, G_OUTPUT_STREAM (out), NULL, NULL) ||
                  !g_output_stream_close (G_OUTPUT_STREAM (out), NULL, NULL))
                g_printerr ("no PDF for %s\n", langs[l]);
            }
          gtk_window_destroy (GTK_WINDOW (window));
          spin (5);
        }
  return 0;
}
