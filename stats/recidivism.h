/* Recidivism prevalence: Kaplan-Meier curves of a recidivism file, per group, at the
 * requested follow-up times, with the log-rank test and disclosure control applied. */
#ifndef RP_RECIDIVISM_H
#define RP_RECIDIVISM_H

#include <stddef.h>
#include "datasets/recid.h"
#include "datasets/recid_agg.h"
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
                              * prevalence times n is then the events; also set as a second
                              * cell by rp_disclose_recid */
    int n_withheld;          /* n hidden as a second cell (rp_disclose_recid) */
} rp_recid_row;

/* Ownership: rp_recid_analyse returns a result the caller frees with rp_recid_result_free;
 * group names point into the rp_recid, which must outlive it. */
typedef struct rp_recid_result {
    const char *by;          /* the grouping column, or NULL */
    int published;           /* made from published figures: no one at risk is known, and
                              * the events are prevalence x n */
    char *names;             /* owned storage of the group names of published figures */
    rp_recid_row *rows;      /* ngroups * nat, group-major, groups in natural order */
    size_t ngroups, nat;
    int has_test;            /* log-rank test computed (two or more groups with events) */
    double chi2, df, p;
} rp_recid_result;

/* A group's Kaplan-Meier curve as it may be published: not at each event time (those are the
 * times of single people) but on a monthly grid, and only where at least suppress_below new
 * offences have come since the previous point, so that no step stands for fewer people; it
 * stops where fewer than suppress_below people are still followed. A group of fewer than
 * suppress_below people has no curve (hidden). Prevalences are fractions. */
typedef struct rp_recid_curve {
    const char *group;       /* as in the result it was made for */
    int hidden;
    size_t nsteps;
    double *t, *prevalence, *lo, *hi;
} rp_recid_curve;

/* Ownership: rp_recid_curves_build returns ngroups curves (one per group of res, same order)
 * that the caller frees with rp_recid_curves_free(curves, ngroups). NULL when memory runs out. */
rp_recid_curve *rp_recid_curves_build(const rp_recid *r, int by_col, const rp_recid_result *res,
                                      double level, int suppress_below);
void rp_recid_curves_free(rp_recid_curve *c, size_t ngroups);

/* by_col: a grouping column of r (rp_recid_col), or -1 for everyone together. */
rp_recid_result *rp_recid_analyse(const rp_recid *r, int by_col, const double *at, size_t nat,
                                  double level, int suppress_below);
void rp_recid_result_free(rp_recid_result *res);

/* The same table from published figures (datasets/recid_agg.h): one group per cohort, the
 * prevalence at each time in at as published (not estimable where the file has none, or
 * where its follow-up ends after last_year, 0 for none: cohort + years > last_year; cohorts
 * after last_year are left out), the events prevalence x n, and the same disclosure (small
 * groups, small numbers of events).
 * level: for the Wilson interval of a figure published without one. Ownership as above. */
rp_recid_result *rp_recid_published(const rp_recid_agg *a, const double *at, size_t nat,
                                    double level, int suppress_below, int last_year);

#endif
