/* The analyst's reading of a project's outputs into published counts (tests/attack_read.h). */
#define _GNU_SOURCE /* strcasestr */
#include "tests/attack_read.h"
#include "base/value.h"
#include "datasets/csvfile.h"
#include "datasets/project.h"
#include "datasets/recid.h"
#include "datasets/regions.h"
#include "stats/cellkey.h"
#include "tests/helpers.h"

#include <dirent.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct att_proj {
    rp_project *p;
    int *tab;              /* per dataset: its record table, -1 none */
    char **ycol, **rcol;   /* per dataset: the year and region columns, NULL none */
    int *est_tab;          /* per estimate */
    int regional;          /* the indicator of the regions table */
    int recid_ds;          /* the recidivism dataset the report publishes, -1 none */
    int max_cohort;
};

int att_proj_below(const att_proj *P) { return P->p->m->suppress_below; }

static int dataset_index(const rp_project *p, const char *id)
{
    for (size_t k = 0; id && k < p->m->ndatasets; k++)
        if (!strcmp(p->m->datasets[k].id, id))
            return (int)k;
    return -1;
}

/* ---- the inputs as record tables ---- */

static char *column_named(const rp_csv *c, const char *const *names)
{
    for (size_t i = 0; i < rp_csv_ncols(c); i++)
        for (size_t k = 0; names[k]; k++)
            if (!strcasecmp(rp_csv_colname(c, i), names[k]))
                return rp_strdup(rp_csv_colname(c, i));
    return NULL;
}

static int load_records(att *A, att_proj *P, size_t k)
{
    const rp_dataset_def *d = &P->p->m->datasets[k];
    rp_diag *diag = rp_diag_new();
    rp_csv *c = rp_csv_open(d->path, d->file, d->decimal, diag);
    rp_diag_free(diag);
    if (!c)
        return -1;
    size_t nc = rp_csv_ncols(c);
    const char **cols = malloc(nc * sizeof *cols);
    for (size_t i = 0; i < nc; i++)
        cols[i] = rp_csv_colname(c, i);
    P->tab[k] = att_table(A, d->id, cols, nc);
    P->ycol[k] = column_named(c, (const char *const[]){"jaar", "year", NULL});
    P->rcol[k] = column_named(c, (const char *const[]){"regio", "region", NULL});
    rp_csv_row row;
    while (rp_csv_next(c, &row) > 0)
        att_row(A, P->tab[k], (const char *const *)row.f, 1);
    free(cols);
    rp_csv_close(c);
    return 0;
}

static int year_of(long days)
{
    int y, m, d;
    rp_civil_from_days(days, &y, &m, &d);
    return y;
}

static void load_people(att *A, att_proj *P, size_t k)
{
    const rp_recid *r = P->p->recid[k];
    size_t nc = r->ncols + 4;
    const char **cols = malloc(nc * sizeof *cols);
    for (size_t g = 0; g < r->ncols; g++)
        cols[g] = r->colnames[g];
    cols[r->ncols] = "sy";
    cols[r->ncols + 1] = "tt";
    cols[r->ncols + 2] = "ev";
    cols[r->ncols + 3] = "cohort_";
    P->tab[k] = att_table(A, P->p->m->datasets[k].id, cols, nc);
    char **vals = calloc(nc, sizeof *vals);
    for (size_t i = 0; i < r->n; i++) {
        for (size_t g = 0; g < r->ncols; g++)
            vals[g] = rp_strdup(r->values[g][r->val[i * r->ncols + g]]);
        vals[r->ncols] = rp_strfmt("%d", year_of(r->start[i]));
        vals[r->ncols + 1] = rp_strfmt("%.17g", r->time[i]);
        vals[r->ncols + 2] = rp_strfmt("%d", r->event[i]);
        vals[r->ncols + 3] = rp_strfmt("%d", r->cohort[i]);
        P->max_cohort = r->cohort[i] > P->max_cohort ? r->cohort[i] : P->max_cohort;
        att_row(A, P->tab[k], (const char *const *)vals, 1);
        for (size_t g = 0; g < nc; g++)
            free(vals[g]);
    }
    free(vals);
    free(cols);
}

static void load_captures(att *A, att_proj *P, size_t e)
{
    const rp_captures *c = P->p->captures[e];
    size_t L = (size_t)c->nlists, nc = 2 + 2 * L;
    const char **cols = malloc(nc * sizeof *cols);
    char **names = calloc(nc, sizeof *names);
    names[0] = rp_strdup(c->by ? c->by : "stratum");
    names[1] = rp_strdup("syear");
    for (size_t i = 0; i < L; i++) {
        names[2 + i] = rp_strdup(c->lists[i]);
        names[2 + L + i] = rp_strfmt("only_%s", c->lists[i]);
    }
    for (size_t i = 0; i < nc; i++)
        cols[i] = names[i];
    char *tname = rp_strfmt("estimate %s", P->p->m->estimates[e].id);
    P->est_tab[e] = att_table(A, tname, cols, nc);
    char **vals = calloc(nc, sizeof *vals);
    for (size_t s = 0; s < c->nstrata; s++)
        for (size_t h = 1; h < (size_t)1 << L; h++) {
            if (!(c->cell[s][h] > 0))
                continue;
            vals[0] = rp_strdup(c->strata[s]);
            vals[1] = rp_strfmt("%d", rp_captures_year(c, s));
            for (size_t i = 0; i < L; i++) {
                vals[2 + i] = rp_strfmt("%d", (int)(h >> i & 1));
                vals[2 + L + i] = rp_strfmt("%d", h == (size_t)1 << i);
            }
            att_row(A, P->est_tab[e], (const char *const *)vals, c->cell[s][h]);
            for (size_t i = 0; i < nc; i++)
                free(vals[i]);
        }
    free(vals);
    for (size_t i = 0; i < nc; i++)
        free(names[i]);
    free(names);
    free(cols);
    free(tname);
}

