/* Check suite of datasets/: the CSV reader, values, filters, the table conventions, the
 * regions, recidivism and monitor.ini loaders, the dataset scan and tabulate. */
#include "tests/helpers.h"
#include "base/buf.h"
#include "datasets/csvfile.h"
#include "base/diag.h"
#include "datasets/filter.h"
#include "datasets/monitor.h"
#include "datasets/project.h"
#include "datasets/recid.h"
#include "datasets/regions.h"
#include "datasets/table.h"
#include "datasets/tabulate.h"
#include "base/value.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Reads a CSV from memory into "a|b|c" lines (one per record, "@LINE:" prefixed) and returns
 * them with the diagnostics printed after "--\n". Caller frees. */
static char *read_all(const void *data, size_t n, char decimal)
{
    rp_diag *d = rp_diag_new();
    rp_buf out;
    rp_buf_init(&out);
    rp_csv *c = rp_csv_open_mem(data, n, "t.csv", decimal, d);
    if (c) {
        rp_buf_printf(&out, "delim=%c decimal=%c cols=", rp_csv_delim(c) == '\t' ? 'T' : rp_csv_delim(c),
                      rp_csv_decimal(c));
        for (size_t i = 0; i < rp_csv_ncols(c); i++)
            rp_buf_printf(&out, "%s%s", i ? "|" : "", rp_csv_colname(c, i));
        rp_buf_putc(&out, '\n');
        rp_csv_row row;
        while (rp_csv_next(c, &row) > 0) {
            rp_buf_printf(&out, "@%ld:", row.line);
            for (size_t i = 0; i < row.n; i++)
                rp_buf_printf(&out, "%s%s", i ? "|" : "", row.f[i]);
            rp_buf_putc(&out, '\n');
        }
        rp_csv_close(c);
    }
    rp_buf_puts(&out, "--\n");
    char *msgs = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&msgs, &len);
    rp_diag_print(d, m);
    fclose(m);
    rp_buf_puts(&out, msgs);
    free(msgs);
    rp_diag_free(d);
    return rp_buf_steal(&out);
}

static char *read_str(const char *s) { return read_all(s, strlen(s), 0); }

#define EXPECT_READ(input, expected)                                                          \
    do {                                                                                      \
        char *got_ = read_str(input);                                                         \
        t_assert_text(got_, expected);                                                     \
        free(got_);                                                                           \
    } while (0)

START_TEST(csv_semicolon_decimal_comma)
{
    EXPECT_READ("jaar;regio;aantal\n2020;AM;3\n2021;RT;4\n",
                "delim=; decimal=, cols=jaar|regio|aantal\n@2:2020|AM|3\n@3:2021|RT|4\n--\n");
}
END_TEST

START_TEST(csv_comma_and_tab)
{
    EXPECT_READ("year,region\n2020,AM\n", "delim=, decimal=. cols=year|region\n@2:2020|AM\n--\n");
    EXPECT_READ("year\tregion\n2020\tAM\n",
                "delim=T decimal=. cols=year|region\n@2:2020|AM\n--\n");
    /* commas inside a quoted header name do not count */
    EXPECT_READ("\"a,b\";c\n1;2\n", "delim=; decimal=, cols=a,b|c\n@2:1|2\n--\n");
}
END_TEST

START_TEST(csv_bom_crlf_and_blank_lines)
{
    EXPECT_READ("\xEF\xBB\xBFjaar;n\r\n2020;1\r\n\r\n2021;2\r\n",
                "delim=; decimal=, cols=jaar|n\n@2:2020|1\n@4:2021|2\n--\n");
    /* Excel's blank rows ";;" are skipped too */
    EXPECT_READ("a;b\n;\n1;2\n", "delim=; decimal=, cols=a|b\n@3:1|2\n--\n");
}
END_TEST

START_TEST(csv_rfc4180_quoting)
{
    /* embedded delimiter, doubled quote, and a newline inside a cell: the next record keeps
     * its physical line number */
    EXPECT_READ("name;note\n\"Den Haag; centrum\";\"zei \"\"ja\"\"\"\n\"twee\nregels\";x\n"
                "last;y\n",
                "delim=; decimal=, cols=name|note\n@2:Den Haag; centrum|zei \"ja\"\n"
                "@3:twee\nregels|x\n@5:last|y\n--\n");
}
END_TEST

START_TEST(csv_empty_cells_and_no_final_newline)
{
    EXPECT_READ("a;b;c\n1;;3\n;;x", "delim=; decimal=, cols=a|b|c\n@2:1||3\n@3:||x\n--\n");
}
END_TEST

START_TEST(csv_errors)
{
    EXPECT_READ("", "--\nt.csv: the file is empty; expected a header row (such as "
                    "year;region;count)\n");
    EXPECT_READ("\xEF\xBB\xBF\n\n", "--\nt.csv: the file is empty; expected a header row "
                                    "(such as year;region;count)\n");
    EXPECT_READ("a;b\n1;2;3\n4\n5;6\n",
                "delim=; decimal=, cols=a|b\n@4:5|6\n--\n"
                "t.csv:2: row has 3 cells; expected 2, as in the header (a stray delimiter, or "
                "a cell with the delimiter that is not quoted?)\n"
                "t.csv:3: row has 1 cell; expected 2, as in the header (a stray delimiter, or a "
                "cell with the delimiter that is not quoted?)\n");
    EXPECT_READ("a;b\n1;\"open\n2;3\n",
                "delim=; decimal=, cols=a|b\n--\nt.csv:2: a quoted cell is never closed; "
                "expected a closing quote before the end of the file\n");
    EXPECT_READ("a;b\n1;x\"y\n",
                "delim=; decimal=, cols=a|b\n--\nt.csv:2:4: a quote in the wrong place (inside "
                "an unquoted cell, or text after a closing quote); expected RFC 4180 quoting: "
                "\"a \"\"quoted\"\" cell\"\n");
    EXPECT_READ("a;;a\n", "--\nt.csv:1:2: column 2 has no name; expected a header row naming "
                          "every column\nt.csv:1:3: column \"a\" appears twice in the header "
                          "(also column 1); expected unique names\n");
    EXPECT_READ("Jaar;jaar\n1;2\n", "--\nt.csv:1:2: column \"jaar\" appears twice in the header "
                                     "(also column 1); expected unique names\n");
}
END_TEST

