/* The published cells of a run, read off the disclosed model the way the outputs show them. */
#include "stats/cells.h"
#include "stats/disclosure.h"
#include "stats/revisions.h"
#include "base/buf.h"
#include "stats/findings.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* A number as an edition writes it (%.10g, as every CSV of the program): a run's cells and an
 * edition's then compare exactly. */
static double as_written(double v)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%.10g", v);
    double r = strtod(buf, NULL);
    return r == 0 ? 0.0 : r;
}

typedef struct adder {
    rp_cells *l;
    rp_ptable table;
    const char *item;
    int year;
    const char *key;
    double followup;
    unsigned flags;
} adder;

static void put(adder *a, const char *field, double v, rp_pmark mark, const char *text)
{
    rp_pcell c = {a->table, (char *)a->item, a->year, (char *)(a->key ? a->key : ""),
                  a->followup, (char *)field, NAN, mark, a->flags, (char *)text, 0};
    if (mark == RP_PM_SHOWN && !isnan(v))
        c.value = as_written(v);
    rp_cells_add(a->l, &c);
}

/* A number: hidden (its mark only), shown, or nothing when the model has none. */
static void num(adder *a, const char *field, double v, int hidden)
{
    if (hidden)
        put(a, field, NAN, RP_PM_HIDDEN, NULL);
    else if (isfinite(v))
        put(a, field, v, RP_PM_SHOWN, NULL);
}

/* A count as the tables show one: a small one hidden whatever the point says. */
static void count(adder *a, const char *field, double v, int hidden, int below)
{
    num(a, field, v, hidden || rp_small(v, below));
}

static int is_break(const rp_indicator_def *d, int year, int first)
{
    for (size_t i = 0; i < d->nbreaks; i++)
        if (d->breaks[i] == year && year > first)
            return 1;
    return 0;
}

/* A series point as its table shows it: value, interval, numerator and denominator. */
static void point(adder *a, const rp_series *s, const rp_point *p)
{
    rp_measure ms = s->def->measure;
    a->year = p->year;
    a->flags = (p->flags & (RP_FLAG_P | RP_FLAG_E | RP_FLAG_R)) |
               (is_break(s->def, p->year, s->year_min) ? RP_PFLAG_BREAK : 0);
    if (!p->present) {
        put(a, "value", NAN, RP_PM_MISSING, NULL);
        return;
    }
    int h = p->suppressed != 0;
    if (h || (p->estimable && !isnan(p->value)))
        put(a, "value", p->value, h ? RP_PM_HIDDEN : RP_PM_SHOWN, p->note);
    else
        put(a, "value", NAN, RP_PM_NA, p->note);
    num(a, "lo", p->lo, h);
    num(a, "hi", p->hi, h);
    if (ms != RP_MEASURE_MEAN)
        count(a, "num", p->num, h, s->below);
    if (ms == RP_MEASURE_RATE)
        num(a, "den", p->den, isnan(p->den) && h);
    else if (ms != RP_MEASURE_COUNT)
        count(a, "den", p->den, isnan(p->den) && h, s->below);
}

static void series_cells(rp_cells *l, const rp_series *s)
{
    adder a = {l, RP_PT_SERIES, s->def->id, 0, "", NAN, 0};
    for (size_t k = 0; k < s->n; k++)
        point(&a, s, &s->pts[k]);
}

static void category_cells(rp_cells *l, const rp_series *s, const rp_breakdown *b)
{
    adder a = {l, RP_PT_CATEGORY, s->def->id, 0, "", NAN, 0};
    for (size_t c = 0; c < b->ncats; c++)
        for (size_t y = 0; y < b->ny; y++) {
            size_t at = c * b->ny + y;
            int year = b->year_min + (int)y;
            const rp_point *p = rp_series_at(s, year);
            a.year = year;
            a.key = b->cats[c];
            a.flags = (p ? p->flags & (RP_FLAG_P | RP_FLAG_E) : 0) |
                      (is_break(s->def, year, s->year_min) ? RP_PFLAG_BREAK : 0);
            if (!b->present[y]) {
                put(&a, "value", NAN, RP_PM_MISSING, NULL);
                continue;
            }
            int h = b->hide[at] != RP_SHOWN;
            if (h || !isnan(b->value[at]))
                put(&a, "value", b->value[at], h ? RP_PM_HIDDEN : RP_PM_SHOWN, NULL);
            else
                put(&a, "value", NAN, RP_PM_NA, NULL);
            num(&a, "lo", b->lo[at], h);
            num(&a, "hi", b->hi[at], h);
            num(&a, "num", b->num[at], h);
            if (b->share)
                num(&a, "den", b->den[at], h);
        }
}

