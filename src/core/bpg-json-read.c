/* bpg-json-read.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bpg-error.h"
#include "bpg-json.h"

/* Reading data from outside the app within the limits of bpg-json.h: files
 * are read without blocking and never past their limit, and text is checked
 * in one linear pass before json-glib parses it. */

/* Where the scan of a text is, in each list or object it is inside. */
typedef struct
{
  gboolean    object;
  guint       index;       /* of the element, in a list */
  const char *key;         /* of the member, in an object, as written */
  gsize       key_length;
  guint       scanned;     /* the object's place in Scan.objects */
} Frame;

/* Each object of the text, in the order its "{" comes: where it starts and
 * how many members it has. json-glib keeps only the last of two members
 * with the same name, and says nothing; an object with fewer members in
 * json-glib's tree than in the text has a member given twice. */
typedef struct
{
  gsize offset;
  guint n_members;
} ScannedObject;

typedef struct
{
  const char *text;
  const char *p;
  const char *end;
  guint       line;
  guint       depth;
  gboolean    expect_key;
  GArray     *objects;     /* of ScannedObject, or NULL */
  Frame       frames[BPG_JSON_MAX_DEPTH + 1];
} Scan;

static gboolean
set_errno_error (GError     **error,
                 int          saved_errno,
                 const char  *path)
{
  g_autofree char *name = g_filename_display_name (path);

  /* Translators: the first %s is a file name, the second says why */
  g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
               _("“%s” could not be read (%s)"), name, g_strerror (saved_errno));
  return FALSE;
}

static void
set_too_big (GError **error,
             goffset  size,
             gsize    limit)
{
  g_autofree char *limit_text = g_format_size_full (limit, G_FORMAT_SIZE_IEC_UNITS);

  if (size > 0)
    {
      g_autofree char *size_text = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS);

      /* Translators: the first %s is the file's size, the second the limit, e.g. "1.0 MiB" */
      g_set_error (error, BPG_ERROR, BPG_ERROR_TOO_BIG,
                   _("The file is too large (%s): it may be at most %s"), size_text, limit_text);
    }
  else
    /* Translators: %s is a size, such as "1.0 MiB" */
    g_set_error (error, BPG_ERROR, BPG_ERROR_TOO_BIG,
                 _("The file is too large: it may be at most %s"), limit_text);
}

static void
set_not_regular (GError **error)
{
  g_set_error (error, BPG_ERROR, BPG_ERROR_NOT_REGULAR_FILE,
               _("This is not a regular file, so it was not read"));
}

/* Reads at most @limit + 1 bytes, so a file that grows while it is read is
 * caught too. The buffer starts at the size the file had, @size. */
static GBytes *
read_fd (int         fd,
         gsize       size,
         gsize       limit,
         const char *path,
         GError    **error)
{
  gsize capacity = MIN (size, limit) + 1;
  g_autofree char *buffer = g_malloc (capacity);
  gsize length = 0;

  while (length <= limit)
    {
      gssize n;

      if (length == capacity)
        {
          capacity = MIN (capacity * 2, limit + 1);
          buffer = g_realloc (buffer, capacity);
        }

      n = read (fd, buffer + length, capacity - length);
      if (n < 0 && errno == EINTR)
        continue;
      if (n < 0)
        {
          set_errno_error (error, errno, path);
          return NULL;
        }
      if (n == 0)
        break;
      length += n;
    }

  if (length > limit)
    {
      set_too_big (error, 0, limit);
      return NULL;
    }

  return g_bytes_new_take (g_steal_pointer (&buffer), length);
}

/**
 * bpg_json_read_path:
 * @path: the file to read
 * @limit: the largest size to accept, in bytes
 * @flags: whether to follow a symbolic link
 *
 * Reads a whole file from outside the app. Anything that is not a regular
 * file (a folder, a FIFO, a device, a socket) is refused before a byte is
 * read, and so is a file larger than @limit; the file is opened without
 * blocking, so a FIFO cannot hold the reader up. A missing file gives
 * %G_FILE_ERROR_NOENT, as g_file_get_contents() does.
 *
 * Returns: (transfer full) (nullable): the contents, or %NULL with @error
 *   set: %BPG_ERROR_TOO_BIG, %BPG_ERROR_NOT_REGULAR_FILE or a #GFileError
 */
