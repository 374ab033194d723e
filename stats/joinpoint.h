/* Joinpoint regression: a continuous segmented log-linear Poisson model with joinpoints at
 * observed x values, the number of joinpoints chosen by BIC (SPEC section 6). */
#ifndef RP_JOINPOINT_H
#define RP_JOINPOINT_H

#include <stddef.h>

#define RP_JP_MAX 5

typedef struct rp_jp_segment {
    double start, end;          /* x at the ends of the segment */
    double slope;               /* on the log scale */
    double apc, apc_lo, apc_hi; /* 100 (e^slope - 1) with its interval */
} rp_jp_segment;

typedef struct rp_jp_result {
    size_t n;
    int k;                      /* joinpoints chosen */
    int kmax;                   /* the most allowed for n (Joinpoint's defaults) */
    double bic[RP_JP_MAX + 1];  /* per k, NaN where none fitted */
    rp_jp_segment seg[RP_JP_MAX + 1];
    double aapc, aapc_lo, aapc_hi;
    double dispersion, df;
} rp_jp_result;

/* Joinpoint's default maximum: 0 below 7 points, 1 for 7-11, 2 for 12-16, ... 5 from 27. */
int rp_joinpoint_kmax(size_t n);

/* x distinct (any order), y counts >= 0, offset NULL or > 0 (e.g. population for rates).
 * kmax < 0: the default for n. Returns RP_OK or an RP_E* code. */
int rp_joinpoint(const double *x, const double *y, const double *offset, size_t n,
                 double level, int kmax, rp_jp_result *out);

#endif
