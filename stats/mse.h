/* Multiple systems estimation of a hidden population from the overlap of t lists: log-linear
 * Poisson models on the 2^t - 1 observable capture histories, as the R package SparseMSE
 * (Chan, Silverman and Vincent 2021), with its checks of existence and identifiability. */
#ifndef RP_MSE_H
#define RP_MSE_H

#include <stddef.h>

/* At most this many lists: a model has 2^t - 1 cells and stepwise selection considers
 * t(t-1)/2 pairs, each checked by a linear program over every cell. */
#define RP_MSE_MAX_LISTS 12

/* Capture histories are bit masks: bit i set when the person is on list i. A table of counts
 * cell[h] for h = 0 .. 2^t - 1 holds every history; cell[0] (on no list) is never read. */

typedef struct rp_mse_pair {
    int a, b;          /* list indices, a < b */
    int empty;         /* set by the fit: no one is on both lists (handled by removing the
                          histories that hold both, as SparseMSE's buildmodel) */
} rp_mse_pair;

typedef enum { RP_MSE_MAIN = 0, RP_MSE_FIXED, RP_MSE_STEPWISE } rp_mse_method;

typedef struct rp_mse_spec {
    rp_mse_method method;
    const rp_mse_pair *terms;   /* fixed: the two-list interactions; borrowed */
    size_t nterms;
    double threshold;           /* stepwise: p-value to add a term (SparseMSE: 0.02) */
    double level;               /* confidence level of the interval (0.95) */
} rp_mse_spec;

/* Ownership: the terms array belongs to the result; release with rp_mse_result_clear. */
typedef struct rp_mse_result {
    double observed;            /* people on at least one list */
    double dark;                /* exp(intercept): the people on no list */
    double estimate;            /* observed + dark */
    double lo, hi;              /* interval of the total (log-normal, or BCa after bootstrap) */
    double intercept, se;       /* of the fitted model; se from the unscaled covariance */
    rp_mse_pair *terms;         /* the model's two-list terms, in the order they were added */
    size_t nterms;
    size_t cells;               /* cells the model was fitted to */
    double deviance, df;        /* df on the cells fitted to */
    double loglik;              /* Poisson log-likelihood (cells left out add 0: mu = y = 0) */
    double npar;                /* parameters with the intercept, a term whose pair never
                                   overlaps included (fitted at minus infinity), as glm on all
                                   2^t - 1 cells counts them */
    int boot_n, boot_failed;    /* bootstrap: replicates used and those that could not be fitted */
    double boot_accel, boot_bias; /* BCa acceleration a and bias correction z0 */
} rp_mse_result;

void rp_mse_result_clear(rp_mse_result *r);

/* Check codes of rp_mse_check, as SparseMSE's checkident: bit 1 set when the maximum
 * likelihood estimate does not exist (the linear program of Fienberg and Rinaldo 2012 has
 * optimum 0), bit 2 when the model is not identifiable (its design is rank deficient). */
#define RP_MSE_NOT_EXIST 1
#define RP_MSE_NOT_IDENT 2

/* Checks the model with main effects and the given terms on the table. Returns a combination
 * of the codes above (0: the estimate exists and is identifiable), or -1 when memory or the
 * linear program failed. */
int rp_mse_check(const double *cell, int t, const rp_mse_pair *terms, size_t nterms);

/* Fits the model of spec to the table (t lists, 2 <= t <= RP_MSE_MAX_LISTS) with the
 * log-normal interval. Returns RP_OK; RP_EINVAL for bad arguments or no one observed;
 * RP_EDATA when the model fails the check (main or fixed; stepwise only adds terms that pass,
 * and checks the main-effects model it ends with when it adds none) with *check set to its
 * codes; RP_ENOCONV or RP_ENOMEM. An estimate is never infinite: a fit whose estimate or
 * interval overflows is RP_EDATA with RP_MSE_NOT_EXIST. */
int rp_mse_estimate(const double *cell, int t, const rp_mse_spec *spec, rp_mse_result *r,
                    int *check);

/* Replaces r's interval by the BCa bootstrap interval of SparseMSE's estimatepopulation:
 * nboot multinomial resamples of the observed histories (seeded, the same whatever the number
 * of threads), each estimated by spec with its model selection repeated, and the acceleration
 * from the jackknife that removes one person at a time. r must hold the estimate of spec on
 * the same table. Runs on nthreads threads (0: one per online core).
 * Returns RP_OK, RP_EDATA when fewer than half the replicates could be fitted or the bias
 * correction is infinite (every replicate on one side of the estimate), or RP_ENOMEM. */
int rp_mse_bootstrap(const double *cell, int t, const rp_mse_spec *spec, int nboot,
                     unsigned long seed, int nthreads, rp_mse_result *r);

/* Sample quantile of type 8 (Hyndman and Fan 1996; R's quantile(type = 8)) of n sorted
 * values. */
double rp_quantile8(const double *sorted, size_t n, double p);

/* BCa limit (Efron 1987; SparseMSE's bcaconfvalues): the type-8 quantile of the sorted
 * bootstrap values at Phi(z0 + (z0 + z_alpha) / (1 - a (z0 + z_alpha))). */
double rp_bca_limit(const double *sorted, size_t n, double z0, double accel, double alpha);

#endif
