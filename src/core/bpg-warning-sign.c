/* bpg-warning-sign.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-warning-sign"

#include "config.h"

#include "bpg-l10n.h"
#include "bpg-warning-sign.h"
#include "bpg-warning-sign-private.h"

/* One warning sign, from the one list of them (data/content/signs.json,
 * compiled into the app at build time), already translated. A sign with a
 * level above self-care is a warning sign on its own; one at self-care is
 * only a part of a sign made of two answers (such as loss of appetite, which
 * counts together with feeling unwell). Every screen that names a sign
 * builds its words from here, so no two screens can say it differently. */
struct _BpgWarningSign
{
  GObject                    parent_instance;

  const BpgWarningSignData  *data;
  const char                *list;
  const char                *question;
  const char                *note;
  const char                *decision;
};

G_DEFINE_FINAL_TYPE (BpgWarningSign, bpg_warning_sign, G_TYPE_OBJECT)

static void
bpg_warning_sign_class_init (BpgWarningSignClass *klass)
{
}

static void
bpg_warning_sign_init (BpgWarningSign *self)
{
}

/* Translated strings from gettext are never freed, and untranslated ones
 * are the table's own, so the sign holds plain pointers. */
static BpgWarningSign *
sign_new (const BpgWarningSignData *data,
          const char               *domain,
          GPtrArray                *msgids)
{
  BpgWarningSign *self = g_object_new (BPG_TYPE_WARNING_SIGN, NULL);
  g_autofree char *context = g_strconcat ("sign:", data->id, NULL);

  self->data = data;
  self->list = bpg_l10n_lookup_checked (msgids, domain, context, data->list);
  self->question = bpg_l10n_lookup_checked (msgids, domain, context, data->question);
  self->note = bpg_l10n_lookup (msgids, domain, context, data->note);
  self->decision = bpg_l10n_lookup (msgids, domain, context, data->decision);

  return self;
}

static const BpgWarningLevelData *
find_level (BpgCheckLevel level)
{
  for (guint i = 0; _bpg_warning_levels[i].id != NULL; i++)
    if (_bpg_warning_levels[i].level == level)
      return &_bpg_warning_levels[i];

  return NULL;
}

static const char *
level_string (BpgCheckLevel  level,
              const char    *domain,
              gsize          offset)
{
  const BpgWarningLevelData *data = find_level (level);
  g_autofree char *context = NULL;

  if (data == NULL)
    return NULL;

  context = g_strconcat ("sign-level:", data->id, NULL);
  return bpg_l10n_lookup_checked (NULL, domain, context,
                                  G_STRUCT_MEMBER (const char *, data, offset));
}

const char *
bpg_warning_sign_get_id (BpgWarningSign *self)
{
  g_return_val_if_fail (BPG_IS_WARNING_SIGN (self), NULL);

  return self->data->id;
}

/**
 * bpg_warning_sign_get_level:
 *
 * Returns: the level the sign leads to, or %BPG_CHECK_LEVEL_SELF_CARE for a
 *   part of a sign made of two answers
 */
BpgCheckLevel
bpg_warning_sign_get_level (BpgWarningSign *self)
{
  g_return_val_if_fail (BPG_IS_WARNING_SIGN (self), BPG_CHECK_LEVEL_SELF_CARE);

  return self->data->level;
}

/**
 * bpg_warning_sign_is_sign:
 *
 * Returns: %TRUE if the sign has a level of its own, so every list of
 *   warning signs must name it
 */
gboolean
bpg_warning_sign_is_sign (BpgWarningSign *self)
{
  g_return_val_if_fail (BPG_IS_WARNING_SIGN (self), FALSE);

  return self->data->level != BPG_CHECK_LEVEL_SELF_CARE;
}

const char *
bpg_warning_sign_get_group (BpgWarningSign *self)
{
  g_return_val_if_fail (BPG_IS_WARNING_SIGN (self), NULL);

  return self->data->group;
}

/**
 * bpg_warning_sign_get_list_text:
 *
 * Returns: the sign as an item of a list, such as "Night sweats"
 */
const char *
bpg_warning_sign_get_list_text (BpgWarningSign *self)
{
  g_return_val_if_fail (BPG_IS_WARNING_SIGN (self), NULL);

  return self->list;
}

/**
 * bpg_warning_sign_get_question:
 *
 * Returns: (nullable): the sign as a question whose worrying answer is Yes,
 *   or %NULL for a sign made of two answers
 */
