/* Poisson GLM by IRLS and ordinary least squares, on GSL. */
#include "stats/glm.h"
#include "stats/interval.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_multifit.h>
#include <math.h>
#include <stdlib.h>

#define IRLS_MAX_ITER 100
#define IRLS_EPS 1e-12

rp_fit *rp_fit_alloc(size_t n, size_t p)
{
    rp_fit *f = calloc(1, sizeof *f);
    if (!f)
        return NULL;
    f->n = n;
    f->p = p;
    f->beta = gsl_vector_calloc(p);
    f->cov = gsl_matrix_calloc(p, p);
    f->mu = gsl_vector_calloc(n);
    if (!f->beta || !f->cov || !f->mu) {
        rp_fit_free(f);
        return NULL;
    }
    return f;
}

void rp_fit_free(rp_fit *f)
{
    if (!f)
        return;
    if (f->beta)
        gsl_vector_free(f->beta);
    if (f->cov)
        gsl_matrix_free(f->cov);
    if (f->mu)
        gsl_vector_free(f->mu);
    free(f);
}

double rp_fit_se(const rp_fit *f, size_t j, int scale)
{
    double v = gsl_matrix_get(f->cov, j, j);
    return sqrt(scale ? v * f->dispersion : v);
}

double rp_p_t(double t, double df)
{
    if (isnan(t) || !(df > 0))
        return NAN;
    return 2 * gsl_cdf_tdist_Q(fabs(t), df);
}

/* Poisson deviance D = 2 sum [y log(y/mu) - (y - mu)], with y log y = 0 at y = 0. */
static double poisson_deviance(const gsl_vector *y, const gsl_vector *mu)
{
    double d = 0;
    for (size_t i = 0; i < y->size; i++) {
        double yi = gsl_vector_get(y, i), mi = gsl_vector_get(mu, i);
        d += (yi > 0 ? yi * log(yi / mi) : 0) - (yi - mi);
    }
    return 2 * d;
}

static int check_poisson_input(const gsl_matrix *X, const gsl_vector *y, const gsl_vector *off,
                               size_t min_df)
{
    double sum = 0;
    if (X->size1 != y->size || (off && off->size != y->size))
        return RP_EINVAL;
    if (y->size < X->size2 + min_df)
        return RP_EDATA;
    for (size_t i = 0; i < y->size; i++) {
        double v = gsl_vector_get(y, i);
        if (!(v >= 0) || !isfinite(v) || (off && !isfinite(gsl_vector_get(off, i))))
            return RP_EINVAL;
        sum += v;
    }
    return sum > 0 ? RP_OK : RP_EINVAL;
}

/* One IRLS step: working response z = eta - offset + (y - mu)/mu with weights mu, solved by
 * weighted least squares; returns the new deviance through f. */
static int irls_step(const gsl_matrix *X, const gsl_vector *y, const gsl_vector *off,
                     rp_fit *f, gsl_vector *z, gsl_vector *w, gsl_multifit_linear_workspace *ws)
{
    size_t n = y->size;
    for (size_t i = 0; i < n; i++) {
        double mi = gsl_vector_get(f->mu, i), o = off ? gsl_vector_get(off, i) : 0;
        gsl_vector_set(z, i, log(mi) - o + (gsl_vector_get(y, i) - mi) / mi);
        gsl_vector_set(w, i, mi);
    }
    double chisq;
    if (gsl_multifit_wlinear(X, w, z, f->beta, f->cov, &chisq, ws) != GSL_SUCCESS)
        return RP_ENOCONV;
    for (size_t i = 0; i < n; i++) {
        double eta = off ? gsl_vector_get(off, i) : 0;
        for (size_t j = 0; j < X->size2; j++)
            eta += gsl_matrix_get(X, i, j) * gsl_vector_get(f->beta, j);
        if (!isfinite(eta) || eta > 700)
            return RP_ENOCONV;
        gsl_vector_set(f->mu, i, exp(eta));
    }
    return RP_OK;
}

/* Iteratively reweighted least squares for the Poisson log-linear model (McCullagh & Nelder,
 * Generalized Linear Models, 2nd ed., section 2.5); at convergence (X'WX)^-1 with W = diag(mu)
 * is the covariance of beta, scaled for quasi-Poisson by phi = sum (y-mu)^2/mu / (n - p).
 * Started at mu = y + 0.1 so that zero counts do not break the log. Agrees with R's
 * glm(family = quasipoisson). */
