/* The words of recidivism, from the published Kaplan-Meier rows: `rapporteur recidivism`'s
 * title, table head and cells, marks, the log-rank test and the legend; the report's log-rank
 * sentence and the Kaplan-Meier chart's alt text. */
#ifndef RP_WORD_RECID_H
#define RP_WORD_RECID_H

#include "base/buf.h"
#include "base/lang.h"
#include "stats/recidivism.h"

/* "Recidivism in recidive.csv, by groep. Kaplan-Meier prevalence of a new offence with 95%
 * log-log intervals." and an empty line. by may be NULL. */
void rp_word_recid_title(rp_buf *b, const char *name, const char *by, double level,
                         rp_lang lang);
/* The heads of the table's columns: group, years, n, events, at risk, prevalence, interval
 * (col 0 to 6). A static string. */
const char *rp_word_recid_head(int col, rp_lang lang);
/* The mark of a time beyond a group's last follow-up. */
const char *rp_word_recid_not_estimable(rp_lang lang);
/* The log-rank test across the groups as a sentence with its verdict at level. */
void rp_word_recid_test(rp_buf *b, double chi2, double df, double p, double level,
                        rp_lang lang);
/* The text cells of one row of the table (at follow-up t years): group, years, n, events, at
 * risk, prevalence and its interval (a cell whose head names the level), row[0] to row[6];
 * a hidden count as the hidden sign, one not given empty. Caller frees each. */
void rp_word_recid_row(char **row, const rp_recid_row *w, double t, rp_lang lang);
/* The report's sentence on the log-rank test between the groups (between: "de cohorten"):
 * "Log-ranktoets tussen de cohorten: chi-kwadraat 3,2 bij 1 vrijheidsgraad, p = 0,07." */
void rp_word_recid_logrank(rp_buf *b, const char *between, double chi2, double df, double p,
                           rp_lang lang);
/* The Kaplan-Meier chart's alt text: "groot: 2 jaar 17%, 5 jaar 37%; klein: ..." for every
 * group whose n is shown, at the follow-up times at (res->nat of them). */
void rp_word_recid_km_alt(rp_buf *b, const rp_recid_result *res, const double *at, int below,
                          rp_lang lang);
/* What the marks mean: not estimable, and the hidden sign at threshold below. */
void rp_word_recid_legend(rp_buf *b, int below, rp_lang lang);

#endif
