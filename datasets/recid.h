/* Loader of recidivism files (SPEC section 4): one row per person with id, cohort, start,
 * event, end and optional detained_days; every other column groups people. */
#ifndef RP_RECID_H
#define RP_RECID_H

#include <stddef.h>
#include "datasets/csvfile.h"
#include "base/diag.h"

#define RP_DAYS_PER_YEAR 365.25

/* Ownership: rp_recid_load returns data the caller frees with rp_recid_free (NULL ok). */
typedef struct rp_recid {
    size_t n;                /* people */
    int *cohort;
    double *time;            /* years at risk: (event or end) - start - detained, / 365.25 */
    unsigned char *event;    /* 1 when a new offence ended the time at risk */
    long *start, *stop;      /* days since 1970-01-01: the first day at risk, and the event
                              * or the end of observation */
    double *detained;        /* days in detention between the two */
    size_t ncols;            /* grouping columns, cohort among them */
    char **colnames;
    size_t *val;             /* n * ncols: index of each person's value in values[col] */
    char ***values;          /* distinct values per grouping column, first-seen order */
    size_t *nvalues;
    char *name;              /* the file as named in messages */
} rp_recid;

/* Reads and checks every row; returns NULL when there was any problem (all in diag). */
rp_recid *rp_recid_load(const char *path, const char *name, char decimal, rp_diag *diag);
/* The same from an open reader, which it takes (and closes; NULL is a reader that failed to
 * open and gives NULL). */
rp_recid *rp_recid_read(rp_csv *c, const char *name, rp_diag *diag);
void rp_recid_free(rp_recid *r);
/* The data as they stood at the end of day `cutoff` (days since 1970-01-01), for a report
 * of an earlier year: people who started later are left out, follow-up stops at the cutoff
 * (a later offence is not yet an event), and days in detention are counted in proportion
 * to the follow-up kept (the file gives their total, not their dates). Returns a copy the
 * caller frees with rp_recid_free, or NULL when memory runs out. */
rp_recid *rp_recid_until(const rp_recid *r, long cutoff);
/* Index of a grouping column (case-insensitive), or -1. */
int rp_recid_col(const rp_recid *r, const char *name);

#endif
