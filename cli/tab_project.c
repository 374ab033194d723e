/* tabulate on a project: the report's own cells when a query asks for what the report
 * publishes, else every count perturbed by its cell key, so that no two queries set side by
 * side give a count back exactly. */
#include "cli/tab_project.h"
#include "cli/common.h"
#include "cli/tab_nest.h"
#include "base/value.h"
#include "stats/cellkey.h"
#include "stats/disclosure.h"
#include "stats/model.h"
#include "stats/publication.h"
#include "stats/regional.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void rp_tabq_free(rp_tabq *q)
{
    if (!q)
        return;
    rp_tab_free(q->t);
    free(q->hide);
    free(q->exact);
    free(q);
}

/* The text without its spaces, for comparing filters as written. */
static int same_filter(const char *a, const char *b)
{
    a = a ? a : "";
    b = b ? b : "";
    for (;;) {
        while (isspace((unsigned char)*a))
            a++;
        while (isspace((unsigned char)*b))
            b++;
        if (*a != *b)
            return 0;
        if (!*a)
            return 1;
        a++;
        b++;
    }
}

/* What a --by column is to indicator i: 0 the year, 1 the region, 2 its `by`, -1 none. */
static int role(const rp_project *p, size_t i, const char *col)
{
    const rp_indicator_def *d = &p->m->indicators[i];
    if (!strcasecmp(col, "jaar") || !strcasecmp(col, "year"))
        return 0;
    if (!strcasecmp(col, "regio") || !strcasecmp(col, "region"))
        return p->ind[i] && p->ind[i]->regions && rp_regional_usable(p, (int)i) ? 1 : -1;
    return d->by && !strcasecmp(col, d->by) ? 2 : -1;
}

/* The count indicator of dataset ds whose cells the query asks for: its filter as written,
 * the year among the columns, and besides it its `by` or the region (the tables and the
 * regional comparison the report publishes); -1 when there is none. */
static int find_view(const rp_project *p, const char *ds, char **cols, size_t n,
                     const char *where, int *roles)
{
    for (size_t i = 0; i < p->m->nindicators; i++) {
        const rp_indicator_def *d = &p->m->indicators[i];
        if (strcmp(d->dataset, ds) || d->measure != RP_MEASURE_COUNT || !p->ind[i] ||
            !same_filter(d->where_text, where) || n > 2)
            continue;
        int year = 0, other = 0;
        for (size_t k = 0; k < n; k++) {
            roles[k] = role(p, i, cols[k]);
            year += roles[k] == 0;
            other += roles[k] > 0;
        }
        if (year == 1 && other == (int)n - 1)
            return (int)i;
    }
    return -1;
}

typedef struct {
    char **key;
    size_t ncols;
    double count;
    unsigned char mark;
} vrow;

static int by_key(const void *pa, const void *pb)
{
    const vrow *a = pa, *b = pb;
    for (size_t k = 0; k < a->ncols; k++) {
        int c = rp_natural_cmp(a->key[k], b->key[k]);
        if (c)
            return c;
    }
    return 0;
}

/* One cell of the view: its key texts in the columns' order and its published mark; cells
 * no row reaches are not listed (as tabulate lists only combinations it saw). */
static int add_cell(vrow *rows, size_t *n, size_t ncols, const int *roles, int y,
                    const char *other, const rp_cell *c, int mark)
{
    if (!c || c->rows <= 0)
        return 0;
    if (mark < 0)
        return -1;
    vrow *r = &rows[(*n)++];
    r->ncols = ncols;
    r->key = calloc(ncols, sizeof *r->key);
    for (size_t k = 0; r->key && k < ncols; k++)
        r->key[k] = roles[k] == 0 ? rp_strfmt("%d", y) : rp_strdup(other);
    r->count = c->num;
    r->mark = (unsigned char)(mark > 0 ? mark : 0);
    return r->key ? 0 : -1;
}

/* The view's rows from the project's data and the publication's marks. */
static size_t view_rows(const rp_model *m, size_t i, const int *roles, size_t ncols, vrow *rows)
{
    const rp_project *p = m->p;
    const rp_indicator_data *d = p->ind[i];
    int second = ncols == 2 ? roles[roles[0] == 0] : 0;
    size_t n = 0, ny = (size_t)(d->year_max - d->year_min + 1);
    size_t inner = second == 1 ? d->nregions : second == 2 ? d->ncats : 1;
    for (size_t yi = 0; d->year_min && yi < ny; yi++) {
        int y = d->year_min + (int)yi;
        for (size_t g = 0; g < inner; g++) {
            const rp_cell *c = second == 1   ? &d->regions[g * ny + yi]
                               : second == 2 ? &d->by[g * ny + yi]
                                             : &d->years[yi];
            const char *other = second == 1   ? p->regions->r[g].code
                                : second == 2 ? d->cats[g]
                                              : "";
            int mark = rp_publication_mark(m->pub, i, y, second == 2 ? (int)g : -1,
                                           second == 1 ? (int)g : -1);
            if (add_cell(rows, &n, ncols, roles, y, other, c, mark))
                return (size_t)-1;
        }
    }
    return n;
}

/* The published cells of indicator i as a table, or NULL (memory, or a cell the publication
 * does not hold: the query is then answered as an ad-hoc one). */
