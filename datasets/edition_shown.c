/* Lookups of the cells earlier editions showed. */
#include "datasets/edition_shown.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static int shows(rp_pmark m) { return m == RP_PM_SHOWN; }

int rp_editions_shown(const rp_editions *es, rp_ptable table, const char *item, int year,
                      const char *key, double followup, const char *field, double *value,
                      const rp_edition **which)
{
    int found = -1;
    *value = NAN;
    for (size_t i = es ? es->n : 0; i-- > 0;) {
        const rp_pcell *c = rp_cells_get(&es->e[i]->cells, table, item, year, key, followup,
                                         field);
        if (!c)
            continue;
        found = 0;
        if (shows(c->mark) && !isnan(c->value)) {
            *value = c->value;
            if (which)
                *which = es->e[i];
            return 1;
        }
    }
    return found;
}

int rp_editions_shown_as(const rp_editions *es, rp_ptable table, const char *item, int year,
                         const char *key, double followup, const char *field, double v)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%.10g", v);
    double w = strtod(buf, NULL);
    for (size_t i = 0; es && i < es->n; i++) {
        const rp_pcell *c = rp_cells_get(&es->e[i]->cells, table, item, year, key, followup,
                                         field);
        if (c && shows(c->mark) && c->value == w)
            return 1;
    }
    return 0;
}

/* The cell that holds a registered count: table, key and field. Returns -1 when the indices
 * name nothing. */
static int count_cell(const rp_project *p, size_t i, int cat, int region, int den,
                      rp_ptable *t, const char **key, const char **field)
{
    const rp_indicator_def *d = &p->m->indicators[i];
    *field = den || d->measure == RP_MEASURE_MEAN ? "den" : "num";
    *key = "";
    *t = RP_PT_SERIES;
    if (region >= 0) {
        if (!p->regions || (size_t)region >= p->regions->n)
            return -1;
        *t = RP_PT_REGION;
        *key = p->regions->r[region].code;
        *field = "count";
    } else if (cat >= 0) {
        if (!p->ind[i] || (size_t)cat >= p->ind[i]->ncats)
            return -1;
        *t = RP_PT_CATEGORY;
        *key = p->ind[i]->cats[cat];
    }
    return 0;
}

int rp_editions_count_shown(const rp_editions *es, const rp_project *p, size_t i, int year,
                            int cat, int region, int den, double *value)
{
    rp_ptable t;
    const char *key, *field;
    *value = NAN;
    if (count_cell(p, i, cat, region, den, &t, &key, &field))
        return -1;
    return rp_editions_shown(es, t, p->m->indicators[i].id, year, key, NAN, field, value, NULL);
}

int rp_editions_count_shown_as(const rp_editions *es, const rp_project *p, size_t i, int year,
                               int cat, int region, int den, double v)
{
    rp_ptable t;
    const char *key, *field;
    if (count_cell(p, i, cat, region, den, &t, &key, &field))
        return 0;
    return rp_editions_shown_as(es, t, p->m->indicators[i].id, year, key, NAN, field, v);
}
