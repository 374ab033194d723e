/* Recidivism prevalence: Kaplan-Meier curves of a recidivism file, per group, at the
 * requested follow-up times, with the log-rank test and disclosure control applied. */
#ifndef RP_RECIDIVISM_H
#define RP_RECIDIVISM_H

#include <stddef.h>
#include "datasets/recid.h"
#include "stats/km.h"

typedef struct rp_recid_row {
    const char *group;       /* owned by the rp_recid the result was made from; "all" */
    size_t n;                /* people in the group */
    rp_km_point p;           /* the curve at the time asked */
    int group_small;         /* fewer people than suppress_below: nothing estimated */
    int events_small;        /* events from 1 to suppress_below-1: count and prevalence withheld */
    int at_risk_small;       /* at risk from 1 to suppress_below-1: that count withheld */
    int withheld;            /* either of the two: events, at risk and the prevalence all go,
                              * since n - events - at risk (the censored) is often 0 and the
                              * prevalence times n is then the events */
} rp_recid_row;

/* Ownership: rp_recid_analyse returns a result the caller frees with rp_recid_result_free;
 * group names point into the rp_recid, which must outlive it. */
typedef struct rp_recid_result {
    const char *by;          /* the grouping column, or NULL */
    rp_recid_row *rows;      /* ngroups * nat, group-major, groups in natural order */
    size_t ngroups, nat;
    int has_test;            /* log-rank test computed (two or more groups with events) */
    double chi2, df, p;
} rp_recid_result;

/* by_col: a grouping column of r (rp_recid_col), or -1 for everyone together. */
rp_recid_result *rp_recid_analyse(const rp_recid *r, int by_col, const double *at, size_t nat,
                                  double level, int suppress_below);
void rp_recid_result_free(rp_recid_result *res);

#endif
