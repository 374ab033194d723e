/* Reads capture-history files into one table of counts per stratum, checking every cell. */
#include "datasets/captures.h"
#include "base/buf.h"
#include "datasets/csvfile.h"
#include "base/value.h"
#include "datasets/numcell.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* While reading: the columns and, per stratum, the line that gave each history. */
typedef struct reader {
    rp_captures *c;
    rp_csv *csv;
    rp_diag *diag;
    int count_col, by_col, *list_col;
    long **line;
} reader;

void rp_captures_free(rp_captures *c)
{
    if (!c)
        return;
    for (int i = 0; i < c->nlists; i++)
        free(c->lists[i]);
    for (size_t s = 0; s < c->nstrata; s++) {
        free(c->strata[s]);
        free(c->cell[s]);
    }
    free(c->lists);
    free(c->strata);
    free(c->cell);
    free(c->all);
    free(c->by);
    free(c->file);
    free(c);
}

int rp_captures_year(const rp_captures *c, size_t s)
{
    long y;
    if (!c->by || s >= c->nstrata || rp_parse_long(c->strata[s], &y) || y < 1900 || y > 2100)
        return 0;
    return (int)y;
}

rp_captures *rp_captures_until(const rp_captures *c, int year)
{
    rp_captures *o = calloc(1, sizeof *o);
    size_t ns = c->nstrata ? c->nstrata : 1, cells = (size_t)1 << c->nlists;
    if (!o || !(o->file = rp_strdup(c->file)) || (c->by && !(o->by = rp_strdup(c->by))) ||
        !(o->lists = calloc((size_t)c->nlists + 1, sizeof *o->lists)) ||
        !(o->strata = calloc(ns, sizeof *o->strata)) || !(o->cell = calloc(ns, sizeof *o->cell)) ||
        !(o->all = calloc(cells, sizeof *o->all))) {
        rp_captures_free(o);
        return NULL;
    }
    for (o->nlists = 0; o->nlists < c->nlists; o->nlists++)
        if (!(o->lists[o->nlists] = rp_strdup(c->lists[o->nlists]))) {
            rp_captures_free(o);
            return NULL;
        }
    for (size_t s = 0; s < c->nstrata; s++) {
        if (rp_captures_year(c, s) > year)
            continue;
        size_t k = o->nstrata;
        o->strata[k] = rp_strdup(c->strata[s]);
        o->cell[k] = malloc(cells * sizeof *o->cell[k]);
        o->nstrata++;
        if (!o->strata[k] || !o->cell[k]) {
            rp_captures_free(o);
            return NULL;
        }
        memcpy(o->cell[k], c->cell[s], cells * sizeof *o->cell[k]);
        for (size_t h = 0; h < cells; h++)
            o->all[h] += c->cell[s][h];
    }
    return o;
}

int rp_captures_uninformative(const double *cell, int nlists, int i)
{
    double on = 0, total = 0;
    for (unsigned h = 1; h < (1u << nlists); h++) {
        total += cell[h];
        if ((h >> i) & 1u)
            on += cell[h];
    }
    return on == 0 || on == total;
}

static int find_count(const rp_csv *csv, const char *count)
{
    if (count)
        return rp_csv_find(csv, count);
    const char *names[] = {"count", "aantal", "frequency", "freq"};
    for (size_t i = 0; i < sizeof names / sizeof *names; i++) {
        int k = rp_csv_find(csv, names[i]);
        if (k >= 0)
            return k;
    }
    return -1;
}

static int add_list(reader *r, int col)
{
    rp_captures *c = r->c;
    if (c->nlists == RP_CAPTURES_MAX_LISTS) {
        rp_diag_error(r->diag, c->file, rp_csv_header_line(r->csv), col + 1, "more than %d "
                      "lists; multiple systems estimation here takes at most %d (name the "
                      "lists to use)", RP_CAPTURES_MAX_LISTS, RP_CAPTURES_MAX_LISTS);
        return -1;
    }
    c->lists[c->nlists] = rp_strdup(rp_csv_colname(r->csv, (size_t)col));
    r->list_col[c->nlists++] = col;
    return c->lists[c->nlists - 1] ? 0 : -1;
}

