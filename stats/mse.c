/* Multiple systems estimation: log-linear models of capture histories, their existence and
 * identifiability checks, stepwise selection and the log-normal interval of SparseMSE. */
#include "stats/mse.h"
#include "stats/glm.h"
#include "stats/interval.h"

#include <glpk.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_linalg.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

void rp_mse_result_clear(rp_mse_result *r)
{
    if (!r)
        return;
    free(r->terms);
    memset(r, 0, sizeof *r);
}

static int has(unsigned h, int list) { return (h >> list) & 1u; }

/* Number of people on both lists a and b, whatever other lists they are on. */
static double overlap(const double *cell, int t, int a, int b)
{
    double s = 0;
    for (unsigned h = 1; h < (1u << t); h++)
        if (has(h, a) && has(h, b))
            s += cell[h];
    return s;
}

/* The cells a model is fitted to and its design: intercept, one column per list, one per
 * term whose overlap is not empty. Histories holding a pair whose overlap is empty are left
 * out, which fits that pair's parameter at minus infinity (Chan, Silverman and Vincent 2021,
 * section 2; SparseMSE's buildmodel). */
typedef struct mse_design {
    size_t n, p;
    unsigned *hist;
    gsl_matrix *X;
    gsl_vector *y;
} mse_design;

static void design_free(mse_design *d)
{
    free(d->hist);
    if (d->X)
        gsl_matrix_free(d->X);
    if (d->y)
        gsl_vector_free(d->y);
    memset(d, 0, sizeof *d);
}

static int excluded(unsigned h, const rp_mse_pair *terms, size_t nterms)
{
    for (size_t k = 0; k < nterms; k++)
        if (terms[k].empty && has(h, terms[k].a) && has(h, terms[k].b))
            return 1;
    return 0;
}

static int design_build(const double *cell, int t, rp_mse_pair *terms, size_t nterms,
                        mse_design *d)
{
    memset(d, 0, sizeof *d);
    d->p = 1 + (size_t)t;
    for (size_t k = 0; k < nterms; k++) {
        terms[k].empty = overlap(cell, t, terms[k].a, terms[k].b) == 0;
        d->p += !terms[k].empty;
    }
    d->hist = malloc((1u << t) * sizeof *d->hist);
    if (!d->hist)
        return RP_ENOMEM;
    for (unsigned h = 1; h < (1u << t); h++)
        if (!excluded(h, terms, nterms))
            d->hist[d->n++] = h;
    d->X = gsl_matrix_calloc(d->n, d->p);
    d->y = gsl_vector_alloc(d->n);
    if (!d->X || !d->y) {
        design_free(d);
        return RP_ENOMEM;
    }
    for (size_t i = 0; i < d->n; i++) {
        unsigned h = d->hist[i];
        size_t c = 1 + (size_t)t;
        gsl_matrix_set(d->X, i, 0, 1);
        for (int j = 0; j < t; j++)
            gsl_matrix_set(d->X, i, 1 + (size_t)j, has(h, j));
        for (size_t k = 0; k < nterms; k++)
            if (!terms[k].empty)
                gsl_matrix_set(d->X, i, c++, has(h, terms[k].a) && has(h, terms[k].b));
        gsl_vector_set(d->y, i, cell[h]);
    }
    return RP_OK;
}

/* Column rank deficiency of the design: singular values below 1e-7 of the largest count as
 * zero (the tolerance of R's qr, which SparseMSE's buildmodelmatrix uses). */
static int rank_deficient(const gsl_matrix *X, int *deficient)
{
    size_t n = X->size1, p = X->size2;
    if (n < p) {
        *deficient = 1;
        return RP_OK;
    }
    gsl_matrix *A = gsl_matrix_alloc(n, p), *V = gsl_matrix_alloc(p, p);
    gsl_vector *S = gsl_vector_alloc(p), *w = gsl_vector_alloc(p);
    int r = RP_ENOMEM;
    if (A && V && S && w) {
        gsl_matrix_memcpy(A, X);
        r = gsl_linalg_SV_decomp(A, V, S, w) ? RP_ENOCONV : RP_OK;
        if (r == RP_OK)
            *deficient = !(gsl_vector_get(S, p - 1) > 1e-7 * gsl_vector_get(S, 0));
    }
    if (A)
        gsl_matrix_free(A);
    if (V)
        gsl_matrix_free(V);
    if (S)
        gsl_vector_free(S);
    if (w)
        gsl_vector_free(w);
    return r;
}

/* Existence of the maximum likelihood estimate (Fienberg and Rinaldo 2012, p. 3, as corrected
 * in SparseMSE's checkident): with A the transposed design (parameters x cells) and
 * t = A y the sufficient statistics, maximise s subject to A x = t, x_i >= s, x >= 0. The
 * estimate exists exactly when the optimum is positive: some table with the same statistics
 * has every cell positive. Returns 1 (exists), 0 (does not) or -1 (the solver failed). */
