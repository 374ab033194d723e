/* The model's disclosure step: the breakdowns by category computed once with their marks, and
 * the margins that span indicators (a filtered indicator is a sum over categories of another
 * indicator's breakdown), so that every output renders the same published cells. */
#ifndef RP_DISCLOSE_H
#define RP_DISCLOSE_H

#include "datasets/project.h"
#include "stats/recidivism.h"
#include "stats/regional.h"
#include "stats/series.h"

/* An indicator's categories per year. Cells run category-major: cell (k, y) is
 * k * ny + (y - year_min). A hidden cell (hide != RP_SHOWN) and a missing year hold NaN in
 * every number. Ownership: the arrays belong to the breakdown (rp_breakdown_clear); cats and
 * present are borrowed from the project. */
typedef struct rp_breakdown {
    size_t ncats, ny;
    int year_min;
    char *const *cats;
    const char **label;             /* per category: its label (labels = ...) or its code */
    const unsigned char *present;   /* per year: the dataset has rows */
    int share;                      /* values are fractions of den */
    double *num, *den;              /* the counts: numerator, and a share's denominator */
    double *value, *lo, *hi;        /* count with its exact/Byar interval, or Wilson share */
    unsigned char *hide;            /* rp_hide */
} rp_breakdown;

/* Builds the breakdown of d (an indicator with `by`, measure count or share) up to last_year
 * (0: all its years) at the given confidence level. Counts of one year add up to the indicator's total, so they get primary
 * and secondary suppression (rp_secondary); a share's numerators, denominators and their
 * differences each add up to a published total, and get it jointly. Returns RP_OK, RP_EDATA
 * (no breakdown) or RP_ENOMEM. */
int rp_breakdown_build(const rp_indicator_data *d, int last_year, double level, int below,
                       rp_breakdown *b);
void rp_breakdown_clear(rp_breakdown *b);
/* Wipes every hidden cell's numbers (after the publication marked more of them). */
void rp_breakdown_wipe(rp_breakdown *b);

/* A recidivism indicator's points (by cohort) hidden where the cohort table hides a count of
 * its cell at the indicator's follow-up (the same cell, published twice). */
void rp_disclose_recid_series(const rp_recid_result *cohorts, const double *at, rp_series *s);

/* The index of cell (k, year) of a breakdown; *inside is 0 (and the index 0) outside it. */
size_t rp_breakdown_cell(const rp_breakdown *b, size_t k, int year, int *inside);

#endif
