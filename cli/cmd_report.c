/* rapporteur report and baseline: the yearly monitor and the nulmeting as PDF, HTML, tables
 * and charts. */
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "reports/docx.h"
#include "reports/office.h"
#include "reports/outdir.h"
#include "plots/gnuplot.h"
#include "reports/report.h"
#include "stats/model.h"

#include <stdio.h>
#include <string.h>

static const rp_opt report_opts[] = {
    {"o", "DIR", "the output folder (required); earlier outputs stay whole if the run fails"},
    {"year", "Y", "the monitor year: data up to this year (default: the report year)"},
    {"format", "png,svg,pdf,docx,pptx,briefing",
     "what to write besides the PDF, HTML and tables: chart image formats (the SVG the "
     "documents need is always drawn; docx and pptx add the PNG), docx (the Word report), "
     "pptx (the slide deck) and briefing (the one-page brief); default all of them"},
    {NULL, NULL, NULL}};

static const rp_opt baseline_opts[] = {
    {"o", "DIR", "the output folder (required); earlier outputs stay whole if the run fails"},
    {"year", "Y", "the monitor year: data up to this year (default: the report year)"},
    {"format", "png,svg,pdf,docx",
     "what to write besides the PDF, HTML and tables: chart image formats (the SVG the "
     "documents need is always drawn; docx adds the PNG) and docx (the Word nulmeting); "
     "default all of them"},
    {NULL, NULL, NULL}};

static const rp_cmd report_spec = {
    "report", "PROJECT -o DIR [--year Y]",
    "Writes the yearly monitor: report.pdf (A4, contents and bookmarks, charts as vectors, a "
    "methods and sources annex), report.html (one self-contained file), report.docx (the same "
    "report to edit in Word or LibreOffice, in the house style of [monitor] template), "
    "briefing.pptx (one slide per key finding), briefing.pdf (one page for a minister), every "
    "table as CSV and in tables/tables.xlsx, every chart in charts/, and manifest.sha256 (the "
    "checksums of the inputs, kept out of the published documents).",
    "The same inputs give byte-identical files; SOURCE_DATE_EPOCH sets the date.", 1, 1,
    report_opts};

static const rp_cmd baseline_spec = {
    "baseline", "PROJECT -o DIR",
    "Writes the nulmeting (zero measurement): per target the baseline value with its interval, "
    "the series up to the baseline year, the required annual change and the SMART audit, as "
    "baseline.pdf, baseline.html, baseline.docx, tables (CSV and XLSX), charts and "
    "manifest.sha256.",
    "The same inputs give byte-identical files; SOURCE_DATE_EPOCH sets the date.", 1, 1,
    baseline_opts};

/* --format names chart image formats and the documents besides the PDF and HTML: docx, and
 * for the report pptx and briefing. The chart formats go to rp_cli_outputs as before, so
 * that `--format png,svg` means what it always did (and writes no Word or slide file). */
