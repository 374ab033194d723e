/* One streaming pass over a dataset: row checks and per-indicator accumulation. */
#include "datasets/scan.h"
#include "datasets/atoms.h"
#include "base/buf.h"
#include "base/hash.h"
#include "datasets/table.h"
#include "base/value.h"
#include "datasets/numcell.h"
#include "datasets/pgsource.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define NY (RP_YEAR_MAX - RP_YEAR_MIN + 1)

/* Working state of one indicator during the pass. */
typedef struct {
    rp_indicator_data *d;
    rp_cell *years;        /* NY cells from 1900 */
    rp_cell *regions;      /* nregions * NY */
    rp_hash *cats;
    rp_cell *by;           /* capcats * NY */
    size_t capcats;
    int col;               /* mean: the value column */
    int by_col;            /* breakdown column, -1 without */
    unsigned char code;    /* the row just read: RP_ATOM_DEN | RP_ATOM_WHERE */
    int cat;               /* and its category, -1 without */
    char **notes;          /* NY: the first note of each year (note column), or NULL */
} acc;

typedef struct {
    rp_scan *s;
    rp_table *t;
    const rp_monitor *m;
    const rp_regions *regions;
    rp_diag *diag;
    acc *a;
    unsigned char present[NY];
    unsigned char *region_seen;
    rp_hash *keys;         /* duplicate detection */
    long *key_line;
    size_t capkeys;
    int id_col;
    int note_col;          /* note or noot: text on one year, -1 without */
    unsigned char *codes;  /* per indicator, the row's atom (see datasets/atoms.h) */
    int *cats;
    rp_buf key;
} scanner;

static int check_column(scanner *sc, const char *col, const char *key, long line,
                        const char *ind)
{
    rp_csv *c = rp_table_csv(sc->t);
    if (rp_csv_find(c, col) >= 0)
        return 0;
    rp_buf cols;
    rp_buf_init(&cols);
    for (size_t i = 0; i < rp_csv_ncols(c); i++)
        rp_buf_printf(&cols, "%s%s", i ? ", " : "", rp_csv_colname(c, i));
    rp_diag_error(sc->diag, sc->m->ini, line, 0,
                  "[indicator %s] %s names column \"%s\", which %s does not have; expected one "
                  "of: %s", ind, key, col, rp_csv_name(c), rp_buf_str(&cols));
    rp_buf_free(&cols);
    return -1;
}

static int bind_filter(scanner *sc, rp_filter *f, const char *key, long line, const char *ind)
{
    for (size_t i = 0; i < rp_filter_nterms(f); i++)
        if (check_column(sc, rp_filter_column(f, i), key, line, ind))
            return -1;
    return rp_filter_bind(f, rp_table_csv(sc->t), NULL);
}

static int setup_acc(scanner *sc, acc *a, rp_indicator_data *d)
{
    const rp_indicator_def *def = d->def;
    rp_csv *c = rp_table_csv(sc->t);
    a->d = d;
    a->col = a->by_col = -1;
    a->years = calloc(NY, sizeof(rp_cell));
    if (!a->years)
        return -1;
    if (sc->regions && rp_table_region_col(sc->t) >= 0) {
        a->regions = calloc(sc->regions->n * NY, sizeof(rp_cell));
        if (!a->regions)
            return -1;
        d->nregions = sc->regions->n;
    }
    int bad = 0;
    if (def->where)
        bad |= bind_filter(sc, def->where, "where", def->where_line, def->id);
    if (def->denominator)
        bad |= bind_filter(sc, def->denominator, "denominator", def->denominator_line, def->id);
    if (def->column) {
        bad |= check_column(sc, def->column, "column", def->column_line, def->id);
        a->col = rp_csv_find(c, def->column);
    }
    /* monitor.ini already said a mean needs `column`; in partial mode (validate) the
     * indicator still arrives here and must not be read */
    if (def->measure == RP_MEASURE_MEAN && a->col < 0)
        bad = 1;
    if (def->by) {
        bad |= check_column(sc, def->by, "by", def->by_line, def->id);
        a->by_col = rp_csv_find(c, def->by);
        a->cats = rp_hash_new();
        if (!a->cats)
            return -1;
    }
    return bad ? 1 : 0;
}

