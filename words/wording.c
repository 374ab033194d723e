/* The words of every output in Dutch and English. */
#include "words/numfmt.h"
#include "words/phrases.h"
#include "words/wording.h"
#include "stats/ledger.h"
#include "stats/disclosure.h"

#include <ctype.h>
#include <math.h>
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
        rp_buf_puts(b, RP_NL(lang, " procentpunt", " percentage points"));
    } else {
        rp_word_value(b, d, v, lang);
    }
}

char *rp_word_source(const rp_monitor *mon, const rp_indicator_def *d)
{
    const char *src = d && d->source ? d->source : mon->source ? mon->source : mon->title;
    return rp_strfmt(RP_NL(mon->lang, "Bron: %s", "Source: %s"), src);
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
    rp_buf_printf(b, RP_NL(lang, "%s: niet gepubliceerd, zodat geen aantal onder de %d te "
                                 "achterhalen is", "%s: not published, so that no count "
                                 "below %d can be worked out"), rp_word_hidden_sign(), below);
}

void rp_word_audit(rp_buf *b, const rp_audit *a, int below, rp_lang lang)
{
    rp_buf_printf(b, RP_NL(lang, "Het project publiceert in al zijn jaren en documenten %zu "
                                 "aantallen; %zu zijn verborgen, %zu daarvan door de controle "
                                 "toegevoegd. Voor elk van de %zu aantallen onder de drempel van "
                                 "%d die verborgen zijn of uit het gepubliceerde af te leiden "
                                 "zouden zijn, vonden %zu lineaire programma's de kleinste en "
                                 "grootste waarde die het gegeven al het gepubliceerde kan "
                                 "hebben",
                           "The project publishes %zu counts over all its years and documents; "
                           "%zu are hidden, %zu of them added by the audit. For each of the %zu "
                           "counts below the threshold of %d that are hidden or could be "
                           "worked out from the published ones, %zu linear programs found the "
                           "smallest and largest value it can take given everything "
                           "published"),
                  a->cells, a->hidden, a->added, a->audited, below, a->programs);
    if (a->unprotected)
        rp_buf_printf(b, RP_NL(lang, ": bij %zu blijft dat bereik smaller dan de regel vraagt.",
                               ": for %zu that range stays narrower than the rule asks."),
                      a->unprotected);
    else
        rp_buf_puts(b, RP_NL(lang, ": elk bereik reikt tot de drempel.",
                             ": every range reaches the threshold."));
}

void rp_word_test_withheld(rp_buf *b, const char *between, rp_lang lang)
{
    rp_buf_printf(b, RP_NL(lang, "De log-ranktoets tussen %s wordt niet gegeven: die telt over "
                                 "alle groepen, ook een die niet gepubliceerd is.",
                           "The log-rank test between %s is withheld: it sums over every group, "
                           "a hidden one too."), between);
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
        rp_buf_puts(b, RP_NL(lang, " (zonder onzekerheidsmarge)", " (published without a margin "
                                                                    "of uncertainty)"));
        return;
    }
    rp_buf_printf(b, " (%g%%%s ", 100 * level, RP_NL(lang, "-BI", " CI"));
    rp_word_value(b, s->def, p->lo, lang);
    rp_buf_puts(b, RP_NL(lang, " tot ", " to "));
    rp_word_value(b, s->def, p->hi, lang);
    rp_buf_putc(b, ')');
}

void rp_word_unit(rp_buf *b, const rp_indicator_def *d, rp_lang lang)
{
    if (d->measure == RP_MEASURE_RATE) {
        rp_buf_puts(b, "per ");
        rp_fmt_num(b, d->per, 0, lang);
        rp_buf_puts(b, RP_NL(lang, " inwoners", " inhabitants"));
    } else if (is_fraction(d)) {
        rp_buf_puts(b, "%");
    } else if (d->unit) {
        rp_buf_puts(b, d->unit);
    } else {
        rp_buf_puts(b, RP_NL(lang, "aantal", "number"));
    }
}

