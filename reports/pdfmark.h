/* Marks what a tagged page draws outside its structure (running footers, table rules, frames)
 * as Artifacts, so that every content of the page is either tagged or an Artifact (PDF/UA-1,
 * ISO 14289-1 7.1; Matterhorn checkpoints 01-001 and 01-002). cairo 1.16 cannot write
 * Artifacts itself; it leaves such content outside any marked-content sequence. */
#ifndef RP_PDFMARK_H
#define RP_PDFMARK_H

#include <stddef.h>
#include "base/buf.h"

/* Reads the content stream s (n bytes) and appends to out the same stream in which every run
 * of painting operators (paths, text, images, shadings, XObjects) that lies outside all
 * marked-content sequences is wrapped in "/Artifact BMC ... EMC". A run never crosses the
 * start of a tagged sequence, a text object's BT or ET, or a path object, so marked content
 * stays properly nested. Returns the number of Artifact sequences written, or -1 when the
 * stream is malformed (an EMC without its BMC/BDC, an unterminated string or inline image,
 * a sequence left open at the end); out is then left as it was. */
long rp_pdf_mark_artifacts(const char *s, size_t n, rp_buf *out);

/* Checks what rp_pdf_mark_artifacts guarantees: whether every painting operator of s lies
 * inside a marked-content sequence (tagged or Artifact). Returns the number that do not, or
 * -1 when the stream is malformed. */
long rp_pdf_unmarked(const char *s, size_t n);

#endif
