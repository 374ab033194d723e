/* The regional comparison of one indicator of a project. */
#include "stats/regional.h"
#include "stats/disclosure.h"
#include "stats/eb.h"

#include <math.h>
#include <stdlib.h>

static int pick_year(const rp_indicator_data *d, int want, int report_year);

int rp_regional_usable(const rp_project *p, int i)
{
    const rp_indicator_data *d = p->ind[i];
    return d && d->regions && p->regions && d->year_min &&
           (d->def->measure == RP_MEASURE_RATE || d->def->measure == RP_MEASURE_COUNT);
}

int rp_regional_default(const rp_project *p)
{
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < p->m->nindicators; i++)
            if (rp_regional_usable(p, (int)i) &&
                (pass || p->m->indicators[i].measure == RP_MEASURE_RATE))
                return (int)i;
    return -1;
}

int rp_regional_year(const rp_project *p, int ind, int want)
{
    const rp_indicator_data *d = ind >= 0 ? p->ind[ind] : NULL;
    return d ? pick_year(d, want, p->m->report_year) : 0;
}

static int pick_year(const rp_indicator_data *d, int want, int report_year)
{
    if (want)
        return want;
    if (report_year >= d->year_min && report_year <= d->year_max &&
        d->present[report_year - d->year_min])
        return report_year;
    return d->year_max;
}

static double cell(const rp_indicator_data *d, size_t g, int y)
{
    size_t ny = (size_t)(d->year_max - d->year_min + 1);
    const rp_cell *c = &d->regions[g * ny + (size_t)(y - d->year_min)];
    return c->unknown > 0 ? NAN : c->num; /* an empty count cell: not known */
}

static int fill(rp_regional *r, const rp_project *p, const rp_indicator_data *d, double level,
                const char **why)
{
    const rp_regions *reg = p->regions;
    double *count = malloc(reg->n * sizeof *count), *pop = malloc(reg->n * sizeof *pop);
    rp_region_stat *st = malloc(reg->n * sizeof *st);
    r->rows = calloc(reg->n, sizeof *r->rows);
    r->left_out = calloc(reg->n, sizeof *r->left_out);
    r->left_out_count = calloc(reg->n, sizeof *r->left_out_count);
    r->left_out_hidden = calloc(reg->n, 1);
    int ok = count && pop && st && r->rows && r->left_out && r->left_out_count &&
             r->left_out_hidden ? 0 : -1;
    for (size_t g = 0; ok == 0 && g < reg->n; g++) {
        double c = cell(d, g, r->year), n = rp_regions_population(reg, g, r->year);
        if (isnan(c)) {
            *why = RP_N("a region's count is missing that year (an empty count cell); "
                        "expected every region's count");
            ok = -1;
            break;
        }
        if (!reg->r[g].has_population) {
            r->left_out[r->nleft] = g;
            r->left_out_count[r->nleft++] = c;
            continue;
        }
        if (isnan(n)) {
            *why = RP_N("the regions file has no population for that year; expected a row "
                        "for every region with population");
            ok = -1;
            break;
        }
        r->rows[r->k].region = g;
        count[r->k] = c;
        pop[r->k++] = n;
    }
    if (ok == 0 && rp_regions_compare(count, pop, r->k, r->per, level,
                                      (rp_funnel_method)p->m->funnel, st, &r->sum) != RP_OK) {
        *why = RP_N("no counts in any region with population that year");
        ok = -1;
    }
    for (size_t i = 0; ok == 0 && i < r->k; i++) {
        rp_regional_row *row = &r->rows[i];
        row->s = st[i];
        row->base_count = cell(d, row->region, r->baseline);
        row->base_population = rp_regions_population(reg, row->region, r->baseline);
        if (rp_ci_ratio(count[i], pop[i], row->base_count, row->base_population, level,
                        &row->change) != RP_OK)
            row->change.estimate = row->change.lo = row->change.hi = NAN;
    }
    free(count);
    free(pop);
    free(st);
    return ok;
}

/* The funnel's limits over every population the chart spans, computed here once so that the
 * chart draws the same limits that gave the signals. */
