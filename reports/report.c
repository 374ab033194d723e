/* The yearly monitor: summary, indicators, targets, regions, recidivism, the estimated number
 * of victims and the annex. */
#include "words/phrases.h"
#include "words/numfmt.h"
#include "reports/report.h"
#include "reports/sec_estimate.h"
#include "reports/sec_revisions.h"
#include "reports/sec_text.h"
#include "plots/kinds.h"
#include "words/word_estimate.h"
#include "words/word_findings.h"
#include "words/word_recid.h"
#include "words/wording.h"
#include "words/word_eb.h"
#include "stats/disclosure.h"
#include "stats/interval.h"
#include "stats/findings.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>


void rp_strings_add(rp_strings *l, char *s)
{
    char **p = s ? realloc(l->s, (l->n + 1) * sizeof *p) : NULL;
    if (!p) {
        free(s);
        return;
    }
    l->s = p;
    l->s[l->n++] = s;
}

void rp_strings_free(rp_strings *l)
{
    for (size_t i = 0; i < l->n; i++)
        free(l->s[i]);
    free(l->s);
    l->s = NULL;
    l->n = 0;
}

/* Everything withheld, named (never the value) for the annex. */
void rp_collect_suppressions(const rp_model *m, int extras, rp_strings *out)
{
    const rp_project *p = m->p;
    const rp_regional *reg = extras ? m->regional : NULL;
    rp_lang lang = p->m->lang;
    for (size_t i = 0; i < p->m->nindicators; i++) {
        const rp_series *s = &m->series[i];
        for (size_t k = 0; k < s->n; k++)
            if (s->pts[k].present && s->pts[k].suppressed)
                rp_strings_add(out, rp_strfmt("%s, %d", s->def->title, s->pts[k].year));
        const rp_breakdown *b = &m->by[i];
        for (size_t c = 0; c < b->ncats; c++)
            for (size_t y = 0; y < b->ny; y++)
                if (b->hide[c * b->ny + y])
                    rp_strings_add(out, rp_strfmt("%s, %s %s, %d", s->def->title, s->def->by,
                                                  b->label[c], b->year_min + (int)y));
    }
    for (size_t i = 0; reg && i < reg->k; i++)
        if (reg->rows[i].hidden)
            rp_strings_add(out, rp_strfmt(RP_PH(lang, RP_PH_REGION),
                                          p->m->indicators[reg->indicator].title,
                                          p->regions->r[reg->rows[i].region].name, reg->year));
    for (size_t i = 0; reg && i < reg->nleft; i++)
        if (reg->left_out_hidden[i])
            rp_strings_add(out, rp_strfmt(RP_PH(lang, RP_PH_REGION),
                                          p->m->indicators[reg->indicator].title,
                                          p->regions->r[reg->left_out[i]].name, reg->year));
    for (size_t k = 0; k < p->m->nestimates; k++)
        for (size_t i = 0; m->estimates[k] && i < m->estimates[k]->nrows; i++) {
            const rp_estimate_row *w = &m->estimates[k]->row[i];
            if (w->publish == RP_EST_SMALL || w->publish == RP_EST_SECOND)
                rp_strings_add(out, rp_strfmt("%s, %s", p->m->estimates[k].title
                                                  ? p->m->estimates[k].title
                                                  : p->m->estimates[k].id, w->stratum));
        }
    const rp_recid_result *rs[3] = {extras ? m->recid : NULL, extras ? m->recid_groups : NULL,
                                    extras ? m->recid_pub : NULL};
    const double *ats[3] = {m->recid_at, m->recid_at, m->recid_pub_at};
    for (size_t k = 0; k < 3; k++)
        for (size_t i = 0; rs[k] && i < rs[k]->ngroups * rs[k]->nat; i++) {
            const rp_recid_row *w = &rs[k]->rows[i];
            if (!w->n_mark && !w->events_mark && !w->at_risk_mark)
                continue;
            /* which of its counts hid it is not said: that would tell small from second */
            rp_strings_add(out, rp_strfmt(RP_PH(lang, RP_PH_RECIDIVISM_YEARS),
                                          rs[k]->by ? rs[k]->by : "", w->group,
                                          ats[k][i % rs[k]->nat]));
        }
}

/* Key findings as the model chose them: the headline figures, then what changed
 * significantly, trends, targets off track, what is new and what is provisional. */
