/* The trend chart of an indicator, with a target's baseline, path and projection cone. */
#include "words/phrases.h"
#include "words/numfmt.h"
#include "plots/kinds.h"
#include "words/wording.h"
#include "stats/interval.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>


typedef struct {
    const rp_model *m;
    const rp_series *s;
    const rp_target_result *t;
    rp_lang lang;
    double mult;          /* 100 for shares: drawn as percentages */
    double ymax;
    int any_flag, any_small, has_fit, has_cone, any_value, any_solid;
    int any_alone;        /* a value with no shown neighbour: no band, so an error bar */
    int x0, x1;
} trend;

static double shown(const trend *T, const rp_point *p, double v)
{
    return p->present && p->estimable && !p->suppressed ? v * T->mult : NAN;
}

static void grow(trend *T, double v)
{
    if (isfinite(v) && v > T->ymax)
        T->ymax = v;
}

/* Whether point j, a neighbour of point k, is drawn on the same line as k: shown, and on
 * the same side of the series break. */
static int drawn_at(const trend *T, size_t j, size_t k)
{
    const rp_series *s = T->s;
    if (j >= s->n) /* also (size_t)-1 */
        return 0;
    const rp_point *p = &s->pts[j];
    int cut = s->seg_start > s->year_min;
    if (cut && (p->year >= s->seg_start) != (s->pts[k].year >= s->seg_start))
        return 0;
    return !isnan(shown(T, p, p->value));
}

static void series_block(trend *T, rp_chart *c)
{
    const rp_series *s = T->s;
    /* a target's chart shows the target's own rate (the projection), not a second trend */
    int draw_fit = !T->t && s->fit;
    rp_chart_header(c, "year,value,lo,hi,solid,hollow,fit,label,alone");
    for (size_t k = 0; k < s->n; k++) {
        const rp_point *p = &s->pts[k];
        if (p->year == s->seg_start && s->seg_start > s->year_min)
            rp_chart_gap(c); /* no line across the break */
        double v = shown(T, p, p->value), fit = draw_fit ? s->fit[k] * T->mult : NAN;
        T->has_fit |= !isnan(fit);
        rp_chart_num(c, p->year);
        rp_chart_num(c, v);
        rp_chart_num(c, shown(T, p, p->lo));
        rp_chart_num(c, shown(T, p, p->hi));
        rp_chart_num(c, p->flags ? NAN : v);
        rp_chart_num(c, p->flags ? v : NAN);
        rp_chart_num(c, fit);
        if (p->present && p->suppressed) {
            rp_buf lab;
            rp_buf_init(&lab);
            rp_word_hidden(&lab, p->suppressed, s->below);
            rp_chart_text(c, rp_buf_str(&lab));
            rp_buf_free(&lab);
            T->any_small = 1;
        } else {
            rp_chart_text(c, "");
        }
        /* a figure published without an interval has no bar to draw: its marker only */
        int alone = !isnan(v) && !isnan(p->lo) && !isnan(p->hi) && s->year_min < s->year_max &&
                    !drawn_at(T, k - 1, k) && !drawn_at(T, k + 1, k);
        rp_chart_num(c, alone ? v : NAN);
        rp_chart_endrow(c);
        T->any_alone |= alone;
        T->any_flag |= p->flags && !isnan(v);
        T->any_value |= !isnan(v);
        T->any_solid |= !p->flags && !isnan(v);
        grow(T, shown(T, p, p->hi));
        grow(T, v);
    }
}

/* The projection from the latest year to the target year, and the required path from the
 * baseline to the target. */
static void target_blocks(trend *T, rp_chart *c)
{
    const rp_target_result *t = T->t;
    const rp_series *s = T->s;
    rp_chart_block(c, "year,projection,lo,hi");
    /* the target's own projection: the rate that gives its category and chance */
    if (t->ncone) {
        for (size_t k = 0; k < t->ncone; k++) {
            const double *q = &t->cone[3 * k];
            rp_chart_num(c, t->cone_from + (int)k);
            rp_chart_num(c, q[0] * T->mult);
            rp_chart_num(c, q[1] * T->mult);
            rp_chart_num(c, q[2] * T->mult);
            rp_chart_endrow(c);
            grow(T, q[2] * T->mult);
        }
        T->has_cone = 1;
    } else {
        /* gnuplot does not count a block without a line, which would shift `index 2` */
        for (int k = 0; k < 4; k++)
            rp_chart_num(c, NAN);
        rp_chart_endrow(c);
    }
    rp_chart_block(c, "year,target_path");
    const rp_point *b = rp_series_at(s, t->baseline_year);
    int base_shown = b && b->present && b->estimable && !b->suppressed;
    rp_chart_num(c, t->baseline_year);
    rp_chart_num(c, base_shown ? t->baseline * T->mult : NAN);
    rp_chart_endrow(c);
    /* a change target on a suppressed baseline would show the baseline: not drawn */
    double target = t->target_withheld ? NAN : t->target * T->mult;
    rp_chart_num(c, t->target_year ? t->target_year : NAN);
    rp_chart_num(c, target);
    rp_chart_endrow(c);
    if (!isnan(target))
        grow(T, target);
    if (t->target_year > T->x1)
        T->x1 = t->target_year;
}

