/* Regional rates, funnel limits, heterogeneity and concentration. */
#include "stats/regions.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_randist.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

double rp_poisson_limit(double expected, double p)
{
    if (!(expected > 0))
        return 0;
    /* the smallest y with P(Y <= y) >= p, searched from a normal guess */
    double guess = floor(expected + gsl_cdf_ugaussian_Pinv(p) * sqrt(expected));
    unsigned y = guess > 0 ? (unsigned)guess : 0;
    while (y > 0 && gsl_cdf_poisson_P(y - 1, expected) >= p)
        y--;
    while (gsl_cdf_poisson_P(y, expected) < p)
        y++;
    double F = gsl_cdf_poisson_P(y, expected), f = gsl_ran_poisson_pdf(y, expected);
    double v = (double)y - (F - p) / f;
    /* at y_p = 0 the interpolation runs below zero, which no count can be */
    return v > 0 ? v : 0;
}

double rp_funnel_rate(double national_rate, double population, double p, double per)
{
    return rp_poisson_limit(national_rate / per * population, p) / population * per;
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

int rp_regions_compare(const double *count, const double *pop, size_t k, double per,
                       double level, rp_region_stat *out, rp_regions_summary *sum)
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
    /* Pearson's chi-square of the counts against population-expected counts, k - 1 df;
     * reference R: chisq.test(count, p = pop / sum(pop)) */
    for (size_t i = 0; i < k; i++) {
        rp_region_stat *r = &out[i];
        double e = theta * pop[i];
        r->count = count[i];
        r->population = pop[i];
        rp_ci_rate(count[i], pop[i], per, level, RP_CI_AUTO, &r->rate);
        r->f95_lo = rp_poisson_limit(e, 0.025) / pop[i] * per;
        r->f95_hi = rp_poisson_limit(e, 0.975) / pop[i] * per;
        r->f998_lo = rp_poisson_limit(e, 0.001) / pop[i] * per;
        r->f998_hi = rp_poisson_limit(e, 0.999) / pop[i] * per;
        double rate = r->rate.estimate;
        r->signal = rate > r->f998_hi ? RP_SIGNAL_HIGH : rate < r->f998_lo ? RP_SIGNAL_LOW
                                                                           : RP_SIGNAL_WITHIN;
        r->warn95 = rate > r->f95_hi ? RP_SIGNAL_HIGH : rate < r->f95_lo ? RP_SIGNAL_LOW
                                                                         : RP_SIGNAL_WITHIN;
        sum->chi2 += (count[i] - e) * (count[i] - e) / e;
    }
    sum->df = (double)k - 1;
    sum->p_value = k > 1 ? gsl_cdf_chisq_Q(sum->chi2, sum->df) : NAN;
    rp_concentration(count, k, &sum->top40_share, &sum->share_for_75, &sum->gini);
    return RP_OK;
}
