/* The regional comparison of one indicator of a project in one year: the numbers of
 * stats/regions.h for every region with population, the change against a baseline year, and
 * the national units left out. Shared by the regions command, the charts and the reports. */
#ifndef RP_REGIONAL_H
#define RP_REGIONAL_H

#include "datasets/project.h"
#include "stats/regions.h"

typedef struct rp_regional_row {
    size_t region;            /* index in the project's regions file */
    rp_region_stat s;
    double base_count, base_population;
    rp_ci change;             /* rate ratio year / baseline, NaN when not computable */
    int hidden;               /* the count (and its rate) is withheld: small, or the second
                               * cell that keeps a small one from being recovered; its
                               * signal is then withheld too (0, and shown as nothing) */
    int base_hidden;          /* the same for the baseline year */
} rp_regional_row;

/* Ownership: rp_regional_build returns a comparison the caller frees with
 * rp_regional_free; it points into the project, which must outlive it. */
typedef struct rp_regional {
    int indicator;            /* index in the project */
    int year, baseline;
    double per;
    rp_regional_row *rows;    /* in the order of the regions file */
    size_t k;
    rp_regions_summary sum;
    int test_withheld;        /* a region's count is hidden: the chi-square test,
                               * concentration and over-dispersion are NaN (they would give it
                               * back with the margins) and the funnel is exact */
    double *curve;            /* the funnel for the chart: ncurve rows of population and the
                               * limits lo95, hi95, lo998, hi998 (rates per `per`), on a
                               * logarithmic grid from half the smallest region's population
                               * to one and a half times the largest's */
    size_t ncurve;
    /* Empirical Bayes, fitted over the regions whose counts are shown (a fit over a hidden
     * count would give it back; the rows' eb_* and marshall_rate, NaN when hidden): */
    double eb_a, eb_b;        /* Gamma(shape a, rate b) of the relative risks against the
                               * national rate; a = INFINITY: no heterogeneity; NaN: no fit
                               * (fewer than 3 regions shown, or no count above 0) */
    double marshall_mean;     /* Marshall: the mean rate of those regions, per `per` */
    double marshall_var;      /* and the variance of the true rates, per `per` squared */
    size_t eb_k;              /* regions in the fits */
    int eb_partial;           /* regions were left out of the fits because they are hidden */
    int national_hidden;      /* the regions' national row is hidden (it would give a hidden
                               * national unit back from the registered total): its count,
                               * the national rate, the funnel, signals, the test and the
                               * empirical-Bayes rates (fitted against it) are withheld */
    size_t *left_out;         /* regions without population (national units) */
    double *left_out_count;
    unsigned char *left_out_hidden;
    size_t nleft;
} rp_regional;

/* ind: an indicator with region data and measure count or rate. year/baseline: 0 for the
 * project's report year (or the latest with data) and the first year with data. Returns NULL
 * and sets *why to a static message when the comparison cannot be made. */
rp_regional *rp_regional_build(const rp_project *p, int ind, int year, int baseline,
                               double level, const char **why);
/* The same with the marks the project's publication decided (stats/publication.h): marks and
 * base_marks give per region of the regions file the rp_hide mark of its count in year and
 * in baseline, instead of the comparison's own suppression. */
rp_regional *rp_regional_build_marked(const rp_project *p, int ind, int year, int baseline,
                                      double level, const unsigned char *marks,
                                      const unsigned char *base_marks, const char **why);
void rp_regional_free(rp_regional *r);
/* Withholds what the national row gives (see national_hidden). */
void rp_regional_withhold_national(rp_regional *r);

/* qsort order of pointers to rows: the highest rate first; hidden rows (no rate) last, in the
 * order of the regions file, so that their place says nothing of their rate. */
int rp_regional_by_rate(const void *a, const void *b);

/* The year a comparison of indicator ind shows when asked for want (0: the report year, or the
 * latest with data); its baseline is the indicator's first year. */
int rp_regional_year(const rp_project *p, int ind, int want);

/* Whether indicator i can be compared by region: a count or rate with region data and a
 * regions file. */
int rp_regional_usable(const rp_project *p, int i);

/* The default indicator for a regional comparison: the first rate, else the first count
 * with region data; -1 when there is none. */
int rp_regional_default(const rp_project *p);

#endif
