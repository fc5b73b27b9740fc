/* bpg-service-file.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "bpg-error.h"
#include "bpg-service-file.h"

/* Reading a services file safely, and finding lines in it. json-glib keeps no
 * positions once a file is parsed, so to tell an administrator which line a
 * problem is on, the text is scanned again for the path of the bad field. */

typedef struct
{
  const char *p;
  const char *end;
  guint       line;
} Scanner;

static void
skip_space (Scanner *s)
{
  while (s->p < s->end && g_ascii_isspace (*s->p))
    {
      if (*s->p == '\n')
        s->line++;
      s->p++;
    }
}

/* At an opening quote: skips the string, copying it to @out if given. Escapes
 * are kept as written, which is enough to match member names. */
static void
skip_string (Scanner *s,
             GString *out)
{
  s->p++;
  while (s->p < s->end && *s->p != '"')
    {
      if (*s->p == '\\' && s->p + 1 < s->end)
        {
          if (out != NULL)
            g_string_append_c (out, *s->p);
          s->p++;
        }
      if (*s->p == '\n')
        s->line++;
      if (out != NULL)
        g_string_append_c (out, *s->p);
      s->p++;
    }
  if (s->p < s->end)
    s->p++;
}

static void
skip_value (Scanner *s)
{
  int depth = 0;

  skip_space (s);
  while (s->p < s->end)
    {
      char c = *s->p;

      if (c == '"')
        {
          skip_string (s, NULL);
          if (depth == 0)
            return;
          continue;
        }
      if (depth == 0 && (c == ',' || c == '}' || c == ']' || g_ascii_isspace (c)))
        return;

      if (c == '{' || c == '[')
        depth++;
      else if ((c == '}' || c == ']') && --depth == 0)
        {
          s->p++;
          return;
        }
      else if (c == '\n')
        s->line++;
      s->p++;
    }
}

static guint find (Scanner *s, char **segments);

static guint
find_member (Scanner *s,
             char   **segments,
             guint    line)
{
  g_autoptr(GString) key = g_string_new (NULL);

  s->p++;
  for (;;)
    {
      skip_space (s);
      if (s->p >= s->end || *s->p != '"')
        return line;

      g_string_truncate (key, 0);
      skip_string (s, key);
      skip_space (s);
      if (s->p >= s->end || *s->p != ':')
        return line;
      s->p++;
      skip_space (s);

      if (g_str_equal (key->str, segments[0]))
        return find (s, segments + 1);

      skip_value (s);
      skip_space (s);
      if (s->p >= s->end || *s->p != ',')
        return line;
      s->p++;
    }
}

static guint
find_element (Scanner *s,
              char   **segments,
              guint    line)
{
  guint64 index;

  if (!g_ascii_string_to_unsigned (segments[0] + 1, 10, 0, G_MAXUINT, &index, NULL))
    return line;

  s->p++;
  for (guint64 i = 0; ; i++)
    {
      skip_space (s);
      if (s->p >= s->end || *s->p == ']')
        return line;
      if (i == index)
        return find (s, segments + 1);

      skip_value (s);
      skip_space (s);
      if (s->p >= s->end || *s->p != ',')
        return line;
      s->p++;
    }
}

/* At a value: returns the line where the rest of the path starts, or where
 * this value starts if the path goes no further. */
static guint
find (Scanner *s,
      char   **segments)
{
  guint line;

  skip_space (s);
  line = s->line;

  if (segments[0] == NULL || s->p >= s->end)
    return line;

  if (*s->p == '{' && segments[0][0] != '[')
    return find_member (s, segments, line);
  if (*s->p == '[' && segments[0][0] == '[')
    return find_element (s, segments, line);

  return line;
}

/* "services[2].links[0].url" → "services", "[2", "links", "[0", "url" */
static char **
split_path (const char *path)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autoptr(GString) segment = g_string_new (NULL);

  for (const char *p = path; ; p++)
    {
      if (*p == '.' || *p == '[' || *p == '\0')
        {
          if (segment->len > 0)
            g_strv_builder_add (builder, segment->str);
          g_string_truncate (segment, 0);
          if (*p == '\0')
            break;
          if (*p == '[')
            g_string_append_c (segment, '[');
        }
      else if (*p != ']')
        g_string_append_c (segment, *p);
    }

  return g_strv_builder_end (builder);
}

/**
 * bpg_service_file_locate:
 * @text: the JSON text, which has already been parsed without error
 * @path: a field's path, such as "services[2].links[0].url"
 *
 * Finds the line a field's value starts on. If the field is missing, gives
 * the line of the nearest object that holds it, so that the administrator is
 * taken to the object that lacks the field.
 *
 * Returns: the line, counting from 1
 */
