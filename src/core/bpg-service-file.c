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
 * Reads a whole file, refusing anything that is not a regular file or is
 * larger than @limit without reading it into memory. A file that grows while
 * being read is refused too.
 *
 * Returns: (transfer full) (nullable): the contents
 */
GBytes *
bpg_service_file_read (GFile         *file,
                       gsize          limit,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autofree char *buffer = NULL;
  g_autofree char *limit_text = g_format_size_full (limit, G_FORMAT_SIZE_IEC_UNITS);
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("This is not a regular file"));
      return NULL;
    }

  if (g_file_info_get_size (info) < 0 || (guint64)g_file_info_get_size (info) > limit)
    {
      g_autofree char *size_text = g_format_size_full (g_file_info_get_size (info),
                                                       G_FORMAT_SIZE_IEC_UNITS);

      /* Translators: the first %s is the file's size, the second the limit, e.g. "1.0 MiB" */
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("The file is too large (%s). A services file may be at most %s"),
                   size_text, limit_text);
      return NULL;
    }

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;

  buffer = g_malloc (limit + 1);
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), buffer, limit + 1, &length,
                                cancellable, error))
    return NULL;

  if (length > limit)
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("The file is too large. A services file may be at most %s"), limit_text);
      return NULL;
    }

  return g_bytes_new_take (g_realloc (g_steal_pointer (&buffer), MAX (length, 1)), length);
}
