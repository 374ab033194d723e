/* The half-yearly progress letter for parliament: the latest figure of every indicator, the
 * targets at a glance, and what changed since the previous edition. */
#include "reports/report.h"
#include "reports/sec_revisions.h"
#include "plots/kinds.h"
#include "words/word_revisions.h"
#include "words/wording.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A value of the latest point: its number, or x when hidden. */
static void value(rp_dtable *t, size_t r, size_t c, const rp_monitor *mon, const rp_series *s,
                  const rp_point *p, double v)
{
    if (p->suppressed) {
        rp_dtable_suppressed(t, r, c, 0);
        return;
    }
    if (isnan(v))
        return;
    rp_pcell cell = {RP_PT_SERIES, s->def->id, p->year, "", NAN, "value", v, RP_PM_SHOWN,
                     0, NULL, 0};
    int pct, dec = rp_word_rv_decimals(mon, &cell, v, &pct);
    rp_dtable_num(t, r, c, v, dec, pct);
}

static int first_after_break(const rp_series *s, int year)
{
    for (size_t i = 0; i < s->def->nbreaks; i++)
        if (s->def->breaks[i] == year && year > s->year_min)
            return 1;
    return 0;
}

rp_dtable *rp_table_latest(const rp_model *m)
{
    const rp_monitor *mon = m->p->m;
    rp_lang lang = mon->lang;
    static const rp_rv_label heads[] = {RP_RVL_INDICATOR, RP_RVL_YEAR, RP_RVL_VALUE,
                                        RP_RVL_LOWER, RP_RVL_UPPER, RP_RVL_FLAG};
    const char *head[6];
    for (size_t c = 0; c < 6; c++)
        head[c] = rp_word_rv_label(heads[c], lang);
    rp_dtable *t = rp_dtable_new("latest", rp_word_rv_label(RP_RVL_LATEST_TITLE, lang), 6,
                                 head);
    rp_buf b;
    rp_buf_init(&b);
    for (size_t i = 0; t && i < mon->nindicators; i++) {
        const rp_series *s = &m->series[i];
        int y = s->n ? rp_series_latest(s) : 0;
        const rp_point *p = y ? rp_series_at(s, y) : NULL;
        size_t r = rp_dtable_row(t);
        if (r == (size_t)-1)
            break;
        rp_dtable_text(t, r, 0, s->def->title ? s->def->title : s->def->id);
        if (!p) {
            rp_dtable_missing(t, r, 2, mon->missing);
            continue;
        }
        rp_dtable_num(t, r, 1, y, -1, 0);
        value(t, r, 2, mon, s, p, p->value);
        value(t, r, 3, mon, s, p, p->lo);
        value(t, r, 4, mon, s, p, p->hi);
        rp_buf_clear(&b);
        rp_word_flag_cell(&b, p->flags, first_after_break(s, y), lang);
        if (p->note)
            rp_buf_printf(&b, "%s%s", b.len ? "; " : "", p->note);
        rp_dtable_text(t, r, 5, rp_buf_str(&b));
    }
    rp_buf_free(&b);
    return t;
}

static const rp_dtable *find(const rp_tables *ts, const char *key)
{
    for (size_t i = 0; i < ts->n; i++)
        if (!strcmp(ts->t[i]->key, key))
            return ts->t[i];
    return NULL;
}

rp_doc *rp_letter_doc(const rp_model *m, const rp_charts *cs, const rp_tables *ts,
                      const rp_strings *suppressions, const rp_run_editions *ed)
{
    const rp_monitor *mon = m->p->m;
    rp_lang lang = mon->lang;
    rp_doc *d = rp_doc_new(lang);
    if (!d)
        return NULL;
    const char *period = ed ? ed->period : NULL;
    rp_buf b;
    rp_buf_init(&b);
    rp_word_letter_subtitle(&b, period, lang);
    d->title = rp_strdup(mon->title);
    d->subtitle = rp_strdup(rp_buf_str(&b));
    d->subject = rp_strdup(rp_buf_str(&b));
    d->organisation = rp_strdup(mon->organisation);
    d->author = rp_strdup(mon->author ? mon->author : mon->organisation);
    d->source = rp_strdup(mon->source);
    d->illustrative = mon->illustrative;
    d->epoch = rp_project_epoch(m->p);
    rp_doc_heading(d, 1, "about", rp_word_rv_label(RP_RVL_ABOUT_LETTER, lang));
    rp_buf_clear(&b);
    rp_word_letter_intro(&b, mon, period, m->last_year ? m->last_year : m->p->year_max,
                         mon->ntargets, ed ? ed->rev : NULL, lang);
    rp_doc_text(d, rp_buf_str(&b));
    rp_buf_free(&b);
    rp_doc_heading(d, 1, "latest", rp_word_rv_label(RP_RVL_LATEST, lang));
    const rp_dtable *latest = find(ts, "latest");
    if (latest)
        rp_doc_table_ref(d, latest);
    if (mon->ntargets) {
        rp_doc_heading(d, 1, "targets", rp_word_rv_label(RP_RVL_TARGETS, lang));
        rp_doc_chart(d, cs, "targets_dashboard");
        const rp_dtable *brief = find(ts, "targets_brief");
        if (brief)
            rp_doc_table_ref(d, brief);
    }
    rp_doc_revisions(d, m, ed, 1);
    rp_annex(d, m, suppressions);
    if (rp_doc_failed(d)) { /* a sentence or table is incomplete: write nothing */
        rp_doc_free(d);
        return NULL;
    }
    return d;
}
