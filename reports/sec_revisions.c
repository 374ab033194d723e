/* The chapter on revisions and the nulmeting as published, and their tables. */
#include "reports/sec_revisions.h"
#include "words/word_revisions.h"
#include "words/wording.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A value of a revision in a table: the number, the mark (x, the missing sign), nothing when
 * there is none or when it is withheld (a figure hidden now keeps no old value). doc: for a
 * document, which says "(niet herhaald)" for a withheld one and gives a rate of change its
 * unit; the machine table keeps numbers. */
static void value_cell(rp_dtable *t, size_t r, size_t col, const rp_monitor *mon,
                       const rp_revision *v, int now, int doc)
{
    const rp_pcell *c = now ? v->cur : v->old;
    rp_pmark mark = now ? v->new_mark : v->old_mark;
    double x = now ? v->new_value : v->old_value;
    if (!now && v->old_withheld) {
        if (doc)
            rp_dtable_text(t, r, col, rp_word_rv_label(RP_RVL_NOT_REPEATED, mon->lang));
    } else if (!c || mark == RP_PM_MISSING) {
        rp_dtable_missing(t, r, col, mon->missing ? mon->missing : ".");
    } else if (mark == RP_PM_HIDDEN) {
        rp_dtable_suppressed(t, r, col, 0);
    } else if (mark == RP_PM_SHOWN && !isnan(x) && doc && c->table == RP_PT_TARGET &&
               !strcmp(c->key, "required_change")) {
        /* a rate of change reads with its unit in a document ("+1,40 procentpunt per jaar") */
        rp_buf b;
        rp_buf_init(&b);
        rp_word_rv_value(&b, mon, v, now, mon->lang);
        rp_dtable_text(t, r, col, rp_buf_str(&b));
        rp_buf_free(&b);
    } else if (mark == RP_PM_SHOWN && !isnan(x)) {
        int pct, dec = rp_word_rv_decimals(mon, c, x, &pct);
        rp_dtable_num(t, r, col, x, dec, pct);
    } else if (mark == RP_PM_SHOWN && c->text) {
        rp_dtable_text(t, r, col, c->text);
    }
}

/* tables/revisions.csv: the contract's columns, then where the figure is. */
static rp_dtable *revisions_table(const rp_model *m, const rp_revisions *rv)
{
    const rp_monitor *mon = m->p->m;
    const char *head[] = {"indicator", "year", "old", "new", "change", "reason", "table", "key",
                          "followup", "relative_change", "age", "note"};
    rp_dtable *t = rp_dtable_new("revisions", rp_word_rv_label(RP_RVL_REVISIONS_TITLE,
                                                               mon->lang), 12, head);
    char codes[256];
    for (size_t i = 0; t && i < rv->n; i++) {
        const rp_revision *v = &rv->r[i];
        const rp_pcell *c = v->old;
        size_t r = rp_dtable_row(t);
        if (r == (size_t)-1)
            break;
        rp_dtable_text(t, r, 0, c->item);
        if (c->year)
            rp_dtable_num(t, r, 1, c->year, -1, 0);
        value_cell(t, r, 2, mon, v, 0, 0);
        value_cell(t, r, 3, mon, v, 1, 0);
        if (!isnan(v->change)) {
            int pct, dec = rp_word_rv_decimals(mon, c, v->change, &pct);
            rp_dtable_num(t, r, 4, v->change, dec, pct);
        }
        rp_rv_codes(v->why, codes, sizeof codes);
        rp_dtable_text(t, r, 5, codes);
        rp_dtable_text(t, r, 6, rp_ptable_name(c->table));
        rp_dtable_text(t, r, 7, c->key);
        if (!isnan(c->followup))
            rp_dtable_num(t, r, 8, c->followup, 0, 0);
        if (!isnan(v->rel_change))
            rp_dtable_num(t, r, 9, v->rel_change, 2, 0);
        rp_dtable_num(t, r, 10, v->age, 0, 0);
        if (v->note)
            rp_dtable_text(t, r, 11, v->note);
    }
    return t;
}

/* A mean revision as a number: a fraction's as a percentage (points), others as they are. */
static void stat_num(rp_dtable *t, size_t r, size_t c, const rp_monitor *mon, const char *item,
                     double v)
{
    const rp_indicator_def *d = rp_monitor_indicator(mon, item);
    int frac = d && (d->measure == RP_MEASURE_SHARE || d->measure == RP_MEASURE_RECIDIVISM);
    if (!isnan(v))
        rp_dtable_num(t, r, c, v, frac ? 2 : 1, frac);
}

