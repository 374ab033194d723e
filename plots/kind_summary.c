/* Overview charts: small multiples of every indicator, and the target dashboard. */
#include "words/phrases.h"
#include "words/numfmt.h"
#include "plots/kinds.h"
#include "words/wording.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>


static int fraction(const rp_series *s)
{
    return s->def->measure == RP_MEASURE_SHARE || s->def->measure == RP_MEASURE_RECIDIVISM;
}

static double panel_block(rp_chart *c, const rp_series *s, int first)
{
    double mult = fraction(s) ? 100 : 1, ymax = 0;
    if (first)
        rp_chart_header(c, "year,value,lo,hi");
    else
        rp_chart_block(c, "year,value,lo,hi");
    for (size_t k = 0; k < s->n; k++) {
        const rp_point *p = &s->pts[k];
        int ok = p->present && p->estimable && !p->suppressed;
        if (p->year == s->seg_start && s->seg_start > s->year_min)
            rp_chart_gap(c);
        rp_chart_num(c, p->year);
        rp_chart_num(c, ok ? p->value * mult : NAN);
        rp_chart_num(c, ok ? p->lo * mult : NAN);
        rp_chart_num(c, ok ? p->hi * mult : NAN);
        rp_chart_endrow(c);
        if (ok && p->hi * mult > ymax)
            ymax = p->hi * mult;
    }
    return ymax;
}

/* A panel's title cut to max characters; where two cuts would read the same ("Geregistreerde
 * mogelijke…" twice), cut in the middle instead, so that the ends tell them apart. */
static void panel_title(rp_buf *b, const rp_model *m, const size_t *idx, size_t n, size_t k,
                        size_t max)
{
    rp_buf mine, other;
    rp_buf_init(&mine);
    rp_buf_init(&other);
    rp_chart_short(&mine, m->series[idx[k]].def->title, max);
    int clash = 0;
    for (size_t j = 0; j < n && !clash; j++) {
        if (j == k)
            continue;
        rp_buf_clear(&other);
        rp_chart_short(&other, m->series[idx[j]].def->title, max);
        clash = !strcmp(rp_buf_str(&mine), rp_buf_str(&other));
    }
    if (clash)
        rp_chart_short_mid(b, m->series[idx[k]].def->title, max);
    else
        rp_buf_puts(b, rp_buf_str(&mine));
    rp_buf_free(&mine);
    rp_buf_free(&other);
}

