/* Kaplan-Meier curves and the log-rank test. */
#include "stats/km.h"
#include "stats/interval.h"

#include <gsl/gsl_cdf.h>
#include <gsl/gsl_linalg.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    double t;
    unsigned char e;
} obs;

static int cmp_obs(const void *a, const void *b)
{
    const obs *x = a, *y = b;
    if (x->t != y->t)
        return x->t < y->t ? -1 : 1;
    return (int)y->e - (int)x->e; /* events before censorings at the same time */
}

void rp_km_free(rp_km *k)
{
    if (!k)
        return;
    free(k->t);
    free(k->surv);
    free(k->greenwood);
    free(k->sorted);
    free(k->sorted_event);
    free(k);
}

/* Kaplan & Meier (1958): S(t) = prod over event times t_j <= t of (1 - d_j/n_j), n_j the
 * people with time >= t_j (censored at t_j still count as at risk). Greenwood's sum
 * sum d_j/(n_j (n_j - d_j)) gives var S = S^2 sum. */
rp_km *rp_km_fit(const double *time, const unsigned char *event, const size_t *subset,
                 size_t n)
{
    if (n == 0)
        return NULL;
    rp_km *k = calloc(1, sizeof *k);
    obs *o = malloc(n * sizeof *o);
    if (!k || !o)
        goto fail;
    for (size_t i = 0; i < n; i++) {
        size_t j = subset ? subset[i] : i;
        o[i] = (obs){time[j], event[j] ? 1 : 0};
    }
    qsort(o, n, sizeof *o, cmp_obs);
    k->n = n;
    k->t = malloc(n * sizeof *k->t);
    k->surv = malloc(n * sizeof *k->surv);
    k->greenwood = malloc(n * sizeof *k->greenwood);
    k->sorted = malloc(n * sizeof *k->sorted);
    k->sorted_event = malloc(n);
    if (!k->t || !k->surv || !k->greenwood || !k->sorted || !k->sorted_event)
        goto fail;
    double s = 1, gw = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i, d = 0;
        while (j < n && o[j].t == o[i].t)
            d += o[j++].e;
        if (d) {
            double at_risk = (double)(n - i);
            s *= 1 - (double)d / at_risk;
            gw += at_risk > (double)d ? (double)d / (at_risk * (at_risk - (double)d)) : 0;
            k->t[k->nt] = o[i].t;
            k->surv[k->nt] = s;
            k->greenwood[k->nt++] = gw;
        }
        i = j;
    }
    for (size_t i = 0; i < n; i++) {
        k->sorted[i] = o[i].t;
        k->sorted_event[i] = o[i].e;
    }
    k->tmax = o[n - 1].t;
    free(o);
    return k;
fail:
    free(o);
    rp_km_free(k);
    return NULL;
}

/* The log-log interval (Kalbfleisch & Prentice 1980), survfit's conf.type = "log-log": with
 * L = log S and se the standard error of -log S (sqrt of Greenwood's sum),
 *   S_lo = S^exp(z se/|L|),  S_hi = S^exp(-z se/|L|). */
void rp_km_at(const rp_km *k, double t, double level, rp_km_point *p)
{
    memset(p, 0, sizeof *p);
    p->t = t;
    p->estimable = t <= k->tmax && t >= 0;
    size_t j = 0;
    while (j < k->nt && k->t[j] <= t)
        j++;
    double s = j ? k->surv[j - 1] : 1, gw = j ? k->greenwood[j - 1] : 0;
    for (size_t i = 0; i < k->n; i++) {
        if (k->sorted[i] >= t)
            p->at_risk++;
        else if (k->sorted_event[i])
            p->events++;
        if (k->sorted[i] == t && k->sorted_event[i])
            p->events++;
    }
    if (!p->estimable) {
        p->prevalence = p->lo = p->hi = p->surv = p->se = NAN;
        return;
    }
    p->surv = s;
    p->se = s * sqrt(gw);
    p->prevalence = 1 - s;
    if (s >= 1) {
        p->lo = p->hi = 0;
    } else if (s <= 0) {
        p->lo = p->hi = NAN;
    } else {
        double L = log(s), w = rp_z(level) * sqrt(gw) / fabs(L);
        p->lo = 1 - pow(s, exp(-w));
        p->hi = 1 - pow(s, exp(w));
    }
}

typedef struct {
    double t;
    unsigned char e;
    size_t g;
} gobs;

