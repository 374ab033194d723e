/* Poisson and linear trends of one series. */
#include "stats/trend.h"
#include "stats/glm.h"
#include "stats/interval.h"

#include <math.h>

static double mean_of(const double *x, size_t n)
{
    double s = 0;
    for (size_t i = 0; i < n; i++)
        s += x[i];
    return s / (double)n;
}

/* x is centred before fitting: years near 2000 make [1, x] nearly collinear. The slope is
 * unchanged; the intercept is moved back to x = 0 afterwards. */
static gsl_matrix *design(const double *x, size_t n, double centre)
{
    gsl_matrix *X = gsl_matrix_alloc(n, 2);
    for (size_t i = 0; X && i < n; i++) {
        gsl_matrix_set(X, i, 0, 1);
        gsl_matrix_set(X, i, 1, x[i] - centre);
    }
    return X;
}

static int x_varies(const double *x, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if (x[i] != x[0])
            return 1;
    return 0;
}

/* Whether y (per offset, when given) is the same at every x. */
static int constant(const double *y, const double *off, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if ((off ? y[i] / off[i] : y[i]) != (off ? y[0] / off[0] : y[0]))
            return 0;
    return 1;
}

/* A constant series has no trend: the slope and its interval are exactly 0 (rounding in the
 * fit leaves them near 1e-16, with a p-value made of that noise), and there is no p-value
 * (SPEC section 6). */
static void constant_fit(rp_trend_fit *o, int poisson)
{
    o->slope = o->slope_lo = o->slope_hi = o->slope_se = 0;
    o->t = o->p_value = NAN;
    o->var_b = o->cov_ab = 0;
    o->intercept = o->a_c;
    o->dispersion = 0;
    if (poisson)
        o->apc = o->apc_lo = o->apc_hi = 0;
    else
        o->r2 = NAN;
}

static void fill_slope(rp_trend_fit *o, const rp_fit *f, double centre, double level,
                       int scale)
{
    o->n = f->n;
    o->slope = gsl_vector_get(f->beta, 1);
    o->slope_se = rp_fit_se(f, 1, scale);
    o->intercept = gsl_vector_get(f->beta, 0) - o->slope * centre;
    o->df = f->df;
    o->t = o->slope / o->slope_se;
    o->p_value = rp_p_t(o->t, o->df);
    double h = rp_t(level, o->df) * o->slope_se;
    o->slope_lo = o->slope - h;
    o->slope_hi = o->slope + h;
    o->dispersion = f->dispersion;
    o->deviance = f->deviance;
    double k = scale ? f->dispersion : 1;
    o->centre = centre;
    o->a_c = gsl_vector_get(f->beta, 0);
    o->var_a = k * gsl_matrix_get(f->cov, 0, 0);
    o->var_b = k * gsl_matrix_get(f->cov, 1, 1);
    o->cov_ab = k * gsl_matrix_get(f->cov, 0, 1);
}

int rp_trend_poisson(const double *x, const double *y, const double *offset, size_t n,
                     double level, rp_trend_fit *out)
{
    if (n < 3)
        return RP_EDATA;
    if (!x_varies(x, n))
        return RP_EINVAL;
    for (size_t i = 0; offset && i < n; i++)
        if (!(offset[i] > 0))
            return RP_EINVAL;
    double centre = mean_of(x, n);
    gsl_matrix *X = design(x, n, centre);
    gsl_vector *yv = gsl_vector_alloc(n), *ov = offset ? gsl_vector_alloc(n) : NULL;
    rp_fit *f = rp_fit_alloc(n, 2);
    int r = RP_ENOMEM;
    if (X && yv && (!offset || ov) && f) {
        for (size_t i = 0; i < n; i++) {
            gsl_vector_set(yv, i, y[i]);
            if (ov)
                gsl_vector_set(ov, i, log(offset[i]));
        }
        r = rp_glm_poisson(X, yv, ov, f);
    }
    if (r == RP_OK) {
        fill_slope(out, f, centre, level, 1);
        out->r2 = NAN;
        out->apc = 100 * (exp(out->slope) - 1);
        out->apc_lo = 100 * (exp(out->slope_lo) - 1);
        out->apc_hi = 100 * (exp(out->slope_hi) - 1);
        if (constant(y, offset, n))
            constant_fit(out, 1);
    }
    if (X)
        gsl_matrix_free(X);
    if (yv)
        gsl_vector_free(yv);
    if (ov)
        gsl_vector_free(ov);
    rp_fit_free(f);
    return r;
}

int rp_trend_linear(const double *x, const double *y, size_t n, double level,
                    rp_trend_fit *out)
{
    if (n < 3)
        return RP_EDATA;
    if (!x_varies(x, n))
        return RP_EINVAL;
    double centre = mean_of(x, n);
    gsl_matrix *X = design(x, n, centre);
    gsl_vector *yv = gsl_vector_alloc(n);
    rp_fit *f = rp_fit_alloc(n, 2);
    int r = RP_ENOMEM;
    if (X && yv && f) {
        for (size_t i = 0; i < n; i++)
            gsl_vector_set(yv, i, y[i]);
        r = rp_ols(X, yv, f);
    }
    if (r == RP_OK) {
        /* rp_ols's covariance is already scaled by s^2 */
        fill_slope(out, f, centre, level, 0);
        out->r2 = f->tss > 0 ? 1 - f->deviance / f->tss : NAN;
        out->apc = out->apc_lo = out->apc_hi = NAN;
        if (constant(y, NULL, n))
            constant_fit(out, 0);
    }
    if (X)
        gsl_matrix_free(X);
    if (yv)
        gsl_vector_free(yv);
    rp_fit_free(f);
    return r;
}
