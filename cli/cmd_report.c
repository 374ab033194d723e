/* rapporteur report and baseline: the yearly monitor, the half-yearly progress letter and the
 * nulmeting as PDF, HTML, Word, tables and charts, compared with the project's editions and,
 * on request, recorded as one. */
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "words/phrases.h"
#include "reports/docx.h"
#include "reports/office.h"
#include "reports/outdir.h"
#include "plots/gnuplot.h"
#include "reports/record.h"
#include "reports/report.h"
#include "reports/sec_revisions.h"
#include "stats/cells.h"
#include "stats/model.h"
#include "stats/revisions.h"
#include "words/word_text.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const rp_opt report_opts[] = {
    {"o", "DIR", "the output folder (required); earlier outputs stay whole if the run fails"},
    {"year", "Y", "the monitor year: data up to this year (default: the report year)"},
    {"format", "png,svg,pdf,docx,pptx,briefing",
     "what to write besides the PDF, HTML and tables: chart image formats (the SVG the "
     "documents need is always drawn; docx and pptx add the PNG), docx (the Word report), "
     "pptx (the slide deck) and briefing (the one-page brief); default all of them"},
    {"record", NULL, "keep what this run publishes as an edition, PROJECT/editions/DATE.csv "
                     "(published cells only), for later reports to compare with"},
    {"since", "EDITION", "compare with this edition (its name in PROJECT/editions, or a file) "
                         "instead of the latest yearly monitor recorded"},
    {"period", "H1|H2", "write the half-yearly progress letter (letter.pdf, letter.html, "
                        "letter.docx) instead of the yearly monitor; YYYY-H1 names the year "
                        "(default: the year of the run's date)"},
    {NULL, NULL, NULL}};

static const rp_opt baseline_opts[] = {
    {"o", "DIR", "the output folder (required); earlier outputs stay whole if the run fails"},
    {"year", "Y", "the monitor year: data up to this year (default: the report year)"},
    {"format", "png,svg,pdf,docx",
     "what to write besides the PDF, HTML and tables: chart image formats (the SVG the "
     "documents need is always drawn; docx adds the PNG) and docx (the Word nulmeting); "
     "default all of them"},
    {"record", NULL, "keep this nulmeting as an edition, PROJECT/editions/DATE-baseline.csv: "
                     "later reports compare their targets with it"},
    {NULL, NULL, NULL}};

static const rp_cmd report_spec = {
    "report", "PROJECT -o DIR [--year Y] [--record] [--since EDITION] [--period H1|H2]",
    "Writes the yearly monitor: report.pdf (A4, contents and bookmarks, charts as vectors, a "
    "methods and sources annex), report.html (one self-contained file), report.docx (the same "
    "report to edit in Word or LibreOffice, in the house style of [monitor] template), "
    "briefing.pptx (one slide per key finding), briefing.pdf (one page for a minister), every "
    "table as CSV and in tables/tables.xlsx, every chart in charts/, and manifest.sha256 (the "
    "checksums of the inputs, kept out of the published documents). With an edition recorded "
    "in PROJECT/editions, a chapter lists every figure revised since it "
    "(tables/revisions.csv), and the nulmeting as published.",
    "The same inputs give byte-identical files; SOURCE_DATE_EPOCH sets the date. An edition "
    "is recorded only with --record, after every output is written; recording the same kind "
    "on the same date again replaces it.", 1, 1, report_opts};

static const rp_cmd baseline_spec = {
    "baseline", "PROJECT -o DIR [--record]",
    "Writes the nulmeting (zero measurement): per target the baseline value with its interval, "
    "the series up to the baseline year, the required annual change and the SMART audit "
    "(judged on the data up to the baseline year), as baseline.pdf, baseline.html, "
    "baseline.docx, tables (CSV and XLSX), charts and manifest.sha256.",
    "The same inputs give byte-identical files; SOURCE_DATE_EPOCH sets the date. With "
    "--record the nulmeting stays the reference later reports compare their targets with.",
    1, 1, baseline_opts};

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
            return rp_usage_error(spec, kind == RP_DOC_LETTER
                                            ? "--format %.*s: the letter has no briefing; "
                                              "expected png, svg, pdf and/or docx"
                                            : "--format %.*s: the nulmeting has no briefing; "
                                              "expected png, svg, pdf and/or docx", (int)n, s);
        int image = n == 3 && (!strncmp(s, "png", 3) || !strncmp(s, "svg", 3) ||
                               !strncmp(s, "pdf", 3));
        if (!bit && (!image || strlen(charts) + n + 2 > sizeof charts))
            return rp_usage_error(spec, kind == RP_DOC_REPORT
                                            ? "--format %s: expected png, svg, pdf, docx, pptx "
                                              "and/or briefing, separated by commas"
                                            : "--format %s: expected png, svg, pdf and/or docx, "
                                              "separated by commas", fmt);
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
        /* the reason is the Word reader's (reports/), in English */
        fprintf(stderr, "%s:%ld: template = %s: %s\n", mon->ini, mon->template_line,
                mon->template_file, err);
        return RP_EXIT_DATA;
    }
    rp_docx_style_free(s);
    return 0;
}

