/* Recidivism prevalence per group with disclosure control. */
#include "stats/recidivism.h"
#include "base/value.h"
#include "stats/disclosure.h"
#include "stats/interval.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const char *name;
    size_t value;
} group_ref;

static int cmp_group(const void *a, const void *b)
{
    return rp_natural_cmp(((const group_ref *)a)->name, ((const group_ref *)b)->name);
}

static void fill_rows(rp_recid_result *res, size_t gi, const rp_km *k, size_t n,
                      const double *at, double level, int below)
{
    for (size_t j = 0; j < res->nat; j++) {
        rp_recid_row *row = &res->rows[gi * res->nat + j];
        row->n = n;
        row->group_small = rp_small((double)n, below);
        if (k)
            rp_km_at(k, at[j], level, &row->p);
        row->events_small = rp_small((double)row->p.events, below);
        row->at_risk_small = rp_small((double)row->p.at_risk, below);
        row->withheld = row->events_small || row->at_risk_small;
    }
}

/* Groups: the distinct values of the column, sorted; every person's group index into *gidx. */
static group_ref *groups_of(const rp_recid *r, int by_col, size_t *ng, size_t **gidx)
{
    *ng = by_col >= 0 ? r->nvalues[by_col] : 1;
    group_ref *g = calloc(*ng, sizeof *g);
    size_t *rank = calloc(*ng, sizeof *rank);
    *gidx = calloc(r->n ? r->n : 1, sizeof **gidx);
    if (!g || !rank || !*gidx) {
        free(g);
        free(rank);
        return NULL;
    }
    for (size_t i = 0; i < *ng; i++)
        g[i] = (group_ref){by_col >= 0 ? r->values[by_col][i] : "all", i};
    qsort(g, *ng, sizeof *g, cmp_group);
    for (size_t i = 0; i < *ng; i++)
        rank[g[i].value] = i;
    for (size_t i = 0; i < r->n; i++)
        (*gidx)[i] = by_col >= 0 ? rank[r->val[i * r->ncols + (size_t)by_col]] : 0;
    free(rank);
    return g;
}

rp_recid_result *rp_recid_analyse(const rp_recid *r, int by_col, const double *at, size_t nat,
                                  double level, int suppress_below)
{
    rp_recid_result *res = calloc(1, sizeof *res);
    size_t ng = 0, *gidx = NULL;
    group_ref *g = res ? groups_of(r, by_col, &ng, &gidx) : NULL;
    size_t *members = malloc((r->n ? r->n : 1) * sizeof *members);
    if (!res || !g || !members)
        goto fail;
    res->by = by_col >= 0 ? r->colnames[by_col] : NULL;
    res->ngroups = ng;
    res->nat = nat;
    res->rows = calloc(ng * (nat ? nat : 1), sizeof *res->rows);
    if (!res->rows)
        goto fail;
    for (size_t gi = 0; gi < ng; gi++) {
        size_t m = 0;
        for (size_t i = 0; i < r->n; i++)
            if (gidx[i] == gi)
                members[m++] = i;
        rp_km *k = m ? rp_km_fit(r->time, r->event, members, m) : NULL;
        for (size_t j = 0; j < nat; j++)
            res->rows[gi * nat + j].group = g[gi].name;
        fill_rows(res, gi, k, m, at, level, suppress_below);
        rp_km_free(k);
    }
    if (ng > 1)
        res->has_test = rp_logrank(r->time, r->event, gidx, r->n, ng, &res->chi2, &res->df,
                                   &res->p) == RP_OK;
    free(g);
    free(gidx);
    free(members);
    return res;
fail:
    free(g);
    free(gidx);
    free(members);
    rp_recid_result_free(res);
    return NULL;
}

void rp_recid_result_free(rp_recid_result *res)
{
    if (!res)
        return;
    free(res->rows);
    free(res->names);
    free(res);
}

static int by_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

/* The distinct cohorts of published figures, ascending; returns how many. */
static size_t cohorts_of(const rp_recid_agg *a, int *out)
{
    size_t n = 0;
    for (size_t i = 0; i < a->n; i++) {
        size_t j = 0;
        while (j < n && out[j] != a->rows[i].cohort)
            j++;
        if (j == n)
            out[n++] = a->rows[i].cohort;
    }
    qsort(out, n, sizeof *out, by_int);
    return n;
}

static void published_row(rp_recid_row *w, const rp_recid_agg_row *r, double level, int below)
{
    rp_ci ci;
    w->p.estimable = 1;
    w->p.prevalence = r->prevalence;
    w->p.lo = r->lo;
    w->p.hi = r->hi;
    if (isnan(r->n)) /* the figure alone: nothing to count, nothing to hide */
        return;
    w->n = (size_t)r->n;
    w->group_small = rp_small(r->n, below);
    w->p.events = (size_t)llround(r->prevalence * r->n);
    if (!isnan(r->lo)) {
        w->p.lo = r->lo;
        w->p.hi = r->hi;
    } else if (rp_ci_proportion((double)w->p.events, r->n, level, RP_CI_WILSON, &ci) == RP_OK) {
        w->p.lo = ci.lo;
        w->p.hi = ci.hi;
    }
    w->events_small = rp_small((double)w->p.events, below);
    w->withheld = w->events_small;
}

