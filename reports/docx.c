/* The report as a Word document: WordprocessingML written with xmlTextWriter into a zip. */
#include "words/numfmt.h"
#include "reports/docx.h"
#include "reports/opc.h"
#include "base/buf.h"
#include "words/word_office.h"

#include <pango/pangocairo.h>
#include <stdlib.h>
#include <string.h>

#ifndef RP_VERSION
#define RP_VERSION "dev"
#endif

#define NS_W "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
#define NS_WP "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
#define CT_WML "application/vnd.openxmlformats-officedocument.wordprocessingml."
/* EMU (English metric units) per twentieth of a point */
#define EMU_TWIP 635L

/* A chart in the package: its media parts and their relationships. */
typedef struct {
    const char *file;
    int rid;           /* rId<rid> the PNG, rId<rid + 1> the SVG */
} media;

typedef struct {
    const rp_doc *d;
    const char *charts;
    const rp_docx_style *st;
    rp_ox x;
    media *m;
    size_t nm;
    const char **links;  /* the addresses of the text's links, rId<link_rid[i]> each */
    int *link_rid;
    size_t nlinks;
    int next_rid;      /* relationships 1-5 are the fixed parts */
    int pictures;      /* drawing ids, unique in the document */
    char err[256];
} docx;

/* ---- runs and paragraphs ---- */

/* A run's own properties: the span styles (RP_SPAN_*), a link's colour and underline, a size of
 * its own in half points (0: the style's); nothing when it has none. */
static void run_props(docx *w, unsigned style, int link, int halfpoints)
{
    rp_ox *x = &w->x;
    if (!style && !link && !halfpoints)
        return;
    rp_ox_start(x, "w:rPr");
    if (style & RP_SPAN_CODE) {
        rp_ox_start(x, "w:rFonts");
        rp_ox_attr(x, "w:ascii", "DejaVu Sans Mono");
        rp_ox_attr(x, "w:hAnsi", "DejaVu Sans Mono");
        rp_ox_attr(x, "w:cs", "DejaVu Sans Mono");
        rp_ox_end(x);
    }
    if (style & RP_SPAN_STRONG)
        rp_ox_empty(x, "w:b", NULL, NULL);
    if (style & RP_SPAN_EM)
        rp_ox_empty(x, "w:i", NULL, NULL);
    if (link) {
        rp_ox_empty(x, "w:color", "w:val", "0050A0");
        rp_ox_empty(x, "w:u", "w:val", "single");
    }
    if (halfpoints) {
        rp_ox_start(x, "w:sz");
        rp_ox_attrf(x, "w:val", "%d", halfpoints);
        rp_ox_end(x);
    }
    rp_ox_end(x);
}

/* Text as runs of one style: a line break in the text is a line break in Word, a tab a tab. */
static void runs_styled(docx *w, const char *text, unsigned style, int link, int halfpoints)
{
    rp_ox *x = &w->x;
    const char *s = text ? text : "";
    for (;;) {
        size_t n = strcspn(s, "\n\t");
        rp_ox_start(x, "w:r");
        run_props(w, style, link, halfpoints);
        if (n) {
            char *piece = rp_strndup(s, n);
            rp_ox_start(x, "w:t");
            rp_ox_attr(x, "xml:space", "preserve");
            rp_ox_text(x, piece);
            rp_ox_end(x);
            free(piece);
        }
        if (s[n] == '\n')
            rp_ox_empty(x, "w:br", NULL, NULL);
        else if (s[n] == '\t')
            rp_ox_empty(x, "w:tab", NULL, NULL);
        rp_ox_end(x);
        if (!s[n])
            break;
        s += n + 1;
    }
}

static void runs_sized(docx *w, const char *text, int bold, int halfpoints)
{
    runs_styled(w, text, bold ? RP_SPAN_STRONG : 0, 0, halfpoints);
}

static void runs(docx *w, const char *text, int bold) { runs_sized(w, text, bold, 0); }

static void ppr_start(docx *w, rp_docx_role role)
{
    rp_ox_start(&w->x, "w:pPr");
    rp_ox_empty(&w->x, "w:pStyle", "w:val", w->st->id[role]);
}

static void para(docx *w, rp_docx_role role, const char *text)
{
    rp_ox_start(&w->x, "w:p");
    ppr_start(w, role);
    rp_ox_end(&w->x);
    runs(w, text, 0);
    rp_ox_end(&w->x);
}

/* The relationship of a link's address (an external target), one per address. */
static int link_rid(docx *w, const char *href)
{
    for (size_t i = 0; i < w->nlinks; i++)
        if (!strcmp(w->links[i], href))
            return w->link_rid[i];
    const char **l = realloc(w->links, (w->nlinks + 1) * sizeof *l);
    if (l)
        w->links = l;
    int *r = l ? realloc(w->link_rid, (w->nlinks + 1) * sizeof *r) : NULL;
    if (!r) {
        snprintf(w->err, sizeof w->err, "out of memory");
        return 0;
    }
    w->link_rid = r;
    w->links[w->nlinks] = href;
    w->link_rid[w->nlinks] = w->next_rid++;
    return w->link_rid[w->nlinks++];
}

/* One span of the rapporteur's text as a run with its emphasis; a link's text in the link
 * colour and underlined, as in the PDF and HTML. */
static void span_run(docx *w, const rp_span *sp)
{
    runs_styled(w, sp->text, sp->style, sp->href != NULL, 0);
}