static void findings(rp_doc *d, const rp_model *m)
{
    rp_buf b;
    rp_buf_init(&b);
    for (size_t i = 0; m->findings && i < m->findings->n; i++) {
        rp_buf_clear(&b);
        rp_word_finding(&b, m, &m->findings->f[i], d->lang);
        if (b.len)
            rp_doc_item(d, rp_buf_str(&b));
    }
    rp_buf_free(&b);
}

static void summary(rp_doc *d, const rp_model *m, const rp_charts *cs)
{
    rp_lang lang = d->lang;
    const rp_monitor *mon = m->p->m;
    size_t marks[6] = {0}, cats[RP_CAT_N] = {0}, n = 0;
    for (size_t i = 0; i < mon->nindicators; i++)
        if (m->series[i].n) {
            marks[m->series[i].marker.mark]++;
            n++;
        }
    for (size_t k = 0; k < mon->ntargets; k++)
        cats[m->assessed[k] ? m->targets[k].category : RP_CAT_NOT_ASSESSABLE]++;
    rp_doc_heading(d, 1, "summary", RP_PH(lang, RP_PH_SUMMARY));
    rp_doc_text_in(d, m, RP_TEXT_CHAPTER, RP_CHAPTER_SUMMARY, 2);
    /* Singulars matter: a new monitor often starts with one target. */
    rp_doc_para(d, RP_PH(lang, RP_PH_THIS_MONITOR_FOLLOWS_WITH_DATA_UP_TO),
                n, n == 1 ? RP_PH(lang, RP_PH_INDICATOR_2) : RP_PH(lang, RP_PH_INDICATORS),
                m->last_year && m->last_year < m->p->year_max ? m->last_year : m->p->year_max,
                mon->ntargets,
                mon->ntargets == 1 ? RP_PH(lang, RP_PH_TARGET_5) : RP_PH(lang, RP_PH_TARGETS_4));
    rp_buf b;
    rp_buf_init(&b);
    rp_buf_puts(&b, RP_PH(lang, RP_PH_RECENT_TREND_LATEST_FIVE_YEARS));
    int first = 1;
    for (int k = RP_MARK_BETTER; k >= RP_MARK_CANNOT; k--)
        if (marks[k]) {
            rp_buf_printf(&b, "%s%zu %s", first ? "" : ", ", marks[k], rp_word_mark((rp_mark)k, lang));
            first = 0;
        }
    rp_buf_puts(&b, ". ");
    rp_buf_puts(&b, RP_PH(lang, RP_PH_TARGETS_5));
    first = 1;
    for (int k = 0; k < RP_CAT_N; k++)
        if (cats[k]) {
            rp_buf_printf(&b, "%s%zu %s", first ? "" : ", ", cats[k], rp_word_category((rp_category)k, lang));
            first = 0;
        }
    rp_buf_puts(&b, ".");
    rp_doc_text(d, rp_buf_str(&b));
    rp_buf_free(&b);
    rp_doc_heading(d, 2, "findings", RP_PH(lang, RP_PH_KEY_FINDINGS));
    findings(d, m);
    if (mon->ntargets) {
        rp_doc_heading(d, 2, "dashboard", RP_PH(lang, RP_PH_TARGETS_AT_A_GLANCE));
        rp_doc_chart(d, cs, "targets_dashboard");
        rp_doc_table(d, rp_table_targets_brief(m));
    }
}

/* Both documents end a target the same way, so the baseline and the yearly monitor can be
 * read side by side. */
void rp_doc_target_audit(rp_doc *d, const rp_charts *cs, const rp_target_def *t,
                         const rp_target_result *r, const rp_smart *sm)
{
    static const char letters[] = "SMART";
    char *id = rp_strfmt("target_%s", t->id);
    rp_doc_chart(d, cs, id);
    free(id);
    rp_buf b;
    rp_buf_init(&b);
    rp_buf_printf(&b, "SMART: %s", sm->code);
    rp_doc_text(d, rp_buf_str(&b));
    for (int L = 0; L < RP_SMART_N; L++) {
        rp_buf_clear(&b);
        rp_buf_printf(&b, "%c%c  ", letters[L], sm->pass[L] ? '+' : '-');
        rp_word_smart(&b, r, sm, L, d->lang);
        rp_doc_item(d, rp_buf_str(&b));
    }
    rp_buf_free(&b);
}

/* A figure for the chart with this id, when the monitor has it. */
static const rp_dtable *find_table(const rp_tables *ts, const char *name)
{
    for (size_t i = 0; i < ts->n; i++)
        if (!strcmp(ts->t[i]->key, name))
            return ts->t[i];
    return NULL;
}

