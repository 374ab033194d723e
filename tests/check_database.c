/* Database suite: datasets read from a real PostgreSQL server, started once for the suite in a
 * folder of its own (tests/pg/server.sh, which also stops it when this run ends in any way),
 * holding the example's records and counts. The report from it must equal the report from the
 * CSV files; the bad cases must name the dataset, exit 1 and publish nothing. */
#include "tests/helpers.h"
#include "base/buf.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char server_dir[] = "/tmp/rapporteur-pg-XXXXXX";
static int server_up;

static void start_server(void)
{
    char *script = t_src("tests/pg/server.sh");
    if (mkdtemp(server_dir)) {
        char *cmd = rp_strfmt("sh '%s' start '%s' %ld && sh '%s' load '%s'", script, server_dir,
                              (long)getpid(), script, server_dir);
        server_up = system(cmd) == 0;
        free(cmd);
    }
    free(script);
    setenv("PGPASSWORD", "rp-test-only", 1);
}

static void stop_server(void)
{
    char *script = t_src("tests/pg/server.sh");
    char *cmd = rp_strfmt("sh '%s' stop '%s'", script, server_dir);
    if (system(cmd) != 0)
        fprintf(stderr, "could not stop the test database in %s\n", server_dir);
    free(cmd);
    free(script);
}

/* The connection to the test server, as monitor.ini writes it. */
static char *conninfo(void)
{
    return rp_strfmt("host=%s dbname=monitor user=rp", server_dir);
}

/* The example project in dir/csv, and in dir/db a copy (the same monitor.key) whose records
 * and counts are read from the server. */
static void example(const char *dir, char **csv, char **db)
{
    *csv = rp_strfmt("%s/csv", dir);
    *db = rp_strfmt("%s/db", dir);
    char *args = rp_strfmt("init '%s'", *csv);
    ck_assert_int_eq(t_run(NULL, args, NULL, NULL), 0);
    free(args);
    char *ci = conninfo();
    free(t_sh("cp -r '%s' '%s' && sed -i -E 's#^file *= *(victims|cases|municipalities|reports|"
              "investigations)\\.csv$#database = %s\\ntable = \\1#' '%s/monitor.ini'", *csv,
              *db, ci, *db));
    free(ci);
}

/* Every file below a folder, relative, sorted, one a line. */
static char *listing(const char *dir)
{
    return t_sh("cd '%s' && find . -type f | LC_ALL=C sort", dir);
}

START_TEST(db_report_equals_csv)
{
    ck_assert_msg(server_up, "the test database did not start (tests/pg/server.sh)");
    char *dir = t_tmpdir();
    char *csv, *db;
    example(dir, &csv, &db);
    char *out_csv = rp_strfmt("%s/out-csv", dir), *out_db = rp_strfmt("%s/out-db", dir);
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    char *a1 = rp_strfmt("report '%s' -o '%s'", csv, out_csv);
    char *a2 = rp_strfmt("report '%s' -o '%s'", db, out_db);
    char *err = NULL;
    ck_assert_int_eq(t_run(NULL, a1, NULL, NULL), 0);
    int st = t_run(NULL, a2, NULL, &err);
    ck_assert_msg(st == 0, "report from the database: %s", err);
    char *l1 = listing(out_csv), *l2 = listing(out_db);
    t_assert_text(l2, l1);
    /* every table, chart and data file the same, byte for byte; the documents differ only in
     * the list of inputs (and the manifest, which has no checksum of a database) */
    for (char *line = l1, *nl; line && *line; line = nl + 1) {
        nl = strchr(line, '\n');
        *nl = '\0';
        if (strstr(line, "report.pdf") || strstr(line, "manifest.sha256") ||
            strstr(line, ".docx") || strstr(line, "briefing"))
            continue;
        char *p1 = rp_strfmt("%s/%s", out_csv, line), *p2 = rp_strfmt("%s/%s", out_db, line);
        size_t n1, n2;
        char *b1 = t_read(p1, &n1), *b2 = t_read(p2, &n2);
        if (!strcmp(line, "./report.html")) { /* the inputs table names the tables */
            char *fixed = t_sh("sed -E 's#<td>(victims|cases|municipalities|reports|"
                               "investigations)\\.csv</td>#<td>\\1 (PostgreSQL)</td>#' '%s'", p1);
            t_assert_text(b2, fixed);
            free(fixed);
        } else {
            ck_assert_msg(n1 == n2 && !memcmp(b1, b2, n1), "%s differs", line);
        }
        free(b1);
        free(b2);
        free(p1);
        free(p2);
    }
    free(l1);
    free(l2);
    free(a1);
    free(a2);
    free(err);
    free(out_csv);
    free(out_db);
    free(csv);
    free(db);
    free(dir);
}
END_TEST