static rp_tabq *view(const rp_model *m, size_t i, char **cols, const int *roles, size_t ncols)
{
    const rp_indicator_data *d = m->p->ind[i];
    size_t ny = d->year_min ? (size_t)(d->year_max - d->year_min + 1) : 0;
    size_t most = ny * (d->nregions + d->ncats + 1) + 1;
    vrow *rows = calloc(most, sizeof *rows);
    rp_tabq *q = calloc(1, sizeof *q);
    size_t n = rows && q && (q->t = calloc(1, sizeof *q->t)) ? view_rows(m, i, roles, ncols, rows)
                                                             : (size_t)-1;
    if (n != (size_t)-1 && (q->t->keys = calloc(n * ncols + 1, sizeof(char *))) &&
        (q->t->count = calloc(n + 1, sizeof(double))) && (q->hide = calloc(n + 1, 1)) &&
        (q->t->cols = calloc(ncols, sizeof(char *)))) {
        qsort(rows, n, sizeof *rows, by_key);
        q->t->n = n;
        q->t->ncols = ncols;
        for (size_t k = 0; k < ncols; k++)
            q->t->cols[k] = rp_strdup(cols[k]);
        for (size_t r = 0; r < n; r++) {
            memcpy(q->t->keys + r * ncols, rows[r].key, ncols * sizeof(char *));
            free(rows[r].key);
            rows[r].key = NULL;
            q->t->count[r] = rows[r].mark ? 0 : rows[r].count; /* nothing hidden kept */
            q->t->total += q->t->count[r];
            q->hide[r] = rows[r].mark;
        }
        q->kind = RP_TABQ_PUBLISHED;
        q->indicator = m->p->m->indicators[i].title ? m->p->m->indicators[i].title
                                                     : m->p->m->indicators[i].id;
    } else {
        rp_tabq_free(q);
        q = NULL;
    }
    for (size_t r = 0; rows && r < most; r++) {
        for (size_t k = 0; rows[r].key && k < ncols; k++)
            free(rows[r].key[k]);
        free(rows[r].key);
    }
    free(rows);
    return q;
}

/* An ad-hoc query: a cell with exactly a published cell's rows is that cell (its value and
 * mark); a cell within a small count of a published one that holds it or that it holds is
 * hidden (its perturbed value beside the exact one would give the difference back); every
 * other count, and the total, is perturbed by its cell key, and hidden below the threshold
 * (0 too: only cells with records are listed). */
static rp_tabq *perturbed(const rp_model *m, const rp_dataset_def *ds, char **cols, size_t n,
                          const char *where, rp_diag *diag)
{
    const rp_project *p = m->p;
    rp_tabq *q = calloc(1, sizeof *q);
    rp_tab_nest *nest = rp_tab_nest_new(m, ds->id);
    rp_tab_hook hook;
    if (!q || !nest) {
        free(q);
        rp_tab_nest_free(nest);
        return NULL;
    }
    rp_tab_nest_hook(nest, &hook);
    q->kind = RP_TABQ_PERTURBED;
    q->t = rp_tabulate_dataset(p->m, ds, (const char *const *)cols, n, where, p->key_bytes,
                               sizeof p->key_bytes, &hook, diag);
    int *same = q->t ? malloc((q->t->n + 1) * sizeof *same) : NULL;
    unsigned char *near = q->t ? malloc(q->t->n + 1) : NULL;
    q->exact = q->t ? calloc(q->t->n + 1, 1) : NULL;
    if (!q->t || !same || !near || !q->exact || !(q->hide = calloc(q->t->n + 1, 1))) {
        free(same);
        free(near);
        rp_tab_nest_free(nest);
        rp_tabq_free(q);
        return NULL;
    }
    rp_tab_nest_judge(nest, q->t, same, near);
    for (size_t r = 0; r < q->t->n; r++) {
        q->exact[r] = same[r] >= 0;
        if (same[r] >= 0) /* the report's own cell */
            q->hide[r] = (unsigned char)same[r];
        else if (near[r])
            q->hide[r] = RP_HIDE_SECOND;
        else {
            q->t->count[r] = rp_cellkey_perturb(q->t->count[r], q->t->ckey[r]);
            /* a listed cell has records: a perturbed 0 would say it holds one or two */
            q->hide[r] = q->t->count[r] < p->m->suppress_below ? RP_HIDE_SMALL : RP_SHOWN;
        }
        if (q->hide[r])
            q->t->count[r] = 0;
    }
    q->t->total = rp_cellkey_perturb(q->t->total, q->t->total_ckey);
    free(same);
    free(near);
    rp_tab_nest_free(nest);
    return q;
}

rp_tabq *rp_tabq_run(const rp_model *m, const char *dataset, char **cols, size_t n,
                     const char *where, rp_diag *diag, const char **why)
{
    const rp_project *p = m->p;
    const rp_dataset_def *ds = NULL;
    size_t nrec = 0;
    for (size_t k = 0; k < p->m->ndatasets; k++) {
        const rp_dataset_def *d = &p->m->datasets[k];
        int rec = d->kind != RP_KIND_RECIDIVISM && d->kind != RP_KIND_CAPTURES;
        nrec += rec;
        if (rec && (dataset ? !strcmp(d->id, dataset) : !ds))
            ds = d;
    }
    *why = !ds && dataset           ? RP_N("--dataset: no records or counts dataset of that name")
           : !ds                    ? RP_N("the project has no records or counts dataset")
           : !dataset && nrec > 1   ? RP_N("the project has several datasets: name one with "
                                           "--dataset")
                                    : NULL;
    if (*why)
        return NULL;
    int roles[64];
    int i = n <= 64 ? find_view(p, ds->id, cols, n, where, roles) : -1;
    rp_tabq *q = i >= 0 ? view(m, (size_t)i, cols, roles, n) : NULL;
    if (q)
        return q;
    if (!p->has_key) {
        *why = RP_N("an ad-hoc table of a project is perturbed with the project's key, and "
                    "this project has none: run rapporteur init --key on it (it writes "
                    "monitor.key)");
        return NULL;
    }
    *why = RP_N("out of memory");
    return perturbed(m, ds, cols, n, where, diag);
}