static void region_cells(rp_cells *l, const rp_model *m, const rp_regional *r)
{
    const rp_project *p = m->p;
    adder a = {l, RP_PT_REGION, p->m->indicators[r->indicator].id, r->year, "", NAN, 0};
    for (size_t i = 0; i < r->k; i++) {
        const rp_regional_row *w = &r->rows[i];
        int h = w->hidden != 0;
        a.key = p->regions->r[w->region].code;
        num(&a, "value", w->s.rate.estimate, h);
        num(&a, "lo", w->s.rate.lo, h);
        num(&a, "hi", w->s.rate.hi, h);
        count(&a, "count", w->s.count, h, p->m->suppress_below);
        num(&a, "population", w->s.population, 0);
        if (!h && !r->national_hidden) {
            num(&a, "eb_rate", w->s.eb_rate, 0);
            put(&a, "signal", NAN, RP_PM_SHOWN, w->s.signal > 0 ? "high"
                                                 : w->s.signal < 0 ? "low" : "within");
        }
        if (!h && !w->base_hidden)
            num(&a, "ratio", w->change.estimate, 0);
    }
    a.key = ""; /* the national row */
    num(&a, "value", r->sum.national_rate, r->national_hidden);
    num(&a, "count", r->sum.total, r->national_hidden);
    num(&a, "population", r->sum.population, 0);
}

/* Whether a text is a year, as a cohort is written. */
static int year_of(const char *s)
{
    char *end;
    long y = strtol(s, &end, 10);
    return *s && !*end && y >= 1900 && y <= 2100 ? (int)y : 0;
}

/* A recidivism table, named as its file in tables/ (recidivism, recidivism_BY,
 * recidivism_published): by cohort the year is the cohort; by another grouping the figures
 * are of the monitor's year, keyed by the group. */
static void recid_cells(rp_cells *l, const rp_model *m, const rp_recid_result *res,
                        const double *at, const char *item)
{
    int cohorts = res->published || !res->by || !strcasecmp(res->by, "cohort");
    adder a = {l, RP_PT_RECIDIVISM, item, 0, "", NAN, 0};
    for (size_t i = 0; i < res->ngroups * res->nat; i++) {
        const rp_recid_row *w = &res->rows[i];
        int y = cohorts ? year_of(w->group) : 0;
        a.year = y ? y : m->last_year;
        a.key = y ? "" : w->group;
        a.followup = at[i % res->nat];
        int any = w->n_mark || w->events_mark || w->at_risk_mark;
        if (any || (w->estimable && !isnan(w->prevalence)))
            put(&a, "value", w->prevalence, any ? RP_PM_HIDDEN : RP_PM_SHOWN, NULL);
        else
            put(&a, "value", NAN, RP_PM_NA, NULL);
        if (!any) { /* a hidden prevalence's table shows no interval beside its mark */
            num(&a, "lo", w->lo, 0);
            num(&a, "hi", w->hi, 0);
        }
        num(&a, "n", w->n, w->n_mark != 0);
        num(&a, "events", w->events, w->events_mark != 0);
        if (!res->published)
            num(&a, "at_risk", w->at_risk, w->at_risk_mark != 0);
    }
}

static void estimate_cells(rp_cells *l, const rp_model *m, size_t k)
{
    const rp_estimate *e = m->estimates[k];
    adder a = {l, RP_PT_ESTIMATE, m->p->m->estimates[k].id, 0, "", NAN, 0};
    for (size_t i = 0; e && i < e->nrows; i++) {
        const rp_estimate_row *w = &e->row[i];
        int pooled = e->nrows > 1 && i == e->nrows - 1;
        a.year = pooled ? m->last_year : 0; /* the pooled figure is of the strata up to it */
        a.key = w->stratum;
        int h = w->publish == RP_EST_SMALL || w->publish == RP_EST_SECOND;
        int failed = w->publish == RP_EST_FAILED;
        num(&a, "observed", w->r.observed, h);
        if (failed) {
            put(&a, "value", NAN, RP_PM_NA, NULL);
            continue;
        }
        num(&a, "value", w->r.estimate, h);
        num(&a, "lo", w->r.lo, h);
        num(&a, "hi", w->r.hi, h);
        num(&a, "dark", w->r.dark, h);
    }
}

