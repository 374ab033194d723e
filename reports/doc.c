/* The block list of a report. */
#include "reports/doc.h"
#include "datasets/project.h"
#include "plots/kinds.h"
#include "words/wording.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

rp_doc *rp_doc_new(rp_lang lang)
{
    rp_doc *d = calloc(1, sizeof *d);
    if (d)
        d->lang = lang;
    return d;
}

void rp_doc_free(rp_doc *d)
{
    if (!d)
        return;
    for (size_t i = 0; i < d->n; i++) {
        free(d->b[i].text);
        free(d->b[i].anchor);
        free(d->b[i].file);
        for (size_t k = 0; k < d->b[i].nspans; k++) {
            free(d->b[i].spans[k].text);
            free(d->b[i].spans[k].href);
        }
        free(d->b[i].spans);
        if (d->b[i].own)
            rp_dtable_free(d->b[i].table);
    }
    free(d->b);
    free(d->title);
    free(d->subtitle);
    free(d->organisation);
    free(d->author);
    free(d->subject);
    free(d->source);
    free(d);
}

/* A copy of s that marks d failed when s was lost (rp_buf_lost) or memory runs out: a document
 * is built without checking each sentence and checked once, before it is written. */
static char *copy(rp_doc *d, const char *s)
{
    char *r = rp_strdup(s);
    if (s && (!r || rp_buf_lost(s)))
        d->failed = 1;
    return r;
}

int rp_doc_failed(const rp_doc *d)
{
    for (size_t i = 0; !d->failed && i < d->n; i++)
        if (d->b[i].kind == RP_BLOCK_TABLE && d->b[i].table && d->b[i].table->failed)
            return 1;
    return d->failed;
}

static rp_block *add(rp_doc *d, rp_block_kind kind)
{
    if (d->n == d->cap) {
        size_t cap = d->cap ? 2 * d->cap : 64;
        rp_block *b = realloc(d->b, cap * sizeof *b);
        if (!b) {
            d->failed = 1;
            return NULL;
        }
        d->b = b;
        d->cap = cap;
    }
    rp_block *b = &d->b[d->n++];
    memset(b, 0, sizeof *b);
    b->kind = kind;
    return b;
}

void rp_doc_heading(rp_doc *d, int level, const char *anchor, const char *text)
{
    rp_block *b = add(d, RP_BLOCK_HEADING);
    if (b) {
        b->level = level;
        b->anchor = copy(d, anchor);
        b->text = copy(d, text);
    }
}

void rp_doc_text(rp_doc *d, const char *text)
{
    rp_block *b = add(d, RP_BLOCK_PARAGRAPH);
    if (b)
        b->text = copy(d, text);
}

void rp_doc_para(rp_doc *d, const char *fmt, ...)
{
    rp_buf t;
    rp_buf_init(&t);
    va_list ap;
    va_start(ap, fmt);
    rp_buf_vprintf(&t, fmt, ap);
    va_end(ap);
    rp_block *b = add(d, RP_BLOCK_PARAGRAPH);
    if (rp_buf_failed(&t))
        d->failed = 1;
    else if (b)
        b->text = rp_buf_steal(&t);
    rp_buf_free(&t);
}

void rp_doc_note(rp_doc *d, const char *text)
{
    rp_block *b = add(d, RP_BLOCK_NOTE);
    if (b)
        b->text = copy(d, text);
}

void rp_doc_item(rp_doc *d, const char *text)
{
    rp_block *b = add(d, RP_BLOCK_ITEM);
    if (b)
        b->text = copy(d, text);
}

void rp_doc_table(rp_doc *d, rp_dtable *t)
{
    if (!t)
        return;
    rp_block *b = add(d, RP_BLOCK_TABLE);
    if (b) {
        b->table = t;
        b->own = 1;
    } else {
        rp_dtable_free(t);
    }
}

void rp_doc_table_ref(rp_doc *d, const rp_dtable *t)
{
    rp_block *b = t ? add(d, RP_BLOCK_TABLE) : NULL;
    if (b)
        b->table = (rp_dtable *)t;
}

void rp_doc_figure(rp_doc *d, const char *file, const char *alt)
{
    rp_block *b = add(d, RP_BLOCK_FIGURE);
    if (b) {
        b->file = copy(d, file);
        b->text = copy(d, alt ? alt : "");
    }
}

void rp_doc_pagebreak(rp_doc *d) { add(d, RP_BLOCK_PAGEBREAK); }

void rp_doc_rule(rp_doc *d) { add(d, RP_BLOCK_RULE); }

rp_block *rp_doc_spans(rp_doc *d, rp_block_kind kind, const rp_span *spans, size_t n)
{
    rp_buf t;
    rp_buf_init(&t);
    rp_span *copy = calloc(n ? n : 1, sizeof *copy);
    int ok = copy != NULL;
    for (size_t i = 0; ok && i < n; i++) {
        copy[i].text = rp_strdup(spans[i].text ? spans[i].text : "");
        copy[i].style = spans[i].style;
        copy[i].href = rp_strdup(spans[i].href);
        ok = copy[i].text && (!spans[i].href || copy[i].href) &&
             !(spans[i].text && rp_buf_lost(spans[i].text));
        rp_buf_puts(&t, spans[i].text ? spans[i].text : "");
    }
    char *text = ok ? rp_buf_steal(&t) : NULL;
    rp_block *b = text ? add(d, kind) : NULL;
    if (!b) {
        d->failed = 1; /* never a paragraph silently left out */
        for (size_t i = 0; copy && i < n; i++) {
            free(copy[i].text);
            free(copy[i].href);
        }
        free(copy);
        free(text);
        rp_buf_free(&t);
        return NULL;
    }
    b->text = text;
    b->spans = copy;
    b->nspans = n;
    return b;
}

void rp_doc_date(const rp_doc *d, rp_buf *b)
{
    rp_word_date(b, d->epoch, d->lang);
}

void rp_doc_chart(rp_doc *d, const rp_charts *cs, const char *id)
{
    const rp_chart *c = rp_charts_find(cs, id);
    if (c)
        rp_doc_figure(d, c->id, c->alt);
}