/* The shown point with the highest (sign 1) or lowest (-1) value, or NULL. */
static const rp_point *extreme(const rp_series *s, int sign)
{
    const rp_point *best = NULL;
    for (size_t k = 0; k < s->n; k++) {
        const rp_point *p = &s->pts[k];
        if (p->present && p->estimable && !p->suppressed && !isnan(p->value) &&
            (!best || sign * (p->value - best->value) > 0))
            best = p;
    }
    return best;
}

/* "<Title>, 2012-2024: hoogste 1.711 (2012), laagste 668 (2018), laatste 1.060 in 2024.
 * Trend 2020-2024: +1,2% per jaar, stijgend." The trend is the section's one trend. */
static char *alt_text(const trend *T)
{
    const rp_series *s = T->s;
    rp_lang lang = T->lang;
    rp_buf b;
    rp_buf_init(&b);
    rp_buf_printf(&b, "%s", s->def->title);
    if (s->year_min < s->year_max)
        rp_buf_printf(&b, ", %d-%d", s->year_min, s->year_max);
    rp_buf_puts(&b, ": ");
    const rp_point *hi = extreme(s, 1), *lo = extreme(s, -1);
    int last = rp_series_latest(s);
    const rp_point *lp = last ? rp_series_at(s, last) : NULL;
    if (hi && lo && hi != lo) {
        rp_buf_puts(&b, RP_PH(lang, RP_PH_HIGHEST_2));
        rp_word_point(&b, s, hi, lang);
        rp_buf_printf(&b, " (%d), %s", hi->year, RP_PH(lang, RP_PH_LOWEST_2));
        rp_word_point(&b, s, lo, lang);
        rp_buf_printf(&b, " (%d), ", lo->year);
    }
    if (lp) {
        rp_buf_puts(&b, RP_PH(lang, RP_PH_LATEST));
        rp_word_point(&b, s, lp, lang);
        rp_buf_printf(&b, RP_PH(lang, RP_PH_IN), last);
        const char *flag = lp->flags ? rp_word_flag(lp->flags, lang) : NULL;
        if (flag)
            rp_buf_printf(&b, " (%s)", flag);
    } else {
        rp_buf_puts(&b, RP_PH(lang, RP_PH_NO_VALUES_SHOWN));
    }
    rp_buf_puts(&b, ".");
    if (T->t) { /* a target's chart draws the target's own rate, not the section's trend */
        rp_buf_puts(&b, " ");
        rp_word_target_summary(&b, T->t, lang);
        return rp_buf_steal(&b);
    }
    rp_buf_puts(&b, " ");
    size_t at = b.len;
    rp_word_trend(&b, s, T->m->level, 0, lang);
    if (b.len > at && b.data[at] == 't')
        b.data[at] = 'T';
    rp_buf_puts(&b, ".");
    return rp_buf_steal(&b);
}