att_proj *att_proj_load(att *A, const char *dir, char **why)
{
    rp_diag *d = rp_diag_new();
    rp_project *p = rp_project_load(dir, 0, d);
    if (!p) {
        *why = rp_strfmt("%s does not load: %s", dir, rp_diag_first(d));
        rp_diag_free(d);
        return NULL;
    }
    rp_diag_free(d);
    att_proj *P = calloc(1, sizeof *P);
    size_t nd = p->m->ndatasets ? p->m->ndatasets : 1;
    P->p = p;
    P->tab = malloc(nd * sizeof *P->tab);
    P->ycol = calloc(nd, sizeof *P->ycol);
    P->rcol = calloc(nd, sizeof *P->rcol);
    P->est_tab = malloc((p->m->nestimates ? p->m->nestimates : 1) * sizeof *P->est_tab);
    P->regional = -1;
    P->recid_ds = -1;
    for (size_t k = 0; k < p->m->ndatasets; k++) {
        P->tab[k] = -1;
        if (p->recid && p->recid[k]) {
            load_people(A, P, k);
            P->recid_ds = P->recid_ds < 0 ? (int)k : P->recid_ds;
        } else if (p->scans[k] && p->scans[k]->info.kind == RP_KIND_RECORDS &&
                   load_records(A, P, k)) {
            *why = rp_strfmt("%s does not read", p->m->datasets[k].path);
            att_proj_free(P);
            return NULL;
        }
    }
    for (size_t e = 0; e < p->m->nestimates; e++) {
        P->est_tab[e] = -1;
        if (p->captures && p->captures[e])
            load_captures(A, P, e);
    }
    for (int pass = 0; pass < 2 && P->regional < 0; pass++)
        for (size_t i = 0; i < p->m->nindicators && P->regional < 0; i++) {
            const rp_indicator_def *def = &p->m->indicators[i];
            if (p->ind[i] && p->ind[i]->regions && p->regions &&
                (def->measure == RP_MEASURE_RATE || (pass && def->measure == RP_MEASURE_COUNT)))
                P->regional = (int)i;
        }
    return P;
}

void att_proj_free(att_proj *P)
{
    if (!P)
        return;
    for (size_t k = 0; k < P->p->m->ndatasets; k++) {
        free(P->ycol[k]);
        free(P->rcol[k]);
    }
    free(P->ycol);
    free(P->rcol);
    free(P->tab);
    free(P->est_tab);
    rp_project_free(P->p);
    free(P);
}

/* ---- predicates of what an output counts ---- */

/* monitor.ini's filter text ("vorm in (a, b) and minderjarig = 1") as a predicate. */
static void filter_pred(rp_buf *b, const char *text)
{
    if (!text || !*text)
        return;
    const char *s = text;
    while (*s) {
        const char *and = strcasestr(s, " and ");
        size_t n = and ? (size_t)(and - s) : strlen(s);
        char *term = rp_strndup(s, n);
        char *in = strcasestr(term, " in ");
        char *ne = strstr(term, "!="), *eq = strchr(term, '=');
        rp_buf_puts(b, b->len ? "&" : "");
        if (in) {
            *in = '\0';
            rp_buf_printf(b, "%s=", rp_trim(term));
            char *v = strchr(in + 4, '(');
            v = v ? v + 1 : in + 4;
            v[strcspn(v, ")")] = '\0';
            int first = 1;
            for (char *tok = strtok(v, ","); tok; tok = strtok(NULL, ",")) {
                rp_buf_printf(b, "%s%s", first ? "" : "|", rp_trim(tok));
                first = 0;
            }
        } else if (ne || eq) {
            char *op = ne ? ne : eq;
            *op = '\0';
            char *rhs = op + (ne ? 2 : 1);
            rp_buf_printf(b, "%s%s%s", rp_trim(term), ne ? "!=" : "=", rp_trim(rhs));
        }
        free(term);
        s += n;
        if (and)
            s += 5;
    }
}

enum { PART_WHERE, PART_DEN, PART_N };

/* What indicator i counts in year (0: every year), in category cat (NULL: all) and region
 * (NULL: all; a '|'-list for several). Caller frees. */
static char *ind_pred(const att_proj *P, size_t i, int year, int part, const char *cat,
                      const char *region)
{
    const rp_indicator_def *def = &P->p->m->indicators[i];
    int k = dataset_index(P->p, def->dataset);
    rp_buf b;
    rp_buf_init(&b);
    if (year && k >= 0 && P->ycol[k])
        rp_buf_printf(&b, "%s=%d", P->ycol[k], year);
    if (part != PART_DEN || def->measure != RP_MEASURE_SHARE)
        filter_pred(&b, def->where_text);
    if (def->measure == RP_MEASURE_SHARE)
        filter_pred(&b, def->denominator_text);
    if (part == PART_N && def->column)
        rp_buf_printf(&b, "%s%s!=", b.len ? "&" : "", def->column);
    if (cat && def->by)
        rp_buf_printf(&b, "%s%s=%s", b.len ? "&" : "", def->by, cat);
    if (region && k >= 0 && P->rcol[k])
        rp_buf_printf(&b, "%s%s=%s", b.len ? "&" : "", P->rcol[k], region);
    char *s = rp_buf_steal(&b);
    return s ? s : rp_strdup("");
}

