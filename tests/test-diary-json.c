/* test-diary-json.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "bpg-diary-json.h"
#include "bpg-diary-json-private.h"
#include "bpg-diary-model.h"
#include "bpg-error.h"
#include "test-diary-util.h"

static BpgDiaryData *
read_text (const char  *json,
           GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return bpg_diary_json_read (bytes, "diary.json", BPG_DIARY_READ_DEFAULT, error);
}

/* A file with one entry whose members are @members, for the bad-value tests. */
static char *
one_entry (const char *members)
{
  return g_strdup_printf ("{\"format\": \"back-pain-guide-diary\", \"schema\": 1, \"entries\": ["
                          "{\"id\": \"a\", \"date\": \"2026-11-21\", \"created\": 1, "
                          "\"updated\": 2%s%s}]}",
                          *members ? ", " : "", members);
}

static void
test_round_trip (void)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(BpgDiaryData) data = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  BpgDiaryGoal goal = { 90, diary_julian (2026, 11, 16), 15 };
  GDate date;

  g_ptr_array_add (entries, diary_full_entry ("full", diary_julian (2026, 11, 21)));
  diary_date (&date, 2026, 11, 20);
  g_ptr_array_add (entries, bpg_diary_entry_new_with_id ("empty", &date));

  bytes = bpg_diary_json_write (entries, &goal);
  data = bpg_diary_json_read (bytes, "diary.json", BPG_DIARY_READ_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_nonnull (data);

  g_assert_cmpuint (data->schema, ==, BPG_DIARY_SCHEMA);
  g_assert_cmpuint (data->entries->len, ==, 2);
  for (guint i = 0; i < entries->len; i++)
    g_assert_true (bpg_diary_entry_equal (g_ptr_array_index (entries, i),
                                          g_ptr_array_index (data->entries, i)));
  g_assert_true (bpg_diary_entry_is_empty (g_ptr_array_index (data->entries, 1)));

  g_assert_cmpuint (data->goal.minutes, ==, 90);
  g_assert_cmpuint (data->goal.start, ==, goal.start);
  g_assert_cmpuint (data->goal.step, ==, 15);
}

/* What json-glib's own generator makes of the same file. */
static char *
regenerate (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  json_generator_set_root (generator, json_parser_get_root (parser));
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 1);

  return json_generator_to_data (generator, NULL);
}

static void
test_writer_matches_json_glib (void)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  BpgDiaryGoal goal = { 90, diary_julian (2026, 11, 16), 15 };
  g_autoptr(BpgDiaryEntry) odd = NULL;
  GDate date;

  g_ptr_array_add (entries, diary_full_entry ("full", diary_julian (2026, 11, 21)));
  for (guint i = 0; i < 5; i++)
    g_ptr_array_add (entries, diary_numbered_entry (i));
  diary_date (&date, 2026, 1, 2);
  odd = bpg_diary_entry_new_with_id ("odd", &date);
  /* Not U+001F: json-glib 1.6 leaves it unescaped, which JSON does not
   * allow; the writer escapes it (and the round trip reads it back). */
  bpg_diary_entry_set_notes (odd, "\x01\x02\x7f \b\f/ \\\"");
  bpg_diary_entry_set_sleep (odd, 8);
  bpg_diary_entry_set_other_activity (odd, "named, no minutes");
  g_ptr_array_add (entries, g_object_ref (odd));

  /* Byte for byte the layout json-glib writes, so the file is plain JSON
   * whichever wrote it. */
  {
    g_autoptr(GBytes) bytes = bpg_diary_json_write (entries, &goal);
    g_autofree char *mine = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
    g_autofree char *theirs = regenerate (bytes);

    g_assert_cmpstr (mine, ==, theirs);
  }
  {
    g_autoptr(GPtrArray) one = g_ptr_array_new ();
    g_autoptr(GBytes) bytes = NULL;
    g_autoptr(BpgDiaryData) back = NULL;

    bpg_diary_entry_set_notes (odd, "unit\x1fseparator");
    g_ptr_array_add (one, odd);
    bytes = bpg_diary_json_write (one, NULL);
    g_assert_nonnull (g_strstr_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), "unit\\u001fseparator"));
    back = bpg_diary_json_read (bytes, "diary.json", 0, NULL);
    g_assert_cmpstr (bpg_diary_entry_get_notes (g_ptr_array_index (back->entries, 0)), ==, "unit\x1fseparator");
  }
  {
    g_autoptr(GBytes) bytes = bpg_diary_json_write (none, NULL);
    g_autofree char *mine = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
    g_autofree char *theirs = regenerate (bytes);

    g_assert_cmpstr (mine, ==, theirs);
  }
}

