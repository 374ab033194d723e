/* The words of the Word report, the slide deck and the one-page brief, Dutch and English. */
#include "words/phrases.h"
#include "words/word_office.h"
#include "words/numfmt.h"
#include "words/word_estimate.h"
#include "words/word_findings.h"
#include "words/wording.h"

#include <math.h>
#include <string.h>

const char *rp_word_contents(rp_lang lang) { return RP_PH(lang, RP_PH_CONTENTS); }

void rp_word_page_of(rp_lang lang, const char *part[3])
{
    part[0] = RP_PH(lang, RP_PH_PAGE);
    part[1] = RP_PH(lang, RP_PH_OF);
    part[2] = "";
}

const char *rp_word_illustrative(rp_lang lang)
{
    return RP_PH(lang, RP_PH_ILLUSTRATIVE_DATA_THESE_FIGURES_ARE);
}

void rp_word_made_with(rp_buf *b, const char *version, rp_lang lang)
{
    rp_buf_printf(b, RP_PH(lang, RP_PH_MADE_WITH_RAPPORTEUR),
                  version);
}

void rp_word_briefing(rp_buf *b, int year, rp_lang lang)
{
    rp_buf_printf(b, RP_PH(lang, RP_PH_BRIEFING_ON_THE_MONITOR),
                  year);
}

const char *rp_word_key_figures(rp_lang lang) { return RP_PH(lang, RP_PH_KEY_FIGURES); }

const char *rp_word_targets_glance(rp_lang lang)
{
    return RP_PH(lang, RP_PH_TARGETS_AT_A_GLANCE);
}

void rp_word_targets_count(rp_buf *b, const rp_model *m, rp_lang lang)
{
    size_t cats[RP_CAT_N] = {0};
    const rp_monitor *mon = m->p->m;
    for (size_t k = 0; k < mon->ntargets; k++)
        cats[m->assessed[k] ? m->targets[k].category : RP_CAT_NOT_ASSESSABLE]++;
    rp_buf_printf(b, mon->ntargets == 1 ? RP_PH(lang, RP_PH_TARGET)
                                        : RP_PH(lang, RP_PH_TARGETS),
                  mon->ntargets);
    int first = 1;
    for (int k = 0; k < RP_CAT_N; k++)
        if (cats[k]) {
            rp_buf_printf(b, "%s%zu %s", first ? "" : ", ", cats[k],
                          rp_word_category((rp_category)k, lang));
            first = 0;
        }
    rp_buf_putc(b, '.');
}

static const char *estimate_title(const rp_model *m, size_t k, rp_lang lang)
{
    const rp_estimate_def *def = &m->p->m->estimates[k];
    return def->title ? def->title
                      : RP_PH(lang, RP_PH_ESTIMATED_NUMBER_OF_VICTIMS);
}

void rp_word_finding_title(rp_buf *b, const rp_model *m, const rp_finding *f, rp_lang lang)
{
    const rp_monitor *mon = m->p->m;
    switch (f->kind) {
    case RP_FIND_HEADLINE:
    case RP_FIND_CHANGE: rp_buf_puts(b, mon->indicators[f->item].title); break;
    case RP_FIND_ESTIMATE: rp_buf_puts(b, estimate_title(m, f->item, lang)); break;
    case RP_FIND_RECID: rp_buf_puts(b, RP_PH(lang, RP_PH_RECIDIVISM)); break;
    case RP_FIND_REGIONS:
        rp_buf_puts(b, RP_PH(lang, RP_PH_REGIONS_OUTSIDE_THE_FUNNEL));
        break;
    case RP_FIND_TRENDS:
        rp_buf_puts(b, RP_PH(lang, RP_PH_SIGNIFICANT_TRENDS));
        break;
    case RP_FIND_TARGETS:
        rp_buf_puts(b, RP_PH(lang, RP_PH_TARGETS_OFF_TRACK));
        break;
    case RP_FIND_NEW: rp_buf_puts(b, RP_PH(lang, RP_PH_NEW_FIGURES)); break;
    case RP_FIND_PROVISIONAL:
        rp_buf_puts(b, RP_PH(lang, RP_PH_PROVISIONAL_FIGURES));
        break;
    }
}

void rp_word_spark_alt(rp_buf *b, const char *title, int y0, const char *v0, int y1,
                       const char *v1, double level, int band, rp_lang lang)
{
    rp_buf_printf(b, RP_PH(lang, RP_PH_BY_YEAR_IN), title, v0, y0);
    if (y1 != y0)
        rp_buf_printf(b, RP_PH(lang, RP_PH_IN_3), v1, y1);
    rp_buf_putc(b, '.');
    if (band)
        rp_buf_printf(b, RP_PH(lang, RP_PH_THE_BAND_IS_THE_CONFIDENCE_INTERVAL), 100 * level);
}

const char *rp_word_course(rp_lang lang) { return RP_PH(lang, RP_PH_COURSE); }

void rp_word_more_targets(rp_buf *b, size_t n, rp_lang lang)
{
    rp_buf_printf(b, n == 1 ? RP_PH(lang, RP_PH_AND_MORE_TARGET_SEE_THE_REPORT)
                            : RP_PH(lang, RP_PH_AND_MORE_TARGETS_SEE_THE_REPORT), n);
}