static int ind_table(const att_proj *P, size_t i)
{
    int k = dataset_index(P->p, P->p->m->indicators[i].dataset);
    return k >= 0 ? P->tab[k] : -1;
}

/* The people of a recidivism table's row: group (a cohort, or a value of column by) in a run
 * of year y at time t; field 0 n, 1 events, 2 at risk. As the method says: a time counts the
 * people whose follow-up to it ended by the run's year; when nobody's has, n counts everyone
 * who started by then and no events are published (NULL). Caller frees. */
static char *recid_pred(att *A, const att_proj *P, const char *by, const char *group, int y,
                        double t, int field)
{
    char *g = rp_strfmt("%s=%s", by ? by : "cohort_", group);
    char *complete = rp_strfmt("%s&sy<=%g", g, y - t);
    int nobody = att_true(A, P->tab[P->recid_ds], complete) == 0;
    char *s;
    if (nobody)
        s = field == 0 ? rp_strfmt("%s&sy<=%d", g, y) : NULL;
    else if (field == 0)
        s = rp_strdup(complete);
    else if (field == 1)
        s = rp_strfmt("%s&ev=1&tt<=%.17g", complete, t);
    else
        s = rp_strfmt("%s&tt>=%.17g", complete, t);
    free(g);
    free(complete);
    return s;
}

/* ---- reading csv files ---- */

typedef struct {
    char ***rows;          /* rows[0] the header */
    size_t n, nc;
} block;

static void block_free(block *b)
{
    for (size_t r = 0; r < b->n; r++) {
        for (size_t c = 0; c < b->nc; c++)
            free(b->rows[r][c]);
        free(b->rows[r]);
    }
    free(b->rows);
}

/* The blocks of a csv file (separated by an empty line). Returns how many (up to max). */
static size_t read_blocks(const char *text, block *out, size_t max)
{
    if (!strncmp(text, "\xef\xbb\xbf", 3))
        text += 3;
    size_t nb = 0;
    while (*text && nb < max) {
        const char *end = strstr(text, "\n\n");
        size_t len = end ? (size_t)(end - text) + 1 : strlen(text);
        rp_diag *d = rp_diag_new();
        rp_csv *c = rp_csv_open_mem(text, len, "block", '.', d);
        rp_diag_free(d);
        block *b = &out[nb];
        memset(b, 0, sizeof *b);
        if (c) {
            b->nc = rp_csv_ncols(c);
            b->rows = malloc(sizeof *b->rows);
            b->rows[0] = calloc(b->nc, sizeof(char *));
            for (size_t i = 0; i < b->nc; i++)
                b->rows[0][i] = rp_strdup(rp_csv_colname(c, i));
            b->n = 1;
            rp_csv_row row;
            while (rp_csv_next(c, &row) > 0) {
                b->rows = realloc(b->rows, (b->n + 1) * sizeof *b->rows);
                b->rows[b->n] = calloc(b->nc, sizeof(char *));
                for (size_t i = 0; i < b->nc; i++)
                    b->rows[b->n][i] = rp_strdup(row.f[i] ? row.f[i] : "");
                b->n++;
            }
            rp_csv_close(c);
            nb++;
        }
        text += len;
        while (*text == '\n')
            text++;
    }
    return nb;
}

static long col(const block *b, const char *name)
{
    for (size_t c = 0; c < b->nc; c++)
        if (!strcasecmp(b->rows[0][c], name))
            return (long)c;
    return -1;
}

static const char *cellv(const block *b, size_t r, long c)
{
    return c >= 0 && r < b->n ? b->rows[r][c] : "";
}

/* A count cell: its value, NAN when hidden ("x"); returns 0 when it publishes nothing. */
static int count_cell(const char *s, double *v)
{
    char *end;
    if (!strcmp(s, "x")) {
        *v = NAN;
        return 1;
    }
    if (!*s)
        return 0;
    *v = strtod(s, &end);
    return *end == '\0';
}

static int num(const char *s, double *v)
{
    char *end;
    if (!*s)
        return 0;
    *v = strtod(s, &end);
    return *end == '\0';
}

static void count_fact(att *A, int ti, const char *pred, const char *s, const char *where)
{
    double v;
    if (ti >= 0 && pred && count_cell(s, &v))
        att_count(A, ti, pred, v, "%s", where);
}

/* x = f * y within the precision of a printed f (10 significant digits). */
static void ratio_fact(att *A, int ti, const char *px, const char *py, double f, double scale,
                       const char *where)
{
    const char *pr[] = {px, py};
    double c[] = {1, -f}, tol = 1e-7 * (1 + fabs(f) * scale);
    att_relation(A, ti, 2, pr, c, -tol, tol, "%s", where);
}

/* ---- report and nulmeting folders ---- */