static void
test_every_field (void)
{
  g_autoptr(BpgDiaryEntry) entry = diary_full_entry ("full", diary_julian (2026, 11, 21));
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  g_autoptr(BpgDiaryData) data = NULL;
  g_autoptr(GBytes) bytes = NULL;
  BpgDiaryEntry *read;
  const BpgExerciseDone *done;
  GDate date;

  g_ptr_array_add (entries, entry);
  bytes = bpg_diary_json_write (entries, NULL);
  data = bpg_diary_json_read (bytes, "diary.json", BPG_DIARY_READ_DEFAULT, NULL);
  g_assert_nonnull (data);
  read = g_ptr_array_index (data->entries, 0);

  /* Field by field, so a failure names the field. */
  g_assert_cmpstr (bpg_diary_entry_get_id (read), ==, "full");
  bpg_diary_entry_get_date (read, &date);
  g_assert_cmpuint (g_date_get_year (&date), ==, 2026);
  g_assert_cmpuint (g_date_get_month (&date), ==, 11);
  g_assert_cmpuint (g_date_get_day (&date), ==, 21);
  g_assert_cmpint (bpg_diary_entry_get_created (read), ==, 1763712000);
  g_assert_cmpint (bpg_diary_entry_get_updated (read), ==, 1763715600);
  g_assert_cmpint (bpg_diary_entry_get_back_pain (read), ==, 6);
  g_assert_cmpint (bpg_diary_entry_get_leg_pain (read), ==, 0);
  for (guint i = 0; i < BPG_N_ACTIVITIES; i++)
    g_assert_cmpuint (bpg_diary_entry_get_minutes (read, i), ==, 5 * (i + 1));
  g_assert_cmpstr (bpg_diary_entry_get_other_activity (read), ==, "Tai chi, \"gentle\"");
  g_assert_cmpuint (bpg_diary_entry_get_n_exercises (read), ==, 3);
  done = bpg_diary_entry_find_exercise (read, "knee-to-chest");
  g_assert_nonnull (done);
  g_assert_cmpuint (done->sets, ==, 2);
  g_assert_cmpuint (done->reps, ==, 10);
  done = bpg_diary_entry_find_exercise (read, "bridge");
  g_assert_cmpuint (done->sets, ==, 0);
  g_assert_cmpuint (done->reps, ==, 8);
  g_assert_cmpfloat (bpg_diary_entry_get_sleep (read), ==, 6.75);
  g_assert_cmpint (bpg_diary_entry_get_mood (read), ==, 2);
  g_assert_cmpint (bpg_diary_entry_get_work (read), ==, BPG_WORK_MODIFIED);
  g_assert_true (bpg_diary_entry_get_painkillers (read));
  g_assert_cmpstr (bpg_diary_entry_get_painkillers_note (read), ==, "Ibuprofen\ttwice");
  g_assert_cmpstr (bpg_diary_entry_get_notes (read), ==,
                   "Line one\nLine two, with “quotes”, a \\ and é\r\n=SUM(A1)");
}

static void
test_same_date (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(BpgDiaryData) data = NULL;
  g_autoptr(BpgDiaryModel) model = bpg_diary_model_new ();

  /* Several notes on one day are allowed; they stay separate. */
  data = read_text ("{\"format\": \"back-pain-guide-diary\", \"schema\": 1, \"entries\": ["
                    "{\"id\": \"a\", \"date\": \"2026-11-21\", \"created\": 1, \"updated\": 1, "
                    "\"back_pain\": 2},"
                    "{\"id\": \"b\", \"date\": \"2026-11-21\", \"created\": 2, \"updated\": 2, "
                    "\"back_pain\": 8}]}", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (data->entries->len, ==, 2);

  bpg_diary_model_set_entries (model, data->entries);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 2);
  /* The one written last comes first. */
  g_assert_cmpstr (bpg_diary_entry_get_id (g_ptr_array_index (data->entries, 1)), ==, "b");
  {
    g_autoptr(BpgDiaryEntry) first = g_list_model_get_item (G_LIST_MODEL (model), 0);

    g_assert_cmpstr (bpg_diary_entry_get_id (first), ==, "b");
  }
}

typedef struct
{
  const char *members;   /* of the one entry */
  const char *message;   /* a part of the error message */
} BadEntry;

