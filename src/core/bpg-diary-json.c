/* bpg-diary-json.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-diary-json"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "bpg-diary-json.h"
#include "bpg-diary-json-private.h"
#include "bpg-error.h"
#include "bpg-json.h"

/* Dates from the year 1900 to 2999; anything else is a mistake. */
#define MIN_YEAR 1900
#define MAX_YEAR 2999

/* Seconds since 1970, up to the year 2999. */
#define MAX_TIME G_GINT64_CONSTANT (32503680000)

typedef struct
{
  char buf[96];
} Where;

/* "parent.member[index]", built for every entry of a long diary, so without
 * printf. */
static const char *
where_at (Where      *where,
          const char *parent,
          const char *member,
          guint       index)
{
  char digits[16];
  guint n = 0;

  do
    digits[n++] = '0' + index % 10;
  while ((index /= 10) > 0 && n < sizeof digits);

  where->buf[0] = '\0';
  if (parent != NULL)
    {
      g_strlcat (where->buf, parent, sizeof where->buf);
      g_strlcat (where->buf, ".", sizeof where->buf);
    }
  g_strlcat (where->buf, member, sizeof where->buf);
  g_strlcat (where->buf, "[", sizeof where->buf);
  while (n > 0)
    {
      char digit[2] = { digits[--n], '\0' };

      g_strlcat (where->buf, digit, sizeof where->buf);
    }
  g_strlcat (where->buf, "]", sizeof where->buf);

  return where->buf;
}

/* As bpg_json_parse(), with the same messages, but with a parser whose nodes
 * are not sealed: sealing makes ten years of entries a fifth slower to read,
 * and the tree never leaves this file. */
static JsonNode *
parse (GBytes      *bytes,
       const char  *file_name,
       GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  gsize size = 0;
  const char *data = g_bytes_get_data (bytes, &size);
  JsonNode *node;

  if (!g_utf8_validate (data, size, NULL))
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("%s is not valid UTF-8 text"), file_name);
      return NULL;
    }

  node = bpg_json_parse_text (data, size, BPG_JSON_PARSE_MUTABLE, NULL, &local_error);
  if (node != NULL)
    return node;

  if (g_error_matches (local_error, BPG_ERROR, BPG_ERROR_NOT_FOUND))
    g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA, _("%s is empty"), file_name);
  else
    g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                 _("%s could not be read: %s"), file_name, local_error->message);

  return NULL;
}

/**
 * bpg_diary_parse_date:
 * @text: a date written as YYYY-MM-DD
 * @julian: (out): its Julian day
 *
 * Returns: whether @text is a real date between the years 1900 and 2999
 */
gboolean
bpg_diary_parse_date (const char *text,
                      guint32    *julian)
{
  guint year = 0, month, day;
  GDate date;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;

  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  for (guint i = 0; i < 4; i++)
    year = year * 10 + (text[i] - '0');
  month = (text[5] - '0') * 10 + (text[6] - '0');
  day = (text[8] - '0') * 10 + (text[9] - '0');

  if (year < MIN_YEAR || year > MAX_YEAR || !g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  *julian = g_date_get_julian (&date);

  return TRUE;
}

/**
 * bpg_diary_format_date:
 *
 * Returns: (transfer full): the Julian day @julian written as YYYY-MM-DD
 */
char *
bpg_diary_format_date (guint32 julian)
{
  GDate date;

  g_return_val_if_fail (g_date_valid_julian (julian), NULL);

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);

  return g_strdup_printf ("%04u-%02u-%02u",
                          g_date_get_year (&date),
                          g_date_get_month (&date),
                          g_date_get_day (&date));
}

static gboolean
get_date (JsonObject  *object,
          const char  *where,
          const char  *member,
          guint32     *julian,
          GError     **error)
{
  const char *text = bpg_json_get_string (object, where, member, TRUE, error);

  if (text == NULL)
    return FALSE;

  if (!bpg_diary_parse_date (text, julian))
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("%s.%s \"%s\" must be a date written as YYYY-MM-DD"), where, member, text);
      return FALSE;
    }

  return TRUE;
}

/* JSON escapes can spell text that is not UTF-8 ("\ud800"); such text
 * could be read but never written back, so it is refused here. */
static gboolean
check_text (const char  *text,
            const char  *where,
            const char  *member,
            GError     **error)
{
  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("%s.%s is not valid text"), where, member);
      return FALSE;
    }

  return TRUE;
}

