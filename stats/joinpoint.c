/* Joinpoint regression by grid search over joinpoints at observed x values. */
#include "stats/joinpoint.h"
#include "stats/glm.h"
#include "stats/interval.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The series sorted by x, with the offset as log(offset). */
typedef struct {
    size_t n;
    double *x, *y, *logoff;
    double centre;
    double level;
    /* best placement per k */
    int best[RP_JP_MAX + 1][RP_JP_MAX];
    double best_dev[RP_JP_MAX + 1];
    int status;
} jp_data;

int rp_joinpoint_kmax(size_t n)
{
    if (n < 7)
        return 0;
    int k = 1 + (int)((n - 7) / 5);
    return k > RP_JP_MAX ? RP_JP_MAX : k;
}

/* Design [1, x - c, (x - x_j1)+, ..., (x - x_jk)+]: log mu is continuous and piecewise
 * linear in x, its slope changing by beta_{1+i} at joinpoint i (Kim et al. 2000). */
static gsl_matrix *design(const jp_data *d, const int *jp, int k)
{
    gsl_matrix *X = gsl_matrix_alloc(d->n, (size_t)k + 2);
    for (size_t i = 0; X && i < d->n; i++) {
        gsl_matrix_set(X, i, 0, 1);
        gsl_matrix_set(X, i, 1, d->x[i] - d->centre);
        for (int j = 0; j < k; j++) {
            double h = d->x[i] - d->x[jp[j]];
            gsl_matrix_set(X, i, 2 + (size_t)j, h > 0 ? h : 0);
        }
    }
    return X;
}

/* Fits one placement; returns the fit (caller frees) or NULL. */
static rp_fit *fit_placement(const jp_data *d, const int *jp, int k, int *status)
{
    gsl_matrix *X = design(d, jp, k);
    gsl_vector *y = gsl_vector_alloc(d->n), *off = d->logoff ? gsl_vector_alloc(d->n) : NULL;
    rp_fit *f = rp_fit_alloc(d->n, (size_t)k + 2);
    *status = RP_ENOMEM;
    if (X && y && f && (!d->logoff || off)) {
        for (size_t i = 0; i < d->n; i++) {
            gsl_vector_set(y, i, d->y[i]);
            if (off)
                gsl_vector_set(off, i, d->logoff[i]);
        }
        *status = rp_glm_poisson(X, y, off, f);
    }
    if (X)
        gsl_matrix_free(X);
    if (y)
        gsl_vector_free(y);
    if (off)
        gsl_vector_free(off);
    if (*status != RP_OK) {
        rp_fit_free(f);
        return NULL;
    }
    return f;
}

/* Tries every placement of k joinpoints: indices from 2 to n-3 (two observations to either
 * end) and at least two observations between joinpoints, as Joinpoint's defaults. */
static void search(jp_data *d, int *jp, int depth, int k)
{
    if (depth == k) {
        int st;
        rp_fit *f = fit_placement(d, jp, k, &st);
        if (!f) {
            if (st != RP_ENOCONV)
                d->status = st;
            return;
        }
        if (f->deviance < d->best_dev[k]) {
            d->best_dev[k] = f->deviance;
            memcpy(d->best[k], jp, (size_t)k * sizeof *jp);
        }
        rp_fit_free(f);
        return;
    }
    int from = depth ? jp[depth - 1] + 3 : 2;
    for (int j = from; j <= (int)d->n - 3; j++) {
        jp[depth] = j;
        search(d, jp, depth + 1, k);
    }
}

/* Joinpoint's BIC (NCI Joinpoint statistical notes; Kim et al. 2000):
 *   BIC(k) = ln(Q_k / n) + 2(k + 1) ln(n) / n
 * with Q_k the deviance of the best k-joinpoint fit, the Poisson model's analogue of the
 * (weighted) SSE; floored at 1e-12 so that exact fits compare by their penalty alone. */
static double bic(double dev, int k, size_t n)
{
    double dn = (double)n;
    return log((dev > 1e-12 ? dev : 1e-12) / dn) + 2.0 * (k + 1) * log(dn) / dn;
}

/* Variance of a linear combination a'beta under the scaled covariance. */
static double var_comb(const rp_fit *f, const double *a, double scale)
{
    double v = 0;
    for (size_t i = 0; i < f->p; i++)
        for (size_t j = 0; j < f->p; j++)
            v += a[i] * a[j] * gsl_matrix_get(f->cov, i, j);
    return v * scale;
}

static void apc_from(double slope, double se, double q, double *apc, double *lo, double *hi)
{
    *apc = 100 * (exp(slope) - 1);
    *lo = 100 * (exp(slope - q * se) - 1);
    *hi = 100 * (exp(slope + q * se) - 1);
}

/* Segment s has slope beta_1 + beta_2 + ... + beta_{1+s}; the AAPC weights the segment slopes
 * by their lengths: 100 (exp(sum w_s b_s / sum w_s) - 1) (Clegg et al. 2009). Dispersion and
 * t quantiles on n - (2k + 2) df, the joinpoints counted as parameters as in Joinpoint. */
