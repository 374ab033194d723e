/* Empirical-Bayes rates: the Poisson-gamma fit by maximum likelihood, its posteriors, and
 * Marshall's global estimator. */
#include "stats/eb.h"
#include "base/error.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_roots.h>
#include <gsl/gsl_sf_psi.h>
#include <math.h>

/* Beyond this shape the relative risks vary by less than 0.03% (coefficient of variation
 * 1 / sqrt(a)), and the score is below the rounding of its terms: no heterogeneity. */
#define RP_EB_A_MAX 1e7

typedef struct gdata {
    const double *y, *E;
    size_t k;
    double a;
} gdata;

/* Brent's method on f over [lo, hi] (f(lo) and f(hi) of opposite signs), to the last bits. */
static int root(double (*f)(double, void *), void *arg, double lo, double hi, double *x)
{
    gsl_function F = {f, arg};
    gsl_root_fsolver *s = gsl_root_fsolver_alloc(gsl_root_fsolver_brent);
    int st = s ? gsl_root_fsolver_set(s, &F, lo, hi) : GSL_ENOMEM;
    for (int i = 0; st == GSL_SUCCESS && i < 300; i++) {
        st = gsl_root_fsolver_iterate(s);
        double a = gsl_root_fsolver_x_lower(s), b = gsl_root_fsolver_x_upper(s);
        *x = gsl_root_fsolver_root(s);
        if (st == GSL_SUCCESS && gsl_root_test_interval(a, b, 0, 4e-16) == GSL_SUCCESS)
            break;
    }
    if (s)
        gsl_root_fsolver_free(s);
    return st == GSL_SUCCESS ? RP_OK : RP_ENOCONV;
}

/* b h(b) for b = e^u: k a - sum (a + y_i) b / (b + E_i), falling from k a to -sum y. */
static double b_equation(double u, void *arg)
{
    const gdata *g = arg;
    double b = exp(u), s = (double)g->k * g->a;
    for (size_t i = 0; i < g->k; i++)
        s -= (g->a + g->y[i]) * b / (b + g->E[i]);
    return s;
}

static int b_of_a(gdata *g, double *b)
{
    double lo = -1, hi = 1, u;
    while (b_equation(lo, g) <= 0 && lo > -700)
        lo *= 2;
    while (b_equation(hi, g) >= 0 && hi < 700)
        hi *= 2;
    if (b_equation(lo, g) <= 0 || b_equation(hi, g) >= 0 || root(b_equation, g, lo, hi, &u))
        return RP_ENOCONV;
    *b = exp(u);
    return RP_OK;
}

/* The profile score in a at a = e^v, b at its best for that a. */
static double a_score(double v, void *arg)
{
    gdata *g = arg;
    double b, s = 0;
    g->a = exp(v);
    if (b_of_a(g, &b) != RP_OK)
        return NAN;
    for (size_t i = 0; i < g->k; i++)
        s += gsl_sf_psi(g->a + g->y[i]) - gsl_sf_psi(g->a) - log1p(g->E[i] / b);
    return s;
}

int rp_eb_gamma_fit(const double *y, const double *E, size_t k, double *a, double *b)
{
    double sy = 0, sE = 0;
    *a = *b = NAN;
    if (k < 2)
        return RP_EINVAL;
    for (size_t i = 0; i < k; i++) {
        if (!(y[i] >= 0) || !(E[i] > 0) || !isfinite(y[i]) || !isfinite(E[i]))
            return RP_EINVAL;
        sy += y[i];
        sE += E[i];
    }
    if (!(sy > 0))
        return RP_EINVAL;
    gdata g = {y, E, k, 1};
    /* the score is positive near a = 0; a sign change further out brackets the maximum */
    double lo = log(1e-8), hi = 0;
    if (!(a_score(lo, &g) > 0))
        return RP_ENOCONV;
    double s = a_score(hi, &g);
    while (s > 0 && hi < log(RP_EB_A_MAX)) {
        lo = hi;
        hi += log(4.0);
        s = a_score(hi, &g);
    }
    if (isnan(s))
        return RP_ENOCONV;
    if (s > 0) { /* no heterogeneity: every region at the common relative risk */
        *a = INFINITY;
        *b = sy / sE;
        return RP_OK;
    }
    double v;
    if (root(a_score, &g, lo, hi, &v) != RP_OK)
        return RP_ENOCONV;
    g.a = exp(v);
    if (b_of_a(&g, b) != RP_OK)
        return RP_ENOCONV;
    *a = g.a;
    return RP_OK;
}

void rp_eb_posterior(double a, double b, double y, double E, double level, double *mean,
                     double *lo, double *hi)
{
    if (isinf(a)) {
        *mean = *lo = *hi = b;
        return;
    }
    double shape = a + y, rate = b + E, tail = (1 - level) / 2;
    *mean = shape / rate;
    *lo = gsl_cdf_gamma_Pinv(tail, shape, 1 / rate);
    *hi = gsl_cdf_gamma_Qinv(tail, shape, 1 / rate);
}

int rp_eb_marshall(const double *y, const double *n, size_t k, double *m, double *A)
{
    double sy = 0, sn = 0, s2 = 0;
    *m = *A = NAN;
    if (k < 1)
        return RP_EINVAL;
    for (size_t i = 0; i < k; i++) {
        if (!(y[i] >= 0) || !(n[i] > 0))
            return RP_EINVAL;
        sy += y[i];
        sn += n[i];
    }
    *m = sy / sn;
    for (size_t i = 0; i < k; i++)
        s2 += n[i] * (y[i] / n[i] - *m) * (y[i] / n[i] - *m);
    s2 /= sn;
    *A = fmax(0, s2 - *m / (sn / (double)k));
    return RP_OK;
}
