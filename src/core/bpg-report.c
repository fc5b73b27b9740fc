/* bpg-report.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-report"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "bpg-report.h"
#include "bpg-report-private.h"

/* A printable summary: a title and items, laid out on demand for the size of
 * page asked for. See bpg-report.h for how it is used. */
struct _BpgReport
{
  GObject          parent_instance;

  char            *title;
  GDateTime       *date_time;
  GPtrArray       *items;       /* BpgReportItem */
  guint            n_columns;   /* of the table being filled, or 0 */
  BpgReportLayout *layout;      /* for the last page size asked for */
};

typedef struct
{
  char      *title;
  GDateTime *date_time;
  GPtrArray *items;
  GFile     *file;
} Snapshot;

typedef struct
{
  GOutputStream *stream;
  GCancellable  *cancellable;
  GError        *error;
} WriteClosure;

G_DEFINE_FINAL_TYPE (BpgReport, bpg_report, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_DATE_TIME,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
item_clear (gpointer data)
{
  BpgReportItem *item = data;

  g_clear_pointer (&item->texts, g_strfreev);
  g_clear_pointer (&item->surface, cairo_surface_destroy);
}

BpgReportItem *
_bpg_report_item_new (BpgReportItemKind   kind,
                      char              **texts)
{
  BpgReportItem *item = g_atomic_rc_box_new0 (BpgReportItem);

  item->kind = kind;
  item->texts = texts;

  return item;
}

BpgReportItem *
_bpg_report_item_ref (BpgReportItem *item)
{
  return g_atomic_rc_box_acquire (item);
}

void
_bpg_report_item_unref (BpgReportItem *item)
{
  g_atomic_rc_box_release_full (item, item_clear);
}

static void
snapshot_free (Snapshot *snapshot)
{
  g_clear_pointer (&snapshot->title, g_free);
  g_clear_pointer (&snapshot->date_time, g_date_time_unref);
  g_clear_pointer (&snapshot->items, g_ptr_array_unref);
  g_clear_object (&snapshot->file);
  g_free (snapshot);
}

static Snapshot *
take_snapshot (BpgReport *self)
{
  Snapshot *snapshot = g_new0 (Snapshot, 1);

  snapshot->title = g_strdup (self->title);
  snapshot->date_time = g_date_time_ref (self->date_time);
  snapshot->items = g_ptr_array_copy (self->items, (GCopyFunc)_bpg_report_item_ref, NULL);
  g_ptr_array_set_free_func (snapshot->items, (GDestroyNotify)_bpg_report_item_unref);

  return snapshot;
}

static void
add_item (BpgReport         *self,
          BpgReportItemKind  kind,
          char             **texts)
{
  g_ptr_array_add (self->items, _bpg_report_item_new (kind, texts));
  g_clear_pointer (&self->layout, _bpg_report_layout_free);
}

static char **
strv_of (const char *first,
         ...)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  va_list args;

  va_start (args, first);
  for (const char *text = first; text != NULL; text = va_arg (args, const char *))
    g_strv_builder_add (builder, text);
  va_end (args);

  return g_strv_builder_end (builder);
}

static cairo_status_t
write_cb (void                *user_data,
          const unsigned char *data,
          unsigned int         length)
{
  WriteClosure *closure = user_data;

  if (closure->error != NULL)
    return CAIRO_STATUS_WRITE_ERROR;

  if (!g_output_stream_write_all (closure->stream, data, length, NULL,
                                  closure->cancellable, &closure->error))
    return CAIRO_STATUS_WRITE_ERROR;

  return CAIRO_STATUS_SUCCESS;
}

static gboolean
write_pdf (Snapshot       *snapshot,
           GOutputStream  *stream,
           GCancellable   *cancellable,
           GError        **error)
{
  g_autoptr(BpgReportLayout) layout = NULL;
  g_autofree char *date = g_date_time_format (snapshot->date_time, "%Y-%m-%dT%H:%M:%S%:z");
  WriteClosure closure = { stream, cancellable, NULL };
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  layout = _bpg_report_layout_new (snapshot->title, snapshot->date_time, snapshot->items,
                                   BPG_REPORT_A4_WIDTH, BPG_REPORT_A4_HEIGHT);

  surface = cairo_pdf_surface_create_for_stream (write_cb, &closure,
                                                 BPG_REPORT_A4_WIDTH, BPG_REPORT_A4_HEIGHT);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, snapshot->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATE_DATE, date);

  cr = cairo_create (surface);
  for (guint i = 0; i < _bpg_report_layout_get_n_pages (layout) && closure.error == NULL; i++)
    {
      _bpg_report_layout_draw_page (layout, cr, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (closure.error != NULL)
    {
      g_propagate_error (error, closure.error);
      return FALSE;
    }

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   /* Translators: %s is a technical reason */
                   _("The PDF could not be made (%s)"), cairo_status_to_string (status));
      return FALSE;
    }

  return TRUE;
}