rp_chart *rp_chart_multiples(const rp_model *m)
{
    const rp_monitor *mon = m->p->m;
    rp_lang lang = mon->lang;
    size_t *idx = malloc((mon->nindicators ? mon->nindicators : 1) * sizeof *idx), n = 0;
    double *ymax = malloc((mon->nindicators ? mon->nindicators : 1) * sizeof *ymax);
    for (size_t i = 0; idx && ymax && i < mon->nindicators; i++)
        if (m->series[i].n)
            idx[n++] = i;
    if (n < 2) {
        free(idx);
        free(ymax);
        return NULL;
    }
    char *title = rp_strfmt(RP_PH(lang, RP_PH_EVERY_INDICATOR), mon->title);
    rp_chart *c = title ? rp_chart_new("overview", title) : NULL;
    if (!c) {
        free(title);
        free(idx);
        free(ymax);
        return NULL;
    }
    for (size_t k = 0; k < n; k++)
        ymax[k] = panel_block(c, &m->series[idx[k]], k == 0);
    int cols = n <= 4 ? 2 : n <= 9 ? 3 : n <= 16 ? 4 : (int)ceil(sqrt((double)n)), rows = (int)((n + (size_t)cols - 1) / (size_t)cols);
    rp_chart_style(c, lang);
    char *src = rp_word_source(m->p->m, NULL);
    int ones = 0; /* panels of one year draw an error bar, the others a band */
    for (size_t k = 0; k < n; k++)
        ones += m->series[idx[k]].year_min == m->series[idx[k]].year_max;
    const char *what = ones == 0 ? RP_PH(lang, RP_PH_BAND)
                       : ones == (int)n ? RP_PH(lang, RP_PH_ERROR_BAR)
                                        : RP_PH(lang, RP_PH_BAND_OR_ERROR_BAR);
    char *note = rp_strfmt(RP_PH(lang, RP_PH_CONFIDENCE_INTERVAL_EACH_INDICATOR), what,
                           100 * m->level);
    const char *notes[] = {note};
    double bottom = rp_chart_frame(c, title, NULL, notes, 1, src);
    rp_chart_cmd(c, "unset key\nset xtics font ',15' format '%%.0f'\nset ytics font ',15'\n"
                    "set multiplot layout %d,%d margins screen 0.07,0.98,%.3f,0.84 spacing "
                    "screen 0.06,0.13\n", rows, cols, bottom + 0.02);
    for (size_t k = 0; k < n; k++) {
        const rp_series *s = &m->series[idx[k]];
        rp_buf st;
        rp_buf_init(&st);
        panel_title(&st, m, idx, n, k, cols > 3 ? 25 : 34);
        rp_chart_cmd(c, "set title ");
        rp_chart_str(c, rp_buf_str(&st));
        rp_chart_cmd(c, " font ',15' offset 0,-0.6\n");
        rp_buf_free(&st);
        rp_chart_yticks_n(c, 0, fraction(s) && ymax[k] * 1.1 > 100 ? 100 : ymax[k] * 1.1,
                          fraction(s), lang, 3);
        /* one year is a point with its interval: a line and a band need two */
        int one = s->year_max == s->year_min;
        rp_chart_cmd(c, "set xrange [%g:%g]\nset xtics %d\n", s->year_min - 0.5 * one,
                     s->year_max + 0.5 * one, one ? 1 : s->year_max - s->year_min > 8 ? 4 : 2);
        if (one)
            rp_chart_cmd(c, "plot %s index %zu using 1:2:3:4 with yerrorbars lc rgb '%s' pt 7 "
                            "ps 1.2\n", RP_CHART_DATA, k, rp_okabe_ito[0]);
        else
            rp_chart_cmd(c, "plot %s index %zu using 1:(gap(3)):(gap(4)) with filledcurves "
                            "lc rgb '%s' fs transparent solid 0.2 noborder, '' index %zu using "
                            "1:(gap(2)) with lines lt 1 lw 2\n", RP_CHART_DATA, k,
                         rp_okabe_ito[0], k);
        if (k == 0)
            rp_chart_cmd(c, "unset label\n"); /* the frame is drawn once */
    }
    rp_chart_cmd(c, "unset multiplot\n");
    rp_buf b;
    rp_buf_init(&b);
    rp_buf_printf(&b, RP_PH(lang, RP_PH_SMALL_CHARTS_OF_INDICATORS), n);
    for (size_t k = 0; k < n; k++) {
        const rp_series *s = &m->series[idx[k]];
        rp_buf_printf(&b, "%s%s (%s)", k ? "; " : "", s->def->title,
                      rp_word_mark(s->marker.mark, lang));
    }
    rp_buf_puts(&b, ".");
    c->alt = rp_buf_steal(&b);
    free(note);
    free(src);
    free(title);
    free(idx);
    free(ymax);
    return c;
}

/* Colour (Okabe-Ito) and symbol per category: status is shown by text, shape and colour. */
static const char *const cat_colour[RP_CAT_N] = {"#009E73", "#0072B2", "#E69F00", "#D55E00",
                                                 "#CC79A7", "#999999", "#D55E00"};
static const int cat_symbol[RP_CAT_N] = {7, 9, 5, 13, 11, 1, 3};
/* The same hues darkened for text, each at least 4.5:1 against white (WCAG 1.4.3; the
 * palette's orange was 2.25:1, grey 2.85:1, vermillion 3.87:1) */
static const char *const cat_text[RP_CAT_N] = {"#008460", "#0072B2", "#9C6C00", "#BF5400",
                                               "#A15F83", "#757575", "#BF5400"};

