/* bpg-search-result.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "bpg-search-result.h"

/* One thing a patient can open that matches a search, with the words around
 * the match that show why it was found. */
struct _BpgSearchResult
{
  GObject        parent_instance;

  BpgSearchKind  kind;
  char          *target;       /* the page, exercise or service ID; NULL for the check */
  char          *id;           /* "page:<id>", "exercise:<id>", "service:<id>" or "check" */
  char          *title;
  int            block;        /* the block or step holding the match, or -1 */
  char          *snippet;
  gsize          match_start;  /* byte range of the match inside snippet */
  gsize          match_end;
  guint          score;
};

static const char * const kind_names[] = { "page", "exercise", "service", "check" };

G_DEFINE_FINAL_TYPE (BpgSearchResult, bpg_search_result, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SNIPPET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
bpg_search_result_finalize (GObject *object)
{
  BpgSearchResult *self = (BpgSearchResult *)object;

  g_clear_pointer (&self->target, g_free);
  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->snippet, g_free);

  G_OBJECT_CLASS (bpg_search_result_parent_class)->finalize (object);
}

static void
bpg_search_result_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  BpgSearchResult *self = BPG_SEARCH_RESULT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SNIPPET:
      g_value_set_string (value, self->snippet);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bpg_search_result_class_init (BpgSearchResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bpg_search_result_finalize;
  object_class->get_property = bpg_search_result_get_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SNIPPET] =
    g_param_spec_string ("snippet", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bpg_search_result_init (BpgSearchResult *self)
{
}

/**
 * bpg_search_result_new:
 * @kind: what the result opens
 * @target: (nullable): the page, exercise or service ID; %NULL for the check
 * @title: what the result is called
 * @block: the block or step holding the match, or -1
 * @snippet: words that show why it matched
 * @match_start: where the match starts in @snippet, in bytes
 * @match_end: where it ends (equal to @match_start for no match to show)
 * @score: its rank: higher first
 *
 * Returns: (transfer full): a new result
 */
BpgSearchResult *
bpg_search_result_new (BpgSearchKind  kind,
                       const char    *target,
                       const char    *title,
                       int            block,
                       const char    *snippet,
                       gsize          match_start,
                       gsize          match_end,
                       guint          score)
{
  BpgSearchResult *self;

  g_return_val_if_fail (kind <= BPG_SEARCH_KIND_CHECK, NULL);
  g_return_val_if_fail ((target == NULL) == (kind == BPG_SEARCH_KIND_CHECK), NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (snippet != NULL, NULL);
  g_return_val_if_fail (match_start <= match_end && match_end <= strlen (snippet), NULL);

  self = g_object_new (BPG_TYPE_SEARCH_RESULT, NULL);
  self->kind = kind;
  self->target = g_strdup (target);
  self->id = target != NULL ? g_strconcat (kind_names[kind], ":", target, NULL)
                            : g_strdup (kind_names[kind]);
  self->title = g_strdup (title);
  self->block = block;
  self->snippet = g_strdup (snippet);
  self->match_start = match_start;
  self->match_end = match_end;
  self->score = score;

  return self;
}

BpgSearchKind
bpg_search_result_get_kind (BpgSearchResult *self)
{
  g_return_val_if_fail (BPG_IS_SEARCH_RESULT (self), BPG_SEARCH_KIND_PAGE);

  return self->kind;
}

/**
 * bpg_search_result_get_target:
 *
 * Returns: (nullable): the ID of the page, exercise or service, or %NULL for
 *   the symptom check
 */
const char *
bpg_search_result_get_target (BpgSearchResult *self)
{
  g_return_val_if_fail (BPG_IS_SEARCH_RESULT (self), NULL);

  return self->target;
}

/**
 * bpg_search_result_get_id:
 *
 * Returns: the result's ID, such as "page:sleep-and-stress" or "check",
 *   which bpg_search_parse_id() reads back
 */
const char *
bpg_search_result_get_id (BpgSearchResult *self)
{
  g_return_val_if_fail (BPG_IS_SEARCH_RESULT (self), NULL);

  return self->id;
}

const char *
bpg_search_result_get_title (BpgSearchResult *self)
{
  g_return_val_if_fail (BPG_IS_SEARCH_RESULT (self), NULL);

  return self->title;
}

/**
 * bpg_search_result_get_block:
 *
 * Returns: the index of the block holding the match, or -1 for the title
 */
int
bpg_search_result_get_block (BpgSearchResult *self)
{
  g_return_val_if_fail (BPG_IS_SEARCH_RESULT (self), -1);

  return self->block;
}

const char *
bpg_search_result_get_snippet (BpgSearchResult *self)
{
  g_return_val_if_fail (BPG_IS_SEARCH_RESULT (self), NULL);

  return self->snippet;
}

void
bpg_search_result_get_match (BpgSearchResult *self,
                             gsize           *start,
                             gsize           *end)
{
  g_return_if_fail (BPG_IS_SEARCH_RESULT (self));

  if (start != NULL)
    *start = self->match_start;
  if (end != NULL)
    *end = self->match_end;
}

guint
bpg_search_result_get_score (BpgSearchResult *self)
{
  g_return_val_if_fail (BPG_IS_SEARCH_RESULT (self), 0);

  return self->score;
}

/**
 * bpg_search_result_dup_markup:
 *
 * Returns: (transfer full): the snippet as Pango markup, with the match in bold
 */
char *
bpg_search_result_dup_markup (BpgSearchResult *self)
{
  g_autofree char *before = NULL;
  g_autofree char *match = NULL;
  g_autofree char *after = NULL;

  g_return_val_if_fail (BPG_IS_SEARCH_RESULT (self), NULL);

  if (self->match_start == self->match_end)
    return g_markup_escape_text (self->snippet, -1);

  before = g_markup_escape_text (self->snippet, self->match_start);
  match = g_markup_escape_text (self->snippet + self->match_start,
                                self->match_end - self->match_start);
  after = g_markup_escape_text (self->snippet + self->match_end, -1);

  return g_strdup_printf ("%s<b>%s</b>%s", before, match, after);
}

/**
 * bpg_search_parse_id:
 * @id: a result ID, as bpg_search_result_get_id() gives
 * @kind: (out): what it opens
 * @target: (out) (transfer full) (nullable): the page, exercise or service
 *   ID, or %NULL for the check
 *
 * Returns: whether @id is well formed
 */
gboolean
bpg_search_parse_id (const char     *id,
                     BpgSearchKind  *kind,
                     char          **target)
{
  g_return_val_if_fail (id != NULL, FALSE);
  g_return_val_if_fail (kind != NULL && target != NULL, FALSE);

  for (guint k = 0; k < G_N_ELEMENTS (kind_names); k++)
    {
      gsize len = strlen (kind_names[k]);
      gboolean check = k == BPG_SEARCH_KIND_CHECK;

      if (strncmp (id, kind_names[k], len) != 0)
        continue;
      if (check ? id[len] != '\0' : id[len] != ':' || id[len + 1] == '\0')
        continue;

      *kind = k;
      *target = check ? NULL : g_strdup (id + len + 1);
      return TRUE;
    }

  return FALSE;
}