/* A target's published parts, each keyed by what it is: its baseline, target value and
 * required change (what the nulmeting publishes), and its progress at the latest year. */
static void target_cells(rp_cells *l, const rp_model *m, size_t k)
{
    const rp_target_def *d = &m->p->m->targets[k];
    const rp_target_result *r = &m->targets[k];
    adder a = {l, RP_PT_TARGET, d->id, 0, "", NAN, 0};
    if (!m->assessed[k]) {
        a.key = "category";
        put(&a, "value", NAN, RP_PM_SHOWN, rp_category_name(RP_CAT_NOT_ASSESSABLE));
        return;
    }
    const rp_point *bp = rp_series_at(r->series, d->baseline_year);
    int bh = bp && bp->suppressed;
    a.key = "baseline";
    a.year = d->baseline_year;
    a.flags = bp ? bp->flags & (RP_FLAG_P | RP_FLAG_E | RP_FLAG_R) : 0;
    if (bh || !isnan(r->baseline))
        put(&a, "value", r->baseline, bh ? RP_PM_HIDDEN : RP_PM_SHOWN, NULL);
    num(&a, "lo", r->baseline_lo, bh);
    num(&a, "hi", r->baseline_hi, bh);
    a.key = "smart_base";
    a.flags = 0;
    put(&a, "value", NAN, RP_PM_SHOWN, r->smart_base.code);
    a.year = d->target_year;
    a.key = "target";
    if (r->target_withheld)
        put(&a, "value", NAN, RP_PM_SHOWN, d->value_text);
    else
        num(&a, "value", r->target, 0);
    a.key = "required_change";
    if (!isnan(r->required_change))
        put(&a, "value", r->required_change, RP_PM_SHOWN, r->pp ? "pp_per_year" : "pct_per_year");
    if (r->current_year) {
        const rp_point *cp = rp_series_at(r->series, r->current_year);
        int ch = cp && cp->suppressed;
        a.year = r->current_year;
        a.key = "current";
        a.flags = r->current_flags & (RP_FLAG_P | RP_FLAG_E | RP_FLAG_R);
        if (ch || !isnan(r->current))
            put(&a, "value", r->current, ch ? RP_PM_HIDDEN : RP_PM_SHOWN, NULL);
        a.flags = 0;
        a.key = "observed_change";
        num(&a, "value", r->observed_change, 0);
        a.key = "progress_ratio";
        num(&a, "value", r->progress_ratio, 0);
        a.key = "p_meet";
        num(&a, "value", r->p_meet, 0);
    }
    a.year = r->current_year;
    a.key = "category";
    put(&a, "value", NAN, RP_PM_SHOWN, rp_category_name(r->category));
    a.key = "smart";
    put(&a, "value", NAN, RP_PM_SHOWN, r->smart.code);
    if (!isnan(r->projected) && d->target_year) {
        a.year = d->target_year;
        a.key = "projected";
        num(&a, "value", r->projected, 0);
        num(&a, "lo", r->projected_lo, 0);
        num(&a, "hi", r->projected_hi, 0);
    }
}

/* The one trend a section states: its annual change over its window. */
static void trend_cells(rp_cells *l, const rp_series *s)
{
    if (isnan(s->change))
        return;
    char window[32];
    snprintf(window, sizeof window, "%d-%d", s->proj.first, s->proj.last);
    static const char *const units[] = {"pct_per_year", "pp_per_year", "unit_per_year"};
    adder a = {l, RP_PT_TREND, s->def->id, s->proj.last, window, NAN, 0};
    put(&a, "value", s->change, RP_PM_SHOWN, units[s->change_unit]);
    num(&a, "lo", s->change_lo, 0);
    num(&a, "hi", s->change_hi, 0);
}

