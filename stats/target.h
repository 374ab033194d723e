/* Assessment of a target: Eurostat's SDG method (observed against required compound annual
 * growth), the trend projected to the target year with p_meet, and the SMART audit. */
#ifndef RP_TARGET_H
#define RP_TARGET_H

#include "datasets/monitor.h"
#include "stats/series.h"

/* Categories; RP_CAT_ACHIEVED and RP_CAT_NOT_ACHIEVED only once the target year is in the
 * data (judged on that year's value), the others by the progress ratio before it. */
typedef enum {
    RP_CAT_ACHIEVED = 0, RP_CAT_SIGNIFICANT, RP_CAT_MODERATE, RP_CAT_INSUFFICIENT,
    RP_CAT_MOVING_AWAY, RP_CAT_NOT_ASSESSABLE, RP_CAT_NOT_ACHIEVED
} rp_category;
#define RP_CAT_N 7

enum { RP_SMART_S, RP_SMART_M, RP_SMART_A, RP_SMART_R, RP_SMART_T, RP_SMART_N };

/* Why each letter passed or failed, as codes with the numbers behind them, so that reports/
 * can word them in the project's language. */
typedef enum {
    RP_WHY_S_DEFINED, RP_WHY_S_NO_DEFINITION, RP_WHY_S_NO_UNIT,
    RP_WHY_M_OK, RP_WHY_M_NO_BASELINE, RP_WHY_M_NO_RECENT, RP_WHY_M_WITHIN_NOISE,
    RP_WHY_M_NO_BEFORE, RP_WHY_M_HIDDEN,
    RP_WHY_A_OWNER, RP_WHY_A_NO_OWNER,
    RP_WHY_R_SHOWN, RP_WHY_R_NEVER_SHOWN, RP_WHY_R_NO_DATA,
    RP_WHY_T_OK, RP_WHY_T_NO_YEAR, RP_WHY_T_NOT_AFTER
} rp_smart_why;

typedef struct rp_smart {
    int pass[RP_SMART_N];
    rp_smart_why why[RP_SMART_N];
    double a[RP_SMART_N], b[RP_SMART_N];  /* M: required change, baseline half-width;
                                           * R: required and best shown annual change */
    int window;                           /* R: the window length in years compared */
    char code[32];                        /* "S+ M+ A- R+ T+" */
} rp_smart;

typedef enum {
    RP_NA_NONE = 0, RP_NA_NO_BASELINE, RP_NA_BREAK, RP_NA_NO_LATER, RP_NA_NO_TARGET_YEAR,
    RP_NA_ZERO_BASELINE, RP_NA_TOO_FEW, RP_NA_NO_TARGET_VALUE, RP_NA_AFTER_DATA,
    RP_NA_HIDDEN
} rp_na_reason;

typedef struct rp_target_result {
    const rp_target_def *def;
    const rp_series *series;
    int baseline_year;
    double baseline, baseline_lo, baseline_hi;
    int current_year;         /* the latest year with a value after the baseline; 0 if none */
    double current;
    int target_year;
    double target;            /* the target as a value of the indicator */
    int increase;             /* the target asks for a rise (else a fall) */
    int pp;                   /* a share or prevalence: it moves in percentage points a year */
    unsigned current_flags;   /* RP_FLAG_* of the latest value (provisional, estimated) */
    int nobs;                 /* values from the baseline year to the latest */
    /* One annual rate over the baseline year to the latest drives the category, the
     * projection and p_meet: the compound growth rate (counts, rates, means), or the change in
     * percentage points a year (shares). rate_* are on that scale as fractions; change_* the
     * same as percent or percentage points a year (100 x rate). */
    double required_cagr, observed_cagr;      /* growth only; NaN for pp */
    double required_change, observed_change;  /* % a year or pp a year */
    double progress_ratio;
    rp_category category;
    rp_na_reason why_na;      /* why not assessable */
    /* the target year is in the data: the verdict is on its value and interval */
    int final;
    double final_value, final_lo, final_hi;
    int straddles;            /* that interval holds the target value */
    /* the projection from the observed rate, and the chance it gives; NaN once final */
    double projected, projected_lo, projected_hi, p_meet;
    double proj_sd_rate, proj_noise, proj_df; /* spread of the rate and of one year's value,
                                               * on the log (growth) or value (pp) scale */
    double zero_shift;        /* 0.5 when the latest count is 0: the log scale is log(v + 0.5) */
    int proj_few;             /* no projection: fewer than 4 values from the baseline on give a
                               * spread with one degree of freedom */
    rp_smart smart;           /* the audit on all data */
    rp_smart smart_base;      /* the nulmeting's: only what was known in the baseline year
                               * (measurable from the years before it, realistic from changes
                               * up to it) */
    /* The projection drawn in the target's chart, from the latest year to the target year:
     * cone[3 k ..] is value, lo, hi at cone_from + k (ncone years; NULL and 0 when there is
     * none). Set by rp_target_cone; freed by rp_target_result_clear. */
    int cone_from;
    size_t ncone;
    double *cone;
    /* Disclosure control: when the baseline count is suppressed a change target (-50% of it)
     * would give it away, so target_withheld asks outputs to show the target as written;
     * growth and ratios between suppressed counts are NaN (see withhold() in target.c). */
    int target_withheld;
} rp_target_result;

const char *rp_category_name(rp_category c);

/* The target's projection at year (from the latest year on) with a level prediction
 * interval: the latest value carried forward at the observed rate. Returns 0, or -1 (values
 * NaN) when there is none (final, not assessable, or values withheld). */
int rp_target_projection_at(const rp_target_result *r, int year, double level, double *v,
                            double *lo, double *hi);

/* Fills r's cone at the given level. Returns 0, or -1 when memory runs out. */
int rp_target_cone(rp_target_result *r, double level);
void rp_target_result_clear(rp_target_result *r);

/* Compound annual growth rate (v1 / v0)^(1 / years) - 1; NaN unless v0 > 0, v1 >= 0 and
 * years > 0. */
double rp_cagr(double v0, double v1, double years);   /* "achieved", "significant_progress", ... */

/* Eurostat's ratio categories: achieved when met, else by ratio >= 0.95, 0.60-0.95, 0-0.60,
 * < 0. Exposed for tests. */
rp_category rp_eurostat_category(double ratio, int met);

/* Assesses t against its indicator's series. Returns RP_OK, or RP_EINVAL with why in err (n
 * bytes, in the language of lang's messages; NULL: English) when the target itself is
 * impossible: a change target on a zero baseline, a baseline year inside the data without a
 * value, a target on the wrong side of the baseline for the indicator's polarity (unless the
 * target says its direction). */
int rp_target_assess(const rp_target_def *t, const rp_series *s, double level,
                     rp_target_result *out, const rp_diag *lang, char *err, size_t n);

#endif
