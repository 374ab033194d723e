/* Mann-Kendall test and Sen's slope. */
#include "stats/mk.h"
#include "stats/interval.h"

#include <gsl/gsl_cdf.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static int sgn(double v) { return (v > 0) - (v < 0); }

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* var S = [n(n-1)(2n+5) - sum_t t(t-1)(2t+5)] / 18 over groups of t tied values
 * (Kendall 1975, Rank Correlation Methods; Gilbert 1987, eq. 16.4). */
static double var_s(const double *y, size_t n, int *ties)
{
    double *s = malloc(n * sizeof *s);
    if (!s)
        return NAN;
    memcpy(s, y, n * sizeof *s);
    qsort(s, n, sizeof *s, cmp_double);
    double dn = (double)n, v = dn * (dn - 1) * (2 * dn + 5);
    *ties = 0;
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j < n && s[j] == s[i])
            j++;
        double t = (double)(j - i);
        if (t > 1) {
            v -= t * (t - 1) * (2 * t + 5);
            *ties = 1;
        }
        i = j;
    }
    free(s);
    return v / 18;
}

/* Exact two-sided p = P(|S| >= |s|) under no trend, for n <= 10 without ties, from the number
 * of permutations of n with d inversions (S = M - 2d, M = n(n-1)/2), the distribution behind
 * Kendall's AS 71 (Best & Gipps 1974). */
static double exact_p(size_t n, double s)
{
    enum { MAXM = 45 };
    double count[MAXM + 1] = {1}, next[MAXM + 1];
    int m = 0;
    for (size_t k = 2; k <= n; k++) {
        int add = (int)k - 1;
        memset(next, 0, sizeof next);
        for (int d = 0; d <= m; d++)
            for (int j = 0; j <= add; j++)
                next[d + j] += count[d];
        m += add;
        memcpy(count, next, sizeof count);
    }
    double total = 0, tail = 0, as = fabs(s);
    for (int d = 0; d <= m; d++) {
        total += count[d];
        if (fabs((double)(m - 2 * d)) >= as)
            tail += count[d];
    }
    return tail / total;
}

/* R's round(): halves to even (IEC 60559), which trend::sens.slope's ranks depend on. */
static double round_even(double x) { return nearbyint(x); }

/* Sen (1968): the median of all pairwise slopes; the interval takes the ordered slopes at
 * ranks round((N - C)/2) and round((N + C)/2 + 1), C = z sqrt(var S), as trend::sens.slope
 * (Hipel & McLeod 1994). */
static int sens_slope(const double *t, const double *y, size_t n, double level, rp_mk *o)
{
    size_t N = n * (n - 1) / 2, k = 0;
    double *d = malloc(N * sizeof *d);
    if (!d)
        return RP_ENOMEM;
    for (size_t i = 0; i + 1 < n; i++)
        for (size_t j = i + 1; j < n; j++)
            d[k++] = (y[j] - y[i]) / (t[j] - t[i]);
    qsort(d, N, sizeof *d, cmp_double);
    o->sen = N % 2 ? d[N / 2] : (d[N / 2 - 1] + d[N / 2]) / 2;
    double C = rp_z(level) * sqrt(o->var_s);
    double lo = round_even(((double)N - C) / 2), hi = round_even(((double)N + C) / 2 + 1);
    o->sen_lo = lo >= 1 && lo <= (double)N ? d[(size_t)lo - 1] : NAN;
    o->sen_hi = hi >= 1 && hi <= (double)N ? d[(size_t)hi - 1] : NAN;
    free(d);
    return RP_OK;
}

int rp_mann_kendall(const double *t, const double *y, size_t n, double level, rp_mk *out)
{
    if (n < 3)
        return RP_EDATA;
    double s = 0;
    for (size_t i = 0; i < n; i++) {
        if (isnan(t[i]) || isnan(y[i]))
            return RP_EINVAL;
        for (size_t j = i + 1; j < n; j++) {
            if (t[i] == t[j])
                return RP_EINVAL;
            s += sgn(y[j] - y[i]) * sgn(t[j] - t[i]);
        }
    }
    int ties = 0;
    out->n = n;
    out->s = s;
    out->var_s = var_s(y, n, &ties);
    if (isnan(out->var_s))
        return RP_ENOMEM;
    out->exact = n <= 10 && !ties;
    if (out->var_s > 0) {
        out->z = sgn(s) * (fabs(s) - 1) / sqrt(out->var_s);
        out->p_value = out->exact ? exact_p(n, s) : 2 * gsl_cdf_ugaussian_Q(fabs(out->z));
    } else {
        /* every value equal: S is 0 and there is no trend to test, so no p-value */
        out->z = 0;
        out->p_value = NAN;
    }
    if (out->p_value > 1)
        out->p_value = 1;
    out->tau = s / ((double)n * (double)(n - 1) / 2);
    return sens_slope(t, y, n, level, out);
}