static int mle_exists(const mse_design *d)
{
    size_t n = d->n, p = d->p;
    glp_prob *lp = glp_create_prob();
    glp_set_obj_dir(lp, GLP_MAX);
    glp_add_rows(lp, (int)(p + n));
    glp_add_cols(lp, (int)(n + 1));
    for (size_t i = 0; i < n; i++)
        glp_set_col_bnds(lp, (int)i + 1, GLP_LO, 0, 0);
    glp_set_col_bnds(lp, (int)n + 1, GLP_LO, 0, 0);
    glp_set_obj_coef(lp, (int)n + 1, 1);
    size_t cap = p * n + 2 * n + 1, k = 0;
    int *ia = malloc(cap * sizeof *ia), *ja = malloc(cap * sizeof *ja);
    double *ar = malloc(cap * sizeof *ar);
    int result = -1;
    if (ia && ja && ar) {
        for (size_t j = 0; j < p; j++) {
            double tj = 0;
            for (size_t i = 0; i < n; i++) {
                double a = gsl_matrix_get(d->X, i, j);
                tj += a * gsl_vector_get(d->y, i);
                if (a != 0) {
                    k++;
                    ia[k] = (int)j + 1, ja[k] = (int)i + 1, ar[k] = a;
                }
            }
            glp_set_row_bnds(lp, (int)j + 1, GLP_FX, tj, tj);
        }
        for (size_t i = 0; i < n; i++) {
            int row = (int)(p + i) + 1;
            glp_set_row_bnds(lp, row, GLP_LO, 0, 0);
            k++, ia[k] = row, ja[k] = (int)i + 1, ar[k] = 1;
            k++, ia[k] = row, ja[k] = (int)n + 1, ar[k] = -1;
        }
        glp_load_matrix(lp, (int)k, ia, ja, ar);
        glp_smcp parm;
        glp_init_smcp(&parm);
        parm.msg_lev = GLP_MSG_OFF;
        if (glp_simplex(lp, &parm) == 0 && glp_get_status(lp) == GLP_OPT)
            result = glp_get_obj_val(lp) > 1e-9;
    }
    free(ia);
    free(ja);
    free(ar);
    glp_delete_prob(lp);
    return result;
}

static int check_terms(const double *cell, int t, rp_mse_pair *terms, size_t nterms)
{
    mse_design d;
    if (design_build(cell, t, terms, nterms, &d) != RP_OK)
        return -1;
    int deficient = 0, exists = mle_exists(&d);
    int r = rank_deficient(d.X, &deficient);
    design_free(&d);
    if (exists < 0 || r != RP_OK)
        return -1;
    return (exists ? 0 : RP_MSE_NOT_EXIST) | (deficient ? RP_MSE_NOT_IDENT : 0);
}

int rp_mse_check(const double *cell, int t, const rp_mse_pair *terms, size_t nterms)
{
    if (t < 1 || t > RP_MSE_MAX_LISTS)
        return -1;
    rp_mse_pair *copy = malloc((nterms ? nterms : 1) * sizeof *copy);
    if (!copy)
        return -1;
    if (nterms)
        memcpy(copy, terms, nterms * sizeof *copy);
    int r = check_terms(cell, t, copy, nterms);
    free(copy);
    glp_free_env();
    return r;
}

/* A fitted model: its design and the Poisson fit. */
typedef struct mse_fit {
    mse_design d;
    rp_fit *f;
} mse_fit;

static void fit_free(mse_fit *m)
{
    design_free(&m->d);
    rp_fit_free(m->f);
    m->f = NULL;
}

static int fit_model(const double *cell, int t, rp_mse_pair *terms, size_t nterms, mse_fit *m)
{
    m->f = NULL;
    int r = design_build(cell, t, terms, nterms, &m->d);
    if (r != RP_OK)
        return r;
    m->f = rp_fit_alloc(m->d.n, m->d.p);
    r = m->f ? rp_glm_poisson_saturated(m->d.X, m->d.y, NULL, m->f) : RP_ENOMEM;
    if (r != RP_OK)
        fit_free(m);
    return r;
}

typedef struct candidate {
    double p;
    size_t k;
} candidate;

static int by_p(const void *x, const void *y)
{
    const candidate *a = x, *b = y;
    if (a->p != b->p)
        return a->p < b->p ? -1 : 1;
    return a->k < b->k ? -1 : a->k > b->k;
}

/* One-sided Poisson p-value of an overlap (SparseMSE's stepwisefit): the number n* of people
 * on both lists against the intensity lambda* that the current model fits to the cells holding
 * both, min(P(X <= n*), P(X >= n*)) for X ~ Poisson(lambda*). */
