/* The disclosure audit (part of the reports suite): the report of tests/disclosure, where
 * suppress_below = 10 and a small town, a village, a rare form of exploitation and a small
 * cohort all have counts from 1 to 9, is searched in every output (CSV tables, the XLSX
 * cells, the HTML tables, the PDF text, the charts' data and SVG) for such a count, and
 * checked for secondary suppression: no hidden count may come back from a total. */
#define _GNU_SOURCE /* strcasestr */
#include "tests/helpers.h"
#include "base/buf.h"
#include "datasets/csvfile.h"
#include "stats/disclosure.h"

#include <ctype.h>
#include <dirent.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Names of the fixture's small units: lines that name them must not carry a small count. */
static const char *const SMALL_UNITS[] = {"Kleinstad", "Dorp", "orgaanhandel", NULL};

/* Columns that hold counts, in every table and chart data file of the report. */
static int count_column(const char *head, int value_is_count)
{
    static const char *const names[] = {"count", "n", "events", "at risk", "numerator",
                                        "denominator", "baseline", "latest value", "target value",
                                        "seksueel", "arbeid", "orgaanhandel", "label",
                                        "registered", "observed", NULL};
    for (size_t i = 0; names[i]; i++)
        if (!strcasecmp(head, names[i]))
            return 1;
    return value_is_count && !strcasecmp(head, "value");
}

/* A count from 1 to 9 written as a number: "7", "7.0", " 7 ". */
static int small_count(const char *cell)
{
    char *end;
    double v = strtod(cell, &end);
    while (*end == ' ')
        end++;
    return end != cell && *end == '\0' && v >= 1 && v <= 9 && v == (long)v;
}

static int hidden(const char *cell) { return !strcmp(cell, "x") || !strncmp(cell, "<10", 3); }

/* The tables of the fixture whose value column is a count (its count indicators). */
static int counts_table(const char *name)
{
    return strstr(name, "victims") || strstr(name, "organ") || strstr(name, "Registered") ||
           strstr(name, "Organ");
}

typedef struct {
    rp_buf fails;
    int small_marks, x_marks, cells;
} audit;

/* Checks one table given as rows of cells, row 0 the header. */
static void audit_rows(audit *A, const char *where, char ***rows, size_t nrows, size_t ncols)
{
    int vc = counts_table(where);
    for (size_t c = 0; c < ncols; c++) {
        size_t nhidden = 0, nshown = 0;
        for (size_t r = 1; r < nrows; r++) {
            const char *cell = rows[r][c] ? rows[r][c] : "";
            A->cells++;
            A->small_marks += !strncmp(cell, "<10", 3);
            A->x_marks += !strcmp(cell, "x");
            if (count_column(rows[0][c], vc) && small_count(cell))
                rp_buf_printf(&A->fails, "%s: row %zu, column %s holds the count %s\n", where,
                              r, rows[0][c], cell);
            if (hidden(cell))
                nhidden++;
            else if (*cell)
                nshown++;
        }
        /* a column of counts with one hidden cell among shown ones gives it back from the
         * total (regions, categories); the report shows the totals */
        if (!strcasecmp(rows[0][c], "count") && nhidden == 1 && nshown > 0)
            rp_buf_printf(&A->fails, "%s: column %s hides a single cell\n", where, rows[0][c]);
    }
    for (size_t r = 1; r < nrows; r++)
        for (size_t c = 0; c + 1 < ncols; c++)
            if (!strcasecmp(rows[0][c], "events") && hidden(rows[r][c] ? rows[r][c] : "") !=
                    hidden(rows[r][c + 1] ? rows[r][c + 1] : ""))
                rp_buf_printf(&A->fails, "%s: row %zu hides events or at risk but not both\n",
                              where, r);
}

static void free_rows(char ***rows, size_t nrows, size_t ncols)
{
    for (size_t r = 0; r < nrows; r++) {
        for (size_t c = 0; c < ncols; c++)
            free(rows[r][c]);
        free(rows[r]);
    }
    free(rows);
}

/* A CSV table (or a chart's first data block) through the program's own reader: rows[0] is
 * the header. Free with free_rows. */
static char ***read_rows(const char *path, const char *name, size_t *nrows, size_t *ncols)
{
    char *text = t_read(path, NULL);
    ck_assert_msg(text != NULL, "cannot read %s", path);
    char *block = strstr(text, "\n\n");
    if (block)
        block[1] = '\0';
    const char *start = !strncmp(text, "# ", 2) ? text + 2 : text;
    rp_diag *d = rp_diag_new();
    rp_csv *c = rp_csv_open_mem(start, strlen(start), name, 0, d);
    ck_assert_msg(c != NULL, "%s does not parse: %s", path, rp_diag_first(d));
    size_t nc = rp_csv_ncols(c), n = 1;
    char ***rows = malloc(sizeof *rows);
    rows[0] = calloc(nc, sizeof(char *));
    for (size_t i = 0; i < nc; i++)
        rows[0][i] = rp_strdup(rp_csv_colname(c, i));
    rp_csv_row row;
    while (rp_csv_next(c, &row) > 0) {
        rows = realloc(rows, (n + 1) * sizeof *rows);
        rows[n] = calloc(nc, sizeof(char *));
        for (size_t i = 0; i < nc; i++)
            rows[n][i] = rp_strdup(row.f[i]);
        n++;
    }
    rp_csv_close(c);
    rp_diag_free(d);
    free(text);
    *nrows = n;
    *ncols = nc;
    return rows;
}

