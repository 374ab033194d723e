/* Loads and checks a recidivism file: one row per person, dates turned into years at risk. */
#include "datasets/recid.h"
#include "base/buf.h"
#include "datasets/csvfile.h"
#include "base/hash.h"
#include "base/value.h"

#include <stdlib.h>
#include <string.h>

enum { C_ID, C_COHORT, C_START, C_EVENT, C_END, C_DETAINED, NFIXED };
static const char *const fixed_names[NFIXED] = {"id", "cohort", "start", "event", "end",
                                                "detained_days"};

typedef struct {
    rp_recid *r;
    rp_csv *c;
    rp_diag *diag;
    int col[NFIXED];
    int *gcol;               /* csv column of each grouping column */
    rp_hash **gvals;
    rp_hash *ids;
    long *id_line;           /* by index in ids */
    size_t cap, cap_ids;
} loader;

#define CELL_ERR(L, row, k, ...)                                                              \
    rp_diag_error((L)->diag, (L)->r->name, (row)->fline[(L)->col[k]], (L)->col[k] + 1,      \
                  __VA_ARGS__)

static int grow(loader *L)
{
    rp_recid *r = L->r;
    if (r->n < L->cap)
        return 0;
    size_t cap = L->cap ? 2 * L->cap : 256;
    int *co = realloc(r->cohort, cap * sizeof *co);
    if (co) r->cohort = co;
    double *t = realloc(r->time, cap * sizeof *t);
    if (t) r->time = t;
    unsigned char *e = realloc(r->event, cap);
    if (e) r->event = e;
    size_t *v = realloc(r->val, cap * (r->ncols ? r->ncols : 1) * sizeof *v);
    if (v) r->val = v;
    long *s0 = realloc(r->start, cap * sizeof *s0);
    if (s0) r->start = s0;
    long *s1 = realloc(r->stop, cap * sizeof *s1);
    if (s1) r->stop = s1;
    double *dd = realloc(r->detained, cap * sizeof *dd);
    if (dd) r->detained = dd;
    if (!co || !t || !e || !v || !s0 || !s1 || !dd)
        return -1;
    L->cap = cap;
    return 0;
}

static int date_cell(loader *L, const rp_csv_row *row, int k, long *days)
{
    const char *s = row->f[L->col[k]];
    if (rp_parse_date(s, days) == 0)
        return 0;
    CELL_ERR(L, row, k, "%s \"%s\" is not a valid date; expected YYYY-MM-DD or DD-MM-YYYY",
             fixed_names[k], s);
    return -1;
}

static int check_id(loader *L, const rp_csv_row *row)
{
    const char *id = row->f[L->col[C_ID]];
    if (!*id) {
        CELL_ERR(L, row, C_ID, "id is empty; expected a unique id per person");
        return -1;
    }
    int added;
    size_t i = rp_hash_put(L->ids, id, strlen(id), &added);
    if (i == (size_t)-1)
        return -1;
    if (!added) {
        CELL_ERR(L, row, C_ID, "id \"%s\" appears again (first on line %ld); expected one row "
                 "per person", id, L->id_line[i]);
        return -1;
    }
    if (i >= L->cap_ids) {
        size_t cap = L->cap_ids ? 2 * L->cap_ids : 256;
        long *p = realloc(L->id_line, cap * sizeof *p);
        if (!p)
            return -1;
        L->id_line = p;
        L->cap_ids = cap;
    }
    L->id_line[i] = row->line;
    return 0;
}

/* Checks one person's dates and returns the years at risk, or -1 after reporting; the dates
 * themselves go to span (start, stop, detained days). */
static double time_at_risk(loader *L, const rp_csv_row *row, int *event, double span[3])
{
    long start, end, ev = 0, detained = 0;
    int bad = date_cell(L, row, C_START, &start) | date_cell(L, row, C_END, &end);
    const char *es = row->f[L->col[C_EVENT]];
    *event = *es != '\0';
    if (*event)
        bad |= date_cell(L, row, C_EVENT, &ev);
    if (bad)
        return -1;
    if (end < start) {
        CELL_ERR(L, row, C_END, "end %s is before start %s; expected the end of observation "
                 "on or after the start", row->f[L->col[C_END]], row->f[L->col[C_START]]);
        return -1;
    }
    if (*event && ev < start) {
        CELL_ERR(L, row, C_EVENT, "event %s is before start %s; expected a new offence on or "
                 "after the first day at risk", es, row->f[L->col[C_START]]);
        return -1;
    }
    if (*event && ev > end) {
        CELL_ERR(L, row, C_EVENT, "event %s is after end %s; expected it within the "
                 "observation", es, row->f[L->col[C_END]]);
        return -1;
    }
    long stop = *event ? ev : end;
    if (L->col[C_DETAINED] >= 0 && *row->f[L->col[C_DETAINED]]) {
        const char *ds = row->f[L->col[C_DETAINED]];
        if (rp_parse_long(ds, &detained) || detained < 0) {
            CELL_ERR(L, row, C_DETAINED, "detained_days \"%s\" is not a whole number of 0 or "
                     "more; expected days in detention (or empty)", ds);
            return -1;
        }
        if (detained > stop - start) {
            CELL_ERR(L, row, C_DETAINED, "detained_days %ld is longer than the %ld days of "
                     "follow-up; expected at most the days from start to %s", detained,
                     stop - start,
                     rp_diag_text(L->diag, *event ? "the event" : "end"));
            return -1;
        }
    }
    span[0] = (double)start;
    span[1] = (double)stop;
    span[2] = (double)detained;
    return (double)(stop - start - detained) / RP_DAYS_PER_YEAR;
}