/* An optional whole number: left alone when missing. */
static gboolean
get_optional_int (JsonObject  *object,
                  const char  *where,
                  const char  *member,
                  gint64       min,
                  gint64       max,
                  gint64      *value,
                  GError     **error)
{
  if (!json_object_has_member (object, member))
    return TRUE;

  return bpg_json_get_int (object, where, member, min, max, value, error);
}

/* Optional text: %NULL when missing. Unlike names, notes may be blank. */
static gboolean
get_optional_text (JsonObject  *object,
                   const char  *where,
                   const char  *member,
                   const char **text,
                   GError     **error)
{
  JsonNode *node = json_object_get_member (object, member);

  *text = NULL;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("%s.%s must be text"), where, member);
      return FALSE;
    }

  *text = json_node_get_string (node);
  return check_text (*text, where, member, error);
}

static gboolean
get_sleep (JsonObject  *object,
           const char  *where,
           double      *hours,
           GError     **error)
{
  JsonNode *node = json_object_get_member (object, "sleep");
  GType type;

  if (node == NULL)
    return TRUE;

  type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;
  if (type == G_TYPE_INT64)
    *hours = json_node_get_int (node);
  else if (type == G_TYPE_DOUBLE)
    *hours = json_node_get_double (node);
  else
    *hours = NAN;

  if (!isfinite (*hours) || *hours < 0 || *hours > BPG_DIARY_SLEEP_MAX)
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("%s.sleep must be a number of hours from 0 to 24"), where);
      return FALSE;
    }

  return TRUE;
}

static gboolean
read_activities (JsonObject     *object,
                 const char     *where,
                 gboolean        strict,
                 BpgDiaryEntry  *entry,
                 GError        **error)
{
  static const char * const members[] = { "kind", "minutes", "name", NULL };
  JsonArray *array;
  gboolean seen[BPG_N_ACTIVITIES] = { FALSE, };
  GError *local_error = NULL;

  if (!json_object_has_member (object, "activities"))
    return TRUE;
  if (!(array = bpg_json_get_array (object, where, "activities", TRUE, error)))
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      Where w;
      const char *at = where_at (&w, where, "activities", i);
      JsonObject *item = bpg_json_require_object (json_array_get_element (array, i), at, error);
      const char *kind_name, *name = NULL;
      BpgActivity kind;
      gint64 minutes;

      if (item == NULL ||
          (strict && !bpg_json_check_members (item, at, members, error)) ||
          !(kind_name = bpg_json_get_string (item, at, "kind", TRUE, error)) ||
          !bpg_json_get_int (item, at, "minutes", 0, BPG_DIARY_MINUTES_MAX, &minutes, error))
        return FALSE;

      if (!bpg_activity_from_string (kind_name, &kind))
        {
          g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                       _("%s.kind \"%s\" is not an activity this app knows"), at, kind_name);
          return FALSE;
        }
      if (seen[kind])
        {
          g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                       _("%s.kind \"%s\" is listed twice"), at, kind_name);
          return FALSE;
        }
      seen[kind] = TRUE;

      if (kind == BPG_ACTIVITY_OTHER)
        name = bpg_json_get_string (item, at, "name", FALSE, &local_error);
      if (local_error == NULL)
        check_text (name, at, "name", &local_error);
      if (local_error != NULL)
        {
          g_propagate_error (error, local_error);
          return FALSE;
        }

      bpg_diary_entry_set_minutes (entry, kind, minutes);
      if (name != NULL)
        bpg_diary_entry_set_other_activity (entry, name);
    }

  return TRUE;
}

static gboolean
read_exercises (JsonObject     *object,
                const char     *where,
                gboolean        strict,
                BpgDiaryEntry  *entry,
                GError        **error)
{
  static const char * const members[] = { "exercise", "sets", "reps", NULL };
  g_autoptr(GHashTable) seen = NULL;
  JsonArray *array;

  if (!json_object_has_member (object, "exercises"))
    return TRUE;
  if (!(array = bpg_json_get_array (object, where, "exercises", TRUE, error)))
    return FALSE;

  /* Looked up in a table, not in the entry, so a long list reads in linear
   * time. */
  seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      Where w;
      const char *at = where_at (&w, where, "exercises", i);
      JsonObject *item = bpg_json_require_object (json_array_get_element (array, i), at, error);
      const char *id;
      gint64 sets = 0, reps = 0;

      if (item == NULL ||
          (strict && !bpg_json_check_members (item, at, members, error)) ||
          !(id = bpg_json_get_string (item, at, "exercise", TRUE, error)) ||
          !get_optional_int (item, at, "sets", 0, BPG_DIARY_COUNT_MAX, &sets, error) ||
          !get_optional_int (item, at, "reps", 0, BPG_DIARY_COUNT_MAX, &reps, error))
        return FALSE;

      if (!bpg_diary_is_valid_id (id))
        {
          g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                       _("%s.exercise \"%s\" is not an exercise name"), at, id);
          return FALSE;
        }
      if (sets == 0 && reps == 0)
        {
          g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                       _("%s needs a number of sets or reps"), at);
          return FALSE;
        }
      if (!g_hash_table_add (seen, (gpointer)id))
        {
          g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                       _("%s.exercise \"%s\" is listed twice"), at, id);
          return FALSE;
        }

      bpg_diary_entry_append_exercise (entry, id, sets, reps);
    }

  return TRUE;
}

