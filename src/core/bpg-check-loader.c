/* bpg-check-loader.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-check"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "bpg-check-private.h"
#include "bpg-error.h"
#include "bpg-json.h"
#include "bpg-l10n.h"
#include "bpg-warning-sign.h"

#define BPG_CHECK_SCHEMA 1

/* Reads data/content/questions.json into a questionnaire, checking it as it
 * goes. Every problem is reported with its place in the file, and the first
 * one stops the load: a symptom check that is only partly right must never
 * reach a patient. The file only orders the questions and groups them: each
 * question and rule names a warning sign (data/content/signs.json), which
 * gives its words, its level and its sources. */

typedef struct
{
  BpgCheckQuestionnaire *self;
  const char            *domain;
  GHashTable            *sections;   /* id → Section */
  GListModel            *signs;      /* BpgWarningSign */
} Loader;

typedef struct
{
  char *title;
  char *intro;
} Section;

static const char * const required_notices[] = { "safety-net", "not-a-diagnosis", NULL };

static void
section_free (gpointer data)
{
  Section *section = data;

  g_free (section->title);
  g_free (section->intro);
  g_free (section);
}

static const char *
tr (Loader     *loader,
    const char *prefix,
    const char *id,
    const char *text)
{
  g_autofree char *context = g_strconcat (prefix, id, NULL);

  return bpg_l10n_lookup (loader->self->msgids, loader->domain, context, text);
}

/* For outcomes: the English follows until the translation is reviewed. */
static const char *
tr_checked (Loader     *loader,
            const char *prefix,
            const char *id,
            const char *text)
{
  g_autofree char *context = g_strconcat (prefix, id, NULL);

  return bpg_l10n_lookup_checked (loader->self->msgids, loader->domain, context, text);
}

static char **
tr_strv (Loader      *loader,
         const char  *prefix,
         const char  *id,
         char       **items)
{
  g_autofree char *context = g_strconcat (prefix, id, NULL);

  return bpg_l10n_lookup_strv (loader->self->msgids, loader->domain, context, items);
}

static JsonArray *
get_list (JsonObject  *root,
          const char  *member,
          GError     **error)
{
  JsonArray *array = bpg_json_get_array (root, "questions.json", member, TRUE, error);

  if (array != NULL && json_array_get_length (array) == 0)
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("questions.json.%s is an empty list"), member);
      return NULL;
    }

  return array;
}

static gboolean
load_sections (Loader     *loader,
               JsonObject *root,
               GError    **error)
{
  static const char * const members[] = { "id", "title", "text", NULL };
  JsonArray *array = get_list (root, "sections", error);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("sections[%u]", i);
      const char *id, *title, *text;
      JsonObject *object;
      Section *section;

      if (!(object = bpg_json_require_object (json_array_get_element (array, i), where, error)) ||
          !bpg_json_check_members (object, where, members, error) ||
          !(id = bpg_json_get_id (object, where, loader->sections, error)) ||
          !(title = bpg_json_get_string (object, where, "title", TRUE, error)) ||
          !(text = bpg_json_get_string (object, where, "text", TRUE, error)))
        return FALSE;

      section = g_new0 (Section, 1);
      section->title = g_strdup (tr (loader, "check-section:", id, title));
      section->intro = g_strdup (tr (loader, "check-section:", id, text));
      g_hash_table_insert (loader->sections, g_strdup (id), section);
    }

  return array != NULL;
}

static int
find_question (BpgCheckQuestionnaire *self,
               const char            *id)
{
  return GPOINTER_TO_INT (g_hash_table_lookup (self->question_index, id)) - 1;
}

static gboolean
check_ask_if (Loader      *loader,
              guint        index,
              const char  *ask_if,
              const char  *where,
              GError     **error)
{
  int target = find_question (loader->self, ask_if);

  if (target < 0)
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_BROKEN_LINK,
                   _("%s.ask-if names \"%s\", which is not an earlier question"), where, ask_if);
      return FALSE;
    }

  if (bpg_check_question_get_ask_if (g_ptr_array_index (loader->self->question_array, target)))
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("%s.ask-if names \"%s\", which is itself a follow-up question"),
                   where, ask_if);
      return FALSE;
    }

  loader->self->ask_if[index] = target + 1;
  return TRUE;
}

