/* Loads and checks published recidivism figures: prevalence per cohort and follow-up. */
#include "datasets/recid_agg.h"
#include "base/buf.h"
#include "base/value.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { A_COHORT, A_YEARS, A_PREV, A_N, A_LO, A_HI, NCOLS };
static const char *const names[NCOLS][2] = {{"cohort", "cohort"}, {"years", "jaren"},
                                            {"prevalence", "recidive"}, {"n", "n"},
                                            {"lo", "ondergrens"}, {"hi", "bovengrens"}};

static int find(const rp_csv *c, int k)
{
    int i = rp_csv_find((rp_csv *)c, names[k][0]);
    return i >= 0 ? i : rp_csv_find((rp_csv *)c, names[k][1]);
}

int rp_recid_agg_header(const rp_csv *c)
{
    return find(c, A_COHORT) >= 0 && find(c, A_YEARS) >= 0 && find(c, A_PREV) >= 0;
}

/* A number of 0 or more, a percent sign making it a fraction (pct: allowed). */
static int number(const char *s, char decimal, int pct_ok, double *out)
{
    size_t len = strlen(s);
    int pct = pct_ok && len && s[len - 1] == '%';
    char *t = rp_strndup(s, len - (size_t)pct);
    int bad = !t || rp_parse_double(rp_trim(t), decimal, out) || !isfinite(*out) || *out < 0;
    free(t);
    if (!bad && pct)
        *out /= 100;
    return bad ? -1 : 0;
}

static int row_values(const rp_csv_row *row, const int *col, char decimal, rp_recid_agg_row *o,
                      rp_diag *d, const char *name)
{
    long cohort, n;
    double v[NCOLS] = {0, 0, 0, 0, NAN, NAN};
#define BAD(k, ...) (rp_diag_error(d, name, row->fline[col[k]], col[k] + 1, __VA_ARGS__), -1)
    const char *s = row->f[col[A_COHORT]];
    if (rp_parse_long(s, &cohort) || cohort < 1900 || cohort > 2100)
        return BAD(A_COHORT, "cohort \"%s\" is not a year; expected a year from 1900 to 2100", s);
    s = row->f[col[A_YEARS]];
    if (number(s, decimal, 0, &v[A_YEARS]) || !(v[A_YEARS] > 0))
        return BAD(A_YEARS, "years \"%s\" is not a follow-up; expected a number of years above 0",
                   s);
    s = row->f[col[A_PREV]];
    if (number(s, decimal, 1, &v[A_PREV]) || v[A_PREV] > 1)
        return BAD(A_PREV, "prevalence \"%s\" is not a share; expected 0 to 1, or 0%% to 100%%", s);
    s = col[A_N] >= 0 ? row->f[col[A_N]] : "";
    if (*s && (rp_parse_long(s, &n) || n < 1))
        return BAD(A_N, "n \"%s\" is not a number of offenders; expected a whole number of 1 or "
                   "more, or empty when it was not published", s);
    if (!*s)
        n = -1;
    for (int k = A_LO; k <= A_HI && col[A_LO] >= 0; k++) {
        s = row->f[col[k]];
        if (*s && (number(s, decimal, 1, &v[k]) || v[k] > 1))
            return BAD(k, "%s \"%s\" is not a share; expected 0 to 1, or 0%% to 100%%",
                       names[k][0], s);
    }
    if (isnan(v[A_LO]) != isnan(v[A_HI]) || (!isnan(v[A_LO]) && !(v[A_LO] <= v[A_PREV] &&
                                                                   v[A_PREV] <= v[A_HI])))
        return BAD(A_LO, "the interval does not hold the prevalence; expected lo <= prevalence <= "
                   "hi, both given or both empty");
#undef BAD
    *o = (rp_recid_agg_row){(int)cohort, v[A_YEARS], v[A_PREV], n < 0 ? NAN : (double)n,
                            v[A_LO], v[A_HI]};
    return 0;
}

static int header(rp_csv *c, int *col, rp_diag *d, const char *name)
{
    for (int k = 0; k < NCOLS; k++)
        col[k] = find(c, k);

    if ((col[A_LO] < 0) != (col[A_HI] < 0)) {
        rp_diag_error(d, name, rp_csv_header_line(c), 0, "one bound of an interval; expected "
                      "both lo and hi (ondergrens and bovengrens), or neither");
        return -1;
    }
    return 0;
}

/* The same cohort and follow-up twice is one figure given twice. */
static int duplicate(const rp_recid_agg *a, const rp_recid_agg_row *r)
{
    for (size_t i = 0; i < a->n; i++)
        if (a->rows[i].cohort == r->cohort && a->rows[i].years == r->years)
            return 1;
    return 0;
}

rp_recid_agg *rp_recid_agg_load(const char *path, const char *name, char decimal, rp_diag *diag)
{
    rp_csv *c = rp_csv_open(path, name, decimal, diag);
    rp_recid_agg *a = c ? calloc(1, sizeof *a) : NULL;
    int col[NCOLS], bad = !a || header(c, col, diag, name), oom = 0, rows = !bad;
    if (a)
        a->name = rp_strdup(name);
    rp_csv_row row;
    size_t cap = 0;
    /* every row is read, so that every problem is reported (diag keeps 20 per file) */
    while (rows && !oom && rp_csv_next(c, &row) > 0) {
        rp_recid_agg_row r;
        if (row.bad || row_values(&row, col, rp_csv_decimal(c), &r, diag, name)) {
            bad = 1;
            continue;
        }
        if (duplicate(a, &r)) {
            rp_diag_error(diag, name, row.line, 0, "cohort %d at %g years appears again; "
                          "expected one figure per cohort and follow-up", r.cohort, r.years);
            bad = 1;
            continue;
        }
        if (a->n == cap) {
            cap = cap ? 2 * cap : 16;
            rp_recid_agg_row *p = realloc(a->rows, cap * sizeof *p);
            if (!p) {
                oom = bad = 1;
                break;
            }
            a->rows = p;
        }
        a->rows[a->n++] = r;
    }
    rp_csv_close(c);
    if (bad) {
        rp_recid_agg_free(a);
        return NULL;
    }
    return a;
}

void rp_recid_agg_free(rp_recid_agg *a)
{
    if (!a)
        return;
    free(a->rows);
    free(a->name);
    free(a);
}
