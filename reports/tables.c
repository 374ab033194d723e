/* The tables of the nulmeting and the yearly monitor. */
#include "words/phrases.h"
#include "words/numfmt.h"
#include "reports/tables.h"
#include "reports/outdir.h"
#include "words/word_eb.h"
#include "words/word_estimate.h"
#include "words/wording.h"
#include "stats/disclosure.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>


/* Table names become file and sheet names: unique without regard to case within 31
 * characters, or two indicators whose ids share their first 25 would overwrite each other. */
static void unique_name(const rp_tables *ts, rp_dtable *t)
{
    char *base = rp_strdup(t->name);
    for (int k = 2; base && k < 10000; k++) {
        int clash = 0;
        for (size_t j = 0; j < ts->n && !clash; j++)
            clash = !strcasecmp(ts->t[j]->name, t->name);
        if (!clash)
            break;
        char suffix[8];
        int w = snprintf(suffix, sizeof suffix, "_%d", k);
        char *n = rp_strfmt("%.*s%s", 31 - w, base, suffix);
        if (!n)
            break;
        free(t->name);
        t->name = n;
    }
    free(base);
}

void rp_tables_add(rp_tables *ts, rp_dtable *t)
{
    if (!t)
        return;
    unique_name(ts, t);
    rp_dtable **p = realloc(ts->t, (ts->n + 1) * sizeof *p);
    if (!p) {
        rp_dtable_free(t);
        return;
    }
    ts->t = p;
    ts->t[ts->n++] = t;
}

void rp_tables_free(rp_tables *ts)
{
    for (size_t i = 0; i < ts->n; i++)
        rp_dtable_free(ts->t[i]);
    free(ts->t);
    ts->t = NULL;
    ts->n = 0;
}

static int decimals_of(const rp_indicator_def *d, double v)
{
    switch (d->measure) {
    case RP_MEASURE_COUNT: return 0;
    case RP_MEASURE_RATE: return fabs(v) < 10 ? 2 : 1;
    default: return 1;
    }
}

static int is_fraction(const rp_indicator_def *d)
{
    return d->measure == RP_MEASURE_SHARE || d->measure == RP_MEASURE_RECIDIVISM;
}

/* A value of the indicator, or "<N" when its point is suppressed. */
/* A value of a year: missing (the project's sign) when the year has no data, empty when it
 * has data but no estimate (a rate without population), "<N" when suppressed. */
static void value_cell(rp_dtable *t, size_t r, size_t c, const rp_series *s, const rp_point *p,
                       double v, const char *missing)
{
    if (!p || !p->present) {
        rp_dtable_missing(t, r, c, missing);
        return;
    }
    if (p->suppressed) /* before the value: a hidden point has none */
        rp_dtable_suppressed(t, r, c, p->suppressed == RP_HIDE_SECOND ? 0 : s->below);
    else if (p->estimable && !isnan(v))
        rp_dtable_num(t, r, c, v, decimals_of(s->def, v), is_fraction(s->def));
}

/* The target value, or as written when the value would give a suppressed baseline away. */
static void target_cell(rp_dtable *t, size_t r, size_t c, const rp_target_result *res,
                        rp_lang lang)
{
    const rp_indicator_def *d = res->series->def;
    if (res->target_withheld) { /* "baseline -50%", which also does not start with '-' */
        char *text = rp_strfmt("%s %s", RP_PH(lang, RP_PH_BASELINE_6),
                               res->def->value_text);
        rp_dtable_text(t, r, c, text);
        free(text);
    } else
        rp_dtable_num(t, r, c, res->target, decimals_of(d, res->target), is_fraction(d));
}

static void count_cell(rp_dtable *t, size_t r, size_t c, double v, int below)
{
    if (isnan(v))
        return;
    if (rp_small(v, below))
        rp_dtable_suppressed(t, r, c, below);
    else
        rp_dtable_num(t, r, c, v, 0, 0);
}

/* The status cell of a point: its flag, b in the first year after a series break, and the
 * data's note on that year. */