/* Finds the warning sign that a question or a rule names in "sign". */
static BpgWarningSign *
get_sign (Loader      *loader,
          JsonObject  *object,
          const char  *where,
          gboolean     asked,
          GError     **error)
{
  const char *id = bpg_json_get_string (object, where, "sign", TRUE, error);
  BpgWarningSign *sign;

  if (id == NULL)
    return NULL;

  sign = bpg_warning_sign_list_find (loader->signs, id);
  if (sign == NULL)
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_BROKEN_LINK,
                   _("%s.sign names \"%s\", which is not a warning sign"), where, id);
      return NULL;
    }

  /* A sign made of two answers is a rule; any other is asked. */
  if (asked != (bpg_warning_sign_get_question (sign) != NULL))
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   asked ? _("%s.sign \"%s\" is made of two answers, so it is a rule, "
                             "not a question")
                         : _("%s.sign \"%s\" is a question, not a sign made of two answers"),
                   where, id);
      return NULL;
    }

  return sign;
}

static BpgCheckQuestion *
load_question (Loader      *loader,
               JsonObject  *object,
               const char  *where,
               GError     **error)
{
  static const char * const members[] = { "sign", "section", "ask-if", NULL };
  const char *id, *section_id, *ask_if = NULL;
  g_auto(GStrv) sources = NULL;
  GError *local_error = NULL;
  BpgWarningSign *sign;
  BpgCheckLevel level;
  Section *section;

  if (!bpg_json_check_members (object, where, members, error) ||
      !(sign = get_sign (loader, object, where, TRUE, error)) ||
      !(section_id = bpg_json_get_string (object, where, "section", TRUE, error)))
    return NULL;

  id = bpg_warning_sign_get_id (sign);
  level = bpg_warning_sign_get_level (sign);
  if (g_hash_table_contains (loader->self->question_index, id))
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("%s.sign \"%s\" is asked twice"), where, id);
      return NULL;
    }

  ask_if = bpg_json_get_string (object, where, "ask-if", FALSE, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return NULL;
    }

  section = g_hash_table_lookup (loader->sections, section_id);
  if (section == NULL)
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_BROKEN_LINK,
                   _("%s.section names \"%s\", which is not a section"), where, section_id);
      return NULL;
    }

  /* A warning sign is always asked: it must never be skipped. */
  if (ask_if != NULL && level != BPG_CHECK_LEVEL_SELF_CARE)
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("%s has a level and an ask-if: a warning sign must always be asked"), where);
      return NULL;
    }

  /* Every question is asked so that Yes is the worrying answer. */
  sources = g_strdupv ((char **)bpg_warning_sign_get_sources (sign));
  return _bpg_check_question_new (id,
                                  bpg_warning_sign_get_question (sign),
                                  bpg_warning_sign_get_note (sign),
                                  bpg_warning_sign_get_list_text (sign),
                                  section->title, section->intro,
                                  level, BPG_CHECK_ANSWER_YES, ask_if,
                                  g_steal_pointer (&sources));
}

static void
add_trigger (BpgCheckQuestionnaire *self,
             BpgCheckLevel          level,
             const char            *summary,
             guint                 *questions,
             guint                  n_questions)
{
  Trigger trigger = { level, summary, questions, n_questions };

  g_array_append_val (self->triggers, trigger);
}

