/* Key findings chosen and ranked from a model's published cells. */
#include "stats/findings.h"
#include "stats/interval.h"
#include "stats/model.h"

#include <gsl/gsl_cdf.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A point that may carry a change: shown, and a count of its own rather than an estimate. */
static const rp_point *plain(const rp_series *s, int year)
{
    const rp_point *p = rp_series_at(s, year);
    return p && p->present && p->estimable && !p->suppressed && !(p->flags & RP_FLAG_E) &&
                   isfinite(p->value) ? p : NULL;
}

static int break_between(const rp_series *s, int prev, int year)
{
    for (size_t i = 0; i < s->def->nbreaks; i++)
        if (s->def->breaks[i] > prev && s->def->breaks[i] <= year)
            return 1;
    return 0;
}

/* Two counts or rates: the ratio x1/d1 over x0/d0 less 1, log-Wald (Rothman and Greenland;
 * R epitools::rateratio.wald); z = log r / sqrt(1/x0 + 1/x1). */
static int yoy_ratio(const rp_point *a, const rp_point *b, double level, rp_yoy *o)
{
    rp_ci ci;
    double d0 = isfinite(a->den) && a->den > 0 ? a->den : 1;
    double d1 = isfinite(b->den) && b->den > 0 ? b->den : 1;
    if (rp_ci_ratio(b->num, d1, a->num, d0, level, &ci) != RP_OK)
        return -1;
    o->unit = RP_CHANGE_PCT;
    o->change = 100 * (ci.estimate - 1);
    o->lo = 100 * (ci.lo - 1);
    o->hi = 100 * (ci.hi - 1);
    double z = log(ci.estimate) / sqrt(1 / a->num + 1 / b->num);
    o->p = 2 * gsl_cdf_ugaussian_Q(fabs(z));
    return 0;
}

/* Two proportions: p1 - p0 with Newcombe's hybrid score interval (method 10), and the pooled
 * z test of R's prop.test(correct = FALSE) for its p. */
static int yoy_share(const rp_point *a, const rp_point *b, double level, rp_yoy *o)
{
    rp_ci ci;
    if (!(a->den > 0) || !(b->den > 0) || !isfinite(a->num) || !isfinite(b->num) ||
        rp_ci_diff_proportions(b->num, b->den, a->num, a->den, level, &ci) != RP_OK)
        return -1;
    double pool = (a->num + b->num) / (a->den + b->den);
    double se = sqrt(pool * (1 - pool) * (1 / a->den + 1 / b->den));
    o->unit = RP_CHANGE_PP;
    o->change = ci.estimate;
    o->lo = ci.lo;
    o->hi = ci.hi;
    o->p = se > 0 ? 2 * gsl_cdf_ugaussian_Q(fabs(ci.estimate) / se) : 1;
    return 0;
}

/* Two means: Welch's t with Satterthwaite's degrees of freedom (R: t.test on the data). */
static int yoy_mean(const rp_point *a, const rp_point *b, double level, rp_yoy *o)
{
    double va = a->sd * a->sd / a->num, vb = b->sd * b->sd / b->num, se = sqrt(va + vb);
    if (!(a->num >= 2) || !(b->num >= 2) || !(se > 0))
        return -1;
    double df = (va + vb) * (va + vb) / (va * va / (a->num - 1) + vb * vb / (b->num - 1));
    double d = b->value - a->value, q = gsl_cdf_tdist_Pinv(0.5 + level / 2, df) * se;
    o->unit = RP_CHANGE_UNIT;
    o->change = d;
    o->lo = d - q;
    o->hi = d + q;
    o->p = 2 * gsl_cdf_tdist_Q(fabs(d) / se, df);
    return 0;
}

int rp_series_yoy(const rp_series *s, int year, double level, rp_yoy *out)
{
    const rp_point *a = plain(s, year - 1), *b = plain(s, year);
    memset(out, 0, sizeof *out);
    if (!a || !b || break_between(s, year - 1, year))
        return -1;
    int r;
    switch (s->def->measure) {
    case RP_MEASURE_COUNT:
    case RP_MEASURE_RATE: r = yoy_ratio(a, b, level, out); break;
    case RP_MEASURE_SHARE: r = yoy_share(a, b, level, out); break;
    case RP_MEASURE_MEAN: r = yoy_mean(a, b, level, out); break;
    default: r = -1;
    }
    if (r == 0) {
        out->year = year;
        out->prev = year - 1;
    }
    return r;
}

