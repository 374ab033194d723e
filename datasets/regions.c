/* Loads the regions file and answers population questions about it. */
#include "datasets/regions.h"
#include "base/buf.h"
#include "datasets/csvfile.h"
#include "base/hash.h"
#include "base/value.h"
#include "datasets/numcell.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    size_t region;
    int year;
    double pop;   /* NAN when empty */
    long line;
} pop_row;

typedef struct {
    rp_regions *r;
    rp_hash *codes;   /* lower-cased code -> region index */
    pop_row *rows;
    size_t nrows, caprows;
    rp_diag *diag;
    const char *name;
} loader;

static int find_col(const rp_csv *c, const char *const *names)
{
    for (; *names; names++) {
        int i = rp_csv_find(c, *names);
        if (i >= 0)
            return i;
    }
    return -1;
}

static char *lower(const char *s)
{
    char *p = rp_strdup(s);
    for (char *q = p; q && *q; q++)
        *q = (char)tolower((unsigned char)*q);
    return p;
}

static long add_region(loader *L, const char *code, const char *name, long line)
{
    char *key = lower(code);
    if (!key)
        return -1;
    int added;
    size_t i = rp_hash_put(L->codes, key, strlen(key), &added);
    free(key);
    if (i == (size_t)-1)
        return -1;
    if (!added)
        return (long)i;
    rp_region *rs = realloc(L->r->r, (L->r->n + 1) * sizeof *rs);
    if (!rs)
        return -1;
    L->r->r = rs;
    rp_region *g = &rs[L->r->n++];
    g->code = rp_strdup(code);
    g->name = rp_strdup(*name ? name : code);
    g->has_population = 0;
    g->line = line;
    return (long)i;
}

static int add_pop(loader *L, size_t region, int year, double pop, long line)
{
    if (L->nrows == L->caprows) {
        size_t cap = L->caprows ? 2 * L->caprows : 64;
        pop_row *p = realloc(L->rows, cap * sizeof *p);
        if (!p)
            return -1;
        L->rows = p;
        L->caprows = cap;
    }
    L->rows[L->nrows++] = (pop_row){region, year, pop, line};
    return 0;
}

/* Reads one row: code, name, year and population (empty for a national unit). */
static void read_row(loader *L, const rp_csv *c, const rp_csv_row *row, const int *col)
{
    const char *code = row->f[col[0]];
    long year;
    double pop = NAN;
    if (!*code) {
        rp_diag_error(L->diag, L->name, row->line, col[0] + 1,
                      "region code is empty; expected a short code such as NN");
        return;
    }
    const char *ys = row->f[col[2]];
    if (rp_parse_long(ys, &year) || year < 1900 || year > 2100) {
        rp_diag_error(L->diag, L->name, row->fline[col[2]], col[2] + 1,
                      "%s \"%s\" is not a year; expected a year from 1900 to 2100",
                      rp_csv_colname(c, (size_t)col[2]), ys);
        return;
    }
    const char *ps = row->f[col[3]];
    long n = 0;
    int r = *ps ? rp_parse_count(ps, rp_csv_decimal(c), &n) : RP_NUM_OK;
    double x;
    if (r == RP_NUM_FRACTION && rp_parse_grouped(ps, rp_csv_decimal(c), &x) == RP_NUM_OK &&
        x == floor(x) && x < 1e15) { /* 900000,0: a whole number written with decimals */
        n = (long)x;
        r = RP_NUM_OK;
    }
    if (r != RP_NUM_OK && r != RP_NUM_BAD) {
        rp_numcell_count_error(L->diag, L->name, row->fline[col[3]], col[3] + 1,
                               rp_csv_colname(c, (size_t)col[3]), ps, r, rp_csv_decimal(c),
                               "the number of inhabitants, or empty for a national unit");
        return;
    }
    if (*ps && (r != RP_NUM_OK || n <= 0)) {
        rp_diag_error(L->diag, L->name, row->fline[col[3]], col[3] + 1,
                      "population \"%s\" is not a whole number above 0; expected the number "
                      "of inhabitants, or empty for a national unit", ps);
        return;
    }
    if (*ps)
        pop = (double)n;
    long i = add_region(L, code, col[1] >= 0 ? row->f[col[1]] : "", row->line);
    if (i < 0 || add_pop(L, (size_t)i, (int)year, pop, row->line))
        rp_diag_error(L->diag, L->name, row->line, 0, "out of memory");
}

static int read_rows(loader *L, const char *path)
{
    static const char *const names[4][4] = {{"code", "regio", "region", NULL},
                                            {"name", "naam", NULL, NULL},
                                            {"year", "jaar", NULL, NULL},
                                            {"population", "bevolking", "inwoners", NULL}};
    rp_csv *c = rp_csv_open(path, L->name, 0, L->diag);
    if (!c)
        return -1;
    int col[4];
    int ok = 0;
    for (int k = 0; k < 4; k++) {
        col[k] = find_col(c, names[k]);
        if (col[k] < 0 && k != 1) {
            rp_diag_error(L->diag, L->name, rp_csv_header_line(c), 0,
                          "no column \"%s\"; expected the columns code;name;year;population",
                          names[k][0]);
            ok = -1;
        }
    }
    rp_csv_row row;
    int r;
    while (ok == 0 && (r = rp_csv_next(c, &row)) > 0)
        if (!row.bad)
            read_row(L, c, &row, col);
    rp_csv_close(c);
    return ok;
}

