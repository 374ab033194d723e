/* The key findings as sentences, Dutch and English, from the model's published cells. */
#include "words/phrases.h"
#include "words/word_findings.h"
#include "words/numfmt.h"
#include "words/word_estimate.h"
#include "words/wording.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

void rp_word_yoy_value(rp_buf *b, const rp_yoy *y, double v, int unit, rp_lang lang)
{
    if (y->unit == RP_CHANGE_PCT) {
        rp_fmt_change(b, v, 1, lang);
        return;
    }
    int dec = y->unit == RP_CHANGE_UNIT && fabs(y->change) < 1 ? 2 : 1;
    rp_fmt_signed(b, (y->unit == RP_CHANGE_PP ? 100 : 1) * v, dec, lang);
    if (unit && y->unit == RP_CHANGE_PP)
        rp_buf_puts(b, RP_PH(lang, RP_PH_PERCENTAGE_POINTS));
}

/* "+1,9% ten opzichte van 2023 (95%-BI -6,3% tot +10,9%), geen significante verandering" */
void rp_word_yoy(rp_buf *b, const rp_yoy *y, double level, rp_lang lang)
{
    rp_word_yoy_value(b, y, y->change, 1, lang);
    rp_buf_printf(b, RP_PH(lang, RP_PH_AGAINST_CI),
                  y->prev, 100 * level);
    rp_word_yoy_value(b, y, y->lo, 0, lang);
    rp_buf_puts(b, RP_PH(lang, RP_PH_TO));
    rp_word_yoy_value(b, y, y->hi, 1, lang); /* the unit once, after both bounds */
    rp_buf_putc(b, ')');
    rp_buf_puts(b, y->p < 1 - level
                       ? (y->change > 0 ? RP_PH(lang, RP_PH_A_SIGNIFICANT_RISE)
                                        : RP_PH(lang, RP_PH_A_SIGNIFICANT_FALL))
                       : RP_PH(lang, RP_PH_WITHIN_CHANCE));
}

/* "Title: 1.060 in 2024 (voorlopig)" or "Title: 103 (laatste cijfer 2016)". */
static void figure(rp_buf *b, const rp_series *s, int year, int stale, rp_lang lang)
{
    const rp_point *p = rp_series_at(s, year);
    rp_buf_printf(b, "%s: ", s->def->title);
    rp_word_point(b, s, p, lang);
    if (stale)
        rp_buf_printf(b, RP_PH(lang, RP_PH_LATEST_FIGURE), year);
    else
        rp_buf_printf(b, RP_PH(lang, RP_PH_IN), year);
    const char *flag = p ? rp_word_flag(p->flags, lang) : NULL;
    if (flag)
        rp_buf_printf(b, " (%s)", flag);
}

static void headline(rp_buf *b, const rp_model *m, const rp_finding *f, rp_lang lang)
{
    const rp_series *s = &m->series[f->item];
    figure(b, s, f->year, f->stale, lang);
    if (f->yoy.year) {
        rp_buf_puts(b, ", ");
        rp_word_yoy(b, &f->yoy, m->level, lang);
    }
    rp_buf_putc(b, '.');
}

static void estimate(rp_buf *b, const rp_model *m, const rp_finding *f, rp_lang lang)
{
    const rp_estimate *e = m->estimates[f->item];
    const rp_estimate_def *def = &m->p->m->estimates[f->item];
    size_t n = e->nrows > 1 ? e->nrows - 1 : e->nrows;
    for (size_t i = n; i-- > 0;) {
        const rp_estimate_row *r = &e->row[i];
        if (r->publish != RP_EST_SHOWN)
            continue;
        rp_buf_printf(b, "%s", def->title ? def->title : RP_PH(lang, RP_PH_ESTIMATED_NUMBER_OF_VICTIMS));
        if (e->nrows > 1)
            rp_buf_printf(b, RP_PH(lang, RP_PH_IN_2), r->stratum);
        rp_buf_puts(b, ": ");
        rp_word_est_figure(b, e, r, m->p->m->suppress_below, lang);
        rp_buf_puts(b, RP_PH(lang, RP_PH_ABOUT));
        rp_fmt_num(b, r->r.estimate / r->r.observed, 1, lang);
        rp_buf_puts(b, RP_PH(lang, RP_PH_TIMES_THE));
        rp_fmt_num(b, r->r.observed, 0, lang);
        rp_buf_printf(b, RP_PH(lang, RP_PH_VICTIMS_ON_AT_LEAST_ONE_OF_THE_LISTS), e->nlists);
        if (f->year && f->year < m->findings->year)
            rp_buf_printf(b, RP_PH(lang, RP_PH_LATEST_ESTIMATE),
                          f->year);
        rp_buf_putc(b, '.');
        if (r->warn & RP_EST_MODEL) /* the caveat goes wherever the figure goes */
            rp_buf_printf(b, RP_PH(lang, RP_PH_FINDING_ESTIMATE_DEPENDS_ON_MODEL),
                          rp_word_est_label(RP_ESTL_SENSITIVITY, lang));
        return;
    }
}

