/* The key findings of a monitor, chosen from its published cells: the headline figures first
 * (the headline indicators, the hidden number, recidivism, regions outside the funnel), then
 * significant changes of the latest year by their interval, then trends, targets off track,
 * what is new and what is provisional. Words come from words/; this only chooses and ranks. */
#ifndef RP_FINDINGS_H
#define RP_FINDINGS_H

#include "stats/series.h"

struct rp_model;

/* A change from one year to the next with its interval at the model's level: the rate ratio
 * less 1 in percent for counts and rates (log-Wald), the difference of two proportions in
 * percentage points as a fraction for shares (Newcombe's hybrid score) with the pooled z
 * test's p, the difference of two means in the unit (Welch). */
typedef struct rp_yoy {
    int year, prev;
    rp_change_unit unit;
    double change, lo, hi, p;
} rp_yoy;

typedef enum {
    RP_FIND_HEADLINE = 0, /* an indicator's latest value, and its change with its interval */
    RP_FIND_ESTIMATE,     /* the hidden number: its latest stratum against those registered */
    RP_FIND_RECID,        /* recidivism at each follow-up: the latest cohort that has it */
    RP_FIND_REGIONS,      /* regions outside the 99.8% funnel limits */
    RP_FIND_CHANGE,       /* an indicator whose latest change is significant */
    RP_FIND_TRENDS,       /* significant recent trends (the Fingertips marker) */
    RP_FIND_TARGETS,      /* targets off track */
    RP_FIND_NEW,          /* indicators with their first value in the monitor's year */
    RP_FIND_PROVISIONAL   /* provisional or estimated figures of the monitor's year */
} rp_find_kind;

typedef struct rp_finding {
    rp_find_kind kind;
    size_t item;          /* headline, change: indicator index; estimate: estimate index */
    int year;             /* the year of the figure (headline, change, estimate) */
    int stale;            /* that year is before the monitor's year */
    rp_yoy yoy;           /* headline and change: yoy.year 0 when there is none */
    size_t *list;         /* trends, new, provisional: indicator indices; targets: target
                           * indices; regions: row indices of the regional comparison */
    size_t nlist;
} rp_finding;

/* Ownership: rp_findings_build returns findings the caller frees with rp_findings_free (NULL
 * ok); they point into the model, which must outlive them. */
typedef struct rp_findings {
    rp_finding *f;
    size_t n;
    int year;             /* the monitor's year */
} rp_findings;

/* The findings of a built (disclosed) model, in the order monitor.ini's findings = pins, then
 * the default order above, without what it drops. NULL when memory runs out. */
rp_findings *rp_findings_build(const struct rp_model *m);
void rp_findings_free(rp_findings *f);

/* The change of s from year - 1 to year, both shown (not hidden, not estimates) and on the
 * same side of a break. Returns 0 with *out set, or -1 when there is none. */
int rp_series_yoy(const rp_series *s, int year, double level, rp_yoy *out);

#endif