static int glm_poisson(const gsl_matrix *X, const gsl_vector *y, const gsl_vector *offset,
                       rp_fit *f, size_t min_df)
{
    int r = check_poisson_input(X, y, offset, min_df);
    if (r)
        return r;
    size_t n = y->size, p = X->size2;
    gsl_vector *z = gsl_vector_alloc(n), *w = gsl_vector_alloc(n);
    gsl_multifit_linear_workspace *ws = gsl_multifit_linear_alloc(n, p);
    if (!z || !w || !ws) {
        r = RP_ENOMEM;
        goto done;
    }
    for (size_t i = 0; i < n; i++)
        gsl_vector_set(f->mu, i, gsl_vector_get(y, i) + 0.1);
    double dev = INFINITY;
    r = RP_ENOCONV;
    for (f->iterations = 1; f->iterations <= IRLS_MAX_ITER; f->iterations++) {
        if (irls_step(X, y, offset, f, z, w, ws) != RP_OK)
            break;
        double d = poisson_deviance(y, f->mu);
        if (fabs(d - dev) / (fabs(d) + 0.1) < IRLS_EPS) {
            r = RP_OK;
            break;
        }
        dev = d;
    }
    if (r == RP_OK) {
        /* the covariance returned with the last step belongs to the weights of the previous
         * mu; one more step at the converged mu makes it exact */
        irls_step(X, y, offset, f, z, w, ws);
        f->deviance = poisson_deviance(y, f->mu);
        f->pearson = 0;
        f->loglik = 0;
        for (size_t i = 0; i < n; i++) {
            double yi = gsl_vector_get(y, i), mi = gsl_vector_get(f->mu, i);
            f->pearson += (yi - mi) * (yi - mi) / mi;
            f->loglik += yi * log(mi) - mi - lgamma(yi + 1);
        }
        f->df = (double)(n - p);
        f->dispersion = f->df > 0 ? f->pearson / f->df : NAN;
    }
done:
    if (z)
        gsl_vector_free(z);
    if (w)
        gsl_vector_free(w);
    if (ws)
        gsl_multifit_linear_free(ws);
    return r;
}

int rp_glm_poisson(const gsl_matrix *X, const gsl_vector *y, const gsl_vector *offset,
                   rp_fit *f)
{
    return glm_poisson(X, y, offset, f, 1);
}

int rp_glm_poisson_saturated(const gsl_matrix *X, const gsl_vector *y,
                             const gsl_vector *offset, rp_fit *f)
{
    return glm_poisson(X, y, offset, f, 0);
}

/* Ordinary least squares by GSL's SVD solver, which balances the columns first (so the
 * ill-conditioned NIST StRD problems such as Pontius come out right); cov = s^2 (X'X)^-1 with
 * s^2 = RSS/(n - p). Verified against the NIST StRD certified values (Norris, Pontius). */
int rp_ols(const gsl_matrix *X, const gsl_vector *y, rp_fit *f)
{
    size_t n = y->size, p = X->size2;
    if (X->size1 != n)
        return RP_EINVAL;
    if (n <= p)
        return RP_EDATA;
    gsl_multifit_linear_workspace *ws = gsl_multifit_linear_alloc(n, p);
    if (!ws)
        return RP_ENOMEM;
    double rss;
    int st = gsl_multifit_linear(X, y, f->beta, f->cov, &rss, ws);
    gsl_multifit_linear_free(ws);
    if (st != GSL_SUCCESS)
        return RP_EINVAL;
    double mean = 0, tss = 0;
    for (size_t i = 0; i < n; i++)
        mean += gsl_vector_get(y, i) / (double)n;
    for (size_t i = 0; i < n; i++) {
        double d = gsl_vector_get(y, i) - mean, fit = 0;
        tss += d * d;
        for (size_t j = 0; j < p; j++)
            fit += gsl_matrix_get(X, i, j) * gsl_vector_get(f->beta, j);
        gsl_vector_set(f->mu, i, fit);
    }
    f->deviance = f->pearson = rss;
    f->tss = tss;
    f->df = (double)(n - p);
    f->dispersion = rss / f->df;
    return RP_OK;
}
