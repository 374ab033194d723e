/* Trends of one series: log-linear Poisson (quasi-Poisson) and linear least squares, with the
 * CSV contracts' fields of SPEC section 5. */
#ifndef RP_TREND_H
#define RP_TREND_H

#include <stddef.h>

typedef struct rp_trend_fit {
    size_t n;
    double intercept;        /* at x = 0 (not centred) */
    double slope, slope_se, slope_lo, slope_hi;
    double t, df, p_value;
    double dispersion;       /* Poisson: Pearson chi-square / df; linear: residual variance */
    double r2;               /* linear only */
    double apc, apc_lo, apc_hi; /* Poisson only: 100 (e^b - 1) */
    double deviance;
    /* for predictions: the fit on centred x, a_c + b (x - centre), and the covariance of
     * (a_c, b), scaled by the dispersion (Poisson) or s^2 (linear) */
    double centre, a_c, var_a, var_b, cov_ab;
} rp_trend_fit;

/* Log-linear quasi-Poisson trend: log mu = a + b x (+ log offset when offset is not NULL).
 * Standard errors scaled by the Pearson dispersion, intervals and p from the t distribution
 * on n - 2 df, APC = 100 (e^b - 1). Needs n >= 3, counts >= 0 not all zero, offsets > 0.
 * Returns RP_OK or an RP_E* code (stats/interval.h). Agrees with R's
 * glm(y ~ x + offset(log(offset)), family = quasipoisson). */
int rp_trend_poisson(const double *x, const double *y, const double *offset, size_t n,
                     double level, rp_trend_fit *out);

/* OLS trend y = a + b x with t intervals on n - 2 df, R^2 and the slope's p-value. Needs
 * n >= 3 and x not constant. Agrees with R's lm and the NIST StRD certified values. */
int rp_trend_linear(const double *x, const double *y, size_t n, double level,
                    rp_trend_fit *out);

#endif
