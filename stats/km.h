/* Kaplan-Meier estimates with Greenwood variance and log-log intervals, prevalence at given
 * times, and the log-rank test between groups (SPEC section 6). */
#ifndef RP_KM_H
#define RP_KM_H

#include <stddef.h>

/* Ownership: rp_km_fit returns a curve the caller frees with rp_km_free (NULL ok). */
typedef struct rp_km {
    size_t n;              /* people */
    size_t nt;             /* distinct event times */
    double *t;             /* event times, ascending */
    double *surv;          /* S just after each event time */
    double *greenwood;     /* sum of d/(n(n-d)) up to each event time */
    double *sorted;        /* every person's time, ascending (n) */
    unsigned char *sorted_event;
    double tmax;           /* the last time observed, event or censored */
} rp_km;

typedef struct rp_km_point {
    double t;
    int estimable;         /* 0 when t lies beyond the last follow-up */
    double prevalence;     /* 1 - S(t) */
    double lo, hi;         /* log-log interval for the prevalence (NaN when S(t) = 0) */
    double surv, se;       /* S(t) and its Greenwood standard error */
    size_t at_risk;        /* still at risk at t (time >= t) */
    size_t events;         /* events at or before t */
} rp_km_point;

/* time: years at risk (>= 0); event: 1 for an event, 0 censored. Subset: the indices of the
 * people to use, or NULL for all n. Returns NULL when n is 0 or memory ran out. */
rp_km *rp_km_fit(const double *time, const unsigned char *event, const size_t *subset,
                 size_t n);
void rp_km_free(rp_km *k);

/* The curve at time t with a level-confidence interval. */
void rp_km_at(const rp_km *k, double t, double level, rp_km_point *p);

/* Log-rank test of g groups (group[i] in 0..g-1): chi-square of observed minus expected
 * events with the hypergeometric variance, on (groups with people at risk at an event) - 1
 * df. Returns RP_OK, RP_EDATA (fewer than two such groups or no events) or RP_ENOMEM.
 * Agrees with R's survdiff. */
int rp_logrank(const double *time, const unsigned char *event, const size_t *group, size_t n,
               size_t g, double *chi2, double *df, double *p);

#endif