/* A block's text: its spans, each link a hyperlink to its address; or the plain text. */
static void rich_runs(docx *w, const rp_block *b)
{
    rp_ox *x = &w->x;
    if (!b->spans) {
        runs(w, b->text, 0);
        return;
    }
    for (size_t i = 0; i < b->nspans; i++) {
        const rp_span *sp = &b->spans[i];
        const rp_span *prev = i ? &b->spans[i - 1] : NULL;
        const rp_span *next = i + 1 < b->nspans ? &b->spans[i + 1] : NULL;
        if (sp->href && !(prev && prev->href && !strcmp(prev->href, sp->href))) {
            rp_ox_start(x, "w:hyperlink");
            rp_ox_attrf(x, "r:id", "rId%d", link_rid(w, sp->href));
            rp_ox_attr(x, "w:history", "1");
        }
        span_run(w, sp);
        if (sp->href && !(next && next->href && !strcmp(next->href, sp->href)))
            rp_ox_end(x);
    }
}

/* The indent of a block in lists and quotes, in twentieths of a point (0: the style's). */
static long inset(const rp_block *b)
{
    int depth = b->kind == RP_BLOCK_ITEM ? (b->depth ? b->depth : 1) : b->depth;
    return 360L * depth + (b->quote ? 567 : 0);
}

/* A paragraph's single line on one side: its width in eighths of a point, its distance from
 * the text in points, its colour. */
static void para_border(docx *w, const char *side, const char *sz, const char *space,
                        const char *color)
{
    rp_ox *x = &w->x;
    rp_ox_start(x, "w:pBdr");
    rp_ox_start(x, side);
    rp_ox_attr(x, "w:val", "single");
    rp_ox_attr(x, "w:sz", sz);
    rp_ox_attr(x, "w:space", space);
    rp_ox_attr(x, "w:color", color);
    rp_ox_end(x);
    rp_ox_end(x);
}

/* The blue rule left of a quote's paragraphs, as in the PDF and HTML. */
static void quote_border(docx *w) { para_border(w, "w:left", "18", "8", "0072B2"); }

/* A paragraph of the rapporteur's text: in a list it continues an item (indented as its
 * text), in a quote it stands in from a blue rule, code in a monospace font on grey. */
static void text_para(docx *w, const rp_block *b)
{
    rp_ox *x = &w->x;
    long left = inset(b);
    rp_ox_start(x, "w:p");
    ppr_start(w, RP_DS_NORMAL);
    if (b->quote)
        quote_border(w);
    if (b->kind == RP_BLOCK_CODE) {
        rp_ox_start(x, "w:shd");
        rp_ox_attr(x, "w:val", "clear");
        rp_ox_attr(x, "w:color", "auto");
        rp_ox_attr(x, "w:fill", "F4F4F4");
        rp_ox_end(x);
    }
    if (left) {
        rp_ox_start(x, "w:ind");
        rp_ox_attrf(x, "w:left", "%ld", left);
        rp_ox_end(x);
    }
    rp_ox_end(x);
    if (b->kind == RP_BLOCK_CODE) {
        rp_span sp = {b->text, RP_SPAN_CODE, NULL};
        span_run(w, &sp);
    } else {
        rich_runs(w, b);
    }
    rp_ox_end(x);
}

/* A thematic break: an empty paragraph with a rule below. */
static void rule(docx *w)
{
    rp_ox *x = &w->x;
    rp_ox_start(x, "w:p");
    ppr_start(w, RP_DS_NORMAL);
    para_border(w, "w:bottom", "6", "1", "999999");
    rp_ox_end(x);
    rp_ox_end(x);
}

static void page_break(docx *w)
{
    rp_ox *x = &w->x;
    rp_ox_start(x, "w:p");
    rp_ox_start(x, "w:r");
    rp_ox_empty(x, "w:br", "w:type", "page");
    rp_ox_end(x);
    rp_ox_end(x);
}

/* A field with its instruction and the result shown until Word updates it. */
static void field(docx *w, const char *instr, const char *result, int dirty)
{
    rp_ox *x = &w->x;
    rp_ox_start(x, "w:r");
    rp_ox_start(x, "w:fldChar");
    rp_ox_attr(x, "w:fldCharType", "begin");
    if (dirty) /* Word brings it up to date when it opens the file */
        rp_ox_attr(x, "w:dirty", "true");
    rp_ox_end(x);
    rp_ox_end(x);
    rp_ox_start(x, "w:r");
    rp_ox_start(x, "w:instrText");
    rp_ox_attr(x, "xml:space", "preserve");
    rp_ox_text(x, instr);
    rp_ox_end(x);
    rp_ox_end(x);
    rp_ox_start(x, "w:r");
    rp_ox_empty(x, "w:fldChar", "w:fldCharType", "separate");
    rp_ox_end(x);
    if (result && *result)
        runs(w, result, 0);
    if (result) {
        rp_ox_start(x, "w:r");
        rp_ox_empty(x, "w:fldChar", "w:fldCharType", "end");
        rp_ox_end(x);
    }
}

static void field_end(docx *w)
{
    rp_ox_start(&w->x, "w:r");
    rp_ox_empty(&w->x, "w:fldChar", "w:fldCharType", "end");
    rp_ox_end(&w->x);
}

/* ---- title page and contents ---- */