static void
test_bad_values (void)
{
  static const BadEntry cases[] = {
    { "\"back_pain\": \"4\"", "entries[0].back_pain must be a whole number, not text" },
    { "\"back_pain\": 11", "entries[0].back_pain must be between 0 and 10" },
    { "\"back_pain\": -1", "entries[0].back_pain must be between 0 and 10" },
    { "\"back_pain\": 4.0", "entries[0].back_pain must be a whole number" },
    { "\"leg_pain\": null", "entries[0].leg_pain must be a whole number, not null" },
    { "\"back_pain\": 1e400", "entries[0].back_pain must be a whole number" },
    { "\"back_pain\": 99999999999999999999999", "" },
    { "\"mood\": 0", "entries[0].mood must be between 1 and 5" },
    { "\"sleep\": 25", "entries[0].sleep must be a number of hours" },
    { "\"sleep\": -0.5", "entries[0].sleep must be a number of hours" },
    { "\"sleep\": 1e308", "entries[0].sleep must be a number of hours" },
    { "\"sleep\": \"7\"", "entries[0].sleep must be a number of hours" },
    { "\"work\": \"retired\"", "entries[0].work \"retired\" must be at-work" },
    { "\"work\": 1", "entries[0].work must be text" },
    { "\"painkillers\": \"yes\"", "entries[0].painkillers must be true or false" },
    { "\"notes\": 5", "entries[0].notes must be text" },
    { "\"notes\": [\"a\"]", "entries[0].notes must be text" },
    { "\"activities\": {}", "entries[0].activities must be a list" },
    { "\"activities\": [5]", "entries[0].activities[0] must be an object" },
    { "\"activities\": [{\"kind\": \"running\", \"minutes\": 5}]", "is not an activity" },
    { "\"activities\": [{\"kind\": \"walking\", \"minutes\": 9223372036854775807}]",
      "minutes must be between 0 and 1440" },
    { "\"activities\": [{\"kind\": \"walking\", \"minutes\": -5}]",
      "minutes must be between 0 and 1440" },
    { "\"activities\": [{\"kind\": \"walking\", \"minutes\": 5}, "
      "{\"kind\": \"walking\", \"minutes\": 5}]", "\"walking\" is listed twice" },
    { "\"activities\": [{\"kind\": \"walking\", \"minutes\": 5, \"speed\": 3}]",
      "unknown member \"speed\"" },
    { "\"exercises\": [{\"exercise\": \"bridge\", \"sets\": 1001}]", "sets must be between" },
    { "\"exercises\": [{\"exercise\": \"../etc\"}]", "is not an exercise name" },
    { "\"exercises\": [{\"exercise\": \"bridge\", \"reps\": 1}, "
      "{\"exercise\": \"bridge\", \"sets\": 1}]", "\"bridge\" is listed twice" },
    { "\"exercises\": [{\"exercise\": \"bridge\"}]", "needs a number of sets or reps" },
    { "\"colour\": \"blue\"", "entries[0] has an unknown member \"colour\"" },
    /* Escapes that spell text that is not UTF-8, which could not be saved. */
    { "\"notes\": \"a \\ud800 b\"", "entries[0].notes holds \u201c\\ud800\u201d, half of" },
    { "\"activities\": [{\"kind\": \"other\", \"minutes\": 5, \"name\": \"\\ud800 x\"}]",
      "entries[0].activities[0].name holds \u201c\\ud800\u201d" },
    { "\"notes\": \"a \\udc00 b\"", "entries[0].notes holds \u201c\\udc00\u201d" },
    { "\"notes\": \"a \\ud800\\u0041 b\"", "entries[0].notes holds \u201c\\ud800\u201d" },
    /* json-glib would cut the text short here, losing the rest silently. */
    { "\"notes\": \"before\\u0000after\"", "entries[0].notes holds \u201c\\u0000\u201d" },
    { "\"notes\": \"a \\u12 b\"", "entries[0].notes holds \u201c\\u\u201d without four hex" },
    /* json-glib would keep the last silently. */
    { "\"notes\": \"a\", \"notes\": \"b\"", "\u201cnotes\u201d is given twice in one object" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = one_entry (cases[i].members);
      g_autoptr(GError) error = NULL;
      g_autoptr(BpgDiaryData) data = read_text (json, &error);

      g_test_message ("%s", cases[i].members);
      g_assert_null (data);
      g_assert_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("\"%s\" does not say \"%s\"", error->message, cases[i].message);
    }
}

static void
test_bad_files (void)
{
  static const struct {
    const char *json;
    const char *message;
  } cases[] = {
    { "", "diary.json is empty" },
    { "   ", "diary.json is empty" },
    { "{\"format\": ", "diary.json could not be read" },
    { "[]", "is not a Back Pain Guide diary" },
    { "{}", "is not a Back Pain Guide diary" },
    { "{\"format\": \"something-else\", \"schema\": 1, \"entries\": []}", "is not a Back Pain Guide diary" },
    { "{\"format\": \"back-pain-guide-diary\", \"entries\": []}", "diary.schema is missing" },
    { "{\"format\": \"back-pain-guide-diary\", \"schema\": 0, \"entries\": []}", "diary.schema must be between" },
    { "{\"format\": \"back-pain-guide-diary\", \"schema\": 1}", "diary.entries is missing" },
    { "{\"format\": \"back-pain-guide-diary\", \"schema\": 1, \"entries\": [], \"extra\": 1}",
      "unknown member \"extra\"" },
    { "{\"format\": \"back-pain-guide-diary\", \"schema\": 1, \"entries\": [], "
      "\"goal\": {\"minutes\": 0, \"start\": \"2026-11-16\", \"step\": 10}}", "diary.goal.minutes" },
    { "{\"format\": \"back-pain-guide-diary\", \"schema\": 1, \"entries\": [{\"id\": \"a\", "
      "\"date\": \"2026-02-30\", \"created\": 1, \"updated\": 1}]}", "\"2026-02-30\" must be a date" },
    { "{\"format\": \"back-pain-guide-diary\", \"schema\": 1, \"entries\": [{\"id\": \"a\", "
      "\"date\": \"26-2-3\", \"created\": 1, \"updated\": 1}]}", "must be a date" },
    { "{\"format\": \"back-pain-guide-diary\", \"schema\": 1, \"entries\": [{\"id\": \"a b\", "
      "\"date\": \"2026-02-03\", \"created\": 1, \"updated\": 1}]}", "entries[0].id may hold only" },
    { "{\"format\": \"back-pain-guide-diary\", \"schema\": 1, \"entries\": ["
      "{\"id\": \"a\", \"date\": \"2026-11-21\", \"created\": 1, \"updated\": 1},"
      "{\"id\": \"a\", \"date\": \"2026-11-22\", \"created\": 1, \"updated\": 1}]}",
      "entries[1] has the same id as an earlier entry" },
    { "{\"format\": \"back-pain-guide-diary\", \"schema\": 1, \"entries\": [{\"id\": \"a\", "
      "\"date\": \"2026-11-21\", \"created\": 1}]}", "entries[0].updated is missing" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(BpgDiaryData) data = read_text (cases[i].json, &error);

      g_test_message ("%s", cases[i].json);
      g_assert_null (data);
      g_assert_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA);
      if (strstr (error->message, cases[i].message) == NULL)
        g_error ("\"%s\" does not say \"%s\"", error->message, cases[i].message);
    }
}

static void
test_invalid_utf8 (void)
{
  g_autofree char *json = one_entry ("\"notes\": \"caf\xe9\"");
  g_autoptr(GError) error = NULL;
  g_autoptr(BpgDiaryData) data = read_text (json, &error);

  g_assert_null (data);
  g_assert_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA);
  g_assert_cmpstr (error->message, ==, "diary.json is not valid UTF-8 text");
}

