/* Assessment of a target: Eurostat's SDG method (observed against required compound annual
 * growth), the trend projected to the target year with p_meet, and the SMART audit. */
#ifndef RP_TARGET_H
#define RP_TARGET_H

#include "datasets/monitor.h"
#include "stats/series.h"

typedef enum {
    RP_CAT_ACHIEVED = 0, RP_CAT_SIGNIFICANT, RP_CAT_MODERATE, RP_CAT_INSUFFICIENT,
    RP_CAT_MOVING_AWAY, RP_CAT_NOT_ASSESSABLE
} rp_category;

enum { RP_SMART_S, RP_SMART_M, RP_SMART_A, RP_SMART_R, RP_SMART_T, RP_SMART_N };

/* Why each letter passed or failed, as codes with the numbers behind them, so that reports/
 * can word them in the project's language. */
typedef enum {
    RP_WHY_S_DEFINED, RP_WHY_S_NO_DEFINITION, RP_WHY_S_NO_UNIT,
    RP_WHY_M_OK, RP_WHY_M_NO_BASELINE, RP_WHY_M_NO_RECENT, RP_WHY_M_WITHIN_NOISE,
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
    RP_NA_ZERO_BASELINE
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
    double required_cagr, observed_cagr, progress_ratio;
    rp_category category;
    rp_na_reason why_na;      /* why not assessable */
    double projected, projected_lo, projected_hi, p_meet;
    rp_smart smart;
    /* Disclosure control: when the baseline count is suppressed a change target (-50% of it)
     * would give it away, so target_withheld asks outputs to show the target as written;
     * growth and ratios between suppressed counts are NaN (see withhold() in target.c). */
    int target_withheld;
} rp_target_result;

const char *rp_category_name(rp_category c);

/* Compound annual growth rate (v1 / v0)^(1 / years) - 1; NaN unless v0 > 0, v1 >= 0 and
 * years > 0. */
double rp_cagr(double v0, double v1, double years);   /* "achieved", "significant_progress", ... */

/* Eurostat's ratio categories: achieved when met, else by ratio >= 0.95, 0.60-0.95, 0-0.60,
 * < 0. Exposed for tests. */
rp_category rp_eurostat_category(double ratio, int met);

/* Assesses t against its indicator's series. Returns RP_OK, or RP_EINVAL with *err (static
 * text) when the target itself is impossible: a change target on a zero baseline. */
int rp_target_assess(const rp_target_def *t, const rp_series *s, double level,
                     rp_target_result *out, const char **err);

#endif
