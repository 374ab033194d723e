/* What `rapporteur estimate` prints of an estimate: every view as csv, the panel, average and
 * leave-one-out as text tables. */
#include "cli/est_views.h"
#include "cli/common.h"
#include "base/csvwrite.h"
#include "words/word_estimate.h"
#include "words/wording.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *method_name(rp_mse_method m)
{
    return m == RP_MSE_MAIN ? "main" : m == RP_MSE_FIXED ? "fixed" : "stepwise";
}

static int hidden(rp_est_publish p)
{
    return p == RP_EST_SMALL || p == RP_EST_SECOND;
}

static void list_names(const rp_estimate *e, unsigned mask, rp_buf *b)
{
    for (int i = 0; i < e->nlists; i++)
        if ((mask >> i) & 1u)
            rp_buf_printf(b, "%s%s", rp_buf_str(b)[0] ? " " : "", e->lists[i]);
}

/* The note of a hidden cell: one sign and what it means, whatever hid it. */
static void hidden_note(rp_buf *b, int below)
{
    rp_word_hidden_legend(b, below, RP_LANG_EN);
}

/* Notes are one line in csv. */
static void one_line(rp_buf *b)
{
    for (char *s = b->data; s && *s; s++)
        if (*s == '\n')
            *s = ' ';
    while (b->len && b->data[b->len - 1] == ' ')
        b->data[--b->len] = 0;
}

static void row_note(const rp_estimate *e, const rp_estimate_row *r, int below, rp_buf *b)
{
    if (hidden(r->publish))
        hidden_note(b, below);
    else if (r->reason != RP_EST_OK)
        rp_word_est_reason(b, e, r, RP_LANG_EN);
    else
        rp_word_est_warnings(b, e, r, 0, RP_LANG_EN);
    one_line(b);
}

/* stratum,model,lists,observed,estimate,lo,hi,dark,interval,terms: v holds estimate, lo, hi
 * and dark, NaN when not shown; observed NaN when hidden. */
static void prefix(rp_csvw *w, const rp_estimate *e, const char *stratum, const char *model,
                   unsigned lists, double observed, const double v[4], const char *interval,
                   const char *terms)
{
    rp_buf b;
    rp_buf_init(&b);
    list_names(e, lists, &b);
    rp_csvw_text(w, stratum);
    rp_csvw_text(w, model);
    rp_csvw_text(w, rp_buf_str(&b));
    rp_csvw_num(w, observed);
    for (int k = 0; k < 4; k++)
        rp_csvw_num(w, v[k]);
    rp_csvw_text(w, isnan(v[0]) ? "" : interval);
    rp_csvw_text(w, isnan(v[0]) ? "" : terms);
    rp_buf_free(&b);
}

static const double none[4] = {NAN, NAN, NAN, NAN};

static void csv_rows(rp_csvw *w, const rp_estimate *e, int below, const char *source)
{
    rp_buf b;
    char terms[2048];
    rp_buf_init(&b);
    for (size_t i = 0; i < e->nrows; i++) {
        const rp_estimate_row *r = &e->row[i];
        int shown = r->publish == RP_EST_SHOWN;
        double v[] = {r->r.estimate, r->r.lo, r->r.hi, r->r.dark};
        rp_estimate_terms(e, r, terms, sizeof terms);
        prefix(w, e, r->stratum, method_name(e->method), r->used,
               hidden(r->publish) ? NAN : r->r.observed, shown ? v : none,
               r->bootstrap ? "bca" : "lognormal", terms);
        rp_buf_clear(&b);
        row_note(e, r, below, &b);
        rp_csvw_text(w, rp_buf_str(&b));
        rp_csvw_text(w, source);
        rp_csvw_end(w);
    }
    rp_buf_free(&b);
}

/* A row of the panel, average or leave-one-out view for a stratum that has none: hidden, or
 * not estimable at all. extra: the empty columns between terms and note. */
static void csv_stand_in(rp_csvw *w, const rp_estimate *e, const rp_estimate_row *r,
                         const char *model, int extra, int below, const char *source)
{
    rp_buf b;
    rp_buf_init(&b);
    prefix(w, e, r->stratum, model, r->used, hidden(r->publish) ? NAN : r->r.observed, none, "",
           "");
    for (int k = 0; k < extra; k++)
        rp_csvw_empty(w);
    if (!hidden(r->publish) && r->reason == RP_EST_OK)
        rp_buf_puts(&b, "Not estimable: no model of the panel has an estimate.");
    else
        row_note(e, r, below, &b);
    rp_csvw_text(w, rp_buf_str(&b));
    rp_csvw_text(w, source);
    rp_csvw_end(w);
    rp_buf_free(&b);
}

