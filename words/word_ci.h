/* The words of `rapporteur ci`: one interval with its method, and what it means. */
#ifndef RP_WORD_CI_H
#define RP_WORD_CI_H

#include "base/buf.h"
#include "base/lang.h"
#include "stats/interval.h"

typedef enum { RP_CIK_PROPORTION, RP_CIK_COUNT, RP_CIK_RATE, RP_CIK_MEAN } rp_ci_kind;

/* "81 of 263 = 30.8% (95% CI 25.5% to 36.6%, Wilson score interval)." and a line on what an
 * interval shows. x: successes, the count or the mean; n: trials, the denominator or the
 * size; per: a rate's unit. */
void rp_word_ci_note(rp_buf *b, rp_ci_kind kind, double x, double n, double per, double level,
                     const rp_ci *ci, rp_lang lang);
/* The method as a name: "Wilson score interval". A static string. */
const char *rp_word_ci_method(rp_ci_method m, rp_lang lang);

#endif
