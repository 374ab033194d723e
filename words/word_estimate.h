/* The words of multiple systems estimation in Dutch and English: the model, why a stratum
 * has no estimate, the warnings beside the figure, and a published cell of a row. */
#ifndef RP_WORD_ESTIMATE_H
#define RP_WORD_ESTIMATE_H

#include "base/buf.h"
#include "words/numfmt.h"
#include "stats/estimate.h"

/* "stepwise selection (p < 0.02)", "main effects only", "fixed model". */
void rp_word_mse_model(rp_buf *b, const rp_estimate *e, double threshold, rp_lang lang);
/* Why the row has no estimate, as one sentence. */
void rp_word_est_reason(rp_buf *b, const rp_estimate *e, const rp_estimate_row *r,
                        rp_lang lang);
/* The row's warnings, one sentence each, each ending in ".\n"; skip: warning bits to leave
 * out (said for all rows at once). */
void rp_word_est_warnings(rp_buf *b, const rp_estimate *e, const rp_estimate_row *r,
                          unsigned skip, rp_lang lang);
/* One sentence for every published row whose estimate rests on the model (RP_EST_MODEL):
 * the main-effects figure beside the chosen one, per stratum. Nothing when there is none. */
void rp_word_est_model_all(rp_buf *b, const rp_estimate *e, rp_lang lang);
/* A count of the row as published: the number, "<below", or "x" (hidden as a second cell). */
void rp_word_est_count(rp_buf *b, const rp_estimate_row *r, double v, int below, rp_lang lang);
/* "111.139 (95% BI 92.440-133.991)" or the mark of a hidden row. */
void rp_word_est_figure(rp_buf *b, const rp_estimate *e, const rp_estimate_row *r, int below,
                        rp_lang lang);

#endif
