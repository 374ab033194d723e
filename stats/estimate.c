/* Multiple systems estimation per stratum: uninformative lists left out, the model fitted,
 * its warnings found, the bootstrap run, and the observed counts checked for disclosure. */
#include "stats/estimate.h"
#include "stats/disclosure.h"
#include "stats/interval.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void rp_estimate_free(rp_estimate *e)
{
    if (!e)
        return;
    for (size_t i = 0; i < e->nrows; i++) {
        rp_estimate_row *r = &e->row[i];
        rp_mse_result_clear(&r->r);
        rp_mse_result_clear(&r->stepwise);
        rp_mse_panel_clear(&r->panel);
        for (size_t k = 0; k < r->nloo; k++)
            rp_mse_result_clear(&r->loo[k].r);
        free(r->loo);
    }
    free(e->row);
    free(e);
}

/* A table over the used lists only: list i of the file is bit map[i] (or -1 when left out). */
typedef struct compact {
    int t, map[RP_CAPTURES_MAX_LISTS], back[RP_CAPTURES_MAX_LISTS];
    double cell[1u << RP_CAPTURES_MAX_LISTS];
    rp_mse_pair terms[RP_CAPTURES_MAX_LISTS * (RP_CAPTURES_MAX_LISTS - 1) / 2];
    size_t nterms;
} compact;

static double on_list(const double *cell, int n, int i)
{
    double s = 0;
    for (unsigned h = 1; h < (1u << n); h++)
        if ((h >> i) & 1u)
            s += cell[h];
    return s;
}

static rp_est_reason make_compact(const double *cell, int n, rp_estimate_row *row, compact *c)
{
    double total = 0;
    for (unsigned h = 1; h < (1u << n); h++)
        total += cell[h];
    if (!(total > 0))
        return RP_EST_NOONE;
    c->t = 0;
    int all = 0;
    for (int i = 0; i < n; i++) {
        double on = on_list(cell, n, i);
        all |= on == total;
        c->map[i] = on > 0 ? c->t : -1;
        if (on > 0) {
            c->back[c->t++] = i;
            row->used |= 1u << i;
            row->sparse |= (on < RP_EST_SPARSE_N) << i;
        } else {
            row->dropped |= 1u << i;
        }
    }
    if (c->t < 2)
        return RP_EST_FEWLISTS;
    if (all)
        return RP_EST_ALLLIST;
    memset(c->cell, 0, sizeof c->cell);
    for (unsigned h = 1; h < (1u << n); h++) {
        unsigned k = 0;
        for (int i = 0; i < n; i++)
            if (((h >> i) & 1u) && c->map[i] >= 0)
                k |= 1u << c->map[i];
        c->cell[k] += cell[h];
    }
    return RP_EST_OK;
}

/* Fixed terms over the used lists; a term naming a list left out is dropped with a warning. */
static void map_terms(const rp_mse_spec *s, rp_estimate_row *row, compact *c)
{
    c->nterms = 0;
    for (size_t k = 0; s->method == RP_MSE_FIXED && k < s->nterms; k++) {
        int a = c->map[s->terms[k].a], b = c->map[s->terms[k].b];
        if (a < 0 || b < 0)
            row->warn |= RP_EST_TERMGONE;
        else
            c->terms[c->nterms++] = (rp_mse_pair){a, b, 0};
    }
}

/* Index of the pair (a, b), a < b, of n lists in the order (0,1), (0,2), .., (1,2), .. */
static int pair_index(int a, int b, int n)
{
    return a * n - a * (a + 1) / 2 + (b - a - 1);
}

/* The pairs of used lists that no one is on together, as pair bits of the file's lists. */
static unsigned long long never_overlap(const compact *c, int n)
{
    unsigned long long pairs = 0;
    for (int a = 0; a < c->t; a++)
        for (int b = a + 1; b < c->t; b++) {
            double s = 0;
            for (unsigned h = 1; h < (1u << c->t); h++)
                if (((h >> a) & 1u) && ((h >> b) & 1u))
                    s += c->cell[h];
            if (s == 0)
                pairs |= 1ull << pair_index(c->back[a], c->back[b], n);
        }
    return pairs;
}

static void bootstrap_row(const compact *c, const rp_mse_spec *s, const rp_estimate_opts *o,
                          rp_estimate_row *row)
{
    int st = rp_mse_bootstrap(c->cell, c->t, s, o->nboot, o->seed, o->threads, &row->r);
    row->bootstrap = st == RP_OK;
    if (st != RP_OK || row->r.boot_failed > 0)
        row->warn |= RP_EST_BOOTFAIL;
}

