/* Builds every series and target assessment of a project. */
#include "stats/model.h"
#include "stats/findings.h"
#include "stats/publication.h"
#include "stats/disclosure.h"
#include "stats/interval.h"
#include "base/value.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

rp_estimate *rp_model_estimate(const rp_project *p, size_t k, const rp_captures *c)
{
    const rp_estimate_def *e = &p->m->estimates[k];
    rp_mse_pair terms[RP_CAPTURES_MAX_LISTS * (RP_CAPTURES_MAX_LISTS - 1) / 2];
    size_t n = p->terms[k] ? p->nterms[k] : 0;
    for (size_t i = 0; i < n; i++)
        terms[i] = (rp_mse_pair){p->terms[k][2 * i], p->terms[k][2 * i + 1], 0};
    rp_estimate_opts o = {{(rp_mse_method)e->model, terms, n, e->threshold, p->m->confidence},
                          e->bootstrap, e->seed, 0, p->m->suppress_below, 0, 0, 0, 0};
    rp_estimate_opts_sensitivity(&o); /* the documents show how far the figure rests on it */
    return c ? rp_estimate_run(c, &o) : NULL;
}

/* The grouping the recidivism chart draws: the `by` of a recidivism indicator on the data,
 * else the first column besides cohort; -1 for none. */
static int recid_grouping(const rp_project *p, const rp_recid *r)
{
    for (size_t i = 0; i < p->m->nindicators; i++)
        if (p->ind_recid[i] == r && p->m->indicators[i].by &&
            rp_recid_col(r, p->m->indicators[i].by) >= 0)
            return rp_recid_col(r, p->m->indicators[i].by);
    for (size_t g = 0; g < r->ncols; g++)
        if (strcasecmp(r->colnames[g], "cohort"))
            return (int)g;
    return -1;
}

/* The follow-up times of published figures, ascending and distinct (at most 16). */
static size_t published_times(const rp_recid_agg *a, double *at)
{
    size_t n = 0;
    for (size_t i = 0; i < a->n; i++) {
        double y = a->rows[i].years;
        size_t k = 0;
        while (k < n && at[k] < y - 1e-9)
            k++;
        if ((k < n && fabs(at[k] - y) < 1e-9) || n == 16)
            continue;
        memmove(at + k + 1, at + k, (n - k) * sizeof *at);
        at[k] = y;
        n++;
    }
    return n;
}

/* Recidivism once for every output: the tables, the chart, its curves and the text. */
static int build_recid(rp_model *m)
{
    const rp_project *p = m->p;
    for (size_t k = 0; k < p->m->ndatasets && !m->recid_data; k++)
        if (p->recid[k]) {
            m->recid_source = p->recid[k];
            m->recid_data = m->recid_cut && m->recid_cut[k] ? m->recid_cut[k] : p->recid[k];
        }
    int below = p->m->suppress_below;
    m->recid_at[0] = 2;
    m->recid_at[1] = 5;
    m->recid_at[2] = 7;
    for (size_t k = 0; k < p->m->ndatasets && !m->recid_published; k++)
        m->recid_published = p->recid_agg[k];
    if (m->recid_published) { /* as published: every follow-up it gives; no curves */
        m->recid_pub_nat = published_times(m->recid_published, m->recid_pub_at);
        m->recid_pub = rp_recid_published(m->recid_published, m->recid_pub_at,
                                          m->recid_pub_nat, m->level, below, m->last_year);
        if (!m->recid_pub)
            return -1;
    }
    /* the tables count everyone whose follow-up ended by the monitor's year, from all the
     * data: the same figure in every later monitor (stats/recidivism.h) */
    const rp_recid *r = m->recid_source;
    if (!r) {
        m->recid_by = -1;
        return 0;
    }
    m->recid_by = recid_grouping(p, r);
    m->recid = rp_recid_analyse(r, rp_recid_col(r, "cohort"), m->recid_at, 3, m->level,
                                m->last_year);
    if (m->recid_by >= 0)
        m->recid_groups = rp_recid_analyse(r, m->recid_by, m->recid_at, 3, m->level,
                                           m->last_year);
    return m->recid && (m->recid_by < 0 || m->recid_groups) ? 0 : -1;
}

