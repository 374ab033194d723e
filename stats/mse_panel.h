/* How far an estimate of the hidden number depends on the model: every log-linear model with
 * the main effects and at most K two-list interactions, with AIC, BIC and the existence check,
 * and their average weighted by BIC (Whitehead et al. 2021; Silverman 2020). */
#ifndef RP_MSE_PANEL_H
#define RP_MSE_PANEL_H

#include "stats/mse.h"

/* Panels larger than this are refused (RP_EINVAL): each model is a linear program and a fit
 * over up to 4,095 cells. */
#define RP_MSE_PANEL_MAX 20000

typedef struct rp_mse_model {
    size_t first, nterms;  /* its terms: panel->terms[first .. first + nterms) */
    int check;             /* 0: the estimate exists and is identifiable; else RP_MSE_NOT_EXIST
                              | RP_MSE_NOT_IDENT; -1: the fit did not converge */
    double dark, estimate, lo, hi, se;        /* NaN unless check == 0 */
    double deviance, df, aic, bic;            /* df = 2^t - 1 - parameters */
    double weight;         /* BIC weight among the existing models; 0 for the others */
} rp_mse_model;

/* Ownership: rp_mse_panel_fit fills a panel the caller empties with rp_mse_panel_clear. */
typedef struct rp_mse_panel {
    int t, max_terms;
    double observed, level;
    size_t n;              /* models, in the order: main effects, then every set of one term,
                              then of two, ..., each in lexicographic order of the pairs (0,1),
                              (0,2), .., (1,2), .. (R's combn) */
    rp_mse_model *model;
    rp_mse_pair *terms;    /* list indices of the table fitted */
    size_t nexist;         /* models whose estimate exists */
    size_t best;           /* the smallest BIC among them (n when none exists) */
    /* The BIC-weighted average of the existing models (NaN when none exists) and the range of
     * their estimates. */
    double estimate, lo, hi, dark, min, max;
} rp_mse_panel;

/* Number of models with t lists and at most max_terms interactions, or 0 when that is more
 * than RP_MSE_PANEL_MAX. */
size_t rp_mse_panel_size(int t, int max_terms);

/* Fits every model of the panel to the table (as rp_mse_estimate, t lists), each with its
 * log-normal interval at level, AIC = -2 logL + 2p and BIC = -2 logL + log(n) p, p the
 * parameters with the intercept and n the observed total (Rcapture's closedpMS.t); then the
 * average (rp_mse_average). Returns RP_OK (also when no model exists: nexist == 0), RP_EINVAL
 * for bad arguments or a panel above RP_MSE_PANEL_MAX, or RP_ENOMEM. */
int rp_mse_panel_fit(const double *cell, int t, int max_terms, double level, rp_mse_panel *p);
void rp_mse_panel_clear(rp_mse_panel *p);

/* Model averaging over the panel's existing models (Buckland, Burnham and Augustin 1997):
 * weights w_m = exp(-BIC_m / 2) / sum; the averaged dark figure D = sum w_m D_m; its
 * unconditional variance (eq. 9) V = (sum w_m sqrt(var_m + (D_m - D)^2))^2 with var_m =
 * D_m^2 (exp(se_m^2) - 1), the variance of model m's log-normal interval; and the
 * log-normal interval D / C .. D C, C = exp(z sqrt(log(1 + V / D^2))) (Burnham et al. 1987,
 * as Buckland et al. 2001, sec. 3.6.1), which is model m's own interval when it has all the
 * weight. The totals add the observed people. */
void rp_mse_average(rp_mse_panel *p);

#endif