/* "report.pdf, report.html, report.docx, briefing.pptx, briefing.pdf": what was written. */
static void wrote(const char *dir, const char *base, unsigned formats, rp_lang lang)
{
    rp_buf files;
    rp_buf_init(&files);
    rp_buf_printf(&files, "%s.pdf, %s.html", base, base);
    if (formats & RP_OUT_DOCX)
        rp_buf_printf(&files, ", %s.docx", base);
    if (formats & RP_OUT_PPTX)
        rp_buf_puts(&files, ", briefing.pptx");
    if (formats & RP_OUT_BRIEFING)
        rp_buf_puts(&files, ", briefing.pdf");
    printf(RP_PH(lang, RP_PH_REPORT_WROTE), dir, rp_buf_str(&files));
    rp_buf_free(&files);
}

/* --period as "YYYY-H1" or "YYYY-H2" into out; the year of the run's date when not given.
 * Returns 0, or -1 when it is not a half year. */
static int parse_period(const char *s, long long epoch, char *out, size_t n)
{
    char date[11];
    rp_edition_date(epoch, date);
    int year = atoi(date);
    const char *h = s;
    if (isdigit((unsigned char)s[0])) {
        char *end;
        long y = strtol(s, &end, 10);
        if (end - s != 4 || *end != '-' || y < 1900 || y > 2100)
            return -1;
        year = (int)y;
        h = end + 1;
    }
    if (strlen(h) != 2 || !strchr("HhSs", h[0]) || (h[1] != '1' && h[1] != '2'))
        return -1;
    snprintf(out, n, "%04d-H%c", year, h[1]);
    return 0;
}

/* The editions this run compares with, and their comparisons. Ownership: the caller frees
 * with compare_free. */
typedef struct compare {
    rp_edition *own;           /* an edition read from a file named by --since */
    rp_cells *cur;             /* the run's cells */
    rp_revisions *rev, *nul;
    char period[16];
    char name[64];             /* the edition a --record run writes */
} compare;

static void compare_free(compare *c)
{
    rp_revisions_free(c->rev);
    rp_revisions_free(c->nul);
    if (c->cur)
        rp_cells_free(c->cur);
    free(c->cur);
    rp_edition_free(c->own);
}

/* The edition --since names: one of the project's, or a file. */
static const rp_edition *named(const rp_cmd *spec, const rp_project *p, const char *since,
                               compare *c, int *status)
{
    const rp_edition *e = rp_editions_find(p->editions, since);
    struct stat st;
    if (!e && stat(since, &st) == 0 && S_ISREG(st.st_mode)) {
        rp_diag *diag = rp_cli_diag(p->m->lang);
        e = c->own = diag ? rp_edition_load(since, since, diag) : NULL;
        rp_diag_print(diag, stderr);
        rp_diag_free(diag);
        if (!e)
            *status = RP_EXIT_DATA;
        return e;
    }
    if (!e) {
        rp_buf names;
        rp_buf_init(&names);
        for (size_t i = 0; p->editions && i < p->editions->n; i++)
            rp_buf_printf(&names, "%s%s", i ? ", " : "", p->editions->e[i]->name);
        *status = names.len ? rp_usage_error(spec, "--since %s: no such edition in %s/editions; "
                                                   "expected %s", since, p->m->dir,
                                             rp_buf_str(&names))
                            : rp_usage_error(spec, "--since %s: no such edition in %s/editions; "
                                                   "expected an edition file (there are none)",
                                             since, p->m->dir);
        rp_buf_free(&names);
    }
    return e;
}

