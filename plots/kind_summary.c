/* Overview charts: small multiples of every indicator, and the target dashboard. */
#include "words/phrases.h"
#include "words/numfmt.h"
#include "plots/kinds.h"
#include "words/wording.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>


/* At most this many panels on one overview chart (three by three on a 16:9 slide, where a
 * panel title of 32 characters fits); more indicators take several charts, overview,
 * overview_2, ... of about equal size. */
#define PANELS_MAX 9

static int fraction(const rp_series *s)
{
    return s->def->measure == RP_MEASURE_SHARE || s->def->measure == RP_MEASURE_RECIDIVISM;
}

/* What one panel draws. */
typedef struct {
    double top;       /* the largest value or upper limit shown */
    int line;         /* two shown values in a row: a line (and a band where they have one) */
    int band;
    int bar;          /* a value alone with its interval: an error bar */
    int dot;          /* a value alone without one (published bare): a point */
} panel;

static int shown(const rp_point *p)
{
    return p->present && p->estimable && !p->suppressed && !isnan(p->value);
}

/* Whether the point at k has a shown neighbour at j in its own segment (no line crosses a
 * break). */
static int joined(const rp_series *s, size_t k, size_t j)
{
    if (j >= s->n) /* also (size_t)-1 */
        return 0;
    int cut = s->seg_start > s->year_min;
    if (cut && (s->pts[j].year >= s->seg_start) != (s->pts[k].year >= s->seg_start))
        return 0;
    return shown(&s->pts[j]);
}

static void grow(double *top, double v)
{
    if (!isnan(v) && v > *top)
        *top = v;
}

/* A panel's data: year, value, interval, and the value again where it stands alone (no
 * shown neighbour: no line to carry it), split by whether it has an interval. */
