/* Dutch and English sentences about estimates of the hidden number of victims. */
#include "words/word_estimate.h"
#include "words/wording.h"

#include <math.h>

void rp_word_mse_model(rp_buf *b, const rp_estimate *e, double threshold, rp_lang lang)
{
    if (e->method == RP_MSE_MAIN)
        rp_buf_puts(b, RP_NL(lang, "alleen hoofdeffecten", "main effects only"));
    else if (e->method == RP_MSE_FIXED)
        rp_buf_puts(b, RP_NL(lang, "vast model", "fixed model"));
    else {
        rp_buf_puts(b, RP_NL(lang, "stapsgewijze selectie van interacties (p < ",
                             "stepwise selection of interactions (p < "));
        rp_fmt_num(b, threshold, threshold >= 0.01 ? 2 : 3, lang);
        rp_buf_puts(b, ")");
    }
}

static void list_names(rp_buf *b, const rp_estimate *e, unsigned mask, rp_lang lang)
{
    int n = 0, total = 0;
    for (int i = 0; i < e->nlists; i++)
        total += (mask >> i) & 1u;
    for (int i = 0; i < e->nlists; i++) {
        if (!((mask >> i) & 1u))
            continue;
        if (n)
            rp_buf_puts(b, n == total - 1 ? RP_NL(lang, " en ", " and ") : ", ");
        rp_buf_puts(b, e->lists[i]);
        n++;
    }
}

void rp_word_est_reason(rp_buf *b, const rp_estimate *e, const rp_estimate_row *r,
                        rp_lang lang)
{
    (void)e;
    switch (r->reason) {
    case RP_EST_OK:
        break;
    case RP_EST_NOONE:
        rp_buf_puts(b, RP_NL(lang, "Niemand geregistreerd: geen schatting.",
                             "No one registered: no estimate."));
        break;
    case RP_EST_FEWLISTS:
        rp_buf_puts(b, RP_NL(lang, "Minder dan twee lijsten met registraties: geen schatting.",
                             "Fewer than two lists hold anyone: no estimate."));
        break;
    case RP_EST_ALLLIST:
        rp_buf_puts(b, RP_NL(lang, "Eén lijst bevat iedereen die geregistreerd is: het aantal "
                                   "niet-geregistreerden is niet te schatten.",
                             "One list holds everyone registered: the number on no list "
                             "cannot be estimated."));
        break;
    case RP_EST_CHECK:
        rp_buf_puts(b, r->check & RP_MSE_NOT_EXIST
                           ? RP_NL(lang, "Het model heeft geen eindige schatting (lineair "
                                         "programma van Fienberg en Rinaldo).",
                                   "The model has no finite estimate (linear program of "
                                   "Fienberg and Rinaldo).")
                           : "");
        if (r->check & RP_MSE_NOT_IDENT)
            rp_buf_puts(b, RP_NL(lang, " Het model is niet identificeerbaar.",
                                 " The model is not identifiable."));
        rp_buf_puts(b, RP_NL(lang, " Kies andere interacties.", " Choose other interactions."));
        break;
    case RP_EST_NOFIT:
        rp_buf_puts(b, RP_NL(lang, "Het model convergeerde niet: geen schatting.",
                             "The model did not converge: no estimate."));
        break;
    }
}

static void never_overlap(rp_buf *b, const rp_estimate *e, const rp_estimate_row *r,
                          rp_lang lang)
{
    int k = 0, n = 0;
    rp_buf_puts(b, RP_NL(lang, "Niemand staat op beide lijsten van: ",
                         "No one is on both lists of: "));
    for (int a = 0; a < e->nlists; a++)
        for (int c = a + 1; c < e->nlists; c++, k++)
            if ((r->empty >> k) & 1ull)
                rp_buf_printf(b, "%s%s %s %s", n++ ? "; " : "", e->lists[a],
                              RP_NL(lang, "en", "and"), e->lists[c]);
    rp_buf_puts(b, RP_NL(lang, " (zo'n paar in het model wordt behandeld als in Chan, "
                               "Silverman en Vincent 2021).\n",
                         " (such a pair in the model is handled as in Chan, Silverman and "
                         "Vincent 2021).\n"));
}

static void warn_model(rp_buf *b, const rp_estimate_row *r, rp_lang lang)
{
    rp_buf_puts(b, RP_NL(lang, "De schatting hangt sterk af van het model: alleen "
                               "hoofdeffecten geeft ",
                         "The estimate depends strongly on the model: main effects alone "
                         "give "));
    rp_fmt_num(b, r->main_estimate, 0, lang);
    rp_buf_puts(b, RP_NL(lang, ", het gekozen model ", ", the chosen model "));
    rp_fmt_num(b, r->r.estimate, 0, lang);
    rp_buf_puts(b, ".\n");
}

