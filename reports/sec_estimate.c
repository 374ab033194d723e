/* The chapter on the estimated number of victims, and its sensitivity table. */
#include "words/phrases.h"
#include "reports/sec_estimate.h"
#include "reports/doc.h"
#include "reports/tables.h"
#include "reports/sec_text.h"
#include "words/word_estimate.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* One line of the sensitivity table: what, the estimate with its interval, and a remark. */
static void line(rp_dtable *t, const char *what, double est, double lo, double hi,
                 const char *remark)
{
    size_t r = rp_dtable_row(t);
    if (r == (size_t)-1)
        return;
    rp_dtable_text(t, r, 0, what);
    rp_dtable_num(t, r, 1, est, 0, 0);
    rp_dtable_num(t, r, 2, lo, 0, 0);
    rp_dtable_num(t, r, 3, hi, 0, 0);
    rp_dtable_text(t, r, 4, remark);
}

static void model_lines(rp_dtable *t, const rp_estimate *e, const rp_est_sensitivity *s,
                        double threshold, rp_lang lang)
{
    char terms[2048];
    rp_buf b;
    rp_buf_init(&b);
    const rp_mse_panel *p = s->panel;
    if (s->main)
        line(t, rp_word_est_label(RP_ESTL_MAIN, lang), s->main->estimate, s->main->lo,
             s->main->hi, rp_word_est_label(RP_ESTL_NONE, lang));
    if (s->step) {
        rp_estimate_pairs(e, s->step->terms, s->step->nterms, terms, sizeof terms);
        rp_word_est_stepwise(&b, threshold, lang);
        line(t, rp_buf_str(&b), s->step->estimate, s->step->lo, s->step->hi,
             s->step->nterms ? terms : rp_word_est_label(RP_ESTL_NONE, lang));
    }
    if (s->best) {
        rp_estimate_pairs(e, p->terms + s->best->first, s->best->nterms, terms, sizeof terms);
        rp_buf_clear(&b);
        rp_word_est_best_remark(&b, s->best->nterms ? terms : NULL, s->best->weight, lang);
        line(t, rp_word_est_label(RP_ESTL_BEST_BIC, lang), s->best->estimate, s->best->lo,
             s->best->hi, rp_buf_str(&b));
    }
    if (p->nexist) {
        rp_buf_clear(&b);
        rp_word_est_average_remark(&b, p->nexist, p->min, p->max, lang);
        line(t, rp_word_est_label(RP_ESTL_AVERAGE, lang), p->estimate, p->lo, p->hi,
             rp_buf_str(&b));
    }
    rp_buf_free(&b);
}

/* The lowest and highest estimate with one list left out, each with its interval. */
static void loo_lines(rp_dtable *t, const rp_estimate *e, const rp_estimate_row *row,
                      const rp_est_sensitivity *s, rp_lang lang)
{
    int ends[2] = {s->loo_min_list, s->loo_max_list};
    for (int k = 0; k < 2 && s->loo_shown; k++) {
        if (k == 1 && ends[1] == ends[0])
            break;
        const rp_estimate_loo *l = &row->loo[ends[k]];
        char *what = rp_strfmt(RP_PH(lang, RP_PH_WITHOUT_2), e->lists[l->dropped]);
        line(t, what, l->r.estimate, l->r.lo, l->r.hi,
             k == 0 ? RP_PH(lang, RP_PH_LOWEST_WITH_ONE_LIST_LEFT_OUT)
                    : RP_PH(lang, RP_PH_HIGHEST_WITH_ONE_LIST_LEFT_OUT));
        free(what);
    }
}

