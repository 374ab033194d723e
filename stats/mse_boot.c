/* The BCa bootstrap interval of multiple systems estimation (SparseMSE's estimatepopulation):
 * multinomial resamples drawn in one seeded sequence, fitted on every core. */
#include "stats/mse.h"
#include "stats/interval.h"

#include <glpk.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Jobs 0 .. nboot-1 are resamples (draws[j * k] holds the counts of the k observed
 * histories), jobs nboot .. nboot+k-1 the jackknife tables with one person less in a
 * history. */
typedef struct boot_pool {
    const double *cell;
    int t;
    const rp_mse_spec *spec;
    size_t k, nboot, njobs;
    const unsigned *hist;          /* the k observed histories */
    const unsigned *draws;
    double *est;                   /* per job: the estimate, NaN when it could not be fitted */
    int nthreads;
} boot_pool;

typedef struct boot_worker {
    const boot_pool *pool;
    int id;
} boot_worker;

static void job_table(const boot_pool *b, size_t j, double *table)
{
    size_t ncell = (size_t)1 << b->t;
    if (j < b->nboot) {
        memset(table, 0, ncell * sizeof *table);
        for (size_t c = 0; c < b->k; c++)
            table[b->hist[c]] = b->draws[j * b->k + c];
    } else {
        memcpy(table, b->cell, ncell * sizeof *table);
        table[b->hist[j - b->nboot]] -= 1;
    }
}

static void *boot_run(void *arg)
{
    const boot_worker *w = arg;
    const boot_pool *b = w->pool;
    double *table = malloc(((size_t)1 << b->t) * sizeof *table);
    for (size_t j = (size_t)w->id; j < b->njobs; j += (size_t)b->nthreads) {
        rp_mse_result r;
        b->est[j] = NAN;
        if (!table)
            continue;
        job_table(b, j, table);
        if (rp_mse_estimate(table, b->t, b->spec, &r, NULL) == RP_OK)
            b->est[j] = r.estimate;
        rp_mse_result_clear(&r);
    }
    free(table);
    glp_free_env();   /* GLPK keeps one environment per thread */
    return NULL;
}

static void run_pool(boot_pool *b)
{
    long online = sysconf(_SC_NPROCESSORS_ONLN);
    if (b->nthreads <= 0)
        b->nthreads = online > 0 ? (int)(online < 64 ? online : 64) : 1;
    pthread_t tid[64];
    boot_worker w[64];
    int started = 0;
    for (int i = 0; i < b->nthreads && i < 64; i++) {
        w[i] = (boot_worker){b, i};
        if (i > 0 && pthread_create(&tid[i], NULL, boot_run, &w[i]) == 0)
            started++;
        else if (i > 0)
            break;
    }
    /* jobs of threads that could not start go to the calling thread */
    b->nthreads = started + 1;
    boot_run(&w[0]);
    for (int i = 1; i <= started; i++)
        pthread_join(tid[i], NULL);
}

/* Draws every resample in one sequence from the seed, so that the result does not depend on
 * the number of threads: counts ~ Multinomial(N, observed counts / N). */
static unsigned *draw_all(const boot_pool *b, const double *cell, double observed,
                          unsigned long seed)
{
    unsigned *draws = malloc(b->nboot * b->k * sizeof *draws);
    double *prob = malloc(b->k * sizeof *prob);
    gsl_rng *rng = gsl_rng_alloc(gsl_rng_mt19937);
    if (draws && prob && rng) {
        gsl_rng_set(rng, seed);
        for (size_t c = 0; c < b->k; c++)
            prob[c] = cell[b->hist[c]];
        for (size_t j = 0; j < b->nboot; j++)
            gsl_ran_multinomial(rng, b->k, (unsigned)observed, prob, draws + j * b->k);
    } else {
        free(draws);
        draws = NULL;
    }
    free(prob);
    if (rng)
        gsl_rng_free(rng);
    return draws;
}

/* Acceleration from the jackknife over people (SparseMSE): with theta_(c) the estimate
 * without one person of history c (n_c people), r_c = mean - theta_(c) weighted by n_c,
 * a = sum n_c r_c^3 / (6 (sum n_c r_c^2)^(3/2)). */
static double acceleration(const boot_pool *b, const double *cell)
{
    const double *jack = b->est + b->nboot;
    double sw = 0, mean = 0, s2 = 0, s3 = 0;
    for (size_t c = 0; c < b->k; c++) {
        if (isnan(jack[c]))
            return NAN;
        sw += cell[b->hist[c]];
        mean += cell[b->hist[c]] * jack[c];
    }
    mean /= sw;
    for (size_t c = 0; c < b->k; c++) {
        double r = mean - jack[c], n = cell[b->hist[c]];
        s2 += n * r * r;
        s3 += n * r * r * r;
    }
    return s2 > 0 ? s3 / (6 * pow(s2, 1.5)) : 0;
}

static int cmp_double(const void *x, const void *y)
{
    double a = *(const double *)x, b = *(const double *)y;
    return (a > b) - (a < b);
}

/* The BCa limits from the finished pool. */
static int bca(const boot_pool *b, const double *cell, double level, rp_mse_result *r)
{
    double *ok = malloc(b->nboot * sizeof *ok);
    if (!ok)
        return RP_ENOMEM;
    size_t n = 0, below = 0;
    for (size_t j = 0; j < b->nboot; j++)
        if (!isnan(b->est[j])) {
            ok[n++] = b->est[j];
            below += b->est[j] < r->estimate;
        }
    r->boot_n = (int)n;
    r->boot_failed = (int)(b->nboot - n);
    r->boot_bias = n ? gsl_cdf_ugaussian_Pinv((double)below / (double)n) : NAN;
    r->boot_accel = acceleration(b, cell);
    int st = RP_EDATA;
    if (2 * n >= b->nboot && isfinite(r->boot_bias) && isfinite(r->boot_accel)) {
        qsort(ok, n, sizeof *ok, cmp_double);
        r->lo = rp_bca_limit(ok, n, r->boot_bias, r->boot_accel, (1 - level) / 2);
        r->hi = rp_bca_limit(ok, n, r->boot_bias, r->boot_accel, (1 + level) / 2);
        st = RP_OK;
    }
    free(ok);
    return st;
}

int rp_mse_bootstrap(const double *cell, int t, const rp_mse_spec *spec, int nboot,
                     unsigned long seed, int nthreads, rp_mse_result *r)
{
    if (nboot < 1 || t < 2 || t > RP_MSE_MAX_LISTS || !(r->observed > 0))
        return RP_EINVAL;
    boot_pool b = {cell, t, spec, 0, (size_t)nboot, 0, NULL, NULL, NULL, nthreads};
    unsigned *hist = malloc(((size_t)1 << t) * sizeof *hist);
    if (!hist)
        return RP_ENOMEM;
    for (unsigned h = 1; h < (1u << t); h++)
        if (cell[h] > 0)
            hist[b.k++] = h;
    b.hist = hist;
    b.njobs = b.nboot + b.k;
    unsigned *draws = draw_all(&b, cell, r->observed, seed);
    b.draws = draws;
    b.est = malloc(b.njobs * sizeof *b.est);
    int st = RP_ENOMEM;
    if (draws && b.est) {
        run_pool(&b);
        st = bca(&b, cell, spec->level, r);
    }
    free(hist);
    free(draws);
    free(b.est);
    return st;
}