static rp_cell *cat_cells(acc *a, const char *v)
{
    size_t i = rp_hash_put(a->cats, v, strlen(v), NULL);
    if (i == (size_t)-1)
        return NULL;
    if (i >= a->capcats) {
        size_t cap = a->capcats ? 2 * a->capcats : 8;
        rp_cell *p = realloc(a->by, cap * NY * sizeof *p);
        if (!p)
            return NULL;
        memset(p + a->capcats * NY, 0, (cap - a->capcats) * NY * sizeof *p);
        a->by = p;
        a->capcats = cap;
    }
    return a->by + i * NY;
}

static void add_to(rp_cell *cell, const rp_trow *row, int in_where, int in_den, double x,
                   int has_x)
{
    if (isnan(row->weight)) { /* an empty count: whatever it adds to is not known */
        cell->den_unknown += in_den;
        cell->unknown += in_where;
        return;
    }
    if (in_den)
        cell->den += row->weight;
    if (!in_where)
        return;
    cell->num += row->weight;
    cell->rows += row->raw.weight; /* the records behind the row: 1 in a file */
    if (!isnan(row->lo)) {
        cell->lo += row->lo;
        cell->hi += row->hi;
        cell->bounded += 1;
    }
    if (!isnan(row->value)) {
        cell->value += row->value;
        cell->valued += 1;
        if (!isnan(row->n)) {
            cell->vn += row->n;
            cell->valued_n += 1;
        }
    }
    if (has_x) {
        cell->sum += row->weight * x;
        cell->sumsq += row->weight * x * x;
    }
}

static unsigned flag_bit(char f)
{
    return f == 'p' ? RP_FLAG_P : f == 'e' ? RP_FLAG_E : f == 'r' ? RP_FLAG_R : 0;
}

/* Reads the value of a mean indicator; -1 when it is not a number (reported). */
static int mean_value(scanner *sc, acc *a, const rp_trow *row, double *x, int *has)
{
    const char *s = row->raw.f[a->col];
    *has = 0;
    if (!*s) {
        a->d->missing += row->weight;
        return 0;
    }
    rp_csv *c = rp_table_csv(sc->t);
    int r = rp_parse_grouped(s, rp_csv_decimal(c), x);
    if (r == RP_NUM_GROUPS) {
        rp_numcell_groups_error(sc->diag, rp_csv_name(c), row->raw.fline[a->col], a->col + 1,
                                rp_csv_colname(c, (size_t)a->col), s, rp_csv_decimal(c));
        return -1;
    }
    if (r != RP_NUM_OK) {
        rp_diag_error(sc->diag, rp_csv_name(c), row->raw.fline[a->col], a->col + 1,
                      "%s \"%s\" is not a number; expected a number with a decimal %s",
                      rp_csv_colname(c, (size_t)a->col), s,
                      rp_diag_text(sc->diag, rp_csv_decimal(c) == ',' ? "comma" : "point"));
        return -1;
    }
    *has = 1;
    return 0;
}

