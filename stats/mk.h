/* The Mann-Kendall trend test and Sen's slope with its interval (SPEC section 6). */
#ifndef RP_MK_H
#define RP_MK_H

#include <stddef.h>

typedef struct rp_mk {
    size_t n;
    double s;          /* Kendall's S: concordant minus discordant pairs */
    double var_s;      /* variance of S, corrected for ties */
    double z;          /* continuity-corrected: sign(S)(|S| - 1)/sqrt(var S) */
    double p_value;    /* two-sided; exact for n <= 10 without ties */
    int exact;         /* whether p came from the exact distribution */
    double tau;        /* S / (n(n-1)/2) */
    double sen, sen_lo, sen_hi;  /* Sen's slope and interval (NaN when the ranks fall off) */
} rp_mk;

/* t: times (distinct), y: values. n >= 3. Returns RP_OK, RP_EDATA or RP_EINVAL (repeated
 * times, NaN). Agrees with R's cor.test(t, y, method = "kendall", continuity = TRUE) and
 * trend::sens.slope. */
int rp_mann_kendall(const double *t, const double *y, size_t n, double level, rp_mk *out);

#endif