static void indicator_text(rp_doc *d, const rp_model *m, const rp_series *s)
{
    rp_lang lang = d->lang;
    const rp_indicator_def *def = s->def;
    rp_buf b;
    rp_buf_init(&b);
    if (def->definition)
        rp_buf_printf(&b, RP_PH(lang, RP_PH_DEFINITION), def->definition);
    rp_buf_puts(&b, RP_PH(lang, RP_PH_UNIT));
    rp_word_unit(&b, def, lang);
    rp_buf_printf(&b, ". %s; %s.",
                  def->type == RP_TYPE_PERFORMANCE ? RP_PH(lang, RP_PH_PERFORMANCE_INDICATOR)
                                                   : RP_PH(lang, RP_PH_EFFECT_INDICATOR),
                  def->polarity == RP_POLARITY_UP ? RP_PH(lang, RP_PH_HIGHER_IS_BETTER)
                  : def->polarity == RP_POLARITY_DOWN ? RP_PH(lang, RP_PH_LOWER_IS_BETTER)
                                                      : RP_PH(lang, RP_PH_NO_DIRECTION));
    if (def->source)
        rp_buf_printf(&b, RP_PH(lang, RP_PH_SOURCE_3), def->source);
    if (def->note)
        rp_buf_printf(&b, RP_PH(lang, RP_PH_NOTE_2), def->note);
    rp_doc_text(d, rp_buf_str(&b));
    rp_buf_clear(&b);
    int last = rp_series_latest(s);
    const rp_point *p = last ? rp_series_at(s, last) : NULL;
    if (p) {
        rp_buf_printf(&b, RP_PH(lang, RP_PH_IN_5), last);
        rp_word_point_ci(&b, s, p, m->level, lang);
        if (p->flags)
            rp_buf_printf(&b, " (%s)", rp_word_flag(p->flags, lang)); /* the flag's own word */
        rp_buf_puts(&b, ". ");
    }
    /* one trend per section: the fit its chart draws, over the same years as the marker */
    size_t at = b.len;
    rp_word_trend(&b, s, m->level, 1, lang);
    if (b.len > at && b.data[at] == 't')
        b.data[at] = 'T';
    rp_buf_putc(&b, '.');
    if (s->marker.mark != RP_MARK_CANNOT) { /* else the trend's own reason says enough */
        rp_buf_putc(&b, ' ');
        rp_word_marker(&b, s, lang);
    }
    rp_doc_text(d, rp_buf_str(&b));
    rp_buf_free(&b);
}

static void indicators(rp_doc *d, const rp_model *m, const rp_charts *cs, const rp_tables *ts)
{
    rp_lang lang = d->lang;
    const rp_monitor *mon = m->p->m;
    rp_doc_heading(d, 1, "indicators", RP_PH(lang, RP_PH_INDICATORS_2));
    rp_doc_text_in(d, m, RP_TEXT_CHAPTER, RP_CHAPTER_INDICATORS, 2);
    for (size_t k = 0; k < cs->n; k++) /* the overview, on several charts when long */
        if (!strncmp(cs->c[k]->id, "overview", 8))
            rp_doc_chart(d, cs, cs->c[k]->id);
    for (size_t i = 0; i < mon->nindicators; i++) {
        const rp_series *s = &m->series[i];
        char *anchor = rp_strfmt("ind-%s", s->def->id);
        rp_doc_heading(d, 2, anchor, s->def->title);
        free(anchor);
        if (!s->n) {
            rp_doc_text(d, RP_PH(lang, RP_PH_NO_DATA));
            rp_doc_text_in(d, m, RP_TEXT_INDICATOR, i, 3);
            continue;
        }
        indicator_text(d, m, s);
        if (s->seg_start > s->year_min) {
            char *t = rp_strfmt(RP_PH(lang, RP_PH_SERIES_BREAK_IN_THE_DEFINITION),
                                s->seg_start, s->seg_start);
            rp_doc_note(d, t);
            free(t);
        }
        char *id = rp_strfmt("trend_%s", s->def->id);
        rp_doc_chart(d, cs, id);
        free(id);
        id = rp_strfmt("stacked_%s", s->def->id);
        rp_doc_chart(d, cs, id);
        free(id);
        id = rp_strfmt("categories_%s", s->def->id);
        rp_doc_chart(d, cs, id);
        free(id);
        char *name = rp_strfmt("series_%s", s->def->id);
        rp_doc_table_ref(d, find_table(ts, name));
        free(name);
        rp_doc_text_in(d, m, RP_TEXT_INDICATOR, i, 3); /* the rapporteur's commentary */
    }
}

