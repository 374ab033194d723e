/* The views of an estimate that `rapporteur estimate` prints: the estimate per stratum, the
 * model panel (--model all), the BIC-weighted average (--model average) and leave one list
 * out (--leave-one-out), as the csv contract and as text tables. Only published cells. */
#ifndef RP_EST_VIEWS_H
#define RP_EST_VIEWS_H

#include "words/numfmt.h"
#include "stats/estimate.h"

typedef enum { RP_VIEW_ROWS = 0, RP_VIEW_ALL, RP_VIEW_AVERAGE, RP_VIEW_LOO } rp_est_view;

/* The csv header of a view. */
void rp_est_csv_header(rp_est_view v);
/* The csv rows of a view; source names the file or the [estimate] section. */
void rp_est_csv(const rp_estimate *e, rp_est_view v, int below, const char *source);
/* The text table of the panel, average or leave-one-out view, with its notes. */
void rp_est_text(const rp_estimate *e, rp_est_view v, int below, rp_lang lang);

#endif
