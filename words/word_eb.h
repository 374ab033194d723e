/* The words of regional rates, Dutch and English: the national rate, the empirical-Bayes
 * method in a footnote and the labels of the shrunk rate, and the regions charts' unit,
 * subtitle and alt text. */
#ifndef RP_WORD_EB_H
#define RP_WORD_EB_H

#include "base/buf.h"
#include "words/numfmt.h"
#include "stats/regional.h"

/* "Landelijk: 7,5 per 100.000 inwoners. ", or why the national rate of the regions (and the
 * funnel, signals and EB rates on it) is not shown. */
void rp_word_national_rate(rp_buf *b, const rp_regional *r, rp_lang lang);

/* The unit of a regional rate: "per 100.000 inwoners" (per: r->per). Caller frees. */
char *rp_word_per_label(double per, rp_lang lang);
/* The regions bar chart's subtitle: "Landelijk 7,5 per 100.000 inwoners; gesorteerd van hoog
 * naar laag" (per: rp_word_per_label's), or without the national rate when that is hidden.
 * Caller frees. */
char *rp_word_regions_sub(const rp_regional *r, const char *per, rp_lang lang);
/* A regions chart's alt text from the rows as drawn (o, n: sorted by rate): "title, year:
 * Amsterdam highest (12,4), Limburg lowest (4,0) [, empirical Bayes ...]; national rate 7,5;
 * 1 region above and 1 below the 99.8% limits". regs names the regions. Caller frees. */
char *rp_word_regions_alt(const rp_regional *r, const rp_regions *regs,
                          const rp_regional_row **o, size_t n, const char *title, int eb,
                          rp_lang lang);

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