static panel panel_block(rp_chart *c, const rp_series *s, int first)
{
    double mult = fraction(s) ? 100 : 1;
    panel P = {0};
    if (first)
        rp_chart_header(c, "year,value,lo,hi,alone,alone_bare");
    else
        rp_chart_block(c, "year,value,lo,hi,alone,alone_bare");
    for (size_t k = 0; k < s->n; k++) {
        const rp_point *p = &s->pts[k];
        int ok = shown(p), ci = ok && !isnan(p->lo) && !isnan(p->hi);
        int alone = ok && !joined(s, k, k - 1) && !joined(s, k, k + 1);
        if (p->year == s->seg_start && s->seg_start > s->year_min)
            rp_chart_gap(c);
        rp_chart_num(c, p->year);
        rp_chart_num(c, ok ? p->value * mult : NAN);
        rp_chart_num(c, ci ? p->lo * mult : NAN);
        rp_chart_num(c, ci ? p->hi * mult : NAN);
        rp_chart_num(c, alone && ci ? p->value * mult : NAN);
        rp_chart_num(c, alone && !ci ? p->value * mult : NAN);
        rp_chart_endrow(c);
        if (ok && joined(s, k, k + 1)) {
            P.line = 1;
            P.band |= ci && !isnan(s->pts[k + 1].lo);
        }
        P.bar |= alone && ci;
        P.dot |= alone && !ci;
        if (ok) {
            grow(&P.top, p->value * mult);
            grow(&P.top, ci ? p->hi * mult : NAN);
        }
    }
    return P;
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

/* One panel's commands: title, its own axes, and only the elements it has values for (an
 * element without any makes gnuplot warn). */
static void panel_plot(rp_chart *c, const rp_model *m, const size_t *idx, size_t n, size_t k,
                       int cols, const panel *P)
{
    const rp_series *s = &m->series[idx[k]];
    rp_buf st;
    rp_buf_init(&st);
    /* what fits a panel's width at 15 units, with the gap beside it: 816 pixels of 1920 in two
     * columns, 505 and 115 in three */
    panel_title(&st, m, idx, n, k, cols > 2 ? 32 : 44);
    rp_chart_cmd(c, "set title ");
    rp_chart_str(c, rp_buf_str(&st));
    rp_chart_cmd(c, " font ',15' offset 0,-0.6\n");
    rp_buf_free(&st);
    double top = P->top > 0 ? P->top * 1.1 : 1;
    rp_chart_yticks_n(c, 0, fraction(s) && top > 100 ? 100 : top, fraction(s), m->p->m->lang, 3);
    /* a point on its own at the first or last year would be cut in half by the frame */
    int one = s->year_max == s->year_min;
    double pad = one || P->bar || P->dot ? 0.5 : 0;
    rp_chart_cmd(c, "set xrange [%g:%g]\nset xtics %d\n", s->year_min - pad, s->year_max + pad,
                 one ? 1 : s->year_max - s->year_min > 8 ? 4 : 2);
    const char *sep = "plot";
    if (P->band) {
        rp_chart_cmd(c, "%s %s index %zu using 1:(gap(3)):(gap(4)) with filledcurves lc rgb "
                        "'%s' fs transparent solid 0.2 noborder", sep, RP_CHART_DATA, k,
                     rp_okabe_ito[0]);
        sep = ",";
    }
    if (P->line) {
        rp_chart_cmd(c, "%s %s index %zu using 1:(gap(2)) with lines lt 1 lw 2", sep,
                     RP_CHART_DATA, k);
        sep = ",";
    }
    if (P->bar) {
        rp_chart_cmd(c, "%s %s index %zu using 1:(gap(5)):(gap(3)):(gap(4)) with yerrorbars "
                        "lc rgb '%s' pt 7 ps 1.2", sep, RP_CHART_DATA, k, rp_okabe_ito[0]);
        sep = ",";
    }
    if (P->dot) {
        rp_chart_cmd(c, "%s %s index %zu using 1:(gap(6)) with points lc rgb '%s' pt 7 ps 1.2",
                     sep, RP_CHART_DATA, k, rp_okabe_ito[0]);
        sep = ",";
    }
    if (*sep == 'p') /* nothing shown: the empty axes say so */
        rp_chart_cmd(c, "plot %s index %zu using 1:(NaN) notitle", RP_CHART_DATA, k);
    rp_chart_cmd(c, "\n");
}

/* One overview chart: the series idx[0..n), page of pages. */
static rp_chart *overview(const rp_model *m, const size_t *idx, size_t n, size_t page,
                          size_t pages)
{
    const rp_monitor *mon = m->p->m;
    rp_lang lang = mon->lang;
    char id[32];
    snprintf(id, sizeof id, page > 1 ? "overview_%zu" : "overview", page);
    rp_buf title, note, alt;
    rp_buf_init(&title);
    rp_buf_init(&note);
    rp_buf_init(&alt);
    rp_word_overview_title(&title, mon->title, page, pages, lang);
    rp_chart *c = rp_chart_new(id, rp_buf_str(&title));
    panel *P = calloc(n, sizeof *P);
    char *src = rp_word_source(mon, NULL);
    if (!c || !P || !src || rp_buf_failed(&title)) {
        rp_chart_free(c);
        c = NULL;
        goto out;
    }
    int bands = 0, bars = 0;
    for (size_t k = 0; k < n; k++) {
        P[k] = panel_block(c, &m->series[idx[k]], k == 0);
        bands |= P[k].band;
        bars |= P[k].bar;
    }
    int cols = n <= 4 ? 2 : 3, rows = (int)((n + (size_t)cols - 1) / (size_t)cols);
    rp_chart_style(c, lang);
    rp_word_overview_note(&note, bands, bars, m->level, lang);
    const char *notes[] = {rp_buf_str(&note)};
    double bottom = rp_chart_frame(c, rp_buf_str(&title), NULL, notes, 1, src);
    rp_chart_cmd(c, "unset key\nset xtics font ',15' format '%%.0f'\nset ytics font ',15'\n"
                    "set multiplot layout %d,%d margins screen 0.07,0.965,%.3f,0.84 spacing "
                    "screen 0.06,0.13\n", rows, cols, bottom + 0.02);
    for (size_t k = 0; k < n; k++) {
        panel_plot(c, m, idx, n, k, cols, &P[k]);
        if (k == 0)
            rp_chart_cmd(c, "unset label\n"); /* the frame is drawn once */
    }
    rp_chart_cmd(c, "unset multiplot\n");
    rp_word_overview_alt(&alt, n, page, pages, lang);
    for (size_t k = 0; k < n; k++) {
        const rp_series *s = &m->series[idx[k]];
        rp_buf_printf(&alt, "%s%s (%s)", k ? "; " : "", s->def->title,
                      rp_word_mark(s->marker.mark, lang));
    }
    rp_buf_puts(&alt, ".");
    c->alt = rp_buf_steal(&alt);
out:
    free(src);
    free(P);
    rp_buf_free(&title);
    rp_buf_free(&note);
    rp_buf_free(&alt);
    return c;
}

int rp_chart_multiples(const rp_model *m, rp_chart ***out, size_t *nout)
{
    const rp_monitor *mon = m->p->m;
    *out = NULL;
    *nout = 0;
    size_t *idx = malloc((mon->nindicators ? mon->nindicators : 1) * sizeof *idx), n = 0;
    if (!idx)
        return -1;
    for (size_t i = 0; i < mon->nindicators; i++)
        if (m->series[i].n)
            idx[n++] = i;
    if (n < 2) {
        free(idx);
        return 0;
    }
    /* pages that differ by one panel at most: 13 indicators are 7 and 6, not 12 and 1 */
    size_t pages = (n + PANELS_MAX - 1) / PANELS_MAX;
    rp_chart **cs = calloc(pages, sizeof *cs);
    int r = cs ? 0 : -1;
    for (size_t p = 0, from = 0; r == 0 && p < pages; p++) {
        size_t k = n / pages + (p < n % pages);
        if (!(cs[p] = overview(m, idx + from, k, p + 1, pages)))
            r = -1;
        from += k;
    }
    free(idx);
    if (r) {
        for (size_t p = 0; cs && p < pages; p++)
            rp_chart_free(cs[p]);
        free(cs);
        return -1;
    }
    *out = cs;
    *nout = pages;
    return 0;
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
