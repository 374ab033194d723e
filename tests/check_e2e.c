/* End-to-end suite: runs the binary on the cases in tests/e2e/ and compares its exit status,
 * stdout and stderr with the expected files, plus a few runs that need a fresh folder. */
#include "tests/helpers.h"
#include "base/buf.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

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

/* A case's env file: NAME=VALUE lines set for its run (LANG=nl_NL.UTF-8 for a bare file in
 * Dutch). Each case runs in its own process (Check forks), so nothing leaks to the next. */
static void set_env(const char *dir)
{
    char *path = rp_strfmt("%s/env", dir);
    char *text = t_read(path, NULL);
    for (char *line = text ? strtok(text, "\n") : NULL; line; line = strtok(NULL, "\n")) {
        char *eq = strchr(line, '=');
        if (eq && line[0] != '#') {
            *eq = '\0';
            setenv(line, eq + 1, 1);
        }
    }
    free(text);
    free(path);
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
    set_env(dir);
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
    ck_assert(t_has(out, "Geen problemen gevonden.")); /* the example project is Dutch */
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

/* SOURCE_DATE_EPOCH that is not a time is a usage error, not silently today's date; the
 * largest time a four-digit year can hold makes a valid PDF. */
START_TEST(source_date_epoch_checked)
{
    static const char *const bad[] = {"abc", "-1", "253402300800", "67768036191676800", "1e9",
                                       " 5"};
    char *tmp = t_tmpdir(), *out, *err;
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        setenv("SOURCE_DATE_EPOCH", bad[i], 1);
        ck_assert_int_eq(t_run(tmp, "ci --kind count --x 5", &out, &err), 2);
        ck_assert_msg(t_has(err, "is not a time; expected whole seconds since 1970-01-01 UTC"),
                      "%s: %s", bad[i], err);
        free(out);
        free(err);
    }
    setenv("SOURCE_DATE_EPOCH", "253402300799", 1);
    char *proj = t_src("tests/e2e/charts_small/proj");
    char *args = rp_strfmt("report '%s' -o r", proj);
    ck_assert_int_eq(t_run(tmp, args, &out, &err), 0);
    char *cmd = rp_strfmt("pdfinfo '%s/r/report.pdf' | grep -q 'Fri Dec 31 23:59:59 9999'", tmp);
    ck_assert_msg(system(cmd) == 0, "no 9999-12-31 date in the PDF");
    unsetenv("SOURCE_DATE_EPOCH");
    free(cmd);
    free(args);
    free(proj);
    free(out);
    free(err);
    free(tmp);
}
END_TEST

/* The same broken project in Dutch and in English: every message of its load in its language
 * (the language is read before anything else, so a problem above the language line speaks it
 * too), at its file:line:column, and the summary with it. */
START_TEST(messages_in_project_language)
{
    static const char *const langs[] = {"nl", "en"};
    static const char *const want[][4] = {
        {"monitor.ini:3: onbekende sleutel \"kleur\" in [monitor]; verwacht een van: ",
         "v.csv:3:1: jaar \"twintig\" is geen geheel getal; verwacht een jaar van 1900 tot en "
         "met 2100\n",
         "v.csv:4:2: aantal \"1,372\" is geen geheel getal (in dit bestand is de komma het "
         "decimaalteken en scheidt een punt de duizendtallen, per drie cijfers zoals in 1.372); "
         "verwacht een geheel getal van 0 of meer, zoals 1372 of 1.372\n",
         "3 problemen gevonden.\n"},
        {"monitor.ini:3: unknown key \"kleur\" in [monitor]; expected one of: ",
         "v.csv:3:1: jaar \"twintig\" is not a whole number; expected a year from 1900 to "
         "2100\n",
         "v.csv:4:2: aantal \"1,372\" is not a whole number (in this file the comma is the "
         "decimal sign and a point groups thousands, in threes as in 1.372); expected a whole "
         "number of 0 or more, such as 1372 or 1.372\n",
         "3 problems found.\n"}};
    for (int l = 0; l < 2; l++) {
        char *tmp = t_tmpdir(), *out, *err;
        char *ini = rp_strfmt("[monitor]\ntitle = T\nkleur = rood\nlanguage = %s\n"
                              "[dataset v]\nfile = v.csv\n[indicator i]\ntitle = I\n"
                              "dataset = v\n", langs[l]);
        free(t_write(tmp, "monitor.ini", ini));
        free(t_write(tmp, "v.csv", "jaar;aantal\n2020;3\ntwintig;4\n2021;1,372\n"));
        /* the locale says otherwise: the project's language holds */
        setenv("LANG", l == 0 ? "C.UTF-8" : "nl_NL.UTF-8", 1);
        ck_assert_int_eq(t_run(tmp, "validate .", &out, &err), 1);
        for (int k = 0; k < 3; k++)
            ck_assert_msg(t_has(err, want[l][k]), "%s: %s\n%s", langs[l], want[l][k], err);
        ck_assert_msg(t_has(out, want[l][3]), "%s", out);
        free(out), free(err);
        /* a command that loads the project says so in the same language */
        ck_assert_int_eq(t_run(tmp, "targets .", &out, &err), 1);
        ck_assert_msg(t_has(err, l == 0 ? "rapporteur: . is niet geldig; rapporteur validate . "
                                          "geeft een overzicht"
                                        : "rapporteur: . is not valid; run rapporteur validate "
                                          ". for a summary"), "%s", err);
        free(out), free(err);
        free(ini);
        free(tmp);
    }
    unsetenv("LANG");
}
END_TEST

