/* The content of the briefing: slides and headline figures from the model's key findings. */
#include "reports/briefing.h"
#include "plots/kinds.h"
#include "reports/doc.h"
#include "reports/tables.h"
#include "words/word_findings.h"
#include "words/wording.h"
#include "stats/findings.h"

#include <stdlib.h>
#include <string.h>

/* The chart that shows a finding, when the monitor drew it. */
static const rp_chart *finding_chart(const rp_model *m, const rp_charts *cs, const rp_finding *f)
{
    const rp_monitor *mon = m->p->m;
    char *id = NULL;
    switch (f->kind) {
    case RP_FIND_HEADLINE:
    case RP_FIND_CHANGE: id = rp_strfmt("trend_%s", mon->indicators[f->item].id); break;
    case RP_FIND_ESTIMATE: id = rp_strfmt("estimate_%s", mon->estimates[f->item].id); break;
    case RP_FIND_RECID: id = rp_strdup("recidivism_km"); break;
    case RP_FIND_REGIONS: id = rp_strdup("regions_funnel"); break;
    case RP_FIND_TARGETS: id = rp_strdup("targets_dashboard"); break;
    default: /* a list of indicators: a chart only when it holds one */
        if (f->nlist == 1)
            id = rp_strfmt("trend_%s", mon->indicators[f->list[0]].id);
    }
    const rp_chart *c = id ? rp_charts_find(cs, id) : NULL;
    free(id);
    return c;
}

/* The indicator a finding is about, for its source line; NULL for the monitor's own. */
static const rp_indicator_def *finding_indicator(const rp_model *m, const rp_finding *f)
{
    if (f->kind == RP_FIND_HEADLINE || f->kind == RP_FIND_CHANGE)
        return &m->p->m->indicators[f->item];
    if (f->kind == RP_FIND_TRENDS || f->kind == RP_FIND_NEW || f->kind == RP_FIND_PROVISIONAL)
        return f->nlist == 1 ? &m->p->m->indicators[f->list[0]] : NULL;
    return NULL;
}

static rp_slide *add_slide(rp_briefing *b)
{
    rp_slide *s = realloc(b->slide, (b->nslides + 1) * sizeof *s);
    if (!s)
        return NULL;
    b->slide = s;
    s = &b->slide[b->nslides++];
    memset(s, 0, sizeof *s);
    return s;
}

static void fill_slide(rp_slide *s, const char *title, const char *text, const rp_chart *c,
                       char *source)
{
    s->title = rp_strdup(title);
    s->text = rp_strdup(text);
    s->chart = c ? rp_strdup(c->id) : NULL;
    s->alt = c ? rp_strdup(c->alt ? c->alt : "") : NULL;
    s->notes = rp_strdup(c && c->alt ? c->alt : text);
    s->source = source;
}

static int shown(const rp_briefing *b, const char *chart)
{
    for (size_t i = 0; i < b->nslides; i++)
        if (b->slide[i].chart && !strcmp(b->slide[i].chart, chart))
            return 1;
    return 0;
}

/* One slide per key finding, in the model's order. */
static void finding_slides(rp_briefing *b, const rp_model *m, const rp_charts *cs)
{
    rp_buf title, text;
    rp_buf_init(&title);
    rp_buf_init(&text);
    for (size_t i = 0; m->findings && i < m->findings->n; i++) {
        const rp_finding *f = &m->findings->f[i];
        rp_buf_clear(&title);
        rp_buf_clear(&text);
        rp_word_finding_title(&title, m, f, b->lang);
        rp_word_finding(&text, m, f, b->lang);
        rp_slide *s = text.len ? add_slide(b) : NULL;
        if (s)
            fill_slide(s, rp_buf_str(&title), rp_buf_str(&text), finding_chart(m, cs, f),
                       rp_word_source(m->p->m, finding_indicator(m, f)));
    }
    rp_buf_free(&title);
    rp_buf_free(&text);
}

/* The dashboard and the hidden number, unless a finding's slide showed them already. */
static void closing_slides(rp_briefing *b, const rp_model *m, const rp_charts *cs)
{
    const rp_monitor *mon = m->p->m;
    const rp_chart *c = rp_charts_find(cs, "targets_dashboard");
    rp_buf text;
    rp_buf_init(&text);
    if (mon->ntargets && c && !shown(b, c->id)) {
        rp_word_targets_count(&text, m, b->lang);
        rp_slide *s = add_slide(b);
        if (s)
            fill_slide(s, rp_word_targets_glance(b->lang), rp_buf_str(&text), c,
                       rp_word_source(mon, NULL));
    }
    for (size_t k = 0; k < mon->nestimates; k++) {
        char *id = rp_strfmt("estimate_%s", mon->estimates[k].id);
        c = id && m->estimates[k] ? rp_charts_find(cs, id) : NULL;
        free(id);
        if (!c || shown(b, c->id))
            continue;
        rp_finding f = {.kind = RP_FIND_ESTIMATE, .item = k};
        rp_buf title;
        rp_buf_init(&title);
        rp_buf_clear(&text);
        rp_word_finding_title(&title, m, &f, b->lang);
        rp_word_finding(&text, m, &f, b->lang);
        rp_slide *s = add_slide(b);
        if (s)
            fill_slide(s, rp_buf_str(&title), text.len ? rp_buf_str(&text) : c->alt, c,
                       rp_word_source(mon, NULL));
        rp_buf_free(&title);
    }
    rp_buf_free(&text);
}

