/* Loader of published recidivism figures (SPEC section 4): one row per cohort and follow-up,
 * cohort;years;prevalence;n with an optional published interval lo;hi, for staff who get the
 * Dadermonitor's percentages rather than person-level data. */
#ifndef RP_RECID_AGG_H
#define RP_RECID_AGG_H

#include <stddef.h>
#include "datasets/csvfile.h"
#include "base/diag.h"

typedef struct rp_recid_agg_row {
    int cohort;
    double years;            /* follow-up in years */
    double prevalence;       /* a fraction; "36%" reads as 0.36 */
    double n;                /* offenders the figure rests on; NaN when not published */
    double lo, hi;           /* the published interval, NaN without */
} rp_recid_agg_row;

/* Ownership: rp_recid_agg_load returns data the caller frees with rp_recid_agg_free (NULL
 * ok). */
typedef struct rp_recid_agg {
    size_t n;
    rp_recid_agg_row *rows;  /* in file order */
    char *name;
} rp_recid_agg;

/* Whether an open file's header is that of published figures (cohort, years, prevalence). */
int rp_recid_agg_header(const rp_csv *c);
/* Reads and checks every row (each problem in diag as file:line:column); NULL on any. */
rp_recid_agg *rp_recid_agg_load(const char *path, const char *name, char decimal, rp_diag *diag);
void rp_recid_agg_free(rp_recid_agg *a);

#endif