static gboolean
read_work (JsonObject     *object,
           const char     *where,
           BpgDiaryEntry  *entry,
           GError        **error)
{
  GError *local_error = NULL;
  const char *name = bpg_json_get_string (object, where, "work", FALSE, &local_error);
  BpgWork work;

  if (local_error != NULL)
    {
      g_propagate_error (error, local_error);
      return FALSE;
    }
  if (name == NULL)
    return TRUE;

  if (!bpg_work_from_string (name, &work))
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("%s.work \"%s\" must be at-work, modified or off-work"), where, name);
      return FALSE;
    }

  bpg_diary_entry_set_work (entry, work);
  return TRUE;
}

static gboolean
read_painkillers (JsonObject     *object,
                  const char     *where,
                  BpgDiaryEntry  *entry,
                  GError        **error)
{
  JsonNode *node = json_object_get_member (object, "painkillers");
  const char *note;

  if (node != NULL)
    {
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        {
          g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                       _("%s.painkillers must be true or false"), where);
          return FALSE;
        }
      bpg_diary_entry_set_painkillers (entry, json_node_get_boolean (node));
    }

  if (!get_optional_text (object, where, "painkillers_note", &note, error))
    return FALSE;
  bpg_diary_entry_set_painkillers_note (entry, note);

  return TRUE;
}

static BpgDiaryEntry *
read_entry (JsonObject  *object,
            const char  *where,
            gboolean     strict,
            GError     **error)
{
  static const char * const members[] = {
    "id", "date", "created", "updated", "back_pain", "leg_pain", "activities",
    "exercises", "sleep", "mood", "work", "painkillers", "painkillers_note", "notes", NULL
  };
  g_autoptr(BpgDiaryEntry) entry = NULL;
  const char *id, *notes;
  gint64 created, updated;
  gint64 back = BPG_DIARY_PAIN_UNSET, leg = BPG_DIARY_PAIN_UNSET, mood = BPG_DIARY_MOOD_UNSET;
  double sleep = BPG_DIARY_SLEEP_UNSET;
  guint32 julian;
  GDate date;

  if ((strict && !bpg_json_check_members (object, where, members, error)) ||
      !(id = bpg_json_get_string (object, where, "id", TRUE, error)) ||
      !get_date (object, where, "date", &julian, error) ||
      !bpg_json_get_int (object, where, "created", 0, MAX_TIME, &created, error) ||
      !bpg_json_get_int (object, where, "updated", 0, MAX_TIME, &updated, error) ||
      !get_optional_int (object, where, "back_pain", 0, BPG_DIARY_PAIN_MAX, &back, error) ||
      !get_optional_int (object, where, "leg_pain", 0, BPG_DIARY_PAIN_MAX, &leg, error) ||
      !get_optional_int (object, where, "mood", 1, BPG_DIARY_MOOD_MAX, &mood, error) ||
      !get_sleep (object, where, &sleep, error) ||
      !get_optional_text (object, where, "notes", &notes, error))
    return NULL;

  if (!bpg_diary_is_valid_id (id))
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("%s.id may hold only up to 64 letters, digits and dashes"), where);
      return NULL;
    }

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  entry = bpg_diary_entry_new_with_id (id, &date);
  bpg_diary_entry_set_created (entry, created);
  bpg_diary_entry_set_updated (entry, updated);
  bpg_diary_entry_set_back_pain (entry, back);
  bpg_diary_entry_set_leg_pain (entry, leg);
  bpg_diary_entry_set_mood (entry, mood);
  bpg_diary_entry_set_sleep (entry, sleep);
  bpg_diary_entry_set_notes (entry, notes);

  if (!read_activities (object, where, strict, entry, error) ||
      !read_exercises (object, where, strict, entry, error) ||
      !read_work (object, where, entry, error) ||
      !read_painkillers (object, where, entry, error))
    return NULL;

  bpg_diary_entry_freeze (entry);
  return g_steal_pointer (&entry);
}

