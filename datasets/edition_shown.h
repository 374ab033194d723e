/* What earlier editions published of a cell: the disclosure step keeps a count an edition
 * already showed (every edition is public for good) as it was, so that choosing it as a
 * second cell now would hide nothing. */
#ifndef RP_EDITION_SHOWN_H
#define RP_EDITION_SHOWN_H

#include "datasets/edition.h"
#include "datasets/project.h"

/* What the editions published of one cell, for the disclosure step (every edition is
 * public for good): 1 when one of them showed it, with *value as the latest of those showed
 * it (and *which, when not NULL); 0 when editions have the cell but none showed a number; -1
 * when none has it. */
int rp_editions_shown(const rp_editions *es, rp_ptable table, const char *item, int year,
                      const char *key, double followup, const char *field, double *value,
                      const rp_edition **which);
/* Whether an edition showed the cell with the value v (as written, %.10g): then it is public
 * as it stands, whatever this run would hide. */
int rp_editions_shown_as(const rp_editions *es, rp_ptable table, const char *item, int year,
                         const char *key, double followup, const char *field, double v);

/* The same for a count the publication registers (stats/publication.h): indicator i's count in
 * year (its numerator; den set: a share's denominator; a mean's n either way), overall (cat
 * and region -1), in one category of its `by` (cat >= 0, the index of p->ind[i]->cats) or
 * one region (region >= 0, the index in the regions file). Series and categories are the
 * cells num and den; regions the regional comparison's count. */
int rp_editions_count_shown(const rp_editions *es, const rp_project *p, size_t i, int year,
                            int cat, int region, int den, double *value);
int rp_editions_count_shown_as(const rp_editions *es, const rp_project *p, size_t i, int year,
                               int cat, int region, int den, double v);

#endif