static void read_person(loader *L, const rp_csv_row *row)
{
    long cohort;
    const char *cs = row->f[L->col[C_COHORT]];
    int bad = check_id(L, row);
    if (rp_parse_long(cs, &cohort) || cohort < 1900 || cohort > 2100) {
        CELL_ERR(L, row, C_COHORT, "cohort \"%s\" is not a year; expected a year from 1900 to "
                 "2100", cs);
        bad = 1;
    }
    int event;
    double span[3];
    double t = time_at_risk(L, row, &event, span);
    if (bad || t < 0 || grow(L))
        return;
    rp_recid *r = L->r;
    for (size_t g = 0; g < r->ncols; g++) {
        const char *v = row->f[L->gcol[g]];
        size_t k = rp_hash_put(L->gvals[g], v, strlen(v), NULL);
        if (k == (size_t)-1)
            return;
        r->val[r->n * r->ncols + g] = k;
    }
    r->cohort[r->n] = (int)cohort;
    r->time[r->n] = t;
    r->event[r->n] = (unsigned char)event;
    r->start[r->n] = (long)span[0];
    r->stop[r->n] = (long)span[1];
    r->detained[r->n] = span[2];
    r->n++;
}

static int setup(loader *L)
{
    rp_recid *r = L->r;
    int ok = 0;
    for (int k = 0; k < NFIXED; k++) {
        L->col[k] = rp_csv_find(L->c, fixed_names[k]);
        if (L->col[k] < 0 && k != C_DETAINED) {
            rp_diag_error(L->diag, r->name, rp_csv_header_line(L->c), 0,
                          "no column %s; expected one row per person (id, cohort, start, "
                          "event, end, and optionally detained_days), or published figures "
                          "(cohort;years;prevalence;n, in Dutch cohort;jaren;prevalentie;n)",
                          fixed_names[k]);
            ok = -1;
        }
    }
    size_t nc = rp_csv_ncols(L->c);
    L->gcol = calloc(nc, sizeof *L->gcol);
    r->colnames = calloc(nc, sizeof *r->colnames);
    L->gvals = calloc(nc, sizeof *L->gvals);
    L->ids = rp_hash_new();
    if (!L->gcol || !r->colnames || !L->gvals || !L->ids)
        return -1;
    for (size_t i = 0; i < nc; i++) {
        int fixed = 0;
        for (int k = 0; k < NFIXED; k++)
            fixed |= L->col[k] == (int)i && k != C_COHORT;
        if (fixed)
            continue;
        L->gcol[r->ncols] = (int)i;
        r->colnames[r->ncols] = rp_strdup(rp_csv_colname(L->c, i));
        if (!(L->gvals[r->ncols] = rp_hash_new()))
            return -1;
        r->ncols++;
    }
    return ok;
}

static int finish(loader *L)
{
    rp_recid *r = L->r;
    r->values = calloc(r->ncols ? r->ncols : 1, sizeof *r->values);
    r->nvalues = calloc(r->ncols ? r->ncols : 1, sizeof *r->nvalues);
    if (!r->values || !r->nvalues)
        return -1;
    for (size_t g = 0; g < r->ncols; g++) {
        size_t n = rp_hash_count(L->gvals[g]);
        r->values[g] = calloc(n ? n : 1, sizeof(char *));
        if (!r->values[g])
            return -1;
        r->nvalues[g] = n;
        for (size_t k = 0; k < n; k++)
            r->values[g][k] = rp_strdup(rp_hash_key(L->gvals[g], k, NULL));
    }
    return 0;
}

rp_recid *rp_recid_load(const char *path, const char *name, char decimal, rp_diag *diag)
{
    if (!name)
        name = path;
    return rp_recid_read(rp_csv_open(path, name, decimal, diag), name, diag);
}