static void read_series(att *A, const att_proj *P, size_t i, const block *b, int y_run,
                        const char *run)
{
    const rp_indicator_def *def = &P->p->m->indicators[i];
    long cv = col(b, "value"), cn = col(b, "numerator"), cd = col(b, "denominator");
    int ti = ind_table(P, i);
    for (size_t r = 1; r < b->n; r++) {
        int y = atoi(b->rows[r][0]);
        char *w = rp_strfmt("%s: series_%s.csv %s %d", run, def->id, b->rows[0][0], y);
        if (def->measure == RP_MEASURE_RECIDIVISM && P->recid_ds >= 0) {
            char *pn = recid_pred(A, P, NULL, b->rows[r][0], y_run, def->years, 0);
            char *pe = recid_pred(A, P, NULL, b->rows[r][0], y_run, def->years, 1);
            char *wn = rp_strfmt("%s n", w), *we = rp_strfmt("%s events", w);
            count_fact(A, P->tab[P->recid_ds], pn, cellv(b, r, cd), wn);
            count_fact(A, P->tab[P->recid_ds], pe, cellv(b, r, cn), we);
            free(pn), free(pe), free(wn), free(we);
        } else if (def->measure == RP_MEASURE_COUNT || def->measure == RP_MEASURE_RATE) {
            char *p = ind_pred(P, i, y, PART_WHERE, NULL, NULL);
            if (def->measure == RP_MEASURE_COUNT)
                count_fact(A, ti, p, cellv(b, r, cv), w);
            count_fact(A, ti, p, cellv(b, r, cn), w);
            free(p);
        } else if (def->measure == RP_MEASURE_SHARE) {
            char *pn = ind_pred(P, i, y, PART_WHERE, NULL, NULL);
            char *pd = ind_pred(P, i, y, PART_DEN, NULL, NULL);
            char *wn = rp_strfmt("%s numerator", w), *wd = rp_strfmt("%s denominator", w);
            count_fact(A, ti, pn, cellv(b, r, cn), wn);
            if (!strcmp(cellv(b, r, cn), "x") && !strcmp(cellv(b, r, cv), "x"))
                att_maybe_zero(A);
            count_fact(A, ti, pd, cellv(b, r, cd), wd);
            double f;
            if (num(cellv(b, r, cv), &f))
                ratio_fact(A, ti, pn, pd, f, 1000, w);
            free(pn), free(pd), free(wn), free(wd);
        } else if (def->measure == RP_MEASURE_MEAN) {
            char *p = ind_pred(P, i, y, PART_N, NULL, NULL);
            char *wn = rp_strfmt("%s n", w);
            count_fact(A, ti, p, cellv(b, r, cd), wn);
            free(p), free(wn);
        }
        free(w);
    }
}

/* A region's name or code: its index in the regions file, -1 none. */
static int region_index(const att_proj *P, const char *s)
{
    const rp_regions *g = P->p->regions;
    for (size_t i = 0; g && i < g->n; i++)
        if (!strcmp(g->r[i].name, s) || !strcmp(g->r[i].code, s))
            return (int)i;
    return -1;
}

static char *pop_codes(const att_proj *P)
{
    rp_buf b;
    rp_buf_init(&b);
    const rp_regions *g = P->p->regions;
    for (size_t i = 0; g && i < g->n; i++)
        if (g->r[i].has_population)
            rp_buf_printf(&b, "%s%s", b.len ? "|" : "", g->r[i].code);
    char *s = rp_buf_steal(&b);
    return s ? s : rp_strdup("");
}

static double per_of(const att_proj *P, int ind)
{
    const rp_indicator_def *def = &P->p->m->indicators[ind];
    return def->measure == RP_MEASURE_RATE ? def->per : 100000;
}

/* A rate of ind in year (region g; -1 the regions with population, the regions table's
 * national row; -2 every row, the series) gives back its count: count = rate * population /
 * per. */
static void rate_fact(att *A, const att_proj *P, int ind, int year, int g, double rate,
                      const char *where)
{
    const rp_regions *reg = P->p->regions;
    char *codes = g >= 0 ? rp_strdup(reg->r[g].code) : g == -1 ? pop_codes(P) : NULL;
    double pop = g >= 0 ? rp_regions_population(reg, (size_t)g, year)
                        : rp_regions_total(reg, year);
    char *p = ind_pred(P, (size_t)ind, year, PART_WHERE, NULL, codes);
    double c = rate * pop / per_of(P, ind), tol = 1e-7 * (1 + c);
    if (isfinite(c))
        att_relation(A, ind_table(P, (size_t)ind), 1, (const char *const[]){p},
                     (const double[]){1}, c - tol, c + tol, "%s", where);
    free(p);
    free(codes);
}

/* rate(year) / rate(base) = ratio for region g: count(year) pop(base) = ratio pop(year)
 * count(base). */
static void change_fact(att *A, const att_proj *P, int ind, int g, int year, int base,
                        double ratio, const char *where)
{
    const rp_regions *reg = P->p->regions;
    char *py = ind_pred(P, (size_t)ind, year, PART_WHERE, NULL, reg->r[g].code);
    char *pb = ind_pred(P, (size_t)ind, base, PART_WHERE, NULL, reg->r[g].code);
    double popy = rp_regions_population(reg, (size_t)g, year);
    double popb = rp_regions_population(reg, (size_t)g, base);
    ratio_fact(A, ind_table(P, (size_t)ind), py, pb, ratio * popy / popb, 1000, where);
    free(py);
    free(pb);
}