static double overlap_p(const mse_fit *m, const rp_mse_pair *c, double nstar)
{
    double lambda = 0;
    for (size_t i = 0; i < m->d.n; i++)
        if (has(m->d.hist[i], c->a) && has(m->d.hist[i], c->b))
            lambda += gsl_vector_get(m->f->mu, i);
    if (!(lambda > 0))
        return nstar > 0 ? 0 : 1;
    double lower = gsl_cdf_poisson_P((unsigned)nstar, lambda);
    double upper = nstar > 0 ? gsl_cdf_poisson_Q((unsigned)nstar - 1, lambda) : 1;
    return lower < upper ? lower : upper;
}

/* The candidate to add: the smallest p-value below the threshold whose model passes both
 * checks, ties to the earlier pair (SparseMSE sets the p-value of a failing model to 1 and
 * takes the first minimum; trying candidates by increasing p gives the same choice with
 * fewer linear programs). Returns its index, -1 for none, or -2 on failure. */
static long next_term(const double *cell, int t, const mse_fit *m, const rp_mse_pair *cand,
                      const double *nstar, const unsigned char *in, size_t ncand,
                      rp_mse_pair *terms, size_t nterms, double threshold, candidate *order)
{
    size_t n = 0;
    for (size_t k = 0; k < ncand; k++)
        if (!in[k]) {
            order[n].p = overlap_p(m, &cand[k], nstar[k]);
            order[n++].k = k;
        }
    qsort(order, n, sizeof *order, by_p);
    for (size_t i = 0; i < n && order[i].p < threshold; i++) {
        terms[nterms] = cand[order[i].k];
        int c = check_terms(cell, t, terms, nterms + 1);
        if (c < 0)
            return -2;
        if (c == 0)
            return (long)order[i].k;
    }
    return -1;
}

/* Forward selection of two-list terms from the main-effects model (Chan, Silverman and
 * Vincent 2021, section 3; SparseMSE's stepwisefit): add the term with the smallest overlap
 * p-value while it is below the threshold and the model passes the checks. */
static int stepwise(const double *cell, int t, double threshold, rp_mse_pair *terms,
                    size_t *nterms, mse_fit *m)
{
    size_t ncand = (size_t)t * (size_t)(t - 1) / 2, k = 0;
    rp_mse_pair *cand = malloc(ncand * sizeof *cand);
    double *nstar = malloc(ncand * sizeof *nstar);
    unsigned char *in = calloc(ncand, 1);
    candidate *order = malloc(ncand * sizeof *order);
    int r = RP_ENOMEM;
    *nterms = 0;
    if (!cand || !nstar || !in || !order)
        goto done;
    for (int a = 0; a < t - 1; a++)
        for (int b = a + 1; b < t; b++, k++) {
            cand[k] = (rp_mse_pair){a, b, 0};
            nstar[k] = overlap(cell, t, a, b);
        }
    r = fit_model(cell, t, terms, 0, m);
    while (r == RP_OK && *nterms < ncand) {
        long next = next_term(cell, t, m, cand, nstar, in, ncand, terms, *nterms, threshold,
                              order);
        if (next < 0) {
            r = next == -1 ? RP_OK : RP_ENOMEM;
            break;
        }
        in[next] = 1;
        terms[(*nterms)++] = cand[next];
        fit_free(m);
        r = fit_model(cell, t, terms, *nterms, m);
    }
done:
    free(cand);
    free(nstar);
    free(in);
    free(order);
    return r;
}

static int valid_table(const double *cell, int t, double *observed)
{
    *observed = 0;
    if (t < 2 || t > RP_MSE_MAX_LISTS)
        return 0;
    for (unsigned h = 1; h < (1u << t); h++) {
        if (!(cell[h] >= 0) || !isfinite(cell[h]) || cell[h] != floor(cell[h]))
            return 0;
        *observed += cell[h];
    }
    return *observed > 0;
}

static int valid_terms(const rp_mse_pair *terms, size_t n, int t)
{
    for (size_t i = 0; i < n; i++) {
        if (terms[i].a < 0 || terms[i].a >= terms[i].b || terms[i].b >= t)
            return 0;
        for (size_t j = 0; j < i; j++)
            if (terms[j].a == terms[i].a && terms[j].b == terms[i].b)
                return 0;
    }
    return 1;
}