/* The previous edition to compare with: --since, else the latest yearly monitor (or, without
 * one, the latest edition that is not a nulmeting, then any), never the one this run is about
 * to record over; and the latest nulmeting as published. */
static int find_editions(const rp_cmd *spec, const rp_project *p, rp_doc_kind kind,
                         const char *since, int record, long long epoch, compare *c,
                         const rp_edition **prev, const rp_edition **nul)
{
    int status = 0;
    rp_ed_kind ek = kind == RP_DOC_BASELINE ? RP_ED_BASELINE
                    : kind == RP_DOC_LETTER ? RP_ED_LETTER : RP_ED_REPORT;
    rp_edition_name(ek, epoch, c->period[0] ? c->period : NULL, c->name, sizeof c->name);
    const char *except = record ? c->name : NULL;
    unsigned all = 1u << RP_ED_REPORT | 1u << RP_ED_LETTER | 1u << RP_ED_BASELINE;
    *prev = NULL;
    if (since)
        *prev = named(spec, p, since, c, &status);
    else if (kind != RP_DOC_BASELINE) {
        unsigned first = kind == RP_DOC_LETTER ? 1u << RP_ED_REPORT | 1u << RP_ED_LETTER
                                               : 1u << RP_ED_REPORT;
        *prev = rp_editions_latest(p->editions, first, epoch, except);
        if (!*prev)
            *prev = rp_editions_latest(p->editions, all & ~(1u << RP_ED_BASELINE), epoch, except);
        if (!*prev)
            *prev = rp_editions_latest(p->editions, all, epoch, except);
    }
    *nul = rp_editions_latest(p->editions, 1u << RP_ED_BASELINE, epoch,
                              kind == RP_DOC_BASELINE ? except : NULL);
    return status;
}

/* Compares the run with its editions and marks what was revised. Returns 0 or an exit status. */
static int compare_run(const rp_cmd *spec, rp_model *m, rp_doc_kind kind, const rp_args *a,
                       compare *c)
{
    const rp_project *p = m->p;
    long long epoch = rp_project_epoch(p);
    const char *period = kind == RP_DOC_LETTER ? rp_args_get(a, "period") : NULL;
    if (period && parse_period(period, epoch, c->period, sizeof c->period))
        return rp_usage_error(spec, "--period %s: expected H1 or H2, or a year with it "
                                    "(2025-H1)", period);
    const rp_edition *prev, *nul;
    int status = find_editions(spec, p, kind, rp_args_get(a, "since"),
                               rp_args_get(a, "record") != NULL, epoch, c, &prev, &nul);
    if (status)
        return status;
    if (!(c->cur = rp_model_cells(m)))
        return RP_EXIT_IO;
    rp_ed_kind ek = kind == RP_DOC_LETTER ? RP_ED_LETTER : RP_ED_REPORT;
    const char *except = rp_args_get(a, "record") ? c->name : NULL;
    if ((prev && !(c->rev = rp_revisions_compare(prev, c->cur, m, ek))) ||
        (c->rev && rp_revisions_history(c->rev, p->editions, epoch, except, c->cur, m)) ||
        (nul && !(c->nul = rp_revisions_nulmeting(nul, c->cur, m))))
        return RP_EXIT_IO;
    rp_revisions_apply(m, c->rev);
    return 0;
}

/* The edition this run records, staged until its outputs are whole. */
static rp_record *stage(const rp_model *m, rp_doc_kind kind, const compare *c, int *status)
{
    rp_ed_kind ek = kind == RP_DOC_BASELINE ? RP_ED_BASELINE
                    : kind == RP_DOC_LETTER ? RP_ED_LETTER : RP_ED_REPORT;
    rp_cells *cells = rp_model_cells(m); /* with the revised figures' flags */
    rp_record_info info = {ek, rp_project_epoch(m->p), m->last_year ? m->last_year
                                                                    : m->p->year_max,
                           m->level, c->period[0] ? c->period : NULL};
    char err[512] = "out of memory";
    rp_record *r = NULL;
    if (cells) {
        rp_cells_scope(cells, m, ek, c->rev);
        r = rp_record_stage(m->p, cells, &info, err, sizeof err);
        rp_cells_free(cells);
        free(cells);
    }
    if (!r) { /* the reason is the writer's (reports/), in English */
        rp_cli_msg(m->p->m->lang, NULL, "cannot record the edition: %s", err);
        *status = RP_EXIT_IO;
    }
    return r;
}