static void title_page(docx *w)
{
    const rp_doc *d = w->d;
    para(w, RP_DS_TITLE, d->title);
    if (d->subtitle)
        para(w, RP_DS_SUBTITLE, d->subtitle);
    if (d->organisation)
        para(w, RP_DS_NORMAL, d->organisation);
    rp_buf b;
    rp_buf_init(&b);
    rp_doc_date(d, &b);
    para(w, RP_DS_NORMAL, rp_buf_str(&b));
    if (d->illustrative)
        para(w, RP_DS_WARNING, rp_word_illustrative(d->lang));
    if (d->source)
        para(w, RP_DS_NOTE, d->source);
    rp_buf_clear(&b);
    rp_word_made_with(&b, RP_VERSION, d->lang);
    para(w, RP_DS_NOTE, rp_buf_str(&b));
    rp_buf_free(&b);
    page_break(w);
}

static void bookmark_name(char *buf, size_t n, size_t block)
{
    snprintf(buf, n, "_Toc%06zu", block); /* hidden bookmarks, as Word names its own */
}

/* A TOC field over the headings (levels 1 and 2) with its entries already in place, linked
 * to the headings; their page numbers are PAGEREF fields that Word and LibreOffice fill in,
 * and Word brings the whole table up to date on opening. */
static void contents(docx *w)
{
    const rp_doc *d = w->d;
    size_t first = d->n, last = 0;
    for (size_t i = 0; i < d->n; i++)
        if (d->b[i].kind == RP_BLOCK_HEADING && d->b[i].level <= 2) {
            if (first == d->n)
                first = i;
            last = i;
        }
    if (first == d->n)
        return;
    para(w, RP_DS_TOCHEAD, rp_word_contents(d->lang));
    rp_ox *x = &w->x;
    for (size_t i = first; i <= last; i++) {
        const rp_block *b = &d->b[i];
        if (b->kind != RP_BLOCK_HEADING || b->level > 2)
            continue;
        char mark[32], instr[64];
        bookmark_name(mark, sizeof mark, i);
        rp_ox_start(x, "w:p");
        ppr_start(w, b->level == 1 ? RP_DS_TOC1 : RP_DS_TOC2);
        rp_ox_end(x);
        if (i == first)
            field(w, " TOC \\o \"1-2\" \\h \\z \\u ", NULL, 1);
        rp_ox_start(x, "w:hyperlink");
        rp_ox_attr(x, "w:anchor", mark);
        rp_ox_attr(x, "w:history", "1");
        runs(w, b->text, 0);
        rp_ox_start(x, "w:r");
        rp_ox_empty(x, "w:tab", NULL, NULL);
        rp_ox_end(x);
        snprintf(instr, sizeof instr, " PAGEREF %s \\h ", mark);
        field(w, instr, "", 0);
        rp_ox_end(x);
        if (i == last)
            field_end(w);
        rp_ox_end(x);
    }
    page_break(w);
}

/* ---- blocks ---- */

static void heading(docx *w, size_t i, const rp_block *b)
{
    rp_ox *x = &w->x;
    char mark[32];
    bookmark_name(mark, sizeof mark, i);
    rp_ox_start(x, "w:p");
    ppr_start(w, b->level <= 1 ? RP_DS_H1 : b->level == 2 ? RP_DS_H2 : RP_DS_H3);
    rp_ox_end(x);
    rp_ox_start(x, "w:bookmarkStart");
    rp_ox_attrf(x, "w:id", "%zu", i);
    rp_ox_attr(x, "w:name", mark);
    rp_ox_end(x);
    runs(w, b->text, 0);
    rp_ox_start(x, "w:bookmarkEnd");
    rp_ox_attrf(x, "w:id", "%zu", i);
    rp_ox_end(x);
    rp_ox_end(x);
}

/* An item: a bullet from the style's list, or in an ordered list its number as text before a
 * tab (the numbering of the house style has bullets only); deeper items and items in a quote
 * stand further in, with the bullet or number hanging. */
static void item(docx *w, const rp_block *b)
{
    rp_ox *x = &w->x;
    long left = b->depth > 1 || b->quote || b->number ? inset(b) : 0;
    rp_ox_start(x, "w:p");
    ppr_start(w, b->number ? RP_DS_NORMAL : RP_DS_LIST);
    if (w->st->list_num && !b->number) {
        rp_ox_start(x, "w:numPr");
        rp_ox_empty(x, "w:ilvl", "w:val", "0");
        rp_ox_start(x, "w:numId");
        rp_ox_attrf(x, "w:val", "%d", w->st->list_num);
        rp_ox_end(x);
        rp_ox_end(x);
    }
    if (b->quote)
        quote_border(w);
    if (left) {
        rp_ox_start(x, "w:ind");
        rp_ox_attrf(x, "w:left", "%ld", left);
        rp_ox_attr(x, "w:hanging", "360");
        rp_ox_end(x);
    }
    rp_ox_end(x);
    if (b->number) {
        char num[24];
        snprintf(num, sizeof num, "%d.\t", b->number);
        runs(w, num, 0);
    }
    rich_runs(w, b);
    rp_ox_end(x);
}

static int numeric(const rp_tcell *c)
{
    return c->kind == RP_TC_NUM || c->kind == RP_TC_SUPPRESSED || c->kind == RP_TC_MISSING;
}

/* Space left and right of a cell's text (the table style's), in twentieths of a point: as
 * narrow as the PDF's, so that the tables the PDF fits on A4 at 7 points fit here too. */
#define CELL_MARGIN 57

/* Widths of text as DejaVu Sans sets it, the font of the PDF and of the built-in style, in
 * twentieths of a point at 8 points; bold for headers. A client with another sans-serif
 * sets it a little narrower, rarely wider. */
typedef struct {
    PangoContext *ctx;
    PangoLayout *l;
    PangoFontDescription *fd[2];
} ruler;

