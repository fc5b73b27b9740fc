/* test-service.c
 *
 * Copyright 2026 The Back Pain Guide authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "bpg-error.h"
#include "bpg-service-catalog.h"
#include "bpg-service-file.h"

/* The services of the Get help area: the built-in ones are checked against
 * the rules and the leaflets, and local files an administrator adds must be
 * taken when right and refused, with file, line and field, when wrong,
 * without losing the built-in services. */

static GBytes *
read_shipped_bytes (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "content",
                                                 "services.json", NULL);
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, &error));
  g_assert_no_error (error);

  return g_bytes_new_take (data, length);
}

static BpgServiceCatalog *
load_shipped (void)
{
  g_autoptr(BpgServiceCatalog) catalog = bpg_service_catalog_new ();
  g_autoptr(GBytes) bytes = read_shipped_bytes ();
  g_autoptr(GError) error = NULL;

  g_assert_true (bpg_service_catalog_add_builtin (catalog, bytes, NULL, &error));
  g_assert_no_error (error);

  return g_steal_pointer (&catalog);
}

static GFile *
sample (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "services", name, NULL);

  return g_file_new_for_path (path);
}

static BpgServiceProblem *
problem_at (BpgServiceCatalog *catalog,
            guint              i)
{
  BpgServiceProblem *problem = g_list_model_get_item (bpg_service_catalog_get_problems (catalog), i);

  g_assert_nonnull (problem);
  /* The catalog keeps it alive; callers only read it. */
  g_object_unref (problem);
  return problem;
}

static guint
n_items (GListModel *model)
{
  return g_list_model_get_n_items (model);
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *copy = g_strstrip (g_strdup (text != NULL ? text : ""));

  return *copy == '\0';
}

static char *
read_leaflets (void)
{
  const char *dir_name = g_getenv ("BPG_LEAFLETS_DIR");
  g_autoptr(GString) all = g_string_new (NULL);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (dir_name == NULL || !(dir = g_dir_open (dir_name, 0, NULL)))
    return NULL;

  while ((name = g_dir_read_name (dir)))
    {
      g_autofree char *path = g_build_filename (dir_name, name, NULL);
      g_autofree char *text = NULL;

      if (g_str_has_suffix (name, ".txt") && g_file_get_contents (path, &text, NULL, NULL))
        g_string_append (all, text);
    }

  return all->len > 0 ? g_string_free (g_steal_pointer (&all), FALSE) : NULL;
}

static void
test_builtin_rules (void)
{
  g_autoptr(BpgServiceCatalog) catalog = load_shipped ();
  GListModel *services = bpg_service_catalog_get_services (catalog);

  g_assert_cmpuint (n_items (services), >=, 10);
  g_assert_cmpuint (n_items (bpg_service_catalog_get_problems (catalog)), ==, 0);

  for (guint i = 0; i < n_items (services); i++)
    {
      g_autoptr(BpgService) service = g_list_model_get_item (services, i);
      const char * const *areas = bpg_service_get_area_ids (service);
      const char *texts[] = {
        bpg_service_get_name (service),
        bpg_service_get_who_for (service),
        bpg_service_get_how_to_reach (service),
        bpg_service_get_what_to_expect (service),
        bpg_service_get_not_if (service),
        bpg_referral_to_text (bpg_service_get_referral (service)),
        bpg_service_source_to_text (bpg_service_get_source (service)),
      };

      g_test_message ("service %s", bpg_service_get_id (service));

      /* An area, and every area exists. */
      g_assert_nonnull (areas);
      g_assert_nonnull (areas[0]);
      for (guint j = 0; areas[j] != NULL; j++)
        g_assert_nonnull (bpg_service_catalog_lookup_area (catalog, areas[j]));

      /* No empty text, and a way to reach it. */
      for (guint j = 0; j < G_N_ELEMENTS (texts); j++)
        g_assert_false (is_blank (texts[j]));

      /* Links are https, with words a screen reader can say. */
      for (guint j = 0; j < bpg_service_get_n_links (service); j++)
        {
          g_assert_true (g_str_has_prefix (bpg_service_get_link_url (service, j), "https://"));
          g_assert_false (is_blank (bpg_service_get_link_text (service, j)));
        }

      /* The warning signs always lead to 111, and to A&E or 999. */
      g_assert_nonnull (strstr (bpg_service_get_not_if (service), "111"));
      g_assert_true (strstr (bpg_service_get_not_if (service), "A&E") != NULL ||
                     strstr (bpg_service_get_not_if (service), "999") != NULL);
      g_assert_false (bpg_service_is_local (service));
    }
}

/* Facts, not invention: every web address is one the leaflets give, and the
 * only phone number is 111, which is standard NHS advice. */
