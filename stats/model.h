/* The monitor's statistics in one place: the series of every indicator and the assessment of
 * every target, built once and shared by the targets, baseline, charts and report commands. */
#ifndef RP_MODEL_H
#define RP_MODEL_H

#include "datasets/project.h"
#include "stats/disclose.h"
#include "stats/estimate.h"
#include "stats/recidivism.h"
#include "stats/regional.h"
#include "stats/series.h"
#include "stats/target.h"

/* Ownership: rp_model_build returns a model the caller frees with rp_model_free; it points
 * into the project, which must outlive it. */
typedef struct rp_model {
    const rp_project *p;
    int last_year;                 /* data after this year are left out (0: none) */
    double level;
    rp_series *series;             /* per indicator; n == 0 when it has no data; hidden
                                    * points keep no value */
    rp_breakdown *by;              /* per indicator: its categories (ncats 0 without `by`) */
    /* Recidivism, for the report's section: the first recidivism dataset, by cohort at 2, 5 and
     * 7 years (recid), and by the grouping the chart draws (recid_by: the recidivism
     * indicator's `by`, else the first column besides cohort; recid_groups, NULL when there is
     * none), with the published curves of the chart's groups (curves, one per group of
     * recid_groups, else of recid). */
    const rp_recid *recid_data;
    const rp_recid_agg *recid_published; /* or the published figures, when there are no people */
    double recid_at[3];
    int recid_by;
    rp_recid_result *recid, *recid_groups;
    rp_recid_curve *curves;
    rp_regional *regional;         /* the regional comparison every output shows (the
                                    * default indicator in the model's year), or NULL */
    rp_target_result *targets;     /* per target */
    int *assessed;                 /* per target: 1 when assessed (its indicator has data) */
    rp_estimate **estimates;       /* per [estimate]: the hidden number, or NULL */
} rp_model;

/* last_year: 0 for the project's report_year (or all data when it has none). Problems with a
 * target itself (a change target on a zero baseline) go to diag with monitor.ini's line, and
 * make the build fail (NULL). */
rp_model *rp_model_build(const rp_project *p, int last_year, rp_diag *diag);
void rp_model_free(rp_model *m);

/* The estimate of a [estimate] section's data as the section asks for it (model, terms,
 * threshold, bootstrap), with the project's confidence and suppress_below. Returns NULL when
 * memory runs out. Ownership: the caller frees with rp_estimate_free. */
rp_estimate *rp_model_estimate(const rp_project *p, size_t k);

/* The series of an indicator by id, or NULL. */
const rp_series *rp_model_series(const rp_model *m, const char *id);

#endif