static void csv_panel(rp_csvw *w, const rp_estimate *e, int below, const char *source)
{
    rp_buf b;
    char terms[2048];
    rp_buf_init(&b);
    for (size_t i = 0; i < e->nrows; i++) {
        const rp_estimate_row *r = &e->row[i];
        if (hidden(r->publish) || !r->has_panel) {
            csv_stand_in(w, e, r, "all", 6, below, source);
            continue;
        }
        const rp_mse_panel *p = &r->panel;
        for (size_t k = 0; k < p->n; k++) {
            const rp_mse_model *m = &p->model[k];
            double v[] = {m->estimate, m->lo, m->hi, m->dark};
            rp_estimate_pairs(e, p->terms + m->first, m->nterms, terms, sizeof terms);
            prefix(w, e, r->stratum, "all", r->used, r->r.observed, m->check ? none : v,
                   "lognormal", terms);
            double f[] = {m->deviance, m->df, m->aic, m->bic};
            for (int j = 0; j < 4; j++)
                rp_csvw_num(w, f[j]);
            rp_csvw_text(w, m->check ? "no" : "yes");
            rp_csvw_num(w, m->weight);
            rp_buf_clear(&b);
            if (m->check) {
                rp_buf_puts(&b, "Not estimable: ");
                rp_word_est_check(&b, m->check, RP_LANG_EN);
                rp_buf_puts(&b, ".");
            }
            rp_csvw_text(w, rp_buf_str(&b));
            rp_csvw_text(w, source);
            rp_csvw_end(w);
        }
    }
    rp_buf_free(&b);
}

static void csv_average(rp_csvw *w, const rp_estimate *e, int below, const char *source)
{
    char terms[2048];
    for (size_t i = 0; i < e->nrows; i++) {
        const rp_estimate_row *r = &e->row[i];
        const rp_mse_panel *p = &r->panel;
        if (hidden(r->publish) || !r->has_panel || !p->nexist) {
            csv_stand_in(w, e, r, "average", 4, below, source);
            continue;
        }
        const rp_mse_model *best = &p->model[p->best];
        double v[] = {p->estimate, p->lo, p->hi, p->dark};
        rp_estimate_pairs(e, p->terms + best->first, best->nterms, terms, sizeof terms);
        prefix(w, e, r->stratum, "average", r->used, r->r.observed, v, "buckland", terms);
        rp_csvw_num(w, p->min);
        rp_csvw_num(w, p->max);
        rp_csvw_num(w, best->weight);
        rp_csvw_int(w, (long)p->nexist);
        rp_csvw_text(w, "");
        rp_csvw_text(w, source);
        rp_csvw_end(w);
    }
}

/* Why a list left out gives no estimate, as a row's reason. */
static void loo_reason(rp_buf *b, const rp_estimate *e, const rp_estimate_loo *l, rp_lang lang)
{
    rp_estimate_row tmp;
    memset(&tmp, 0, sizeof tmp);
    tmp.reason = l->reason;
    tmp.check = l->check;
    rp_word_est_reason(b, e, &tmp, lang);
}

static void csv_loo(rp_csvw *w, const rp_estimate *e, int below, const char *source)
{
    rp_buf b;
    rp_buf_init(&b);
    for (size_t i = 0; i < e->nrows; i++) {
        const rp_estimate_row *r = &e->row[i];
        if (hidden(r->publish) || r->nloo != (size_t)e->nlists) {
            csv_stand_in(w, e, r, "main", 1, below, source);
            continue;
        }
        /* the estimate from every list first, to compare with */
        double v[] = {r->r.estimate, r->r.lo, r->r.hi, r->r.dark};
        prefix(w, e, r->stratum, "main", r->used, r->r.observed,
               r->publish == RP_EST_SHOWN ? v : none, "lognormal", "");
        rp_csvw_empty(w);
        rp_buf_clear(&b);
        row_note(e, r, below, &b);
        rp_csvw_text(w, rp_buf_str(&b));
        rp_csvw_text(w, source);
        rp_csvw_end(w);
        for (size_t k = 0; k < r->nloo; k++) {
            const rp_estimate_loo *l = &r->loo[k];
            double lv[] = {l->r.estimate, l->r.lo, l->r.hi, l->r.dark};
            prefix(w, e, r->stratum, "main", hidden(l->publish) ? 0 : l->used,
                   hidden(l->publish) ? NAN : l->r.observed,
                   l->publish == RP_EST_SHOWN ? lv : none, "lognormal", "");
            rp_csvw_text(w, e->lists[l->dropped]);
            rp_buf_clear(&b);
            if (hidden(l->publish))
                hidden_note(&b, below);
            else if (l->reason != RP_EST_OK)
                loo_reason(&b, e, l, RP_LANG_EN);
            rp_csvw_text(w, rp_buf_str(&b));
            rp_csvw_text(w, source);
            rp_csvw_end(w);
        }
    }
    rp_buf_free(&b);
}