const char *
bpg_warning_sign_get_question (BpgWarningSign *self)
{
  g_return_val_if_fail (BPG_IS_WARNING_SIGN (self), NULL);

  return self->question;
}

/**
 * bpg_warning_sign_get_note:
 *
 * Returns: (nullable): what the question means, in plain words
 */
const char *
bpg_warning_sign_get_note (BpgWarningSign *self)
{
  g_return_val_if_fail (BPG_IS_WARNING_SIGN (self), NULL);

  return self->note;
}

/**
 * bpg_warning_sign_get_when:
 *
 * Returns: (transfer none): the IDs of the two signs this one is made of,
 *   or an empty list
 */
const char * const *
bpg_warning_sign_get_when (BpgWarningSign *self)
{
  static const char * const none[] = { NULL };

  g_return_val_if_fail (BPG_IS_WARNING_SIGN (self), none);

  return self->data->when != NULL ? self->data->when : none;
}

/**
 * bpg_warning_sign_get_sources:
 *
 * Returns: (transfer none): the IDs of the leaflets or guidance behind the
 *   sign; bpg_warning_source_get_title() names each
 */
const char * const *
bpg_warning_sign_get_sources (BpgWarningSign *self)
{
  g_return_val_if_fail (BPG_IS_WARNING_SIGN (self), NULL);

  return self->data->sources;
}

/**
 * bpg_warning_sign_get_decision:
 *
 * Returns: why the sign has its level, for clinicians and reviewers
 */
const char *
bpg_warning_sign_get_decision (BpgWarningSign *self)
{
  g_return_val_if_fail (BPG_IS_WARNING_SIGN (self), NULL);

  return self->decision;
}

/**
 * bpg_warning_sign_list_new:
 * @domain: (nullable): the gettext domain to translate with
 * @msgids: (nullable): where to add each string looked up, as
 *   "context\004text", for the tests that check translation
 *
 * Every sign and every part of a sign, in the data file's order.
 *
 * Returns: (transfer full): a list of #BpgWarningSign
 */
GListModel *
bpg_warning_sign_list_new (const char *domain,
                           GPtrArray  *msgids)
{
  GListStore *store = g_list_store_new (BPG_TYPE_WARNING_SIGN);

  for (guint i = 0; _bpg_warning_signs[i].id != NULL; i++)
    {
      g_autoptr(BpgWarningSign) sign = sign_new (&_bpg_warning_signs[i], domain, msgids);

      g_list_store_append (store, sign);
    }

  return G_LIST_MODEL (store);
}

/**
 * bpg_warning_sign_list_find:
 * @signs: a list from bpg_warning_sign_list_new()
 *
 * Returns: (transfer none) (nullable): the sign called @id
 */
BpgWarningSign *
bpg_warning_sign_list_find (GListModel *signs,
                            const char *id)
{
  g_return_val_if_fail (G_IS_LIST_MODEL (signs), NULL);
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (signs); i++)
    {
      g_autoptr(BpgWarningSign) sign = g_list_model_get_item (signs, i);

      if (g_str_equal (sign->data->id, id))
        return sign;   /* the list still holds it */
    }

  return NULL;
}

/**
 * bpg_warning_sign_list_select:
 * @signs: a list from bpg_warning_sign_list_new()
 * @selector: a level ("emergency", "urgent", "soon") or a group
 *   ("cauda-equina")
 *
 * Returns: (transfer full) (nullable): the signs at that level or in that
 *   group, in order, or %NULL if @selector is neither
 */
GPtrArray *
bpg_warning_sign_list_select (GListModel *signs,
                              const char *selector)
{
  g_autoptr(GPtrArray) selected = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean known = FALSE;

  g_return_val_if_fail (G_IS_LIST_MODEL (signs), NULL);
  g_return_val_if_fail (selector != NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (signs); i++)
    {
      g_autoptr(BpgWarningSign) sign = g_list_model_get_item (signs, i);
      const BpgWarningLevelData *level = find_level (sign->data->level);
      gboolean in_level = level != NULL && g_str_equal (level->id, selector);
      gboolean in_group = g_strcmp0 (sign->data->group, selector) == 0;

      known |= in_level || in_group;
      if (in_level || in_group)
        g_ptr_array_add (selected, g_steal_pointer (&sign));
    }

  for (guint i = 0; _bpg_warning_levels[i].id != NULL; i++)
    known |= g_str_equal (_bpg_warning_levels[i].id, selector);

  return known ? g_steal_pointer (&selected) : NULL;
}

