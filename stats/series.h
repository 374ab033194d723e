/* Indicator series: a value with its interval for every year of an indicator, with flags,
 * series breaks and disclosure control; the recent-trend marker; and the trend model
 * projected forward for targets. */
#ifndef RP_SERIES_H
#define RP_SERIES_H

#include "datasets/project.h"

typedef struct rp_point {
    int year;
    int present;          /* the data have rows in this year */
    int estimable;        /* a value could be computed (denominator > 0, within follow-up) */
    double value, lo, hi; /* count; share and prevalence as fractions; rate per `per`; mean */
    double lo95, hi95;    /* the 95% interval, whatever the project's level (trend marker) */
    double num, den;      /* the counts behind it: numerator; denominator, population or n */
    double sd;            /* mean: standard deviation of the values */
    unsigned flags;       /* RP_FLAG_P | RP_FLAG_E | RP_FLAG_R of the rows counted */
    const char *note;     /* the data's note on this year (note column), or NULL; borrowed
                           * from the project */
    int den_hidden;       /* the publication hides the denominator too (a share's all, a
                           * cohort's n), not only the figure: wiped with it */
    int suppressed;       /* an rp_hide mark: RP_HIDE_SMALL when a count behind it is below
                           * suppress_below, RP_HIDE_SECOND when a published margin would give
                           * a hidden count back through it; after rp_series_wipe a hidden
                           * point keeps no value */
} rp_point;

/* The recent-trend marker of the UK Fingertips method on the latest 5 annual points. */
typedef enum {
    RP_MARK_CANNOT = 0, RP_MARK_NO_CHANGE, RP_MARK_INCREASING, RP_MARK_DECREASING,
    RP_MARK_BETTER, RP_MARK_WORSE
} rp_mark;

/* Why a marker or a projection cannot be given; worded by rp_word_why (words/wording.h). */
typedef enum {
    RP_WHY_NONE = 0, RP_WHY_FEW_POINTS, RP_WHY_BREAK, RP_WHY_MISSING, RP_WHY_NO_INTERVAL,
    RP_WHY_SHARE_0_1, RP_WHY_HIDDEN, RP_WHY_FEW_SINCE_BREAK, RP_WHY_NO_FIT, RP_WHY_ESTIMATED,
    RP_WHY_FEW_RECENT
} rp_why;

typedef struct rp_marker {
    rp_mark mark;
    rp_why reason;        /* why it cannot be calculated */
    double chi2;          /* the trend statistic (1 df) */
    double slope;         /* direction: logit slope (shares) or WLS slope */
    int robust;           /* the slope kept its sign with each point left out */
    int first, last;      /* the years used */
} rp_marker;

typedef enum { RP_PROJ_NONE = 0, RP_PROJ_POISSON, RP_PROJ_LINEAR, RP_PROJ_LOGIT } rp_proj_model;

/* How a trend's annual change is given: percent a year (counts and rates), percentage points
 * a year as a fraction (shares and prevalences), or the unit a year (means). */
typedef enum { RP_CHANGE_PCT = 0, RP_CHANGE_PP, RP_CHANGE_UNIT } rp_change_unit;

/* The indicator's trend model over its trend window (see rp_series), and its line. */
typedef struct rp_projection {
    rp_proj_model model;
    rp_why reason;         /* why there is none */
    double centre, a, b;   /* model scale: a + b (year - centre) */
    double var_a, var_b, cov_ab, df, dispersion;
    double mult;           /* Poisson: value = mult e^eta (per for a rate, else 1) */
    double scale;          /* rate: per / population of the last year (observation noise) */
    int first, last;
    size_t n;
} rp_projection;

typedef struct rp_series {
    const rp_indicator_def *def;
    int year_min, year_max;
    size_t n;
    rp_point *pts;        /* one per year from year_min to year_max */
    int seg_start;        /* first year after the latest break (year_min without breaks) */
    double per;           /* rate: per; otherwise 1 */
    int below;            /* the suppression threshold used */
    int cut;              /* built from data cut before their end (report --year): a target's
                           * baseline may have no value yet without the target being wrong */
    rp_marker marker;
    /* The one trend a section states, in its text, its chart's subtitle, alt text and dotted
     * line, computed once by rp_series_finish: one fit (proj) over one window of years, the
     * latest run of consecutive values that are shown, not estimated (flag e or a published
     * interval: not counts of a register) and after the latest break, ending at the latest
     * value, at most five years (the recent-trend marker's years when it was calculated),
     * at least three. fit holds the fitted value of each year of the window (NaN elsewhere);
     * change, lo and hi the annual change at the model's level in change_unit (NaN without a
     * trend, proj.reason says why). */
    rp_projection proj;
    double *fit;
    rp_change_unit change_unit;
    double change, change_lo, change_hi;
} rp_series;

/* Builds the points of indicator i of a project, cut at last_year when it is not 0 (report
 * --year), each marked when a count behind it is small. recid: the people a recidivism
 * indicator reads (its dataset as cut at last_year; NULL: the project's own); published
 * recidivism figures count only where their follow-up ends by last_year. level: the project's confidence
 * level. Returns RP_OK, RP_EDATA (no data) or RP_ENOMEM. Ownership: s's arrays are freed by
 * rp_series_clear. The model then marks second cells, calls rp_series_finish for the marker
 * and the projection (none over a hidden point), and rp_series_wipe once targets are set. */
int rp_series_build(const rp_project *p, size_t i, const rp_recid *recid, int last_year,
                    double level, rp_series *s);
void rp_series_finish(rp_series *s, double level);
void rp_series_wipe(rp_series *s);
void rp_series_clear(rp_series *s);

const rp_point *rp_series_at(const rp_series *s, int year);
/* The latest year with an estimable value, or 0. */
int rp_series_latest(const rp_series *s);

/* The recent-trend marker of n consecutive annual points (n = 5 in use); exposed for
 * tests. share: use the chi-square test for trend on num/den. */
void rp_marker_compute(const rp_point *pts, size_t n, int share, rp_polarity pol,
                       rp_marker *m);
const char *rp_mark_name(rp_mark m);   /* "increasing", "getting better", ... */

/* Fits s->proj over the trend window of s (rp_series_finish does this, after the marker);
 * exposed for tests. */
void rp_series_fit_projection(rp_series *s);

/* The annual percentage change of a Poisson projection, 100 (e^b - 1), with its interval;
 * returns -1 (values NaN) for other models. */
int rp_projection_apc(const rp_projection *pr, double level, double *apc, double *lo, double *hi);

/* The projected value at year with a level prediction interval. */
void rp_projection_at(const rp_projection *pr, int year, double level, double *value,
                      double *lo, double *hi);
/* The probability under the projection that the value at year is >= target (up = 1) or
 * <= target (up = 0). NaN without a projection. */
double rp_projection_p_meet(const rp_projection *pr, int year, double target, int up);

#endif
