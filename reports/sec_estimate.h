/* The estimated number of victims in the documents: per [estimate] the method, the headline
 * figure, the chart, the table, the warnings, and how far the figure depends on the model
 * (a sentence and a sensitivity table). */
#ifndef RP_SEC_ESTIMATE_H
#define RP_SEC_ESTIMATE_H

#include "reports/doc.h"
#include "reports/tables.h"
#include "stats/model.h"

struct rp_charts;

/* The sensitivity of [estimate] k's headline row (stats/estimate.h rp_estimate_headline): main
 * effects, the stepwise model, the smallest BIC, the BIC-weighted average with its range, and
 * the lowest and highest estimate with one list left out; NULL when nothing is published.
 * Ownership: the caller frees with rp_dtable_free (or hands it to a list of tables). */
rp_dtable *rp_table_estimate_sensitivity(const rp_model *m, size_t k);

/* The tables of every estimate, added to ts: the estimate per stratum and the sensitivity
 * table (both documents). */
void rp_tables_estimates(const rp_model *m, rp_tables *ts);

/* A chapter per [estimate]; baseline: the nulmeting's (no chart, which it does not draw). */
void rp_doc_estimates(rp_doc *d, const rp_model *m, const struct rp_charts *cs,
                      const rp_tables *ts, int baseline);

#endif