/* Runs in a worker thread. g_file_replace() writes a temporary file and
 * renames it over the old one only when closed without error, so a failure
 * leaves any earlier file as it was. */
static void
save_pdf_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  Snapshot *snapshot = task_data;
  g_autoptr(GFileOutputStream) stream = NULL;
  g_autoptr(GCancellable) abandon = NULL;
  g_autoptr(GError) error = NULL;
  gboolean existed = g_file_query_exists (snapshot->file, NULL);

  stream = g_file_replace (snapshot->file, NULL, FALSE, G_FILE_CREATE_PRIVATE,
                           cancellable, &error);
  if (stream != NULL &&
      write_pdf (snapshot, G_OUTPUT_STREAM (stream), cancellable, &error) &&
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, &error))
    {
      g_task_return_boolean (task, TRUE);
      return;
    }

  if (stream != NULL && !g_output_stream_is_closed (G_OUTPUT_STREAM (stream)))
    {
      /* Closing with a cancelled cancellable throws the temporary file away. */
      abandon = g_cancellable_new ();
      g_cancellable_cancel (abandon);
      g_output_stream_close (G_OUTPUT_STREAM (stream), abandon, NULL);
    }

  /* A new file is written in place, so remove what was written of it. */
  if (stream != NULL && !existed)
    g_file_delete (snapshot->file, NULL, NULL);

  g_task_return_error (task, g_steal_pointer (&error));
}

static void
bpg_report_finalize (GObject *object)
{
  BpgReport *self = (BpgReport *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->date_time, g_date_time_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->layout, _bpg_report_layout_free);

  G_OBJECT_CLASS (bpg_report_parent_class)->finalize (object);
}

