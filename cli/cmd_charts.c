/* rapporteur charts PROJECT -o DIR: every chart of the monitor, with data, script, alt text. */
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "words/phrases.h"
#include "plots/gnuplot.h"
#include "plots/kinds.h"
#include "reports/outdir.h"
#include "stats/model.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const rp_opt opts[] = {
    {"o", "DIR", "the output folder (required); earlier outputs stay whole if the run fails"},
    {"format", "png,svg,pdf", "which image formats (default: all three)"},
    {"only", "ID", "only the charts of this indicator or target"},
    {"year", "Y", "the data up to this year (default: the report year)"},
    {NULL, NULL, NULL}};

static const rp_cmd spec = {
    "charts", "PROJECT -o DIR [--format png,svg,pdf] [--only ID]",
    "Draws every chart of the monitor with one gnuplot process: a trend per indicator, a chart "
    "per target (baseline, target line, projection), categories, regions (bars and funnel "
    "plot), recidivism curves, small multiples and the target dashboard. Each chart comes as "
    "PNG (1920x1080, a 16:9 slide), SVG and PDF, beside its data (.csv), the gnuplot script "
    "that draws it from that data (.gp, edit and rerun with gnuplot) and an alt text (.alt.txt).",
    "Fonts: DejaVu Sans; colours: Okabe-Ito (colour-blind safe); numbers in the project's "
    "language.", 1, 1, opts};

/* Keeps the charts of one indicator or target: ids ending in _ID. */
static void keep_only(rp_charts *cs, const char *id)
{
    size_t k = 0, n = strlen(id);
    for (size_t i = 0; i < cs->n; i++) {
        const char *cid = cs->c[i]->id;
        size_t l = strlen(cid);
        if (l > n && cid[l - n - 1] == '_' && !strcmp(cid + l - n, id))
            cs->c[k++] = cs->c[i];
        else
            rp_chart_free(cs->c[i]);
    }
    cs->n = k;
}

static int draw(const rp_project *p, rp_charts *cs, const char *dir, const char *project,
                unsigned formats)
{
    char err[512];
    int status;
    rp_outdir *o = rp_cli_outdir(dir, project, &status);
    if (!o)
        return status;
    rp_diag *diag = rp_cli_diag(p->m->lang);
    int r = rp_gp_draw(cs->c, cs->n, rp_outdir_staging(o), formats, rp_project_epoch(p), diag);
    rp_diag_print(diag, stderr);
    rp_diag_free(diag);
    if (r == 0 && (r = rp_outdir_commit(o, err, sizeof err)) != 0)
        rp_cli_msg(p->m->lang, "charts", "%s", err);
    if (r == 0 && rp_outdir_warning(o))
        rp_cli_msg(p->m->lang, "charts", "warning: %s", rp_outdir_warning(o));
    rp_outdir_free(o);
    if (r != 0)
        return RP_EXIT_IO;
    rp_cli_done(p->m->lang, dir,
                cs->n == 1 ? RP_PH(p->m->lang, RP_PH_CHARTS_DREW_ONE)
                           : RP_PH(p->m->lang, RP_PH_CHARTS_DREW), cs->n, dir);
    return RP_EXIT_OK;
}

int rp_cmd_charts(int argc, char **argv)
{
    rp_args a;
    int r = rp_args_parse(&spec, argc, argv, &a);
    if (r)
        return r < 0 ? RP_EXIT_OK : r;
    const char *dir;
    unsigned formats;
    long year = 0;
    if ((r = rp_cli_outputs(&spec, &a, &dir, &formats)) != 0)
        return r;
    if (rp_args_int(&a, "year", 1900, 2100, &year))
        return RP_EXIT_USAGE;
    int status = RP_EXIT_OK;
    rp_project *p;
    rp_model *m = rp_cli_model(a.pos[0], year, &p, &status);
    if (!m)
        return status;
    rp_charts cs = {0};
    if (rp_charts_build(m, &cs) != 0) {
        status = RP_EXIT_IO;
    } else {
        const char *only = rp_args_get(&a, "only");
        if (only)
            keep_only(&cs, only);
        if (only && cs.n == 0)
            status = rp_usage_error(&spec, "--only %s: no indicator or target of that name has "
                                    "a chart", only);
        else
            status = draw(p, &cs, dir, a.pos[0], formats);
    }
    rp_charts_free(&cs);
    rp_model_free(m);
    rp_project_free(p);
    return status;
}
