/* The regions file (code;name;year;population): region codes, names and the population of
 * each region in each year. A region without any population is a national unit. */
#ifndef RP_REGIONS_H
#define RP_REGIONS_H

#include <stddef.h>
#include "base/diag.h"

typedef struct rp_region {
    char *code;
    char *name;
    int has_population;   /* 0 for a national unit */
    long line;            /* first line of the region in the file */
} rp_region;

/* Ownership: rp_regions_load returns a table the caller frees with rp_regions_free (NULL ok);
 * every string in it is owned by the table. */
typedef struct rp_regions {
    rp_region *r;
    size_t n;
    int year_min, year_max;   /* years that have rows; 0 when none */
    double *pop;              /* n * (year_max - year_min + 1), NAN where no population */
    char *name;               /* the file as named in messages */
} rp_regions;

/* Returns NULL after reporting every problem to diag; with partial set, returns what could be
 * read even when there were problems (for validate, so that region codes are still checked),
 * NULL only when the file could not be read at all. */
rp_regions *rp_regions_load(const char *path, const char *name, int partial, rp_diag *diag);
void rp_regions_free(rp_regions *r);

/* Index of a code (case-insensitive), or -1. */
int rp_regions_find(const rp_regions *r, const char *code);
/* Population of region i in year, or NAN when there is none. */
double rp_regions_population(const rp_regions *r, size_t i, int year);
/* Sum over the regions with population, or NAN when any such region lacks the year. */
double rp_regions_total(const rp_regions *r, int year);
/* "NN, ON, MN, ..." for messages; caller frees. */
char *rp_regions_codes(const rp_regions *r);

#endif