START_TEST(csv_windows_1252_and_nul)
{
    /* "Zeeland-West-Brabant;Café" saved by Excel as plain CSV: 0xE9 for é */
    EXPECT_READ("regio;naam\nZWB;Caf\xe9\n",
                "delim=; decimal=, cols=regio|naam\n--\nt.csv:2:2: cell is not valid UTF-8 "
                "(byte 0xe9 at position 4); save the file as \"CSV UTF-8\" (Excel's plain CSV "
                "is Windows-1252)\n");
    static const char nul[] = "a;b\n1;x\0y\n2;z\n";
    char *got = read_all(nul, sizeof nul - 1, 0);
    t_assert_text(got, "delim=; decimal=, cols=a|b\n@3:2|z\n--\nt.csv:2:2: cell contains "
                          "a NUL byte; expected text (is this really a CSV file?)\n");
    free(got);
}
END_TEST

START_TEST(csv_binary_garbage)
{
    unsigned char junk[4096];
    unsigned x = 12345;
    for (size_t i = 0; i < sizeof junk; i++) {
        x = x * 1103515245u + 12345u;
        junk[i] = (unsigned char)(x >> 16);
    }
    char *got = read_all(junk, sizeof junk, 0);
    /* whatever the garbage, the reader reports and stops; it never crashes or returns rows
     * with invalid text */
    ck_assert(t_has(got, "t.csv:"));
    free(got);
}
END_TEST

START_TEST(csv_long_field_and_many_columns)
{
    size_t n = RP_CSV_MAX_FIELD + 100000;
    char *big = malloc(n + 16);
    memcpy(big, "a\n\"", 3);
    memset(big + 3, 'x', n);
    char *got = read_all(big, n + 3, 0);
    ck_assert(t_has(got, "t.csv:2: a cell longer than 1048576 bytes"));
    free(got);
    free(big);
    rp_buf b;
    rp_buf_init(&b);
    for (int i = 0; i < 100000; i++)
        rp_buf_printf(&b, "%sc%d", i ? ";" : "", i);
    rp_buf_puts(&b, "\n");
    got = read_all(b.data, b.len, 0);
    ck_assert(t_has(got, "t.csv:1:1001: more than 1000 columns; expected at most 1000"));
    free(got);
    rp_buf_free(&b);
}
END_TEST

START_TEST(csv_error_cap_and_count)
{
    rp_buf b;
    rp_buf_init(&b);
    rp_buf_puts(&b, "a;b\n");
    for (int i = 0; i < 57; i++)
        rp_buf_puts(&b, "1;2;3\n");
    char *got = read_all(b.data, b.len, 0);
    ck_assert(t_has(got, "t.csv:21: row has 3 cells"));
    ck_assert(!t_has(got, "t.csv:22: row"));
    ck_assert(t_has(got, "t.csv: 37 more problems not shown\n"));
    free(got);
    rp_buf_free(&b);
}
END_TEST

START_TEST(csv_line_numbers_across_chunks)
{
    /* records long enough to cross the reader's 64 KiB chunks, one with a quoted newline */
    rp_buf b;
    rp_buf_init(&b);
    rp_buf_puts(&b, "id;text\n");
    for (int i = 0; i < 3000; i++)
        rp_buf_printf(&b, "%d;%s\n", i, i == 1500 ? "\"two\nlines\"" : "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
    rp_buf_puts(&b, "last;\xff\n");
    char *got = read_all(b.data, b.len, 0);
    ck_assert(t_has(got, "@1502:1500|two\nlines\n@1504:1501|"));
    ck_assert(t_has(got, "t.csv:3003:2: cell is not valid UTF-8"));
    free(got);
    rp_buf_free(&b);
}
END_TEST

/* ---- filters ---- */

static int match(const char *filter, const char *header, const char *line)
{
    char *err = NULL;
    rp_filter *f = rp_filter_parse(filter, &err);
    ck_assert_msg(f != NULL, "%s", err ? err : "");
    char *data = rp_strfmt("%s\n%s\n", header, line);
    rp_diag *d = rp_diag_new();
    rp_csv *c = rp_csv_open_mem(data, strlen(data), "f.csv", 0, d);
    ck_assert(c != NULL);
    ck_assert_int_eq(rp_filter_bind(f, c, NULL), 0);
    rp_csv_row row;
    ck_assert_int_eq(rp_csv_next(c, &row), 1);
    int m = rp_filter_match(f, &row, rp_csv_decimal(c));
    rp_csv_close(c);
    rp_diag_free(d);
    rp_filter_free(f);
    free(data);
    return m;
}

START_TEST(filter_semantics)
{
    ck_assert(match("minor = 1", "minor;vorm", "1;arbeid"));
    ck_assert(!match("minor = 1", "minor;vorm", "0;arbeid"));
    ck_assert(match("MINOR = 1", "minor;vorm", "1,0;arbeid"));  /* numbers compare as numbers */
    ck_assert(match("vorm in (arbeid, seksueel) and minor != 0", "minor;vorm", "1;arbeid"));
    ck_assert(!match("vorm not in (arbeid, seksueel)", "minor;vorm", "1;arbeid"));
    ck_assert(match("vorm = 'labour exploitation'", "minor;vorm", "1;labour exploitation"));
    ck_assert(match("vorm = \"\"", "minor;vorm", "1;"));        /* empty = missing */
    ck_assert(match("", "minor;vorm", "1;x"));                   /* no conditions */
}
END_TEST

START_TEST(filter_syntax_errors)
{
    static const char *const bad[][2] = {
        {"minor", "filter \"minor\": expected '=', '!=' or 'in' after the column name at character 6"},
        {"minor =", "filter \"minor =\": expected a value after the operator at character 8"},
        {"a = 1 b = 2", "filter \"a = 1 b = 2\": expected 'and' between conditions at character 7"},
        {"a in 1", "filter \"a in 1\": expected '(' after 'in' at character 6"},
        {"a in (1, 2", "filter \"a in (1, 2\": expected ',' or ')' in the list at character 11"},
        {"a = 'x", "filter \"a = 'x\": a quoted value is not closed at character 7"},
        {"a = 1 and", "filter \"a = 1 and\": expected a condition after 'and' at character 10"},
    };
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char *err = NULL;
        rp_filter *f = rp_filter_parse(bad[i][0], &err);
        ck_assert_msg(f == NULL, "%s parsed", bad[i][0]);
        ck_assert_str_eq(err, bad[i][1]);
        free(err);
    }
    char *err = NULL;
    rp_filter *f = rp_filter_parse("b in (x,y) and c != 'z'", &err);
    char *text = rp_filter_text(f);
    ck_assert_str_eq(text, "b in (x, y) and c != z");
    free(text);
    rp_filter_free(f);
}
END_TEST

/* ---- table conventions ---- */

/* Reads a file through rp_table (with the regions given, may be NULL) and returns
 * "year region weight flag" lines and the diagnostics. */
