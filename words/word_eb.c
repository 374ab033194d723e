/* Dutch and English sentences about empirical-Bayes regional rates. */
#include "words/phrases.h"
#include "words/word_eb.h"

#include <math.h>

const char *rp_word_eb_label(rp_lang lang)
{
    return RP_PH(lang, RP_PH_EB_RATE);
}

void rp_word_national_rate(rp_buf *b, const rp_regional *r, rp_lang lang)
{
    if (r->national_hidden) {
        rp_buf_puts(b, RP_PH(lang, RP_PH_THE_NATIONAL_RATE_OF_THE_REGIONS_IS));
        return;
    }
    rp_buf_puts(b, RP_PH(lang, RP_PH_NATIONAL_RATE));
    rp_fmt_num(b, r->sum.national_rate, 1, lang);
    rp_buf_puts(b, RP_PH(lang, RP_PH_PER));
    rp_fmt_num(b, r->per, 0, lang); /* 100.000, not 100000 */
    rp_buf_puts(b, RP_PH(lang, RP_PH_INHABITANTS));
}

void rp_word_eb_method(rp_buf *b, const rp_regional *r, rp_lang lang)
{
    if (r->national_hidden)
        return; /* said with the national rate */
    if (isnan(r->eb_a) && r->k > 0) {
        rp_buf_printf(b, RP_PH(lang, RP_PH_EB_RATE_NOT_ESTIMATED_WHICH_NEEDS_AT), r->eb_k);
        return;
    }
    if (isnan(r->eb_a))
        return;
    rp_buf_puts(b, RP_PH(lang, RP_PH_EB_RATE_THE_EMPIRICAL_BAYES_ESTIMATE));
    if (isinf(r->eb_a))
        rp_buf_puts(b, RP_PH(lang, RP_PH_THE_REGIONS_DIFFER_NO_MORE_THAN));
    if (r->eb_partial)
        rp_buf_printf(b, RP_PH(lang, RP_PH_FITTED_OVER_THE_REGIONS_WHOSE_COUNT),
                      r->eb_k);
}

void rp_word_eb_chart_note(rp_buf *b, const rp_regional *r, double level, rp_lang lang)
{
    if (isnan(r->eb_a))
        return;
    rp_buf_printf(b, RP_PH(lang, RP_PH_DIAMOND_EMPIRICAL_BAYES_RATE_WITH), 100 * level);
    if (r->eb_partial)
        rp_buf_printf(b, RP_PH(lang, RP_PH_FITTED_OVER_THE_REGIONS_SHOWN), r->eb_k);
    rp_buf_puts(b, ".");
}