static int funnel_curve(rp_regional *r)
{
    const size_t n = 121;
    double pmin = INFINITY, pmax = 0;
    for (size_t i = 0; i < r->k; i++) {
        pmin = fmin(pmin, r->rows[i].s.population);
        pmax = fmax(pmax, r->rows[i].s.population);
    }
    r->curve = malloc(n * 5 * sizeof *r->curve);
    if (!r->curve || r->k == 0)
        return r->curve ? 0 : -1;
    double a = log(pmin * 0.5), b = log(pmax * 1.5);
    for (size_t i = 0; i < n; i++) {
        double *row = r->curve + 5 * i;
        row[0] = exp(a + (b - a) * (double)i / (double)(n - 1));
        rp_funnel_limits(&r->sum, row[0], r->per, row + 1);
    }
    r->ncurve = n;
    return 0;
}

/* Two margins are published: the national count (every region, national units included) and,
 * through the national rate and the total, the regions with population (the first k). Each
 * keeps no single hidden cell (Hundepool et al. 2012, ch. 5: linked tables). */
static void protect(const double *v, size_t k, size_t n, int below, unsigned char *hide)
{
    rp_secondary(v, n, below, hide);
    for (int changed = 1; changed;)
        changed = rp_secondary_more(v, k, below, hide) | rp_secondary_more(v, n, below, hide);
}

/* Figures computed from every region's count (the test, concentration, over-dispersion) would
 * give a hidden count back with the margins: withheld, and the funnel kept exact. */
static void withhold_tests(rp_regional *r, const double *count, const double *pop, double level,
                           rp_region_stat *st)
{
    int any = 0;
    for (size_t i = 0; i < r->k; i++)
        any |= r->rows[i].hidden;
    if (!any)
        return;
    if (r->sum.funnel != RP_FUNNEL_EXACT &&
        rp_regions_compare(count, pop, r->k, r->per, level, RP_FUNNEL_EXACT, st, &r->sum) ==
            RP_OK)
        for (size_t i = 0; i < r->k; i++) {
            int sig = r->rows[i].hidden ? 0 : st[i].signal, w = r->rows[i].hidden ? 0 : st[i].warn95;
            r->rows[i].s = st[i];
            r->rows[i].s.signal = sig;
            r->rows[i].s.warn95 = w;
        }
    r->test_withheld = 1;
    r->sum.chi2 = r->sum.p_value = r->sum.phi = r->sum.tau2 = NAN;
    r->sum.top40_share = r->sum.share_for_75 = r->sum.gini = NAN;
    r->sum.overdispersed = 0;
}

/* Marks as the project's publication decided them (per region of the regions file). */
static void take_marks(rp_regional *r, const unsigned char *marks, int base)
{
    for (size_t i = 0; i < r->k; i++) {
        int h = marks[r->rows[i].region];
        if (base)
            r->rows[i].base_hidden = h;
        else
            r->rows[i].hidden = h;
        if (!base && h) /* "high" at a small population can pin a hidden count down */
            r->rows[i].s.signal = r->rows[i].s.warn95 = 0;
    }
    for (size_t i = 0; i < r->nleft && !base; i++)
        r->left_out_hidden[i] = marks[r->left_out[i]];
}

/* The counts of every region in a year, national units included, add up to the national
 * count published with the indicator: suppression is applied across all of them. */
static int suppress(rp_regional *r, const rp_indicator_data *d, int year, int below, int base)
{
    size_t n = r->k + r->nleft;
    double *v = malloc((n ? n : 1) * sizeof *v);
    unsigned char *hide = malloc(n ? n : 1);
    if (!v || !hide) {
        free(v);
        free(hide);
        return -1;
    }
    for (size_t i = 0; i < r->k; i++)
        v[i] = base ? r->rows[i].base_count : r->rows[i].s.count;
    for (size_t i = 0; i < r->nleft; i++)
        v[r->k + i] = base ? cell(d, r->left_out[i], year) : r->left_out_count[i];
    protect(v, r->k, n, below, hide);
    for (size_t i = 0; i < r->k; i++) {
        if (base)
            r->rows[i].base_hidden = hide[i];
        else
            r->rows[i].hidden = hide[i];
        /* "high" at a small population can pin a hidden count down to one or two values */
        if (!base && hide[i])
            r->rows[i].s.signal = r->rows[i].s.warn95 = 0;
    }
    for (size_t i = 0; i < r->nleft && !base; i++)
        r->left_out_hidden[i] = hide[r->k + i];
    free(v);
    free(hide);
    return 0;
}