/**
 * bpg_warning_sign_list_format:
 * @signs: a list from bpg_warning_sign_list_new()
 * @selector: a level or a group, as for bpg_warning_sign_list_select()
 *
 * The signs at a level or in a group as one bulleted list, one sign a
 * line, as the Get Help ladder and the urgent card show them.
 *
 * Returns: (transfer full) (nullable): the list, or %NULL if no sign matches
 */
char *
bpg_warning_sign_list_format (GListModel *signs,
                              const char *selector)
{
  g_autoptr(GPtrArray) selected = bpg_warning_sign_list_select (signs, selector);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; selected != NULL && i < selected->len; i++)
    g_string_append_printf (text, "%s• %s", i > 0 ? "\n" : "",
                            bpg_warning_sign_get_list_text (g_ptr_array_index (selected, i)));

  return text->len > 0 ? g_string_free (g_steal_pointer (&text), FALSE) : NULL;
}

/**
 * bpg_warning_level_to_selector:
 *
 * Returns: (nullable): the name of @level in the signs file ("emergency",
 *   "urgent" or "soon"), or %NULL for self-care
 */
const char *
bpg_warning_level_to_selector (BpgCheckLevel level)
{
  const BpgWarningLevelData *data = find_level (level);

  return data != NULL ? data->id : NULL;
}

/**
 * bpg_warning_level_get_title:
 * @level: emergency, urgent or soon
 *
 * Returns: (nullable): the heading of a list of signs at @level, such as
 *   "Call 111 now if you have any of these:"
 */
const char *
bpg_warning_level_get_title (BpgCheckLevel  level,
                             const char    *domain)
{
  return level_string (level, domain, G_STRUCT_OFFSET (BpgWarningLevelData, title));
}

/**
 * bpg_warning_level_get_summary:
 *
 * Returns: (nullable): @level in a few words, such as "Call 111 now"
 */
const char *
bpg_warning_level_get_summary (BpgCheckLevel  level,
                               const char    *domain)
{
  return level_string (level, domain, G_STRUCT_OFFSET (BpgWarningLevelData, summary));
}

/**
 * bpg_warning_level_get_text:
 *
 * Returns: (nullable): what else may be done at @level, after its first
 *   instruction, or %NULL
 */
const char *
bpg_warning_level_get_text (BpgCheckLevel  level,
                            const char    *domain)
{
  return level_string (level, domain, G_STRUCT_OFFSET (BpgWarningLevelData, text));
}

/**
 * bpg_warning_source_get_title:
 *
 * Returns: (nullable): the title of the leaflet or guidance called @id
 */
const char *
bpg_warning_source_get_title (const char *id,
                              const char *domain)
{
  g_autofree char *context = g_strconcat ("sign-source:", id, NULL);

  for (guint i = 0; _bpg_warning_sources[i].id != NULL; i++)
    if (g_str_equal (_bpg_warning_sources[i].id, id))
      return bpg_l10n_lookup (NULL, domain, context, _bpg_warning_sources[i].title);

  return NULL;
}

static const BpgWarningTellData *
find_tell (const char *id)
{
  for (guint i = 0; _bpg_warning_tell[i].id != NULL; i++)
    if (g_str_equal (_bpg_warning_tell[i].id, id))
      return &_bpg_warning_tell[i];

  return NULL;
}

/**
 * bpg_warning_tell_get_text:
 * @id: something the leaflets say to tell your practitioner: "cancer",
 *   "fall" or "injury"
 *
 * Returns: (nullable): it in the patient's words, such as "I have had a fall."
 */
const char *
bpg_warning_tell_get_text (const char *id,
                           const char *domain)
{
  const BpgWarningTellData *tell = find_tell (id);
  g_autofree char *context = g_strconcat ("sign-tell:", id, NULL);

  return tell != NULL ? bpg_l10n_lookup (NULL, domain, context, tell->text) : NULL;
}

/**
 * bpg_warning_tell_get_sign:
 *
 * Returns: (nullable): the ID of the warning sign that @id is part of
 */
const char *
bpg_warning_tell_get_sign (const char *id)
{
  const BpgWarningTellData *tell = find_tell (id);

  return tell != NULL ? tell->sign : NULL;
}
