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

void rp_disclose_recid_series(const rp_recid_result *cohorts, const double *at, rp_series *s)
{
    for (size_t j = 0; cohorts && j < cohorts->nat; j++) {
        if (at[j] != s->def->years)
            continue;
        for (size_t g = 0; g < cohorts->ngroups; g++) {
            const rp_recid_row *w = &cohorts->rows[g * cohorts->nat + j];
            rp_point *pt = (rp_point *)rp_series_at(s, atoi(w->group));
            int mk = w->n_mark > w->events_mark ? w->n_mark : w->events_mark;
            if (pt && pt->present && !pt->suppressed && (mk || w->at_risk_mark))
                pt->suppressed = mk ? mk : w->at_risk_mark;
        }
    }
}
