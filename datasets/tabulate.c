/* Streaming count table: one pass, groups kept in hash maps. */
#include "datasets/tabulate.h"
#include "datasets/buf.h"
#include "datasets/filter.h"
#include "datasets/hash.h"
#include "datasets/table.h"
#include "datasets/value.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    rp_table *t;
    rp_diag *diag;
    size_t nby;
    int *col;
    rp_hash *groups;       /* encoded cell values -> group */
    rp_buf key;
    double *count;
    size_t cap;
} tabber;

static int missing_col(tabber *tb, const char *what, const char *name)
{
    rp_csv *c = rp_table_csv(tb->t);
    rp_buf cols;
    rp_buf_init(&cols);
    for (size_t i = 0; i < rp_csv_ncols(c); i++)
        rp_buf_printf(&cols, "%s%s", i ? ", " : "", rp_csv_colname(c, i));
    rp_diag_error(tb->diag, rp_csv_name(c), rp_csv_header_line(c), 0,
                  "no column \"%s\" for %s; expected one of: %s", name, what,
                  rp_buf_str(&cols));
    rp_buf_free(&cols);
    return -1;
}

/* A group's key: each cell's length (4 bytes) and bytes, so that no value can run into the
 * next; one hash lookup per row. */
static int add_row(tabber *tb, const rp_trow *row)
{
    size_t need = 0;
    for (size_t k = 0; k < tb->nby; k++)
        need += sizeof(uint32_t) + row->raw.len[tb->col[k]];
    rp_buf_clear(&tb->key);
    if (rp_buf_reserve(&tb->key, need))
        return -1;
    char *w = tb->key.data;
    for (size_t k = 0; k < tb->nby; k++) {
        uint32_t n = (uint32_t)row->raw.len[tb->col[k]];
        memcpy(w, &n, sizeof n);
        memcpy(w + sizeof n, row->raw.f[tb->col[k]], n);
        w += sizeof n + n;
    }
    tb->key.len = need;
    size_t g = rp_hash_put(tb->groups, tb->key.data, tb->key.len, NULL);
    if (g == (size_t)-1)
        return -1;
    if (g >= tb->cap) {
        size_t cap = tb->cap ? 2 * tb->cap : 256;
        double *p = realloc(tb->count, cap * sizeof *p);
        if (!p)
            return -1;
        memset(p + tb->cap, 0, (cap - tb->cap) * sizeof *p);
        tb->count = p;
        tb->cap = cap;
    }
    tb->count[g] += row->weight;
    return 0;
}

typedef struct {
    char **key;
    size_t ncols;
    double count;
} out_row;

static int cmp_rows(const void *pa, const void *pb)
{
    const out_row *a = pa, *b = pb;
    for (size_t k = 0; k < a->ncols; k++) {
        int c = rp_natural_cmp(a->key[k], b->key[k]);
        if (c)
            return c;
    }
    return 0;
}

/* Turns the packed groups into sorted rows of text. */
static rp_tab *collect(tabber *tb, rp_tab *tab)
{
    size_t n = rp_hash_count(tb->groups);
    out_row *rows = calloc(n ? n : 1, sizeof *rows);
    tab->keys = calloc((n ? n : 1) * tb->nby, sizeof(char *));
    tab->count = calloc(n ? n : 1, sizeof(double));
    if (!rows || !tab->keys || !tab->count) {
        free(rows);
        return NULL;
    }
    for (size_t g = 0; g < n; g++) {
        const char *key = rp_hash_key(tb->groups, g, NULL);
        rows[g].key = tab->keys + g * tb->nby;
        rows[g].ncols = tb->nby;
        rows[g].count = tb->count[g];
        for (size_t k = 0; k < tb->nby; k++) {
            uint32_t len;
            memcpy(&len, key, sizeof len);
            rows[g].key[k] = rp_strndup(key + sizeof len, len);
            key += sizeof len + len;
        }
    }
    qsort(rows, n, sizeof *rows, cmp_rows);
    char **sorted = calloc((n ? n : 1) * tb->nby, sizeof(char *));
    if (!sorted) {
        free(rows);
        return NULL;
    }
    for (size_t g = 0; g < n; g++) {
        memcpy(sorted + g * tb->nby, rows[g].key, tb->nby * sizeof(char *));
        tab->count[g] = rows[g].count;
        tab->total += rows[g].count;
    }
    free(tab->keys);
    tab->keys = sorted;
    tab->n = n;
    free(rows);
    return tab;
}

static int setup(tabber *tb, rp_tab *tab, const char *const *by, size_t nby, rp_filter *f)
{
    rp_csv *c = rp_table_csv(tb->t);
    tb->nby = nby;
    tb->col = calloc(nby, sizeof *tb->col);
    tab->cols = calloc(nby, sizeof *tab->cols);
    tb->groups = rp_hash_new();
    if (!tb->col || !tab->cols || !tb->groups)
        return -1;
    tab->ncols = nby;
    int bad = 0;
    for (size_t k = 0; k < nby; k++) {
        tb->col[k] = rp_csv_find(c, by[k]);
        if (tb->col[k] < 0) {
            bad = missing_col(tb, "--by", by[k]);
            continue;
        }
        tab->cols[k] = rp_strdup(rp_csv_colname(c, (size_t)tb->col[k]));
    }
    for (size_t i = 0; i < rp_filter_nterms(f); i++)
        if (rp_csv_find(c, rp_filter_column(f, i)) < 0)
            bad = missing_col(tb, "--where", rp_filter_column(f, i));
    if (!bad)
        rp_filter_bind(f, c, NULL);
    return bad;
}

static void free_tabber(tabber *tb)
{
    free(tb->col);
    rp_buf_free(&tb->key);
    rp_hash_free(tb->groups);
    free(tb->count);
    rp_table_close(tb->t);
}

rp_tab *rp_tabulate(const char *path, const char *const *by, size_t nby, const char *where,
                    char decimal, rp_diag *diag)
{
    if (nby == 0 || nby > 64)
        return NULL;
    size_t before = rp_diag_errors(diag);
    char *err = NULL;
    rp_filter *f = rp_filter_parse(where, &err);
    if (!f) {
        rp_diag_error(diag, "--where", 0, 0, "%s", err ? err : "out of memory");
        free(err);
        return NULL;
    }
    tabber tb = {0};
    tb.diag = diag;
    tb.t = rp_table_open(path, path, decimal, NULL, diag);
    rp_tab *tab = calloc(1, sizeof *tab);
    int ok = tb.t && tab ? setup(&tb, tab, by, nby, f) : -1;
    rp_trow row;
    int r = 0;
    char dec = tb.t ? rp_csv_decimal(rp_table_csv(tb.t)) : '.';
    while (ok == 0 && (r = rp_table_next(tb.t, &row)) > 0)
        if (rp_filter_match(f, &row.raw, dec) && add_row(&tb, &row))
            ok = -1;
    if (ok == 0 && r == 0 && rp_diag_errors(diag) == before) {
        tab->rows = rp_table_rows(tb.t);
        if (!collect(&tb, tab))
            ok = -1;
    } else {
        ok = -1;
    }
    free_tabber(&tb);
    rp_filter_free(f);
    if (ok != 0) {
        rp_tab_free(tab);
        return NULL;
    }
    return tab;
}

void rp_tab_free(rp_tab *t)
{
    if (!t)
        return;
    for (size_t i = 0; t->keys && i < t->n * t->ncols; i++)
        free(t->keys[i]);
    for (size_t k = 0; t->cols && k < t->ncols; k++)
        free(t->cols[k]);
    free(t->cols);
    free(t->keys);
    free(t->count);
    free(t);
}