/* The count, stratum and list columns; every missing one is reported. */
static int find_columns(reader *r, const char *count, const char *by, const char *const *lists,
                        size_t nlists)
{
    rp_captures *c = r->c;
    size_t ncols = rp_csv_ncols(r->csv);
    long hl = rp_csv_header_line(r->csv);
    int bad = 0;
    r->count_col = find_count(r->csv, count);
    if (r->count_col < 0) {
        rp_diag_error(r->diag, c->file, hl, 0, "no column %s; expected the number of people "
                      "with each capture history", count ? count : "count, aantal or frequency");
        bad = 1;
    }
    r->by_col = by ? rp_csv_find(r->csv, by) : -1;
    if (by && r->by_col < 0) {
        rp_diag_error(r->diag, c->file, hl, 0, "no column %s to stratify by", by);
        bad = 1;
    }
    if (by && r->by_col >= 0 && !(c->by = rp_strdup(rp_csv_colname(r->csv, (size_t)r->by_col))))
        return -1;
    c->lists = calloc(RP_CAPTURES_MAX_LISTS, sizeof *c->lists);
    r->list_col = calloc(RP_CAPTURES_MAX_LISTS, sizeof *r->list_col);
    if (!c->lists || !r->list_col)
        return -1;
    for (size_t i = 0; lists && i < nlists && !bad; i++) {
        int k = rp_csv_find(r->csv, lists[i]);
        if (k < 0) {
            rp_diag_error(r->diag, c->file, hl, 0, "no list column %s", lists[i]);
            bad = 1;
        } else if (add_list(r, k)) {
            bad = 1;
        }
    }
    for (size_t k = 0; !lists && k < ncols && !bad; k++)
        if ((int)k != r->count_col && (int)k != r->by_col && add_list(r, (int)k))
            bad = 1;
    if (!bad && c->nlists < 2) {
        rp_diag_error(r->diag, c->file, hl, 0, c->nlists == 1
                                                  ? "%d list column; estimating who is on no "
                                                    "list needs at least 2 lists"
                                                  : "%d list columns; estimating who is on no "
                                                    "list needs at least 2 lists", c->nlists);
        bad = 1;
    }
    return bad;
}

/* The index of a stratum value, added when new. */
static long stratum(reader *r, const char *v)
{
    rp_captures *c = r->c;
    for (size_t s = 0; s < c->nstrata; s++)
        if (!strcmp(c->strata[s], v))
            return (long)s;
    size_t n = c->nstrata + 1, ncell = (size_t)1 << c->nlists;
    char **st = realloc(c->strata, n * sizeof *st);
    double **cell = st ? realloc(c->cell, n * sizeof *cell) : NULL;
    long **line = cell ? realloc(r->line, n * sizeof *line) : NULL;
    if (st)
        c->strata = st;
    if (cell)
        c->cell = cell;
    if (line)
        r->line = line;
    if (!st || !cell || !line)
        return -1;
    c->strata[c->nstrata] = rp_strdup(v);
    c->cell[c->nstrata] = calloc(ncell, sizeof **cell);
    r->line[c->nstrata] = calloc(ncell, sizeof **line);
    c->nstrata++;
    if (!c->strata[n - 1] || !c->cell[n - 1] || !r->line[n - 1])
        return -1;
    return (long)n - 1;
}

static int is_year_column(const char *name)
{
    return !strcasecmp(name, "year") || !strcasecmp(name, "jaar");
}

/* The capture history of a row as a bit mask, or -1 after reporting a cell. */
static long history(reader *r, const rp_csv_row *row)
{
    long h = 0;
    int bad = 0;
    for (int i = 0; i < r->c->nlists; i++) {
        int k = r->list_col[i];
        long v;
        if (rp_parse_long(row->f[k], &v) || (v != 0 && v != 1)) {
            rp_diag_error(r->diag, r->c->file, row->fline[k], k + 1, "%s \"%.40s\" in list "
                          "column %s; expected 0 (not on the list) or 1 (on it)",
                          rp_diag_text(r->diag, row->f[k][0] ? "value" : "empty value"),
                          row->f[k], r->c->lists[i]);
            bad = 1;
        }
        h |= (v == 1) << i;
    }
    return bad ? -1 : h;
}

