/* Regional charts: rates by region with whiskers, and the funnel plot. */
#include "words/phrases.h"
#include "plots/kinds.h"
#include "words/word_eb.h"
#include "words/wording.h"
#include "stats/disclosure.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>


static const char *signal_word(int s, rp_lang lang)
{
    return s > 0 ? RP_PH(lang, RP_PH_REGIONS_HIGH) : s < 0 ? RP_PH(lang, RP_PH_REGIONS_LOW)
                                                    : RP_PH(lang, RP_PH_REGIONS_WITHIN);
}


rp_chart *rp_chart_region_bars(const rp_model *m, const rp_regional *r)
{
    rp_lang lang = m->p->m->lang;
    int below = m->p->m->suppress_below;
    const rp_indicator_def *d = &m->p->m->indicators[r->indicator];
    const rp_regional_row **o = malloc((r->k ? r->k : 1) * sizeof *o);
    char *title = rp_strfmt(RP_PH(lang, RP_PH_BY_REGION_2), d->title, r->year);
    rp_chart *c = o && title ? rp_chart_new("regions_rates", title) : NULL;
    if (!c) {
        free(o);
        free(title);
        return NULL;
    }
    for (size_t i = 0; i < r->k; i++)
        o[i] = &r->rows[i];
    qsort(o, r->k, sizeof *o, rp_regional_by_rate);
    rp_chart_header(c, "rank,region,rate,lo,hi,within,high,low,label,eb_rate,eb_lo,eb_hi");
    double ymax = r->national_hidden ? 0 : r->sum.national_rate;
    int eb = 0;
    for (size_t i = 0; i < r->k; i++) {
        const rp_region_stat *s = &o[i]->s;
        int small = o[i]->hidden;
        double v = small ? NAN : s->rate.estimate;
        rp_chart_num(c, (double)i);
        rp_buf nm;
        rp_buf_init(&nm);
        rp_chart_short(&nm, m->p->regions->r[o[i]->region].name, 22);
        rp_chart_text(c, rp_buf_str(&nm));
        rp_buf_free(&nm);
        rp_chart_num(c, v);
        rp_chart_num(c, small ? NAN : s->rate.lo);
        rp_chart_num(c, small ? NAN : s->rate.hi);
        rp_chart_num(c, s->signal == 0 ? v : NAN);
        rp_chart_num(c, s->signal > 0 ? v : NAN);
        rp_chart_num(c, s->signal < 0 ? v : NAN);
        rp_buf lab;
        rp_buf_init(&lab);
        if (small)
            rp_word_hidden(&lab, o[i]->hidden, below);
        else if (s->signal)
            rp_buf_puts(&lab, signal_word(s->signal, lang));
        rp_chart_text(c, rp_buf_str(&lab));
        rp_buf_free(&lab);
        rp_chart_num(c, small ? NAN : s->eb_rate);
        rp_chart_num(c, small ? NAN : s->eb_lo);
        rp_chart_num(c, small ? NAN : s->eb_hi);
        rp_chart_endrow(c);
        if (!small && s->rate.hi > ymax)
            ymax = s->rate.hi;
        if (!small && s->eb_hi > ymax)
            ymax = s->eb_hi;
        eb |= !small && !isnan(s->eb_rate);
    }
    rp_chart_style(c, lang);
    char *src = rp_word_source(m->p->m, &m->p->m->indicators[r->indicator]);
    char *per = rp_word_per_label(r->per, lang);
    char *note = r->national_hidden
                     ? rp_strfmt(RP_PH(lang, RP_PH_WHISKERS_CONFIDENCE_INTERVAL_2), 100 * m->level)
                     : rp_strfmt(RP_PH(lang, RP_PH_WHISKERS_CONFIDENCE_INTERVAL_LINE),
                                 100 * m->level);
    rp_buf ebn;
    rp_buf_init(&ebn);
    if (eb)
        rp_word_eb_chart_note(&ebn, r, m->level, lang);
    const char *notes[] = {note, rp_buf_str(&ebn)};
    char *sub = per ? rp_word_regions_sub(r, per, lang) : NULL;
    double bottom = rp_chart_frame(c, title, sub, notes, eb ? 2 : 1, src);
    rp_buf_free(&ebn);
    free(sub);
    rp_chart_unit(c, per);
    rp_chart_yticks(c, 0, ymax * 1.12, 0, lang);
    /* room for the slanted region names above the footnotes */
    rp_chart_cmd(c, "set bmargin at screen %.3f\n", bottom + 0.12);
    rp_chart_cmd(c, "set xrange [-0.6:%g]\nset xtics rotate by 30 right font ',15'\n"
                    "set style fill solid 0.85 noborder\nset boxwidth 0.6\n", (double)r->k - 0.4);
    if (!r->national_hidden)
        rp_chart_cmd(c, "set arrow 2 from graph 0, first %g to graph 1, first %g nohead dt 2 "
                        "lw 1.5 lc rgb '#000000'\n", r->sum.national_rate, r->sum.national_rate);
    /* gnuplot warns about a column without values: plot only the groups that exist */
    int has[3] = {0, 0, 0};
    for (size_t i = 0; i < r->k; i++)
        if (!r->rows[i].hidden)
            has[r->rows[i].s.signal + 1] = 1;
    rp_chart_cmd(c, "plot %s using 1:(0):xtic(2) with impulses lc rgb '#444444' notitle",
                 RP_CHART_DATA); /* names every bar, whatever its group */
    if (has[1]) {
        rp_chart_cmd(c, ", \\\n    '' using 1:6 with boxes lc rgb '%s' title ", rp_okabe_ito[0]);
        rp_chart_str(c, RP_PH(lang, RP_PH_WITHIN_THE_LIMITS));
    }
    if (has[2]) {
        rp_chart_cmd(c, ", \\\n    '' using 1:7 with boxes lc rgb '%s' fs pattern 2 title ",
                     rp_okabe_ito[3]);
        rp_chart_str(c, RP_PH(lang, RP_PH_HIGH));
    }
    if (has[0]) {
        rp_chart_cmd(c, ", \\\n    '' using 1:8 with boxes lc rgb '%s' fs pattern 4 title ",
                     rp_okabe_ito[4]);
        rp_chart_str(c, RP_PH(lang, RP_PH_LOW));
    }
    rp_chart_cmd(c, ", \\\n    '' using 1:3:4:5 with yerrorbars lc rgb '#333333' pt 0 lw 1.5 "
                    "notitle, \\\n    '' using 1:((valid(5) ? column(5) : 0) + %g):9 with labels "
                    "tc rgb '#333333' font ',15' notitle", ymax * 0.03);
    /* the shrunk rate beside its bar, in the gap to the next */
    if (eb) {
        rp_chart_cmd(c, ", \\\n    '' using ($1 + 0.38):10:11:12 with yerrorbars lc rgb "
                        "'#000000' pt 13 ps 1.6 lw 1 title ");
        rp_chart_str(c, rp_word_eb_label(lang));
    }
    rp_chart_cmd(c, "\n");
    c->alt = rp_word_regions_alt(r, m->p->regions, o, r->k, d->title, eb, lang);
    free(note);
    free(src);
    free(per);
    free(title);
    free(o);
    return c;
}

