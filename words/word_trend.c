/* The words of `rapporteur trend`. */
#include "words/word_trend.h"
#include "words/numfmt.h"
#include "words/phrases.h"
#include "words/wording.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A number to a few significant digits (a slope, a dispersion), with the language's
 * decimal sign. */
static void sig(rp_buf *b, double v, int digits, rp_lang lang)
{
    char raw[64];
    snprintf(raw, sizeof raw, "%.*g", digits, v);
    for (char *p = raw; lang == RP_LANG_NL && *p; p++)
        if (*p == '.')
            *p = ',';
    rp_buf_puts(b, raw);
}

/* An x or y value as the file has it: whole numbers (years) without a thousands sign. */
static char *plain(double v, rp_lang lang)
{
    rp_buf b;
    rp_buf_init(&b);
    if (v == floor(v) && fabs(v) < 1e15)
        rp_buf_printf(&b, "%.0f", v);
    else
        sig(&b, v, 6, lang);
    return rp_buf_steal(&b);
}

static const char *per_unit(const rp_trend_words *w)
{
    return w->per_year ? RP_PH(w->lang, RP_PH_TREND_A_YEAR) : RP_PH(w->lang, RP_PH_TREND_PER_X);
}

void rp_word_trend_head(rp_buf *b, const rp_trend_words *w, rp_trend_what what)
{
    rp_lang l = w->lang;
    char *x0 = plain(w->x0, l), *x1 = plain(w->x1, l);
    /* the five heads are one sentence with another name: phrases.h says each in full */
    if (what == RP_TW_POISSON)
        rp_buf_printf(b, RP_PH(l, RP_PH_TREND_HEAD_POISSON), w->yname, w->xname, w->n, x0, x1);
    else if (what == RP_TW_POISSON_RATE)
        rp_buf_printf(b, RP_PH(l, RP_PH_TREND_HEAD_POISSON_RATE), w->yname, w->xname, w->n, x0,
                      x1);
    else if (what == RP_TW_LINEAR)
        rp_buf_printf(b, RP_PH(l, RP_PH_TREND_HEAD_LINEAR), w->yname, w->xname, w->n, x0, x1);
    else if (what == RP_TW_MK)
        rp_buf_printf(b, RP_PH(l, RP_PH_TREND_HEAD_MK), w->yname, w->xname, w->n, x0, x1);
    else
        rp_buf_printf(b, RP_PH(l, RP_PH_TREND_HEAD_JOINPOINT), w->yname, w->xname, w->n, x0,
                      x1);
    free(x0);
    free(x1);
}

void rp_word_trend_constant(rp_buf *b, const rp_trend_words *w, double y)
{
    char *v = plain(y, w->lang);
    rp_buf_printf(b, RP_PH(w->lang, RP_PH_TREND_CONSTANT), w->yname, v);
    free(v);
}

/* "Statistically significant at the 5% level (p = 0.003)." */
static void significance(rp_buf *b, const rp_trend_words *w, double p)
{
    if (isnan(p))
        return;
    rp_buf_puts(b, p < 1 - w->level ? RP_PH(w->lang, RP_PH_TREND_SIGNIFICANT)
                                    : RP_PH(w->lang, RP_PH_TREND_NOT_SIGNIFICANT));
    rp_word_level(b, 1 - w->level, w->lang);
    rp_buf_puts(b, RP_PH(w->lang, RP_PH_TREND_LEVEL));
    rp_word_p(b, p, w->lang);
    rp_buf_puts(b, ").\n");
}

typedef enum { CHANGE, NUMBER } unit;

static char *amount(double v, unit u, rp_lang lang)
{
    rp_buf b;
    rp_buf_init(&b);
    if (u == CHANGE)
        rp_fmt_change(&b, v, 1, lang);
    else
        rp_fmt_num(&b, v, rp_fmt_auto_decimals(v), lang);
    return rp_buf_steal(&b);
}

/* "-4.5% a year (95% CI -7.0% to -1.9%" without the closing parenthesis; per: the unit of
 * time, or NULL for none. */
static void with_interval(rp_buf *b, const rp_trend_words *w, double v, double lo, double hi,
                          unit u, const char *per)
{
    char *s = amount(v, u, w->lang), *l = amount(lo, u, w->lang), *h = amount(hi, u, w->lang);
    rp_buf_puts(b, s);
    if (per)
        rp_buf_printf(b, " %s", per);
    rp_buf_puts(b, " (");
    rp_word_interval(b, w->level, l, h, w->lang);
    free(s);
    free(l);
    free(h);
}