static void
test_builtin_contacts_from_leaflets (void)
{
  g_autoptr(BpgServiceCatalog) catalog = load_shipped ();
  GListModel *services = bpg_service_catalog_get_services (catalog);
  g_autofree char *leaflets = read_leaflets ();
  guint n_links = 0;

  if (leaflets == NULL)
    {
      g_test_skip ("The source leaflets are not available (BPG_LEAFLETS_DIR)");
      return;
    }

  for (guint i = 0; i < n_items (services); i++)
    {
      g_autoptr(BpgService) service = g_list_model_get_item (services, i);

      for (guint j = 0; j < bpg_service_get_n_links (service); j++, n_links++)
        {
          const char *url = bpg_service_get_link_url (service, j);

          if (strstr (leaflets, url) == NULL)
            g_error ("%s: %s is not in the leaflets", bpg_service_get_id (service), url);
        }

      if (bpg_service_get_phone (service) != NULL)
        g_assert_cmpstr (bpg_service_get_phone (service), ==, "111");
    }

  g_assert_cmpuint (n_links, >=, 8);
}

static void
test_builtin_content (void)
{
  g_autoptr(BpgServiceCatalog) catalog = load_shipped ();
  BpgService *physio = bpg_service_catalog_lookup_service (catalog, "llr-msk-physiotherapy");
  BpgService *nhs111 = bpg_service_catalog_lookup_service (catalog, "nhs-111");
  const char *essex[] = {
    "essex-talking-therapies", "essex-weight-management", "essex-stop-smoking", NULL
  };

  /* Self-referral to MSK physiotherapy, for Leicester, Leicestershire and
   * Rutland only, with no contact details the leaflet does not give. */
  g_assert_nonnull (physio);
  g_assert_cmpint (bpg_service_get_referral (physio), ==, BPG_REFERRAL_SELF);
  g_assert_cmpstrv (bpg_service_get_area_ids (physio),
                    ((const char *[]) { "leicester-leicestershire-rutland", NULL }));
  g_assert_null (bpg_service_get_phone (physio));
  g_assert_cmpuint (bpg_service_get_n_links (physio), ==, 0);
  g_assert_cmpstr (bpg_service_get_source (physio), ==, "low-back-pain");

  g_assert_nonnull (nhs111);
  g_assert_cmpstr (bpg_service_get_phone (nhs111), ==, "111");

  for (guint i = 0; essex[i] != NULL; i++)
    {
      BpgService *service = bpg_service_catalog_lookup_service (catalog, essex[i]);

      g_assert_nonnull (service);
      g_assert_cmpstr (bpg_service_get_source (service), ==, "sciatica");
      g_assert_true (bpg_service_catalog_serves (catalog, service, "essex"));
      g_assert_false (bpg_service_catalog_serves (catalog, service,
                                                  "leicester-leicestershire-rutland"));
    }
}

/* The built-in file is checked by the same rules; break it and see. */
static void
check_builtin_refused (const char *from,
                       const char *to,
                       const char *expected)
{
  g_autoptr(GBytes) bytes = read_shipped_bytes ();
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (bytes, NULL),
                                              g_bytes_get_size (bytes));
  g_autoptr(GBytes) broken = NULL;
  g_autoptr(BpgServiceCatalog) catalog = bpg_service_catalog_new ();
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (g_string_replace (text, from, to, 1), ==, 1);
  broken = g_bytes_new (text->str, text->len);

  g_assert_false (bpg_service_catalog_add_builtin (catalog, broken, NULL, &error));
  g_assert_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA);
  g_test_message ("%s", error->message);
  if (strstr (error->message, expected) == NULL)
    g_error ("“%s” does not say “%s”", error->message, expected);
  g_assert_cmpuint (n_items (bpg_service_catalog_get_services (catalog)), ==, 0);
}

static void
test_builtin_validation (void)
{
  check_builtin_refused ("\"areas\": [\n        \"leicester-leicestershire-rutland\"\n      ],",
                         "\"areas\": [],", "services[0].areas is an empty list");
  check_builtin_refused ("\"Call 111. You can call at any time, day or night, and the call is free.\"",
                         "\"  \"", "services[1].reach is empty");
  check_builtin_refused ("\"url\": \"https://www.drinkaware",
                         "\"url\": \"http://www.drinkaware", "must start with https://");
  check_builtin_refused ("\"expect\": \"Tips and support to help you stop smoking.\",", "",
                         "services[10].expect is missing");
  check_builtin_refused ("\"referral\": \"self\"", "\"referral\": \"maybe\"",
                         "services[0].referral");
  check_builtin_refused ("\"source\": \"sciatica\"", "\"source\": \"a website\"",
                         "must be low-back-pain, sciatica or nhs");
  check_builtin_refused ("\"within\": \"england\"", "\"within\": \"wales\"",
                         "areas[1].within names “wales”");
  check_builtin_refused ("\"phone\": \"111\"", "\"phone\": \"call us\"",
                         "services[1].phone");
  check_builtin_refused ("\"for\":", "\"who\":", "unknown member “who”");
}

