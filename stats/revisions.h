/* What changed since an edition: every published figure whose value, mark or flags changed
 * between an earlier edition and this run, with the reasons the data give, and revision
 * statistics by the age of the figure (mean and mean absolute revision, as the OECD/Eurostat
 * revision analyses report them); the nulmeting as published against today's data; and what
 * the editions published before, for the disclosure step.
 *
 * Disclosure: a figure hidden now keeps no old value here (old_value NaN, old_withheld set),
 * whatever the edition showed: the old figure beside the new margins could give the hidden
 * one back (for instance where it did not change). Revision statistics use only figures
 * shown in both. */
#ifndef RP_REVISIONS_H
#define RP_REVISIONS_H

#include "datasets/edition.h"
#include "stats/model.h"
#include "datasets/edition_shown.h"

/* Why a figure is listed (bits; several may hold). */
enum {
    RP_RV_VALUE = 1u << 0,        /* its value changed (shown in both) */
    RP_RV_FINAL = 1u << 1,        /* provisional then, final now */
    RP_RV_PROVISIONAL = 1u << 2,  /* final then, provisional now */
    RP_RV_PROV_REVISED = 1u << 3, /* provisional in both, and its value changed (CBS: nader
                                   * voorlopig, **) */
    RP_RV_ESTIMATED = 1u << 4,    /* an estimate now, not then */
    RP_RV_MEASURED = 1u << 5,     /* an estimate then, not now */
    RP_RV_BREAK = 1u << 6,        /* a series break starts here now */
    RP_RV_BREAK_GONE = 1u << 7,   /* the break that started here is gone */
    RP_RV_HIDDEN = 1u << 8,       /* shown then, hidden now */
    RP_RV_SHOWN = 1u << 9,        /* hidden then, shown now */
    RP_RV_FILLED = 1u << 10,      /* no figure then (missing or not available), one now */
    RP_RV_EMPTIED = 1u << 11,     /* a figure then, none now */
    RP_RV_WITHDRAWN = 1u << 12,   /* no longer published at all */
    RP_RV_DEFINITION = 1u << 13,  /* the indicator's definition changed between the two */
    RP_RV_THRESHOLD = 1u << 14,   /* the disclosure threshold changed (its marks may move) */
    RP_RV_NOTE = 1u << 15,        /* the data give a note on this year (note) */
    RP_RV_FOLLOWS = 1u << 16      /* a target value or required change that follows its
                                   * revised baseline */
};
#define RP_RV_NREASONS 17

/* The code of one reason bit in tables/revisions.csv ("value", "final", ...). */
const char *rp_rv_code(unsigned bit);

/* One listed figure. Pointers borrow from the edition and the run's cells. */
typedef struct rp_revision {
    const rp_pcell *old;      /* the edition's cell; NULL never */
    const rp_pcell *cur;      /* the run's cell; NULL when withdrawn */
    unsigned why;             /* RP_RV_* */
    double old_value;         /* as the edition showed it; NaN when it showed none, or when
                               * the figure is hidden now (old_withheld) */
    int old_withheld;
    rp_pmark old_mark, new_mark;
    unsigned old_flags, new_flags; /* RP_FLAG_P | RP_FLAG_E | RP_PFLAG_BREAK */
    double new_value;         /* NaN unless shown now */
    double change;            /* new - old when both are shown, else NaN */
    double rel_change;        /* 100 change / old, NaN for shares and prevalences, or old 0 */
    int age;                  /* the edition's monitor year less the figure's year */
    const char *note;         /* the data's note on the year now, or NULL */
} rp_revision;

/* Revision statistics of one indicator's series at one age, over the yearly monitors of a
 * project in turn (each edition against the next, the last against the run): every figure
 * shown in both of a pair (revised or not), its age the older one's monitor year less the
 * figure's year. n, the revised ones, the mean revision (new - old) and the mean absolute
 * revision in the indicator's unit, and relative to the old value in percent (counts, rates
 * and means; NaN for shares and prevalences, or when every old value was 0). As the
 * OECD/Eurostat guidelines on revisions analysis define mean revision (MR) and mean
 * absolute revision (MAR). */
typedef struct rp_revstat {
    const char *item;         /* the indicator id (borrowed) */
    int age;
    size_t n, revised;
    double mean, mean_abs;
    size_t nrel;
    double mean_rel, mean_abs_rel;
} rp_revstat;

/* Ownership: rp_revisions_compare returns a comparison freed by rp_revisions_free (NULL ok);
 * it borrows from the edition and the cells, which must outlive it. */
typedef struct rp_revisions {
    const rp_edition *since;
    rp_revision *r;           /* by table, item, year, key, followup */
    size_t n;
    rp_revstat *st;           /* by item in the cells' order, then age (rp_revisions_history) */
    size_t nst;
    size_t pairs;             /* pairs of consecutive yearly monitors behind st */
    const rp_edition *first;  /* the first of them */
    size_t compared;          /* figures both publish */
    size_t added;             /* figures the run publishes for years the edition had, that
                               * it did not publish (new categories, back-filled years) */
    double old_level, new_level;   /* confidence levels (intervals differ when they do) */
    int old_below, new_below;      /* disclosure thresholds */
    char **changed_def;       /* indicators whose definition changed (ids, borrowed) */
    size_t nchanged_def;
} rp_revisions;

/* Compares the run's figures (cells of the run; kind: what the run publishes) with the
 * edition's (no statistics: rp_revisions_history). Only figures the run publishes are compared; a series or category figure of a
 * yearly monitor that the edition published and the run no longer does is withdrawn when both
 * are yearly monitors. m gives the measures (for the relative revision) and the run's
 * settings. NULL when memory runs out. */
rp_revisions *rp_revisions_compare(const rp_edition *since, const rp_cells *cur,
                                   const rp_model *m, rp_ed_kind kind);
void rp_revisions_free(rp_revisions *r);

/* Fills rv's revision statistics from the project's yearly monitors up to the edition rv
 * compares with (by date, before the run's epoch, and not named except: the edition this run
 * records over), in turn, and the run's cells cur after the last of them. Returns 0, or -1
 * when memory runs out. */
int rp_revisions_history(rp_revisions *rv, const rp_editions *es, long long epoch,
                         const char *except, const rp_cells *cur, const rp_model *m);

/* The revised figures carry the flag r in every output (SDMX observation status; a revised
 * figure that is still provisional is p and r, which the words spell as CBS's **): the
 * series points whose value changed, and a target's latest value with them. */
void rp_revisions_apply(rp_model *m, const rp_revisions *r);

/* The nulmeting as published against today's data: per target of the baseline edition its
 * baseline, target value and required change, each a revision row (listed whether it changed
 * or not: the nulmeting is the reference). Rows whose figure is hidden now keep no old value.
 * NULL when memory runs out. Ownership as rp_revisions_compare. */
rp_revisions *rp_revisions_nulmeting(const rp_edition *baseline, const rp_cells *cur,
                                     const rp_model *m);

/* The reason codes of why, joined by ';' ("final;value"), into buf of n bytes. */
void rp_rv_codes(unsigned why, char *buf, size_t n);

#endif