static void read_regions_table(att *A, const att_proj *P, const block *b, int y, const char *run)
{
    int ind = P->regional;
    if (ind < 0)
        return;
    int ti = ind_table(P, (size_t)ind), base = 0;
    long cc = col(b, "count"), cr = col(b, "rate"), cx = -1;
    for (size_t c = 0; c < b->nc; c++)
        if (!strncmp(b->rows[0][c], "ratio to ", 9)) {
            cx = (long)c;
            base = atoi(b->rows[0][c] + 9);
        }
    for (size_t r = 1; r < b->n; r++) {
        int g = region_index(P, b->rows[r][0]);
        char *w = rp_strfmt("%s: regions.csv %s %d", run, b->rows[r][0], y);
        char *codes = g >= 0 ? rp_strdup(P->p->regions->r[g].code) : pop_codes(P);
        char *p = ind_pred(P, (size_t)ind, y, PART_WHERE, NULL, codes);
        count_fact(A, ti, p, cellv(b, r, cc), w);
        double v;
        if (num(cellv(b, r, cr), &v))
            rate_fact(A, P, ind, y, g, v, w);
        if (g >= 0 && base && num(cellv(b, r, cx), &v))
            change_fact(A, P, ind, g, y, base, v, w);
        free(p);
        free(codes);
        free(w);
    }
}

static void read_recid_table(att *A, const att_proj *P, const block *b, const char *by, int y,
                             const char *run, const char *file)
{
    if (P->recid_ds < 0)
        return;
    int ti = P->tab[P->recid_ds];
    long cy = col(b, "years"), cn = col(b, "n"), ce = col(b, "events");
    long ca = col(b, "at risk") >= 0 ? col(b, "at risk") : col(b, "at_risk");
    long cp = col(b, "prevalence");
    for (size_t r = 1; r < b->n; r++) {
        double t = atof(cellv(b, r, cy));
        const long cols[] = {cn, ce, ca};
        static const char *const names[] = {"n", "events", "at risk"};
        int any_hidden = 0;
        for (int f = 0; f < 3; f++) {
            char *p = recid_pred(A, P, by, b->rows[r][0], y, t, f);
            char *w = rp_strfmt("%s: %s %s %g years %s", run, file, b->rows[r][0], t, names[f]);
            count_fact(A, ti, p, cellv(b, r, cols[f]), w);
            any_hidden |= !strcmp(cellv(b, r, cols[f]), "x");
            free(p);
            free(w);
        }
        double v;
        if (any_hidden && num(cellv(b, r, cp), &v))
            att_fail(A, "%s: %s %s %g years: a prevalence beside a hidden count\n", run, file,
                     b->rows[r][0], t);
    }
}

static char *est_pred(const att_proj *P, size_t e, const char *stratum, int y, const char *dropped)
{
    const rp_captures *c = P->p->captures[e];
    rp_buf b;
    rp_buf_init(&b);
    if (!strcmp(stratum, "pooled") || !strcmp(stratum, "all"))
        rp_buf_printf(&b, "syear<=%d", y);
    else
        rp_buf_printf(&b, "%s=%s", c->by ? c->by : "stratum", stratum);
    if (dropped && *dropped)
        rp_buf_printf(&b, "&only_%s=0", dropped);
    return rp_buf_steal(&b);
}

static void read_estimate_table(att *A, const att_proj *P, size_t e, const block *b, int y,
                                const char *run, const char *file, int chart)
{
    int ti = P->est_tab[e];
    long co = col(b, chart ? "observed" : "registered"), ct = col(b, "estimated total");
    long cd = col(b, "not registered"), cs = chart ? col(b, "stratum") : 0;
    for (size_t r = 1; ti >= 0 && r < b->n; r++) {
        char *p = est_pred(P, e, cellv(b, r, cs), y, NULL);
        char *w = rp_strfmt("%s: %s %s", run, file, cellv(b, r, cs));
        const char *o = cellv(b, r, co);
        if (chart && !strcmp(cellv(b, r, col(b, "label")), "x"))
            o = "x";
        count_fact(A, ti, p, o, w);
        double t, d;
        if (num(cellv(b, r, ct), &t) && num(cellv(b, r, cd), &d)) {
            double tol = 1e-6 * (1 + t);
            att_relation(A, ti, 1, (const char *const[]){p}, (const double[]){1}, t - d - tol,
                         t - d + tol, "%s: estimated less not registered", w);
        }
        free(p);
        free(w);
    }
}

static void read_targets(att *A, const att_proj *P, const block *b, const char *run,
                         const char *file, const char *cby, const char *cb, const char *cly,
                         const char *cl)
{
    for (size_t r = 1; r < b->n; r++) {
        const rp_target_def *td = NULL;
        for (size_t k = 0; k < P->p->m->ntargets; k++)
            if (!strcmp(P->p->m->targets[k].id, b->rows[r][0]))
                td = &P->p->m->targets[k];
        int i = td ? rp_project_indicator(P->p, td->indicator) : -1;
        if (i < 0 || P->p->m->indicators[i].measure != RP_MEASURE_COUNT)
            continue;
        const char *yc[] = {cby, cly}, *vc[] = {cb, cl};
        for (int k = 0; k < 2; k++) {
            if (!yc[k])
                continue;
            int y = atoi(cellv(b, r, col(b, yc[k])));
            char *p = ind_pred(P, (size_t)i, y, PART_WHERE, NULL, NULL);
            char *w = rp_strfmt("%s: %s %s %s", run, file, b->rows[r][0], vc[k]);
            count_fact(A, ind_table(P, (size_t)i), p, cellv(b, r, col(b, vc[k])), w);
            free(p);
            free(w);
        }
    }
}