static void
test_areas (void)
{
  g_autoptr(BpgServiceCatalog) catalog = load_shipped ();
  BpgService *physio = bpg_service_catalog_lookup_service (catalog, "llr-msk-physiotherapy");
  BpgService *nhs111 = bpg_service_catalog_lookup_service (catalog, "nhs-111");
  BpgService *eoe = bpg_service_catalog_lookup_service (catalog, "eoe-msk-service");
  g_autoptr(GListModel) for_essex = bpg_service_catalog_list_for_area (catalog, "essex", TRUE);
  g_autoptr(GListModel) not_essex = bpg_service_catalog_list_for_area (catalog, "essex", FALSE);
  g_autoptr(GListModel) unknown = bpg_service_catalog_list_for_area (catalog, NULL, TRUE);
  g_autofree char *names = bpg_service_catalog_dup_area_names (catalog, physio);

  /* National services serve everyone; the East of England serves Essex. */
  g_assert_true (bpg_service_catalog_serves (catalog, nhs111, "essex"));
  g_assert_true (bpg_service_catalog_serves (catalog, nhs111, NULL));
  g_assert_true (bpg_service_catalog_serves (catalog, eoe, "essex"));
  g_assert_false (bpg_service_catalog_serves (catalog, eoe, "leicester-leicestershire-rutland"));
  g_assert_false (bpg_service_catalog_serves (catalog, physio, "essex"));
  g_assert_false (bpg_service_catalog_serves (catalog, physio, NULL));
  g_assert_true (bpg_service_catalog_serves (catalog, physio, "leicester-leicestershire-rutland"));

  /* Services for other areas stay findable: the two lists hold them all. */
  g_assert_cmpuint (n_items (for_essex) + n_items (not_essex), ==,
                    n_items (bpg_service_catalog_get_services (catalog)));
  g_assert_cmpuint (n_items (not_essex), >, 0);
  g_assert_cmpuint (n_items (unknown), <, n_items (for_essex));

  g_assert_cmpstr (names, ==, "Leicester, Leicestershire and Rutland");
}

/* The areas a patient chooses from: each local area by its full name, and
 * a wider area as "Anywhere else in" it, after the areas within it, so
 * England is not offered beside Essex as if they were alike. */
static void
test_area_choices (void)
{
  static const char * const expected[][2] = {
    { "essex", "Essex" },
    { "east-of-england", "Anywhere else in East of England" },
    { "leicester-leicestershire-rutland", "Leicester, Leicestershire and Rutland" },
    { "england", "Anywhere else in England" },
  };
  g_autoptr(BpgServiceCatalog) catalog = load_shipped ();
  g_autoptr(GPtrArray) choices = bpg_service_catalog_dup_area_choices (catalog);

  g_assert_cmpuint (choices->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < choices->len; i++)
    {
      BpgServiceAreaChoice *choice = g_ptr_array_index (choices, i);

      g_assert_cmpstr (choice->id, ==, expected[i][0]);
      g_assert_cmpstr (choice->label, ==, expected[i][1]);
    }
}

static void
test_local_file (void)
{
  g_autoptr(BpgServiceCatalog) catalog = load_shipped ();
  GListModel *services = bpg_service_catalog_get_services (catalog);
  guint n_before = n_items (services);
  g_autoptr(GFile) file = sample ("good-clinic.json");
  BpgService *replaced, *added;
  guint position;

  g_assert_true (bpg_service_catalog_add_file (catalog, file, NULL));
  g_assert_cmpuint (n_items (bpg_service_catalog_get_problems (catalog)), ==, 0);

  /* One new service; one built-in one replaced in its place. */
  g_assert_cmpuint (n_items (services), ==, n_before + 1);
  replaced = bpg_service_catalog_lookup_service (catalog, "nhs-111");
  g_assert_cmpstr (bpg_service_get_name (replaced), ==, "NHS 111 (local text)");
  g_assert_true (bpg_service_is_local (replaced));
  g_assert_true (g_str_has_suffix (bpg_service_get_origin (replaced), "good-clinic.json"));
  g_assert_true (g_list_store_find (G_LIST_STORE (services), replaced, &position));
  g_assert_cmpuint (position, ==, 1);

  /* A new area, within Essex, gets Essex's services and its own. */
  added = bpg_service_catalog_lookup_service (catalog, "anytown-back-class");
  g_assert_nonnull (bpg_service_catalog_lookup_area (catalog, "anytown"));
  g_assert_true (bpg_service_catalog_serves (catalog, added, "anytown"));
  g_assert_false (bpg_service_catalog_serves (catalog, added, "essex"));
  g_assert_true (bpg_service_catalog_serves (catalog,
                                             bpg_service_catalog_lookup_service (catalog, "essex-stop-smoking"),
                                             "anytown"));
  g_assert_cmpstr (bpg_service_get_phone (added), ==, "01234 567890");
  g_assert_cmpstr (bpg_service_get_source (added), ==, "Anytown Health Centre");

  /* The same file again: its area exists now, so it is refused whole. */
  g_assert_false (bpg_service_catalog_add_file (catalog, file, NULL));
  g_assert_cmpstr (bpg_service_problem_get_field (problem_at (catalog, 0)), ==, "areas[0].id");
  g_assert_cmpuint (bpg_service_problem_get_line (problem_at (catalog, 0)), ==, 4);
}