/* A recidivism table takes its marks from the publication (table 0 by cohort, 1 by group),
 * and keeps no hidden value. */
static void mark_recid(const rp_model *m, rp_recid_result *res, int table)
{
    for (size_t i = 0; res && i < res->ngroups * res->nat; i++) {
        rp_recid_row *w = &res->rows[i];
        unsigned char *mk[3] = {&w->n_mark, &w->events_mark, &w->at_risk_mark};
        for (int f = 0; f < 3; f++) {
            int x = rp_publication_recid_mark(m->pub, table, w->group, i % res->nat,
                                              m->last_year, f);
            if (x > 0)
                *mk[f] = (unsigned char)x;
        }
    }
    if (res)
        rp_recid_wipe(res);
}

/* The index of time t among at, or -1. */
static long recid_time(const double *at, size_t nat, double t)
{
    for (size_t j = 0; j < nat; j++)
        if (fabs(at[j] - t) < 1e-9)
            return (long)j;
    return -1;
}

/* A recidivism indicator's points are the cohort table's cells at its follow-up (time j of
 * the publication's): the same marks. */
static void mark_recid_series(const rp_model *m, rp_series *s, long j)
{
    for (size_t k = 0; j >= 0 && k < s->n; k++) {
        rp_point *pt = &s->pts[k];
        char cohort[16];
        snprintf(cohort, sizeof cohort, "%d", pt->year);
        for (int f = 0; pt->present && f < 3; f++) {
            int x = rp_publication_recid_mark(m->pub, 0, cohort, (size_t)j, m->last_year, f);
            if (x > 0 && !pt->suppressed)
                pt->suppressed = x;
            pt->den_hidden |= f == 0 && x > 0; /* the cohort's n */
        }
    }
}

/* The chart's curves, drawn from the data as they stood at the end of the monitor's year,
 * for the groups its table shows. */
static int build_curves(rp_model *m)
{
    const rp_recid *r = m->recid_data;
    const rp_recid_result *drawn = m->recid_groups ? m->recid_groups : m->recid;
    if (!r || !drawn)
        return 0;
    int by = m->recid_groups ? m->recid_by : rp_recid_col(r, "cohort");
    m->curves = rp_recid_curves_build(r, by, drawn, m->level, m->p->m->suppress_below);
    return m->curves ? 0 : -1;
}

/* The latest year any run of the project can report: what the recidivism tables publish is
 * protected for every one of them at once. */
static int last_reportable(const rp_model *m)
{
    const rp_project *p = m->p;
    int y = p->year_max > p->m->report_year ? p->year_max : p->m->report_year;
    if (m->last_year > y)
        y = m->last_year;
    for (size_t i = 0; m->recid_source && i < m->recid_source->n; i++) {
        int sy, mo, d;
        rp_civil_from_days(m->recid_source->start[i], &sy, &mo, &d);
        y = sy > y ? sy : y;
    }
    return y;
}

/* The data as they stood at the end of last_year: recidivism cut at its last day, capture
 * strata of later years left out. */
static int cut_data(rp_model *m)
{
    const rp_project *p = m->p;
    m->recid_cut = calloc(p->m->ndatasets ? p->m->ndatasets : 1, sizeof *m->recid_cut);
    m->captures_cut = calloc(p->m->nestimates ? p->m->nestimates : 1, sizeof *m->captures_cut);
    if (!m->recid_cut || !m->captures_cut)
        return -1;
    if (!m->last_year)
        return 0;
    long day = rp_days_from_civil(m->last_year, 12, 31);
    for (size_t k = 0; k < p->m->ndatasets; k++)
        if (p->recid[k] && !(m->recid_cut[k] = rp_recid_until(p->recid[k], day)))
            return -1;
    for (size_t k = 0; k < p->m->nestimates; k++)
        if (p->captures[k] && !(m->captures_cut[k] = rp_captures_until(p->captures[k],
                                                                        m->last_year)))
            return -1;
    return 0;
}

/* The recidivism data an indicator reads: all of it; its series counts, as the tables do,
 * only follow-ups that ended by the monitor's year. */