static void
bpg_report_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  BpgReport *self = BPG_REPORT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_DATE_TIME:
      g_value_set_boxed (value, self->date_time);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bpg_report_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  BpgReport *self = BPG_REPORT (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      self->title = g_value_dup_string (value);
      break;

    case PROP_DATE_TIME:
      bpg_report_set_date_time (self, g_value_get_boxed (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
bpg_report_class_init (BpgReportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = bpg_report_finalize;
  object_class->get_property = bpg_report_get_property;
  object_class->set_property = bpg_report_set_property;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_EXPLICIT_NOTIFY |
                         G_PARAM_STATIC_STRINGS);
  properties[PROP_DATE_TIME] =
    g_param_spec_boxed ("date-time", NULL, NULL,
                        G_TYPE_DATE_TIME,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
bpg_report_init (BpgReport *self)
{
  self->date_time = g_date_time_new_now_local ();
  self->items = g_ptr_array_new_with_free_func ((GDestroyNotify)_bpg_report_item_unref);
}

/**
 * bpg_report_new:
 * @title: shown at the top of the first page and of every later one
 *
 * Returns: (transfer full): an empty report, dated now
 */
BpgReport *
bpg_report_new (const char *title)
{
  g_return_val_if_fail (title != NULL, NULL);

  return g_object_new (BPG_TYPE_REPORT, "title", title, NULL);
}

const char *
bpg_report_get_title (BpgReport *self)
{
  g_return_val_if_fail (BPG_IS_REPORT (self), NULL);

  return self->title;
}

/**
 * bpg_report_get_date_time:
 *
 * Returns: (transfer none): when the report was made, as its footer says
 */
GDateTime *
bpg_report_get_date_time (BpgReport *self)
{
  g_return_val_if_fail (BPG_IS_REPORT (self), NULL);

  return self->date_time;
}

/**
 * bpg_report_set_date_time:
 * @date_time: when the report was made, instead of when it was created
 */
void
bpg_report_set_date_time (BpgReport *self,
                          GDateTime *date_time)
{
  g_return_if_fail (BPG_IS_REPORT (self));
  g_return_if_fail (date_time != NULL);

  if (self->date_time != NULL && g_date_time_equal (self->date_time, date_time))
    return;

  g_clear_pointer (&self->date_time, g_date_time_unref);
  self->date_time = g_date_time_ref (date_time);
  g_clear_pointer (&self->layout, _bpg_report_layout_free);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DATE_TIME]);
}

void
bpg_report_add_heading (BpgReport  *self,
                        const char *text)
{
  g_return_if_fail (BPG_IS_REPORT (self));
  g_return_if_fail (text != NULL);

  self->n_columns = 0;
  add_item (self, BPG_REPORT_ITEM_HEADING, strv_of (text, NULL));
}

void
bpg_report_add_paragraph (BpgReport  *self,
                          const char *text)
{
  g_return_if_fail (BPG_IS_REPORT (self));
  g_return_if_fail (text != NULL);

  self->n_columns = 0;
  add_item (self, BPG_REPORT_ITEM_PARAGRAPH, strv_of (text, NULL));
}

/**
 * bpg_report_add_list:
 * @items: the points of a bulleted list, %NULL-terminated
 */
void
bpg_report_add_list (BpgReport          *self,
                     const char * const *items)
{
  g_return_if_fail (BPG_IS_REPORT (self));
  g_return_if_fail (items != NULL);

  if (items[0] == NULL)
    return;

  self->n_columns = 0;
  add_item (self, BPG_REPORT_ITEM_LIST, g_strdupv ((char **)items));
}

/**
 * bpg_report_add_key_value:
 * @label: what the value is, such as "Date of the check"
 * @value: the value
 *
 * Adds a line with a bold label and its value beside it.
 */
void
bpg_report_add_key_value (BpgReport  *self,
                          const char *label,
                          const char *value)
{
  g_return_if_fail (BPG_IS_REPORT (self));
  g_return_if_fail (label != NULL);
  g_return_if_fail (value != NULL);

  self->n_columns = 0;
  add_item (self, BPG_REPORT_ITEM_KEY_VALUE, strv_of (label, value, NULL));
}

/**
 * bpg_report_add_table:
 * @n_columns: how many columns
 * @header: the @n_columns column titles, %NULL-terminated
 *
 * Starts a table; add its rows with bpg_report_add_table_row(). The header
 * is repeated at the top of each page the table runs on to.
 */
void
bpg_report_add_table (BpgReport          *self,
                      guint               n_columns,
                      const char * const *header)
{
  g_return_if_fail (BPG_IS_REPORT (self));
  g_return_if_fail (n_columns > 0);
  g_return_if_fail (header != NULL && g_strv_length ((char **)header) == n_columns);

  self->n_columns = n_columns;
  add_item (self, BPG_REPORT_ITEM_TABLE, g_strdupv ((char **)header));
}

/**
 * bpg_report_add_table_row:
 * @cells: as many cells as the table has columns, %NULL-terminated
 */
void
bpg_report_add_table_row (BpgReport          *self,
                          const char * const *cells)
{
  g_return_if_fail (BPG_IS_REPORT (self));
  g_return_if_fail (self->n_columns > 0);
  g_return_if_fail (cells != NULL && g_strv_length ((char **)cells) == self->n_columns);

  add_item (self, BPG_REPORT_ITEM_ROW, g_strdupv ((char **)cells));
}

/**
 * bpg_report_add_note:
 * @level: how urgent the note is; the level's name is printed above it,
 *   except for %BPG_CALLOUT_INFO
 * @title: the note's title
 * @text: (nullable): the note's text
 *
 * Adds a boxed note, coloured by @level. The level is also written in words,
 * so the note keeps its meaning on a black and white printer.
 */
void
bpg_report_add_note (BpgReport       *self,
                     BpgCalloutLevel  level,
                     const char      *title,
                     const char      *text)
{
  BpgReportItem *item;

  g_return_if_fail (BPG_IS_REPORT (self));
  g_return_if_fail (level <= BPG_CALLOUT_EMERGENCY);
  g_return_if_fail (title != NULL);

  self->n_columns = 0;
  add_item (self, BPG_REPORT_ITEM_NOTE, strv_of (title, text, NULL));
  item = g_ptr_array_index (self->items, self->items->len - 1);
  item->level = level;
}

/**
 * bpg_report_add_image:
 * @surface: a picture, such as a chart; it is copied
 * @width: its width on paper, in points
 * @height: its height on paper, in points
 * @caption: (nullable): a line of text below it, which also describes it
 *
 * Adds a picture, shrunk if needed to fit the page.
 */
void
bpg_report_add_image (BpgReport       *self,
                      cairo_surface_t *surface,
                      double           width,
                      double           height,
                      const char      *caption)
{
  BpgReportItem *item;
  cairo_surface_t *copy;
  int pixel_width, pixel_height;
  cairo_t *cr;

  g_return_if_fail (BPG_IS_REPORT (self));
  g_return_if_fail (surface != NULL);
  g_return_if_fail (cairo_surface_get_type (surface) == CAIRO_SURFACE_TYPE_IMAGE);
  g_return_if_fail (width > 0 && height > 0);

  /* A copy, so the caller may go on drawing on theirs while a save runs. */
  pixel_width = cairo_image_surface_get_width (surface);
  pixel_height = cairo_image_surface_get_height (surface);
  copy = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixel_width, pixel_height);
  cr = cairo_create (copy);
  cairo_set_source_surface (cr, surface, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);

  self->n_columns = 0;
  add_item (self, BPG_REPORT_ITEM_IMAGE, strv_of (caption, NULL));
  item = g_ptr_array_index (self->items, self->items->len - 1);
  item->surface = copy;
  item->width = width;
  item->height = height;
}

/**
 * bpg_report_get_n_pages:
 * @width: the page's width, in points
 * @height: the page's height, in points
 *
 * Returns: how many pages the report takes at that size
 */
guint
bpg_report_get_n_pages (BpgReport *self,
                        double     width,
                        double     height)
{
  g_return_val_if_fail (BPG_IS_REPORT (self), 0);

  if (self->layout == NULL || !_bpg_report_layout_has_size (self->layout, width, height))
    {
      g_clear_pointer (&self->layout, _bpg_report_layout_free);
      self->layout = _bpg_report_layout_new (self->title, self->date_time, self->items,
                                             width, height);
    }

  return _bpg_report_layout_get_n_pages (self->layout);
}

/**
 * bpg_report_draw_page:
 * @cr: where to draw, with one unit to the point
 * @page_nr: counted from 0
 *
 * Draws one page, footer included.
 */
void
bpg_report_draw_page (BpgReport *self,
                      cairo_t   *cr,
                      double     width,
                      double     height,
                      guint      page_nr)
{
  g_return_if_fail (BPG_IS_REPORT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page_nr < bpg_report_get_n_pages (self, width, height));

  _bpg_report_layout_draw_page (self->layout, cr, page_nr);
}

/* Appends @texts joined by @separator, escaped for Pango markup if @markup. */
static void
append_joined (GString            *text,
               const char * const *texts,
               const char         *separator,
               gboolean            markup)
{
  g_autofree char *joined = g_strjoinv (separator, (char **) texts);

  if (markup)
    {
      g_autofree char *escaped = g_markup_escape_text (joined, -1);
      g_string_append (text, escaped);
    }
  else
    g_string_append (text, joined);
}

static void
append_item (GString       *text,
             BpgReportItem *item,
             gboolean       markup)
{
  const char * const *texts = (const char * const *) item->texts;

  switch (item->kind)
    {
    case BPG_REPORT_ITEM_LIST:
      for (guint j = 0; texts[j] != NULL; j++)
        {
          g_string_append (text, "• ");
          append_joined (text, (const char * const[]) { texts[j], NULL }, "", markup);
          g_string_append_c (text, '\n');
        }
      return;

    case BPG_REPORT_ITEM_KEY_VALUE:
      append_joined (text, texts, ": ", markup);
      break;

    case BPG_REPORT_ITEM_TABLE:
    case BPG_REPORT_ITEM_ROW:
      append_joined (text, texts, " | ", markup);
      break;

    case BPG_REPORT_ITEM_HEADING:
      if (texts[0] == NULL || *texts[0] == '\0')
        return;
      /* A gap above and bold, so the summary on screen reads as a document. */
      g_string_append (text, markup ? "\n<b>" : "");
      append_joined (text, texts, "\n", markup);
      g_string_append (text, markup ? "</b>" : "");
      break;

    case BPG_REPORT_ITEM_NOTE:
      if (item->level != BPG_CALLOUT_INFO)
        {
          g_string_append (text, markup ? "<b>" : "");
          append_joined (text, (const char * const[]) { _bpg_report_level_name (item->level),
                                                         NULL }, "", markup);
          g_string_append (text, markup ? ":</b> " : ": ");
        }
      G_GNUC_FALLTHROUGH;
    case BPG_REPORT_ITEM_PARAGRAPH:
    case BPG_REPORT_ITEM_IMAGE:
    default:
      if (texts[0] == NULL || (*texts[0] == '\0' && texts[1] == NULL))
        return;
      append_joined (text, texts, "\n", markup);
      break;
    }

  g_string_append_c (text, '\n');
}

static char *
dup_text (BpgReport *self,
          gboolean   markup)
{
  g_autoptr(GString) text = g_string_new (NULL);

  append_joined (text, (const char * const[]) { self->title, NULL }, "", markup);
  if (markup)
    {
      g_string_prepend (text, "<span size=\"x-large\" weight=\"bold\">");
      g_string_append (text, "</span>");
    }
  g_string_append_c (text, '\n');

  for (guint i = 0; i < self->items->len; i++)
    append_item (text, g_ptr_array_index (self->items, i), markup);

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/**
 * bpg_report_dup_text:
 *
 * The report's words without the layout, for a screen reader, a clipboard
 * or a test.
 *
 * Returns: (transfer full): the report as plain text
 */
char *
bpg_report_dup_text (BpgReport *self)
{
  g_return_val_if_fail (BPG_IS_REPORT (self), NULL);

  return dup_text (self, FALSE);
}

/**
 * bpg_report_dup_markup:
 *
 * The report's words as Pango markup, with the title and headings in bold
 * and a gap above each heading, to show on screen.
 *
 * Returns: (transfer full): the report as Pango markup
 */
char *
bpg_report_dup_markup (BpgReport *self)
{
  g_return_val_if_fail (BPG_IS_REPORT (self), NULL);

  return dup_text (self, TRUE);
}

/**
 * bpg_report_render_pdf:
 * @stream: where to write the PDF; it is left open
 *
 * Writes the report as an A4 PDF. This blocks: prefer
 * bpg_report_save_pdf_async() on the main thread.
 *
 * Returns: %TRUE if the whole PDF was written
 */
gboolean
bpg_report_render_pdf (BpgReport      *self,
                       GOutputStream  *stream,
                       GCancellable   *cancellable,
                       GError        **error)
{
  Snapshot *snapshot;
  gboolean ok;

  g_return_val_if_fail (BPG_IS_REPORT (self), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  snapshot = take_snapshot (self);
  ok = write_pdf (snapshot, stream, cancellable, error);
  snapshot_free (snapshot);

  return ok;
}

/**
 * bpg_report_save_pdf_async:
 * @file: where to save; an existing file is replaced only once the new one
 *   is complete
 *
 * Saves the report as an A4 PDF in a worker thread.
 */
void
bpg_report_save_pdf_async (BpgReport           *self,
                           GFile               *file,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  Snapshot *snapshot;

  g_return_if_fail (BPG_IS_REPORT (self));
  g_return_if_fail (G_IS_FILE (file));

  snapshot = take_snapshot (self);
  snapshot->file = g_object_ref (file);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, bpg_report_save_pdf_async);
  g_task_set_task_data (task, snapshot, (GDestroyNotify)snapshot_free);
  g_task_run_in_thread (task, save_pdf_thread);
}

/**
 * bpg_report_save_pdf_finish:
 *
 * Returns: %TRUE if the PDF was saved; otherwise any earlier file at that
 *   place is unchanged
 */
gboolean
bpg_report_save_pdf_finish (BpgReport     *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (BPG_IS_REPORT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == bpg_report_save_pdf_async,
                        FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * bpg_report_isolate:
 * @text: the patient's own text
 *
 * Wraps @text in Unicode isolates (FIRST STRONG ISOLATE U+2068 and POP
 * DIRECTIONAL ISOLATE U+2069), to put it among the app's own words: a
 * right-to-left mark or override in it then cannot reorder them, as it
 * could turn "(shortened)" around. Isolates already in @text are taken
 * out, so a stray one cannot end the isolation early.
 *
 * Returns: (transfer full): the text, isolated
 */
char *
bpg_report_isolate (const char *text)
{
  GString *out = g_string_new ("\u2068");

  g_return_val_if_fail (text != NULL, g_string_free (out, TRUE));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x2066 || c > 0x2069)
        g_string_append_unichar (out, c);
    }
  g_string_append (out, "\u2069");

  return g_string_free (out, FALSE);
}
