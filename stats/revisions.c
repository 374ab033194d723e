/* Revisions: a run's published figures against an edition's, figure by figure. */
#include "stats/revisions.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FLAG_MASK (RP_FLAG_P | RP_FLAG_E | RP_PFLAG_BREAK)

const char *rp_rv_code(unsigned bit)
{
    static const char *const codes[RP_RV_NREASONS] = {
        "value", "final", "provisional", "revised_provisional", "estimated", "measured",
        "new_break", "break_removed", "now_hidden", "now_shown", "filled_in", "no_figure",
        "withdrawn", "definition", "threshold", "note", "follows_baseline"};
    for (int k = 0; k < RP_RV_NREASONS; k++)
        if (bit == 1u << k)
            return codes[k];
    return "";
}

void rp_rv_codes(unsigned why, char *buf, size_t n)
{
    size_t at = 0;
    buf[0] = '\0';
    for (int k = 0; k < RP_RV_NREASONS && n; k++)
        if (why & (1u << k)) {
            int w = snprintf(buf + at, n - at, "%s%s", at ? ";" : "", rp_rv_code(1u << k));
            if (w < 0 || (size_t)w >= n - at)
                return;
            at += (size_t)w;
        }
}

/* The data tables whose figures are compared. */
static int data_table(rp_ptable t)
{
    return t == RP_PT_SERIES || t == RP_PT_CATEGORY || t == RP_PT_REGION ||
           t == RP_PT_RECIDIVISM || t == RP_PT_ESTIMATE;
}