void rp_word_growth(rp_buf *b, double rate, rp_lang lang)
{
    rp_fmt_change(b, 100 * rate, 1, lang);
    rp_buf_puts(b, RP_NL(lang, " per jaar", " a year"));
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
    return s->change_unit == RP_CHANGE_PP ? RP_NL(lang, " procentpunt", " percentage points") : "";
}

void rp_word_trend_rate(rp_buf *b, const rp_series *s, rp_lang lang)
{
    trend_change(b, s, s->change, lang);
    rp_buf_printf(b, "%s%s", trend_unit(s, lang), RP_NL(lang, " per jaar", " a year"));
}

void rp_word_trend(rp_buf *b, const rp_series *s, double level, int full, rp_lang lang)
{
    const rp_projection *pr = &s->proj;
    if (pr->model == RP_PROJ_NONE || isnan(s->change)) {
        rp_buf_printf(b, RP_NL(lang, "trend: niet te berekenen (%s)", "trend: cannot be calculated "
                                                                      "(%s)"),
                      rp_word_why(pr->reason ? pr->reason : RP_WHY_NO_FIT, lang));
        return;
    }
    rp_buf_printf(b, RP_NL(lang, "trend %d-%d: ", "trend %d-%d: "), pr->first, pr->last);
    if (s->change == 0 && s->change_lo == 0 && s->change_hi == 0) {
        rp_buf_puts(b, RP_NL(lang, "gelijk gebleven", "unchanged"));
        return;
    }
    rp_word_trend_rate(b, s, lang);
    if (full) {
        rp_buf_printf(b, " (%g%%%s ", 100 * level, RP_NL(lang, "-BI", " CI"));
        trend_change(b, s, s->change_lo, lang);
        rp_buf_puts(b, RP_NL(lang, " tot ", " to "));
        trend_change(b, s, s->change_hi, lang);
        rp_buf_printf(b, "%s)", trend_unit(s, lang));
    }
    if (!full && s->marker.mark > RP_MARK_NO_CHANGE) /* significant: the marker's word */
        rp_buf_printf(b, ", %s", rp_word_mark(s->marker.mark, lang));
}

void rp_word_marker(rp_buf *b, const rp_series *s, rp_lang lang)
{
    const rp_marker *k = &s->marker;
    if (k->mark == RP_MARK_CANNOT) {
        rp_buf_printf(b, RP_NL(lang, "Toets op de recente trend: niet te berekenen (%s).",
                               "Test of the recent trend: cannot be calculated (%s)."),
                      rp_word_why(k->reason, lang));
        return;
    }
    rp_buf_printf(b, RP_NL(lang, "Toets op de recente trend %d-%d (99,8%%): %s (chi-kwadraat ",
                           "Test of the recent trend %d-%d (99.8%%): %s (chi-square "),
                  k->first, k->last, rp_word_mark(k->mark, lang));
    rp_fmt_num(b, k->chi2, 1, lang);
    rp_buf_puts(b, RP_NL(lang, "; significant boven 9,5).", "; significant above 9.5)."));
}

