/* bpg-search.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-search"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "bpg-exercise-list.h"
#include "bpg-fold.h"
#include "bpg-search-private.h"
#include "bpg-search.h"
#include "bpg-service-catalog.h"
#include "bpg-warning-sign.h"

/* Search over everything a patient can open, as the reader sees it (already
 * translated), so it works in any language. The text is cut into whole
 * words once, into an index from each word to where it stands; a query is
 * read into concepts (see bpg-search-query.c), and each concept is looked up
 * in the index as whole words, never as the inside of another word. */

G_DEFINE_FINAL_TYPE (BpgSearch, bpg_search, G_TYPE_OBJECT)

static void
field_free (gpointer data)
{
  BpgSearchField *field = data;

  g_free (field->plain);
  bpg_folded_free (field->folded);
  g_array_unref (field->tokens);
  g_free (field);
}

static void
item_free (gpointer data)
{
  BpgSearchItem *item = data;

  g_free (item->target);
  g_free (item->title);
  g_free (item->summary);
  g_ptr_array_unref (item->fields);
  g_free (item);
}

static void
word_free (gpointer data)
{
  BpgSearchWord *word = data;

  g_free (word->text);
  g_array_unref (word->postings);
  g_free (word);
}

static BpgSearchWord *
intern_word (BpgSearch  *self,
             const char *text,
             gsize       len)
{
  g_autofree char *key = g_strndup (text, len);
  BpgSearchWord *word = g_hash_table_lookup (self->words, key);

  if (word == NULL)
    {
      word = g_new0 (BpgSearchWord, 1);
      word->text = g_steal_pointer (&key);
      word->postings = g_array_new (FALSE, FALSE, sizeof (BpgSearchPosting));
      g_hash_table_insert (self->words, word->text, word);
      g_ptr_array_add (self->word_list, word);
    }

  return word;
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

/* Cuts the folded text into words, as bpg_fold_split_words() does with what
 * is typed, and records where each one stands. */
static void
index_field (BpgSearch      *self,
             BpgSearchField *field,
             guint           item_index,
             guint           field_index)
{
  const char *text = field->folded->text;
  const char *start = NULL;

  for (const char *p = text; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean word_char = c != 0 && is_word_char (c);

      if (word_char && start == NULL)
        start = p;
      else if (!word_char && start != NULL)
        {
          BpgSearchToken token = { start - text, p - text, intern_word (self, start, p - start) };
          BpgSearchPosting posting = { item_index, field_index, field->tokens->len };

          g_array_append_val (field->tokens, token);
          g_array_append_val (token.word->postings, posting);
          start = NULL;
        }

      if (c == 0)
        break;
    }
}

static void
add_field (BpgSearch     *self,
           BpgSearchItem *item,
           const char    *text,
           guint          weight,
           int            block)
{
  BpgSearchField *field;
  g_auto(GStrv) parts = NULL;

  if (text == NULL || *text == '\0')
    return;

  /* A list's items stay apart in a snippet. */
  parts = g_strsplit (text, "\n", -1);
  field = g_new0 (BpgSearchField, 1);
  field->plain = g_strjoinv (" · ", parts);
  field->folded = bpg_folded_new (field->plain);
  field->tokens = g_array_new (FALSE, FALSE, sizeof (BpgSearchToken));
  field->weight = weight;
  field->block = block;
  g_ptr_array_add (item->fields, field);
  index_field (self, field, self->items->len - 1, item->fields->len - 1);
}

/* Every item starts with its title and its summary, in that order. */
static BpgSearchItem *
add_item (BpgSearch     *self,
          BpgSearchKind  kind,
          const char    *target,
          const char    *title,
          const char    *summary)
{
  BpgSearchItem *item = g_new0 (BpgSearchItem, 1);

  g_assert (self->items->len < G_MAXUINT16);

  item->kind = kind;
  item->target = g_strdup (target);
  item->title = g_strdup (title);
  item->summary = g_strdup (summary != NULL ? summary : "");
  item->fields = g_ptr_array_new_with_free_func (field_free);
  g_ptr_array_add (self->items, item);

  add_field (self, item, title, BPG_SEARCH_WEIGHT_TITLE, -1);
  add_field (self, item, summary, BPG_SEARCH_WEIGHT_SUMMARY, -1);
  return item;
}

static void
add_page (BpgSearch *self,
          BpgPage   *page)
{
  BpgSearchItem *item = add_item (self, BPG_SEARCH_KIND_PAGE, bpg_page_get_id (page),
                                  bpg_page_get_title (page), bpg_page_get_summary (page));
  GListModel *blocks = bpg_page_get_blocks (page);

  for (guint i = 0; i < g_list_model_get_n_items (blocks); i++)
    {
      g_autoptr(BpgBlock) block = g_list_model_get_item (blocks, i);
      g_autofree char *plain = bpg_block_dup_plain_text (block);
      gboolean heading = bpg_block_get_kind (block) == BPG_BLOCK_HEADING;

      add_field (self, item, plain,
                 heading ? BPG_SEARCH_WEIGHT_HEADING : BPG_SEARCH_WEIGHT_BODY, i);
    }
}

/* The symptom check, found by its name and by the warning signs it asks
 * about, in the words of the signs table. */
static void
add_check (BpgSearch *self)
{
  g_autoptr(GListModel) signs = bpg_warning_sign_list_new (GETTEXT_PACKAGE, NULL);
  BpgSearchItem *item;

  item = add_item (self, BPG_SEARCH_KIND_CHECK, NULL,
                   _("Check My Symptoms"),
                   /* Translators: what the symptom check does, under its name in search results */
                   _("Answer a few questions to find out how soon to get help"));

  for (guint i = 0; i < g_list_model_get_n_items (signs); i++)
    {
      g_autoptr(BpgWarningSign) sign = g_list_model_get_item (signs, i);

      if (bpg_warning_sign_is_sign (sign))
        add_field (self, item, bpg_warning_sign_get_list_text (sign), BPG_SEARCH_WEIGHT_BODY, -1);
    }
}

static void
bpg_search_finalize (GObject *object)
{
  BpgSearch *self = (BpgSearch *)object;

  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->word_list, g_ptr_array_unref);
  g_clear_pointer (&self->words, g_hash_table_unref);
  g_clear_object (&self->vocabulary);

  G_OBJECT_CLASS (bpg_search_parent_class)->finalize (object);
}