/* A bare file has no project: its messages and its text speak the locale's language (LANG,
 * or LC_MESSAGES, or LC_ALL, which wins), and so does a usage error. */
START_TEST(messages_in_locale_language)
{
    char *tmp = t_tmpdir(), *out, *err;
    free(t_write(tmp, "v.csv", "jaar;aantal\n2020;3\n2021;-1\n"));
    setenv("LANG", "nl_NL.UTF-8", 1);
    ck_assert_int_eq(t_run(tmp, "tabulate v.csv --by jaar", &out, &err), 1);
    ck_assert_msg(t_has(err, "v.csv:3:2: aantal -1 is negatief; verwacht een geheel getal van 0 "
                             "of meer\n"), "%s", err);
    free(out), free(err);
    ck_assert_int_eq(t_run(tmp, "ci --kind proportion --x 81 --n 263", &out, &err), 0);
    ck_assert_msg(t_has(out, "81 van 263 = 30,8% (95%-BI 25,5% tot 36,6%, "
                             "Wilson-scoreinterval).\n"), "%s", out);
    free(out), free(err);
    ck_assert_int_eq(t_run(tmp, "ci --kind rate --x 3", &out, &err), 2);
    ck_assert_msg(t_has(err, "rapporteur ci: --n is verplicht bij --kind rate\n"
                             "gebruik: rapporteur ci "), "%s", err);
    free(out), free(err);
    setenv("LC_ALL", "C", 1);  /* LC_ALL wins over LANG */
    ck_assert_int_eq(t_run(tmp, "tabulate v.csv --by jaar", &out, &err), 1);
    ck_assert_msg(t_has(err, "v.csv:3:2: aantal -1 is negative; expected a whole number of 0 or "
                             "more\n"), "%s", err);
    free(out), free(err);
    unsetenv("LC_ALL");
    setenv("LANG", "C", 1);
    ck_assert_int_eq(t_run(tmp, "ci --kind proportion --x 81 --n 263", &out, &err), 0);
    ck_assert_msg(t_has(out, "81 of 263 = 30.8% (95% CI 25.5% to 36.6%, Wilson score "
                             "interval).\n"), "%s", out);
    free(out), free(err);
    setenv("LC_MESSAGES", "nl_BE.UTF-8", 1);
    ck_assert_int_eq(t_run(tmp, "trend v.csv --x jaar --y aantal --model mk", &out, &err), 1);
    ck_assert_msg(t_has(err, "v.csv: 2 punten met waarden; een trend heeft er minstens 3 nodig"),
                  "%s", err);
    free(out), free(err);
    unsetenv("LC_MESSAGES");
    /* no project at that path: nothing to read a language from, so the locale's */
    setenv("LANG", "nl_NL.UTF-8", 1);
    ck_assert_int_eq(t_run(tmp, "validate nergens", &out, &err), 1);
    ck_assert_msg(t_has(err, "nergens: kan niet worden geopend: No such file or directory; "
                             "verwacht een projectmap met monitor.ini"), "%s", err);
    free(out), free(err);
    unsetenv("LANG");
    free(tmp);
}
END_TEST