static char *table_all(const char *csv, const rp_regions *regions)
{
    char *dir = t_tmpdir();
    char *path = t_write(dir, "d.csv", csv);
    rp_diag *d = rp_diag_new();
    rp_buf out;
    rp_buf_init(&out);
    rp_table *t = rp_table_open(path, "d.csv", 0, regions, d);
    rp_trow row;
    while (t && rp_table_next(t, &row) > 0)
        rp_buf_printf(&out, "%d %d %g %c\n", row.year, row.region, row.weight,
                      row.flag ? row.flag : '-');
    rp_table_close(t);
    rp_buf_puts(&out, "--\n");
    char *msgs = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&msgs, &len);
    rp_diag_print(d, m);
    fclose(m);
    rp_buf_puts(&out, msgs);
    free(msgs);
    rp_diag_free(d);
    free(path);
    free(dir);
    return rp_buf_steal(&out);
}

static rp_regions *small_regions(void)
{
    char *dir = t_tmpdir();
    char *path = t_write(dir, "regions.csv", "code;name;year;population\nAM;Amsterdam;2020;900000\n"
                                             "AM;Amsterdam;2021;910000\nRT;Rotterdam;2020;700000\n"
                                             "RT;Rotterdam;2021;705000\nLE;Landelijk;2020;\n");
    rp_diag *d = rp_diag_new();
    rp_regions *r = rp_regions_load(path, "regions.csv", 0, d);
    ck_assert_msg(r != NULL, "%s", rp_diag_first(d));
    rp_diag_free(d);
    free(path);
    free(dir);
    return r;
}

START_TEST(table_well_known_columns)
{
    rp_regions *r = small_regions();
    char *got = table_all("JAAR;Regio;Aantal;flag\n2020;am;3;\n2021;RT;0;p\n2021;LE;5;R\n", r);
    t_assert_text(got, "2020 0 3 -\n2021 1 0 p\n2021 2 5 r\n--\n");
    free(got);
    got = table_all("jaar;regio;aantal;flag\n"
                    "20x4;AM;1;\n1850;AM;1;\n;AM;1;\n2020;XX;1;\n2020;AM;-3;\n2020;AM;2,5;\n"
                    "2020;AM;;\n2020;AM;1;q\n2020;;2;\n",
                    r);
    t_assert_text(got,
        "2020 -1 2 -\n--\n"
        "d.csv:2:1: jaar \"20x4\" is not a whole number; expected a year from 1900 to 2100\n"
        "d.csv:3:1: jaar 1850 is out of range; expected a year from 1900 to 2100\n"
        "d.csv:4:1: jaar is empty; expected a year from 1900 to 2100\n"
        "d.csv:5:2: regio \"XX\" is not in regions.csv; expected one of AM, RT, LE\n"
        "d.csv:6:3: aantal -3 is negative; expected a whole number of 0 or more\n"
        "d.csv:7:3: aantal \"2,5\" is not a whole number; expected a whole number of 0 or more\n"
        "d.csv:8:3: aantal is empty; expected a whole number of 0 or more (0 for none)\n"
        "d.csv:9:4: flag \"q\" is not p, e or r; expected p (provisional), e (estimated), r "
        "(revised) or empty\n");
    free(got);
    rp_regions_free(r);
}
END_TEST

START_TEST(regions_file)
{
    rp_regions *r = small_regions();
    ck_assert_uint_eq(r->n, 3);
    ck_assert_int_eq(rp_regions_find(r, "rt"), 1);
    ck_assert_int_eq(r->r[2].has_population, 0);
    ck_assert_double_eq(rp_regions_population(r, 0, 2021), 910000);
    ck_assert(isnan(rp_regions_population(r, 2, 2021)));
    ck_assert_double_eq(rp_regions_total(r, 2020), 1600000);
    rp_regions_free(r);

    char *dir = t_tmpdir();
    char *path = t_write(dir, "r.csv", "code;name;year;population\nAM;A;2020;900000\n"
                                       "AM;A;2020;900001\nRT;R;2020;abc\nRT;R;2021;100\n"
                                       ";X;2020;1\nAM;A;1800;5\n");
    rp_diag *d = rp_diag_new();
    ck_assert_ptr_null(rp_regions_load(path, "r.csv", 0, d));
    char *msgs = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&msgs, &len);
    rp_diag_print(d, m);
    fclose(m);
    t_assert_text(msgs,
        "r.csv:2: region AM has no population for 2021; expected a population in every year "
        "from 2020 to 2021 (or none at all for a national unit)\n"
        "r.csv:3: region AM appears twice for 2020 (also on line 2); expected one row per "
        "region and year\n"
        "r.csv:4:4: population \"abc\" is not a whole number above 0; expected the number of "
        "inhabitants, or empty for a national unit\n"
        "r.csv:5: region RT has no population for 2020; expected a population in every year "
        "from 2020 to 2021 (or none at all for a national unit)\n"
        "r.csv:6:1: region code is empty; expected a short code such as NN\n"
        "r.csv:7:3: year \"1800\" is not a year; expected a year from 1900 to 2100\n");
    free(msgs);
    rp_diag_free(d);
    free(path);
    free(dir);
}
END_TEST

/* ---- recidivism loader ---- */

static char *recid_errors(const char *csv, rp_recid **out)
{
    char *dir = t_tmpdir();
    char *path = t_write(dir, "r.csv", csv);
    rp_diag *d = rp_diag_new();
    rp_recid *r = rp_recid_load(path, "r.csv", 0, d);
    char *msgs = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&msgs, &len);
    rp_diag_print(d, m);
    fclose(m);
    rp_diag_free(d);
    if (out)
        *out = r;
    else
        rp_recid_free(r);
    free(path);
    free(dir);
    return msgs;
}

START_TEST(recid_loads)
{
    rp_recid *r = NULL;
    char *msgs = recid_errors("id;cohort;start;event;end;detained_days;vorm\n"
                              "a;2015;2015-01-01;2016-01-01;2020-12-31;0;x\n"
                              "b;2015;01-07-2015;;30-06-2016;100;y\n"
                              "c;2016;2016-03-01;2016-03-01;2016-12-31;;x\n", &r);
    t_assert_text(msgs, "");
    ck_assert_ptr_nonnull(r);
    ck_assert_uint_eq(r->n, 3);
    /* 365 days at risk, 365.25 days a year */
    ck_assert_double_eq_tol(r->time[0], 365 / 365.25, 1e-12);
    ck_assert_int_eq(r->event[0], 1);
    /* 2015-07-01 to 2016-06-30 is 365 days, 100 of them detained */
    ck_assert_double_eq_tol(r->time[1], 265 / 365.25, 1e-12);
    ck_assert_int_eq(r->event[1], 0);
    ck_assert_double_eq(r->time[2], 0);
    ck_assert_uint_eq(r->ncols, 2);  /* cohort and vorm group people */
    int g = rp_recid_col(r, "VORM");
    ck_assert_int_eq(g, 1);
    ck_assert_uint_eq(r->nvalues[g], 2);
    free(msgs);
    rp_recid_free(r);
}
END_TEST

