/* The key findings of a monitor (stats/findings.h) as sentences, Dutch and English. */
#ifndef RP_WORD_FINDINGS_H
#define RP_WORD_FINDINGS_H

#include "base/buf.h"
#include "stats/model.h"

/* One finding as a sentence ending in a full stop, appended to b. */
void rp_word_finding(rp_buf *b, const rp_model *m, const rp_finding *f, rp_lang lang);

#endif