static void targets(rp_doc *d, const rp_model *m, const rp_charts *cs)
{
    rp_lang lang = d->lang;
    const rp_monitor *mon = m->p->m;
    if (!mon->ntargets)
        return;
    rp_doc_heading(d, 1, "targets", RP_PH(lang, RP_PH_TARGETS_3));
    rp_doc_text_in(d, m, RP_TEXT_CHAPTER, RP_CHAPTER_TARGETS, 2);
    rp_doc_text(d, RP_PH(lang, RP_PH_PER_TARGET_THE_BASELINE_PROGRESS_BY));
    for (size_t k = 0; k < mon->ntargets; k++) {
        const rp_target_def *t = &mon->targets[k];
        char *anchor = rp_strfmt("target-%s", t->id);
        rp_doc_heading(d, 2, anchor, t->title ? t->title : t->id);
        free(anchor);
        if (!m->assessed[k]) {
            const rp_indicator_def *ind = rp_monitor_indicator(mon, t->indicator);
            rp_doc_para(d, RP_PH(lang, RP_PH_INDICATOR_HAS_NO_DATA_NOT_ASSESSABLE),
                        ind && ind->title ? ind->title : t->indicator);
            rp_doc_text_in(d, m, RP_TEXT_TARGET, k, 3);
            continue;
        }
        const rp_target_result *r = &m->targets[k];
        rp_buf b;
        rp_buf_init(&b);
        rp_buf_printf(&b, RP_PH(lang, RP_PH_INDICATOR_3), r->series->def->title);
        rp_word_target_summary(&b, r, lang);
        rp_doc_text(d, rp_buf_str(&b));
        rp_buf_free(&b);
        rp_doc_target_audit(d, cs, t, r, &r->smart);
        rp_doc_text_in(d, m, RP_TEXT_TARGET, k, 3);
    }
}

static void regions(rp_doc *d, const rp_model *m, const rp_charts *cs, const rp_regional *r,
                    const rp_tables *ts)
{
    rp_lang lang = d->lang;
    if (!r)
        return;
    const rp_project *p = m->p;
    rp_doc_heading(d, 1, "regions", RP_PH(lang, RP_PH_REGIONS_2));
    rp_doc_text_in(d, m, RP_TEXT_CHAPTER, RP_CHAPTER_REGIONS, 2);
    rp_buf b;
    rp_buf_init(&b);
    rp_buf_printf(&b, RP_PH(lang, RP_PH_IN_BY_REGION),
                  p->m->indicators[r->indicator].title, r->year);
    rp_word_national_rate(&b, r, lang);
    if (r->test_withheld) {
        rp_buf_puts(&b, RP_PH(lang, RP_PH_THE_TEST_OF_DIFFERENCES_BETWEEN));
    } else {
        rp_word_heterogeneity(&b, &r->sum, lang);
    }
    rp_doc_text(d, rp_buf_str(&b));
    rp_buf_free(&b);
    for (size_t i = 0; i < r->nleft; i++) {
        char *t = rp_strfmt(RP_PH(lang, RP_PH_HAS_NO_POPULATION_OF_ITS_OWN_AND_IS), p->regions->r[r->left_out[i]].name);
        rp_doc_note(d, t);
        free(t);
    }
    rp_doc_chart(d, cs, "regions_rates");
    rp_doc_chart(d, cs, "regions_funnel");
    rp_doc_table_ref(d, find_table(ts, "regions"));
}

/* The log-rank sentence of one grouping. */
static void logrank(rp_doc *d, const rp_recid_result *r, const char *between)
{
    rp_lang lang = d->lang;
    if (!r || !r->has_test)
        return;
    rp_buf t;
    rp_buf_init(&t);
    if (r->test_withheld) { /* its figures were wiped with the hidden group's count */
        rp_word_test_withheld(&t, between, lang);
        rp_doc_para(d, "%s", rp_buf_str(&t));
        rp_buf_free(&t);
        return;
    }
    rp_word_recid_logrank(&t, between, r->chi2, r->df, r->p, lang);
    rp_doc_para(d, "%s", rp_buf_str(&t));
    rp_buf_free(&t);
}

/* Recidivism as the model built it: the table by cohort, and the chart with its own table by
 * the chart's grouping, each named in the text. */
/* The follow-up times of published figures as words: "2, 5 en 7 jaar". */
static void times_words(rp_buf *b, const double *at, size_t n, rp_lang lang)
{
    for (size_t j = 0; j < n; j++)
        rp_buf_printf(b, "%s%g", j == 0 ? "" : j == n - 1 ? RP_PH(lang, RP_PH_AND) : ", ",
                      at[j]);
    rp_buf_puts(b, RP_PH(lang, RP_PH_YEARS_3));
}

