/* bpg-layout-tune.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "bpg-layout-tune"

#include "config.h"

#include "bpg-layout-tune.h"

/* GTK 4.8 lays out a wrapping label's text again at every step of its
 * searches for a size, and four kinds of widget set off many of them.
 *
 * libadwaita's rows (AdwActionRow, and the AdwComboRow and AdwExpanderRow
 * built on it) lay out their parts in a horizontal GtkBox, "box.header":
 * prefixes, an icon, a vertical box of title and subtitle, suffixes. Such a
 * box, asked how tall it is for a width, searches over heights for the one
 * at which its wrapping parts fit the width, and at each step asks the title
 * box how wide it is for that height, which searches over widths again in
 * each label: a service's long subtitle was laid out over 300 times.
 * Adopted here, the header gives its other parts their natural width and
 * the title box the rest, and asks the labels only how tall they are at
 * that width; BpgTextRow lays out its own header the same way. The row
 * looks the same: the widgets, their style classes and their spacing do
 * not change.
 *
 * A paragraph (a wrapping label with a long text, filling the width of a
 * vertical box) gets a minimum width of BPG_LABEL_MIN_CHARS characters
 * instead of one.
 *
 * A GtkStack's page is the third (see adopt_stack_pages()). Together they
 * took the first layout of Get Help, during which the window froze, from
 * 170 to 185 ms to 70 to 90 ms on the machine the benchmarks run on.
 *
 * The fourth is a button's icon beside a wrapping label, or an expander's
 * arrow beside one (see adopt_icon_and_label()), laid out as a row's header
 * is. With room for its words on one line the button looks the same; where
 * its label wraps, the button is as wide as the room allows, up to the
 * width of its words on one line, where GTK made it the narrowest that kept
 * the same number of lines. */

/* How long a label's text is, at the least, to be taken for a paragraph. */
#define PARAGRAPH_MIN_CHARS 40

/* An AdwActionRow's header has four parts; a few more leave room. */
#define MAX_PARTS 8

typedef struct
{
  GtkWidget *child;
  int        width;
} Part;

/* Set on a button's content when it is adopted: its spacing, plus one. */
#define SPACING_KEY "bpg-layout-tune-spacing"

/* The part that takes the width the others leave: a row's title box, or
 * the wrapping label beside a button's icon. */
static GtkWidget *
find_title (GtkWidget *header)
{
  for (GtkWidget *child = gtk_widget_get_first_child (header);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_has_css_class (child, "title"))
      return child;

  for (GtkWidget *child = gtk_widget_get_first_child (header);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child) && gtk_label_get_wrap (GTK_LABEL (child)))
      return child;

  return NULL;
}

static int
get_spacing (GtkWidget *header)
{
  gpointer spacing = g_object_get_data (G_OBJECT (header), SPACING_KEY);

  return spacing != NULL ? GPOINTER_TO_INT (spacing) - 1 : BPG_ROW_HEADER_SPACING;
}

/* The parts laid out in @width, in order, and the width each gets: the
 * others as wide as they ask to be (or at their narrowest, if that does not
 * leave the title its narrowest), the title what is left. A @width below 0
 * gives every part its natural width. Returns how many parts there are. */
static guint
share_width (GtkWidget *header,
             int        width,
             Part      *parts)
{
  GtkWidget *title = find_title (header);
  int others_min = 0, others_nat = 0, title_min = 0;
  gboolean others_at_min;
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (header);
       child != NULL && n < MAX_PARTS;
       child = gtk_widget_get_next_sibling (child))
    {
      int min = 0, nat = 0;

      if (!gtk_widget_should_layout (child))
        continue;

      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
      if (child == title)
        title_min = min;
      else
        {
          others_min += min;
          others_nat += nat;
        }
      parts[n].child = child;
      parts[n].width = nat;
      n++;
    }

  if (width < 0 || n == 0)
    return n;

  width = MAX (0, width - (int)(n - 1) * get_spacing (header));
  others_at_min = others_nat + title_min > width;
  for (guint i = 0; i < n; i++)
    {
      if (parts[i].child == title)
        parts[i].width = MAX (title_min, width - (others_at_min ? others_min : others_nat));
      else if (others_at_min)
        gtk_widget_measure (parts[i].child, GTK_ORIENTATION_HORIZONTAL, -1,
                            &parts[i].width, NULL, NULL, NULL);
    }

  return n;
}

static GtkSizeRequestMode
header_request_mode (GtkWidget *header)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* Widths are the parts' own, whatever the height: the header is never
 * given a height first, so no label is asked to search for a width. */
