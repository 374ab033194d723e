/* The two documents of rapporteur, the yearly monitor and the nulmeting, built from the
 * model, and their publication: charts, tables, PDF and HTML into one output folder. */
#ifndef RP_REPORT_H
#define RP_REPORT_H

#include "reports/doc.h"
#include "reports/tables.h"
#include "stats/model.h"

/* A list of strings. Ownership: rp_strings_free frees the strings and the list. */
typedef struct rp_strings {
    char **s;
    size_t n;
} rp_strings;

void rp_strings_add(rp_strings *l, char *s);   /* takes s */
void rp_strings_free(rp_strings *l);

/* The manifest beside a report: the HMAC-SHA256 of every input file under the project's key
 * (monitor.key), in sha256sum's layout; a plain checksum would let anyone who has the report
 * folder confirm a guess at a small file's hidden count by trying values. Without a key the
 * inputs are left out. Returns NULL when a file cannot be read. Ownership: caller frees. */
char *rp_manifest(const rp_project *p);

/* The methods and sources annex, ending the document. */
void rp_annex(rp_doc *d, const rp_model *m, const rp_strings *suppressions);

struct rp_charts;

/* Everything withheld (named, never its value), for the annex; extras: also the regional
 * comparison and recidivism, which only the yearly monitor shows. */
void rp_collect_suppressions(const rp_model *m, int extras, rp_strings *out);
/* The chart of one target and its SMART audit, letter by letter. */
void rp_doc_target_audit(rp_doc *d, const struct rp_charts *cs, const rp_target_def *t,
                         const rp_target_result *r, const rp_smart *sm);
/* The yearly monitor, the nulmeting and the half-yearly progress letter as documents; tables
 * are referenced, not copied (ts must outlive the document). ed: what the run compares itself
 * with (reports/sec_revisions.h; NULL: nothing): the monitor and the letter add the chapter on
 * revisions, the nulmeting the nulmeting as published before. Caller frees with rp_doc_free. */
struct rp_run_editions;
rp_doc *rp_report_doc(const rp_model *m, const struct rp_charts *cs, const rp_tables *ts,
                      const rp_strings *suppressions, const struct rp_run_editions *ed);
rp_doc *rp_baseline_doc(const rp_model *m, const struct rp_charts *cs, const rp_tables *ts,
                        const rp_strings *suppressions, const struct rp_run_editions *ed);
rp_doc *rp_letter_doc(const rp_model *m, const struct rp_charts *cs, const rp_tables *ts,
                      const rp_strings *suppressions, const struct rp_run_editions *ed);
/* The letter's table: the latest figure of every indicator with its interval and status. */
rp_dtable *rp_table_latest(const rp_model *m);

typedef enum { RP_DOC_REPORT, RP_DOC_BASELINE, RP_DOC_LETTER } rp_doc_kind;
/* The document's file name without extension: "report", "baseline", "letter". */
const char *rp_doc_base(rp_doc_kind kind);

/* Writes the document of that kind into the output folder o (reports/outdir.h), which it
 * consumes: PDF and HTML (report.*, baseline.* or letter.*), the charts (charts/, in the
 * formats given; SVG is always drawn, for the documents), the tables (tables/NAME.csv and
 * tables/tables.xlsx, with tables/revisions.csv when ed compares with an edition) and the Word
 * file, deck and one-page brief that formats names (reports/office.h's RP_OUT_*), committed
 * only when all of it succeeded. Problems go to diag. Returns 0 or -1. */
struct rp_outdir;
int rp_publish(const rp_model *m, rp_doc_kind kind, struct rp_outdir *o, unsigned formats,
               const struct rp_run_editions *ed, rp_diag *diag);

#endif