/* A bad local file is refused with its file, line and field named, and the
 * built-in services are all still there. */
static void
check_refused (const char *name,
               guint       line,
               const char *field,
               const char *words)
{
  g_autoptr(BpgServiceCatalog) catalog = load_shipped ();
  guint n_before = n_items (bpg_service_catalog_get_services (catalog));
  g_autoptr(GFile) file = sample (name);
  g_autofree char *path = g_file_get_parse_name (file);
  g_autofree char *text = NULL;
  BpgServiceProblem *problem;

  g_assert_false (bpg_service_catalog_add_file (catalog, file, NULL));
  g_assert_cmpuint (n_items (bpg_service_catalog_get_services (catalog)), ==, n_before);
  g_assert_nonnull (bpg_service_catalog_lookup_service (catalog, "llr-msk-physiotherapy"));
  g_assert_cmpuint (n_items (bpg_service_catalog_get_problems (catalog)), >=, 1);

  problem = problem_at (catalog, 0);
  text = bpg_service_problem_to_string (problem);
  g_test_message ("%s", text);
  g_assert_cmpstr (bpg_service_problem_get_file (problem), ==, path);
  g_assert_cmpuint (bpg_service_problem_get_line (problem), ==, line);
  g_assert_cmpstr (bpg_service_problem_get_field (problem), ==, field);
  if (strstr (bpg_service_problem_get_message (problem), words) == NULL)
    g_error ("“%s” does not say “%s”", bpg_service_problem_get_message (problem), words);
  g_assert_true (g_str_has_prefix (text, path));
}

static void
test_malformed (void)
{
  check_refused ("syntax-error.json", 5, NULL, "not valid JSON");
}

static void
test_truncated (void)
{
  check_refused ("truncated.json", 6, NULL, "not valid JSON");
}

static void
test_wrong_type (void)
{
  check_refused ("wrong-type.json", 7, "services[0].areas",
                 "services[0].areas must be a list, not text");
}

static void
test_newer_schema (void)
{
  check_refused ("newer-schema.json", 2, "schema", "newer version");
}

static void
test_several_problems (void)
{
  g_autoptr(BpgServiceCatalog) catalog = load_shipped ();
  g_autoptr(GFile) file = sample ("several-problems.json");

  /* Every bad service is reported, and the good one is not used either. */
  g_assert_false (bpg_service_catalog_add_file (catalog, file, NULL));
  g_assert_cmpuint (n_items (bpg_service_catalog_get_problems (catalog)), ==, 2);
  g_assert_cmpstr (bpg_service_problem_get_field (problem_at (catalog, 0)), ==,
                   "services[0].links[0].url");
  g_assert_cmpuint (bpg_service_problem_get_line (problem_at (catalog, 0)), ==, 11);
  g_assert_cmpstr (bpg_service_problem_get_field (problem_at (catalog, 1)), ==, "services[2].for");
  g_assert_cmpuint (bpg_service_problem_get_line (problem_at (catalog, 1)), ==, 31);
  g_assert_null (bpg_service_catalog_lookup_service (catalog, "fine-but-not-used"));
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("bpg-services-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)))
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_assert_no_errno (g_unlink (child));
    }
  g_assert_no_errno (g_rmdir (path));
}

/* A huge file is refused from its size alone: it is sparse, 4 GiB, and
 * reading it into memory would take far longer than this test allows. */
static void
test_oversized (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "huge.json", NULL);
  g_autofree char *small_path = g_build_filename (dir, "just-over.json", NULL);
  g_autoptr(BpgServiceCatalog) catalog = load_shipped ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) small = g_file_new_for_path (small_path);
  g_autofree char *over = g_strnfill (BPG_SERVICE_FILE_MAX_SIZE + 1, ' ');
  gint64 start = g_get_monotonic_time ();
  BpgServiceProblem *problem;
  int fd;

  fd = g_open (path, O_CREAT | O_WRONLY, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_no_errno (ftruncate (fd, G_GINT64_CONSTANT (4) << 30));
  g_assert_no_errno (close (fd));

  g_assert_false (bpg_service_catalog_add_file (catalog, file, NULL));
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC);
  problem = problem_at (catalog, 0);
  g_assert_cmpuint (bpg_service_problem_get_line (problem), ==, 0);
  g_assert_nonnull (strstr (bpg_service_problem_get_message (problem), "too large (4.0\u00A0GiB)"));
  g_assert_nonnull (strstr (bpg_service_problem_get_message (problem), "at most 1.0\u00A0MiB"));

  /* One byte over is over. */
  over[0] = '{';
  g_assert_true (g_file_set_contents (small_path, over, -1, NULL));
  g_assert_false (bpg_service_catalog_add_file (catalog, small, NULL));
  g_assert_cmpuint (n_items (bpg_service_catalog_get_problems (catalog)), ==, 2);
  g_assert_nonnull (bpg_service_catalog_lookup_service (catalog, "nhs-111"));

  remove_dir (dir);
}