static void
test_deep_nesting (void)
{
  const guint depth = 1000000;
  g_autoptr(GString) json = g_string_new ("{\"format\": \"back-pain-guide-diary\", \"schema\": 1, "
                                          "\"entries\": [");
  g_autoptr(GError) error = NULL;
  g_autoptr(BpgDiaryData) data = NULL;

  for (guint i = 0; i < depth; i++)
    g_string_append_c (json, '[');
  for (guint i = 0; i < depth; i++)
    g_string_append_c (json, ']');
  g_string_append (json, "]}");

  data = read_text (json->str, &error);
  g_assert_null (data);
  g_assert_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA);
  g_assert_cmpstr (error->message, ==, "diary.json could not be read: entries[0][0][0][0][0]"
                   "[0][0][0][0][0][0][0][0][0][0] holds lists or objects nested more than 16 "
                   "deep");

  /* Brackets inside text are not nesting. */
  {
    g_autoptr(GString) notes = g_string_new ("\"notes\": \"");
    g_autofree char *file = NULL;
    g_autoptr(BpgDiaryData) ok = NULL;

    for (guint i = 0; i < 100; i++)
      g_string_append (notes, "[{\\\"");
    g_string_append_c (notes, '"');
    file = one_entry (notes->str);
    ok = read_text (file, NULL);
    g_assert_nonnull (ok);
  }
}

/* Read an entry at a time and as one tree, @json gives the same diary, or
 * fails with the same message. */
static void
assert_read_alike (const char        *json,
                   BpgDiaryReadFlags  flags)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr(GError) by_entry_error = NULL;
  g_autoptr(GError) whole_error = NULL;
  g_autoptr(BpgDiaryData) by_entry = bpg_diary_json_read (bytes, "diary.json", flags,
                                                         &by_entry_error);
  g_autoptr(BpgDiaryData) whole = bpg_diary_json_read (bytes, "diary.json",
                                                      flags | BPG_DIARY_READ_WHOLE,
                                                      &whole_error);

  g_test_message ("%s", json);
  if (whole == NULL)
    {
      g_assert_null (by_entry);
      g_assert_nonnull (whole_error);
      g_assert_error (by_entry_error, whole_error->domain, whole_error->code);
      g_assert_cmpstr (by_entry_error->message, ==, whole_error->message);
      return;
    }

  g_assert_no_error (by_entry_error);
  g_assert_nonnull (by_entry);
  g_assert_cmpuint (by_entry->schema, ==, whole->schema);
  g_assert_cmpuint (by_entry->goal.minutes, ==, whole->goal.minutes);
  g_assert_cmpuint (by_entry->goal.start, ==, whole->goal.start);
  g_assert_cmpuint (by_entry->goal.step, ==, whole->goal.step);
  g_assert_cmpuint (by_entry->entries->len, ==, whole->entries->len);
  for (guint i = 0; i < whole->entries->len; i++)
    g_assert_true (bpg_diary_entry_equal (g_ptr_array_index (by_entry->entries, i),
                                          g_ptr_array_index (whole->entries, i)));
}