/* ---- choosing ---- */

typedef struct {
    const rp_model *m;
    rp_findings *out;
    unsigned done;        /* kinds already chosen (bit per rp_find_kind) */
    int failed;
} chooser;

static rp_finding *add(chooser *c, rp_find_kind kind, size_t item)
{
    rp_findings *f = c->out;
    rp_finding *p = realloc(f->f, (f->n + 1) * sizeof *p);
    if (!p) {
        c->failed = 1;
        return NULL;
    }
    f->f = p;
    p = &f->f[f->n++];
    memset(p, 0, sizeof *p);
    p->kind = kind;
    p->item = item;
    return p;
}

static void push(chooser *c, rp_finding *f, size_t v)
{
    size_t *p = f ? realloc(f->list, (f->nlist + 1) * sizeof *p) : NULL;
    if (!p) {
        c->failed = 1;
        return;
    }
    f->list = p;
    f->list[f->nlist++] = v;
}

/* The headline of indicator i: its latest value and the change to it. */
static void headline(chooser *c, size_t i)
{
    const rp_series *s = &c->m->series[i];
    int last = s->n ? rp_series_latest(s) : 0;
    if (!last)
        return;
    rp_finding *f = add(c, RP_FIND_HEADLINE, i);
    if (!f)
        return;
    f->year = last;
    f->stale = last < c->out->year;
    rp_series_yoy(s, last, c->m->level, &f->yoy);
}

static void estimate(chooser *c, size_t k)
{
    const rp_estimate *e = c->m->estimates[k];
    size_t n = e && e->nrows > 1 ? e->nrows - 1 : e ? e->nrows : 0;
    for (size_t i = n; i-- > 0;)
        if (e->row[i].publish == RP_EST_SHOWN) {
            rp_finding *f = add(c, RP_FIND_ESTIMATE, k);
            if (f)
                f->year = atoi(e->row[i].stratum);
            return;
        }
}

static int named(const rp_monitor *mon, const char *name, int dropped)
{
    for (size_t i = 0; i < mon->nfindings; i++)
        if (mon->findings_drop[i] == dropped && !strcmp(mon->findings[i], name))
            return 1;
    return 0;
}

static int pinned_indicator(const rp_monitor *mon)
{
    for (size_t i = 0; i < mon->nfindings; i++)
        if (!mon->findings_drop[i] && rp_monitor_indicator(mon, mon->findings[i]))
            return 1;
    return 0;
}

static int already(const rp_findings *f, rp_find_kind kind, size_t item)
{
    for (size_t i = 0; i < f->n; i++)
        if (f->f[i].kind == kind && f->f[i].item == item)
            return 1;
    return 0;
}

/* Significant changes of the monitor's year among indicators not yet a headline, smallest p
 * first, at most three. */
static void changes(chooser *c)
{
    const rp_model *m = c->m;
    size_t ni = m->p->m->nindicators, start = c->out->n;
    for (size_t i = 0; i < ni; i++) {
        rp_yoy y;
        if (!m->series[i].n || already(c->out, RP_FIND_HEADLINE, i) ||
            named(m->p->m, m->series[i].def->id, 1) ||
            rp_series_yoy(&m->series[i], c->out->year, m->level, &y) || !(y.p < 1 - m->level))
            continue;
        rp_finding *f = add(c, RP_FIND_CHANGE, i);
        if (!f)
            return;
        f->year = y.year;
        f->yoy = y;
    }
    rp_finding *a = c->out->f + start;
    size_t n = c->out->n - start;
    for (size_t i = 1; i < n; i++) /* few: an insertion sort keeps ties in monitor order */
        for (size_t j = i; j > 0 && a[j].yoy.p < a[j - 1].yoy.p; j--) {
            rp_finding t = a[j];
            a[j] = a[j - 1];
            a[j - 1] = t;
        }
    c->out->n = start + (n > 3 ? 3 : n);
}