static void
bpg_search_class_init (BpgSearchClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bpg_search_finalize;
}

static void
bpg_search_init (BpgSearch *self)
{
  self->items = g_ptr_array_new_with_free_func (item_free);
  self->words = g_hash_table_new (g_str_hash, g_str_equal);
  self->word_list = g_ptr_array_new_with_free_func (word_free);
  self->vocabulary = bpg_search_words_new ();
}

/**
 * bpg_search_new:
 * @content: the loaded (and translated) content
 *
 * Returns: (transfer full): a search over every page of @content and the
 *   symptom check, without patients' words until bpg_search_set_words()
 */
BpgSearch *
bpg_search_new (BpgContent *content)
{
  BpgSearch *self;
  GListModel *pages;

  g_return_val_if_fail (BPG_IS_CONTENT (content), NULL);

  self = g_object_new (BPG_TYPE_SEARCH, NULL);
  add_check (self);
  pages = bpg_content_get_pages (content);
  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(BpgPage) page = g_list_model_get_item (pages, i);

      add_page (self, page);
    }

  return self;
}

/**
 * bpg_search_set_words:
 * @words: the patients' words, in the reader's language
 *
 * Lets search understand everyday words ("pee", "numb bum") and know when a
 * query touches a warning sign.
 */
void
bpg_search_set_words (BpgSearch      *self,
                      BpgSearchWords *words)
{
  g_return_if_fail (BPG_IS_SEARCH (self));
  g_return_if_fail (BPG_IS_SEARCH_WORDS (words));

  g_set_object (&self->vocabulary, words);
}

/**
 * bpg_search_add_exercises:
 * @list: the exercises
 *
 * Makes every exercise of @list a result of its own.
 */
void
bpg_search_add_exercises (BpgSearch       *self,
                          BpgExerciseList *list)
{
  GListModel *exercises;

  g_return_if_fail (BPG_IS_SEARCH (self));
  g_return_if_fail (BPG_IS_EXERCISE_LIST (list));

  exercises = bpg_exercise_list_get_exercises (list);
  for (guint i = 0; i < g_list_model_get_n_items (exercises); i++)
    {
      g_autoptr(BpgExercise) exercise = g_list_model_get_item (exercises, i);
      const char * const *steps = bpg_exercise_get_steps (exercise);
      BpgSearchItem *item;

      item = add_item (self, BPG_SEARCH_KIND_EXERCISE, bpg_exercise_get_id (exercise),
                       bpg_exercise_get_title (exercise), bpg_exercise_get_summary (exercise));
      for (guint s = 0; steps != NULL && steps[s] != NULL; s++)
        add_field (self, item, steps[s], BPG_SEARCH_WEIGHT_BODY, -1);
      add_field (self, item, bpg_exercise_get_amount (exercise), BPG_SEARCH_WEIGHT_BODY, -1);
      add_field (self, item, bpg_exercise_get_feel (exercise), BPG_SEARCH_WEIGHT_BODY, -1);
    }
}