/* The first five findings with one figure. */
static void cards(rp_briefing *b, const rp_model *m)
{
    for (size_t i = 0; m->findings && i < m->findings->n && b->ncards < 5; i++) {
        if (rp_word_card(&b->card[b->ncards], m, &m->findings->f[i], b->lang) == 0)
            b->ncards++;
        else
            rp_word_card_free(&b->card[b->ncards]);
    }
}

/* A cell that holds a number (not a mark, not missing), and its value. */
static int number(const rp_dtable *t, size_t r, size_t c, double *v)
{
    const rp_tcell *cell = rp_dtable_cell(t, r, c);
    if (!cell || cell->kind != RP_TC_NUM)
        return 0;
    *v = cell->v;
    return 1;
}

static void spark_alt(rp_spark *sp, const char *title, double level, rp_lang lang)
{
    const rp_dtable *t = sp->table;
    size_t first = t->nrows, last = 0;
    int band = 0;
    double v;
    for (size_t r = 0; r < t->nrows; r++)
        if (number(t, r, 1, &v)) {
            if (first == t->nrows)
                first = r;
            last = r;
            band |= number(t, r, 2, &v);
        }
    if (first == t->nrows)
        return;
    rp_buf a, v0, v1;
    rp_buf_init(&a);
    rp_buf_init(&v0);
    rp_buf_init(&v1);
    rp_dtable_format(&v0, rp_dtable_cell(t, first, 1), lang);
    rp_dtable_format(&v1, rp_dtable_cell(t, last, 1), lang);
    double y0 = 0, y1 = 0;
    number(t, first, 0, &y0);
    number(t, last, 0, &y1);
    rp_word_spark_alt(&a, title, (int)y0, rp_buf_str(&v0), (int)y1, rp_buf_str(&v1), level,
                      band, lang);
    sp->alt = rp_buf_steal(&a);
    rp_buf_free(&a);
    rp_buf_free(&v0);
    rp_buf_free(&v1);
}

/* Three small charts: the series of the first indicators among the findings, then of the
 * monitor's first indicators with data. */
static void sparks(rp_briefing *b, const rp_model *m)
{
    const rp_monitor *mon = m->p->m;
    size_t n = m->findings ? m->findings->n : 0;
    for (size_t pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < (pass ? mon->nindicators : n) && b->nsparks < 3; i++) {
            size_t ind;
            if (pass == 0) {
                const rp_finding *f = &m->findings->f[i];
                if (f->kind != RP_FIND_HEADLINE && f->kind != RP_FIND_CHANGE)
                    continue;
                ind = f->item;
            } else {
                ind = i;
            }
            char *name = rp_table_name("series_", mon->indicators[ind].id);
            int dup = !name || !m->series[ind].n;
            for (size_t k = 0; !dup && k < b->nsparks; k++)
                dup = !strcmp(b->spark[k].table->key, name);
            free(name);
            if (dup)
                continue;
            rp_spark *sp = &b->spark[b->nsparks];
            sp->table = rp_table_series(m, ind);
            if (!sp->table)
                continue;
            spark_alt(sp, mon->indicators[ind].title, m->level, b->lang);
            if (!sp->alt) {
                rp_dtable_free(sp->table);
                sp->table = NULL;
                continue;
            }
            b->nsparks++;
        }
}

rp_briefing *rp_briefing_build(const rp_model *m, const rp_charts *cs)
{
    const rp_monitor *mon = m->p->m;
    rp_briefing *b = calloc(1, sizeof *b);
    if (!b)
        return NULL;
    b->lang = mon->lang;
    b->year = m->last_year ? m->last_year : m->p->year_max;
    b->epoch = rp_project_epoch(m->p);
    b->illustrative = mon->illustrative;
    b->title = rp_strdup(mon->title);
    rp_buf t;
    rp_buf_init(&t);
    rp_word_briefing(&t, b->year, b->lang);
    b->subtitle = rp_buf_steal(&t);
    rp_doc when = {.lang = b->lang, .epoch = b->epoch};
    rp_buf_init(&t);
    rp_doc_date(&when, &t);
    b->date = rp_buf_steal(&t);
    rp_buf_free(&t);
    b->organisation = rp_strdup(mon->organisation);
    b->author = rp_strdup(mon->author ? mon->author : mon->organisation);
    b->source = rp_word_source(mon, NULL);
    finding_slides(b, m, cs);
    closing_slides(b, m, cs);
    cards(b, m);
    sparks(b, m);
    if (mon->ntargets)
        b->targets = rp_table_targets_brief(m);
    if (!b->title || !b->subtitle || !b->date || !b->source) {
        rp_briefing_free(b);
        return NULL;
    }
    return b;
}

void rp_briefing_free(rp_briefing *b)
{
    if (!b)
        return;
    for (size_t i = 0; i < b->nslides; i++) {
        rp_slide *s = &b->slide[i];
        free(s->title);
        free(s->text);
        free(s->chart);
        free(s->alt);
        free(s->source);
        free(s->notes);
    }
    free(b->slide);
    for (size_t i = 0; i < b->ncards; i++)
        rp_word_card_free(&b->card[i]);
    for (size_t i = 0; i < b->nsparks; i++) {
        rp_dtable_free(b->spark[i].table);
        free(b->spark[i].alt);
    }
    rp_dtable_free(b->targets);
    free(b->title);
    free(b->subtitle);
    free(b->organisation);
    free(b->date);
    free(b->source);
    free(b->author);
    free(b);
}