void rp_word_trend_poisson(rp_buf *b, const rp_trend_words *w, const rp_trend_fit *t)
{
    rp_lang l = w->lang;
    rp_buf_puts(b, RP_PH(l, RP_PH_TREND_CHANGE));
    with_interval(b, w, t->apc, t->apc_lo, t->apc_hi, CHANGE, per_unit(w));
    rp_buf_puts(b, RP_PH(l, RP_PH_TREND_LOGLINEAR_SLOPE));
    sig(b, t->slope, 4, l);
    rp_buf_puts(b, ".\n");
    if (!isnan(t->p_value)) {
        rp_buf_puts(b, RP_PH(l, RP_PH_TREND_DISPERSION));
        sig(b, t->dispersion, 3, l);
        rp_buf_puts(b, t->dispersion > 1.5 ? RP_PH(l, RP_PH_TREND_OVERDISPERSED)
                                           : RP_PH(l, RP_PH_TREND_POISSON_LIKE));
    }
    significance(b, w, t->p_value);
}

void rp_word_trend_linear(rp_buf *b, const rp_trend_words *w, const rp_trend_fit *t)
{
    rp_buf_puts(b, RP_PH(w->lang, RP_PH_TREND_SLOPE));
    with_interval(b, w, t->slope, t->slope_lo, t->slope_hi, NUMBER, per_unit(w));
    rp_buf_putc(b, ')');
    if (!isnan(t->r2)) {
        rp_buf_puts(b, RP_PH(w->lang, RP_PH_TREND_R2));
        rp_fmt_num(b, t->r2, 3, w->lang);
    }
    rp_buf_puts(b, ".\n");
    significance(b, w, t->p_value);
}

void rp_word_trend_mk(rp_buf *b, const rp_trend_words *w, const rp_mk *m)
{
    rp_lang l = w->lang;
    char *tau = rp_fmt_numstr(m->tau, 3, l), *z = rp_fmt_numstr(m->z, 3, l);
    if (isnan(m->p_value))
        rp_buf_printf(b, RP_PH(l, RP_PH_TREND_MK_TIES), m->s, tau);
    else
        rp_buf_printf(b, RP_PH(l, RP_PH_TREND_MK), m->s, tau, z,
                      m->exact ? RP_PH(l, RP_PH_TREND_MK_EXACT) : RP_PH(l, RP_PH_TREND_MK_NORMAL));
    free(tau);
    free(z);
    significance(b, w, m->p_value);
    rp_buf_puts(b, RP_PH(l, RP_PH_TREND_SEN));
    with_interval(b, w, m->sen, m->sen_lo, m->sen_hi, NUMBER, per_unit(w));
    rp_buf_puts(b, ").\n");
}

void rp_word_trend_joinpoint(rp_buf *b, const rp_trend_words *w, const rp_jp_result *j)
{
    rp_lang l = w->lang;
    rp_buf_printf(b, j->k == 1 ? RP_PH(l, RP_PH_TREND_JOINPOINTS_ONE)
                               : RP_PH(l, RP_PH_TREND_JOINPOINTS), j->k, j->kmax);
    for (int i = 0; i <= j->k; i++) {
        const rp_jp_segment *g = &j->seg[i];
        char *a = plain(g->start, l), *e = plain(g->end, l);
        rp_buf_printf(b, "  %s-%s: ", a, e);
        with_interval(b, w, g->apc, g->apc_lo, g->apc_hi, CHANGE, per_unit(w));
        rp_buf_puts(b, ")\n");
        free(a);
        free(e);
    }
    char *a = plain(w->x0, l), *e = plain(w->x1, l);
    rp_buf_printf(b, RP_PH(l, RP_PH_TREND_AAPC), a, e);
    with_interval(b, w, j->aapc, j->aapc_lo, j->aapc_hi, CHANGE, NULL);
    rp_buf_puts(b, ").\n");
    free(a);
    free(e);
}

void rp_word_trend_left_out(rp_buf *b, const char *lines, rp_lang lang)
{
    rp_buf_printf(b, RP_PH(lang, RP_PH_TREND_LEFT_OUT), lines);
}

void rp_word_trend_missing(rp_buf *b, const char *years, rp_lang lang)
{
    rp_buf_printf(b, RP_PH(lang, RP_PH_TREND_MISSING), years);
}