START_TEST(recid_errors_reported)
{
    char *msgs = recid_errors("id;cohort;start;event;end;detained_days\n"
                              "a;2015;2015-01-01;2014-01-01;2020-12-31;0\n"
                              "b;2015;2015-01-01;;2014-12-31;0\n"
                              "c;2015;2015-01-01;2015-02-01;2020-12-31;40\n"
                              "a;2015;2015-01-01;;2020-12-31;0\n"
                              "d;20x5;31-02-2015;;2020-12-31;0\n"
                              "e;2015;2015-01-01;2021-01-01;2020-12-31;0\n", NULL);
    t_assert_text(msgs,
        "r.csv:2:4: event 2014-01-01 is before start 2015-01-01; expected a new offence on or "
        "after the first day at risk\n"
        "r.csv:3:5: end 2014-12-31 is before start 2015-01-01; expected the end of observation "
        "on or after the start\n"
        "r.csv:4:6: detained_days 40 is longer than the 31 days of follow-up; expected at most "
        "the days from start to the event\n"
        "r.csv:5:1: id \"a\" appears again (first on line 2); expected one row per person\n"
        "r.csv:6:2: cohort \"20x5\" is not a year; expected a year from 1900 to 2100\n"
        "r.csv:6:3: start \"31-02-2015\" is not a valid date; expected YYYY-MM-DD or "
        "DD-MM-YYYY\n"
        "r.csv:7:4: event 2021-01-01 is after end 2020-12-31; expected it within the "
        "observation\n");
    free(msgs);
    msgs = recid_errors("id;cohort;begin\n1;2;3\n", NULL);
    ck_assert(t_has(msgs, "r.csv:1: no column start; expected id, cohort, start, event, end"));
    free(msgs);
}
END_TEST

/* ---- monitor.ini ---- */

static const char *const VICTIMS_CSV = "jaar;regio;vorm;minderjarig;leeftijd\n"
                                       "2020;AM;arbeid;1;16\n2020;RT;seksueel;0;30\n"
                                       "2021;AM;seksueel;0;25,5\n2021;AM;arbeid;1;\n";

/* A project folder with victims.csv, regions.csv and the given monitor.ini. */
static char *project(const char *ini)
{
    char *dir = t_tmpdir();
    free(t_write(dir, "monitor.ini", ini));
    free(t_write(dir, "victims.csv", VICTIMS_CSV));
    free(t_write(dir, "regions.csv", "code;name;year;population\nAM;A;2020;900000\n"
                                     "AM;A;2021;910000\nRT;R;2020;700000\nRT;R;2021;705000\n"));
    return dir;
}

/* Messages of loading a project, with the folder name replaced by "P". */
static char *load_messages(const char *ini, rp_project **out)
{
    char *dir = project(ini);
    rp_diag *d = rp_diag_new();
    rp_project *p = rp_project_load(dir, 0, d);
    char *msgs = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&msgs, &len);
    rp_diag_print(d, m);
    fclose(m);
    rp_buf b;
    rp_buf_init(&b);
    size_t dl = strlen(dir);
    for (const char *s = msgs; *s;) {
        if (!strncmp(s, dir, dl)) {
            rp_buf_putc(&b, 'P');
            s += dl;
        } else {
            rp_buf_putc(&b, *s++);
        }
    }
    free(msgs);
    rp_diag_free(d);
    if (out)
        *out = p;
    else
        rp_project_free(p);
    free(dir);
    return rp_buf_steal(&b);
}

#define MONITOR_OK "[monitor]\ntitle = T\n[regions]\nfile = regions.csv\n" \
                   "[dataset victims]\nfile = victims.csv\n"

START_TEST(monitor_loads_every_key)
{
    rp_project *p = NULL;
    char *msgs = load_messages(
        "; comment\n[monitor]\ntitle = Monitor 2024\norganisation = NR\nlanguage = en\n"
        "report_year = 2021\nconfidence = 0.9\nsuppress_below = 10\nsource = Bron ; inline\n"
        "illustrative = yes\n[regions]\nfile = regions.csv\n"
        "[dataset victims]\nfile = victims.csv\ndecimal = ,\nbreaks = 2017, 2019\n"
        "[indicator minors]\ntitle = Aandeel\n  minderjarigen\ndataset = victims\n"
        "measure = share\nwhere = minderjarig = 1\ndenominator = vorm in (arbeid, seksueel)\n"
        "polarity = up\ntype = prestatie\nbreaks = 2021, 2019\nunit = %\nby = vorm\n"
        "labels = arbeid: Arbeidsuitbuiting,\n  seksueel: Seksuele uitbuiting\n"
        "source = CoMensha\nnote = Voorlopig.\n"
        "[indicator age]\ntitle = Leeftijd\ndataset = victims\nmeasure = mean\ncolumn = leeftijd\n"
        "[indicator rate]\ntitle = Per 100.000\ndataset = victims\nmeasure = rate\nper = 1000\n"
        "[target t1]\nindicator = minors\nbaseline_year = 2020\ntarget = +5% per year\n"
        "target_year = 2025\nowner = OM\n"
        "[target t2]\nindicator = minors\nbaseline_year = 2020\ntarget = 30%\ntarget_year = 2022\n",
        &p);
    t_assert_text(msgs, "");
    ck_assert_ptr_nonnull(p);
    const rp_monitor *m = p->m;
    ck_assert_str_eq(m->title, "Monitor 2024");
    ck_assert_str_eq(m->source, "Bron");
    ck_assert_int_eq(m->lang, RP_LANG_EN);
    ck_assert_int_eq(m->report_year, 2021);
    ck_assert_double_eq(m->confidence, 0.9);
    ck_assert_int_eq(m->suppress_below, 10);
    ck_assert_int_eq(m->illustrative, 1);
    const rp_indicator_def *d = &m->indicators[0];
    ck_assert_str_eq(d->title, "Aandeel minderjarigen");
    ck_assert_int_eq(d->measure, RP_MEASURE_SHARE);
    ck_assert_int_eq(d->type, RP_TYPE_PERFORMANCE);
    /* its own breaks and the dataset's, once each */
    ck_assert_uint_eq(d->nbreaks, 3);
    ck_assert_int_eq(d->breaks[0], 2017);
    ck_assert_int_eq(d->breaks[1], 2019);
    ck_assert_int_eq(d->breaks[2], 2021);
    ck_assert_uint_eq(m->indicators[1].nbreaks, 2);
    ck_assert_str_eq(rp_indicator_label(d, "seksueel"), "Seksuele uitbuiting");
    ck_assert_str_eq(rp_indicator_label(d, "arbeid"), "Arbeidsuitbuiting");
    ck_assert_str_eq(rp_indicator_label(d, "crimineel"), "crimineel");
    ck_assert_str_eq(d->source, "CoMensha");
    ck_assert_str_eq(d->note, "Voorlopig.");
    ck_assert_double_eq(m->indicators[2].per, 1000);
    ck_assert_int_eq(m->targets[0].kind, RP_TARGET_ANNUAL);
    ck_assert_double_eq_tol(m->targets[0].value, 0.05, 1e-15);
    ck_assert_int_eq(m->targets[1].kind, RP_TARGET_ABSOLUTE);
    ck_assert_double_eq_tol(m->targets[1].value, 0.30, 1e-15);
    ck_assert_ptr_null(m->targets[1].owner);
    /* the share's sums: 2020 both rows in the denominator, one minor */
    const rp_cell *c = rp_indicator_year(p->ind[0], 2020);
    ck_assert_double_eq(c->den, 2);
    ck_assert_double_eq(c->num, 1);
    c = rp_indicator_year(p->ind[0], 2021);
    ck_assert_double_eq(c->den, 2);
    ck_assert_double_eq(c->num, 1);
    ck_assert_uint_eq(p->ind[0]->ncats, 2);
    /* the mean: 2021 has one value and one empty cell */
    c = rp_indicator_year(p->ind[1], 2021);
    ck_assert_double_eq(c->num, 1);
    ck_assert_double_eq(c->sum, 25.5);
    ck_assert_double_eq(p->ind[1]->missing, 1);
    ck_assert_double_eq(p->ind[1]->regions[0 * 2 + 0].num, 1); /* AM 2020 */
    rp_project_free(p);
    free(msgs);
}
END_TEST