static void recidivism(rp_doc *d, const rp_model *m, const rp_charts *cs, const rp_tables *ts)
{
    rp_lang lang = d->lang;
    const rp_recid_result *rr = m->recid, *rg = m->recid_groups;
    if (!rr && !m->recid_pub)
        return;
    rp_doc_heading(d, 1, "recidivism", RP_PH(lang, RP_PH_RECIDIVISM));
    rp_doc_text_in(d, m, RP_TEXT_CHAPTER, RP_CHAPTER_RECIDIVISM, 2);
    if (rr) {
        rp_doc_para(d, RP_PH(lang, RP_PH_THE_SHARE_OF_CONVICTED_OFFENDERS), 100 * m->level);
        if (rg) {
            char *by = rp_strfmt(RP_PH(lang, RP_PH_THE_GROUPS_BY), rg->by);
            rp_doc_para(d, RP_PH(lang, RP_PH_THE_CHART_AND_THE_FIRST_TABLE_GROUP), rg->by);
            logrank(d, rg, by);
            free(by);
        }
        logrank(d, rr, RP_PH(lang, RP_PH_THE_COHORTS));
        rp_doc_chart(d, cs, "recidivism_km");
        if (rg) {
            char *name = rp_table_name("recidivism_", rg->by);
            rp_doc_table_ref(d, find_table(ts, name));
            free(name);
        }
        rp_doc_table_ref(d, find_table(ts, "recidivism"));
    }
    if (m->recid_pub) { /* as published: every follow-up the source gives */
        rp_buf b;
        rp_buf_init(&b);
        const rp_dataset_def *src = NULL;
        for (size_t k = 0; k < m->p->m->ndatasets; k++)
            if (m->p->recid_agg[k] == m->recid_published)
                src = &m->p->m->datasets[k];
        rp_buf_puts(&b, RP_PH(lang, RP_PH_AS_PUBLISHED_2));
        rp_buf_puts(&b, src && src->title ? src->title : src ? src->id : "");
        rp_buf_puts(&b, RP_PH(lang, RP_PH_THE_SHARE_OF_CONVICTED_OFFENDERS_2));
        times_words(&b, m->recid_pub_at, m->recid_pub_nat, lang);
        rp_buf_puts(&b, RP_PH(lang, RP_PH_BY_COHORT_WHERE_THE_NUMBER_OF));
        rp_doc_text(d, rp_buf_str(&b));
        rp_buf_free(&b);
        rp_doc_table_ref(d, find_table(ts, "recidivism_published"));
    }
}

rp_doc *rp_report_doc(const rp_model *m, const rp_charts *cs, const rp_tables *ts,
                      const rp_strings *suppressions, const rp_run_editions *ed)
{
    const rp_monitor *mon = m->p->m;
    rp_doc *d = rp_doc_new(mon->lang);
    if (!d)
        return NULL;
    rp_lang lang = mon->lang;
    int year = m->last_year ? m->last_year : m->p->year_max;
    d->title = rp_strdup(mon->title);
    d->subtitle = rp_strfmt(RP_PH(lang, RP_PH_YEARLY_MONITOR_2), year);
    d->organisation = rp_strdup(mon->organisation);
    d->author = rp_strdup(mon->author ? mon->author : mon->organisation);
    d->subject = rp_strfmt(RP_PH(lang, RP_PH_MONITOR_OF_INDICATORS_TRENDS_AND), year);
    d->source = rp_strdup(mon->source);
    d->illustrative = mon->illustrative;
    d->epoch = rp_project_epoch(m->p);
    /* the rapporteur's own text where its name says: the introduction first, the
     * recommendations after the last chapter, the colophon at the very end */
    rp_doc_text_chapter(d, m, RP_TEXT_INTRODUCTION);
    summary(d, m, cs);
    indicators(d, m, cs, ts);
    targets(d, m, cs);
    regions(d, m, cs, m->regional, ts);
    recidivism(d, m, cs, ts);
    rp_doc_estimates(d, m, cs, ts, 0);
    rp_doc_revisions(d, m, ed, 0);
    rp_doc_text_chapter(d, m, RP_TEXT_RECOMMENDATIONS);
    rp_annex(d, m, suppressions);
    rp_doc_text_chapter(d, m, RP_TEXT_COLOPHON);
    if (rp_doc_failed(d)) { /* a sentence or table is incomplete: write nothing */
        rp_doc_free(d);
        return NULL;
    }
    return d;
}
