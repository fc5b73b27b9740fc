/* bpg-search-result.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "bpg-search-result.h"

/* One page that matches a search, with the words around the first match. */
struct _BpgSearchResult
{
  GObject  parent_instance;

  BpgPage *page;
  int      block;        /* -1 when the match is in the page's title */
  char    *snippet;
  gsize    match_start;  /* byte range of the match inside snippet */
  gsize    match_end;
  guint    score;
};

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

  g_clear_object (&self->page);
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
      g_value_set_string (value, bpg_page_get_title (self->page));
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

BpgSearchResult *
bpg_search_result_new (BpgPage    *page,
                       int         block,
                       const char *snippet,
                       gsize       match_start,
                       gsize       match_end,
                       guint       score)
{
  BpgSearchResult *self;

  g_return_val_if_fail (BPG_IS_PAGE (page), NULL);
  g_return_val_if_fail (snippet != NULL, NULL);
  g_return_val_if_fail (match_start <= match_end && match_end <= strlen (snippet), NULL);

  self = g_object_new (BPG_TYPE_SEARCH_RESULT, NULL);
  self->page = g_object_ref (page);
  self->block = block;
  self->snippet = g_strdup (snippet);
  self->match_start = match_start;
  self->match_end = match_end;
  self->score = score;

  return self;
}

/**
 * bpg_search_result_get_page:
 *
 * Returns: (transfer none): the matching page
 */
BpgPage *
bpg_search_result_get_page (BpgSearchResult *self)
{
  g_return_val_if_fail (BPG_IS_SEARCH_RESULT (self), NULL);

  return self->page;
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

  before = g_markup_escape_text (self->snippet, self->match_start);
  match = g_markup_escape_text (self->snippet + self->match_start,
                                self->match_end - self->match_start);
  after = g_markup_escape_text (self->snippet + self->match_end, -1);

  return g_strdup_printf ("%s<b>%s</b>%s", before, match, after);
}
