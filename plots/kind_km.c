/* Kaplan-Meier curves: the cumulative share who reoffended, per group, with its interval. */
#include "datasets/numfmt.h"
#include "plots/kinds.h"
#include "plots/wording.h"
#include "stats/disclosure.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>


/* One block per group. The curve is not drawn at each event time (those are the times of
 * single people) but on a monthly grid, and only where at least suppress_below new offences
 * have come since the previous point, so that no step stands for fewer people; it stops
 * where fewer than suppress_below people are still followed. Returns the last time. */
static double curve_block(rp_chart *c, const rp_km *k, double level, int below, int first)
{
    if (first)
        rp_chart_header(c, "years,prevalence,lo,hi");
    else
        rp_chart_block(c, "years,prevalence,lo,hi");
    rp_chart_num(c, 0);
    rp_chart_num(c, 0);
    rp_chart_num(c, 0);
    rp_chart_num(c, 0);
    rp_chart_endrow(c);
    double last = 0;
    size_t shown = 0;
    for (int month = 1; month <= 12 * 100 && month / 12.0 <= k->tmax; month++) {
        rp_km_point p;
        rp_km_at(k, month / 12.0, level, &p);
        if ((int)p.at_risk < below)
            break;
        if (p.events - shown < (size_t)(below > 1 ? below : 1))
            continue;
        shown = p.events;
        last = month / 12.0;
        rp_chart_num(c, last);
        rp_chart_num(c, 100 * p.prevalence);
        rp_chart_num(c, 100 * p.lo);
        rp_chart_num(c, 100 * p.hi);
        rp_chart_endrow(c);
    }
    return last;
}

rp_chart *rp_chart_km(const rp_model *m, const rp_recid *r, int by)
{
    rp_lang lang = m->p->m->lang;
    int below = m->p->m->suppress_below;
    double at[3] = {2, 5, 7};
    rp_recid_result *res = rp_recid_analyse(r, by, at, 3, m->level, below);
    char *title = rp_strfmt(RP_NL(lang, "Recidive: aandeel met een nieuw delict", "Recidivism: share "
                                     "with a new offence"));
    rp_chart *c = res && title ? rp_chart_new("recidivism_km", title) : NULL;
    if (!c) {
        rp_recid_result_free(res);
        free(title);
        return NULL;
    }
    size_t *members = malloc((r->n ? r->n : 1) * sizeof *members);
    size_t drawn = 0, hidden = 0;
    const char *names[8];
    double tmax = 0;
    for (size_t g = 0; members && g < res->ngroups && drawn < 8; g++) {
        const char *name = res->rows[g * res->nat].group;
        size_t n = 0;
        for (size_t i = 0; i < r->n; i++)
            if (by < 0 || !strcmp(r->values[by][r->val[i * r->ncols + (size_t)by]], name))
                members[n++] = i;
        if (rp_small((double)n, below) || n == 0) {
            hidden++;
            continue;
        }
        rp_km *k = rp_km_fit(r->time, r->event, members, n);
        if (!k)
            continue;
        double t = curve_block(c, k, m->level, below, drawn == 0);
        if (t > tmax)
            tmax = t;
        names[drawn++] = name;
        rp_km_free(k);
    }
    rp_chart_style(c, lang);
    char *src = rp_strfmt(RP_NL(lang, "Bron: %s", "Source: %s"),
                          m->p->m->source ? m->p->m->source : m->p->m->title);
    char *n1 = rp_strfmt(RP_NL(lang, "Kaplan-Meier; gestippeld: %g%%-betrouwbaarheidsinterval "
                                  "(log-log). Dagen in detentie tellen niet mee. Per maand, in "
                                  "stappen van ten minste %d nieuwe delicten; curven stoppen "
                                  "waar minder dan %d mensen worden gevolgd.",
                            "Kaplan-Meier; dotted: %g%% confidence interval (log-log). Days in "
                            "detention do not count. By month, in steps of at least %d new "
                            "offences; curves stop where fewer than %d people are followed."),
                         100 * m->level, below, below);
    char *n2 = hidden ? rp_strfmt(RP_NL(lang, "%zu groep(en) met minder dan %d mensen niet getoond.",
                                     "%zu group(s) of fewer than %d people not shown."), hidden, below)
                      : NULL;
    const char *notes[] = {n1, n2};
    char *sub = by >= 0 ? rp_strfmt(RP_NL(lang, "Naar %s", "By %s"), r->colnames[by])
                        : rp_strdup(RP_NL(lang, "Alle veroordeelden", "Everyone convicted"));
    double bottom = rp_chart_frame(c, title, sub, notes, n2 ? 2 : 1, src);
    rp_chart_unit(c, "%");
    rp_chart_yticks(c, 0, 100, 1, lang);
    rp_chart_cmd(c, "set xrange [0:%g]\nset xtics 1\n", ceil(tmax));
    rp_chart_xlabel(c, RP_NL(lang, "jaren na de start", "years after the start"), bottom);
    for (int k = 0; k < 3; k++)
        rp_chart_cmd(c, "set arrow %d from %g, graph 0 to %g, graph 1 nohead dt 3 lc rgb '#aaaaaa'\n",
                     10 + k, at[k], at[k]);
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
    for (size_t g = 0; g < res->ngroups; g++) {
        const rp_recid_row *w = &res->rows[g * res->nat];
        if (w->group_small)
            continue;
        rp_buf_printf(&b, "%s: ", w->group);
        for (size_t j = 0; j < res->nat; j++) {
            const rp_recid_row *x = &res->rows[g * res->nat + j];
            rp_buf_printf(&b, RP_NL(lang, "%s%g jaar ", "%s%g years "), j ? ", " : "", at[j]);
            if (!x->p.estimable)
                rp_buf_puts(&b, RP_NL(lang, "niet te schatten", "not estimable"));
            else if (x->withheld)
                rp_buf_printf(&b, "<%d", below);
            else
                rp_fmt_pct(&b, x->p.prevalence, 0, lang);
        }
        rp_buf_puts(&b, ". ");
    }
    c->alt = rp_buf_steal(&b);
    free(sub);
    free(n1);
    free(n2);
    free(src);
    free(title);
    free(members);
    rp_recid_result_free(res);
    return c;
}
