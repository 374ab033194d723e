/* Streaming count table of a records or counts CSV: rows (or their count column) summed per
 * combination of the --by columns, in one pass with memory bounded by the combinations. */
#ifndef RP_TABULATE_H
#define RP_TABULATE_H

#include <stddef.h>
#include <stdint.h>
#include "base/diag.h"
#include "datasets/monitor.h"
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
/* A caller's look at every counted row (one thread then): open is told the reader's header
 * before the first row (nonzero stops the run), row every row that passes, with the index of
 * its combination in the order they were first seen (rp_tab.group maps the sorted rows back
 * to it). cols[0..ncols-1] are the columns row reads besides --by and --where (names a
 * source lacks are ignored): a database that counts the records groups them by these too. */
typedef struct rp_tab_hook {
    int (*open)(void *ctx, const rp_csv *c);
    int (*row)(void *ctx, size_t group, const rp_trow *row, char decimal);
    void *ctx;
    const char *const *cols;
    size_t ncols;
} rp_tab_hook;
/* rp_tabulate_keyed (keyed when key is not NULL; hook may be NULL) over a dataset of a
 * project: its file, or its database, where the records are counted by the --by and --where
 * columns, the year and the hook's columns (GROUP BY), their keys added up there (HMAC-SHA256
 * in SQL, the same as a file's for the same text), and only those sums come back; the filter
 * and the hook see each group as one row weighted by its records. */
rp_tab *rp_tabulate_dataset(const rp_monitor *m, const rp_dataset_def *def,
                            const char *const *by, size_t nby, const char *where,
                            const unsigned char *key, size_t nkey, const rp_tab_hook *hook,
                            rp_diag *diag);
void rp_tab_free(rp_tab *t);

#endif
