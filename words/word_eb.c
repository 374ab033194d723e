/* Dutch and English sentences about empirical-Bayes regional rates. */
#include "words/word_eb.h"

#include <math.h>

const char *rp_word_eb_label(rp_lang lang)
{
    return RP_NL(lang, "EB-cijfer", "EB rate");
}

void rp_word_national_rate(rp_buf *b, const rp_regional *r, rp_lang lang)
{
    if (r->national_hidden) {
        rp_buf_puts(b, RP_NL(lang, "Het landelijke cijfer van de regio's wordt niet getoond: met "
                                   "het geregistreerde totaal zou het een achtergehouden aantal "
                                   "prijsgeven; de trechter, de signalen en de EB-cijfers, die "
                                   "erop rusten, evenmin. ",
                             "The national rate of the regions is not shown: with the "
                             "registered total it would give a withheld count away; nor are the "
                             "funnel, the signals and the EB rates, which rest on it. "));
        return;
    }
    rp_buf_puts(b, RP_NL(lang, "Landelijk: ", "National rate: "));
    rp_fmt_num(b, r->sum.national_rate, 1, lang);
    rp_buf_puts(b, RP_NL(lang, " per ", " per "));
    rp_fmt_num(b, r->per, 0, lang); /* 100.000, not 100000 */
    rp_buf_puts(b, RP_NL(lang, " inwoners. ", " inhabitants. "));
}

void rp_word_eb_method(rp_buf *b, const rp_regional *r, rp_lang lang)
{
    if (r->national_hidden)
        return; /* said with the national rate */
    if (isnan(r->eb_a) && r->k > 0) {
        rp_buf_printf(b, RP_NL(lang, "EB-cijfer: niet geschat, want daarvoor zijn minstens 3 "
                                     "regio's met een gepubliceerd aantal boven 0 nodig (nu %zu).",
                               "EB rate: not estimated, which needs at least 3 regions with a "
                               "published count, not all 0 (here %zu)."), r->eb_k);
        return;
    }
    if (isnan(r->eb_a))
        return;
    rp_buf_puts(b, RP_NL(lang, "EB-cijfer: empirisch-Bayesschatting (Poisson-gammamodel, Clayton "
                               "en Kaldor 1987), die het cijfer van een regio naar het landelijke "
                               "trekt naarmate toeval meer van de spreiding verklaart: kleine "
                               "regio's het meest.",
                         "EB rate: the empirical-Bayes estimate (Poisson-gamma model, Clayton "
                         "and Kaldor 1987), which draws a region's rate towards the national "
                         "rate as far as chance explains the spread: small regions most."));
    if (isinf(r->eb_a))
        rp_buf_puts(b, RP_NL(lang, " De regio's verschillen niet meer dan toeval verklaart: "
                                   "elk EB-cijfer is het gemeenschappelijke.",
                             " The regions differ no more than chance explains: every EB rate "
                             "is the common one."));
    if (r->eb_partial)
        rp_buf_printf(b, RP_NL(lang, " Geschat over de %zu regio's met een gepubliceerd aantal.",
                               " Fitted over the %zu regions whose count is published."),
                      r->eb_k);
}

void rp_word_eb_chart_note(rp_buf *b, const rp_regional *r, double level, rp_lang lang)
{
    if (isnan(r->eb_a))
        return;
    rp_buf_printf(b, RP_NL(lang, "Ruit: empirisch-Bayescijfer met %g%%-interval (Poisson-gamma, "
                                 "Clayton en Kaldor 1987), naar het landelijke cijfer getrokken; "
                                 "kleine regio's het meest",
                           "Diamond: empirical-Bayes rate with %g%% interval (Poisson-gamma, "
                           "Clayton and Kaldor 1987), drawn towards the national rate; small "
                           "regions most"), 100 * level);
    if (r->eb_partial)
        rp_buf_printf(b, RP_NL(lang, " (geschat over de %zu getoonde regio's)",
                               " (fitted over the %zu regions shown)"), r->eb_k);
    rp_buf_puts(b, ".");
}