static void audit_csv(audit *A, const char *path, const char *name)
{
    size_t n, nc;
    char ***rows = read_rows(path, name, &n, &nc);
    audit_rows(A, name, rows, n, nc);
    free_rows(rows, n, nc);
}

static void audit_folder(audit *A, const char *dir, const char *suffix)
{
    DIR *d = opendir(dir);
    ck_assert_msg(d != NULL, "no folder %s", dir);
    struct dirent *e;
    while ((e = readdir(d))) {
        size_t n = strlen(e->d_name), k = strlen(suffix);
        if (n > k && !strcmp(e->d_name + n - k, suffix)) {
            char *path = rp_strfmt("%s/%s", dir, e->d_name);
            audit_csv(A, path, e->d_name);
            free(path);
        }
    }
    closedir(d);
}

/* The text between <tag ...> and </tag> from s on; *next is set past it. NULL when none. */
static char *element(const char *s, const char *tag, const char **next)
{
    char open[32], close[32];
    snprintf(open, sizeof open, "<%s", tag);
    snprintf(close, sizeof close, "</%s>", tag);
    const char *a = strstr(s, open);
    const char *gt = a ? strchr(a, '>') : NULL;
    const char *b = gt ? strstr(gt, close) : NULL;
    if (!b)
        return NULL;
    *next = b + strlen(close);
    return rp_strndup(gt + 1, (size_t)(b - gt - 1));
}

/* Inner text without tags, with the entities the HTML writer uses. */
static char *plain(const char *s)
{
    rp_buf b;
    rp_buf_init(&b);
    for (int tag = 0; *s; s++) {
        if (*s == '<' || *s == '>') {
            tag = *s == '<';
            continue;
        }
        if (tag)
            continue;
        if (!strncmp(s, "&lt;", 4))
            rp_buf_putc(&b, '<'), s += 3;
        else if (!strncmp(s, "&amp;", 5))
            rp_buf_putc(&b, '&'), s += 4;
        else
            rp_buf_putc(&b, *s);
    }
    char *t = rp_buf_steal(&b);
    char *trimmed = rp_strdup(rp_trim(t ? t : (char[]){""}));
    free(t);
    return trimmed;
}

/* A <table> of the HTML file (or a sheet turned into the same form). */
static void audit_html_table(audit *A, const char *table, int k)
{
    const char *p = table, *next;
    char *caption = element(p, "caption", &next);
    char *where = rp_strfmt("report.html table %d (%s)", k, caption ? caption : "");
    char ***rows = NULL;
    size_t n = 0, nc = 0;
    char *tr;
    while ((tr = element(p, "tr", &next))) {
        p = next;
        rows = realloc(rows, (n + 1) * sizeof *rows);
        rows[n] = NULL;
        size_t c = 0;
        const char *q = tr, *qn;
        char *cell;
        while ((cell = element(q, n == 0 ? "th" : "td", &qn))) {
            rows[n] = realloc(rows[n], (c + 1) * sizeof(char *));
            rows[n][c++] = plain(cell);
            free(cell);
            q = qn;
        }
        if (n == 0)
            nc = c;
        while (c < nc) {
            rows[n] = realloc(rows[n], (c + 1) * sizeof(char *));
            rows[n][c++] = rp_strdup("");
        }
        n++;
        free(tr);
    }
    if (n)
        audit_rows(A, where, rows, n, nc);
    free_rows(rows, n, nc);
    free(where);
    free(caption);
}

static void audit_html(audit *A, const char *path, int least)
{
    char *html = t_read(path, NULL);
    ck_assert(html != NULL);
    const char *p = html, *next;
    char *table;
    int k = 0;
    while ((table = element(p, "table", &next))) {
        audit_html_table(A, table, ++k);
        free(table);
        p = next;
    }
    ck_assert_msg(k >= least, "only %d tables in the HTML", k);
    free(html);
}

/* Every numeric cell of every sheet: a small whole number under a count header. The header
 * row holds shared strings (t="s"); numbers are <v> without a type. */