static gboolean
read_goal (JsonObject    *root,
           gboolean       strict,
           BpgDiaryGoal  *goal,
           GError       **error)
{
  static const char * const members[] = { "minutes", "start", "step", NULL };
  JsonNode *node = json_object_get_member (root, "goal");
  JsonObject *object;
  gint64 minutes, step;

  if (node == NULL)
    return TRUE;

  if (!(object = bpg_json_require_object (node, "diary.goal", error)) ||
      (strict && !bpg_json_check_members (object, "diary.goal", members, error)) ||
      !bpg_json_get_int (object, "diary.goal", "minutes", 1, BPG_DIARY_GOAL_MINUTES_MAX,
                         &minutes, error) ||
      !bpg_json_get_int (object, "diary.goal", "step", 0, BPG_DIARY_GOAL_STEP_MAX, &step, error) ||
      !get_date (object, "diary.goal", "start", &goal->start, error))
    return FALSE;

  goal->minutes = minutes;
  goal->step = step;
  goal->start = bpg_diary_week_start (goal->start);

  return TRUE;
}

static gboolean
read_header (JsonNode           *node,
             const char         *file_name,
             BpgDiaryReadFlags   flags,
             guint              *schema,
             GError            **error)
{
  JsonObject *root = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  const char *format = NULL;
  gint64 version;

  if (root != NULL)
    format = bpg_json_get_string (root, "diary", "format", FALSE, NULL);
  if (g_strcmp0 (format, BPG_DIARY_FORMAT) != 0)
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("%s is not a Back Pain Guide diary"), file_name);
      return FALSE;
    }

  if (!bpg_json_get_int (root, "diary", "schema", 1, G_MAXINT, &version, error))
    return FALSE;

  *schema = version;
  if (version > BPG_DIARY_SCHEMA && !(flags & BPG_DIARY_READ_ALLOW_NEWER))
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_NEWER_VERSION,
                   _("%s was saved by a newer version of Back Pain Guide"), file_name);
      return FALSE;
    }

  return TRUE;
}

BpgDiaryData *
bpg_diary_data_new (void)
{
  BpgDiaryData *data = g_new0 (BpgDiaryData, 1);

  data->entries = g_ptr_array_new_with_free_func (g_object_unref);
  data->schema = BPG_DIARY_SCHEMA;

  return data;
}

void
bpg_diary_data_free (BpgDiaryData *data)
{
  if (data == NULL)
    return;

  g_clear_pointer (&data->entries, g_ptr_array_unref);
  g_free (data);
}

/* Reads the file as one tree. */
static BpgDiaryData *
read_whole (GBytes             *bytes,
            const char         *file_name,
            BpgDiaryReadFlags   flags,
            GError            **error)
{
  static const char * const members[] = { "format", "schema", "goal", "entries", NULL };
  g_autoptr(BpgDiaryData) data = bpg_diary_data_new ();
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(JsonNode) node = NULL;
  JsonObject *root;
  JsonArray *entries;
  gboolean strict;

  if (!(node = parse (bytes, file_name, error)) ||
      !read_header (node, file_name, flags, &data->schema, error))
    return NULL;

  root = json_node_get_object (node);

  strict = data->schema <= BPG_DIARY_SCHEMA;
  if ((strict && !bpg_json_check_members (root, "diary", members, error)) ||
      !read_goal (root, strict, &data->goal, error) ||
      !(entries = bpg_json_get_array (root, "diary", "entries", TRUE, error)))
    return NULL;

  ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_ptr_array_set_size (data->entries, 0);

  /* From the last entry back, taking each off the tree once it is read: the
   * tree shrinks as the diary grows, which keeps a long diary quick to
   * read. The entries are put back in file order at the end. */
  for (guint i = json_array_get_length (entries); i-- > 0; )
    {
      Where w;
      const char *at = where_at (&w, NULL, "entries", i);
      JsonObject *object = bpg_json_require_object (json_array_get_element (entries, i), at, error);
      BpgDiaryEntry *entry;
      gpointer later;

      if (object == NULL || !(entry = read_entry (object, at, strict, error)))
        return NULL;

      g_ptr_array_add (data->entries, entry);
      later = g_hash_table_lookup (ids, bpg_diary_entry_get_id (entry));
      if (later != NULL)
        {
          g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                       _("%s has the same id as an earlier entry"),
                       where_at (&w, NULL, "entries", GPOINTER_TO_UINT (later) - 1));
          return NULL;
        }
      g_hash_table_insert (ids, (gpointer)bpg_diary_entry_get_id (entry), GUINT_TO_POINTER (i + 1));
      json_array_remove_element (entries, i);
    }

  for (guint i = 0, j = data->entries->len; i + 1 < j; i++, j--)
    {
      gpointer swap = data->entries->pdata[i];

      data->entries->pdata[i] = data->entries->pdata[j - 1];
      data->entries->pdata[j - 1] = swap;
    }

  return g_steal_pointer (&data);
}

