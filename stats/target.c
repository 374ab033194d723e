/* Eurostat's assessment of progress towards a target, the projection and the SMART audit. */
#include "stats/target.h"
#include "stats/interval.h"

#include <gsl/gsl_cdf.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

const char *rp_category_name(rp_category c)
{
    static const char *const n[] = {"achieved", "significant_progress", "moderate_progress",
                                    "insufficient_progress", "moving_away", "not_assessable",
                                    "not_achieved"};
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

/* The annual rate between two values: the compound growth rate (v1/v0)^(1/years) - 1, or for
 * shares and prevalences the change in percentage points (v1 - v0) / years (fractions). */
static double annual_rate(const rp_target_result *r, double v0, double v1, double years)
{
    return r->pp ? (years > 0 ? (v1 - v0) / years : NAN) : rp_cagr(v0, v1, years);
}

/* The working scale of the projection: log for growth, the value itself for pp. A count that
 * reached 0 has no logarithm: then every value is taken as log(v + 1/2) (the continuity
 * correction of the empirical logit, Cox 1970), which keeps the latest value at 0, its
 * spread real, and the side of the target the projection falls on unchanged. */
static double scale(const rp_target_result *r, double v)
{
    if (r->pp)
        return v;
    if (r->zero_shift > 0)
        return v >= 0 ? log(v + r->zero_shift) : NAN;
    return v > 0 ? log(v) : NAN;
}

static double unscale(const rp_target_result *r, double x)
{
    return r->pp ? x : fmax(0, exp(x) - r->zero_shift);
}

static const rp_point *usable(const rp_series *s, int year)
{
    const rp_point *p = year ? rp_series_at(s, year) : NULL;
    return p && p->present && p->estimable ? p : NULL;
}

/* Values from the baseline year to the latest, all within the baseline's segment. */
static int count_from_baseline(const rp_series *s, int from, int to)
{
    int n = 0;
    for (int y = from; y <= to; y++)
        n += usable(s, y) != NULL;
    return n;
}

/* The least variance of one year's value on the working scale: a count varies at least as a
 * Poisson count (1/y on the log scale), a share as a binomial one (p(1-p)/n); a mean has no
 * such floor. */
static double noise_floor(const rp_target_result *r, const rp_point *c)
{
    rp_measure m = r->series->def->measure;
    if ((m == RP_MEASURE_COUNT || m == RP_MEASURE_RATE) && c->num + r->zero_shift > 0)
        return 1 / (c->num + r->zero_shift);
    if (m == RP_MEASURE_SHARE && c->den > 0)
        return c->value * (1 - c->value) / c->den;
    return 0;
}

/* The spread of the annual rate, from ordinary least squares of the working-scale values on
 * the year over the same years (Var(b) = s^2 / Sxx), and of one year's value around that line
 * (s, at least the sampling noise of the latest value); df = n - 2. Only the spread: the rate
 * itself is the one between the end points. */
static void rate_spread(rp_target_result *r, const rp_series *s)
{
    double sx = 0, sy = 0, sxx = 0, sxy = 0, syy = 0, n = 0;
    for (int y = r->baseline_year; y <= r->current_year; y++) {
        const rp_point *p = usable(s, y);
        double v = p ? scale(r, p->value) : NAN;
        if (isnan(v))
            continue;
        n++, sx += y, sy += v, sxx += (double)y * y, sxy += y * v, syy += v * v;
    }
    double vxx = sxx - sx * sx / n, vxy = sxy - sx * sy / n, vyy = syy - sy * sy / n;
    if (n < 3 || !(vxx > 0)) {
        r->proj_df = NAN;
        return;
    }
    /* with one degree of freedom the spread is a guess (t = 12.7 at 95%): a projection then
     * says nothing, so there is none (the category stands on the rates alone) */
    if (n < 4) {
        r->proj_df = NAN;
        r->proj_few = 1;
        return;
    }
    double rss = vyy - vxy * vxy / vxx, s2 = rss > 0 ? rss / (n - 2) : 0;
    r->proj_df = n - 2;
    r->proj_noise = sqrt(fmax(s2, noise_floor(r, usable(s, r->current_year))));
    r->proj_sd_rate = sqrt(s2 / vxx);
}

/* The centre of the projection at year: the baseline carried at the observed rate, which
 * passes through the latest value; and its spread. */
static int projection_scale(const rp_target_result *r, int year, double *centre, double *sd)
{
    double b = scale(r, r->baseline);
    double rate = r->pp ? r->observed_change / 100
                  : r->zero_shift > 0
                      ? (scale(r, r->current) - b) / (r->current_year - r->baseline_year)
                      : log1p(r->observed_cagr);
    if (r->final || isnan(rate) || isnan(b) || isnan(r->proj_df) || year < r->current_year)
        return -1;
    double dy = year - r->current_year;
    *centre = b + (year - r->baseline_year) * rate;
    *sd = sqrt(dy * dy * r->proj_sd_rate * r->proj_sd_rate + r->proj_noise * r->proj_noise);
    return 0;
}

int rp_target_projection_at(const rp_target_result *r, int year, double level, double *v,
                            double *lo, double *hi)
{
    double c, sd;
    *v = *lo = *hi = NAN;
    if (projection_scale(r, year, &c, &sd))
        return -1;
    double q = rp_t(level, r->proj_df) * sd;
    *v = r->pp ? fmin(1, fmax(0, c)) : unscale(r, c);
    *lo = r->pp ? fmax(0, c - q) : unscale(r, c - q);
    *hi = r->pp ? fmin(1, c + q) : unscale(r, c + q);
    return 0;
}

/* The chance of meeting the target under the projection: P(T >= (target - centre) / sd) on
 * the working scale, t with n - 2 df. Written through the two rates, so that p_meet >= 0.5
 * exactly when the observed rate reaches the required one (then the projection meets the
 * target and the progress ratio is at least 1). */
static double chance(const rp_target_result *r, double rate, double required)
{
    double c, sd;
    if (projection_scale(r, r->target_year, &c, &sd) || isnan(required))
        return NAN;
    double span = r->target_year - r->baseline_year;
    double gap = r->pp ? (required - rate) * span
                 : r->zero_shift > 0 ? scale(r, r->target) - c
                                     : (log1p(required) - log1p(rate)) * span;
    if (!r->increase)
        gap = -gap;
    if (gap <= 0 && sd == 0)
        return 1;
    if (sd == 0)
        return 0;
    return gsl_cdf_tdist_Q(gap / sd, r->proj_df);
}

/* The ratio of observed to required rate; >= 1 exactly when the observed rate reaches the
 * required one, whatever the rounding of the division. NaN when nothing is required. */
static int set_ratio(rp_target_result *r, double rate, double required)
{
    int meets = r->increase ? rate >= required : rate <= required;
    if (required == 0 || isnan(rate) || isnan(required))
        return meets;
    r->progress_ratio = rate / required;
    if (meets && r->progress_ratio < 1)
        r->progress_ratio = 1;
    if (!meets && r->progress_ratio >= 1)
        r->progress_ratio = nextafter(1, 0);
    return meets;
}

static void ratio_category(rp_target_result *r, double rate, double required)
{
    int meets = set_ratio(r, rate, required);
    if (required == 0)
        r->category = meets ? RP_CAT_SIGNIFICANT : RP_CAT_MOVING_AWAY;
    else
        r->category = rp_eurostat_category(r->progress_ratio, 0);
}

/* The target year is in the data: achieved or not on that year's value (Eurostat; no
 * projection or chance any more). */
static void judge_final(rp_target_result *r, const rp_series *s)
{
    const rp_point *p = usable(s, r->target_year);
    r->final = 1;
    if (!p)
        return not_assessable(r, RP_NA_NO_TARGET_VALUE);
    if (p->suppressed) /* a verdict on a hidden value bounds it */
        return not_assessable(r, RP_NA_HIDDEN);
    r->final_value = p->value;
    r->final_lo = p->lo;
    r->final_hi = p->hi;
    r->straddles = p->lo <= r->target && r->target <= p->hi;
    int met = r->increase ? p->value >= r->target : p->value <= r->target;
    r->category = met ? RP_CAT_ACHIEVED : RP_CAT_NOT_ACHIEVED;
}

static void set_rates(rp_target_result *r, double rate, double required)
{
    r->observed_change = 100 * rate;
    r->required_change = 100 * required;
    if (!r->pp) {
        r->observed_cagr = rate;
        r->required_cagr = required;
    }
}

/* Eurostat's SDG assessment (Eurostat, "SDG indicators: assessment of progress towards
 * quantified targets", in every monitoring report's methodology annex): the observed annual
 * rate from the baseline year to the latest against the rate required from the baseline to
 * the target, within the segment that holds the baseline. */
static void eurostat(rp_target_result *r, const rp_series *s)
{
    if (!usable(s, r->baseline_year))
        return not_assessable(r, RP_NA_NO_BASELINE);
    if (r->baseline_year < s->seg_start)
        return not_assessable(r, RP_NA_BREAK);
    int span = r->target_year - r->baseline_year;
    double required = r->target_year && span > 0
                          ? annual_rate(r, r->baseline, r->target, span) : NAN;
    r->current_year = latest_after(s, r->baseline_year);
    set_rates(r, NAN, required);
    if (!r->target_year)
        return not_assessable(r, RP_NA_NO_TARGET_YEAR);
    if (!r->current_year)
        return not_assessable(r, RP_NA_NO_LATER);
    const rp_point *c = usable(s, r->current_year);
    r->current = c->value;
    r->current_flags = c->flags;
    /* growth from or to a hidden value, and the verdict that rests on it, would bound it;
     * but a fixed target with its direction written is judged on the target year's value
     * alone, which says nothing of a hidden baseline */
    int on_own = r->def->kind == RP_TARGET_ABSOLUTE && r->def->direction &&
                 r->current_year >= r->target_year && !c->suppressed;
    if ((rp_series_at(s, r->baseline_year)->suppressed && !on_own) || c->suppressed)
        return not_assessable(r, RP_NA_HIDDEN);
    r->nobs = count_from_baseline(s, r->baseline_year, r->current_year);
    int end = r->current_year < r->target_year ? r->current_year : r->target_year;
    const rp_point *e = usable(s, end);
    double rate = e && (r->pp || r->baseline > 0)
                      ? annual_rate(r, r->baseline, e->value, end - r->baseline_year) : NAN;
    /* the target year is in the data: its value decides, however few the values before it */
    if (r->current_year >= r->target_year) {
        set_rates(r, rate, required);
        judge_final(r, s);
        if (r->category != RP_CAT_NOT_ASSESSABLE)
            set_ratio(r, rate, required);
        return;
    }
    if (r->nobs < 3)
        return not_assessable(r, RP_NA_TOO_FEW);
    if (!r->pp && !(r->baseline > 0))
        return not_assessable(r, RP_NA_ZERO_BASELINE);
    set_rates(r, rate, required);
    ratio_category(r, rate, required);
    if (!r->pp && r->current == 0)
        r->zero_shift = 0.5;
    rate_spread(r, s);
    r->p_meet = chance(r, rate, required);
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

/* Measurable: a value in the baseline year and in recent years (after it; for a nulmeting in
 * the latest year, at least two of the five years before it), and a required change larger
 * than the baseline's own uncertainty (half the width of its interval). */
static void audit_m(rp_smart *m, const rp_target_result *r, int at_baseline)
{
    const rp_point *b = usable(r->series, r->baseline_year);
    if (!b) {
        verdict(m, RP_SMART_M, 0, RP_WHY_M_NO_BASELINE, NAN, NAN);
        return;
    }
    int before = count_from_baseline(r->series, r->baseline_year - 5, r->baseline_year - 1);
    int after = !at_baseline && latest_after(r->series, r->baseline_year);
    if (!after && before < 2) {
        verdict(m, RP_SMART_M, 0, at_baseline ? RP_WHY_M_NO_BEFORE : RP_WHY_M_NO_RECENT, NAN,
                NAN);
        return;
    }
    double change = fabs(r->target - r->baseline), half = (b->hi - b->lo) / 2;
    if (!(change > half))
        verdict(m, RP_SMART_M, 0, RP_WHY_M_WITHIN_NOISE, change, half);
    else
        verdict(m, RP_SMART_M, 1, RP_WHY_M_OK, change, half);
}

/* The annual rate over every window of `len` years that lies within one segment of the series
 * (the whole series, also before the baseline); best is the largest (increase) or smallest
 * (decrease). Returns the number of windows. */
static int windows(const rp_target_result *r, int len, int upto, double *best)
{
    const rp_series *s = r->series;
    int count = 0;
    for (size_t i = 0; i + (size_t)len < s->n; i++) {
        const rp_point *p0 = &s->pts[i], *p1 = &s->pts[i + (size_t)len];
        if (upto && p1->year > upto)
            break;
        int same_segment = (p0->year >= s->seg_start) == (p1->year >= s->seg_start);
        if (!p0->present || !p0->estimable || !p1->present || !p1->estimable || !same_segment)
            continue;
        double g = annual_rate(r, p0->value, p1->value, len);
        if (isnan(g))
            continue;
        if (!count++ || (r->increase ? g > *best : g < *best))
            *best = g;
    }
    return count;
}

/* Realistic: the required annual change lies within what the series has shown over windows
 * of the same length (the longest available when the series is shorter), up to year upto
 * (the baseline year for the nulmeting, which cannot know what came after it; 0: all). */
static void audit_r(rp_smart *m, const rp_target_result *r, int upto)
{
    double req = r->required_change / 100, best = NAN;
    int len = r->target_year - r->baseline_year;
    if (isnan(req) || len <= 0) {
        verdict(m, RP_SMART_R, 0, RP_WHY_R_NO_DATA, req, NAN);
        return;
    }
    while (len > 0 && windows(r, len, upto, &best) == 0)
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
        /* whether the change exceeds the baseline's uncertainty bounds its count: the
         * verdict is not judged on a hidden baseline, whatever it would be */
        verdict(&r->smart, RP_SMART_M, 0, RP_WHY_M_HIDDEN, NAN, NAN);
        verdict(&r->smart_base, RP_SMART_M, 0, RP_WHY_M_HIDDEN, NAN, NAN);
        r->target_withheld = t->kind != RP_TARGET_ABSOLUTE;
        if (t->kind == RP_TARGET_ABSOLUTE) /* a fixed target over a hidden baseline */
            r->required_cagr = r->smart.a[RP_SMART_R] = r->smart_base.a[RP_SMART_R] = NAN;
    }
    if (sb && t->kind == RP_TARGET_ABSOLUTE)
        r->required_change = NAN;
    /* growth from or to a hidden value; and the projection and chance, whose spread comes
     * from every year between baseline and latest (growth between two shown values is
     * public already and stays) */
    int hidden_between = 0;
    for (int y = r->baseline_year; r->current_year && y <= r->current_year; y++)
        hidden_between |= suppressed_at(s, y);
    if (sb || sc)
        r->observed_cagr = r->observed_change = r->progress_ratio = NAN;
    if (sb || sc || hidden_between) {
        r->projected = r->projected_lo = r->projected_hi = r->p_meet = NAN;
        r->proj_df = NAN;
    }
    if (suppressed_at(s, r->final ? r->target_year : 0))
        r->final_value = r->final_lo = r->final_hi = NAN;
    if (any)
        r->smart.b[RP_SMART_R] = r->smart_base.b[RP_SMART_R] = NAN;
}

/* The audit on all data (m), or as the nulmeting makes it, with what was known in the
 * baseline year only (at_baseline). */
static void audit_with(rp_smart *m, const rp_target_result *r, int at_baseline)
{
    const rp_target_def *t = r->def;
    audit_s(m, r->series->def);
    audit_m(m, r, at_baseline);
    verdict(m, RP_SMART_A, t->owner != NULL, t->owner ? RP_WHY_A_OWNER : RP_WHY_A_NO_OWNER,
            NAN, NAN);
    audit_r(m, r, at_baseline ? t->baseline_year : 0);
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

static void audit(rp_target_result *r)
{
    audit_with(&r->smart, r, 0);
    audit_with(&r->smart_base, r, 1);
}

/* Targets that cannot be meant as written: a change from a zero baseline; a baseline year
 * inside the data without a value; a target on the side of the baseline the indicator's
 * polarity calls worse, unless the target says its direction. */
static int check_target(const rp_target_def *t, const rp_series *s, const rp_target_result *r,
                        const rp_diag *lang, char *err, size_t n)
{
    if (t->kind != RP_TARGET_ABSOLUTE && r->baseline == 0) {
        rp_diag_snprintf(lang, err, n, "a change from the baseline cannot be a target when the "
                         "baseline value is 0; expected an absolute target");
        return RP_EINVAL;
    }
    if (!usable(s, t->baseline_year) && !s->cut && t->baseline_year >= s->year_min &&
        t->baseline_year <= s->year_max) {
        rp_diag_snprintf(lang, err, n, "baseline_year %d has no value of indicator %s (its data "
                         "cover %d-%d); expected a year with a value", t->baseline_year,
                         s->def->id, s->year_min, s->year_max);
        return RP_EINVAL;
    }
    const char *value = t->value_text ? t->value_text : "";
    if (t->direction && !isnan(r->baseline) && r->target != r->baseline &&
        (r->target > r->baseline) != (t->direction > 0)) {
        /* Eurostat's formulas would read a fall to 70 asked as a rise as met already */
        rp_diag_snprintf(lang, err, n, t->direction > 0
                             ? "direction = up contradicts target %s, which lies below the "
                               "baseline (%g in %d); expected direction = down, or a target "
                               "above the baseline"
                             : "direction = down contradicts target %s, which lies above the "
                               "baseline (%g in %d); expected direction = up, or a target below "
                               "the baseline", value, r->baseline, t->baseline_year);
        return RP_EINVAL;
    }
    rp_polarity pol = s->def->polarity;
    if (t->direction || isnan(r->baseline) || pol == RP_POLARITY_NEUTRAL ||
        r->target == r->baseline || (r->target > r->baseline) == (pol == RP_POLARITY_UP))
        return RP_OK;
    rp_diag_snprintf(lang, err, n, pol == RP_POLARITY_UP
                         ? "target %s is below the baseline of %d while indicator %s has "
                           "polarity = up (higher is better); expected a target above it, or "
                           "direction = down to ask for that"
                         : "target %s is above the baseline of %d while indicator %s has "
                           "polarity = down (lower is better); expected a target below it, or "
                           "direction = up to ask for that", value, t->baseline_year, s->def->id);
    return RP_EINVAL;
}

static void init_result(const rp_target_def *t, const rp_series *s, rp_target_result *out)
{
    memset(out, 0, sizeof *out);
    out->def = t;
    out->series = s;
    out->baseline_year = t->baseline_year;
    out->target_year = t->target_year;
    out->pp = s->def->measure == RP_MEASURE_SHARE || s->def->measure == RP_MEASURE_RECIDIVISM;
    out->baseline = out->baseline_lo = out->baseline_hi = out->current = NAN;
    out->required_cagr = out->observed_cagr = out->progress_ratio = NAN;
    out->required_change = out->observed_change = NAN;
    out->final_value = out->final_lo = out->final_hi = NAN;
    out->projected = out->projected_lo = out->projected_hi = out->p_meet = NAN;
    out->proj_df = NAN;
    const rp_point *b = usable(s, t->baseline_year);
    if (b) {
        out->baseline = b->value;
        out->baseline_lo = b->lo;
        out->baseline_hi = b->hi;
    }
    out->target = t->kind == RP_TARGET_ABSOLUTE ? t->value : target_value(t, out->baseline);
    /* the direction the target asks for: as written, else from the values, else the
     * indicator's polarity when the target equals the baseline or there is none */
    if (t->direction)
        out->increase = t->direction > 0;
    else if (isnan(out->baseline) || out->target == out->baseline)
        out->increase = s->def->polarity != RP_POLARITY_DOWN;
    else
        out->increase = out->target > out->baseline;
}

int rp_target_assess(const rp_target_def *t, const rp_series *s, double level,
                     rp_target_result *out, const rp_diag *lang, char *err, size_t n)
{
    init_result(t, s, out);
    if (n)
        err[0] = '\0';
    int st = check_target(t, s, out, lang, err, n);
    if (st != RP_OK)
        return st;
    if (t->baseline_year > s->year_max) {
        not_assessable(out, RP_NA_AFTER_DATA);
    } else {
        eurostat(out, s);
        rp_target_projection_at(out, t->target_year, level, &out->projected,
                                &out->projected_lo, &out->projected_hi);
    }
    audit(out);
    withhold(out, s, t);
    return RP_OK;
}

int rp_target_cone(rp_target_result *r, double level)
{
    int last = rp_series_latest(r->series);
    double v, lo, hi;
    free(r->cone);
    r->cone = NULL;
    r->ncone = 0;
    if (!(r->target_year > last) || rp_target_projection_at(r, last, level, &v, &lo, &hi) != 0)
        return 0;
    size_t n = (size_t)(r->target_year - last + 1);
    r->cone = malloc(3 * n * sizeof *r->cone);
    if (!r->cone)
        return -1;
    r->cone_from = last;
    r->ncone = n;
    for (size_t k = 0; k < n; k++)
        rp_target_projection_at(r, last + (int)k, level, &r->cone[3 * k], &r->cone[3 * k + 1],
                                &r->cone[3 * k + 2]);
    return 0;
}

void rp_target_result_clear(rp_target_result *r)
{
    free(r->cone);
    r->cone = NULL;
    r->ncone = 0;
}