static void
header_measure (GtkWidget      *header,
                GtkOrientation  orientation,
                int             for_size,
                int            *minimum,
                int            *natural,
                int            *minimum_baseline,
                int            *natural_baseline)
{
  Part parts[MAX_PARTS];
  guint n = share_width (header, orientation == GTK_ORIENTATION_VERTICAL ? for_size : -1, parts);

  *minimum = *natural = 0;
  for (guint i = 0; i < n; i++)
    {
      int min = 0, nat = 0;

      if (orientation == GTK_ORIENTATION_HORIZONTAL)
        {
          gtk_widget_measure (parts[i].child, orientation, -1, &min, &nat, NULL, NULL);
          *minimum += min;
          *natural += nat;
        }
      else
        {
          gtk_widget_measure (parts[i].child, orientation, for_size >= 0 ? parts[i].width : -1,
                              &min, &nat, NULL, NULL);
          *minimum = MAX (*minimum, min);
          *natural = MAX (*natural, nat);
        }
    }

  if (orientation == GTK_ORIENTATION_HORIZONTAL && n > 1)
    {
      *minimum += (n - 1) * get_spacing (header);
      *natural += (n - 1) * get_spacing (header);
    }
}

static void
header_allocate (GtkWidget *header,
                 int        width,
                 int        height,
                 int        baseline)
{
  gboolean rtl = gtk_widget_get_direction (header) == GTK_TEXT_DIR_RTL;
  GtkWidget *title = find_title (header);
  Part parts[MAX_PARTS];
  guint n = share_width (header, width, parts);
  int x = 0;

  for (guint i = 0; i < n; i++)
    {
      GtkAllocation allocation = { rtl ? width - x - parts[i].width : x, 0, parts[i].width, height };

      /* The title box is centred here rather than with its valign: GTK
       * would then ask it how wide it must be for its height, the search
       * over widths again. */
      if (parts[i].child == title)
        {
          int title_height = 0;

          gtk_widget_measure (title, GTK_ORIENTATION_VERTICAL, parts[i].width,
                              NULL, &title_height, NULL, NULL);
          allocation.height = MIN (title_height, height);
          allocation.y = (height - allocation.height) / 2;
        }
      gtk_widget_size_allocate (parts[i].child, &allocation, -1);
      x += parts[i].width + get_spacing (header);
    }
}

static void
adopt_row (GtkWidget *row)
{
  GtkWidget *header = gtk_widget_get_first_child (row);
  GtkWidget *title;
  guint n = 0;

  if (header == NULL || !GTK_IS_BOX (header) || !gtk_widget_has_css_class (header, "header") ||
      GTK_IS_CUSTOM_LAYOUT (gtk_widget_get_layout_manager (header)) ||
      (title = find_title (header)) == NULL)
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (header);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  /* Not the header this was written for: left as libadwaita made it. */
  if (n > MAX_PARTS)
    return;

  gtk_widget_set_valign (title, GTK_ALIGN_FILL);

  /* Nothing calls the GtkBox functions that would look for a GtkBoxLayout
   * on a row's header. */
  gtk_widget_set_layout_manager (header, bpg_row_header_layout_new ());
}

/* GTK 4.8 puts an expander's arrow and label in a horizontal box, the
 * first child of a vertical one. */
static GtkWidget *
expander_title (GtkWidget *expander)
{
  GtkWidget *box = gtk_widget_get_first_child (expander);

  return box != NULL ? gtk_widget_get_first_child (box) : NULL;
}

/* A button's icon and wrapping label, side by side in a GtkBox, or an
 * expander's arrow and label. A button that does not fill its width, or one
 * in a row of buttons, is asked how wide it must be for its height, and the
 * box passes the question to the label, which searches over widths for the
 * answer: a pill button's label was laid out a hundred times in the frame
 * that first showed the diary, and Get Help's "Services in Other Areas"
 * 205 times when first shown. Adopted, the box is laid out as a row's
 * header is, the label taking the width the icon leaves (all of it, where
 * GTK would leave the room past its words empty). The widgets and their
 * spacing do not change. */
static void
adopt_icon_and_label (GtkWidget *content)
{
  GtkWidget *label = NULL;
  guint n = 0;

  if (content == NULL || !GTK_IS_BOX (content) ||
      !GTK_IS_BOX_LAYOUT (gtk_widget_get_layout_manager (content)) ||
      gtk_orientable_get_orientation (GTK_ORIENTABLE (content)) != GTK_ORIENTATION_HORIZONTAL ||
      gtk_box_get_homogeneous (GTK_BOX (content)))
    return;

  for (GtkWidget *child = gtk_widget_get_first_child (content);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (label == NULL && GTK_IS_LABEL (child) && gtk_label_get_wrap (GTK_LABEL (child)))
        label = child;
      n++;
    }
  if (label == NULL || n > MAX_PARTS)
    return;

  g_object_set_data (G_OBJECT (content), SPACING_KEY,
                     GINT_TO_POINTER (gtk_box_get_spacing (GTK_BOX (content)) + 1));
  /* Nothing calls the GtkBox functions that would look for a GtkBoxLayout
   * on a button's content or an expander's title. */
  gtk_widget_set_layout_manager (content, bpg_row_header_layout_new ());
}

