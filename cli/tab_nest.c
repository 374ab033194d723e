/* Where an ad-hoc table's cell meets a published one: the same rows (the report's value and
 * mark), or rows that differ from them by a small count (hidden: its perturbed value beside
 * the exact published one would give that count back). Counted in the tabulate pass: per
 * cell, the rows it shares with each published cell of the dataset. */
#include "cli/tab_nest.h"
#include "base/hash.h"
#include "datasets/filter.h"
#include "stats/disclosure.h"
#include "stats/publication.h"
#include "stats/regional.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A published cell of the dataset: indicator i's numerator (den 0) or a share's denominator
 * (den 1) in year, overall or in one category or region (-1 for none). Its bytes are the
 * hash key, so it has no padding: zero (always 0) fills what would be the padding, whose
 * bytes an initializer leaves undefined (one cell was then counted under two keys). */
typedef struct {
    size_t group;
    int i, den, year, cat, region, zero;
} meet;
_Static_assert(sizeof(meet) == sizeof(size_t) + 6 * sizeof(int), "meet has no padding");

struct rp_tab_nest {
    const rp_model *m;
    const char *dataset;
    size_t nind;
    int *ind;                  /* the dataset's count and share indicators */
    rp_filter **where, **den;  /* theirs, bound to the table's header */
    int *by;                   /* their `by` column, or -1 */
    int region_col;
    const char **cols;         /* the columns nest_row reads (borrowed names) */
    size_t ncols;
    rp_hash *seen;             /* meet -> index into rows */
    double *rows;              /* weighted rows in common */
    size_t cap;
    int failed;
};

/* The columns nest_row reads: the indicators' filters and `by` columns, the year and the
 * region (a database groups the records by them, datasets/tabulate.h). */
static int collect_cols(rp_tab_nest *t)
{
    static const char *const fixed[] = {"jaar", "year", "regio", "region"};
    const rp_monitor *mon = t->m->p->m;
    size_t n = 4;
    for (size_t q = 0; q < t->nind; q++) {
        const rp_indicator_def *d = &mon->indicators[t->ind[q]];
        n += rp_filter_nterms(d->where) + rp_filter_nterms(d->denominator) + 1;
    }
    if (!(t->cols = malloc(n * sizeof *t->cols)))
        return -1;
    for (size_t k = 0; k < 4; k++)
        t->cols[t->ncols++] = fixed[k];
    for (size_t q = 0; q < t->nind; q++) {
        const rp_indicator_def *d = &mon->indicators[t->ind[q]];
        for (size_t k = 0; k < rp_filter_nterms(d->where); k++)
            t->cols[t->ncols++] = rp_filter_column(d->where, k);
        for (size_t k = 0; k < rp_filter_nterms(d->denominator); k++)
            t->cols[t->ncols++] = rp_filter_column(d->denominator, k);
        if (d->by)
            t->cols[t->ncols++] = d->by;
    }
    return 0;
}

rp_tab_nest *rp_tab_nest_new(const rp_model *m, const char *dataset)
{
    rp_tab_nest *t = calloc(1, sizeof *t);
    const rp_monitor *mon = m->p->m;
    if (!t || !(t->ind = calloc(mon->nindicators + 1, sizeof *t->ind)) ||
        !(t->where = calloc(mon->nindicators + 1, sizeof *t->where)) ||
        !(t->den = calloc(mon->nindicators + 1, sizeof *t->den)) ||
        !(t->by = calloc(mon->nindicators + 1, sizeof *t->by)) || !(t->seen = rp_hash_new())) {
        rp_tab_nest_free(t);
        return NULL;
    }
    t->m = m;
    t->dataset = dataset;
    for (size_t i = 0; i < mon->nindicators; i++) {
        const rp_indicator_def *d = &mon->indicators[i];
        if (!strcmp(d->dataset, dataset) && m->p->ind[i] &&
            (d->measure == RP_MEASURE_COUNT || d->measure == RP_MEASURE_SHARE ||
             d->measure == RP_MEASURE_RATE))
            t->ind[t->nind++] = (int)i;
    }
    if (collect_cols(t)) {
        rp_tab_nest_free(t);
        return NULL;
    }
    return t;
}

void rp_tab_nest_free(rp_tab_nest *t)
{
    if (!t)
        return;
    for (size_t q = 0; q < t->nind; q++) {
        rp_filter_free(t->where[q]);
        rp_filter_free(t->den[q]);
    }
    free(t->ind);
    free(t->where);
    free(t->den);
    free(t->by);
    free(t->cols);
    rp_hash_free(t->seen);
    free(t->rows);
    free(t);
}

/* The indicators' filters parsed again and bound to the table being read. */
static int nest_open(void *ctx, const rp_csv *c)
{
    rp_tab_nest *t = ctx;
    for (size_t q = 0; q < t->nind; q++) {
        const rp_indicator_def *d = &t->m->p->m->indicators[t->ind[q]];
        char *err = NULL;
        if ((d->where_text && !(t->where[q] = rp_filter_parse(d->where_text, NULL, &err))) ||
            (d->denominator_text && !(t->den[q] = rp_filter_parse(d->denominator_text, NULL, &err)))) {
            free(err);
            return -1;
        }
        if ((t->where[q] && rp_filter_bind(t->where[q], c, NULL)) ||
            (t->den[q] && rp_filter_bind(t->den[q], c, NULL)))
            return -1;
        t->by[q] = d->by ? rp_csv_find(c, d->by) : -1;
    }
    t->region_col = rp_csv_find(c, "regio") >= 0 ? rp_csv_find(c, "regio")
                                                   : rp_csv_find(c, "region");
    return 0;
}

