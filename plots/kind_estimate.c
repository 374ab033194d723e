/* The hidden number of victims: per stratum the registered count beside the estimated total
 * with its interval, drawn only from the published cells of the estimate. */
#include "words/phrases.h"
#include "plots/kinds.h"
#include "words/wording.h"
#include "words/word_estimate.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* The rows drawn: every stratum, or the single row when there are none. */
static size_t drawn_rows(const rp_estimate *e)
{
    return e->nrows > 1 ? e->nrows - 1 : e->nrows;
}

static double write_data(rp_chart *c, const rp_estimate *e, int below, rp_lang lang)
{
    double ymax = 0;
    rp_chart_header(c, "rank,stratum,observed,estimate,lo,hi,label");
    for (size_t i = 0; i < drawn_rows(e); i++) {
        const rp_estimate_row *r = &e->row[i];
        int shown = r->publish == RP_EST_SHOWN, obs = shown || r->publish == RP_EST_FAILED;
        rp_buf lab;
        rp_buf_init(&lab);
        if (!obs)
            rp_word_est_count(&lab, r, NAN, below, lang);
        else if (!shown)
            rp_buf_puts(&lab, rp_word_est_none(lang));
        rp_chart_num(c, (double)i);
        rp_chart_text(c, r->stratum);
        rp_chart_num(c, obs ? r->r.observed : NAN);
        rp_chart_num(c, shown ? r->r.estimate : NAN);
        rp_chart_num(c, shown ? r->r.lo : NAN);
        rp_chart_num(c, shown ? r->r.hi : NAN);
        rp_chart_text(c, rp_buf_str(&lab));
        rp_chart_endrow(c);
        rp_buf_free(&lab);
        if (shown && r->r.hi > ymax)
            ymax = r->r.hi;
        if (obs && r->r.observed > ymax)
            ymax = r->r.observed;
    }
    return ymax;
}

static void alt_text(rp_chart *c, const rp_estimate *e, int below, rp_lang lang)
{
    rp_buf b;
    rp_buf_init(&b);
    rp_buf_printf(&b, "%s. ", c->title);
    for (size_t i = 0; i < drawn_rows(e); i++) {
        const rp_estimate_row *r = &e->row[i];
        rp_buf_printf(&b, "%s%s: ", i ? "; " : "", r->stratum);
        rp_word_est_figure(&b, e, r, below, lang);
        if (r->publish == RP_EST_SHOWN || r->publish == RP_EST_FAILED)
            rp_word_est_registered(&b, r->r.observed, lang);
    }
    rp_buf_puts(&b, ".");
    c->alt = rp_buf_steal(&b);
}

static void frame(rp_chart *c, const rp_model *m, const rp_estimate *e, size_t k)
{
    rp_lang lang = m->p->m->lang;
    int below = m->p->m->suppress_below;
    rp_buf sub;
    rp_buf_init(&sub);
    rp_buf_puts(&sub, RP_PH(lang, RP_PH_MULTIPLE_SYSTEMS_ESTIMATION));
    rp_word_mse_model(&sub, e, m->p->m->estimates[k].threshold, lang);
    int small = 0, second = 0;
    for (size_t i = 0; i < e->nrows; i++) {
        small |= e->row[i].publish == RP_EST_SMALL;
        second |= e->row[i].publish == RP_EST_SECOND;
    }
    rp_buf n;
    rp_buf_init(&n);
    rp_buf_printf(&n, RP_PH(lang, RP_PH_BAR_REGISTERED_POINT_WITH_WHISKERS),
                  100 * e->level, e->nboot ? "BCa bootstrap"
                                           : RP_PH(lang, RP_PH_LOG_NORMAL));
    if (small || second) { /* one sign, whichever hid the row */
        rp_buf_putc(&n, ' ');
        rp_word_hidden_legend(&n, below, lang);
        rp_buf_putc(&n, '.');
    }
    char *note = rp_buf_steal(&n);
    char *src = rp_word_source(m->p->m, NULL);
    const char *notes[] = {note};
    rp_chart_frame(c, c->title, rp_buf_str(&sub), notes, 1, src);
    rp_chart_unit(c, RP_PH(lang, RP_PH_VICTIMS));
    free(note);
    free(src);
    rp_buf_free(&sub);
}

rp_chart *rp_chart_estimate(const rp_model *m, size_t k)
{
    const rp_estimate *e = m->estimates[k];
    const rp_estimate_def *def = &m->p->m->estimates[k];
    if (!e || !e->nrows)
        return NULL;
    rp_lang lang = m->p->m->lang;
    char *id = rp_strfmt("estimate_%s", def->id);
    rp_chart *c = id ? rp_chart_new(id, def->title ? def->title
                                                    : RP_PH(lang, RP_PH_ESTIMATED_NUMBER_OF_VICTIMS))
                     : NULL;
    free(id);
    if (!c)
        return NULL;
    double ymax = write_data(c, e, m->p->m->suppress_below, lang);
    size_t n = drawn_rows(e);
    rp_chart_style(c, lang);
    frame(c, m, e, k);
    rp_chart_yticks(c, 0, ymax > 0 ? ymax * 1.1 : 1, 0, lang);
    rp_chart_cmd(c, "set xrange [-0.6:%g]\nset style fill solid 0.85 noborder\n"
                    "set boxwidth 0.6\n", (double)n - 0.4);
    rp_chart_cmd(c, "plot %s using 1:3:xtic(2) with boxes lc rgb '%s' title ", RP_CHART_DATA,
                 rp_okabe_ito[4]);
    rp_chart_str(c, RP_PH(lang, RP_PH_REGISTERED_2));
    rp_chart_cmd(c, ", \\\n    '' using 1:4:5:6 with yerrorbars lc rgb '%s' pt 7 ps 1.2 lw 2 "
                    "title ", rp_okabe_ito[3]);
    rp_chart_str(c, RP_PH(lang, RP_PH_ESTIMATED_TOTAL));
    rp_chart_cmd(c, ", \\\n    '' using 1:(%g):7 with labels tc rgb '#555555' notitle\n",
                 ymax * 0.04);
    alt_text(c, e, m->p->m->suppress_below, lang);
    return c;
}
