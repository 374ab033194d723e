/* Regional rates, funnel limits, heterogeneity and concentration. */
#include "stats/regions.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_roots.h>
#include <gsl/gsl_sf_gamma.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct tail_eq {
    double expected, p;
    int upper;
} tail_eq;

static double tail_gap(double E, void *arg)
{
    const tail_eq *t = arg;
    return t->upper ? gsl_sf_gamma_inc_P(E, t->expected) - t->p
                    : gsl_sf_gamma_inc_Q(E + 1, t->expected) - t->p;
}

double rp_funnel_count(double expected, double p, int upper)
{
    if (!(expected > 0) || !(p > 0 && p < 0.5))
        return NAN;
    tail_eq t = {expected, p, upper};
    gsl_function f = {tail_gap, &t};
    double lo = upper ? 1e-9 : -1 + 1e-9, hi = expected + 10 * sqrt(expected) + 10;
    while (tail_gap(hi, &t) * tail_gap(lo, &t) > 0 && hi < 1e12)
        hi *= 2;
    gsl_root_fsolver *s = gsl_root_fsolver_alloc(gsl_root_fsolver_brent);
    double root = NAN;
    if (s && gsl_root_fsolver_set(s, &f, lo, hi) == GSL_SUCCESS) {
        for (int i = 0; i < 200; i++) {
            if (gsl_root_fsolver_iterate(s) != GSL_SUCCESS)
                break;
            double a = gsl_root_fsolver_x_lower(s), b = gsl_root_fsolver_x_upper(s);
            root = gsl_root_fsolver_root(s);
            if (gsl_root_test_interval(a, b, 0, 1e-13) == GSL_SUCCESS)
                break;
        }
    }
    if (s)
        gsl_root_fsolver_free(s);
    return root;
}

/* Limits at one-sided tail probability p (0.025, 0.001) as rates per unit. Exact: the funnel
 * counts over the expected count. Over-dispersed (Spiegelhalter 2005, "Funnel plots for
 * comparing institutional performance", Stat Med 24:1185, section 3.3): theta +- z_p
 * sqrt(phi theta / n) (multiplicative), theta +- z_p sqrt(theta / n + tau^2) (additive). */
static void limits_at(const rp_regions_summary *sum, double theta, double n, double p,
                      double *lo, double *hi)
{
    if (sum->funnel == RP_FUNNEL_EXACT) {
        double e = theta * n;
        *lo = fmax(0, rp_funnel_count(e, p, 0)) / n;
        *hi = rp_funnel_count(e, p, 1) / n;
        return;
    }
    double z = gsl_cdf_ugaussian_Qinv(p), v = theta / n;
    v = sum->funnel == RP_FUNNEL_MULTIPLICATIVE ? fmax(sum->phi, 1) * v : v + sum->tau2;
    *lo = fmax(0, theta - z * sqrt(v));
    *hi = theta + z * sqrt(v);
}

void rp_funnel_limits(const rp_regions_summary *sum, double population, double per,
                      double lim[4])
{
    double theta = sum->national_rate / per;
    limits_at(sum, theta, population, 0.025, &lim[0], &lim[1]);
    limits_at(sum, theta, population, 0.001, &lim[2], &lim[3]);
    for (int i = 0; i < 4; i++)
        lim[i] *= per;
}

