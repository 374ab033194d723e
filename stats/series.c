/* Indicator series: values with intervals per year, breaks, flags and suppression. */
#include "stats/series.h"
#include "stats/disclosure.h"
#include "stats/interval.h"
#include "stats/recidivism.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static void set_ci(rp_point *pt, const rp_ci *ci, const rp_ci *ci95)
{
    pt->value = ci->estimate;
    pt->lo = ci->lo;
    pt->hi = ci->hi;
    pt->lo95 = ci95->lo;
    pt->hi95 = ci95->hi;
}

/* A count: exact Poisson below 10, Byar from 10 (stats/interval.c), for counts of a register.
 * A figure published with its interval (lo/hi columns) keeps that interval as given, at
 * whatever level its source used, flagged as an estimate; a figure published as an estimate
 * (flag e) or without bounds in a file that publishes them gets no interval at all: one
 * invented from the Poisson distribution would say more than its source does. */
static void point_count(rp_point *pt, const rp_cell *c, double level, int below, int bounds)
{
    rp_ci ci, ci95;
    pt->num = c->num;
    rp_ci_count(c->num, level, RP_CI_AUTO, &ci);
    rp_ci_count(c->num, 0.95, RP_CI_AUTO, &ci95);
    if (c->bounded == 1 && c->rows == 1) {
        ci.lo = ci95.lo = c->lo;
        ci.hi = ci95.hi = c->hi;
        pt->flags |= RP_FLAG_E;
    } else if ((pt->flags & RP_FLAG_E) || (bounds && c->bounded == 0)) {
        ci.lo = ci95.lo = ci.hi = ci95.hi = NAN;
        pt->flags |= RP_FLAG_E;
    }
    set_ci(pt, &ci, &ci95);
    pt->estimable = 1;
    pt->suppressed = rp_small(c->num, below);
}

/* A share published as a figure (value column) with the n it rests on: the Wilson interval of
 * value n out of n, and value n the count that disclosure control judges; without n the
 * figure stands alone, with no interval, and it is not suppressed (nothing says how many it
 * counts). */
static void point_published(rp_point *pt, const rp_cell *c, double level, int below)
{
    rp_ci ci, ci95;
    pt->value = c->value;
    pt->estimable = 1;
    if (c->valued_n != 1 || !(c->vn > 0))
        return;
    pt->den = c->vn;
    pt->num = round(c->value * c->vn);
    if (rp_ci_proportion(pt->num, pt->den, level, RP_CI_WILSON, &ci) == RP_OK &&
        rp_ci_proportion(pt->num, pt->den, 0.95, RP_CI_WILSON, &ci95) == RP_OK) {
        set_ci(pt, &ci, &ci95);
        pt->value = c->value; /* as published, not the rounded count over n */
    }
    pt->suppressed = rp_small(pt->num, below) || rp_small(pt->den, below) ||
                     rp_small(pt->den - pt->num, below);
}

/* A share with its Wilson interval. The numerator, the denominator and their difference are
 * all counts that the share and a published total could give away. */
static void point_share(rp_point *pt, const rp_cell *c, double level, int below)
{
    rp_ci ci, ci95;
    if (c->valued == 1) { /* published as a figure: see point_published */
        point_published(pt, c, level, below);
        return;
    }
    pt->num = c->num;
    pt->den = c->den;
    pt->estimable = c->den > 0;
    if (!pt->estimable)
        return;
    rp_ci_proportion(c->num, c->den, level, RP_CI_WILSON, &ci);
    rp_ci_proportion(c->num, c->den, 0.95, RP_CI_WILSON, &ci95);
    set_ci(pt, &ci, &ci95);
    pt->suppressed = rp_small(c->num, below) || rp_small(c->den, below) ||
                     rp_small(c->den - c->num, below);
}

static void point_rate(rp_point *pt, const rp_cell *c, double pop, double per, double level,
                       int below)
{
    rp_ci ci, ci95;
    pt->num = c->num;
    pt->den = pop;
    pt->estimable = pop > 0;
    if (!pt->estimable)
        return;
    rp_ci_rate(c->num, pop, per, level, RP_CI_AUTO, &ci);
    rp_ci_rate(c->num, pop, per, 0.95, RP_CI_AUTO, &ci95);
    set_ci(pt, &ci, &ci95);
    pt->suppressed = rp_small(c->num, below);
}

/* A mean of the weighted values: sd^2 = (sum w x^2 - n mean^2) / (n - 1), t interval. A mean
 * of fewer than suppress_below values is withheld: it is too close to the values. */