/* The first cell of a sorted list at or after the table and item, or l->n. */
static size_t lower(const rp_cells *l, rp_ptable t, const char *item)
{
    size_t lo = 0, hi = l->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        const rp_pcell *c = &l->c[mid];
        int before = c->table < t || (c->table == t && strcmp(c->item, item) < 0);
        if (before)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

static int has_item(const rp_cells *l, rp_ptable t, const char *item)
{
    size_t i = lower(l, t, item);
    return i < l->n && l->c[i].table == t && !strcmp(l->c[i].item, item);
}

/* Whether the figures of a table and item are fractions (shares, prevalences): they revise
 * in percentage points, never relatively. */
static int fraction(const rp_model *m, const rp_edition *e, rp_ptable t, const char *item)
{
    if (t == RP_PT_RECIDIVISM)
        return 1;
    if (t == RP_PT_ESTIMATE)
        return 0;
    const rp_indicator_def *d = rp_monitor_indicator(m->p->m, item);
    if (d)
        return d->measure == RP_MEASURE_SHARE || d->measure == RP_MEASURE_RECIDIVISM;
    const char *ms = e ? rp_edition_definition(e, "indicator", item, "measure") : NULL;
    return ms && (!strcmp(ms, "share") || !strcmp(ms, "recidivism"));
}

/* What an indicator measures and of which rows: when these differ, a revision may be a new
 * definition rather than new data. */
static const char *const def_fields[] = {"dataset", "measure", "where", "denominator", "column",
                                         "by", "per", "years"};

static int definition_changed(const rp_edition *e, const rp_cells *cur, const char *id)
{
    if (!rp_cells_get(&e->cells, RP_PT_DEFINITION, id, 0, "indicator", NAN, "measure"))
        return 0; /* not in the edition: new, not changed */
    for (size_t k = 0; k < sizeof def_fields / sizeof *def_fields; k++) {
        const rp_pcell *a = rp_cells_get(&e->cells, RP_PT_DEFINITION, id, 0, "indicator", NAN,
                                         def_fields[k]);
        const rp_pcell *b = rp_cells_get(cur, RP_PT_DEFINITION, id, 0, "indicator", NAN,
                                         def_fields[k]);
        const char *x = a && a->text ? a->text : "", *y = b && b->text ? b->text : "";
        if (strcmp(x, y))
            return 1;
    }
    return 0;
}

static int push(rp_revisions *rv, const rp_revision *r, size_t *cap)
{
    if (rv->n == *cap) {
        size_t c = *cap ? 2 * *cap : 32;
        rp_revision *p = realloc(rv->r, c * sizeof *p);
        if (!p)
            return -1;
        rv->r = p;
        *cap = c;
    }
    rv->r[rv->n++] = *r;
    return 0;
}

static int is_changed_def(const rp_revisions *rv, const char *item)
{
    for (size_t i = 0; i < rv->nchanged_def; i++)
        if (!strcmp(rv->changed_def[i], item))
            return 1;
    return 0;
}

static int shows(rp_pmark m) { return m == RP_PM_SHOWN; }
static int has_figure(rp_pmark m) { return m == RP_PM_SHOWN || m == RP_PM_HIDDEN; }

/* Why a figure is listed, from its two cells (cur NULL: withdrawn); 0 when it is not. */
static unsigned reasons(const rp_pcell *o, const rp_pcell *c)
{
    if (!c)
        return RP_RV_WITHDRAWN;
    unsigned why = 0, of = o->flags & FLAG_MASK, nf = c->flags & FLAG_MASK;
    if (shows(o->mark) && shows(c->mark)) {
        int differ = !isnan(o->value) && !isnan(c->value) ? o->value != c->value
                     : isnan(o->value) != isnan(c->value) ? 1
                     : o->text && c->text ? strcmp(o->text, c->text) != 0
                                          : (o->text == NULL) != (c->text == NULL);
        if (differ)
            why |= (of & RP_FLAG_P) && (nf & RP_FLAG_P) ? RP_RV_VALUE | RP_RV_PROV_REVISED
                                                         : RP_RV_VALUE;
    }
    if (o->mark == RP_PM_SHOWN && c->mark == RP_PM_HIDDEN)
        why |= RP_RV_HIDDEN;
    if (o->mark == RP_PM_HIDDEN && c->mark == RP_PM_SHOWN)
        why |= RP_RV_SHOWN;
    if (!has_figure(o->mark) && has_figure(c->mark))
        why |= RP_RV_FILLED;
    if (has_figure(o->mark) && !has_figure(c->mark))
        why |= RP_RV_EMPTIED;
    if ((of & RP_FLAG_P) && !(nf & RP_FLAG_P))
        why |= RP_RV_FINAL;
    if (!(of & RP_FLAG_P) && (nf & RP_FLAG_P))
        why |= RP_RV_PROVISIONAL;
    if (!(of & RP_FLAG_E) && (nf & RP_FLAG_E))
        why |= RP_RV_ESTIMATED;
    if ((of & RP_FLAG_E) && !(nf & RP_FLAG_E))
        why |= RP_RV_MEASURED;
    if (!(of & RP_PFLAG_BREAK) && (nf & RP_PFLAG_BREAK))
        why |= RP_RV_BREAK;
    if ((of & RP_PFLAG_BREAK) && !(nf & RP_PFLAG_BREAK))
        why |= RP_RV_BREAK_GONE;
    return why;
}

/* One row from its two cells; the old value only where the figure is not hidden now. */
static rp_revision row(const rp_revisions *rv, const rp_model *m, const rp_pcell *o,
                       const rp_pcell *c, unsigned why)
{
    rp_revision r = {o, c, why, NAN, 0, o->mark, c ? c->mark : RP_PM_MISSING,
                     o->flags & FLAG_MASK, c ? c->flags & FLAG_MASK : 0, NAN, NAN, NAN,
                     rv->since ? rv->since->year - o->year : 0, NULL};
    r.old_withheld = c && c->mark == RP_PM_HIDDEN;
    if (shows(o->mark) && !r.old_withheld)
        r.old_value = o->value;
    if (c && shows(c->mark))
        r.new_value = c->value;
    if (!isnan(r.old_value) && !isnan(r.new_value)) {
        r.change = r.new_value - r.old_value;
        if (r.old_value != 0 && !fraction(m, rv->since, o->table, o->item))
            r.rel_change = 100 * r.change / r.old_value;
    }
    if (c && c->table == RP_PT_SERIES && c->text) {
        r.note = c->text;
        if (why)
            r.why |= RP_RV_NOTE;
    }
    if (why && c && c->table != RP_PT_RECIDIVISM && c->table != RP_PT_ESTIMATE &&
        is_changed_def(rv, c->item))
        r.why |= RP_RV_DEFINITION;
    if ((why & (RP_RV_HIDDEN | RP_RV_SHOWN)) && rv->old_below != rv->new_below)
        r.why |= RP_RV_THRESHOLD;
    return r;
}

static int by_old(const void *a, const void *b)
{
    return rp_pcell_cmp(((const rp_revision *)a)->old, ((const rp_revision *)b)->old);
}

/* One pair of consecutive vintages into the statistics: every series figure of an indicator
 * of the monitor shown in both, by indicator and its age at the older one. */
static int add_pair(rp_revisions *rv, const rp_cells *older, int older_year,
                    const rp_cells *newer, const rp_model *m, size_t *cap)
{
    for (size_t i = 0; i < newer->n; i++) {
        const rp_pcell *c = &newer->c[i];
        if (c->table != RP_PT_SERIES || !rp_pcell_is_figure(c) || !shows(c->mark) ||
            isnan(c->value) || !rp_monitor_indicator(m->p->m, c->item))
            continue;
        const rp_pcell *o = rp_cells_find(older, c);
        if (!o || !shows(o->mark) || isnan(o->value))
            continue;
        int age = older_year - c->year;
        size_t k = 0;
        while (k < rv->nst && !(!strcmp(rv->st[k].item, c->item) && rv->st[k].age == age))
            k++;
        if (k == rv->nst) {
            if (rv->nst == *cap) {
                size_t nc = *cap ? 2 * *cap : 16;
                rp_revstat *p = realloc(rv->st, nc * sizeof *p);
                if (!p)
                    return -1;
                rv->st = p;
                *cap = nc;
            }
            rv->st[rv->nst++] = (rp_revstat){c->item, age, 0, 0, 0, 0, 0, 0, 0};
        }
        rp_revstat *s = &rv->st[k];
        double d = c->value - o->value;
        s->n++;
        s->revised += d != 0;
        s->mean += d;
        s->mean_abs += fabs(d);
        if (o->value != 0 && !fraction(m, NULL, RP_PT_SERIES, c->item)) {
            s->nrel++;
            s->mean_rel += 100 * d / o->value;
            s->mean_abs_rel += 100 * fabs(d) / o->value;
        }
    }
    return 0;
}

/* Sums into means; by indicator (as the cells run), then age. */
static void finish_stats(rp_revisions *rv)
{
    for (size_t k = 0; k < rv->nst; k++) {
        rp_revstat *s = &rv->st[k];
        s->mean /= (double)s->n;
        s->mean_abs /= (double)s->n;
        s->mean_rel = s->nrel ? s->mean_rel / (double)s->nrel : NAN;
        s->mean_abs_rel = s->nrel ? s->mean_abs_rel / (double)s->nrel : NAN;
    }
    for (size_t i = 1; i < rv->nst; i++)
        for (size_t j = i; j > 0; j--) {
            rp_revstat *a = &rv->st[j - 1], *b = &rv->st[j];
            int c = strcmp(a->item, b->item);
            if (c < 0 || (c == 0 && a->age <= b->age))
                break;
            rp_revstat t = *a;
            *a = *b;
            *b = t;
        }
}

int rp_revisions_history(rp_revisions *rv, const rp_editions *es, long long epoch,
                         const char *except, const rp_cells *cur, const rp_model *m)
{
    const rp_cells *prev = NULL;
    int prev_year = 0;
    size_t cap = 0;
    free(rv->st);
    rv->st = NULL;
    rv->nst = rv->pairs = 0;
    rv->first = NULL;
    /* the monitors up to the one compared with (an edition of the same date as the run is the
     * same release, not one before it) */
    long long until = rv->since && rv->since->epoch < epoch ? rv->since->epoch : epoch - 1;
    long long last = 0;
    for (size_t i = 0; es && i < es->n; i++) {
        const rp_edition *e = es->e[i];
        if (e->kind != RP_ED_REPORT || e->epoch > until || (except && !strcmp(e->name, except)))
            continue;
        if (prev && add_pair(rv, prev, prev_year, &e->cells, m, &cap))
            return -1;
        rv->pairs += prev != NULL;
        rv->first = rv->first ? rv->first : e;
        prev = &e->cells;
        prev_year = e->year;
        last = e->epoch;
    }
    if (prev && last < epoch && add_pair(rv, prev, prev_year, cur, m, &cap))
        return -1;
    rv->pairs += prev != NULL && last < epoch;
    finish_stats(rv);
    return 0;
}

static int changed_definitions(rp_revisions *rv, const rp_cells *cur, const rp_model *m)
{
    const rp_monitor *mon = m->p->m;
    rv->changed_def = calloc(mon->nindicators ? mon->nindicators : 1, sizeof *rv->changed_def);
    if (!rv->changed_def)
        return -1;
    for (size_t i = 0; i < mon->nindicators; i++)
        if (definition_changed(rv->since, cur, mon->indicators[i].id))
            rv->changed_def[rv->nchanged_def++] = mon->indicators[i].id;
    return 0;
}

rp_revisions *rp_revisions_compare(const rp_edition *since, const rp_cells *cur,
                                   const rp_model *m, rp_ed_kind kind)
{
    rp_revisions *rv = calloc(1, sizeof *rv);
    if (!rv)
        return NULL;
    rv->since = since;
    rv->old_level = since->confidence;
    rv->new_level = m->level;
    rv->old_below = since->suppress_below;
    rv->new_below = m->p->m->suppress_below;
    size_t cap = 0;
    int bad = changed_definitions(rv, cur, m);
    for (size_t i = 0; !bad && i < cur->n; i++) {
        const rp_pcell *c = &cur->c[i];
        if (!data_table(c->table) || !rp_pcell_is_figure(c))
            continue;
        const rp_pcell *o = rp_cells_find(&since->cells, c);
        if (!o) {
            rv->added += (c->table == RP_PT_SERIES || c->table == RP_PT_CATEGORY) &&
                         since->kind == RP_ED_REPORT && c->year <= since->year &&
                         has_figure(c->mark) && has_item(&since->cells, c->table, c->item);
            continue;
        }
        rv->compared++;
        unsigned why = reasons(o, c);
        rp_revision r = row(rv, m, o, c, why);
        if (why && push(rv, &r, &cap))
            bad = 1;
    }
    /* what a yearly monitor published and this one no longer does */
    for (size_t i = 0; !bad && kind == RP_ED_REPORT && since->kind == RP_ED_REPORT &&
                       i < since->cells.n; i++) {
        const rp_pcell *o = &since->cells.c[i];
        if ((o->table != RP_PT_SERIES && o->table != RP_PT_CATEGORY) || !rp_pcell_is_figure(o) ||
            !has_figure(o->mark) || rp_cells_find(cur, o) || !has_item(cur, o->table, o->item))
            continue;
        rp_revision r = row(rv, m, o, NULL, RP_RV_WITHDRAWN);
        if (push(rv, &r, &cap))
            bad = 1;
    }
    if (bad) {
        rp_revisions_free(rv);
        return NULL;
    }
    if (rv->n > 1)
        qsort(rv->r, rv->n, sizeof *rv->r, by_old);
    return rv;
}

void rp_revisions_free(rp_revisions *r)
{
    if (!r)
        return;
    free(r->r);
    free(r->st);
    free(r->changed_def);
    free(r);
}

void rp_revisions_apply(rp_model *m, const rp_revisions *r)
{
    for (size_t i = 0; r && i < r->n; i++) {
        const rp_revision *v = &r->r[i];
        if (!v->cur || v->cur->table != RP_PT_SERIES || !(v->why & RP_RV_VALUE) ||
            !shows(v->new_mark))
            continue;
        int k = rp_project_indicator(m->p, v->cur->item);
        if (k < 0 || !m->series[k].n)
            continue;
        rp_series *s = &m->series[k];
        if (v->cur->year >= s->year_min && v->cur->year <= s->year_max)
            s->pts[v->cur->year - s->year_min].flags |= RP_FLAG_R;
    }
    for (size_t k = 0; k < m->p->m->ntargets; k++) {
        rp_target_result *t = &m->targets[k];
        const rp_point *p = m->assessed[k] && t->current_year
                                ? rp_series_at(t->series, t->current_year) : NULL;
        if (p && (p->flags & RP_FLAG_R))
            t->current_flags |= RP_FLAG_R;
    }
}

/* The note the data give on a target's baseline year, from the run's series cell. */
static const char *baseline_note(const rp_edition *e, const rp_cells *cur, const rp_pcell *o)
{
    const rp_pcell *ind = rp_cells_get(&e->cells, RP_PT_DEFINITION, o->item, 0, "target", NAN,
                                       "indicator");
    const rp_pcell *c = ind && ind->text ? rp_cells_get(cur, RP_PT_SERIES, ind->text, o->year,
                                                        "", NAN, "value") : NULL;
    return c ? c->text : NULL;
}

rp_revisions *rp_revisions_nulmeting(const rp_edition *baseline, const rp_cells *cur,
                                     const rp_model *m)
{
    static const char *const parts[] = {"baseline", "target", "required_change"};
    rp_revisions *rv = calloc(1, sizeof *rv);
    if (!rv)
        return NULL;
    rv->since = baseline;
    rv->old_level = baseline->confidence;
    rv->new_level = m->level;
    rv->old_below = baseline->suppress_below;
    rv->new_below = m->p->m->suppress_below;
    size_t cap = 0;
    for (size_t i = 0; i < baseline->cells.n; i++) {
        const rp_pcell *o = &baseline->cells.c[i];
        int part = 0;
        for (size_t k = 0; k < 3; k++)
            part |= !strcmp(o->key, parts[k]);
        if (o->table != RP_PT_TARGET || !part || strcmp(o->field, "value"))
            continue;
        const rp_pcell *c = rp_cells_find(cur, o);
        rp_revision r = row(rv, m, o, c, reasons(o, c));
        r.age = 0;
        const rp_pcell *ind = rp_cells_get(&baseline->cells, RP_PT_DEFINITION, o->item, 0,
                                           "target", NAN, "indicator");
        /* a baseline revises as its indicator does: relative for counts, not for shares */
        if (!isnan(r.change) && ind && ind->text && fraction(m, baseline, RP_PT_SERIES, ind->text))
            r.rel_change = NAN;
        if (!strcmp(o->key, "required_change"))
            r.rel_change = NAN;
        if (!strcmp(o->key, "baseline") && r.why && (r.note = baseline_note(baseline, cur, o)))
            r.why |= RP_RV_NOTE;
        if (push(rv, &r, &cap)) {
            rp_revisions_free(rv);
            return NULL;
        }
        rv->compared++;
    }
    /* a target value or a required change moves with its baseline: say so; and where the
     * baseline is hidden now, their old values would give it back (a change target is a
     * multiple of it): withheld with it */
    for (size_t i = 0; i < rv->n; i++) {
        rp_revision *r = &rv->r[i];
        if (!strcmp(r->old->key, "baseline"))
            continue;
        for (size_t j = 0; j < rv->n; j++) {
            const rp_revision *b = &rv->r[j];
            if (strcmp(b->old->item, r->old->item) || strcmp(b->old->key, "baseline"))
                continue;
            if ((r->why & RP_RV_VALUE) && (b->why & RP_RV_VALUE))
                r->why = (r->why & ~(unsigned)RP_RV_VALUE) | RP_RV_FOLLOWS;
            if (b->old_withheld) {
                r->old_withheld = 1;
                r->old_value = r->change = r->rel_change = NAN;
            }
        }
    }
    return rv;
}