#define HEAD "{\"format\": \"back-pain-guide-diary\", \"schema\": 1, "
#define ENTRY_A "{\"id\": \"a\", \"date\": \"2026-11-21\", \"created\": 1, \"updated\": 2}"
#define ENTRY_B "{\"id\": \"b\", \"date\": \"2026-11-22\", \"created\": 1, \"updated\": 2, " \
                "\"notes\": \"]}, {\\\"entries\\\": [\\\\\", \"back_pain\": 3}"

/* A long diary is read an entry at a time (see read_by_entry()); whatever
 * the file holds, that reads it as reading it whole does. */
static void
test_read_by_entry (void)
{
  static const char * const files[] = {
    /* Good files, however they are laid out. */
    HEAD "\"entries\": []}",
    HEAD "\"entries\": [" ENTRY_A "]}",
    HEAD "\"entries\": [" ENTRY_A ", " ENTRY_B "], "
    "\"goal\": {\"minutes\": 90, \"start\": \"2026-11-16\", \"step\": 15}}",
    "{\"entries\":[" ENTRY_B "," ENTRY_A "],\"schema\":1,\"format\":\"back-pain-guide-diary\"}",
    "\n\t" HEAD "\n\"entries\"\n:\n[\n\t" ENTRY_A "\n ,\n" ENTRY_B "\n]\n}\n",
    HEAD "\"entries\"\r\n:\r\n[\r\n" ENTRY_A "\r\n,\r\n" ENTRY_B "\r\n]\r\n}\r\n",
    HEAD "\"entries\": [{\"id\": \"c\", \"date\": \"2026-11-23\", \"created\": 1, "
    "\"updated\": 2, \"notes\": \"\\u00e9 \\ud83d\\ude00 \\\" \\\\ \\/ [ { , : ] }\"}]}",
    /* Bad ones: the same message either way. */
    /* json-glib takes no blanks but JSON's. */
    HEAD "\"entries\": [" ENTRY_A "\f, " ENTRY_B "]}",
    HEAD "\"entries\": [" ENTRY_A ",\v" ENTRY_B "]}",
    HEAD "\"entries\":\f[" ENTRY_A "]}",
    HEAD "\"entries\": [" ENTRY_A ",]}",
    HEAD "\"entries\": [" ENTRY_A " " ENTRY_B "]}",
    HEAD "\"entries\": [," ENTRY_A "]}",
    HEAD "\"entries\": [" ENTRY_A ", 1]}",
    HEAD "\"entries\": [[]]}",
    HEAD "\"entries\": [\"a\"]}",
    HEAD "\"entries\": [null]}",
    HEAD "\"entries\": {}}",
    HEAD "\"entries\": null}",
    HEAD "\"entries\": [], \"entries\": [" ENTRY_A "]}",
    HEAD "\"entries\": [" ENTRY_A "], \"entr\\u0069es\": []}",
    HEAD "\"entries\": [" ENTRY_A ", " ENTRY_A "]}",
    HEAD "\"entries\": [" ENTRY_A ", " ENTRY_B ", {\"id\": \"c\", \"date\": \"2026-11-23\", "
    "\"created\": 1, \"updated\": 2, \"back_pain\": 11}]}",
    HEAD "\"entries\": [" ENTRY_A ", {\"id\": \"c\", \"date\": \"2026-11-23\", \"created\": 1, "
    "\"updated\": 2, \"notes\": \"a\", \"notes\": \"b\"}]}",
    HEAD "\"entries\": [" ENTRY_A " /* a note */]}",
    HEAD "\"entries\": [" ENTRY_A "]} x",
    HEAD "\"entries\": [" ENTRY_A "]}}",
    HEAD "\"entries\": [" ENTRY_A "]",
    HEAD "\"entries\": [" ENTRY_A "}]}",
    HEAD "\"entries\": [{\"id\": \"a]}",
    "[" HEAD "\"entries\": [" ENTRY_A "]}]",
    "{\"format\": \"back-pain-guide-diary\", \"schema\": 7, \"entries\": [" ENTRY_A "]}",
  };
  g_autoptr(GString) deep = g_string_new ("{\"format\": \"back-pain-guide-diary\", \"schema\": 7, "
                                          "\"entries\": [{\"id\": \"a\", \"date\": \"2026-11-21\", "
                                          "\"created\": 1, \"updated\": 2, \"later\": ");

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    assert_read_alike (files[i], BPG_DIARY_READ_DEFAULT);
  assert_read_alike (files[G_N_ELEMENTS (files) - 1], BPG_DIARY_READ_ALLOW_NEWER);

  /* Nested too deep in the file, though not in the entry on its own, in a
   * member a newer version added, which this one skips. */
  for (guint i = 0; i < BPG_JSON_MAX_DEPTH - 2; i++)
    g_string_append_c (deep, '[');
  for (guint i = 0; i < BPG_JSON_MAX_DEPTH - 2; i++)
    g_string_append_c (deep, ']');
  g_string_append (deep, "}]}");
  assert_read_alike (deep->str, BPG_DIARY_READ_ALLOW_NEWER);
  {
    g_autoptr(GBytes) bytes = g_bytes_new (deep->str, deep->len);
    g_autoptr(GError) error = NULL;
    g_autoptr(BpgDiaryData) data = bpg_diary_json_read (bytes, "diary.json",
                                                       BPG_DIARY_READ_ALLOW_NEWER, &error);

    g_assert_null (data);
    g_assert_nonnull (strstr (error->message, "nested more than 16 deep"));
  }
}

