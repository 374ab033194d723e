/* What a PDF writer tells the post-processing (reports/pdftag.h) and the metadata
 * (reports/pdfmeta.h) that the file does not say: types only. */
#ifndef RP_PDFINFO_H
#define RP_PDFINFO_H

#include <stddef.h>

/* A link annotation: one of the contents page, with its text (the heading it leads to) and
 * its target, page from 1 and a point in cairo's coordinates (y down from the top of a page of
 * height page_h); or one of the rapporteur's text to a web or e-mail address (uri set, which
 * cairo wrote as the annotation's URI action), text what it says. */
typedef struct rp_pdf_link {
    const char *text;
    int page;
    double x, y;
    const char *uri;
} rp_pdf_link;

/* Everything pdftag needs to know that the file does not say. Borrowed; nothing to free. */
typedef struct rp_pdftag_info {
    const char *lang;               /* "nl-NL" */
    const char *title, *author, *subject, *creator, *producer; /* author, subject may be NULL */
    long long epoch;                /* the creation and modification date */
    const char *const *alt;         /* alt[i]: the i-th Figure's alternative text */
    size_t nalt;
    const rp_pdf_link *links;       /* the link annotations in page order */
    size_t nlinks;
    double page_h;
} rp_pdftag_info;

#endif