/* The sample clinic's file with @old replaced by @new, as a file in @dir. */
static GFile *
write_variant (const char *dir,
               const char *name,
               const char *old,
               const char *new)
{
  g_autoptr(GFile) good = sample ("good-clinic.json");
  g_autofree char *good_path = g_file_get_path (good);
  g_autofree char *text = NULL;
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GString) variant = NULL;

  g_assert_true (g_file_get_contents (good_path, &text, NULL, NULL));
  variant = g_string_new (text);
  g_assert_cmpuint (g_string_replace (variant, old, new, 1), ==, 1);
  g_assert_true (g_file_set_contents (path, variant->str, variant->len, NULL));

  return g_file_new_for_path (path);
}

static void
assert_one_problem (BpgServiceCatalog *catalog,
                    const char        *file_name,
                    guint              line,
                    const char        *field,
                    const char        *message)
{
  BpgServiceProblem *problem = problem_at (catalog, 0);

  g_assert_cmpuint (n_items (bpg_service_catalog_get_problems (catalog)), ==, 1);
  g_assert_true (g_str_has_suffix (bpg_service_problem_get_file (problem), file_name));
  g_assert_cmpuint (bpg_service_problem_get_line (problem), ==, line);
  g_assert_cmpstr (bpg_service_problem_get_field (problem), ==, field);
  if (strstr (bpg_service_problem_get_message (problem), message) == NULL)
    g_error ("\"%s\" does not say \"%s\"", bpg_service_problem_get_message (problem), message);
}

/* A megabyte of "[" overflowed the stack of json-glib, which recurses: the
 * app crashed whenever Get help opened. */
static void
test_deep_nesting (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "10-deep.json", NULL);
  g_autofree char *deep = g_strnfill (BPG_SERVICE_FILE_MAX_SIZE, '[');
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  G_GNUC_UNUSED g_autoptr(GFile) good = write_variant (dir, "20-good.json", "Anytown", "Anytown");
  g_autoptr(BpgServiceCatalog) catalog = load_shipped ();

  g_assert_true (g_file_set_contents (path, deep, -1, NULL));
  bpg_service_catalog_add_dir (catalog, folder, NULL);

  assert_one_problem (catalog, "10-deep.json", 1, "[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]",
                      "holds lists or objects nested more than 16 deep");
  g_assert_nonnull (bpg_service_catalog_lookup_service (catalog, "anytown-back-class"));

  remove_dir (dir);
}

/* "\ud800" showed as "Any\uFFFD\uFFFD\uFFFDown"; "\u0000" cut the text short,
 * silently. Both are refused with file, line and field. */
static void
test_broken_text (void)
{
  static const struct {
    const char *old;
    const char *new;
    guint       line;
    const char *field;
    const char *message;
  } cases[] = {
    { "\"Anytown back class\"", "\"Any\\ud800own back class\"", 9, "services[0].name",
      "services[0].name holds \u201c\\ud800\u201d, half of a character" },
    { "\"Adults registered", "\"Adults\\u0000 registered", 11, "services[0].for",
      "services[0].for holds \u201c\\u0000\u201d, which would cut the text short" },
    { "\"Call 111.\"", "\"Call \\udc00111.\"", 26, "services[1].reach",
      "services[1].reach holds \u201c\\udc00\u201d, half of a character" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *dir = make_temp_dir ();
      g_autoptr(GFile) file = write_variant (dir, "clinic.json", cases[i].old, cases[i].new);
      g_autoptr(BpgServiceCatalog) catalog = load_shipped ();

      g_test_message ("%s", cases[i].new);
      g_assert_false (bpg_service_catalog_add_file (catalog, file, NULL));
      assert_one_problem (catalog, "clinic.json", cases[i].line, cases[i].field, cases[i].message);
      g_assert_null (bpg_service_catalog_lookup_service (catalog, "anytown-back-class"));
      remove_dir (dir);
    }
}

/* json-glib keeps the last of two members with the same name, silently. */
static void
test_duplicate_members (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autoptr(GFile) file = write_variant (dir, "clinic.json", "\"schema\": 1,",
                                         "\"schema\": 99,\n  \"schema\": 1,");
  g_autoptr(BpgServiceCatalog) catalog = load_shipped ();

  g_assert_false (bpg_service_catalog_add_file (catalog, file, NULL));
  assert_one_problem (catalog, "clinic.json", 3, "schema",
                      "\u201cschema\u201d is given twice in one object");
  g_assert_null (bpg_service_catalog_lookup_service (catalog, "anytown-back-class"));
  remove_dir (dir);
}

/* Each problem's line was looked for from the start of the file: 16,000
 * broken services took 9 s to check, a megabyte of them over 5 minutes. */
static void
test_many_problems (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "many.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GString) text = g_string_new ("{\n\"schema\": 1,\n\"services\": [\n");
  g_autoptr(BpgServiceCatalog) catalog = load_shipped ();
  g_autofree char *last = NULL;
  gint64 start;
  guint n = 0;

  /* As many broken services as fit in the largest file. */
  for (; text->len < BPG_SERVICE_FILE_MAX_SIZE - 64; n++)
    g_string_append_printf (text, "%s{\"id\": \"s%u\"}", n > 0 ? ",\n" : "", n);
  g_string_append (text, "\n]\n}\n");
  g_assert_true (g_file_set_contents (path, text->str, text->len, NULL));

  start = g_get_monotonic_time ();
  g_assert_false (bpg_service_catalog_add_file (catalog, file, NULL));
  g_test_message ("%u broken services checked in %.2f s", n,
                  (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC);
  g_assert_cmpuint (n_items (bpg_service_catalog_get_problems (catalog)), ==, n);
  g_assert_cmpuint (bpg_service_problem_get_line (problem_at (catalog, n - 1)), ==, n + 3);
  last = g_strdup_printf ("services[%u].name", n - 1);
  g_assert_cmpstr (bpg_service_problem_get_field (problem_at (catalog, n - 1)), ==, last);
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);

  remove_dir (dir);
}

static void
store_result_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  *(GAsyncResult **)user_data = g_object_ref (result);
}

