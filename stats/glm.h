/* Regression fits on GSL: the Poisson log-linear GLM by iteratively reweighted least squares
 * (with offsets and quasi-Poisson dispersion), and ordinary least squares. */
#ifndef RP_GLM_H
#define RP_GLM_H

#include <stddef.h>
#include <gsl/gsl_matrix.h>
#include <gsl/gsl_vector.h>

/* Ownership: rp_fit_alloc returns a fit the caller releases with rp_fit_free (NULL ok). */
typedef struct rp_fit {
    size_t n, p;
    gsl_vector *beta;        /* p coefficients */
    gsl_matrix *cov;         /* p x p; Poisson: unscaled (X'WX)^-1; OLS: s^2 (X'X)^-1 */
    gsl_vector *mu;          /* n fitted values */
    double deviance;         /* Poisson deviance; OLS: residual sum of squares */
    double pearson;          /* Pearson chi-square sum (y - mu)^2 / mu; OLS: as deviance */
    double df;               /* n - p */
    double dispersion;       /* quasi-Poisson: pearson / df; OLS: s^2 */
    double loglik;           /* Poisson log-likelihood */
    double tss;              /* OLS: total sum of squares about the mean */
    int iterations;
} rp_fit;

rp_fit *rp_fit_alloc(size_t n, size_t p);
void rp_fit_free(rp_fit *f);

/* Poisson GLM with log link: log mu = X beta + offset (offset may be NULL). y >= 0, not all
 * zero. Returns RP_OK, RP_EINVAL (bad input), RP_EDATA (n <= p) or RP_ENOCONV. */
int rp_glm_poisson(const gsl_matrix *X, const gsl_vector *y, const gsl_vector *offset,
                   rp_fit *f);
/* The same, also when n == p (a saturated model, whose dispersion is NaN): the log-linear
 * models of multiple systems estimation may use every observable cell. */
int rp_glm_poisson_saturated(const gsl_matrix *X, const gsl_vector *y,
                             const gsl_vector *offset, rp_fit *f);
/* OLS of y on X. Returns RP_OK, RP_EDATA (n <= p) or RP_EINVAL. */
int rp_ols(const gsl_matrix *X, const gsl_vector *y, rp_fit *f);

/* Standard error of coefficient j, scaled by the dispersion when scale is set. */
double rp_fit_se(const rp_fit *f, size_t j, int scale);
/* Two-sided p-value of t = b/se on df degrees of freedom. */
double rp_p_t(double t, double df);

#endif
