/* The indicator's trend: one fit over its trend window, the line a section draws and states. */
#include "stats/series.h"
#include "stats/interval.h"
#include "stats/trend.h"

#include <gsl/gsl_cdf.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The value on the model's scale: a log count or rate (Poisson), the value (linear), or the
 * logit of a share (empirical logit (r + 0.5)/(n - r + 0.5) for counted shares, Cox 1970). */
static double model_value(const rp_series *s, const rp_point *pt)
{
    switch (s->def->measure) {
    case RP_MEASURE_SHARE:
        if (!(pt->den > 0)) { /* published as a figure without its n */
            double q = pt->value < 0.001 ? 0.001 : pt->value > 0.999 ? 0.999 : pt->value;
            return log(q / (1 - q));
        }
        return log((pt->num + 0.5) / (pt->den - pt->num + 0.5));
    case RP_MEASURE_RECIDIVISM: {
        double q = pt->value < 0.001 ? 0.001 : pt->value > 0.999 ? 0.999 : pt->value;
        return log(q / (1 - q));
    }
    case RP_MEASURE_MEAN:
        return pt->value;
    default:
        return pt->num;
    }
}

static void copy_fit(rp_projection *pr, const rp_trend_fit *t)
{
    pr->centre = t->centre;
    pr->a = t->a_c;
    pr->b = t->slope;
    pr->var_a = t->var_a;
    pr->var_b = t->var_b;
    pr->cov_ab = t->cov_ab;
    pr->df = t->df;
    pr->dispersion = t->dispersion;
}

/* Whether point pt may carry the section's trend: shown, a value of its own (not an
 * estimate, which tests a source's modelling rather than the register). */
static rp_why trend_point(const rp_series *s, const rp_point *pt)
{
    if (!pt->present || !pt->estimable)
        return RP_WHY_MISSING;
    if (pt->suppressed)
        return RP_WHY_HIDDEN;
    if (pt->flags & RP_FLAG_E)
        return RP_WHY_ESTIMATED;
    return pt->year < s->seg_start ? RP_WHY_BREAK : RP_WHY_NONE;
}

/* The window of the section's trend: the recent-trend marker's five years when it was
 * calculated; else the latest run of consecutive usable years ending at the latest value,
 * at most five, so that no fit reaches back over a gap to an isolated early value. */
static rp_why trend_window(const rp_series *s, int *first, int *last)
{
    if (s->marker.mark != RP_MARK_CANNOT) {
        *first = s->marker.first;
        *last = s->marker.last;
        return RP_WHY_NONE;
    }
    *last = rp_series_latest(s);
    if (!*last)
        return RP_WHY_FEW_POINTS;
    rp_why why = trend_point(s, rp_series_at(s, *last));
    if (why)
        return why;
    *first = *last;
    while (*first > *last - 4 && *first > s->year_min &&
           trend_point(s, rp_series_at(s, *first - 1)) == RP_WHY_NONE)
        (*first)--;
    if (*last - *first + 1 >= 3)
        return RP_WHY_NONE;
    return *first == s->seg_start && s->seg_start > s->year_min ? RP_WHY_FEW_SINCE_BREAK
                                                                : RP_WHY_FEW_RECENT;
}

/* Counts and rates: quasi-Poisson log-linear (with population as offset for rates); means:
 * ordinary least squares; shares and recidivism: least squares on the logit. Fitted over the
 * trend window; a window with a hidden value gets no fit (a Poisson fit with an intercept has
 * sum(fitted) = sum(observed): its line would give a hidden count back). */
