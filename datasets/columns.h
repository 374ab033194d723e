/* Reads a few named numeric columns of a small CSV file (a series for `trend`), with the line
 * of every row, reporting cells that are not numbers. Memory grows with the rows: meant for
 * series of tens or hundreds of points, not record files. */
#ifndef RP_COLUMNS_H
#define RP_COLUMNS_H

#include <stddef.h>
#include "base/diag.h"

/* Ownership: rp_columns_read returns columns the caller frees with rp_columns_free. */
typedef struct rp_columns {
    size_t ncols, n;
    double **v;         /* ncols arrays of n values; NaN for an empty cell */
    long *line;         /* line of each row */
    int *col;           /* 1-based column number of each requested column in the file */
    char **names;       /* header names as in the file */
    char *file;
} rp_columns;

/* names: ncols column names (case-insensitive). Returns NULL after reporting when the file is
 * unreadable or a column is missing. A cell that is not a number is reported and read as NaN:
 * the caller checks diag before trusting the values, and can report more problems first. */
rp_columns *rp_columns_read(const char *path, const char *const *names, size_t ncols,
                            char decimal, rp_diag *diag);
void rp_columns_free(rp_columns *c);

#endif