GBytes *
bpg_json_read_path (const char        *path,
                    gsize              limit,
                    BpgJsonReadFlags   flags,
                    GError           **error)
{
  int open_flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY;
  struct stat st;
  GBytes *bytes;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (limit < G_MAXSIZE, NULL);

  if (flags & BPG_JSON_READ_NOFOLLOW)
    open_flags |= O_NOFOLLOW;

  do
    fd = open (path, open_flags);
  while (fd < 0 && errno == EINTR);
  if (fd < 0 && errno == ELOOP && (flags & BPG_JSON_READ_NOFOLLOW))
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_NOT_REGULAR_FILE,
                   _("This is a link to another file, so it was not read"));
      return NULL;
    }
  if (fd < 0)
    {
      set_errno_error (error, errno, path);
      return NULL;
    }

  if (fstat (fd, &st) != 0)
    bytes = (set_errno_error (error, errno, path), NULL);
  else if (!S_ISREG (st.st_mode))
    bytes = (set_not_regular (error), NULL);
  else if ((guint64) st.st_size > limit)
    bytes = (set_too_big (error, st.st_size, limit), NULL);
  else
    bytes = read_fd (fd, st.st_size, limit, path, error);

  close (fd);
  return bytes;
}

/* For a file with no local path, such as one in the app's resources. */
static GBytes *
read_stream (GFile         *file,
             gsize          limit,
             GCancellable  *cancellable,
             GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) stream = NULL;
  g_autofree char *buffer = NULL;
  gsize length = 0;

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;

  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      set_not_regular (error);
      return NULL;
    }
  if (g_file_info_get_size (info) < 0 || (guint64) g_file_info_get_size (info) > limit)
    {
      set_too_big (error, g_file_info_get_size (info), limit);
      return NULL;
    }

  if (!(stream = g_file_read (file, cancellable, error)))
    return NULL;

  buffer = g_malloc (limit + 1);
  if (!g_input_stream_read_all (G_INPUT_STREAM (stream), buffer, limit + 1, &length,
                                cancellable, error))
    return NULL;
  if (length > limit)
    {
      set_too_big (error, 0, limit);
      return NULL;
    }

  return g_bytes_new_take (g_realloc (g_steal_pointer (&buffer), MAX (length, 1)), length);
}

/**
 * bpg_json_read_file:
 *
 * As bpg_json_read_path(), for a #GFile.
 *
 * Returns: (transfer full) (nullable): the contents
 */
GBytes *
bpg_json_read_file (GFile             *file,
                    gsize              limit,
                    BpgJsonReadFlags   flags,
                    GCancellable      *cancellable,
                    GError           **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;

  path = g_file_get_path (file);
  if (path != NULL)
    return bpg_json_read_path (path, limit, flags, error);

  return read_stream (file, limit, cancellable, error);
}

/**
 * bpg_json_place_clear:
 *
 * Frees what @place holds.
 */
void
bpg_json_place_clear (BpgJsonPlace *place)
{
  g_clear_pointer (&place->field, g_free);
  place->line = 0;
}

/* "services[2].links[0].url": the place the scan is at. */
static char *
scan_field (Scan *scan)
{
  GString *field = g_string_new (NULL);

  for (guint d = 1; d <= scan->depth; d++)
    {
      Frame *frame = &scan->frames[d];

      if (!frame->object)
        g_string_append_printf (field, "[%u]", frame->index);
      else if (frame->key != NULL)
        {
          if (field->len > 0)
            g_string_append_c (field, '.');
          g_string_append_len (field, frame->key, frame->key_length);
        }
    }

  return g_string_free (field, field->len == 0);
}

static gboolean
scan_fail (Scan          *scan,
           BpgJsonPlace  *place,
           GError       **error,
           const char    *format,
           ...) G_GNUC_PRINTF (4, 5);

