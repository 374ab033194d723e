/* The words of `rapporteur ci`. */
#include "words/word_ci.h"
#include "words/numfmt.h"
#include "words/phrases.h"
#include "words/wording.h"

#include <math.h>
#include <stdlib.h>

const char *rp_word_ci_method(rp_ci_method m, rp_lang lang)
{
    switch (m) {
    case RP_CI_WILSON: return RP_PH(lang, RP_PH_CI_WILSON);
    case RP_CI_CLOPPER_PEARSON: return RP_PH(lang, RP_PH_CI_CLOPPER_PEARSON);
    case RP_CI_EXACT: return RP_PH(lang, RP_PH_CI_EXACT);
    case RP_CI_BYAR: return RP_PH(lang, RP_PH_CI_BYAR);
    case RP_CI_T: return RP_PH(lang, RP_PH_CI_T);
    default: return rp_ci_method_name(m);
    }
}

/* One bound or the estimate in the kind's unit: a proportion as a percentage. */
static char *value(rp_ci_kind kind, double v, int d, rp_lang lang)
{
    rp_buf b;
    rp_buf_init(&b);
    if (kind == RP_CIK_PROPORTION)
        rp_fmt_pct(&b, v, d, lang);
    else
        rp_fmt_num(&b, v, d, lang);
    return rp_buf_steal(&b);
}

void rp_word_ci_note(rp_buf *b, rp_ci_kind kind, double x, double n, double per, double level,
                     const rp_ci *ci, rp_lang lang)
{
    int d = kind == RP_CIK_PROPORTION ? 1 : rp_fmt_auto_decimals(ci->estimate);
    if (kind == RP_CIK_COUNT && d < 1)
        d = 1;
    char *est = value(kind, ci->estimate, kind == RP_CIK_COUNT ? 0 : d, lang);
    char *xs = rp_fmt_numstr(x, 0, lang), *ns = rp_fmt_numstr(n, 0, lang);
    char *ps = rp_fmt_numstr(per, 0, lang);
    if (kind == RP_CIK_PROPORTION)
        rp_buf_printf(b, RP_PH(lang, RP_PH_CI_PROPORTION), xs, ns, est);
    else if (kind == RP_CIK_RATE)
        rp_buf_printf(b, RP_PH(lang, RP_PH_CI_RATE), xs, ns, est, ps);
    else
        rp_buf_printf(b, kind == RP_CIK_MEAN ? RP_PH(lang, RP_PH_CI_MEAN)
                                             : RP_PH(lang, RP_PH_CI_COUNT), est);
    char *lo = value(kind, ci->lo, d, lang), *hi = value(kind, ci->hi, d, lang);
    rp_buf_puts(b, " (");
    rp_word_interval(b, level, lo, hi, lang);
    rp_buf_printf(b, ", %s).\n", rp_word_ci_method(ci->method, lang));
    rp_buf_puts(b, RP_PH(lang, RP_PH_CI_MEANING));
    free(est), free(xs), free(ns), free(ps), free(lo), free(hi);
}