static int outputs(const rp_cmd *spec, rp_args *a, rp_doc_kind kind, const char **dir,
                   unsigned *formats)
{
    const char *fmt = rp_args_get(a, "format");
    unsigned office = kind == RP_DOC_REPORT ? RP_OUT_OFFICE : RP_OUT_DOCX;
    unsigned chosen = fmt ? 0 : office;
    char charts[64] = "";
    for (const char *s = fmt; s && *s;) {
        size_t n = strcspn(s, ",");
        unsigned bit = n == 4 && !strncmp(s, "docx", 4)       ? RP_OUT_DOCX
                       : n == 4 && !strncmp(s, "pptx", 4)     ? RP_OUT_PPTX
                       : n == 8 && !strncmp(s, "briefing", 8) ? RP_OUT_BRIEFING
                                                              : 0;
        if (bit && !(bit & office))
            return rp_usage_error(spec, "--format %.*s: the nulmeting has no briefing; expected "
                                  "png, svg, pdf and/or docx", (int)n, s);
        int image = n == 3 && (!strncmp(s, "png", 3) || !strncmp(s, "svg", 3) ||
                               !strncmp(s, "pdf", 3));
        if (!bit && (!image || strlen(charts) + n + 2 > sizeof charts))
            return rp_usage_error(spec, "--format %s: expected %s, separated by commas", fmt,
                                  kind == RP_DOC_REPORT ? "png, svg, pdf, docx, pptx and/or "
                                                          "briefing"
                                                        : "png, svg, pdf and/or docx");
        if (!bit)
            snprintf(charts + strlen(charts), sizeof charts - strlen(charts), "%s%.*s",
                     charts[0] ? "," : "", (int)n, s);
        chosen |= bit;
        s += n + (s[n] == ',');
    }
    size_t i = 0;
    while (spec->opts[i].name && strcmp(spec->opts[i].name, "format"))
        i++;
    if (fmt) /* only office outputs: the SVG, which is always drawn, for the charts */
        a->val[i] = charts[0] ? charts : "svg";
    int r = rp_cli_outputs(spec, a, dir, formats);
    a->val[i] = fmt;
    if (r == RP_EXIT_USAGE) /* rp_cli_outputs named the chart formats only */
        return r;
    *formats |= chosen;
    return r;
}

/* The Word template of monitor.ini, checked before the work: a file that Word cannot have
 * written is the project's error (status 1), not a failure of the run. */
static int check_template(const rp_project *p, unsigned formats)
{
    const rp_monitor *mon = p->m;
    if (!(formats & RP_OUT_DOCX) || !mon->template_path)
        return 0;
    char err[512];
    rp_docx_style *s = rp_docx_style_new(mon->lang, mon->template_path, err, sizeof err);
    if (!s) {
        fprintf(stderr, "%s:%ld: template = %s: %s\n", mon->ini, mon->template_line,
                mon->template_file, err);
        return RP_EXIT_DATA;
    }
    rp_docx_style_free(s);
    return 0;
}

/* "report.pdf, report.html, report.docx, briefing.pptx, briefing.pdf": what was written. */
static void wrote(const char *dir, const char *base, unsigned formats)
{
    printf("Wrote %s: %s.pdf, %s.html", dir, base, base);
    if (formats & RP_OUT_DOCX)
        printf(", %s.docx", base);
    if (formats & RP_OUT_PPTX)
        printf(", briefing.pptx");
    if (formats & RP_OUT_BRIEFING)
        printf(", briefing.pdf");
    printf(", manifest.sha256, tables/ and charts/.\n");
}

static int run(const rp_cmd *spec, rp_doc_kind kind, int argc, char **argv)
{
    rp_args a;
    int r = rp_args_parse(spec, argc, argv, &a);
    if (r)
        return r < 0 ? RP_EXIT_OK : r;
    const char *dir;
    unsigned formats;
    long year = 0;
    if ((r = outputs(spec, &a, kind, &dir, &formats)) != 0)
        return r;
    if (rp_args_int(&a, "year", 1900, 2100, &year))
        return RP_EXIT_USAGE;
    int status = RP_EXIT_OK;
    rp_project *p;
    rp_model *m = rp_cli_model(a.pos[0], year, &p, &status);
    if (!m)
        return status;
    if ((status = check_template(p, formats)) != 0) {
        rp_model_free(m);
        rp_project_free(p);
        return status;
    }
    rp_outdir *o = rp_cli_outdir(dir, a.pos[0], &status);
    rp_diag *diag = o ? rp_diag_new() : NULL;
    if (o && !diag)
        rp_outdir_abort(o);
    if (o && (!diag || rp_publish(m, kind, o, formats, diag) != 0))
        status = RP_EXIT_IO;
    rp_diag_print(diag, stderr);
    if (status == RP_EXIT_OK)
        wrote(dir, kind == RP_DOC_REPORT ? "report" : "baseline", formats);
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
