/* Bar charts: an indicator's categories in its latest year, and stacked categories per year. */
#include "words/phrases.h"
#include "words/numfmt.h"
#include "plots/kinds.h"
#include "words/wording.h"
#include "stats/disclosure.h"
#include "stats/interval.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>


typedef struct {
    const char *name;
    int hide;               /* rp_hide */
    double value, lo, hi;   /* NaN when hidden */
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

/* The categories of one year, as the model published them. */
static size_t categories(const rp_breakdown *b, int year, cat *out)
{
    for (size_t k = 0; k < b->ncats; k++) {
        int inside;
        size_t i = rp_breakdown_cell(b, k, year, &inside);
        double mult = b->share ? 100 : 1;
        out[k] = (cat){b->label[k], inside ? b->hide[i] : RP_HIDE_SMALL,
                       inside ? b->value[i] * mult : NAN, inside ? b->lo[i] * mult : NAN,
                       inside ? b->hi[i] * mult : NAN};
    }
    return b->ncats;
}

/* "<N" or "x" for a hidden category, the missing sign for a year without rows, else its
 * value. */
static void cat_word(rp_buf *b, const cat *c, int share, const rp_monitor *mon)
{
    rp_word_category_value(b, c->hide, c->value, share, mon);
}

/* The alt text; the chart's title ends with the year. */
static void cat_alt(rp_chart *c, const rp_model *m, const cat *cs, size_t n, int share)
{
    rp_lang lang = m->p->m->lang;
    rp_buf b;
    rp_buf_init(&b);
    rp_buf_printf(&b, RP_PH(lang, RP_PH_BY_CATEGORY), c->title);
    for (size_t k = 0; k < n; k++) {
        rp_buf_printf(&b, "%s%s ", k ? ", " : "", cs[k].name);
        cat_word(&b, &cs[k], share, m->p->m);
    }
    rp_buf_puts(&b, ".");
    c->alt = rp_buf_steal(&b);
}

rp_chart *rp_chart_categories(const rp_model *m, size_t i)
{
    const rp_breakdown *bd = &m->by[i];
    const rp_series *s = &m->series[i];
    if (!bd->ncats || !s->n)
        return NULL;
    rp_lang lang = m->p->m->lang;
    int year = rp_series_latest(s), share = bd->share;
    if (!year)
        return NULL;
    cat *cs = calloc(bd->ncats, sizeof *cs);
    char *id = rp_strfmt("categories_%s", s->def->id);
    char *title = rp_strfmt(RP_PH(lang, RP_PH_BY_2), s->def->title,
                            s->def->by, year);
    rp_chart *c = cs && id && title ? rp_chart_new(id, title) : NULL;
    free(id);
    if (c) {
        size_t n = categories(bd, year, cs);
        qsort(cs, n, sizeof *cs, by_value_desc);
        double ymax = 0;
        rp_chart_header(c, "rank,category,value,lo,hi,label");
        for (size_t k = 0; k < n; k++) {
            rp_chart_num(c, (double)k);
            rp_chart_text(c, cs[k].name);
            rp_chart_num(c, cs[k].value);
            rp_chart_num(c, cs[k].lo);
            rp_chart_num(c, cs[k].hi);
            rp_buf lab;
            rp_buf_init(&lab);
            if (cs[k].hide)
                rp_word_hidden(&lab, cs[k].hide, m->p->m->suppress_below);
            rp_chart_text(c, rp_buf_str(&lab));
            rp_buf_free(&lab);
            rp_chart_endrow(c);
            if (!cs[k].hide && cs[k].hi > ymax)
                ymax = cs[k].hi;
        }
        rp_chart_style(c, lang);
        char *src = rp_word_source(m->p->m, s->def);
        rp_buf nb;
        rp_buf_init(&nb);
        rp_buf_printf(&nb, RP_PH(lang, RP_PH_WHISKERS_CONFIDENCE_INTERVAL), 100 * m->level);
        rp_word_hidden_legend(&nb, m->p->m->suppress_below, lang);
        rp_buf_putc(&nb, '.');
        char *note = rp_buf_steal(&nb);
        const char *notes[] = {note};
        rp_chart_frame(c, title, share ? RP_PH(lang, RP_PH_SHARE_PER_CATEGORY)
                                       : RP_PH(lang, RP_PH_COUNT_PER_CATEGORY),
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
    const rp_breakdown *bd = &m->by[i];
    const rp_series *s = &m->series[i];
    if (!bd->ncats || !s->n || bd->share)
        return NULL;
    rp_lang lang = m->p->m->lang;
    int below = m->p->m->suppress_below;
    char *id = rp_strfmt("stacked_%s", s->def->id);
    char *title = rp_strfmt(RP_PH(lang, RP_PH_BY_PER_YEAR), s->def->title,
                            s->def->by);
    rp_chart *c = id && title ? rp_chart_new(id, title) : NULL;
    free(id);
    if (!c) {
        free(title);
        return NULL;
    }
    /* the categories' codes come from data: a comma in one must not make two columns */
    const char **head = malloc((bd->ncats + 1) * sizeof *head);
    if (head) {
        head[0] = "year";
        for (size_t k = 0; k < bd->ncats; k++)
            head[k + 1] = bd->cats[k];
        rp_chart_header_v(c, head, bd->ncats + 1);
        free(head);
    }
    double ymax = 0;
    int any_small = 0;
    for (int y = s->year_min; y <= s->year_max; y++) {
        /* a missing year keeps its place on the axis, with no bar; hidden parts are NaN */
        double total = 0;
        rp_chart_num(c, y);
        for (size_t k = 0; k < bd->ncats; k++) {
            int inside;
            size_t ci = rp_breakdown_cell(bd, k, y, &inside);
            double v = inside ? bd->num[ci] : NAN;
            any_small |= inside && bd->hide[ci];
            rp_chart_num(c, v);
            total += isnan(v) ? 0 : v;
        }
        rp_chart_endrow(c);
        if (total > ymax)
            ymax = total;
    }
    rp_chart_style(c, lang);
    char *src = rp_word_source(m->p->m, s->def);
    char *note = NULL;
    if (any_small) { /* which part is small and which covers it is not said */
        rp_buf nb;
        rp_buf_init(&nb);
        rp_buf_puts(&nb, RP_PH(lang, RP_PH_PARTS_NOT_SHOWN));
        rp_word_hidden_legend(&nb, below, lang);
        rp_buf_putc(&nb, '.');
        note = rp_buf_steal(&nb);
    }
    int cut = s->seg_start > s->year_min; /* a series break: marked between its two years */
    char *brk = cut ? rp_strfmt(RP_PH(lang, RP_PH_DOTTED_LINE_SERIES_BREAK_IN_THE),
                                s->seg_start)
                    : NULL;
    const char *notes[2];
    size_t nn = 0;
    if (brk)
        notes[nn++] = brk;
    if (note)
        notes[nn++] = note;
    rp_chart_frame(c, title, RP_PH(lang, RP_PH_COUNT_PER_YEAR_STACKED),
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
    /* the bars stand at 0, 1, ...: the range is set, since a year whose every part is
     * hidden gives gnuplot nothing to scale by ("x range is invalid") */
    rp_chart_cmd(c, "set style data histograms\nset style histogram rowstacked\n"
                    "set style fill solid 0.9 border rgb 'white'\nset boxwidth 0.75\n"
                    "set xrange [-0.6:%g]\nset xtics rotate by 0 %s\n",
                 s->year_max - s->year_min + 0.6,
                 s->year_max - s->year_min > 14 ? "font ',15'" : "");
    for (size_t k = 0; k < bd->ncats; k++) {
        if (k)
            rp_chart_cmd(c, ", \\\n    '' using %zu title ", k + 2);
        else
            rp_chart_cmd(c, "plot %s using 2:xtic(1) title ", RP_CHART_DATA);
        rp_chart_keystr(c, bd->label[k]);
        rp_chart_cmd(c, " lc rgb '%s'", rp_okabe_ito[k % 8]);
    }
    rp_chart_cmd(c, "\n");
    /* the alt text: the latest year's parts */
    rp_buf b;
    rp_buf_init(&b);
    int y = s->year_max, last = bd->year_min + (int)bd->ny - 1;
    if (y > last)
        y = last;
    rp_buf_printf(&b, RP_PH(lang, RP_PH_IN_4), title, s->year_min, y, y);
    for (size_t k = 0; k < bd->ncats; k++) {
        int inside;
        size_t ci = rp_breakdown_cell(bd, k, y, &inside);
        rp_buf_printf(&b, "%s%s ", k ? ", " : "", bd->label[k]);
        cat part = {bd->label[k], inside ? bd->hide[ci] : RP_HIDE_SMALL,
                    inside ? bd->num[ci] : NAN, NAN, NAN};
        cat_word(&b, &part, 0, m->p->m);
    }
    rp_buf_puts(&b, ".");
    c->alt = rp_buf_steal(&b);
    free(note);
    free(src);
    free(title);
    return c;
}