/* What rapporteur asks the server (its log): the victims counted by exactly the columns the
 * example's indicators read (year, region, the breakdown vorm, the filter minderjarig, the
 * mean's leeftijd, flag), not geslacht, nationaliteit or melder, groups in the table's row
 * order; the counts table read row by row. Only counts come back. */
START_TEST(db_counts_in_database)
{
    ck_assert_msg(server_up, "the test database did not start");
    char *dir = t_tmpdir();
    char *csv, *db;
    example(dir, &csv, &db);
    char *args = rp_strfmt("validate '%s'", db), *out = NULL;
    ck_assert_int_eq(t_run(NULL, args, &out, NULL), 0);
    /* the example speaks Dutch */
    ck_assert_msg(t_has(out, "[dataset victims] table victims: records, 14.886 rijen"), "%s",
                  out);
    char *log_path = rp_strfmt("%s/server.log", server_dir);
    char *log = t_read(log_path, NULL);
    ck_assert_ptr_nonnull(log);
    const char *want[] = {
        "SELECT \"jaar\", \"regio\", \"vorm\", \"minderjarig\", \"leeftijd\", \"flag\", count(*) "
        "FROM \"victims\" AS rp_src GROUP BY 1, 2, 3, 4, 5, 6 ORDER BY min(rp_src.ctid)",
        "SELECT \"jaar\", \"regio\", \"fase\", count(*) FROM \"cases\" AS rp_src GROUP BY 1, 2, 3 "
        "ORDER BY min(rp_src.ctid)",
        "SELECT * FROM \"reports\" AS rp_src ORDER BY rp_src.ctid",
        "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY"};
    for (size_t i = 0; i < sizeof want / sizeof *want; i++)
        ck_assert_msg(t_has(log, want[i]), "the server was not asked: %s", want[i]);
    free(log);
    free(log_path);
    free(out);
    free(args);
    free(csv);
    free(db);
    free(dir);
}
END_TEST

/* tabulate on a project counts in the database (a table, and a query whose groups come
 * sorted) what it counts in the file, and treats each count the same (cli/tab_nest.c): a cell
 * with exactly a published cell's rows is that cell, one within a small count of a published
 * cell is hidden, the rest perturbed with the keys the database adds up (HMAC-SHA256 in SQL)
 * as the file's reader does. Victims of 12 to 17 are the published minors (minderjarig = 1),
 * which only a column the query does not name tells: the database groups by it too. */