static size_t footnotes(const trend *T, char **notes)
{
    const rp_series *s = T->s;
    rp_lang lang = T->lang;
    size_t n = 0;
    if (s->seg_start > s->year_min)
        notes[n++] = rp_strfmt(RP_PH(lang, RP_PH_VERTICAL_DOTTED_LINE_SERIES_BREAK_IN), s->seg_start);
    if (s->def->note) /* the indicator's own note, as monitor.ini gives it */
        notes[n++] = rp_strdup(s->def->note);
    rp_buf yn; /* the data's notes on single years */
    rp_buf_init(&yn);
    for (size_t k = 0; k < s->n; k++)
        if (s->pts[k].note)
            rp_buf_printf(&yn, "%s%d: %s", yn.len ? "; " : RP_PH(lang, RP_PH_NOTES_ON_YEARS),
                          s->pts[k].year, s->pts[k].note);
    if (yn.len)
        notes[n++] = rp_buf_steal(&yn);
    rp_buf_free(&yn);
    if (T->any_flag)
        notes[n++] = rp_strdup(RP_PH(lang, RP_PH_OPEN_SYMBOLS_PROVISIONAL_ESTIMATED));
    if (T->any_small) {
        rp_buf x;
        rp_buf_init(&x);
        rp_word_hidden_legend(&x, s->below, lang);
        rp_buf_putc(&x, '.');
        notes[n++] = rp_buf_steal(&x);
    }
    int one = s->year_min == s->year_max; /* drawn as an error bar, see plot_commands */
    if (T->any_value) /* a series suppressed throughout has no band to explain */
        notes[n++] = rp_strfmt(one ? RP_PH(lang, RP_PH_ERROR_BAR_CONFIDENCE_INTERVAL)
                           : T->any_alone
                               ? RP_PH(lang, RP_PH_BAND_SINGLE_YEAR_ERROR_BAR)
                               : RP_PH(lang, RP_PH_BAND_CONFIDENCE_INTERVAL), 100 * T->m->level,
                               T->has_fit ? RP_PH(lang, RP_PH_DOTTED_LINE_TREND)
                                          : "");
    return n;
}

/* Starts the next element of the plot command: the first names the data, the others reuse
 * it (''). Elements without values are left out: gnuplot warns about them. */
static void element(rp_chart *c, int *n)
{
    if ((*n)++)
        rp_chart_cmd(c, ", \\\n    ''");
    else
        rp_chart_cmd(c, "plot %s", RP_CHART_DATA);
}

static void plot_commands(trend *T, rp_chart *c)
{
    rp_lang lang = T->lang;
    int n = 0;
    if (T->any_value && T->s->year_min == T->s->year_max) {
        /* one year: a band and a line need two, so the point carries its interval */
        element(c, &n);
        rp_chart_cmd(c, " index 0 using 1:2:3:4 with yerrorbars lt 1 pt 7 ps 1.4 title ");
        rp_chart_str(c, RP_PH(lang, RP_PH_VALUE_WITH_CONFIDENCE_INTERVAL));
    } else if (T->any_value) {
        element(c, &n);
        rp_chart_cmd(c, " index 0 using 1:(gap(3)):(gap(4)) with filledcurves lc rgb '%s' fs "
                        "transparent solid 0.18 noborder title ", rp_okabe_ito[0]);
        rp_chart_str(c, RP_PH(lang, RP_PH_CONFIDENCE_INTERVAL));
        element(c, &n);
        rp_chart_cmd(c, " index 0 using 1:(gap(2)) with lines lt 1 title ");
        rp_chart_str(c, RP_PH(lang, RP_PH_VALUE));
    }
    if (T->any_alone) {
        element(c, &n);
        rp_chart_cmd(c, " index 0 using 1:(gap(9)):(gap(3)):(gap(4)) with yerrorbars lt 1 "
                        "pt 7 notitle");
    }
    if (T->any_solid) {
        element(c, &n);
        rp_chart_cmd(c, " index 0 using 1:5 with points lt 1 pt 7 notitle");
    }
    if (T->any_flag) {
        element(c, &n);
        rp_chart_cmd(c, " index 0 using 1:6 with points lt 1 pt 6 ps 1.6 title ");
        rp_chart_str(c, RP_PH(lang, RP_PH_PROVISIONAL_ESTIMATED_REVISED));
    }
    if (T->has_fit) {
        element(c, &n);
        rp_chart_cmd(c, " index 0 using 1:7 with lines lt 8 dt 3 lw 1.5 title ");
        rp_chart_str(c, RP_PH(lang, RP_PH_TREND_2));
    }
    if (T->any_small) {
        element(c, &n);
        rp_chart_cmd(c, " index 0 using 1:(%g):8 with labels tc rgb '#555555' notitle",
                     T->ymax > 0 ? T->ymax * 0.04 : 0.04);
    }
    if (T->t && T->has_cone) {
        element(c, &n);
        rp_chart_cmd(c, " index 1 using 1:3:4 with filledcurves fc rgb '#999999' fs transparent "
                        "solid 0.25 noborder title ");
        rp_chart_str(c, RP_PH(lang, RP_PH_PROJECTION_PREDICTION_INTERVAL));
        element(c, &n);
        rp_chart_cmd(c, " index 1 using 1:2 with lines lc rgb '#666666' dt 2 lw 1.5 notitle");
    }
    if (T->t) {
        element(c, &n);
        rp_chart_cmd(c, " index 2 using 1:2 with linespoints lt 4 dt 4 lw 1.5 pt 13 ps 2.2 title ");
        rp_chart_str(c, RP_PH(lang, RP_PH_BASELINE_AND_TARGET));
    }
    rp_chart_cmd(c, "\n");
}

