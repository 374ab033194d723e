/* The words of every output in Dutch and English. */
#include "words/numfmt.h"
#include "words/phrases.h"
#include "words/wording.h"
#include "stats/ledger.h"
#include "stats/disclosure.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>


void rp_word_level(rp_buf *b, double level, rp_lang lang)
{
    double pct = round(10000 * level) / 100; /* 0.05 is 5.000000000000004% in binary */
    rp_fmt_num(b, pct, pct == round(pct) ? 0 : 10 * pct == round(10 * pct) ? 1 : 2, lang);
    rp_buf_putc(b, '%');
}

void rp_word_interval(rp_buf *b, double level, const char *lo, const char *hi, rp_lang lang)
{
    if (level > 0) {
        rp_word_level(b, level, lang);
        rp_buf_puts(b, RP_PH(lang, RP_PH_CI_AFTER_LEVEL));
    }
    rp_buf_printf(b, RP_PH(lang, RP_PH_RANGE), lo, hi);
}

void rp_word_range(rp_buf *b, double lo, double hi, int decimals, rp_lang lang)
{
    char *a = rp_fmt_numstr(lo, decimals, lang), *z = rp_fmt_numstr(hi, decimals, lang);
    rp_word_interval(b, 0, a ? a : "", z ? z : "", lang);
    free(a);
    free(z);
}

void rp_word_num_cell(rp_buf *b, double v, int decimals, int percent, rp_lang lang)
{
    if (decimals < 0)
        rp_buf_printf(b, "%.0f", v); /* a year or a code: no grouping */
    else if (percent)
        rp_fmt_pct(b, v, decimals, lang);
    else
        rp_fmt_num(b, v, decimals, lang);
}

char *rp_word_num_str(double v, int decimals, rp_lang lang)
{
    return rp_fmt_numstr(v, decimals, lang);
}

void rp_word_count(rp_buf *b, double v, int mark, int below, rp_lang lang)
{
    if (mark)
        rp_word_hidden(b, mark, below);
    else
        rp_fmt_num(b, v, 0, lang);
}

void rp_word_ratio_change(rp_buf *b, double ratio, rp_lang lang)
{
    rp_fmt_change(b, 100 * (ratio - 1), 0, lang);
}

void rp_word_tick(rp_buf *b, double v, int decimals, int percent, rp_lang lang)
{
    rp_fmt_num(b, v, decimals, lang);
    if (percent)
        rp_buf_putc(b, '%');
}

void rp_word_date(rp_buf *b, long long epoch, rp_lang lang)
{
    rp_fmt_date(b, epoch, lang);
}

void rp_word_chance_label(rp_buf *b, double p, rp_lang lang)
{
    rp_buf_puts(b, RP_PH(lang, RP_PH_CHANCE));
    rp_fmt_pct(b, p, 0, lang);
}

void rp_word_category_value(rp_buf *b, int hide, double value, int share,
                            const rp_monitor *mon)
{
    if (hide)
        rp_word_hidden(b, hide, mon->suppress_below);
    else if (isnan(value))
        rp_buf_puts(b, mon->missing);
    else if (share)
        rp_fmt_pct(b, value / 100, 1, mon->lang);
    else
        rp_fmt_num(b, value, 0, mon->lang);
}

static int is_fraction(const rp_indicator_def *d)
{
    return d->measure == RP_MEASURE_SHARE || d->measure == RP_MEASURE_RECIDIVISM;
}

void rp_word_value(rp_buf *b, const rp_indicator_def *d, double v, rp_lang lang)
{
    if (isnan(v)) {
        rp_buf_puts(b, "-");
        return;
    }
    switch (d->measure) {
    case RP_MEASURE_COUNT: rp_fmt_num(b, v, 0, lang); break;
    case RP_MEASURE_SHARE:
    case RP_MEASURE_RECIDIVISM: rp_fmt_pct(b, v, 1, lang); break;
    case RP_MEASURE_RATE: rp_fmt_num(b, v, fabs(v) < 10 ? 2 : 1, lang); break;
    case RP_MEASURE_MEAN: rp_fmt_num(b, v, 1, lang); break;
    }
}

void rp_word_diff(rp_buf *b, const rp_indicator_def *d, double v, rp_lang lang)
{
    if (is_fraction(d)) {
        rp_fmt_num(b, 100 * v, 1, lang);
        rp_buf_puts(b, RP_PH(lang, RP_PH_PERCENTAGE_POINTS));
    } else {
        rp_word_value(b, d, v, lang);
    }
}

char *rp_word_source(const rp_monitor *mon, const rp_indicator_def *d)
{
    const char *src = d && d->source ? d->source : mon->source ? mon->source : mon->title;
    return rp_strfmt(RP_PH(mon->lang, RP_PH_SOURCE), src);
}

