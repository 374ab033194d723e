/* The metadata of a PDF/UA-1 and PDF/A-2a file: dates in the Info dictionary's form and the
 * XMP packet that says the same (ISO 19005-2 6.6; ISO 14289-1 7.1). */
#ifndef RP_PDFMETA_H
#define RP_PDFMETA_H

#include <stddef.h>
#include "reports/pdfinfo.h"

/* "D:20231114221320+00'00'" (xmp = 0) or "2023-11-14T22:13:20+00:00" (xmp = 1) for epoch,
 * in UTC, into buf (n >= 32). */
void rp_pdf_date(long long epoch, int xmp, char *buf, size_t n);

/* The XMP packet of info (UTF-8, text escaped): dc:title, dc:creator, dc:description,
 * dc:language, xmp dates and CreatorTool, pdf:Producer, pdfaid:part 2 with conformance A,
 * pdfuaid:part 1 and the extension schema that PDF/A-2 asks for pdfuaid. Caller frees; NULL
 * when memory runs out. */
char *rp_pdf_xmp(const rp_pdftag_info *info);

#endif