/* Fills the population matrix and checks that it is whole: one row per region and year, and a
 * population in every year for every region that has one in any year. */
static int build(loader *L)
{
    rp_regions *r = L->r;
    int ok = 0;
    if (L->nrows == 0) {
        rp_diag_error(L->diag, L->name, 0, 0,
                      "no regions; expected rows of code;name;year;population");
        return -1;
    }
    r->year_min = r->year_max = L->rows[0].year;
    for (size_t i = 0; i < L->nrows; i++) {
        if (L->rows[i].year < r->year_min)
            r->year_min = L->rows[i].year;
        if (L->rows[i].year > r->year_max)
            r->year_max = L->rows[i].year;
    }
    size_t ny = (size_t)(r->year_max - r->year_min + 1);
    r->pop = malloc(r->n * ny * sizeof *r->pop);
    long *seen = calloc(r->n * ny, sizeof *seen);
    if (!r->pop || !seen) {
        free(seen);
        return -1;
    }
    for (size_t i = 0; i < r->n * ny; i++)
        r->pop[i] = NAN;
    for (size_t i = 0; i < L->nrows; i++) {
        pop_row *p = &L->rows[i];
        size_t k = p->region * ny + (size_t)(p->year - r->year_min);
        if (seen[k]) {
            rp_diag_error(L->diag, L->name, p->line, 0,
                          "region %s appears twice for %d (also on line %ld); expected one row "
                          "per region and year", r->r[p->region].code, p->year, seen[k]);
            ok = -1;
            continue;
        }
        seen[k] = p->line;
        r->pop[k] = p->pop;
        if (!isnan(p->pop))
            r->r[p->region].has_population = 1;
    }
    for (size_t g = 0; g < r->n; g++) {
        if (!r->r[g].has_population)
            continue;
        for (size_t y = 0; y < ny; y++)
            if (isnan(r->pop[g * ny + y])) {
                long line = seen[g * ny + y] ? seen[g * ny + y] : r->r[g].line;
                rp_diag_error(L->diag, L->name, line, 0,
                              "region %s has no population for %d; expected a population in "
                              "every year from %d to %d (or none at all for a national unit)",
                              r->r[g].code, r->year_min + (int)y, r->year_min, r->year_max);
                ok = -1;
            }
    }
    free(seen);
    return ok;
}

rp_regions *rp_regions_load(const char *path, const char *name, int partial, rp_diag *diag)
{
    loader L = {0};
    L.diag = diag;
    L.name = name ? name : path;
    L.r = calloc(1, sizeof *L.r);
    L.codes = rp_hash_new();
    size_t before = rp_diag_errors(diag);
    int ok = L.r && L.codes ? 0 : -1;
    if (ok == 0) {
        L.r->name = rp_strdup(L.name);
        ok = read_rows(&L, path);
    }
    if (ok == 0 || (partial && L.r && L.r->n))
        ok = build(&L) == 0 && ok == 0 ? 0 : -1;
    free(L.rows);
    rp_hash_free(L.codes);
    if (partial && L.r && L.r->pop)
        return L.r;
    if (ok != 0 || rp_diag_errors(diag) > before) {
        rp_regions_free(L.r);
        return NULL;
    }
    return L.r;
}

void rp_regions_free(rp_regions *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n; i++) {
        free(r->r[i].code);
        free(r->r[i].name);
    }
    free(r->r);
    free(r->pop);
    free(r->name);
    free(r);
}

int rp_regions_find(const rp_regions *r, const char *code)
{
    for (size_t i = 0; r && i < r->n; i++)
        if (rp_strieq(r->r[i].code, code))
            return (int)i;
    return -1;
}

double rp_regions_population(const rp_regions *r, size_t i, int year)
{
    if (!r || i >= r->n || year < r->year_min || year > r->year_max)
        return NAN;
    return r->pop[i * (size_t)(r->year_max - r->year_min + 1) + (size_t)(year - r->year_min)];
}

double rp_regions_total(const rp_regions *r, int year)
{
    double sum = 0;
    int any = 0;
    for (size_t i = 0; r && i < r->n; i++) {
        if (!r->r[i].has_population)
            continue;
        double p = rp_regions_population(r, i, year);
        if (isnan(p))
            return NAN;
        sum += p;
        any = 1;
    }
    return any ? sum : NAN;
}

char *rp_regions_codes(const rp_regions *r)
{
    rp_buf b;
    rp_buf_init(&b);
    for (size_t i = 0; r && i < r->n; i++)
        rp_buf_printf(&b, "%s%s", i ? ", " : "", r->r[i].code);
    return rp_buf_steal(&b);
}
