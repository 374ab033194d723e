/* One streaming pass over a dataset that checks every row and accumulates, for each
 * indicator that uses the dataset, the numbers per year (and per region and category) that
 * stats/ turns into series. Memory grows with years, regions and categories, not rows. */
#ifndef RP_SCAN_H
#define RP_SCAN_H

#include "datasets/monitor.h"
#include "datasets/regions.h"

enum { RP_FLAG_P = 1, RP_FLAG_E = 2, RP_FLAG_R = 4 };

/* The sums for one year (or one year in one region or category). */
typedef struct rp_cell {
    double num;      /* count: weighted rows passing `where`; share: numerator; mean: sum of w */
    double den;      /* share: weighted rows passing `denominator` */
    double sum;      /* mean: sum of w * x */
    double sumsq;    /* mean: sum of w * x^2 */
    unsigned flags;  /* RP_FLAG_* of the rows counted */
    double rows;     /* rows that passed `where` (unweighted): 0 in a counts file means the
                      * cell was not reported, which is missing unless absent = zero */
    double lo, hi;   /* sums of the published bounds (lo/hi columns) of those rows */
    double bounded;  /* rows among them that gave bounds */
    double value;    /* sum of the published figures (value column) of those rows */
    double vn;       /* sum of their n */
    double valued;   /* rows among them with a published figure; with n: valued_n */
    double valued_n;
    double unknown;     /* rows that passed `where` with an empty count: the sum is not known */
    double den_unknown; /* rows that passed `denominator` with an empty count */
} rp_cell;

/* Accumulated numbers for one indicator. Ownership: belongs to the rp_scan that made it. */
typedef struct rp_indicator_data {
    const rp_indicator_def *def;
    int year_min, year_max;      /* the dataset's years; year_min 0 when it has none */
    const unsigned char *present;/* per year: the dataset has rows in that year */
    rp_cell *years;              /* one per year from year_min */
    rp_cell *regions;            /* nregions * nyears, region-major; NULL without regions */
    size_t nregions;
    char **cats;                 /* `by` categories in first-seen order */
    size_t ncats;
    rp_cell *by;                 /* ncats * nyears, category-major */
    double missing;              /* mean: weighted rows whose value was empty */
    char **notes;                /* per year from year_min: the note on that year (the note
                                  * or noot column, its first row passing `where`), or NULL;
                                  * NULL when the file has no notes */
    int absent_missing;          /* a counts file without absent = zero: a cell no row
                                  * reported (rows == 0) is missing, not 0 */
    int bounds;                  /* the file publishes intervals (lo/hi columns): a row
                                  * without them is a figure published without one */
} rp_indicator_data;

/* What validate reports about a dataset. */
typedef struct rp_dataset_info {
    const rp_dataset_def *def;
    int read;                    /* read to the end (0: its header checks failed, or a fatal
                                  * error such as an unclosed quote stopped the reading) */
    rp_kind kind;                /* as detected: records or counts */
    long rows;                   /* data rows read */
    long empty_counts;           /* rows whose count cell is empty (missing) */
    double total;                /* sum of weights */
    int year_min, year_max;      /* 0 when no year column */
    unsigned char *present;      /* per year from year_min: rows seen */
    size_t nregions_seen;
    char **columns;
    size_t ncolumns;
} rp_dataset_info;

/* Ownership: rp_scan_dataset returns a scan the caller frees with rp_scan_free (NULL ok);
 * def, the indicator defs and regions are borrowed and must outlive it. */
typedef struct rp_scan {
    rp_dataset_info info;
    rp_indicator_data *ind;      /* one per indicator passed in, same order */
    size_t nind;
    struct rp_atoms *atoms;      /* the rows by every distinction a published number makes
                                  * (datasets/atoms.h), when suppress_below > 0 */
    int atoms_failed;            /* memory ran out while counting them */
} rp_scan;

/* Reads def's file once, checking every row (problems go to diag, attributed to the file, or
 * to monitor.ini for a filter or column the file lacks) and filling the accumulators of the
 * nind indicators given (all of which use this dataset). Returns NULL when the file could not
 * be read at all; otherwise a scan, and the caller checks diag for problems. */
rp_scan *rp_scan_dataset(const rp_monitor *m, const rp_dataset_def *def,
                         const rp_indicator_def *const *ind, size_t nind,
                         const rp_regions *regions, rp_diag *diag);
void rp_scan_free(rp_scan *s);

/* The cell of year y, or NULL outside the dataset's years. */
const rp_cell *rp_indicator_year(const rp_indicator_data *d, int y);

/* Whether a cell of d (a year, or a year in a region or category) is missing: a row it adds
 * up has an empty count (for a share, a row of its denominator), or, in a counts file without
 * absent = zero, no row reported it. A missing cell's sums are 0 and mean nothing. */
int rp_cell_missing(const rp_indicator_data *d, const rp_cell *c);

#endif