static int indicator_named(const att_proj *P, const char *file, const char *prefix)
{
    size_t n = strlen(prefix);
    if (strncmp(file, prefix, n))
        return -1;
    char *id = rp_strndup(file + n, strlen(file) - n - 4);
    int i = rp_project_indicator(P->p, id);
    free(id);
    return i;
}

static int estimate_named(const att_proj *P, const char *file, const char *prefix)
{
    size_t n = strlen(prefix);
    for (size_t e = 0; strncmp(file, prefix, n) == 0 && e < P->p->m->nestimates; e++) {
        char *want = rp_strfmt("%s%s.csv", prefix, P->p->m->estimates[e].id);
        int same = !strcmp(want, file);
        free(want);
        if (same)
            return (int)e;
    }
    return -1;
}

/* stacked_ID.csv: year by category; categories_ID.csv: the run's year. */
static void read_categories(att *A, const att_proj *P, size_t i, const block *b, int y,
                            int stacked, const char *run, const char *file)
{
    int ti = ind_table(P, i);
    if (P->p->m->indicators[i].measure != RP_MEASURE_COUNT)
        return;
    for (size_t r = 1; r < b->n; r++) {
        if (stacked) {
            for (size_t c = 1; c < b->nc; c++) {
                char *p = ind_pred(P, i, atoi(b->rows[r][0]), PART_WHERE, b->rows[0][c], NULL);
                char *w = rp_strfmt("%s: %s %s %s", run, file, b->rows[r][0], b->rows[0][c]);
                /* the chart leaves a hidden part empty */
                count_fact(A, ti, p, *b->rows[r][c] ? b->rows[r][c] : "x", w);
                free(p);
                free(w);
            }
        } else {
            const char *cat = cellv(b, r, col(b, "category"));
            char *p = ind_pred(P, i, y, PART_WHERE, cat, NULL);
            char *w = rp_strfmt("%s: %s %s %d", run, file, cat, y);
            const char *v = !strcmp(cellv(b, r, col(b, "label")), "x") ? "x"
                                                                       : cellv(b, r, col(b, "value"));
            count_fact(A, ti, p, v, w);
            free(p);
            free(w);
        }
    }
}

/* trend_ID.csv and target_ID.csv: the series as the chart draws it. */
static void read_trend(att *A, const att_proj *P, size_t i, const block *b, const char *run,
                       const char *file)
{
    const rp_indicator_def *def = &P->p->m->indicators[i];
    int ti = ind_table(P, i);
    long cv = col(b, "value"), cl = col(b, "label");
    for (size_t r = 1; r < b->n; r++) {
        int y = atoi(b->rows[r][0]);
        char *w = rp_strfmt("%s: %s %d", run, file, y);
        int hidden = !strcmp(cellv(b, r, cl), "x");
        double v;
        if (def->measure == RP_MEASURE_COUNT) {
            char *p = ind_pred(P, i, y, PART_WHERE, NULL, NULL);
            count_fact(A, ti, p, hidden ? "x" : cellv(b, r, cv), w);
            free(p);
        } else if (def->measure == RP_MEASURE_SHARE && !hidden && num(cellv(b, r, cv), &v)) {
            char *pn = ind_pred(P, i, y, PART_WHERE, NULL, NULL);
            char *pd = ind_pred(P, i, y, PART_DEN, NULL, NULL);
            ratio_fact(A, ti, pn, pd, v / 100, 1000, w);
            free(pn);
            free(pd);
        } else if (def->measure == RP_MEASURE_RATE && !hidden && num(cellv(b, r, cv), &v) &&
                   P->p->regions) {
            rate_fact(A, P, (int)i, y, -2, v, w);
        }
        free(w);
    }
}

static void read_regions_charts(att *A, const att_proj *P, const block *bl, size_t nb, int y,
                                const char *run, const char *file)
{
    int ind = P->regional;
    if (ind < 0)
        return;
    const block *b = &bl[0];
    int funnel = !strcmp(file, "regions_funnel.csv");
    for (size_t r = 1; r < b->n; r++) {
        int g = region_index(P, cellv(b, r, col(b, "region")));
        char *w = rp_strfmt("%s: %s %s %d", run, file, cellv(b, r, col(b, "region")), y);
        double v;
        if (g >= 0 && !strcmp(cellv(b, r, col(b, "label")), "x")) {
            char *p = ind_pred(P, (size_t)ind, y, PART_WHERE, NULL, P->p->regions->r[g].code);
            att_count(A, ind_table(P, (size_t)ind), p, NAN, "%s", w);
            free(p);
        } else if (g >= 0 && num(cellv(b, r, col(b, "rate")), &v)) {
            rate_fact(A, P, ind, y, g, v, w);
        }
        free(w);
    }
    double nat;
    if (funnel && nb > 1 && bl[1].n > 1 && num(cellv(&bl[1], 1, col(&bl[1], "national")), &nat)) {
        char *w = rp_strfmt("%s: %s national rate %d", run, file, y);
        rate_fact(A, P, ind, y, -1, nat, w);
        free(w);
    }
}

/* The Kaplan-Meier chart: a step at t of group g with prevalence p% counts p% of the group's
 * people among those with an offence by t, while nobody has left follow-up (t below the
 * run's year less the last cohort). The blocks' groups are named in the script. */
