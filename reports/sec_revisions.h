/* The chapter on what changed since the previous edition (the yearly monitor and the letter),
 * the nulmeting as published (the monitor, the letter and a later nulmeting), and their
 * tables: tables/revisions.csv (indicator, year, old, new, change, reason, then table, key,
 * followup, relative_change, age, note; a header only when nothing changed),
 * tables/revision_stats.csv and tables/baseline_published.csv. */
#ifndef RP_SEC_REVISIONS_H
#define RP_SEC_REVISIONS_H

#include "reports/doc.h"
#include "reports/tables.h"
#include "stats/revisions.h"

/* What a run compares itself with (cli/cmd_report.c builds it). Borrowed. */
typedef struct rp_run_editions {
    const rp_revisions *rev;   /* with the previous edition; NULL when none is recorded */
    const rp_revisions *nul;   /* with the nulmeting as published; NULL when none */
    const char *period;        /* the letter's half year, "2025-H1"; NULL otherwise */
} rp_run_editions;

/* Adds revisions, revision_stats (with rev) and baseline_published (with nul) to ts. */
void rp_tables_revisions(const rp_model *m, const rp_run_editions *ed, rp_tables *ts);

/* The chapter (nothing without ed->rev and ed->nul): what was compared and what changed, per
 * indicator (or in one table in the letter, brief set) with old and new published values,
 * the size of the revision and why, the revision statistics by age (not in brief), and the
 * nulmeting as published. */
void rp_doc_revisions(rp_doc *d, const rp_model *m, const rp_run_editions *ed, int brief);

/* The nulmeting as published against today's data, as a section of level 1 in a nulmeting
 * (in_baseline set) and 2 in the chapter of the monitor or the letter. */
void rp_doc_nulmeting_published(rp_doc *d, const rp_model *m, const rp_revisions *nul,
                                int in_baseline, int letter);

#endif