/* Where the entries are, found in one pass; anything not shaped as the app
 * writes it is left to the whole read. */
static void
test_find_entries (void)
{
  static const char * const refused[] = {
    "",
    "[]",
    "{}",
    HEAD "\"entries\": {}}",
    HEAD "\"entries\": null}",
    HEAD "\"entries\": \"[]\"}",
    HEAD "\"entries\": [1]}",
    HEAD "\"entries\": [[]]}",
    HEAD "\"entries\": [\"x\"]}",
    HEAD "\"entries\": [{},]}",
    HEAD "\"entries\": [,{}]}",
    HEAD "\"entries\": [{} {}]}",
    HEAD "\"entries\": [{]]}",
    HEAD "\"entries\": [], \"entries\": []}",
    HEAD "\"entries\": []",
    HEAD "\"entries\": [{\"a\": \"]}",
    HEAD "\"entries\": []}}",
    HEAD "\"entries\": [{}], \"goal\": {}, \"entries\": []}",
  };
  const char *text = HEAD "\"goal\": {\"entries\": [1]}, \"entries\" : [ {\"a\": \"]}\\\"{\"} ,"
                     "\n{\"b\": [1, {\"c\": \"\\\\\"}]}], \"x\": [{}]}";
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (BpgDiarySpan));
  BpgDiarySpan list = { 0, 0 };
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) written = NULL;
  gsize size;
  const char *data;

  g_assert_true (_bpg_diary_json_find_entries (text, strlen (text), &list, spans));
  g_assert_cmpuint (spans->len, ==, 2);
  g_assert_cmpint (strncmp (text + list.start, "[ {\"a\"", 6), ==, 0);
  g_assert_cmpint (strncmp (text + list.end, ", \"x\"", 5), ==, 0);
  for (guint i = 0; i < spans->len; i++)
    {
      static const char * const expected[] = {
        "{\"a\": \"]}\\\"{\"}", "{\"b\": [1, {\"c\": \"\\\\\"}]}",
      };
      BpgDiarySpan *span = &g_array_index (spans, BpgDiarySpan, i);
      g_autofree char *entry = g_strndup (text + span->start, span->end - span->start);

      g_assert_cmpstr (entry, ==, expected[i]);
    }

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_test_message ("%s", refused[i]);
      g_assert_false (_bpg_diary_json_find_entries (refused[i], strlen (refused[i]), &list, spans));
    }

  /* The app's own files are read an entry at a time. */
  for (guint i = 0; i < 30; i++)
    {
      g_autofree char *id = g_strdup_printf ("e%u", i);

      g_ptr_array_add (entries, diary_full_entry (id, diary_julian (2026, 1, 1) + i));
    }
  written = bpg_diary_json_write (entries, NULL);
  data = g_bytes_get_data (written, &size);
  g_assert_true (_bpg_diary_json_find_entries (data, size, &list, spans));
  g_assert_cmpuint (spans->len, ==, 30);
}

