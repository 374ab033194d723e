/* The model panel of multiple systems estimation and its BIC-weighted average. */
#include "stats/mse_panel.h"
#include "stats/interval.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

void rp_mse_panel_clear(rp_mse_panel *p)
{
    if (!p)
        return;
    free(p->model);
    free(p->terms);
    memset(p, 0, sizeof *p);
}

/* C(n, k), or SIZE_MAX past the limit. */
static size_t choose(size_t n, size_t k)
{
    double c = 1;
    for (size_t i = 1; i <= k; i++)
        c = c * (double)(n - k + i) / (double)i;
    return c > RP_MSE_PANEL_MAX ? SIZE_MAX : (size_t)(c + 0.5);
}

size_t rp_mse_panel_size(int t, int max_terms)
{
    if (t < 2 || t > RP_MSE_MAX_LISTS || max_terms < 0)
        return 0;
    size_t npairs = (size_t)t * (size_t)(t - 1) / 2, n = 0;
    for (size_t k = 0; k <= (size_t)max_terms && k <= npairs; k++) {
        size_t c = choose(npairs, k);
        if (c == SIZE_MAX || n + c > RP_MSE_PANEL_MAX)
            return 0;
        n += c;
    }
    return n;
}

/* The next k-subset of 0 .. n-1 in lexicographic order; 0 after the last. */
static int next_subset(size_t *idx, size_t k, size_t n)
{
    size_t i = k;
    while (i > 0 && idx[i - 1] == n - k + i - 1)
        i--;
    if (i == 0)
        return 0;
    idx[i - 1]++;
    for (size_t j = i; j < k; j++)
        idx[j] = idx[j - 1] + 1;
    return 1;
}

static void fit_one(const double *cell, int t, double level, rp_mse_panel *p, rp_mse_model *m)
{
    rp_mse_spec s = {RP_MSE_FIXED, p->terms + m->first, m->nterms, 0.02, level};
    rp_mse_result r;
    int check = 0, st = rp_mse_estimate(cell, t, &s, &r, &check);
    m->dark = m->estimate = m->lo = m->hi = m->se = NAN;
    m->deviance = m->df = m->aic = m->bic = NAN;
    m->check = st == RP_OK ? 0 : st == RP_EDATA && check > 0 ? check : -1;
    if (st != RP_OK)
        return;
    m->dark = r.dark;
    m->estimate = r.estimate;
    m->lo = r.lo;
    m->hi = r.hi;
    m->se = r.se;
    m->deviance = r.deviance;
    m->df = (double)((1u << t) - 1) - r.npar;
    m->aic = -2 * r.loglik + 2 * r.npar;
    m->bic = -2 * r.loglik + log(r.observed) * r.npar;
    rp_mse_result_clear(&r);
}

void rp_mse_average(rp_mse_panel *p)
{
    double bmin = INFINITY, sw = 0, D = 0, v = 0;
    p->estimate = p->lo = p->hi = p->dark = p->min = p->max = NAN;
    p->nexist = 0;
    p->best = p->n;
    for (size_t i = 0; i < p->n; i++) {
        const rp_mse_model *m = &p->model[i];
        if (m->check != 0)
            continue;
        p->nexist++;
        if (m->bic < bmin)
            bmin = m->bic, p->best = i;
        p->min = p->nexist == 1 ? m->estimate : fmin(p->min, m->estimate);
        p->max = p->nexist == 1 ? m->estimate : fmax(p->max, m->estimate);
    }
    for (size_t i = 0; i < p->n; i++) {
        rp_mse_model *m = &p->model[i];
        m->weight = m->check == 0 ? exp(-(m->bic - bmin) / 2) : 0;
        sw += m->weight;
    }
    if (!p->nexist)
        return;
    for (size_t i = 0; i < p->n; i++) {
        p->model[i].weight /= sw;
        if (p->model[i].check == 0)
            D += p->model[i].weight * p->model[i].dark;
    }
    for (size_t i = 0; i < p->n; i++) {
        const rp_mse_model *m = &p->model[i];
        if (m->check == 0)
            v += m->weight * sqrt(m->dark * m->dark * expm1(m->se * m->se) +
                                  (m->dark - D) * (m->dark - D));
    }
    double C = exp(rp_z(p->level) * sqrt(log1p(v * v / (D * D))));
    p->dark = D;
    p->estimate = p->observed + D;
    p->lo = p->observed + D / C;
    p->hi = p->observed + D * C;
}

int rp_mse_panel_fit(const double *cell, int t, int max_terms, double level, rp_mse_panel *p)
{
    memset(p, 0, sizeof *p);
    size_t n = rp_mse_panel_size(t, max_terms);
    if (!n || !(level > 0 && level < 1))
        return RP_EINVAL;
    size_t npairs = (size_t)t * (size_t)(t - 1) / 2, K = (size_t)max_terms, nt = 0, idx[66];
    if (K > npairs)
        K = npairs;
    for (size_t k = 0; k <= K; k++)
        nt += k * choose(npairs, k);
    p->model = calloc(n, sizeof *p->model);
    p->terms = malloc((nt ? nt : 1) * sizeof *p->terms);
    if (!p->model || !p->terms) {
        rp_mse_panel_clear(p);
        return RP_ENOMEM;
    }
    rp_mse_pair pairs[66];
    for (int a = 0, k = 0; a < t - 1; a++)
        for (int b = a + 1; b < t; b++)
            pairs[k++] = (rp_mse_pair){a, b, 0};
    p->t = t;
    p->max_terms = max_terms;
    p->level = level;
    for (unsigned h = 1; h < (1u << t); h++)
        p->observed += cell[h];
    size_t used = 0;
    for (size_t k = 0; k <= K; k++) {
        for (size_t j = 0; j < k; j++)
            idx[j] = j;
        do {
            rp_mse_model *m = &p->model[p->n++];
            m->first = used;
            m->nterms = k;
            for (size_t j = 0; j < k; j++)
                p->terms[used++] = pairs[idx[j]];
            fit_one(cell, t, level, p, m);
        } while (k > 0 && next_subset(idx, k, npairs));
    }
    rp_mse_average(p);
    return RP_OK;
}