static rp_dtable *stats_table(const rp_model *m, const rp_revisions *rv)
{
    const rp_monitor *mon = m->p->m;
    const char *head[] = {"indicator", "age", "figures", "revised", "mean", "mean_abs",
                          "mean_rel", "mean_abs_rel"};
    rp_dtable *t = rp_dtable_new("revision_stats", rp_word_rv_label(RP_RVL_STATS_TITLE,
                                                                    mon->lang), 8, head);
    for (size_t i = 0; t && i < rv->nst; i++) {
        const rp_revstat *s = &rv->st[i];
        size_t r = rp_dtable_row(t);
        if (r == (size_t)-1)
            break;
        rp_dtable_text(t, r, 0, s->item);
        rp_dtable_num(t, r, 1, s->age, 0, 0);
        rp_dtable_num(t, r, 2, (double)s->n, 0, 0);
        rp_dtable_num(t, r, 3, (double)s->revised, 0, 0);
        stat_num(t, r, 4, mon, s->item, s->mean);
        stat_num(t, r, 5, mon, s->item, s->mean_abs);
        if (!isnan(s->mean_rel))
            rp_dtable_num(t, r, 6, s->mean_rel, 2, 0);
        if (!isnan(s->mean_abs_rel))
            rp_dtable_num(t, r, 7, s->mean_abs_rel, 2, 0);
    }
    return t;
}

static rp_dtable *nulmeting_table(const rp_model *m, const rp_revisions *nul)
{
    const rp_monitor *mon = m->p->m;
    const char *head[] = {"target", "part", "year", "published", "today", "change",
                          "relative_change", "reason"};
    rp_dtable *t = rp_dtable_new("baseline_published",
                                 rp_word_rv_label(RP_RVL_NULMETING_TITLE, mon->lang), 8, head);
    char codes[256];
    for (size_t i = 0; t && i < nul->n; i++) {
        const rp_revision *v = &nul->r[i];
        size_t r = rp_dtable_row(t);
        if (r == (size_t)-1)
            break;
        rp_dtable_text(t, r, 0, v->old->item);
        rp_dtable_text(t, r, 1, v->old->key);
        if (v->old->year)
            rp_dtable_num(t, r, 2, v->old->year, -1, 0);
        value_cell(t, r, 3, mon, v, 0, 0);
        value_cell(t, r, 4, mon, v, 1, 0);
        if (!isnan(v->change)) {
            int pct, dec = rp_word_rv_decimals(mon, v->old, v->change, &pct);
            rp_dtable_num(t, r, 5, v->change, dec, pct);
        }
        if (!isnan(v->rel_change))
            rp_dtable_num(t, r, 6, v->rel_change, 2, 0);
        rp_rv_codes(v->why, codes, sizeof codes);
        rp_dtable_text(t, r, 7, codes);
    }
    return t;
}

void rp_tables_revisions(const rp_model *m, const rp_run_editions *ed, rp_tables *ts)
{
    if (!ed)
        return;
    if (ed->rev) {
        rp_tables_add(ts, revisions_table(m, ed->rev));
        rp_tables_add(ts, stats_table(m, ed->rev));
    }
    if (ed->nul)
        rp_tables_add(ts, nulmeting_table(m, ed->nul));
}

/* ---- the document ---- */

static rp_dtable *doc_table(const char *name, size_t ncols, const rp_rv_label *heads,
                            const char *title, rp_lang lang)
{
    const char *head[8];
    for (size_t c = 0; c < ncols; c++)
        head[c] = rp_word_rv_label(heads[c], lang);
    return rp_dtable_new(name, title, ncols, head);
}

/* One revision as a row of the document: which figure, old, new, change and why. */
static void doc_row(rp_dtable *t, const rp_model *m, const rp_edition *since,
                    const rp_revision *v, int with_item)
{
    const rp_monitor *mon = m->p->m;
    rp_lang lang = mon->lang;
    size_t r = rp_dtable_row(t);
    if (r == (size_t)-1)
        return;
    rp_buf b;
    rp_buf_init(&b);
    if (with_item) {
        rp_word_rv_item(&b, mon, since, v->old->table, v->old->item, lang);
        rp_buf_puts(&b, ": ");
    }
    rp_word_rv_figure(&b, mon, m->p->regions, v->old, lang);
    rp_dtable_text(t, r, 0, rp_buf_str(&b));
    value_cell(t, r, 1, mon, v, 0, 1);
    value_cell(t, r, 2, mon, v, 1, 1);
    rp_buf_clear(&b);
    rp_word_rv_change(&b, mon, v, lang);
    rp_dtable_text(t, r, 3, rp_buf_str(&b));
    rp_buf_clear(&b);
    rp_word_rv_reason(&b, v, lang);
    rp_dtable_text(t, r, 4, rp_buf_str(&b));
    rp_buf_free(&b);
}