rp_recid_result *rp_recid_published(const rp_recid_agg *a, const double *at, size_t nat,
                                    double level, int below, int last_year)
{
    rp_recid_result *res = calloc(1, sizeof *res);
    int *co = malloc((a->n ? a->n : 1) * sizeof *co);
    size_t ng = co ? cohorts_of(a, co) : 0;
    while (last_year && ng > 0 && co[ng - 1] > last_year)
        ng--; /* cohorts_of gives them ascending */
    if (res) {
        res->by = "cohort";
        res->published = 1;
        res->nat = nat;
        res->ngroups = ng;
        res->rows = calloc((ng ? ng : 1) * nat, sizeof *res->rows);
        res->names = malloc((ng ? ng : 1) * 12);
    }
    if (!res || !co || !res->rows || !res->names) {
        free(co);
        rp_recid_result_free(res);
        return NULL;
    }
    for (size_t g = 0; g < ng; g++) {
        char *name = res->names + 12 * g;
        snprintf(name, 12, "%d", co[g]);
        for (size_t j = 0; j < nat; j++) {
            rp_recid_row *w = &res->rows[g * nat + j];
            w->group = name;
            w->p.t = at[j];
            w->p.lo = w->p.hi = w->p.prevalence = NAN;
            for (size_t i = 0; i < a->n; i++)
                if (a->rows[i].cohort == co[g] && !w->n && !isnan(a->rows[i].n)) {
                    /* the cohort's size, as given */
                    w->n = (size_t)a->rows[i].n;
                    w->group_small = rp_small(a->rows[i].n, below);
                }
            for (size_t i = 0; i < a->n; i++)
                if (a->rows[i].cohort == co[g] && fabs(a->rows[i].years - at[j]) < 1e-9 &&
                    (!last_year || co[g] + at[j] <= last_year))
                    published_row(w, &a->rows[i], level, below);
        }
    }
    free(co);
    return res;
}

/* The published steps of one curve (see rp_recid_curve). */
static int curve_steps(const rp_km *k, double level, int below, rp_recid_curve *c)
{
    size_t cap = 0;
    size_t shown = 0;
    for (int month = 1; month <= 12 * 100 && month / 12.0 <= k->tmax; month++) {
        rp_km_point p;
        rp_km_at(k, month / 12.0, level, &p);
        if ((int)p.at_risk < below)
            break;
        if (p.events - shown < (size_t)(below > 1 ? below : 1))
            continue;
        shown = p.events;
        if (c->nsteps == cap) {
            cap = cap ? 2 * cap : 32;
            double *a = realloc(c->t, cap * sizeof *a), *b, *d, *e;
            if (a)
                c->t = a;
            b = a ? realloc(c->prevalence, cap * sizeof *b) : NULL;
            if (b)
                c->prevalence = b;
            d = b ? realloc(c->lo, cap * sizeof *d) : NULL;
            if (d)
                c->lo = d;
            e = d ? realloc(c->hi, cap * sizeof *e) : NULL;
            if (!e)
                return -1;
            c->hi = e;
        }
        c->t[c->nsteps] = month / 12.0;
        c->prevalence[c->nsteps] = p.prevalence;
        c->lo[c->nsteps] = p.lo;
        c->hi[c->nsteps++] = p.hi;
    }
    return 0;
}

rp_recid_curve *rp_recid_curves_build(const rp_recid *r, int by_col, const rp_recid_result *res,
                                      double level, int below)
{
    rp_recid_curve *cs = calloc(res->ngroups ? res->ngroups : 1, sizeof *cs);
    size_t *members = malloc((r->n ? r->n : 1) * sizeof *members);
    int ok = cs && members;
    for (size_t g = 0; ok && g < res->ngroups; g++) {
        rp_recid_curve *c = &cs[g];
        c->group = res->rows[g * res->nat].group;
        size_t n = 0;
        for (size_t i = 0; i < r->n; i++)
            if (by_col < 0 ||
                !strcmp(r->values[by_col][r->val[i * r->ncols + (size_t)by_col]], c->group))
                members[n++] = i;
        c->hidden = n == 0 || rp_small((double)n, below);
        if (c->hidden)
            continue;
        rp_km *k = rp_km_fit(r->time, r->event, members, n);
        ok = k && curve_steps(k, level, below, c) == 0;
        rp_km_free(k);
    }
    free(members);
    if (!ok) {
        rp_recid_curves_free(cs, cs ? res->ngroups : 0);
        return NULL;
    }
    return cs;
}

void rp_recid_curves_free(rp_recid_curve *c, size_t ngroups)
{
    for (size_t g = 0; c && g < ngroups; g++) {
        free(c[g].t);
        free(c[g].prevalence);
        free(c[g].lo);
        free(c[g].hi);
    }
    free(c);
}
