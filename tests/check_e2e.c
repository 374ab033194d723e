/* End-to-end suite: runs the binary on the cases in tests/e2e/ and compares its exit status,
 * stdout and stderr with the expected files, plus a few runs that need a fresh folder. */
#include "tests/helpers.h"
#include "datasets/buf.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The case folders, sorted; caller frees each and the array. */
static char **list_cases(size_t *n)
{
    char *root = t_src("tests/e2e");
    DIR *d = opendir(root);
    char **names = NULL;
    *n = 0;
    struct dirent *e;
    while (d && (e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char *args = rp_strfmt("%s/%s/args", root, e->d_name);
        struct stat st;
        if (stat(args, &st) == 0) {
            names = realloc(names, (*n + 1) * sizeof *names);
            names[(*n)++] = rp_strdup(e->d_name);
        }
        free(args);
    }
    if (d)
        closedir(d);
    free(root);
    if (*n)
        qsort(names, *n, sizeof *names, cmp_str);
    return names;
}

static void compare(const char *dir, const char *what, const char *got)
{
    char *path = rp_strfmt("%s/%s", dir, what);
    char *want = t_read(path, NULL);
    if (want)
        t_assert_text(got, want);
    free(want);
    free(path);
}

/* Replaces {OUT} in args with a fresh folder. */
static char *with_out(const char *args, const char *out)
{
    rp_buf b;
    rp_buf_init(&b);
    for (const char *p = args; *p;) {
        if (!strncmp(p, "{OUT}", 5)) {
            rp_buf_puts(&b, out);
            p += 5;
        } else {
            rp_buf_putc(&b, *p++);
        }
    }
    return rp_buf_steal(&b);
}

/* Replaces the output folder's path in a text by {OUT}. */
static char *with_out_back(const char *text, const char *out)
{
    rp_buf b;
    rp_buf_init(&b);
    size_t n = strlen(out);
    for (const char *p = text ? text : ""; *p;) {
        if (!strncmp(p, out, n)) {
            rp_buf_puts(&b, "{OUT}");
            p += n;
        } else {
            rp_buf_putc(&b, *p++);
        }
    }
    return rp_buf_steal(&b);
}

/* Every file in the case's expected/ folder must equal the one written to out. */
static void compare_outputs(const char *dir, const char *out)
{
    char *exp = rp_strfmt("%s/expected", dir);
    DIR *d = opendir(exp);
    struct dirent *e;
    while (d && (e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char *want_p = rp_strfmt("%s/%s", exp, e->d_name), *got_p = rp_strfmt("%s/%s", out, e->d_name);
        char *want = t_read(want_p, NULL), *got = t_read(got_p, NULL);
        ck_assert_msg(got != NULL, "%s was not written", got_p);
        t_assert_text(got, want);
        free(want);
        free(got);
        free(want_p);
        free(got_p);
    }
    if (d)
        closedir(d);
    free(exp);
}

START_TEST(e2e_case)
{
    size_t n;
    char **names = list_cases(&n);
    ck_assert_uint_gt(n, (size_t)_i);
    char *dir = rp_strfmt("%s/tests/e2e/%s", getenv("RP_TOP"), names[_i]);
    char *argsf = rp_strfmt("%s/args", dir);
    char *raw = t_read(argsf, NULL);
    rp_trim(raw);
    char *outdir = t_tmpdir();
    char *args = with_out(raw, outdir);
    free(raw);
    char *out, *err;
    int status = t_run(dir, args, &out, &err);
    char *statusf = rp_strfmt("%s/status", dir);
    char *want = t_read(statusf, NULL);
    int expected = want ? atoi(want) : 0;
    ck_assert_msg(status == expected, "case %s: exit %d, expected %d; stderr: %.300s",
                  names[_i], status, expected, err ? err : "");
    /* the output folder's own name varies: written as {OUT} in expected texts */
    char *o2 = with_out_back(out, outdir), *e2 = with_out_back(err, outdir);
    compare(dir, "stdout", o2);
    compare(dir, "stderr", e2);
    compare_outputs(dir, outdir);
    free(o2);
    free(e2);
    free(outdir);
    free(want);
    free(statusf);
    free(out);
    free(err);
    free(args);
    free(argsf);
    free(dir);
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
}
END_TEST

START_TEST(init_then_validate)
{
    char *tmp = t_tmpdir();
    char *out, *err;
    ck_assert_int_eq(t_run(tmp, "init proj", &out, &err), 0);
    ck_assert(t_has(out, "Wrote the example monitor project to proj"));
    free(out);
    free(err);
    ck_assert_int_eq(t_run(tmp, "validate proj", &out, &err), 0);
    ck_assert(t_has(out, "No problems found."));
    ck_assert_str_eq(err, "");
    free(out);
    free(err);
    /* a second init would overwrite work: refused, nothing written */
    ck_assert_int_eq(t_run(tmp, "init proj", &out, &err), 2);
    ck_assert(t_has(err, "proj already exists and is not an empty folder"));
    free(out);
    free(err);
    free(tmp);
}
END_TEST

Suite *rp_suite_e2e(void)
{
    Suite *s = suite_create("e2e");
    TCase *tc = tcase_create("cases");
    size_t n;
    char **names = list_cases(&n);
    tcase_add_loop_test(tc, e2e_case, 0, (int)n);
    for (size_t i = 0; i < n; i++)
        free(names[i]);
    free(names);
    tcase_add_test(tc, init_then_validate);
    tcase_set_timeout(tc, 60);
    suite_add_tcase(s, tc);
    return s;
}