static void flag_cell(rp_dtable *t, size_t r, size_t c, const rp_series *s, int year,
                      unsigned flags, rp_lang lang)
{
    const rp_point *p = s ? rp_series_at(s, year) : NULL;
    int brk = 0;
    for (size_t i = 0; s && i < s->def->nbreaks; i++)
        brk |= s->def->breaks[i] == year && year > s->year_min;
    rp_buf b;
    rp_buf_init(&b);
    rp_word_flag_cell(&b, flags, brk, lang);
    if (p && p->note)
        rp_buf_printf(&b, "%s%s", b.len ? "; " : "", p->note);
    rp_dtable_text(t, r, c, rp_buf_str(&b));
    rp_buf_free(&b);
}

/* A table's file and sheet name; ids are checked, but a column name comes from the data, so
 * anything beyond letters, digits, '_' and '-' becomes '_' (no path, no sheet-name sign). */
char *rp_table_name(const char *prefix, const char *id)
{
    char *s = rp_strfmt("%s%s", prefix, id);   /* rp_dtable_new cuts the file name to 31 */
    for (char *p = s; p && *p; p++)
        if (!isalnum((unsigned char)*p) && *p != '_' && *p != '-')
            *p = '_';
    return s;
}

rp_dtable *rp_table_series(const rp_model *m, size_t i)
{
    const rp_series *s = &m->series[i];
    rp_lang lang = m->p->m->lang;
    int recid = s->def->measure == RP_MEASURE_RECIDIVISM;
    const char *head[] = {recid ? "cohort" : RP_PH(lang, RP_PH_YEAR_2),
                          RP_PH(lang, RP_PH_VALUE_2), RP_PH(lang, RP_PH_LOWER),
                          RP_PH(lang, RP_PH_UPPER), RP_PH(lang, RP_PH_NUMERATOR),
                          RP_PH(lang, RP_PH_DENOMINATOR), RP_PH(lang, RP_PH_FLAG)};
    char *name = rp_table_name("series_", s->def->id);
    rp_dtable *t = rp_dtable_new(name, s->def->title, 7, head);
    free(name);
    for (size_t k = 0; t && k < s->n; k++) {
        const rp_point *p = &s->pts[k];
        size_t r = rp_dtable_row(t);
        if (r == (size_t)-1)
            break;
        rp_dtable_num(t, r, 0, p->year, -1, 0);
        value_cell(t, r, 1, s, p, p->value, m->p->m->missing);
        value_cell(t, r, 2, s, p, p->lo, m->p->m->missing);
        value_cell(t, r, 3, s, p, p->hi, m->p->m->missing);
        if (p->present && p->suppressed) {
            /* the counts behind a hidden point are hidden with it: the numerator as the
             * point, a denominator only when it was withheld (small, or a mean's n) */
            int below = p->suppressed == RP_HIDE_SECOND ? 0 : s->below;
            if (s->def->measure != RP_MEASURE_MEAN)
                rp_dtable_suppressed(t, r, 4, below);
            if (s->def->measure != RP_MEASURE_COUNT && !isnan(p->den))
                rp_dtable_num(t, r, 5, p->den, 0, 0);
            else if (s->def->measure != RP_MEASURE_COUNT)
                rp_dtable_suppressed(t, r, 5, s->def->measure == RP_MEASURE_MEAN ? below : 0);
        } else if (p->present && s->def->measure != RP_MEASURE_MEAN) {
            count_cell(t, r, 4, p->num, s->below);
            if (s->def->measure == RP_MEASURE_RATE)
                rp_dtable_num(t, r, 5, p->den, 0, 0);
            else if (s->def->measure != RP_MEASURE_COUNT)
                count_cell(t, r, 5, p->den, s->below);
        } else if (p->present) {
            count_cell(t, r, 5, p->den, s->below);
        } else {
            if (s->def->measure != RP_MEASURE_MEAN)
                rp_dtable_missing(t, r, 4, m->p->m->missing);
            if (s->def->measure != RP_MEASURE_COUNT)
                rp_dtable_missing(t, r, 5, m->p->m->missing);
        }
        flag_cell(t, r, 6, s, p->year, p->flags, lang);
    }
    return t;
}

