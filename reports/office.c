/* The Word report, the slide deck and the one-page brief into the run's staging folder. */
#include "reports/office.h"
#include "plots/gnuplot.h"
#include "plots/kinds.h"
#include "reports/briefing.h"
#include "reports/docx.h"
#include "reports/outdir.h"

#include <stdlib.h>

unsigned rp_office_chart_formats(unsigned formats)
{
    return formats & (RP_OUT_DOCX | RP_OUT_PPTX) ? RP_FMT_PNG : 0;
}

/* A package written onto a file of the staging folder, closed whatever happened. */
static int docx_file(const rp_model *m, const rp_doc *d, const char *charts, rp_outdir *o,
                     const char *name, char *err, size_t n)
{
    rp_docx_style *st = rp_docx_style_new(d->lang, m->p->m->template_path, err, n);
    if (!st)
        return -1;
    FILE *f = rp_outdir_create(o, name);
    int r = f ? rp_docx_write(d, charts, st, f, err, n) : -1;
    if ((rp_outdir_close(f) != 0 || !f) && r == 0) {
        snprintf(err, n, "cannot write %s", name);
        r = -1;
    }
    rp_docx_style_free(st);
    return r;
}

static int pptx_file(const rp_briefing *b, const char *charts, rp_outdir *o, char *err,
                     size_t n)
{
    FILE *f = rp_outdir_create(o, "briefing.pptx");
    int r = f ? rp_briefing_pptx(b, charts, f, err, n) : -1;
    if ((rp_outdir_close(f) != 0 || !f) && r == 0) {
        snprintf(err, n, "cannot write briefing.pptx");
        r = -1;
    }
    return r;
}

int rp_office_write(const rp_model *m, const char *base, int report, const rp_doc *d,
                    const rp_charts *cs, rp_outdir *o, unsigned formats, rp_diag *diag)
{
    char err[512] = "out of memory";
    char *charts = rp_outdir_path(o, "charts");
    char *brief = rp_outdir_path(o, "briefing.pdf");
    rp_briefing *b = NULL;
    int r = charts && brief ? 0 : -1;
    char *docx = rp_strfmt("%s.docx", base);
    if (r == 0 && (formats & RP_OUT_DOCX))
        r = docx ? docx_file(m, d, charts, o, docx, err, sizeof err) : -1;
    free(docx);
    if (r == 0 && report && (formats & (RP_OUT_PPTX | RP_OUT_BRIEFING))) {
        b = rp_briefing_build(m, cs);
        if (!b) {
            snprintf(err, sizeof err, "out of memory");
            r = -1;
        }
    }
    if (r == 0 && b && (formats & RP_OUT_PPTX))
        r = pptx_file(b, charts, o, err, sizeof err);
    if (r == 0 && b && (formats & RP_OUT_BRIEFING))
        r = rp_briefing_pdf(b, brief, err, sizeof err);
    if (r)
        rp_diag_error(diag, rp_outdir_dir(o), 0, 0, "%s", err);
    rp_briefing_free(b);
    free(brief);
    free(charts);
    return r;
}