static int ruler_open(ruler *r, rp_lang lang)
{
    memset(r, 0, sizeof *r);
    r->ctx = pango_font_map_create_context(pango_cairo_font_map_get_default());
    if (!r->ctx)
        return -1;
    pango_cairo_context_set_resolution(r->ctx, 72); /* sizes in points */
    pango_context_set_language(r->ctx, pango_language_from_string(rp_fmt_lang_code(lang)));
    r->l = pango_layout_new(r->ctx);
    for (int b = 0; b < 2; b++) {
        r->fd[b] = pango_font_description_from_string("DejaVu Sans");
        pango_font_description_set_absolute_size(r->fd[b], 8 * PANGO_SCALE);
        if (b)
            pango_font_description_set_weight(r->fd[b], PANGO_WEIGHT_BOLD);
    }
    return 0;
}

static void ruler_close(ruler *r)
{
    for (int b = 0; b < 2; b++)
        if (r->fd[b])
            pango_font_description_free(r->fd[b]);
    if (r->l)
        g_object_unref(r->l);
    if (r->ctx)
        g_object_unref(r->ctx);
}

static long span(ruler *r, const char *text, size_t n, int bold)
{
    int wd, ht;
    pango_layout_set_font_description(r->l, r->fd[bold != 0]);
    pango_layout_set_text(r->l, text, (int)n);
    pango_layout_get_size(r->l, &wd, &ht);
    return (long)(20.0 * wd / PANGO_SCALE + 0.5);
}

/* The text's width, and its widest word (where a line may break). */
static long widths(ruler *r, const char *text, int bold, long *word)
{
    *word = 0;
    for (const char *s = text; s && *s;) {
        size_t n = strcspn(s, " ");
        long k = n ? span(r, s, n, bold) : 0;
        if (k > *word)
            *word = k;
        s += n + (s[n] == ' ');
    }
    return text ? span(r, text, strlen(text), bold) : 0;
}

/* Column widths as the PDF sets them: numbers and marks at their natural width (they never
 * wrap), text columns sharing what is left, down to their widest word; headers wrap between
 * words. A table still too wide is set a point smaller (*halfpoints), and, too wide even so,
 * moved into the margins (*indent, negative) or narrowed as a whole rather than run off the
 * paper. In twentieths of a point. */
static void column_widths(const docx *w, const rp_dtable *t, const int *text, long *cw,
                          int *halfpoints, long *indent)
{
    long width = w->st->page_w - w->st->margin[1] - w->st->margin[3], pad = 2 * CELL_MARGIN + 60;
    long *nat = calloc(t->ncols, sizeof *nat), *least = calloc(t->ncols, sizeof *least);
    ruler r;
    if (!nat || !least || ruler_open(&r, w->d->lang) != 0) {
        for (size_t c = 0; c < t->ncols; c++)
            cw[c] = width / (long)t->ncols;
        free(nat);
        free(least);
        return;
    }
    for (size_t c = 0; c < t->ncols; c++) {
        widths(&r, t->head[c], 1, &least[c]);
        nat[c] = least[c];
        for (size_t row = 0; row < t->nrows; row++) {
            rp_buf b;
            rp_buf_init(&b);
            rp_dtable_format(&b, rp_dtable_cell(t, row, c), w->d->lang);
            long word, all = widths(&r, rp_buf_str(&b), 0, &word);
            if (all > nat[c])
                nat[c] = all;
            if ((text[c] ? word : all) > least[c])
                least[c] = text[c] ? word : all;
            rp_buf_free(&b);
        }
    }
    ruler_close(&r);
    for (*halfpoints = 16; *halfpoints >= 14; (*halfpoints)--) {
        long fixed = 0, flexible = 0, floor = 0, hp = *halfpoints;
        for (size_t c = 0; c < t->ncols; c++) {
            cw[c] = nat[c] * hp / 16 + pad;
            if (text[c]) {
                flexible += cw[c];
                floor += least[c] * hp / 16 + pad;
            } else {
                fixed += cw[c];
            }
        }
        if (fixed + flexible <= width)
            break;
        if (fixed + floor <= width || hp == 14) {
            for (size_t c = 0; c < t->ncols; c++)
                if (text[c]) {
                    long lo = least[c] * hp / 16 + pad;
                    cw[c] = lo + (cw[c] - lo) * (width - fixed - floor) /
                                     (flexible - floor > 0 ? flexible - floor : 1);
                    if (cw[c] < lo)
                        cw[c] = lo;
                }
            break;
        }
    }
    /* too wide at 7 points (the regions' eleven columns): into the margins evenly, as the
     * PDF lets it run, keeping 20 points from the edge of the paper; beyond that, narrower */
    long total = 0, room = width + 2 * (w->st->margin[1] < w->st->margin[3] ? w->st->margin[1]
                                                                          : w->st->margin[3]) -
                           2 * 400;
    for (size_t c = 0; c < t->ncols; c++)
        total += cw[c] = cw[c] < 400 ? 400 : cw[c];
    if (room < width)
        room = width;
    for (size_t c = 0; total > room && c < t->ncols; c++)
        cw[c] = cw[c] * room / total;
    *indent = total > width ? -((total < room ? total : room) - width) / 2 : 0;
    free(nat);
    free(least);
}

