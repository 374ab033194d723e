/* The words of `rapporteur recidivism`. */
#include "words/word_recid.h"
#include "words/numfmt.h"
#include "words/phrases.h"
#include "words/wording.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

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

static int row_hidden(const rp_recid_row *w)
{
    return w->n_mark || w->events_mark || w->at_risk_mark;
}

static char *cell_count(double v, int mark, rp_lang lang)
{
    rp_buf b;
    rp_buf_init(&b);
    if (mark)
        rp_word_hidden(&b, mark, 0);
    else if (!isnan(v))
        rp_fmt_num(&b, v, 0, lang);
    return rp_buf_steal(&b);
}

static char *cell_pct(double v, rp_lang lang)
{
    rp_buf b;
    rp_buf_init(&b);
    rp_fmt_pct(&b, v, 1, lang);
    return rp_buf_steal(&b);
}

void rp_word_recid_row(char **row, const rp_recid_row *w, double t, rp_lang lang)
{
    row[0] = rp_strdup(w->group);
    row[1] = rp_strfmt("%g", t);
    row[2] = cell_count(w->n, w->n_mark, lang);
    row[3] = cell_count(w->events, w->events_mark, lang);
    row[4] = cell_count(w->at_risk, w->at_risk_mark, lang);
    if (row_hidden(w)) {
        row[5] = rp_strdup(rp_word_hidden_sign());
        row[6] = rp_strdup("");
    } else if (!w->estimable) {
        row[5] = rp_strdup(rp_word_recid_not_estimable(lang));
        row[6] = rp_strdup("");
    } else {
        char *lo = cell_pct(w->lo, lang), *hi = cell_pct(w->hi, lang);
        rp_buf b;
        rp_buf_init(&b);
        rp_word_interval(&b, 0, lo ? lo : "", hi ? hi : "", lang); /* the head names the level */
        row[5] = cell_pct(w->prevalence, lang);
        row[6] = rp_buf_steal(&b);
        free(lo);
        free(hi);
    }
}

void rp_word_recid_logrank(rp_buf *b, const char *between, double chi2, double df, double p,
                           rp_lang lang)
{
    rp_buf_printf(b, RP_PH(lang, RP_PH_LOG_RANK_TEST_BETWEEN_CHI_SQUARE), between);
    rp_fmt_num(b, chi2, 1, lang);
    rp_buf_printf(b, df == 1 ? RP_PH(lang, RP_PH_ON_DF) : RP_PH(lang, RP_PH_RECID_DF), df);
    rp_word_p(b, p, lang);
    rp_buf_putc(b, '.');
}

void rp_word_recid_km_alt(rp_buf *b, const rp_recid_result *res, const double *at, int below,
                          rp_lang lang)
{
    /* the groups are joined by semicolons, since a group's name may start in lower case */
    for (size_t g = 0; g < res->ngroups; g++) {
        const rp_recid_row *w = &res->rows[g * res->nat];
        if (w->n_mark)
            continue;
        rp_buf_printf(b, "%s: ", w->group);
        for (size_t j = 0; j < res->nat; j++) {
            const rp_recid_row *x = &res->rows[g * res->nat + j];
            rp_buf_printf(b, RP_PH(lang, RP_PH_YEARS_2), j ? ", " : "", at[j]);
            if (x->events_mark || x->at_risk_mark || x->n_mark)
                rp_word_hidden(b, x->events_mark, below);
            else if (!x->estimable || isnan(x->prevalence))
                rp_buf_puts(b, RP_PH(lang, RP_PH_RECID_NOT_ESTIMABLE));
            else
                rp_fmt_pct(b, x->prevalence, 0, lang);
        }
        rp_buf_puts(b, "; ");
    }
    if (b->len >= 2 && !strcmp(b->data + b->len - 2, "; ")) {
        b->len -= 2;
        b->data[b->len] = '\0';
        rp_buf_putc(b, '.');
    }
}