static void point_mean(rp_point *pt, const rp_cell *c, double level, int below)
{
    rp_ci ci, ci95;
    double n = c->num;
    pt->num = n;
    pt->den = n;
    pt->estimable = n >= 2;
    if (!pt->estimable)
        return;
    double mean = c->sum / n, var = (c->sumsq - n * mean * mean) / (n - 1);
    pt->sd = var > 0 ? sqrt(var) : 0;
    rp_ci_mean(mean, pt->sd, n, level, &ci);
    rp_ci_mean(mean, pt->sd, n, 0.95, &ci95);
    set_ci(pt, &ci, &ci95);
    pt->suppressed = rp_small(n, below);
}

static void blank(rp_point *pt, int year)
{
    memset(pt, 0, sizeof *pt);
    pt->year = year;
    pt->value = pt->lo = pt->hi = pt->lo95 = pt->hi95 = pt->num = pt->den = pt->sd = NAN;
}

static int build_cells(rp_series *s, const rp_project *p, const rp_indicator_data *d,
                       double level)
{
    for (size_t k = 0; k < s->n; k++) {
        rp_point *pt = &s->pts[k];
        int y = s->year_min + (int)k;
        blank(pt, y);
        const rp_cell *c = rp_indicator_year(d, y);
        /* in a counts file a year that reports nothing for this indicator is missing, and so
         * is a year with an empty count */
        pt->present = c && d->present[y - d->year_min] && !rp_cell_missing(d, c);
        /* a note may say why a year is missing ("not published") */
        pt->note = c && d->notes ? d->notes[y - d->year_min] : NULL;
        if (!pt->present)
            continue;
        pt->flags = c->flags;
        switch (s->def->measure) {
        case RP_MEASURE_COUNT: point_count(pt, c, level, s->below, d->bounds); break;
        case RP_MEASURE_SHARE: point_share(pt, c, level, s->below); break;
        case RP_MEASURE_RATE:
            point_rate(pt, c, rp_regions_total(p->regions, y), s->per, level, s->below);
            break;
        case RP_MEASURE_MEAN: point_mean(pt, c, level, s->below); break;
        default: break;
        }
    }
    return RP_OK;
}

/* Recidivism by cohort: the Kaplan-Meier prevalence at `years` for each cohort. */
static int build_recid(rp_series *s, const rp_recid *r, double level, int last_year)
{
    int col = rp_recid_col(r, "cohort");
    double at = s->def->years;
    rp_recid_result *res = col >= 0 ? rp_recid_analyse(r, col, &at, 1, level, last_year) : NULL;
    rp_recid_result *res95 = col >= 0 ? rp_recid_analyse(r, col, &at, 1, 0.95, last_year)
                                      : NULL;
    int ok = res && res95 ? RP_OK : RP_ENOMEM;
    int lo = 0, hi = 0;
    for (size_t g = 0; ok == RP_OK && g < res->ngroups; g++) {
        int y = atoi(res->rows[g].group);
        if (!lo || y < lo)
            lo = y;
        if (y > hi)
            hi = y;
    }
    if (last_year && hi > last_year)
        hi = last_year;
    if (ok == RP_OK && (!lo || hi < lo))
        ok = RP_EDATA;
    if (ok == RP_OK) {
        s->year_min = lo;
        s->year_max = hi;
        s->n = (size_t)(hi - lo + 1);
        s->pts = calloc(s->n, sizeof *s->pts);
        ok = s->pts ? RP_OK : RP_ENOMEM;
    }
    for (size_t k = 0; ok == RP_OK && k < s->n; k++)
        blank(&s->pts[k], lo + (int)k);
    for (size_t g = 0; ok == RP_OK && g < res->ngroups; g++) {
        const rp_recid_row *row = &res->rows[g];
        int y = atoi(row->group);
        if (y < lo || y > hi)
            continue;
        rp_point *pt = &s->pts[y - lo];
        pt->present = 1;
        pt->estimable = row->estimable && !isnan(row->events);
        pt->num = row->events;
        pt->den = row->n;
        pt->value = row->prevalence;
        pt->lo = row->lo;
        pt->hi = row->hi;
        pt->lo95 = res95->rows[g].lo;
        pt->hi95 = res95->rows[g].hi;
        /* the publication marks it as the cohort table's cell (rp_disclose_recid_series);
         * its small counts are marked here already */
        pt->suppressed = rp_small(row->n, s->below) || rp_small(row->events, s->below) ||
                         rp_small(row->at_risk, s->below);
    }
    rp_recid_result_free(res);
    rp_recid_result_free(res95);
    return ok;
}

/* One published prevalence: its interval as published, else the Wilson interval of the
 * offenders it implies (prevalence x n of n; exact when nobody was censored before the
 * follow-up, as in a closed cohort), the value itself as published. */