/* What the terminal hears besides the files: the comparison and the edition recorded. */
static void tell(const compare *c, const char *recorded, rp_lang lang)
{
    if (c->rev)
        printf(RP_PH(lang, RP_PH_REPORT_COMPARED), c->rev->since->name, c->rev->n,
               c->rev->compared);
    if (c->nul) {
        size_t differ = 0;
        for (size_t i = 0; i < c->nul->n; i++)
            differ += c->nul->r[i].why != 0;
        printf(RP_PH(lang, RP_PH_REPORT_NULMETING), c->nul->since->name, differ, c->nul->n);
    }
    if (recorded)
        printf(RP_PH(lang, RP_PH_REPORT_RECORDED), recorded);
}

static int run(const rp_cmd *spec, rp_doc_kind kind, int argc, char **argv)
{
    rp_args a;
    int r = rp_args_parse(spec, argc, argv, &a);
    if (r)
        return r < 0 ? RP_EXIT_OK : r;
    if (kind == RP_DOC_REPORT && rp_args_get(&a, "period"))
        kind = RP_DOC_LETTER;
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
    /* a citation the report cannot fill in is refused before anything is written */
    rp_diag *cites = rp_diag_new();
    if (!cites || rp_word_texts_check(m, cites)) {
        rp_diag_print(cites, stderr);
        fprintf(stderr, "rapporteur: %s is not valid; run rapporteur validate %s for a "
                        "summary\n", a.pos[0], a.pos[0]);
        rp_diag_free(cites);
        rp_model_free(m);
        rp_project_free(p);
        return cites ? RP_EXIT_DATA : RP_EXIT_IO;
    }
    rp_diag_free(cites);
    compare c = {0};
    status = compare_run(spec, m, kind, &a, &c);
    rp_outdir *o = status == 0 ? rp_cli_outdir(dir, a.pos[0], &status) : NULL;
    /* staged beside the other editions; renamed into place once the outputs are whole */
    rp_record *rec = o && rp_args_get(&a, "record") ? stage(m, kind, &c, &status) : NULL;
    rp_diag *diag = o && status == 0 ? rp_cli_diag(p->m->lang) : NULL;
    if (o && !diag) {
        rp_outdir_free(o);
        o = NULL;
        status = status ? status : RP_EXIT_IO;
    }
    rp_run_editions ed = {c.rev, c.nul, c.period[0] ? c.period : NULL};
    if (o && rp_publish(m, kind, o, formats, &ed, diag) != 0)
        status = RP_EXIT_IO;
    rp_diag_print(diag, stderr);
    char *recorded = NULL;
    if (rec && status == RP_EXIT_OK) {
        char err[512];
        recorded = rp_strdup(rp_record_path(rec));
        if (rp_record_commit(rec, err, sizeof err) != 0) {
            rp_cli_msg(p->m->lang, NULL, "%s", err);
            status = RP_EXIT_IO;
        }
    } else {
        rp_record_discard(rec);
    }
    if (status == RP_EXIT_OK) {
        wrote(dir, rp_doc_base(kind), formats, p->m->lang);
        tell(&c, recorded, p->m->lang);
        rp_cli_said(p->m->lang, dir);
    }
    free(recorded);
    if (status == RP_EXIT_OK && kind == RP_DOC_REPORT && p->texts->n &&
        !rp_word_texts_apply(m)) /* said, not warned: a run of an earlier year is normal */
        printf(RP_PH(p->m->lang, RP_PH_REPORT_TEXT_OTHER_YEAR), p->m->dir, p->m->report_year ? p->m->report_year : p->year_max,
               m->last_year);
    rp_diag_free(diag);
    compare_free(&c);
    rp_model_free(m);
    rp_project_free(p);
    return status;
}

int rp_cmd_report(int argc, char **argv) { return run(&report_spec, RP_DOC_REPORT, argc, argv); }

int rp_cmd_baseline(int argc, char **argv)
{
    return run(&baseline_spec, RP_DOC_BASELINE, argc, argv);
}