/* An empty count is not known, and an estimate cannot rest on a history whose number is
 * unknown: refused, without suggesting 0. Thousands as the file writes them (1.372). */
static int row_count(reader *r, const rp_csv_row *row, long *n)
{
    int k = r->count_col;
    const char *s = row->f[k], *col = rp_csv_colname(r->csv, (size_t)k);
    if (!*s) {
        rp_diag_error(r->diag, r->c->file, row->fline[k], k + 1, "%s is empty: the number of "
                      "people with this capture history is not known, and the estimate needs "
                      "it; expected that number (a missing count is not 0)", col);
        return -1;
    }
    int p = rp_parse_count(s, rp_csv_decimal(r->csv), n);
    if (p == RP_NUM_OK && *n >= 0)
        return 0;
    if (p == RP_NUM_GROUPS || p == RP_NUM_FRACTION)
        rp_numcell_count_error(r->diag, r->c->file, row->fline[k], k + 1, col, s, p,
                               rp_csv_decimal(r->csv), "a whole number of people, 0 or more");
    else
        rp_diag_error(r->diag, r->c->file, row->fline[k], k + 1, "%s \"%.40s\" in %s; expected "
                      "a whole number of people, 0 or more",
                      rp_diag_text(r->diag, p == RP_NUM_RANGE ? "out of range" : "value"), s, col);
    return -1;
}

static int row_stratum(reader *r, const rp_csv_row *row, const char **v)
{
    int k = r->by_col;
    long y;
    *v = k < 0 ? "all" : row->f[k];
    if (k < 0)
        return 0;
    if (!**v) {
        rp_diag_error(r->diag, r->c->file, row->fline[k], k + 1, "empty %s; expected the "
                      "stratum of the row", r->c->by);
        return -1;
    }
    if (is_year_column(r->c->by) && (rp_parse_long(*v, &y) || y < 1900 || y > 2100)) {
        rp_diag_error(r->diag, r->c->file, row->fline[k], k + 1, "%s \"%.40s\"; expected a "
                      "year from 1900 to 2100", r->c->by, *v);
        return -1;
    }
    return 0;
}

static int read_row(reader *r, const rp_csv_row *row)
{
    const char *sv;
    long n, h = history(r, row);
    int bad = row_count(r, row, &n) | row_stratum(r, row, &sv);
    if (h < 0 || bad)
        return 0;
    if (h == 0 && n > 0) {
        rp_diag_error(r->diag, r->c->file, row->line, 0, "%ld people on no list; no one can "
                      "be observed on no list (that is what is estimated): expected a 1 in at "
                      "least one list column", n);
        return 0;
    }
    long s = stratum(r, sv);
    if (s < 0)
        return -1;
    if (r->line[s][h]) {
        rp_diag_error(r->diag, r->c->file, row->line, 0,
                      r->by_col >= 0 ? "this capture history appears again in the same stratum "
                                       "(also on line %ld); expected one row per history"
                                     : "this capture history appears again (also on line %ld); "
                                       "expected one row per history", r->line[s][h]);
        return 0;
    }
    r->line[s][h] = row->line;
    r->c->cell[s][h] = (double)n;
    return 0;
}

static int by_value(const void *a, const void *b)
{
    return rp_natural_cmp(*(char *const *)a, *(char *const *)b);
}

/* Strata in natural order (years ascending), and their sum. */
static int finish(rp_captures *c)
{
    size_t ncell = (size_t)1 << c->nlists;
    size_t *order = malloc((c->nstrata ? c->nstrata : 1) * sizeof *order);
    char **st = malloc((c->nstrata ? c->nstrata : 1) * sizeof *st);
    double **cell = malloc((c->nstrata ? c->nstrata : 1) * sizeof *cell);
    c->all = calloc(ncell, sizeof *c->all);
    int r = order && st && cell && c->all ? 0 : -1;
    if (r == 0) {
        memcpy(st, c->strata, c->nstrata * sizeof *st);
        qsort(st, c->nstrata, sizeof *st, by_value);
        for (size_t i = 0; i < c->nstrata; i++)
            for (size_t j = 0; j < c->nstrata; j++)
                if (c->strata[j] == st[i])
                    cell[i] = c->cell[j];
        memcpy(c->strata, st, c->nstrata * sizeof *st);
        memcpy(c->cell, cell, c->nstrata * sizeof *cell);
        for (size_t s = 0; s < c->nstrata; s++)
            for (size_t h = 1; h < ncell; h++)
                c->all[h] += c->cell[s][h];
    }
    free(order);
    free(st);
    free(cell);
    return r;
}