static gboolean
load_questions (Loader     *loader,
                JsonObject *root,
                GError    **error)
{
  BpgCheckQuestionnaire *self = loader->self;
  JsonArray *array = get_list (root, "questions", error);
  guint n = array != NULL ? json_array_get_length (array) : 0;
  int last_not_emergency = -1;

  if (array == NULL)
    return FALSE;

  self->ask_if = g_new0 (guint, n);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *where = g_strdup_printf ("questions[%u]", i);
      g_autoptr(BpgCheckQuestion) question = NULL;
      JsonObject *object;
      const char *ask_if;

      if (!(object = bpg_json_require_object (json_array_get_element (array, i), where, error)) ||
          !(question = load_question (loader, object, where, error)))
        return FALSE;

      ask_if = bpg_check_question_get_ask_if (question);
      if (ask_if != NULL && !check_ask_if (loader, i, ask_if, where, error))
        return FALSE;

      /* Emergency questions come first, so that an emergency answer is
       * found, and acted on, as soon as possible. */
      if (bpg_check_question_get_level (question) != BPG_CHECK_LEVEL_EMERGENCY)
        last_not_emergency = i;
      else if (last_not_emergency >= 0)
        {
          g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                       _("%s is an emergency question after questions[%d], which is not; "
                         "emergency questions must come first"), where, last_not_emergency);
          return FALSE;
        }

      g_list_store_append (self->questions, question);
      g_ptr_array_add (self->question_array, question);
      g_hash_table_insert (self->question_index,
                           (char *)bpg_check_question_get_id (question), GUINT_TO_POINTER (i + 1));

      if (bpg_check_question_is_warning_sign (question))
        {
          guint *index = g_new (guint, 1);

          *index = i;
          add_trigger (self, bpg_check_question_get_level (question),
                       bpg_check_question_get_summary (question), index, 1);
        }
    }

  return TRUE;
}

static guint *
get_rule_questions (Loader          *loader,
                    BpgWarningSign  *sign,
                    const char      *where,
                    guint           *n_questions,
                    GError         **error)
{
  const char * const *ids = bpg_warning_sign_get_when (sign);
  g_autofree guint *questions = NULL;

  *n_questions = g_strv_length ((char **)ids);
  questions = g_new (guint, *n_questions);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      int index = find_question (loader->self, ids[i]);

      if (index < 0)
        {
          g_set_error (error, BPG_ERROR, BPG_ERROR_BROKEN_LINK,
                       _("%s needs the answer to \"%s\", which is not a question"),
                       where, ids[i]);
          return NULL;
        }
      questions[i] = index;
    }

  return g_steal_pointer (&questions);
}

/* A follow-up question is skipped when the question it follows is not
 * flagged. Skipping is only safe if every rule that uses the follow-up also
 * needs that question, so that no rule could have fired anyway. */
static gboolean
check_rule_follow_ups (Loader       *loader,
                       const guint  *questions,
                       guint         n_questions,
                       const char   *where,
                       GError      **error)
{
  BpgCheckQuestionnaire *self = loader->self;

  for (guint i = 0; i < n_questions; i++)
    {
      guint parent = self->ask_if[questions[i]];
      gboolean found = FALSE;

      if (parent == 0)
        continue;

      for (guint j = 0; j < n_questions; j++)
        found |= questions[j] == parent - 1;

      if (!found)
        {
          BpgCheckQuestion *follow_up = g_ptr_array_index (self->question_array, questions[i]);

          g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                       _("%s uses \"%s\", which is asked only after \"%s\", so it must use "
                         "\"%s\" too"), where,
                       bpg_check_question_get_id (follow_up),
                       bpg_check_question_get_ask_if (follow_up),
                       bpg_check_question_get_ask_if (follow_up));
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
load_rules (Loader     *loader,
            JsonObject *root,
            GError    **error)
{
  static const char * const members[] = { "sign", NULL };
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array = get_list (root, "rules", error);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("rules[%u]", i);
      g_autofree guint *questions = NULL;
      guint n_questions = 0;
      BpgWarningSign *sign;
      JsonObject *object;
      char *text;

      if (!(object = bpg_json_require_object (json_array_get_element (array, i), where, error)) ||
          !bpg_json_check_members (object, where, members, error) ||
          !(sign = get_sign (loader, object, where, FALSE, error)) ||
          !(questions = get_rule_questions (loader, sign, where, &n_questions, error)) ||
          !check_rule_follow_ups (loader, questions, n_questions, where, error))
        return FALSE;

      if (!g_hash_table_add (ids, (char *)bpg_warning_sign_get_id (sign)))
        {
          g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                       _("%s.sign \"%s\" is used twice"), where, bpg_warning_sign_get_id (sign));
          return FALSE;
        }
      text = g_strdup (bpg_warning_sign_get_list_text (sign));
      g_ptr_array_add (loader->self->rule_summaries, text);
      add_trigger (loader->self, bpg_warning_sign_get_level (sign), text,
                   g_steal_pointer (&questions), n_questions);
    }

  return array != NULL;
}