/* One sign for every hidden value, small or second: a "<10" beside an "x" would tell which
 * cells are small and which cover them, and with the totals narrow both (issue 24). */
const char *rp_word_hidden_sign(void) { return "x"; }

void rp_word_hidden(rp_buf *b, int mark, int below)
{
    (void)mark, (void)below;
    rp_buf_puts(b, rp_word_hidden_sign());
}

void rp_word_hidden_legend(rp_buf *b, int below, rp_lang lang)
{
    rp_buf_printf(b, RP_PH(lang, RP_PH_NOT_PUBLISHED_SO_THAT_NO_COUNT_BELOW), rp_word_hidden_sign(), below);
}

void rp_word_audit(rp_buf *b, const rp_audit *a, int below, rp_lang lang)
{
    /* counts in the language's grouping: 32.370 lineaire programma's, 32,370 linear programs */
    char *n[6];
    const size_t v[6] = {a->cells, a->hidden, a->added, a->audited, a->programs, a->unprotected};
    for (int i = 0; i < 6; i++)
        n[i] = rp_fmt_numstr((double)v[i], 0, lang);
    if (!n[0] || !n[1] || !n[2] || !n[3] || !n[4] || !n[5])
        b->failed = 1; /* out of memory: the sentence would be cut */
    else
        rp_buf_printf(b, RP_PH(lang, RP_PH_THE_PROJECT_PUBLISHES_COUNTS_OVER), n[0], n[1], n[2],
                      n[3], below, n[4]);
    if (a->unprotected && n[5])
        rp_buf_printf(b, RP_PH(lang, RP_PH_FOR_THAT_RANGE_STAYS_NARROWER_THAN), n[5]);
    else if (!a->unprotected)
        rp_buf_puts(b, RP_PH(lang, RP_PH_EVERY_RANGE_REACHES_THE_THRESHOLD));
    for (int i = 0; i < 6; i++)
        free(n[i]);
}

void rp_word_test_withheld(rp_buf *b, const char *between, rp_lang lang)
{
    rp_buf_printf(b, RP_PH(lang, RP_PH_THE_LOG_RANK_TEST_BETWEEN_IS), between);
}

void rp_word_point(rp_buf *b, const rp_series *s, const rp_point *p, rp_lang lang)
{
    if (!p || !p->present || !p->estimable)
        rp_buf_puts(b, "-");
    else if (p->suppressed)
        rp_word_hidden(b, p->suppressed, s->below);
    else
        rp_word_value(b, s->def, p->value, lang);
}

void rp_word_point_ci(rp_buf *b, const rp_series *s, const rp_point *p, double level,
                      rp_lang lang)
{
    rp_word_point(b, s, p, lang);
    if (!p || !p->present || !p->estimable || p->suppressed)
        return;
    if (isnan(p->lo) || isnan(p->hi)) { /* published without one: none is made up */
        rp_buf_puts(b, RP_PH(lang, RP_PH_PUBLISHED_WITHOUT_A_MARGIN_OF_2));
        return;
    }
    rp_buf_printf(b, " (%g%%%s ", 100 * level, RP_PH(lang, RP_PH_CI));
    rp_word_value(b, s->def, p->lo, lang);
    rp_buf_puts(b, RP_PH(lang, RP_PH_TO));
    rp_word_value(b, s->def, p->hi, lang);
    rp_buf_putc(b, ')');
}

void rp_word_unit(rp_buf *b, const rp_indicator_def *d, rp_lang lang)
{
    if (d->measure == RP_MEASURE_RATE) {
        rp_buf_puts(b, "per ");
        rp_fmt_num(b, d->per, 0, lang);
        rp_buf_puts(b, RP_PH(lang, RP_PH_INHABITANTS_2));
    } else if (is_fraction(d)) {
        rp_buf_puts(b, "%");
    } else if (d->unit) {
        rp_buf_puts(b, d->unit);
    } else {
        rp_buf_puts(b, RP_PH(lang, RP_PH_NUMBER));
    }
}

void rp_word_growth(rp_buf *b, double rate, rp_lang lang)
{
    rp_fmt_change(b, 100 * rate, 1, lang);
    rp_buf_puts(b, RP_PH(lang, RP_PH_A_YEAR));
}

/* One annual change of a section's trend in its unit: "-3,7%", "+1,2" (percentage points,
 * the caller names them once), "+0,14" (a mean's unit). */
static void trend_change(rp_buf *b, const rp_series *s, double v, rp_lang lang)
{
    if (s->change_unit == RP_CHANGE_PCT)
        rp_fmt_change(b, v, 1, lang);
    else if (s->change_unit == RP_CHANGE_PP)
        rp_fmt_signed(b, 100 * v, 1, lang);
    else
        rp_fmt_signed(b, v, fabs(v) < 1 ? 2 : 1, lang);
}