/* The main-effects estimate beside the chosen one: when they differ by more than half the
 * smaller, the figure rests on the choice of model (Silverman 2020, section 5). */
static void model_dependence(const compact *c, const rp_mse_spec *s, rp_estimate_row *row)
{
    row->main_estimate = row->r.estimate;
    if (s->method != RP_MSE_MAIN) {
        rp_mse_spec m = *s;
        rp_mse_result mr;
        m.method = RP_MSE_MAIN;
        row->main_estimate = rp_mse_estimate(c->cell, c->t, &m, &mr, NULL) == RP_OK
                                 ? mr.estimate : NAN;
        rp_mse_result_clear(&mr);
    }
    double a = row->main_estimate, b = row->r.estimate;
    if (isfinite(a) && (a > 1.5 * b || b > 1.5 * a))
        row->warn |= RP_EST_MODEL;
}

static void map_back(const compact *c, rp_mse_pair *terms, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        terms[k].a = c->back[terms[k].a];
        terms[k].b = c->back[terms[k].b];
    }
}

static void fit_row(compact *c, int n, const rp_estimate_opts *o, rp_estimate_row *row)
{
    map_terms(&o->spec, row, c);
    rp_mse_spec s = o->spec;
    s.terms = c->terms;
    s.nterms = c->nterms;
    row->empty = never_overlap(c, n);
    int st = rp_mse_estimate(c->cell, c->t, &s, &row->r, &row->check);
    if (st != RP_OK) {
        row->reason = st == RP_EDATA ? RP_EST_CHECK : RP_EST_NOFIT;
        return;
    }
    row->warn |= (row->empty ? RP_EST_EMPTY : 0) | (row->sparse ? RP_EST_SPARSE : 0) |
                 (row->dropped ? RP_EST_DROPPED : 0);
    model_dependence(c, &s, row);
    if (o->nboot > 0)
        bootstrap_row(c, &s, o, row);
    map_back(c, row->r.terms, row->r.nterms);
}

/* The panel, and the stepwise model beside a main or fixed one, on the same used lists. */
static void extras(const compact *c, const rp_estimate_opts *o, rp_estimate_row *row)
{
    if (o->panel && rp_mse_panel_fit(c->cell, c->t, o->max_terms, o->spec.level,
                                     &row->panel) == RP_OK) {
        row->has_panel = 1;
        size_t nt = 0;
        for (size_t i = 0; i < row->panel.n; i++)
            nt += row->panel.model[i].nterms;
        map_back(c, row->panel.terms, nt);
    }
    if (o->stepwise && o->spec.method != RP_MSE_STEPWISE) {
        rp_mse_spec s = {RP_MSE_STEPWISE, NULL, 0, o->spec.threshold, o->spec.level};
        row->has_stepwise = rp_mse_estimate(c->cell, c->t, &s, &row->stepwise, NULL) == RP_OK;
    }
    if (row->has_stepwise)
        map_back(c, row->stepwise.terms, row->stepwise.nterms);
}

/* Leave list i out: the histories collapsed over it (those on it alone drop out), then the
 * main-effects model of the lists that still hold anyone. */
static void leave_out(const double *cell, int n, int i, double level, rp_estimate_loo *l)
{
    compact *c = malloc(sizeof *c);
    double *t = calloc((size_t)1 << n, sizeof *t);
    rp_estimate_row tmp;
    memset(&tmp, 0, sizeof tmp);
    l->dropped = i;
    l->reason = RP_EST_NOFIT;
    if (c && t) {
        for (unsigned h = 1; h < (1u << n); h++)
            t[h & ~(1u << i)] += cell[h];
        l->exclusive = t[0];
        for (unsigned h = 1; h < (1u << n); h++)
            l->r.observed += t[h];
        double observed = l->r.observed;
        l->reason = make_compact(t, n, &tmp, c);
        l->used = tmp.used;
        if (l->reason == RP_EST_OK) {
            rp_mse_spec s = {RP_MSE_MAIN, NULL, 0, 0.02, level};
            int st = rp_mse_estimate(c->cell, c->t, &s, &l->r, &l->check);
            l->reason = st == RP_OK ? RP_EST_OK : st == RP_EDATA ? RP_EST_CHECK : RP_EST_NOFIT;
        }
        l->r.observed = observed;
    }
    free(c);
    free(t);
}

static void leave_each_out(const double *cell, int n, const rp_estimate_opts *o,
                           rp_estimate_row *row)
{
    row->loo = calloc((size_t)n, sizeof *row->loo);
    if (!row->loo)
        return;
    row->nloo = (size_t)n;
    for (int i = 0; i < n; i++)
        leave_out(cell, n, i, o->spec.level, &row->loo[i]);
}

