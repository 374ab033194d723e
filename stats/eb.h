/* Empirical-Bayes rates of small areas: the Poisson-gamma model (Clayton and Kaldor 1987) and
 * Marshall's (1991) global estimator, which shrink the rates of small regions towards the
 * common one by as much as chance explains of their spread. */
#ifndef RP_EB_H
#define RP_EB_H

#include <stddef.h>

/* Poisson-gamma: y_i ~ Poisson(E_i theta_i), theta_i ~ Gamma(shape a, rate b), so that y_i is
 * negative binomial with size a and mean E_i a / b. a and b maximise sum_i log
 * [Gamma(a + y_i) / (Gamma(a) y_i!) (b / (b + E_i))^a (E_i / (b + E_i))^y_i] (Clayton and
 * Kaldor 1987, sec. 3; the likelihood of MASS::glm.nb(y ~ offset(log E)), theta = a): b
 * solves k a / b = sum (a + y_i) / (b + E_i) for each a, and a the profile score
 * sum psi(a + y_i) - psi(a) + log(b / (b + E_i)) = 0. When the counts vary no more than
 * Poisson counts can, the score stays positive: the maximum lies at a = infinity (no
 * heterogeneity), returned as *a = INFINITY and *b = sum y / sum E, the common relative risk;
 * so is a maximum beyond a = 10^7, where the relative risks vary by less than 0.03%.
 * Needs k >= 2, E_i > 0, y_i >= 0 and sum y > 0. Returns RP_OK, RP_EINVAL or RP_ENOCONV. */
int rp_eb_gamma_fit(const double *y, const double *E, size_t k, double *a, double *b);

/* The posterior of one region's relative risk, Gamma(a + y, b + E): its mean (a + y) / (b + E)
 * and the equal-tailed interval at level from the gamma quantiles. With a = INFINITY (b then
 * the common relative risk) all three are b. */
void rp_eb_posterior(double a, double b, double y, double E, double level, double *mean,
                     double *lo, double *hi);

/* Marshall's global estimator on rates r_i = y_i / n_i (spdep's EBest): m = sum y / sum n,
 * s^2 = sum n_i (r_i - m)^2 / sum n, A = s^2 - m / (sum n / k), set to 0 when negative; the
 * estimate of region i is m + C_i (r_i - m) with C_i = A / (A + m / n_i), and 1 - C_i its
 * shrinkage (0: the crude rate, 1: the mean). Writes *m and *A; rates per person. Needs k >= 1
 * and n_i > 0. Returns RP_OK or RP_EINVAL. */
int rp_eb_marshall(const double *y, const double *n, size_t k, double *m, double *A);

#endif
