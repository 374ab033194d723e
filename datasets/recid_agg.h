/* Loader of published recidivism figures (SPEC section 4): one row per cohort and follow-up,
 * cohort;years;prevalence;n (Dutch: cohort;jaren;prevalentie;n) with an optional published
 * interval lo;hi (ondergrens;bovengrens), for staff who get the Dadermonitor's percentages
 * rather than person-level data. */
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

/* Whether an open file's header is that of published figures: cohort, years (jaren) and
 * prevalence (prevalentie), in English or Dutch. */
int rp_recid_agg_header(const rp_csv *c);
/* Whether a recidivism file means to be published figures: no start or event of person-level
 * data, and a column years or prevalence (or their Dutch); its problems are then those of
 * this format. */
int rp_recid_agg_like(const rp_csv *c);
/* Reads and checks every row (each problem in diag as file:line:column); NULL on any. Figures
 * without % are percentages when percent is set (the dataset's unit = percent); otherwise one
 * above 1 is refused as ambiguous. A row whose figure cells are all empty is a figure not
 * published: left out, so that its cohort is missing. */
rp_recid_agg *rp_recid_agg_load(const char *path, const char *name, char decimal, int percent,
                                rp_diag *diag);
void rp_recid_agg_free(rp_recid_agg *a);

#endif