static void
test_truncated (void)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) bytes = NULL;
  gsize size;
  const char *data;

  for (guint i = 0; i < 3; i++)
    g_ptr_array_add (entries, diary_full_entry (i == 0 ? "a" : i == 1 ? "b" : "c",
                                                diary_julian (2026, 11, 20 + i)));
  bytes = bpg_diary_json_write (entries, NULL);
  data = g_bytes_get_data (bytes, &size);

  /* Cut anywhere, a file is an error, never a shorter diary. Only the
   * whitespace after the closing brace may go. */
  for (gsize cut = 0; cut < size; cut++)
    {
      g_autoptr(GBytes) part = g_bytes_new (data, cut);
      g_autoptr(GError) error = NULL;
      g_autoptr(BpgDiaryData) read = bpg_diary_json_read (part, "diary.json", 0, &error);

      if (read != NULL)
        {
          g_assert_cmpuint (read->entries->len, ==, 3);
          g_assert_cmpuint (cut, >=, (gsize)(strrchr (data, '}') - data + 1));
          continue;
        }
      g_assert_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA);
    }
}

static void
test_newer_schema (void)
{
  const char *json =
    "{\"format\": \"back-pain-guide-diary\", \"schema\": 7, \"colour\": \"teal\", \"entries\": ["
    "{\"id\": \"a\", \"date\": \"2026-11-21\", \"created\": 1, \"updated\": 1, \"back_pain\": 3, "
    "\"heart_rate\": 70}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr(GError) error = NULL;
  g_autoptr(BpgDiaryData) data = NULL;

  data = bpg_diary_json_read (bytes, "diary.json", BPG_DIARY_READ_DEFAULT, &error);
  g_assert_null (data);
  g_assert_error (error, BPG_ERROR, BPG_ERROR_NEWER_VERSION);
  g_assert_cmpstr (error->message, ==, "diary.json was saved by a newer version of Back Pain Guide");

  /* To show it read-only, members this version does not know are skipped. */
  data = bpg_diary_json_read (bytes, "diary.json", BPG_DIARY_READ_ALLOW_NEWER, NULL);
  g_assert_nonnull (data);
  g_assert_cmpuint (data->schema, ==, 7);
  g_assert_cmpuint (data->entries->len, ==, 1);
  g_assert_cmpint (bpg_diary_entry_get_back_pain (g_ptr_array_index (data->entries, 0)), ==, 3);
}

static void
test_entry_rules (void)
{
  g_autoptr(BpgDiaryEntry) entry = NULL;
  g_autoptr(BpgDiaryEntry) copy = NULL;
  GDate date;

  diary_date (&date, 2026, 11, 21);
  entry = bpg_diary_entry_new (&date);
  g_assert_true (bpg_diary_is_valid_id (bpg_diary_entry_get_id (entry)));
  g_assert_true (bpg_diary_entry_is_empty (entry));

  /* Sleep is kept to a quarter of an hour, and never more than a day. */
  bpg_diary_entry_set_sleep (entry, 7.6);
  g_assert_cmpfloat (bpg_diary_entry_get_sleep (entry), ==, 7.5);
  bpg_diary_entry_set_sleep (entry, 30);
  g_assert_cmpfloat (bpg_diary_entry_get_sleep (entry), ==, 24);

  /* Empty text means not recorded. */
  bpg_diary_entry_set_notes (entry, "");
  g_assert_null (bpg_diary_entry_get_notes (entry));

  /* Setting an exercise to nothing forgets it. */
  bpg_diary_entry_set_exercise (entry, "bridge", 1, 5);
  bpg_diary_entry_set_exercise (entry, "bridge", 0, 0);
  g_assert_cmpuint (bpg_diary_entry_get_n_exercises (entry), ==, 0);

  /* A frozen entry is edited through a copy. */
  bpg_diary_entry_freeze (entry);
  copy = bpg_diary_entry_copy (entry);
  g_assert_false (bpg_diary_entry_is_frozen (copy));
  g_assert_true (bpg_diary_entry_equal (entry, copy));
  bpg_diary_entry_set_back_pain (copy, 4);
  g_assert_false (bpg_diary_entry_equal (entry, copy));
}

static void
test_frozen (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(BpgDiaryEntry) entry = NULL;
      GDate date;

      diary_date (&date, 2026, 11, 21);
      entry = bpg_diary_entry_new (&date);
      bpg_diary_entry_freeze (entry);
      bpg_diary_entry_set_back_pain (entry, 4);
      return;
    }

  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*!(self)->frozen*");
}

/* json-glib keeps the last of two members with the same name: an empty
 * "entries" after the real one would load as an empty diary, and the next
 * save would drop every entry; a second "schema" could hide a newer file. */
static void
test_duplicate_members (void)
{
  static const char * const cases[] = {
    "{\"format\": \"back-pain-guide-diary\", \"schema\": 1, \"entries\": ["
    "{\"id\": \"a\", \"date\": \"2026-11-21\", \"created\": 1, \"updated\": 1}], \"entries\": []}",
    "{\"format\": \"back-pain-guide-diary\", \"schema\": 99, \"schema\": 1, \"entries\": []}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(BpgDiaryData) data = read_text (cases[i], &error);

      g_test_message ("%s", cases[i]);
      g_assert_null (data);
      g_assert_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA);
      g_assert_true (g_str_has_prefix (error->message, "diary.json could not be read: "));
      g_assert_nonnull (strstr (error->message, "is given twice in one object"));
    }
}

