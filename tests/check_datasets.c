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

/* Everything d holds, as rp_diag_print writes it. Caller frees. */
static char *diag_text(const rp_diag *d)
{
    char *msgs = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&msgs, &len);
    rp_diag_print(d, m);
    fclose(m);
    return msgs;
}

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

/* What Dutch Excel writes: a BOM, CRLF, `;` with decimal commas, a quoted cell over two lines
 * that holds the delimiter; a noncharacter in a later cell is refused at its own line and
 * column (the quoted line break counted), and its row skipped. */
START_TEST(csv_dutch_export_and_noncharacters)
{
    EXPECT_READ("\xEF\xBB\xBFjaar;noot;waarde\r\n2018;\"niet gepubliceerd;\r\nzie 2019\";\r\n"
                "2019;ok;17,4%\r\n2020;a\xEF\xBF\xBE" "b;0,5\r\n2021;x;1.600,25\r\n",
                "delim=; decimal=, cols=jaar|noot|waarde\n"
                "@2:2018|niet gepubliceerd;\r\nzie 2019|\n@4:2019|ok|17,4%\n@6:2021|x|1.600,25\n--\n"
                "t.csv:5:2: cell contains U+FFFE, a Unicode noncharacter (at character 2), which "
                "no report can show; expected text without it (delete it)\n");
    /* U+1FFFE in the header, found at its column */
    EXPECT_READ("jaar;v\xF0\x9F\xBF\xBEorm\n2020;x\n",
                "--\nt.csv:1:2: cell contains U+1FFFE, a Unicode noncharacter (at character 2), "
                "which no report can show; expected text without it (delete it)\n");
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

/* Random quote-free CSV: cells of letters, digits, UTF-8, spaces and tabs (trimmed at the
 * ends as libcsv trims them), empty cells, trailing delimiters, blank and whitespace-only
 * lines, LF and CRLF, ragged rows, lines longer than a 64 KiB chunk, a line of more than
 * 1,000 cells; every `marker` lines a line "q;..." that the slow variant writes "\"q\";...".
 * Quotes keep libcsv on every chunk; without them the lines are split in place: both must give
 * the same records, lines and messages. */
static void random_csv(rp_buf *fast, rp_buf *slow, unsigned long long seed, int marker)
{
    static const char *const bits[] = {"a", "Zz", "12", "3,5", " ", "\t", "\xc3\xa9", "x y"};
    unsigned long long st = seed;
#define RND() (st ^= st << 13, st ^= st >> 7, st ^= st << 17, (unsigned)(st >> 33))
    const char *hdr = "k;a;b;c\n";
    rp_buf_puts(fast, hdr);
    rp_buf_puts(slow, hdr);
    for (int line = 0; line < 4000; line++) { /* under 20 problems: all of them are shown */
        rp_buf b;
        rp_buf_init(&b);
        unsigned kind = RND() % 1000;
        if (line % marker == 0) {
            rp_buf_puts(fast, "q;m;m;m\n");
            rp_buf_puts(slow, "\"q\";m;m;m\n");
            continue;
        }
        if (kind < 30) {
            rp_buf_puts(&b, kind < 10 ? "" : kind < 20 ? "   " : " \t ;  ");
        } else if (kind < 32) {
            for (int k = 0; k < (line % 2 ? 1003 : 70000); k++)
                rp_buf_puts(&b, line % 2 ? "v;" : "w");
        } else {
            int ncells = kind < 34 ? 2 + (int)(RND() % 5) : 4;
            for (int k = 0; k < ncells; k++) {
                if (k)
                    rp_buf_putc(&b, ';');
                for (unsigned j = RND() % 4; j > 0; j--)
                    rp_buf_puts(&b, bits[RND() % 8]);
            }
        }
        rp_buf_puts(&b, RND() % 4 == 0 ? "\r\n" : "\n");
        rp_buf_puts(fast, rp_buf_str(&b));
        rp_buf_puts(slow, rp_buf_str(&b));
        rp_buf_free(&b);
    }
#undef RND
}

START_TEST(csv_split_in_place_as_libcsv)
{
    for (unsigned long long seed = 1; seed <= 6; seed++) {
        rp_buf fast, slow;
        rp_buf_init(&fast);
        rp_buf_init(&slow);
        random_csv(&fast, &slow, seed * 0x9E3779B97F4A7C15ULL, seed % 2 ? 40 : 100000);
        char *a = read_all(fast.data, fast.len, 0), *b = read_all(slow.data, slow.len, 0);
        ck_assert_msg(strlen(a) > 60000 && !t_has(a, "more problems"), "too little read");
        t_assert_text(a, b);
        /* what the slow variant quotes reads the same, so the records must be too */
        free(a);
        free(b);
        rp_buf_free(&fast);
        rp_buf_free(&slow);
    }
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
    rp_filter *f = rp_filter_parse(filter, NULL, &err);
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
        rp_filter *f = rp_filter_parse(bad[i][0], NULL, &err);
        ck_assert_msg(f == NULL, "%s parsed", bad[i][0]);
        ck_assert_str_eq(err, bad[i][1]);
        free(err);
    }
    char *err = NULL;
    rp_filter *f = rp_filter_parse("b in (x,y) and c != 'z'", NULL, &err);
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
    /* an empty count is a count not reported: missing (nan), never an error that invites 0 */
    t_assert_text(got,
        "2020 0 nan -\n2020 -1 2 -\n--\n"
        "d.csv:2:1: jaar \"20x4\" is not a whole number; expected a year from 1900 to 2100\n"
        "d.csv:3:1: jaar 1850 is out of range; expected a year from 1900 to 2100\n"
        "d.csv:4:1: jaar is empty; expected a year from 1900 to 2100\n"
        "d.csv:5:2: regio \"XX\" is not in regions.csv; expected one of AM, RT, LE\n"
        "d.csv:6:3: aantal -3 is negative; expected a whole number of 0 or more\n"
        "d.csv:7:3: aantal \"2,5\" is not a whole number (the comma is this file's decimal "
        "sign); expected a whole number of 0 or more\n"
        "d.csv:9:4: flag \"q\" is not p, e or r; expected p (provisional), e (estimated), r "
        "(revised) or empty\n");
    free(got);
    rp_regions_free(r);
}
END_TEST

