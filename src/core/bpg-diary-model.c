/* bpg-diary-model.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-diary-model"

#include "config.h"

#include <string.h>

#include "bpg-diary-model.h"

/* The diary itself: its entries, newest first, as a list model the diary
 * list binds to, and the weekly goal. It knows nothing of files; the store
 * listens to ::changed and saves. */
struct _BpgDiaryModel
{
  GObject       parent_instance;

  GPtrArray    *entries;   /* of frozen BpgDiaryEntry, in bpg_diary_entry_compare() order */
  GHashTable   *by_id;     /* id → entry, borrowed from @entries */
  BpgDiaryGoal  goal;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (BpgDiaryModel, bpg_diary_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static guint
find_position (BpgDiaryModel *self,
               BpgDiaryEntry *entry)
{
  guint low = 0, high = self->entries->len;

  while (low < high)
    {
      guint mid = low + (high - low) / 2;

      if (bpg_diary_entry_compare (g_ptr_array_index (self->entries, mid), entry) < 0)
        low = mid + 1;
      else
        high = mid;
    }

  return low;
}

static gboolean
index_of (BpgDiaryModel *self,
          BpgDiaryEntry *entry,
          guint         *position)
{
  guint pos = find_position (self, entry);

  if (pos < self->entries->len && g_ptr_array_index (self->entries, pos) == entry)
    {
      *position = pos;
      return TRUE;
    }

  /* Not where the order says: fall back to looking everywhere. */
  return g_ptr_array_find (self->entries, entry, position);
}

static guint
insert_entry (BpgDiaryModel *self,
              BpgDiaryEntry *entry)
{
  guint position = find_position (self, entry);

  bpg_diary_entry_freeze (entry);
  g_ptr_array_insert (self->entries, position, g_object_ref (entry));
  g_hash_table_insert (self->by_id, (gpointer)bpg_diary_entry_get_id (entry), entry);

  return position;
}

static gboolean
is_sorted (GPtrArray *entries)
{
  for (guint i = 1; i < entries->len; i++)
    if (bpg_diary_entry_compare (entries->pdata[i - 1], entries->pdata[i]) > 0)
      return FALSE;

  return TRUE;
}

static gpointer
ref_entry (gconstpointer entry,
           gpointer      user_data)
{
  return g_object_ref ((gpointer)entry);
}

static GType
bpg_diary_model_get_item_type (GListModel *model)
{
  return BPG_TYPE_DIARY_ENTRY;
}

static guint
bpg_diary_model_get_n_items (GListModel *model)
{
  return BPG_DIARY_MODEL (model)->entries->len;
}

static gpointer
bpg_diary_model_get_item (GListModel *model,
                          guint       position)
{
  BpgDiaryModel *self = BPG_DIARY_MODEL (model);

  if (position >= self->entries->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->entries, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = bpg_diary_model_get_item_type;
  iface->get_n_items = bpg_diary_model_get_n_items;
  iface->get_item = bpg_diary_model_get_item;
}

static void
bpg_diary_model_finalize (GObject *object)
{
  BpgDiaryModel *self = (BpgDiaryModel *)object;

  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->entries, g_ptr_array_unref);

  G_OBJECT_CLASS (bpg_diary_model_parent_class)->finalize (object);
}

static void
bpg_diary_model_class_init (BpgDiaryModelClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bpg_diary_model_finalize;

  /**
   * BpgDiaryModel::changed:
   *
   * Emitted after any change to the entries or the goal, so the diary can be
   * saved.
   */
  signals[CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);
}

static void
bpg_diary_model_init (BpgDiaryModel *self)
{
  self->entries = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

BpgDiaryModel *
bpg_diary_model_new (void)
{
  return g_object_new (BPG_TYPE_DIARY_MODEL, NULL);
}

/**
 * bpg_diary_model_add:
 * @entry: a new entry, whose id is not in the diary yet
 *
 * Adds @entry in its place by date, and freezes it.
 */
void
bpg_diary_model_add (BpgDiaryModel *self,
                     BpgDiaryEntry *entry)
{
  guint position;

  g_return_if_fail (BPG_IS_DIARY_MODEL (self));
  g_return_if_fail (BPG_IS_DIARY_ENTRY (entry));
  g_return_if_fail (!g_hash_table_contains (self->by_id, bpg_diary_entry_get_id (entry)));

  position = insert_entry (self, entry);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * bpg_diary_model_replace:
 * @entry: an edited copy of an entry in the diary
 *
 * Puts @entry in the place of the entry with the same id.
 *
 * Returns: %FALSE if there is no entry with that id
 */
gboolean
bpg_diary_model_replace (BpgDiaryModel *self,
                         BpgDiaryEntry *entry)
{
  BpgDiaryEntry *old;
  guint old_position, position;

  g_return_val_if_fail (BPG_IS_DIARY_MODEL (self), FALSE);
  g_return_val_if_fail (BPG_IS_DIARY_ENTRY (entry), FALSE);

  old = g_hash_table_lookup (self->by_id, bpg_diary_entry_get_id (entry));
  if (old == NULL || !index_of (self, old, &old_position))
    return FALSE;
  if (old == entry)
    return TRUE;

  g_hash_table_remove (self->by_id, bpg_diary_entry_get_id (old));
  g_ptr_array_remove_index (self->entries, old_position);
  g_list_model_items_changed (G_LIST_MODEL (self), old_position, 1, 0);

  position = insert_entry (self, entry);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 0, 1);
  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

/**
 * bpg_diary_model_put:
 * @entry: a new entry, or an edited copy of one in the diary
 *
 * Saves an edit: puts @entry in the place of the entry with the same id if
 * there is one, and adds it if not.
 *
 * Returns: %TRUE if it replaced an entry, %FALSE if it was added
 */
gboolean
bpg_diary_model_put (BpgDiaryModel *self,
                     BpgDiaryEntry *entry)
{
  g_return_val_if_fail (BPG_IS_DIARY_MODEL (self), FALSE);
  g_return_val_if_fail (BPG_IS_DIARY_ENTRY (entry), FALSE);

  if (bpg_diary_model_replace (self, entry))
    return TRUE;

  bpg_diary_model_add (self, entry);
  return FALSE;
}

/**
 * bpg_diary_model_remove:
 *
 * Returns: whether there was an entry with @id to remove
 */
gboolean
bpg_diary_model_remove (BpgDiaryModel *self,
                        const char    *id)
{
  BpgDiaryEntry *entry;
  guint position;

  g_return_val_if_fail (BPG_IS_DIARY_MODEL (self), FALSE);

  entry = g_hash_table_lookup (self->by_id, id);
  if (entry == NULL || !index_of (self, entry, &position))
    return FALSE;

  g_hash_table_remove (self->by_id, id);
  g_ptr_array_remove_index (self->entries, position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, 1, 0);
  g_signal_emit (self, signals[CHANGED], 0);

  return TRUE;
}

/**
 * bpg_diary_model_lookup_day:
 * @day: a Julian day
 *
 * A day has one entry: adding an entry for a day that has one changes that
 * entry rather than adding a second. An older diary, or one merged from a
 * backup, can hold more than one for a day; then the latest written is
 * the one to change.
 *
 * Returns: (transfer none) (nullable): the entry to change for @day, or
 *   %NULL if a new one is to be added
 */
BpgDiaryEntry *
bpg_diary_model_lookup_day (BpgDiaryModel *self,
                            guint32        day)
{
  guint low = 0, high;

  g_return_val_if_fail (BPG_IS_DIARY_MODEL (self), NULL);

  /* Newest day first: find the first entry on or before @day. */
  high = self->entries->len;
  while (low < high)
    {
      guint mid = low + (high - low) / 2;

      if (bpg_diary_entry_get_julian (g_ptr_array_index (self->entries, mid)) > day)
        low = mid + 1;
      else
        high = mid;
    }

  if (low < self->entries->len &&
      bpg_diary_entry_get_julian (g_ptr_array_index (self->entries, low)) == day)
    return g_ptr_array_index (self->entries, low);

  return NULL;
}

/**
 * bpg_diary_model_lookup_clash:
 * @entry: an entry about to be saved: a new one, or a changed copy of one
 *   in the diary
 *
 * A day has one entry, so saving @entry must neither add a second entry
 * for its day nor write over the one there. An entry that stays on its day
 * clashes with nothing, even where an older diary holds two for that day.
 *
 * Returns: (transfer none) (nullable): the other entry @entry's day has
 *   already, or %NULL if @entry can be saved
 */
BpgDiaryEntry *
bpg_diary_model_lookup_clash (BpgDiaryModel *self,
                              BpgDiaryEntry *entry)
{
  BpgDiaryEntry *kept, *other;
  guint32 day;

  g_return_val_if_fail (BPG_IS_DIARY_MODEL (self), NULL);
  g_return_val_if_fail (BPG_IS_DIARY_ENTRY (entry), NULL);

  day = bpg_diary_entry_get_julian (entry);
  kept = g_hash_table_lookup (self->by_id, bpg_diary_entry_get_id (entry));
  if (kept != NULL && bpg_diary_entry_get_julian (kept) == day)
    return NULL;

  other = bpg_diary_model_lookup_day (self, day);
  if (other == NULL || other == kept)
    return NULL;

  return other;
}

/**
 * bpg_diary_model_save:
 * @entry: a new entry, or a changed copy of one in the diary
 *
 * Saves an entry the patient wrote: adds it, or puts it in the place of
 * the entry with the same id, unless its day has another entry already
 * (see bpg_diary_model_lookup_clash()); then nothing changes.
 *
 * Returns: what was done
 */
BpgDiarySaved
bpg_diary_model_save (BpgDiaryModel *self,
                      BpgDiaryEntry *entry)
{
  g_return_val_if_fail (BPG_IS_DIARY_MODEL (self), BPG_DIARY_SAVED_DAY_TAKEN);
  g_return_val_if_fail (BPG_IS_DIARY_ENTRY (entry), BPG_DIARY_SAVED_DAY_TAKEN);

  if (bpg_diary_model_lookup_clash (self, entry) != NULL)
    return BPG_DIARY_SAVED_DAY_TAKEN;

  return bpg_diary_model_put (self, entry) ? BPG_DIARY_SAVED_REPLACED : BPG_DIARY_SAVED_ADDED;
}

/**
 * bpg_diary_model_lookup:
 *
 * Returns: (transfer none) (nullable): the entry with @id
 */
BpgDiaryEntry *
bpg_diary_model_lookup (BpgDiaryModel *self,
                        const char    *id)
{
  g_return_val_if_fail (BPG_IS_DIARY_MODEL (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->by_id, id) : NULL;
}

/**
 * bpg_diary_model_set_entries:
 * @entries: (element-type BpgDiaryEntry): entries with different ids
 *
 * Replaces every entry at once, as loading or restoring a backup does. The
 * goal is kept.
 */
void
bpg_diary_model_set_entries (BpgDiaryModel *self,
                             GPtrArray     *entries)
{
  g_autoptr(GPtrArray) old = NULL;
  g_autoptr(GHashTable) by_id = NULL;
  guint n_old;

  g_return_if_fail (BPG_IS_DIARY_MODEL (self));
  g_return_if_fail (entries != NULL);

  by_id = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < entries->len; i++)
    {
      BpgDiaryEntry *entry = g_ptr_array_index (entries, i);

      if (!g_hash_table_insert (by_id, (gpointer)bpg_diary_entry_get_id (entry), entry))
        {
          g_critical ("Two diary entries have the id %s", bpg_diary_entry_get_id (entry));
          return;
        }
    }

  n_old = self->entries->len;
  old = g_steal_pointer (&self->entries);
  g_hash_table_unref (self->by_id);
  self->by_id = g_steal_pointer (&by_id);
  self->entries = g_ptr_array_new_full (entries->len, g_object_unref);
  for (guint i = 0; i < entries->len; i++)
    {
      BpgDiaryEntry *entry = g_ptr_array_index (entries, i);

      bpg_diary_entry_freeze (entry);
      g_ptr_array_add (self->entries, g_object_ref (entry));
    }
  /* A merge hands over entries already in order; sorting them again would
   * hold the main loop for nothing. */
  if (!is_sorted (self->entries))
    bpg_diary_entries_sort (self->entries);

  g_list_model_items_changed (G_LIST_MODEL (self), 0, n_old, self->entries->len);
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * bpg_diary_model_dup_entries:
 *
 * Returns: (transfer container) (element-type BpgDiaryEntry): the entries,
 *   newest first; they are frozen, so another thread may read them
 */
GPtrArray *
bpg_diary_model_dup_entries (BpgDiaryModel *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_MODEL (self), NULL);

  return g_ptr_array_copy (self->entries, ref_entry, NULL);
}

/**
 * bpg_diary_model_get_goal:
 *
 * Returns: (nullable): the weekly activity goal, or %NULL if none is set
 */
const BpgDiaryGoal *
bpg_diary_model_get_goal (BpgDiaryModel *self)
{
  g_return_val_if_fail (BPG_IS_DIARY_MODEL (self), NULL);

  return bpg_diary_goal_is_valid (&self->goal) ? &self->goal : NULL;
}

/**
 * bpg_diary_model_set_goal:
 * @goal: (nullable): the new goal, or %NULL to have none
 */
void
bpg_diary_model_set_goal (BpgDiaryModel      *self,
                          const BpgDiaryGoal *goal)
{
  BpgDiaryGoal none = { 0, };

  g_return_if_fail (BPG_IS_DIARY_MODEL (self));
  g_return_if_fail (goal == NULL || bpg_diary_goal_is_valid (goal));

  if (goal == NULL)
    goal = &none;
  if (memcmp (goal, &self->goal, sizeof *goal) == 0)
    return;

  self->goal = *goal;
  g_signal_emit (self, signals[CHANGED], 0);
}

/**
 * bpg_diary_model_clear:
 *
 * Removes every entry and the goal.
 */
void
bpg_diary_model_clear (BpgDiaryModel *self)
{
  g_autoptr(GPtrArray) none = g_ptr_array_new ();

  g_return_if_fail (BPG_IS_DIARY_MODEL (self));

  memset (&self->goal, 0, sizeof self->goal);
  bpg_diary_model_set_entries (self, none);
}