rp_chart *rp_chart_dashboard(const rp_model *m)
{
    const rp_monitor *mon = m->p->m;
    rp_lang lang = mon->lang;
    if (!mon->ntargets)
        return NULL;
    char *title = rp_strfmt(RP_PH(lang, RP_PH_TARGETS_AT_A_GLANCE));
    rp_chart *c = title ? rp_chart_new("targets_dashboard", title) : NULL;
    if (!c) {
        free(title);
        return NULL;
    }
    rp_chart_header(c, "row,target,ratio,category,symbol,label");
    rp_buf b;
    rp_buf_init(&b);
    rp_buf_printf(&b, mon->ntargets == 1 ? RP_PH(lang, RP_PH_TARGET_3)
                                          : RP_PH(lang, RP_PH_TARGETS_2),
                  mon->ntargets);
    for (size_t k = 0; k < mon->ntargets; k++) {
        const rp_target_def *t = &mon->targets[k];
        const rp_target_result *r = &m->targets[k];
        rp_category cat = m->assessed[k] ? r->category : RP_CAT_NOT_ASSESSABLE;
        double ratio = m->assessed[k] ? r->progress_ratio : NAN;
        if (cat == RP_CAT_ACHIEVED && (isnan(ratio) || ratio < 1))
            ratio = 1;
        if (ratio > 2)
            ratio = 2;
        if (ratio < -1)
            ratio = -1;
        double row = (double)(mon->ntargets - k);
        rp_chart_num(c, row);
        rp_buf st;
        rp_buf_init(&st);
        rp_chart_short(&st, t->title ? t->title : t->id, 37);
        rp_chart_text(c, rp_buf_str(&st));
        rp_buf_free(&st);
        rp_chart_num(c, cat == RP_CAT_NOT_ASSESSABLE ? NAN : ratio);
        rp_chart_num(c, 11 + (int)cat);
        rp_chart_num(c, cat_symbol[cat]);
        rp_buf lab;
        rp_buf_init(&lab);
        if (m->assessed[k] && !isnan(r->p_meet)) {
            rp_word_chance_label(&lab, r->p_meet, lang);
            rp_buf_puts(&lab, " \u00b7 ");
        }
        rp_buf_puts(&lab, m->assessed[k] ? r->smart.code : "");
        rp_chart_text(c, rp_word_category(cat, lang));
        rp_chart_endrow(c);
        /* two lines per target beside the bars: the category, then chance and SMART */
        rp_chart_cmd(c, "set label %zu ", 20 + 2 * k);
        rp_chart_str(c, rp_word_category(cat, lang));
        rp_chart_cmd(c, " at graph 1.03, first %g left offset 0,0.45 font ',15' textcolor rgb '%s'\n",
                     row, cat_text[cat]);
        rp_chart_cmd(c, "set label %zu ", 21 + 2 * k);
        rp_chart_str(c, rp_buf_str(&lab));
        rp_chart_cmd(c, " at graph 1.03, first %g left offset 0,-0.55 font ',15' textcolor rgb '#444444'\n",
                     row);
        rp_buf_printf(&b, "%s: %s; %s. ", t->title ? t->title : t->id,
                      rp_word_category(cat, lang), rp_buf_str(&lab));
        rp_buf_free(&lab);
    }
    c->alt = rp_buf_steal(&b);
    rp_chart_style(c, lang);
    for (int i = 0; i < RP_CAT_N; i++)
        rp_chart_cmd(c, "set linetype %d lc rgb '%s' lw 2 pt %d ps 2\n", 11 + i, cat_colour[i],
                     cat_symbol[i]);
    char *src = rp_word_source(m->p->m, NULL);
    char *note = rp_strdup(RP_PH(lang, RP_PH_RATIO_OBSERVED_REQUIRED_ANNUAL));
    const char *notes[] = {note};
    rp_chart_frame(c, title, RP_PH(lang, RP_PH_PROGRESS_TOWARDS_EACH_TARGET_CHANCE),
                   notes, 1, src);
    rp_chart_cmd(c, "set lmargin at screen 0.37\nset rmargin at screen 0.68\nunset key\n"
                    "set xrange [-1.05:2.05]\nset yrange [0.4:%g]\nset grid noytics xtics\n"
                    "set xtics (-1, 0, 0.6, 0.95, 2) font ',15'\nset ytics font ',15'\n",
                 (double)mon->ntargets + 0.6);
    rp_chart_unit(c, RP_PH(lang, RP_PH_RATIO_OBSERVED_REQUIRED_GROWTH));
    rp_chart_cmd(c, "set arrow 3 from 0, graph 0 to 0, graph 1 nohead lc rgb '#333333'\n"
                    "set arrow 4 from 1, graph 0 to 1, graph 1 nohead dt 2 lc rgb '#333333'\n");
    rp_chart_cmd(c, "plot %s using (0):1:3:(0):4:ytic(2) with vectors nohead lw 12 lc variable, \\\n"
                    "    '' using 3:1:5:4 with points pt variable lc variable ps 2.2\n",
                 RP_CHART_DATA);
    free(note);
    free(src);
    free(title);
    return c;
}