START_TEST(monitor_errors_with_lines)
{
    char *msgs = load_messages(
        "[monitor]\ntitle = T\ncolour = red\nlanguage = de\nconfidence = 95\n"
        "suppress_below = -1\n[regions]\nfile = regions.csv\n"
        "[dataset victims]\nfile = victims.csv\n[dataset victims]\nfile = victims.csv\n"
        "[dataset bad id]\nfile = x.csv\n[dataset up]\nfile = ../victims.csv\n"
        "[dataset gone]\nfile = missing.csv\n"
        "[indicator a]\ntitle = A\ndataset = nope\nmeasure = ratio\n"
        "[indicator b]\ntitle = B\ndataset = victims\nmeasure = share\n"
        "[indicator c]\ntitle = C\ndataset = victims\nwhere = minderjarig ==\n"
        "[indicator d]\ntitle = D\ndataset = victims\nwhere = leeftijd_x = 1\ntitle = again\n"
        "[target t]\nindicator = zz\nbaseline_year = 2022\ntarget = lots\ntarget_year = 2020\n"
        "[other]\nx = 1\n",
        NULL);
    t_assert_text(msgs,
        "P/monitor.ini:3: unknown key \"colour\" in [monitor]; expected one of: title, "
        "organisation, language, report_year, confidence, suppress_below, source, author, "
        "illustrative, missing, findings\n"
        "P/monitor.ini:4: language = de; expected nl or en\n"
        "P/monitor.ini:5: confidence = 95; expected a number from 0.5 to 0.999 (with a decimal "
        "point)\n"
        "P/monitor.ini:6: suppress_below = -1; expected a whole number from 0 to 1000\n"
        "P/monitor.ini:11: a second section named \"victims\" (the first is on line 9); "
        "expected unique names\n"
        "P/monitor.ini:13: dataset name \"bad id\" has characters other than letters, digits, "
        "'_' and '-'; expected a name like dataset_1 (it becomes a file name)\n"
        "P/monitor.ini:16: file = ../victims.csv leaves the project folder; expected a file "
        "inside P\n"
        "P/monitor.ini:18: file = missing.csv: cannot open P/missing.csv: No such file or "
        "directory\n"
        "P/monitor.ini:21: dataset = nope: there is no [dataset nope]\n"
        "P/monitor.ini:22: measure = ratio; expected count, share, rate, mean or recidivism\n"
        "P/monitor.ini:23: [indicator b] measures a share but has no where (the numerator); "
        "expected where = column = value\n"
        "P/monitor.ini:30: filter \"minderjarig ==\": expected a value after the operator at "
        "character 15; expected conditions like: minor = 1 and form in (sexual, labour)\n"
        "P/monitor.ini:35: title is given twice in this section; expected it once (indent a "
        "line to continue a long value)\n"
        "P/monitor.ini:36: [target t]: target_year 2020 is before baseline_year 2022; "
        "expected a later year\n"
        "P/monitor.ini:37: indicator = zz: there is no [indicator zz]\n"
        "P/monitor.ini:39: target = lots; expected an absolute value (1500, 0.25 or 25%), a "
        "change from the baseline (+10% or -25%) or a yearly change (+5% per year)\n"
        "P/monitor.ini:41: unknown section [other]; expected [monitor], [regions], [dataset "
        "NAME], [indicator NAME], [target NAME] or [estimate NAME]\n");
    free(msgs);
}
END_TEST

START_TEST(monitor_filter_columns_checked_against_data)
{
    char *msgs = load_messages(MONITOR_OK "[indicator d]\ntitle = D\ndataset = victims\n"
                               "where = leeftijd_x = 1\n[indicator m]\ntitle = M\n"
                               "dataset = victims\nmeasure = mean\ncolumn = age\n", NULL);
    t_assert_text(msgs,
        "P/monitor.ini:10: [indicator d] where names column \"leeftijd_x\", which "
        "P/victims.csv does not have; expected one of: jaar, regio, vorm, minderjarig, "
        "leeftijd\n"
        "P/monitor.ini:15: [indicator m] column names column \"age\", which P/victims.csv does "
        "not have; expected one of: jaar, regio, vorm, minderjarig, leeftijd\n");
    free(msgs);
}
END_TEST

/* Staff paste a whole definition on one line: it must come through word for word, however
 * long, and the lines after it keep their numbers. */