static const char *trend_unit(const rp_series *s, rp_lang lang)
{
    return s->change_unit == RP_CHANGE_PP ? RP_PH(lang, RP_PH_PERCENTAGE_POINTS) : "";
}

void rp_word_trend_rate(rp_buf *b, const rp_series *s, rp_lang lang)
{
    trend_change(b, s, s->change, lang);
    rp_buf_printf(b, "%s%s", trend_unit(s, lang), RP_PH(lang, RP_PH_A_YEAR));
}

void rp_word_trend(rp_buf *b, const rp_series *s, double level, int full, rp_lang lang)
{
    const rp_projection *pr = &s->proj;
    if (pr->model == RP_PROJ_NONE || isnan(s->change)) {
        rp_buf_printf(b, RP_PH(lang, RP_PH_TREND_CANNOT_BE_CALCULATED),
                      rp_word_why(pr->reason ? pr->reason : RP_WHY_NO_FIT, lang));
        return;
    }
    rp_buf_printf(b, RP_PH(lang, RP_PH_TREND), pr->first, pr->last);
    if (s->change == 0 && s->change_lo == 0 && s->change_hi == 0) {
        rp_buf_puts(b, RP_PH(lang, RP_PH_UNCHANGED));
        return;
    }
    rp_word_trend_rate(b, s, lang);
    if (full) {
        rp_buf_printf(b, " (%g%%%s ", 100 * level, RP_PH(lang, RP_PH_CI));
        trend_change(b, s, s->change_lo, lang);
        rp_buf_puts(b, RP_PH(lang, RP_PH_TO));
        trend_change(b, s, s->change_hi, lang);
        rp_buf_printf(b, "%s)", trend_unit(s, lang));
    }
    if (!full && s->marker.mark > RP_MARK_NO_CHANGE) /* significant: the marker's word */
        rp_buf_printf(b, ", %s", rp_word_mark(s->marker.mark, lang));
}

/* Where the test on the recent trend and the interval of the stated trend over the same
 * years seem to disagree, why: the test (Fingertips) asks 99.8% and a direction that holds
 * with each year left out, and weighs each year as a Poisson count; the interval is at the
 * project's level and widened by the spread between the years (quasi-Poisson). */
static void marker_beside_trend(rp_buf *b, const rp_series *s, rp_lang lang)
{
    const rp_marker *k = &s->marker;
    if (isnan(s->change_lo) || isnan(s->change_hi) || s->proj.first != k->first ||
        s->proj.last != k->last)
        return;
    int significant = k->mark != RP_MARK_NO_CHANGE && k->mark != RP_MARK_CANNOT;
    int zero_inside = s->change_lo <= 0 && 0 <= s->change_hi;
    if (significant && zero_inside) {
        rp_buf_puts(b, RP_PH(lang, RP_PH_MARKER_SIGNIFICANT_INTERVAL_NOT));
        if (s->proj.dispersion > 1) {
            rp_buf_puts(b, RP_PH(lang, RP_PH_MARKER_DISPERSION));
            rp_fmt_num(b, s->proj.dispersion, 1, lang);
            rp_buf_putc(b, ')');
        }
        rp_buf_putc(b, '.');
    } else if (!significant && k->mark != RP_MARK_CANNOT && !zero_inside) {
        rp_buf_puts(b, RP_PH(lang, RP_PH_MARKER_NOT_SIGNIFICANT_INTERVAL_IS));
        if (s->proj.dispersion < 1) { /* quasi-Poisson narrows the interval below Poisson's */
            rp_buf_puts(b, RP_PH(lang, RP_PH_MARKER_UNDERDISPERSED));
            rp_fmt_num(b, s->proj.dispersion, 2, lang);
            rp_buf_puts(b, RP_PH(lang, RP_PH_MARKER_UNDERDISPERSED_END));
        }
        rp_buf_putc(b, '.');
    }
}

void rp_word_marker(rp_buf *b, const rp_series *s, rp_lang lang)
{
    const rp_marker *k = &s->marker;
    if (k->mark == RP_MARK_CANNOT) {
        rp_buf_printf(b, RP_PH(lang, RP_PH_TEST_OF_THE_RECENT_TREND_CANNOT_BE),
                      rp_word_why(k->reason, lang));
        return;
    }
    rp_buf_printf(b, RP_PH(lang, RP_PH_TEST_OF_THE_RECENT_TREND_99_8_CHI),
                  k->first, k->last, rp_word_mark(k->mark, lang));
    rp_fmt_num(b, k->chi2, 1, lang);
    rp_buf_puts(b, RP_PH(lang, RP_PH_SIGNIFICANT_ABOVE_9_5));
    marker_beside_trend(b, s, lang);
}