static void cell(docx *w, const char *text, long width, int right, int header, int halfpoints)
{
    rp_ox *x = &w->x;
    rp_ox_start(x, "w:tc");
    rp_ox_start(x, "w:tcPr");
    rp_ox_start(x, "w:tcW");
    rp_ox_attrf(x, "w:w", "%ld", width);
    rp_ox_attr(x, "w:type", "dxa");
    rp_ox_end(x);
    if (header)
        rp_ox_empty(x, "w:vAlign", "w:val", "bottom");
    rp_ox_end(x);
    rp_ox_start(x, "w:p");
    ppr_start(w, RP_DS_TABLETEXT);
    if (header)
        rp_ox_empty(x, "w:keepNext", NULL, NULL);
    if (right)
        rp_ox_empty(x, "w:jc", "w:val", "right");
    rp_ox_end(x);
    runs_sized(w, text, header, halfpoints); /* bold also where a client ignores the table
                                                * style */
    rp_ox_end(x);
    rp_ox_end(x);
}

/* The table's caption above it, the header row repeated on every page, rows that do not
 * break across pages, numbers and marks right-aligned as text, the note below. */
static void table(docx *w, const rp_dtable *t)
{
    rp_ox *x = &w->x;
    if (!t->ncols)
        return;
    long *cw = malloc(t->ncols * sizeof *cw);
    int *right = calloc(t->ncols, sizeof *right), *istext = calloc(t->ncols, sizeof *istext);
    if (!cw || !right || !istext) {
        snprintf(w->err, sizeof w->err, "out of memory");
        free(cw);
        free(right);
        free(istext);
        return;
    }
    int halfpoints = 16;
    long indent = 0;
    for (size_t c = 0; c < t->ncols; c++) {
        int num = 0, text = 0;
        for (size_t r = 0; r < t->nrows; r++) {
            const rp_tcell *tc = rp_dtable_cell(t, r, c);
            num |= numeric(tc);
            text |= tc->kind == RP_TC_TEXT;
        }
        right[c] = num && !text;
        istext[c] = text;
    }
    column_widths(w, t, istext, cw, &halfpoints, &indent);
    if (halfpoints == 16) /* the style's own size */
        halfpoints = 0;
    rp_ox_start(x, "w:p");
    ppr_start(w, RP_DS_CAPTION);
    rp_ox_empty(x, "w:keepNext", NULL, NULL);
    rp_ox_end(x);
    runs(w, t->title, 0);
    rp_ox_end(x);
    rp_ox_start(x, "w:tbl");
    rp_ox_start(x, "w:tblPr");
    rp_ox_empty(x, "w:tblStyle", "w:val", w->st->id[RP_DS_TABLE]);
    rp_ox_start(x, "w:tblW");
    rp_ox_attr(x, "w:w", "0");
    rp_ox_attr(x, "w:type", "auto");
    rp_ox_end(x);
    if (indent) {
        rp_ox_start(x, "w:tblInd");
        rp_ox_attrf(x, "w:w", "%ld", indent);
        rp_ox_attr(x, "w:type", "dxa");
        rp_ox_end(x);
    }
    /* the widths as computed, not a client's own fit to the content */
    rp_ox_empty(x, "w:tblLayout", "w:type", "fixed");
    rp_ox_start(x, "w:tblLook");
    rp_ox_attr(x, "w:val", "0420");
    rp_ox_attr(x, "w:firstRow", "1");
    rp_ox_attr(x, "w:lastRow", "0");
    rp_ox_attr(x, "w:firstColumn", "0");
    rp_ox_attr(x, "w:lastColumn", "0");
    rp_ox_attr(x, "w:noHBand", "1");
    rp_ox_attr(x, "w:noVBand", "1");
    rp_ox_end(x);
    rp_ox_empty(x, "w:tblCaption", "w:val", t->title); /* the table's own alt text */
    rp_ox_end(x);
    rp_ox_start(x, "w:tblGrid");
    for (size_t c = 0; c < t->ncols; c++) {
        rp_ox_start(x, "w:gridCol");
        rp_ox_attrf(x, "w:w", "%ld", cw[c]);
        rp_ox_end(x);
    }
    rp_ox_end(x);
    for (size_t r = 0; r <= t->nrows; r++) {
        rp_ox_start(x, "w:tr");
        rp_ox_start(x, "w:trPr");
        rp_ox_empty(x, "w:cantSplit", NULL, NULL);
        if (r == 0)
            rp_ox_empty(x, "w:tblHeader", NULL, NULL);
        rp_ox_end(x);
        for (size_t c = 0; c < t->ncols; c++) {
            if (r == 0) {
                cell(w, t->head[c], cw[c], right[c], 1, halfpoints);
                continue;
            }
            rp_buf b;
            rp_buf_init(&b);
            rp_dtable_format(&b, rp_dtable_cell(t, r - 1, c), w->d->lang);
            cell(w, rp_buf_str(&b), cw[c], right[c] || numeric(rp_dtable_cell(t, r - 1, c)), 0,
                 halfpoints);
            rp_buf_free(&b);
        }
        rp_ox_end(x);
    }
    rp_ox_end(x);
    if (t->note)
        para(w, RP_DS_NOTE, t->note);
    else
        para(w, RP_DS_NOTE, "");
    free(cw);
    free(right);
    free(istext);
}

/* The chart's media: added once however often the document shows it. */
static const media *chart_media(docx *w, const char *file)
{
    for (size_t i = 0; i < w->nm; i++)
        if (!strcmp(w->m[i].file, file))
            return &w->m[i];
    media *m = realloc(w->m, (w->nm + 1) * sizeof *m);
    if (!m)
        return NULL;
    w->m = m;
    w->m[w->nm] = (media){file, w->next_rid};
    w->next_rid += 2;
    return &w->m[w->nm++];
}

/* A picture inline in its own paragraph, as wide as the text, with the chart's alt text as
 * its description (wp:docPr/@descr, what Word's Alt Text pane and screen readers read). */