/* JSON's blanks; json-glib takes no others between values. */
static inline gboolean
is_blank (char c)
{
  return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

/**
 * _bpg_diary_json_find_entries:
 * @text: a file's text, which bpg_json_check_text() passed
 * @list: (out): where the top-level object's "entries" list starts and ends
 * @spans: (element-type BpgDiarySpan): gets where each entry starts and ends
 *
 * Finds the list of entries and each entry in it, in one pass. Outside the
 * entries it only follows strings and brackets, which the check made safe
 * to do (no comments, no single quotes); between the entries it allows
 * nothing but blanks and one comma each.
 *
 * Returns: %FALSE if the text is not shaped as a diary written by the app
 *   (a list named "entries" once at the top, holding only objects)
 */
gboolean
_bpg_diary_json_find_entries (const char   *text,
                              gsize         length,
                              BpgDiarySpan *list,
                              GArray       *spans)
{
  enum { OUTSIDE, OPENED, ENTRY, AFTER_ENTRY, AFTER_COMMA, CLOSED } state = OUTSIDE;
  guint depth = 0;
  gboolean name_next = FALSE;     /* at the top, the next string names a member */
  gboolean entries_next = FALSE;  /* the member being read is "entries" */
  BpgDiarySpan entry = { 0, 0 };

  g_array_set_size (spans, 0);

  for (gsize i = 0; i < length; i++)
    {
      char c = text[i];
      gboolean in_list = (state == OPENED || state == AFTER_ENTRY || state == AFTER_COMMA);

      if (in_list && depth == 2 && c != '{' && c != ',' && c != ']' && !is_blank (c))
        return FALSE;

      switch (c)
        {
        case '"':
          {
            gsize start = ++i;

            while (i < length && text[i] != '"')
              i += text[i] == '\\' ? 2 : 1;
            if (i >= length)
              return FALSE;
            if (depth == 1 && name_next)
              {
                entries_next = (i - start == strlen ("entries") &&
                                memcmp (text + start, "entries", i - start) == 0);
                if (entries_next && state != OUTSIDE)
                  return FALSE;
                name_next = FALSE;
              }
            else if (depth == 1 && entries_next)
              return FALSE;
          }
          break;
        case '{':
        case '[':
          if (depth == 1 && entries_next)
            {
              if (c != '[')
                return FALSE;
              list->start = i;
              state = OPENED;
              entries_next = FALSE;
            }
          else if (depth == 2 && in_list)
            {
              if (state == AFTER_ENTRY)
                return FALSE;
              entry.start = i;
              state = ENTRY;
            }
          depth++;
          name_next = (depth == 1 && c == '{');
          break;
        case '}':
        case ']':
          if (depth == 0)
            return FALSE;
          depth--;
          if (depth == 2 && state == ENTRY)
            {
              if (c != '}')
                return FALSE;
              entry.end = i + 1;
              g_array_append_val (spans, entry);
              state = AFTER_ENTRY;
            }
          else if (depth == 1 && in_list)
            {
              if (c != ']' || state == AFTER_COMMA)
                return FALSE;
              list->end = i + 1;
              state = CLOSED;
            }
          break;
        case ',':
          if (depth == 2 && in_list)
            {
              if (state != AFTER_ENTRY)
                return FALSE;
              state = AFTER_COMMA;
            }
          else if (depth == 1)
            {
              if (entries_next)
                return FALSE;
              name_next = TRUE;
            }
          break;
        default:
          if (depth == 1 && entries_next && c != ':' && !is_blank (c))
            return FALSE;
          break;
        }
    }

  return state == CLOSED && depth == 0;
}

/* A ten-year diary read as one json-glib tree takes about ten times the
 * file's size while it is read, and GLib 2.74's slice allocator keeps that
 * memory once the tree is freed; where it does not, the entries made in
 * between pin its pages. So a diary is read an entry at a time: the rest of
 * the file first, with an empty list in the place of its entries, then each
 * entry on its own, each tree freed before the next is made.
 *
 * Any problem at all, or a file not shaped as expected, gives %NULL: the
 * caller then reads the file as one tree, which finds the same problems and
 * says where they are. */
static BpgDiaryData *
read_by_entry (GBytes            *bytes,
               const char        *file_name,
               BpgDiaryReadFlags  flags)
{
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (BpgDiarySpan));
  g_autoptr(GHashTable) ids = NULL;
  g_autoptr(BpgDiaryData) data = NULL;
  g_autoptr(GBytes) rest = NULL;
  BpgDiarySpan list = { 0, 0 };
  gboolean strict;
  gsize size = 0;
  const char *text = g_bytes_get_data (bytes, &size);
  GString *without_entries;

  if (!g_utf8_validate (text, size, NULL) ||
      !bpg_json_check_text (text, size, NULL, NULL) ||
      !_bpg_diary_json_find_entries (text, size, &list, spans))
    return NULL;

  without_entries = g_string_new_len (text, list.start);
  g_string_append (without_entries, "[]");
  g_string_append_len (without_entries, text + list.end, size - list.end);
  rest = g_string_free_to_bytes (without_entries);
  if (!(data = read_whole (rest, file_name, flags, NULL)))
    return NULL;

  strict = data->schema <= BPG_DIARY_SCHEMA;
  ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < spans->len; i++)
    {
      const BpgDiarySpan *span = &g_array_index (spans, BpgDiarySpan, i);
      g_autoptr(JsonNode) node = NULL;
      BpgDiaryEntry *entry;
      Where w;

      node = bpg_json_parse_text (text + span->start, span->end - span->start,
                                  BPG_JSON_PARSE_MUTABLE, NULL, NULL);
      if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node) ||
          !(entry = read_entry (json_node_get_object (node), where_at (&w, NULL, "entries", i),
                                strict, NULL)))
        return NULL;

      g_ptr_array_add (data->entries, entry);
      if (!g_hash_table_add (ids, (gpointer)bpg_diary_entry_get_id (entry)))
        return NULL;
    }

  return g_steal_pointer (&data);
}

