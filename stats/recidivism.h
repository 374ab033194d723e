/* Recidivism prevalence: Kaplan-Meier curves of a recidivism file, per group, at the
 * requested follow-up times, with the log-rank test; and the same table from published
 * figures. Marks come from the project's publication (stats/publication.h), which sees every
 * count of these tables at once; a hidden count keeps no value. */
#ifndef RP_RECIDIVISM_H
#define RP_RECIDIVISM_H

#include <stddef.h>
#include "datasets/recid.h"
#include "datasets/recid_agg.h"
#include "stats/km.h"

/* One row of a table: a group at one follow-up time, as it may be published. Counts are
 * doubles so that a hidden one can keep no value (NaN). */
typedef struct rp_recid_row {
    const char *group;       /* owned by the rp_recid the result was made from; "all" */
    double t;                /* the follow-up, in years */
    double n;                /* people counted in the row: for a time t, those whose t years
                              * of follow-up ended by the last year */
    double events;           /* new offences at or before t */
    double at_risk;          /* still followed at t */
    int estimable;           /* the follow-up reaches t for the row: a prevalence exists */
    double prevalence, lo, hi; /* 1 - S(t) with its log-log interval (fractions) */
    unsigned char n_mark;    /* rp_hide marks (stats/disclosure.h): n hidden */
    unsigned char events_mark;   /* events hidden, and with them the prevalence */
    unsigned char at_risk_mark;  /* at risk hidden, and with it the prevalence */
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
    int test_withheld;       /* a group's count is hidden: the test, which would carry it,
                              * is withheld */
    double chi2, df, p;
} rp_recid_result;

/* A group's Kaplan-Meier curve as it may be published: not at each event time (those are the
 * times of single people) but on a monthly grid, and only where at least suppress_below new
 * offences have come since the previous point, so that no step stands for fewer people; it
 * stops where fewer than suppress_below people are still followed. A group of fewer than
 * suppress_below people, or one the tables hide, has no curve (hidden). Prevalences are
 * fractions. */
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

/* by_col: a grouping column of r (rp_recid_col), or -1 for everyone together. last_year (0:
 * none): a time t counts only the people whose follow-up of t years ended by then (those who
 * began by last_year - t), so that a figure, once shown, is the same in every later monitor;
 * where nobody has yet, the row gives the group's people known by then and no figure. Rows come unmarked, with every value: the caller marks (primary marks:
 * rp_recid_mark_small; the rest from the publication) and then wipes (rp_recid_wipe). */
rp_recid_result *rp_recid_analyse(const rp_recid *r, int by_col, const double *at, size_t nat,
                                  double level, int last_year);
void rp_recid_result_free(rp_recid_result *res);

/* Marks every count from 1 to below-1 (n, events, at risk) hidden. */
void rp_recid_mark_small(rp_recid_result *res, int below);
/* Whether any row hides a count; and the log-rank test withheld when so. */
int rp_recid_hides(const rp_recid_result *res);
/* A hidden count keeps no value, nor does the prevalence beside a hidden events or at-risk
 * count; a test over a hidden group is withheld. */
void rp_recid_wipe(rp_recid_result *res);

/* The same table from published figures (datasets/recid_agg.h): one group per cohort, the
 * prevalence at each time in at as published (not estimable where the file has none, or
 * where its follow-up ends after last_year, 0 for none: cohort + years > last_year; cohorts
 * after last_year are left out), the events prevalence x n. Figures published with their n
 * are marked as counts are: n, the events it implies, and those without an event (n less
 * events: a published 83,3% of 12 names 2) from 1 to below-1 hide the row's figure.
 * level: for the Wilson interval of a figure published without one. Ownership as above; it
 * comes marked and wiped. */
rp_recid_result *rp_recid_published(const rp_recid_agg *a, const double *at, size_t nat,
                                    double level, int suppress_below, int last_year);

#endif
