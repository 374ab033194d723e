/* Publishing a document: charts, tables, PDF and HTML into one output folder, all or
 * nothing. */
#include "reports/report.h"
#include "plots/gnuplot.h"
#include "plots/kinds.h"
#include "reports/html.h"
#include "reports/office.h"
#include "reports/outdir.h"
#include "reports/pdf.h"
#include "reports/sec_estimate.h"
#include "reports/sec_revisions.h"
#include "reports/tables_write.h"
#include "reports/whole.h"

#include <stdlib.h>
#include <pthread.h>
#include <signal.h>
#include <string.h>

/* The nulmeting draws only the target charts and the dashboard, the letter the dashboard. */
static void baseline_charts(rp_charts *cs, int letter)
{
    size_t k = 0;
    for (size_t i = 0; i < cs->n; i++) {
        const char *id = cs->c[i]->id;
        if ((!letter && !strncmp(id, "target_", 7)) || !strcmp(id, "targets_dashboard"))
            cs->c[k++] = cs->c[i];
        else
            rp_chart_free(cs->c[i]);
    }
    cs->n = k;
}

/* What the yearly monitor reports besides the series: the regions and recidivism, both built
 * once in the model. */
typedef struct {
    const rp_regional *reg;
    const rp_recid_result *rr, *groups;
    const double *at;
} extras;

static void build_extras(const rp_model *m, extras *x)
{
    x->reg = m->regional;
    x->rr = m->recid;
    x->groups = m->recid_groups;
    x->at = m->recid_at;
}

static void build_tables(const rp_model *m, rp_doc_kind kind, const extras *x,
                         const rp_run_editions *ed, rp_tables *ts)
{
    if (kind == RP_DOC_BASELINE) {
        rp_run_editions nul = {NULL, ed ? ed->nul : NULL, NULL};
        rp_tables_baseline(m, ts);
        rp_tables_estimates(m, ts);
        rp_tables_revisions(m, &nul, ts);
        return;
    }
    if (kind == RP_DOC_LETTER) {
        rp_tables_add(ts, rp_table_latest(m));
        rp_tables_add(ts, rp_table_targets_brief(m));
        rp_tables_add(ts, rp_table_targets(m));
        rp_tables_revisions(m, ed, ts);
        return;
    }
    rp_tables_add(ts, rp_table_targets(m));
    for (size_t i = 0; i < m->p->m->nindicators; i++)
        if (m->series[i].n)
            rp_tables_add(ts, rp_table_series(m, i));
    if (x->reg)
        rp_tables_add(ts, rp_table_regions(m, x->reg));
    if (x->rr)
        rp_tables_add(ts, rp_table_recidivism(m, x->rr, x->at));
    if (x->groups)
        rp_tables_add(ts, rp_table_recidivism(m, x->groups, x->at));
    if (m->recid_pub)
        rp_tables_add(ts, rp_table_recidivism(m, m->recid_pub, m->recid_pub_at));
    rp_tables_estimates(m, ts);
    rp_tables_revisions(m, ed, ts);
}

const char *rp_doc_base(rp_doc_kind kind)
{
    return kind == RP_DOC_BASELINE ? "baseline" : kind == RP_DOC_LETTER ? "letter" : "report";
}

/* The PDF is drawn, and its tagging left running (*job) while the HTML and the tables are
 * written; the caller ends the job before the folder is committed. */
static int write_documents(const rp_doc *d, rp_outdir *o, const char *base, rp_pdf_job **job,
                           rp_diag *diag)
{
    char err[512];
    char *charts = rp_outdir_path(o, "charts");
    char *name = rp_strfmt("%s.pdf", base), *pdf = rp_outdir_path(o, name);
    *job = rp_pdf_begin(d, charts, pdf, err, sizeof err);
    int r = *job ? 0 : -1;
    if (r == 0) {
        free(name);
        name = rp_strfmt("%s.html", base);
        FILE *f = rp_outdir_create(o, name);
        r = f ? rp_html_write(d, charts, f, err, sizeof err) : -1;
        if (!f)
            snprintf(err, sizeof err, "cannot write %s", name);
        if (rp_outdir_close(f) != 0 && r == 0) {
            snprintf(err, sizeof err, "cannot write %s", name);
            r = -1;
        }
    }
    if (r)
        rp_diag_error(diag, rp_outdir_dir(o), 0, 0, "%s", err);
    free(name);
    free(pdf);
    free(charts);
    return r;
}

/* Whether the PDF base.pdf that qpdf wrote is whole (reports/whole.h), said when not. */
static int whole(rp_outdir *o, const char *base, rp_diag *diag)
{
    char *name = rp_strfmt("%s.pdf", base), *path = name ? rp_outdir_path(o, name) : NULL;
    int ok = path && rp_pdf_whole(path);
    if (!ok)
        rp_diag_error(diag, rp_outdir_dir(o), 0, 0, "%s was not written whole (is the disk "
                      "full?)", name ? name : base);
    free(path);
    free(name);
    return ok;
}

static int write_manifest(const rp_project *p, rp_outdir *o, rp_diag *diag)
{
    char *text = rp_manifest(p);
    FILE *f = text ? rp_outdir_create(o, "manifest.sha256") : NULL;
    int r = f && fputs(text, f) >= 0 ? 0 : -1;
    if (rp_outdir_close(f) != 0 || r)
        rp_diag_error(diag, rp_outdir_dir(o), 0, 0, "cannot write manifest.sha256");
    free(text);
    return r || !f ? -1 : 0;
}