static void audit_xlsx(audit *A, const char *path)
{
    char *cmd = rp_strfmt("unzip -p '%s' xl/sharedStrings.xml", path);
    char *shared = t_sh("%s", cmd);
    free(cmd);
    char **strings = NULL;
    size_t ns = 0;
    const char *p = shared, *next;
    char *si;
    while ((si = element(p, "si", &next))) {
        strings = realloc(strings, (ns + 1) * sizeof *strings);
        strings[ns++] = plain(si);
        free(si);
        p = next;
    }
    cmd = rp_strfmt("unzip -p '%s' xl/workbook.xml", path);
    char *book = t_sh("%s", cmd);
    free(cmd);
    int sheets = 0;
    const char *sheet = book;
    for (int k = 1; k < 100; k++) {
        /* the sheets in workbook.xml order are sheet1.xml, sheet2.xml, ... */
        sheet = sheet ? strstr(sheet + 1, "<sheet name=\"") : NULL;
        char *name = sheet ? rp_strndup(sheet + 13, strcspn(sheet + 13, "\"")) : rp_strdup("");
        int vc = counts_table(name);
        free(name);
        cmd = rp_strfmt("unzip -p '%s' xl/worksheets/sheet%d.xml 2>/dev/null", path, k);
        char *xml = t_sh("%s", cmd);
        free(cmd);
        if (!*xml) {
            free(xml);
            break;
        }
        sheets++;
        char *head[64] = {0};
        for (const char *c = strstr(xml, "<c r=\""); c; c = strstr(c + 1, "<c r=\"")) {
            int col = 0;
            const char *q = c + 6;
            for (; isupper((unsigned char)*q); q++)
                col = col * 26 + (*q - 'A' + 1);
            long row = strtol(q, NULL, 10);
            const char *end = strchr(c, '>');
            int is_str = end && memmem(c, (size_t)(end - c), "t=\"s\"", 5) != NULL;
            const char *v = strstr(c, "<v>"), *stop = strstr(c, "</c>");
            if (!v || !stop || v > stop || col < 1 || col > 64)
                continue;
            long idx = strtol(v + 3, NULL, 10);
            char *val = is_str ? rp_strdup(idx >= 0 && (size_t)idx < ns ? strings[idx] : "")
                               : rp_strndup(v + 3, strcspn(v + 3, "<"));
            if (row == 1) {
                free(head[col - 1]);
                head[col - 1] = val;
                continue;
            }
            A->cells++;
            const char *h = head[col - 1] ? head[col - 1] : "";
            if (!is_str && count_column(h, vc) && small_count(val))
                rp_buf_printf(&A->fails, "tables.xlsx sheet %d cell %.*s: %s holds %s\n", k,
                              (int)strcspn(c + 6, "\""), c + 6, h, val);
            free(val);
        }
        for (int i = 0; i < 64; i++)
            free(head[i]);
        free(xml);
    }
    ck_assert_msg(sheets >= 5, "only %d sheets in %s", sheets, path);
    free(book);
    for (size_t i = 0; i < ns; i++)
        free(strings[i]);
    free(strings);
    free(shared);
}

/* Lines of text that name a small unit must not carry a count from 1 to 9 as a word. */
static void audit_lines(audit *A, const char *what, const char *text)
{
    const char *line = text;
    while (*line) {
        size_t len = strcspn(line, "\n");
        char *l = rp_strndup(line, len);
        int names = 0;
        for (size_t i = 0; SMALL_UNITS[i]; i++)
            names |= strstr(l, SMALL_UNITS[i]) != NULL;
        for (size_t i = 0; names && l[i]; i++) {
            int before = i == 0 || !(isalnum((unsigned char)l[i - 1]) || strchr(".,<%-", l[i - 1]));
            int after = !l[i + 1] || !(isalnum((unsigned char)l[i + 1]) || strchr(".,%", l[i + 1]));
            if (l[i] >= '1' && l[i] <= '9' && before && after) {
                rp_buf_printf(&A->fails, "%s: \"%s\" carries %c\n", what, l, l[i]);
                break;
            }
        }
        free(l);
        line += len + (line[len] == '\n');
    }
}

static void audit_svgs(audit *A, const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    int n = 0;
    while (d && (e = readdir(d))) {
        size_t k = strlen(e->d_name);
        if (k < 5 || strcmp(e->d_name + k - 4, ".svg"))
            continue;
        char *path = rp_strfmt("%s/%s", dir, e->d_name);
        char *svg = t_read(path, NULL);
        rp_buf texts;
        rp_buf_init(&texts);
        const char *p = svg, *next;
        char *t;
        while ((t = element(p, "text", &next))) {
            char *s = plain(t);
            rp_buf_printf(&texts, "%s\n", s);
            free(s);
            free(t);
            p = next;
        }
        audit_lines(A, path, texts.data ? texts.data : "");
        rp_buf_free(&texts);
        free(svg);
        free(path);
        n++;
    }
    if (d)
        closedir(d);
    ck_assert_msg(n >= 10, "only %d SVG charts", n);
}


/* The rules as data: (counts, threshold) -> marks, '.' shown, '<' small, 'x' second cell. The
 * threshold rule with complementary suppression as Hundepool et al., Statistical Disclosure
 * Control (2012), sec. 5.2: the sum of the hidden cells of a line follows from its total, so it
 * must be neither a single cell nor a sum below the threshold. Each row worked by hand. */
static const struct {
    double c[6];
    size_t n;
    int below;
    const char *marks;
} LINE_RULES[] = {
    {{59, 39, 7}, 3, 10, ".x<"},          /* issue 13: 2023 by vorm, one small cell */
    {{50, 3, 4, 40}, 4, 10, ".<<x"},      /* two small adding to 7: a third */
    {{50, 3, 8, 40}, 4, 10, ".<<."},      /* two small adding to 11: safe as they are */
    {{5, 0, 0}, 3, 10, "<.."},            /* nothing above zero to hide it with */
    {{0, 12, 15}, 3, 10, "..."},          /* zero reveals nobody */
    {{9, 12, 15}, 3, 5, "..."},
    {{4, 4, 4, 30}, 4, 5, "<<<."},        /* 12 >= 5 */
    {{1, 1, 1, 1, 1, 30}, 6, 10, "<<<<<x"}, /* 5 < 10 */
    {{12, 12, 3}, 3, 10, "x.<"},          /* a tie: the first of the smallest */
    {{10, 11}, 2, 10, ".."},              /* 10 is not below 10 */
};

