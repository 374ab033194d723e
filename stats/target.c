/* Eurostat's assessment of progress towards a target, the projection and the SMART audit. */
#include "stats/target.h"
#include "stats/interval.h"

#include <math.h>
#include <string.h>

const char *rp_category_name(rp_category c)
{
    static const char *const n[] = {"achieved", "significant_progress", "moderate_progress",
                                    "insufficient_progress", "moving_away", "not_assessable"};
    return n[c];
}

/* Eurostat, "Sustainable development in the European Union: monitoring report", methodology
 * for indicators with quantified targets: the ratio of the observed to the required compound
 * annual growth rate gives >= 95% significant progress, 60-95% moderate, 0-60% insufficient,
 * below 0 movement away from the target. */
rp_category rp_eurostat_category(double ratio, int met)
{
    if (met)
        return RP_CAT_ACHIEVED;
    if (isnan(ratio))
        return RP_CAT_NOT_ASSESSABLE;
    if (ratio >= 0.95)
        return RP_CAT_SIGNIFICANT;
    if (ratio >= 0.60)
        return RP_CAT_MODERATE;
    if (ratio >= 0)
        return RP_CAT_INSUFFICIENT;
    return RP_CAT_MOVING_AWAY;
}

double rp_cagr(double v0, double v1, double years)
{
    if (!(v0 > 0) || !(v1 >= 0) || !(years > 0))
        return NAN;
    return pow(v1 / v0, 1 / years) - 1;
}

static int latest_after(const rp_series *s, int year)
{
    int last = rp_series_latest(s);
    return last > year ? last : 0;
}

static double target_value(const rp_target_def *t, double base)
{
    switch (t->kind) {
    case RP_TARGET_CHANGE: return base * (1 + t->value);
    case RP_TARGET_ANNUAL: return base * pow(1 + t->value, t->target_year - t->baseline_year);
    default: return t->value;
    }
}

static void not_assessable(rp_target_result *r, rp_na_reason why)
{
    r->category = RP_CAT_NOT_ASSESSABLE;
    r->why_na = why;
}

/* Growth rates only within the segment that holds the baseline: a break after it makes the
 * later values incomparable. */
static void eurostat(rp_target_result *r, const rp_series *s)
{
    const rp_point *b = rp_series_at(s, r->baseline_year);
    if (!b || !b->present || !b->estimable)
        return not_assessable(r, RP_NA_NO_BASELINE);
    if (r->baseline_year < s->seg_start)
        return not_assessable(r, RP_NA_BREAK);
    r->current_year = latest_after(s, r->baseline_year);
    if (!r->current_year)
        return not_assessable(r, RP_NA_NO_LATER);
    r->current = rp_series_at(s, r->current_year)->value;
    int met = r->increase ? r->current >= r->target : r->current <= r->target;
    r->observed_cagr = rp_cagr(r->baseline, r->current, r->current_year - r->baseline_year);
    if (!r->target_year)
        return not_assessable(r, RP_NA_NO_TARGET_YEAR);
    r->required_cagr = rp_cagr(r->baseline, r->target, r->target_year - r->baseline_year);
    if (met)
        r->category = RP_CAT_ACHIEVED;
    else if (!(r->baseline > 0))
        return not_assessable(r, RP_NA_ZERO_BASELINE);
    else if (r->required_cagr == 0)
        r->category = RP_CAT_MOVING_AWAY;
    if (r->required_cagr != 0 && !isnan(r->required_cagr))
        r->progress_ratio = r->observed_cagr / r->required_cagr;
    if (!met && r->required_cagr != 0)
        r->category = rp_eurostat_category(r->progress_ratio, 0);
}

/* ---- the SMART audit ---- */

static void verdict(rp_smart *m, int letter, int pass, rp_smart_why why, double a, double b)
{
    m->pass[letter] = pass;
    m->why[letter] = why;
    m->a[letter] = a;
    m->b[letter] = b;
}