static void figure(docx *w, const rp_block *b)
{
    rp_ox *x = &w->x;
    const media *m = chart_media(w, b->file);
    if (!m) {
        snprintf(w->err, sizeof w->err, "out of memory");
        return;
    }
    long width = w->st->page_w - w->st->margin[1] - w->st->margin[3];
    long cx = width * EMU_TWIP, cy = cx * 1080 / 1920;
    int id = ++w->pictures;
    char name[64], rid[16], svg[16];
    snprintf(name, sizeof name, "%s.png", b->file);
    snprintf(rid, sizeof rid, "rId%d", m->rid);
    snprintf(svg, sizeof svg, "rId%d", m->rid + 1);
    rp_ox_start(x, "w:p");
    ppr_start(w, RP_DS_FIGURE);
    rp_ox_end(x);
    rp_ox_start(x, "w:r");
    rp_ox_start(x, "w:drawing");
    rp_ox_start(x, "wp:inline");
    static const char *const dist[] = {"distT", "distB", "distL", "distR"};
    for (int i = 0; i < 4; i++)
        rp_ox_attr(x, dist[i], "0");
    rp_ox_start(x, "wp:extent");
    rp_ox_attrf(x, "cx", "%ld", cx);
    rp_ox_attrf(x, "cy", "%ld", cy);
    rp_ox_end(x);
    rp_ox_start(x, "wp:docPr");
    rp_ox_attrf(x, "id", "%d", id);
    rp_ox_attr(x, "name", b->file);
    rp_ox_attr(x, "descr", b->text);
    rp_ox_end(x);
    rp_ox_start(x, "wp:cNvGraphicFramePr");
    rp_ox_start(x, "a:graphicFrameLocks");
    rp_ox_attr(x, "xmlns:a", RP_NS_A);
    rp_ox_attr(x, "noChangeAspect", "1");
    rp_ox_end(x);
    rp_ox_end(x);
    rp_ox_start(x, "a:graphic");
    rp_ox_attr(x, "xmlns:a", RP_NS_A);
    rp_ox_start(x, "a:graphicData");
    rp_ox_attr(x, "uri", RP_NS_PIC);
    rp_ox_start(x, "pic:pic");
    rp_ox_attr(x, "xmlns:pic", RP_NS_PIC);
    rp_ox_start(x, "pic:nvPicPr");
    rp_ox_start(x, "pic:cNvPr");
    rp_ox_attr(x, "id", "0");
    rp_ox_attr(x, "name", name);
    rp_ox_attr(x, "descr", b->text);
    rp_ox_end(x);
    rp_ox_empty(x, "pic:cNvPicPr", NULL, NULL);
    rp_ox_end(x);
    rp_ox_start(x, "pic:blipFill");
    rp_ox_start(x, "a:blip");
    rp_ox_attr(x, "r:embed", rid);
    rp_ox_start(x, "a:extLst");
    rp_ox_start(x, "a:ext");
    rp_ox_attr(x, "uri", RP_SVG_EXT);
    rp_ox_start(x, "asvg:svgBlip");
    rp_ox_attr(x, "xmlns:asvg", RP_NS_ASVG);
    rp_ox_attr(x, "r:embed", svg);
    rp_ox_end(x);
    rp_ox_end(x);
    rp_ox_end(x);
    rp_ox_end(x);
    rp_ox_start(x, "a:stretch");
    rp_ox_empty(x, "a:fillRect", NULL, NULL);
    rp_ox_end(x);
    rp_ox_end(x);
    rp_ox_start(x, "pic:spPr");
    rp_ox_start(x, "a:xfrm");
    rp_ox_start(x, "a:off");
    rp_ox_attr(x, "x", "0");
    rp_ox_attr(x, "y", "0");
    rp_ox_end(x);
    rp_ox_start(x, "a:ext");
    rp_ox_attrf(x, "cx", "%ld", cx);
    rp_ox_attrf(x, "cy", "%ld", cy);
    rp_ox_end(x);
    rp_ox_end(x);
    rp_ox_start(x, "a:prstGeom");
    rp_ox_attr(x, "prst", "rect");
    rp_ox_empty(x, "a:avLst", NULL, NULL);
    rp_ox_end(x);
    rp_ox_end(x);
    rp_ox_end(x); /* pic:pic */
    rp_ox_end(x);
    rp_ox_end(x);
    rp_ox_end(x); /* wp:inline */
    rp_ox_end(x);
    rp_ox_end(x);
    rp_ox_end(x);
    para(w, RP_DS_CAPTION, b->text);
}

static void blocks(docx *w)
{
    for (size_t i = 0; i < w->d->n; i++) {
        const rp_block *b = &w->d->b[i];
        switch (b->kind) {
        case RP_BLOCK_HEADING: heading(w, i, b); break;
        case RP_BLOCK_PARAGRAPH:
            if (b->spans || b->depth || b->quote)
                text_para(w, b);
            else
                para(w, RP_DS_NORMAL, b->text);
            break;
        case RP_BLOCK_NOTE: para(w, RP_DS_NOTE, b->text); break;
        case RP_BLOCK_ITEM: item(w, b); break;
        case RP_BLOCK_CODE: text_para(w, b); break;
        case RP_BLOCK_RULE: rule(w); break;
        case RP_BLOCK_TABLE: table(w, b->table); break;
        case RP_BLOCK_FIGURE: figure(w, b); break;
        case RP_BLOCK_PAGEBREAK: page_break(w); break;
        }
    }
}