void rp_word_rate(rp_buf *b, const rp_target_result *r, double rate, rp_lang lang)
{
    if (!r->pp) {
        rp_word_growth(b, rate, lang);
        return;
    }
    rp_fmt_signed(b, 100 * rate, 1, lang);
    rp_buf_puts(b, RP_PH(lang, RP_PH_PERCENTAGE_POINTS_A_YEAR));
}

const char *rp_word_category(rp_category c, rp_lang lang)
{
    static const char *const nl[] = {"bereikt", "aanzienlijke vooruitgang", "matige vooruitgang",
                                     "onvoldoende vooruitgang", "verwijdert zich van het doel",
                                     "niet te beoordelen", "niet bereikt"};
    static const char *const en[] = {"achieved", "significant progress", "moderate progress",
                                     "insufficient progress", "moving away from the target",
                                     "not assessable", "not achieved"};
    return lang == RP_LANG_NL ? nl[c] : en[c];
}

void rp_word_p(rp_buf *b, double p, rp_lang lang)
{
    if (isnan(p)) {
        rp_buf_puts(b, "p = -");
    } else if (p < 0.001) {
        rp_buf_puts(b, "p < ");
        rp_fmt_num(b, 0.001, 3, lang);
    } else {
        rp_buf_puts(b, "p = ");
        rp_fmt_num(b, p, p < 0.01 ? 3 : 2, lang);
    }
}

void rp_word_funnel(rp_buf *b, const rp_regions_summary *s, rp_lang lang)
{
    if (s->funnel == RP_FUNNEL_EXACT) {
        rp_buf_puts(b, RP_PH(lang, RP_PH_LIMITS_EXACT_POISSON_LIMITS_AROUND));
        if (s->funnel_fallback)
            rp_buf_printf(b, RP_PH(lang, RP_PH_WIDENED_LIMITS_WERE_ASKED_FOR_BUT), s->k);
        if (s->overdispersed)
            rp_buf_puts(b, RP_PH(lang, RP_PH_NOTE_THE_REGIONS_VARY_MORE_THAN));
        return;
    }
    rp_buf_puts(b, RP_PH(lang, RP_PH_LIMITS_WIDENED_FOR_OVER_DISPERSION));
    rp_buf_puts(b, s->funnel == RP_FUNNEL_MULTIPLICATIVE
                       ? RP_PH(lang, RP_PH_MULTIPLICATIVE)
                       : RP_PH(lang, RP_PH_ADDITIVE_RANDOM_EFFECT));
    rp_buf_puts(b, RP_PH(lang, RP_PH_WINSORISED_DISPERSION));
    rp_fmt_num(b, s->phi, 2, lang);
    rp_buf_puts(b, ").");
}

const char *rp_word_mark(rp_mark m, rp_lang lang)
{
    static const char *const nl[] = {"niet te berekenen", "geen significante verandering",
                                     "stijgend", "dalend", "verbetert", "verslechtert"};
    return lang == RP_LANG_NL ? nl[m] : rp_mark_name(m);
}

const char *rp_word_measure(rp_measure m, rp_lang lang)
{
    static const char *const nl[] = {"aantal", "aandeel", "per inwoners", "gemiddelde",
                                     "recidive"};
    static const char *const en[] = {"count", "share", "rate", "mean", "recidivism"};
    return lang == RP_LANG_NL ? nl[m] : en[m];
}

const char *rp_word_na(rp_na_reason r, rp_lang lang)
{
    switch (r) {
    case RP_NA_NO_BASELINE: return RP_PH(lang, RP_PH_NO_VALUE_IN_THE_BASELINE_YEAR);
    case RP_NA_BREAK: return RP_PH(lang, RP_PH_A_SERIES_BREAK_AFTER_THE_BASELINE);
    case RP_NA_NO_LATER: return RP_PH(lang, RP_PH_NO_VALUE_AFTER_THE_BASELINE_YEAR);
    case RP_NA_NO_TARGET_YEAR: return RP_PH(lang, RP_PH_NO_TARGET_YEAR);
    case RP_NA_ZERO_BASELINE: return RP_PH(lang, RP_PH_A_BASELINE_OF_ZERO_HAS_NO_GROWTH);
    case RP_NA_TOO_FEW: return RP_PH(lang, RP_PH_FEWER_THAN_3_VALUES_FROM_THE);
    case RP_NA_NO_TARGET_VALUE: return RP_PH(lang, RP_PH_NO_VALUE_IN_THE_TARGET_YEAR);
    case RP_NA_AFTER_DATA: return RP_PH(lang, RP_PH_THE_BASELINE_YEAR_IS_AFTER_THE_DATA);
    case RP_NA_HIDDEN: return RP_PH(lang, RP_PH_THE_VALUE_IN_THE_BASELINE_OR_LATEST);
    default: return "";
    }
}