static void point_published_recid(rp_point *pt, const rp_recid_agg_row *w, double level,
                                  int below)
{
    rp_ci ci, ci95;
    pt->present = pt->estimable = 1;
    pt->value = w->prevalence;
    if (isnan(w->n)) { /* without n: the figure alone, with its interval if published */
        pt->lo = pt->lo95 = w->lo;
        pt->hi = pt->hi95 = w->hi;
        return;
    }
    pt->den = w->n;
    pt->num = round(w->prevalence * w->n);
    if (rp_ci_proportion(pt->num, pt->den, level, RP_CI_WILSON, &ci) == RP_OK &&
        rp_ci_proportion(pt->num, pt->den, 0.95, RP_CI_WILSON, &ci95) == RP_OK)
        set_ci(pt, &ci, &ci95);
    if (!isnan(w->lo)) {
        pt->lo = pt->lo95 = w->lo;
        pt->hi = pt->hi95 = w->hi;
    }
    pt->value = w->prevalence;
    pt->suppressed = rp_small(pt->den, below) || rp_small(pt->num, below);
}

/* Recidivism as published: the prevalence of each cohort at the indicator's follow-up. */
static int build_recid_published(rp_series *s, const rp_recid_agg *a, double level,
                                 int last_year)
{
    int lo = 0, hi = 0;
    for (size_t i = 0; i < a->n; i++)
        if (fabs(a->rows[i].years - s->def->years) < 1e-9 &&
            (!last_year || a->rows[i].cohort + a->rows[i].years <= last_year)) {
            int y = a->rows[i].cohort;
            lo = !lo || y < lo ? y : lo;
            hi = y > hi ? y : hi;
        }
    if (last_year && hi > last_year)
        hi = last_year;
    if (!lo || hi < lo)
        return RP_EDATA;
    s->year_min = lo;
    s->year_max = hi;
    s->n = (size_t)(hi - lo + 1);
    s->pts = calloc(s->n, sizeof *s->pts);
    if (!s->pts)
        return RP_ENOMEM;
    for (size_t k = 0; k < s->n; k++)
        blank(&s->pts[k], lo + (int)k);
    for (size_t i = 0; i < a->n; i++) {
        const rp_recid_agg_row *w = &a->rows[i];
        if (fabs(w->years - s->def->years) < 1e-9 && w->cohort >= lo && w->cohort <= hi &&
            (!last_year || w->cohort + w->years <= last_year))
            point_published_recid(&s->pts[w->cohort - lo], w, level, s->below);
    }
    return RP_OK;
}

static void find_segment(rp_series *s)
{
    s->seg_start = s->year_min;
    for (size_t i = 0; i < s->def->nbreaks; i++)
        if (s->def->breaks[i] > s->seg_start && s->def->breaks[i] <= s->year_max)
            s->seg_start = s->def->breaks[i];
}

static void marker(rp_series *s)
{
    memset(&s->marker, 0, sizeof s->marker);
    int last = rp_series_latest(s);
    if (!last || last - 4 < s->year_min) {
        s->marker.mark = RP_MARK_CANNOT;
        s->marker.reason = RP_WHY_FEW_POINTS;
        return;
    }
    if (last - 4 < s->seg_start) {
        s->marker.mark = RP_MARK_CANNOT;
        s->marker.reason = RP_WHY_BREAK;
        return;
    }
    /* a trend statistic over a hidden value is a sum with it in: withheld; over an
     * estimate it would test a source's modelling, not the register */
    for (int y = last - 4; y <= last; y++) {
        const rp_point *p = &s->pts[y - s->year_min];
        rp_why why = p->suppressed && p->present ? RP_WHY_HIDDEN
                     : p->present && (p->flags & RP_FLAG_E) ? RP_WHY_ESTIMATED : RP_WHY_NONE;
        if (why) {
            s->marker.mark = RP_MARK_CANNOT;
            s->marker.reason = why;
            s->marker.first = last - 4;
            s->marker.last = last;
            return;
        }
    }
    int share = s->def->measure == RP_MEASURE_SHARE;
    rp_marker_compute(&s->pts[last - 4 - s->year_min], 5, share, s->def->polarity, &s->marker);
}