/* Chooses and fits the model of spec; terms must hold t(t-1)/2 pairs. */
static int choose_and_fit(const double *cell, int t, const rp_mse_spec *s, rp_mse_pair *terms,
                          size_t *nterms, mse_fit *m, int *check)
{
    *check = 0;
    if (s->method == RP_MSE_STEPWISE) {
        /* SparseMSE starts from main effects unchecked: with two lists that never overlap
         * that fit runs off to an intercept of about 43 (an "estimate" of 5e18). Each term
         * added was checked; a model left with none is checked here. */
        int r = stepwise(cell, t, s->threshold, terms, nterms, m);
        if (r != RP_OK || *nterms)
            return r;
        *check = check_terms(cell, t, terms, 0);
        if (*check != 0)
            fit_free(m);
        return *check < 0 ? RP_ENOMEM : *check > 0 ? RP_EDATA : RP_OK;
    }
    *nterms = s->method == RP_MSE_FIXED ? s->nterms : 0;
    if (*nterms)
        memcpy(terms, s->terms, *nterms * sizeof *terms);
    *check = check_terms(cell, t, terms, *nterms);
    if (*check < 0)
        return RP_ENOMEM;
    if (*check > 0)
        return RP_EDATA;
    return fit_model(cell, t, terms, *nterms, m);
}

/* The dark figure is exp(b0), the fitted count of the history on no list; its interval is
 * log-normal, exp(b0 -+ z se(b0)), with se from the unscaled covariance (SparseMSE's
 * estimatepopulation.0); the total adds the observed people. */
static int estimate_core(const double *cell, int t, const rp_mse_spec *s, rp_mse_result *r,
                         int *check)
{
    int chk = 0;
    memset(r, 0, sizeof *r);
    if (!valid_table(cell, t, &r->observed) ||
        (s->method == RP_MSE_FIXED && !valid_terms(s->terms, s->nterms, t)) ||
        !(s->level > 0 && s->level < 1))
        return RP_EINVAL;
    size_t npairs = (size_t)t * (size_t)(t - 1) / 2;
    r->terms = malloc(npairs * sizeof *r->terms);
    if (!r->terms)
        return RP_ENOMEM;
    mse_fit m = {0};
    int st = choose_and_fit(cell, t, s, r->terms, &r->nterms, &m, &chk);
    if (check)
        *check = chk;
    if (st != RP_OK) {
        rp_mse_result_clear(r);
        return st;
    }
    double z = rp_z(s->level), obs = r->observed;
    r->intercept = gsl_vector_get(m.f->beta, 0);
    r->se = sqrt(gsl_matrix_get(m.f->cov, 0, 0));
    r->dark = exp(r->intercept);
    r->estimate = obs + r->dark;
    r->lo = obs + exp(r->intercept - z * r->se);
    r->hi = obs + exp(r->intercept + z * r->se);
    r->cells = m.d.n;
    r->deviance = m.f->deviance;
    r->df = m.f->df;
    r->loglik = m.f->loglik;
    r->npar = (double)(1 + (size_t)t + r->nterms);
    fit_free(&m);
    if (!isfinite(r->estimate) || !isfinite(r->lo) || !isfinite(r->hi)) {
        if (check)
            *check = RP_MSE_NOT_EXIST;
        rp_mse_result_clear(r);
        return RP_EDATA;
    }
    return RP_OK;
}

int rp_mse_estimate(const double *cell, int t, const rp_mse_spec *spec, rp_mse_result *r,
                    int *check)
{
    int st = estimate_core(cell, t, spec, r, check);
    glp_free_env();
    return st;
}

/* Type 8 of Hyndman and Fan (1996), median-unbiased whatever the distribution: with
 * m = p n + (p + 1)/3, j = floor(m) and h = m - j, Q = (1 - h) x_j + h x_(j+1), where
 * x_0 = x_1 and x_(n+1) = x_n (1-based order statistics); R's quantile(type = 8), including
 * its fuzz of 4 machine epsilons on j and h. */
double rp_quantile8(const double *x, size_t n, double p)
{
    if (n == 0 || !(p >= 0 && p <= 1))
        return NAN;
    const double fuzz = 4 * 2.220446049250313e-16;
    double m = 1.0 / 3 + p * ((double)n + 1.0 / 3);
    double j = floor(m + fuzz), h = m - j;
    if (fabs(h) < fuzz)
        h = 0;
    size_t lo = j < 1 ? 1 : j > (double)n ? n : (size_t)j;
    size_t hi = j + 1 > (double)n ? n : (size_t)j + 1;
    double a = x[lo - 1], b = x[hi - 1];
    return h == 0 || a == b ? a : (1 - h) * a + h * b;
}

/* BCa (Efron 1987, eq. 2.3; Efron and Tibshirani 1993, ch. 14): the alpha limit is the
 * bootstrap quantile at Phi(z0 + (z0 + z_alpha) / (1 - a (z0 + z_alpha))). */
double rp_bca_limit(const double *sorted, size_t n, double z0, double accel, double alpha)
{
    double za = gsl_cdf_ugaussian_Pinv(alpha) + z0;
    return rp_quantile8(sorted, n, gsl_cdf_ugaussian_P(z0 + za / (1 - accel * za)));
}