/* The tables (CSV, data dictionary, workbook) written on a thread of their own while gnuplot
 * draws the SVGs: they need no chart, and the other core is idle then. */
typedef struct {
    const rp_tables *ts;
    rp_outdir *o;
    const rp_monitor *mon;
    long long epoch;
    int r;
    char err[512];
    pthread_t tid;
    int started;
} tables_job;

static void *write_tables(void *arg)
{
    tables_job *t = arg;
    t->r = rp_tables_write(t->ts, t->o, "tables", t->mon, t->epoch, t->err, sizeof t->err);
    return NULL;
}

static void tables_begin(tables_job *t)
{
    sigset_t all, old; /* the stop signals are the main thread's (cli/interrupt.c) */
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    t->started = pthread_create(&t->tid, NULL, write_tables, t) == 0;
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    if (!t->started)
        write_tables(t);
}

/* Always waited for, also after a failure: it writes into the staging folder. */
static int tables_end(tables_job *t, rp_diag *diag)
{
    if (t->started)
        pthread_join(t->tid, NULL);
    t->started = 0;
    if (t->r)
        rp_diag_error(diag, rp_outdir_dir(t->o), 0, 0, "%s", t->err);
    return t->r;
}

int rp_publish(const rp_model *m, rp_doc_kind kind, rp_outdir *o, unsigned formats,
               const rp_run_editions *ed, rp_diag *diag)
{
    char err[512];
    const char *dir = rp_outdir_dir(o);
    rp_charts cs = {0};
    rp_tables ts = {0};
    rp_strings supp = {0};
    extras x = {0};
    rp_doc *d = NULL;
    rp_pdf_job *pdf = NULL;
    char *charts = rp_outdir_path(o, "charts/x");
    int r = charts && rp_charts_build(m, &cs) == 0 ? 0 : -1;
    if (charts)
        *strrchr(charts, '/') = '\0';
    if (r == 0 && kind != RP_DOC_REPORT)
        baseline_charts(&cs, kind == RP_DOC_LETTER);
    tables_job tj = {.ts = &ts, .o = o, .mon = m->p->m, .epoch = rp_project_epoch(m->p)};
    if (r == 0) {
        if (kind == RP_DOC_REPORT)
            build_extras(m, &x);
        build_tables(m, kind, &x, ed, &ts);
        tables_begin(&tj);
    }
    /* gnuplot draws the SVGs while the tables are written, then the PNGs and PDFs are drawn
     * on the other cores while the documents are laid out */
    rp_gp_job *job = NULL;
    if (r == 0)
        job = rp_gp_begin(cs.c, cs.n, charts,
                          (formats & RP_FMT_ALL) | RP_FMT_SVG | rp_office_chart_formats(formats),
                          rp_project_epoch(m->p), diag);
    if (r == 0 && rp_gp_failed(job))
        r = -1; /* gnuplot's messages are said; documents around missing charts would not be */
    if (r == 0) {
        rp_collect_suppressions(m, kind == RP_DOC_REPORT, &supp);
        d = kind == RP_DOC_REPORT     ? rp_report_doc(m, &cs, &ts, &supp, ed)
            : kind == RP_DOC_LETTER   ? rp_letter_doc(m, &cs, &ts, &supp, ed)
                                      : rp_baseline_doc(m, &cs, &ts, &supp, ed);
        if (!d) /* rp_doc_failed: an incomplete document is never written */
            rp_diag_error(diag, dir, 0, 0, "memory ran out while the document was built; "
                          "nothing was written");
        r = d ? write_documents(d, o, rp_doc_base(kind), &pdf, diag) : -1;
    }
    if (r == 0)
        r = write_manifest(m->p, o, diag);
    if (tables_end(&tj, diag) != 0)
        r = -1;
    /* always waited for, also after a failure: they write into the staging folder */
    if (job && rp_gp_end(job) != 0)
        r = -1;
    /* the Word and slide files embed the PNGs, drawn once gnuplot is done; the PDF's tagging
     * goes on meanwhile */
    if (r == 0 && (formats & RP_OUT_OFFICE))
        r = rp_office_write(m, rp_doc_base(kind), kind == RP_DOC_REPORT, d, &cs, o, formats,
                            diag);
    if (pdf && rp_pdf_end(pdf, err, sizeof err) != 0) {
        rp_diag_error(diag, dir, 0, 0, "%s", err);
        r = -1;
    } else if (pdf && !whole(o, rp_doc_base(kind), diag)) {
        r = -1;
    }
    if (r == 0 && kind == RP_DOC_REPORT && (formats & RP_OUT_BRIEFING) &&
        !whole(o, "briefing", diag))
        r = -1;
    if (r == 0 && (r = rp_outdir_commit(o, err, sizeof err)) != 0)
        rp_diag_error(diag, dir, 0, 0, "%s", err);
    if (r == 0 && rp_outdir_warning(o))
        rp_diag_warn(diag, dir, 0, 0, "%s", rp_outdir_warning(o));
    /* after the messages, which name the folder */
    rp_outdir_free(o);
    free(charts);
    rp_doc_free(d);
    rp_strings_free(&supp);
    rp_tables_free(&ts);
    rp_charts_free(&cs);
    return r;
}
