/* tabulate on a project (cli/tab_project.c): a query that asks for what the report publishes
 * (the year, with an indicator's `by` or the region, under that count indicator's filter as
 * written) gets the report's own cells and marks; any other query is ad hoc, and every count
 * of it is perturbed by its cell key (stats/cellkey.h) with the project's key, then counts
 * below the project's threshold hidden. */
#ifndef RP_TAB_PROJECT_H
#define RP_TAB_PROJECT_H

#include "base/diag.h"
#include "datasets/tabulate.h"
#include "stats/model.h"

typedef enum { RP_TABQ_PUBLISHED, RP_TABQ_PERTURBED } rp_tabq_kind;

/* Ownership: rp_tabq_run returns a table the caller frees with rp_tabq_free (NULL ok). A
 * hidden cell's count is 0 (its value is not kept). */
typedef struct rp_tabq {
    rp_tab *t;
    unsigned char *hide;     /* per row: its rp_hide mark */
    unsigned char *exact;    /* RP_TABQ_PERTURBED: per row, 1 when it is a published cell
                                (exact, not perturbed) */
    rp_tabq_kind kind;
    const char *indicator;   /* RP_TABQ_PUBLISHED: the indicator's title (borrowed) */
} rp_tabq;

/* The query on dataset (NULL: the project's only records or counts dataset). NULL with why
 * (static text) when it cannot be answered; problems of the file go to diag. */
rp_tabq *rp_tabq_run(const rp_model *m, const char *dataset, char **cols, size_t n,
                     const char *where, rp_diag *diag, const char **why);
void rp_tabq_free(rp_tabq *q);

#endif
