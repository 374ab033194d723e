/* Reads the editions of a project: the cells earlier runs published, checked line by line. */
#include "datasets/edition.h"
#include "datasets/csvfile.h"
#include "datasets/scan.h"
#include "base/epoch.h"
#include "base/buf.h"

#include <dirent.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *const table_names[RP_PT_N] = {
    "edition", "manifest", "definition", "series", "category", "region", "recidivism",
    "estimate", "target", "trend", "change"};

static const char *const columns[] = {"table", "item", "year", "key", "followup",
                                      "field", "value", "mark", "flags", "text"};
enum { C_TABLE, C_ITEM, C_YEAR, C_KEY, C_FOLLOWUP, C_FIELD, C_VALUE, C_MARK, C_FLAGS, C_TEXT,
       C_N };

const char *rp_ptable_name(rp_ptable t) { return t < RP_PT_N ? table_names[t] : ""; }

int rp_pcell_is_figure(const rp_pcell *c)
{
    return c->table >= RP_PT_SERIES && !strcmp(c->field, "value");
}

const char *rp_pmark_name(rp_pmark m)
{
    static const char *const names[] = {"", "x", "missing", "na"};
    return m <= RP_PM_NA ? names[m] : "";
}

void rp_pflags_letters(unsigned flags, char *buf)
{
    size_t n = 0;
    if (flags & RP_FLAG_P)
        buf[n++] = 'p';
    if (flags & RP_FLAG_E)
        buf[n++] = 'e';
    if (flags & RP_FLAG_R)
        buf[n++] = 'r';
    if (flags & RP_PFLAG_BREAK)
        buf[n++] = 'b';
    buf[n] = '\0';
}

const char *rp_ed_kind_name(rp_ed_kind k)
{
    return k == RP_ED_BASELINE ? "baseline" : k == RP_ED_LETTER ? "letter" : "report";
}

void rp_pcell_clear(rp_pcell *c)
{
    free(c->item);
    free(c->key);
    free(c->field);
    free(c->text);
    c->item = c->key = c->field = c->text = NULL;
}

int rp_cells_add(rp_cells *l, const rp_pcell *c)
{
    if (l->failed)
        return -1;
    if (l->n == l->cap) {
        size_t cap = l->cap ? 2 * l->cap : 256;
        rp_pcell *p = realloc(l->c, cap * sizeof *p);
        if (!p) {
            l->failed = 1;
            return -1;
        }
        l->c = p;
        l->cap = cap;
    }
    rp_pcell *d = &l->c[l->n];
    *d = *c;
    d->item = rp_strdup(c->item ? c->item : "");
    d->key = rp_strdup(c->key ? c->key : "");
    d->field = rp_strdup(c->field ? c->field : "");
    d->text = c->text ? rp_strdup(c->text) : NULL;
    if (!d->item || !d->key || !d->field || (c->text && !d->text)) {
        rp_pcell_clear(d);
        l->failed = 1;
        return -1;
    }
    l->n++;
    return 0;
}

void rp_cells_free(rp_cells *l)
{
    for (size_t i = 0; i < l->n; i++)
        rp_pcell_clear(&l->c[i]);
    free(l->c);
    memset(l, 0, sizeof *l);
}

/* Fields in the order a reader expects them: the figure, its interval, the counts behind it;
 * the settings of a run in the order they are told. Others follow by name. */
static int field_rank(const char *f)
{
    static const char *const order[] = {
        "format", "kind", "date", "epoch", "year", "period", "version", "language", "title",
        "confidence", "suppress_below", "value", "lo", "hi", "p", "num", "den", "n", "events",
        "at_risk", "count", "population", "rate", "eb_rate", "observed", "dark"};
    for (size_t i = 0; i < sizeof order / sizeof *order; i++)
        if (!strcmp(f, order[i]))
            return (int)i;
    return (int)(sizeof order / sizeof *order);
}

