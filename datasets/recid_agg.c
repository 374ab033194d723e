/* Loads and checks published recidivism figures: prevalence per cohort and follow-up. */
#include "datasets/recid_agg.h"
#include "base/buf.h"
#include "base/value.h"
#include "datasets/numcell.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

enum { A_COHORT, A_YEARS, A_PREV, A_N, A_LO, A_HI, NCOLS };
/* English first, as messages name a column; then the Dutch of the published tables */
static const char *const names[NCOLS][4] = {{"cohort", NULL},
                                            {"years", "jaren", NULL},
                                            {"prevalence", "prevalentie", "recidive", NULL},
                                            {"n", "aantal", NULL},
                                            {"lo", "ondergrens", NULL},
                                            {"hi", "bovengrens", NULL}};

#define FORMAT "cohort;years;prevalence;n (in Dutch cohort;jaren;prevalentie;n), optionally " \
               "lo;hi (ondergrens;bovengrens)"

static int find(const rp_csv *c, int k)
{
    for (int i = 0; names[k][i]; i++) {
        int at = rp_csv_find(c, names[k][i]);
        if (at >= 0)
            return at;
    }
    return -1;
}

int rp_recid_agg_header(const rp_csv *c)
{
    return find(c, A_COHORT) >= 0 && find(c, A_YEARS) >= 0 && find(c, A_PREV) >= 0;
}

int rp_recid_agg_like(const rp_csv *c)
{
    return rp_csv_find(c, "start") < 0 && rp_csv_find(c, "event") < 0 &&
           (find(c, A_YEARS) >= 0 || find(c, A_PREV) >= 0);
}

/* One file being read: its columns, convention and where problems go. */
typedef struct {
    rp_csv *c;
    int col[NCOLS];
    char decimal;
    int percent;       /* unit = percent: figures without % are percentages */
    rp_diag *d;
    const char *name;
} reader;

/* The column of field k as the file's header spells it. */
static const char *colname(const reader *R, int k) { return rp_csv_colname(R->c, (size_t)R->col[k]); }

#define REPORT(R, row, k, ...)                                                                \
    rp_diag_error((R)->d, (R)->name, (row)->fline[(R)->col[k]], (R)->col[k] + 1, __VA_ARGS__)
#define BAD(R, row, k, ...) (REPORT(R, row, k, __VA_ARGS__), -1)

/* Field k of row as a share: a fraction from 0 to 1, or a percentage with % (or any figure
 * when unit = percent). "36" alone reads as 3.600% or as 36% depending on who typed it:
 * refused, with both ways to write it. Returns 0, or -1 after reporting. */
static int share(const reader *R, const rp_csv_row *row, int k, double *out)
{
    const char *s = row->f[R->col[k]];
    size_t len = strlen(s);
    int pct = len && s[len - 1] == '%';
    char *t = rp_strndup(s, len - (size_t)pct);
    int r = t ? rp_parse_grouped(rp_trim(t), R->decimal, out) : RP_NUM_BAD;
    int ok = -1;
    char frac[40];
    if (r == RP_NUM_GROUPS)
        rp_numcell_groups_error(R->d, R->name, row->fline[R->col[k]], R->col[k] + 1,
                                colname(R, k), s, R->decimal);
    else if (r != RP_NUM_OK || !isfinite(*out) || *out < 0 || *out > 100)
        REPORT(R, row, k, "%s \"%s\" is not a share; expected 0 to 1, or 0%% to 100%%",
            colname(R, k), s);
    else if (!pct && !R->percent && *out > 1)
        REPORT(R, row, k, "%s \"%s\" is a share above 1 without a percent sign; expected %s%% for "
            "a percentage or %s for a fraction (or unit = percent for the dataset in "
            "monitor.ini when all its figures are percentages)", colname(R, k), s, t,
            rp_numcell_format(*out / 100, R->decimal, frac, sizeof frac));
    else
        ok = 0;
    free(t);
    if (ok == 0 && (pct || R->percent))
        *out /= 100;
    return ok;
}

/* Reads one row into o. Returns 0, 1 for a row without a figure (every figure cell empty:
 * not published, so missing), or -1 after reporting. */
