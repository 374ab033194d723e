/* Kaplan-Meier curves: the cumulative share who reoffended, per group, with its interval. */
#include "words/phrases.h"
#include "words/word_recid.h"
#include "plots/kinds.h"
#include "words/wording.h"
#include "stats/disclosure.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>


/* One data block per drawn group, from the curve the model published. */
static void curve_block(rp_chart *c, const rp_recid_curve *k, int first)
{
    if (first)
        rp_chart_header(c, "years,prevalence,lo,hi");
    else
        rp_chart_block(c, "years,prevalence,lo,hi");
    for (size_t j = 0; j <= k->nsteps; j++) {
        rp_chart_num(c, j ? k->t[j - 1] : 0);
        rp_chart_num(c, j ? 100 * k->prevalence[j - 1] : 0);
        rp_chart_num(c, j ? 100 * k->lo[j - 1] : 0);
        rp_chart_num(c, j ? 100 * k->hi[j - 1] : 0);
        rp_chart_endrow(c);
    }
}

rp_chart *rp_chart_km(const rp_model *m)
{
    rp_lang lang = m->p->m->lang;
    int below = m->p->m->suppress_below;
    const rp_recid_result *res = m->recid_groups ? m->recid_groups : m->recid;
    if (!res || !m->curves)
        return NULL;
    char *title = rp_strfmt(RP_PH(lang, RP_PH_RECIDIVISM_SHARE_WITH_A_NEW_OFFENCE));
    rp_chart *c = title ? rp_chart_new("recidivism_km", title) : NULL;
    if (!c) {
        free(title);
        return NULL;
    }
    /* eight colours keep lines apart; more groups are named in a footnote, and all are in
     * the table */
    size_t drawn = 0, hidden = 0, over = 0;
    const char *names[8];
    double tmax = 0;
    for (size_t g = 0; g < res->ngroups; g++) {
        const rp_recid_curve *k = &m->curves[g];
        if (k->hidden) {
            hidden++;
            continue;
        }
        if (drawn == 8) {
            over++;
            continue;
        }
        curve_block(c, k, drawn == 0);
        if (k->nsteps && k->t[k->nsteps - 1] > tmax)
            tmax = k->t[k->nsteps - 1];
        names[drawn++] = k->group;
    }
    if (drawn == 0 || !(tmax > 0)) { /* nothing to draw: no chart, the table says why */
        rp_chart_free(c);
        free(title);
        return NULL;
    }
    rp_chart_style(c, lang);
    char *src = rp_word_source(m->p->m, NULL);
    char *n1 = rp_strfmt(RP_PH(lang, RP_PH_KAPLAN_MEIER_DOTTED_CONFIDENCE),
                         100 * m->level, below, below);
    char *n2 = NULL;
    if (hidden) { /* not why: a small group and one that covers it read alike */
        rp_buf nb;
        rp_buf_init(&nb);
        rp_buf_printf(&nb, hidden == 1 ? RP_PH(lang, RP_PH_N1_GROUP_NOT_SHOWN)
                                       : RP_PH(lang, RP_PH_GROUPS_NOT_SHOWN), hidden);
        rp_word_hidden_legend(&nb, below, lang);
        rp_buf_puts(&nb, ").");
        n2 = rp_buf_steal(&nb);
    }
    char *n3 = over ? rp_strfmt(RP_PH(lang, RP_PH_DRAWN_THE_FIRST_8_GROUPS_MORE_ARE_IN), over)
                    : NULL;
    const char *notes[3];
    size_t nn = 0;
    notes[nn++] = n1;
    if (n2)
        notes[nn++] = n2;
    if (n3)
        notes[nn++] = n3;
    const rp_recid *r = m->recid_data;
    char *sub = m->recid_groups ? rp_strfmt(RP_PH(lang, RP_PH_BY_3), r->colnames[m->recid_by])
                                : rp_strdup(RP_PH(lang, RP_PH_BY_COHORT));
    double bottom = rp_chart_frame(c, title, sub, notes, nn, src);
    rp_chart_unit(c, "%");
    rp_chart_yticks(c, 0, 100, 1, lang);
    rp_chart_cmd(c, "set xrange [0:%g]\nset xtics 1\n", tmax > 1 ? ceil(tmax) : 1);
    rp_chart_xlabel(c, RP_PH(lang, RP_PH_YEARS_AFTER_THE_START), bottom);
    for (int k = 0; k < 3; k++)
        rp_chart_cmd(c, "set arrow %d from %g, graph 0 to %g, graph 1 nohead dt 3 lc rgb '#aaaaaa'\n",
                     10 + k, m->recid_at[k], m->recid_at[k]);
    for (size_t g = 0; g < drawn; g++) {
        if (g)
            rp_chart_cmd(c, ", \\\n    '' index %zu using 1:2 with steps lt %zu lw 2.5 title ",
                         g, g + 1);
        else
            rp_chart_cmd(c, "plot %s index 0 using 1:2 with steps lt 1 lw 2.5 title ",
                         RP_CHART_DATA);
        rp_chart_keystr(c, names[g]);
        rp_chart_cmd(c, ", \\\n    '' index %zu using 1:3 with steps lt %zu lw 1 dt 3 notitle, "
                        "\\\n    '' index %zu using 1:4 with steps lt %zu lw 1 dt 3 notitle",
                     g, g + 1, g, g + 1);
    }
    rp_chart_cmd(c, "\n");
    /* the alt text: prevalence at 2, 5 and 7 years per group drawn */
    rp_buf b;
    rp_buf_init(&b);
    rp_buf_printf(&b, "%s. ", title);
    rp_word_recid_km_alt(&b, res, m->recid_at, below, lang);
    c->alt = rp_buf_steal(&b);
    free(sub);
    free(n1);
    free(n2);
    free(n3);
    free(src);
    free(title);
    return c;
}
