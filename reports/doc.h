/* A report as a list of blocks (headings, paragraphs, tables, figures, notes), built once
 * from the model and rendered to PDF (reports/pdf.c) and HTML (reports/html.c) alike, so both
 * carry the same content. Text in blocks is plain: renderers escape it. */
#ifndef RP_DOC_H
#define RP_DOC_H

#include "words/numfmt.h"
#include "reports/dtable.h"

typedef enum {
    RP_BLOCK_HEADING, RP_BLOCK_PARAGRAPH, RP_BLOCK_TABLE, RP_BLOCK_FIGURE, RP_BLOCK_NOTE,
    RP_BLOCK_ITEM, RP_BLOCK_PAGEBREAK
} rp_block_kind;

typedef struct rp_block {
    rp_block_kind kind;
    int level;            /* heading: 1 or 2 */
    char *text;           /* heading, paragraph, note, item; figure: the alt text */
    char *anchor;         /* heading: a stable id for links and bookmarks */
    char *file;           /* figure: the chart's base name (charts/<file>.svg) */
    rp_dtable *table;     /* table */
    int own;              /* the block owns the table */
} rp_block;

/* Ownership: rp_doc_new returns a document freed by rp_doc_free (NULL ok); blocks copy their
 * text and take over their tables. */
typedef struct rp_doc {
    rp_lang lang;
    char *title, *subtitle, *organisation, *author, *subject, *source;
    int illustrative;
    long long epoch;      /* the date printed and stored in the metadata */
    rp_block *b;
    size_t n, cap;
    int failed;           /* see rp_doc_failed */
} rp_doc;

/* 1 when memory ran out while the document was built, or a sentence made in a buffer that
 * ran out of memory came in (rp_buf_lost), here or in one of its tables: it is incomplete and
 * must not be written. Checked once, before the writers run. */
int rp_doc_failed(const rp_doc *d);

rp_doc *rp_doc_new(rp_lang lang);
void rp_doc_free(rp_doc *d);
void rp_doc_heading(rp_doc *d, int level, const char *anchor, const char *text);
void rp_doc_para(rp_doc *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void rp_doc_text(rp_doc *d, const char *text);          /* a paragraph, no formatting */
void rp_doc_note(rp_doc *d, const char *text);          /* small print */
void rp_doc_item(rp_doc *d, const char *text);          /* a bullet */
void rp_doc_table(rp_doc *d, rp_dtable *t);             /* takes t */
void rp_doc_table_ref(rp_doc *d, const rp_dtable *t);   /* t must outlive the document */
void rp_doc_figure(rp_doc *d, const char *file, const char *alt);
void rp_doc_pagebreak(rp_doc *d);

/* "22 november 2026" / "22 November 2026" for the document's epoch. */
void rp_doc_date(const rp_doc *d, rp_buf *b);

#endif
