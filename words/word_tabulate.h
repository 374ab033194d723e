/* The words of tabulate around its counts: the total, what kind of table it is (the report's
 * cells, an ad-hoc table perturbed by cell key, one below the threshold of publication). */
#ifndef RP_WORD_TABULATE_H
#define RP_WORD_TABULATE_H

#include <stddef.h>
#include "base/buf.h"
#include "base/lang.h"

/* "total: 1.234 in 12 combinations of 5.678 rows", or with hidden counts "total of the counts
 * shown: ..." and why the hidden ones are left out. */
void rp_word_tab_total(rp_buf *b, double total, size_t ncomb, long rows, size_t nhidden,
                       int below, rp_lang lang);
/* "The published cells of indicator T, as in the report." */
void rp_word_tab_published(rp_buf *b, const char *title, rp_lang lang);
/* An ad-hoc table: every count changed by at most d by its cell key; not the published
 * figures. */
void rp_word_tab_perturbed(rp_buf *b, int d, rp_lang lang);
/* --suppress N below the usual threshold of publication: the table is not for publication. */
void rp_word_tab_unpublishable(rp_buf *b, int below, int usual, rp_lang lang);

#endif