static int recheck(rp_regional *r, double level)
{
    double *count = malloc((r->k ? r->k : 1) * sizeof *count);
    double *pop = malloc((r->k ? r->k : 1) * sizeof *pop);
    rp_region_stat *st = malloc((r->k ? r->k : 1) * sizeof *st);
    int ok = count && pop && st ? 0 : -1;
    for (size_t i = 0; ok == 0 && i < r->k; i++) {
        count[i] = r->rows[i].s.count;
        pop[i] = r->rows[i].s.population;
    }
    if (ok == 0)
        withhold_tests(r, count, pop, level, st);
    free(count);
    free(pop);
    free(st);
    return ok;
}

/* Empirical-Bayes rates of the regions whose counts are shown: the Poisson-gamma posteriors
 * against the national rate (Clayton and Kaldor 1987) and Marshall's (1991) estimator, both
 * fitted over those regions only, so that no hidden count enters a published figure (the
 * national rate is published with the total). */
static void empirical_bayes(rp_regional *r, double level)
{
    size_t k = r->k ? r->k : 1, n = 0;
    double *y = malloc(k * sizeof *y), *E = malloc(k * sizeof *E), *pop = malloc(k * sizeof *pop);
    double theta = r->sum.national_rate / r->per, a = NAN, b = NAN, m = NAN, A = NAN;
    r->eb_a = r->eb_b = r->marshall_mean = r->marshall_var = NAN;
    for (size_t i = 0; i < r->k; i++) {
        rp_region_stat *s = &r->rows[i].s;
        s->eb_rate = s->eb_lo = s->eb_hi = s->marshall_rate = s->shrinkage = NAN;
        r->eb_partial |= r->rows[i].hidden != 0;
        if (y && E && pop && !r->rows[i].hidden) {
            y[n] = s->count;
            pop[n] = s->population;
            E[n++] = theta * s->population;
        }
    }
    r->eb_k = n;
    if (n >= 3 && rp_eb_gamma_fit(y, E, n, &a, &b) == RP_OK &&
        rp_eb_marshall(y, pop, n, &m, &A) == RP_OK) {
        r->eb_a = a;
        r->eb_b = b;
        r->marshall_mean = m * r->per;
        r->marshall_var = A * r->per * r->per;
        for (size_t i = 0, j = 0; i < r->k; i++) {
            rp_region_stat *s = &r->rows[i].s;
            if (r->rows[i].hidden)
                continue;
            rp_eb_posterior(a, b, y[j], E[j], level, &s->eb_rate, &s->eb_lo, &s->eb_hi);
            s->eb_rate *= r->sum.national_rate;
            s->eb_lo *= r->sum.national_rate;
            s->eb_hi *= r->sum.national_rate;
            double C = A > 0 ? A / (A + m / pop[j]) : 0;
            s->marshall_rate = (m + C * (y[j] / pop[j] - m)) * r->per;
            s->shrinkage = 1 - C;
            j++;
        }
    }
    free(y);
    free(E);
    free(pop);
}

/* A hidden count keeps no value past this point, nor what would give it back: its rate and
 * interval, and the change against the baseline. */
static void wipe(rp_regional *r)
{
    for (size_t i = 0; i < r->k; i++) {
        rp_regional_row *w = &r->rows[i];
        if (w->hidden) {
            w->s.count = w->s.rate.estimate = w->s.rate.lo = w->s.rate.hi = NAN;
        }
        if (w->base_hidden)
            w->base_count = NAN;
        if (w->hidden || w->base_hidden)
            w->change.estimate = w->change.lo = w->change.hi = NAN;
    }
    for (size_t i = 0; i < r->nleft; i++)
        if (r->left_out_hidden[i])
            r->left_out_count[i] = NAN;
}

