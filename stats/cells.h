/* Every number a run publishes, after disclosure, as one list of cells (datasets/edition.h):
 * series points, categories, regions, recidivism tables, estimates, targets, trends and the
 * changes the key findings state, with their marks and flags, and the definitions behind
 * them. A hidden cell keeps only its mark. An edition is this list as written; the chapter on
 * revisions compares two of them. */
#ifndef RP_CELLS_H
#define RP_CELLS_H

#include "datasets/edition.h"
#include "stats/model.h"

/* Ownership: returns a sorted list the caller frees with rp_cells_free and then free(); NULL
 * when memory runs out. A cell that is hidden in the model (rp_hide) is RP_PM_HIDDEN with no
 * value, whatever hid it: small and second cells are one mark. */
rp_cells *rp_model_cells(const rp_model *m);

/* Keeps the cells a document of that kind publishes: everything for the yearly monitor; for
 * the nulmeting the targets' baselines, target values, required changes and SMART audits,
 * the series of their indicators up to each baseline year and the estimates; for a letter the
 * latest figure of every indicator, the targets, and the figures of revised (the revisions it
 * lists, NULL for none). Definitions of what stays are kept. */
struct rp_revisions;
void rp_cells_scope(rp_cells *l, const rp_model *m, rp_ed_kind kind,
                    const struct rp_revisions *revised);

#endif