void rp_word_rate(rp_buf *b, const rp_target_result *r, double rate, rp_lang lang)
{
    if (!r->pp) {
        rp_word_growth(b, rate, lang);
        return;
    }
    rp_fmt_signed(b, 100 * rate, 1, lang);
    rp_buf_puts(b, RP_NL(lang, " procentpunt per jaar", " percentage points a year"));
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
        rp_buf_puts(b, RP_NL(lang, "Grenzen: exacte Poissongrenzen rond het landelijke cijfer "
                                   "bij de bevolking van de regio (als PHEindicatormethods).",
                             "Limits: exact Poisson limits around the national rate at the "
                             "region's population (as PHEindicatormethods)."));
        if (s->funnel_fallback)
            rp_buf_printf(b, RP_NL(lang, " Verbrede grenzen zijn gevraagd, maar %zu regio's zijn "
                                         "te weinig om de overspreiding te schatten (minstens 3).",
                                   " Widened limits were asked for, but %zu regions are too few "
                                   "to estimate the over-dispersion (at least 3)."), s->k);
        if (s->overdispersed)
            rp_buf_puts(b, RP_NL(lang, " Let op: de regio's verschillen meer dan Poissonruis "
                                       "(overspreiding); veel regio's vallen daardoor buiten de "
                                       "grenzen.", " Note: the regions vary more than Poisson "
                                       "noise (over-dispersion), which puts many outside."));
        return;
    }
    rp_buf_puts(b, RP_NL(lang, "Grenzen verbreed voor overspreiding (Spiegelhalter 2005, ",
                         "Limits widened for over-dispersion (Spiegelhalter 2005, "));
    rp_buf_puts(b, s->funnel == RP_FUNNEL_MULTIPLICATIVE
                       ? RP_NL(lang, "multiplicatief; ", "multiplicative; ")
                       : RP_NL(lang, "additief random effect; ", "additive random effect; "));
    rp_buf_puts(b, RP_NL(lang, "gewinsoriseerde spreidingsfactor ", "winsorised dispersion "));
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
    case RP_NA_NO_BASELINE: return RP_NL(lang, "geen waarde in het basisjaar", "no value in the baseline year");
    case RP_NA_BREAK: return RP_NL(lang, "een trendbreuk na het basisjaar", "a series break after the baseline year");
    case RP_NA_NO_LATER: return RP_NL(lang, "geen waarde na het basisjaar", "no value after the baseline year");
    case RP_NA_NO_TARGET_YEAR: return RP_NL(lang, "geen doeljaar", "no target year");
    case RP_NA_ZERO_BASELINE: return RP_NL(lang, "een basiswaarde van 0 heeft geen groeivoet", "a baseline of zero has no growth rate");
    case RP_NA_TOO_FEW: return RP_NL(lang, "minder dan 3 waarden vanaf het basisjaar", "fewer than 3 values from the baseline year on");
    case RP_NA_NO_TARGET_VALUE: return RP_NL(lang, "geen waarde in het doeljaar", "no value in the target year");
    case RP_NA_AFTER_DATA: return RP_NL(lang, "het basisjaar ligt na de gegevens", "the baseline year is after the data");
    case RP_NA_HIDDEN: return RP_NL(lang, "de waarde in het basis- of laatste jaar is niet gepubliceerd", "the value in the baseline or latest year is not published");
    default: return "";
    }
}

const char *rp_word_why(rp_why why, rp_lang lang)
{
    switch (why) {
    case RP_WHY_FEW_POINTS: return RP_NL(lang, "minder dan 5 jaarcijfers", "fewer than 5 annual points");
    case RP_WHY_BREAK: return RP_NL(lang, "een trendbreuk in de laatste 5 jaren", "a series break among the latest 5 points");
    case RP_WHY_MISSING: return RP_NL(lang, "een ontbrekende waarde in de laatste 5 jaren", "a missing value among the latest 5 points");
    case RP_WHY_NO_INTERVAL: return RP_NL(lang, "een waarde zonder betrouwbaarheidsinterval", "a point without an interval");
    case RP_WHY_SHARE_0_1: return RP_NL(lang, "het aandeel is steeds 0 of 1", "the share is 0 or 1 throughout");
    case RP_WHY_HIDDEN: return RP_NL(lang, "een van de waarden is niet gepubliceerd", "a value among them is not published");
    case RP_WHY_FEW_SINCE_BREAK: return RP_NL(lang, "minder dan 3 waarden sinds de laatste trendbreuk", "fewer than 3 points since the latest break");
    case RP_WHY_NO_FIT: return RP_NL(lang, "het trendmodel past niet op deze waarden", "the trend model cannot be fitted to these values");
    case RP_WHY_ESTIMATED: return RP_NL(lang, "de laatste waarden zijn schattingen, geen tellingen", "the latest values are estimates, not counts");
    case RP_WHY_FEW_RECENT: return RP_NL(lang, "minder dan 3 opeenvolgende recente jaarcijfers", "fewer than 3 consecutive recent annual points");
    default: return "";
    }
}