static char mark_char(unsigned char m) { return m == RP_HIDE_SMALL ? '<' : m ? 'x' : '.'; }

START_TEST(secondary_rules_as_data)
{
    for (size_t r = 0; r < sizeof LINE_RULES / sizeof *LINE_RULES; r++) {
        unsigned char hide[6];
        char got[7] = "";
        size_t n = rp_secondary(LINE_RULES[r].c, LINE_RULES[r].n, LINE_RULES[r].below, hide),
               want = 0;
        for (size_t i = 0; i < LINE_RULES[r].n; i++) {
            got[i] = mark_char(hide[i]);
            want += got[i] != '.';
        }
        ck_assert_msg(!strcmp(got, LINE_RULES[r].marks), "row %zu: %s, expected %s", r, got,
                      LINE_RULES[r].marks);
        ck_assert_uint_eq(n, want);
    }
}
END_TEST

/* A published sum over some cells of a line gives back what it covers of the hidden part,
 * unless it covers none or all of it (then the line's total told as much). */
START_TEST(margin_rules_as_data)
{
    static const struct {
        const char *hide, *in;
        int leaks;
    } rows[] = {
        {".x<", ".x.", 1},   /* vorm = arbeid beside a breakdown hiding arbeid as x */
        {".x<", ".xx", 0},   /* vorm != seksueel: all the hidden part, as the total less 59 */
        {".x<", "x..", 0},   /* vorm = seksueel: a shown cell only */
        {"...", "xx.", 0},
        {"<<x.", "x.x.", 1}, /* half of the hidden part */
    };
    for (size_t r = 0; r < sizeof rows / sizeof *rows; r++) {
        unsigned char hide[4], in[4];
        size_t n = strlen(rows[r].hide);
        for (size_t i = 0; i < n; i++) {
            hide[i] = rows[r].hide[i] == '<' ? RP_HIDE_SMALL : rows[r].hide[i] == 'x'
                                                                   ? RP_HIDE_SECOND : RP_SHOWN;
            in[i] = rows[r].in[i] == 'x';
        }
        ck_assert_msg(rp_margin_leaks(hide, in, n) == rows[r].leaks, "row %zu", r);
    }
}
END_TEST

/* A two-way table: each row and each column adds up to a margin that a coarser table
 * publishes. b in 2023 (3) is small; its row needs a second cell (c, 15: the smaller of a and
 * c), its column one too (b in 2024), and the column of c then needs c in 2024, which also
 * settles the 2024 row. Worked by hand: no row or column is left with one hidden cell, and
 * a (20, 25) stays shown, where hiding per line in turn would hide every cell. */
START_TEST(secondary_table_two_way)
{
    static const double count[] = {20, 3, 15, 25, 12, 30};
    static const size_t key[] = {0, 0, 0, 1, 0, 2, 1, 0, 1, 1, 1, 2}; /* (year, form) */
    unsigned char hide[6];
    ck_assert_int_eq(rp_secondary_table(count, key, 6, 2, 10, hide), 4);
    char got[7] = "";
    for (size_t i = 0; i < 6; i++)
        got[i] = mark_char(hide[i]);
    ck_assert_str_eq(got, ".<x.xx");
}
END_TEST


/* ---- subtraction attacks: what the published numbers let anyone solve for ---- */

/* The rank of the rows of a (nr x nc, row-major, changed in place) by Gaussian elimination. */
static size_t rank_of(double *a, size_t nr, size_t nc)
{
    size_t r = 0;
    for (size_t c = 0; c < nc && r < nr; c++) {
        size_t p = r;
        for (size_t i = r + 1; i < nr; i++)
            if (fabs(a[i * nc + c]) > fabs(a[p * nc + c]))
                p = i;
        if (fabs(a[p * nc + c]) < 1e-9)
            continue;
        for (size_t k = 0; k < nc; k++) {
            double t = a[r * nc + k];
            a[r * nc + k] = a[p * nc + k];
            a[p * nc + k] = t;
        }
        for (size_t i = r + 1; i < nr; i++) {
            double f = a[i * nc + c] / a[r * nc + c];
            for (size_t k = 0; k < nc; k++)
                a[i * nc + k] -= f * a[r * nc + k];
        }
        r++;
    }
    return r;
}

/* Whether unknown j follows from the equations (rows of 0/1 over nu unknowns, once the shown
 * cells are subtracted): it does when adding e_j leaves the rank as it is. */