/* Only a paragraph's text is long enough to be worth it, and a heading is
 * left alone: in a large font, ten of its characters may be wider than a
 * phone's column at twice the text size (an Arabic heading can be long).
 *
 * Not a row's title or subtitle: a row's suffix (a button, say) may need
 * all but a few characters of a narrow window's width, so they keep the
 * narrowest width libadwaita gives them. */
static void
floor_paragraph (GtkWidget *label)
{
  GtkWidget *parent = gtk_widget_get_parent (label);

  if (gtk_label_get_wrap (GTK_LABEL (label)) &&
      gtk_label_get_width_chars (GTK_LABEL (label)) < 0 &&
      g_utf8_strlen (gtk_label_get_text (GTK_LABEL (label)), -1) >= PARAGRAPH_MIN_CHARS &&
      gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (label)) != GTK_ACCESSIBLE_ROLE_HEADING &&
      gtk_widget_get_halign (label) == GTK_ALIGN_FILL &&
      GTK_IS_BOX (parent) &&
      GTK_IS_BOX_LAYOUT (gtk_widget_get_layout_manager (parent)) &&
      gtk_orientable_get_orientation (GTK_ORIENTABLE (parent)) == GTK_ORIENTATION_VERTICAL &&
      !gtk_widget_has_css_class (parent, "title"))
    gtk_label_set_width_chars (GTK_LABEL (label), BPG_LABEL_MIN_CHARS);
}

/* A GtkStack, allocating its page, first asks how wide the page must be at
 * the least for the stack's height, and a column of wrapping text answers
 * that by sharing the height out among its paragraphs and searching, in
 * each, for the narrowest width that fits its share: the whole page laid
 * out many times over. A page with one child (an AdwBin such as the help
 * ladder) answers instead with the narrowest width it has at any height,
 * which is what its column needs anyway. */
static GtkSizeRequestMode
width_first_request_mode (GtkWidget *page)
{
  GtkWidget *child = gtk_widget_get_first_child (page);

  return child != NULL ? gtk_widget_get_request_mode (child) : GTK_SIZE_REQUEST_CONSTANT_SIZE;
}

static void
width_first_measure (GtkWidget      *page,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (page);

  if (child == NULL || !gtk_widget_should_layout (child))
    return;

  gtk_widget_measure (child, orientation,
                      orientation == GTK_ORIENTATION_HORIZONTAL ? -1 : for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
width_first_allocate (GtkWidget *page,
                      int        width,
                      int        height,
                      int        baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (page);

  if (child != NULL && gtk_widget_should_layout (child))
    gtk_widget_allocate (child, width, height, baseline, NULL);
}

static void
adopt_stack_pages (GtkWidget *stack)
{
  for (GtkWidget *page = gtk_widget_get_first_child (stack);
       page != NULL;
       page = gtk_widget_get_next_sibling (page))
    {
      GtkWidget *child = gtk_widget_get_first_child (page);

      if (child != NULL && gtk_widget_get_next_sibling (child) == NULL &&
          GTK_IS_BIN_LAYOUT (gtk_widget_get_layout_manager (page)))
        gtk_widget_set_layout_manager (page, bpg_width_first_layout_new ());
    }
}

/**
 * bpg_width_first_layout_new:
 *
 * The layout of a widget with one child, as bpg_layout_tune() gives a
 * stack's pages: the child fills the widget, and its width is the one it
 * has whatever the height, even when a height is given.
 *
 * Returns: (transfer full): a new layout manager
 */
GtkLayoutManager *
bpg_width_first_layout_new (void)
{
  return gtk_custom_layout_new (width_first_request_mode, width_first_measure,
                                width_first_allocate);
}

/**
 * bpg_row_header_layout_new:
 *
 * The layout of a row's header, as bpg_layout_tune() gives libadwaita's
 * rows: the child with the "title" style class takes the width the others
 * leave, and is centred in the height.
 *
 * Returns: (transfer full): a new layout manager
 */
GtkLayoutManager *
bpg_row_header_layout_new (void)
{
  return gtk_custom_layout_new (header_request_mode, header_measure, header_allocate);
}

/**
 * bpg_layout_tune:
 * @widget: a widget, and what is inside it
 *
 * Spares GTK's searches over sizes in @widget and everything inside it:
 * the headers of libadwaita's rows are laid out directly, and paragraphs
 * get a minimum width. What is added to @widget later needs a call of its
 * own; calling it again for the same widgets does nothing more.
 */
void
bpg_layout_tune (GtkWidget *widget)
{
  g_return_if_fail (GTK_IS_WIDGET (widget));

  if (ADW_IS_ACTION_ROW (widget))
    adopt_row (widget);
  else if (GTK_IS_STACK (widget))
    adopt_stack_pages (widget);
  else if (GTK_IS_LABEL (widget))
    floor_paragraph (widget);
  else if (GTK_IS_BUTTON (widget))
    adopt_icon_and_label (gtk_button_get_child (GTK_BUTTON (widget)));
  else if (GTK_IS_EXPANDER (widget))
    adopt_icon_and_label (expander_title (widget));

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    bpg_layout_tune (child);
}
