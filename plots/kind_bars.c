/* Bar charts: an indicator's categories in its latest year, and stacked categories per year. */
#include "datasets/numfmt.h"
#include "plots/kinds.h"
#include "plots/wording.h"
#include "stats/disclosure.h"
#include "stats/interval.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>


typedef struct {
    const char *name;
    double num, den, value, lo, hi;
    int small;
} cat;

static int by_value_desc(const void *a, const void *b)
{
    double x = ((const cat *)a)->value, y = ((const cat *)b)->value;
    if (isnan(x))
        return 1;
    if (isnan(y))
        return -1;
    return (x < y) - (x > y);
}

static char *source_line(const rp_model *m)
{
    rp_lang lang = m->p->m->lang;
    return rp_strfmt(RP_NL(lang, "Bron: %s", "Source: %s"),
                     m->p->m->source ? m->p->m->source : m->p->m->title);
}

/* Counts (exact/Byar intervals) or shares (Wilson) per category of the latest year. */
static size_t categories(const rp_model *m, const rp_indicator_data *d, int year, cat *out)
{
    size_t ny = (size_t)(d->year_max - d->year_min + 1), yi = (size_t)(year - d->year_min);
    int below = m->p->m->suppress_below, share = d->def->measure == RP_MEASURE_SHARE;
    for (size_t k = 0; k < d->ncats; k++) {
        const rp_cell *c = &d->by[k * ny + yi];
        rp_ci ci;
        cat *o = &out[k];
        o->name = d->cats[k];
        o->num = c->num;
        o->den = c->den;
        int ok = share ? rp_ci_proportion(c->num, c->den, m->level, RP_CI_WILSON, &ci) == RP_OK
                       : rp_ci_count(c->num, m->level, RP_CI_AUTO, &ci) == RP_OK;
        o->small = share && (rp_small(c->num, below) || rp_small(c->den, below) ||
                             rp_small(c->den - c->num, below));
        o->value = ok ? ci.estimate * (share ? 100 : 1) : NAN;
        o->lo = ok ? ci.lo * (share ? 100 : 1) : NAN;
        o->hi = ok ? ci.hi * (share ? 100 : 1) : NAN;
    }
    /* counts add up to the indicator's total: suppression with a second cell */
    if (!share) {
        double *v = malloc((d->ncats ? d->ncats : 1) * sizeof *v);
        unsigned char *hide = malloc(d->ncats ? d->ncats : 1);
        for (size_t k = 0; v && hide && k < d->ncats; k++)
            v[k] = out[k].num;
        if (v && hide)
            rp_secondary(v, d->ncats, below, hide);
        for (size_t k = 0; k < d->ncats; k++)
            out[k].small = !v || !hide || hide[k];
        free(v);
        free(hide);
    }
    return d->ncats;
}

/* The alt text; the chart's title ends with the year. */
static void cat_alt(rp_chart *c, const rp_model *m, const cat *cs, size_t n, int share)
{
    rp_lang lang = m->p->m->lang;
    rp_buf b;
    rp_buf_init(&b);
    rp_buf_printf(&b, RP_NL(lang, "%s, per categorie: ", "%s, by category: "), c->title);
    for (size_t k = 0; k < n; k++) {
        rp_buf_printf(&b, "%s%s ", k ? ", " : "", cs[k].name);
        if (cs[k].small)
            rp_buf_printf(&b, "<%d", m->p->m->suppress_below);
        else if (share)
            rp_fmt_pct(&b, cs[k].value / 100, 1, lang);
        else
            rp_fmt_num(&b, cs[k].value, 0, lang);
    }
    rp_buf_puts(&b, ".");
    c->alt = rp_buf_steal(&b);
}

