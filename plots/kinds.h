/* The chart kinds of a monitor, each built from the model (numbers computed by stats/) into
 * an rp_chart: data, script and alt text. Ownership: each returns a chart the caller frees
 * with rp_chart_free, or NULL when there is nothing to draw. */
#ifndef RP_KINDS_H
#define RP_KINDS_H

#include "plots/chart.h"
#include "stats/model.h"
#include "stats/recidivism.h"
#include "stats/regional.h"

/* An indicator's series with its interval band, fitted trend, flags and breaks; with a
 * target: the baseline marker, the target point and line, and the projection cone. */
rp_chart *rp_chart_trend(const rp_model *m, size_t indicator, const rp_target_result *target);
/* Bars by category (an indicator's `by` column) in its latest year, sorted, with whiskers. */
rp_chart *rp_chart_categories(const rp_model *m, size_t indicator);
/* Stacked bars by category per year (an indicator's `by` column). */
rp_chart *rp_chart_stacked(const rp_model *m, size_t indicator);
/* Rates by region, sorted, with whiskers and the national rate. */
rp_chart *rp_chart_region_bars(const rp_model *m, const rp_regional *r);
/* The funnel plot: regional rates against population with the 95% and 99.8% limits. */
rp_chart *rp_chart_funnel(const rp_model *m, const rp_regional *r);
/* Kaplan-Meier curves (prevalence of reoffending) with bands, one per group. */
rp_chart *rp_chart_km(const rp_model *m);
/* The hidden number of victims of an [estimate]: registered and estimated per stratum. */
rp_chart *rp_chart_estimate(const rp_model *m, size_t k);
/* Small multiples: every indicator's series in a grid, at most 9 to a chart; more take
 * several charts (ids overview, overview_2, ...). Sets *out to an array of *n charts (the
 * caller frees each and the array; none when fewer than two indicators have data). Returns
 * 0 or -1. */
int rp_chart_multiples(const rp_model *m, rp_chart ***out, size_t *n);
/* The target dashboard: every target's progress ratio and category at a glance. */
rp_chart *rp_chart_dashboard(const rp_model *m);

/* Every chart of the monitor, in report order. Ownership: the caller frees each chart and
 * the array (rp_charts_free). */
typedef struct rp_charts {
    rp_chart **c;
    size_t n;
} rp_charts;
int rp_charts_build(const rp_model *m, rp_charts *out);
void rp_charts_free(rp_charts *cs);
/* The chart with this id, or NULL. */
rp_chart *rp_charts_find(const rp_charts *cs, const char *id);

#endif