/**
 * bpg_diary_json_read:
 * @bytes: the file's contents
 * @file_name: the name to use in messages
 * @flags: how to treat a file from a newer version
 * @error: where to put a message naming the first problem found
 *
 * Reads a diary or a backup strictly: every value is checked, unknown
 * members are errors (except in a newer file read with
 * %BPG_DIARY_READ_ALLOW_NEWER), and two entries may not share an id. Several
 * entries may share a date.
 *
 * Returns: (transfer full) (nullable): the diary, or %NULL with @error set
 */
BpgDiaryData *
bpg_diary_json_read (GBytes             *bytes,
                     const char         *file_name,
                     BpgDiaryReadFlags   flags,
                     GError            **error)
{
  BpgDiaryData *data;
  gsize size;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  size = g_bytes_get_size (bytes);
  if (size == 0)
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("%s is empty"), file_name);
      return NULL;
    }
  if (size > BPG_DIARY_MAX_FILE_SIZE)
    {
      g_autofree char *limit = g_format_size_full (BPG_DIARY_MAX_FILE_SIZE,
                                                   G_FORMAT_SIZE_IEC_UNITS);

      /* Translators: the first %s is a file name, the second a size such as "64.0 MiB" */
      g_set_error (error, BPG_ERROR, BPG_ERROR_TOO_BIG,
                   _("%s is too big for this app to read: a diary may be at most %s"),
                   file_name, limit);
      return NULL;
    }

  if (!(flags & BPG_DIARY_READ_WHOLE) && (data = read_by_entry (bytes, file_name, flags)) != NULL)
    return data;

  return read_whole (bytes, file_name, flags, error);
}

/**
 * bpg_diary_json_write_checked:
 *
 * As bpg_diary_json_write(), but refuses a diary larger than the reader
 * takes (%BPG_DIARY_MAX_FILE_SIZE), so the app never writes a file it would
 * then refuse to read.
 *
 * Returns: (transfer full) (nullable): the file's contents, or %NULL with
 *   %BPG_ERROR_TOO_BIG
 */