static const rp_recid *indicator_recid(const rp_model *m, size_t i)
{
    return m->p->ind_recid[i];
}

/* The marks the publication gives a series: a point none of whose counts is registered
 * (published figures, recidivism) keeps its own. */
static void mark_series(const rp_model *m, size_t i)
{
    rp_series *s = &m->series[i];
    for (size_t k = 0; k < s->n; k++) {
        rp_point *pt = &s->pts[k];
        int mk = pt->present ? rp_publication_mark(m->pub, i, pt->year, -1, -1) : -1;
        if (mk > 0 && !pt->suppressed)
            pt->suppressed = mk;
        pt->den_hidden = pt->present && rp_publication_den_mark(m->pub, i, pt->year, -1, -1) > 0;
    }
    rp_breakdown *b = &m->by[i];
    for (size_t c = 0; c < b->ncats; c++)
        for (size_t y = 0; y < b->ny; y++) {
            size_t at = c * b->ny + y;
            int mk = rp_publication_mark(m->pub, i, b->year_min + (int)y, (int)c, -1);
            if (mk > 0 && !b->hide[at])
                b->hide[at] = (unsigned char)mk;
        }
    rp_breakdown_wipe(b);
}

rp_regional *rp_model_regional(const rp_model *m, int ind, int year, int base,
                               const char **why)
{
    const rp_project *p = m->p;
    *why = RP_N("out of memory");
    if (ind < 0 || !p->regions || !p->ind[ind])
        return rp_regional_build(p, ind, year, base, m->level, why); /* says why not */
    int y = rp_regional_year(p, ind, year ? year : m->last_year);
    int b = base ? base : p->ind[ind]->year_min;
    size_t n = p->regions->n ? p->regions->n : 1;
    unsigned char *mk = calloc(2 * n, 1);
    if (!mk)
        return NULL;
    for (size_t g = 0; g < p->regions->n; g++) {
        int a = rp_publication_mark(m->pub, (size_t)ind, y, -1, (int)g);
        int c = rp_publication_mark(m->pub, (size_t)ind, b, -1, (int)g);
        mk[g] = (unsigned char)(a > 0 ? a : 0);
        mk[n + g] = (unsigned char)(c > 0 ? c : 0);
    }
    rp_regional *r = rp_regional_build_marked(p, ind, year ? year : m->last_year, base,
                                              m->level, mk, mk + n, why);
    free(mk);
    if (r && rp_publication_national_mark(m->pub, (size_t)ind, y) > 0)
        rp_regional_withhold_national(r);
    return r;
}

/* The regional comparison every document shows. */
static int build_regional(rp_model *m)
{
    int ri = rp_regional_default(m->p);
    const char *why;
    if (ri >= 0 && m->p->regions)
        m->regional = rp_model_regional(m, ri, 0, 0, &why);
    return 0;
}

/* Disclosure: every count the project publishes from its datasets, in every year, protected
 * at once (stats/publication.h); the series, breakdowns and regions take their marks from
 * it, and recidivism figures keep their two groupings in step. */