static void axes(trend *T, rp_chart *c)
{
    int span = T->x1 - T->x0;
    rp_chart_cmd(c, "set xrange [%g:%g]\nset xtics %d format '%%.0f'\n", T->x0 - 0.5,
                 T->x1 + 0.5, span > 14 ? 2 : 1);
    int pct = T->mult == 100;
    if (T->ymax <= 0 && T->any_small && !pct)
        T->ymax = T->s->below; /* everything is below the threshold: show where that lies */
    double top = T->ymax * 1.08;
    if (pct && top > 100 && T->ymax <= 100)
        top = 100; /* a share never exceeds 100% */
    rp_chart_yticks(c, 0, top, pct, T->lang);
    rp_buf u;
    rp_buf_init(&u);
    rp_word_unit(&u, T->s->def, T->lang);
    rp_chart_unit(c, rp_buf_str(&u));
    rp_buf_free(&u);
    const rp_series *s = T->s;
    if (s->seg_start > s->year_min) /* the break, marked on the axis as in the stacked bars */
        rp_chart_cmd(c, "set arrow 2 from %g, graph 0 to %g, graph 1 nohead dt 3 lw 1.5 "
                        "lc rgb '#555555' back\n", s->seg_start - 0.5, s->seg_start - 0.5);
    if (T->t) {
        rp_chart_cmd(c, "set arrow 1 from %d, graph 0 to %d, graph 1 nohead dt 2 lc rgb '#777777'\n",
                     T->t->baseline_year, T->t->baseline_year);
        char *lab = rp_strfmt(RP_PH(T->lang, RP_PH_BASELINE_3), T->t->baseline_year);
        rp_chart_cmd(c, "set label 1 ");
        rp_chart_str(c, lab);
        rp_chart_cmd(c, " at %g, graph 0.96 left font ',15' textcolor rgb '#555555'\n",
                     T->t->baseline_year + 0.15);
        free(lab);
    }
}

rp_chart *rp_chart_trend(const rp_model *m, size_t i, const rp_target_result *t)
{
    const rp_series *s = &m->series[i];
    if (!s->n)
        return NULL;
    trend T = {.m = m, .s = s, .t = t, .lang = m->p->m->lang, .mult = 1, .x0 = s->year_min,
               .x1 = s->year_max};
    if (s->def->measure == RP_MEASURE_SHARE || s->def->measure == RP_MEASURE_RECIDIVISM)
        T.mult = 100;
    char *id = t ? rp_strfmt("target_%s", t->def->id) : rp_strfmt("trend_%s", s->def->id);
    const char *title = t && t->def->title ? t->def->title : s->def->title;
    rp_chart *c = rp_chart_new(id, title);
    free(id);
    if (!c)
        return NULL;
    series_block(&T, c);
    if (!T.any_value && !T.any_small) {
        rp_chart_free(c); /* nothing to draw */
        return NULL;
    }
    if (t)
        target_blocks(&T, c);
    rp_chart_style(c, T.lang);
    char *notes[8];
    size_t nn = footnotes(&T, notes);
    rp_buf sub;
    rp_buf_init(&sub);
    if (t) {
        rp_buf_printf(&sub, "%s: %s", s->def->title, rp_word_category(t->category, T.lang));
    } else {
        if (s->year_min == s->year_max)
            rp_buf_printf(&sub, "%d", s->year_min);
        else
            rp_buf_printf(&sub, "%d-%d", s->year_min, s->year_max);
        if (s->proj.model != RP_PROJ_NONE) { /* the dotted line's own figure */
            rp_buf_puts(&sub, "; ");
            rp_word_trend(&sub, s, m->level, 0, T.lang);
        }
    }
    char *src = rp_word_source(m->p->m, s->def);
    rp_chart_frame(c, title, rp_buf_str(&sub), (const char *const *)notes, nn, src);
    axes(&T, c);
    plot_commands(&T, c);
    c->alt = alt_text(&T);
    for (size_t k = 0; k < nn; k++)
        free(notes[k]);
    free(src);
    rp_buf_free(&sub);
    return c;
}
