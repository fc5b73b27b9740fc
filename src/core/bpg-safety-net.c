/* bpg-safety-net.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-safety-net"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "bpg-safety-net.h"
#include "bpg-warning-sign.h"

/* The warning signs printed at the end of every summary a patient takes
 * away: when to call 999 or go to A&E, and when to call 111. */

/* The signs at @level, headed as on the urgent card, from the one signs
 * table, so that paper and screen say exactly the same. */
static void
add_level (BpgReport       *report,
           GListModel      *signs,
           BpgCheckLevel    level,
           BpgCalloutLevel  callout)
{
  g_autofree char *list =
    bpg_warning_sign_list_format (signs, bpg_warning_level_to_selector (level));

  g_assert (list != NULL);
  bpg_report_add_note (report, callout, bpg_warning_level_get_title (level, GETTEXT_PACKAGE),
                       list);
}

/**
 * bpg_safety_net_add_to_report:
 *
 * Adds the emergency and urgent warning signs, in the words and under the
 * headings of the signs table, and where to turn when unsure.
 */
void
bpg_safety_net_add_to_report (BpgReport *report)
{
  g_autoptr(GListModel) signs = bpg_warning_sign_list_new (GETTEXT_PACKAGE, NULL);

  g_return_if_fail (BPG_IS_REPORT (report));

  add_level (report, signs, BPG_CHECK_LEVEL_EMERGENCY, BPG_CALLOUT_EMERGENCY);
  add_level (report, signs, BPG_CHECK_LEVEL_URGENT, BPG_CALLOUT_URGENT);
  bpg_report_add_paragraph (report, _("If you are not sure which service you need, call 111."));
}