static int row_values(const reader *R, const rp_csv_row *row, rp_recid_agg_row *o)
{
    long cohort, n = -1;
    double v[NCOLS] = {0, 0, 0, 0, NAN, NAN};
    const int *col = R->col;
    const char *s = row->f[col[A_COHORT]];
    if (rp_parse_long(s, &cohort) || cohort < 1900 || cohort > 2100)
        return BAD(R, row, A_COHORT, "%s \"%s\" is not a year; expected a year from 1900 to "
                   "2100", colname(R, A_COHORT), s);
    s = row->f[col[A_YEARS]];
    int r = rp_parse_grouped(s, R->decimal, &v[A_YEARS]);
    if (r == RP_NUM_GROUPS)
        return rp_numcell_groups_error(R->d, R->name, row->fline[col[A_YEARS]],
                                       col[A_YEARS] + 1, colname(R, A_YEARS), s, R->decimal),
               -1;
    if (r != RP_NUM_OK || !(v[A_YEARS] > 0))
        return BAD(R, row, A_YEARS, "%s \"%s\" is not a follow-up; expected a number of years "
                   "above 0", colname(R, A_YEARS), s);
    const char *ns = col[A_N] >= 0 ? row->f[col[A_N]] : "";
    int bounds = col[A_LO] >= 0 && (*row->f[col[A_LO]] || *row->f[col[A_HI]]);
    if (!*row->f[col[A_PREV]]) {
        if (!*ns && !bounds)
            return 1;
        return BAD(R, row, A_PREV, *ns ? "%s is empty while n is given; expected the published "
                                         "figure with them, or all empty"
                                       : "%s is empty while its interval is given; expected the "
                                         "published figure with them, or all empty",
                   colname(R, A_PREV));
    }
    if (share(R, row, A_PREV, &v[A_PREV]))
        return -1;
    if (*ns && (r = rp_parse_count(ns, R->decimal, &n)) != RP_NUM_OK)
        return rp_numcell_count_error(R->d, R->name, row->fline[col[A_N]], col[A_N] + 1,
                                      colname(R, A_N), ns, r, R->decimal, "a whole number of "
                                      "offenders of 1 or more, or empty when it was not "
                                      "published"), -1;
    if (*ns && n < 1)
        return BAD(R, row, A_N, "%s \"%s\" is not a number of offenders; expected a whole "
                   "number of 1 or more, or empty when it was not published", colname(R, A_N),
                   ns);
    for (int k = A_LO; k <= A_HI && col[A_LO] >= 0; k++)
        if (*row->f[col[k]] && share(R, row, k, &v[k]))
            return -1;
    if (isnan(v[A_LO]) != isnan(v[A_HI]) || (!isnan(v[A_LO]) && !(v[A_LO] <= v[A_PREV] &&
                                                                   v[A_PREV] <= v[A_HI])))
        return BAD(R, row, A_LO, "the interval does not hold the %s; expected %s <= %s <= %s, "
                   "both given or both empty", colname(R, A_PREV), colname(R, A_LO),
                   colname(R, A_PREV), colname(R, A_HI));
    *o = (rp_recid_agg_row){(int)cohort, v[A_YEARS], v[A_PREV], n < 0 ? NAN : (double)n,
                            v[A_LO], v[A_HI]};
    return 0;
}

/* The columns of the published format; each one missing is reported. */
static int header(reader *R)
{
    int bad = 0;
    for (int k = 0; k < NCOLS; k++) {
        R->col[k] = find(R->c, k);
        if (R->col[k] < 0 && k <= A_PREV) {
            if (names[k][1])
                rp_diag_error(R->d, R->name, rp_csv_header_line(R->c), 0, "no column %s or %s; "
                              "expected published recidivism as " FORMAT, names[k][0],
                              names[k][1]);
            else
                rp_diag_error(R->d, R->name, rp_csv_header_line(R->c), 0, "no column %s; "
                              "expected published recidivism as " FORMAT, names[k][0]);
            bad = 1;
        }
    }
    if ((R->col[A_LO] < 0) != (R->col[A_HI] < 0)) {
        rp_diag_error(R->d, R->name, rp_csv_header_line(R->c), 0, "one bound of an interval; "
                      "expected both lo and hi (ondergrens and bovengrens), or neither");
        bad = 1;
    }
    return bad ? -1 : 0;
}

/* The same cohort and follow-up twice is one figure given twice. */
static int duplicate(const rp_recid_agg *a, const rp_recid_agg_row *r)
{
    for (size_t i = 0; i < a->n; i++)
        if (a->rows[i].cohort == r->cohort && a->rows[i].years == r->years)
            return 1;
    return 0;
}

rp_recid_agg *rp_recid_agg_load(const char *path, const char *name, char decimal, int percent,
                                rp_diag *diag)
{
    reader R = {rp_csv_open(path, name, decimal, diag), {0}, 0, percent, diag, name};
    rp_recid_agg *a = R.c ? calloc(1, sizeof *a) : NULL;
    int bad = !a || header(&R), oom = 0, rows = !bad;
    if (a)
        a->name = rp_strdup(name);
    R.decimal = R.c ? rp_csv_decimal(R.c) : '.';
    rp_csv_row row;
    size_t cap = 0;
    /* every row is read, so that every problem is reported (diag keeps 20 per file) */
    while (rows && !oom && rp_csv_next(R.c, &row) > 0) {
        rp_recid_agg_row r;
        int got = row.bad ? -1 : row_values(&R, &row, &r);
        if (got) {
            bad |= got < 0;
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
    rp_csv_close(R.c);
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