/* The page: size and margins, the footer from the second page on. */
static void section(docx *w)
{
    rp_ox *x = &w->x;
    const rp_docx_style *s = w->st;
    rp_ox_start(x, "w:sectPr");
    rp_ox_start(x, "w:footerReference");
    rp_ox_attr(x, "w:type", "default");
    rp_ox_attr(x, "r:id", "rId4");
    rp_ox_end(x);
    rp_ox_start(x, "w:pgSz");
    rp_ox_attrf(x, "w:w", "%ld", s->page_w);
    rp_ox_attrf(x, "w:h", "%ld", s->page_h);
    if (s->landscape)
        rp_ox_attr(x, "w:orient", "landscape");
    rp_ox_end(x);
    rp_ox_start(x, "w:pgMar");
    static const char *const sides[] = {"w:top", "w:right", "w:bottom", "w:left"};
    for (int i = 0; i < 4; i++)
        rp_ox_attrf(x, sides[i], "%ld", s->margin[i]);
    rp_ox_attrf(x, "w:header", "%ld", s->header);
    rp_ox_attrf(x, "w:footer", "%ld", s->footer);
    rp_ox_attr(x, "w:gutter", "0");
    rp_ox_end(x);
    rp_ox_empty(x, "w:titlePg", NULL, NULL); /* the title page without a footer */
    rp_ox_end(x);
}

static void document(docx *w, rp_opc *o)
{
    rp_ox *x = &w->x;
    rp_ox_begin(x);
    rp_ox_start(x, "w:document");
    rp_ox_attr(x, "xmlns:w", NS_W);
    rp_ox_attr(x, "xmlns:r", RP_NS_R);
    rp_ox_attr(x, "xmlns:wp", NS_WP);
    rp_ox_start(x, "w:body");
    title_page(w);
    contents(w);
    blocks(w);
    section(w);
    rp_ox_end(x);
    rp_ox_end(x);
    rp_ox_finish(x, o, "word/document.xml");
}

/* The running footer: the title, and the page of the pages at the right. */
static void footer(docx *w, rp_opc *o)
{
    rp_ox *x = &w->x;
    const char *part[3];
    rp_word_page_of(w->d->lang, part);
    rp_ox_begin(x);
    rp_ox_start(x, "w:ftr");
    rp_ox_attr(x, "xmlns:w", NS_W);
    rp_ox_attr(x, "xmlns:r", RP_NS_R);
    rp_ox_start(x, "w:p");
    ppr_start(w, RP_DS_FOOTER);
    rp_ox_start(x, "w:tabs"); /* one tab stop, at the right margin */
    for (int i = 0; i < w->st->nclear; i++) {
        rp_ox_start(x, "w:tab");
        rp_ox_attr(x, "w:val", "clear");
        rp_ox_attrf(x, "w:pos", "%ld", w->st->clear_tab[i]);
        rp_ox_end(x);
    }
    rp_ox_start(x, "w:tab");
    rp_ox_attr(x, "w:val", "right");
    rp_ox_attrf(x, "w:pos", "%ld", w->st->page_w - w->st->margin[1] - w->st->margin[3]);
    rp_ox_end(x);
    rp_ox_end(x);
    rp_ox_end(x);
    runs(w, w->d->title, 0);
    rp_ox_start(x, "w:r");
    rp_ox_empty(x, "w:tab", NULL, NULL);
    rp_ox_end(x);
    runs(w, part[0], 0);
    field(w, " PAGE ", "1", 0);
    runs(w, part[1], 0);
    field(w, " NUMPAGES ", "1", 0);
    if (*part[2])
        runs(w, part[2], 0);
    rp_ox_end(x);
    rp_ox_end(x);
    rp_ox_finish(x, o, "word/footer1.xml");
}

static void settings(docx *w, rp_opc *o)
{
    rp_ox *x = &w->x;
    rp_ox_begin(x);
    rp_ox_start(x, "w:settings");
    rp_ox_attr(x, "xmlns:w", NS_W);
    rp_ox_empty(x, "w:defaultTabStop", "w:val", "708");
    rp_ox_empty(x, "w:characterSpacingControl", "w:val", "doNotCompress");
    rp_ox_start(x, "w:compat"); /* Word 2013 and later: no compatibility mode */
    rp_ox_start(x, "w:compatSetting");
    rp_ox_attr(x, "w:name", "compatibilityMode");
    rp_ox_attr(x, "w:uri", "http://schemas.microsoft.com/office/word");
    rp_ox_attr(x, "w:val", "15");
    rp_ox_end(x);
    rp_ox_end(x);
    rp_ox_empty(x, "w:themeFontLang", "w:val", rp_fmt_lang_tag(w->d->lang));
    rp_ox_empty(x, "w:decimalSymbol", "w:val", rp_fmt_decimal_sign(w->d->lang));
    rp_ox_empty(x, "w:listSeparator", "w:val", rp_fmt_list_separator(w->d->lang));
    rp_ox_end(x);
    rp_ox_finish(x, o, "word/settings.xml");
}