static void segments(const jp_data *d, const rp_fit *f, const int *jp, int k, rp_jp_result *o)
{
    double df = (double)d->n - (2.0 * k + 2);
    double disp = df > 0 ? f->pearson / df : NAN;
    double q = df > 0 ? rp_t(d->level, df) : NAN;
    double a[RP_JP_MAX + 2], w[RP_JP_MAX + 2] = {0}, total = 0;
    o->dispersion = disp;
    o->df = df;
    for (int s = 0; s <= k; s++) {
        rp_jp_segment *g = &o->seg[s];
        g->start = s ? d->x[jp[s - 1]] : d->x[0];
        g->end = s < k ? d->x[jp[s]] : d->x[d->n - 1];
        memset(a, 0, sizeof a);
        for (int i = 1; i <= s + 1; i++)
            a[i] = 1;
        g->slope = 0;
        for (size_t i = 0; i < f->p; i++)
            g->slope += a[i] * gsl_vector_get(f->beta, i);
        apc_from(g->slope, sqrt(var_comb(f, a, disp)), q, &g->apc, &g->apc_lo, &g->apc_hi);
        double len = g->end - g->start;
        for (int i = 1; i <= s + 1; i++)
            w[i] += len;
        total += len;
    }
    double slope = 0;
    for (size_t i = 0; i < f->p; i++) {
        w[i] /= total;
        slope += w[i] * gsl_vector_get(f->beta, i);
    }
    apc_from(slope, sqrt(var_comb(f, w, disp)), q, &o->aapc, &o->aapc_lo, &o->aapc_hi);
}

static int cmp_idx(const void *a, const void *b, const double *x)
{
    double u = x[*(const size_t *)a], v = x[*(const size_t *)b];
    return (u > v) - (u < v);
}

/* Copies the series sorted by x (insertion sort: series are short). */
static int prepare(jp_data *d, const double *x, const double *y, const double *offset, size_t n)
{
    size_t *ord = malloc(n * sizeof *ord);
    d->x = malloc(n * sizeof *d->x);
    d->y = malloc(n * sizeof *d->y);
    d->logoff = offset ? malloc(n * sizeof *d->logoff) : NULL;
    if (!ord || !d->x || !d->y || (offset && !d->logoff)) {
        free(ord);
        return RP_ENOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        ord[i] = i;
        for (size_t j = i; j > 0 && cmp_idx(&ord[j - 1], &ord[j], x) > 0; j--) {
            size_t t = ord[j];
            ord[j] = ord[j - 1];
            ord[j - 1] = t;
        }
    }
    int r = RP_OK;
    d->centre = 0;
    for (size_t i = 0; i < n; i++) {
        d->x[i] = x[ord[i]];
        d->y[i] = y[ord[i]];
        if (offset && !(offset[ord[i]] > 0))
            r = RP_EINVAL;
        if (offset)
            d->logoff[i] = log(offset[ord[i]]);
        if (i && d->x[i] == d->x[i - 1])
            r = RP_EINVAL;
        d->centre += d->x[i] / (double)n;
    }
    free(ord);
    return r;
}

static int constant_rate(const double *y, const double *off, size_t n)
{
    for (size_t i = 1; i < n; i++)
        if ((off ? y[i] / off[i] : y[i]) != (off ? y[0] / off[0] : y[0]))
            return 0;
    return 1;
}

/* A constant series: every change and its interval exactly 0 (SPEC section 6), not the
 * 1e-14 that rounding in the fit leaves. */
static void flat(rp_jp_result *o)
{
    for (int i = 0; i <= o->k; i++)
        o->seg[i].slope = o->seg[i].apc = o->seg[i].apc_lo = o->seg[i].apc_hi = 0;
    o->aapc = o->aapc_lo = o->aapc_hi = 0;
}

int rp_joinpoint(const double *x, const double *y, const double *offset, size_t n,
                 double level, int kmax, rp_jp_result *out)
{
    memset(out, 0, sizeof *out);
    if (n < 3)
        return RP_EDATA;
    jp_data d = {0};
    d.n = n;
    d.level = level;
    int r = prepare(&d, x, y, offset, n);
    int limit = rp_joinpoint_kmax(n);
    if (kmax < 0 || kmax > limit)
        kmax = limit;
    out->n = n;
    out->kmax = kmax;
    int jp[RP_JP_MAX];
    int chosen = -1;
    for (int k = 0; r == RP_OK && k <= kmax; k++) {
        d.best_dev[k] = INFINITY;
        search(&d, jp, 0, k);
        out->bic[k] = isfinite(d.best_dev[k]) ? bic(d.best_dev[k], k, n) : NAN;
        if (!isnan(out->bic[k]) && (chosen < 0 || out->bic[k] < out->bic[chosen]))
            chosen = k;
    }
    for (int k = kmax + 1; k <= RP_JP_MAX; k++)
        out->bic[k] = NAN;
    if (r == RP_OK && d.status)
        r = d.status;
    if (r == RP_OK && chosen < 0)
        r = RP_ENOCONV;
    if (r == RP_OK) {
        int st;
        rp_fit *f = fit_placement(&d, d.best[chosen], chosen, &st);
        if (f) {
            out->k = chosen;
            segments(&d, f, d.best[chosen], chosen, out);
            rp_fit_free(f);
        }
        r = st;
    }
    if (r == RP_OK && constant_rate(y, offset, n))
        flat(out);
    free(d.x);
    free(d.y);
    free(d.logoff);
    return r;
}
