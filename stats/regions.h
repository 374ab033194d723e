/* Regional comparison: rates with intervals, funnel-plot limits around the national rate,
 * a chi-square test of heterogeneity and concentration measures (SPEC section 6). */
#ifndef RP_STATS_REGIONS_H
#define RP_STATS_REGIONS_H

#include <stddef.h>
#include "stats/interval.h"

enum { RP_SIGNAL_LOW = -1, RP_SIGNAL_WITHIN = 0, RP_SIGNAL_HIGH = 1 };

typedef struct rp_region_stat {
    double count, population;
    rp_ci rate;                    /* per `per`, with its interval */
    double f95_lo, f95_hi;         /* funnel limits as rates */
    double f998_lo, f998_hi;
    int signal;                    /* outside the 99.8% limits */
    int warn95;                    /* outside the 95% limits (same coding) */
} rp_region_stat;

typedef struct rp_regions_summary {
    size_t k;                      /* regions compared */
    double total, population;
    double national_rate;          /* per `per` */
    double chi2, df, p_value;
    double top40_share;            /* share of the total from the ceil(0.4 k) largest */
    double share_for_75;           /* smallest fraction of regions reaching 75% of the total */
    double gini;
} rp_regions_summary;

/* The interpolated p-quantile of a Poisson count with mean expected (Spiegelhalter 2005,
 * appendix): y_p - (P(Y <= y_p) - p) / P(Y = y_p), floored at 0 (for small expected counts
 * the interpolation below y_p = 0 would go negative). */
double rp_poisson_limit(double expected, double p);

/* A funnel limit as a rate per `per` at a population, around a national rate per `per`. */
double rp_funnel_rate(double national_rate, double population, double p, double per);

/* k regions with counts >= 0 and populations > 0. out has k entries. Returns RP_OK,
 * RP_EINVAL or RP_EDATA (no regions, or a total of 0). */
int rp_regions_compare(const double *count, const double *pop, size_t k, double per,
                       double level, rp_region_stat *out, rp_regions_summary *sum);

/* Concentration of k counts (any order): top40_share, share_for_75 and gini as above. */
void rp_concentration(const double *count, size_t k, double *top40, double *share75,
                      double *gini);

#endif