int rp_pcell_cmp(const rp_pcell *a, const rp_pcell *b)
{
    if (a->table != b->table)
        return a->table < b->table ? -1 : 1;
    int c = strcmp(a->item, b->item);
    if (c)
        return c;
    if (a->year != b->year)
        return a->year < b->year ? -1 : 1;
    if ((c = strcmp(a->key, b->key)) != 0)
        return c;
    int na = isnan(a->followup), nb = isnan(b->followup);
    if (na != nb)
        return na ? -1 : 1;
    if (!na && a->followup != b->followup)
        return a->followup < b->followup ? -1 : 1;
    int ra = field_rank(a->field), rb = field_rank(b->field);
    if (ra != rb)
        return ra < rb ? -1 : 1;
    return strcmp(a->field, b->field);
}

static int cmp_cells(const void *a, const void *b) { return rp_pcell_cmp(a, b); }

void rp_cells_sort(rp_cells *l)
{
    if (l->n > 1)
        qsort(l->c, l->n, sizeof *l->c, cmp_cells);
}

const rp_pcell *rp_cells_find(const rp_cells *l, const rp_pcell *like)
{
    size_t lo = 0, hi = l->n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = rp_pcell_cmp(&l->c[mid], like);
        if (c == 0)
            return &l->c[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

const rp_pcell *rp_cells_get(const rp_cells *l, rp_ptable t, const char *item, int year,
                             const char *key, double followup, const char *field)
{
    rp_pcell like = {t, (char *)(item ? item : ""), year, (char *)(key ? key : ""), followup,
                     (char *)field, NAN, RP_PM_SHOWN, 0, NULL, 0};
    return rp_cells_find(l, &like);
}

void rp_edition_date(long long epoch, char *buf)
{
    struct tm tm;
    rp_epoch_tm(epoch, &tm);
    /* rp_epoch_tm clamps to years 1970-9999 */
    strftime(buf, 11, "%Y-%m-%d", &tm);
}

void rp_edition_name(rp_ed_kind kind, long long epoch, const char *period, char *buf,
                     size_t n)
{
    char date[11];
    rp_edition_date(epoch, date);
    const char *half = period ? strrchr(period, '-') : NULL;
    if (kind == RP_ED_BASELINE)
        snprintf(buf, n, "%s-baseline", date);
    else if (kind == RP_ED_LETTER)
        snprintf(buf, n, "%s-%s", date, half && half[1] == 'H' && half[2] == '2' ? "h2" : "h1");
    else
        snprintf(buf, n, "%s", date);
}

/* ---- reading ---- */

typedef struct reader {
    rp_edition *e;
    rp_diag *diag;
    const char *name;
    int seen_format, seen_kind, seen_epoch, seen_year;
} reader;

static int parse_table(const char *s, rp_ptable *t)
{
    for (int i = 0; i < RP_PT_N; i++)
        if (!strcmp(s, table_names[i])) {
            *t = (rp_ptable)i;
            return 0;
        }
    return -1;
}

static int parse_mark(const char *s, rp_pmark *m)
{
    for (int i = 0; i <= RP_PM_NA; i++)
        if (!strcmp(s, rp_pmark_name((rp_pmark)i))) {
            *m = (rp_pmark)i;
            return 0;
        }
    return -1;
}

static int parse_flags(const char *s, unsigned *f)
{
    *f = 0;
    for (; *s; s++) {
        unsigned bit = *s == 'p' ? RP_FLAG_P : *s == 'e' ? RP_FLAG_E : *s == 'r' ? RP_FLAG_R
                       : *s == 'b' ? RP_PFLAG_BREAK : 0;
        if (!bit || (*f & bit))
            return -1;
        *f |= bit;
    }
    return 0;
}

/* A number as the file writes it ('.', no grouping); empty is none (NaN). */
static int parse_number(const char *s, double *v)
{
    if (!*s) {
        *v = NAN;
        return 0;
    }
    char *end;
    errno = 0;
    *v = strtod(s, &end);
    return *end || errno || !isfinite(*v) || strchr(s, ',') ? -1 : 0;
}

static int parse_year(const char *s, int *y)
{
    double v;
    if (!*s) {
        *y = 0;
        return 0;
    }
    if (parse_number(s, &v) || v != floor(v) || v < 1900 || v > 2100)
        return -1;
    *y = (int)v;
    return 0;
}

/* Text written by base/csvwrite with a leading ' that keeps a spreadsheet from running it
 * as a formula: the text itself does not have it. */
static const char *uninert(const char *s)
{
    return s[0] == '\'' && s[1] && strchr("=+-@\t\r", s[1]) ? s + 1 : s;
}

/* The run's settings from the edition rows. */
static void setting(reader *r, const rp_pcell *c, long line)
{
    rp_edition *e = r->e;
    const char *f = c->field, *t = c->text ? c->text : "";
    if (!strcmp(f, "format")) {
        r->seen_format = 1;
        if (c->value != RP_EDITION_FORMAT)
            rp_diag_error(r->diag, r->name, line, C_VALUE + 1,
                          "edition format %g: this rapporteur reads format %d; expected a "
                          "file written by it", c->value, RP_EDITION_FORMAT);
    } else if (!strcmp(f, "kind")) {
        r->seen_kind = 1;
        if (!strcmp(t, "report") || !strcmp(t, "baseline") || !strcmp(t, "letter"))
            e->kind = !strcmp(t, "baseline") ? RP_ED_BASELINE
                      : !strcmp(t, "letter") ? RP_ED_LETTER : RP_ED_REPORT;
        else
            rp_diag_error(r->diag, r->name, line, C_TEXT + 1,
                          "kind '%s': expected report, baseline or letter", t);
    } else if (!strcmp(f, "epoch")) {
        r->seen_epoch = !isnan(c->value);
        e->epoch = (long long)c->value;
        if (!r->seen_epoch || c->value < 0 || c->value > RP_EPOCH_MAX ||
            c->value != floor(c->value))
            rp_diag_error(r->diag, r->name, line, C_VALUE + 1,
                          "epoch: expected whole seconds since 1970 up to %lld",
                          RP_EPOCH_MAX);
    } else if (!strcmp(f, "year")) {
        r->seen_year = c->value >= 1900 && c->value <= 2100 && c->value == floor(c->value);
        e->year = r->seen_year ? (int)c->value : 0;
        if (!r->seen_year)
            rp_diag_error(r->diag, r->name, line, C_VALUE + 1,
                          "year: expected the monitor's year (1900-2100)");
    } else if (!strcmp(f, "version") && !e->version) {
        e->version = rp_strdup(t);
    } else if (!strcmp(f, "period") && !e->period) {
        e->period = rp_strdup(t);
    } else if (!strcmp(f, "language") && !e->language) {
        e->language = rp_strdup(t);
    } else if (!strcmp(f, "confidence")) {
        e->confidence = c->value;
    } else if (!strcmp(f, "suppress_below")) {
        e->suppress_below = isnan(c->value) ? 0 : (int)c->value;
    }
}

/* One row into a cell; problems to diag with their column. */
static void read_row(reader *r, const rp_csv_row *row)
{
    const char *const *f = row->f;
    rp_pcell c = {0};
    c.line = row->line;
    int bad = 0;
    long line = row->line;
#define BAD(col, ...) (rp_diag_error(r->diag, r->name, row->fline[col], (col) + 1, __VA_ARGS__), \
                       bad = 1)
    if (parse_table(f[C_TABLE], &c.table))
        BAD(C_TABLE, "table '%s': expected edition, manifest, definition, series, category, "
                     "region, recidivism, estimate, target, trend or change", f[C_TABLE]);
    if (parse_year(f[C_YEAR], &c.year))
        BAD(C_YEAR, "year '%s': expected a year from 1900 to 2100, or nothing", f[C_YEAR]);
    if (parse_number(f[C_FOLLOWUP], &c.followup) || c.followup < 0)
        BAD(C_FOLLOWUP, "followup '%s': expected years of follow-up (2, 5, ...), or nothing",
            f[C_FOLLOWUP]);
    if (parse_number(f[C_VALUE], &c.value))
        BAD(C_VALUE, "value '%s': expected a number written with '.', or nothing",
            f[C_VALUE]);
    if (parse_mark(f[C_MARK], &c.mark))
        BAD(C_MARK, "mark '%s': expected nothing (shown), x (hidden), missing or na",
            f[C_MARK]);
    if (parse_flags(f[C_FLAGS], &c.flags))
        BAD(C_FLAGS, "flags '%s': expected some of p, e, r, b, each once", f[C_FLAGS]);
    if (!*f[C_FIELD])
        BAD(C_FIELD, "the field is empty: expected value, lo, hi, ... or a setting's name");
    if (!bad && c.mark != RP_PM_SHOWN && !isnan(c.value))
        BAD(C_VALUE, "a cell marked '%s' holds a value: an edition keeps a hidden or missing "
                     "cell's mark only", rp_pmark_name(c.mark));
#undef BAD
    if (bad)
        return;
    c.item = (char *)f[C_ITEM];
    c.key = (char *)uninert(f[C_KEY]);
    c.field = (char *)f[C_FIELD];
    c.text = *f[C_TEXT] ? (char *)uninert(f[C_TEXT]) : NULL;
    if (c.table == RP_PT_EDITION)
        setting(r, &c, line);
    if (rp_cells_add(&r->e->cells, &c))
        rp_diag_error(r->diag, r->name, line, 0, "out of memory");
}

/* The header must be the format's, column for column. */
static int check_header(const rp_csv *csv, reader *r)
{
    if (rp_csv_ncols(csv) == C_N && rp_csv_delim(csv) == ',') {
        size_t i = 0;
        while (i < C_N && !strcmp(rp_csv_colname(csv, i), columns[i]))
            i++;
        if (i == C_N)
            return 0;
    }
    rp_diag_error(r->diag, r->name, rp_csv_header_line(csv), 1,
                  "not an edition: expected the header "
                  "table,item,year,key,followup,field,value,mark,flags,text");
    return -1;
}

/* Two rows for one cell would make the edition say two things. */
static void check_unique(reader *r)
{
    const rp_cells *l = &r->e->cells;
    for (size_t i = 1; i < l->n; i++)
        if (!rp_pcell_cmp(&l->c[i - 1], &l->c[i]))
            rp_diag_error(r->diag, r->name, l->c[i].line > l->c[i - 1].line ? l->c[i].line
                                                                              : l->c[i - 1].line,
                          0, "the same cell twice (%s %s %s): expected one row per cell",
                          rp_ptable_name(l->c[i].table), l->c[i].item, l->c[i].field);
}

rp_edition *rp_edition_load(const char *path, const char *name, rp_diag *diag)
{
    size_t before = rp_diag_errors(diag);
    reader r = {calloc(1, sizeof(rp_edition)), diag, name ? name : path, 0, 0, 0, 0};
    if (!r.e)
        return NULL;
    r.e->path = rp_strdup(path);
    const char *base = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    size_t len = strlen(base);
    r.e->name = rp_strndup(base, len > 4 && !strcmp(base + len - 4, ".csv") ? len - 4 : len);
    rp_csv *csv = rp_csv_open(path, r.name, '.', diag);
    if (csv && check_header(csv, &r) == 0) {
        rp_csv_row row;
        int k;
        while ((k = rp_csv_next(csv, &row)) == 1)
            if (!row.bad)
                read_row(&r, &row);
        rp_cells_sort(&r.e->cells);
        check_unique(&r);
        if (!r.seen_format || !r.seen_kind || !r.seen_epoch || !r.seen_year)
            rp_diag_error(diag, r.name, 0, 0, "not a whole edition: it lacks the edition rows "
                                              "format, kind, epoch and year that a run writes");
    }
    rp_csv_close(csv);
    rp_edition_date(r.e->epoch, r.e->date);
    if (!csv || rp_diag_errors(diag) > before || !r.e->name || !r.e->path || r.e->cells.failed) {
        rp_edition_free(r.e);
        return NULL;
    }
    return r.e;
}

void rp_edition_free(rp_edition *e)
{
    if (!e)
        return;
    rp_cells_free(&e->cells);
    free(e->name);
    free(e->path);
    free(e->version);
    free(e->period);
    free(e->language);
    free(e);
}

const char *rp_edition_definition(const rp_edition *e, const char *kind, const char *item,
                                  const char *field)
{
    const rp_pcell *c = rp_cells_get(&e->cells, RP_PT_DEFINITION, item, 0, kind, NAN, field);
    return c ? (c->text ? c->text : "") : NULL;
}

/* ---- a project's editions ---- */

static int by_date(const void *a, const void *b)
{
    const rp_edition *x = *(rp_edition *const *)a, *y = *(rp_edition *const *)b;
    if (x->epoch != y->epoch)
        return x->epoch < y->epoch ? -1 : 1;
    return strcmp(x->name, y->name);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The edition files of a folder, sorted (so that messages come in a fixed order). */
static char **list_files(const char *folder, size_t *n, int *err)
{
    *n = 0;
    *err = 0;
    DIR *d = opendir(folder);
    if (!d) {
        *err = errno != ENOENT && errno != ENOTDIR;
        return NULL;
    }
    char **names = NULL;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        size_t len = strlen(de->d_name);
        if (de->d_name[0] == '.' || len < 5 || strcmp(de->d_name + len - 4, ".csv"))
            continue;
        char **p = realloc(names, (*n + 1) * sizeof *p);
        if (p)
            names = p;
        char *s = p ? rp_strdup(de->d_name) : NULL;
        if (!s) {
            for (size_t i = 0; i < *n; i++)
                free(names[i]);
            free(names);
            *err = 1;
            closedir(d);
            *n = 0;
            return NULL;
        }
        names[(*n)++] = s;
    }
    closedir(d);
    if (*n > 1)
        qsort(names, *n, sizeof *names, by_name);
    return names;
}

rp_editions *rp_editions_load(const char *dir, rp_diag *diag)
{
    rp_editions *es = calloc(1, sizeof *es);
    char *folder = rp_strfmt("%s/editions", dir);
    size_t n = 0;
    int err = 0;
    char **names = folder ? list_files(folder, &n, &err) : NULL;
    if (err)
        rp_diag_error(diag, folder, 0, 0, "cannot read the editions folder: %s",
                      strerror(errno));
    if (es && !(es->e = calloc(n ? n : 1, sizeof *es->e))) {
        free(es);
        es = NULL;
    }
    int bad = !es || !folder || err;
    for (size_t i = 0; i < n; i++) {
        char *path = rp_strfmt("%s/%s", folder, names[i]);
        rp_edition *e = path && !bad ? rp_edition_load(path, path, diag) : NULL;
        if (e)
            es->e[es->n++] = e;
        else
            bad = 1;
        free(path);
        free(names[i]);
    }
    free(names);
    free(folder);
    if (bad) {
        rp_editions_free(es);
        return NULL;
    }
    if (es->n > 1)
        qsort(es->e, es->n, sizeof *es->e, by_date);
    return es;
}

void rp_editions_free(rp_editions *es)
{
    if (!es)
        return;
    for (size_t i = 0; i < es->n; i++)
        rp_edition_free(es->e[i]);
    free(es->e);
    free(es);
}

const rp_edition *rp_editions_find(const rp_editions *es, const char *name)
{
    size_t len = strlen(name);
    if (len > 4 && !strcmp(name + len - 4, ".csv"))
        len -= 4;
    for (size_t i = 0; es && i < es->n; i++)
        if (strlen(es->e[i]->name) == len && !strncmp(es->e[i]->name, name, len))
            return es->e[i];
    return NULL;
}

const rp_edition *rp_editions_latest(const rp_editions *es, unsigned mask, long long epoch,
                                     const char *except)
{
    for (size_t i = es ? es->n : 0; i-- > 0;) {
        const rp_edition *e = es->e[i];
        if ((mask & (1u << e->kind)) && e->epoch <= epoch &&
            !(except && !strcmp(e->name, except)))
            return e;
    }
    return NULL;
}