static int solvable(const double *eq, size_t neq, size_t nu, size_t j)
{
    double *a = calloc((neq + 1) * nu, sizeof *a), *b = calloc((neq + 1) * nu, sizeof *b);
    memcpy(a, eq, neq * nu * sizeof *a);
    memcpy(b, eq, neq * nu * sizeof *b);
    b[neq * nu + j] = 1;
    int r = rank_of(a, neq, nu) == rank_of(b, neq + 1, nu);
    free(a);
    free(b);
    return r;
}

static int published(const char *cell) { return *cell && strcmp(cell, "x") && cell[0] != '<'; }

/* The value column of a series table, per year: 1 when published. */
static int series_published(const char *dir, const char *id, const char *col, int year)
{
    char *path = rp_strfmt("%s/series_%s.csv", dir, id);
    size_t n, nc, c = 0;
    char ***rows = read_rows(path, id, &n, &nc);
    while (c < nc && strcmp(rows[0][c], col))
        c++;
    int r = 0;
    for (size_t i = 1; c < nc && i < n; i++)
        if (atoi(rows[i][0]) == year)
            r = published(rows[i][c]);
    free_rows(rows, n, nc);
    free(path);
    return r;
}

/* The published value of a series table in a year, NaN when hidden. */
static double series_value(const char *dir, const char *id, int year)
{
    char *path = rp_strfmt("%s/series_%s.csv", dir, id);
    size_t n, nc;
    char ***rows = read_rows(path, id, &n, &nc);
    double v = NAN;
    for (size_t i = 1; i < n; i++)
        if (atoi(rows[i][0]) == year && published(rows[i][1]))
            v = atof(rows[i][1]);
    free_rows(rows, n, nc);
    free(path);
    return v;
}

/* The breakdown by vorm against every margin the fixture publishes over it: the total, the
 * indicators `vorm = arbeid`, `vorm = orgaanhandel`, and the share of `vorm in (arbeid,
 * seksueel)` (its numerator). Solves each year's system for every hidden cell. */
static void attack_breakdown(audit *A, const char *out)
{
    char *charts = rp_strfmt("%s/r/charts/stacked_victims.csv", out);
    char *tables = rp_strfmt("%s/r/tables", out);
    size_t n, nc;
    char ***rows = read_rows(charts, "stacked", &n, &nc);
    static const struct {
        const char *id, *col, *cats;
    } margins[] = {{"victims", "value", "*"}, {"labour", "value", "arbeid"},
                   {"organ", "value", "orgaanhandel"},
                   {"labour_share", "numerator", "arbeid seksueel"}};
    size_t nm = sizeof margins / sizeof *margins;
    for (size_t i = 1; i < n; i++) {
        int year = atoi(rows[i][0]);
        size_t nu = 0, idx[16];
        for (size_t c = 1; c < nc && nu < 16; c++)
            if (!published(rows[i][c]))
                idx[nu++] = c;
        if (!nu)
            continue;
        double *eq = calloc(nm * nu, sizeof *eq);
        size_t neq = 0;
        for (size_t k = 0; k < nm; k++) {
            if (!series_published(tables, margins[k].id, margins[k].col, year))
                continue;
            for (size_t u = 0; u < nu; u++)
                eq[neq * nu + u] = !strcmp(margins[k].cats, "*") ||
                                   strstr(margins[k].cats, rows[0][idx[u]]) != NULL;
            neq++;
        }
        for (size_t u = 0; u < nu; u++)
            if (neq && solvable(eq, neq, nu, u))
                rp_buf_printf(&A->fails, "%d: %s hidden in the stacked chart, recovered from "
                              "the published margins\n", year, rows[0][idx[u]]);
        free(eq);
    }
    free_rows(rows, n, nc);
    free(charts);
    free(tables);
}

/* The regional table of 2023 against the national total and the indicator `regio = MS`. */
static void attack_regions(audit *A, const char *out)
{
    char *path = rp_strfmt("%s/r/tables/regions.csv", out);
    char *tables = rp_strfmt("%s/r/tables", out);
    size_t n, nc, nu = 0, idx[16];
    char ***rows = read_rows(path, "regions", &n, &nc);
    for (size_t i = 1; i < n && nu < 16; i++)
        if (!published(rows[i][1]))
            idx[nu++] = i;
    double eq[2 * 16] = {0};
    size_t neq = 0;
    if (series_published(tables, "victims", "value", 2023)) {
        for (size_t u = 0; u < nu; u++)
            eq[u] = 1;
        neq++;
    }
    if (series_published(tables, "middenstad", "value", 2023)) {
        for (size_t u = 0; u < nu; u++)
            eq[neq * nu + u] = !strcmp(rows[idx[u]][0], "Middenstad");
        neq++;
    }
    for (size_t u = 0; u < nu; u++)
        if (neq && solvable(eq, neq, nu, u))
            rp_buf_printf(&A->fails, "2023: %s hidden in the regions table, recovered from the "
                          "published margins\n", rows[idx[u]][0]);
    /* the total less the shown regions is the sum of the hidden ones: not a small number */
    double total = series_value(tables, "victims", 2023), shown = 0;
    for (size_t i = 1; i < n; i++)
        shown += published(rows[i][1]) ? atof(rows[i][1]) : 0;
    if (total - shown > 0 && total - shown < 10)
        rp_buf_printf(&A->fails, "2023: the hidden regions add up to %g\n", total - shown);
    ck_assert_msg(nu >= 2, "the fixture hides %zu regions", nu);
    free_rows(rows, n, nc);
    free(tables);
    free(path);
}