rp_regional *rp_regional_build(const rp_project *p, int ind, int year, int baseline,
                               double level, const char **why)
{
    return rp_regional_build_marked(p, ind, year, baseline, level, NULL, NULL, why);
}

void rp_regional_withhold_national(rp_regional *r)
{
    r->national_hidden = 1;
    r->test_withheld = 1;
    r->sum.total = r->sum.national_rate = NAN;
    r->sum.chi2 = r->sum.p_value = r->sum.phi = r->sum.tau2 = NAN;
    r->sum.top40_share = r->sum.share_for_75 = r->sum.gini = NAN;
    r->sum.overdispersed = 0;
    free(r->curve);
    r->curve = NULL;
    r->ncurve = 0;
    r->eb_a = r->eb_b = NAN; /* fitted against the national rate */
    for (size_t i = 0; i < r->k; i++) {
        rp_region_stat *s = &r->rows[i].s;
        s->f95_lo = s->f95_hi = s->f998_lo = s->f998_hi = NAN;
        s->signal = s->warn95 = 0;
        s->eb_rate = s->eb_lo = s->eb_hi = s->shrinkage = NAN;
    }
}

rp_regional *rp_regional_build_marked(const rp_project *p, int ind, int year, int baseline,
                                      double level, const unsigned char *marks,
                                      const unsigned char *base_marks, const char **why)
{
    *why = NULL;
    if (ind < 0 || (size_t)ind >= p->m->nindicators || !rp_regional_usable(p, ind)) {
        *why = RP_N("the indicator has no counts per region (it needs measure count or rate "
                    "on a dataset with a region column)");
        return NULL;
    }
    const rp_indicator_data *d = p->ind[ind];
    rp_regional *r = calloc(1, sizeof *r);
    if (!r)
        return NULL;
    r->indicator = ind;
    r->per = d->def->measure == RP_MEASURE_RATE ? d->def->per : 100000;
    r->year = pick_year(d, year, p->m->report_year);
    r->baseline = baseline ? baseline : d->year_min;
    if (r->year < d->year_min || r->year > d->year_max || !d->present[r->year - d->year_min] ||
        r->baseline < d->year_min || r->baseline > d->year_max ||
        !d->present[r->baseline - d->year_min]) {
        *why = RP_N("the data have no rows in that year");
        free(r);
        return NULL;
    }
    int ok = fill(r, p, d, level, why);
    if (ok == 0 && marks && base_marks) {
        take_marks(r, marks, 0);
        take_marks(r, base_marks, 1);
    } else if (ok == 0) {
        ok = suppress(r, d, r->year, p->m->suppress_below, 0) ||
             suppress(r, d, r->baseline, p->m->suppress_below, 1);
    }
    if (ok != 0 || recheck(r, level) != 0 || funnel_curve(r) != 0) {
        rp_regional_free(r);
        return NULL;
    }
    empirical_bayes(r, level);
    wipe(r);
    return r;
}

int rp_regional_by_rate(const void *a, const void *b)
{
    const rp_regional_row *u = *(const rp_regional_row *const *)a;
    const rp_regional_row *v = *(const rp_regional_row *const *)b;
    double x = u->s.rate.estimate, y = v->s.rate.estimate;
    if (u->hidden || v->hidden || isnan(x) || isnan(y)) {
        int hu = u->hidden || isnan(x), hv = v->hidden || isnan(y);
        if (hu != hv)
            return hu - hv;
        return (u->region > v->region) - (u->region < v->region);
    }
    if (x != y)
        return (x < y) - (x > y);
    return (u->region > v->region) - (u->region < v->region);
}

void rp_regional_free(rp_regional *r)
{
    if (!r)
        return;
    free(r->curve);
    free(r->rows);
    free(r->left_out);
    free(r->left_out_count);
    free(r->left_out_hidden);
    free(r);
}
