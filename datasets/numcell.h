/* Messages for number cells that their file's convention refuses (base/value.h's RP_NUM_*):
 * each names the convention (which sign is decimal, which groups thousands) and what to
 * write, so that every loader words a refused number the same way. */
#ifndef RP_NUMCELL_H
#define RP_NUMCELL_H

#include <stddef.h>
#include "base/diag.h"

/* Reports the count cell s of column `name` that rp_parse_count refused with code (not
 * RP_NUM_OK), under decimal sign `decimal`, as "NAME "s" is not a whole number (why);
 * expected EXPECTED". expected is English, marked with RP_N where it is written: it is said
 * in d's language. */
void rp_numcell_count_error(rp_diag *d, const char *file, long line, long col, const char *name,
                            const char *s, int code, char decimal, const char *expected);

/* The same for a cell that rp_parse_grouped refused with RP_NUM_GROUPS: "NAME "s" is not a
 * number (why); expected 0,174 (...)". */
void rp_numcell_groups_error(rp_diag *d, const char *file, long line, long col,
                             const char *name, const char *s, char decimal);

/* The number x written with the decimal sign `decimal` and no thousands sign ("0,174"), in
 * buf of n bytes. */
const char *rp_numcell_format(double x, char decimal, char *buf, size_t n);

#endif