static void document_rels(docx *w, rp_opc *o)
{
    rp_ox *x = &w->x;
    rp_ox_begin(x);
    rp_ox_start(x, "Relationships");
    rp_ox_attr(x, "xmlns", RP_NS_REL);
    rp_opc_rel(x, "rId1", RP_REL("styles"), "styles.xml");
    rp_opc_rel(x, "rId2", RP_REL("settings"), "settings.xml");
    rp_opc_rel(x, "rId3", RP_REL("numbering"), "numbering.xml");
    rp_opc_rel(x, "rId4", RP_REL("footer"), "footer1.xml");
    if (w->st->fonts)
        rp_opc_rel(x, "rId5", RP_REL("fontTable"), "fontTable.xml");
    if (w->st->theme)
        rp_opc_rel(x, "rId6", RP_REL("theme"), "theme/theme1.xml");
    for (size_t i = 0; i < w->nlinks; i++) { /* the text's links, to web and mail */
        rp_ox_start(x, "Relationship");
        rp_ox_attrf(x, "Id", "rId%d", w->link_rid[i]);
        rp_ox_attr(x, "Type", RP_REL("hyperlink"));
        rp_ox_attr(x, "Target", w->links[i]);
        rp_ox_attr(x, "TargetMode", "External");
        rp_ox_end(x);
    }
    for (size_t i = 0; i < w->nm; i++) {
        char id[16], target[300];
        snprintf(id, sizeof id, "rId%d", w->m[i].rid);
        snprintf(target, sizeof target, "media/%s.png", w->m[i].file);
        rp_opc_rel(x, id, RP_REL("image"), target);
        snprintf(id, sizeof id, "rId%d", w->m[i].rid + 1);
        snprintf(target, sizeof target, "media/%s.svg", w->m[i].file);
        rp_opc_rel(x, id, RP_REL("image"), target);
    }
    rp_ox_end(x);
    rp_ox_finish(x, o, "word/_rels/document.xml.rels");
}

static void deflt(rp_ox *x, const char *ext, const char *type)
{
    rp_ox_start(x, "Default");
    rp_ox_attr(x, "Extension", ext);
    rp_ox_attr(x, "ContentType", type);
    rp_ox_end(x);
}

static void content_types(docx *w, rp_opc *o)
{
    rp_ox *x = &w->x;
    rp_ox_begin(x);
    rp_ox_start(x, "Types");
    rp_ox_attr(x, "xmlns", "http://schemas.openxmlformats.org/package/2006/content-types");
    deflt(x, "rels", "application/vnd.openxmlformats-package.relationships+xml");
    deflt(x, "xml", "application/xml");
    deflt(x, "png", "image/png");
    deflt(x, "svg", "image/svg+xml");
    rp_opc_override(x, "/word/document.xml", CT_WML "document.main+xml");
    rp_opc_override(x, "/word/styles.xml", CT_WML "styles+xml");
    rp_opc_override(x, "/word/settings.xml", CT_WML "settings+xml");
    rp_opc_override(x, "/word/numbering.xml", CT_WML "numbering+xml");
    rp_opc_override(x, "/word/footer1.xml", CT_WML "footer+xml");
    if (w->st->fonts)
        rp_opc_override(x, "/word/fontTable.xml", CT_WML "fontTable+xml");
    if (w->st->theme)
        rp_opc_override(x, "/word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml");
    rp_opc_override(x, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
    rp_opc_override(x, "/docProps/app.xml",
             "application/vnd.openxmlformats-officedocument.extended-properties+xml");
    rp_ox_end(x);
    rp_ox_finish(x, o, "[Content_Types].xml");
}

static void package_rels(docx *w, rp_opc *o)
{
    rp_ox *x = &w->x;
    rp_ox_begin(x);
    rp_ox_start(x, "Relationships");
    rp_ox_attr(x, "xmlns", RP_NS_REL);
    rp_opc_rel(x, "rId1", RP_REL("officeDocument"), "word/document.xml");
    rp_opc_rel(x, "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                   "core-properties", "docProps/core.xml");
    rp_opc_rel(x, "rId3", RP_REL("extended-properties"), "docProps/app.xml");
    rp_ox_end(x);
    rp_ox_finish(x, o, "_rels/.rels");
}

static void media_parts(docx *w, rp_opc *o)
{
    for (size_t i = 0; i < w->nm; i++) {
        static const char *const ext[] = {"png", "svg"};
        for (int k = 0; k < 2; k++) {
            char *path = rp_strfmt("%s/%s.%s", w->charts, w->m[i].file, ext[k]);
            char *name = rp_strfmt("word/media/%s.%s", w->m[i].file, ext[k]);
            if (path && name)
                rp_opc_part_file(o, name, path);
            free(path);
            free(name);
        }
    }
}

int rp_docx_write(const rp_doc *doc, const char *charts_dir, const rp_docx_style *style,
                  FILE *f, char *err, size_t n)
{
    docx w = {.d = doc, .charts = charts_dir, .st = style, .next_rid = 7};
    rp_opc *o = rp_opc_open(f, doc->epoch);
    content_types(&w, o);
    package_rels(&w, o);
    rp_opc_properties(o, doc->title, doc->subject, doc->author,
                      rp_fmt_lang_tag(doc->lang), doc->epoch,
                      "rapporteur " RP_VERSION);
    document(&w, o); /* first: it gathers the charts */
    document_rels(&w, o);
    rp_opc_part(o, "word/styles.xml", style->styles, style->nstyles);
    rp_opc_part(o, "word/numbering.xml", style->numbering, style->nnumbering);
    if (style->fonts)
        rp_opc_part(o, "word/fontTable.xml", style->fonts, style->nfonts);
    if (style->theme)
        rp_opc_part(o, "word/theme/theme1.xml", style->theme, style->ntheme);
    settings(&w, o);
    footer(&w, o);
    media_parts(&w, o);
    int r = rp_opc_close(o, err, n);
    if (r == 0 && w.err[0]) {
        snprintf(err, n, "%s", w.err);
        r = -1;
    }
    free(w.m);
    free(w.links);
    free(w.link_rid);
    return r;
}