static void estimate_row(const double *cell, int n, const rp_estimate_opts *o,
                         rp_estimate_row *row)
{
    compact *c = malloc(sizeof *c);
    for (unsigned h = 1; h < (1u << n); h++)
        row->r.observed += cell[h];
    if (!c) {
        row->reason = RP_EST_NOFIT;
        return;
    }
    double observed = row->r.observed;
    row->reason = make_compact(cell, n, row, c);
    if (row->reason == RP_EST_OK) {
        fit_row(c, n, o, row);
        extras(c, o, row);
    }
    if (o->leave_one_out && observed > 0)
        leave_each_out(cell, n, o, row);
    row->r.observed = observed;
    free(c);
}

/* Observed counts below the threshold are not published, nor any figure of their row; with
 * the total row published, a second stratum is hidden where one is (rp_secondary). */
static void disclose(rp_estimate *e, size_t nstrata, int below)
{
    double *obs = malloc((nstrata ? nstrata : 1) * sizeof *obs);
    unsigned char *hide = calloc(nstrata ? nstrata : 1, 1);
    int total = e->nrows > nstrata;
    for (size_t i = 0; obs && hide && i < nstrata; i++)
        obs[i] = e->row[i].r.observed;
    if (obs && hide && total)
        rp_secondary(obs, nstrata, below, hide);
    for (size_t i = 0; i < e->nrows; i++) {
        rp_estimate_row *r = &e->row[i];
        int small = rp_small(r->r.observed, below);
        int hidden = small || (i < nstrata && (!obs || !hide || hide[i]));
        r->publish = small ? RP_EST_SMALL : hidden ? RP_EST_SECOND
                     : r->reason != RP_EST_OK ? RP_EST_FAILED : RP_EST_SHOWN;
    }
    free(obs);
    free(hide);
}

/* A leave-one-out row publishes the people on the other lists; with the row's observed count
 * that gives the people on the dropped list alone, so the row is hidden where they are a
 * small number. Across strata the counts of one dropped list add up to the pooled row's, and
 * rp_secondary's rule holds in that line as in the rows'. */
static void disclose_loo(rp_estimate *e, size_t nstrata, int below)
{
    size_t n = nstrata ? nstrata : 1, any = 0;
    for (size_t r = 0; r < e->nrows; r++)
        any |= e->row[r].nloo == (size_t)e->nlists;
    if (!any)
        return;
    /* a stratum without leave-one-out rows (no one observed) counts as a shown 0 */
    double *v = calloc(n, sizeof *v);
    unsigned char *hide = calloc(n, 1);
    int total = e->nrows > nstrata;
    for (int i = 0; v && hide && i < e->nlists; i++) {
        for (size_t r = 0; r < e->nrows; r++) {
            const rp_estimate_row *w = &e->row[r];
            if (w->nloo != (size_t)e->nlists)
                continue;
            rp_estimate_loo *l = &w->loo[i];
            l->publish = w->publish == RP_EST_SMALL || w->publish == RP_EST_SECOND ? w->publish
                         : rp_small(l->r.observed, below)                          ? RP_EST_SMALL
                         : rp_small(l->exclusive, below)                           ? RP_EST_SECOND
                         : l->reason != RP_EST_OK                                  ? RP_EST_FAILED
                                                                                   : RP_EST_SHOWN;
            if (r < nstrata) {
                v[r] = l->r.observed;
                hide[r] = l->publish == RP_EST_SMALL    ? RP_HIDE_SMALL
                          : l->publish == RP_EST_SECOND ? RP_HIDE_SECOND
                                                        : RP_SHOWN;
            }
        }
        while (total && rp_secondary_more(v, nstrata, below, hide))
            ;
        for (size_t r = 0; total && r < nstrata; r++)
            if (hide[r] && e->row[r].nloo == (size_t)e->nlists &&
                e->row[r].loo[i].publish != RP_EST_SMALL)
                e->row[r].loo[i].publish = RP_EST_SECOND;
    }
    free(v);
    free(hide);
}

rp_estimate *rp_estimate_run(const rp_captures *c, const rp_estimate_opts *o)
{
    rp_estimate *e = calloc(1, sizeof *e);
    size_t n = c->nstrata + (c->nstrata > 1);
    if (!e || !(e->row = calloc(n, sizeof *e->row))) {
        free(e);
        return NULL;
    }
    e->nrows = n;
    e->nlists = c->nlists;
    e->lists = c->lists;
    e->method = o->spec.method;
    e->level = o->spec.level;
    e->nboot = o->nboot;
    for (size_t i = 0; i < n; i++) {
        int total = i == c->nstrata;
        e->row[i].stratum = total ? "all" : c->strata[i];
        e->row[i].pooled = total;
        estimate_row(total ? c->all : c->cell[i], c->nlists, o, &e->row[i]);
    }
    disclose(e, c->nstrata, o->suppress_below);
    disclose_loo(e, c->nstrata, o->suppress_below);
    return e;
}

