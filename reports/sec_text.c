/* The rapporteur's text as blocks of the document. */
#include "reports/sec_text.h"
#include "words/word_text.h"
#include "stats/cells.h"

#include <stdlib.h>
#include <string.h>

#define DEEPEST 4 /* H4: the PDF and HTML set four levels apart */

/* The runs of a block as spans, citations filled in. Returns 0, or -1 when memory runs out.
 * A citation that cannot be filled in (validate and report refuse such a text before) stays
 * as written. */
static int spans(const rp_model *m, const rp_cells *cells, const rp_tblock *k, rp_span **out,
                 size_t *n, rp_lang lang)
{
    *out = NULL;
    *n = 0;
    rp_span *s = calloc(k->nruns ? k->nruns : 1, sizeof *s);
    if (!s)
        return -1;
    rp_buf b;
    rp_buf_init(&b);
    char err[512];
    int failed = 0;
    for (size_t i = 0; i < k->nruns; i++) {
        const rp_trun *r = &k->runs[i];
        rp_buf_clear(&b);
        if (r->cite && rp_word_cite(&b, m, cells, r->text, lang, err, sizeof err) != 0) {
            rp_buf_clear(&b);
            rp_buf_printf(&b, "{%s}", r->text);
        } else if (!r->cite) {
            rp_buf_puts(&b, r->text);
        }
        s[i].text = rp_strdup(rp_buf_str(&b));
        s[i].href = r->href; /* borrowed: rp_doc_spans copies */
        s[i].style = (r->style & RP_RUN_EM ? RP_SPAN_EM : 0) |
                     (r->style & RP_RUN_STRONG ? RP_SPAN_STRONG : 0) |
                     (r->style & RP_RUN_CODE ? RP_SPAN_CODE : 0);
        failed |= !s[i].text || rp_buf_failed(&b);
    }
    rp_buf_free(&b);
    *out = s;
    *n = k->nruns;
    return failed ? -1 : 0;
}

static void spans_free(rp_span *s, size_t n)
{
    for (size_t i = 0; s && i < n; i++)
        free(s[i].text);
    free(s);
}

/* The plain text of a block (a heading), citations filled in. Caller frees. */
static char *plain(const rp_model *m, const rp_cells *cells, const rp_tblock *k, rp_lang lang)
{
    rp_span *s;
    size_t n;
    if (spans(m, cells, k, &s, &n, lang)) {
        spans_free(s, n);
        return NULL;
    }
    rp_buf b;
    rp_buf_init(&b);
    for (size_t i = 0; i < n; i++)
        rp_buf_puts(&b, s[i].text);
    spans_free(s, n);
    return rp_buf_steal(&b);
}

/* The file's name without folder, language and .md, for anchors: text-inleiding-2. */
static char *stem(const rp_text_file *f)
{
    const char *slash = strrchr(f->path, '/');
    const char *name = slash ? slash + 1 : f->path;
    return rp_strndup(name, strlen(name) - (f->marked ? 6 : 3));
}

/* Blocks from..n of f. Headings take levels from `level` on, the shallowest the file uses at
 * `level` and none more than one below the one before it (PDF/UA: no level skipped). */
static void emit(rp_doc *d, const rp_model *m, const rp_cells *cells, const rp_text_file *f,
                 size_t from, int level)
{
    int shallowest = 7, prev = level - 1, count = 0;
    for (size_t i = from; i < f->n; i++)
        if (f->b[i].kind == RP_TB_HEADING && f->b[i].level < shallowest)
            shallowest = f->b[i].level;
    char *name = stem(f);
    if (!name)
        d->failed = 1;
    for (size_t i = from; i < f->n && name; i++) {
        const rp_tblock *k = &f->b[i];
        if (k->kind == RP_TB_HEADING) {
            int lv = level + k->level - shallowest;
            lv = lv > prev + 1 ? prev + 1 : lv;
            lv = lv > DEEPEST ? DEEPEST : lv;
            prev = lv;
            char *text = plain(m, cells, k, d->lang);
            char *anchor = rp_strfmt("text-%s-%d", name, ++count);
            if (text && anchor)
                rp_doc_heading(d, lv, anchor, text);
            else
                d->failed = 1;
            free(anchor);
            free(text);
            continue;
        }
        if (k->kind == RP_TB_RULE) {
            rp_doc_rule(d);
            continue;
        }
        rp_span *s;
        size_t n;
        if (spans(m, cells, k, &s, &n, d->lang) != 0) {
            d->failed = 1; /* memory: the document is not written */
        } else {
            rp_block *b = rp_doc_spans(d, k->kind == RP_TB_ITEM ? RP_BLOCK_ITEM
                                          : k->kind == RP_TB_CODE ? RP_BLOCK_CODE
                                                                  : RP_BLOCK_PARAGRAPH, s, n);
            if (b) {
                b->depth = k->depth;
                b->number = k->number;
                b->start = k->start;
                b->quote = k->quote;
            }
        }
        spans_free(s, n);
    }
    free(name);
}

/* The run's published cells, which citations are filled in from (stats/cells.h); NULL,
 * with the document failed, when memory runs out. Ownership: free with cells_free. */
static rp_cells *cells_of(rp_doc *d, const rp_model *m)
{
    rp_cells *l = rp_model_cells(m);
    if (!l)
        d->failed = 1;
    return l;
}

static void cells_free(rp_cells *l)
{
    rp_cells_free(l);
    free(l);
}

void rp_doc_text_chapter(rp_doc *d, const rp_model *m, rp_text_role role)
{
    const rp_text_file *f = rp_word_texts_apply(m) ? rp_texts_find(m->p->texts, role, 0)
                                                   : NULL;
    rp_cells *cells = f && f->n ? cells_of(d, m) : NULL;
    if (!cells)
        return;
    static const char *const anchors[] = {"text-introduction", "text-recommendations",
                                          "text-colophon"};
    size_t from = 0;
    char *title = NULL;
    if (f->b[0].kind == RP_TB_HEADING) { /* "# Inleiding" names the chapter */
        title = plain(m, cells, &f->b[0], d->lang);
        from = 1;
    }
    if (from && !title)
        d->failed = 1;
    rp_doc_heading(d, 1, anchors[role <= RP_TEXT_COLOPHON ? role : 0],
                   title && *title ? title : rp_word_text_title(role, d->lang));
    free(title);
    emit(d, m, cells, f, from, 2);
    cells_free(cells);
}

void rp_doc_text_in(rp_doc *d, const rp_model *m, rp_text_role role, size_t item, int level)
{
    const rp_text_file *f = rp_word_texts_apply(m) ? rp_texts_find(m->p->texts, role, item)
                                                   : NULL;
    rp_cells *cells = f && f->n ? cells_of(d, m) : NULL;
    if (!cells)
        return;
    /* commentary after a section's tables and charts is headed as the rapporteur's, unless
     * it heads itself; a chapter's opening follows the chapter's own heading */
    if (role != RP_TEXT_CHAPTER && f->b[0].kind != RP_TB_HEADING) {
        char *name = stem(f), *anchor = name ? rp_strfmt("text-%s", name) : NULL;
        if (anchor)
            rp_doc_heading(d, level, anchor, rp_word_text_title(role, d->lang));
        else
            d->failed = 1;
        free(anchor);
        free(name);
        level++;
    }
    emit(d, m, cells, f, 0, level);
    cells_free(cells);
}
