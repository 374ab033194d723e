/* tabulate's sentences, Dutch and English side by side. */
#include "words/word_tabulate.h"
#include "words/numfmt.h"
#include "words/wording.h"

#include <math.h>

/* Counts of a counts file may be sums of weights: whole ones without decimals. */
static void count(rp_buf *b, double v, rp_lang lang)
{
    rp_fmt_num(b, v, v == floor(v) ? 0 : 2, lang);
}

void rp_word_tab_total(rp_buf *b, double total, size_t ncomb, long rows, size_t nhidden,
                       int below, rp_lang lang)
{
    if (nhidden == 0) {
        rp_buf_puts(b, RP_NL(lang, "totaal: ", "total: "));
        count(b, total, lang);
        rp_buf_printf(b, RP_NL(lang, " in %zu combinatie%s", " in %zu combination%s"), ncomb,
                      ncomb == 1 ? "" : RP_NL(lang, "s", "s"));
        if (rows >= 0) {
            rp_buf_puts(b, RP_NL(lang, " van ", " of "));
            rp_fmt_num(b, (double)rows, 0, lang);
            rp_buf_puts(b, RP_NL(lang, " rijen", " rows"));
        }
        rp_buf_putc(b, '\n');
        return;
    }
    /* the full total, less the shown counts, would give the hidden ones away */
    rp_buf_puts(b, RP_NL(lang, "totaal van de getoonde aantallen: ",
                         "total of the counts shown: "));
    count(b, total, lang);
    rp_buf_printf(b, RP_NL(lang, " (%zu verborgen aantal%s weggelaten; ",
                           " (%zu hidden count%s left out; "),
                  nhidden, nhidden == 1 ? "" : RP_NL(lang, "len", "s"));
    rp_word_hidden_legend(b, below, lang);
    rp_buf_puts(b, ")\n");
}

void rp_word_tab_published(rp_buf *b, const char *title, rp_lang lang)
{
    rp_buf_printf(b, RP_NL(lang, "De gepubliceerde cellen van de indicator %s, zoals in het "
                                 "rapport.\n",
                           "The published cells of the indicator %s, as in the report.\n"),
                  title);
}

void rp_word_tab_perturbed(rp_buf *b, int d, rp_lang lang)
{
    rp_buf_printf(b, RP_NL(lang, "Een ad-hoctabel: elk aantal is met zijn celsleutel met ten "
                                 "hoogste %d veranderd, steeds op dezelfde manier, zodat geen "
                                 "twee tabellen samen een aantal teruggeven. Dit zijn niet de "
                                 "gepubliceerde cijfers.\n",
                           "An ad-hoc table: every count is changed by at most %d by its cell "
                           "key, the same way each time, so that no two tables together give "
                           "a count back. These are not the published figures.\n"),
                  d);
}

void rp_word_tab_unpublishable(rp_buf *b, int below, int usual, rp_lang lang)
{
    if (below <= 0)
        rp_buf_puts(b, RP_NL(lang, "Elk aantal wordt getoond", "Every count is shown"));
    else
        rp_buf_printf(b, RP_NL(lang, "Aantallen vanaf %d worden getoond",
                               "Counts from %d are shown"), below);
    rp_buf_printf(b, RP_NL(lang, ", onder de drempel van %d: deze tabel is niet voor "
                                 "publicatie.\n",
                           ", below the threshold of %d: this table is not for "
                           "publication.\n"),
                  usual);
}