static void wipe_result(rp_mse_result *r)
{
    r->observed = r->dark = r->estimate = r->lo = r->hi = NAN;
    r->intercept = r->se = r->deviance = r->loglik = NAN;
}

static void wipe_panel(rp_mse_panel *p)
{
    p->observed = p->estimate = p->lo = p->hi = p->dark = p->min = p->max = NAN;
    for (size_t i = 0; i < p->n; i++) {
        rp_mse_model *m = &p->model[i];
        m->dark = m->estimate = m->lo = m->hi = m->se = m->deviance = m->aic = m->bic = NAN;
    }
}

static int hidden(rp_est_publish p)
{
    return p == RP_EST_SMALL || p == RP_EST_SECOND;
}

void rp_estimate_wipe(rp_estimate *e)
{
    for (size_t i = 0; e && i < e->nrows; i++) {
        rp_estimate_row *r = &e->row[i];
        for (size_t j = 0; j < r->nloo; j++) {
            r->loo[j].exclusive = NAN;
            if (hidden(r->loo[j].publish))
                wipe_result(&r->loo[j].r);
        }
        if (!hidden(r->publish))
            continue;
        wipe_result(&r->r);
        r->main_estimate = NAN;
        if (r->has_stepwise)
            wipe_result(&r->stepwise);
        if (r->has_panel)
            wipe_panel(&r->panel);
    }
}

void rp_estimate_pairs(const rp_estimate *e, const rp_mse_pair *terms, size_t nterms, char *buf,
                       size_t n)
{
    size_t used = 0;
    if (n)
        buf[0] = 0;
    for (size_t k = 0; k < nterms && used < n; k++) {
        int w = snprintf(buf + used, n - used, "%s%s:%s", k ? " " : "", e->lists[terms[k].a],
                         e->lists[terms[k].b]);
        if (w < 0)
            break;
        used += (size_t)w;
    }
}

void rp_estimate_terms(const rp_estimate *e, const rp_estimate_row *row, char *buf, size_t n)
{
    rp_estimate_pairs(e, row->r.terms, row->r.nterms, buf, n);
}

const rp_estimate_row *rp_estimate_headline(const rp_estimate *e)
{
    size_t n = e->nrows > 1 ? e->nrows - 1 : e->nrows;
    for (size_t i = n; i-- > 0;)
        if (e->row[i].publish == RP_EST_SHOWN)
            return &e->row[i];
    return NULL;
}

void rp_estimate_opts_sensitivity(rp_estimate_opts *o)
{
    o->panel = 1;
    o->max_terms = 2;
    o->leave_one_out = 1;
    o->stepwise = 1;
}

int rp_estimate_sensitivity(const rp_estimate *e, const rp_estimate_row *row,
                            rp_est_sensitivity *s)
{
    memset(s, 0, sizeof *s);
    s->loo_min = s->loo_max = NAN;
    s->loo_min_list = s->loo_max_list = -1;
    if (!row->has_panel || (row->publish != RP_EST_SHOWN && row->publish != RP_EST_FAILED))
        return 0;
    s->panel = &row->panel;
    s->main = row->panel.n && row->panel.model[0].check == 0 ? &row->panel.model[0] : NULL;
    s->best = row->panel.best < row->panel.n ? &row->panel.model[row->panel.best] : NULL;
    if (e->method == RP_MSE_STEPWISE && row->reason == RP_EST_OK)
        s->step = &row->r;
    else if (e->method != RP_MSE_STEPWISE && row->has_stepwise)
        s->step = &row->stepwise;
    for (size_t i = 0; i < row->nloo; i++) {
        const rp_estimate_loo *l = &row->loo[i];
        if (l->publish != RP_EST_SHOWN) {
            s->loo_hidden += l->publish != RP_EST_FAILED;
            continue;
        }
        s->loo_shown++;
        if (s->loo_min_list < 0 || l->r.estimate < s->loo_min)
            s->loo_min = l->r.estimate, s->loo_min_list = l->dropped;
        if (s->loo_max_list < 0 || l->r.estimate > s->loo_max)
            s->loo_max = l->r.estimate, s->loo_max_list = l->dropped;
    }
    return 1;
}