/* 64 MiB of notes: a valid diary, but over the limit, which the writer keeps
 * to as well. */
static GPtrArray *
make_big_diary (void)
{
  GPtrArray *entries = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *notes = g_strnfill (BPG_DIARY_NOTES_MAX, 'a');
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 1, 1, 2000);
  while (entries->len * BPG_DIARY_NOTES_MAX < BPG_DIARY_MAX_FILE_SIZE)
    {
      BpgDiaryEntry *entry = bpg_diary_entry_new (&date);

      bpg_diary_entry_set_notes (entry, notes);
      bpg_diary_entry_freeze (entry);
      g_ptr_array_add (entries, entry);
      g_date_add_days (&date, 1);
    }

  return entries;
}

static void
test_too_big (void)
{
  g_autoptr(GPtrArray) entries = make_big_diary ();
  g_autoptr(GBytes) bytes = bpg_diary_json_write (entries, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(BpgDiaryData) data = NULL;
  g_autoptr(GBytes) checked = NULL;

  g_assert_cmpuint (g_bytes_get_size (bytes), >, BPG_DIARY_MAX_FILE_SIZE);
  data = bpg_diary_json_read (bytes, "diary.json", BPG_DIARY_READ_DEFAULT, &error);
  g_assert_null (data);
  g_assert_error (error, BPG_ERROR, BPG_ERROR_TOO_BIG);
  g_assert_cmpstr (error->message, ==, "diary.json is too big for this app to read: a diary "
                   "may be at most 64.0\u00A0MiB");
  g_clear_error (&error);

  checked = bpg_diary_json_write_checked (entries, NULL, &error);
  g_assert_null (checked);
  g_assert_error (error, BPG_ERROR, BPG_ERROR_TOO_BIG);
  g_clear_error (&error);

  /* Below the limit, what is written is read back. */
  g_ptr_array_set_size (entries, entries->len / 2);
  checked = bpg_diary_json_write_checked (entries, NULL, &error);
  g_assert_no_error (error);
  data = bpg_diary_json_read (checked, "diary.json", BPG_DIARY_READ_DEFAULT, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (data->entries->len, ==, entries->len);
}

/* Finding each exercise in the entry made 50,000 of them take 24 s. */
static void
test_many_exercises (void)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"back-pain-guide-diary\", \"schema\": 1, "
                                          "\"entries\": [{\"id\": \"a\", \"date\": \"2026-11-21\", "
                                          "\"created\": 1, \"updated\": 2, \"exercises\": [");
  g_autoptr(GError) error = NULL;
  g_autoptr(BpgDiaryData) data = NULL;
  gint64 start;

  for (guint i = 0; i < 50000; i++)
    g_string_append_printf (json, "%s{\"exercise\": \"e%u\", \"sets\": 1}", i ? ", " : "", i);
  g_string_append (json, "]}]}");

  start = g_get_monotonic_time ();
  data = read_text (json->str, &error);
  g_test_message ("50,000 exercises read in %.2f s",
                  (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
  g_assert_no_error (error);
  g_assert_cmpuint (bpg_diary_entry_get_n_exercises (g_ptr_array_index (data->entries, 0)),
                    ==, 50000);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 4 * G_USEC_PER_SEC);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/diary-json/round-trip", test_round_trip);
  g_test_add_func ("/diary-json/every-field", test_every_field);
  g_test_add_func ("/diary-json/writer-matches-json-glib", test_writer_matches_json_glib);
  g_test_add_func ("/diary-json/same-date", test_same_date);
  g_test_add_func ("/diary-json/bad-values", test_bad_values);
  g_test_add_func ("/diary-json/bad-files", test_bad_files);
  g_test_add_func ("/diary-json/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/diary-json/deep-nesting", test_deep_nesting);
  g_test_add_func ("/diary-json/duplicate-members", test_duplicate_members);
  g_test_add_func ("/diary-json/too-big", test_too_big);
  g_test_add_func ("/diary-json/many-exercises", test_many_exercises);
  g_test_add_func ("/diary-json/truncated", test_truncated);
  g_test_add_func ("/diary-json/newer-schema", test_newer_schema);
  g_test_add_func ("/diary-json/entry-rules", test_entry_rules);
  g_test_add_func ("/diary-json/frozen", test_frozen);
  g_test_add_func ("/diary-json/read-by-entry", test_read_by_entry);
  g_test_add_func ("/diary-json/find-entries", test_find_entries);

  return g_test_run ();
}