static void lists(chooser *c, rp_find_kind kind)
{
    const rp_model *m = c->m;
    const rp_monitor *mon = m->p->m;
    rp_finding *f = NULL;
    size_t n = kind == RP_FIND_TARGETS ? mon->ntargets : mon->nindicators;
    for (size_t i = 0; i < n; i++) {
        int take = 0;
        if (kind == RP_FIND_TARGETS) {
            rp_category cat = m->assessed[i] ? m->targets[i].category : RP_CAT_NOT_ASSESSABLE;
            take = cat == RP_CAT_MOVING_AWAY || cat == RP_CAT_INSUFFICIENT ||
                   cat == RP_CAT_NOT_ACHIEVED;
        } else if (m->series[i].n) {
            const rp_series *s = &m->series[i];
            int last = rp_series_latest(s), first = 0;
            for (size_t k = 0; k < s->n && !first; k++)
                if (s->pts[k].present && s->pts[k].estimable)
                    first = s->pts[k].year;
            const rp_point *p = last ? rp_series_at(s, last) : NULL;
            take = kind == RP_FIND_TRENDS ? s->marker.mark > RP_MARK_NO_CHANGE
                   : kind == RP_FIND_NEW ? last == c->out->year && first == last
                   : p && last == c->out->year && (p->flags & (RP_FLAG_P | RP_FLAG_E));
        }
        if (take && !f && !(f = add(c, kind, 0)))
            return;
        if (take)
            push(c, f, i);
    }
}

static void regions(chooser *c)
{
    const rp_regional *r = c->m->regional;
    rp_finding *f = NULL;
    for (size_t i = 0; r && i < r->k; i++)
        if (!r->rows[i].hidden && r->rows[i].s.signal) {
            if (!f && !(f = add(c, RP_FIND_REGIONS, 0)))
                return;
            push(c, f, i);
        }
    if (f)
        f->year = r->year;
}

/* One kind of finding, or the headline of an indicator, or an estimate, by its name. */
static void by_name(chooser *c, const char *name)
{
    const rp_model *m = c->m;
    const rp_monitor *mon = m->p->m;
    int i = rp_project_indicator(m->p, name);
    if (i >= 0) {
        if (!already(c->out, RP_FIND_HEADLINE, (size_t)i))
            headline(c, (size_t)i);
        return;
    }
    for (size_t k = 0; k < mon->nestimates; k++)
        if (!strcmp(mon->estimates[k].id, name) && !already(c->out, RP_FIND_ESTIMATE, k))
            estimate(c, k);
    static const rp_find_kind kinds[] = {RP_FIND_RECID, RP_FIND_REGIONS, RP_FIND_CHANGE,
                                         RP_FIND_TRENDS, RP_FIND_TARGETS, RP_FIND_NEW,
                                         RP_FIND_PROVISIONAL};
    for (size_t k = 0; rp_finding_kinds[k]; k++) {
        if (strcmp(rp_finding_kinds[k], name) || (c->done & (1u << kinds[k])))
            continue;
        c->done |= 1u << kinds[k];
        if (kinds[k] == RP_FIND_RECID && (m->recid || m->recid_pub))
            add(c, RP_FIND_RECID, 0);
        else if (kinds[k] == RP_FIND_REGIONS)
            regions(c);
        else if (kinds[k] == RP_FIND_CHANGE)
            changes(c);
        else if (kinds[k] != RP_FIND_RECID)
            lists(c, kinds[k]);
    }
}

rp_findings *rp_findings_build(const rp_model *m)
{
    const rp_monitor *mon = m->p->m;
    rp_findings *out = calloc(1, sizeof *out);
    if (!out)
        return NULL;
    out->year = m->last_year && m->last_year < m->p->year_max ? m->last_year : m->p->year_max;
    chooser c = {m, out, 0, 0};
    for (size_t i = 0; i < mon->nfindings; i++) /* pinned, in their order */
        if (!mon->findings_drop[i])
            by_name(&c, mon->findings[i]);
    /* then the default order, without what is dropped: the first indicator is the headline
     * unless others were pinned */
    if (!pinned_indicator(mon) && mon->nindicators && !named(mon, mon->indicators[0].id, 1))
        by_name(&c, mon->indicators[0].id);
    for (size_t k = 0; k < mon->nestimates; k++)
        if (!named(mon, mon->estimates[k].id, 1))
            by_name(&c, mon->estimates[k].id);
    for (size_t k = 0; rp_finding_kinds[k]; k++)
        if (!named(mon, rp_finding_kinds[k], 1))
            by_name(&c, rp_finding_kinds[k]);
    if (c.failed) {
        rp_findings_free(out);
        return NULL;
    }
    return out;
}

void rp_findings_free(rp_findings *f)
{
    if (!f)
        return;
    for (size_t i = 0; i < f->n; i++)
        free(f->f[i].list);
    free(f->f);
    free(f);
}