/* Every warning sign must be asked about, or one with that sign could be
 * told to look after themselves (hazard H1). */
static gboolean
check_every_sign_asked (Loader  *loader,
                        GError **error)
{
  BpgCheckQuestionnaire *self = loader->self;

  for (guint i = 0; i < g_list_model_get_n_items (loader->signs); i++)
    {
      g_autoptr(BpgWarningSign) sign = g_list_model_get_item (loader->signs, i);
      const char *id = bpg_warning_sign_get_id (sign);
      gboolean found = find_question (self, id) >= 0;

      for (guint r = 0; !found && r < self->rule_summaries->len; r++)
        found = g_str_equal (g_ptr_array_index (self->rule_summaries, r),
                             bpg_warning_sign_get_list_text (sign));

      if (bpg_warning_sign_is_sign (sign) && !found)
        {
          g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                       _("The warning sign \"%s\" is not in the symptom check"), id);
          return FALSE;
        }
    }

  return TRUE;
}

/* Every question must be able to change the outcome, or asking it would
 * only waste a worried patient's time. */
static gboolean
check_every_question_counts (BpgCheckQuestionnaire  *self,
                             GError                **error)
{
  g_autofree gboolean *used = g_new0 (gboolean, self->question_array->len);

  for (guint t = 0; t < self->triggers->len; t++)
    {
      Trigger *trigger = &g_array_index (self->triggers, Trigger, t);

      for (guint q = 0; q < trigger->n_questions; q++)
        used[trigger->questions[q]] = TRUE;
    }

  for (guint i = 0; i < self->question_array->len; i++)
    {
      if (!used[i])
        {
          g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                       _("questions[%u] (\"%s\") has no level and no rule uses it, so its "
                         "answer would change nothing"),
                       i, bpg_check_question_get_id (g_ptr_array_index (self->question_array, i)));
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
load_outcome (Loader      *loader,
              JsonObject  *object,
              const char  *where,
              GError     **error)
{
  static const char * const members[] = { "id", "title", "summary", "text", "items", "pages", NULL };
  g_auto(GStrv) tell = NULL;
  g_auto(GStrv) pages = NULL;
  const char *id, *title, *when, *action;
  GError *local_error = NULL;
  BpgCheckLevel level;
  OutcomeText *outcome;

  if (!bpg_json_check_members (object, where, members, error) ||
      !(id = bpg_json_get_id (object, where, NULL, error)) ||
      !(title = bpg_json_get_string (object, where, "title", TRUE, error)) ||
      !(when = bpg_json_get_string (object, where, "summary", TRUE, error)) ||
      !(action = bpg_json_get_string (object, where, "text", TRUE, error)) ||
      !(tell = bpg_json_get_strv (object, where, "items", TRUE, error)))
    return FALSE;

  pages = bpg_json_get_strv (object, where, "pages", FALSE, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (!bpg_check_level_from_string (id, &level))
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("%s.id \"%s\" must be emergency, urgent, soon or self-care"), where, id);
      return FALSE;
    }

  outcome = &loader->self->outcomes[level];
  if (outcome->title != NULL)
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("%s.id \"%s\" is used twice"), where, id);
      return FALSE;
    }

  outcome->title = g_strdup (tr_checked (loader, "check-outcome:", id, title));
  outcome->when = g_strdup (tr (loader, "check-outcome:", id, when));
  outcome->action = g_strdup (tr_checked (loader, "check-outcome:", id, action));
  outcome->tell = tr_strv (loader, "check-outcome:", id, g_steal_pointer (&tell));
  outcome->pages = pages != NULL ? g_steal_pointer (&pages) : g_new0 (char *, 1);

  return TRUE;
}