/* The SMART letters on one line: no-break spaces. */
static void smart_cell(rp_dtable *t, size_t r, size_t c, const rp_smart *sm)
{
    rp_buf nbsp;
    rp_buf_init(&nbsp);
    for (const char *p = sm->code; *p; p++) {
        if (*p == ' ')
            rp_buf_puts(&nbsp, "\u00a0");
        else
            rp_buf_putc(&nbsp, *p);
    }
    rp_dtable_text(t, r, c, rp_buf_str(&nbsp));
    rp_buf_free(&nbsp);
}

static void year_value(rp_buf *b, const rp_series *s, int year, double v, rp_lang lang);

/* The nulmeting's row of one target in the compact table the documents print: what fits A4
 * in both languages; the full numbers are in baseline.csv. */
static void baseline_brief_row(rp_dtable *t, size_t r, const rp_target_result *res,
                               const rp_target_def *d, rp_lang lang)
{
    const rp_series *s = res->series;
    rp_buf b;
    rp_buf_init(&b);
    year_value(&b, s, d->baseline_year, res->baseline, lang);
    rp_dtable_text(t, r, 1, rp_buf_str(&b));
    rp_buf_clear(&b);
    if (!isnan(res->baseline_lo) && !isnan(res->baseline_hi)) {
        rp_word_value(&b, s->def, res->baseline_lo, lang);
        rp_buf_puts(&b, RP_PH(lang, RP_PH_TO));
        rp_word_value(&b, s->def, res->baseline_hi, lang);
        rp_dtable_text(t, r, 2, rp_buf_str(&b));
    }
    rp_buf_clear(&b);
    if (d->target_year)
        rp_buf_printf(&b, "%d:\u00a0", d->target_year);
    rp_word_target(&b, res, lang);
    rp_dtable_text(t, r, 3, rp_buf_str(&b));
    rp_buf_clear(&b);
    if (!isnan(res->required_change)) {
        rp_word_rate(&b, res, res->required_change / 100, lang);
        rp_dtable_text(t, r, 4, rp_buf_str(&b));
    }
    rp_buf_free(&b);
}