/* The recidivism tables by cohort and by group count the same people: at each follow-up, the
 * events (and the people at risk, and n) of the one add up to those of the other. */
static void attack_recid(audit *A, const char *out)
{
    char *pa = rp_strfmt("%s/r/tables/recidivism.csv", out);
    char *pb = rp_strfmt("%s/r/tables/recidivism_groep.csv", out);
    size_t na, nca, nb, ncb;
    char ***a = read_rows(pa, "cohorts", &na, &nca), ***b = read_rows(pb, "groups", &nb, &ncb);
    static const char *const years[] = {"2", "5", "7"};
    for (size_t y = 0; y < 3; y++)
        for (size_t col = 2; col <= 4; col++) {
            /* unknowns: the hidden cells of both tables; one equation: sum a = sum b */
            double eq[32] = {0};
            size_t nu = 0;
            const char *names[32];
            for (size_t i = 1; i < na && nu < 32; i++)
                if (!strcmp(a[i][1], years[y]) && !published(a[i][col]) && *a[i][col]) {
                    names[nu] = a[i][0];
                    eq[nu++] = 1;
                }
            for (size_t i = 1; i < nb && nu < 32; i++)
                if (!strcmp(b[i][1], years[y]) && !published(b[i][col]) && *b[i][col]) {
                    names[nu] = b[i][0];
                    eq[nu++] = -1;
                }
            for (size_t u = 0; u < nu; u++)
                if (solvable(eq, 1, nu, u))
                    rp_buf_printf(&A->fails, "recidivism at %s years, %s of %s: recovered from "
                                  "the other grouping\n", years[y], a[0][col], names[u]);
        }
    free_rows(a, na, nca);
    free_rows(b, nb, ncb);
    free(pa);
    free(pb);
}

/* A fitted line through a hidden point, and any projection from it, would give the point
 * back (a Poisson fit keeps sum(fit) = sum(observed)): no fit where a year is hidden. */
static void attack_fits(audit *A, const char *dir)
{
    DIR *d = opendir(dir);
    struct dirent *e;
    while (d && (e = readdir(d))) {
        size_t k = strlen(e->d_name);
        if (k < 5 || strcmp(e->d_name + k - 4, ".csv") ||
            (strncmp(e->d_name, "trend_", 6) && strncmp(e->d_name, "target_", 7)))
            continue;
        char *path = rp_strfmt("%s/%s", dir, e->d_name);
        size_t n, nc, fit = 0, lab = 0;
        char ***rows = read_rows(path, e->d_name, &n, &nc);
        for (size_t c = 0; c < nc; c++) {
            fit = strcmp(rows[0][c], "fit") ? fit : c;
            lab = strcmp(rows[0][c], "label") ? lab : c;
        }
        int hidden = 0, fitted = 0;
        for (size_t i = 1; fit && lab && i < n; i++) {
            hidden |= *rows[i][lab] != '\0';
            fitted |= *rows[i][fit] != '\0';
        }
        if (hidden && fitted)
            rp_buf_printf(&A->fails, "%s: a fitted line through a hidden year\n", e->d_name);
        free_rows(rows, n, nc);
        char *text = t_read(path, NULL);
        char *proj = strstr(text, "# year,projection,lo,hi\n");
        if (hidden && proj && proj[24] != ',' && proj[24] != '\n')
            rp_buf_printf(&A->fails, "%s: a projection from hidden years\n", e->d_name);
        free(text);
        free(path);
    }
    if (d)
        closedir(d);
}

/* Every part of the stacked chart's latest year is said in its alt text as the chart shows
 * it: its number where the bar is drawn, a hidden sign where it is not. */
static void attack_alt(audit *A, const char *out)
{
    char *path = rp_strfmt("%s/r/charts/stacked_victims.csv", out);
    char *alt_path = rp_strfmt("%s/r/charts/stacked_victims.alt.txt", out);
    char *alt = t_read(alt_path, NULL);
    size_t n, nc;
    char ***rows = read_rows(path, "stacked", &n, &nc);
    for (size_t c = 1; c < nc; c++) {
        const char *cell = rows[n - 1][c];
        char *said = rp_strfmt("%s %s", rows[0][c], cell);
        char *x = rp_strfmt("%s x", rows[0][c]), *lt = rp_strfmt("%s <10", rows[0][c]);
        if (*cell ? !t_has(alt, said) : !t_has(alt, x) && !t_has(alt, lt))
            rp_buf_printf(&A->fails, "stacked alt text: %s is %s in the chart: %s\n", rows[0][c],
                          *cell ? cell : "hidden", alt);
        free(said);
        free(x);
        free(lt);
    }
    free_rows(rows, n, nc);
    free(alt);
    free(alt_path);
    free(path);
}

/* No input checksum in a published document: one hash of a small file confirms a guess. */
static void attack_checksums(audit *A, const char *what, const char *text)
{
    size_t run = 0;
    for (const char *p = text; *p; p++) {
        run = isxdigit((unsigned char)*p) ? run + 1 : 0;
        if (run == 64) {
            rp_buf_printf(&A->fails, "%s: a SHA-256 in the published text\n", what);
            return;
        }
    }
}