/* Reads a file through rp_table and returns "year weight value n lo hi" lines (%g, nan for
 * none) and the diagnostics; percent as unit = percent. */
static char *table_figures(const char *csv, int percent)
{
    char *dir = t_tmpdir();
    char *path = t_write(dir, "d.csv", csv);
    rp_diag *d = rp_diag_new();
    rp_buf out;
    rp_buf_init(&out);
    rp_table *t = rp_table_open(path, "d.csv", 0, NULL, d);
    if (t)
        rp_table_set_percent(t, percent);
    rp_trow row;
    while (t && rp_table_next(t, &row) > 0)
        rp_buf_printf(&out, "%d %g %g %g %g %g\n", row.year, row.weight, row.value, row.n,
                      row.lo, row.hi);
    rp_table_close(t);
    rp_buf_puts(&out, "--\n");
    char *msgs = diag_text(d);
    rp_buf_puts(&out, msgs);
    free(msgs);
    rp_diag_free(d);
    free(path);
    free(dir);
    return rp_buf_steal(&out);
}

/* Counts as staff type them: thousands grouped with the sign that is not the decimal sign;
 * an empty count is missing; what cannot be read one way only is refused, naming the
 * convention. */
START_TEST(table_counts_as_typed)
{
    char *got = table_figures("jaar;aantal;ondergrens;bovengrens\n2019;1.372;;\n"
                              "2020;12.345.678;;\n2021;;;\n2022;1,372;;\n2023;1.600,25;;\n"
                              "2024;1.37;;\n2010;6.250;5.000;7.500\n2011;;5.000;7.500\n"
                              "2012;6.250;5.000,5;7.500\n2013;6.250;5.00;7.500\n", 0);
    t_assert_text(got,
        "2019 1372 nan nan nan nan\n2020 1.23457e+07 nan nan nan nan\n"
        "2021 nan nan nan nan nan\n2010 6250 nan nan 5000 7500\n"
        "2012 6250 nan nan 5000.5 7500\n--\n"
        "d.csv:5:2: aantal \"1,372\" is not a whole number (in this file the comma is the "
        "decimal sign and a point groups thousands, in threes as in 1.372); expected a whole "
        "number of 0 or more, such as 1372 or 1.372\n"
        "d.csv:6:2: aantal \"1.600,25\" is not a whole number (the comma is this file's decimal "
        "sign); expected a whole number of 0 or more\n"
        "d.csv:7:2: aantal \"1.37\" is not a whole number (in this file the comma is the decimal "
        "sign and a point groups thousands, in threes as in 1.372); expected a whole number of "
        "0 or more\n"
        "d.csv:9:2: aantal is empty while its published interval is given; expected the "
        "published figure with its bounds, or all three empty\n"
        "d.csv:11:3: ondergrens \"5.00\" is not a number (in this file the comma is the decimal "
        "sign and a point groups thousands, in threes as in 1.372); expected 5,00, or decimal = "
        ". for the dataset in monitor.ini when the whole file writes decimals with a point\n");
    free(got);
    /* a comma file: quoted "1,372" is a thousand and more, 1.372 one and a fraction */
    got = table_figures("year,count\n2019,\"1,372\"\n2020,1.372\n", 0);
    t_assert_text(got,
        "2019 1372 nan nan nan nan\n--\n"
        "d.csv:3:2: count \"1.372\" is not a whole number (in this file the point is the "
        "decimal sign and a comma groups thousands, in threes as in 1,372); expected a whole "
        "number of 0 or more, such as 1372 or 1,372\n");
    free(got);
}
END_TEST