static void read_km(att *A, const att_proj *P, const char *dir, const block *bl, size_t nb,
                    int y, const char *run)
{
    if (P->recid_ds < 0)
        return;
    const rp_indicator_def *def = NULL;
    for (size_t i = 0; i < P->p->m->nindicators; i++)
        if (P->p->m->indicators[i].measure == RP_MEASURE_RECIDIVISM)
            def = &P->p->m->indicators[i];
    char *gp_path = rp_strfmt("%s/recidivism_km.gp", dir);
    char *gp = t_read(gp_path, NULL);
    free(gp_path);
    for (size_t k = 0; gp && k < nb; k++) {
        char *key = rp_strfmt("index %zu using 1:2 with steps", k);
        const char *at = strstr(gp, key), *title = at ? strstr(at, "title '") : NULL;
        free(key);
        if (!title)
            continue;
        char *group = rp_strndup(title + 7, strcspn(title + 7, "'"));
        const char *by = def && def->by ? def->by : "cohort_";
        for (size_t r = 1; r < bl[k].n; r++) {
            double t = atof(bl[k].rows[r][0]), p;
            if (t <= 0 || t > y - P->max_cohort - 0.01 || !num(bl[k].rows[r][1], &p))
                continue;
            char *pe = rp_strfmt("%s=%s&sy<=%d&ev=1&tt<=%.17g", by, group, y, t);
            char *pn = rp_strfmt("%s=%s&sy<=%d", by, group, y);
            char *w = rp_strfmt("%s: recidivism_km.csv %s at %g years", run, group, t);
            ratio_fact(A, P->tab[P->recid_ds], pe, pn, p / 100, 1000, w);
            free(pe), free(pn), free(w);
        }
        free(group);
    }
    free(gp);
}

static void read_file(att *A, const att_proj *P, const char *dir, const char *name, int y,
                      const char *run, int chart)
{
    char *path = rp_strfmt("%s/%s", dir, name);
    char *text = t_read(path, NULL);
    free(path);
    if (!text)
        return;
    block bl[8];
    size_t nb = read_blocks(text, bl, 8);
    free(text);
    int i, e;
    if (!nb)
        return;
    if (!chart && (i = indicator_named(P, name, "series_")) >= 0)
        read_series(A, P, (size_t)i, &bl[0], y, run);
    else if (!chart && !strcmp(name, "regions.csv"))
        read_regions_table(A, P, &bl[0], y, run);
    else if (!chart && !strcmp(name, "recidivism.csv"))
        read_recid_table(A, P, &bl[0], NULL, y, run, name);
    else if (!chart && !strncmp(name, "recidivism_", 11) && strcmp(name, "recidivism_published.csv"))
        read_recid_table(A, P, &bl[0], bl[0].rows[0][0], y, run, name);
    else if ((e = estimate_named(P, name, chart ? "estimate_" : "estimate_")) >= 0)
        read_estimate_table(A, P, (size_t)e, &bl[0], y, run, name, chart);
    else if (!chart && !strcmp(name, "targets.csv"))
        read_targets(A, P, &bl[0], run, name, "baseline year", "baseline", "latest year",
                     "latest value");
    else if (!chart && !strcmp(name, "baseline.csv"))
        read_targets(A, P, &bl[0], run, name, "baseline year", "baseline", NULL, NULL);
    else if (!chart && !strcmp(name, "baseline_series.csv"))
        read_targets(A, P, &bl[0], run, name, "year", "value", NULL, NULL);
    else if (chart && (i = indicator_named(P, name, "stacked_")) >= 0)
        read_categories(A, P, (size_t)i, &bl[0], y, 1, run, name);
    else if (chart && (i = indicator_named(P, name, "categories_")) >= 0)
        read_categories(A, P, (size_t)i, &bl[0], y, 0, run, name);
    else if (chart && (i = indicator_named(P, name, "trend_")) >= 0)
        read_trend(A, P, (size_t)i, &bl[0], run, name);
    else if (chart && !strncmp(name, "regions_", 8))
        read_regions_charts(A, P, bl, nb, y, run, name);
    else if (chart && !strcmp(name, "recidivism_km.csv"))
        read_km(A, P, dir, bl, nb, y, run);
    for (size_t k = 0; k < nb; k++)
        block_free(&bl[k]);
}

void att_read_folder(att *A, const att_proj *P, const char *out, int y, const char *run)
{
    static const char *const sub[] = {"tables", "charts"};
    for (int s = 0; s < 2; s++) {
        char *dir = rp_strfmt("%s/%s", out, sub[s]);
        DIR *d = opendir(dir);
        struct dirent *ent;
        while (d && (ent = readdir(d))) {
            size_t n = strlen(ent->d_name);
            if (n > 4 && !strcmp(ent->d_name + n - 4, ".csv"))
                read_file(A, P, dir, ent->d_name, y, run, s == 1);
        }
        if (d)
            closedir(d);
        free(dir);
    }
}

/* ---- the commands ---- */

static void read_regions_cmd(att *A, const att_proj *P, const block *b, const char *indicator,
                             const char *what)
{
    int ind = indicator ? rp_project_indicator(P->p, indicator) : P->regional;
    if (ind < 0)
        return;
    int ti = ind_table(P, (size_t)ind);
    for (size_t r = 1; r < b->n; r++) {
        int g = region_index(P, b->rows[r][0]), y = atoi(cellv(b, r, col(b, "year")));
        if (g < 0)
            continue;
        char *w = rp_strfmt("%s %s %d", what, b->rows[r][0], y);
        char *p = ind_pred(P, (size_t)ind, y, PART_WHERE, NULL, P->p->regions->r[g].code);
        const char *c = cellv(b, r, col(b, "count"));
        count_fact(A, ti, p, *c ? c : "x", w);
        double v;
        if (num(cellv(b, r, col(b, "rate")), &v))
            rate_fact(A, P, ind, y, g, v, w);
        int base = atoi(cellv(b, r, col(b, "baseline_year")));
        if (base && base != y && num(cellv(b, r, col(b, "change")), &v))
            change_fact(A, P, ind, g, y, base, v, w);
        free(p);
        free(w);
    }
}