GBytes *
bpg_diary_json_write_checked (GPtrArray           *entries,
                              const BpgDiaryGoal  *goal,
                              GError             **error)
{
  g_autoptr(GBytes) bytes = bpg_diary_json_write (entries, goal);

  if (bytes != NULL && g_bytes_get_size (bytes) > BPG_DIARY_MAX_FILE_SIZE)
    {
      g_autofree char *limit = g_format_size_full (BPG_DIARY_MAX_FILE_SIZE,
                                                   G_FORMAT_SIZE_IEC_UNITS);

      /* Translators: %s is a size such as "64.0 MiB" */
      g_set_error (error, BPG_ERROR, BPG_ERROR_TOO_BIG,
                   _("The diary has grown too big to save: it may be at most %s. "
                     "Shortening or deleting long notes will make room"), limit);
      return NULL;
    }

  return g_steal_pointer (&bytes);
}

/* The diary is written straight to text, in exactly the layout of
 * json-glib's generator (pretty, one space a level), which a test checks.
 * Building a json-glib tree of ten years of entries first would take four
 * times as long as writing it out; the reader is json-glib's. */
typedef struct
{
  GString  *out;
  guint     depth;
  gboolean  comma;
} Writer;

static void
write_newline (Writer *w)
{
  g_string_append_c (w->out, '\n');
  for (guint i = 0; i < w->depth; i++)
    g_string_append_c (w->out, ' ');
}

static void
write_string (Writer     *w,
              const char *text)
{
  g_string_append_c (w->out, '"');
  for (const char *p = text; *p; p++)
    {
      guchar c = *p;

      switch (c)
        {
        case '"':
          g_string_append (w->out, "\\\"");
          break;
        case '\\':
          g_string_append (w->out, "\\\\");
          break;
        case '\b':
          g_string_append (w->out, "\\b");
          break;
        case '\f':
          g_string_append (w->out, "\\f");
          break;
        case '\n':
          g_string_append (w->out, "\\n");
          break;
        case '\r':
          g_string_append (w->out, "\\r");
          break;
        case '\t':
          g_string_append (w->out, "\\t");
          break;
        default:
          if (c < 0x20 || c == 0x7f)
            g_string_append_printf (w->out, "\\u%04x", c);
          else
            g_string_append_c (w->out, c);
        }
    }
  g_string_append_c (w->out, '"');
}

static void
write_member (Writer     *w,
              const char *name)
{
  if (w->comma)
    g_string_append_c (w->out, ',');
  write_newline (w);
  write_string (w, name);
  g_string_append (w->out, " : ");
  w->comma = TRUE;
}

static void
write_element (Writer *w)
{
  if (w->comma)
    g_string_append_c (w->out, ',');
  write_newline (w);
  w->comma = TRUE;
}

static void
write_open (Writer *w,
            char    bracket)
{
  g_string_append_c (w->out, bracket);
  w->depth++;
  w->comma = FALSE;
}

static void
write_close (Writer *w,
             char    bracket)
{
  w->depth--;
  write_newline (w);
  g_string_append_c (w->out, bracket);
  w->comma = TRUE;
}

static void
write_text_member (Writer     *w,
                   const char *name,
                   const char *text)
{
  write_member (w, name);
  write_string (w, text);
}

static void
write_int_member (Writer     *w,
                  const char *name,
                  gint64      value)
{
  write_member (w, name);
  g_string_append_printf (w->out, "%" G_GINT64_FORMAT, value);
}

static void
write_double_member (Writer     *w,
                     const char *name,
                     double      value)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  write_member (w, name);
  g_ascii_formatd (text, sizeof text, "%.17g", value);
  g_string_append (w->out, text);
  if (strpbrk (text, ".eE") == NULL)
    g_string_append (w->out, ".0");
}

static void
write_activities (Writer        *w,
                  BpgDiaryEntry *entry)
{
  gboolean open = FALSE;

  for (guint i = 0; i < BPG_N_ACTIVITIES; i++)
    {
      guint minutes = bpg_diary_entry_get_minutes (entry, i);
      const char *name = i == BPG_ACTIVITY_OTHER ? bpg_diary_entry_get_other_activity (entry) : NULL;

      if (minutes == 0 && name == NULL)
        continue;
      if (!open)
        {
          write_member (w, "activities");
          write_open (w, '[');
          open = TRUE;
        }

      write_element (w);
      write_open (w, '{');
      write_text_member (w, "kind", bpg_activity_to_string (i));
      write_int_member (w, "minutes", minutes);
      if (name != NULL)
        write_text_member (w, "name", name);
      write_close (w, '}');
    }

  if (open)
    write_close (w, ']');
}