static int read_rows(reader *r)
{
    rp_csv_row row;
    int got;
    while ((got = rp_csv_next(r->csv, &row)) == 1)
        if (!row.bad && read_row(r, &row))
            return -1;
    if (got < 0)
        return -1;
    if (r->c->nstrata == 0)
        rp_diag_error(r->diag, r->c->file, 0, 0, "no capture histories; expected a row per "
                      "history with its count");
    return 0;
}

rp_captures *rp_captures_read(const char *path, const char *name, char decimal,
                              const char *count, const char *by, const char *const *lists,
                              size_t nlists, rp_diag *diag)
{
    size_t before = rp_diag_errors(diag);
    reader r = {0};
    r.diag = diag;
    r.csv = rp_csv_open(path, name, decimal, diag);
    r.c = r.csv ? calloc(1, sizeof *r.c) : NULL;
    int bad = !r.c;
    if (!bad && !(r.c->file = rp_strdup(rp_csv_name(r.csv))))
        bad = 1;
    if (!bad)
        bad = find_columns(&r, count, by, lists, nlists) != 0;
    if (!bad)
        bad = read_rows(&r) != 0 || rp_diag_errors(diag) > before || finish(r.c) != 0;
    for (size_t s = 0; r.c && s < r.c->nstrata; s++)
        free(r.line[s]);
    free(r.line);
    free(r.list_col);
    rp_csv_close(r.csv);
    if (bad) {
        if (r.csv && rp_diag_errors(diag) == before)
            rp_diag_error(diag, name ? name : path, 0, 0, "out of memory reading the file");
        rp_captures_free(r.c);
        return NULL;
    }
    return r.c;
}

static int list_index(const rp_captures *c, const char *name)
{
    for (int i = 0; i < c->nlists; i++)
        if (!strcasecmp(c->lists[i], name))
            return i;
    return -1;
}

static int parse_pair(const rp_captures *c, char *item, int *a, int *b, const rp_diag *lang,
                      char *err, size_t n)
{
    char *colon = strchr(item, ':');
    *a = *b = -1;
    rp_diag_snprintf(lang, err, n, "\"%s\" is not two different lists of %s joined by ':'",
                     rp_trim(item), c->file);
    if (colon) {
        *colon = 0;
        *a = list_index(c, rp_trim(item));
        *b = list_index(c, rp_trim(colon + 1));
    }
    return *a >= 0 && *b >= 0 && *a != *b ? 0 : -1;
}

int rp_captures_terms(const rp_captures *c, const char *text, int *pairs, size_t max,
                      size_t *npairs, const rp_diag *lang, char *err, size_t n)
{
    char *copy = rp_strdup(text), *save = NULL;
    int bad = !copy;
    *npairs = 0;
    for (char *tok = copy ? strtok_r(copy, ",", &save) : NULL; tok && !bad;
         tok = strtok_r(NULL, ",", &save)) {
        int a, b;
        if (parse_pair(c, tok, &a, &b, lang, err, n)) {
            bad = 1;
            break;
        }
        int lo = a < b ? a : b, hi = a < b ? b : a;
        for (size_t k = 0; k < *npairs; k++)
            if (pairs[2 * k] == lo && pairs[2 * k + 1] == hi) {
                rp_diag_snprintf(lang, err, n, "%s:%s is named twice", c->lists[lo],
                                 c->lists[hi]);
                bad = 1;
            }
        if (!bad && *npairs == max) {
            rp_diag_snprintf(lang, err, n, "more than %zu pairs", max);
            bad = 1;
        }
        if (!bad) {
            pairs[2 * *npairs] = lo;
            pairs[2 * (*npairs)++ + 1] = hi;
        }
    }
    if (!bad && *npairs == 0) {
        rp_diag_snprintf(lang, err, n, "no pairs; expected A:B, C:D");
        bad = 1;
    }
    free(copy);
    return bad ? -1 : 0;
}