START_TEST(monitor_long_text_on_one_line)
{
    rp_buf def, ini;
    rp_buf_init(&def);
    rp_buf_init(&ini);
    for (int i = 0; i < 150; i++)
        rp_buf_printf(&def, "%swoord%d", i ? " " : "", i);
    rp_buf_puts(&ini, "[monitor]\ntitle = M\n; ");
    for (int i = 0; i < 400; i++)
        rp_buf_putc(&ini, 'c'); /* a long comment is just a comment */
    rp_buf_printf(&ini, "\n[dataset victims]\nfile = victims.csv\n[indicator v]\ntitle = V\n"
                        "dataset = victims\ndefinition = %s\n  (CoMensha)\nbogus line\n",
                  def.data);
    rp_project *p = NULL;
    char *msgs = load_messages(ini.data, &p);
    ck_assert_msg(t_has(msgs, "P/monitor.ini:11: not a key = value line"), "%s", msgs);
    free(msgs);
    rp_project_free(p);
    rp_buf_puts(&def, " (CoMensha)");
    /* without the bogus line it loads, and the definition is whole */
    char *cut = strstr(ini.data, "bogus line\n");
    *cut = '\0';
    msgs = load_messages(ini.data, &p);
    ck_assert_msg(p != NULL, "%s", msgs);
    ck_assert_str_eq(p->m->indicators[0].definition, def.data);
    free(msgs);
    rp_project_free(p);
    rp_buf_free(&def);
    rp_buf_free(&ini);
}
END_TEST

START_TEST(monitor_missing_and_long)
{
    char *dir = t_tmpdir();
    rp_diag *d = rp_diag_new();
    ck_assert_ptr_null(rp_monitor_load(dir, 0, d));
    ck_assert(t_has(rp_diag_first(d), "monitor.ini: cannot open: No such file or directory"));
    rp_diag_free(d);
    free(dir);
    rp_buf b;
    rp_buf_init(&b);
    rp_buf_puts(&b, "[monitor]\ntitle = ");
    for (int i = 0; i < 300; i++)
        rp_buf_putc(&b, 'x');
    rp_buf_puts(&b, "\n");
    char *msgs = load_messages(b.data, NULL);
    ck_assert_msg(t_has(msgs, "P/monitor.ini:2: a word of more than 189 characters"), "%s", msgs);
    free(msgs);
    rp_buf_free(&b);
    /* a number key cannot be long; inih's buffer is 200 bytes */
    rp_buf_init(&b);
    rp_buf_puts(&b, "[monitor]\ntitle = M\nreport_year = ");
    for (int i = 0; i < 250; i++)
        rp_buf_putc(&b, '9');
    rp_buf_puts(&b, "\n");
    msgs = load_messages(b.data, NULL);
    ck_assert_msg(t_has(msgs, "P/monitor.ini:3: line is longer than 197 characters"), "%s", msgs);
    free(msgs);
    rp_buf_free(&b);
    msgs = load_messages("title = x\n[monitor]\ntitle = y\n", NULL);
    ck_assert(t_has(msgs, "P/monitor.ini:1: title is outside any section"));
    ck_assert(t_has(msgs, "no [dataset NAME] section"));
    free(msgs);
    msgs = load_messages("[monitor]\nnot a key value line\n", NULL);
    ck_assert(t_has(msgs, "P/monitor.ini:2: not a key = value line or a [section]"));
    free(msgs);
}
END_TEST

START_TEST(project_counts_duplicates_and_population)
{
    char *dir = t_tmpdir();
    free(t_write(dir, "monitor.ini", "[monitor]\ntitle = T\n[regions]\nfile = regions.csv\n"
                                     "[dataset reports]\nfile = reports.csv\n"
                                     "[indicator r]\ntitle = R\ndataset = reports\n"
                                     "measure = rate\n"));
    free(t_write(dir, "reports.csv", "jaar;regio;bron;aantal\n2020;AM;politie;5\n"
                                     "2020;RT;politie;7\n2020;AM;politie;6\n2022;AM;burger;1\n"));
    free(t_write(dir, "regions.csv", "code;name;year;population\nAM;A;2020;900000\n"
                                     "RT;R;2020;700000\n"));
    rp_diag *d = rp_diag_new();
    ck_assert_ptr_null(rp_project_load(dir, 0, d));
    char *msgs = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&msgs, &len);
    rp_diag_print(d, m);
    fclose(m);
    ck_assert(t_has(msgs, "reports.csv:4: duplicate row: the same cells as line 2; expected "
                          "one count per combination"));
    ck_assert(t_has(msgs, "regions.csv: no population for 2022, which indicator r needs"));
    free(msgs);
    rp_diag_free(d);
    free(dir);
}
END_TEST

/* A file that fails its year check and is used by three indicators: each command names the
 * file and exits 1 (it once read the indicators' data from a NULL array and crashed). */
START_TEST(dataset_without_year_used_twice)
{
    char *dir = t_tmpdir();
    free(t_write(dir, "monitor.ini", "[monitor]\ntitle = T\n[dataset cases]\nfile = cases.csv\n"
                                     "[indicator a]\ntitle = A\ndataset = cases\n"
                                     "[indicator b]\ntitle = B\ndataset = cases\nwhere = vorm = x\n"
                                     "[indicator c]\ntitle = C\ndataset = cases\nby = vorm\n"));
    free(t_write(dir, "cases.csv", "Jaartal;vorm\n2020;x\n2021;y\n"));
    const char *cmds[] = {"validate", "targets", "report -o out"};
    for (size_t i = 0; i < 3; i++) {
        char *args = rp_strfmt("%s '%s'", cmds[i], dir), *o, *e;
        ck_assert_msg(t_run(dir, args, &o, &e) == 1, "%s: %s", cmds[i], e);
        ck_assert_msg(t_has(e, "cases.csv:1: no column year or jaar"), "%s", e);
        free(args), free(o), free(e);
    }
    free(dir);
}
END_TEST

/* Messages of a tabulate run, and its table as text. */
static char *tabulate_text(const char *path, const char *threads, char **msgs)
{
    setenv("RP_THREADS", threads, 1);
    rp_diag *d = rp_diag_new();
    const char *by[] = {"jaar", "vorm"};
    rp_tab *t = rp_tabulate(path, by, 2, "naam != skip", 0, d);
    size_t len = 0;
    FILE *m = open_memstream(msgs, &len);
    rp_diag_print(d, m);
    fclose(m);
    rp_buf b;
    rp_buf_init(&b);
    for (size_t i = 0; t && i < t->n; i++)
        rp_buf_printf(&b, "%s;%s;%g\n", t->keys[2 * i], t->keys[2 * i + 1], t->count[i]);
    if (t)
        rp_buf_printf(&b, "rows %ld total %g\n", t->rows, t->total);
    rp_tab_free(t);
    rp_diag_free(d);
    unsetenv("RP_THREADS");
    return rp_buf_steal(&b);
}

