/* The counts a project publishes from its datasets, every year of them, as one ledger
 * (stats/ledger.h): every series point, category and region of every year, whatever year a
 * run reports or which document it writes, so that every run of a project protects the same
 * cells and no two runs set side by side give a hidden count back. The model takes its marks
 * from it. */
#ifndef RP_PUBLICATION_H
#define RP_PUBLICATION_H

#include "datasets/project.h"
#include "stats/ledger.h"

/* What the recidivism tables publish: the people (all of them, not cut at a run's year), the
 * column of the table by group (-1: none), the follow-up times, and the latest year a run of
 * the project can report. */
typedef struct rp_recid_spec {
    const rp_recid *people;
    int by;
    const double *at;
    size_t nat;
    int last;
    int single;            /* only the tables of year `last` (one file on its own) */
} rp_recid_spec;

/* Ownership: rp_publication_build returns a publication the caller frees with
 * rp_publication_free (NULL ok); it points into the project, which must outlive it. */
typedef struct rp_publication {
    const rp_project *p;
    rp_ledger *l;
    int regional;          /* the indicator the documents compare by region, or -1 */
    rp_audit audit;
    int *space;            /* per dataset: its ledger space, -1 without atoms */
    size_t **by_year;      /* per dataset: its atoms ordered by year */
    int *first;            /* per dataset: the first year of its atoms */
    size_t **year_at;      /* per dataset: by_year offsets of each year, one past the last */
    int *nyears;
    rp_recid_spec recid;   /* people NULL without recidivism data; at points to at */
    double at[16];
    int recid_space;
    size_t *recid_atom;    /* per person: the atom */
    int *atom_cohort;      /* per recidivism atom: cohort, group value, and per time a bit
                            * pair (1 still followed, 2 an offence by then) */
    size_t *atom_group;
    unsigned char *atom_state;
    size_t recid_atoms;
    int recid_first;       /* the first cohort */
    int *est_space;        /* per estimate: the space of its tables' atoms, -1 without */
} rp_publication;

/* Registers every published count of p's datasets and protects them (rp_ledger_protect).
 * key orders equal second cells (the project's secret). Returns NULL when memory runs out
 * or GLPK fails; *err then says which (static text). */
rp_publication *rp_publication_build(const rp_project *p, const rp_recid_spec *recid,
                                     uint64_t key, const char **err);
void rp_publication_free(rp_publication *pub);

/* What a series point or a category publishes, and whether it is hidden: the count of
 * indicator i in year (its numerator for a share, the values of a mean), its denominator
 * (shares), in one category of its `by` (cat >= 0) or one region (region >= 0). Returns the
 * rp_hide mark (RP_SHOWN when every count it publishes is shown), or -1 when the cell is not
 * in the ledger (a year or category without rows). */
int rp_publication_mark(const rp_publication *pub, size_t i, int year, int cat, int region);

/* The mark of a share's denominator alone (-1 for other measures, or when not registered). */
int rp_publication_den_mark(const rp_publication *pub, size_t i, int year, int cat, int region);

/* The mark of the regional comparison's national row of indicator i in year: the regions
 * with population added up. -1 when it is not in the ledger. */
int rp_publication_national_mark(const rp_publication *pub, size_t i, int year);

/* The ledger of one recidivism file on its own (recidivism FILE): its tables by cohort and by
 * spec->by at spec->at as a run of year spec->last counts them (spec->single set), protected
 * at threshold below. NULL when memory runs out or GLPK fails (*err says which). */
rp_publication *rp_publication_people(const rp_recid_spec *spec, int below, uint64_t key,
                                      const char **err);

/* The marks of a recidivism table's row as a run of year `year` publishes it: table 0 by
 * cohort (group the cohort's year), 1 by the group column (group its value); at time at[j];
 * field 0 n, 1 events, 2 at risk. Returns the rp_hide mark, or -1 when it is not in the
 * ledger. */
int rp_publication_recid_mark(const rp_publication *pub, int table, const char *group,
                              size_t j, int year, int field);

/* The mark of an estimate's row as a run publishes it from cut, the tables of p's estimate k
 * as they stood in the run's year (rp_captures_until): row < cut->nstrata one stratum, else
 * the strata added up; dropped -1 the row's observed people, else those on the other lists
 * (list `dropped` left out). Returns the rp_hide mark, or -1 when it is not in the ledger. */
int rp_publication_est_mark(const rp_publication *pub, size_t k, const rp_captures *cut,
                            size_t row, int dropped);

/* For rp_publication_build (stats/pub_estimate.c): registers the estimates' counts. */
int rp_publication_add_estimates(rp_publication *pub);

#endif