const char *rp_word_why(rp_why why, rp_lang lang)
{
    switch (why) {
    case RP_WHY_FEW_POINTS: return RP_PH(lang, RP_PH_FEWER_THAN_5_ANNUAL_POINTS);
    case RP_WHY_BREAK: return RP_PH(lang, RP_PH_A_SERIES_BREAK_AMONG_THE_LATEST_5);
    case RP_WHY_MISSING: return RP_PH(lang, RP_PH_A_MISSING_VALUE_AMONG_THE_LATEST_5);
    case RP_WHY_NO_INTERVAL: return RP_PH(lang, RP_PH_A_POINT_WITHOUT_AN_INTERVAL);
    case RP_WHY_SHARE_0_1: return RP_PH(lang, RP_PH_THE_SHARE_IS_0_OR_1_THROUGHOUT);
    case RP_WHY_HIDDEN: return RP_PH(lang, RP_PH_A_VALUE_AMONG_THEM_IS_NOT_PUBLISHED);
    case RP_WHY_FEW_SINCE_BREAK: return RP_PH(lang, RP_PH_FEWER_THAN_3_POINTS_SINCE_THE_LATEST);
    case RP_WHY_NO_FIT: return RP_PH(lang, RP_PH_THE_TREND_MODEL_CANNOT_BE_FITTED_TO);
    case RP_WHY_ESTIMATED: return RP_PH(lang, RP_PH_THE_LATEST_VALUES_ARE_ESTIMATES_NOT);
    case RP_WHY_FEW_RECENT: return RP_PH(lang, RP_PH_FEWER_THAN_3_CONSECUTIVE_RECENT);
    default: return "";
    }
}

const char *rp_word_chance(double p, rp_lang lang)
{
    if (isnan(p))
        return RP_PH(lang, RP_PH_CANNOT_BE_ESTIMATED);
    if (p < 0.05)
        return RP_PH(lang, RP_PH_VERY_UNLIKELY);
    if (p < 0.33)
        return RP_PH(lang, RP_PH_UNLIKELY);
    if (p < 0.67)
        return RP_PH(lang, RP_PH_ABOUT_AS_LIKELY_AS_NOT);
    if (p < 0.95)
        return RP_PH(lang, RP_PH_LIKELY);
    return RP_PH(lang, RP_PH_VERY_LIKELY);
}

static void smart_m(rp_buf *b, const rp_target_result *r, const rp_smart *m, rp_lang lang)
{
    const rp_indicator_def *d = r->series->def;
    switch (m->why[RP_SMART_M]) {
    case RP_WHY_M_NO_BASELINE:
        rp_buf_printf(b, RP_PH(lang, RP_PH_NO_DATA_FOR_THE_BASELINE_YEAR), r->baseline_year);
        return;
    case RP_WHY_M_NO_RECENT:
        rp_buf_printf(b, RP_PH(lang, RP_PH_NO_DATA_AFTER_THE_BASELINE_YEAR_AND),
                      r->baseline_year);
        return;
    case RP_WHY_M_HIDDEN:
        rp_buf_printf(b, RP_PH(lang, RP_PH_THE_BASELINE_VALUE_OF_IS_NOT),
                      r->baseline_year);
        return;
    case RP_WHY_M_NO_BEFORE:
        rp_buf_printf(b, RP_PH(lang, RP_PH_FEWER_THAN_TWO_ANNUAL_VALUES_IN_THE), r->baseline_year);
        return;
    default:
        break;
    }
    if (isnan(m->a[RP_SMART_M])) { /* withheld: the baseline count is suppressed */
        rp_buf_puts(b, m->pass[RP_SMART_M]
                           ? RP_PH(lang, RP_PH_THE_REQUIRED_CHANGE_IS_LARGER_THAN)
                           : RP_PH(lang, RP_PH_THE_REQUIRED_CHANGE_LIES_WITHIN_THE));
        /* not "below N": a baseline hidden to cover another count is not small */
        rp_buf_puts(b, RP_PH(lang, RP_PH_FIGURES_NOT_SHOWN_THE_BASELINE_IS));
        return;
    }
    rp_buf_puts(b, RP_PH(lang, RP_PH_THE_REQUIRED_CHANGE));
    rp_word_diff(b, d, m->a[RP_SMART_M], lang);
    rp_buf_puts(b, m->pass[RP_SMART_M]
                       ? RP_PH(lang, RP_PH_IS_LARGER_THAN_THE_BASELINES_OWN)
                       : RP_PH(lang, RP_PH_LIES_WITHIN_THE_BASELINES_OWN));
    rp_word_diff(b, d, m->b[RP_SMART_M], lang);
    rp_buf_putc(b, ')');
}

