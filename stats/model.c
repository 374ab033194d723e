/* Builds every series and target assessment of a project. */
#include "stats/model.h"
#include "stats/interval.h"

#include <stdlib.h>
#include <string.h>

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
    m->targets = calloc(mon->ntargets ? mon->ntargets : 1, sizeof *m->targets);
    m->assessed = calloc(mon->ntargets ? mon->ntargets : 1, sizeof *m->assessed);
    if (!m->series || !m->targets || !m->assessed) {
        rp_model_free(m);
        return NULL;
    }
    for (size_t i = 0; i < mon->nindicators; i++)
        if (rp_series_build(p, i, m->last_year, m->level, &m->series[i]) == RP_ENOMEM) {
            rp_model_free(m);
            return NULL;
        }
    int bad = 0;
    for (size_t k = 0; k < mon->ntargets; k++) {
        const rp_target_def *t = &mon->targets[k];
        int i = rp_project_indicator(p, t->indicator);
        if (i < 0 || m->series[i].n == 0)
            continue;
        const char *err;
        if (rp_target_assess(t, &m->series[i], m->level, &m->targets[k], &err) != RP_OK) {
            rp_diag_error(diag, mon->ini, t->target_line, 0, "[target %s] %s", t->id, err);
            bad = 1;
            continue;
        }
        m->assessed[k] = 1;
    }
    if (bad) {
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
    free(m->targets);
    free(m->assessed);
    free(m);
}

const rp_series *rp_model_series(const rp_model *m, const char *id)
{
    int i = rp_project_indicator(m->p, id);
    return i >= 0 && m->series[i].n ? &m->series[i] : NULL;
}