const char *rp_word_chance(double p, rp_lang lang)
{
    if (isnan(p))
        return RP_NL(lang, "niet te schatten", "cannot be estimated");
    if (p < 0.05)
        return RP_NL(lang, "zeer onwaarschijnlijk", "very unlikely");
    if (p < 0.33)
        return RP_NL(lang, "onwaarschijnlijk", "unlikely");
    if (p < 0.67)
        return RP_NL(lang, "ongeveer even waarschijnlijk als niet", "about as likely as not");
    if (p < 0.95)
        return RP_NL(lang, "waarschijnlijk", "likely");
    return RP_NL(lang, "zeer waarschijnlijk", "very likely");
}

static void smart_m(rp_buf *b, const rp_target_result *r, const rp_smart *m, rp_lang lang)
{
    const rp_indicator_def *d = r->series->def;
    switch (m->why[RP_SMART_M]) {
    case RP_WHY_M_NO_BASELINE:
        rp_buf_printf(b, RP_NL(lang, "geen gegevens in het basisjaar %d", "no data for the baseline "
                                  "year %d"), r->baseline_year);
        return;
    case RP_WHY_M_NO_RECENT:
        rp_buf_printf(b, RP_NL(lang, "geen gegevens na het basisjaar %d, en minder dan twee "
                                     "jaren in de vijf jaar ervoor", "no data after the baseline "
                                     "year %d, and fewer than two years in the five before it"),
                      r->baseline_year);
        return;
    case RP_WHY_M_HIDDEN:
        rp_buf_printf(b, RP_NL(lang, "de basiswaarde van %d wordt niet gepubliceerd, dus de "
                                     "gevraagde verandering is niet tegen haar onzekerheid af te "
                                     "wegen",
                               "the baseline value of %d is not published, so the required "
                               "change cannot be weighed against its uncertainty"),
                      r->baseline_year);
        return;
    case RP_WHY_M_NO_BEFORE:
        rp_buf_printf(b, RP_NL(lang, "minder dan twee jaarcijfers in de vijf jaar voor het basisjaar "
                                     "%d: of de reeks meetbaar is, blijkt nog niet",
                               "fewer than two annual values in the five years before the "
                               "baseline year %d: whether the series is measurable is not yet "
                               "shown"), r->baseline_year);
        return;
    default:
        break;
    }
    if (isnan(m->a[RP_SMART_M])) { /* withheld: the baseline count is suppressed */
        rp_buf_puts(b, m->pass[RP_SMART_M]
                           ? RP_NL(lang, "de gevraagde verandering is groter dan de onzekerheid "
                                         "van de basiswaarde", "the required change is larger "
                                         "than the baseline's own uncertainty")
                           : RP_NL(lang, "de gevraagde verandering valt binnen de onzekerheid van "
                                         "de basiswaarde", "the required change lies within the "
                                         "baseline's own uncertainty"));
        /* not "below N": a baseline hidden to cover another count is not small */
        rp_buf_puts(b, RP_NL(lang, " (getallen niet getoond: de basiswaarde is niet gepubliceerd)",
                             " (figures not shown: the baseline is not published)"));
        return;
    }
    rp_buf_puts(b, RP_NL(lang, "de gevraagde verandering (", "the required change ("));
    rp_word_diff(b, d, m->a[RP_SMART_M], lang);
    rp_buf_puts(b, m->pass[RP_SMART_M]
                       ? RP_NL(lang, ") is groter dan de onzekerheid van de basiswaarde (± ",
                            ") is larger than the baseline's own uncertainty (± ")
                       : RP_NL(lang, ") valt binnen de onzekerheid van de basiswaarde (± ",
                            ") lies within the baseline's own uncertainty (± "));
    rp_word_diff(b, d, m->b[RP_SMART_M], lang);
    rp_buf_putc(b, ')');
}

