/* A CSV file read through the dataset conventions: the well-known columns year/jaar,
 * region/regio, count/aantal and flag are typed and checked on every row. */
#ifndef RP_TABLE_H
#define RP_TABLE_H

#include "datasets/csvfile.h"
#include "datasets/regions.h"

#define RP_YEAR_MIN 1900
#define RP_YEAR_MAX 2100

typedef struct rp_trow {
    rp_csv_row raw;
    int year;        /* 0 when the file has no year column */
    int region;      /* index in the regions file; -1 when absent or empty */
    double weight;   /* the count column's value (NaN when its cell is empty: a count that
                      * was not reported is missing, never 0), or 1 for a record (the number
                      * of records, for a group of them counted by a database) */
    char flag;       /* 'p', 'e', 'r', or 0 */
    double lo, hi;   /* a published interval (lo/ondergrens, hi/bovengrens); NaN without */
    double value;    /* a published share (value/waarde; "17,4%" reads as 0.174); NaN without */
    double n;        /* the number it rests on (n), NaN without */
} rp_trow;

/* Ownership: rp_table_open returns a reader the caller frees with rp_table_close (NULL ok);
 * regions is borrowed (may be NULL: region codes are then not checked) and must outlive it. */
typedef struct rp_table rp_table;

rp_table *rp_table_open(const char *path, const char *name, char decimal,
                        const rp_regions *regions, rp_diag *diag);
/* The same over an open reader, which it takes (NULL gives NULL). */
rp_table *rp_table_wrap(rp_csv *c, const rp_regions *regions, rp_diag *diag);
void rp_table_close(rp_table *t);
/* The columns of a published interval (lo or ondergrens, hi or bovengrens), or -1. A file has
 * both or neither; each row then gives lo <= count <= hi, or both empty. */
int rp_table_bounds_cols(const rp_table *t, int *hi);
/* Published figures (value or waarde) without a percent sign are percentages: the dataset
 * says unit = percent. Without it such a figure above 1 is refused as ambiguous. */
void rp_table_set_percent(rp_table *t, int percent);
/* The columns of a published figure (value or waarde) and its base (n), or -1. */
int rp_table_value_cols(const rp_table *t, int *n);
rp_csv *rp_table_csv(rp_table *t);

/* Column indices of the well-known columns, -1 when absent. */
int rp_table_year_col(const rp_table *t);
int rp_table_region_col(const rp_table *t);
int rp_table_count_col(const rp_table *t);
int rp_table_flag_col(const rp_table *t);

/* The next row whose well-known cells are valid; rows with problems are reported and skipped.
 * 1, 0 at the end, -1 when the file cannot be read further. */
int rp_table_next(rp_table *t, rp_trow *row);
long rp_table_rows(const rp_table *t);      /* data rows (records) seen, good or bad */

#endif
