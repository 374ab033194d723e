/* Streaming CSV reader on libcsv: detects the delimiter, strips a BOM, checks UTF-8 and
 * tracks the physical line of every record and field, so that each problem can be reported
 * as file:line:column. Memory is bounded by the longest record, never by the file. */
#ifndef RP_CSVFILE_H
#define RP_CSVFILE_H

#include <stdint.h>
#include <stdio.h>
#include "base/diag.h"

#define RP_CSV_MAX_COLS 1000
#define RP_CSV_MAX_FIELD (1024 * 1024)
/* The largest input file: 64 GiB, some 1.5 billion records. */
#define RP_CSV_MAX_BYTES (64LL << 30)

/* One record. Ownership: every pointer belongs to the reader and is valid until the next
 * rp_csv_next or rp_csv_close. Empty cells are "". */
typedef struct rp_csv_row {
    size_t n;            /* number of fields */
    const char **f;      /* n NUL-terminated fields */
    const size_t *len;   /* their lengths */
    const long *fline;   /* physical line on which each field starts */
    long line;           /* physical line on which the record starts (0 from a database) */
    int bad;             /* a field was rejected (already reported); skip the row */
    double weight;       /* the records the row stands for: 1 in a file; from a database that
                          * counted them by the columns read (rp_csv_open_source), the group's */
    const uint64_t *keysum; /* such a group's records' keys added up modulo 2^64, when the
                          * source was asked for them (datasets/tabulate.h); else NULL */
} rp_csv_row;

typedef struct rp_csv rp_csv;

/* Opens a file and reads its header. `name` is how the file is called in messages (NULL:
 * path). decimal is '.' or ',' to force one, or 0 for the convention of the delimiter (',' with
 * ';', else '.'). Returns NULL after reporting to diag when the file cannot be read or its
 * header is unusable. The caller frees the reader with rp_csv_close (NULL ok). */
rp_csv *rp_csv_open(const char *path, const char *name, char decimal, rp_diag *diag);
/* The same over memory (copied), for fuzzing and tests. */
rp_csv *rp_csv_open_mem(const void *data, size_t n, const char *name, char decimal,
                        rp_diag *diag);
void rp_csv_close(rp_csv *c);

/* A reader of the records in bytes [start, end) of path, which begin on physical line `line`:
 * the header (columns, delimiter, decimal, name) is the one an open reader `like` of the same
 * file read. For reading one file's parts on several threads (rp_csv_split). NULL after
 * reporting to diag when the file cannot be read. Freed by rp_csv_close. */
rp_csv *rp_csv_open_range(const rp_csv *like, const char *path, long long start,
                          long long end, long line, rp_diag *diag);

/* Splits path after its header into at most parts byte ranges that start at record
 * boundaries: after a line break outside quotes (quote parity from the start of the file, at
 * memchr speed where a block holds no quote). header_line is the line the header starts on.
 * Fills off[0..k] (off[0] the first byte after the header, off[k] the file's size) and
 * line[0..k-1] (the physical line each range starts on), and returns k >= 1; 0 when the file
 * cannot be read. A file too small to be worth it, or without a line break to split at, is
 * one range. */
size_t rp_csv_split(const char *path, long header_line, size_t parts, long long *off,
                    long *line);

/* Rows from elsewhere than a file (a database, datasets/pgsource.h): next fills cells[0..n-1]
 * of the next row (NULL or "" for an empty cell; valid until the next call), the records it
 * stands for and their keys added up (or NULL), and returns 1, 0 at the end, or -1 after
 * reporting why it cannot go on; close releases ctx. */
typedef struct rp_csv_source {
    void *ctx;
    int (*next)(void *ctx, const char **cells, double *weight, const uint64_t **keysum);
    void (*close)(void *ctx);
} rp_csv_source;

/* A reader over such rows, whose columns are cols[0..ncols-1] and whose numbers use a decimal
 * point: every cell is checked as a file's would be (valid UTF-8 without noncharacters, at most
 * RP_CSV_MAX_FIELD bytes), problems reported as `name: ...` without a line. grouped: each row
 * stands for a group of records (the count of them in its weight). Takes src (closing it on
 * failure); NULL after reporting to diag (duplicate column names). Freed by rp_csv_close. */
rp_csv *rp_csv_open_source(const char *name, const char *const *cols, size_t ncols,
                           int grouped, rp_csv_source src, rp_diag *diag);
/* Whether the reader's rows are groups of records counted at the source, not records. */
int rp_csv_grouped(const rp_csv *c);
/* Whether rows come with the physical lines of a file (0: from elsewhere). */
int rp_csv_has_lines(const rp_csv *c);

size_t rp_csv_ncols(const rp_csv *c);
const char *rp_csv_colname(const rp_csv *c, size_t i);  /* trimmed, BOM removed; owned by c */
int rp_csv_find(const rp_csv *c, const char *name);     /* case-insensitive; -1 if absent */
char rp_csv_delim(const rp_csv *c);
char rp_csv_decimal(const rp_csv *c);
const char *rp_csv_name(const rp_csv *c);
long rp_csv_header_line(const rp_csv *c);

/* Reads the next record that has as many fields as the header. Ragged rows and rows with a
 * rejected cell (bad UTF-8, NUL) are reported to diag and skipped, and so are rows whose cells
 * are all empty (Excel writes ";;;" for blank rows). Returns 1 with a row, 0 at the end, -1 when the file cannot be read further (the
 * reason is in diag). */
int rp_csv_next(rp_csv *c, rp_csv_row *row);

#endif