void rp_est_csv_header(rp_est_view v)
{
    static const char *const extra[] = {"", "deviance,df,aic,bic,exists,weight,",
                                        "min,max,best_weight,models,", "dropped,"};
    char head[256];
    rp_csvw w;
    snprintf(head, sizeof head, "stratum,model,lists,observed,estimate,lo,hi,dark,interval,"
                                "terms,%snote,source", extra[v]);
    rp_csvw_init(&w, stdout, ',', '.');
    rp_csvw_header(&w, head);
}

void rp_est_csv(const rp_estimate *e, rp_est_view v, int below, const char *source)
{
    rp_csvw w;
    rp_csvw_init(&w, stdout, ',', '.');
    if (v == RP_VIEW_ALL)
        csv_panel(&w, e, below, source);
    else if (v == RP_VIEW_AVERAGE)
        csv_average(&w, e, below, source);
    else if (v == RP_VIEW_LOO)
        csv_loo(&w, e, below, source);
    else
        csv_rows(&w, e, below, source);
}

/* Text tables: cells built as strings, printed aligned. */
typedef struct table {
    char **cells;
    size_t ncols, nrows, cap;
} table;

/* Sets a cell of the last row (taking s). */
static void cell(table *t, size_t c, char *s)
{
    char **at = &t->cells[(t->nrows - 1) * t->ncols + c];
    free(*at);
    *at = s;
}

static int add_row(table *t)
{
    if (t->nrows == t->cap) {
        size_t cap = t->cap ? 2 * t->cap : 16;
        char **c = realloc(t->cells, cap * t->ncols * sizeof *c);
        if (!c)
            return -1;
        memset(c + t->cap * t->ncols, 0, (cap - t->cap) * t->ncols * sizeof *c);
        t->cells = c;
        t->cap = cap;
    }
    t->nrows++;
    return 0;
}

static void print_table(table *t, const int *right)
{
    for (size_t i = 0; i < t->nrows * t->ncols; i++)
        if (!t->cells[i])
            t->cells[i] = rp_strdup("");
    rp_cli_table(t->cells, t->nrows, t->ncols, right);
    for (size_t i = 0; i < t->nrows * t->ncols; i++)
        free(t->cells[i]);
    free(t->cells);
    memset(t, 0, sizeof *t);
}

static char *num(double v, int d, rp_lang lang)
{
    return rp_word_num_str(v, d, lang);
}

/* A table cell: its head names the level. */
static char *interval(double lo, double hi, rp_lang lang)
{
    rp_buf b;
    rp_buf_init(&b);
    rp_word_range(&b, lo, hi, 0, lang);
    return rp_buf_steal(&b);
}

static char *ci_head(double level, rp_lang lang)
{
    rp_buf b;
    rp_buf_init(&b);
    rp_word_est_ci_head(&b, level, lang);
    return rp_buf_steal(&b);
}

static char *stratum_name(const rp_estimate *e, size_t i, rp_lang lang)
{
    return rp_visible(rp_word_est_stratum(&e->row[i], lang));
}

/* The mark or reason of a stratum without the view's figures. */
static char *stand_in(const rp_estimate_row *r, int below, rp_lang lang)
{
    rp_buf b;
    rp_buf_init(&b);
    if (hidden(r->publish))
        rp_word_est_count(&b, r, NAN, below, lang);
    else
        rp_buf_puts(&b, rp_word_est_none(lang));
    return rp_buf_steal(&b);
}

static int by_bic(const void *x, const void *y, const rp_mse_panel *p)
{
    const rp_mse_model *a = &p->model[*(const size_t *)x], *b = &p->model[*(const size_t *)y];
    if ((a->check != 0) != (b->check != 0))
        return (a->check != 0) - (b->check != 0);
    if (a->check == 0 && a->bic != b->bic)
        return (a->bic > b->bic) - (a->bic < b->bic);
    return (*(const size_t *)x > *(const size_t *)y) - (*(const size_t *)x < *(const size_t *)y);
}