static void
write_exercises (Writer        *w,
                 BpgDiaryEntry *entry)
{
  guint n = bpg_diary_entry_get_n_exercises (entry);

  if (n == 0)
    return;

  write_member (w, "exercises");
  write_open (w, '[');
  for (guint i = 0; i < n; i++)
    {
      const BpgExerciseDone *done = bpg_diary_entry_get_exercise (entry, i);

      write_element (w);
      write_open (w, '{');
      write_text_member (w, "exercise", done->exercise);
      if (done->sets > 0)
        write_int_member (w, "sets", done->sets);
      if (done->reps > 0)
        write_int_member (w, "reps", done->reps);
      write_close (w, '}');
    }
  write_close (w, ']');
}

static void
write_entry (Writer        *w,
             BpgDiaryEntry *entry)
{
  int back = bpg_diary_entry_get_back_pain (entry);
  int leg = bpg_diary_entry_get_leg_pain (entry);
  int mood = bpg_diary_entry_get_mood (entry);
  double sleep = bpg_diary_entry_get_sleep (entry);
  BpgWork work = bpg_diary_entry_get_work (entry);
  const char *text;
  char date[16];
  GDate day;

  bpg_diary_entry_get_date (entry, &day);
  g_snprintf (date, sizeof date, "%04u-%02u-%02u",
              g_date_get_year (&day), g_date_get_month (&day), g_date_get_day (&day));

  write_element (w);
  write_open (w, '{');
  write_text_member (w, "id", bpg_diary_entry_get_id (entry));
  write_text_member (w, "date", date);
  write_int_member (w, "created", bpg_diary_entry_get_created (entry));
  write_int_member (w, "updated", bpg_diary_entry_get_updated (entry));
  if (back != BPG_DIARY_PAIN_UNSET)
    write_int_member (w, "back_pain", back);
  if (leg != BPG_DIARY_PAIN_UNSET)
    write_int_member (w, "leg_pain", leg);
  write_activities (w, entry);
  write_exercises (w, entry);
  if (sleep >= 0)
    write_double_member (w, "sleep", sleep);
  if (mood != BPG_DIARY_MOOD_UNSET)
    write_int_member (w, "mood", mood);
  if (work != BPG_WORK_UNSET)
    write_text_member (w, "work", bpg_work_to_string (work));
  if (bpg_diary_entry_get_painkillers (entry))
    {
      write_member (w, "painkillers");
      g_string_append (w->out, "true");
    }
  if ((text = bpg_diary_entry_get_painkillers_note (entry)) != NULL)
    write_text_member (w, "painkillers_note", text);
  if ((text = bpg_diary_entry_get_notes (entry)) != NULL)
    write_text_member (w, "notes", text);
  write_close (w, '}');
}

/**
 * bpg_diary_json_write:
 * @entries: (element-type BpgDiaryEntry): the entries to write
 * @goal: (nullable): the weekly goal, if one is set
 *
 * Writes a diary file, which is also a backup. Never fails.
 *
 * Returns: (transfer full): the file's contents
 */
GBytes *
bpg_diary_json_write (GPtrArray          *entries,
                      const BpgDiaryGoal *goal)
{
  /* About 500 bytes an entry, so the text is rarely copied as it grows. */
  Writer w = { g_string_sized_new (1024 + 512 * (entries != NULL ? entries->len : 0)), 0, FALSE };

  g_return_val_if_fail (entries != NULL, NULL);

  write_open (&w, '{');
  write_text_member (&w, "format", BPG_DIARY_FORMAT);
  write_int_member (&w, "schema", BPG_DIARY_SCHEMA);

  if (bpg_diary_goal_is_valid (goal))
    {
      g_autofree char *start = bpg_diary_format_date (goal->start);

      write_member (&w, "goal");
      write_open (&w, '{');
      write_int_member (&w, "minutes", goal->minutes);
      write_text_member (&w, "start", start);
      write_int_member (&w, "step", goal->step);
      write_close (&w, '}');
    }

  write_member (&w, "entries");
  if (entries->len == 0)
    g_string_append (w.out, "[]");
  else
    {
      write_open (&w, '[');
      for (guint i = 0; i < entries->len; i++)
        write_entry (&w, g_ptr_array_index (entries, i));
      write_close (&w, ']');
    }
  write_close (&w, '}');

  return g_string_free_to_bytes (w.out);
}