/* The latest cohort with a shown prevalence at each follow-up. */
static void recid(rp_buf *b, const rp_model *m, rp_lang lang)
{
    const rp_recid_result *r = m->recid ? m->recid : m->recid_pub;
    const double *at = m->recid ? m->recid_at : m->recid_pub_at;
    size_t said = 0;
    rp_buf_puts(b, RP_PH(lang, RP_PH_RECIDIVISM));
    if (!m->recid)
        rp_buf_puts(b, RP_PH(lang, RP_PH_AS_PUBLISHED));
    for (size_t j = 0; r && j < r->nat; j++)
        for (size_t g = r->ngroups; g-- > 0;) {
            const rp_recid_row *w = &r->rows[g * r->nat + j];
            if (w->n_mark || w->events_mark || w->at_risk_mark || !w->estimable ||
                isnan(w->prevalence))
                continue;
            rp_buf_puts(b, said++ ? ", " : ": ");
            rp_fmt_pct(b, w->prevalence, 0, lang);
            rp_buf_printf(b, RP_PH(lang, RP_PH_WITHIN_YEARS_COHORT), at[j], w->group);
            break;
        }
    if (!said)
        rp_buf_puts(b, RP_PH(lang, RP_PH_NO_COHORT_FOLLOWED_LONG_ENOUGH_YET));
    rp_buf_putc(b, '.');
}

static void regions(rp_buf *b, const rp_model *m, const rp_finding *f, rp_lang lang)
{
    const rp_regional *r = m->regional;
    rp_buf_printf(b, RP_PH(lang, RP_PH_IN_OUTSIDE_THE_FUNNELS_LIMITS_99_8),
                  m->p->m->indicators[r->indicator].title, f->year);
    for (int side = 1; side >= -1; side -= 2) {
        size_t n = 0;
        for (size_t k = 0; k < f->nlist; k++) {
            const rp_regional_row *w = &r->rows[f->list[k]];
            if (w->s.signal != side)
                continue;
            if (!n++)
                rp_buf_printf(b, "%s%s", side < 0 && b->data[b->len - 2] != ':' ? "; " : "",
                              side > 0 ? RP_PH(lang, RP_PH_FUNNEL_ABOVE)
                                       : RP_PH(lang, RP_PH_FUNNEL_BELOW));
            else
                rp_buf_puts(b, ", ");
            rp_buf_printf(b, "%s (", m->p->regions->r[w->region].name);
            rp_fmt_num(b, w->s.rate.estimate, 1, lang);
            rp_buf_putc(b, ')');
        }
    }
    rp_buf_putc(b, '.');
}

/* "Lead: a; b; c." with each indicator's title and, for trends, its word. */
static void list(rp_buf *b, const rp_model *m, const rp_finding *f, rp_lang lang)
{
    const rp_monitor *mon = m->p->m;
    switch (f->kind) {
    case RP_FIND_TRENDS:
        rp_buf_puts(b, RP_PH(lang, RP_PH_SIGNIFICANT_TREND_OVER_THE_LATEST));
        break;
    case RP_FIND_TARGETS: rp_buf_puts(b, RP_PH(lang, RP_PH_OFF_TRACK)); break;
    case RP_FIND_NEW:
        rp_buf_puts(b, RP_PH(lang, RP_PH_NEW_THIS_YEAR_WITH_NO_COURSE_YET));
        break;
    default:
        rp_buf_puts(b, RP_PH(lang, RP_PH_PROVISIONAL_OR_ESTIMATED_SO_NOT_YET));
    }
    for (size_t k = 0; k < f->nlist; k++) {
        size_t i = f->list[k];
        if (k)
            rp_buf_puts(b, "; ");
        if (f->kind == RP_FIND_TARGETS) {
            const rp_target_def *t = &mon->targets[i];
            rp_buf_printf(b, "%s (%s)", t->title ? t->title : t->id,
                          rp_word_category(m->targets[i].category, lang));
        } else if (f->kind == RP_FIND_TRENDS) {
            rp_buf_printf(b, "%s (%s)", mon->indicators[i].title,
                          rp_word_mark(m->series[i].marker.mark, lang));
        } else {
            rp_buf_puts(b, mon->indicators[i].title);
        }
    }
    rp_buf_putc(b, '.');
}

void rp_word_finding(rp_buf *b, const rp_model *m, const rp_finding *f, rp_lang lang)
{
    switch (f->kind) {
    case RP_FIND_HEADLINE:
    case RP_FIND_CHANGE: headline(b, m, f, lang); break;
    case RP_FIND_ESTIMATE: estimate(b, m, f, lang); break;
    case RP_FIND_RECID: recid(b, m, lang); break;
    case RP_FIND_REGIONS: regions(b, m, f, lang); break;
    default: list(b, m, f, lang);
    }
}
