/* test-help-signs.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "bpg-context.h"
#include "bpg-error.h"
#include "bpg-help-ladder.h"
#include "bpg-help-view.h"
#include "bpg-urgent-card.h"
#include "bpg-warning-sign.h"
#include "test-isolate.h"

/* The Get Help ladder and the built-in urgent card as a patient sees them:
 * each shows every warning sign, in the words of the signs table, in the box
 * of its level; and when the content cannot be loaded, the card that takes
 * the ladder's place still lists every sign, a fever included. */

static GListModel *signs;

static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      collect (child, type, found);
    }
}

/* Visible, and not on a page of a stack that is not showing. */
static gboolean
is_shown (GtkWidget *widget)
{
  for (; widget != NULL; widget = gtk_widget_get_parent (widget))
    if (!gtk_widget_get_visible (widget) || !gtk_widget_get_child_visible (widget))
      return FALSE;

  return TRUE;
}

static char *
visible_text (gpointer widget)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();
  g_autoptr(GString) text = g_string_new (NULL);

  collect (GTK_WIDGET (widget), GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (is_shown (g_ptr_array_index (labels, i)))
      g_string_append_printf (text, "%s\n",
                              gtk_label_get_text (g_ptr_array_index (labels, i)));

  return g_string_free (g_steal_pointer (&text), FALSE);
}

typedef const char *(*SignsTextFunc) (gpointer widget, BpgCheckLevel level);

/* Each box lists exactly the signs of its level, from the table, and every
 * sign is in one box. */
static void
assert_every_sign_at_its_level (gpointer      widget,
                                SignsTextFunc signs_text)
{
  static const BpgCheckLevel levels[] = {
    BPG_CHECK_LEVEL_EMERGENCY, BPG_CHECK_LEVEL_URGENT, BPG_CHECK_LEVEL_SOON,
  };
  g_autofree char *shown = visible_text (widget);

  for (guint l = 0; l < G_N_ELEMENTS (levels); l++)
    {
      g_autofree char *expected = bpg_warning_sign_list_format (
                                    signs, bpg_warning_level_to_selector (levels[l]));
      const char *text = signs_text (widget, levels[l]);

      g_assert_cmpstr (text, ==, expected);
      g_assert_nonnull (strstr (shown, text));
      g_assert_nonnull (strstr (shown, bpg_warning_level_get_title (levels[l], NULL)));
    }

  for (guint i = 0; i < g_list_model_get_n_items (signs); i++)
    {
      g_autoptr(BpgWarningSign) sign = g_list_model_get_item (signs, i);
      g_autofree char *line = g_strconcat ("• ", bpg_warning_sign_get_list_text (sign), "\n",
                                           NULL);
      g_autofree char *own = NULL;

      if (!bpg_warning_sign_is_sign (sign))
        continue;
      own = g_strconcat (signs_text (widget, bpg_warning_sign_get_level (sign)), "\n", NULL);
      if (strstr (own, line) == NULL)
        g_error ("\"%s\" is not in the box for %s", bpg_warning_sign_get_id (sign),
                 bpg_check_level_to_string (bpg_warning_sign_get_level (sign)));
    }
}

static const char *
ladder_text (gpointer      widget,
             BpgCheckLevel level)
{
  return bpg_help_ladder_get_signs_text (widget, level);
}

static const char *
card_text (gpointer      widget,
           BpgCheckLevel level)
{
  return bpg_urgent_card_get_signs_text (widget, level);
}

static void
test_ladder_signs (void)
{
  BpgHelpLadder *ladder = g_object_ref_sink (g_object_new (BPG_TYPE_HELP_LADDER, NULL));
  g_autofree char *shown = visible_text (ladder);

  assert_every_sign_at_its_level (ladder, ladder_text);

  /* The review's findings, as a patient reads them. */
  g_assert_nonnull (strstr (shown, "• Chest pain as well as back pain\n"));
  g_assert_nonnull (strstr (shown, "• Back pain that started after a serious accident"));
  g_assert_nonnull (strstr (bpg_help_ladder_get_signs_text (ladder, BPG_CHECK_LEVEL_URGENT),
                            "• Weight loss without trying"));
  g_assert_nonnull (strstr (shown, "6 to 8 weeks"));
  g_assert_null (strstr (shown, "within a few weeks"));
  g_assert_null (strstr (shown, "physiotherapist soon"));

  g_object_unref (ladder);
}

static void
test_card_signs (void)
{
  BpgUrgentCard *card = g_object_ref_sink (g_object_new (BPG_TYPE_URGENT_CARD, NULL));

  assert_every_sign_at_its_level (card, card_text);
  g_assert_nonnull (strstr (bpg_urgent_card_get_signs_text (card, BPG_CHECK_LEVEL_URGENT),
                            "• A fever: a high temperature"));

  g_object_unref (card);
}

/* No content at all: Get Help shows the card, with every sign. */
static void
test_card_when_content_fails (void)
{
  g_autoptr(BpgContext) context = bpg_context_new (NULL);
  g_autoptr(GError) error = g_error_new_literal (BPG_ERROR, BPG_ERROR_INVALID_DATA,
                                                 "advice.json could not be read");
  BpgHelpView *help = NULL;
  g_autoptr(GPtrArray) cards = g_ptr_array_new ();
  g_autofree char *shown = NULL;

  /* The content failed to load before Get Help was first opened. */
  bpg_context_set_content (context, NULL, error);
  help = g_object_ref_sink (g_object_new (BPG_TYPE_HELP_VIEW, "context", context, NULL));
  g_assert_false (bpg_help_view_is_showing_page (help));

  collect (GTK_WIDGET (help), BPG_TYPE_URGENT_CARD, cards);
  g_assert_cmpuint (cards->len, ==, 1);
  g_assert_true (is_shown (g_ptr_array_index (cards, 0)));
  assert_every_sign_at_its_level (g_ptr_array_index (cards, 0), card_text);

  shown = visible_text (help);
  g_assert_nonnull (strstr (shown, "advice.json could not be read"));
  g_assert_nonnull (strstr (shown, "call 999"));

  g_object_unref (help);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  bpg_test_isolate_home ();
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  signs = bpg_warning_sign_list_new (NULL, NULL);

  g_test_add_func ("/help-signs/ladder", test_ladder_signs);
  g_test_add_func ("/help-signs/urgent-card", test_card_signs);
  g_test_add_func ("/help-signs/card-when-content-fails", test_card_when_content_fails);

  status = g_test_run ();
  g_object_unref (signs);

  return status;
}
