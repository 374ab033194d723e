/* An analyst's attack on everything a project publishes (tests/check_disclosure.c): every
 * published count, read back from the output files, as a linear equation over the records it
 * adds up, and for every hidden count from 1 to the threshold less one the smallest and
 * largest value it can take given all of them (two linear programs on GLPK, counts
 * non-negative reals). Built from the outputs alone, independently of stats/ledger.c: the
 * records only group the equations' unknowns into atoms (records no published count tells
 * apart), give the true value of a hidden count, and check that each output was read right. */
#ifndef RP_TEST_ATTACKER_H
#define RP_TEST_ATTACKER_H

#include "base/buf.h"

#include <stddef.h>

/* Ownership: att_new returns an attacker freed with att_free (NULL ok). Strings are copied. */
typedef struct att att;

att *att_new(int below);
void att_free(att *A);

/* A table of records as the attacker models an input: returns its id. Rows are added with
 * att_row (vals[ncols], copied; weight: how many people or cases the row stands for). */
int att_table(att *A, const char *name, const char *const *cols, size_t ncols);
void att_row(att *A, int table, const char *const *vals, double weight);
/* The table's id by name, or -1. */
int att_find(const att *A, const char *name);

/* Predicates select records: terms joined by '&', each `col=a|b`, `col!=a|b` (text, or
 * numbers of equal value), `col<=N`, `col>=N`, `col<N`, `col>N` (numbers); "" or "*" passes
 * every record. */

/* A published count: the weights of the records of table that pass pred, shown as value, or
 * hidden (value NAN: the attacker knows it is at least 1, since zeros are shown). what names
 * the output and the cell (printf-style) for messages. */
void att_count(att *A, int table, const char *pred, double value, const char *what, ...)
    __attribute__((format(printf, 5, 6)));

/* The last count added is hidden but may be 0 (the numerator of a share hidden for its
 * denominator): the attacker does not know it is at least 1. */
void att_maybe_zero(att *A);

/* A published relation: sum_i c[i] * count(pred[i]) lies in [lo, hi] (a rate or a share
 * printed with its denominator, a ratio between two years). */
void att_relation(att *A, int table, size_t n, const char *const *pred, const double *c,
                  double lo, double hi, const char *what, ...)
    __attribute__((format(printf, 8, 9)));

/* A finding of the reader itself (a figure beside a hidden count), reported with the rest. */
void att_fail(att *A, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The true value of the records of table that pass pred (what the attacker is after). */
double att_true(const att *A, int table, const char *pred);

typedef struct att_result {
    size_t facts;       /* published counts and relations read */
    size_t atoms;       /* the linear system's unknowns */
    size_t targets;     /* small counts attacked: hidden ones, and differences of nested
                         * published counts that no output prints */
    size_t hidden;      /* published counts that are hidden */
    size_t programs;    /* linear programs solved */
    size_t recovered;   /* targets whose range is narrower than the rule */
} att_result;

/* Solves for every target and appends a line per failure to fails: a small count whose range
 * does not reach the threshold or starts at its value (stats/ledger.h's rule), the same
 * cell shown and hidden (or shown with two values) in two places, and a published count
 * that the records do not give (the attacker misread an output, or it is wrong). Each
 * recovered count is printed with the published counts that pin it (the dual solution).
 * Returns 0, or -1 when GLPK fails. */
int att_attack(att *A, rp_buf *fails, att_result *res);

#endif
