/* The words of `rapporteur recidivism`. */
#include "words/word_recid.h"
#include "words/numfmt.h"
#include "words/phrases.h"
#include "words/wording.h"

void rp_word_recid_title(rp_buf *b, const char *name, const char *by, double level,
                         rp_lang lang)
{
    rp_buf lv;
    rp_buf_init(&lv);
    rp_word_level(&lv, level, lang);
    if (by)
        rp_buf_printf(b, RP_PH(lang, RP_PH_RECID_TITLE_BY), name, by, rp_buf_str(&lv));
    else
        rp_buf_printf(b, RP_PH(lang, RP_PH_RECID_TITLE), name, rp_buf_str(&lv));
    rp_buf_free(&lv);
}

const char *rp_word_recid_head(int col, rp_lang lang)
{
    switch (col) {
    case 0: return RP_PH(lang, RP_PH_RECID_GROUP);
    case 1: return RP_PH(lang, RP_PH_RECID_YEARS);
    case 2: return "n";
    case 3: return RP_PH(lang, RP_PH_RECID_EVENTS);
    case 4: return RP_PH(lang, RP_PH_RECID_AT_RISK);
    case 5: return RP_PH(lang, RP_PH_RECID_PREVALENCE);
    default: return RP_PH(lang, RP_PH_INTERVAL);
    }
}

const char *rp_word_recid_not_estimable(rp_lang lang)
{
    return RP_PH(lang, RP_PH_RECID_NOT_ESTIMABLE);
}

void rp_word_recid_test(rp_buf *b, double chi2, double df, double p, double level,
                        rp_lang lang)
{
    rp_buf_puts(b, RP_PH(lang, RP_PH_RECID_LOGRANK));
    rp_fmt_num(b, chi2, 2, lang);
    rp_buf_printf(b, RP_PH(lang, RP_PH_RECID_DF), df);
    rp_word_p(b, p, lang);
    rp_buf_puts(b, p < 1 - level ? RP_PH(lang, RP_PH_RECID_DIFFERENT)
                                 : RP_PH(lang, RP_PH_RECID_NOT_DIFFERENT));
    rp_word_level(b, 1 - level, lang);
    rp_buf_puts(b, RP_PH(lang, RP_PH_RECID_LEVEL));
}

void rp_word_recid_legend(rp_buf *b, int below, rp_lang lang)
{
    rp_buf_puts(b, RP_PH(lang, RP_PH_RECID_LEGEND));
    rp_word_hidden_legend(b, below, lang);
    rp_buf_puts(b, ".\n");
}