static void accumulate(scanner *sc, acc *a, const rp_trow *row)
{
    const rp_indicator_def *def = a->d->def;
    rp_csv *c = rp_table_csv(sc->t);
    char dec = rp_csv_decimal(c);
    a->code = 0;
    a->cat = -1;
    int in_den = def->denominator ? rp_filter_match(def->denominator, &row->raw, dec) : 1;
    if (!in_den)
        return;
    if (a->cats) /* a row outside the denominator adds to none of its categories */
        a->cat = (int)rp_hash_put(a->cats, row->raw.f[a->by_col], strlen(row->raw.f[a->by_col]),
                                  NULL);
    int in_where = def->where ? rp_filter_match(def->where, &row->raw, dec) : 1;
    double x = 0;
    int has_x = 0;
    if (def->measure == RP_MEASURE_MEAN && in_where && !isnan(row->weight)) {
        if (mean_value(sc, a, row, &x, &has_x))
            return;
        if (!has_x)
            in_where = 0;
    }
    a->code = (unsigned char)(RP_ATOM_DEN | (in_where ? RP_ATOM_WHERE : 0));
    size_t y = (size_t)(row->year - RP_YEAR_MIN);
    rp_cell *cell = &a->years[y];
    add_to(cell, row, in_where, in_den, x, has_x);
    if (sc->note_col >= 0 && in_where && *row->raw.f[sc->note_col]) {
        if (!a->notes)
            a->notes = calloc(NY, sizeof *a->notes);
        if (a->notes && !a->notes[y])
            a->notes[y] = rp_strdup(row->raw.f[sc->note_col]);
    }
    cell->flags |= flag_bit(row->flag);
    if (a->regions && row->region >= 0)
        add_to(&a->regions[(size_t)row->region * NY + y], row, in_where, in_den, x, has_x);
    if (a->cats) {
        rp_cell *cc = cat_cells(a, row->raw.f[a->by_col]);
        if (cc)
            add_to(&cc[y], row, in_where, in_den, x, has_x);
    }
}

/* Counts datasets: two rows with the same cells (apart from count and flag) count the same
 * thing twice. Records with an id column: an id may appear once. */
static void check_duplicate(scanner *sc, const rp_trow *row)
{
    rp_csv *c = rp_table_csv(sc->t);
    int count_col = rp_table_count_col(sc->t), flag_col = rp_table_flag_col(sc->t);
    int hi_col, lo_col = rp_table_bounds_cols(sc->t, &hi_col);
    rp_buf_clear(&sc->key);
    if (sc->id_col >= 0) {
        rp_buf_puts(&sc->key, row->raw.f[sc->id_col]);
    } else { /* the cells that say what is counted, not the count or what is said of it */
        for (size_t i = 0; i < row->raw.n; i++)
            if ((int)i != count_col && (int)i != flag_col && (int)i != lo_col &&
                (int)i != hi_col && (int)i != sc->note_col) {
                rp_buf_puts(&sc->key, row->raw.f[i]);
                rp_buf_putc(&sc->key, '\x1f');
            }
    }
    int added;
    size_t i = rp_hash_put(sc->keys, sc->key.data, sc->key.len, &added);
    if (i == (size_t)-1)
        return;
    if (!added && !rp_csv_has_lines(c)) { /* a database's rows have no lines to point at */
        rp_buf cells;
        rp_buf_init(&cells);
        for (size_t k = 0; k < row->raw.n; k++)
            if ((int)k != count_col && (int)k != flag_col && (int)k != lo_col &&
                (int)k != hi_col && (int)k != sc->note_col && sc->id_col < 0)
                rp_buf_printf(&cells, "%s%s = %s", cells.len ? ", " : "", rp_csv_colname(c, k),
                              row->raw.f[k]);
        if (sc->id_col >= 0)
            rp_diag_error(sc->diag, rp_csv_name(c), 0, 0, "id \"%s\" appears again; expected "
                          "each id once", row->raw.f[sc->id_col]);
        else
            rp_diag_error(sc->diag, rp_csv_name(c), 0, 0, "duplicate row: %s twice; expected one "
                          "count per combination (add them up in the query)",
                          rp_buf_str(&cells));
        rp_buf_free(&cells);
        return;
    }
    if (!added) {
        if (sc->id_col >= 0)
            rp_diag_error(sc->diag, rp_csv_name(c), row->raw.line, sc->id_col + 1,
                          "id \"%s\" appears again (first on line %ld); expected each id once",
                          row->raw.f[sc->id_col], sc->key_line[i]);
        else
            rp_diag_error(sc->diag, rp_csv_name(c), row->raw.line, 0,
                          "duplicate row: the same cells as line %ld; expected one count per "
                          "combination (add them up, or mark a revision with flag r)",
                          sc->key_line[i]);
        return;
    }
    if (i >= sc->capkeys) {
        size_t cap = sc->capkeys ? 2 * sc->capkeys : 256;
        long *p = realloc(sc->key_line, cap * sizeof *p);
        if (!p)
            return;
        sc->key_line = p;
        sc->capkeys = cap;
    }
    sc->key_line[i] = row->raw.line;
}