void rp_tables_baseline(const rp_model *m, rp_tables *out)
{
    rp_lang lang = m->p->m->lang;
    char pct_a_year[48]; /* "% per jaar": the sign and the phrase */
    snprintf(pct_a_year, sizeof pct_a_year, "%% %s", RP_PH(lang, RP_PH_TREND_A_YEAR));
    const rp_monitor *mon = m->p->m;
    const char *head[] = {RP_PH(lang, RP_PH_TARGET_5), RP_PH(lang, RP_PH_INDICATOR_2),
                          RP_PH(lang, RP_PH_BASELINE_YEAR), RP_PH(lang, RP_PH_BASELINE_7),
                          RP_PH(lang, RP_PH_LOWER), RP_PH(lang, RP_PH_UPPER),
                          RP_PH(lang, RP_PH_TARGET_YEAR), RP_PH(lang, RP_PH_TARGET_VALUE_2),
                          RP_PH(lang, RP_PH_REQUIRED_CHANGE_A_YEAR),
                          RP_PH(lang, RP_PH_UNIT_OF_THE_CHANGE),
                          RP_PH(lang, RP_PH_OWNER), "SMART"};
    rp_dtable *t = rp_dtable_new("baseline", RP_PH(lang, RP_PH_BASELINE_PER_TARGET),
                                 12, head);
    char *ci = rp_strfmt(RP_PH(lang, RP_PH_CI_3), 100 * m->level);
    const char *bh[] = {RP_PH(lang, RP_PH_TARGET_5), RP_PH(lang, RP_PH_BASELINE_7), ci,
                        RP_PH(lang, RP_PH_TARGET_VALUE_2),
                        RP_PH(lang, RP_PH_REQUIRED_A_YEAR),
                        RP_PH(lang, RP_PH_OWNER), "SMART"};
    rp_dtable *brief = rp_dtable_new("baseline_brief", RP_PH(lang, RP_PH_BASELINE_PER_TARGET), 7, bh);
    free(ci);
    const char *sh[] = {RP_PH(lang, RP_PH_TARGET_5), RP_PH(lang, RP_PH_LETTER),
                        RP_PH(lang, RP_PH_VERDICT), RP_PH(lang, RP_PH_REASON)};
    rp_dtable *smart = rp_dtable_new("smart_audit", RP_PH(lang, RP_PH_SMART_AUDIT_PER_TARGET), 4, sh);
    const char *sr[] = {RP_PH(lang, RP_PH_TARGET_5), RP_PH(lang, RP_PH_YEAR_2),
                        RP_PH(lang, RP_PH_VALUE_2), RP_PH(lang, RP_PH_LOWER),
                        RP_PH(lang, RP_PH_UPPER), RP_PH(lang, RP_PH_FLAG)};
    rp_dtable *series = rp_dtable_new("baseline_series", RP_PH(lang, RP_PH_SERIES_UP_TO_THE_BASELINE_YEAR), 6, sr);
    for (size_t k = 0; t && brief && smart && series && k < mon->ntargets; k++) {
        const rp_target_def *d = &mon->targets[k];
        const rp_target_result *res = &m->targets[k];
        const rp_indicator_def *ind = rp_monitor_indicator(mon, d->indicator);
        const char *name = d->title ? d->title : d->id; /* titles, not ids, on paper */
        size_t r = rp_dtable_row(t), rb = rp_dtable_row(brief);
        rp_dtable_text(t, r, 0, name);
        rp_dtable_text(brief, rb, 0, name);
        rp_dtable_text(t, r, 1, ind && ind->title ? ind->title : d->indicator);
        rp_dtable_num(t, r, 2, d->baseline_year, -1, 0);
        rp_dtable_text(t, r, 10, d->owner ? d->owner : "");
        rp_dtable_text(brief, rb, 5, d->owner ? d->owner : "");
        if (!m->assessed[k])
            continue;
        const rp_series *s = res->series;
        const rp_point *bp = rp_series_at(s, d->baseline_year);
        value_cell(t, r, 3, s, bp, res->baseline, m->p->m->missing);
        value_cell(t, r, 4, s, bp, res->baseline_lo, m->p->m->missing);
        value_cell(t, r, 5, s, bp, res->baseline_hi, m->p->m->missing);
        if (d->target_year) {
            rp_dtable_num(t, r, 6, d->target_year, -1, 0);
        }
        target_cell(t, r, 7, res, lang);
        /* percent a year for growth, percentage points a year for shares: never blank */
        if (!isnan(res->required_change)) {
            rp_dtable_num(t, r, 8, res->required_change, 2, 0);
            rp_dtable_text(t, r, 9, res->pp ? RP_PH(lang, RP_PH_PERCENTAGE_POINTS_A_YEAR_2)
                                            : pct_a_year);
        }
        smart_cell(t, r, 11, &res->smart_base);
        baseline_brief_row(brief, rb, res, d, lang);
        smart_cell(brief, rb, 6, &res->smart_base);
        static const char letters[][2] = {"S", "M", "A", "R", "T"};
        for (int L = 0; L < RP_SMART_N; L++) {
            size_t sr2 = rp_dtable_row(smart);
            rp_buf b;
            rp_buf_init(&b);
            rp_word_smart(&b, res, &res->smart_base, L, lang);
            rp_dtable_text(smart, sr2, 0, name);
            rp_dtable_text(smart, sr2, 1, letters[L]);
            rp_dtable_text(smart, sr2, 2, res->smart_base.pass[L] ? RP_PH(lang, RP_PH_PASS)
                                                                 : RP_PH(lang, RP_PH_FAIL));
            rp_dtable_text(smart, sr2, 3, rp_buf_str(&b));
            rp_buf_free(&b);
        }
        for (size_t i = 0; i < s->n && s->pts[i].year <= d->baseline_year; i++) {
            const rp_point *p = &s->pts[i];
            size_t r2 = rp_dtable_row(series);
            rp_dtable_text(series, r2, 0, name);
            rp_dtable_num(series, r2, 1, p->year, -1, 0);
            value_cell(series, r2, 2, s, p, p->value, m->p->m->missing);
            value_cell(series, r2, 3, s, p, p->lo, m->p->m->missing);
            value_cell(series, r2, 4, s, p, p->hi, m->p->m->missing);
            flag_cell(series, r2, 5, s, p->year, p->flags, lang);
        }
    }
    rp_tables_add(out, t);
    rp_tables_add(out, brief);
    rp_tables_add(out, series);
    rp_tables_add(out, smart);
}

