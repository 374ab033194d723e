/* What cairo 1.16 cannot write into a tagged PDF, added afterwards with qpdf, so that the file
 * identifies as PDF/UA-1 and PDF/A-2a: the document's language and title shown, XMP metadata
 * with pdfuaid and pdfaid, an sRGB output intent, Artifacts for untagged content, every
 * figure's alternative text, every table header's scope, links that go somewhere and say
 * where, the pages' tab order, and the fonts' CIDToGIDMap. */
#ifndef RP_PDFTAG_H
#define RP_PDFTAG_H

#include "reports/pdfinfo.h"

#include <stddef.h>

/* The sRGB profile of the output intent (Debian package icc-profiles-free). */
#ifndef RP_ICC_PROFILE
#define RP_ICC_PROFILE "/usr/share/color/icc/sRGB.icc"
#endif

/* Reads the PDF at in (cairo's, with its structure tree) and writes to out (a new file; in
 * is left as it is):
 * - /Lang, /ViewerPreferences << /DisplayDocTitle true >>, /MarkInfo << /Marked true >>;
 * - the Info dictionary with dates as D:YYYYMMDDHHmmSS+00'00', and the same in an XMP
 *   packet (dc, xmp, pdf, pdfaid part 2 conformance A, pdfuaid part 1 with its extension
 *   schema);
 * - /OutputIntents with the sRGB profile RP_ICC_PROFILE;
 * - on every page /Tabs /S and its untagged content wrapped as Artifacts (reports/pdfmark.h);
 * - on every link annotation /Contents (the link's text), /F 4 (print) and, within the
 *   document, its /Dest;
 * - /Alt on the Figure elements in document order, /A << /O /Table /Scope /Column >> on every
 *   TH, /CIDToGIDMap /Identity on CIDFontType2 fonts without one (cairo's subsets keep glyph
 *   ids as CIDs).
 * The rewrite also drops the dangling xref entry cairo 1.16 leaves after link tags. The /ID is
 * derived from the content, so the same inputs give the same bytes. Returns 0, or -1 with a
 * message in err. */
int rp_pdftag(const char *in, const char *out, const rp_pdftag_info *info, char *err, size_t n);

#endif