static gboolean
load_outcomes (Loader     *loader,
               JsonObject *root,
               GError    **error)
{
  JsonArray *array = get_list (root, "outcomes", error);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("outcomes[%u]", i);
      JsonObject *object;

      if (!(object = bpg_json_require_object (json_array_get_element (array, i), where, error)) ||
          !load_outcome (loader, object, where, error))
        return FALSE;
    }

  if (array == NULL)
    return FALSE;

  for (guint level = 0; level < BPG_CHECK_N_LEVELS; level++)
    {
      if (loader->self->outcomes[level].title == NULL)
        {
          g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                       _("questions.json.outcomes has nothing for the level \"%s\""),
                       bpg_check_level_to_string (level));
          return FALSE;
        }
    }

  return TRUE;
}

static gboolean
load_notices (Loader     *loader,
              JsonObject *root,
              GError    **error)
{
  static const char * const members[] = { "id", "text", NULL };
  JsonArray *array = get_list (root, "notices", error);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("notices[%u]", i);
      JsonObject *object;
      const char *id, *text;

      if (!(object = bpg_json_require_object (json_array_get_element (array, i), where, error)) ||
          !bpg_json_check_members (object, where, members, error) ||
          !(id = bpg_json_get_id (object, where, loader->self->notices, error)) ||
          !(text = bpg_json_get_string (object, where, "text", TRUE, error)))
        return FALSE;

      g_hash_table_insert (loader->self->notices, g_strdup (id),
                           g_strdup (tr (loader, "check-notice:", id, text)));
    }

  for (guint i = 0; array != NULL && required_notices[i] != NULL; i++)
    {
      if (!g_hash_table_contains (loader->self->notices, required_notices[i]))
        {
          g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                       _("questions.json.notices has no \"%s\""), required_notices[i]);
          return FALSE;
        }
    }

  return array != NULL;
}

static gboolean
check_reviewed (JsonObject  *root,
                GError     **error)
{
  const char *text = bpg_json_get_string (root, "questions.json", "reviewed", TRUE, error);
  guint year, month, day;

  if (text == NULL)
    return FALSE;

  if (sscanf (text, "%4u-%2u-%2u", &year, &month, &day) != 3 || strlen (text) != 10 ||
      !g_date_valid_dmy (day, month, year))
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("questions.json.reviewed \"%s\" must be a date written as YYYY-MM-DD"),
                   text);
      return FALSE;
    }

  return TRUE;
}

/**
 * _bpg_check_questionnaire_load:
 * @root: the file's top-level object
 * @domain: (nullable): the gettext domain to translate with
 *
 * Fills @self from @root, checking everything: the shape, every text, that
 * every level has an outcome, that rules name real questions, that emergency
 * questions come first, that follow-up questions can be skipped safely and
 * that every question can change the outcome.
 *
 * Returns: %TRUE if @root is a valid questionnaire
 */
gboolean
_bpg_check_questionnaire_load (BpgCheckQuestionnaire  *self,
                               JsonObject             *root,
                               const char             *domain,
                               GError                **error)
{
  static const char * const members[] = {
    "schema", "reviewed", "sections", "questions", "rules", "outcomes", "notices", NULL
  };
  g_autoptr(GHashTable) sections = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                          g_free, section_free);
  g_autoptr(GListModel) signs = bpg_warning_sign_list_new (domain, self->msgids);
  Loader loader = { self, domain, sections, signs };
  gint64 schema;

  if (!bpg_json_check_members (root, "questions.json", members, error) ||
      !bpg_json_get_int (root, "questions.json", "schema", 1, G_MAXINT, &schema, error))
    return FALSE;

  if (schema > BPG_CHECK_SCHEMA)
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_NEWER_VERSION,
                   _("The symptom check needs a newer version of this app"));
      return FALSE;
    }

  return check_reviewed (root, error) &&
         load_sections (&loader, root, error) &&
         load_questions (&loader, root, error) &&
         load_rules (&loader, root, error) &&
         check_every_question_counts (self, error) &&
         check_every_sign_asked (&loader, error) &&
         load_outcomes (&loader, root, error) &&
         load_notices (&loader, root, error);
}