rp_dtable *rp_table_targets(const rp_model *m)
{
    rp_lang lang = m->p->m->lang;
    char pct_a_year[48]; /* "% per jaar": the sign and the phrase */
    snprintf(pct_a_year, sizeof pct_a_year, "%% %s", RP_PH(lang, RP_PH_TREND_A_YEAR));
    const rp_monitor *mon = m->p->m;
    const char *head[] = {RP_PH(lang, RP_PH_TARGET_5), RP_PH(lang, RP_PH_BASELINE_YEAR),
                          RP_PH(lang, RP_PH_BASELINE_7), RP_PH(lang, RP_PH_LATEST_YEAR),
                          RP_PH(lang, RP_PH_LATEST_VALUE), RP_PH(lang, RP_PH_TARGET_YEAR),
                          RP_PH(lang, RP_PH_TARGET_VALUE_2),
                          RP_PH(lang, RP_PH_REQUIRED_CHANGE_A_YEAR),
                          RP_PH(lang, RP_PH_OBSERVED_CHANGE_A_YEAR),
                          RP_PH(lang, RP_PH_RATIO_2), RP_PH(lang, RP_PH_CATEGORY),
                          RP_PH(lang, RP_PH_P_MEET), "SMART",
                          RP_PH(lang, RP_PH_UNIT_OF_THE_CHANGE),
                          RP_PH(lang, RP_PH_FLAG_OF_THE_LATEST_VALUE)};
    rp_dtable *t = rp_dtable_new("targets", RP_PH(lang, RP_PH_PROGRESS_PER_TARGET),
                                 15, head);
    for (size_t k = 0; t && k < mon->ntargets; k++) {
        const rp_target_def *d = &mon->targets[k];
        const rp_target_result *res = &m->targets[k];
        size_t r = rp_dtable_row(t);
        rp_dtable_text(t, r, 0, d->title ? d->title : d->id);
        rp_dtable_num(t, r, 1, d->baseline_year, -1, 0);
        if (!m->assessed[k]) {
            rp_dtable_text(t, r, 10, rp_word_category(RP_CAT_NOT_ASSESSABLE, lang));
            continue;
        }
        const rp_series *s = res->series;
        value_cell(t, r, 2, s, rp_series_at(s, d->baseline_year), res->baseline,
                   m->p->m->missing);
        if (res->current_year) {
            rp_dtable_num(t, r, 3, res->current_year, -1, 0);
            value_cell(t, r, 4, s, rp_series_at(s, res->current_year), res->current,
                       m->p->m->missing);
        }
        if (d->target_year) {
            rp_dtable_num(t, r, 5, d->target_year, -1, 0);
        }
        target_cell(t, r, 6, res, lang);
        rp_dtable_num(t, r, 7, res->required_change, 1, 0);
        rp_dtable_num(t, r, 8, res->observed_change, 1, 0);
        rp_dtable_text(t, r, 13, res->pp ? RP_PH(lang, RP_PH_PERCENTAGE_POINTS_A_YEAR_2)
                                         : pct_a_year);
        if (res->current_year)
            flag_cell(t, r, 14, NULL, res->current_year, res->current_flags, lang);
        rp_dtable_num(t, r, 9, res->progress_ratio, 2, 0);
        rp_dtable_text(t, r, 10, rp_word_category(res->category, lang));
        rp_dtable_num(t, r, 11, res->p_meet, 0, 1);
        smart_cell(t, r, 12, &res->smart);
    }
    return t;
}

