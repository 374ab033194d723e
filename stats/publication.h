/* The counts a project publishes from its datasets, every year of them, as one ledger
 * (stats/ledger.h): every series point, category and region of every year, whatever year a
 * run reports or which document it writes, so that every run of a project protects the same
 * cells and no two runs set side by side give a hidden count back. The model takes its marks
 * from it. */
#ifndef RP_PUBLICATION_H
#define RP_PUBLICATION_H

#include "datasets/project.h"
#include "stats/ledger.h"

/* Ownership: rp_publication_build returns a publication the caller frees with
 * rp_publication_free (NULL ok); it points into the project, which must outlive it. */
typedef struct rp_publication {
    const rp_project *p;
    rp_ledger *l;
    rp_audit audit;
    int *space;            /* per dataset: its ledger space, -1 without atoms */
    size_t **by_year;      /* per dataset: its atoms ordered by year */
    int *first;            /* per dataset: the first year of its atoms */
    size_t **year_at;      /* per dataset: by_year offsets of each year, one past the last */
    int *nyears;
    int regional;          /* the indicator of the regional comparison, or -1 */
} rp_publication;

/* Registers every published count of p's datasets and protects them (rp_ledger_protect).
 * key orders equal second cells (the project's secret). Returns NULL when memory runs out
 * or GLPK fails; *err then says which (static text). */
rp_publication *rp_publication_build(const rp_project *p, int regional, uint64_t key,
                                     const char **err);
void rp_publication_free(rp_publication *pub);

/* What a series point or a category publishes, and whether it is hidden: the count of
 * indicator i in year (its numerator for a share, the values of a mean), its denominator
 * (shares), in one category of its `by` (cat >= 0) or one region (region >= 0). Returns the
 * rp_hide mark (RP_SHOWN when every count it publishes is shown), or -1 when the cell is not
 * in the ledger (a year or category without rows). */
int rp_publication_mark(const rp_publication *pub, size_t i, int year, int cat, int region);

#endif