/* A 12 MB file read in parts on two threads (split after line breaks outside quotes, quoted
 * cells with line breaks and delimiters throughout) gives the same table as one pass, and
 * with bad rows in both halves the same messages with the same lines. */
START_TEST(tabulate_in_parts_as_in_one_pass)
{
    char *dir = t_tmpdir();
    rp_buf b;
    rp_buf_init(&b);
    rp_buf_puts(&b, "jaar;vorm;naam;aantal\n");
    for (int i = 0; i < 240000; i++)
        rp_buf_printf(&b, "%d;%s;\"%s\";%d\n", 2015 + i % 9, i % 3 ? "arbeid" : "seksueel",
                      i % 7 ? "een; twee\nnaam met regel" : (i % 2 ? "skip" : "x"), i % 5);
    char *good = t_write_n(dir, "good.csv", b.data, b.len);
    /* a bad count early and late: lines 4 (record 2 spans lines 4-5) and near the end */
    char *bad_text = rp_strdup(b.data);
    char *first = strstr(bad_text, ";3\n");
    first[1] = 'x';
    char *last = bad_text + b.len - 2;      /* the last row's count, just before its \n */
    *last = 'y';
    char *bad = t_write(dir, "bad.csv", bad_text);
    char *m1, *m2;
    char *one = tabulate_text(good, "1", &m1), *two = tabulate_text(good, "2", &m2);
    ck_assert_msg(t_has(one, "rows 240000"), "%s", one);
    t_assert_text(two, one);
    t_assert_text(m2, m1);
    free(one), free(two), free(m1), free(m2);
    one = tabulate_text(bad, "1", &m1);
    two = tabulate_text(bad, "2", &m2);
    ck_assert_msg(t_has(m1, "bad.csv:") && strchr(m1, '\n') != strrchr(m1, '\n'), "%s", m1);
    t_assert_text(m2, m1);
    t_assert_text(two, one);
    free(one), free(two), free(m1), free(m2);
    free(bad_text);
    free(bad);
    free(good);
    rp_buf_free(&b);
    free(dir);
}
END_TEST

START_TEST(tabulate_counts_and_filters)
{
    char *dir = t_tmpdir();
    char *path = t_write(dir, "v.csv", "jaar;regio;vorm;aantal\n2021;AM;arbeid;3\n"
                                       "2020;RT;seksueel;2\n2021;AM;arbeid;4\n2020;AM;arbeid;1\n"
                                       "10;X;y;1\n");
    rp_diag *d = rp_diag_new();
    const char *by[] = {"JAAR", "vorm"};
    /* the bad year on line 6 makes the whole table fail: no silent partial counts */
    rp_tab *t = rp_tabulate(path, by, 2, NULL, 0, d);
    ck_assert_ptr_null(t);
    ck_assert(t_has(rp_diag_first(d), "v.csv:6:1: jaar 10 is out of range"));
    rp_diag_free(d);
    free(path);
    path = t_write(dir, "w.csv", "jaar;regio;vorm;aantal\n2021;AM;arbeid;3\n"
                                 "2020;RT;seksueel;2\n2021;AM;arbeid;4\n2020;AM;arbeid;1\n"
                                 "1999;AM;arbeid;1\n");
    d = rp_diag_new();
    t = rp_tabulate(path, by, 2, "regio = AM", 0, d);
    ck_assert_ptr_nonnull(t);
    ck_assert_uint_eq(t->n, 3);
    ck_assert_str_eq(t->cols[0], "jaar");
    ck_assert_str_eq(t->keys[0], "1999");
    ck_assert_str_eq(t->keys[2], "2020");
    ck_assert_str_eq(t->keys[4], "2021");
    ck_assert_double_eq(t->count[2], 7);
    ck_assert_double_eq(t->total, 9);
    rp_tab_free(t);
    const char *bad[] = {"nope"};
    ck_assert_ptr_null(rp_tabulate(path, bad, 1, NULL, 0, d));
    ck_assert(t_has(rp_diag_first(d), "w.csv:1: no column \"nope\" for --by; expected one of: "
                                      "jaar, regio, vorm, aantal"));
    rp_diag_free(d);
    free(path);
    free(dir);
}
END_TEST

/* Target values that a Dutch spreadsheet and monitor.ini read differently are refused, and so
 * are percentages on counts and shares above 100%. */
START_TEST(monitor_strict_targets)
{
    const char *head = "[monitor]\ntitle = T\n[dataset victims]\nfile = victims.csv\n"
                       "[indicator n]\ntitle = N\ndataset = victims\n"
                       "[indicator s]\ntitle = S\ndataset = victims\nmeasure = share\n"
                       "where = minderjarig = 1\n";
    char *ini = rp_strfmt("%s[target a]\nindicator = n\nbaseline_year = 2020\ntarget = 1.500\n"
                          "[target b]\nindicator = n\nbaseline_year = 2020\ntarget = 1,500\n"
                          "[target c]\nindicator = s\nbaseline_year = 2020\ntarget = 0,25\n"
                          "[target d]\nindicator = n\nbaseline_year = 2020\ntarget = 30%%\n"
                          "[target e]\nindicator = s\nbaseline_year = 2020\ntarget = 30\n"
                          "[target f]\nindicator = n\nbaseline_year = 2020\ntarget = 2.250%%\n"
                          "[target g]\nindicator = s\nbaseline_year = 2020\ntarget = 30%%\n"
                          "direction = sideways\n", head);
    char *msgs = load_messages(ini, NULL);
    t_assert_text(msgs,
        "P/monitor.ini:16: target = 1.500 is ambiguous (a thousands separator, or decimals?); "
        "expected 1500 for the whole number, or 1.5 for the decimal one\n"
        "P/monitor.ini:20: target = 1,500 is ambiguous (a thousands separator, or decimals?); "
        "expected 1500 for the whole number, or 1.5 for the decimal one\n"
        "P/monitor.ini:24: target = 0,25 has a decimal comma; expected a decimal point in "
        "monitor.ini (0.25)\n"
        "P/monitor.ini:28: target = 30% is a percentage, but indicator n is a count; expected a "
        "value in its unit (such as 1500), or a change from the baseline written with a sign "
        "(+30%)\n"
        "P/monitor.ini:32: target = 30 is more than 100% for the share of indicator s; expected "
        "a fraction (0.30) or a percentage (30%)\n"
        "P/monitor.ini:36: target = 2.250% is ambiguous (a thousands separator, or decimals?); "
        "expected 2250 for the whole number, or 2.25 for the decimal one\n"
        "P/monitor.ini:41: direction = sideways; expected up or down\n");
    free(msgs);
    free(ini);
}
END_TEST

/* Every key monitor.ini takes is in monitor.ini(5): the lists are the ones the loader names
 * when it meets an unknown key. */
