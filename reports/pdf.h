/* The report as an A4 PDF with cairo and pango: title page, contents with PDF bookmarks,
 * the blocks of the document, charts embedded as vectors from their SVG (librsvg), page
 * numbers and metadata. */
#ifndef RP_PDF_H
#define RP_PDF_H

#include <stddef.h>
#include "reports/doc.h"

/* Writes doc to path; figures are read from charts_dir/<file>.svg. Returns 0, or -1 with a
 * message in err. The same document and charts give the same bytes (the date comes from
 * doc->epoch). */
int rp_pdf_write(const rp_doc *doc, const char *charts_dir, const char *path, char *err,
                 size_t n);

/* The same in two steps, so that the last (qpdf adding /Lang, /Alt and the rest) runs on
 * another thread while the caller writes the other files: rp_pdf_begin draws and starts it,
 * and returns NULL with a message in err when drawing failed; rp_pdf_end waits for it and
 * returns 0, or -1 with a message in err. Ownership: rp_pdf_end frees the job; doc must
 * outlive it. */
typedef struct rp_pdf_job rp_pdf_job;
rp_pdf_job *rp_pdf_begin(const rp_doc *doc, const char *charts_dir, const char *path,
                         char *err, size_t n);
int rp_pdf_end(rp_pdf_job *job, char *err, size_t n);

#endif
