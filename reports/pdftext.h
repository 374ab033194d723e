/* Text laid out for a PDF page in the house font, as the report and the one-page brief set it. */
#ifndef RP_PDFTEXT_H
#define RP_PDFTEXT_H

#include "base/lang.h"

#include <pango/pangocairo.h>

/* A layout of text on cr: DejaVu Sans at size points (bold, italic), faces chosen for the
 * document's language lang (never the reader's locale or FC_LANG), wrapped at width points
 * when width > 0, without ligatures. Ownership: the caller releases it with g_object_unref. */
PangoLayout *rp_pdf_layout(cairo_t *cr, rp_lang lang, const char *text, double size, int bold,
                           int italic, double width);
/* A layout's height and width in points. */
double rp_pdf_layout_height(PangoLayout *l);
double rp_pdf_layout_width(PangoLayout *l);

#endif
