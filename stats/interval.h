/* Confidence intervals for proportions, counts, rates and means, and for the change between
 * two of them (SPEC section 6). Each function fills an rp_ci and returns 0, or RP_EINVAL for
 * inputs outside its domain (then *ci is NaN throughout). Nothing is allocated. */
#ifndef RP_INTERVAL_H
#define RP_INTERVAL_H

#include "base/error.h"

typedef enum {
    RP_CI_AUTO = 0,          /* the default of each kind */
    RP_CI_WILSON,            /* proportion: Wilson score */
    RP_CI_CLOPPER_PEARSON,   /* proportion: exact */
    RP_CI_EXACT,             /* count: exact Poisson from chi-square quantiles */
    RP_CI_BYAR,              /* count: Byar's approximation */
    RP_CI_T,                 /* mean: Student t */
    RP_CI_NEWCOMBE,          /* difference of proportions: hybrid score */
    RP_CI_LOG_WALD           /* ratio: normal on the log scale */
} rp_ci_method;

typedef struct rp_ci {
    double estimate, lo, hi;
    rp_ci_method method;     /* the method used (never AUTO) */
} rp_ci;

const char *rp_ci_method_name(rp_ci_method m);   /* "wilson", "exact", ... */

int rp_ci_proportion(double x, double n, double level, rp_ci_method m, rp_ci *ci);
/* counts: exact below 10, Byar from 10 up, unless m forces one */
int rp_ci_count(double x, double level, rp_ci_method m, rp_ci *ci);
/* a count x over a denominator, times per */
int rp_ci_rate(double x, double denom, double per, double level, rp_ci_method m, rp_ci *ci);
int rp_ci_mean(double mean, double sd, double n, double level, rp_ci *ci);
/* p1 - p2 for x1/n1 and x2/n2 */
int rp_ci_diff_proportions(double x1, double n1, double x2, double n2, double level, rp_ci *ci);
/* (x1/d1) / (x2/d2) for two counts or rates */
int rp_ci_ratio(double x1, double d1, double x2, double d2, double level, rp_ci *ci);

/* Two-sided standard normal and t quantiles for a confidence level. */
double rp_z(double level);
double rp_t(double level, double df);

#endif
