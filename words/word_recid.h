/* The words of `rapporteur recidivism`: its title, table head, marks, the log-rank test and
 * the legend, from the published Kaplan-Meier rows. */
#ifndef RP_WORD_RECID_H
#define RP_WORD_RECID_H

#include "base/buf.h"
#include "base/lang.h"

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
/* What the marks mean: not estimable, and the hidden sign at threshold below. */
void rp_word_recid_legend(rp_buf *b, int below, rp_lang lang);

#endif