rp_dtable *rp_table_regions(const rp_model *m, const rp_regional *reg)
{
    rp_lang lang = m->p->m->lang;
    const rp_project *p = m->p;
    int below = p->m->suppress_below;
    const char *head[] = {RP_PH(lang, RP_PH_REGIONS_REGION), RP_PH(lang, RP_PH_COUNT),
                          RP_PH(lang, RP_PH_POPULATION), RP_PH(lang, RP_PH_RATE),
                          RP_PH(lang, RP_PH_LOWER), RP_PH(lang, RP_PH_UPPER),
                          rp_word_eb_label(lang),
                          NULL, NULL, /* the funnel's limits, below */
                          RP_PH(lang, RP_PH_REGIONS_SIGNAL), NULL};
    /* the ratio names its base year */
    char *ratio = rp_strfmt(RP_PH(lang, RP_PH_RATIO_TO), reg->baseline);
    head[10] = ratio;
    char *lower = rp_strfmt(RP_PH(lang, RP_PH_FUNNEL_LOWER));
    char *upper = rp_strfmt(RP_PH(lang, RP_PH_FUNNEL_UPPER));
    head[7] = lower, head[8] = upper;
    char *title = rp_strfmt("%s, %d", p->m->indicators[reg->indicator].title, reg->year);
    rp_dtable *t = ratio && lower && upper && title ? rp_dtable_new("regions", title, 11, head)
                                                    : NULL;
    free(ratio);
    free(lower);
    free(upper);
    free(title);
    /* sorted as the chart: highest rate first, hidden rows last in the file's order */
    const rp_regional_row **order = malloc((reg->k ? reg->k : 1) * sizeof *order);
    for (size_t i = 0; order && i < reg->k; i++)
        order[i] = &reg->rows[i];
    if (order)
        qsort(order, reg->k, sizeof *order, rp_regional_by_rate);
    for (size_t i = 0; t && order && i < reg->k; i++) {
        const rp_regional_row *row = order[i];
        int small = row->hidden;
        size_t r = rp_dtable_row(t);
        rp_dtable_text(t, r, 0, p->regions->r[row->region].name);
        if (small)
            rp_dtable_suppressed(t, r, 1, row->hidden == RP_HIDE_SECOND ? 0 : below);
        else
            count_cell(t, r, 1, row->s.count, below);
        rp_dtable_num(t, r, 2, row->s.population, 0, 0);
        if (!small) {
            rp_dtable_num(t, r, 3, row->s.rate.estimate, 1, 0);
            rp_dtable_num(t, r, 4, row->s.rate.lo, 1, 0);
            rp_dtable_num(t, r, 5, row->s.rate.hi, 1, 0);
        } else {
            rp_dtable_suppressed(t, r, 3, row->hidden == RP_HIDE_SECOND ? 0 : below);
        }
        rp_dtable_num(t, r, 7, row->s.f998_lo, 1, 0);
        rp_dtable_num(t, r, 8, row->s.f998_hi, 1, 0);
        rp_dtable_text(t, r, 9, row->hidden || reg->national_hidden ? ""
                                : row->s.signal > 0 ? RP_PH(lang, RP_PH_REGIONS_HIGH)
                                : row->s.signal < 0 ? RP_PH(lang, RP_PH_REGIONS_LOW)
                                                    : RP_PH(lang, RP_PH_REGIONS_WITHIN));
        if (!small && !row->base_hidden)
            rp_dtable_num(t, r, 10, row->change.estimate, 2, 0);
        if (!small && !isnan(row->s.eb_rate)) /* beside the crude rate (stats/eb.h) */
            rp_dtable_num(t, r, 6, row->s.eb_rate, 1, 0);
    }
    free(order);
    /* the national row: every region with population together, as the funnel's centre */
    size_t r = t ? rp_dtable_row(t) : (size_t)-1;
    if (r != (size_t)-1) {
        rp_dtable_text(t, r, 0, RP_PH(lang, RP_PH_NATIONAL));
        if (reg->national_hidden) {
            rp_dtable_suppressed(t, r, 1, below);
            rp_dtable_suppressed(t, r, 3, below);
        } else {
            rp_dtable_num(t, r, 1, reg->sum.total, 0, 0);
            rp_dtable_num(t, r, 3, reg->sum.national_rate, 1, 0);
        }
        rp_dtable_num(t, r, 2, reg->sum.population, 0, 0);
        rp_buf eb;
        rp_buf_init(&eb);
        rp_word_eb_method(&eb, reg, lang);
        if (rp_buf_str(&eb)[0])
            rp_dtable_set_note(t, rp_buf_str(&eb));
        rp_buf_free(&eb);
    }
    return t;
}