static int cmp_asc(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* Type-7 quantile of n sorted values (R's default). */
static double quantile7(const double *x, size_t n, double p)
{
    double h = (double)(n - 1) * p;
    size_t i = (size_t)floor(h);
    return i + 1 < n ? x[i] + (h - (double)i) * (x[i + 1] - x[i]) : x[n - 1];
}

/* Over-dispersion (Spiegelhalter 2005, section 3.3): z-scores z_i = (y_i - theta) / s_i with
 * s_i^2 = theta / n_i, winsorised at their 10% and 90% quantiles; phi = mean z^2; k phi is
 * compared with chi-square on k - 1 df; the additive random effect tau^2 = (k phi - (k - 1)) /
 * (sum w - sum w^2 / sum w), w_i = 1 / s_i^2, and 0 when k phi <= k - 1. */
static void dispersion(const double *count, const double *pop, size_t k, double theta,
                       rp_regions_summary *sum)
{
    double *z = malloc(k * sizeof *z), *zs = malloc(k * sizeof *zs);
    sum->phi = NAN;
    if (z && zs && k >= 3) {
        double sw = 0, sw2 = 0, ss = 0;
        for (size_t i = 0; i < k; i++) {
            zs[i] = z[i] = (count[i] / pop[i] - theta) / sqrt(theta / pop[i]);
            sw += pop[i] / theta;
            sw2 += (pop[i] / theta) * (pop[i] / theta);
        }
        qsort(zs, k, sizeof *zs, cmp_asc);
        double q10 = quantile7(zs, k, 0.1), q90 = quantile7(zs, k, 0.9);
        for (size_t i = 0; i < k; i++) {
            double w = z[i] < q10 ? q10 : z[i] > q90 ? q90 : z[i];
            ss += w * w;
        }
        double kd = (double)k;
        sum->phi = ss / kd;
        sum->overdispersed = kd * sum->phi > gsl_cdf_chisq_Pinv(0.95, kd - 1);
        sum->tau2 = kd * sum->phi > kd - 1 ? (kd * sum->phi - (kd - 1)) / (sw - sw2 / sw) : 0;
    }
    free(z);
    free(zs);
}

static int cmp_desc(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x < y) - (x > y);
}

/* top40: the share of the ceil(0.4 k) largest counts; share_for_75: the fewest regions
 * (as a fraction of k) whose largest counts reach 75%; Gini: mean absolute difference over
 * twice the mean, sum_ij |x_i - x_j| / (2 k^2 mean) (Gini 1912). */
void rp_concentration(const double *count, size_t k, double *top40, double *share75,
                      double *gini)
{
    *top40 = *share75 = *gini = NAN;
    double *x = malloc((k ? k : 1) * sizeof *x), total = 0;
    if (!x || k == 0) {
        free(x);
        return;
    }
    memcpy(x, count, k * sizeof *x);
    qsort(x, k, sizeof *x, cmp_desc);
    for (size_t i = 0; i < k; i++)
        total += x[i];
    if (total > 0) {
        size_t top = (size_t)ceil(0.4 * (double)k - 1e-9);
        double s = 0, cum = 0, mad = 0;
        for (size_t i = 0; i < top; i++)
            s += x[i];
        *top40 = s / total;
        for (size_t i = 0; i < k; i++) {
            cum += x[i];
            if (cum >= 0.75 * total - 1e-9 * total) {
                *share75 = (double)(i + 1) / (double)k;
                break;
            }
        }
        /* with x sorted descending, sum_ij |x_i - x_j| = 2 sum_i x_i (k - 1 - 2i) */
        for (size_t i = 0; i < k; i++)
            mad += 2 * x[i] * ((double)k - 1 - 2 * (double)i);
        *gini = mad / (2.0 * (double)k * (double)k * (total / (double)k));
    }
    free(x);
}

/* Signals at 99.8% and warnings at 95%: beyond the limits; for exact limits the count
 * against the funnel counts, which is the exact one-sided Poisson test (PHEindicatormethods'
 * assign_funnel_significance for counts below 10, and the same test above). */
static void signals(rp_region_stat *r, const rp_regions_summary *sum, double theta)
{
    if (sum->funnel == RP_FUNNEL_EXACT) {
        double e = theta * r->population;
        r->signal = r->count > rp_funnel_count(e, 0.001, 1)   ? RP_SIGNAL_HIGH
                    : r->count < rp_funnel_count(e, 0.001, 0) ? RP_SIGNAL_LOW
                                                              : RP_SIGNAL_WITHIN;
        r->warn95 = r->count > rp_funnel_count(e, 0.025, 1)   ? RP_SIGNAL_HIGH
                    : r->count < rp_funnel_count(e, 0.025, 0) ? RP_SIGNAL_LOW
                                                              : RP_SIGNAL_WITHIN;
        return;
    }
    double rate = r->rate.estimate;
    r->signal = rate > r->f998_hi ? RP_SIGNAL_HIGH : rate < r->f998_lo ? RP_SIGNAL_LOW
                                                                       : RP_SIGNAL_WITHIN;
    r->warn95 = rate > r->f95_hi ? RP_SIGNAL_HIGH : rate < r->f95_lo ? RP_SIGNAL_LOW
                                                                     : RP_SIGNAL_WITHIN;
}

int rp_regions_compare(const double *count, const double *pop, size_t k, double per,
                       double level, rp_funnel_method method, rp_region_stat *out,
                       rp_regions_summary *sum)
{
    memset(sum, 0, sizeof *sum);
    if (k == 0)
        return RP_EDATA;
    for (size_t i = 0; i < k; i++) {
        if (!(count[i] >= 0) || !(pop[i] > 0))
            return RP_EINVAL;
        sum->total += count[i];
        sum->population += pop[i];
    }
    if (!(sum->total > 0))
        return RP_EDATA;
    double theta = sum->total / sum->population;
    sum->k = k;
    sum->national_rate = theta * per;
    dispersion(count, pop, k, theta, sum);
    sum->funnel = method != RP_FUNNEL_AUTO ? method
                  : sum->overdispersed    ? RP_FUNNEL_ADDITIVE
                                          : RP_FUNNEL_EXACT;
    if (isnan(sum->phi) && sum->funnel != RP_FUNNEL_EXACT) {
        sum->funnel = RP_FUNNEL_EXACT; /* too few regions to estimate the dispersion */
        sum->funnel_fallback = method != RP_FUNNEL_AUTO;
    }
    /* Pearson's chi-square of the counts against population-expected counts, k - 1 df;
     * reference R: chisq.test(count, p = pop / sum(pop)) */
    for (size_t i = 0; i < k; i++) {
        rp_region_stat *r = &out[i];
        double e = theta * pop[i], lim[4];
        r->count = count[i];
        r->population = pop[i];
        r->eb_rate = r->eb_lo = r->eb_hi = r->marshall_rate = r->shrinkage = NAN;
        rp_ci_rate(count[i], pop[i], per, level, RP_CI_AUTO, &r->rate);
        rp_funnel_limits(sum, pop[i], per, lim);
        r->f95_lo = lim[0];
        r->f95_hi = lim[1];
        r->f998_lo = lim[2];
        r->f998_hi = lim[3];
        signals(r, sum, theta);
        sum->chi2 += (count[i] - e) * (count[i] - e) / e;
    }
    sum->df = (double)k - 1;
    sum->p_value = k > 1 ? gsl_cdf_chisq_Q(sum->chi2, sum->df) : NAN;
    rp_concentration(count, k, &sum->top40_share, &sum->share_for_75, &sum->gini);
    return RP_OK;
}
