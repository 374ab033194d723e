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

static void fill_row(rp_recid_row *row, const rp_km *k, size_t n, double t, double level)
{
    rp_km_point p;
    row->t = t;
    row->n = (double)n;
    row->prevalence = row->lo = row->hi = NAN;
    if (!k) {
        row->events = row->at_risk = 0;
        return;
    }
    rp_km_at(k, t, level, &p);
    row->estimable = p.estimable;
    row->events = (double)p.events;
    row->at_risk = (double)p.at_risk;
    if (p.estimable) {
        row->prevalence = p.prevalence;
        row->lo = p.lo;
        row->hi = p.hi;
    }
}

/* Groups: the distinct values of the column, sorted; every person's group index into *gidx. */
static group_ref *groups_of(const rp_recid *r, int by_col, size_t *ng, size_t **gidx)
{
    *ng = by_col >= 0 ? r->nvalues[by_col] : 1;
    group_ref *g = calloc(*ng ? *ng : 1, sizeof *g);
    size_t *rank = calloc(*ng ? *ng : 1, sizeof *rank);
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

/* The year a person's follow-up began. */
static int start_year(const rp_recid *r, size_t i)
{
    int y, m, d;
    rp_civil_from_days(r->start[i], &y, &m, &d);
    return y;
}

/* The Kaplan-Meier rows of group gi at every time t: the people whose t years of follow-up
 * ended by last_year (they began by last_year - t), so that a figure, once shown, is the same
 * in every later monitor. Where nobody's has, the row gives the group's people known by then
 * and no figure yet. */
static int group_rows(rp_recid_result *res, const rp_recid *r, const size_t *gidx, size_t gi,
                      const double *at, double level, int last_year, size_t *members)
{
    size_t known = 0;
    for (size_t i = 0; i < r->n; i++)
        known += gidx[i] == gi && (!last_year || start_year(r, i) <= last_year);
    for (size_t j = 0; j < res->nat; j++) {
        size_t m = 0;
        for (size_t i = 0; i < r->n; i++)
            if (gidx[i] == gi && (!last_year || start_year(r, i) + at[j] <= last_year + 1e-9))
                members[m++] = i;
        rp_km *k = m ? rp_km_fit(r->time, r->event, members, m) : NULL;
        if (m && !k)
            return -1;
        rp_recid_row *row = &res->rows[gi * res->nat + j];
        fill_row(row, k, m, at[j], level);
        rp_km_free(k);
        if (m == 0) { /* nobody followed that long yet */
            row->n = (double)known;
            row->events = row->at_risk = NAN;
        }
    }
    return 0;
}

/* Whether person i is known in a monitor of last_year: began by then. */
static int known(const rp_recid *r, size_t i, int last_year)
{
    return !last_year || start_year(r, i) <= last_year;
}

/* The log-rank test over the people known by last_year, followed to its end (days in
 * detention counted as the file gives them, for the part of the follow-up kept). */
static void logrank(rp_recid_result *res, const rp_recid *r, const size_t *gidx, int last_year)
{
    size_t n = 0;
    double *t = malloc((r->n ? r->n : 1) * sizeof *t);
    unsigned char *e = malloc(r->n ? r->n : 1);
    size_t *g = malloc((r->n ? r->n : 1) * sizeof *g);
    long end = last_year ? rp_days_from_civil(last_year, 12, 31) : 0;
    for (size_t i = 0; t && e && g && i < r->n; i++) {
        if (!known(r, i, last_year) || gidx[i] == (size_t)-1)
            continue;
        double cut = last_year ? (double)(end - r->start[i]) / RP_DAYS_PER_YEAR : HUGE_VAL;
        t[n] = r->time[i] < cut ? r->time[i] : cut;
        e[n] = r->event[i] && r->time[i] <= cut;
        g[n++] = gidx[i];
    }
    if (t && e && g && res->ngroups > 1)
        res->has_test = rp_logrank(t, e, g, n, res->ngroups, &res->chi2, &res->df, &res->p) ==
                        RP_OK;
    free(t);
    free(e);
    free(g);
}

rp_recid_result *rp_recid_analyse(const rp_recid *r, int by_col, const double *at, size_t nat,
                                  double level, int last_year)
{
    rp_recid_result *res = calloc(1, sizeof *res);
    size_t ng = 0, *gidx = NULL;
    group_ref *g = res ? groups_of(r, by_col, &ng, &gidx) : NULL;
    size_t *members = malloc((r->n ? r->n : 1) * sizeof *members);
    size_t *seen = calloc(ng ? ng : 1, sizeof *seen), *keep = malloc((ng ? ng : 1) * sizeof *keep);
    if (!res || !g || !members || !seen || !keep)
        goto fail;
    /* a group none of whose people is known by last_year is not in the table at all */
    for (size_t i = 0; i < r->n; i++)
        seen[gidx[i]] += known(r, i, last_year);
    size_t kept = 0;
    for (size_t gi = 0; gi < ng; gi++)
        keep[gi] = seen[gi] ? kept++ : (size_t)-1;
    for (size_t i = 0; i < r->n; i++)
        gidx[i] = keep[gidx[i]];
    res->by = by_col >= 0 ? r->colnames[by_col] : NULL;
    res->ngroups = kept;
    res->nat = nat;
    res->rows = calloc((kept ? kept : 1) * (nat ? nat : 1), sizeof *res->rows);
    if (!res->rows)
        goto fail;
    for (size_t gi = 0; gi < ng; gi++) {
        if (keep[gi] == (size_t)-1)
            continue;
        for (size_t j = 0; j < nat; j++)
            res->rows[keep[gi] * nat + j].group = g[gi].name;
        if (group_rows(res, r, gidx, keep[gi], at, level, last_year, members))
            goto fail;
    }
    logrank(res, r, gidx, last_year);
    free(g), free(gidx), free(members), free(seen), free(keep);
    return res;
fail:
    free(g), free(gidx), free(members), free(seen), free(keep);
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

void rp_recid_mark_small(rp_recid_result *res, int below)
{
    for (size_t i = 0; i < res->ngroups * res->nat; i++) {
        rp_recid_row *w = &res->rows[i];
        if (rp_small(w->n, below))
            w->n_mark = RP_HIDE_SMALL;
        if (rp_small(w->events, below))
            w->events_mark = RP_HIDE_SMALL;
        if (rp_small(w->at_risk, below))
            w->at_risk_mark = RP_HIDE_SMALL;
    }
}

int rp_recid_hides(const rp_recid_result *res)
{
    for (size_t i = 0; res && i < res->ngroups * res->nat; i++)
        if (res->rows[i].n_mark || res->rows[i].events_mark || res->rows[i].at_risk_mark)
            return 1;
    return 0;
}

void rp_recid_wipe(rp_recid_result *res)
{
    for (size_t i = 0; i < res->ngroups * res->nat; i++) {
        rp_recid_row *w = &res->rows[i];
        if (w->n_mark)
            w->n = NAN;
        if (w->events_mark)
            w->events = NAN;
        if (w->at_risk_mark)
            w->at_risk = NAN;
        if (w->n_mark || w->events_mark || w->at_risk_mark)
            w->prevalence = w->lo = w->hi = NAN;
    }
    /* the log-rank statistic sums observed less expected events over every group: with the
     * shown groups' figures it would carry a hidden one */
    if (rp_recid_hides(res)) {
        res->test_withheld = res->has_test;
        res->chi2 = res->df = res->p = NAN;
    }
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
    w->estimable = 1;
    w->prevalence = r->prevalence;
    w->lo = r->lo;
    w->hi = r->hi;
    if (isnan(r->n)) /* the figure alone: nothing to count, nothing to hide */
        return;
    w->n = r->n;
    w->events = (double)llround(r->prevalence * r->n);
    if (isnan(r->lo) &&
        rp_ci_proportion(w->events, r->n, level, RP_CI_WILSON, &ci) == RP_OK) {
        w->lo = ci.lo;
        w->hi = ci.hi;
    }
    /* n, the offenders it implies, and those without an offence all name people */
    if (rp_small(r->n, below))
        w->n_mark = RP_HIDE_SMALL;
    if (rp_small(w->events, below) || rp_small(r->n - w->events, below))
        w->events_mark = RP_HIDE_SMALL;
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
        res->rows = calloc((ng ? ng : 1) * (nat ? nat : 1), sizeof *res->rows);
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
            w->t = at[j];
            w->n = w->events = w->at_risk = NAN;
            w->lo = w->hi = w->prevalence = NAN;
            for (size_t i = 0; i < a->n; i++)
                if (a->rows[i].cohort == co[g] && isnan(w->n) && !isnan(a->rows[i].n)) {
                    w->n = a->rows[i].n; /* the cohort's size, as given */
                    if (rp_small(w->n, below))
                        w->n_mark = RP_HIDE_SMALL;
                }
            for (size_t i = 0; i < a->n; i++)
                if (a->rows[i].cohort == co[g] && fabs(a->rows[i].years - at[j]) < 1e-9 &&
                    (!last_year || co[g] + at[j] <= last_year))
                    published_row(w, &a->rows[i], level, below);
        }
    }
    free(co);
    rp_recid_wipe(res);
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
        c->hidden = n == 0 || rp_small((double)n, below) || res->rows[g * res->nat].n_mark;
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