static void
write_file (const char *dir,
            const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_set_contents (path, text, -1, &error));
}

static void
copy_sample (const char *dir,
             const char *name,
             const char *as)
{
  g_autoptr(GFile) from = sample (name);
  g_autofree char *path = g_build_filename (dir, as, NULL);
  g_autoptr(GFile) to = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, &error));
}

/* A FIFO, a hidden file and a text file in the folder. */
static void
fill_dirs (const char *system_dir,
           const char *user_dir)
{
  g_autofree char *fifo = g_build_filename (system_dir, "pipe.json", NULL);

  copy_sample (system_dir, "good-clinic.json", "10-clinic.json");
  copy_sample (system_dir, "wrong-type.json", "20-broken.json");
  write_file (system_dir, "notes.txt", "not a services file");
  write_file (system_dir, ".hidden.json", "{");
  g_assert_no_errno (mkfifo (fifo, 0600));
  write_file (user_dir, "mine.json",
              "{\"schema\": 1, \"services\": [{\"id\": \"anytown-back-class\", "
              "\"name\": \"My class\", \"areas\": [\"anytown\"], \"for\": \"Me.\", "
              "\"referral\": \"self\", \"reach\": \"Ask.\", \"expect\": \"Help.\", "
              "\"not-if\": \"Call 111 if unsure.\", \"source\": \"Me\"}]}");
}

/* Folders are read in order and their files in name order, skipping other
 * files; a FIFO does not block the load; the user's file, read last, wins. */
static void
check_dirs_loaded (BpgServiceCatalog *catalog)
{
  GListModel *problems = bpg_service_catalog_get_problems (catalog);
  BpgService *service;

  g_assert_cmpuint (n_items (problems), ==, 2);
  g_assert_true (g_str_has_suffix (bpg_service_problem_get_file (problem_at (catalog, 0)),
                                   "20-broken.json"));
  g_assert_true (g_str_has_suffix (bpg_service_problem_get_file (problem_at (catalog, 1)),
                                   "pipe.json"));
  g_assert_nonnull (strstr (bpg_service_problem_get_message (problem_at (catalog, 1)),
                            "not a regular file"));

  service = bpg_service_catalog_lookup_service (catalog, "anytown-back-class");
  g_assert_cmpstr (bpg_service_get_name (service), ==, "My class");
  g_assert_true (g_str_has_suffix (bpg_service_get_origin (service), "mine.json"));
  g_assert_nonnull (bpg_service_catalog_lookup_service (catalog, "llr-msk-physiotherapy"));
}