static int add(rp_tab_nest *t, meet k, double w)
{
    int added;
    size_t h = rp_hash_put(t->seen, &k, sizeof k, &added);
    if (h == (size_t)-1)
        return -1;
    if (h >= t->cap) {
        size_t cap = t->cap ? 2 * t->cap : 256;
        double *r = realloc(t->rows, cap * sizeof *r);
        if (!r)
            return -1;
        memset(r + t->cap, 0, (cap - t->cap) * sizeof *r);
        t->rows = r;
        t->cap = cap;
    }
    t->rows[h] += w;
    return 0;
}

/* The category index of a row's `by` value in indicator i's data, or -1. */
static int category(const rp_indicator_data *d, const char *v)
{
    for (size_t c = 0; c < d->ncats; c++)
        if (!strcmp(d->cats[c], v))
            return (int)c;
    return -1;
}

static int nest_row(void *ctx, size_t group, const rp_trow *row, char dec)
{
    rp_tab_nest *t = ctx;
    const rp_project *p = t->m->p;
    int region = t->region_col >= 0 && p->regions
                     ? rp_regions_find(p->regions, row->raw.f[t->region_col]) : -1;
    for (size_t q = 0; row->year && q < t->nind; q++) {
        int i = t->ind[q];
        const rp_indicator_data *d = p->ind[i];
        if (t->den[q] && !rp_filter_match(t->den[q], &row->raw, dec))
            continue;
        int num = !t->where[q] || rp_filter_match(t->where[q], &row->raw, dec);
        int share = d->def->measure == RP_MEASURE_SHARE;
        int cat = t->by[q] >= 0 ? category(d, row->raw.f[t->by[q]]) : -1;
        int reg = region >= 0 && rp_regional_usable(p, i) ? region : -1;
        for (int part = num ? 0 : 1; part <= share; part++) {
            meet k = {group, i, part, row->year, -1, -1, 0};
            if (add(t, k, row->weight))
                return -1;
            if (cat >= 0 && (k.cat = cat) >= 0 && add(t, k, row->weight))
                return -1;
            k.cat = -1;
            if (reg >= 0 && (k.region = reg) >= 0 && add(t, k, row->weight))
                return -1;
        }
    }
    return 0;
}

void rp_tab_nest_hook(rp_tab_nest *t, rp_tab_hook *h)
{
    h->open = nest_open;
    h->row = nest_row;
    h->ctx = t;
    h->cols = t->cols;
    h->ncols = t->ncols;
}

/* The published cell's count, from the project's data. */
static double published(const rp_project *p, const meet *k)
{
    const rp_indicator_data *d = p->ind[k->i];
    if (k->year < d->year_min || k->year > d->year_max)
        return NAN;
    size_t ny = (size_t)(d->year_max - d->year_min + 1), y = (size_t)(k->year - d->year_min);
    const rp_cell *c = k->cat >= 0      ? &d->by[(size_t)k->cat * ny + y]
                       : k->region >= 0 ? &d->regions[(size_t)k->region * ny + y]
                                        : &d->years[y];
    return k->den ? c->den : c->num;
}

void rp_tab_nest_judge(const rp_tab_nest *t, const rp_tab *tab, int *same, unsigned char *near)
{
    const rp_project *p = t->m->p;
    int below = p->m->suppress_below;
    size_t *row_of = malloc((tab->n + 1) * sizeof *row_of);
    for (size_t r = 0; r < tab->n; r++) {
        same[r] = -1;
        near[r] = 0;
    }
    for (size_t r = 0; row_of && r < tab->n; r++)
        row_of[tab->group[r]] = r;
    for (size_t h = 0; row_of && h < rp_hash_count(t->seen); h++) {
        meet k;
        memcpy(&k, rp_hash_key(t->seen, h, NULL), sizeof k);
        size_t r = row_of[k.group];
        double both = t->rows[h], a = tab->count[r], pc = published(p, &k);
        int in_p = fabs(both - a) < 1e-9, in_a = fabs(both - pc) < 1e-9;
        if (in_p && in_a) { /* the same rows: the published cell itself */
            int mk = k.den ? rp_publication_den_mark(t->m->pub, (size_t)k.i, k.year, k.cat,
                                                     k.region)
                           : rp_publication_mark(t->m->pub, (size_t)k.i, k.year, k.cat, k.region);
            if (mk >= 0 && (same[r] < 0 || mk > same[r]))
                same[r] = mk;
        } else if ((in_p && pc - a >= 1 && pc - a < below) ||
                   (in_a && a - pc >= 1 && a - pc < below)) {
            near[r] = 1;
        }
    }
    free(row_of);
}
