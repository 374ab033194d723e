/* Builds every series and target assessment of a project. */
#include "stats/model.h"
#include "stats/interval.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

rp_estimate *rp_model_estimate(const rp_project *p, size_t k)
{
    const rp_estimate_def *e = &p->m->estimates[k];
    rp_mse_pair terms[RP_CAPTURES_MAX_LISTS * (RP_CAPTURES_MAX_LISTS - 1) / 2];
    size_t n = p->terms[k] ? p->nterms[k] : 0;
    for (size_t i = 0; i < n; i++)
        terms[i] = (rp_mse_pair){p->terms[k][2 * i], p->terms[k][2 * i + 1], 0};
    rp_estimate_opts o = {{(rp_mse_method)e->model, terms, n, e->threshold, p->m->confidence},
                          e->bootstrap, e->seed, 0, p->m->suppress_below};
    return p->captures[k] ? rp_estimate_run(p->captures[k], &o) : NULL;
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

/* Recidivism once for every output: the tables, the chart, its curves and the text. */
static int build_recid(rp_model *m)
{
    const rp_project *p = m->p;
    for (size_t k = 0; k < p->m->ndatasets && !m->recid_data; k++)
        m->recid_data = p->recid[k];
    int below = p->m->suppress_below;
    m->recid_at[0] = 2;
    m->recid_at[1] = 5;
    m->recid_at[2] = 7;
    const rp_recid *r = m->recid_data;
    for (size_t k = 0; !r && k < p->m->ndatasets && !m->recid_published; k++)
        m->recid_published = p->recid_agg[k];
    if (!r && m->recid_published) { /* the table only: no curves without people */
        m->recid_by = -1;
        m->recid = rp_recid_published(m->recid_published, m->recid_at, 3, m->level, below);
        return m->recid ? 0 : -1;
    }
    if (!r)
        return 0;
    m->recid_by = recid_grouping(p, r);
    m->recid = rp_recid_analyse(r, rp_recid_col(r, "cohort"), m->recid_at, 3, m->level, below);
    if (m->recid_by >= 0)
        m->recid_groups = rp_recid_analyse(r, m->recid_by, m->recid_at, 3, m->level, below);
    const rp_recid_result *drawn = m->recid_groups ? m->recid_groups : m->recid;
    int by = m->recid_groups ? m->recid_by : rp_recid_col(r, "cohort");
    m->curves = drawn ? rp_recid_curves_build(r, by, drawn, m->level, below) : NULL;
    rp_disclose_recid(m->recid, m->recid_groups);
    return m->recid && drawn && m->curves && (m->recid_by < 0 || m->recid_groups) ? 0 : -1;
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
    if (!m->series || !m->by || !m->targets || !m->assessed || !m->estimates) {
        rp_model_free(m);
        return NULL;
    }
    for (size_t i = 0; i < mon->nindicators; i++)
        if (rp_series_build(p, i, m->last_year, m->level, &m->series[i]) == RP_ENOMEM) {
            rp_model_free(m);
            return NULL;
        }
    /* disclosure: the breakdowns, then the filtered indicators that are sums over them;
     * markers and projections only then, so that none runs through a hidden point */
    for (size_t i = 0; i < mon->nindicators; i++)
        if (p->ind[i] && rp_breakdown_build(p->ind[i], m->level, mon->suppress_below,
                                            &m->by[i]) == RP_ENOMEM) {
            rp_model_free(m);
            return NULL;
        }
    if (build_recid(m) != 0) {
        rp_model_free(m);
        return NULL;
    }
    int ri = rp_regional_default(p);
    const char *why;
    m->regional = ri >= 0 ? rp_regional_build(p, ri, m->last_year, 0, m->level, &why) : NULL;
    rp_disclose_margins(p, m->by, m->series);
    for (size_t i = 0; m->recid && i < mon->nindicators; i++)
        if (m->series[i].n && ((m->recid_data && p->ind_recid[i] == m->recid_data) ||
                               (m->recid_published && p->ind_recid_agg[i] == m->recid_published)))
            rp_disclose_recid_series(m->recid, m->recid_at, &m->series[i]);
    if (m->regional)
        rp_disclose_regions(p, m->regional, m->series);
    for (size_t i = 0; i < mon->nindicators; i++)
        if (m->series[i].n)
            rp_series_finish(&m->series[i], m->level);
    for (size_t k = 0; k < mon->nestimates; k++)
        if (p->captures[k] && !(m->estimates[k] = rp_model_estimate(p, k))) {
            rp_model_free(m);
            return NULL;
        }
    int bad = 0;
    for (size_t k = 0; k < mon->ntargets; k++) {
        const rp_target_def *t = &mon->targets[k];
        int i = rp_project_indicator(p, t->indicator);
        if (i < 0 || m->series[i].n == 0)
            continue;
        char err[512];
        if (rp_target_assess(t, &m->series[i], m->level, &m->targets[k], err, sizeof err) !=
            RP_OK) {
            rp_diag_error(diag, mon->ini, t->target_line ? t->target_line : t->line, 0,
                          "[target %s] %s", t->id, err);
            bad = 1;
            continue;
        }
        m->assessed[k] = 1;
        if (rp_target_cone(&m->targets[k], m->level) != 0)
            bad = 1;
    }
    if (bad) {
        rp_model_free(m);
        return NULL;
    }
    for (size_t i = 0; i < mon->nindicators; i++)
        rp_series_wipe(&m->series[i]);
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