guint
bpg_service_file_locate (const char *text,
                         gsize       length,
                         const char *path)
{
  g_auto(GStrv) segments = NULL;
  Scanner s = { text, text + length, 1 };

  g_return_val_if_fail (text != NULL, 0);

  if (path == NULL)
    return 1;

  segments = split_path (path);
  return find (&s, segments);
}

/* At the opening bracket of a list: notes where each element starts. */
static void
index_elements (Scanner    *s,
                const char *text,
                GArray     *index)
{
  s->p++;
  for (;;)
    {
      BpgServiceFilePos pos;

      skip_space (s);
      if (s->p >= s->end || *s->p == ']')
        return;

      pos.offset = s->p - text;
      pos.line = s->line;
      g_array_append_val (index, pos);

      skip_value (s);
      skip_space (s);
      if (s->p >= s->end || *s->p != ',')
        return;
      s->p++;
    }
}

/**
 * bpg_service_file_index:
 * @text: the JSON text, which has already been parsed without error
 * @member: a member of the root object that holds a list
 *
 * Finds, in one pass, where each element of the list starts, so that the
 * problems of a long list can each be looked for from their own element
 * rather than from the start of the file.
 *
 * Returns: (transfer full) (element-type BpgServiceFilePos): where each
 *   element starts; empty if @member is not a list
 */
GArray *
bpg_service_file_index (const char *text,
                        gsize       length,
                        const char *member)
{
  GArray *index = g_array_new (FALSE, FALSE, sizeof (BpgServiceFilePos));
  g_autoptr(GString) key = g_string_new (NULL);
  Scanner s = { text, text + length, 1 };

  g_return_val_if_fail (text != NULL, index);

  skip_space (&s);
  if (s.p >= s.end || *s.p != '{')
    return index;

  s.p++;
  for (;;)
    {
      skip_space (&s);
      if (s.p >= s.end || *s.p != '"')
        return index;

      g_string_truncate (key, 0);
      skip_string (&s, key);
      skip_space (&s);
      if (s.p >= s.end || *s.p != ':')
        return index;
      s.p++;
      skip_space (&s);

      if (g_str_equal (key->str, member))
        {
          if (s.p < s.end && *s.p == '[')
            index_elements (&s, text, index);
          return index;
        }

      skip_value (&s);
      skip_space (&s);
      if (s.p >= s.end || *s.p != ',')
        return index;
      s.p++;
    }
}

/**
 * bpg_service_file_locate_at:
 * @start: where a value starts, from bpg_service_file_index()
 * @path: the rest of the field's path from that value, such as ".links[0].url"
 *
 * As bpg_service_file_locate(), starting from @start.
 *
 * Returns: the line, counting from 1
 */
guint
bpg_service_file_locate_at (const char              *text,
                            gsize                    length,
                            const BpgServiceFilePos *start,
                            const char              *path)
{
  g_auto(GStrv) segments = NULL;
  Scanner s = { text + start->offset, text + length, start->line };

  g_return_val_if_fail (text != NULL, 0);
  g_return_val_if_fail (start->offset <= length, 0);

  segments = split_path (path != NULL ? path : "");
  return find (&s, segments);
}

/**
 * bpg_service_file_syntax_line:
 * @message: the message of a json-glib parse error
 * @rest: (out): the part of @message after the position
 *
 * json-glib starts its parse errors with "<data>:LINE:COLUMN: ", and offers
 * no other way to know where the error is once parsing has failed.
 *
 * Returns: whether @message gave a position
 */
gboolean
bpg_service_file_syntax_line (const char  *message,
                              guint       *line,
                              guint       *column,
                              const char **rest)
{
  const char *colon = strstr (message, ">:");
  int consumed = 0;

  if (colon == NULL ||
      sscanf (colon + 2, "%u:%u: %n", line, column, &consumed) != 2 || consumed == 0)
    return FALSE;

  *rest = colon + 2 + consumed;
  return TRUE;
}

/**
 * bpg_service_file_read:
 * @limit: the largest size to accept, in bytes
 *
 * Reads a whole file with the limits of every reader of outside data
 * (bpg_json_read_file()): anything that is not a regular file, or is larger
 * than @limit, is refused without being read. A symbolic link is followed,
 * so administrators can link files into a services folder.
 *
 * Returns: (transfer full) (nullable): the contents
 */
GBytes *
bpg_service_file_read (GFile         *file,
                       gsize          limit,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return bpg_json_read_file (file, limit, BPG_JSON_READ_DEFAULT, cancellable, error);
}
