/* The hidden number of victims per stratum and in all: multiple systems estimation on each
 * table of capture histories, with the warnings staff must read beside the figure, and the
 * disclosure decision on the observed counts. Computed once for the CLI and the report. */
#ifndef RP_ESTIMATE_H
#define RP_ESTIMATE_H

#include "datasets/captures.h"
#include "stats/mse.h"
#include "stats/mse_panel.h"

/* Warnings per row (bits). */
#define RP_EST_DROPPED   1u   /* a list held no one, or everyone, here: left out */
#define RP_EST_EMPTY     2u   /* the model holds a pair of lists that never overlap */
#define RP_EST_SPARSE    4u   /* a list used holds fewer than RP_EST_SPARSE_N people */
#define RP_EST_MODEL     8u   /* main effects and the chosen model differ by more than half */
#define RP_EST_BOOTFAIL 16u   /* some bootstrap replicates could not be fitted */
#define RP_EST_TERMGONE 32u   /* a fixed term named a list left out here: dropped */
#define RP_EST_SPARSE_N 10

/* What may be published of a row. */
typedef enum {
    RP_EST_SHOWN = 0,     /* every figure */
    RP_EST_SMALL,         /* observed below the threshold: no figure of the row is shown */
    RP_EST_SECOND,        /* hidden so that the total less the rest cannot give a small one */
    RP_EST_FAILED         /* no estimate: reason and check say why */
} rp_est_publish;

/* Why a row has no estimate. */
typedef enum {
    RP_EST_OK = 0,
    RP_EST_NOONE,             /* no one observed */
    RP_EST_FEWLISTS,          /* fewer than two lists hold anyone */
    RP_EST_ALLLIST,           /* a list holds everyone observed: its main effect is infinite */
    RP_EST_CHECK,             /* the model fails SparseMSE's checks (see check) */
    RP_EST_NOFIT              /* the fit did not converge, or memory ran out */
} rp_est_reason;

/* Leave one list out: the main-effects estimate from the other lists, the histories collapsed
 * over the one dropped (Silverman 2020, section 6: how much each list carries). */
typedef struct rp_estimate_loo {
    int dropped;              /* the file's list left out */
    rp_est_reason reason;
    int check;
    rp_mse_result r;          /* r.observed: the people on the other lists; terms none */
    unsigned used;            /* the file's lists the estimate used */
    double exclusive;         /* people on the dropped list alone (never published) */
    rp_est_publish publish;   /* as a row's; RP_EST_SECOND also where the observed count with
                                 the row's would give a small exclusive count back */
} rp_estimate_loo;

typedef struct rp_estimate_row {
    const char *stratum;      /* borrowed from the captures; "all" for the total row */
    int pooled;               /* the total row over every stratum (stratum "all") */
    rp_est_reason reason;
    int check;                /* RP_MSE_NOT_EXIST | RP_MSE_NOT_IDENT with RP_EST_CHECK */
    rp_mse_result r;          /* list indices of r.terms are of the file's lists */
    unsigned used, dropped;   /* masks of the file's lists used and left out */
    unsigned sparse;          /* lists used with fewer than RP_EST_SPARSE_N people */
    unsigned long long empty; /* pairs of used lists no one is on together: bit k for the
                                 k-th pair (a, b), a < b, in the order (0,1), (0,2), .. */
    double main_estimate;     /* the main-effects estimate, for the model warning */
    int bootstrap;            /* the interval is BCa */
    unsigned warn;
    rp_est_publish publish;
    /* On request (rp_estimate_opts): published with the row, hidden with it. */
    int has_panel;            /* panel: every model of the used lists with at most max_terms
                                 interactions and their average; list indices of its terms
                                 are the file's */
    rp_mse_panel panel;
    rp_estimate_loo *loo;     /* one per list of the file, in the file's order */
    size_t nloo;
    int has_stepwise;         /* the stepwise model beside a main or fixed one (with the
                                 stepwise method it is r); terms are the file's */
    rp_mse_result stepwise;
} rp_estimate_row;

/* Ownership: rp_estimate_run returns rows the caller frees with rp_estimate_free. */
typedef struct rp_estimate {
    int nlists;
    char **lists;             /* borrowed from the captures */
    size_t nrows;             /* the strata, then "all" when there is more than one */
    rp_estimate_row *row;
    rp_mse_method method;
    double level;
    int nboot;
} rp_estimate;

typedef struct rp_estimate_opts {
    rp_mse_spec spec;         /* fixed terms use the file's list indices */
    int nboot;                /* 0: log-normal interval only */
    unsigned long seed;
    int threads;              /* 0: one per core */
    int suppress_below;       /* observed counts 1 .. below-1 are not published */
    int panel;                /* also fit the model panel of each row ... */
    int max_terms;            /* ... with models of at most this many interactions */
    int leave_one_out;        /* also the leave-one-list-out estimates */
    int stepwise;             /* also the stepwise model when the method is another */
} rp_estimate_opts;

/* The panel (two interactions), leave-one-out and stepwise beside the chosen model: the
 * sensitivity of an estimate that the documents show. */
void rp_estimate_opts_sensitivity(rp_estimate_opts *o);

/* Estimates every stratum of c, and the strata added up. Returns NULL only when memory runs
 * out; a stratum that cannot be estimated has its reason set. */
rp_estimate *rp_estimate_run(const rp_captures *c, const rp_estimate_opts *o);
void rp_estimate_free(rp_estimate *e);

/* After the publication's marks are set: every figure of a hidden row or leave-one-out row
 * becomes NaN, and the people on a dropped list alone (never published) everywhere. */
void rp_estimate_wipe(rp_estimate *e);

/* The row the documents lead with: the latest stratum with a published estimate (the pooled
 * row only when there are no strata), or NULL. */
const rp_estimate_row *rp_estimate_headline(const rp_estimate *e);

/* "A:B C:D" of the row's terms (names of the lists), into buf of n bytes. */
void rp_estimate_terms(const rp_estimate *e, const rp_estimate_row *row, char *buf, size_t n);
/* The same of any terms of the file's lists. */
void rp_estimate_pairs(const rp_estimate *e, const rp_mse_pair *terms, size_t nterms, char *buf,
                       size_t n);

/* The sensitivity of one published row (its figures NaN when not available): main effects,
 * the stepwise model, the model with the smallest BIC and its weight, the BIC-weighted
 * average and the range of the panel, and the range of leave-one-out estimates with the lists
 * that give its ends (-1 when none). Returns 0 when the row is not published or has no
 * panel. */
typedef struct rp_est_sensitivity {
    const rp_mse_model *main;                /* the panel's first model, NULL when its
                                                estimate does not exist */
    const rp_mse_result *step;               /* NULL when not fitted */
    const rp_mse_model *best;                /* NULL when no model exists */
    const rp_mse_panel *panel;
    double loo_min, loo_max;
    int loo_min_list, loo_max_list;
    size_t loo_shown, loo_hidden;            /* leave-one-out rows published and withheld */
} rp_est_sensitivity;
int rp_estimate_sensitivity(const rp_estimate *e, const rp_estimate_row *row,
                            rp_est_sensitivity *s);

#endif
