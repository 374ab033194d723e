/* Where an ad-hoc table's cells meet the cells a project publishes (cli/tab_nest.c). */
#ifndef RP_TAB_NEST_H
#define RP_TAB_NEST_H

#include "datasets/tabulate.h"
#include "stats/model.h"

/* Ownership: rp_tab_nest_new returns a counter the caller frees with rp_tab_nest_free (NULL
 * ok); it borrows the model and the dataset's name. */
typedef struct rp_tab_nest rp_tab_nest;

rp_tab_nest *rp_tab_nest_new(const rp_model *m, const char *dataset);
void rp_tab_nest_free(rp_tab_nest *t);
/* The hook to pass to rp_tabulate_dataset (with the columns it reads). */
void rp_tab_nest_hook(rp_tab_nest *t, rp_tab_hook *h);
/* After the pass, per row of tab: same[r] the mark of the published cell with exactly its
 * rows (-1 when none), near[r] 1 when its rows and a published cell's differ by 1 to
 * suppress_below-1 rows, one holding the other. */
void rp_tab_nest_judge(const rp_tab_nest *t, const rp_tab *tab, int *same, unsigned char *near);

#endif