START_TEST(every_key_in_the_manual)
{
    char *msgs = load_messages("[monitor]\nx = 1\n[regions]\nx = 1\n[dataset d]\nx = 1\n"
                               "[indicator i]\nx = 1\n[target t]\nx = 1\n[estimate e]\nx = 1\n",
                               NULL);
    char *man = t_src("man/monitor.ini.5"), *text = t_read(man, NULL);
    ck_assert_ptr_nonnull(text);
    int keys = 0;
    for (char *line = strtok(msgs, "\n"); line; line = strtok(NULL, "\n")) {
        char *list = strstr(line, "expected one of: ");
        if (!list)
            continue;
        char *save = NULL;
        for (char *k = strtok_r(list + 17, ", ", &save); k; k = strtok_r(NULL, ", ", &save)) {
            char *want = rp_strfmt("\n.B %s\n", k), *also = rp_strfmt(".BR %s ", k),
                 *mid = rp_strfmt(", %s\n", k), *mid2 = rp_strfmt(", %s ", k);
            ck_assert_msg(t_has(text, want) || t_has(text, also) || t_has(text, mid) ||
                          t_has(text, mid2) || t_has(text, k), "monitor.ini(5) lacks %s", k);
            free(want), free(also), free(mid), free(mid2);
            keys++;
        }
    }
    ck_assert_int_ge(keys, 40);
    free(text);
    free(man);
    free(msgs);
}
END_TEST

/* [estimate] sections: what they need of their dataset, their model and terms, each problem
 * with monitor.ini's line; capture histories are read only through an [estimate]. */
START_TEST(monitor_estimate_sections)
{
    const char *head = "[monitor]\ntitle = T\n[dataset victims]\nfile = victims.csv\n";
    char *ini = rp_strfmt("%s[dataset caps]\nfile = victims.csv\nkind = captures\n"
                          "[indicator i]\ntitle = I\ndataset = caps\n"
                          "[estimate a]\ndataset = victims\n"
                          "[estimate b]\ndataset = caps\nmodel = fixed\n"
                          "[estimate c]\ndataset = nope\nterms = A:B\nbootstrap = 5\n"
                          "seed = -1\nthreshold = 2\nmodel = best\ncolour = red\n", head);
    char *msgs = load_messages(ini, NULL);
    t_assert_text(msgs,
        "P/monitor.ini:10: [indicator i] uses dataset caps of capture histories; those feed an "
        "[estimate NAME] section, not an indicator\n"
        "P/monitor.ini:12: [estimate a] uses dataset victims; expected that dataset to have kind "
        "= captures (capture histories)\n"
        "P/monitor.ini:13: [estimate b] has model = fixed but no terms; expected terms = A:B, "
        "C:D (pairs of lists)\n"
        "P/monitor.ini:17: dataset = nope: there is no [dataset nope]\n"
        "P/monitor.ini:18: terms is only for model = fixed\n"
        "P/monitor.ini:19: bootstrap = 5; expected 0 (log-normal interval) or a number of "
        "replicates from 100 to 1000000\n"
        "P/monitor.ini:20: seed = -1; expected a whole number from 0 to 4294967295\n"
        "P/monitor.ini:21: threshold = 2; expected a number from 1e-12 to 0.999999 (with a "
        "decimal point)\n"
        "P/monitor.ini:22: model = best; expected main, fixed or stepwise\n"
        "P/monitor.ini:23: unknown key \"colour\" in [estimate]; expected one of: title, "
        "dataset, lists, count, strata, model, terms, threshold, bootstrap, seed\n");
    free(msgs);
    free(ini);
    /* terms are checked against the file's lists, with the line of the key */
    ini = rp_strfmt("%s[dataset caps]\nfile = caps.csv\nkind = captures\n"
                    "[estimate e]\ndataset = caps\nmodel = fixed\nterms = A:B, A:Q\n", head);
    char *dir = project(ini);
    free(t_write(dir, "caps.csv", "A;B;C;aantal\n1;0;0;5\n0;1;0;4\n1;1;0;2\n"));
    rp_diag *d = rp_diag_new();
    rp_project *p = rp_project_load(dir, 0, d);
    ck_assert_ptr_null(p);
    ck_assert(t_has(rp_diag_first(d), "monitor.ini:11: terms = A:B, A:Q: \"A:Q\" is not two "
                                      "different lists of"));
    rp_diag_free(d);
    free(ini);
    free(dir);
}
END_TEST

Suite *rp_suite_datasets(void)
{
    Suite *s = suite_create("datasets");
    TCase *tc = tcase_create("csv");
    tcase_set_timeout(tc, 60); /* megabyte inputs under AddressSanitizer on a busy machine */
    tcase_add_test(tc, csv_semicolon_decimal_comma);
    tcase_add_test(tc, csv_comma_and_tab);
    tcase_add_test(tc, csv_bom_crlf_and_blank_lines);
    tcase_add_test(tc, csv_rfc4180_quoting);
    tcase_add_test(tc, csv_empty_cells_and_no_final_newline);
    tcase_add_test(tc, csv_errors);
    tcase_add_test(tc, csv_windows_1252_and_nul);
    tcase_add_test(tc, csv_binary_garbage);
    tcase_add_test(tc, csv_long_field_and_many_columns);
    tcase_add_test(tc, csv_error_cap_and_count);
    tcase_add_test(tc, csv_line_numbers_across_chunks);
    suite_add_tcase(s, tc);
    tc = tcase_create("filters");
    tcase_add_test(tc, filter_semantics);
    tcase_add_test(tc, filter_syntax_errors);
    suite_add_tcase(s, tc);
    tc = tcase_create("loaders");
    tcase_add_test(tc, table_well_known_columns);
    tcase_add_test(tc, regions_file);
    tcase_add_test(tc, recid_loads);
    tcase_add_test(tc, recid_errors_reported);
    tcase_add_test(tc, monitor_loads_every_key);
    tcase_add_test(tc, monitor_errors_with_lines);
    tcase_add_test(tc, monitor_estimate_sections);
    tcase_add_test(tc, monitor_strict_targets);
    tcase_add_test(tc, every_key_in_the_manual);
    tcase_add_test(tc, monitor_filter_columns_checked_against_data);
    tcase_add_test(tc, monitor_missing_and_long);
    tcase_add_test(tc, monitor_long_text_on_one_line);
    tcase_add_test(tc, project_counts_duplicates_and_population);
    tcase_add_test(tc, dataset_without_year_used_twice);
    tcase_add_test(tc, tabulate_counts_and_filters);
    tcase_add_test(tc, tabulate_in_parts_as_in_one_pass);
    suite_add_tcase(s, tc);
    return s;
}
