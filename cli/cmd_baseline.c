/* rapporteur baseline PROJECT -o DIR: the nulmeting (zero measurement) of every target. */
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "reports/outdir.h"
#include "reports/tables.h"
#include "stats/model.h"

#include <stdio.h>

static const rp_opt opts[] = {
    {"o", "DIR", "the output folder (required); earlier outputs stay whole if the run fails"},
    {NULL, NULL, NULL}};

static const rp_cmd spec = {
    "baseline", "PROJECT -o DIR",
    "Writes the nulmeting: per target the baseline value with its interval, the series up to "
    "the baseline year, the required annual change and the SMART audit, as tables (CSV in the "
    "project's language convention, and one XLSX workbook).",
    "Files: DIR/tables/baseline.csv, baseline_series.csv, smart_audit.csv, tables.xlsx.",
    1, 1, opts};

int rp_cmd_baseline(int argc, char **argv)
{
    rp_args a;
    int r = rp_args_parse(&spec, argc, argv, &a);
    if (r)
        return r < 0 ? RP_EXIT_OK : r;
    const char *dir = rp_args_get(&a, "o");
    if (!dir || !*dir)
        return rp_usage_error(&spec, "-o DIR is required");
    int status = RP_EXIT_OK;
    rp_project *p = rp_cli_load(a.pos[0], &status);
    if (!p)
        return status;
    rp_diag *diag = rp_diag_new();
    rp_model *m = rp_model_build(p, 0, diag);
    rp_diag_print(diag, stderr);
    rp_diag_free(diag);
    char err[512];
    rp_outdir *o = m ? rp_outdir_open(dir, err, sizeof err) : NULL;
    if (!m) {
        status = RP_EXIT_DATA;
    } else if (!o) {
        fprintf(stderr, "rapporteur baseline: %s\n", err);
        status = RP_EXIT_IO;
    } else {
        rp_tables ts = {0};
        rp_tables_baseline(m, &ts);
        if (rp_tables_write(&ts, o, "tables", p->m->lang, p->m->title, err, sizeof err) != 0 ||
            rp_outdir_commit(o, err, sizeof err) != 0) {
            fprintf(stderr, "rapporteur baseline: %s\n", err);
            status = RP_EXIT_IO;
        } else {
            printf("Wrote the nulmeting of %zu targets to %s/tables (%zu tables as CSV and "
                   "tables.xlsx).\n", p->m->ntargets, dir, ts.n);
        }
        o = NULL;
        rp_tables_free(&ts);
    }
    rp_outdir_abort(o);
    rp_model_free(m);
    rp_project_free(p);
    return status;
}