static void sort_by_bic(size_t *idx, size_t n, const rp_mse_panel *p)
{
    for (size_t i = 1; i < n; i++) /* insertion sort: qsort has no context argument in C11 */
        for (size_t j = i; j > 0 && by_bic(&idx[j - 1], &idx[j], p) > 0; j--) {
            size_t t = idx[j];
            idx[j] = idx[j - 1];
            idx[j - 1] = t;
        }
}

static void text_panel_of(const rp_estimate *e, const rp_estimate_row *r, rp_lang lang)
{
    const rp_mse_panel *p = &r->panel;
    size_t *idx = malloc((p->n ? p->n : 1) * sizeof *idx);
    table t = {NULL, 8, 0, 0};
    char terms[2048];
    if (!idx || add_row(&t))
        goto done;
    for (size_t i = 0; i < p->n; i++)
        idx[i] = i;
    sort_by_bic(idx, p->n, p);
    const rp_est_label head[] = {RP_ESTL_TERMS, RP_ESTL_ESTIMATE, RP_ESTL_ESTIMATE,
                                 RP_ESTL_DEVIANCE, RP_ESTL_DF};
    for (int c = 0; c < 5; c++)
        cell(&t, (size_t)c, rp_strdup(c == 2 ? "" : rp_word_est_label(head[c], lang)));
    cell(&t, 2, ci_head(p->level, lang));
    cell(&t, 5, rp_strdup("AIC"));
    cell(&t, 6, rp_strdup("BIC"));
    cell(&t, 7, rp_strdup(rp_word_est_label(RP_ESTL_WEIGHT, lang)));
    for (size_t k = 0; k < p->n; k++) {
        const rp_mse_model *m = &p->model[idx[k]];
        if (add_row(&t))
            break;
        rp_estimate_pairs(e, p->terms + m->first, m->nterms, terms, sizeof terms);
        cell(&t, 0, rp_visible(m->nterms ? terms : rp_word_est_label(RP_ESTL_NONE, lang)));
        if (m->check) {
            rp_buf b;
            rp_buf_init(&b);
            rp_buf_printf(&b, "%s (", rp_word_est_none(lang));
            rp_word_est_check(&b, m->check, lang);
            rp_buf_puts(&b, ")");
            cell(&t, 1, rp_buf_steal(&b));
            continue;
        }
        cell(&t, 1, num(m->estimate, 0, lang));
        cell(&t, 2, interval(m->lo, m->hi, lang));
        cell(&t, 3, num(m->deviance, 1, lang));
        cell(&t, 4, num(m->df, 0, lang));
        cell(&t, 5, num(m->aic, 1, lang));
        cell(&t, 6, num(m->bic, 1, lang));
        cell(&t, 7, num(m->weight, 3, lang));
    }
    static const int right[] = {0, 1, 1, 1, 1, 1, 1, 1};
    print_table(&t, right);
done:
    free(idx);
}

static void text_panel(const rp_estimate *e, int below, rp_lang lang)
{
    for (size_t i = 0; i < e->nrows; i++) {
        const rp_estimate_row *r = &e->row[i];
        char *name = stratum_name(e, i, lang);
        if (e->nrows > 1)
            printf("%s%s:\n", i ? "\n" : "", name ? name : "");
        free(name);
        if (hidden(r->publish) || !r->has_panel) {
            rp_buf b;
            rp_buf_init(&b);
            if (hidden(r->publish))
                rp_word_est_figure(&b, e, r, below, lang);
            else
                rp_word_est_reason(&b, e, r, lang);
            printf("%s\n", rp_buf_str(&b));
            rp_buf_free(&b);
            continue;
        }
        text_panel_of(e, r, lang);
        rp_est_sensitivity s;
        if (rp_estimate_sensitivity(e, r, &s)) {
            rp_buf b;
            rp_buf_init(&b);
            rp_word_est_sensitivity(&b, e, r, &s, lang);
            printf("%s\n", rp_buf_str(&b));
            rp_buf_free(&b);
        }
    }
}