static void smart_r(rp_buf *b, const rp_target_result *r, const rp_smart *m, rp_lang lang)
{
    if (m->why[RP_SMART_R] == RP_WHY_R_NO_DATA) {
        rp_buf_puts(b, RP_NL(lang, "te weinig gegevens om de gevraagde verandering met de reeks te "
                                "vergelijken", "too few data to compare the required change "
                                               "with the series"));
        return;
    }
    if (isnan(m->a[RP_SMART_R]) || isnan(m->b[RP_SMART_R])) { /* withheld */
        rp_buf_puts(b, m->pass[RP_SMART_R]
                           ? RP_NL(lang, "de reeks liet de gevraagde verandering al eens zien",
                                   "the series has shown the required change before")
                           : RP_NL(lang, "de reeks liet de gevraagde verandering nooit zien",
                                   "the series has never shown the required change"));
        rp_buf_puts(b, RP_NL(lang, " (groei niet getoond: de reeks heeft aantallen die niet "
                                   "worden getoond)", " (growth not shown: the series has "
                                   "counts that are not shown)"));
        return;
    }
    rp_buf_puts(b, RP_NL(lang, "vraagt ", "requires "));
    rp_word_rate(b, r, m->a[RP_SMART_R], lang);
    rp_buf_printf(b, RP_NL(lang, "; de reeks liet over perioden van %d jaar op zijn best ",
                        "; over %d-year periods the series has shown at best "), m->window);
    rp_word_rate(b, r, m->b[RP_SMART_R], lang);
    rp_buf_puts(b, RP_NL(lang, " zien", ""));
}

