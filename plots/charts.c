/* Every chart of a monitor, in the order of the report. */
#include "plots/kinds.h"

#include <stdlib.h>
#include <string.h>

static int add(rp_charts *cs, rp_chart *c)
{
    if (!c)
        return 0;
    rp_chart **p = realloc(cs->c, (cs->n + 1) * sizeof *p);
    if (!p) {
        rp_chart_free(c);
        return -1;
    }
    cs->c = p;
    cs->c[cs->n++] = c;
    return 0;
}

int rp_charts_build(const rp_model *m, rp_charts *out)
{
    const rp_monitor *mon = m->p->m;
    int r = 0;
    memset(out, 0, sizeof *out);
    r |= add(out, rp_chart_dashboard(m));
    rp_chart **pages = NULL;
    size_t npages = 0;
    r |= rp_chart_multiples(m, &pages, &npages);
    for (size_t k = 0; k < npages; k++)
        r |= add(out, pages[k]);
    free(pages);
    for (size_t i = 0; i < mon->nindicators; i++) {
        r |= add(out, rp_chart_trend(m, i, NULL));
        if (mon->indicators[i].by) {
            r |= add(out, rp_chart_stacked(m, i));
            r |= add(out, rp_chart_categories(m, i));
        }
    }
    for (size_t k = 0; k < mon->ntargets; k++) {
        if (!m->assessed[k])
            continue;
        int i = rp_project_indicator(m->p, mon->targets[k].indicator);
        r |= add(out, rp_chart_trend(m, (size_t)i, &m->targets[k]));
    }
    if (m->regional) {
        r |= add(out, rp_chart_region_bars(m, m->regional));
        if (!m->regional->national_hidden) /* no centre, no limits */
            r |= add(out, rp_chart_funnel(m, m->regional));
    }
    if (m->recid)
        r |= add(out, rp_chart_km(m));
    for (size_t k = 0; k < mon->nestimates; k++)
        r |= add(out, rp_chart_estimate(m, k));
    for (size_t i = 0; i < out->n; i++) /* the data files in the project's CSV dialect */
        out->c[i]->csv = mon->csv;
    return r;
}

void rp_charts_free(rp_charts *cs)
{
    for (size_t i = 0; i < cs->n; i++)
        rp_chart_free(cs->c[i]);
    free(cs->c);
    cs->c = NULL;
    cs->n = 0;
}

rp_chart *rp_charts_find(const rp_charts *cs, const char *id)
{
    for (size_t i = 0; i < cs->n; i++)
        if (!strcmp(cs->c[i]->id, id))
            return cs->c[i];
    return NULL;
}