/**
 * bpg_search_add_services:
 * @catalog: the services
 *
 * Makes every service of @catalog a result of its own. Each service's
 * reminder of what it is not for (it is the same warning on every service)
 * is left out, so that a search for a warning sign finds the pages about it.
 */
void
bpg_search_add_services (BpgSearch         *self,
                         BpgServiceCatalog *catalog)
{
  GListModel *services;

  g_return_if_fail (BPG_IS_SEARCH (self));
  g_return_if_fail (BPG_IS_SERVICE_CATALOG (catalog));

  services = bpg_service_catalog_get_services (catalog);
  for (guint i = 0; i < g_list_model_get_n_items (services); i++)
    {
      g_autoptr(BpgService) service = g_list_model_get_item (services, i);
      BpgSearchItem *item;

      item = add_item (self, BPG_SEARCH_KIND_SERVICE, bpg_service_get_id (service),
                       bpg_service_get_name (service), bpg_service_get_who_for (service));
      add_field (self, item, bpg_service_get_how_to_reach (service), BPG_SEARCH_WEIGHT_BODY, -1);
      add_field (self, item, bpg_service_get_what_to_expect (service),
                 BPG_SEARCH_WEIGHT_BODY, -1);
    }
}

/**
 * bpg_search_get_n_items:
 *
 * Returns: how many things the search can find: pages, exercises, services
 *   and the symptom check
 */
guint
bpg_search_get_n_items (BpgSearch *self)
{
  g_return_val_if_fail (BPG_IS_SEARCH (self), 0);

  return self->items->len;
}

/* Loading everything search needs, in a worker thread. */
typedef struct
{
  BpgContent *content;
  char       *domain;
} LoadData;

static void
load_data_free (gpointer data)
{
  LoadData *load = data;

  g_clear_object (&load->content);
  g_free (load->domain);
  g_free (load);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  LoadData *load = task_data;

  g_task_return_pointer (task, bpg_search_new_full (load->content, load->domain), g_object_unref);
}

/**
 * bpg_search_new_full:
 * @content: the loaded (and translated) content
 * @domain: (nullable): the gettext domain of the other content files
 *
 * Builds a search over everything a patient can open: @content's pages, the
 * built-in exercises, the built-in and local services, and the symptom
 * check, with the patients' words. A file that cannot be read leaves its
 * part out, with a warning: search still finds the rest.
 *
 * Returns: (transfer full): the search
 */
BpgSearch *
bpg_search_new_full (BpgContent *content,
                     const char *domain)
{
  g_autoptr(BpgSearch) self = NULL;
  g_autoptr(BpgSearchWords) words = NULL;
  g_autoptr(BpgExerciseList) exercises = NULL;
  g_autoptr(BpgServiceCatalog) services = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) dirs = NULL;

  g_return_val_if_fail (BPG_IS_CONTENT (content), NULL);

  self = bpg_search_new (content);

  if ((words = bpg_search_words_new_from_resource (BPG_SEARCH_WORDS_RESOURCE, domain, &error)))
    bpg_search_set_words (self, words);
  else
    g_warning ("Search will know only the content’s own words: %s", error->message);
  g_clear_error (&error);

  if ((exercises = bpg_exercise_list_new_from_resource (BPG_EXERCISES_RESOURCE, domain, &error)))
    bpg_search_add_exercises (self, exercises);
  else
    g_warning ("Search will not find the exercises: %s", error->message);
  g_clear_error (&error);

  if ((services = bpg_service_catalog_new_from_resource (BPG_SERVICES_RESOURCE, domain, &error)))
    {
      dirs = bpg_service_catalog_dup_local_dirs ();
      for (guint i = 0; dirs[i] != NULL; i++)
        {
          g_autoptr(GFile) dir = g_file_new_for_path (dirs[i]);

          bpg_service_catalog_add_dir (services, dir, NULL);
        }
      bpg_search_add_services (self, services);
    }
  else
    g_warning ("Search will not find the services: %s", error->message);

  return g_steal_pointer (&self);
}

/**
 * bpg_search_load_async:
 * @content: the loaded (and translated) content
 * @domain: (nullable): the gettext domain of the other content files
 *
 * Builds bpg_search_new_full() in a worker thread.
 */
void
bpg_search_load_async (BpgContent          *content,
                       const char          *domain,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *load;

  g_return_if_fail (BPG_IS_CONTENT (content));

  load = g_new0 (LoadData, 1);
  load->content = g_object_ref (content);
  load->domain = g_strdup (domain);

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, bpg_search_load_async);
  g_task_set_task_data (task, load, load_data_free);
  g_task_run_in_thread (task, load_thread);
}

/**
 * bpg_search_load_finish:
 *
 * Returns: (transfer full) (nullable): the search, or %NULL with @error set
 *   if it was cancelled
 */
BpgSearch *
bpg_search_load_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == bpg_search_load_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