/* The row's atom: what every indicator made of it (datasets/atoms.h). */
static void add_atom(scanner *sc, const rp_trow *row)
{
    rp_scan *s = sc->s;
    for (size_t k = 0; k < s->nind; k++) {
        sc->codes[k] = sc->a[k].code;
        sc->cats[k] = sc->a[k].cat;
    }
    if (rp_atoms_add(s->atoms, row->year, row->region, sc->codes, sc->cats, row->weight)) {
        rp_atoms_free(s->atoms); /* no atoms: the model then refuses to publish */
        s->atoms = NULL;
        s->atoms_failed = 1;
    }
}

static void read_rows(scanner *sc)
{
    rp_scan *s = sc->s;
    rp_trow row;
    int r;
    while ((r = rp_table_next(sc->t, &row)) > 0) {
        if (sc->keys)
            check_duplicate(sc, &row);
        if (isnan(row.weight))
            s->info.empty_counts++;
        else
            s->info.total += row.weight;
        if (row.year) {
            sc->present[row.year - RP_YEAR_MIN] = 1;
            for (size_t k = 0; k < s->nind; k++)
                accumulate(sc, &sc->a[k], &row);
            if (s->atoms && !isnan(row.weight))
                add_atom(sc, &row);
        }
        if (row.region >= 0 && sc->region_seen)
            sc->region_seen[row.region] = 1;
    }
    s->info.rows = rp_table_rows(sc->t);
    s->info.read = r == 0; /* -1: the file could not be read to its end */
}

/* A missing cell keeps no partial sums: nothing downstream may add up the rows it knows. */
static void clear_missing(const rp_indicator_data *d, rp_cell *c, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (c[i].unknown > 0 || (d->def->measure == RP_MEASURE_SHARE && c[i].den_unknown > 0)) {
            rp_cell keep = {0};
            keep.unknown = c[i].unknown;
            keep.den_unknown = c[i].den_unknown;
            keep.flags = c[i].flags;
            c[i] = keep;
        }
}

int rp_cell_missing(const rp_indicator_data *d, const rp_cell *c)
{
    return c->unknown > 0 || (d->def->measure == RP_MEASURE_SHARE && c->den_unknown > 0) ||
           (d->absent_missing && c->rows == 0);
}