static int disclose(rp_model *m, rp_diag *diag)
{
    const rp_project *p = m->p;
    const char *err;
    /* the follow-ups the tables and the recidivism indicators publish */
    double at[16];
    size_t nat = 0;
    for (size_t j = 0; j < 3; j++)
        at[nat++] = m->recid_at[j];
    for (size_t i = 0; i < p->m->nindicators && nat < 16; i++)
        if (p->ind_recid[i] && p->ind_recid[i] == m->recid_source &&
            recid_time(at, nat, p->m->indicators[i].years) < 0)
            at[nat++] = p->m->indicators[i].years;
    rp_recid_spec rs = {m->recid_source, m->recid_groups ? m->recid_by : -1, at, nat,
                        last_reportable(m), 0};
    m->pub = rp_publication_build(p, &rs, p->key, &err);
    if (!m->pub) {
        rp_diag_error(diag, p->m->ini, 0, 0, "disclosure control failed: %s",
                      rp_diag_text(diag, err));
        return -1;
    }
    if (m->pub->audit.unprotected)
        rp_diag_warn(diag, p->m->ini, 0, 0, m->pub->audit.unprotected == 1
                     ? "disclosure control: %zu hidden count keeps a narrower range than the "
                       "rule asks, with nothing left to hide beside it (the annex says so); "
                       "check suppress_below and what the project publishes"
                     : "disclosure control: %zu hidden counts keep a narrower range than the "
                       "rule asks, with nothing left to hide beside them (the annex says so); "
                       "check suppress_below and what the project publishes",
                     m->pub->audit.unprotected);
    for (size_t i = 0; i < p->m->nindicators; i++)
        mark_series(m, i);
    mark_recid(m, m->recid, 0);
    mark_recid(m, m->recid_groups, 1);
    if (build_curves(m))
        return -1;
    for (size_t i = 0; i < p->m->nindicators; i++) {
        if (m->series[i].n && m->recid_source && p->ind_recid[i] == m->recid_source)
            mark_recid_series(m, &m->series[i], recid_time(at, nat, m->series[i].def->years));
        if (m->series[i].n && m->recid_pub && p->ind_recid_agg[i] == m->recid_published)
            rp_disclose_recid_series(m->recid_pub, m->recid_pub_at, &m->series[i]);
    }
    return build_regional(m);
}

static int build_series(rp_model *m)
{
    const rp_project *p = m->p;
    for (size_t i = 0; i < p->m->nindicators; i++) {
        if (rp_series_build(p, i, indicator_recid(m, i), m->last_year, m->level,
                            &m->series[i]) == RP_ENOMEM)
            return -1;
        m->series[i].cut = m->last_year && m->last_year < p->year_max;
        if (p->ind[i] && rp_breakdown_build(p->ind[i], m->last_year, m->level,
                                            p->m->suppress_below, &m->by[i]) == RP_ENOMEM)
            return -1;
    }
    return 0;
}

/* A row's publish from its ledger mark (-1: not registered, the row's own decision stays). */
static rp_est_publish est_publish(int mark, rp_est_publish own, rp_est_reason reason)
{
    if (mark < 0)
        return own;
    if (mark > 0)
        return mark == RP_HIDE_SMALL ? RP_EST_SMALL : RP_EST_SECOND;
    return reason != RP_EST_OK ? RP_EST_FAILED : RP_EST_SHOWN;
}

/* The estimates take their marks from the publication, as every run of the project does: a
 * pooled row, or a row with a list left out, hidden in one run is hidden in all. */
void rp_model_mark_estimate(const rp_model *m, size_t k, const rp_captures *c, rp_estimate *e)
{
    for (size_t r = 0; r < e->nrows; r++) {
        rp_estimate_row *w = &e->row[r];
        w->publish = est_publish(rp_publication_est_mark(m->pub, k, c, r, -1), w->publish,
                                 w->reason);
        int hid = w->publish == RP_EST_SMALL || w->publish == RP_EST_SECOND;
        for (size_t i = 0; i < w->nloo; i++) {
            rp_estimate_loo *l = &w->loo[i];
            l->publish = hid ? w->publish
                             : est_publish(rp_publication_est_mark(m->pub, k, c, r, (int)i),
                                           l->publish, l->reason);
        }
    }
    rp_estimate_wipe(e);
}

static int build_estimates(rp_model *m)
{
    const rp_project *p = m->p;
    for (size_t k = 0; k < p->m->nestimates; k++) {
        const rp_captures *c = m->captures_cut[k] ? m->captures_cut[k] : p->captures[k];
        if (c && c->nstrata == 0)
            continue; /* every stratum is a later year: no estimate for this monitor */
        if (c && !(m->estimates[k] = rp_model_estimate(p, k, c)))
            return -1;
        if (c)
            rp_model_mark_estimate(m, k, c, m->estimates[k]);
    }
    return 0;
}

