/* Whether the house font can be found: without it charts and documents come out in boxes or
 * in another face, with exit 0. */
#ifndef RP_FONTS_H
#define RP_FONTS_H

#include "base/lang.h"

#include <stddef.h>

/* The face every chart and document is set in (SPEC section 7), and its Debian package. */
#define RP_FONT_FAMILY "DejaVu Sans"
#define RP_FONT_PACKAGE "fonts-dejavu-core"

/* Checks that fontconfig resolves RP_FONT_FAMILY, in its regular, bold and oblique faces, to
 * that family's own files. Returns 0, or -1 with a message in lang naming the package in err. */
int rp_fonts_check(rp_lang lang, char *err, size_t n);

#endif