/* The changes from one year to the next that the key findings state. */
static void change_cells(rp_cells *l, const rp_model *m)
{
    for (size_t i = 0; m->findings && i < m->findings->n; i++) {
        const rp_finding *f = &m->findings->f[i];
        if ((f->kind != RP_FIND_HEADLINE && f->kind != RP_FIND_CHANGE) || !f->yoy.year)
            continue;
        char prev[16];
        snprintf(prev, sizeof prev, "%d", f->yoy.prev);
        adder a = {l, RP_PT_CHANGE, m->p->m->indicators[f->item].id, f->yoy.year, prev, NAN,
                   0};
        num(&a, "value", f->yoy.change, 0);
        num(&a, "lo", f->yoy.lo, 0);
        num(&a, "hi", f->yoy.hi, 0);
        num(&a, "p", f->yoy.p, 0);
    }
}

static void text_def(adder *a, const char *field, const char *text)
{
    if (text && *text)
        put(a, field, NAN, RP_PM_SHOWN, text);
}

static void number_def(adder *a, const char *field, double v)
{
    char buf[32];
    snprintf(buf, sizeof buf, "%.10g", v);
    text_def(a, field, buf);
}

/* What the figures mean, so that a later run can tell a changed definition from a revision. */
static void definitions(rp_cells *l, const rp_monitor *mon)
{
    for (size_t i = 0; i < mon->nindicators; i++) {
        const rp_indicator_def *d = &mon->indicators[i];
        adder a = {l, RP_PT_DEFINITION, d->id, 0, "indicator", NAN, 0};
        text_def(&a, "title", d->title);
        text_def(&a, "dataset", d->dataset);
        text_def(&a, "measure", rp_measure_name(d->measure));
        text_def(&a, "where", d->where_text);
        text_def(&a, "denominator", d->denominator_text);
        text_def(&a, "column", d->column);
        text_def(&a, "by", d->by);
        text_def(&a, "unit", d->unit);
        if (d->measure == RP_MEASURE_RATE)
            number_def(&a, "per", d->per);
        if (d->measure == RP_MEASURE_RECIDIVISM)
            number_def(&a, "years", d->years);
        char buf[256] = "";
        for (size_t k = 0; k < d->nbreaks && strlen(buf) + 8 < sizeof buf; k++)
            snprintf(buf + strlen(buf), sizeof buf - strlen(buf), "%s%d", k ? " " : "",
                     d->breaks[k]);
        text_def(&a, "breaks", buf);
    }
    for (size_t k = 0; k < mon->ntargets; k++) {
        const rp_target_def *t = &mon->targets[k];
        adder a = {l, RP_PT_DEFINITION, t->id, 0, "target", NAN, 0};
        text_def(&a, "title", t->title);
        text_def(&a, "indicator", t->indicator);
        number_def(&a, "baseline_year", t->baseline_year);
        text_def(&a, "target", t->value_text);
        if (t->target_year)
            number_def(&a, "target_year", t->target_year);
        text_def(&a, "owner", t->owner);
    }
    for (size_t k = 0; k < mon->nestimates; k++) {
        const rp_estimate_def *e = &mon->estimates[k];
        adder a = {l, RP_PT_DEFINITION, e->id, 0, "estimate", NAN, 0};
        text_def(&a, "title", e->title);
        text_def(&a, "dataset", e->dataset);
        text_def(&a, "strata", e->strata);
    }
}

/* Two enumerations of one cell (a headline that is also a significant change) keep one. */
static void unique(rp_cells *l)
{
    size_t k = 0;
    for (size_t i = 0; i < l->n; i++) {
        if (k && !rp_pcell_cmp(&l->c[k - 1], &l->c[i])) {
            rp_pcell_clear(&l->c[i]);
            continue;
        }
        l->c[k++] = l->c[i];
    }
    l->n = k;
}

