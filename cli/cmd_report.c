/* rapporteur report and baseline: the yearly monitor and the nulmeting as PDF, HTML, tables
 * and charts. */
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "reports/outdir.h"
#include "plots/gnuplot.h"
#include "reports/report.h"
#include "stats/model.h"

#include <stdio.h>

static const rp_opt report_opts[] = {
    {"o", "DIR", "the output folder (required); earlier outputs stay whole if the run fails"},
    {"year", "Y", "the monitor year: data up to this year (default: the report year)"},
    {"format", "png,svg,pdf", "chart image formats besides the SVG the documents need (default "
                              "all three)"},
    {NULL, NULL, NULL}};

static const rp_cmd report_spec = {
    "report", "PROJECT -o DIR [--year Y]",
    "Writes the yearly monitor: report.pdf (A4, contents and bookmarks, charts as vectors, a "
    "methods and sources annex), report.html (one self-contained file), every table as CSV and "
    "in tables/tables.xlsx, every chart in charts/, and manifest.sha256 (the checksums of the "
    "inputs, kept out of the published documents).",
    "The same inputs give byte-identical files; SOURCE_DATE_EPOCH sets the date.", 1, 1,
    report_opts};

static const rp_cmd baseline_spec = {
    "baseline", "PROJECT -o DIR",
    "Writes the nulmeting (zero measurement): per target the baseline value with its interval, "
    "the series up to the baseline year, the required annual change and the SMART audit, as "
    "baseline.pdf, baseline.html, tables (CSV and XLSX), charts and manifest.sha256.",
    "The same inputs give byte-identical files; SOURCE_DATE_EPOCH sets the date.", 1, 1,
    report_opts};

static int run(const rp_cmd *spec, rp_doc_kind kind, int argc, char **argv)
{
    rp_args a;
    int r = rp_args_parse(spec, argc, argv, &a);
    if (r)
        return r < 0 ? RP_EXIT_OK : r;
    const char *dir;
    unsigned formats;
    long year = 0;
    if ((r = rp_cli_outputs(spec, &a, &dir, &formats)) != 0)
        return r;
    if (rp_args_int(&a, "year", 1900, 2100, &year))
        return RP_EXIT_USAGE;
    int status = RP_EXIT_OK;
    rp_project *p;
    rp_model *m = rp_cli_model(a.pos[0], year, &p, &status);
    if (!m)
        return status;
    rp_outdir *o = rp_cli_outdir(dir, a.pos[0], &status);
    rp_diag *diag = o ? rp_diag_new() : NULL;
    if (o && !diag)
        rp_outdir_abort(o);
    if (o && (!diag || rp_publish(m, kind, o, formats, diag) != 0))
        status = RP_EXIT_IO;
    rp_diag_print(diag, stderr);
    if (status == RP_EXIT_OK)
        printf("Wrote %s: %s.pdf, %s.html, manifest.sha256, tables/ and charts/.\n", dir,
               kind == RP_DOC_REPORT ? "report" : "baseline",
               kind == RP_DOC_REPORT ? "report" : "baseline");
    rp_diag_free(diag);
    rp_model_free(m);
    rp_project_free(p);
    return status;
}

int rp_cmd_report(int argc, char **argv) { return run(&report_spec, RP_DOC_REPORT, argc, argv); }

int rp_cmd_baseline(int argc, char **argv)
{
    return run(&baseline_spec, RP_DOC_BASELINE, argc, argv);
}
