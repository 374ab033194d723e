/* A report as a list of blocks (headings, paragraphs, lists, tables, figures, notes), built once
 * from the model and the rapporteur's own text and rendered to PDF (reports/pdf.c) and HTML
 * (reports/html.c) alike, so both carry the same content. Text in blocks is plain, in spans
 * of one style (emphasis, a link) where it has any: renderers escape it. */
#ifndef RP_DOC_H
#define RP_DOC_H

#include "words/numfmt.h"
#include "reports/dtable.h"

typedef enum {
    RP_BLOCK_HEADING, RP_BLOCK_PARAGRAPH, RP_BLOCK_TABLE, RP_BLOCK_FIGURE, RP_BLOCK_NOTE,
    RP_BLOCK_ITEM, RP_BLOCK_PAGEBREAK, RP_BLOCK_CODE, RP_BLOCK_RULE
} rp_block_kind;

/* Styles of a span (bits). */
#define RP_SPAN_EM 1u
#define RP_SPAN_STRONG 2u
#define RP_SPAN_CODE 4u

/* A piece of text in one style; inside a link when href is set (an http, https or mailto
 * address, checked where the text was read). */
typedef struct rp_span {
    char *text;
    unsigned style;
    char *href;
} rp_span;

typedef struct rp_block {
    rp_block_kind kind;
    int level;            /* heading: 1 to 4 (3 and 4 only in the rapporteur's text; the
                           * contents and bookmarks list 1 and 2) */
    char *text;           /* heading, paragraph, note, item, code; figure: the alt text */
    char *anchor;         /* heading: a stable id for links and bookmarks */
    char *file;           /* figure: the chart's base name (charts/<file>.svg) */
    rp_dtable *table;     /* table */
    int own;              /* the block owns the table */
    rp_span *spans;       /* paragraph, item: text in styled spans (text is them joined), or
                           * NULL when it is plain */
    size_t nspans;
    /* Lists: an item of depth d belongs to the list at depth d (1: top level), a paragraph
     * or code of depth d continues the item at depth d before it; consecutive items of one
     * depth are one list unless an item starts a new one. number: an ordered item's number
     * (0 for a bullet). quote: the block lies in a block quote. */
    int depth, number, start, quote;
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
/* A figure block for the chart with this id among those drawn (plots/kinds.h), with its alt
 * text, when there is one. */
struct rp_charts;
void rp_doc_chart(rp_doc *d, const struct rp_charts *cs, const char *id);
/* A block of the given kind (paragraph, item, code) from n spans, copied; its text is them
 * joined. Returns the block, for the caller to set depth, number, start and quote, valid until
 * the next block is added; NULL when memory runs out. */
rp_block *rp_doc_spans(rp_doc *d, rp_block_kind kind, const rp_span *spans, size_t n);
void rp_doc_rule(rp_doc *d);                            /* a thematic break */

/* "22 november 2026" / "22 November 2026" for the document's epoch. */
void rp_doc_date(const rp_doc *d, rp_buf *b);

#endif
