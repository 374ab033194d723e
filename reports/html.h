/* The report as one self-contained HTML file: inline CSS and SVG charts, no scripts and no
 * external requests; it reads well on screen and prints on A4. */
#ifndef RP_HTML_H
#define RP_HTML_H

#include <stddef.h>
#include <stdio.h>
#include "base/buf.h"
#include "reports/doc.h"

/* Writes doc to f; figures are inlined from charts_dir/<file>.svg. Returns 0 or -1 with a
 * message in err. */
int rp_html_write(const rp_doc *doc, const char *charts_dir, FILE *f, char *err, size_t n);

/* Appends text with & < > " ' escaped. */
void rp_html_escape(rp_buf *b, const char *text);
/* Prepares a gnuplot SVG for inlining: drops the XML prolog and doctype, removes any script
 * element, and prefixes its ids (and the references to them) with prefix so that several
 * charts can share one page. Returns a new string or NULL; caller frees. */
char *rp_html_inline_svg(const char *svg, const char *prefix);

#endif