static int cmp_gobs(const void *a, const void *b)
{
    const gobs *x = a, *y = b;
    return (x->t > y->t) - (x->t < y->t);
}

/* Sums O - E and the variance matrix V over the distinct event times (Mantel 1966; Peto &
 * Peto 1972): E_g += n_gj d_j / n_j, V_gh += d_j (n_j - d_j)/(n_j - 1) (n_gj/n_j)
 * (delta_gh - n_hj/n_j). */
static void accumulate(const gobs *o, size_t n, size_t g, double *oe, double *v, double *nrisk)
{
    for (size_t h = 0; h < g; h++)
        nrisk[h] = 0;
    for (size_t i = 0; i < n; i++)
        nrisk[o[i].g]++;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        double d = 0, *dg = nrisk + g;
        for (size_t h = 0; h < g; h++)
            dg[h] = 0;
        for (; j < n && o[j].t == o[i].t; j++) {
            d += o[j].e;
            dg[o[j].g] += o[j].e;
        }
        double nj = (double)(n - i);
        if (d > 0) {
            double f = nj > 1 ? d * (nj - d) / (nj - 1) : 0;
            for (size_t a = 0; a < g; a++) {
                oe[a] += dg[a] - nrisk[a] * d / nj;
                for (size_t b = 0; b < g; b++)
                    v[a * g + b] += f * nrisk[a] / nj * ((a == b) - nrisk[b] / nj);
            }
        }
        for (size_t k = i; k < j; k++)
            nrisk[o[k].g]--;
        i = j;
    }
}

/* chi2 = (O-E)' V^- (O-E) over the groups that had anyone at risk at an event, leaving one
 * out (V is singular with all of them), solved by LU; as R's survdiff. */
static int quadratic_form(const double *oe, const double *v, size_t g, double *chi2,
                          size_t *used)
{
    size_t *keep = malloc((g ? g : 1) * sizeof *keep), m = 0;
    if (!keep)
        return RP_ENOMEM;
    for (size_t a = 0; a < g; a++)
        if (v[a * g + a] > 1e-12)
            keep[m++] = a;
    *used = m;
    if (m < 2) {
        free(keep);
        return RP_EDATA;
    }
    size_t k = m - 1;
    gsl_matrix *V = gsl_matrix_alloc(k, k);
    gsl_vector *b = gsl_vector_alloc(k), *x = gsl_vector_alloc(k);
    gsl_permutation *perm = gsl_permutation_alloc(k);
    int r = RP_ENOMEM, sign;
    if (V && b && x && perm) {
        for (size_t i = 0; i < k; i++) {
            gsl_vector_set(b, i, oe[keep[i]]);
            for (size_t j = 0; j < k; j++)
                gsl_matrix_set(V, i, j, v[keep[i] * g + keep[j]]);
        }
        r = gsl_linalg_LU_decomp(V, perm, &sign) || gsl_linalg_LU_solve(V, perm, b, x)
                ? RP_EDATA : RP_OK;
        double s = 0;
        for (size_t i = 0; r == RP_OK && i < k; i++)
            s += gsl_vector_get(b, i) * gsl_vector_get(x, i);
        *chi2 = s;
    }
    if (V)
        gsl_matrix_free(V);
    if (b)
        gsl_vector_free(b);
    if (x)
        gsl_vector_free(x);
    if (perm)
        gsl_permutation_free(perm);
    free(keep);
    return r;
}

int rp_logrank(const double *time, const unsigned char *event, const size_t *group, size_t n,
               size_t g, double *chi2, double *df, double *p)
{
    *chi2 = *df = *p = NAN;
    if (g < 2 || n == 0)
        return RP_EDATA;
    gobs *o = malloc(n * sizeof *o);
    double *oe = calloc(g, sizeof *oe), *v = calloc(g * g, sizeof *v);
    double *work = calloc(2 * g, sizeof *work);
    int r = RP_ENOMEM;
    if (o && oe && v && work) {
        for (size_t i = 0; i < n; i++)
            o[i] = (gobs){time[i], event[i] ? 1 : 0, group[i]};
        qsort(o, n, sizeof *o, cmp_gobs);
        accumulate(o, n, g, oe, v, work);
        size_t used = 0;
        r = quadratic_form(oe, v, g, chi2, &used);
        if (r == RP_OK) {
            *df = (double)(used - 1);
            *p = gsl_cdf_chisq_Q(*chi2, *df);
        }
    }
    free(o);
    free(oe);
    free(v);
    free(work);
    return r;
}
