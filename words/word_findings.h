/* The key findings of a monitor (stats/findings.h) as sentences, Dutch and English. */
#ifndef RP_WORD_FINDINGS_H
#define RP_WORD_FINDINGS_H

#include "base/buf.h"
#include "stats/model.h"
#include "stats/findings.h"

/* One value of a change from one year to the next in its unit (y->unit): "+1,9%" (counts and
 * rates), "+1,2" and with unit " procentpunt" (shares, v a fraction), "+0,40" (means). v is
 * y->change, y->lo or y->hi. */
void rp_word_yoy_value(rp_buf *b, const rp_yoy *y, double v, int unit, rp_lang lang);
/* One finding as a sentence ending in a full stop, appended to b. */
void rp_word_finding(rp_buf *b, const rp_model *m, const rp_finding *f, rp_lang lang);
/* A change from one year to the next with its interval and whether it is significant:
 * "+1,9% ten opzichte van 2023 (95%-BI -6,3% tot +10,9%), binnen de toevalsmarge". */
void rp_word_yoy(rp_buf *b, const rp_yoy *y, double level, rp_lang lang);

#endif
