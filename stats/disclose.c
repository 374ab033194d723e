/* The model's disclosure step: breakdowns by category and the margins across indicators. */
#include "stats/disclose.h"
#include "stats/disclosure.h"
#include "stats/interval.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void rp_breakdown_clear(rp_breakdown *b)
{
    if (!b)
        return;
    free(b->num);
    free(b->den);
    free(b->value);
    free(b->lo);
    free(b->hi);
    free(b->hide);
    free(b->label);
    memset(b, 0, sizeof *b);
}

void rp_breakdown_wipe(rp_breakdown *b)
{
    for (size_t i = 0; i < b->ncats * b->ny; i++)
        if (b->hide[i])
            b->num[i] = b->den[i] = b->value[i] = b->lo[i] = b->hi[i] = NAN;
}

size_t rp_breakdown_cell(const rp_breakdown *b, size_t k, int year, int *inside)
{
    *inside = b->ncats && k < b->ncats && year >= b->year_min &&
              year < b->year_min + (int)b->ny;
    return *inside ? k * b->ny + (size_t)(year - b->year_min) : 0;
}

/* The small cells of one year: a count (or a share's numerator, denominator or their
 * difference) from 1 to below-1. Second cells are the publication's to choose
 * (stats/publication.h), across every margin of the run at once. */
static void primary(double *const *v, size_t nv, size_t n, int below, unsigned char *hide)
{
    for (size_t k = 0; k < n; k++) {
        hide[k] = RP_SHOWN;
        for (size_t a = 0; a < nv; a++)
            if (rp_small(v[a][k], below))
                hide[k] = RP_HIDE_SMALL;
    }
}

static int alloc_cells(rp_breakdown *b, size_t n)
{
    b->num = malloc(n * sizeof *b->num);
    b->den = malloc(n * sizeof *b->den);
    b->value = malloc(n * sizeof *b->value);
    b->lo = malloc(n * sizeof *b->lo);
    b->hi = malloc(n * sizeof *b->hi);
    b->hide = calloc(n, 1);
    b->label = calloc(b->ncats ? b->ncats : 1, sizeof *b->label);
    return b->label && b->num && b->den && b->value && b->lo && b->hi && b->hide;
}

/* One cell's value and interval; NaN throughout when hidden or the year has no rows. */
static void fill(rp_breakdown *b, size_t i, const rp_cell *c, int present, double level)
{
    rp_ci ci;
    int ok = present && !b->hide[i] &&
             (b->share ? rp_ci_proportion(c->num, c->den, level, RP_CI_WILSON, &ci)
                       : rp_ci_count(c->num, level, RP_CI_AUTO, &ci)) == RP_OK;
    b->num[i] = present && !b->hide[i] ? c->num : NAN;
    b->den[i] = present && !b->hide[i] && b->share ? c->den : NAN;
    b->value[i] = ok ? ci.estimate : NAN;
    b->lo[i] = ok ? ci.lo : NAN;
    b->hi[i] = ok ? ci.hi : NAN;
}

int rp_breakdown_build(const rp_indicator_data *d, int last_year, double level, int below,
                       rp_breakdown *b)
{
    memset(b, 0, sizeof *b);
    rp_measure m = d ? d->def->measure : RP_MEASURE_COUNT;
    if (!d || !d->by || !d->ncats || !d->year_min ||
        (m != RP_MEASURE_COUNT && m != RP_MEASURE_SHARE))
        return RP_EDATA;
    b->ncats = d->ncats;
    int end = last_year && last_year < d->year_max ? last_year : d->year_max;
    if (end < d->year_min)
        return RP_EDATA;
    b->ny = (size_t)(end - d->year_min + 1);
    b->year_min = d->year_min;
    b->cats = d->cats;
    b->present = d->present;
    b->share = m == RP_MEASURE_SHARE;
    size_t n = b->ncats;
    double *v = malloc(3 * n * sizeof *v);
    unsigned char *hide = malloc(n);
    int ok = v && hide && alloc_cells(b, n * b->ny);
    for (size_t k = 0; ok && k < n; k++)
        b->label[k] = rp_indicator_label(d->def, d->cats[k]);
    size_t dny = (size_t)(d->year_max - d->year_min + 1); /* the data's years, maybe more */
    for (size_t y = 0; ok && y < b->ny; y++) {
        for (size_t k = 0; k < n; k++) {
            const rp_cell *c = &d->by[k * dny + y];
            v[k] = c->num;
            v[n + k] = b->share ? c->den : 0;
            v[2 * n + k] = b->share ? c->den - c->num : 0;
        }
        double *vs[3] = {v, v + n, v + 2 * n};
        primary(vs, b->share ? 3 : 1, n, below, hide);
        for (size_t k = 0; k < n; k++) {
            size_t i = k * b->ny + y;
            const rp_cell *c = &d->by[k * dny + y];
            /* a counts file that has no row for a category in a year did not report it; an
             * empty count is not known either */
            int present = d->present[y] && !rp_cell_missing(d, c);
            b->hide[i] = present ? hide[k] : RP_SHOWN;
            fill(b, i, c, present, level);
        }
    }
    free(v);
    free(hide);
    if (!ok) {
        rp_breakdown_clear(b);
        return RP_ENOMEM;
    }
    return RP_OK;
}

