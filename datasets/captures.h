/* Capture-history files for multiple systems estimation: one 0/1 column per list, a count
 * column (count, aantal or frequency), and optional stratum columns; histories not listed
 * count 0. */
#ifndef RP_CAPTURES_H
#define RP_CAPTURES_H

#include <stddef.h>
#include "base/diag.h"

/* The same limit as stats/mse.h: 2^t - 1 cells, t(t-1)/2 candidate pairs. */
#define RP_CAPTURES_MAX_LISTS 12

/* Ownership: rp_captures_read returns tables the caller frees with rp_captures_free (NULL
 * ok); every string and array belongs to them. */
typedef struct rp_captures {
    char *file;              /* as named in messages */
    int nlists;
    char **lists;            /* list names, as in the header */
    char *by;                /* the stratum column as in the header, or NULL */
    size_t nstrata;          /* 1 without a stratum column */
    char **strata;           /* stratum values in natural order ("all" without one) */
    double **cell;           /* per stratum: 2^nlists counts indexed by history (bit i: list i) */
    double *all;             /* the strata added up */
} rp_captures;

/* Reads path. count: the count column (NULL: count, aantal, frequency or freq). by: the
 * stratum column or NULL. lists: the list columns (nlists of them) or NULL for every column
 * that is neither the count nor the stratum. Every problem goes to diag as file:line:column
 * (a list cell that is not 0 or 1, a repeated history within a stratum, people on no list,
 * more than RP_CAPTURES_MAX_LISTS lists); returns NULL when there was any. */
rp_captures *rp_captures_read(const char *path, const char *name, char decimal,
                              const char *count, const char *by, const char *const *lists,
                              size_t nlists, rp_diag *diag);
void rp_captures_free(rp_captures *c);

/* The tables as they stood in `year`: strata that are later years left out (a stratum column
 * of other values is kept whole), the total made anew. A copy the caller frees with
 * rp_captures_free; NULL when memory runs out. A copy may have no strata left. */
rp_captures *rp_captures_until(const rp_captures *c, int year);

/* The year stratum s stands for (a whole number from 1900 to 2100 in a stratum column), or 0:
 * the strata a run of year Y estimates are those of no year and those of years up to Y. */
int rp_captures_year(const rp_captures *c, size_t s);

/* Reads "A:B, C:D" (pairs of the file's lists, names case-insensitive) into pairs[2k],
 * pairs[2k+1] with the smaller index first, at most max pairs. Returns 0, or -1 with why in
 * err (n bytes), in the language of lang's messages (NULL: English). */
int rp_captures_terms(const rp_captures *c, const char *text, int *pairs, size_t max,
                      size_t *npairs, const rp_diag *lang, char *err, size_t n);

/* Whether list i holds no one, or everyone, of the table: such a list says nothing about
 * the people on no list, and its main effect would be infinite. */
int rp_captures_uninformative(const double *cell, int nlists, int i);

#endif