rp_recid *rp_recid_read(rp_csv *c, const char *name, rp_diag *diag)
{
    loader L = {0};
    L.diag = diag;
    L.c = c;
    size_t before = rp_diag_errors(diag);
    L.r = calloc(1, sizeof *L.r);
    if (!L.r) {
        rp_csv_close(c);
        return NULL;
    }
    L.r->name = rp_strdup(name);
    int ok = L.c ? setup(&L) : -1;
    rp_csv_row row;
    while (ok == 0 && rp_csv_next(L.c, &row) > 0)
        if (!row.bad)
            read_person(&L, &row);
    if (ok == 0 && L.r->n == 0 && rp_diag_errors(diag) == before) {
        rp_diag_error(diag, L.r->name, 0, 0, "no rows; expected one row per person");
        ok = -1;
    }
    if (ok == 0)
        ok = finish(&L);
    for (size_t g = 0; L.gvals && g < L.r->ncols; g++)
        rp_hash_free(L.gvals[g]);
    free(L.gvals);
    free(L.gcol);
    rp_hash_free(L.ids);
    free(L.id_line);
    rp_csv_close(L.c);
    if (ok != 0 || rp_diag_errors(diag) > before) {
        rp_recid_free(L.r);
        return NULL;
    }
    return L.r;
}

void rp_recid_free(rp_recid *r)
{
    if (!r)
        return;
    for (size_t g = 0; g < r->ncols; g++) {
        for (size_t k = 0; r->values && r->values[g] && r->nvalues && k < r->nvalues[g]; k++)
            free(r->values[g][k]);
        if (r->values)
            free(r->values[g]);
        if (r->colnames)
            free(r->colnames[g]);
    }
    free(r->values);
    free(r->nvalues);
    free(r->colnames);
    free(r->cohort);
    free(r->time);
    free(r->event);
    free(r->start);
    free(r->stop);
    free(r->detained);
    free(r->val);
    free(r->name);
    free(r);
}

/* The grouping columns of r and those of their values that the kept people hold, copied, with
 * every kept person's value renumbered: a group of nobody would be a row of zeros. */
static int copy_groups(rp_recid *c, const rp_recid *r)
{
    size_t ng = r->ncols ? r->ncols : 1;
    c->ncols = r->ncols;
    c->colnames = calloc(ng, sizeof *c->colnames);
    c->values = calloc(ng, sizeof *c->values);
    c->nvalues = calloc(ng, sizeof *c->nvalues);
    if (!c->colnames || !c->values || !c->nvalues)
        return -1;
    for (size_t g = 0; g < r->ncols; g++) {
        size_t nv = r->nvalues[g] ? r->nvalues[g] : 1, *map = malloc(nv * sizeof *map);
        c->colnames[g] = rp_strdup(r->colnames[g]);
        c->values[g] = calloc(nv, sizeof(char *));
        if (!map || !c->colnames[g] || !c->values[g]) {
            free(map);
            return -1;
        }
        for (size_t k = 0; k < r->nvalues[g]; k++)
            map[k] = (size_t)-1;
        for (size_t i = 0; i < c->n; i++) {
            size_t *v = &c->val[i * c->ncols + g];
            if (map[*v] == (size_t)-1) {
                map[*v] = c->nvalues[g];
                if (!(c->values[g][c->nvalues[g]++] = rp_strdup(r->values[g][*v]))) {
                    free(map);
                    return -1;
                }
            }
            *v = map[*v];
        }
        free(map);
    }
    return 0;
}

rp_recid *rp_recid_until(const rp_recid *r, long cutoff)
{
    rp_recid *c = calloc(1, sizeof *c);
    size_t n = r->n ? r->n : 1, ng = r->ncols ? r->ncols : 1;
    if (!c || !(c->name = rp_strdup(r->name)) ||
        !(c->cohort = malloc(n * sizeof *c->cohort)) || !(c->time = malloc(n * sizeof *c->time)) ||
        !(c->event = malloc(n)) || !(c->start = malloc(n * sizeof *c->start)) ||
        !(c->stop = malloc(n * sizeof *c->stop)) ||
        !(c->detained = malloc(n * sizeof *c->detained)) ||
        !(c->val = malloc(n * ng * sizeof *c->val))) {
        rp_recid_free(c);
        return NULL;
    }
    c->ncols = r->ncols;
    for (size_t i = 0; i < r->n; i++) {
        if (r->start[i] > cutoff)
            continue;
        size_t j = c->n++;
        long stop = r->stop[i] < cutoff ? r->stop[i] : cutoff;
        double days = (double)(r->stop[i] - r->start[i]);
        double det = days > 0 ? r->detained[i] * (double)(stop - r->start[i]) / days : 0;
        c->cohort[j] = r->cohort[i];
        c->start[j] = r->start[i];
        c->stop[j] = stop;
        c->detained[j] = det;
        c->event[j] = r->event[i] && r->stop[i] <= cutoff;
        c->time[j] = ((double)(stop - r->start[i]) - det) / RP_DAYS_PER_YEAR;
        memcpy(c->val + j * r->ncols, r->val + i * r->ncols, r->ncols * sizeof *c->val);
    }
    if (copy_groups(c, r)) {
        rp_recid_free(c);
        return NULL;
    }
    return c;
}

int rp_recid_col(const rp_recid *r, const char *name)
{
    for (size_t g = 0; g < r->ncols; g++)
        if (rp_strieq(r->colnames[g], name))
            return (int)g;
    return -1;
}