void rp_word_smart(rp_buf *b, const rp_target_result *r, const rp_smart *m, int letter,
                   rp_lang lang)
{
    const rp_target_def *t = r->def;
    switch (m->why[letter]) {
    case RP_WHY_S_DEFINED:
        rp_buf_puts(b, RP_NL(lang, "indicator, eenheid en populatie zijn omschreven",
                          "indicator, unit and population are defined"));
        break;
    case RP_WHY_S_NO_DEFINITION:
        rp_buf_puts(b, RP_NL(lang, "de populatie die de indicator telt is niet omschreven "
                                "(definition ontbreekt)", "the population the indicator counts "
                                                          "is not defined (no definition)"));
        break;
    case RP_WHY_S_NO_UNIT:
        rp_buf_puts(b, RP_NL(lang, "het gemiddelde heeft geen eenheid (unit ontbreekt)",
                          "the mean has no unit (no unit)"));
        break;
    case RP_WHY_A_OWNER:
        rp_buf_printf(b, RP_NL(lang, "verantwoordelijk: %s", "accountable: %s"), t->owner);
        break;
    case RP_WHY_A_NO_OWNER:
        rp_buf_puts(b, RP_NL(lang, "er is niemand verantwoordelijk gesteld (owner ontbreekt)",
                          "nobody is named as accountable (no owner)"));
        break;
    case RP_WHY_T_OK:
        rp_buf_printf(b, RP_NL(lang, "doeljaar %d ligt na het basisjaar %d",
                            "target year %d is after the baseline year %d"),
                      t->target_year, t->baseline_year);
        break;
    case RP_WHY_T_NO_YEAR:
        rp_buf_puts(b, RP_NL(lang, "er is geen doeljaar", "there is no target year"));
        break;
    case RP_WHY_T_NOT_AFTER:
        rp_buf_printf(b, RP_NL(lang, "doeljaar %d ligt niet na het basisjaar %d",
                            "target year %d is not after the baseline year %d"),
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
        rp_buf_printf(b, RP_NL(lang, "%s ten opzichte van de basiswaarde",
                               "%s from the baseline"), r->def->value_text);
    else
        rp_word_value(b, r->series->def, r->target, lang);
}

const char *rp_word_flag(unsigned flags, rp_lang lang)
{
    if ((flags & RP_FLAG_R) && (flags & RP_FLAG_P)) /* CBS: nader voorlopig, ** */
        return RP_NL(lang, "nader voorlopig", "revised provisional");
    if (flags & RP_FLAG_R)
        return RP_NL(lang, "herzien", "revised");
    if (flags & RP_FLAG_E)
        return RP_NL(lang, "geschat", "estimated");
    if (flags & RP_FLAG_P)
        return RP_NL(lang, "voorlopig", "provisional");
    return NULL;
}

void rp_word_flag_cell(rp_buf *b, unsigned flags, int brk, rp_lang lang)
{
    const char *word = rp_word_flag(flags, lang);
    const char *letter = (flags & RP_FLAG_R) && (flags & RP_FLAG_P) ? "**"
                         : flags & RP_FLAG_R ? "r" : flags & RP_FLAG_E ? "e"
                         : flags & RP_FLAG_P ? "p" : "";
    if (brk && word)
        rp_buf_printf(b, "b %s (%s, %s)", letter, RP_NL(lang, "trendbreuk", "break in series"), word);
    else if (brk)
        rp_buf_printf(b, "b (%s)", RP_NL(lang, "trendbreuk", "break in series"));
    else if (word)
        rp_buf_printf(b, "%s (%s)", letter, word);
}

/* "Observed +3,5% per jaar against +8,4% per jaar required (ratio 0,41): " */
static void target_rates(rp_buf *b, const rp_target_result *r, rp_lang lang)
{
    if (isnan(r->required_change) || isnan(r->observed_change))
        return;
    rp_buf_puts(b, RP_NL(lang, "Waargenomen ", "Observed "));
    rp_word_rate(b, r, r->observed_change / 100, lang);
    rp_buf_puts(b, RP_NL(lang, " tegen ", " against "));
    rp_word_rate(b, r, r->required_change / 100, lang);
    rp_buf_puts(b, RP_NL(lang, " nodig", " required"));
    if (!isnan(r->progress_ratio)) {
        rp_buf_puts(b, RP_NL(lang, " (verhouding ", " (ratio "));
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
    rp_buf_printf(b, RP_NL(lang, " In het doeljaar %d: ", " In the target year %d: "),
                  r->target_year);
    rp_word_value(b, d, r->final_value, lang);
    if (!isnan(r->final_lo)) {
        rp_buf_puts(b, RP_NL(lang, " (BI ", " (CI "));
        rp_word_value(b, d, r->final_lo, lang);
        rp_buf_puts(b, RP_NL(lang, " tot ", " to "));
        rp_word_value(b, d, r->final_hi, lang);
        rp_buf_putc(b, ')');
    }
    rp_buf_puts(b, r->straddles ? RP_NL(lang, "; het interval omvat het doel, dus het verschil "
                                              "met het doel valt binnen de onzekerheid.",
                                        "; the interval holds the target, so the difference "
                                        "from it lies within the uncertainty.")
                                : ".");
}

const char *rp_word_no_projection(rp_lang lang)
{
    return RP_NL(lang, "te weinig waarden vanaf het basisjaar voor een projectie (minstens 4)",
                 "too few values from the baseline year on for a projection (at least 4)");
}

static void target_projection(rp_buf *b, const rp_target_result *r, rp_lang lang)
{
    const rp_indicator_def *d = r->series->def;
    if (isnan(r->projected) && r->proj_few && r->category != RP_CAT_NOT_ASSESSABLE) {
        rp_buf_printf(b, RP_NL(lang, " Geen projectie: %d waarden vanaf het basisjaar zijn te "
                                     "weinig voor een voorspellingsinterval.",
                               " No projection: %d values from the baseline year on are too "
                               "few for a prediction interval."), r->nobs);
        return;
    }
    if (isnan(r->projected))
        return;
    rp_buf_printf(b, RP_NL(lang, " Met dezelfde jaarlijkse verandering in %d: ",
                           " At the same annual change, in %d: "), r->target_year);
    rp_word_value(b, d, r->projected, lang);
    rp_buf_puts(b, RP_NL(lang, " (voorspellingsinterval ", " (prediction interval "));
    rp_word_value(b, d, r->projected_lo, lang);
    rp_buf_puts(b, RP_NL(lang, " tot ", " to "));
    rp_word_value(b, d, r->projected_hi, lang);
    rp_buf_puts(b, RP_NL(lang, "); kans dat het doel wordt gehaald ",
                         "); chance of meeting the target "));
    rp_fmt_pct(b, r->p_meet, 0, lang);
    rp_buf_printf(b, " (%s).", rp_word_chance(r->p_meet, lang));
}

void rp_word_target_summary(rp_buf *b, const rp_target_result *r, rp_lang lang)
{
    rp_buf_printf(b, RP_NL(lang, "Basisjaar %d: ", "Baseline %d: "), r->baseline_year);
    value_or_suppressed(b, r, r->baseline_year, r->baseline, lang);
    if (r->current_year) {
        const char *flag = rp_word_flag(r->current_flags, lang);
        rp_buf_printf(b, "; %d: ", r->current_year);
        value_or_suppressed(b, r, r->current_year, r->current, lang);
        if (flag)
            rp_buf_printf(b, " (%s)", flag);
    }
    rp_buf_puts(b, RP_NL(lang, "; doel ", "; target "));
    rp_word_target(b, r, lang);
    if (r->target_year)
        rp_buf_printf(b, RP_NL(lang, " in %d", " in %d"), r->target_year);
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
        rp_buf_puts(b, RP_NL(lang, ", de laatste waarde haalt het doel al",
                             ", the latest value already meets the target"));
    if (!r->final && r->current_flags && r->category != RP_CAT_NOT_ASSESSABLE)
        rp_buf_printf(b, RP_NL(lang, " (de laatste waarde is %s)", " (the latest value is %s)"),
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
    rp_buf_puts(b, RP_NL(lang, "Chi-kwadraattoets van de regionale aantallen tegen de op "
                               "bevolking verwachte: ", "Chi-square test of the regional "
                               "counts against population-expected counts: "));
    rp_fmt_num(b, s->chi2, 1, lang);
    rp_buf_printf(b, RP_NL(lang, " bij %g vrijheidsgraden, ", " on %g df, "), s->df);
    rp_word_p(b, s->p_value, lang);
    rp_buf_printf(b, ": %s. ", s->p_value < 0.05
                                   ? RP_NL(lang, "de regio's verschillen meer dan toeval "
                                                 "verklaart", "the regions differ by more "
                                                              "than chance")
                                   : RP_NL(lang, "de verschillen passen bij toeval",
                                           "the differences are compatible with chance"));
    rp_buf_puts(b, RP_NL(lang, "De grootste 40% van de regio's brengt ",
                         "The largest 40% of regions bring "));
    rp_fmt_pct(b, s->top40_share, 0, lang);
    rp_buf_puts(b, RP_NL(lang, " van het totaal; ", " of the total; "));
    rp_fmt_pct(b, s->share_for_75, 0, lang);
    rp_buf_puts(b, RP_NL(lang, " van de regio's brengt 75%; Gini ",
                         " of the regions bring 75%; Gini "));
    rp_fmt_num(b, s->gini, 2, lang);
    rp_buf_puts(b, ".");
}
