/* bpg-block.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bpg-block.h"
#include "bpg-content-private.h"

struct _BpgBlock
{
  GObject          parent_instance;

  BpgBlockKind     kind;
  BpgCalloutLevel  level;
  char            *text;
  char            *title;
  char           **items;
  char            *target;
  char            *url;
  char            *signs;
};

G_DEFINE_FINAL_TYPE (BpgBlock, bpg_block, G_TYPE_OBJECT)

static const char * const kind_names[] = {
  [BPG_BLOCK_HEADING] = "heading",
  [BPG_BLOCK_PARAGRAPH] = "paragraph",
  [BPG_BLOCK_LIST] = "list",
  [BPG_BLOCK_CALLOUT] = "callout",
  [BPG_BLOCK_LINK] = "link",
  [BPG_BLOCK_EXTERNAL] = "external",
  [BPG_BLOCK_ACTION] = "action",
};

/* The parts of the app a content page may send the reader to. */
static const char * const actions[] = {
  "check-symptoms",
  "diary",
  "exercises",
  NULL
};

static const char * const level_names[] = {
  [BPG_CALLOUT_INFO] = "info",
  [BPG_CALLOUT_GP] = "gp",
  [BPG_CALLOUT_URGENT] = "urgent",
  [BPG_CALLOUT_EMERGENCY] = "emergency",
};

static void
bpg_block_finalize (GObject *object)
{
  BpgBlock *self = (BpgBlock *)object;

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->items, g_strfreev);
  g_clear_pointer (&self->signs, g_free);
  g_clear_pointer (&self->target, g_free);
  g_clear_pointer (&self->url, g_free);

  G_OBJECT_CLASS (bpg_block_parent_class)->finalize (object);
}

static void
bpg_block_class_init (BpgBlockClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bpg_block_finalize;
}

static void
bpg_block_init (BpgBlock *self)
{
}

BpgBlock *
_bpg_block_new (BpgBlockKind      kind,
                const char       *text,
                const char       *title,
                char            **items,
                BpgCalloutLevel   level,
                const char       *target,
                const char       *url)
{
  BpgBlock *self = g_object_new (BPG_TYPE_BLOCK, NULL);

  self->kind = kind;
  self->text = g_strdup (text);
  self->title = g_strdup (title);
  self->items = items;
  self->level = level;
  self->target = g_strdup (target);
  self->url = g_strdup (url);

  return self;
}

/* Marks a callout whose items are warning signs from the signs table. */
void
_bpg_block_set_signs (BpgBlock   *self,
                      const char *selector)
{
  g_free (self->signs);
  self->signs = g_strdup (selector);
}

/**
 * bpg_block_get_signs:
 *
 * Returns: (nullable): for a callout whose items are warning signs, the
 *   level or group they were chosen by ("emergency", "urgent", "soon",
 *   "cauda-equina"); otherwise %NULL
 */
const char *
bpg_block_get_signs (BpgBlock *self)
{
  g_return_val_if_fail (BPG_IS_BLOCK (self), NULL);

  return self->signs;
}

BpgBlockKind
bpg_block_get_kind (BpgBlock *self)
{
  g_return_val_if_fail (BPG_IS_BLOCK (self), BPG_BLOCK_PARAGRAPH);

  return self->kind;
}

/**
 * bpg_block_get_text:
 *
 * Returns: (nullable): the block's main text: the heading, the paragraph, the
 *   callout's body or a link's label
 */
const char *
bpg_block_get_text (BpgBlock *self)
{
  g_return_val_if_fail (BPG_IS_BLOCK (self), NULL);

  return self->text;
}

/**
 * bpg_block_get_title:
 *
 * Returns: (nullable): a callout's title, or an external link's description
 */
const char *
bpg_block_get_title (BpgBlock *self)
{
  g_return_val_if_fail (BPG_IS_BLOCK (self), NULL);

  return self->title;
}

/**
 * bpg_block_get_items:
 *
 * Returns: (nullable): the items of a list, or of a callout that has a list
 */
const char * const *
bpg_block_get_items (BpgBlock *self)
{
  g_return_val_if_fail (BPG_IS_BLOCK (self), NULL);

  return (const char * const *)self->items;
}

BpgCalloutLevel
bpg_block_get_level (BpgBlock *self)
{
  g_return_val_if_fail (BPG_IS_BLOCK (self), BPG_CALLOUT_INFO);

  return self->level;
}

/**
 * bpg_block_get_target:
 *
 * Returns: (nullable): the ID of the page a link block points to, or the
 *   part of the app an action block opens
 */
const char *
bpg_block_get_target (BpgBlock *self)
{
  g_return_val_if_fail (BPG_IS_BLOCK (self), NULL);

  return self->target;
}

/**
 * bpg_block_get_url:
 *
 * Returns: (nullable): the web address of an external link block
 */
const char *
bpg_block_get_url (BpgBlock *self)
{
  g_return_val_if_fail (BPG_IS_BLOCK (self), NULL);

  return self->url;
}

/**
 * bpg_block_dup_plain_text:
 *
 * Joins everything a reader sees in the block, one line per part, for search
 * and for a screen reader's summary.
 *
 * Returns: (transfer full): the block's text
 */
char *
bpg_block_dup_plain_text (BpgBlock *self)
{
  g_autoptr(GString) str = g_string_new (NULL);

  g_return_val_if_fail (BPG_IS_BLOCK (self), NULL);

  if (self->title != NULL)
    g_string_append_printf (str, "%s\n", self->title);
  if (self->text != NULL)
    g_string_append_printf (str, "%s\n", self->text);
  for (guint i = 0; self->items != NULL && self->items[i] != NULL; i++)
    g_string_append_printf (str, "%s\n", self->items[i]);

  if (str->len > 0)
    g_string_truncate (str, str->len - 1);

  return g_string_free (g_steal_pointer (&str), FALSE);
}

static gboolean
lookup_name (const char * const *names,
             guint               n_names,
             const char         *name,
             guint              *value)
{
  for (guint i = 0; i < n_names; i++)
    {
      if (g_strcmp0 (names[i], name) == 0)
        {
          *value = i;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * bpg_block_get_actions:
 *
 * Returns: (transfer none): the targets an action block may have
 */
const char * const *
bpg_block_get_actions (void)
{
  return actions;
}

gboolean
bpg_block_kind_from_string (const char   *name,
                            BpgBlockKind *kind)
{
  guint value;

  g_return_val_if_fail (kind != NULL, FALSE);

  if (!lookup_name (kind_names, G_N_ELEMENTS (kind_names), name, &value))
    return FALSE;

  *kind = value;
  return TRUE;
}

gboolean
bpg_callout_level_from_string (const char      *name,
                               BpgCalloutLevel *level)
{
  guint value;

  g_return_val_if_fail (level != NULL, FALSE);

  if (!lookup_name (level_names, G_N_ELEMENTS (level_names), name, &value))
    return FALSE;

  *level = value;
  return TRUE;
}