static void smart_r(rp_buf *b, const rp_target_result *r, const rp_smart *m, rp_lang lang)
{
    if (m->why[RP_SMART_R] == RP_WHY_R_NO_DATA) {
        rp_buf_puts(b, RP_PH(lang, RP_PH_TOO_FEW_DATA_TO_COMPARE_THE_REQUIRED));
        return;
    }
    if (isnan(m->a[RP_SMART_R]) || isnan(m->b[RP_SMART_R])) { /* withheld */
        rp_buf_puts(b, m->pass[RP_SMART_R]
                           ? RP_PH(lang, RP_PH_THE_SERIES_HAS_SHOWN_THE_REQUIRED)
                           : RP_PH(lang, RP_PH_THE_SERIES_HAS_NEVER_SHOWN_THE));
        rp_buf_puts(b, RP_PH(lang, RP_PH_GROWTH_NOT_SHOWN_THE_SERIES_HAS));
        return;
    }
    rp_buf need, best;
    rp_buf_init(&need);
    rp_buf_init(&best);
    rp_word_rate(&need, r, m->a[RP_SMART_R], lang);
    rp_word_rate(&best, r, m->b[RP_SMART_R], lang);
    rp_buf_printf(b, RP_PH(lang, RP_PH_SMART_R_RATES), rp_buf_str(&need), m->window,
                  rp_buf_str(&best));
    if (rp_buf_failed(&need) || rp_buf_failed(&best))
        b->failed = 1; /* the sentence is incomplete: so is the buffer it went into */
    rp_buf_free(&need);
    rp_buf_free(&best);
}

void rp_word_smart(rp_buf *b, const rp_target_result *r, const rp_smart *m, int letter,
                   rp_lang lang)
{
    const rp_target_def *t = r->def;
    switch (m->why[letter]) {
    case RP_WHY_S_DEFINED:
        rp_buf_puts(b, RP_PH(lang, RP_PH_INDICATOR_UNIT_AND_POPULATION_ARE));
        break;
    case RP_WHY_S_NO_DEFINITION:
        rp_buf_puts(b, RP_PH(lang, RP_PH_THE_POPULATION_THE_INDICATOR_COUNTS));
        break;
    case RP_WHY_S_NO_UNIT:
        rp_buf_puts(b, RP_PH(lang, RP_PH_THE_MEAN_HAS_NO_UNIT_NO_UNIT));
        break;
    case RP_WHY_A_OWNER:
        rp_buf_printf(b, RP_PH(lang, RP_PH_ACCOUNTABLE), t->owner);
        break;
    case RP_WHY_A_NO_OWNER:
        rp_buf_puts(b, RP_PH(lang, RP_PH_NOBODY_IS_NAMED_AS_ACCOUNTABLE_NO));
        break;
    case RP_WHY_T_OK:
        rp_buf_printf(b, RP_PH(lang, RP_PH_TARGET_YEAR_IS_AFTER_THE_BASELINE),
                      t->target_year, t->baseline_year);
        break;
    case RP_WHY_T_NO_YEAR:
        rp_buf_puts(b, RP_PH(lang, RP_PH_THERE_IS_NO_TARGET_YEAR));
        break;
    case RP_WHY_T_NOT_AFTER:
        rp_buf_printf(b, RP_PH(lang, RP_PH_TARGET_YEAR_IS_NOT_AFTER_THE),
                      t->target_year, t->baseline_year);
        break;
    default:
        if (letter == RP_SMART_M)
            smart_m(b, r, m, lang);
        else
            smart_r(b, r, m, lang);
    }
}

static void value_or_suppressed(rp_buf *b, const rp_target_result *r, int year, double v,
                                rp_lang lang)
{
    const rp_point *p = rp_series_at(r->series, year);
    if (p && p->suppressed)
        rp_word_hidden(b, p->suppressed, r->series->below);
    else
        rp_word_value(b, r->series->def, v, lang);
}

void rp_word_target(rp_buf *b, const rp_target_result *r, rp_lang lang)
{
    if (r->target_withheld)
        rp_buf_printf(b, RP_PH(lang, RP_PH_FROM_THE_BASELINE), r->def->value_text);
    else
        rp_word_value(b, r->series->def, r->target, lang);
}

const char *rp_word_flag(unsigned flags, rp_lang lang)
{
    if ((flags & RP_FLAG_R) && (flags & RP_FLAG_P)) /* CBS: nader voorlopig, ** */
        return RP_PH(lang, RP_PH_REVISED_PROVISIONAL);
    if (flags & RP_FLAG_R)
        return RP_PH(lang, RP_PH_REVISED);
    if (flags & RP_FLAG_E)
        return RP_PH(lang, RP_PH_ESTIMATED);
    if (flags & RP_FLAG_P)
        return RP_PH(lang, RP_PH_PROVISIONAL);
    return NULL;
}

