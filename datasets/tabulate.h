/* Streaming count table of a records or counts CSV: rows (or their count column) summed per
 * combination of the --by columns, in one pass with memory bounded by the combinations. */
#ifndef RP_TABULATE_H
#define RP_TABULATE_H

#include <stddef.h>
#include <stdint.h>
#include "base/diag.h"
#include "datasets/table.h"

/* Ownership: rp_tabulate returns a table the caller frees with rp_tab_free (NULL ok). */
typedef struct rp_tab {
    size_t ncols;       /* the --by columns */
    char **cols;        /* their names as in the header */
    size_t n;           /* combinations, sorted (numbers numerically) */
    char **keys;        /* n * ncols cell values */
    double *count;      /* n sums */
    uint64_t *ckey;     /* rp_tabulate_keyed: per combination the cell key, the sum modulo
                           2^64 of its records' keys (stats/cellkey.h); else NULL */
    uint64_t total_ckey;
    size_t *group;      /* with a hook: per combination the group index the hook was told */
    double total;
    long rows;
} rp_tab;

/* decimal as in rp_csv_open. where may be NULL. Returns NULL when the file cannot be read, a
 * --by or --where column is missing, or any row has a problem (all reported to diag). */
rp_tab *rp_tabulate(const char *path, const char *const *by, size_t nby, const char *where,
                    char decimal, rp_diag *diag);
/* The same with cell keys: a record's key is the first 8 bytes (big-endian) of HMAC-SHA256
 * under key (nkey bytes, the project's secret) of its fields, each preceded by its length in
 * 4 bytes; a counts row of a whole count c adds c times its key. */
rp_tab *rp_tabulate_keyed(const char *path, const char *const *by, size_t nby,
                          const char *where, char decimal, const unsigned char *key,
                          size_t nkey, rp_diag *diag);

/* A caller's look at every counted row (one thread then): open is told the file's header
 * before the first row (nonzero stops the run), row every row that passes, with the index of
 * its combination in the order they were first seen (rp_tab.group maps the sorted rows back
 * to it). */
typedef struct rp_tab_hook {
    int (*open)(void *ctx, const rp_csv *c);
    int (*row)(void *ctx, size_t group, const rp_trow *row, char decimal);
    void *ctx;
} rp_tab_hook;
rp_tab *rp_tabulate_hooked(const char *path, const char *const *by, size_t nby,
                           const char *where, char decimal, const unsigned char *key,
                           size_t nkey, const rp_tab_hook *hook, rp_diag *diag);
void rp_tab_free(rp_tab *t);

#endif