/* Specific: the indicator, its unit and the population it counts are defined. A count, share
 * or rate carries its unit in its measure; a mean needs one. */
static void audit_s(rp_smart *m, const rp_indicator_def *d)
{
    if (!d->definition)
        verdict(m, RP_SMART_S, 0, RP_WHY_S_NO_DEFINITION, NAN, NAN);
    else if (d->measure == RP_MEASURE_MEAN && !d->unit)
        verdict(m, RP_SMART_S, 0, RP_WHY_S_NO_UNIT, NAN, NAN);
    else
        verdict(m, RP_SMART_S, 1, RP_WHY_S_DEFINED, NAN, NAN);
}

/* Measurable: a value in the baseline year and after it, and a required change larger than
 * the baseline's own uncertainty (half the width of its interval). */
static void audit_m(rp_smart *m, const rp_target_result *r)
{
    const rp_point *b = rp_series_at(r->series, r->baseline_year);
    if (!b || !b->present || !b->estimable) {
        verdict(m, RP_SMART_M, 0, RP_WHY_M_NO_BASELINE, NAN, NAN);
        return;
    }
    if (!latest_after(r->series, r->baseline_year)) {
        verdict(m, RP_SMART_M, 0, RP_WHY_M_NO_RECENT, NAN, NAN);
        return;
    }
    double change = fabs(r->target - r->baseline), half = (b->hi - b->lo) / 2;
    if (!(change > half))
        verdict(m, RP_SMART_M, 0, RP_WHY_M_WITHIN_NOISE, change, half);
    else
        verdict(m, RP_SMART_M, 1, RP_WHY_M_OK, change, half);
}

/* The compound annual growth over every window of `len` years that lies within one segment
 * of the series; best is the largest (increase) or smallest (decrease). Returns windows. */
static int windows(const rp_series *s, int len, int increase, double *best)
{
    int count = 0;
    for (size_t i = 0; i + (size_t)len < s->n; i++) {
        const rp_point *p0 = &s->pts[i], *p1 = &s->pts[i + (size_t)len];
        int same_segment = (p0->year >= s->seg_start) == (p1->year >= s->seg_start);
        if (!p0->present || !p0->estimable || !p1->present || !p1->estimable || !same_segment)
            continue;
        double g = rp_cagr(p0->value, p1->value, len);
        if (isnan(g))
            continue;
        if (!count++ || (increase ? g > *best : g < *best))
            *best = g;
    }
    return count;
}

/* Realistic: the required annual change lies within what the series has shown over windows
 * of the same length (the longest available when the series is shorter). */
static void audit_r(rp_smart *m, const rp_target_result *r)
{
    double req = r->required_cagr, best = NAN;
    int len = r->target_year - r->baseline_year;
    if (isnan(req) || len <= 0) {
        verdict(m, RP_SMART_R, 0, RP_WHY_R_NO_DATA, req, NAN);
        return;
    }
    while (len > 0 && windows(r->series, len, r->increase, &best) == 0)
        len--;
    m->window = len;
    if (len == 0)
        verdict(m, RP_SMART_R, 0, RP_WHY_R_NO_DATA, req, NAN);
    else if (r->increase ? best >= req : best <= req)
        verdict(m, RP_SMART_R, 1, RP_WHY_R_SHOWN, req, best);
    else
        verdict(m, RP_SMART_R, 0, RP_WHY_R_NEVER_SHOWN, req, best);
}

static int suppressed_at(const rp_series *s, int year)
{
    const rp_point *p = year ? rp_series_at(s, year) : NULL;
    return p && p->suppressed;
}

/* Numbers derived from suppressed counts give them away: -50% of a baseline below 10 shown as
 * 3.5 is a baseline of 7; a growth of 7/3 between two small counts has one solution; the
 * half-width of a Poisson interval names its count. They are withheld once assessed; the
 * category and the SMART verdicts, coarse, stay. */