/* Narrows the 1900-2100 arrays to the years the dataset has. */
static void finish(scanner *sc)
{
    rp_scan *s = sc->s;
    int lo = 0, hi = 0;
    for (int y = 0; y < NY; y++)
        if (sc->present[y]) {
            if (!lo)
                lo = y + RP_YEAR_MIN;
            hi = y + RP_YEAR_MIN;
        }
    s->info.year_min = lo;
    s->info.year_max = hi;
    size_t ny = lo ? (size_t)(hi - lo + 1) : 0, off = lo ? (size_t)(lo - RP_YEAR_MIN) : 0;
    s->info.present = calloc(ny ? ny : 1, 1);
    if (s->info.present && ny)
        memcpy(s->info.present, sc->present + off, ny);
    for (size_t i = 0; sc->regions && sc->region_seen && i < sc->regions->n; i++)
        s->info.nregions_seen += sc->region_seen[i];
    for (size_t k = 0; k < s->nind; k++) {
        acc *a = &sc->a[k];
        rp_indicator_data *d = a->d;
        d->year_min = lo;
        d->year_max = hi;
        d->present = s->info.present;
        d->years = calloc(ny ? ny : 1, sizeof(rp_cell));
        if (d->years && ny)
            memcpy(d->years, a->years + off, ny * sizeof(rp_cell));
        if (a->regions) {
            d->regions = calloc(d->nregions * (ny ? ny : 1), sizeof(rp_cell));
            for (size_t g = 0; d->regions && g < d->nregions; g++)
                memcpy(d->regions + g * ny, a->regions + g * NY + off, ny * sizeof(rp_cell));
        }
        if (a->notes) { /* handed over: the years outside lo..hi have none */
            d->notes = calloc(ny ? ny : 1, sizeof *d->notes);
            for (size_t y = 0; d->notes && y < ny; y++) {
                d->notes[y] = a->notes[off + y];
                a->notes[off + y] = NULL;
            }
        }
        clear_missing(d, d->years, d->years ? ny : 0);
        clear_missing(d, d->regions, d->regions ? d->nregions * ny : 0);
        if (a->cats) {
            d->ncats = rp_hash_count(a->cats);
            d->cats = calloc(d->ncats ? d->ncats : 1, sizeof(char *));
            d->by = calloc((d->ncats ? d->ncats : 1) * (ny ? ny : 1), sizeof(rp_cell));
            for (size_t i = 0; d->cats && d->by && i < d->ncats; i++) {
                d->cats[i] = rp_strdup(rp_hash_key(a->cats, i, NULL));
                memcpy(d->by + i * ny, a->by + i * NY + off, ny * sizeof(rp_cell));
            }
            clear_missing(d, d->by, d->cats && d->by ? d->ncats * ny : 0);
        }
    }
}

static int check_kind(scanner *sc, const rp_dataset_def *def)
{
    rp_csv *c = rp_table_csv(sc->t);
    int has_count = rp_table_count_col(sc->t) >= 0;
    sc->s->info.kind = has_count ? RP_KIND_COUNTS : RP_KIND_RECORDS;
    if (def->kind == RP_KIND_COUNTS && !has_count) {
        rp_diag_error(sc->diag, rp_csv_name(c), rp_csv_header_line(c), 0,
                      "dataset %s has kind = counts but no column count or aantal; expected "
                      "one", def->id);
        return -1;
    }
    if (def->kind == RP_KIND_RECORDS && has_count) {
        rp_diag_error(sc->diag, sc->m->ini, def->line, 0,
                      "[dataset %s] has kind = records but %s has a count column; leave kind "
                      "out (counts are detected) or rename the column", def->id, rp_csv_name(c));
        return -1;
    }
    int hi, lo = rp_table_bounds_cols(sc->t, &hi);
    if ((lo < 0) != (hi < 0)) {
        rp_diag_error(sc->diag, rp_csv_name(c), rp_csv_header_line(c), 0,
                      "a column %s without %s; expected both lo and hi (ondergrens and "
                      "bovengrens) for a published interval, or neither",
                      lo >= 0 ? rp_csv_colname(c, (size_t)lo) : rp_csv_colname(c, (size_t)hi),
                      rp_diag_text(sc->diag, lo >= 0 ? "hi or bovengrens"
                                                     : "lo or ondergrens"));
        return -1;
    }
    if (lo >= 0 && !has_count) {
        rp_diag_error(sc->diag, rp_csv_name(c), rp_csv_header_line(c), 0,
                      "published bounds (%s, %s) in a file without a count column; expected "
                      "counts (count or aantal) that the bounds belong to",
                      rp_csv_colname(c, (size_t)lo), rp_csv_colname(c, (size_t)hi));
        return -1;
    }
    int n_col, value_col = rp_table_value_cols(sc->t, &n_col);
    if (def->percent && value_col < 0) {
        rp_diag_error(sc->diag, sc->m->ini, def->unit_line, 0,
                      "[dataset %s] has unit = percent, but %s has no published shares (a "
                      "column value or waarde); expected unit only for such a column",
                      def->id, rp_dataset_name(def));
        return -1;
    }
    if (rp_table_year_col(sc->t) < 0) {
        rp_diag_error(sc->diag, rp_csv_name(c), rp_csv_header_line(c), 0,
                      "no column year or jaar; expected one (every row belongs to a year)");
        return -1;
    }
    return 0;
}