rp_chart *rp_chart_categories(const rp_model *m, size_t i)
{
    const rp_indicator_data *d = m->p->ind[i];
    const rp_series *s = &m->series[i];
    if (!d || !d->by || !d->ncats || !s->n)
        return NULL;
    rp_lang lang = m->p->m->lang;
    int year = rp_series_latest(s), share = s->def->measure == RP_MEASURE_SHARE;
    if (!year || (s->def->measure != RP_MEASURE_COUNT && !share))
        return NULL;
    cat *cs = calloc(d->ncats, sizeof *cs);
    char *id = rp_strfmt("categories_%s", s->def->id);
    char *title = rp_strfmt(RP_NL(lang, "%s naar %s, %d", "%s by %s, %d"), s->def->title,
                            s->def->by, year);
    rp_chart *c = cs && id && title ? rp_chart_new(id, title) : NULL;
    free(id);
    if (c) {
        size_t n = categories(m, d, year, cs);
        qsort(cs, n, sizeof *cs, by_value_desc);
        double ymax = 0;
        rp_chart_header(c, "rank,category,value,lo,hi,label");
        for (size_t k = 0; k < n; k++) {
            rp_chart_num(c, (double)k);
            rp_chart_text(c, cs[k].name);
            rp_chart_num(c, cs[k].small ? NAN : cs[k].value);
            rp_chart_num(c, cs[k].small ? NAN : cs[k].lo);
            rp_chart_num(c, cs[k].small ? NAN : cs[k].hi);
            char lab[16] = "";
            if (cs[k].small && rp_small(cs[k].num, m->p->m->suppress_below))
                snprintf(lab, sizeof lab, "<%d", m->p->m->suppress_below);
            else if (cs[k].small)
                snprintf(lab, sizeof lab, "x");
            rp_chart_text(c, lab);
            rp_chart_endrow(c);
            if (!cs[k].small && cs[k].hi > ymax)
                ymax = cs[k].hi;
        }
        rp_chart_style(c, lang);
        char *src = source_line(m);
        char *note = rp_strfmt(RP_NL(lang, "Streepjes: %g%%-betrouwbaarheidsinterval. <%d: minder "
                                        "dan %d, niet getoond.",
                                  "Whiskers: %g%% confidence interval. <%d: fewer than %d, not "
                                  "shown."), 100 * m->level, m->p->m->suppress_below,
                               m->p->m->suppress_below);
        const char *notes[] = {note};
        rp_chart_frame(c, title, share ? RP_NL(lang, "Aandeel per categorie", "Share per category")
                                       : RP_NL(lang, "Aantal per categorie", "Count per category"),
                       notes, 1, src);
        rp_buf u;
        rp_buf_init(&u);
        rp_word_unit(&u, s->def, lang);
        rp_chart_unit(c, rp_buf_str(&u));
        rp_buf_free(&u);
        rp_chart_yticks(c, 0, share && ymax * 1.1 > 100 ? 100 : ymax * 1.1, share, lang);
        rp_chart_cmd(c, "set xrange [-0.6:%g]\nset style fill solid 0.85 noborder\n"
                        "set boxwidth 0.7\nunset key\n", (double)n - 0.4);
        rp_chart_cmd(c, "plot %s using 1:3:xtic(2) with boxes lc rgb '%s', \\\n"
                        "    '' using 1:3:4:5 with yerrorbars lc rgb '#333333' pt 0 lw 1.5, \\\n"
                        "    '' using 1:(%g):6 with labels tc rgb '#555555'\n",
                     RP_CHART_DATA, rp_okabe_ito[0], ymax * 0.04);
        cat_alt(c, m, cs, n, share);
        free(note);
        free(src);
    }
    free(title);
    free(cs);
    return c;
}