static gboolean
scan_fail (Scan          *scan,
           BpgJsonPlace  *place,
           GError       **error,
           const char    *format,
           ...)
{
  g_autofree char *field = scan_field (scan);
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
               /* Translators: the first %s names a field, the second says what is wrong */
               _("%s %s"), field != NULL ? field : _("The file"), message);
  if (place != NULL)
    {
      bpg_json_place_clear (place);
      place->line = scan->line;
      place->field = g_steal_pointer (&field);
    }

  return FALSE;
}

/* Reads the four hex digits of a "\u" escape; -1 if they are not there. */
static gint
scan_hex4 (Scan *scan)
{
  gint code = 0;

  if (scan->end - scan->p < 4)
    return -1;

  for (guint i = 0; i < 4; i++)
    {
      gint digit = g_ascii_xdigit_value (scan->p[i]);

      if (digit < 0)
        return -1;
      code = code * 16 + digit;
    }
  scan->p += 4;

  return code;
}

/* After "\u". json-glib turns a lone half of a surrogate pair into bytes
 * that are not UTF-8, and cuts a string at "\u0000"; both are refused. */
static gboolean
scan_unicode (Scan          *scan,
              BpgJsonPlace  *place,
              GError       **error)
{
  gint code = scan_hex4 (scan);

  if (code < 0)
    return scan_fail (scan, place, error, _("holds “\\u” without four hex digits after it"));
  if (code == 0)
    return scan_fail (scan, place, error,
                      _("holds “\\u0000”, which would cut the text short"));
  if (code >= 0xdc00 && code <= 0xdfff)
    return scan_fail (scan, place, error,
                      _("holds “\\u%04x”, half of a character without its first half"), code);
  if (code >= 0xd800 && code <= 0xdbff)
    {
      gint low = -1;

      if (scan->end - scan->p >= 2 && scan->p[0] == '\\' && scan->p[1] == 'u')
        {
          scan->p += 2;
          low = scan_hex4 (scan);
        }
      if (low < 0xdc00 || low > 0xdfff)
        return scan_fail (scan, place, error,
                          _("holds “\\u%04x”, half of a character without its second half"),
                          code);
    }

  return TRUE;
}

/* After a backslash. json-glib also reads escapes JSON does not have, such
 * as "\0" (which cuts the text short) and "\351" (which is not UTF-8). */
static gboolean
scan_escape (Scan          *scan,
             BpgJsonPlace  *place,
             GError       **error)
{
  char c = scan->p < scan->end ? *scan->p++ : '\0';

  if (c == 'u')
    return scan_unicode (scan, place, error);
  if (c != '\0' && strchr ("\"\\/bfnrt", c) != NULL)
    return TRUE;

  if (g_ascii_isgraph (c))
    return scan_fail (scan, place, error,
                      _("holds “\\%c”, which is not an escape JSON has"), c);

  return scan_fail (scan, place, error, _("holds a “\\” that starts no escape JSON has"));
}

/* At an opening quote: skips the string, checking its escapes. */
static gboolean
scan_string (Scan          *scan,
             BpgJsonPlace  *place,
             GError       **error)
{
  const char *start = ++scan->p;

  while (scan->p < scan->end && *scan->p != '"')
    {
      char c = *scan->p++;

      if (c == '\n')
        scan->line++;
      else if (c == '\\' && !scan_escape (scan, place, error))
        return FALSE;
    }

  if (scan->expect_key && scan->depth > 0)
    {
      Frame *frame = &scan->frames[scan->depth];

      frame->key = start;
      frame->key_length = scan->p - start;
      if (scan->objects != NULL)
        g_array_index (scan->objects, ScannedObject, frame->scanned).n_members++;
    }
  scan->expect_key = FALSE;
  scan->p++;

  return TRUE;
}