static int copy_columns(rp_scan *s, rp_csv *c)
{
    s->info.ncolumns = rp_csv_ncols(c);
    s->info.columns = calloc(s->info.ncolumns, sizeof(char *));
    if (!s->info.columns)
        return -1;
    for (size_t i = 0; i < s->info.ncolumns; i++)
        if (!(s->info.columns[i] = rp_strdup(rp_csv_colname(c, i))))
            return -1;
    return 0;
}

static int setup(scanner *sc, const rp_dataset_def *def, const rp_indicator_def *const *ind)
{
    rp_scan *s = sc->s;
    rp_csv *c = rp_table_csv(sc->t);
    if (copy_columns(s, c) || check_kind(sc, def))
        return -1;
    sc->id_col = rp_csv_find(c, "id");
    sc->note_col = rp_csv_find(c, "note");
    if (sc->note_col < 0)
        sc->note_col = rp_csv_find(c, "noot");
    /* a database that counted the records checked their ids where they are */
    if (s->info.kind == RP_KIND_COUNTS || (sc->id_col >= 0 && !rp_csv_grouped(c))) {
        sc->keys = rp_hash_new();
        if (!sc->keys)
            return -1;
    }
    if (sc->regions && !(sc->region_seen = calloc(sc->regions->n, 1)))
        return -1;
    s->ind = calloc(s->nind ? s->nind : 1, sizeof *s->ind);
    sc->a = calloc(s->nind ? s->nind : 1, sizeof *sc->a);
    if (!s->ind || !sc->a)
        return -1;
    if (sc->m->suppress_below > 0) { /* disclosure control will audit what is published */
        s->atoms = rp_atoms_new(s->nind);
        sc->codes = calloc(s->nind ? s->nind : 1, 1);
        sc->cats = calloc(s->nind ? s->nind : 1, sizeof *sc->cats);
        if (!s->atoms || !sc->codes || !sc->cats)
            return -1;
    }
    int bad = 0;
    for (size_t k = 0; k < s->nind; k++) {
        s->ind[k].def = ind[k];
        int r = setup_acc(sc, &sc->a[k], &s->ind[k]);
        if (r < 0)
            return -1;
        bad |= r;
    }
    return bad ? -1 : 0;
}

static void free_scanner(scanner *sc)
{
    for (size_t k = 0; sc->a && k < sc->s->nind; k++) {
        free(sc->a[k].years);
        free(sc->a[k].regions);
        free(sc->a[k].by);
        for (size_t y = 0; sc->a[k].notes && y < NY; y++)
            free(sc->a[k].notes[y]);
        free(sc->a[k].notes);
        rp_hash_free(sc->a[k].cats);
    }
    free(sc->a);
    free(sc->codes);
    free(sc->cats);
    free(sc->region_seen);
    rp_hash_free(sc->keys);
    free(sc->key_line);
    rp_buf_free(&sc->key);
    rp_table_close(sc->t);
}

/* The columns a scan reads: the well-known ones (not the count, which a database that counts
 * records gives as each group's weight) and every column a filter, breakdown or mean of the
 * indicators names. Borrowed names; NULL when memory runs out. */