int rp_series_build(const rp_project *p, size_t i, const rp_recid *recid, int last_year,
                    double level, rp_series *s)
{
    memset(s, 0, sizeof *s);
    s->def = &p->m->indicators[i];
    s->below = p->m->suppress_below;
    s->per = s->def->measure == RP_MEASURE_RATE ? s->def->per : 1;
    int ok;
    if (s->def->measure == RP_MEASURE_RECIDIVISM) {
        const rp_recid *people = recid ? recid : p->ind_recid[i];
        ok = people ? build_recid(s, people, level, last_year)
             : p->ind_recid_agg[i] ? build_recid_published(s, p->ind_recid_agg[i], level, last_year)
                                   : RP_EDATA;
    } else {
        const rp_indicator_data *d = p->ind[i];
        if (!d || !d->year_min)
            return RP_EDATA;
        s->year_min = d->year_min;
        s->year_max = last_year && last_year < d->year_max ? last_year : d->year_max;
        if (s->year_max < s->year_min)
            return RP_EDATA;
        s->n = (size_t)(s->year_max - s->year_min + 1);
        s->pts = calloc(s->n, sizeof *s->pts);
        ok = s->pts ? build_cells(s, p, d, level) : RP_ENOMEM;
    }
    if (ok != RP_OK) {
        rp_series_clear(s);
        return ok;
    }
    find_segment(s);
    return RP_OK;
}

/* The annual change of the section's trend, at the model's level: the APC of a Poisson fit,
 * the slope of a mean, or for shares and prevalences the fitted change in percentage points
 * from the first to the last year of the window a year (its interval from the slope's). */
static void change(rp_series *s, double level)
{
    const rp_projection *pr = &s->proj;
    rp_measure m = s->def->measure;
    s->change_unit = m == RP_MEASURE_SHARE || m == RP_MEASURE_RECIDIVISM ? RP_CHANGE_PP
                     : m == RP_MEASURE_MEAN ? RP_CHANGE_UNIT : RP_CHANGE_PCT;
    s->change = s->change_lo = s->change_hi = NAN;
    if (pr->model == RP_PROJ_NONE)
        return;
    if (pr->model == RP_PROJ_POISSON) {
        rp_projection_apc(pr, level, &s->change, &s->change_lo, &s->change_hi);
        return;
    }
    double h = rp_t(level, pr->df) * sqrt(pr->var_b);
    if (pr->model == RP_PROJ_LINEAR) {
        s->change = pr->b;
        s->change_lo = pr->b - h;
        s->change_hi = pr->b + h;
        return;
    }
    /* logit: the fitted share at both ends of the window, at the slope and its limits */
    double span = pr->last - pr->first, d0 = pr->first - pr->centre, d1 = pr->last - pr->centre;
    double b[3] = {pr->b, pr->b - h, pr->b + h}, out[3];
    for (int k = 0; k < 3; k++)
        out[k] = (1 / (1 + exp(-(pr->a + b[k] * d1))) - 1 / (1 + exp(-(pr->a + b[k] * d0)))) /
                 span;
    s->change = out[0];
    s->change_lo = fmin(out[1], out[2]);
    s->change_hi = fmax(out[1], out[2]);
}

void rp_series_finish(rp_series *s, double level)
{
    marker(s);
    rp_series_fit_projection(s);
    change(s, level);
    free(s->fit);
    s->fit = malloc((s->n ? s->n : 1) * sizeof *s->fit);
    for (size_t k = 0; s->fit && k < s->n; k++) {
        double lo, hi;
        s->fit[k] = NAN;
        if (s->proj.model != RP_PROJ_NONE && s->pts[k].year >= s->proj.first &&
            s->pts[k].year <= s->proj.last)
            rp_projection_at(&s->proj, s->pts[k].year, level, &s->fit[k], &lo, &hi);
    }
}

/* Everything a hidden point could be worked back from goes: its value and interval, the
 * counts behind it, and for a mean its spread. The year, its flags and the mark stay. */
void rp_series_wipe(rp_series *s)
{
    for (size_t k = 0; k < s->n; k++) {
        rp_point *pt = &s->pts[k];
        if (!pt->suppressed)
            continue;
        pt->value = pt->lo = pt->hi = pt->lo95 = pt->hi95 = pt->num = pt->sd = NAN;
        /* a denominator is a total published in its own right (the population, all rows,
         * a cohort's size) unless it is small itself; a mean's n is the hidden count */
        if (s->def->measure == RP_MEASURE_MEAN || pt->den_hidden || rp_small(pt->den, s->below))
            pt->den = NAN;
    }
}

void rp_series_clear(rp_series *s)
{
    free(s->pts);
    free(s->fit);
    s->fit = NULL;
    s->pts = NULL;
    s->n = 0;
}

const rp_point *rp_series_at(const rp_series *s, int year)
{
    if (year < s->year_min || year > s->year_max)
        return NULL;
    return &s->pts[year - s->year_min];
}

int rp_series_latest(const rp_series *s)
{
    for (size_t k = s->n; k > 0; k--)
        if (s->pts[k - 1].present && s->pts[k - 1].estimable)
            return s->pts[k - 1].year;
    return 0;
}
