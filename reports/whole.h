/* Whether files written by libraries that do not report every write are whole: qpdf closes
 * its output without telling a failed last write, so a full disk gave a cut report.pdf and
 * exit 0. */
#ifndef RP_WHOLE_H
#define RP_WHOLE_H

/* 1 when the file at path ends as a PDF does, with a startxref that points at its
 * cross-reference; 0 when it is cut or cannot be read. */
int rp_pdf_whole(const char *path);

#endif