/* Inputs that are not files: /dev/zero through a link, a named pipe nobody writes, and a
 * folder: refused at once, never read for ever. */
START_TEST(inputs_are_regular_files)
{
    char *tmp = t_tmpdir(), *out, *err;
    free(t_write(tmp, "monitor.ini", "[monitor]\ntitle = T\n[dataset v]\nfile = v.csv\n"
                                     "[indicator i]\ntitle = I\ndataset = v\n"));
    char *v = rp_strfmt("%s/v.csv", tmp);
    ck_assert_int_eq(symlink("/dev/zero", v), 0);
    ck_assert_int_eq(t_run(tmp, "validate .", &out, &err), 1);
    /* a project without language is Dutch; a bare file speaks the locale's English */
    ck_assert_msg(t_has(err, "monitor.ini:4: file = v.csv is geen gewoon bestand"), "%s", err);
    free(out), free(err);
    unlink(v);
    ck_assert_int_eq(mkfifo(v, 0600), 0);
    ck_assert_int_eq(t_run(tmp, "tabulate v.csv --by jaar", &out, &err), 1);
    ck_assert_msg(t_has(err, "v.csv: is not a regular file"), "%s", err);
    free(out), free(err);
    unlink(v);
    mkdir(v, 0777);
    ck_assert_int_eq(t_run(tmp, "trend v.csv --x jaar --y aantal --model mk", &out, &err), 1);
    ck_assert_msg(t_has(err, "v.csv: is not a regular file"), "%s", err);
    free(out), free(err);
    free(v);
    free(tmp);
}
END_TEST

/* A gnuplot that stops answering is ended by the watchdog, the run fails (exit 3) and no
 * output folder is written; and in the C locale (cron, env -i) the charts draw. */
START_TEST(hung_gnuplot_and_c_locale)
{
    char *tmp = t_tmpdir(), *out, *err;
    char *fake = t_write(tmp, "gnuplot", "#!/bin/sh\n"
                                         "if [ \"$1\" = -V ]; then echo 'gnuplot 5.4 patchlevel 4'; "
                                         "exit 0; fi\nexec sleep 600\n");
    chmod(fake, 0755);
    char *path = rp_strfmt("%s:%s", tmp, getenv("PATH"));
    char *old = rp_strdup(getenv("PATH"));
    setenv("PATH", path, 1);
    setenv("RP_GNUPLOT_TIMEOUT", "2", 1);
    char *proj = t_src("tests/e2e/charts_small/proj");
    char *args = rp_strfmt("charts '%s' -o hung --format svg", proj);
    time_t t0 = time(NULL);
    ck_assert_int_eq(t_run(tmp, args, &out, &err), 3);
    ck_assert_msg(time(NULL) - t0 < 30, "the watchdog took %ld s", (long)(time(NULL) - t0));
    ck_assert_msg(t_has(err, "gnuplot stopped answering and was ended after 2 seconds"), "%s",
                  err);
    free(out), free(err);
    char *hung = rp_strfmt("%s/hung", tmp);
    struct stat st;
    ck_assert_msg(stat(hung, &st) != 0, "a failed run wrote its output folder");
    setenv("PATH", old, 1);
    unsetenv("RP_GNUPLOT_TIMEOUT");
    setenv("LC_ALL", "C", 1);
    free(args);
    args = rp_strfmt("charts '%s' -o c --format svg,png", proj);
    ck_assert_int_eq(t_run(tmp, args, &out, &err), 0);
    ck_assert_msg(!t_has(err, "iconv") && !t_has(err, "warning") && !t_has(err, "waarschuwing"),
                  "%s", err);
    unsetenv("LC_ALL");
    free(out), free(err);
    free(hung);
    free(args);
    free(proj);
    free(old);
    free(path);
    free(fake);
    free(tmp);
}
END_TEST

/* The three inputs of the corpus too big to keep in the repository. */
static void make_big_inputs(const char *dir)
{
    rp_buf b;
    rp_buf_init(&b);
    rp_buf_puts(&b, "jaar;vorm\n2020;");
    for (int i = 0; i <= 1024 * 1024; i++)
        rp_buf_putc(&b, 'x');
    rp_buf_puts(&b, "\n");
    free(t_write_n(dir, "field_1mb.csv", b.data, b.len));
    rp_buf_clear(&b);
    for (int i = 0; i < 100000; i++)
        rp_buf_printf(&b, "%sc%d", i ? ";" : "", i);
    rp_buf_puts(&b, "\n");
    free(t_write_n(dir, "cols_100000.csv", b.data, b.len));
    rp_buf_clear(&b);
    rp_buf_puts(&b, "jaar;vorm\n2020;");
    for (int i = 0; i < 3 * 1024 * 1024; i++)
        rp_buf_putc(&b, 'y');
    free(t_write_n(dir, "line_no_end.csv", b.data, b.len));
    rp_buf_free(&b);
}

