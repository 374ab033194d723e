/* Builds every series and target assessment of a project. */
#include "stats/model.h"
#include "stats/interval.h"

#include <stdlib.h>
#include <string.h>

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
    int ri = rp_regional_default(p);
    const char *why;
    m->regional = ri >= 0 ? rp_regional_build(p, ri, m->last_year, 0, m->level, &why) : NULL;
    rp_disclose_margins(p, m->by, m->series);
    if (m->regional)
        rp_disclose_regions(p, m->regional, m->series);
    for (size_t i = 0; i < mon->nindicators; i++)
        if (m->series[i].n)
            rp_series_finish(&m->series[i]);
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