static const rp_rv_label row_heads[] = {RP_RVL_FIGURE, RP_RVL_OLD, RP_RVL_NEW, RP_RVL_CHANGE,
                                        RP_RVL_REASON};

/* The rows of one table and item share a section: [from, *to). */
static size_t group_end(const rp_revisions *rv, size_t from)
{
    size_t to = from + 1;
    while (to < rv->n && rv->r[to].old->table == rv->r[from].old->table &&
           !strcmp(rv->r[to].old->item, rv->r[from].old->item))
        to++;
    return to;
}

static size_t count_groups(const rp_revisions *rv)
{
    size_t n = 0;
    for (size_t i = 0; i < rv->n; i = group_end(rv, i))
        n++;
    return n;
}

static void per_item(rp_doc *d, const rp_model *m, const rp_revisions *rv)
{
    const rp_monitor *mon = m->p->m;
    rp_buf b;
    rp_buf_init(&b);
    for (size_t i = 0, k = 0; i < rv->n; k++) {
        size_t to = group_end(rv, i);
        const rp_pcell *c = rv->r[i].old;
        rp_buf_clear(&b);
        rp_word_rv_item(&b, mon, rv->since, c->table, c->item, d->lang);
        char *anchor = rp_strfmt("rev-%zu", k + 1);
        char *title = rp_strdup(rp_buf_str(&b));
        rp_doc_heading(d, 2, anchor, title);
        rp_buf_clear(&b);
        rp_word_rv_item_summary(&b, mon, m->p->regions, rv, i, to, 0, d->lang);
        rp_doc_text(d, rp_buf_str(&b));
        char *name = rp_strfmt("rev_%zu", k + 1);
        rp_dtable *t = doc_table(name ? name : "rev", 5, row_heads,
                                 rp_word_rv_label(RP_RVL_REVISED_FIGURES, d->lang), d->lang);
        for (size_t j = i; t && j < to; j++)
            doc_row(t, m, rv->since, &rv->r[j], 0);
        if (t)
            rp_doc_table(d, t);
        free(name);
        free(anchor);
        free(title);
        i = to;
    }
    rp_buf_free(&b);
}

static void all_in_one(rp_doc *d, const rp_model *m, const rp_revisions *rv)
{
    rp_dtable *t = doc_table("rev_all", 5, row_heads,
                             rp_word_rv_label(RP_RVL_REVISIONS_TITLE, d->lang), d->lang);
    for (size_t i = 0; t && i < rv->n; i++)
        doc_row(t, m, rv->since, &rv->r[i], 1);
    if (t)
        rp_doc_table(d, t);
}

/* Whether an indicator has a revised figure: the document's table shows those (every one is in
 * tables/revision_stats.csv). */
static int any_revised(const rp_revisions *rv, const char *item)
{
    for (size_t i = 0; i < rv->nst; i++)
        if (!strcmp(rv->st[i].item, item) && rv->st[i].revised)
            return 1;
    return 0;
}

static void statistics(rp_doc *d, const rp_model *m, const rp_revisions *rv)
{
    const rp_monitor *mon = m->p->m;
    rp_lang lang = d->lang;
    size_t shown = 0;
    for (size_t i = 0; i < rv->nst; i++)
        shown += any_revised(rv, rv->st[i].item);
    if (!shown)
        return;
    rp_doc_heading(d, 2, "revision-stats", rp_word_rv_label(RP_RVL_STATS, lang));
    rp_buf b;
    rp_buf_init(&b);
    rp_word_rv_stats_method(&b, rv, lang);
    rp_doc_text(d, rp_buf_str(&b));
    static const rp_rv_label heads[] = {RP_RVL_INDICATOR, RP_RVL_AGE, RP_RVL_FIGURES,
                                        RP_RVL_REVISED, RP_RVL_MEAN, RP_RVL_MEAN_ABS,
                                        RP_RVL_MEAN_ABS_REL};
    rp_dtable *t = doc_table("rev_stats", 7, heads, rp_word_rv_label(RP_RVL_STATS_TITLE, lang),
                             lang);
    for (size_t i = 0; t && i < rv->nst; i++) {
        const rp_revstat *s = &rv->st[i];
        if (!any_revised(rv, s->item))
            continue;
        size_t r = rp_dtable_row(t);
        if (r == (size_t)-1)
            break;
        rp_buf_clear(&b);
        if (i == 0 || strcmp(rv->st[i - 1].item, s->item)) /* the title once per indicator */
            rp_word_rv_item(&b, mon, rv->since, RP_PT_SERIES, s->item, lang);
        rp_dtable_text(t, r, 0, rp_buf_str(&b));
        rp_dtable_num(t, r, 1, s->age, 0, 0);
        rp_dtable_num(t, r, 2, (double)s->n, 0, 0);
        rp_dtable_num(t, r, 3, (double)s->revised, 0, 0);
        rp_buf_clear(&b);
        rp_word_rv_stat(&b, mon, s->item, s->mean, 1, lang);
        rp_dtable_text(t, r, 4, rp_buf_str(&b));
        rp_buf_clear(&b);
        rp_word_rv_stat(&b, mon, s->item, s->mean_abs, 0, lang);
        rp_dtable_text(t, r, 5, rp_buf_str(&b));
        if (!isnan(s->mean_abs_rel))
            rp_dtable_num(t, r, 6, s->mean_abs_rel, 1, 0);
    }
    if (t)
        rp_doc_table(d, t);
    rp_buf_free(&b);
}

