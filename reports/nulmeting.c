/* The nulmeting: per target the baseline with its interval, the series up to it, the
 * required annual change and the SMART audit. */
#include "words/phrases.h"
#include "words/numfmt.h"
#include "reports/report.h"
#include "reports/sec_estimate.h"
#include "reports/sec_revisions.h"
#include "plots/kinds.h"
#include "words/wording.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>


static void target_section(rp_doc *d, const rp_model *m, const rp_charts *cs, size_t k)
{
    rp_lang lang = d->lang;
    const rp_target_def *t = &m->p->m->targets[k];
    char *anchor = rp_strfmt("baseline-%s", t->id);
    rp_doc_heading(d, 2, anchor, t->title ? t->title : t->id);
    free(anchor);
    if (!m->assessed[k]) {
        const rp_indicator_def *ind = rp_monitor_indicator(m->p->m, t->indicator);
        rp_doc_para(d, RP_PH(lang, RP_PH_INDICATOR_HAS_NO_DATA),
                    ind && ind->title ? ind->title : t->indicator);
        return;
    }
    const rp_target_result *r = &m->targets[k];
    const rp_series *s = r->series;
    rp_buf b;
    rp_buf_init(&b);
    rp_buf_printf(&b, RP_PH(lang, RP_PH_INDICATOR), s->def->title);
    if (s->def->definition)
        rp_buf_printf(&b, " (%s)", s->def->definition);
    rp_buf_printf(&b, RP_PH(lang, RP_PH_BASELINE_4), t->baseline_year);
    rp_word_point_ci(&b, s, rp_series_at(s, t->baseline_year), m->level, lang);
    rp_buf_puts(&b, RP_PH(lang, RP_PH_TARGET_4));
    rp_word_target(&b, r, lang);
    if (t->target_year && !isnan(r->required_change)) {
        rp_buf rate;
        rp_buf_init(&rate);
        rp_word_rate(&rate, r, r->required_change / 100, lang);
        rp_buf_printf(&b, RP_PH(lang, RP_PH_TARGET_NEEDS), t->target_year, rp_buf_str(&rate));
        if (rp_buf_failed(&rate))
            b.failed = 1;
        rp_buf_free(&rate);
    }
    rp_buf_puts(&b, ". ");
    rp_buf_printf(&b, RP_PH(lang, RP_PH_ACCOUNTABLE_2),
                  t->owner ? t->owner : RP_PH(lang, RP_PH_NOBODY_NAMED));
    rp_doc_text(d, rp_buf_str(&b));
    rp_buf_free(&b);
    rp_doc_target_audit(d, cs, t, r, &r->smart_base);
}

rp_doc *rp_baseline_doc(const rp_model *m, const rp_charts *cs, const rp_tables *ts,
                        const rp_strings *suppressions, const rp_run_editions *ed)
{
    const rp_monitor *mon = m->p->m;
    rp_lang lang = mon->lang;
    rp_doc *d = rp_doc_new(lang);
    if (!d)
        return NULL;
    d->title = rp_strfmt(RP_PH(lang, RP_PH_BASELINE_5), mon->title);
    d->subtitle = rp_strdup(RP_PH(lang, RP_PH_THE_STARTING_VALUES_OF_THE_TARGETS));
    d->organisation = rp_strdup(mon->organisation);
    d->author = rp_strdup(mon->author ? mon->author : mon->organisation);
    d->subject = rp_strdup(RP_PH(lang, RP_PH_BASELINE_ZERO_MEASUREMENT));
    d->source = rp_strdup(mon->source);
    d->illustrative = mon->illustrative;
    d->epoch = rp_project_epoch(m->p);
    rp_doc_heading(d, 1, "about", RP_PH(lang, RP_PH_ABOUT_THIS_BASELINE));
    rp_doc_text(d, RP_PH(lang, RP_PH_THE_BASELINE_RECORDS_FOR_EVERY));
    for (size_t i = 0; i < ts->n; i++)
        if (!strcmp(ts->t[i]->key, "baseline_brief") || !strcmp(ts->t[i]->key, "smart_audit"))
            rp_doc_table_ref(d, ts->t[i]);
    rp_doc_heading(d, 1, "targets", RP_PH(lang, RP_PH_TARGETS_3));
    rp_doc_chart(d, cs, "targets_dashboard");
    for (size_t k = 0; k < mon->ntargets; k++)
        target_section(d, m, cs, k);
    rp_doc_heading(d, 1, "series", RP_PH(lang, RP_PH_SERIES_UP_TO_THE_BASELINE));
    for (size_t i = 0; i < ts->n; i++)
        if (!strcmp(ts->t[i]->key, "baseline_series"))
            rp_doc_table_ref(d, ts->t[i]);
    rp_doc_estimates(d, m, cs, ts, 1);
    if (ed && ed->nul) /* a nulmeting published before stays the reference */
        rp_doc_nulmeting_published(d, m, ed->nul, 1, 0);
    rp_annex(d, m, suppressions);
    if (rp_doc_failed(d)) { /* a sentence or table is incomplete: write nothing */
        rp_doc_free(d);
        return NULL;
    }
    return d;
}