static gboolean
scan_open (Scan          *scan,
           gboolean       object,
           BpgJsonPlace  *place,
           GError       **error)
{
  if (scan->depth == BPG_JSON_MAX_DEPTH)
    return scan_fail (scan, place, error,
                      /* Translators: %d is a number, such as 16 */
                      _("holds lists or objects nested more than %d deep"), BPG_JSON_MAX_DEPTH);

  scan->frames[++scan->depth] = (Frame) { object, 0, NULL, 0, 0 };
  scan->expect_key = object;
  if (object && scan->objects != NULL)
    {
      ScannedObject scanned = { scan->p - scan->text, 0 };

      scan->frames[scan->depth].scanned = scan->objects->len;
      g_array_append_val (scan->objects, scanned);
    }
  scan->p++;

  return TRUE;
}

static void
scan_comma (Scan *scan)
{
  Frame *frame = &scan->frames[scan->depth];

  if (scan->depth > 0 && frame->object)
    {
      frame->key = NULL;
      scan->expect_key = TRUE;
    }
  else if (scan->depth > 0)
    frame->index++;
  scan->p++;
}

static gboolean
scan_text (Scan          *scan,
           BpgJsonPlace  *place,
           GError       **error)
{
  while (scan->p < scan->end)
    {
      switch (*scan->p)
        {
        case '"':
          if (!scan_string (scan, place, error))
            return FALSE;
          break;
        case '[':
        case '{':
          if (!scan_open (scan, *scan->p == '{', place, error))
            return FALSE;
          break;
        case ']':
        case '}':
          if (scan->depth > 0)
            scan->depth--;
          scan->expect_key = FALSE;
          scan->p++;
          break;
        case ',':
          scan_comma (scan);
          break;
        case '\'':
          /* json-glib reads text in single quotes, which may hide brackets
           * and quotes from this scan. */
          return scan_fail (scan, place, error,
                            _("holds text in single quotes: JSON needs double quotes"));
        case '/':
          /* And "/…/" as a comment, which may hide them too. */
          return scan_fail (scan, place, error,
                            _("holds “/” outside text: JSON has no comments"));
        case '\n':
          scan->line++;
          G_GNUC_FALLTHROUGH;
        default:
          scan->p++;
        }
    }

  return TRUE;
}

/**
 * bpg_json_check_text:
 * @place: (out caller-allocates) (optional): where a problem is
 *
 * Checks, in one pass and without recursion, what json-glib would get wrong
 * or recurse too deeply on: lists and objects nested more than
 * %BPG_JSON_MAX_DEPTH deep, "\u0000" (which would cut a text short) and
 * "\u" escapes that are not whole characters (which would give text that is
 * not UTF-8), escapes JSON does not have, and the comments and single quotes
 * json-glib allows, which could hide brackets from this check. Anything else
 * wrong is left to json-glib.
 *
 * Returns: whether the text passed
 */
gboolean
bpg_json_check_text (const char    *text,
                     gsize          length,
                     BpgJsonPlace  *place,
                     GError       **error)
{
  Scan scan;

  g_return_val_if_fail (text != NULL || length == 0, FALSE);

  if (length == 0)
    return TRUE;

  scan = (Scan) { text, text, text + length, 1, 0, FALSE, NULL, };
  return scan_text (&scan, place, error);
}

/* Compares json-glib's tree with the text, object by object in the order
 * their "{" come. Nesting is already limited, so recursion is safe. */
static gboolean
same_members (JsonNode *node,
              GArray   *objects,
              guint    *next)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      if (*next >= objects->len ||
          json_object_get_size (object) !=
          g_array_index (objects, ScannedObject, *next).n_members)
        return FALSE;
      (*next)++;

      /* json-glib 1.6 needs somewhere to put the name, even if unused. */
      json_object_iter_init_ordered (&iter, object);
      while (json_object_iter_next_ordered (&iter, &name, &member))
        if (!same_members (member, objects, next))
          return FALSE;
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        if (!same_members (json_array_get_element (array, i), objects, next))
          return FALSE;
    }

  return TRUE;
}

/* A member name as json-glib reads it, escapes and all. */
static char *
read_name (const char *quoted,
           gsize       length)
{
  g_autofree char *copy = NULL;
  g_autoptr(JsonNode) node = NULL;

  if (memchr (quoted, '\\', length) == NULL)
    return g_strndup (quoted + 1, length - 2);

  copy = g_strndup (quoted, length);
  node = json_from_string (copy, NULL);
  return g_strdup (node != NULL ? json_node_get_string (node) : copy);
}