void rp_word_est_model_all(rp_buf *b, const rp_estimate *e, rp_lang lang)
{
    int n = 0;
    for (size_t i = 0; i < e->nrows; i++) {
        const rp_estimate_row *r = &e->row[i];
        if (r->publish != RP_EST_SHOWN || !(r->warn & RP_EST_MODEL))
            continue;
        rp_buf_puts(b, n++ ? "; " : RP_NL(lang, "De schatting hangt sterk af van het model; "
                                                "met alleen hoofdeffecten: ",
                                          "The estimate depends strongly on the model; with "
                                          "main effects alone: "));
        if (e->nrows > 1)
            rp_buf_printf(b, "%s ", i == e->nrows - 1 ? RP_NL(lang, "samen", "pooled")
                                                      : r->stratum);
        rp_fmt_num(b, r->main_estimate, 0, lang);
        rp_buf_puts(b, RP_NL(lang, " in plaats van ", " instead of "));
        rp_fmt_num(b, r->r.estimate, 0, lang);
    }
    if (n)
        rp_buf_puts(b, ".\n");
}

void rp_word_est_warnings(rp_buf *b, const rp_estimate *e, const rp_estimate_row *r,
                          unsigned skip, rp_lang lang)
{
    if (r->warn & RP_EST_DROPPED & ~skip) {
        rp_buf_puts(b, RP_NL(lang, "Zonder registraties en daarom weggelaten: ",
                             "Left out for holding no one: "));
        list_names(b, e, r->dropped, lang);
        rp_buf_puts(b, ".\n");
    }
    if (r->warn & RP_EST_TERMGONE & ~skip)
        rp_buf_puts(b, RP_NL(lang, "Een interactie met een weggelaten lijst is vervallen.\n",
                             "An interaction with a list left out was dropped.\n"));
    if (r->warn & RP_EST_SPARSE & ~skip) {
        rp_buf_printf(b, RP_NL(lang, "Minder dan %d registraties op: ",
                               "Fewer than %d people on: "), RP_EST_SPARSE_N);
        list_names(b, e, r->sparse, lang);
        rp_buf_puts(b, RP_NL(lang, "; de schatting is daar gevoelig voor.\n",
                             "; the estimate is sensitive to them.\n"));
    }
    if (r->warn & RP_EST_EMPTY & ~skip)
        never_overlap(b, e, r, lang);
    if (r->warn & RP_EST_MODEL & ~skip)
        warn_model(b, r, lang);
    if (r->warn & RP_EST_BOOTFAIL & ~skip)
        rp_buf_printf(b, RP_NL(lang, "%d van %d bootstrapreplicaties waren niet te schatten%s.\n",
                               "%d of %d bootstrap replicates could not be fitted%s.\n"),
                      r->r.boot_failed, e->nboot,
                      r->bootstrap ? "" : RP_NL(lang, "; het interval is log-normaal",
                                                "; the interval is log-normal"));
}

void rp_word_est_count(rp_buf *b, const rp_estimate_row *r, double v, int below, rp_lang lang)
{
    if (r->publish == RP_EST_SMALL || r->publish == RP_EST_SECOND)
        rp_word_hidden(b, r->publish, below);
    else
        rp_fmt_num(b, v, 0, lang);
}

void rp_word_est_figure(rp_buf *b, const rp_estimate *e, const rp_estimate_row *r, int below,
                        rp_lang lang)
{
    if (r->publish == RP_EST_SMALL || r->publish == RP_EST_SECOND) { /* alike: one sign */
        rp_buf_puts(b, RP_NL(lang, "niet gepubliceerd (", "not published ("));
        rp_word_hidden(b, r->publish, below);
        rp_buf_putc(b, ')');
        return;
    }
    if (r->reason != RP_EST_OK) {
        rp_buf_puts(b, RP_NL(lang, "geen schatting", "no estimate"));
        return;
    }
    rp_fmt_num(b, r->r.estimate, 0, lang);
    rp_buf_printf(b, " (%g%%%s ", 100 * e->level, RP_NL(lang, "-BI", " CI"));
    rp_fmt_num(b, r->r.lo, 0, lang);
    rp_buf_puts(b, RP_NL(lang, " tot ", " to "));
    rp_fmt_num(b, r->r.hi, 0, lang);
    rp_buf_puts(b, ")");
}