/* Whether indicator j publishes sums over the categories of breakdown b (of indicator i,
 * a count over all rows of the same dataset): its filters read only the breakdown column. */
static int sums_over(const rp_indicator_def *bi, const rp_indicator_def *j, const rp_breakdown *b)
{
    if (j == bi || j->measure == RP_MEASURE_RECIDIVISM || strcasecmp(j->dataset, bi->dataset) ||
        (!j->where && !j->denominator))
        return 0;
    for (size_t k = 0; k < b->ncats; k++)
        if (rp_filter_match_only(j->where, bi->by, b->cats[k], 0) < 0 ||
            rp_filter_match_only(j->denominator, bi->by, b->cats[k], 0) < 0)
            return 0;
    return 1;
}

static size_t mark_partial(const rp_indicator_def *bi, const rp_breakdown *b, rp_series *s)
{
    size_t n = b->ncats, marked = 0;
    unsigned char *in = malloc(n ? n : 1), *den = malloc(n ? n : 1), *hide = malloc(n ? n : 1);
    for (size_t k = 0; in && den && hide && k < n; k++) {
        in[k] = rp_filter_match_only(s->def->where, bi->by, b->cats[k], 0) == 1;
        den[k] = rp_filter_match_only(s->def->denominator, bi->by, b->cats[k], 0) == 1;
    }
    for (size_t t = 0; in && den && hide && t < s->n; t++) {
        rp_point *pt = &s->pts[t];
        int inside;
        for (size_t k = 0; k < n; k++) {
            size_t i = rp_breakdown_cell(b, k, pt->year, &inside);
            hide[k] = inside ? b->hide[i] : RP_SHOWN;
        }
        int leaks = rp_margin_leaks(hide, in, n) ||
                    (s->def->measure == RP_MEASURE_SHARE && rp_margin_leaks(hide, den, n));
        if (leaks && pt->present && !pt->suppressed) {
            pt->suppressed = RP_HIDE_SECOND;
            marked++;
        }
    }
    free(in);
    free(den);
    free(hide);
    return marked;
}

size_t rp_disclose_margins(const rp_project *p, const rp_breakdown *by, rp_series *series)
{
    size_t marked = 0;
    for (size_t i = 0; i < p->m->nindicators; i++) {
        const rp_indicator_def *bi = &p->m->indicators[i];
        if (!by[i].ncats || by[i].share || bi->where)
            continue;
        for (size_t j = 0; j < p->m->nindicators; j++)
            if (series[j].n && sums_over(bi, series[j].def, &by[i]))
                marked += mark_partial(bi, &by[i], &series[j]);
    }
    return marked;
}

/* 1 when a row of region `code` passes f, 0 when not, -1 when f reads another column. */
static int region_match(const rp_filter *f, const char *code)
{
    int r = rp_filter_match_only(f, "regio", code, 0);
    return r >= 0 ? r : rp_filter_match_only(f, "region", code, 0);
}

static void mark_regions(const rp_project *p, const rp_regional *reg, rp_series *s, int base,
                         unsigned char *hide, unsigned char *in)
{
    size_t n = base ? reg->k : reg->k + reg->nleft;
    for (size_t i = 0; i < n; i++) {
        size_t idx = i < reg->k ? reg->rows[i].region : reg->left_out[i - reg->k];
        hide[i] = i < reg->k ? (base ? reg->rows[i].base_hidden : reg->rows[i].hidden)
                             : reg->left_out_hidden[i - reg->k];
        in[i] = region_match(s->def->where, p->regions->r[idx].code) == 1;
    }
    rp_point *pt = (rp_point *)rp_series_at(s, base ? reg->baseline : reg->year);
    if (pt && pt->present && !pt->suppressed && rp_margin_leaks(hide, in, n))
        pt->suppressed = RP_HIDE_SECOND;
}