rp_chart *rp_chart_stacked(const rp_model *m, size_t i)
{
    const rp_indicator_data *d = m->p->ind[i];
    const rp_series *s = &m->series[i];
    if (!d || !d->by || !d->ncats || !s->n || s->def->measure != RP_MEASURE_COUNT)
        return NULL;
    rp_lang lang = m->p->m->lang;
    int below = m->p->m->suppress_below;
    size_t ny = (size_t)(d->year_max - d->year_min + 1);
    char *id = rp_strfmt("stacked_%s", s->def->id);
    char *title = rp_strfmt(RP_NL(lang, "%s naar %s per jaar", "%s by %s per year"), s->def->title,
                            s->def->by);
    rp_chart *c = id && title ? rp_chart_new(id, title) : NULL;
    free(id);
    if (!c) {
        free(title);
        return NULL;
    }
    rp_buf head;
    rp_buf_init(&head);
    rp_buf_puts(&head, "year");
    for (size_t k = 0; k < d->ncats; k++)
        rp_buf_printf(&head, ",%s", d->cats[k]);
    rp_chart_header(c, rp_buf_str(&head));
    rp_buf_free(&head);
    double ymax = 0;
    int any_small = 0;
    for (int y = s->year_min; y <= s->year_max; y++) {
        size_t yi = (size_t)(y - d->year_min);
        if (y > d->year_max || !d->present[yi]) {
            /* a missing year keeps its place on the axis, with no bar */
            rp_chart_num(c, y);
            for (size_t k = 0; k < d->ncats && k < 64; k++)
                rp_chart_num(c, NAN);
            rp_chart_endrow(c);
            continue;
        }
        double total = 0, v[64];
        unsigned char hide[64];
        size_t nc = d->ncats < 64 ? d->ncats : 64;
        for (size_t k = 0; k < nc; k++)
            v[k] = d->by[k * ny + yi].num;
        rp_secondary(v, nc, below, hide);
        rp_chart_num(c, y);
        for (size_t k = 0; k < nc; k++) {
            any_small |= hide[k];
            rp_chart_num(c, hide[k] ? NAN : v[k]);
            total += hide[k] ? 0 : v[k];
        }
        rp_chart_endrow(c);
        if (total > ymax)
            ymax = total;
    }
    rp_chart_style(c, lang);
    char *src = source_line(m);
    char *note = any_small ? rp_strfmt(RP_NL(lang, "Delen kleiner dan %d zijn weggelaten, en waar "
                                                "nodig een tweede deel, zodat het totaal ze niet "
                                                "verraadt.", "Parts smaller than %d are left out, "
                                                "and where needed a second part, so that the "
                                                "total does not give them away."), below)
                           : NULL;
    int cut = s->seg_start > s->year_min; /* a series break: marked between its two years */
    char *brk = cut ? rp_strfmt(RP_NL(lang, "Stippellijn: trendbreuk in %d, de definitie "
                                          "veranderde; jaren ervoor zijn niet vergelijkbaar.",
                                      "Dotted line: series break in %d, the definition "
                                      "changed; earlier years are not comparable."),
                                s->seg_start)
                    : NULL;
    const char *notes[2];
    size_t nn = 0;
    if (brk)
        notes[nn++] = brk;
    if (note)
        notes[nn++] = note;
    rp_chart_frame(c, title, RP_NL(lang, "Aantal per jaar, gestapeld", "Count per year, stacked"),
                   notes, nn, src);
    free(brk);
    if (cut) /* the bars stand at 0, 1, ... from year_min, every year kept */
        rp_chart_cmd(c, "set arrow 2 from %g, graph 0 to %g, graph 1 nohead dt 2 lw 1.5 "
                        "lc rgb '#555555' front\n", s->seg_start - s->year_min - 0.5,
                     s->seg_start - s->year_min - 0.5);
    rp_buf u;
    rp_buf_init(&u);
    rp_word_unit(&u, s->def, lang);
    rp_chart_unit(c, rp_buf_str(&u));
    rp_buf_free(&u);
    rp_chart_yticks(c, 0, ymax * 1.05, 0, lang);
    rp_chart_cmd(c, "set style data histograms\nset style histogram rowstacked\n"
                    "set style fill solid 0.9 border rgb 'white'\nset boxwidth 0.75\n"
                    "set xtics rotate by 0 %s\n", s->year_max - s->year_min > 14 ? "font ',11'" : "");
    for (size_t k = 0; k < d->ncats; k++) {
        if (k)
            rp_chart_cmd(c, ", \\\n    '' using %zu title ", k + 2);
        else
            rp_chart_cmd(c, "plot %s using 2:xtic(1) title ", RP_CHART_DATA);
        rp_chart_keystr(c, d->cats[k]);
        rp_chart_cmd(c, " lc rgb '%s'", rp_okabe_ito[k % 8]);
    }
    rp_chart_cmd(c, "\n");
    /* the alt text: the latest year's parts */
    rp_buf b;
    rp_buf_init(&b);
    int y = d->year_max < s->year_max ? d->year_max : s->year_max;
    rp_buf_printf(&b, RP_NL(lang, "%s, %d-%d. In %d: ", "%s, %d-%d. In %d: "), title, s->year_min, y, y);
    for (size_t k = 0; k < d->ncats; k++) {
        double v = d->by[k * ny + (size_t)(y - d->year_min)].num;
        rp_buf_printf(&b, "%s%s ", k ? ", " : "", d->cats[k]);
        if (rp_small(v, below))
            rp_buf_printf(&b, "<%d", below);
        else
            rp_fmt_num(&b, v, 0, lang);
    }
    rp_buf_puts(&b, ".");
    c->alt = rp_buf_steal(&b);
    free(note);
    free(src);
    free(title);
    return c;
}
