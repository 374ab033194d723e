/* A table of a report: headers, typed cells (text, numbers with their display decimals,
 * percentages, suppressed counts) and a note. One model, written as CSV, into the XLSX
 * workbook, and typeset in the PDF and HTML. */
#ifndef RP_DTABLE_H
#define RP_DTABLE_H

#include <stdio.h>
#include "base/buf.h"
#include "words/numfmt.h"
#include "datasets/monitor.h"

typedef enum {
    RP_TC_EMPTY = 0, RP_TC_TEXT, RP_TC_NUM, RP_TC_SUPPRESSED, RP_TC_MISSING
} rp_tc_kind;

typedef struct rp_tcell {
    rp_tc_kind kind;
    double v;            /* numbers: the value (a share as a fraction when percent) */
    int decimals;        /* shown with this many decimals; -1: a year, no grouping */
    int percent;         /* shown as v * 100 with a % sign */
    int below;           /* suppressed: shown as "<below"; 0: "x" (hidden as a second cell) */
    char *text;          /* text cells; missing cells: their sign */
} rp_tcell;

/* Ownership: rp_dtable_new returns a table freed by rp_dtable_free (NULL ok); cells copy
 * their text. */
typedef struct rp_dtable {
    char *key;           /* the name as asked for, to find the table by */
    char *name;          /* file and sheet name: [a-z0-9_], at most 31 characters, unique in
                          * its list (rp_tables_add) */
    char *title;
    size_t ncols, nrows, caprows;
    char **head;
    rp_tcell *cells;     /* nrows * ncols */
    char *note;
    int failed;          /* memory ran out, or a lost text came in (rp_buf_lost): the table
                          * is incomplete and its document must not be written */
} rp_dtable;

rp_dtable *rp_dtable_new(const char *name, const char *title, size_t ncols,
                         const char *const *head);
void rp_dtable_free(rp_dtable *t);
/* Appends an empty row; returns its index, or (size_t)-1. */
size_t rp_dtable_row(rp_dtable *t);
void rp_dtable_text(rp_dtable *t, size_t r, size_t c, const char *s);
void rp_dtable_num(rp_dtable *t, size_t r, size_t c, double v, int decimals, int percent);
void rp_dtable_suppressed(rp_dtable *t, size_t r, size_t c, int below);
/* No data for this cell (a missing year): shown as sign (monitor.ini's missing) everywhere. */
void rp_dtable_missing(rp_dtable *t, size_t r, size_t c, const char *sign);
/* How a suppressed cell reads: "<below" (written into buf), or "x" when below is 0. */
const char *rp_dtable_mark(const rp_tcell *c, char *buf, size_t n);
void rp_dtable_set_note(rp_dtable *t, const char *note);
const rp_tcell *rp_dtable_cell(const rp_dtable *t, size_t r, size_t c);

/* A cell as people read it, in the language's number format. */
void rp_dtable_format(rp_buf *b, const rp_tcell *c, rp_lang lang);
/* The table as CSV in the dialect (datasets/monitor.h: a BOM, ';' and a decimal comma for
 * nl): numbers with full precision (percentages as fractions), suppressed cells as "<N" or
 * "x", missing ones as their sign. Returns 0 or -1. */
int rp_dtable_write_csv(const rp_dtable *t, FILE *f, rp_csv_dialect dialect);

/* What a column holds, from its cells: text (any text cell, or nothing but marks), years or
 * codes (numbers shown without grouping, or text such as a cohort "2019"), whole numbers,
 * numbers, or shares (every number a percentage, stored as a fraction; a column of shares
 * and counts, as the targets' baselines, is numbers with percent set). Marks (<N, x, the
 * missing sign) and empty cells do not count. decimals receives the most decimals shown in
 * it, percent whether any cell is a percentage (either may be NULL). */
typedef enum { RP_COL_TEXT, RP_COL_YEAR, RP_COL_WHOLE, RP_COL_NUMBER, RP_COL_SHARE } rp_col_type;
rp_col_type rp_dtable_col_type(const rp_dtable *t, size_t c, int *decimals, int *percent);
/* Whether a text cell is a whole number as a year or cohort is written: 1-9 digits, no
 * leading zero. */
int rp_dtable_integer_text(const char *s);

#endif
