/* Dutch and English sentences about empirical-Bayes regional rates. */
#include "words/phrases.h"
#include "words/word_eb.h"

#include <math.h>
#include <stdlib.h>

char *rp_word_per_label(double per, rp_lang lang)
{
    char *n = rp_fmt_numstr(per, 0, lang);
    char *s = n ? rp_strfmt(RP_PH(lang, RP_PH_PER_INHABITANTS), n) : NULL;
    free(n);
    return s;
}

char *rp_word_regions_sub(const rp_regional *r, const char *per, rp_lang lang)
{
    if (r->national_hidden)
        return rp_strfmt(RP_PH(lang, RP_PH_SORTED_FROM_HIGH_TO_LOW), per);
    char *nat = rp_fmt_numstr(r->sum.national_rate, 1, lang);
    char *s = nat ? rp_strfmt(RP_PH(lang, RP_PH_NATIONAL_RATE_SORTED_FROM_HIGH_TO), nat, per)
                  : NULL;
    free(nat);
    return s;
}

/* "Amsterdam het hoogst (12,4), Limburg het laagst (4,0)", with the shrunk rates after. */
static void ends(rp_buf *b, const rp_regions *regs, const rp_regional_row *top,
                 const rp_regional_row *bottom, int eb, rp_lang lang)
{
    rp_buf_printf(b, RP_PH(lang, RP_PH_HIGHEST), regs->r[top->region].name);
    rp_fmt_num(b, top->s.rate.estimate, 1, lang);
    rp_buf_printf(b, RP_PH(lang, RP_PH_LOWEST), regs->r[bottom->region].name);
    rp_fmt_num(b, bottom->s.rate.estimate, 1, lang);
    rp_buf_puts(b, ")");
    if (eb && !isnan(top->s.eb_rate) && !isnan(bottom->s.eb_rate)) {
        rp_buf_puts(b, RP_PH(lang, RP_PH_EMPIRICAL_BAYES));
        rp_fmt_num(b, top->s.eb_rate, 1, lang);
        rp_buf_puts(b, RP_PH(lang, RP_PH_AND));
        rp_fmt_num(b, bottom->s.eb_rate, 1, lang);
    }
    rp_buf_puts(b, "; ");
}

char *rp_word_regions_alt(const rp_regional *r, const rp_regions *regs,
                          const rp_regional_row **o, size_t n, const char *title, int eb,
                          rp_lang lang)
{
    int hi = 0, lo = 0;
    for (size_t i = 0; i < n; i++) {
        hi += o[i]->s.signal > 0;
        lo += o[i]->s.signal < 0;
    }
    rp_buf b;
    rp_buf_init(&b);
    rp_buf_printf(&b, "%s, %d: ", title, r->year);
    const rp_regional_row *top = NULL, *bottom = NULL;
    for (size_t i = 0; i < n; i++)
        if (!o[i]->hidden) {
            if (!top)
                top = o[i];
            bottom = o[i];
        }
    if (top && bottom && top != bottom)
        ends(&b, regs, top, bottom, eb, lang);
    rp_buf_puts(&b, RP_PH(lang, RP_PH_NATIONAL_RATE_2));
    rp_fmt_num(&b, r->sum.national_rate, 1, lang);
    rp_buf_printf(&b, RP_PH(lang, RP_PH_ABOVE_AND_BELOW_THE_99_8_LIMITS), hi,
                  hi == 1 ? RP_PH(lang, RP_PH_REGIONS_REGION) : RP_PH(lang, RP_PH_REGIONS), lo);
    return rp_buf_steal(&b);
}

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