void rp_word_flag_cell(rp_buf *b, unsigned flags, int brk, rp_lang lang)
{
    const char *word = rp_word_flag(flags, lang);
    const char *letter = (flags & RP_FLAG_R) && (flags & RP_FLAG_P) ? "**"
                         : flags & RP_FLAG_R ? "r" : flags & RP_FLAG_E ? "e"
                         : flags & RP_FLAG_P ? "p" : "";
    if (brk && word)
        rp_buf_printf(b, "b %s (%s, %s)", letter, RP_PH(lang, RP_PH_BREAK_IN_SERIES), word);
    else if (brk)
        rp_buf_printf(b, "b (%s)", RP_PH(lang, RP_PH_BREAK_IN_SERIES));
    else if (word)
        rp_buf_printf(b, "%s (%s)", letter, word);
}

/* "Observed +3,5% per jaar against +8,4% per jaar required (ratio 0,41): " */
static void target_rates(rp_buf *b, const rp_target_result *r, rp_lang lang)
{
    if (isnan(r->required_change) || isnan(r->observed_change))
        return;
    rp_buf_puts(b, RP_PH(lang, RP_PH_OBSERVED_2));
    rp_word_rate(b, r, r->observed_change / 100, lang);
    rp_buf_puts(b, RP_PH(lang, RP_PH_AGAINST));
    rp_word_rate(b, r, r->required_change / 100, lang);
    rp_buf_puts(b, RP_PH(lang, RP_PH_REQUIRED));
    if (!isnan(r->progress_ratio)) {
        rp_buf_puts(b, RP_PH(lang, RP_PH_RATIO));
        rp_fmt_num(b, r->progress_ratio, 2, lang);
        rp_buf_putc(b, ')');
    }
    rp_buf_puts(b, ": ");
}

/* The verdict on the value of the target year, with its interval. */
static void target_final(rp_buf *b, const rp_target_result *r, rp_lang lang)
{
    const rp_indicator_def *d = r->series->def;
    if (isnan(r->final_value))
        return;
    rp_buf_printf(b, RP_PH(lang, RP_PH_IN_THE_TARGET_YEAR),
                  r->target_year);
    rp_word_value(b, d, r->final_value, lang);
    if (!isnan(r->final_lo)) {
        rp_buf_puts(b, RP_PH(lang, RP_PH_CI_2));
        rp_word_value(b, d, r->final_lo, lang);
        rp_buf_puts(b, RP_PH(lang, RP_PH_TO));
        rp_word_value(b, d, r->final_hi, lang);
        rp_buf_putc(b, ')');
    }
    rp_buf_puts(b, r->straddles ? RP_PH(lang, RP_PH_THE_INTERVAL_HOLDS_THE_TARGET_SO_THE)
                                : ".");
}

const char *rp_word_no_projection(rp_lang lang)
{
    return RP_PH(lang, RP_PH_TOO_FEW_VALUES_FROM_THE_BASELINE);
}

static void target_projection(rp_buf *b, const rp_target_result *r, rp_lang lang)
{
    const rp_indicator_def *d = r->series->def;
    if (isnan(r->projected) && r->proj_few && r->category != RP_CAT_NOT_ASSESSABLE) {
        rp_buf_printf(b, RP_PH(lang, RP_PH_NO_PROJECTION_VALUES_FROM_THE), r->nobs);
        return;
    }
    if (isnan(r->projected))
        return;
    rp_buf_printf(b, RP_PH(lang, RP_PH_AT_THE_SAME_ANNUAL_CHANGE_IN), r->target_year);
    rp_word_value(b, d, r->projected, lang);
    rp_buf_puts(b, RP_PH(lang, RP_PH_PREDICTION_INTERVAL));
    rp_word_value(b, d, r->projected_lo, lang);
    rp_buf_puts(b, RP_PH(lang, RP_PH_TO));
    rp_word_value(b, d, r->projected_hi, lang);
    rp_buf_puts(b, RP_PH(lang, RP_PH_CHANCE_OF_MEETING_THE_TARGET));
    rp_fmt_pct(b, r->p_meet, 0, lang);
    rp_buf_printf(b, " (%s).", rp_word_chance(r->p_meet, lang));
}

