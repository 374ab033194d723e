/* The hidden number of victims per stratum and in all: multiple systems estimation on each
 * table of capture histories, with the warnings staff must read beside the figure, and the
 * disclosure decision on the observed counts. Computed once for the CLI and the report. */
#ifndef RP_ESTIMATE_H
#define RP_ESTIMATE_H

#include "datasets/captures.h"
#include "stats/mse.h"

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

typedef struct rp_estimate_row {
    const char *stratum;      /* borrowed from the captures; "all" for the total row */
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
} rp_estimate_opts;

/* Estimates every stratum of c, and the strata added up. Returns NULL only when memory runs
 * out; a stratum that cannot be estimated has its reason set. */
rp_estimate *rp_estimate_run(const rp_captures *c, const rp_estimate_opts *o);
void rp_estimate_free(rp_estimate *e);

/* "A:B C:D" of the row's terms (names of the lists), into buf of n bytes. */
void rp_estimate_terms(const rp_estimate *e, const rp_estimate_row *row, char *buf, size_t n);

#endif