/* "95%-BI 990 tot 1.130" in the indicator's unit. */
static void interval(rp_buf *b, const rp_indicator_def *d, double lo, double hi, double level,
                     rp_lang lang)
{
    rp_buf_printf(b, "%g%%%s ", 100 * level, RP_PH(lang, RP_PH_CI));
    if (d)
        rp_word_value(b, d, lo, lang);
    else
        rp_fmt_num(b, lo, 0, lang);
    rp_buf_puts(b, RP_PH(lang, RP_PH_TO));
    if (d)
        rp_word_value(b, d, hi, lang);
    else
        rp_fmt_num(b, hi, 0, lang);
}

static int indicator_card(rp_card *c, const rp_model *m, const rp_finding *f, rp_lang lang)
{
    const rp_series *s = &m->series[f->item];
    const rp_point *p = rp_series_at(s, f->year);
    rp_buf_printf(&c->label, "%s, %d", s->def->title, f->year);
    const char *flag = p ? rp_word_flag(p->flags, lang) : NULL;
    if (flag)
        rp_buf_printf(&c->label, " (%s)", flag);
    rp_word_point(&c->value, s, p, lang);
    if (p && p->present && p->estimable && !p->suppressed) {
        if (isnan(p->lo) || isnan(p->hi)) /* published without one: none is made up */
            rp_buf_puts(&c->interval, RP_PH(lang, RP_PH_PUBLISHED_WITHOUT_A_MARGIN_OF));
        else
            interval(&c->interval, s->def, p->lo, p->hi, m->level, lang);
    }
    if (f->yoy.year)
        rp_word_yoy(&c->detail, &f->yoy, m->level, lang);
    return 0;
}

/* The latest stratum with a published estimate (as the key finding words it). */
static int estimate_card(rp_card *c, const rp_model *m, const rp_finding *f, rp_lang lang)
{
    const rp_estimate *e = m->estimates[f->item];
    size_t n = e->nrows > 1 ? e->nrows - 1 : e->nrows;
    for (size_t i = n; i-- > 0;) {
        const rp_estimate_row *r = &e->row[i];
        if (r->publish != RP_EST_SHOWN)
            continue;
        rp_buf_puts(&c->label, estimate_title(m, f->item, lang));
        if (e->nrows > 1)
            rp_buf_printf(&c->label, ", %s", r->stratum);
        if (r->reason != RP_EST_OK) {
            rp_word_est_figure(&c->value, e, r, m->p->m->suppress_below, lang);
            return 0;
        }
        rp_fmt_num(&c->value, r->r.estimate, 0, lang);
        interval(&c->interval, NULL, r->r.lo, r->r.hi, e->level, lang);
        rp_buf_puts(&c->detail, RP_PH(lang, RP_PH_ABOUT_2));
        rp_fmt_num(&c->detail, r->r.estimate / r->r.observed, 1, lang);
        rp_buf_puts(&c->detail, RP_PH(lang, RP_PH_TIMES_THE));
        rp_fmt_num(&c->detail, r->r.observed, 0, lang);
        rp_buf_printf(&c->detail, RP_PH(lang, RP_PH_ON_AT_LEAST_ONE_OF_THE_LISTS), e->nlists);
        return 0;
    }
    return -1;
}

/* Recidivism at the first follow-up that a cohort has reached, the latest such cohort. */
static int recid_card(rp_card *c, const rp_model *m, rp_lang lang)
{
    const rp_recid_result *r = m->recid ? m->recid : m->recid_pub;
    const double *at = m->recid ? m->recid_at : m->recid_pub_at;
    for (size_t j = 0; r && j < r->nat; j++)
        for (size_t g = r->ngroups; g-- > 0;) {
            const rp_recid_row *w = &r->rows[g * r->nat + j];
            if (w->n_mark || w->events_mark || w->at_risk_mark || !w->estimable ||
                isnan(w->prevalence))
                continue;
            rp_buf_printf(&c->label, RP_PH(lang, RP_PH_RECIDIVISM_WITHIN_YEARS_COHORT),
                          at[j], w->group);
            rp_fmt_pct(&c->value, w->prevalence, 0, lang);
            if (!isnan(w->lo) && !isnan(w->hi)) {
                rp_buf_printf(&c->interval, "%g%%%s ", 100 * m->level,
                              RP_PH(lang, RP_PH_CI));
                rp_fmt_pct(&c->interval, w->lo, 0, lang);
                rp_buf_puts(&c->interval, RP_PH(lang, RP_PH_TO));
                rp_fmt_pct(&c->interval, w->hi, 0, lang);
            }
            return 0;
        }
    return -1;
}

int rp_word_card(rp_card *c, const rp_model *m, const rp_finding *f, rp_lang lang)
{
    memset(c, 0, sizeof *c);
    switch (f->kind) {
    case RP_FIND_HEADLINE:
    case RP_FIND_CHANGE: return indicator_card(c, m, f, lang);
    case RP_FIND_ESTIMATE: return estimate_card(c, m, f, lang);
    case RP_FIND_RECID: return recid_card(c, m, lang);
    default: return -1;
    }
}

void rp_word_card_free(rp_card *c)
{
    rp_buf_free(&c->label);
    rp_buf_free(&c->value);
    rp_buf_free(&c->interval);
    rp_buf_free(&c->detail);
}
