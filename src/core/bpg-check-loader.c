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

#define BPG_CHECK_SCHEMA 1

/* Reads data/content/questions.json into a questionnaire, checking it as it
 * goes. Every problem is reported with its place in the file, and the first
 * one stops the load: a symptom check that is only partly right must never
 * reach a patient. */

typedef struct
{
  BpgCheckQuestionnaire *self;
  const char            *domain;
  GHashTable            *sections;   /* id → Section */
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

static char **
tr_strv (Loader      *loader,
         const char  *prefix,
         const char  *id,
         char       **items)
{
  g_autofree char *context = g_strconcat (prefix, id, NULL);

  return bpg_l10n_lookup_strv (loader->self->msgids, loader->domain, context, items);
}

/* Reads a level that a warning sign or a rule leads to. Self-care is not
 * one: it is what is left when nothing fires. */
static gboolean
get_level (JsonObject     *object,
           const char     *where,
           gboolean        required,
           BpgCheckLevel  *level,
           GError        **error)
{
  GError *local_error = NULL;
  const char *name = bpg_json_get_string (object, where, "level", required, &local_error);

  *level = BPG_CHECK_LEVEL_SELF_CARE;
  if (name == NULL)
    {
      if (local_error != NULL)
        g_propagate_error (error, local_error);
      return local_error == NULL;
    }

  if (!bpg_check_level_from_string (name, level) || *level == BPG_CHECK_LEVEL_SELF_CARE)
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("%s.level \"%s\" must be emergency, urgent or soon"), where, name);
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_sources (Loader      *loader,
               JsonObject  *object,
               const char  *where,
               GError     **error)
{
  g_auto(GStrv) ids = bpg_json_get_strv (object, where, "sources", TRUE, error);

  if (ids == NULL)
    return FALSE;

  for (guint i = 0; ids[i] != NULL; i++)
    {
      if (!g_hash_table_contains (loader->self->sources, ids[i]))
        {
          g_set_error (error, BPG_ERROR, BPG_ERROR_BROKEN_LINK,
                       _("%s.sources names \"%s\", which is not a known source"), where, ids[i]);
          return FALSE;
        }
    }

  return TRUE;
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
load_sources (Loader     *loader,
              JsonObject *root,
              GError    **error)
{
  static const char * const members[] = { "id", "title", NULL };
  JsonArray *array = get_list (root, "sources", error);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("sources[%u]", i);
      JsonObject *object;
      const char *id;

      if (!(object = bpg_json_require_object (json_array_get_element (array, i), where, error)) ||
          !bpg_json_check_members (object, where, members, error) ||
          !(id = bpg_json_get_id (object, where, loader->self->sources, error)) ||
          !bpg_json_get_string (object, where, "title", TRUE, error))
        return FALSE;

      g_hash_table_add (loader->self->sources, g_strdup (id));
    }

  return array != NULL;
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

static gboolean
get_concern (JsonObject      *object,
             const char      *where,
             BpgCheckAnswer  *concern,
             GError         **error)
{
  GError *local_error = NULL;
  const char *name = bpg_json_get_string (object, where, "concern", FALSE, &local_error);

  *concern = BPG_CHECK_ANSWER_YES;
  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }

  if (name == NULL || g_str_equal (name, "yes"))
    return TRUE;

  if (g_str_equal (name, "no"))
    {
      *concern = BPG_CHECK_ANSWER_NO;
      return TRUE;
    }

  g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
               _("%s.concern \"%s\" must be yes or no"), where, name);
  return FALSE;
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

static BpgCheckQuestion *
load_question (Loader      *loader,
               JsonObject  *object,
               const char  *where,
               GError     **error)
{
  static const char * const members[] = {
    "id", "section", "level", "concern", "ask-if", "sources", "title", "text", "summary", NULL
  };
  const char *id, *section_id, *title, *text, *summary, *ask_if = NULL;
  GError *local_error = NULL;
  BpgCheckAnswer concern;
  BpgCheckLevel level;
  Section *section;

  if (!bpg_json_check_members (object, where, members, error) ||
      !(id = bpg_json_get_id (object, where, loader->self->question_index, error)) ||
      !(section_id = bpg_json_get_string (object, where, "section", TRUE, error)) ||
      !get_level (object, where, FALSE, &level, error) ||
      !get_concern (object, where, &concern, error) ||
      !check_sources (loader, object, where, error) ||
      !(title = bpg_json_get_string (object, where, "title", TRUE, error)) ||
      !(text = bpg_json_get_string (object, where, "text", TRUE, error)) ||
      !(summary = bpg_json_get_string (object, where, "summary", TRUE, error)))
    return NULL;

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

  return _bpg_check_question_new (id,
                                  tr (loader, "check-question:", id, title),
                                  tr (loader, "check-question:", id, text),
                                  tr (loader, "check-question:", id, summary),
                                  section->title, section->intro,
                                  level, concern, ask_if,
                                  bpg_json_get_strv (object, where, "sources", TRUE, NULL));
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
get_rule_questions (Loader      *loader,
                    JsonObject  *object,
                    const char  *where,
                    guint       *n_questions,
                    GError     **error)
{
  g_auto(GStrv) ids = bpg_json_get_strv (object, where, "when", TRUE, error);
  g_autofree guint *questions = NULL;

  if (ids == NULL)
    return NULL;

  *n_questions = g_strv_length (ids);
  questions = g_new (guint, *n_questions);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      int index = find_question (loader->self, ids[i]);

      if (index < 0)
        {
          g_set_error (error, BPG_ERROR, BPG_ERROR_BROKEN_LINK,
                       _("%s.when names \"%s\", which is not a question"), where, ids[i]);
          return NULL;
        }
      for (guint j = 0; j < i; j++)
        {
          if (questions[j] == (guint)index)
            {
              g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                           _("%s.when names \"%s\" twice"), where, ids[i]);
              return NULL;
            }
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
  static const char * const members[] = { "id", "when", "level", "sources", "summary", NULL };
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *array = get_list (root, "rules", error);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *where = g_strdup_printf ("rules[%u]", i);
      g_autofree guint *questions = NULL;
      const char *id, *summary;
      guint n_questions = 0;
      BpgCheckLevel level;
      JsonObject *object;
      char *text;

      if (!(object = bpg_json_require_object (json_array_get_element (array, i), where, error)) ||
          !bpg_json_check_members (object, where, members, error) ||
          !(id = bpg_json_get_id (object, where, ids, error)) ||
          !get_level (object, where, TRUE, &level, error) ||
          !check_sources (loader, object, where, error) ||
          !(summary = bpg_json_get_string (object, where, "summary", TRUE, error)) ||
          !(questions = get_rule_questions (loader, object, where, &n_questions, error)) ||
          !check_rule_follow_ups (loader, questions, n_questions, where, error))
        return FALSE;

      g_hash_table_add (ids, (char *)id);
      text = g_strdup (tr (loader, "check-rule:", id, summary));
      g_ptr_array_add (loader->self->rule_summaries, text);
      add_trigger (loader->self, level, text, g_steal_pointer (&questions), n_questions);
    }

  return array != NULL;
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

  outcome->title = g_strdup (tr (loader, "check-outcome:", id, title));
  outcome->when = g_strdup (tr (loader, "check-outcome:", id, when));
  outcome->action = g_strdup (tr (loader, "check-outcome:", id, action));
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
    "schema", "reviewed", "sources", "sections", "questions", "rules", "outcomes", "notices", NULL
  };
  g_autoptr(GHashTable) sections = g_hash_table_new_full (g_str_hash, g_str_equal,
                                                          g_free, section_free);
  Loader loader = { self, domain, sections };
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
         load_sources (&loader, root, error) &&
         load_sections (&loader, root, error) &&
         load_questions (&loader, root, error) &&
         load_rules (&loader, root, error) &&
         check_every_question_counts (self, error) &&
         load_outcomes (&loader, root, error) &&
         load_notices (&loader, root, error);
}