void rp_word_target_summary(rp_buf *b, const rp_target_result *r, rp_lang lang)
{
    rp_buf_printf(b, RP_PH(lang, RP_PH_BASELINE_2), r->baseline_year);
    value_or_suppressed(b, r, r->baseline_year, r->baseline, lang);
    if (r->current_year) {
        const char *flag = rp_word_flag(r->current_flags, lang);
        rp_buf_printf(b, "; %d: ", r->current_year);
        value_or_suppressed(b, r, r->current_year, r->current, lang);
        if (flag)
            rp_buf_printf(b, " (%s)", flag);
    }
    rp_buf_puts(b, RP_PH(lang, RP_PH_TARGET_2));
    rp_word_target(b, r, lang);
    if (r->target_year)
        rp_buf_printf(b, RP_PH(lang, RP_PH_IN), r->target_year);
    rp_buf_puts(b, ". ");
    size_t before = b->len;
    target_rates(b, r, lang);
    const char *cat = rp_word_category(r->category, lang);
    if (b->len == before) /* the category starts the sentence */
        rp_buf_putc(b, (char)toupper((unsigned char)cat[0])), cat++;
    rp_buf_puts(b, cat);
    if (r->category == RP_CAT_NOT_ASSESSABLE)
        rp_buf_printf(b, " (%s)", rp_word_na(r->why_na, lang));
    if (!r->final && r->category == RP_CAT_SIGNIFICANT && !isnan(r->current) &&
        (r->increase ? r->current >= r->target : r->current <= r->target))
        rp_buf_puts(b, RP_PH(lang, RP_PH_THE_LATEST_VALUE_ALREADY_MEETS_THE));
    if (!r->final && r->current_flags && r->category != RP_CAT_NOT_ASSESSABLE)
        rp_buf_printf(b, RP_PH(lang, RP_PH_THE_LATEST_VALUE_IS),
                      rp_word_flag(r->current_flags, lang));
    rp_buf_puts(b, ".");
    if (r->final)
        target_final(b, r, lang);
    else
        target_projection(b, r, lang);
}

/* The test of regional differences and the concentration, in one sentence each:
 * "Chi-kwadraattoets ...: 123,9 bij 9 vrijheidsgraden, p < 0,001: ... De grootste 40% ...". */
void rp_word_heterogeneity(rp_buf *b, const rp_regions_summary *s, rp_lang lang)
{
    rp_buf_puts(b, RP_PH(lang, RP_PH_CHI_SQUARE_TEST_OF_THE_REGIONAL));
    rp_fmt_num(b, s->chi2, 1, lang);
    rp_buf_printf(b, RP_PH(lang, RP_PH_RECID_DF), s->df);
    rp_word_p(b, s->p_value, lang);
    rp_buf_printf(b, ": %s. ", s->p_value < 0.05
                                   ? RP_PH(lang, RP_PH_THE_REGIONS_DIFFER_BY_MORE_THAN)
                                   : RP_PH(lang, RP_PH_THE_DIFFERENCES_ARE_COMPATIBLE_WITH));
    rp_buf_printf(b, RP_PH(lang, RP_PH_THE_LARGEST_40_F_REGIONS_BRING));
    rp_fmt_pct(b, s->top40_share, 0, lang);
    rp_buf_puts(b, RP_PH(lang, RP_PH_OF_THE_TOTAL));
    rp_fmt_pct(b, s->share_for_75, 0, lang);
    rp_buf_puts(b, RP_PH(lang, RP_PH_OF_THE_REGIONS_BRING_75_GINI));
    rp_fmt_num(b, s->gini, 2, lang);
    rp_buf_puts(b, ".");
}

/* The overview of small charts: "Monitor 2024: alle indicatoren (2 van 3)". */
void rp_word_overview_title(rp_buf *b, const char *title, size_t page, size_t pages,
                            rp_lang lang)
{
    rp_buf_printf(b, RP_PH(lang, RP_PH_EVERY_INDICATOR), title);
    if (pages > 1)
        rp_buf_printf(b, RP_PH(lang, RP_PH_OVERVIEW_PAGE), page, pages);
}

/* What the overview draws around its values: bands between years, error bars on years that
 * stand alone; each panel on its own scale. */
void rp_word_overview_note(rp_buf *b, int bands, int bars, double level, rp_lang lang)
{
    const char *what = bands && bars ? RP_PH(lang, RP_PH_BAND_OR_ERROR_BAR)
                       : bars        ? RP_PH(lang, RP_PH_ERROR_BAR)
                                     : RP_PH(lang, RP_PH_BAND);
    if (bands || bars)
        rp_buf_printf(b, RP_PH(lang, RP_PH_CONFIDENCE_INTERVAL_EACH_INDICATOR), what,
                      100 * level);
    else
        rp_buf_puts(b, RP_PH(lang, RP_PH_EACH_INDICATOR_OWN_SCALE));
}

/* The start of the overview's alt text: "Kleine grafieken van 12 indicatoren (blad 1 van
 * 3): ". */
void rp_word_overview_alt(rp_buf *b, size_t n, size_t page, size_t pages, rp_lang lang)
{
    if (pages > 1)
        rp_buf_printf(b, RP_PH(lang, RP_PH_SMALL_CHARTS_OF_INDICATORS_SHEET), n, page, pages);
    else
        rp_buf_printf(b, RP_PH(lang, RP_PH_SMALL_CHARTS_OF_INDICATORS), n);
}