static void read_recid_cmd(att *A, const att_proj *P, const block *b, int y, const char *by,
                           const char *what)
{
    if (P->recid_ds < 0)
        return;
    int ti = P->tab[P->recid_ds];
    static const char *const names[] = {"n", "events", "at_risk"};
    for (size_t r = 1; r < b->n; r++) {
        double t = atof(cellv(b, r, col(b, "years")));
        int hidden = !strcmp(cellv(b, r, col(b, "note")), "x");
        for (int f = 0; f < 3; f++) {
            const char *c = cellv(b, r, col(b, names[f]));
            /* a hidden row leaves its counts empty; a time nobody reached has no events */
            if (!*c && !hidden)
                continue;
            char *p = recid_pred(A, P, by, b->rows[r][0], y, t, f);
            char *w = rp_strfmt("%s %s %g years %s", what, b->rows[r][0], t, names[f]);
            count_fact(A, ti, p, *c ? c : "x", w);
            free(p);
            free(w);
        }
    }
}

static void read_estimate_cmd(att *A, const att_proj *P, const block *b, int y, const char *what)
{
    for (size_t r = 1; r < b->n; r++) {
        int e = -1;
        for (size_t k = 0; k < P->p->m->nestimates; k++)
            if (!strcmp(P->p->m->estimates[k].id, cellv(b, r, col(b, "source"))))
                e = (int)k;
        if (e < 0 || P->est_tab[e] < 0)
            continue;
        const char *dropped = cellv(b, r, col(b, "dropped"));
        char *p = est_pred(P, (size_t)e, b->rows[r][0], y, dropped);
        char *w = rp_strfmt("%s %s%s%s", what, b->rows[r][0], *dropped ? " without " : "",
                            dropped);
        const char *o = cellv(b, r, col(b, "observed"));
        int hidden = !strncmp(cellv(b, r, col(b, "note")), "x", 1);
        count_fact(A, P->est_tab[e], p, *o ? o : hidden ? "x" : "", w);
        double t, d;
        if (num(cellv(b, r, col(b, "estimate")), &t) && num(cellv(b, r, col(b, "dark")), &d)) {
            double tol = 1e-6 * (1 + t);
            att_relation(A, P->est_tab[e], 1, (const char *const[]){p}, (const double[]){1},
                         t - d - tol, t - d + tol, "%s: estimate less dark", w);
        }
        free(p);
        free(w);
    }
}

static void read_tabulate_cmd(att *A, const att_proj *P, const block *b, const char *dataset,
                              const char *where, const char *what)
{
    int k = dataset ? dataset_index(P->p, dataset) : -1;
    for (size_t d = 0; k < 0 && d < P->p->m->ndatasets; d++)
        if (P->tab[d] >= 0 && P->p->scans[d] && P->p->scans[d]->info.kind == RP_KIND_RECORDS)
            k = (int)d;
    long cc = col(b, "count"), cn = col(b, "note");
    if (k < 0 || cc < 0)
        return;
    for (size_t r = 1; r < b->n; r++) {
        rp_buf p;
        rp_buf_init(&p);
        filter_pred(&p, where);
        for (long c = 0; c < cc; c++)
            rp_buf_printf(&p, "%s%s=%s", p.len ? "&" : "", b->rows[0][c], b->rows[r][c]);
        char *w = rp_strfmt("%s row %zu", what, r);
        const char *v = cellv(b, r, cc), *note = cellv(b, r, cn);
        double x;
        if (strstr(note, "perturbed") && num(v, &x)) {
            /* a perturbed count lies within RP_CELLKEY_D of the count, as the help says */
            const char *pr[] = {rp_buf_str(&p)};
            att_relation(A, P->tab[k], 1, pr, (const double[]){1}, x - RP_CELLKEY_D,
                         x + RP_CELLKEY_D, "%s (perturbed %g)", w, x);
        } else {
            count_fact(A, P->tab[k], rp_buf_str(&p), *v ? v : !strcmp(note, "x") ? "x" : "", w);
        }
        free(w);
        rp_buf_free(&p);
    }
}

void att_read_command(att *A, const att_proj *P, const char *kind, const char *csv, int year,
                      const char *arg, const char *dataset, const char *where, const char *what)
{
    block b;
    if (read_blocks(csv, &b, 1) != 1)
        return;
    if (!strcmp(kind, "regions"))
        read_regions_cmd(A, P, &b, arg, what);
    else if (!strcmp(kind, "recidivism"))
        read_recid_cmd(A, P, &b, year, arg, what);
    else if (!strcmp(kind, "estimate"))
        read_estimate_cmd(A, P, &b, year, what);
    else if (!strcmp(kind, "targets"))
        read_targets(A, P, &b, what, "targets", "baseline_year", "baseline", "current_year",
                     "current");
    else if (!strcmp(kind, "tabulate"))
        read_tabulate_cmd(A, P, &b, dataset, where, what);
    block_free(&b);
}
