/* What cairo 1.16 cannot write into a tagged PDF, added afterwards with qpdf: the document's
 * language, that viewers show its title, that it is marked, every figure's alternative text
 * and every table header's scope. */
#ifndef RP_PDFTAG_H
#define RP_PDFTAG_H

#include <stddef.h>

/* Reads the PDF at in (cairo's, with its structure tree), adds /Lang (lang, e.g. "nl-NL"),
 * /ViewerPreferences << /DisplayDocTitle true >>, /MarkInfo << /Marked true >>, /Alt on the
 * Figure elements in document order (alt[i] for the i-th; nalt of them) and /A << /O /Table
 * /Scope /Column >> on every TH, and writes the result to out (a new file; in is left as it
 * is). The rewrite also drops the dangling xref entry cairo 1.16 leaves after link tags. The
 * /ID is derived from the content, so the same inputs give the same bytes. Returns 0, or -1
 * with a message in err. */
int rp_pdftag(const char *in, const char *out, const char *lang, const char *const *alt,
              size_t nalt, char *err, size_t n);

#endif