/* No cap on categories: with 70 forms of exploitation (one small) every form is in the chart's
 * data and both hidden cells of each year are named in the annex (issue 13: past 64 the
 * stacked chart dropped forms and the annex said nothing was suppressed). */
START_TEST(seventy_categories)
{
    char *dir = t_tmpdir();
    rp_buf csv;
    rp_buf_init(&csv);
    rp_buf_puts(&csv, "jaar;vorm\n");
    for (int y = 2022; y <= 2023; y++)
        for (int k = 0; k < 70; k++)
            for (int r = 0; r < (k == 69 ? 3 : 12); r++)
                rp_buf_printf(&csv, "%d;v%02d\n", y, k);
    free(t_write(dir, "victims.csv", rp_buf_str(&csv)));
    free(t_write(dir, "monitor.ini", "[monitor]\ntitle = Many\nlanguage = en\nreport_year = 2023\n"
                                     "suppress_below = 10\n[dataset victims]\nfile = victims.csv\n"
                                     "[indicator victims]\ntitle = Victims\ndataset = victims\n"
                                     "by = vorm\n"));
    char *args = rp_strfmt("report '%s' -o '%s/out'", dir, dir), *o, *e;
    ck_assert_msg(t_run(NULL, args, &o, &e) == 0, "%s", e);
    char *head = t_sh("head -1 '%s/out/charts/stacked_victims.csv' | tr ',' '\\n' | wc -l", dir);
    ck_assert_int_eq(atoi(head), 71);
    /* the small form hidden in both years, with a second form each year; the annex names
     * them all alike (which covers which is not said) */
    char *text = t_sh("pdftotext '%s/out/report.pdf' - | grep -c ', vorm v[0-9][0-9], 202[23]$'; "
                      "pdftotext '%s/out/report.pdf' - | grep -c '(second cell)\\|Nothing was "
                      "suppressed'; pdftotext '%s/out/report.pdf' - | grep -c 'vorm v69, 2023'",
                      dir, dir, dir);
    ck_assert_msg(atoi(text) >= 4 && t_has(text, "\n0\n1\n"), "%.400s", text);
    free(text);
    free(head);
    free(o);
    free(e);
    free(args);
    rp_buf_free(&csv);
    free(dir);
}
END_TEST

/* The nulmeting and the command line follow the same rules: the baseline's every file, and
 * the csv of targets, regions, recidivism and tabulate on the fixture. */
/* The tables' and charts' data of one run (root/tables, root/charts) audited for small
 * counts, and its charts for fits through hidden years. */
static void audit_run(audit *A, const char *root)
{
    char *dir = rp_strfmt("%s/tables", root);
    audit_folder(A, dir, ".csv");
    free(dir);
    dir = rp_strfmt("%s/charts", root);
    audit_folder(A, dir, ".csv");
    attack_fits(A, dir);
    free(dir);
}

START_TEST(baseline_and_commands_hide_the_same)
{
    char *out = t_tmpdir(), *proj = t_src("tests/disclosure");
    char *args = rp_strfmt("baseline '%s' -o '%s/b'", proj, out), *o, *e;
    ck_assert_msg(t_run(NULL, args, &o, &e) == 0, "baseline failed: %s", e);
    free(o);
    free(e);
    audit A = {0};
    rp_buf_init(&A.fails);
    char *root = rp_strfmt("%s/b", out);
    audit_run(&A, root);
    free(root);
    char *path = rp_strfmt("%s/b/baseline.html", out), *html = t_read(path, NULL);
    audit_html(&A, path, 3);
    attack_checksums(&A, "baseline.html", html);
    free(html);
    free(path);
    char *text = t_sh("pdftotext -layout '%s/b/baseline.pdf' -", out);
    audit_lines(&A, "baseline.pdf", text);
    attack_checksums(&A, "baseline.pdf", text);
    free(text);
    /* the command line: the organ target's baseline is hidden, so its figures are empty */
    static const char *const cmds[] = {"targets", "regions", "recidivism", "tabulate"};
    for (size_t k = 0; k < sizeof cmds / sizeof *cmds; k++) {
        char *cmd = k == 3 ? rp_strfmt("tabulate '%s/victims.csv' --by regio,vorm --suppress 10",
                                       proj)
                    : rp_strfmt("%s '%s' --format csv%s", cmds[k], proj,
                                k == 2 ? " --by groep" : "");
        ck_assert_msg(t_run(NULL, cmd, &o, &e) == 0, "%s: %s", cmd, e);
        audit_lines(&A, cmd, o);
        if (k == 0)
            ck_assert_msg(t_has(o, "organ_down,organ,2018,,2023,,"), "%s", o);
        free(o);
        free(e);
        free(cmd);
    }
    ck_assert_msg(A.fails.len == 0, "%s", A.fails.data);
    rp_buf_free(&A.fails);
    free(args);
    free(proj);
    free(out);
}
END_TEST

/* The Word report, the deck and the brief (issue 26) as lines of text: a table row a line,
 * a slide's or note's paragraph a line. */