static void
test_load_dirs (void)
{
  g_autofree char *system_dir = make_temp_dir ();
  g_autofree char *user_dir = make_temp_dir ();
  g_autoptr(BpgServiceCatalog) catalog = load_shipped ();
  g_autoptr(GFile) system = g_file_new_for_path (system_dir);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/back-pain-guide");
  g_autoptr(GFile) user = g_file_new_for_path (user_dir);

  fill_dirs (system_dir, user_dir);
  bpg_service_catalog_add_dir (catalog, system, NULL);
  bpg_service_catalog_add_dir (catalog, missing, NULL);
  bpg_service_catalog_add_dir (catalog, user, NULL);
  check_dirs_loaded (catalog);

  remove_dir (system_dir);
  remove_dir (user_dir);
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  BpgServiceCatalog **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = bpg_service_catalog_load_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_load_async (void)
{
  g_autofree char *system_dir = make_temp_dir ();
  g_autofree char *user_dir = make_temp_dir ();
  g_autofree char *builtin_path = g_test_build_filename (G_TEST_DIST, "..", "data", "content",
                                                         "services.json", NULL);
  g_autoptr(GFile) builtin = g_file_new_for_path (builtin_path);
  const char *dirs[] = { system_dir, "/nonexistent/back-pain-guide", user_dir, NULL };
  g_autoptr(BpgServiceCatalog) catalog = NULL;

  fill_dirs (system_dir, user_dir);
  bpg_service_catalog_load_async (builtin, NULL, dirs, NULL, loaded_cb, &catalog);
  while (catalog == NULL)
    g_main_context_iteration (NULL, TRUE);
  check_dirs_loaded (catalog);

  remove_dir (system_dir);
  remove_dir (user_dir);
}

static void
test_load_async_bad_builtin (void)
{
  g_autoptr(GFile) builtin = sample ("wrong-type.json");
  g_autoptr(GAsyncResult) result = NULL;
  g_autoptr(BpgServiceCatalog) catalog = NULL;
  g_autoptr(GError) error = NULL;
  const char *no_dirs[] = { NULL };

  bpg_service_catalog_load_async (builtin, NULL, no_dirs, NULL, store_result_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);

  catalog = bpg_service_catalog_load_finish (result, &error);
  g_assert_null (catalog);
  g_assert_error (error, BPG_ERROR, BPG_ERROR_INVALID_DATA);
  g_assert_nonnull (strstr (error->message, "services.json:1: file.areas is missing"));
}

static void
test_local_dirs (void)
{
  g_auto(GStrv) dirs = bpg_service_catalog_dup_local_dirs ();
  g_autofree char *user = g_build_filename (g_get_user_config_dir (), BPG_SERVICES_SUBDIR, NULL);
  guint n = g_strv_length (dirs);

  g_assert_cmpuint (n, >=, 2);
  g_assert_cmpstr (dirs[0], ==, "/etc/back-pain-guide/services.d");
  /* The user's own folder comes last, so it can replace the others. */
  g_assert_cmpstr (dirs[n - 1], ==, user);
}

static void
test_locate (void)
{
  const char *text =
    "{\n"
    "  \"a\": \"x\\\"y\",\n"
    "  \"list\": [\n"
    "    { \"b\": 1 },\n"
    "    {\n"
    "      \"b\": [1, {\"c\": \"{[\"}],\n"
    "      \"d\": null\n"
    "    }\n"
    "  ]\n"
    "}\n";
  gsize len = strlen (text);
  const char *rest = NULL;
  guint line = 0, column = 0;

  g_assert_cmpuint (bpg_service_file_locate (text, len, "a"), ==, 2);
  g_assert_cmpuint (bpg_service_file_locate (text, len, "list"), ==, 3);
  g_assert_cmpuint (bpg_service_file_locate (text, len, "list[0].b"), ==, 4);
  g_assert_cmpuint (bpg_service_file_locate (text, len, "list[1]"), ==, 5);
  g_assert_cmpuint (bpg_service_file_locate (text, len, "list[1].d"), ==, 7);
  g_assert_cmpuint (bpg_service_file_locate (text, len, "list[1].b[1].c"), ==, 6);
  /* A missing member: the object that lacks it. */
  g_assert_cmpuint (bpg_service_file_locate (text, len, "list[1].e"), ==, 5);
  g_assert_cmpuint (bpg_service_file_locate (text, len, "list[7]"), ==, 3);

  g_assert_true (bpg_service_file_syntax_line ("<data>:12:5: Parse error: oops",
                                               &line, &column, &rest));
  g_assert_cmpuint (line, ==, 12);
  g_assert_cmpuint (column, ==, 5);
  g_assert_cmpstr (rest, ==, "Parse error: oops");
  g_assert_false (bpg_service_file_syntax_line ("no position", &line, &column, &rest));
}

/* Each built-in string the catalog translates reaches the translators,
 * with the same context. */
static void
test_strings_extracted (void)
{
  g_autoptr(BpgServiceCatalog) catalog = load_shipped ();
  const char * const *msgids = bpg_service_catalog_get_msgids (catalog);
  g_autoptr(GError) error = NULL;
  g_autofree char *extracted = NULL;
  guint n = 0;

  g_assert_true (g_file_get_contents (CONTENT_STRINGS_FILE, &extracted, NULL, &error));

  for (; msgids[n] != NULL; n++)
    {
      g_auto(GStrv) parts = g_strsplit (msgids[n], "\004", 2);
      g_autofree char *context = g_strescape (parts[0], NULL);
      g_autofree char *text = g_strescape (parts[1], "’“”–");
      g_autofree char *call = g_strdup_printf ("C_(\"%s\", \"%s\");", context, text);

      if (strstr (extracted, call) == NULL)
        g_error ("Not extracted for translation: %s", call);
    }

  g_assert_cmpuint (n, >, 50);
}

/* back-pain-guide --check-services FILE reports what the app would, and
 * exits with an error, without opening a window (there is no display here). */
static void
run_check_path (const char  *path,
                int         *status,
                char       **out,
                char       **err)
{
  const char *build_root = g_getenv ("BPG_BUILD_ROOT");
  g_autofree char *app = g_build_filename (build_root != NULL ? build_root : ".", "src",
                                           "back-pain-guide", NULL);
  const char *argv[] = { app, "--check-services", path, NULL };
  g_auto(GStrv) envp = g_environ_unsetenv (g_get_environ (), "DISPLAY");
  g_autoptr(GError) error = NULL;

  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  g_assert_true (g_spawn_sync (NULL, (char **)argv, envp, G_SPAWN_DEFAULT, NULL, NULL,
                               out, err, status, &error));
  g_assert_no_error (error);
}

static void
run_check (const char  *name,
           int         *status,
           char       **out,
           char       **err)
{
  g_autoptr(GFile) file = sample (name);
  g_autofree char *path = g_file_get_path (file);

  run_check_path (path, status, out, err);
}

static void
test_check_command (void)
{
  const char *build_root = g_getenv ("BPG_BUILD_ROOT");
  g_autofree char *app = g_build_filename (build_root != NULL ? build_root : ".", "src",
                                           "back-pain-guide", NULL);
  g_autoptr(GFile) bad = sample ("several-problems.json");
  g_autofree char *bad_path = g_file_get_path (bad);
  g_autofree char *line_11 = g_strconcat (bad_path, ":11: services[0].links[0].url", NULL);
  g_autofree char *line_31 = g_strconcat (bad_path, ":31: services[2].for is empty", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status;

  if (!g_file_test (app, G_FILE_TEST_IS_EXECUTABLE))
    {
      g_test_skip ("The app is not built");
      return;
    }

  run_check ("several-problems.json", &status, &out, &err);
  g_test_message ("%s", err);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (err, line_11));
  g_assert_nonnull (strstr (err, line_31));

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  run_check ("truncated.json", &status, &out, &err);
  g_assert_false (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (err, "truncated.json:6: The file is not valid JSON"));

  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  run_check ("good-clinic.json", &status, &out, &err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_assert_nonnull (strstr (out, "no problems found"));
  g_assert_cmpstr (err, ==, "");

  /* A megabyte of "[" is a problem reported, not a crash (signal 11). */
  {
    g_autofree char *dir = make_temp_dir ();
    g_autofree char *deep_path = g_build_filename (dir, "deep.json", NULL);
    g_autofree char *deep = g_strnfill (BPG_SERVICE_FILE_MAX_SIZE, '[');
    g_autofree char *expected = g_strconcat (deep_path, ":1: ", NULL);

    g_assert_true (g_file_set_contents (deep_path, deep, -1, NULL));
    g_clear_pointer (&out, g_free);
    g_clear_pointer (&err, g_free);
    run_check_path (deep_path, &status, &out, &err);
    g_assert_true (WIFEXITED (status));
    g_assert_cmpint (WEXITSTATUS (status), ==, 1);
    g_assert_nonnull (strstr (err, expected));
    g_assert_nonnull (strstr (err, "nested more than 16 deep"));
    remove_dir (dir);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/service/builtin/rules", test_builtin_rules);
  g_test_add_func ("/service/builtin/contacts-from-leaflets", test_builtin_contacts_from_leaflets);
  g_test_add_func ("/service/builtin/content", test_builtin_content);
  g_test_add_func ("/service/builtin/validation", test_builtin_validation);
  g_test_add_func ("/service/builtin/strings-extracted", test_strings_extracted);
  g_test_add_func ("/service/areas", test_areas);
  g_test_add_func ("/service/area-choices", test_area_choices);
  g_test_add_func ("/service/local/file", test_local_file);
  g_test_add_func ("/service/local/malformed", test_malformed);
  g_test_add_func ("/service/local/truncated", test_truncated);
  g_test_add_func ("/service/local/wrong-type", test_wrong_type);
  g_test_add_func ("/service/local/newer-schema", test_newer_schema);
  g_test_add_func ("/service/local/several-problems", test_several_problems);
  g_test_add_func ("/service/local/oversized", test_oversized);
  g_test_add_func ("/service/local/deep-nesting", test_deep_nesting);
  g_test_add_func ("/service/local/broken-text", test_broken_text);
  g_test_add_func ("/service/local/duplicate-members", test_duplicate_members);
  g_test_add_func ("/service/local/many-problems", test_many_problems);
  g_test_add_func ("/service/local/dirs", test_load_dirs);
  g_test_add_func ("/service/local/async", test_load_async);
  g_test_add_func ("/service/local/async-bad-builtin", test_load_async_bad_builtin);
  g_test_add_func ("/service/local/default-dirs", test_local_dirs);
  g_test_add_func ("/service/locate", test_locate);
  g_test_add_func ("/service/check-command", test_check_command);

  return g_test_run ();
}
