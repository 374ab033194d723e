/* Streaming count table: one pass, groups kept in hash maps. */
#include "datasets/tabulate.h"
#include "base/buf.h"
#include "datasets/filter.h"
#include "base/hash.h"
#include "datasets/table.h"
#include "base/value.h"
#include "datasets/pgsource.h"

#include <glib.h>
#include <math.h>
#include <pthread.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct tabber {
    rp_table *t;
    rp_diag *diag;
    size_t nby;
    int *col;
    rp_hash *groups;       /* encoded cell values -> group */
    rp_buf key;
    double *count;
    uint64_t *ckey;        /* per group: its records' keys added up (with a key) */
    size_t cap;
    const unsigned char *secret; /* the project's key, or NULL */
    size_t nsecret;
    GHmac *hmac;           /* keyed with it, copied per record */
    const rp_tab_hook *hook;
    char dec;
} tabber;

/* A record's key: the first 8 bytes of HMAC-SHA256 of its fields (each with its length) under
 * the project's key, so the same record always has the same key and nobody without the key
 * can tell it; a counts row's count records share it. */
static uint64_t record_key(tabber *tb, const rp_trow *row)
{
    if (row->raw.keysum) /* a group of records counted by a database, their keys added up */
        return *row->raw.keysum;
    GHmac *h = g_hmac_copy(tb->hmac);
    if (!h)
        return 0;
    for (size_t i = 0; i < row->raw.n; i++) {
        guchar len[4] = {(guchar)(row->raw.len[i] >> 24), (guchar)(row->raw.len[i] >> 16),
                         (guchar)(row->raw.len[i] >> 8), (guchar)row->raw.len[i]};
        g_hmac_update(h, len, 4);
        g_hmac_update(h, (const guchar *)row->raw.f[i], (gssize)row->raw.len[i]);
    }
    guint8 dig[32];
    gsize n = sizeof dig;
    g_hmac_get_digest(h, dig, &n);
    g_hmac_unref(h);
    uint64_t k = 0;
    for (int i = 0; i < 8; i++)
        k = k << 8 | dig[i];
    double w = row->weight;
    return w >= 1 && w < 1e15 && w == floor(w) ? k * (uint64_t)w : k;
}

/* Room for group g in the count and key arrays. */
static int grow(tabber *tb, size_t g)
{
    if (g < tb->cap)
        return 0;
    size_t cap = tb->cap ? 2 * tb->cap : 256;
    while (cap <= g)
        cap *= 2;
    double *p = realloc(tb->count, cap * sizeof *p);
    if (!p)
        return -1;
    memset(p + tb->cap, 0, (cap - tb->cap) * sizeof *p);
    tb->count = p;
    if (tb->secret) {
        uint64_t *q = realloc(tb->ckey, cap * sizeof *q);
        if (!q)
            return -1;
        memset(q + tb->cap, 0, (cap - tb->cap) * sizeof *q);
        tb->ckey = q;
    }
    tb->cap = cap;
    return 0;
}

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
    if (isnan(row->weight)) { /* an empty count cell: reported, and the table refused */
        rp_csv *c = rp_table_csv(tb->t);
        int k = rp_table_count_col(tb->t);
        rp_diag_error(tb->diag, rp_csv_name(c), row->raw.fline[k], k + 1, "%s is empty: a "
                      "count that was not reported, which no sum can include; expected the "
                      "count of every row that is counted (a missing count is not 0)",
                      rp_csv_colname(c, (size_t)k));
        return 0;
    }
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
    if (g == (size_t)-1 || grow(tb, g))
        return -1;
    tb->count[g] += row->weight;
    if (tb->secret)
        tb->ckey[g] += record_key(tb, row); /* modulo 2^64 */
    if (tb->hook && tb->hook->row(tb->hook->ctx, g, row, tb->dec))
        return -1;
    return 0;
}

