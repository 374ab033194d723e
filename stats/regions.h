/* Regional comparison: rates with intervals, funnel-plot limits around the national rate,
 * a chi-square test of heterogeneity and concentration measures (SPEC section 6). */
#ifndef RP_STATS_REGIONS_H
#define RP_STATS_REGIONS_H

#include <stddef.h>
#include "stats/interval.h"

enum { RP_SIGNAL_LOW = -1, RP_SIGNAL_WITHIN = 0, RP_SIGNAL_HIGH = 1 };

/* Funnel limits: exact Poisson (PHEindicatormethods), or widened for over-dispersion by a
 * multiplicative factor or an additive random effect (Spiegelhalter 2005); auto uses the
 * additive random effect when the winsorised dispersion test says the regions vary more than
 * Poisson counts can, else exact limits. */
typedef enum {
    RP_FUNNEL_AUTO = 0, RP_FUNNEL_EXACT, RP_FUNNEL_MULTIPLICATIVE, RP_FUNNEL_ADDITIVE
} rp_funnel_method;

typedef struct rp_region_stat {
    double count, population;
    rp_ci rate;                    /* per `per`, with its interval */
    double f95_lo, f95_hi;         /* funnel limits as rates */
    double f998_lo, f998_hi;
    int signal;                    /* outside the 99.8% limits */
    int warn95;                    /* outside the 95% limits (same coding) */
    /* Empirical Bayes (stats/eb.h; set by stats/regional.c, NaN when not fitted): the
     * Poisson-gamma posterior mean and interval, and Marshall's estimate, as rates per `per`;
     * shrinkage 1 - C, the part of the way from the crude rate to the mean. */
    double eb_rate, eb_lo, eb_hi, marshall_rate, shrinkage;
} rp_region_stat;

typedef struct rp_regions_summary {
    size_t k;                      /* regions compared */
    double total, population;
    double national_rate;          /* per `per` */
    double chi2, df, p_value;
    double top40_share;            /* share of the total from the ceil(0.4 k) largest */
    double share_for_75;           /* smallest fraction of regions reaching 75% of the total */
    double gini;
    rp_funnel_method funnel;       /* the limits used (never AUTO) */
    int funnel_fallback;           /* widened limits were asked for, but too few regions
                                    * (fewer than 3) leave no dispersion to widen them by:
                                    * the limits are exact, and the outputs say so */
    double phi;                    /* winsorised dispersion: mean of the squared z-scores */
    double tau2;                   /* additive random-effect variance (rate^2, per 1) */
    int overdispersed;             /* k phi above the 95% point of chi-square on k - 1 df */
} rp_regions_summary;

/* The exact Poisson funnel count at an expected count: the E at which a region sits exactly on
 * one-sided tail probability p, continuous in E through the incomplete gamma function (for a
 * whole E the same as PHEindicatormethods' poisson_funnel): upper, P(X >= E) =
 * Gamma_P(E, expected) = p; lower, P(X <= E) = Gamma_Q(E + 1, expected) = p (negative when
 * even 0 is not that unlikely: then there is no lower limit). */
double rp_funnel_count(double expected, double p, int upper);

/* The four funnel limits as rates per `per` at a population (lo95, hi95, lo998, hi998)
 * under the summary's method, never below 0. */
void rp_funnel_limits(const rp_regions_summary *sum, double population, double per,
                      double lim[4]);

/* k regions with counts >= 0 and populations > 0. out has k entries. method: the limits
 * asked for (AUTO chooses). A region signals high (low) when its count lies beyond the 99.8%
 * limit, which for exact limits is the exact one-sided Poisson test at 0.001. Returns RP_OK,
 * RP_EINVAL or RP_EDATA (no regions, or a total of 0). */
int rp_regions_compare(const double *count, const double *pop, size_t k, double per,
                       double level, rp_funnel_method method, rp_region_stat *out,
                       rp_regions_summary *sum);

/* Concentration of k counts (any order): top40_share, share_for_75 and gini as above. */
void rp_concentration(const double *count, size_t k, double *top40, double *share75,
                      double *gini);

#endif