rp_dtable *rp_table_recidivism(const rp_model *m, const rp_recid_result *res, const double *at)
{
    char *name = res->published ? rp_strdup("recidivism_published")
                 : res->by && strcasecmp(res->by, "cohort") ? rp_table_name("recidivism_", res->by)
                                                            : rp_strdup("recidivism");
    rp_lang lang = m->p->m->lang;
    int below = m->p->m->suppress_below;
    const char *head[] = {res->by ? res->by : RP_PH(lang, RP_PH_RECID_GROUP),
                          RP_PH(lang, RP_PH_RECID_YEARS), "n", RP_PH(lang, RP_PH_RECID_EVENTS),
                          RP_PH(lang, RP_PH_RECID_AT_RISK), RP_PH(lang, RP_PH_PREVALENCE),
                          RP_PH(lang, RP_PH_LOWER), RP_PH(lang, RP_PH_UPPER)};
    char *title = res->published
                      ? rp_strfmt(RP_PH(lang, RP_PH_RECIDIVISM_BY_AS_PUBLISHED), head[0])
                      : rp_strfmt(RP_PH(lang, RP_PH_RECIDIVISM_BY_KAPLAN_MEIER), head[0]);
    rp_dtable *t = name && title ? rp_dtable_new(name, title, 8, head) : NULL;
    free(name);
    free(title);
    int any = 0;
    for (size_t i = 0; t && i < res->ngroups * res->nat; i++) {
        const rp_recid_row *w = &res->rows[i];
        size_t r = rp_dtable_row(t);
        rp_dtable_text(t, r, 0, w->group);
        rp_dtable_num(t, r, 1, at[i % res->nat], 0, 0);
        /* the publication's marks; a hidden count has no value left (rp_recid_wipe) */
        const unsigned char mk[3] = {w->n_mark, w->events_mark, w->at_risk_mark};
        const double v[3] = {w->n, w->events, w->at_risk};
        for (int f = 0; f < 3; f++) {
            if (mk[f])
                rp_dtable_suppressed(t, r, 2 + (size_t)f, below);
            else if (!isnan(v[f]) && !(res->published && f == 2))
                rp_dtable_num(t, r, 2 + (size_t)f, v[f], 0, 0);
            any |= mk[f] != 0;
        }
        if (w->events_mark || w->at_risk_mark || w->n_mark) {
            rp_dtable_suppressed(t, r, 5, below);
        } else if (w->estimable && !isnan(w->prevalence)) {
            rp_dtable_num(t, r, 5, w->prevalence, 1, 1);
            rp_dtable_num(t, r, 6, w->lo, 1, 1);
            rp_dtable_num(t, r, 7, w->hi, 1, 1);
        }
    }
    if (t && any) {
        rp_buf note;
        rp_buf_init(&note);
        rp_word_hidden_legend(&note, below, lang);
        rp_buf_puts(&note, RP_PH(lang, RP_PH_ALSO_NOT_FROM_N_THE_OTHER_GROUPING));
        rp_dtable_set_note(t, rp_buf_str(&note));
        rp_buf_free(&note);
    }
    return t;
}

/* "2019: 5,0%" or "2019: <5" */
static void year_value(rp_buf *b, const rp_series *s, int year, double v, rp_lang lang)
{
    const rp_point *p = rp_series_at(s, year);
    rp_buf_printf(b, "%d:\u00a0", year); /* "2019: 5,0%" never split */
    if (p && p->suppressed)
        rp_word_hidden(b, p->suppressed, s->below);
    else
        rp_word_value(b, s->def, v, lang);
}

