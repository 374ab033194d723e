/* The words of the Word report, the slide deck and the one-page brief, Dutch and English. */
#include "words/word_office.h"
#include "words/numfmt.h"
#include "words/word_estimate.h"
#include "words/word_findings.h"
#include "words/wording.h"

#include <math.h>
#include <string.h>

const char *rp_word_contents(rp_lang lang) { return RP_NL(lang, "Inhoud", "Contents"); }

void rp_word_page_of(rp_lang lang, const char *part[3])
{
    part[0] = RP_NL(lang, "pagina ", "page ");
    part[1] = RP_NL(lang, " van ", " of ");
    part[2] = "";
}

const char *rp_word_illustrative(rp_lang lang)
{
    return RP_NL(lang, "Illustratieve gegevens: deze cijfers zijn verzonnen en geen officiële "
                       "statistiek.",
                 "Illustrative data: these figures are invented, not official statistics.");
}

void rp_word_made_with(rp_buf *b, const char *version, rp_lang lang)
{
    rp_buf_printf(b, RP_NL(lang, "Gemaakt met rapporteur %s", "Made with rapporteur %s"),
                  version);
}

void rp_word_briefing(rp_buf *b, int year, rp_lang lang)
{
    rp_buf_printf(b, RP_NL(lang, "Briefing bij de monitor van %d", "Briefing on the %d monitor"),
                  year);
}

const char *rp_word_key_figures(rp_lang lang) { return RP_NL(lang, "Kerncijfers", "Key figures"); }

const char *rp_word_targets_glance(rp_lang lang)
{
    return RP_NL(lang, "Doelen in één oogopslag", "Targets at a glance");
}

void rp_word_targets_count(rp_buf *b, const rp_model *m, rp_lang lang)
{
    size_t cats[RP_CAT_N] = {0};
    const rp_monitor *mon = m->p->m;
    for (size_t k = 0; k < mon->ntargets; k++)
        cats[m->assessed[k] ? m->targets[k].category : RP_CAT_NOT_ASSESSABLE]++;
    rp_buf_printf(b, mon->ntargets == 1 ? RP_NL(lang, "%zu doel: ", "%zu target: ")
                                        : RP_NL(lang, "%zu doelen: ", "%zu targets: "),
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
                      : RP_NL(lang, "Geschat aantal slachtoffers", "Estimated number of victims");
}

void rp_word_finding_title(rp_buf *b, const rp_model *m, const rp_finding *f, rp_lang lang)
{
    const rp_monitor *mon = m->p->m;
    switch (f->kind) {
    case RP_FIND_HEADLINE:
    case RP_FIND_CHANGE: rp_buf_puts(b, mon->indicators[f->item].title); break;
    case RP_FIND_ESTIMATE: rp_buf_puts(b, estimate_title(m, f->item, lang)); break;
    case RP_FIND_RECID: rp_buf_puts(b, RP_NL(lang, "Recidive", "Recidivism")); break;
    case RP_FIND_REGIONS:
        rp_buf_puts(b, RP_NL(lang, "Regio's buiten de trechter", "Regions outside the funnel"));
        break;
    case RP_FIND_TRENDS:
        rp_buf_puts(b, RP_NL(lang, "Significante trends", "Significant trends"));
        break;
    case RP_FIND_TARGETS:
        rp_buf_puts(b, RP_NL(lang, "Doelen niet op koers", "Targets off track"));
        break;
    case RP_FIND_NEW: rp_buf_puts(b, RP_NL(lang, "Nieuwe cijfers", "New figures")); break;
    case RP_FIND_PROVISIONAL:
        rp_buf_puts(b, RP_NL(lang, "Voorlopige cijfers", "Provisional figures"));
        break;
    }
}

void rp_word_spark_alt(rp_buf *b, const char *title, int y0, const char *v0, int y1,
                       const char *v1, double level, int band, rp_lang lang)
{
    rp_buf_printf(b, RP_NL(lang, "%s per jaar: %s in %d", "%s by year: %s in %d"), title, v0, y0);
    if (y1 != y0)
        rp_buf_printf(b, RP_NL(lang, ", %s in %d", ", %s in %d"), v1, y1);
    rp_buf_putc(b, '.');
    if (band)
        rp_buf_printf(b, RP_NL(lang, " De band is het %g%%-betrouwbaarheidsinterval.",
                               " The band is the %g%% confidence interval."), 100 * level);
}

const char *rp_word_course(rp_lang lang) { return RP_NL(lang, "Verloop", "Course"); }

void rp_word_more_targets(rp_buf *b, size_t n, rp_lang lang)
{
    rp_buf_printf(b, n == 1 ? RP_NL(lang, "En nog %zu doel: zie het rapport.",
                                    "And %zu more target: see the report.")
                            : RP_NL(lang, "En nog %zu doelen: zie het rapport.",
                                    "And %zu more targets: see the report."), n);
}

/* "95%-BI 990 tot 1.130" in the indicator's unit. */
static void interval(rp_buf *b, const rp_indicator_def *d, double lo, double hi, double level,
                     rp_lang lang)
{
    rp_buf_printf(b, "%g%%%s ", 100 * level, RP_NL(lang, "-BI", " CI"));
    if (d)
        rp_word_value(b, d, lo, lang);
    else
        rp_fmt_num(b, lo, 0, lang);
    rp_buf_puts(b, RP_NL(lang, " tot ", " to "));
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
            rp_buf_puts(&c->interval, RP_NL(lang, "zonder onzekerheidsmarge",
                                            "published without a margin of uncertainty"));
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
        rp_buf_puts(&c->detail, RP_NL(lang, "ongeveer ", "about "));
        rp_fmt_num(&c->detail, r->r.estimate / r->r.observed, 1, lang);
        rp_buf_puts(&c->detail, RP_NL(lang, " keer de ", " times the "));
        rp_fmt_num(&c->detail, r->r.observed, 0, lang);
        rp_buf_printf(&c->detail, RP_NL(lang, " op ten minste een van de %d lijsten",
                                        " on at least one of the %d lists"), e->nlists);
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
            rp_buf_printf(&c->label, RP_NL(lang, "Recidive binnen %g jaar, cohort %s",
                                           "Recidivism within %g years, cohort %s"),
                          at[j], w->group);
            rp_fmt_pct(&c->value, w->prevalence, 0, lang);
            if (!isnan(w->lo) && !isnan(w->hi)) {
                rp_buf_printf(&c->interval, "%g%%%s ", 100 * m->level,
                              RP_NL(lang, "-BI", " CI"));
                rp_fmt_pct(&c->interval, w->lo, 0, lang);
                rp_buf_puts(&c->interval, RP_NL(lang, " tot ", " to "));
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