size_t rp_disclose_regions(const rp_project *p, const rp_regional *reg, rp_series *series)
{
    const rp_indicator_def *ri = &p->m->indicators[reg->indicator];
    size_t n = reg->k + reg->nleft, marked = 0;
    unsigned char *hide = malloc(n ? n : 1), *in = malloc(n ? n : 1);
    for (size_t j = 0; hide && in && !ri->where && j < p->m->nindicators; j++) {
        rp_series *s = &series[j];
        if (!s->n || (size_t)reg->indicator == j || s->def->measure == RP_MEASURE_RECIDIVISM ||
            strcasecmp(s->def->dataset, ri->dataset) || !s->def->where || s->def->denominator)
            continue;
        int reads_region = 1;
        for (size_t i = 0; i < p->regions->n && reads_region; i++)
            reads_region = region_match(s->def->where, p->regions->r[i].code) >= 0;
        if (!reads_region)
            continue;
        for (int base = 0; base <= 1; base++) {
            const rp_point *before = rp_series_at(s, base ? reg->baseline : reg->year);
            int was = before ? before->suppressed : 1;
            mark_regions(p, reg, s, base, hide, in);
            marked += before && !was && before->suppressed;
        }
    }
    free(hide);
    free(in);
    return marked;
}

/* Whether a partition hides anything at horizon j (j == nat: the group sizes). */
static int hides(const rp_recid_result *r, size_t j)
{
    for (size_t g = 0; g < r->ngroups; g++) {
        const rp_recid_row *w = &r->rows[g * r->nat + (j < r->nat ? j : 0)];
        if (w->group_small || w->n_withheld || (j < r->nat && w->withheld))
            return 1;
    }
    return 0;
}

/* Hides the smallest cell of r at horizon j (j == nat: the smallest group). */
static size_t hide_smallest(rp_recid_result *r, size_t j)
{
    size_t best = r->ngroups;
    for (size_t g = 0; g < r->ngroups; g++) {
        const rp_recid_row *w = &r->rows[g * r->nat + (j < r->nat ? j : 0)];
        double v = j < r->nat ? (double)w->p.events : (double)w->n;
        if (w->group_small || (j < r->nat && !w->p.estimable) || !(v > 0))
            continue;
        const rp_recid_row *b = best < r->ngroups ? &r->rows[best * r->nat + (j < r->nat ? j : 0)]
                                                  : NULL;
        if (!b || v < (j < r->nat ? (double)b->p.events : (double)b->n))
            best = g;
    }
    if (best == r->ngroups)
        return 0;
    for (size_t k = 0; k < r->nat; k++) {
        rp_recid_row *w = &r->rows[best * r->nat + k];
        if (j == r->nat)
            w->n_withheld = 1;
        if (j == r->nat || k == j)
            w->withheld = 1;
    }
    return 1;
}

size_t rp_disclose_recid(rp_recid_result *a, rp_recid_result *b)
{
    if (!a || !b || a->nat != b->nat)
        return 0;
    size_t hidden = 0;
    for (size_t j = 0; j <= a->nat; j++) {
        int ha = hides(a, j), hb = hides(b, j);
        if (ha && !hb)
            hidden += hide_smallest(b, j);
        else if (hb && !ha)
            hidden += hide_smallest(a, j);
    }
    return hidden;
}

void rp_disclose_recid_series(const rp_recid_result *cohorts, const double *at, rp_series *s)
{
    for (size_t j = 0; cohorts && j < cohorts->nat; j++) {
        if (at[j] != s->def->years)
            continue;
        for (size_t g = 0; g < cohorts->ngroups; g++) {
            const rp_recid_row *w = &cohorts->rows[g * cohorts->nat + j];
            rp_point *pt = (rp_point *)rp_series_at(s, atoi(w->group));
            if (pt && pt->present && !pt->suppressed && (w->withheld || w->n_withheld))
                pt->suppressed = RP_HIDE_SECOND;
        }
    }
}