rp_dtable *rp_table_targets_brief(const rp_model *m)
{
    rp_lang lang = m->p->m->lang;
    const rp_monitor *mon = m->p->m;
    /* what fits A4 at a legible size; the required and observed changes are in targets.csv
     * and in each target's section */
    const char *head[] = {RP_PH(lang, RP_PH_TARGET_5), RP_PH(lang, RP_PH_BASELINE_7),
                          RP_PH(lang, RP_PH_LATEST_2), RP_PH(lang, RP_PH_TARGET_VALUE_2),
                          RP_PH(lang, RP_PH_CATEGORY), RP_PH(lang, RP_PH_CHANCE_2), "SMART"};
    rp_dtable *t = rp_dtable_new("targets_brief", RP_PH(lang, RP_PH_PROGRESS_PER_TARGET),
                                 7, head);
    for (size_t k = 0; t && k < mon->ntargets; k++) {
        const rp_target_def *d = &mon->targets[k];
        const rp_target_result *r = &m->targets[k];
        size_t row = rp_dtable_row(t);
        rp_dtable_text(t, row, 0, d->title ? d->title : d->id);
        if (!m->assessed[k]) {
            rp_dtable_text(t, row, 4, rp_word_category(RP_CAT_NOT_ASSESSABLE, lang));
            continue;
        }
        rp_buf b;
        rp_buf_init(&b);
        year_value(&b, r->series, d->baseline_year, r->baseline, lang);
        rp_dtable_text(t, row, 1, rp_buf_str(&b));
        if (r->current_year) {
            rp_buf_clear(&b);
            year_value(&b, r->series, r->current_year, r->current, lang);
            if (r->current_flags)
                rp_buf_printf(&b, " (%s)", rp_word_flag(r->current_flags, lang));
            rp_dtable_text(t, row, 2, rp_buf_str(&b));
        }
        rp_buf_clear(&b);
        if (d->target_year)
            rp_buf_printf(&b, "%d:\u00a0", d->target_year);
        rp_word_target(&b, r, lang);
        rp_dtable_text(t, row, 3, rp_buf_str(&b));
        rp_buf_free(&b);
        rp_dtable_text(t, row, 4, rp_word_category(r->category, lang));
        rp_dtable_num(t, row, 5, r->p_meet, 0, 1);
        smart_cell(t, row, 6, &r->smart);
    }
    return t;
}

/* A cell of an estimate's row: the value when the row is published, else the row's mark. */
static void est_cell(rp_dtable *t, size_t r, size_t c, const rp_estimate_row *w, double v,
                     int below)
{
    if (w->publish == RP_EST_SMALL || w->publish == RP_EST_SECOND)
        rp_dtable_suppressed(t, r, c, w->publish == RP_EST_SMALL && c == 1 ? below : 0);
    else if (w->publish == RP_EST_SHOWN || (c == 1 && w->publish == RP_EST_FAILED))
        rp_dtable_num(t, r, c, v, 0, 0);
}

rp_dtable *rp_table_estimate(const rp_model *m, size_t k)
{
    const rp_estimate *e = m->estimates[k];
    const rp_estimate_def *def = &m->p->m->estimates[k];
    rp_lang lang = m->p->m->lang;
    int below = m->p->m->suppress_below;
    if (!e)
        return NULL;
    const char *head[] = {def->strata ? def->strata : RP_PH(lang, RP_PH_RECID_GROUP),
                          RP_PH(lang, RP_PH_REGISTERED_2),
                          RP_PH(lang, RP_PH_ESTIMATED_TOTAL),
                          RP_PH(lang, RP_PH_LOWER), RP_PH(lang, RP_PH_UPPER),
                          RP_PH(lang, RP_PH_NOT_REGISTERED),
                          RP_PH(lang, RP_PH_INTERACTIONS_2)};
    char *name = rp_table_name("estimate_", def->id);
    rp_dtable *t = rp_dtable_new(name, def->title ? def->title
                                                  : RP_PH(lang, RP_PH_ESTIMATED_NUMBER_OF_VICTIMS), 7, head);
    free(name);
    char terms[2048];
    for (size_t i = 0; t && i < e->nrows; i++) {
        const rp_estimate_row *w = &e->row[i];
        size_t r = rp_dtable_row(t);
        if (r == (size_t)-1)
            break;
        int all = e->nrows > 1 && i == e->nrows - 1;
        rp_dtable_text(t, r, 0, all ? RP_PH(lang, RP_PH_POOLED) : w->stratum);
        est_cell(t, r, 1, w, w->r.observed, below);
        est_cell(t, r, 2, w, w->r.estimate, below);
        est_cell(t, r, 3, w, w->r.lo, below);
        est_cell(t, r, 4, w, w->r.hi, below);
        est_cell(t, r, 5, w, w->r.dark, below);
        rp_estimate_terms(e, w, terms, sizeof terms);
        if (w->publish == RP_EST_SHOWN)
            rp_dtable_text(t, r, 6, w->r.nterms ? terms : RP_PH(lang, RP_PH_NONE));
        else if (w->publish == RP_EST_FAILED)
            rp_dtable_text(t, r, 6, rp_word_est_none(lang));
    }
    return t;
}