void rp_doc_nulmeting_published(rp_doc *d, const rp_model *m, const rp_revisions *nul,
                                int in_baseline, int letter)
{
    const rp_monitor *mon = m->p->m;
    rp_lang lang = d->lang;
    size_t differ = 0;
    for (size_t i = 0; i < nul->n; i++)
        differ += nul->r[i].why != 0;
    rp_doc_heading(d, in_baseline ? 1 : 2, "baseline-published",
                   rp_word_rv_label(RP_RVL_NULMETING, lang));
    rp_buf b;
    rp_buf_init(&b);
    rp_word_rv_nulmeting(&b, nul, differ, in_baseline ? 1 : letter ? 2 : 0, lang);
    rp_doc_text(d, rp_buf_str(&b));
    static const rp_rv_label heads[] = {RP_RVL_TARGET, RP_RVL_FIGURE, RP_RVL_PUBLISHED,
                                        RP_RVL_TODAY, RP_RVL_CHANGE, RP_RVL_REASON};
    rp_dtable *t = doc_table("rev_nulmeting", 6, heads,
                             rp_word_rv_label(RP_RVL_NULMETING_TITLE, lang), lang);
    for (size_t i = 0; t && i < nul->n; i++) {
        const rp_revision *v = &nul->r[i];
        size_t r = rp_dtable_row(t);
        if (r == (size_t)-1)
            break;
        rp_buf_clear(&b);
        if (i == 0 || strcmp(nul->r[i - 1].old->item, v->old->item))
            rp_word_rv_item(&b, mon, nul->since, RP_PT_TARGET, v->old->item, lang);
        rp_dtable_text(t, r, 0, rp_buf_str(&b));
        rp_buf_clear(&b);
        rp_word_rv_part(&b, v->old, lang);
        rp_dtable_text(t, r, 1, rp_buf_str(&b));
        value_cell(t, r, 2, mon, v, 0, 1);
        value_cell(t, r, 3, mon, v, 1, 1);
        rp_buf_clear(&b);
        rp_word_rv_change(&b, mon, v, lang);
        rp_dtable_text(t, r, 4, rp_buf_str(&b));
        rp_buf_clear(&b);
        if (v->why)
            rp_word_rv_reason(&b, v, lang);
        rp_dtable_text(t, r, 5, rp_buf_str(&b));
    }
    if (t)
        rp_doc_table(d, t);
    rp_buf_free(&b);
}

void rp_doc_revisions(rp_doc *d, const rp_model *m, const rp_run_editions *ed, int brief)
{
    if (!ed || (!ed->rev && !ed->nul))
        return;
    const rp_monitor *mon = m->p->m;
    rp_lang lang = d->lang;
    rp_doc_heading(d, 1, "revisions", rp_word_rv_label(brief ? RP_RVL_CHAPTER_LETTER
                                                             : RP_RVL_CHAPTER, lang));
    const rp_revisions *rv = ed->rev;
    if (rv) {
        rp_buf b;
        rp_buf_init(&b);
        rp_word_rv_intro(&b, mon, rv, brief ? 1 : count_groups(rv), lang);
        rp_doc_text(d, rp_buf_str(&b));
        if (rv->n) {
            rp_buf_clear(&b);
            rp_word_rv_rules(&b, brief, lang);
            rp_doc_note(d, rp_buf_str(&b));
        }
        rp_buf_free(&b);
        if (rv->n && brief)
            all_in_one(d, m, rv);
        else if (rv->n)
            per_item(d, m, rv);
        if (!brief)
            statistics(d, m, rv);
    }
    if (ed->nul)
        rp_doc_nulmeting_published(d, m, ed->nul, 0, brief);
}