void rp_series_fit_projection(rp_series *s)
{
    rp_projection *pr = &s->proj;
    memset(pr, 0, sizeof *pr);
    int first = 0, last = 0;
    pr->reason = trend_window(s, &first, &last);
    if (pr->reason)
        return;
    double *x = malloc(5 * sizeof *x), *y = malloc(5 * sizeof *y), *off = malloc(5 * sizeof *off);
    size_t m = 0;
    for (int year = first; x && y && off && year <= last; year++) {
        const rp_point *pt = rp_series_at(s, year);
        if (trend_point(s, pt) != RP_WHY_NONE) {
            pr->reason = trend_point(s, pt);
            m = 0;
            break;
        }
        x[m] = year;
        y[m] = model_value(s, pt);
        off[m++] = pt->den;
    }
    rp_trend_fit t;
    int r = RP_EDATA;
    rp_measure meas = s->def->measure;
    if (m >= 3 && (meas == RP_MEASURE_COUNT || meas == RP_MEASURE_RATE)) {
        r = rp_trend_poisson(x, y, meas == RP_MEASURE_RATE ? off : NULL, m, 0.95, &t);
        pr->model = RP_PROJ_POISSON;
        pr->scale = meas == RP_MEASURE_RATE ? s->per / off[m - 1] : 1;
        pr->mult = meas == RP_MEASURE_RATE ? s->per : 1;
    } else if (m >= 3) {
        r = rp_trend_linear(x, y, m, 0.95, &t);
        pr->model = meas == RP_MEASURE_MEAN ? RP_PROJ_LINEAR : RP_PROJ_LOGIT;
    }
    if (r == RP_OK) {
        copy_fit(pr, &t);
        pr->first = (int)x[0];
        pr->last = (int)x[m - 1];
        pr->n = m;
    } else {
        pr->model = RP_PROJ_NONE;
        if (!pr->reason)
            pr->reason = RP_WHY_NO_FIT;
    }
    free(x);
    free(y);
    free(off);
}

/* The prediction at year on the model scale: eta with the variance of the fitted line there,
 * plus the variance of a new observation. Poisson: v = mult exp(eta), Var = v^2 Var(eta) +
 * phi v scale (delta method, quasi-Poisson noise); linear and logit: s^2 + Var(eta). */
static void predict(const rp_projection *pr, int year, double *eta, double *sd_eta, double *v,
                    double *sd)
{
    double d = year - pr->centre;
    double var_eta = pr->var_a + d * d * pr->var_b + 2 * d * pr->cov_ab;
    *eta = pr->a + pr->b * d;
    if (pr->model == RP_PROJ_POISSON) {
        *v = pr->mult * exp(*eta);
        *sd = sqrt(*v * *v * var_eta + pr->dispersion * *v * pr->scale);
        *sd_eta = sqrt(var_eta);
    } else {
        *v = *eta;
        *sd_eta = *sd = sqrt(var_eta + pr->dispersion);
    }
}

static double expit(double x) { return 1 / (1 + exp(-x)); }

void rp_projection_at(const rp_projection *pr, int year, double level, double *value,
                      double *lo, double *hi)
{
    *value = *lo = *hi = NAN;
    if (pr->model == RP_PROJ_NONE)
        return;
    double eta, sd_eta, v, sd, q = rp_t(level, pr->df);
    predict(pr, year, &eta, &sd_eta, &v, &sd);
    if (pr->model == RP_PROJ_LOGIT) {
        *value = expit(eta);
        *lo = expit(eta - q * sd);
        *hi = expit(eta + q * sd);
    } else {
        *value = v;
        *lo = v - q * sd;
        *hi = v + q * sd;
        if (pr->model == RP_PROJ_POISSON && *lo < 0)
            *lo = 0;
    }
}

double rp_projection_p_meet(const rp_projection *pr, int year, double target, int up)
{
    if (pr->model == RP_PROJ_NONE || isnan(target))
        return NAN;
    double eta, sd_eta, v, sd;
    predict(pr, year, &eta, &sd_eta, &v, &sd);
    double z;
    if (pr->model == RP_PROJ_LOGIT) {
        if (target <= 0)
            return up ? 1 : 0;
        if (target >= 1)
            return up ? 0 : 1;
        z = (log(target / (1 - target)) - eta) / sd;
    } else {
        z = (target - v) / sd;
    }
    double below = gsl_cdf_tdist_P(z, pr->df);
    return up ? 1 - below : below;
}

int rp_projection_apc(const rp_projection *pr, double level, double *apc, double *lo, double *hi)
{
    *apc = *lo = *hi = NAN;
    if (pr->model != RP_PROJ_POISSON)
        return -1;
    double h = rp_t(level, pr->df) * sqrt(pr->var_b);
    *apc = 100 * (exp(pr->b) - 1);
    *lo = 100 * (exp(pr->b - h) - 1);
    *hi = 100 * (exp(pr->b + h) - 1);
    return 0;
}