START_TEST(db_tabulate_equals_csv)
{
    ck_assert_msg(server_up, "the test database did not start");
    char *dir = t_tmpdir();
    char *csv, *db;
    example(dir, &csv, &db);
    char *ci = conninfo();
    char *ini = rp_strfmt("%s/monitor.ini", db);
    FILE *f = fopen(ini, "a");
    ck_assert_ptr_nonnull(f);
    fprintf(f, "\n[dataset adults]\ndatabase = %s\nquery = SELECT * FROM victims "
               "WHERE minderjarig = 0;\n", ci);
    fclose(f);
    const char *by = "--by jaar,vorm,regio --format csv";
    const char *near = "--by jaar,regio --where 'vorm != overig' --format csv";
    const char *ages = "--by jaar --where 'leeftijd in (12, 13, 14, 15, 16, 17)' --format csv";
    enum { N = 9 };
    char *a[N] = {
        rp_strfmt("tabulate '%s' --dataset victims %s --where 'minderjarig = 0'", csv, by),
        rp_strfmt("tabulate '%s' --dataset victims %s --where 'minderjarig = 0'", db, by),
        rp_strfmt("tabulate '%s' --dataset adults %s", db, by),
        rp_strfmt("tabulate '%s' --dataset reports --by jaar,bron --format csv", csv),
        rp_strfmt("tabulate '%s' --dataset reports --by jaar,bron --format csv", db),
        rp_strfmt("tabulate '%s' --dataset victims %s", csv, near),
        rp_strfmt("tabulate '%s' --dataset victims %s", db, near),
        rp_strfmt("tabulate '%s' --dataset victims %s", csv, ages),
        rp_strfmt("tabulate '%s' --dataset victims %s", db, ages)};
    char *o[N], *e[N];
    for (int i = 0; i < N; i++)
        ck_assert_msg(t_run(NULL, a[i], &o[i], &e[i]) == 0, "%s: %s", a[i], e[i]);
    ck_assert_msg(t_has(o[0], "2024,seksueel,AM,") && t_has(o[0], "perturbed"), "%s", o[0]);
    t_assert_text(o[1], o[0]);
    t_assert_text(o[2], o[0]);
    t_assert_text(o[4], o[3]);
    /* the three kinds of cell: the report's own (NN 2018 has no overig: its 58 victims, no
     * note), hidden beside one (a region's few overig), perturbed */
    ck_assert_msg(t_has(o[5], "\n2018,NN,58,\n") && t_has(o[5], ",x\n") &&
                  t_has(o[5], ",perturbed\n"), "%s", o[5]);
    t_assert_text(o[6], o[5]);
    ck_assert_msg(!t_has(o[7], "perturbed") && !t_has(o[7], ",x"), "%s", o[7]);
    t_assert_text(o[8], o[7]);
    for (int i = 0; i < N; i++) {
        free(a[i]);
        free(o[i]);
        free(e[i]);
    }
    free(ini);
    free(ci);
    free(csv);
    free(db);
    free(dir);
}
END_TEST

/* A one-dataset project whose [dataset victims] section is `source`; `report` on it with env
 * before the command must exit 1, publish nothing and say `want` (first error). */
typedef struct {
    const char *name, *source, *env, *want;
} bad_case;

static const bad_case bad_cases[] = {
    {"server down", "database = host=/nonexistent dbname=monitor user=rp\ntable = victims", "",
     "monitor.ini:7: [dataset victims] cannot connect to the database: connection to server on "
     "socket \"/nonexistent/.s.PGSQL.5432\" failed: No such file or directory"},
    {"wrong credentials", "database = {DB}\ntable = victims", "PGPASSWORD=wrong",
     "[dataset victims] cannot connect to the database: connection to server on socket"},
    {"wrong credentials (reported)", "database = {DB}\ntable = victims", "PGPASSWORD=wrong",
     "password authentication failed for user \"rp\""},
    {"password in monitor.ini", "database = postgresql://rp:geheim@localhost/monitor\n"
     "table = victims", "", "monitor.ini:7: [dataset victims] database: the connection holds a "
     "password; expected credentials in the environment (PGPASSWORD, PGSERVICE) or in "
     "~/.pgpass, never in monitor.ini"},
    {"password keyword", "database = {DB} password=geheim\ntable = victims", "",
     "monitor.ini:7: [dataset victims] database: the connection holds a password"},
    {"missing table", "database = {DB}\ntable = victimz", "",
     "monitor.ini:8: [dataset victims] the table cannot be read: relation \"victimz\" does not "
     "exist"},
    {"missing column", "database = {DB}\nquery = SELECT jaar, regio, vorm FROM victims", "",
     "monitor.ini:14: [indicator minors] where names column \"minderjarig\", which [dataset "
     "victims] query does not have; expected one of: jaar, regio, vorm"},
    {"text year", "database = {DB}\nquery = SELECT jaar::text AS jaar, minderjarig FROM victims",
     "", "[dataset victims] query: column jaar is text; expected a whole number (smallint, "
     "integer, bigint or numeric) for the year: cast it in query = (jaar::integer AS jaar)"},
    {"year out of range", "database = {DB}\nquery = SELECT jaar + 100 AS jaar, minderjarig "
     "FROM victims", "", "[dataset victims] query: jaar 2112 is out of range; expected a year "
     "from 1900 to 2100"},
    {"lost mid-run", "database = {DB}\nquery = SELECT jaar, minderjarig, ctid::text AS rij, "
     "1 AS aantal FROM victims WHERE CASE WHEN jaar = 2020 THEN "
     "pg_terminate_backend(pg_backend_pid()) ELSE true END", "",
     "[dataset victims] query: reading the rows failed: terminating connection due to "
     "administrator command; expected the database to answer until the last row"},
    {"both file and database", "file = victims.csv\ndatabase = {DB}\ntable = victims", "",
     "monitor.ini:7: [dataset victims] has both file and database; expected one of them"},
    {"decimal", "database = {DB}\ntable = victims\ndecimal = ,", "",
     "monitor.ini:9: [dataset victims] reads a database, whose numbers have no decimal "
     "convention; expected decimal only for a file"},
};