static void withhold(rp_target_result *r, const rp_series *s, const rp_target_def *t)
{
    int sb = suppressed_at(s, r->baseline_year), sc = suppressed_at(s, r->current_year);
    int any = 0;
    for (size_t i = 0; i < s->n; i++)
        any |= s->pts[i].suppressed;
    if (sb) {
        r->baseline_lo = r->baseline_hi = NAN;
        r->smart.a[RP_SMART_M] = r->smart.b[RP_SMART_M] = NAN;
        r->target_withheld = t->kind != RP_TARGET_ABSOLUTE;
        if (t->kind == RP_TARGET_ABSOLUTE) /* a fixed target over a hidden baseline */
            r->required_cagr = r->smart.a[RP_SMART_R] = NAN;
    }
    if (sb || sc)
        r->observed_cagr = r->progress_ratio = NAN;
    if (any)
        r->smart.b[RP_SMART_R] = NAN;
}

static void audit(rp_target_result *r)
{
    rp_smart *m = &r->smart;
    const rp_target_def *t = r->def;
    audit_s(m, r->series->def);
    audit_m(m, r);
    verdict(m, RP_SMART_A, t->owner != NULL, t->owner ? RP_WHY_A_OWNER : RP_WHY_A_NO_OWNER,
            NAN, NAN);
    audit_r(m, r);
    if (!t->target_year)
        verdict(m, RP_SMART_T, 0, RP_WHY_T_NO_YEAR, NAN, NAN);
    else if (t->target_year <= t->baseline_year)
        verdict(m, RP_SMART_T, 0, RP_WHY_T_NOT_AFTER, NAN, NAN);
    else
        verdict(m, RP_SMART_T, 1, RP_WHY_T_OK, NAN, NAN);
    snprintf(m->code, sizeof m->code, "S%c M%c A%c R%c T%c", m->pass[0] ? '+' : '-',
             m->pass[1] ? '+' : '-', m->pass[2] ? '+' : '-', m->pass[3] ? '+' : '-',
             m->pass[4] ? '+' : '-');
}

int rp_target_assess(const rp_target_def *t, const rp_series *s, double level,
                     rp_target_result *out, const char **err)
{
    memset(out, 0, sizeof *out);
    *err = NULL;
    out->def = t;
    out->series = s;
    out->baseline_year = t->baseline_year;
    out->target_year = t->target_year;
    out->baseline = out->baseline_lo = out->baseline_hi = out->current = NAN;
    out->required_cagr = out->observed_cagr = out->progress_ratio = NAN;
    out->projected = out->projected_lo = out->projected_hi = out->p_meet = NAN;
    const rp_point *b = rp_series_at(s, t->baseline_year);
    if (b && b->present && b->estimable) {
        out->baseline = b->value;
        out->baseline_lo = b->lo;
        out->baseline_hi = b->hi;
    }
    if (t->kind != RP_TARGET_ABSOLUTE && out->baseline == 0) {
        *err = "a change from the baseline cannot be a target when the baseline value is 0; "
               "expected an absolute target";
        return RP_EINVAL;
    }
    out->target = t->kind == RP_TARGET_ABSOLUTE ? t->value : target_value(t, out->baseline);
    /* the direction the target asks for; the indicator's polarity when the target equals the
     * baseline or there is no baseline to compare with */
    if (isnan(out->baseline) || out->target == out->baseline)
        out->increase = s->def->polarity != RP_POLARITY_DOWN;
    else
        out->increase = out->target > out->baseline;
    eurostat(out, s);
    if (t->target_year) {
        rp_projection_at(&s->proj, t->target_year, level, &out->projected, &out->projected_lo,
                         &out->projected_hi);
        out->p_meet = rp_projection_p_meet(&s->proj, t->target_year, out->target, out->increase);
    }
    audit(out);
    withhold(out, s, t);
    return RP_OK;
}
