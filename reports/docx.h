/* The report as a Word document (report.docx, baseline.docx): the same blocks as the PDF and
 * HTML (reports/doc.h) with Word's own structures, so that staff can edit it and keep it
 * whole: headings in Word's heading styles (the navigation pane, a TOC field), tables as Word
 * tables whose header row repeats on every page, numbers right-aligned and marks as text,
 * charts as pictures (PNG, with the SVG for Office 2016 and later) whose alt text is the
 * picture's description, a caption under each, the document's language, page numbers. The
 * house style comes from a Word template when the project names one ([monitor] template). */
#ifndef RP_DOCX_H
#define RP_DOCX_H

#include <stddef.h>
#include <stdio.h>
#include "reports/doc.h"

/* What each paragraph or table is, to find its style by. */
typedef enum {
    RP_DS_NORMAL, RP_DS_TITLE, RP_DS_SUBTITLE, RP_DS_H1, RP_DS_H2, RP_DS_H3, RP_DS_CAPTION,
    RP_DS_LIST, RP_DS_NOTE, RP_DS_TOCHEAD, RP_DS_TOC1, RP_DS_TOC2, RP_DS_TABLETEXT,
    RP_DS_WARNING, RP_DS_FOOTER, RP_DS_FIGURE, RP_DS_TABLE, RP_DS_N
} rp_docx_role;

/* The styles, numbering, theme, fonts and page of a document: the built-in plain house style,
 * or a Word template's (.dotx or .docx) with the styles it lacks added. A template's own
 * style ids (Dutch Word names Heading 1 "Kop1") are found by the styles' names. */
typedef struct rp_docx_style {
    char *styles, *numbering, *theme, *fonts; /* parts; theme and fonts may be NULL */
    size_t nstyles, nnumbering, ntheme, nfonts;
    char id[RP_DS_N][64];  /* the style id of each role */
    int list_num;          /* the numbering list paragraphs name, or 0 when their style has it */
    long page_w, page_h;   /* twentieths of a point */
    long margin[4];        /* top, right, bottom, left */
    long header, footer;   /* distance of header and footer from the edge */
    long clear_tab[8];     /* tab stops of the template's footer style, cleared in ours so
                            * that its one tab reaches the right margin */
    int nclear;
    int landscape;
} rp_docx_style;

/* The style for a document in lang, from the template at path (NULL: the built-in style).
 * Returns NULL with a message in err (what is wrong with the template) when it cannot be
 * used. Ownership: rp_docx_style_free (NULL ok). */
rp_docx_style *rp_docx_style_new(rp_lang lang, const char *template_path, char *err, size_t n);
void rp_docx_style_free(rp_docx_style *s);

/* Writes doc as a .docx to f (the caller opens and closes it: reports/outdir.h); the charts
 * are read from charts_dir/<file>.png and .svg. Deterministic: the date comes from
 * doc->epoch. Returns 0, or -1 with a message in err. */
int rp_docx_write(const rp_doc *doc, const char *charts_dir, const rp_docx_style *style,
                  FILE *f, char *err, size_t n);

#endif
