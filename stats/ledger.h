/* Every count a run publishes, written as a sum of atoms (the finest counts no output shows,
 * such as victims of one year, region, form and age group), and the audit that proves no
 * hidden count can be worked back: for every hidden cell the smallest and largest value it
 * can take given every shown cell, solved as two linear programs (GLPK), as tau-argus and
 * sdcTable audit linked tables (Hundepool et al., Statistical Disclosure Control, 2012,
 * sec. 4.3 and 5.4; de Wolf, "Tau-Argus: software for statistical disclosure control of
 * tabular data", 2002). */
#ifndef RP_LEDGER_H
#define RP_LEDGER_H

#include <stddef.h>
#include <stdint.h>

/* What a cell is. A published cell is shown unless hidden; a sensitive cell is a count the
 * published cells could give back without printing it (a share's complement, the difference
 * of two nested filters), protected like a hidden one when it is small. A fixed cell was
 * published elsewhere already (another document or run): it stays as it was. A total is the
 * last thing to hide. */
enum {
    RP_LC_PUBLISHED = 1u,
    RP_LC_SENSITIVE = 2u,
    RP_LC_FIXED = 4u,
    RP_LC_TOTAL = 8u,
    RP_LC_DOCUMENT = 16u,  /* shown in the documents: hidden as a second cell only after the
                            * cells that only commands show (regions of other indicators) */
    RP_LC_CURRENT = 32u    /* shown by a run of the report year: hidden after the cells only
                            * runs of earlier years show (a cohort as an earlier year counted
                            * it) */
};

/* Ownership: rp_ledger_new returns a ledger the caller frees with rp_ledger_free (NULL ok).
 * Atom values are copied in. */
typedef struct rp_ledger rp_ledger;

/* below: the threshold (counts 1 .. below-1 are protected); key: a secret of the project
 * that orders equally good second cells, so that which one was chosen says nothing of its
 * value (0 is allowed: the order is then still arbitrary, only guessable). */
rp_ledger *rp_ledger_new(int below, uint64_t key);
void rp_ledger_free(rp_ledger *l);

/* A space of n atoms with their (non-negative) values. Returns its id, or -1 (memory). */
int rp_ledger_space(rp_ledger *l, const double *values, size_t n);

/* A cell: the sum of atoms idx[0..n) of a space (any order, no repeats), with RP_LC_* flags.
 * The same atoms added again give the same cell, whose flags are then joined. Returns the
 * cell id, or -1 (memory, or an atom outside the space). */
long rp_ledger_cell(rp_ledger *l, int space, const size_t *idx, size_t n, unsigned flags);

size_t rp_ledger_ncells(const rp_ledger *l);
int rp_ledger_below(const rp_ledger *l);
double rp_ledger_value(const rp_ledger *l, long cell);
/* The cell's mark: 0 shown, else hidden (stats/disclosure.h's rp_hide). */
int rp_ledger_mark(const rp_ledger *l, long cell);
/* Hides a published cell (a second cell chosen elsewhere); fixed cells stay shown. */
void rp_ledger_hide(rp_ledger *l, long cell, int mark);
/* Marks a published cell fixed: published elsewhere already, it stays shown (before
 * rp_ledger_protect). */
void rp_ledger_fix(rp_ledger *l, long cell);

/* What the audit did, for the annex. */
typedef struct rp_audit {
    size_t cells;         /* published cells */
    size_t hidden;        /* of them hidden: small, second, or added by the audit */
    size_t added;         /* hidden by the audit itself */
    size_t audited;       /* counts below the threshold (hidden or sensitive) whose range the
                           * rule protects */
    size_t unprotected;   /* whose range stayed narrower than the rule (0 when all hold) */
    size_t programs;      /* linear programs solved */
    double narrowest;     /* the smallest range width (hi - lo) among them */
} rp_audit;

/* Marks every published cell from 1 to below-1 hidden (small), then audits: every hidden
 * cell with a count v from 1 to below-1, and every such sensitive cell, must keep a feasible
 * range, given every shown cell and that a hidden count is at least 1 (zeros are shown), that
 * reaches below (nothing published tells it is small at all: as far as anyone can tell it
 * could hold a count that needs no hiding) and starts below v (1 when v is 1): nobody can
 * tell it is at least v. (A second cell only covers them; its range is solved too, for the
 * record.) The range is taken from the numbers shown and from what the marks alone tell (a
 * hidden cell is at least 1), so a small difference of two shown cells that nest is a
 * sensitive cell too. Where a range is too narrow, one more published cell that shares atoms
 * with it is hidden (not fixed, totals last, in the key's order; where no single one widens
 * it, two of the best together) and the cell is solved again. Returns 0, or -1 (memory,
 * GLPK). */
int rp_ledger_protect(rp_ledger *l, rp_audit *out);

/* A cell's feasible range after rp_ledger_protect (NaN for cells not audited; hi may be
 * infinite). */
void rp_ledger_range(const rp_ledger *l, long cell, double *lo, double *hi);

#endif