/* The funnel that stats/regional computed, in the order lo95, hi95, lo998, hi998. */
static void funnel_block(rp_chart *c, const rp_regional *r, double *ymax)
{
    rp_chart_block(c, "population_millions,lo95,hi95,lo998,hi998,national");
    for (size_t i = 0; i < r->ncurve; i++) {
        const double *row = r->curve + 5 * i;
        rp_chart_num(c, row[0] / 1e6);
        for (int k = 1; k <= 4; k++)
            rp_chart_num(c, row[k]);
        rp_chart_num(c, r->sum.national_rate);
        rp_chart_endrow(c);
        if (i == 0 && row[4] > *ymax)
            *ymax = row[4];
    }
}

rp_chart *rp_chart_funnel(const rp_model *m, const rp_regional *r)
{
    rp_lang lang = m->p->m->lang;
    int below = m->p->m->suppress_below, hidden = 0;
    const rp_indicator_def *d = &m->p->m->indicators[r->indicator];
    char *title = rp_strfmt(RP_PH(lang, RP_PH_FUNNEL_PLOT), d->title,
                            r->year);
    rp_chart *c = title ? rp_chart_new("regions_funnel", title) : NULL;
    if (!c || r->k == 0) {
        free(title);
        rp_chart_free(c);
        return NULL;
    }
    rp_chart_header(c, "population_millions,rate,within,high,low,region");
    double pmin = INFINITY, pmax = 0, ymax = 0;
    for (size_t i = 0; i < r->k; i++) {
        const rp_region_stat *s = &r->rows[i].s;
        if (s->population < pmin)
            pmin = s->population;
        if (s->population > pmax)
            pmax = s->population;
        if (r->rows[i].hidden) {
            hidden++;
            continue;
        }
        double v = s->rate.estimate;
        rp_chart_num(c, s->population / 1e6);
        rp_chart_num(c, v);
        rp_chart_num(c, s->signal == 0 ? v : NAN);
        rp_chart_num(c, s->signal > 0 ? v : NAN);
        rp_chart_num(c, s->signal < 0 ? v : NAN);
        /* names only where the rate lies outside the 95% limits: the rest would overlap */
        rp_chart_text(c, s->warn95 ? m->p->regions->r[r->rows[i].region].name : "");
        rp_chart_endrow(c);
        if (v > ymax)
            ymax = v;
    }
    funnel_block(c, r, &ymax);
    rp_chart_style(c, lang);
    char *src = rp_word_source(m->p->m, &m->p->m->indicators[r->indicator]);
    char *per = rp_word_per_label(r->per, lang);
    rp_buf fb;
    rp_buf_init(&fb);
    rp_word_funnel(&fb, &r->sum, lang);
    rp_buf_printf(&fb, RP_PH(lang, RP_PH_DASHED_95_SOLID_99_8_NAMES_AT));
    char *n1 = rp_buf_steal(&fb);
    rp_buf hb;
    rp_buf_init(&hb);
    if (hidden) { /* one sign and one reason, whatever hid them */
        rp_buf_printf(&hb, RP_PH(lang, RP_PH_NOT_SHOWN), hidden,
                      hidden == 1 ? RP_PH(lang, RP_PH_REGIONS_REGION)
                                  : RP_PH(lang, RP_PH_REGIONS));
        rp_word_hidden_legend(&hb, below, lang);
        rp_buf_puts(&hb, ").");
    }
    char *n2 = hidden ? rp_buf_steal(&hb) : NULL;
    rp_buf_free(&hb);
    const char *notes[] = {n1, n2};
    double bottom = rp_chart_frame(c, title, RP_PH(lang, RP_PH_EACH_POINT_IS_A_REGION_OUTSIDE_THE),
                                   notes, n2 ? 2 : 1, src);
    rp_chart_unit(c, per);
    rp_chart_yticks(c, 0, ymax * 1.08, 0, lang);
    rp_chart_cmd(c, "set logscale x\nset xrange [%g:%g]\n", pmin * 0.5 / 1e6, pmax * 1.5 / 1e6);
    rp_chart_xlabel(c, RP_PH(lang, RP_PH_INHABITANTS_MILLIONS_LOGARITHMIC), bottom);
    rp_chart_cmd(c, "set mxtics 10\nset xtics (0.1, 0.2, 0.5, 1, 2, 5, 10)\n");
    const char *D = RP_CHART_DATA;
    rp_chart_cmd(c, "plot %s index 1 using 1:6 with lines lc rgb '#000000' lw 1.5 title ", D);
    rp_chart_str(c, RP_PH(lang, RP_PH_NATIONAL));
    rp_chart_cmd(c, ", \\\n    '' index 1 using 1:2 with lines lc rgb '#777777' dt 2 lw 1.5 title ");
    rp_chart_str(c, "95%");
    rp_chart_cmd(c, ", \\\n    '' index 1 using 1:3 with lines lc rgb '#777777' dt 2 lw 1.5 notitle, "
                    "\\\n    '' index 1 using 1:4 with lines lc rgb '#444444' lw 1.5 title ");
    rp_chart_str(c, RP_PH(lang, RP_PH_N99_8));
    rp_chart_cmd(c, ", \\\n    '' index 1 using 1:5 with lines lc rgb '#444444' lw 1.5 notitle");
    int has[3] = {0, 0, 0}, named = 0;
    for (size_t i = 0; i < r->k; i++)
        if (!r->rows[i].hidden) {
            has[r->rows[i].s.signal + 1] = 1;
            named |= r->rows[i].s.warn95 != 0;
        }
    if (has[1]) {
        rp_chart_cmd(c, ", \\\n    '' index 0 using 1:3 with points pt 7 ps 1.6 lc rgb '%s' title ",
                     rp_okabe_ito[0]);
        rp_chart_str(c, RP_PH(lang, RP_PH_WITHIN));
    }
    if (has[2]) {
        rp_chart_cmd(c, ", \\\n    '' index 0 using 1:4 with points pt 9 ps 2.2 lc rgb '%s' title ",
                     rp_okabe_ito[3]);
        rp_chart_str(c, RP_PH(lang, RP_PH_HIGH_OUTSIDE_99_8));
    }
    if (has[0]) {
        rp_chart_cmd(c, ", \\\n    '' index 0 using 1:5 with points pt 11 ps 2.2 lc rgb '%s' title ",
                     rp_okabe_ito[4]);
        rp_chart_str(c, RP_PH(lang, RP_PH_LOW_OUTSIDE_99_8));
    }
    if (named)
        rp_chart_cmd(c, ", \\\n    '' index 0 using 1:2:6 with labels offset 0.8,0.6 left font ',15' "
                        "tc rgb '#333333' notitle");
    rp_chart_cmd(c, "\n");
    const rp_regional_row **o = malloc(r->k * sizeof *o);
    for (size_t i = 0; o && i < r->k; i++)
        o[i] = &r->rows[i];
    if (o)
        qsort(o, r->k, sizeof *o, rp_regional_by_rate);
    /* the chart's title has the year already, which the alt text adds */
    char *what = rp_strfmt(RP_PH(lang, RP_PH_FUNNEL_PLOT_2), d->title);
    c->alt = o && what ? rp_word_regions_alt(r, m->p->regions, o, r->k, what, 0, lang) : NULL;
    free(what);
    free(o);
    free(n1);
    free(n2);
    free(src);
    free(per);
    free(title);
    return c;
}