/* Shares as published: 0,174 or 17,4%; 17,4 alone could be either and is refused with both
 * ways to write it, unless the dataset's unit is percent; never above 100%. */
START_TEST(table_shares_as_published)
{
    const char *csv = "jaar;vorm;waarde;n\n2019;a;0,174;\n2019;b;17,4%;1.372\n2019;c;17,4;\n"
                      "2019;d;41;\n2019;e;117%;\n2019;f;0.5;\n2019;g;1;\n2019;h;150;\n"
                      "2019;i;0,5;1,5\n";
    char *got = table_figures(csv, 0);
    t_assert_text(got,
        "2019 1 0.174 nan nan nan\n2019 1 0.174 1372 nan nan\n2019 1 1 nan nan nan\n--\n"
        "d.csv:4:3: waarde \"17,4\" is a share above 1 without a percent sign; expected 17,4% "
        "for a percentage or 0,174 for a fraction (or unit = percent for the dataset in "
        "monitor.ini when all its figures are percentages)\n"
        "d.csv:5:3: waarde \"41\" is a share above 1 without a percent sign; expected 41% for a "
        "percentage or 0,41 for a fraction (or unit = percent for the dataset in monitor.ini "
        "when all its figures are percentages)\n"
        "d.csv:6:3: waarde \"117%\" is more than 100%; expected a share from 0% to 100%\n"
        "d.csv:7:3: waarde \"0.5\" is not a number (in this file the comma is the decimal sign "
        "and a point groups thousands, in threes as in 1.372); expected 0,5, or decimal = . for "
        "the dataset in monitor.ini when the whole file writes decimals with a point\n"
        "d.csv:9:3: waarde \"150\" is a share above 1; expected a fraction from 0 to 1 or a "
        "percentage from 0% to 100%\n"
        "d.csv:10:4: n \"1,5\" is not a whole number (the comma is this file's decimal sign); "
        "expected the whole number the figure rests on, or empty\n");
    free(got);
    /* unit = percent: every figure is a percentage, with or without its sign */
    got = table_figures("jaar;vorm;waarde\n2019;a;17,4\n2019;b;17,4%\n2019;c;0,5\n"
                        "2019;d;100\n2019;e;100,5\n", 1);
    t_assert_text(got,
        "2019 1 0.174 nan nan nan\n2019 1 0.174 nan nan nan\n2019 1 0.005 nan nan nan\n"
        "2019 1 1 nan nan nan\n--\n"
        "d.csv:6:3: waarde \"100,5\" is more than 100%; expected a share from 0% to 100%\n");
    free(got);
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
    /* the message describes both formats a recidivism file may have */
    ck_assert_msg(t_has(msgs, "r.csv:1: no column start; expected one row per person (id, "
                              "cohort, start, event, end, and optionally detained_days), or "
                              "published figures (cohort;years;prevalence;n, in Dutch "
                              "cohort;jaren;prevalentie;n)"), "%s", msgs);
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
    /* a break on one indicator that the others on its dataset lack: a warning that names them */
    t_assert_text(msgs, "P/monitor.ini:26: warning: [indicator minors] breaks = 2021 is "
                        "declared on this indicator only, while age and rate use the same "
                        "dataset victims and would run their trends across it; expected breaks "
                        "= 2021 under [dataset victims], which every indicator on it honours\n");
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
        "illustrative, missing, findings, csv, template\n"
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

/* An empty count is a count nobody reported: every sum it belongs to is missing (its year
 * in the total, its category, a share's denominator, its region), also with absent = zero;
 * the sums beside it are not. */
START_TEST(project_empty_counts_are_missing)
{
    for (int zero = 0; zero < 2; zero++) {
        char *dir = t_tmpdir();
        char *ini = rp_strfmt("[monitor]\ntitle = T\n[regions]\nfile = regions.csv\n"
                              "[dataset v]\nfile = v.csv\n%s"
                              "[indicator total]\ntitle = T\ndataset = v\nby = vorm\n"
                              "[indicator a]\ntitle = A\ndataset = v\nwhere = vorm = a\n"
                              "[indicator b]\ntitle = B\ndataset = v\nwhere = vorm = b\n"
                              "[indicator share]\ntitle = S\ndataset = v\nmeasure = share\n"
                              "where = vorm = b\n", zero ? "absent = zero\n" : "");
        free(t_write(dir, "monitor.ini", ini));
        free(t_write(dir, "v.csv", "jaar;regio;vorm;aantal\n2019;AM;a;5\n2019;AM;b;7\n"
                                   "2020;AM;a;\n2020;AM;b;8\n2020;RT;b;9\n2021;AM;a;6\n"));
        free(t_write(dir, "regions.csv", "code;name;year;population\nAM;A;2019;900000\n"
                                         "AM;A;2020;900000\nAM;A;2021;900000\nRT;R;2019;700000\n"
                                         "RT;R;2020;700000\nRT;R;2021;700000\n"));
        rp_diag *d = rp_diag_new();
        rp_project *p = rp_project_load(dir, 0, d);
        ck_assert_msg(p != NULL, "%s", rp_diag_first(d));
        const rp_indicator_data *total = p->ind[0], *a = p->ind[1], *b = p->ind[2],
                                *sh = p->ind[3];
        ck_assert(!rp_cell_missing(total, rp_indicator_year(total, 2019)));
        ck_assert(rp_cell_missing(total, rp_indicator_year(total, 2020)));
        ck_assert_double_eq(rp_indicator_year(total, 2020)->num, 0); /* no partial sum kept */
        ck_assert(rp_cell_missing(a, rp_indicator_year(a, 2020)));
        ck_assert(!rp_cell_missing(a, rp_indicator_year(a, 2021)));
        ck_assert(!rp_cell_missing(b, rp_indicator_year(b, 2020)));
        ck_assert_double_eq(rp_indicator_year(b, 2020)->num, 17);
        /* b has no row in 2021: missing, unless absent = zero */
        ck_assert_int_eq(rp_cell_missing(b, rp_indicator_year(b, 2021)), !zero);
        /* the share of b in 2020 rests on a denominator with an unknown count */
        ck_assert(rp_cell_missing(sh, rp_indicator_year(sh, 2020)));
        ck_assert(!rp_cell_missing(sh, rp_indicator_year(sh, 2019)));
        /* categories: a in 2020 missing, b not (category-major, years 2019-2021) */
        size_t ia = strcmp(total->cats[0], "a") ? 1 : 0;
        ck_assert(rp_cell_missing(total, &total->by[ia * 3 + 1]));
        ck_assert(!rp_cell_missing(total, &total->by[(1 - ia) * 3 + 1]));
        /* regions: AM in 2020 holds the empty count, RT does not */
        ck_assert(total->regions[0 * 3 + 1].unknown > 0);
        ck_assert_double_eq(total->regions[1 * 3 + 1].num, 9);
        ck_assert_int_eq(p->scans[0]->info.empty_counts, 1);
        ck_assert_double_eq(p->scans[0]->info.total, 35);
        rp_project_free(p);
        rp_diag_free(d);
        free(ini);
        free(dir);
    }
}
END_TEST

/* The published Dutch figures as staff type them (tests/e2e/validate_dutch_published): every
 * reading as meant, and the year whose count was not published missing in the report's table
 * with its note, never 0. */
START_TEST(project_dutch_published_figures)
{
    char *dir = t_src("tests/e2e/validate_dutch_published/proj");
    rp_diag *d = rp_diag_new();
    rp_project *p = rp_project_load(dir, 0, d);
    ck_assert_msg(p != NULL, "%s", rp_diag_first(d));
    ck_assert_uint_eq(rp_diag_warnings(d), 0);
    const rp_indicator_data *v = p->ind[rp_project_indicator(p, "slachtoffers")];
    ck_assert_double_eq(rp_indicator_year(v, 2019)->num, 1372);
    ck_assert_double_eq(rp_indicator_year(v, 2007)->num, 716);
    ck_assert(rp_cell_missing(v, rp_indicator_year(v, 2018)));
    ck_assert(t_has(v->notes[2018 - v->year_min], "niet gepubliceerd;\r\nhet jaarverslag"));
    ck_assert(rp_cell_missing(v, rp_indicator_year(v, 2022))); /* no row */
    const rp_indicator_data *cl = p->ind[rp_project_indicator(p, "opgeschoond")];
    ck_assert_double_eq(rp_indicator_year(cl, 2014)->num, 1255);
    const rp_cell *c = rp_indicator_year(p->ind[rp_project_indicator(p, "arbeid")], 2020);
    ck_assert_double_eq_tol(c->value, 0.41, 1e-15); /* 41 under unit = percent */
    const rp_indicator_data *s = p->ind[rp_project_indicator(p, "sepots")];
    ck_assert_double_eq_tol(rp_indicator_year(s, 2019)->value, 0.405, 1e-15);
    ck_assert_double_eq(rp_indicator_year(s, 2021)->vn, 946);
    const rp_indicator_data *g = p->ind[rp_project_indicator(p, "geschat")];
    ck_assert_double_eq(rp_indicator_year(g, 2012)->num, 6250);
    ck_assert_double_eq(rp_indicator_year(g, 2012)->lo, 5000);
    ck_assert_double_eq(rp_indicator_year(g, 2012)->hi, 7500);
    const rp_recid_agg *r = p->ind_recid_agg[rp_project_indicator(p, "recidive_2j")];
    ck_assert_uint_eq(r->n, 3);
    ck_assert_double_eq_tol(r->rows[0].prevalence, 0.36, 1e-15);
    ck_assert_double_eq(r->rows[2].years, 7);
    ck_assert_double_eq_tol(r->rows[2].prevalence, 0.65, 1e-15);
    ck_assert(isnan(r->rows[0].n));
    rp_project_free(p);
    rp_diag_free(d);
    char *out = t_tmpdir(), *args = rp_strfmt("report '%s' -o '%s/r'", dir, out), *o, *e;
    ck_assert_msg(t_run(NULL, args, &o, &e) == 0, "%s", e);
    char *path = rp_strfmt("%s/r/tables/series_slachtoffers.csv", out);
    char *csv = t_read(path, NULL);
    ck_assert_msg(t_has(csv, "2017;958;") && t_has(csv, "2019;1372;"), "%s", csv);
    ck_assert_msg(t_has(csv, "\n2018;.;.;.;.;;\"niet gepubliceerd;"), "%s", csv);
    free(csv), free(path), free(o), free(e), free(args), free(out), free(dir);
}
END_TEST

/* A break declared on one indicator warns when others on its dataset lack it; declared on the
 * dataset, or on every indicator, it does not. */
START_TEST(monitor_breaks_shared)
{
#define BREAKS_INI "[monitor]\ntitle = T\n[dataset victims]\nfile = victims.csv\n%s"          \
                   "[indicator a]\ntitle = A\ndataset = victims\n%s"                          \
                   "[indicator b]\ntitle = B\ndataset = victims\nwhere = vorm = arbeid\n%s"  \
                   "[indicator c]\ntitle = C\ndataset = victims\nwhere = vorm = seksueel\n%s"
    char *ini = rp_strfmt(BREAKS_INI, "", "breaks = 2019, 2021\n", "breaks = 2021\n", "");
    char *msgs = load_messages(ini, NULL);
    t_assert_text(msgs, "P/monitor.ini:8: warning: [indicator a] breaks = 2019, 2021 is "
                        "declared on this indicator only, while b and c use the same dataset "
                        "victims and would run their trends across it; expected breaks = 2019, "
                        "2021 under [dataset victims], which every indicator on it honours\n"
                        "P/monitor.ini:13: warning: [indicator b] breaks = 2021 is declared on "
                        "this indicator only, while c uses the same dataset victims and would "
                        "run its trends across it; expected breaks = 2021 under [dataset "
                        "victims], which every indicator on it honours\n");
    free(msgs), free(ini);
    ini = rp_strfmt(BREAKS_INI, "breaks = 2021\n", "breaks = 2021\n", "", "");
    msgs = load_messages(ini, NULL);
    t_assert_text(msgs, "");
    free(msgs), free(ini);
    ini = rp_strfmt(BREAKS_INI, "", "breaks = 2021\n", "breaks = 2021\n", "breaks = 2021\n");
    msgs = load_messages(ini, NULL);
    t_assert_text(msgs, "");
    free(msgs), free(ini);
}
END_TEST

/* A target's direction that says the opposite of its signed change; a baseline year without a
 * value, for counts and for recidivism cohorts (published at another follow-up, or absent). */
START_TEST(targets_readable_as_meant)
{
    char *msgs = load_messages(MONITOR_OK "[indicator n]\ntitle = N\ndataset = victims\n"
                               "[target a]\nindicator = n\nbaseline_year = 2020\n"
                               "target = +5% per year\ntarget_year = 2024\ndirection = down\n"
                               "[target b]\nindicator = n\nbaseline_year = 2020\n"
                               "target = -25%\ntarget_year = 2024\ndirection = down\n", NULL);
    t_assert_text(msgs,
        "P/monitor.ini:15: [target a] direction = down, but target = +5% per year asks for a "
        "rise; expected direction = up, or no direction (the sign of a change says it)\n");
    free(msgs);
    msgs = load_messages(MONITOR_OK "[indicator n]\ntitle = N\ndataset = victims\n"
                         "[target c]\nindicator = n\nbaseline_year = 2019\n"
                         "target = 5\ntarget_year = 2024\n", NULL);
    t_assert_text(msgs,
        "P/monitor.ini:12: [target c] baseline_year = 2019, but indicator n has no value in 2019 "
        "(it has values in 2020, 2021); expected a year with a value, or the data of 2019\n");
    free(msgs);
    char *dir = t_tmpdir();
    free(t_write(dir, "monitor.ini", "[monitor]\ntitle = T\nreport_year = 2024\n"
                                     "[dataset pub]\nfile = pub.csv\nkind = recidivism\n"
                                     "[dataset people]\nfile = people.csv\n"
                                     "[indicator p5]\ntitle = P\ndataset = pub\n"
                                     "measure = recidivism\nyears = 5\n"
                                     "[indicator r2]\ntitle = R\ndataset = people\n"
                                     "measure = recidivism\n"
                                     "[target p]\nindicator = p5\nbaseline_year = 2018\n"
                                     "target = 30%\ntarget_year = 2022\n"
                                     "[target q]\nindicator = p5\nbaseline_year = 2017\n"
                                     "target = 30%\ntarget_year = 2022\n"
                                     "[target r]\nindicator = r2\nbaseline_year = 2016\n"
                                     "target = 30%\ntarget_year = 2022\n"));
    free(t_write(dir, "pub.csv", "cohort;jaren;prevalentie;n\n2017;2;36%;\n2017;5;58%;\n"
                                 "2018;2;31%;\n"));
    free(t_write(dir, "people.csv", "id;cohort;start;event;end\n1;2015;2015-01-01;;2020-12-31\n"
                                    "2;2017;2017-01-01;2018-01-01;2020-12-31\n"));
    rp_diag *d = rp_diag_new();
    ck_assert_ptr_null(rp_project_load(dir, 0, d));
    char *text = diag_text(d);
    ck_assert_msg(t_has(text, "monitor.ini:20: [target p] baseline_year = 2018, but indicator p5 "
                              "has no value in 2018 (it has values in 2017)"), "%s", text);
    ck_assert_msg(!t_has(text, "[target q]"), "%s", text);
    ck_assert_msg(t_has(text, "monitor.ini:30: [target r] baseline_year = 2016, but indicator r2 "
                              "has no value in 2016 (it has values in 2015, 2017)"), "%s", text);
    free(text);
    rp_diag_free(d);
    free(dir);
}
END_TEST

/* Noncharacters in monitor.ini are refused at their line and column (in characters). */
START_TEST(monitor_noncharacters)
{
    char *msgs = load_messages("[monitor]\ntitle = Één \xEF\xB7\x90 monitor\n"
                               "[dataset victims]\nfile = victims.csv\n", NULL);
    t_assert_text(msgs, "P/monitor.ini:2:13: U+FDD0 is a Unicode noncharacter, which no report "
                        "can show; expected text without it (delete it)\n");
    free(msgs);
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
        /* the project has no language: Dutch, as every message of it */
        ck_assert_msg(t_has(e, "cases.csv:1: geen kolom jaar of year"), "%s", e);
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

/* Cell keys: a record's key is the first 8 bytes of HMAC-SHA256 of its fields (each after its
 * length in 4 bytes) under the project's key, as openssl computes it; a cell's key is the sum
 * of its records' keys modulo 2^64 (a counts row counts its count times), whatever the order
 * of the rows or the number of threads. */
START_TEST(tabulate_cell_keys)
{
    char *dir = t_tmpdir();
    static const unsigned char key[32] = "rapporteur test key, 32 bytes!!";
    char *a = t_write(dir, "a.csv", "vorm;aantal\narbeid;3\nseksueel;1\narbeid;2\n");
    char *b = t_write(dir, "b.csv", "vorm;aantal\narbeid;2\narbeid;3\nseksueel;1\n");
    const char *by[] = {"vorm"};
    rp_diag *d = rp_diag_new();
    rp_tab *ta = rp_tabulate_keyed(a, by, 1, NULL, 0, key, 32, d);
    setenv("RP_THREADS", "2", 1);
    rp_tab *tb = rp_tabulate_keyed(b, by, 1, NULL, 0, key, 32, d);
    unsetenv("RP_THREADS");
    ck_assert_ptr_nonnull(ta);
    ck_assert_ptr_nonnull(tb);
    ck_assert_uint_eq(ta->n, 2);
    ck_assert(ta->ckey[0] == tb->ckey[0] && ta->ckey[1] == tb->ckey[1]);
    /* the record "seksueel","1": its fields with their lengths, keyed by openssl */
    char *hex = t_sh("printf '\\000\\000\\000\\010seksueel\\000\\000\\000\\0011' | "
                     "openssl dgst -sha256 -mac HMAC -macopt hexkey:%s | sed 's/.*= //' | "
                     "cut -c1-16",
                     "726170706f72746575722074657374206b6579"
                     "2c203332206279746573212100");
    /* the key above as hex: "rapporteur test key, 32 bytes!!" and its NUL */
    ck_assert_msg(strlen(hex) >= 16, "openssl: %s", hex);
    uint64_t want = strtoull(hex, NULL, 16);
    ck_assert_msg(ta->ckey[1] == want, "%016llx, openssl %s", (unsigned long long)ta->ckey[1],
                  hex);
    rp_tab_free(ta);
    rp_tab_free(tb);
    rp_diag_free(d);
    free(hex);
    free(a);
    free(b);
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
    tcase_add_test(tc, csv_dutch_export_and_noncharacters);
    tcase_add_test(tc, csv_errors);
    tcase_add_test(tc, csv_windows_1252_and_nul);
    tcase_add_test(tc, csv_binary_garbage);
    tcase_add_test(tc, csv_long_field_and_many_columns);
    tcase_add_test(tc, csv_error_cap_and_count);
    tcase_add_test(tc, csv_line_numbers_across_chunks);
    tcase_add_test(tc, csv_split_in_place_as_libcsv);
    suite_add_tcase(s, tc);
    tc = tcase_create("filters");
    tcase_add_test(tc, filter_semantics);
    tcase_add_test(tc, filter_syntax_errors);
    suite_add_tcase(s, tc);
    tc = tcase_create("loaders");
    tcase_add_test(tc, table_well_known_columns);
    tcase_add_test(tc, table_counts_as_typed);
    tcase_add_test(tc, table_shares_as_published);
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
    tcase_add_test(tc, project_empty_counts_are_missing);
    tcase_add_test(tc, project_dutch_published_figures);
    tcase_add_test(tc, monitor_breaks_shared);
    tcase_add_test(tc, targets_readable_as_meant);
    tcase_add_test(tc, monitor_noncharacters);
    tcase_add_test(tc, tabulate_counts_and_filters);
    tcase_add_test(tc, tabulate_in_parts_as_in_one_pass);
    tcase_add_test(tc, tabulate_cell_keys);
    suite_add_tcase(s, tc);
    suite_add_tcase(s, rp_tcase_text_read()); /* tests/check_text.c */
    return s;
}