typedef struct {
    char **key;
    size_t ncols;
    double count;
    uint64_t ckey;
    size_t g;
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
    tab->ckey = tb->secret ? calloc(n ? n : 1, sizeof *tab->ckey) : NULL;
    tab->group = tb->hook ? calloc(n ? n : 1, sizeof *tab->group) : NULL;
    if (!rows || !tab->keys || !tab->count || (tb->secret && !tab->ckey) ||
        (tb->hook && !tab->group)) {
        free(rows);
        return NULL;
    }
    for (size_t g = 0; g < n; g++) {
        const char *key = rp_hash_key(tb->groups, g, NULL);
        rows[g].key = tab->keys + g * tb->nby;
        rows[g].ncols = tb->nby;
        rows[g].count = tb->count[g];
        rows[g].ckey = tb->secret ? tb->ckey[g] : 0;
        rows[g].g = g;
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
        if (tab->ckey) {
            tab->ckey[g] = rows[g].ckey;
            tab->total_ckey += rows[g].ckey;
        }
        if (tab->group)
            tab->group[g] = rows[g].g;
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
    free(tb->ckey);
    if (tb->hmac)
        g_hmac_unref(tb->hmac);
    rp_table_close(tb->t);
}

/* One part of the file read on its own thread into its own groups. */
typedef struct worker {
    tabber tb;
    const rp_filter *f;
    char dec;
    int ok;
    long rows;
    pthread_t tid;
    int started;
} worker;

static void *work(void *arg)
{
    worker *w = arg;
    rp_trow row;
    int r = 0;
    while (w->ok == 0 && (r = rp_table_next(w->tb.t, &row)) > 0)
        if (rp_filter_match(w->f, &row.raw, w->dec) && add_row(&w->tb, &row))
            w->ok = -1;
    if (r < 0)
        w->ok = -1;
    w->rows = rp_table_rows(w->tb.t);
    return NULL;
}

/* Adds a worker's groups into the main table's. */
static int merge(tabber *into, const tabber *from)
{
    for (size_t g = 0; g < rp_hash_count(from->groups); g++) {
        size_t len;
        const char *key = rp_hash_key(from->groups, g, &len);
        size_t at = rp_hash_put(into->groups, key, len, NULL);
        if (at == (size_t)-1 || grow(into, at))
            return -1;
        into->count[at] += from->count[g];
        if (into->secret)
            into->ckey[at] += from->ckey[g];
    }
    return 0;
}

static int start_worker(worker *w, const tabber *main, const char *path, long long start,
                        long long end, long line)
{
    rp_csv *c = rp_table_csv(main->t);
    w->tb.diag = rp_diag_new();
    rp_diag_like(w->tb.diag, main->diag);
    w->tb.nby = main->nby;
    w->tb.col = main->col;  /* shared, read only */
    w->tb.groups = rp_hash_new();
    w->tb.secret = main->secret;
    w->tb.nsecret = main->nsecret;
    if (main->secret && !(w->tb.hmac = g_hmac_new(G_CHECKSUM_SHA256, main->secret,
                                                  main->nsecret)))
        return -1;
    w->tb.t = w->tb.diag ? rp_table_wrap(rp_csv_open_range(c, path, start, end, line,
                                                           w->tb.diag), NULL, w->tb.diag)
                         : NULL;
    if (!w->tb.t || !w->tb.groups)
        return -1;
    /* the threads leave signals to the main thread (the interrupt handler, cli/) */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    w->started = pthread_create(&w->tid, NULL, work, w) == 0;
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return w->started ? 0 : -1;
}

/* The parts of the file on one thread each (rp_csv_split), their groups and problems merged:
 * the same table and the same messages, with their lines, as one pass would give. */
static int parallel(tabber *tb, const char *path, const long long *off, const long *line,
                    size_t n, const rp_filter *f, char dec, long *rows)
{
    worker *w = calloc(n, sizeof *w);
    if (!w)
        return -1;
    int bad = 0;
    for (size_t i = 0; i < n; i++) {
        w[i].f = f;
        w[i].dec = dec;
        if (!bad && start_worker(&w[i], tb, path, off[i], off[i + 1], line[i]) != 0)
            bad = 1;
    }
    *rows = 0;
    for (size_t i = 0; i < n; i++) {
        if (w[i].started)
            pthread_join(w[i].tid, NULL);
        bad |= !w[i].started || w[i].ok != 0 || merge(tb, &w[i].tb) != 0;
        rp_diag_merge(tb->diag, w[i].tb.diag);
        *rows += w[i].rows;
        rp_table_close(w[i].tb.t);
        rp_hash_free(w[i].tb.groups);
        free(w[i].tb.count);
        free(w[i].tb.ckey);
        if (w[i].tb.hmac)
            g_hmac_unref(w[i].tb.hmac);
        rp_buf_free(&w[i].tb.key);
        rp_diag_free(w[i].tb.diag);
    }
    free(w);
    return bad ? -1 : 0;
}

/* Threads: one per core (at most 16), or RP_THREADS (tests and benchmarks compare). */
static size_t cores(void)
{
    const char *env = getenv("RP_THREADS");
    long n = env ? strtol(env, NULL, 10) : sysconf(_SC_NPROCESSORS_ONLN);
    return n < 1 ? 1 : n > 16 ? 16 : (size_t)n;
}

rp_tab *rp_tabulate(const char *path, const char *const *by, size_t nby, const char *where,
                    char decimal, rp_diag *diag)
{
    return rp_tabulate_keyed(path, by, nby, where, decimal, NULL, 0, diag);
}

/* Where the rows come from: the file at path, or the dataset's database, which counts the
 * records by the columns read here (--by, --where, the year the table checks on every row,
 * and those the hook reads) and adds up their keys where they are. */
static rp_table *open_rows(const char *path, char decimal, const rp_monitor *m,
                           const rp_dataset_def *def, const char *const *by, size_t nby,
                           const rp_filter *f, const unsigned char *key, size_t nkey,
                           const rp_tab_hook *hook, rp_diag *diag)
{
    if (!def || !def->database)
        return rp_table_open(path, path, decimal, NULL, diag);
    static const char *const years[] = {"year", "jaar"};
    size_t nf = rp_filter_nterms(f), nh = hook ? hook->ncols : 0, n = 0;
    const char **cols = malloc((nby + nf + nh + 2) * sizeof *cols);
    for (size_t k = 0; cols && k < nby; k++)
        cols[n++] = by[k];
    for (size_t k = 0; cols && k < nf; k++)
        cols[n++] = rp_filter_column(f, k);
    for (size_t k = 0; cols && k < nh; k++)
        cols[n++] = hook->cols[k];
    for (size_t k = 0; cols && k < 2; k++)
        cols[n++] = years[k];
    rp_csv *c = cols ? rp_pg_open(m, def, cols, n, key, nkey, diag) : NULL;
    free(cols);
    return rp_table_wrap(c, NULL, diag);
}

static rp_tab *tabulate(const char *path, char decimal, const rp_monitor *m,
                        const rp_dataset_def *def, const char *const *by, size_t nby,
                        const char *where, const unsigned char *key, size_t nkey,
                        const rp_tab_hook *hook, rp_diag *diag)
{
    if (nby == 0 || nby > 64)
        return NULL;
    size_t before = rp_diag_errors(diag);
    char *err = NULL;
    rp_filter *f = rp_filter_parse(where, diag, &err);
    if (!f) {
        rp_diag_error(diag, "--where", 0, 0, "%s", err ? err : rp_diag_text(diag, "out of memory"));
        free(err);
        return NULL;
    }
    tabber tb = {0};
    tb.diag = diag;
    tb.secret = key;
    tb.nsecret = nkey;
    if (key && !(tb.hmac = g_hmac_new(G_CHECKSUM_SHA256, key, nkey))) {
        rp_filter_free(f);
        return NULL;
    }
    tb.t = open_rows(path, decimal, m, def, by, nby, f, key, nkey, hook, diag);
    path = def && def->database ? NULL : path; /* a file is split over the cores */
    rp_tab *tab = calloc(1, sizeof *tab);
    int ok = tb.t && tab ? setup(&tb, tab, by, nby, f) : -1;
    rp_trow row;
    int r = 0;
    char dec = tb.t ? rp_csv_decimal(rp_table_csv(tb.t)) : '.';
    long long off[17];
    long line[17];
    tb.hook = hook;
    tb.dec = dec;
    if (ok == 0 && hook && hook->open(hook->ctx, rp_table_csv(tb.t)))
        ok = -1;
    size_t parts = ok == 0 && path && !hook
                       ? rp_csv_split(path, rp_csv_header_line(rp_table_csv(tb.t)), cores(), off,
                                      line)
                       : 0;
    if (parts >= 2) {
        ok = parallel(&tb, path, off, line, parts, f, dec, &tab->rows);
    } else {
        while (ok == 0 && (r = rp_table_next(tb.t, &row)) > 0)
            if (rp_filter_match(f, &row.raw, dec) && add_row(&tb, &row))
                ok = -1;
        if (r < 0)
            ok = -1;
        tab->rows = tb.t ? rp_table_rows(tb.t) : 0;
    }
    if (ok == 0 && rp_diag_errors(diag) == before) {
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

rp_tab *rp_tabulate_keyed(const char *path, const char *const *by, size_t nby,
                          const char *where, char decimal, const unsigned char *key,
                          size_t nkey, rp_diag *diag)
{
    return tabulate(path, decimal, NULL, NULL, by, nby, where, key, nkey, NULL, diag);
}

rp_tab *rp_tabulate_dataset(const rp_monitor *m, const rp_dataset_def *def,
                            const char *const *by, size_t nby, const char *where,
                            const unsigned char *key, size_t nkey, const rp_tab_hook *hook,
                            rp_diag *diag)
{
    return tabulate(def->path, def->decimal, m, def, by, nby, where, key, nkey, hook, diag);
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
    free(t->ckey);
    free(t->group);
    free(t);
}