rp_cells *rp_model_cells(const rp_model *m)
{
    const rp_project *p = m->p;
    rp_cells *l = calloc(1, sizeof *l);
    if (!l)
        return NULL;
    definitions(l, p->m);
    for (size_t i = 0; i < p->m->nindicators; i++) {
        const rp_series *s = &m->series[i];
        if (!s->n)
            continue;
        series_cells(l, s);
        category_cells(l, s, &m->by[i]);
        trend_cells(l, s);
    }
    if (m->regional)
        region_cells(l, m, m->regional);
    if (m->recid)
        recid_cells(l, m, m->recid, m->recid_at, "recidivism");
    if (m->recid_groups) {
        char *name = rp_strfmt("recidivism_%s", m->recid_groups->by);
        for (char *c = name; c && *c; c++) /* as reports/tables.c names the file */
            if (!(*c >= 'a' && *c <= 'z') && !(*c >= 'A' && *c <= 'Z') &&
                !(*c >= '0' && *c <= '9') && *c != '_' && *c != '-')
                *c = '_';
        if (name)
            recid_cells(l, m, m->recid_groups, m->recid_at, name);
        else
            l->failed = 1;
        free(name);
    }
    if (m->recid_pub)
        recid_cells(l, m, m->recid_pub, m->recid_pub_at, "recidivism_published");
    for (size_t k = 0; k < p->m->nestimates; k++)
        estimate_cells(l, m, k);
    for (size_t k = 0; k < p->m->ntargets; k++)
        target_cells(l, m, k);
    change_cells(l, m);
    if (l->failed) {
        rp_cells_free(l);
        free(l);
        return NULL;
    }
    rp_cells_sort(l);
    unique(l);
    return l;
}

/* ---- what a document publishes ---- */

static int target_part(const rp_pcell *c, rp_ed_kind kind)
{
    static const char *const nul[] = {"baseline", "target", "required_change", "smart_base"};
    static const char *const letter[] = {"baseline", "target", "current", "category", "p_meet",
                                         "smart"};
    const char *const *keys = kind == RP_ED_BASELINE ? nul : letter;
    size_t n = kind == RP_ED_BASELINE ? 4 : 6;
    for (size_t i = 0; i < n; i++)
        if (!strcmp(c->key, keys[i]))
            return 1;
    return 0;
}

/* Whether the nulmeting publishes a series cell: a target's indicator up to its baseline
 * year (value and interval, as its table of series). */
static int baseline_series(const rp_pcell *c, const rp_model *m)
{
    if (strcmp(c->field, "value") && strcmp(c->field, "lo") && strcmp(c->field, "hi"))
        return 0;
    for (size_t k = 0; k < m->p->m->ntargets; k++) {
        const rp_target_def *t = &m->p->m->targets[k];
        if (m->assessed[k] && !strcmp(t->indicator, c->item) && c->year <= t->baseline_year)
            return 1;
    }
    return 0;
}

/* Whether a letter publishes a series cell: the indicator's latest figure. */
static int letter_series(const rp_pcell *c, const rp_model *m)
{
    if (strcmp(c->field, "value") && strcmp(c->field, "lo") && strcmp(c->field, "hi"))
        return 0;
    const rp_series *s = rp_model_series(m, c->item);
    return s && c->year == rp_series_latest(s);
}

static int in_revised(const rp_pcell *c, const rp_revisions *rev)
{
    for (size_t i = 0; rev && i < rev->n; i++) {
        const rp_pcell *x = rev->r[i].cur;
        if (x && x->table == c->table && !strcmp(x->item, c->item) && x->year == c->year &&
            !strcmp(x->key, c->key) &&
            (isnan(x->followup) ? isnan(c->followup) : x->followup == c->followup) &&
            !strcmp(c->field, "value"))
            return 1;
    }
    return 0;
}

static int keep(const rp_pcell *c, const rp_model *m, rp_ed_kind kind, const rp_revisions *rev)
{
    if (kind == RP_ED_REPORT || c->table == RP_PT_DEFINITION)
        return 1;
    if (in_revised(c, rev))
        return 1;
    switch (c->table) {
    case RP_PT_TARGET: return target_part(c, kind);
    case RP_PT_SERIES: return kind == RP_ED_BASELINE ? baseline_series(c, m) : letter_series(c, m);
    case RP_PT_ESTIMATE: return kind == RP_ED_BASELINE;
    default: return 0;
    }
}

void rp_cells_scope(rp_cells *l, const rp_model *m, rp_ed_kind kind,
                    const rp_revisions *revised)
{
    size_t k = 0;
    for (size_t i = 0; i < l->n; i++) {
        if (keep(&l->c[i], m, kind, revised))
            l->c[k++] = l->c[i];
        else
            rp_pcell_clear(&l->c[i]);
    }
    l->n = k;
}
