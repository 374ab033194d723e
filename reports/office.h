/* The editable and briefing outputs of a run, written into its staging folder beside the
 * PDF and HTML: report.docx or baseline.docx (reports/docx.h), and for the yearly monitor
 * briefing.pptx and briefing.pdf (reports/briefing.h), each as --format chooses. */
#ifndef RP_OFFICE_H
#define RP_OFFICE_H

#include "base/diag.h"
#include "reports/doc.h"
#include "stats/model.h"

/* The outputs --format chooses besides the charts' image formats (plots/gnuplot.h's
 * RP_FMT_*). */
enum {
    RP_OUT_DOCX = 1u << 8,     /* report.docx or baseline.docx */
    RP_OUT_PPTX = 1u << 9,     /* briefing.pptx */
    RP_OUT_BRIEFING = 1u << 10, /* briefing.pdf */
    RP_OUT_OFFICE = RP_OUT_DOCX | RP_OUT_PPTX | RP_OUT_BRIEFING
};

/* The chart image formats a run must draw for these outputs: the Word and slide files embed
 * the charts' PNGs (beside their SVGs, which the documents always need). */
unsigned rp_office_chart_formats(unsigned formats);

struct rp_charts;
struct rp_outdir;
/* Writes the outputs formats names, after the charts are drawn: the Word file of d as
 * base.docx (report, baseline, letter), the deck and the page of the model (report set: the
 * yearly monitor only). Problems go to diag. Returns 0 or -1. */
int rp_office_write(const rp_model *m, const char *base, int report, const rp_doc *d,
                    const struct rp_charts *cs, struct rp_outdir *o, unsigned formats,
                    rp_diag *diag);

#endif