/* Replaces every {F} in text with name. */
static char *subst(const char *text, const char *name)
{
    rp_buf b;
    rp_buf_init(&b);
    for (const char *p = text; *p;) {
        if (!strncmp(p, "{F}", 3)) {
            rp_buf_puts(&b, name);
            p += 3;
        } else if (!strncmp(p, "\\n", 2)) {
            rp_buf_putc(&b, '\n');
            p += 2;
        } else {
            rp_buf_putc(&b, *p++);
        }
    }
    return rp_buf_steal(&b);
}

/* Runs one line of tests/hostile/cases.txt; appends what went wrong to fails. */
static void hostile_case(char *line, const char *corpus, const char *big, rp_buf *fails)
{
    char *field[5] = {0};
    int nf = 0;
    for (char *p = line; nf < 5; nf++) {
        char *sep = nf < 4 ? strstr(p, " | ") : NULL;
        field[nf] = p;
        if (!sep)
            break;
        *sep = '\0';
        p = sep + 3;
    }
    ck_assert_msg(nf >= 3, "tests/hostile/cases.txt: bad line %s", line);
    char *path = rp_strfmt("%s/%s", corpus, field[0]);
    struct stat st;
    const char *dir = stat(path, &st) == 0 ? corpus : big;
    free(path);
    char *args = subst(field[1], field[0]), *want_err = subst(field[3], field[0]);
    char *want_out = field[4] ? subst(field[4], field[0]) : NULL;
    char *out = NULL, *err = NULL;
    int status = t_run(dir, args, &out, &err);
    size_t first = strcspn(err, "\n");
    if (status != atoi(field[2]))
        rp_buf_printf(fails, "%s: exit %d, expected %s\n", field[0], status, field[2]);
    if (strlen(want_err) != first || strncmp(err, want_err, first))
        rp_buf_printf(fails, "%s: first error\n  got:      %.*s\n  expected: %s\n", field[0],
                      (int)first, err, want_err);
    if (want_out && !t_has(out, want_out))
        rp_buf_printf(fails, "%s: stdout lacks %s:\n%s\n", field[0], want_out, out);
    free(args);
    free(want_err);
    free(want_out);
    free(out);
    free(err);
}

/* Every broken or hostile input gives exactly its first error and exit 1, or, where it is
 * valid, an output in which its text is inert. */
START_TEST(hostile_corpus)
{
    char *corpus = t_src("tests/hostile"), *big = t_tmpdir();
    char *list = rp_strfmt("%s/cases.txt", corpus);
    char *text = t_read(list, NULL);
    ck_assert_msg(text != NULL, "cannot read %s", list);
    make_big_inputs(big);
    rp_buf fails;
    rp_buf_init(&fails);
    int cases = 0;
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n"))
        if (line[0] != '#') {
            hostile_case(line, corpus, big, &fails);
            cases++;
        }
    ck_assert_msg(cases >= 50, "only %d hostile inputs", cases);
    ck_assert_msg(fails.len == 0, "%s", fails.data);
    rp_buf_free(&fails);
    free(text);
    free(list);
    free(big);
    free(corpus);
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
    tcase_add_test(tc, source_date_epoch_checked);
    tcase_add_test(tc, inputs_are_regular_files);
    tcase_add_test(tc, messages_in_project_language);
    tcase_add_test(tc, messages_in_locale_language);
    tcase_add_test(tc, hung_gnuplot_and_c_locale);
    tcase_add_test(tc, hostile_corpus);
    tcase_set_timeout(tc, 120);
    suite_add_tcase(s, tc);
    suite_add_tcase(s, rp_tcase_publish_cli());
    suite_add_tcase(s, rp_tcase_editions_cli());
    suite_add_tcase(s, rp_tcase_interrupt());
    suite_add_tcase(s, rp_tcase_property());
    return s;
}
