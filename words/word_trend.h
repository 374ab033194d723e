/* The words of `rapporteur trend`: the fit of one series (quasi-Poisson, linear, Mann-Kendall
 * with Sen's slope, joinpoint) in sentences, from the fitted numbers. */
#ifndef RP_WORD_TREND_H
#define RP_WORD_TREND_H

#include "base/buf.h"
#include "base/lang.h"
#include "stats/joinpoint.h"
#include "stats/mk.h"
#include "stats/trend.h"

typedef enum {
    RP_TW_POISSON, RP_TW_POISSON_RATE, RP_TW_LINEAR, RP_TW_MK, RP_TW_JOINPOINT
} rp_trend_what;

/* What the sentences say about the series. Names point into the caller's data. */
typedef struct rp_trend_words {
    const char *xname, *yname;
    size_t n;
    double x0, x1;      /* the first and last x */
    double level;
    int per_year;       /* x is a year: "a year", else "per unit of x" */
    rp_lang lang;
} rp_trend_words;

/* "Poisson trend of slachtoffers over jaar: 12 points, 2012 to 2024." */
void rp_word_trend_head(rp_buf *b, const rp_trend_words *w, rp_trend_what what);
/* "Every count is 7: the series is constant, there is no trend." */
void rp_word_trend_constant(rp_buf *b, const rp_trend_words *w, double y);
/* The change a year with its interval, the slope and the dispersion; then significance. */
void rp_word_trend_poisson(rp_buf *b, const rp_trend_words *w, const rp_trend_fit *t);
void rp_word_trend_linear(rp_buf *b, const rp_trend_words *w, const rp_trend_fit *t);
void rp_word_trend_mk(rp_buf *b, const rp_trend_words *w, const rp_mk *m);
void rp_word_trend_joinpoint(rp_buf *b, const rp_trend_words *w, const rp_jp_result *j);
/* "Left out for an empty cell: line 14, 20." (lines: "14, 20") */
void rp_word_trend_left_out(rp_buf *b, const char *lines, rp_lang lang);
/* "Missing from the series (fitted on what is there): 2018." */
void rp_word_trend_missing(rp_buf *b, const char *years, rp_lang lang);

#endif
