/* The monitor's statistics in one place: the series of every indicator and the assessment of
 * every target, built once and shared by the targets, baseline, charts and report commands. */
#ifndef RP_MODEL_H
#define RP_MODEL_H

#include "datasets/project.h"
#include "stats/disclose.h"
#include "stats/estimate.h"
struct rp_findings; /* stats/findings.h */
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
    const rp_recid *recid_data;    /* the people, as they stood at the end of last_year */
    const rp_recid *recid_source;  /* the project's own data they were cut from */
    const rp_recid_agg *recid_published; /* the published figures, when the project has them */
    double recid_at[3];
    int recid_by;
    rp_recid_result *recid, *recid_groups;
    rp_recid_curve *curves;
    /* The published figures as published: every follow-up the file gives (recid_pub_at,
     * ascending), by cohort, each cohort only from follow-ups complete by last_year. When the
     * project has no person-level data, recid is this table too. */
    rp_recid_result *recid_pub;
    double recid_pub_at[16];
    size_t recid_pub_nat;
    rp_regional *regional;         /* the regional comparison every output shows (the
                                    * default indicator in the model's year), or NULL */
    rp_target_result *targets;     /* per target */
    int *assessed;                 /* per target: 1 when assessed (its indicator has data) */
    rp_estimate **estimates;       /* per [estimate]: the hidden number, or NULL */
    /* Data as they stood at the end of last_year (owned): recidivism follow-up cut at its
     * last day (per dataset, NULL for others), capture strata after it left out (per
     * estimate). */
    rp_recid **recid_cut;
    rp_captures **captures_cut;
    struct rp_findings *findings;  /* the key findings, from the published cells */
    struct rp_publication *pub;    /* every count published from the datasets, in every year,
                                    * protected at once: the marks and the audit's record */
} rp_model;

/* last_year: 0 for the project's report_year (or all data when it has none). Everything is
 * built from data up to last_year only: series and breakdowns end there, recidivism is
 * followed up to its last day, published recidivism figures count from the year their
 * follow-up ends, capture strata of later years are left out. Problems with a target itself
 * (a change target on a zero baseline) go to diag with monitor.ini's line, and make the
 * build fail (NULL). */
rp_model *rp_model_build(const rp_project *p, int last_year, rp_diag *diag);
void rp_model_free(rp_model *m);

/* The estimate of a [estimate] section's data as the section asks for it (model, terms,
 * threshold, bootstrap), with the project's confidence and suppress_below, on captures c (the
 * section's own, or a cut of them). Returns NULL when memory runs out. Ownership: the caller
 * frees with rp_estimate_free. */
rp_estimate *rp_model_estimate(const rp_project *p, size_t k, const rp_captures *c);

/* The regional comparison of indicator ind in year (0: the model's year) against base (0:
 * the first year with data), with the marks of the project's publication: the same cells
 * as every document. NULL with why (static text) when it cannot be made. Ownership: the
 * caller frees with rp_regional_free. */
rp_regional *rp_model_regional(const rp_model *m, int ind, int year, int base,
                               const char **why);

/* Marks e, an estimate of p's [estimate] k on c (its tables, or a cut of them), as the
 * project's publication does (stats/publication.h: a row or leave-one-out row hidden in one
 * run is hidden in all), then wipes what is hidden (rp_estimate_wipe). */
void rp_model_mark_estimate(const rp_model *m, size_t k, const rp_captures *c, rp_estimate *e);

/* The series of an indicator by id, or NULL. */
const rp_series *rp_model_series(const rp_model *m, const char *id);

#endif
