/* The words of empirical-Bayes regional rates, Dutch and English: the method in a footnote
 * and the labels of the shrunk rate. */
#ifndef RP_WORD_EB_H
#define RP_WORD_EB_H

#include "base/buf.h"
#include "words/numfmt.h"
#include "stats/regional.h"

/* "Landelijk: 7,5 per 100.000 inwoners. ", or why the national rate of the regions (and the
 * funnel, signals and EB rates on it) is not shown. */
void rp_word_national_rate(rp_buf *b, const rp_regional *r, rp_lang lang);

/* "EB-cijfer" / "EB rate": the column of the shrunk rate. */
const char *rp_word_eb_label(rp_lang lang);
/* The method in one or two sentences: the Poisson-gamma model shrinking rates towards the
 * national rate, fitted over the regions shown (and that hidden ones were left out), or that
 * the regions vary no more than chance; or why no fit was made. */
void rp_word_eb_method(rp_buf *b, const rp_regional *r, rp_lang lang);

/* The same in one short sentence for a chart's footnote, naming the diamond that marks it
 * and its interval at level. */
void rp_word_eb_chart_note(rp_buf *b, const rp_regional *r, double level, rp_lang lang);

#endif
