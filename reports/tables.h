/* The tables of the nulmeting and the yearly monitor, built from the model as rp_dtables in
 * the project's language, with disclosure control applied cell by cell. */
#ifndef RP_TABLES_H
#define RP_TABLES_H

#include "reports/dtable.h"
#include "stats/model.h"
#include "stats/recidivism.h"
#include "stats/regional.h"

/* A list of tables. Ownership: rp_tables_free frees the tables and the list. */
typedef struct rp_tables {
    rp_dtable **t;
    size_t n;
} rp_tables;

void rp_tables_add(rp_tables *ts, rp_dtable *t);
void rp_tables_free(rp_tables *ts);

/* One table per indicator's series: year, value, interval, numerator/denominator, flag. */
rp_dtable *rp_table_series(const rp_model *m, size_t indicator);
/* The nulmeting: per target its baseline with interval, the required annual change and the
 * SMART verdicts; the series up to each baseline; the audit's reasons. */
void rp_tables_baseline(const rp_model *m, rp_tables *out);
/* Every target's assessment. */
rp_dtable *rp_table_targets(const rp_model *m);
/* The same in fewer columns ("2019: 5,0%"), for the documents. */
rp_dtable *rp_table_targets_brief(const rp_model *m);
/* The regional comparison. */
rp_dtable *rp_table_regions(const rp_model *m, const rp_regional *r);
/* Recidivism prevalence per cohort at the times asked. */
/* A table's file and sheet name, prefix + id, with anything but letters, digits, '_' and '-'
 * made '_' (a column name from the data may be part of it). Caller frees. */
char *rp_table_name(const char *prefix, const char *id);
rp_dtable *rp_table_recidivism(const rp_model *m, const rp_recid_result *res, const double *at);

/* The hidden number of an [estimate] per stratum, with its pooled row. */
rp_dtable *rp_table_estimate(const rp_model *m, size_t k);


#endif