static const char **read_columns(const rp_indicator_def *const *ind, size_t nind, size_t *n)
{
    static const char *const known[] = {"year", "jaar", "region", "regio", "flag", "note", "noot"};
    size_t nk = sizeof known / sizeof *known, cap = nk;
    for (size_t k = 0; k < nind; k++)
        cap += rp_filter_nterms(ind[k]->where) + rp_filter_nterms(ind[k]->denominator) + 2;
    const char **cols = malloc(cap * sizeof *cols);
    *n = 0;
    for (size_t i = 0; cols && i < nk; i++)
        cols[(*n)++] = known[i];
    for (size_t k = 0; cols && k < nind; k++) {
        const rp_filter *fs[2] = {ind[k]->where, ind[k]->denominator};
        for (size_t f = 0; f < 2; f++)
            for (size_t t = 0; t < rp_filter_nterms(fs[f]); t++)
                cols[(*n)++] = rp_filter_column(fs[f], t);
        if (ind[k]->by)
            cols[(*n)++] = ind[k]->by;
        if (ind[k]->column)
            cols[(*n)++] = ind[k]->column;
    }
    return cols;
}

/* Where the rows come from: the dataset's file, or its database, which counts the records by
 * the columns the indicators read (datasets/pgsource.h); the pass is the same for both. */
static rp_table *open_rows(const rp_monitor *m, const rp_dataset_def *def,
                           const rp_indicator_def *const *ind, size_t nind,
                           const rp_regions *regions, rp_diag *diag)
{
    if (!def->database)
        return rp_table_open(def->path, def->path, def->decimal, regions, diag);
    size_t n;
    const char **cols = read_columns(ind, nind, &n);
    rp_csv *c = cols ? rp_pg_open(m, def, cols, n, NULL, 0, diag) : NULL;
    free(cols);
    return rp_table_wrap(c, regions, diag);
}

rp_scan *rp_scan_dataset(const rp_monitor *m, const rp_dataset_def *def,
                         const rp_indicator_def *const *ind, size_t nind,
                         const rp_regions *regions, rp_diag *diag)
{
    scanner sc = {0};
    sc.m = m;
    sc.regions = regions;
    sc.diag = diag;
    sc.id_col = -1;
    sc.note_col = -1;
    sc.t = open_rows(m, def, ind, nind, regions, diag);
    if (!sc.t)
        return NULL;
    sc.s = calloc(1, sizeof *sc.s);
    if (!sc.s) {
        free_scanner(&sc);
        return NULL;
    }
    sc.s->info.def = def;
    sc.s->nind = nind;
    rp_table_set_percent(sc.t, def->percent);
    if (setup(&sc, def, ind) == 0) {
        read_rows(&sc);
        finish(&sc);
        int hi, bounds = rp_table_bounds_cols(sc.t, &hi) >= 0;
        for (size_t k = 0; sc.s->ind && k < nind; k++) {
            sc.s->ind[k].absent_missing = sc.s->info.kind == RP_KIND_COUNTS && !def->absent_zero;
            sc.s->ind[k].bounds = bounds;
        }
    } else if (!sc.s->info.present) {
        sc.s->info.present = calloc(1, 1);
    }
    rp_scan *s = sc.s;
    free_scanner(&sc);
    return s;
}

void rp_scan_free(rp_scan *s)
{
    if (!s)
        return;
    rp_atoms_free(s->atoms);
    for (size_t k = 0; s->ind && k < s->nind; k++) {
        rp_indicator_data *d = &s->ind[k];
        free(d->years);
        free(d->regions);
        free(d->by);
        for (size_t i = 0; d->cats && i < d->ncats; i++)
            free(d->cats[i]);
        free(d->cats);
        for (int y = 0; d->notes && y <= d->year_max - d->year_min; y++)
            free(d->notes[y]);
        free(d->notes);
    }
    free(s->ind);
    for (size_t i = 0; i < s->info.ncolumns; i++)
        free(s->info.columns[i]);
    free(s->info.columns);
    free(s->info.present);
    free(s);
}

const rp_cell *rp_indicator_year(const rp_indicator_data *d, int y)
{
    if (!d->year_min || y < d->year_min || y > d->year_max || !d->years)
        return NULL;
    return &d->years[y - d->year_min];
}