static void text_average(const rp_estimate *e, int below, rp_lang lang)
{
    table t = {NULL, 7, 0, 0};
    char terms[2048];
    if (add_row(&t))
        return;
    const rp_est_label head[] = {RP_ESTL_STRATUM, RP_ESTL_OBSERVED, RP_ESTL_AVERAGE,
                                 RP_ESTL_AVERAGE, RP_ESTL_RANGE, RP_ESTL_BEST, RP_ESTL_WEIGHT};
    for (size_t c = 0; c < 7; c++)
        cell(&t, c, rp_strdup(c == 3 ? "" : rp_word_est_label(head[c], lang)));
    for (size_t i = 0; i < e->nrows; i++) {
        const rp_estimate_row *r = &e->row[i];
        const rp_mse_panel *p = &r->panel;
        if (add_row(&t))
            break;
        cell(&t, 0, stratum_name(e, i, lang));
        rp_buf b;
        rp_buf_init(&b);
        rp_word_est_count(&b, r, r->r.observed, below, lang);
        cell(&t, 1, rp_buf_steal(&b));
        if (hidden(r->publish) || !r->has_panel || !p->nexist) {
            cell(&t, 2, stand_in(r, below, lang));
            continue;
        }
        const rp_mse_model *best = &p->model[p->best];
        rp_estimate_pairs(e, p->terms + best->first, best->nterms, terms, sizeof terms);
        cell(&t, 2, num(p->estimate, 0, lang));
        cell(&t, 3, interval(p->lo, p->hi, lang));
        cell(&t, 4, interval(p->min, p->max, lang));
        cell(&t, 5, rp_visible(best->nterms ? terms : rp_word_est_label(RP_ESTL_NONE, lang)));
        cell(&t, 6, num(best->weight, 3, lang));
    }
    /* the interval's head names its level */
    free(t.cells[3]);
    t.cells[3] = ci_head(e->level, lang);
    static const int right[] = {0, 1, 1, 1, 1, 0, 1};
    print_table(&t, right);
}

static void text_loo(const rp_estimate *e, int below, rp_lang lang)
{
    table t = {NULL, 5, 0, 0};
    if (add_row(&t))
        return;
    cell(&t, 0, rp_strdup(rp_word_est_label(RP_ESTL_STRATUM, lang)));
    cell(&t, 1, rp_strdup(rp_word_est_label(RP_ESTL_DROPPED, lang)));
    cell(&t, 2, rp_strdup(rp_word_est_label(RP_ESTL_OBSERVED, lang)));
    cell(&t, 3, rp_strdup(rp_word_est_label(RP_ESTL_ESTIMATE, lang)));
    cell(&t, 4, ci_head(e->level, lang));
    for (size_t i = 0; i < e->nrows; i++) {
        const rp_estimate_row *r = &e->row[i];
        rp_buf b;
        if (add_row(&t))
            break;
        cell(&t, 0, stratum_name(e, i, lang));
        cell(&t, 1, rp_strdup(rp_word_est_label(RP_ESTL_ALL_LISTS, lang)));
        rp_buf_init(&b);
        rp_word_est_count(&b, r, r->r.observed, below, lang);
        cell(&t, 2, rp_buf_steal(&b));
        if (r->publish == RP_EST_FAILED)
            cell(&t, 3, rp_strdup(rp_word_est_none(lang)));
        if (r->publish == RP_EST_SHOWN) {
            cell(&t, 3, num(r->r.estimate, 0, lang));
            cell(&t, 4, interval(r->r.lo, r->r.hi, lang));
        }
        for (size_t k = 0; !hidden(r->publish) && k < r->nloo; k++) {
            const rp_estimate_loo *l = &r->loo[k];
            if (add_row(&t))
                break;
            cell(&t, 1, rp_visible(e->lists[l->dropped]));
            if (hidden(l->publish)) {
                cell(&t, 2, rp_strdup(rp_word_hidden_sign()));
                continue;
            }
            cell(&t, 2, num(l->r.observed, 0, lang));
            if (l->publish != RP_EST_SHOWN) {
                cell(&t, 3, rp_strdup(rp_word_est_none(lang)));
                continue;
            }
            cell(&t, 3, num(l->r.estimate, 0, lang));
            cell(&t, 4, interval(l->r.lo, l->r.hi, lang));
        }
    }
    static const int right[] = {0, 0, 1, 1, 1};
    print_table(&t, right);
}

void rp_est_text(const rp_estimate *e, rp_est_view v, int below, rp_lang lang)
{
    if (v == RP_VIEW_ALL)
        text_panel(e, below, lang);
    else if (v == RP_VIEW_AVERAGE)
        text_average(e, below, lang);
    else if (v == RP_VIEW_LOO)
        text_loo(e, below, lang);
}
