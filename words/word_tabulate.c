/* tabulate's sentences, Dutch and English side by side. */
#include "words/phrases.h"
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
        rp_buf_puts(b, RP_PH(lang, RP_PH_TOTAL));
        count(b, total, lang);
        rp_buf_printf(b, RP_PH(lang, RP_PH_IN_COMBINATION), ncomb,
                      ncomb == 1 ? "" : RP_PH(lang, RP_PH_S));
        if (rows >= 0) {
            rp_buf_puts(b, RP_PH(lang, RP_PH_OF));
            rp_fmt_num(b, (double)rows, 0, lang);
            rp_buf_puts(b, RP_PH(lang, RP_PH_ROWS));
        }
        rp_buf_putc(b, '\n');
        return;
    }
    /* the full total, less the shown counts, would give the hidden ones away */
    rp_buf_puts(b, RP_PH(lang, RP_PH_TOTAL_OF_THE_COUNTS_SHOWN));
    count(b, total, lang);
    rp_buf_printf(b, RP_PH(lang, RP_PH_HIDDEN_COUNT_LEFT_OUT),
                  nhidden, nhidden == 1 ? "" : RP_PH(lang, RP_PH_S_2));
    rp_word_hidden_legend(b, below, lang);
    rp_buf_puts(b, ")\n");
}

void rp_word_tab_published(rp_buf *b, const char *title, rp_lang lang)
{
    rp_buf_printf(b, RP_PH(lang, RP_PH_THE_PUBLISHED_CELLS_OF_THE_INDICATOR),
                  title);
}

void rp_word_tab_perturbed(rp_buf *b, int d, rp_lang lang)
{
    rp_buf_printf(b, RP_PH(lang, RP_PH_AN_AD_HOC_TABLE_EVERY_COUNT_IS),
                  d);
}

void rp_word_tab_unpublishable(rp_buf *b, int below, int usual, rp_lang lang)
{
    if (below <= 0)
        rp_buf_puts(b, RP_PH(lang, RP_PH_EVERY_COUNT_IS_SHOWN));
    else
        rp_buf_printf(b, RP_PH(lang, RP_PH_COUNTS_FROM_ARE_SHOWN), below);
    rp_buf_printf(b, RP_PH(lang, RP_PH_BELOW_THE_THRESHOLD_OF_THIS_TABLE_IS),
                  usual);
}