static char *fill_db(const char *s)
{
    char *ci = conninfo();
    rp_buf b;
    rp_buf_init(&b);
    for (const char *p = s; *p;)
        if (!strncmp(p, "{DB}", 4)) {
            rp_buf_puts(&b, ci);
            p += 4;
        } else {
            rp_buf_putc(&b, *p++);
        }
    free(ci);
    return rp_buf_steal(&b);
}

START_TEST(db_bad_case)
{
    ck_assert_msg(server_up, "the test database did not start");
    const bad_case *c = &bad_cases[_i];
    char *dir = t_tmpdir();
    char *src = fill_db(c->source);
    char *ini = rp_strfmt("[monitor]\ntitle = T\nlanguage = en\nsuppress_below = 5\n\n"
                          "[dataset victims]\n%s\n\n[indicator minors]\ntitle = M\n"
                          "dataset = victims\nmeasure = share\nwhere = minderjarig = 1\n", src);
    free(t_write(dir, "monitor.ini", ini));
    char *csv = t_src("datasets/example/victims.csv");
    free(t_sh("cp '%s' '%s/'", csv, dir));
    char *args = rp_strfmt("report '%s' -o '%s/out'", dir, dir);
    char *err = NULL;
    /* env before the binary: t_run runs a shell command line */
    int st;
    if (*c->env) {
        char *var = rp_strdup(c->env), *eq = strchr(var, '=');
        *eq = '\0';
        char *old = getenv(var) ? rp_strdup(getenv(var)) : NULL;
        setenv(var, eq + 1, 1);
        st = t_run(NULL, args, NULL, &err);
        if (old)
            setenv(var, old, 1);
        free(old);
        free(var);
    } else {
        st = t_run(NULL, args, NULL, &err);
    }
    ck_assert_msg(st == 1, "%s: exit %d, %s", c->name, st, err);
    ck_assert_msg(t_has(err, c->want), "%s: expected\n%s\nin\n%s", c->name, c->want, err);
    char *out = rp_strfmt("%s/out", dir);
    struct stat sb;
    ck_assert_msg(stat(out, &sb) != 0, "%s: %s was written", c->name, out);
    free(out);
    free(err);
    free(args);
    free(csv);
    free(ini);
    free(src);
    free(dir);
}
END_TEST

Suite *rp_suite_database(void)
{
    Suite *s = suite_create("database");
    TCase *tc = tcase_create("postgresql");
    tcase_add_unchecked_fixture(tc, start_server, stop_server);
    tcase_set_timeout(tc, 180);
    tcase_add_test(tc, db_report_equals_csv);
    tcase_add_test(tc, db_tabulate_equals_csv);
    tcase_add_test(tc, db_counts_in_database);
    tcase_add_loop_test(tc, db_bad_case, 0, (int)(sizeof bad_cases / sizeof *bad_cases));
    suite_add_tcase(s, tc);
    return s;
}