static void audit_office(audit *A, const char *out)
{
    static const char *const unxml = "s#&lt;#<#g; s#&gt;#>#g; s#&quot;#\"#g; s#&amp;#\\&#g";
    char *docx = t_sh("unzip -p '%s/r/report.docx' word/document.xml | sed -e "
                      "'s#</w:p></w:tc>#\\t#g; s#</w:tr>#\\n#g; s#</w:p>#\\n#g; s#<w:tab/>#\\t#g; "
                      "s#<[^>]*>##g; %s'", out, unxml);
    ck_assert_msg(strstr(docx, "\tx\t") || strstr(docx, "\tx\n"),
                  "report.docx shows no suppression");
    audit_lines(A, "report.docx", docx);
    attack_checksums(A, "report.docx", docx);
    char *pptx = t_sh("unzip -p '%s/r/briefing.pptx' 'ppt/slides/*.xml' 'ppt/notesSlides/*.xml' "
                      "| sed -e 's#</a:p>#\\n#g; s#<[^>]*>##g; %s'", out, unxml);
    audit_lines(A, "briefing.pptx", pptx);
    attack_checksums(A, "briefing.pptx", pptx);
    char *brief = t_sh("pdftotext -layout '%s/r/briefing.pdf' -", out);
    audit_lines(A, "briefing.pdf", brief);
    attack_checksums(A, "briefing.pdf", brief);
    free(brief);
    free(pptx);
    free(docx);
}

START_TEST(no_small_count_in_any_output)
{
    char *out = t_tmpdir(), *proj = t_src("tests/disclosure");
    char *args = rp_strfmt("report '%s' -o '%s/r'", proj, out);
    char *o, *e;
    ck_assert_msg(t_run(NULL, args, &o, &e) == 0, "report failed: %s", e);
    /* capture histories: Dorp's 6 people are hidden with every figure of its row, and so is
     * one other place (which one the project's key decides), since the pooled row gives the
     * total */
    char *est = rp_strfmt("%s/r/tables/estimate_hidden.csv", out), *et = t_read(est, NULL);
    ck_assert_ptr_nonnull(et);
    ck_assert_msg(t_has(et, "Dorp,x,x,x,x,x,\n") && t_has(et, "pooled,303,") &&
                  t_has(et, "Grootstad,x,x,x,x,x,\n") != t_has(et, "Middenstad,x,x,x,x,x,\n"),
                  "%s", et);
    free(et);
    free(est);
    audit A = {0};
    rp_buf_init(&A.fails);
    char *dir = rp_strfmt("%s/r", out);
    audit_run(&A, dir);
    free(dir);
    dir = rp_strfmt("%s/r/charts", out);
    audit_svgs(&A, dir);
    free(dir);
    char *path = rp_strfmt("%s/r/tables/tables.xlsx", out);
    audit_xlsx(&A, path);
    free(path);
    path = rp_strfmt("%s/r/report.html", out);
    audit_html(&A, path, 5);
    free(path);
    char *cmd = rp_strfmt("pdftotext -layout '%s/r/report.pdf' -", out);
    char *text = t_sh("%s", cmd);
    audit_lines(&A, "report.pdf", text);
    ck_assert_msg(strstr(text, " x ") != NULL, "the PDF shows no suppression");
    attack_checksums(&A, "report.pdf", text);
    char *html = rp_strfmt("%s/r/report.html", out), *ht = t_read(html, NULL);
    attack_checksums(&A, "report.html", ht);
    free(ht);
    free(html);
    audit_office(&A, out);
    attack_breakdown(&A, out);
    attack_regions(&A, out);
    attack_recid(&A, out);
    attack_alt(&A, out);
    /* one mark for every hidden region, small or covering, in the chart as in the table */
    char *rates = rp_strfmt("%s/r/charts/regions_rates.csv", out), *rt = t_read(rates, NULL);
    ck_assert_msg(t_has(rt, "\"Kleinstad\",,,,,,,\"x\"") && t_has(rt, "\"Dorp\",,,,,,,\"x\"") &&
                  !t_has(rt, "<10"), "%s", rt);
    free(rt);
    free(rates);
    ck_assert_msg(A.fails.len == 0, "%s", A.fails.data);
    /* the audit is not empty: the fixture has small counts, and they are marked */
    ck_assert_msg(A.small_marks == 0 && A.x_marks >= 20, "%d <10 marks, %d x marks",
                  A.small_marks, A.x_marks);
    rp_buf_free(&A.fails);
    free(text);
    free(cmd);
    free(o);
    free(e);
    free(args);
    free(proj);
    free(out);
}
END_TEST

TCase *rp_tcase_disclosure(void)
{
    TCase *tc = tcase_create("disclosure");
    tcase_set_timeout(tc, 180);
    tcase_add_test(tc, secondary_rules_as_data);
    tcase_add_test(tc, margin_rules_as_data);
    tcase_add_test(tc, secondary_table_two_way);
    tcase_add_test(tc, seventy_categories);
    tcase_add_test(tc, baseline_and_commands_hide_the_same);
    tcase_add_test(tc, no_small_count_in_any_output);
    return tc;
}