rp_dtable *rp_table_estimate_sensitivity(const rp_model *m, size_t k)
{
    const rp_estimate *e = m->estimates[k];
    const rp_estimate_def *def = &m->p->m->estimates[k];
    rp_lang lang = m->p->m->lang;
    const rp_estimate_row *row = e ? rp_estimate_headline(e) : NULL;
    rp_est_sensitivity s;
    if (!row || !rp_estimate_sensitivity(e, row, &s))
        return NULL;
    rp_buf ci;
    rp_buf_init(&ci);
    rp_word_est_ci_head(&ci, e->level, lang);
    const char *head[] = {rp_word_est_label(RP_ESTL_MODEL, lang),
                          rp_word_est_label(RP_ESTL_ESTIMATE, lang),
                          rp_word_est_label(RP_ESTL_LOWER, lang),
                          rp_word_est_label(RP_ESTL_UPPER, lang),
                          rp_word_est_label(RP_ESTL_NOTE, lang)};
    char *name = rp_table_name("sensitivity_", def->id);
    char *title = e->nrows > 1
                      ? rp_strfmt(RP_PH(lang, RP_PH_SENSITIVITY_TO_THE_MODEL_2),
                                  def->title ? def->title : def->id, row->stratum,
                                  rp_buf_str(&ci))
                      : rp_strfmt(RP_PH(lang, RP_PH_SENSITIVITY_TO_THE_MODEL_3),
                                  def->title ? def->title : def->id, rp_buf_str(&ci));
    rp_dtable *t = name && title ? rp_dtable_new(name, title, 5, head) : NULL;
    if (t) {
        model_lines(t, e, &s, def->threshold, lang);
        loo_lines(t, e, row, &s, lang);
        rp_buf note;
        rp_buf_init(&note);
        rp_word_est_sensitivity_note(&note, e, row, m->p->m->suppress_below, lang);
        rp_dtable_set_note(t, rp_buf_str(&note));
        rp_buf_free(&note);
    }
    free(name);
    free(title);
    rp_buf_free(&ci);
    return t;
}

void rp_tables_estimates(const rp_model *m, rp_tables *ts)
{
    for (size_t k = 0; k < m->p->m->nestimates; k++)
        if (m->estimates[k]) {
            rp_tables_add(ts, rp_table_estimate(m, k));
            rp_tables_add(ts, rp_table_estimate_sensitivity(m, k));
        }
}

static const rp_dtable *find(const rp_tables *ts, const char *key)
{
    for (size_t i = 0; key && i < ts->n; i++)
        if (!strcmp(ts->t[i]->key, key))
            return ts->t[i];
    return NULL;
}

static void sensitivity(rp_doc *d, const rp_estimate *e, const rp_tables *ts, const char *id)
{
    const rp_estimate_row *row = rp_estimate_headline(e);
    rp_est_sensitivity s;
    if (!row || !rp_estimate_sensitivity(e, row, &s))
        return;
    rp_buf b;
    rp_buf_init(&b);
    char *anchor = rp_strfmt("sensitivity_%s", id);
    rp_doc_heading(d, 2, anchor, rp_word_est_label(RP_ESTL_SENSITIVITY, d->lang));
    free(anchor);
    rp_word_est_sensitivity(&b, e, row, &s, d->lang);
    if (rp_buf_str(&b)[0])
        rp_doc_text(d, rp_buf_str(&b));
    rp_buf_free(&b);
    char *key = rp_strfmt("sensitivity_%s", id);
    const rp_dtable *t = find(ts, key);
    if (t)
        rp_doc_table_ref(d, t);
    free(key);
}

void rp_doc_estimates(rp_doc *d, const rp_model *m, const struct rp_charts *cs,
                      const rp_tables *ts, int baseline)
{
    const rp_monitor *mon = m->p->m;
    rp_buf b;
    rp_buf_init(&b);
    for (size_t k = 0; k < mon->nestimates; k++) {
        const rp_estimate *e = m->estimates[k];
        const rp_estimate_def *def = &mon->estimates[k];
        if (!e)
            continue;
        char *anchor = rp_strfmt("estimate_%s", def->id);
        rp_doc_heading(d, 1, anchor, def->title ? def->title
                                                : RP_PH(d->lang, RP_PH_ESTIMATED_NUMBER_OF_VICTIMS));
        rp_buf_clear(&b);
        rp_word_est_method(&b, e, def->threshold, d->lang);
        rp_doc_text(d, rp_buf_str(&b));
        const rp_estimate_row *head = rp_estimate_headline(e);
        if (head) {
            rp_buf_clear(&b);
            rp_word_est_headline(&b, e, head, mon->suppress_below, d->lang);
            rp_doc_text(d, rp_buf_str(&b));
        }
        if (!baseline)
            rp_doc_chart(d, cs, anchor);
        rp_doc_table_ref(d, find(ts, anchor));
        rp_buf_clear(&b);
        rp_word_est_notes(&b, e, d->lang);
        if (rp_buf_str(&b)[0])
            rp_doc_note(d, rp_buf_str(&b));
        if (!baseline) /* the rapporteur's commentary, in the yearly monitor */
            rp_doc_text_in(d, m, RP_TEXT_ESTIMATE, k, 2);
        sensitivity(d, e, ts, def->id);
        free(anchor);
    }
    rp_buf_free(&b);
}