/* In the object whose "{" is at @offset: the opening quote of the first
 * member name given a second time, or %NULL. */
static const char *
find_second_name (const char *text,
                  gsize       length,
                  gsize       offset)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *end = text + length;
  gboolean expect_name = TRUE;
  guint depth = 1;

  for (const char *p = text + offset + 1; p < end; p++)
    {
      const char *start = p;

      if (*p == '"')
        {
          for (p++; p < end && *p != '"'; p++)
            if (*p == '\\')
              p++;
          if (depth == 1 && expect_name && p < end &&
              !g_hash_table_add (seen, read_name (start, p + 1 - start)))
            return start;
          expect_name = FALSE;
        }
      else if (*p == '{' || *p == '[')
        depth++;
      else if ((*p == '}' || *p == ']') && --depth == 0)
        break;
      else if (*p == ',' && depth == 1)
        expect_name = TRUE;
    }

  return NULL;
}

static void
set_duplicate_error (const char    *text,
                     gsize          length,
                     gsize          offset,
                     BpgJsonPlace  *place,
                     GError       **error)
{
  const char *second = find_second_name (text, length, offset);
  g_autofree char *name = NULL;
  Scan scan = { text, text, text + length, 1, 0, FALSE, NULL, };
  const char *close;

  if (second == NULL)
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
                   _("A member is given twice in one object, so it is not clear which counts"));
      return;
    }

  /* Scanned again up to the name, for its field and line. */
  for (close = second + 1; *close != '"'; close++)
    if (*close == '\\')
      close++;
  scan.end = close + 1;
  scan_text (&scan, NULL, NULL);
  name = read_name (second, close + 1 - second);

  /* Translators: %s is the name of a member of a JSON object */
  g_set_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA,
               _("“%s” is given twice in one object, so it is not clear which counts"), name);
  if (place != NULL)
    {
      bpg_json_place_clear (place);
      place->line = scan.line;
      place->field = scan_field (&scan);
    }
}

/**
 * bpg_json_parse_text:
 * @text: UTF-8 text, which the caller has checked
 * @place: (out caller-allocates) (optional): where a problem is, when known
 *
 * Parses JSON from outside the app: the text is first checked with
 * bpg_json_check_text(), and a member given twice in one object is an error,
 * where json-glib would silently keep the last.
 *
 * Returns: (transfer full) (nullable): the root, or %NULL with @error set:
 *   a #JsonParserError for a syntax error, in json-glib's words;
 *   %BPG_ERROR_NOT_FOUND if there is nothing but blanks; otherwise
 *   %BPG_ERROR_INVALID_DATA, with @place filled in
 */
JsonNode *
bpg_json_parse_text (const char         *text,
                     gsize               length,
                     BpgJsonParseFlags   flags,
                     BpgJsonPlace       *place,
                     GError            **error)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GArray) objects = NULL;
  guint next = 0;
  Scan scan;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  if (length == 0)
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_NOT_FOUND, _("The file is empty"));
      return NULL;
    }

  objects = g_array_new (FALSE, FALSE, sizeof (ScannedObject));
  scan = (Scan) { text, text, text + length, 1, 0, FALSE, objects, };
  if (!scan_text (&scan, place, error))
    return NULL;

  parser = (flags & BPG_JSON_PARSE_MUTABLE) ? json_parser_new () : json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, text, length, error))
    return NULL;

  if (json_parser_get_root (parser) == NULL)
    {
      g_set_error (error, BPG_ERROR, BPG_ERROR_NOT_FOUND, _("The file is empty"));
      return NULL;
    }

  if (!same_members (json_parser_get_root (parser), objects, &next))
    {
      g_assert (next < objects->len);
      set_duplicate_error (text, length, g_array_index (objects, ScannedObject, next).offset,
                           place, error);
      return NULL;
    }

  return json_parser_steal_root (parser);
}