/* Targets on the published series; a target that cannot be meant as written is an error. */
static int build_targets(rp_model *m, rp_diag *diag)
{
    const rp_project *p = m->p;
    const rp_monitor *mon = p->m;
    int bad = 0;
    for (size_t k = 0; k < mon->ntargets; k++) {
        const rp_target_def *t = &mon->targets[k];
        int i = rp_project_indicator(p, t->indicator);
        if (i < 0 || m->series[i].n == 0)
            continue;
        char err[512];
        if (rp_target_assess(t, &m->series[i], m->level, &m->targets[k], diag, err,
                             sizeof err) != RP_OK) {
            rp_diag_error(diag, mon->ini, t->target_line ? t->target_line : t->line, 0,
                          "[target %s] %s", t->id, err);
            bad = 1;
            continue;
        }
        m->assessed[k] = 1;
        if (rp_target_cone(&m->targets[k], m->level) != 0)
            bad = 1;
    }
    return bad ? -1 : 0;
}

rp_model *rp_model_build(const rp_project *p, int last_year, rp_diag *diag)
{
    const rp_monitor *mon = p->m;
    rp_model *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->p = p;
    m->last_year = last_year ? last_year : mon->report_year;
    m->level = mon->confidence;
    m->series = calloc(mon->nindicators ? mon->nindicators : 1, sizeof *m->series);
    m->by = calloc(mon->nindicators ? mon->nindicators : 1, sizeof *m->by);
    m->targets = calloc(mon->ntargets ? mon->ntargets : 1, sizeof *m->targets);
    m->assessed = calloc(mon->ntargets ? mon->ntargets : 1, sizeof *m->assessed);
    m->estimates = calloc(mon->nestimates ? mon->nestimates : 1, sizeof *m->estimates);
    /* the values, then disclosure; markers, fits and targets only on what stays shown, so
     * that none runs through a hidden value; then every hidden value is wiped */
    if (!m->series || !m->by || !m->targets || !m->assessed || !m->estimates || cut_data(m) ||
        build_series(m) || build_recid(m) || disclose(m, diag)) {
        rp_model_free(m);
        return NULL;
    }
    for (size_t i = 0; i < mon->nindicators; i++)
        if (m->series[i].n)
            rp_series_finish(&m->series[i], m->level);
    if (build_estimates(m) || build_targets(m, diag)) {
        rp_model_free(m);
        return NULL;
    }
    for (size_t i = 0; i < mon->nindicators; i++)
        rp_series_wipe(&m->series[i]);
    if (!(m->findings = rp_findings_build(m))) {
        rp_model_free(m);
        return NULL;
    }
    return m;
}

void rp_model_free(rp_model *m)
{
    if (!m)
        return;
    for (size_t i = 0; m->series && i < m->p->m->nindicators; i++)
        rp_series_clear(&m->series[i]);
    free(m->series);
    for (size_t i = 0; m->by && i < m->p->m->nindicators; i++)
        rp_breakdown_clear(&m->by[i]);
    free(m->by);
    rp_regional_free(m->regional);
    const rp_recid_result *drawn = m->recid_groups ? m->recid_groups : m->recid;
    rp_recid_curves_free(m->curves, drawn ? drawn->ngroups : 0);
    rp_recid_result_free(m->recid);
    rp_recid_result_free(m->recid_groups);
    rp_recid_result_free(m->recid_pub);
    for (size_t k = 0; m->recid_cut && k < m->p->m->ndatasets; k++)
        rp_recid_free(m->recid_cut[k]);
    free(m->recid_cut);
    for (size_t k = 0; m->captures_cut && k < m->p->m->nestimates; k++)
        rp_captures_free(m->captures_cut[k]);
    free(m->captures_cut);
    rp_findings_free(m->findings);
    rp_publication_free(m->pub);
    for (size_t k = 0; m->targets && k < m->p->m->ntargets; k++)
        rp_target_result_clear(&m->targets[k]);
    free(m->targets);
    free(m->assessed);
    for (size_t k = 0; m->estimates && k < m->p->m->nestimates; k++)
        rp_estimate_free(m->estimates[k]);
    free(m->estimates);
    free(m);
}

const rp_series *rp_model_series(const rp_model *m, const char *id)
{
    int i = rp_project_indicator(m->p, id);
    return i >= 0 && m->series[i].n ? &m->series[i] : NULL;
}
