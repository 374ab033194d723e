/* The report as an A4 PDF with cairo, pango and librsvg. */
#include "reports/pdftext.h"
#include "words/word_office.h"
#include "words/phrases.h"
#include "words/numfmt.h"
#include "datasets/project.h"
#include "reports/pdf.h"
#include "reports/pdftag.h"

#include <cairo-pdf.h>
#include <librsvg/rsvg.h>
#include <math.h>
#include <pthread.h>
#include <pango/pangocairo.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifndef RP_VERSION
#define RP_VERSION "dev"
#endif
#define PRODUCER "rapporteur " RP_VERSION " (cairo " CAIRO_VERSION_STRING ", qpdf)"


/* A4 in points, and the type area. */
#define PAGE_W 595.2756
#define PAGE_H 841.8898
#define ML 62.0
#define MR 62.0
#define MT 62.0
#define MB 72.0
#define TW (PAGE_W - ML - MR)

typedef struct {
    double y;         /* of the heading on its page */
    int page;
} mark;

typedef struct {
    const rp_doc *doc;
    const char *charts;
    cairo_surface_t *surface;
    cairo_t *cr;
    int measuring;    /* first pass: lay out only, to learn the pages */
    int page;         /* current page, from 1 */
    double y;
    mark *marks;      /* per block: where each heading landed */
    rp_pdf_link *links; /* the contents' links and the text's, in page order (second pass) */
    size_t nlinks, caplinks;
    char **said;      /* what the text's links say (their words and address), owned */
    size_t nsaid;
    int pages;        /* total, known in the second pass */
    int toc_page;
    double tfont;     /* font size of the table being set */
    int outline[2];   /* current outline parents per level */
    const char *open[32]; /* the structure elements (Table, L, LI, LBody, BlockQuote) open
                           * around the blocks, outermost first: a page break closes and
                           * reopens them, so that the running footer lies outside */
    int nopen;
    int lists;        /* lists open (each an L, and its item's LI and LBody) */
    int quote;        /* a BlockQuote is open (outermost) */
    char err[256];
} pdf;

/* ---- structure tags (tagged PDF: cairo writes the tree; pdftag adds what it cannot) ---- */

static void tag_begin(pdf *p, const char *tag)
{
    if (!p->measuring)
        cairo_tag_begin(p->cr, tag, NULL);
}

static void tag_end(pdf *p, const char *tag)
{
    if (!p->measuring)
        cairo_tag_end(p->cr, tag);
}

static void group_begin(pdf *p, const char *tag)
{
    if (p->nopen == (int)(sizeof p->open / sizeof *p->open))
        return;
    tag_begin(p, tag);
    p->open[p->nopen++] = tag;
}

static void group_end(pdf *p)
{
    if (p->nopen)
        tag_end(p, p->open[--p->nopen]);
}

/* ---- text ---- */

static PangoLayout *layout(pdf *p, const char *text, double size, int bold, int italic,
                           double width)
{
    return rp_pdf_layout(p->cr, p->doc->lang, text, size, bold, italic, width);
}

static double height_of(PangoLayout *l) { return rp_pdf_layout_height(l); }
static double width_of(PangoLayout *l) { return rp_pdf_layout_width(l); }

static void draw_layout(pdf *p, PangoLayout *l, double x, double y, double grey)
{
    if (p->measuring)
        return;
    cairo_move_to(p->cr, x, y);
    cairo_set_source_rgb(p->cr, grey, grey, grey);
    pango_cairo_show_layout(p->cr, l);
}

/* A block's layout with its spans' styles (bold, italic, monospace); links are drawn by
 * draw_rich, which colours and underlines them. */
static PangoLayout *rich_layout(pdf *p, const rp_block *b, double size, double width)
{
    PangoLayout *l = layout(p, b->text, size, 0, 0, width);
    if (!b->spans)
        return l;
    PangoAttrList *had = pango_layout_get_attributes(l);
    PangoAttrList *attrs = had ? pango_attr_list_copy(had) : pango_attr_list_new();
    size_t at = 0;
    for (size_t i = 0; i < b->nspans; i++) {
        size_t end = at + strlen(b->spans[i].text);
        /* a link's underline also splits the layout's runs where the link starts and ends,
         * so that draw_rich can tag it run by run */
        PangoAttribute *a[4] = {
            b->spans[i].style & RP_SPAN_STRONG ? pango_attr_weight_new(PANGO_WEIGHT_BOLD) : NULL,
            b->spans[i].style & RP_SPAN_EM ? pango_attr_style_new(PANGO_STYLE_ITALIC) : NULL,
            b->spans[i].style & RP_SPAN_CODE ? pango_attr_family_new("DejaVu Sans Mono") : NULL,
            b->spans[i].href ? pango_attr_underline_new(PANGO_UNDERLINE_SINGLE) : NULL};
        for (int k = 0; k < 4; k++)
            if (a[k]) {
                a[k]->start_index = (guint)at;
                a[k]->end_index = (guint)end;
                pango_attr_list_insert(attrs, a[k]);
            }
        at = end;
    }
    pango_layout_set_attributes(l, attrs);
    pango_attr_list_unref(attrs);
    return l;
}

/* The span of b that holds byte `at` of its text, as an index. */
static size_t span_at(const rp_block *b, int at)
{
    size_t end = 0;
    for (size_t i = 0; i < b->nspans; i++) {
        end += strlen(b->spans[i].text);
        if ((size_t)at < end)
            return i;
    }
    return b->nspans ? b->nspans - 1 : 0;
}

static int has_links(const rp_block *b)
{
    for (size_t i = 0; i < b->nspans; i++)
        if (b->spans[i].href)
            return 1;
    return 0;
}

/* What a link says to a screen reader (its annotation's /Contents): its words, then where it
 * leads. The words are those of the spans around span i with the same address. */
static const char *link_words(pdf *p, const rp_block *b, size_t i)
{
    const char *href = b->spans[i].href;
    size_t first = i, last = i;
    while (first > 0 && b->spans[first - 1].href && !strcmp(b->spans[first - 1].href, href))
        first--;
    while (last + 1 < b->nspans && b->spans[last + 1].href &&
           !strcmp(b->spans[last + 1].href, href))
        last++;
    rp_buf t;
    rp_buf_init(&t);
    for (size_t k = first; k <= last; k++)
        rp_buf_puts(&t, b->spans[k].text);
    rp_buf_printf(&t, " (%s)", href);
    char *said = rp_buf_steal(&t);
    char **grown = said ? realloc(p->said, (p->nsaid + 1) * sizeof *grown) : NULL;
    if (!grown) {
        free(said);
        return href;
    }
    p->said = grown;
    return p->said[p->nsaid++] = said;
}

static void add_link(pdf *p, rp_pdf_link l)
{
    if (p->nlinks == p->caplinks) {
        size_t cap = p->caplinks ? 2 * p->caplinks : 64;
        rp_pdf_link *grown = realloc(p->links, cap * sizeof *grown);
        if (!grown) {
            snprintf(p->err, sizeof p->err, "out of memory");
            return;
        }
        p->links = grown;
        p->caplinks = cap;
    }
    p->links[p->nlinks++] = l;
}

/* A link's tag: cairo's attribute string quotes the address, with ' and \ escaped. */
static void link_begin(pdf *p, const char *href)
{
    rp_buf a;
    rp_buf_init(&a);
    rp_buf_puts(&a, "uri='");
    for (const char *s = href; *s; s++) {
        if (*s == '\'' || *s == '\\')
            rp_buf_putc(&a, '\\');
        rp_buf_putc(&a, *s);
    }
    rp_buf_putc(&a, '\'');
    cairo_tag_begin(p->cr, CAIRO_TAG_LINK, rp_buf_str(&a));
    rp_buf_free(&a);
}

/* Draws a block's layout; its links run by run, each line of a link a Link element of its
 * own with its annotation, in the link colour and underlined (not colour alone). */
static void draw_rich(pdf *p, PangoLayout *l, const rp_block *b, double x, double y,
                      double grey)
{
    if (p->measuring)
        return;
    if (!has_links(b)) {
        draw_layout(p, l, x, y, grey);
        return;
    }
    const char *text = pango_layout_get_text(l), *open = NULL;
    PangoLayoutIter *it = pango_layout_get_iter(l);
    do {
        PangoLayoutRun *run = pango_layout_iter_get_run_readonly(it);
        size_t i = run ? span_at(b, run->item->offset) : 0;
        const char *href = run ? b->spans[i].href : NULL;
        if (open && (!href || strcmp(href, open))) {
            cairo_tag_end(p->cr, CAIRO_TAG_LINK);
            open = NULL;
        }
        if (!run)
            continue; /* the end of a line: a link goes on in an element of its own */
        if (href && !open) {
            link_begin(p, href);
            add_link(p, (rp_pdf_link){link_words(p, b, i), 0, 0, 0, href});
            open = href;
        }
        PangoRectangle log;
        pango_layout_iter_get_run_extents(it, NULL, &log);
        double rx = x + (double)log.x / PANGO_SCALE;
        double base = y + (double)pango_layout_iter_get_baseline(it) / PANGO_SCALE;
        if (href)
            cairo_set_source_rgb(p->cr, 0.0, 0.314, 0.627); /* #0050a0, as the HTML */
        else
            cairo_set_source_rgb(p->cr, grey, grey, grey);
        cairo_move_to(p->cr, rx, base);
        pango_cairo_show_glyph_item(p->cr, text, run);
        if (href) {
            cairo_rectangle(p->cr, rx, base + 1.3, (double)log.width / PANGO_SCALE, 0.6);
            cairo_fill(p->cr);
        }
    } while (pango_layout_iter_next_run(it));
    if (open)
        cairo_tag_end(p->cr, CAIRO_TAG_LINK);
    pango_layout_iter_free(it);
}

/* ---- pages ---- */

static void footer(pdf *p)
{
    if (p->measuring || p->page <= 1)
        return;
    char num[64];
    snprintf(num, sizeof num, RP_PH(p->doc->lang, RP_PH_PAGE_OF), p->page,
             p->pages);
    PangoLayout *l = layout(p, p->doc->title, 8, 0, 0, TW * 0.7);
    pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
    draw_layout(p, l, ML, PAGE_H - MB + 30, 0.4);
    g_object_unref(l);
    l = layout(p, num, 8, 0, 0, 0);
    draw_layout(p, l, PAGE_W - MR - width_of(l), PAGE_H - MB + 30, 0.4);
    g_object_unref(l);
    cairo_set_source_rgb(p->cr, 0.7, 0.7, 0.7);
    cairo_set_line_width(p->cr, 0.5);
    cairo_move_to(p->cr, ML, PAGE_H - MB + 24);
    cairo_line_to(p->cr, PAGE_W - MR, PAGE_H - MB + 24);
    cairo_stroke(p->cr);
}

static void new_page(pdf *p)
{
    for (int i = p->nopen; i-- > 0;)
        tag_end(p, p->open[i]);
    footer(p);
    cairo_show_page(p->cr);
    p->page++;
    p->y = MT;
    for (int i = 0; i < p->nopen; i++)
        tag_begin(p, p->open[i]);
}

/* Starts a new page unless `need` points still fit on this one. */
static void need(pdf *p, double h)
{
    if (p->y + h > PAGE_H - MB && p->y > MT + 1)
        new_page(p);
}

/* ---- blocks ---- */

/* A block of text as one structure element (P, H1, ...); the page break, if any, first. */
static double put_tagged(pdf *p, const char *tag, const char *text, double size, int bold,
                         int italic, double indent, double grey, double after)
{
    PangoLayout *l = layout(p, text, size, bold, italic, TW - indent);
    double h = height_of(l);
    need(p, h);
    tag_begin(p, tag);
    draw_layout(p, l, ML + indent, p->y, grey);
    tag_end(p, tag);
    g_object_unref(l);
    p->y += h + after;
    return h;
}

static double put_text(pdf *p, const char *text, double size, int bold, int italic,
                       double indent, double grey, double after)
{
    return put_tagged(p, "P", text, size, bold, italic, indent, grey, after);
}

/* A paragraph of the document, with its spans' styles and links. */
static void put_rich(pdf *p, const char *tag, const rp_block *b, double size, double indent,
                     double grey, double after)
{
    PangoLayout *l = rich_layout(p, b, size, TW - indent);
    double h = height_of(l);
    need(p, h);
    tag_begin(p, tag);
    draw_rich(p, l, b, ML + indent, p->y, grey);
    tag_end(p, tag);
    g_object_unref(l);
    p->y += h + after;
}

static void link_attr(char *buf, size_t n, const mark *m)
{
    snprintf(buf, n, "page=%d pos=[%g %g]", m->page, ML, m->y);
}

/* Height of the text blocks after heading i up to and including the chart they introduce:
 * a section whose definition sits at the foot of one page and whose chart starts the next
 * reads as two sections. */
static double lead_height(pdf *p, size_t i)
{
    double h = 40;
    for (size_t j = i + 1; j < p->doc->n; j++) {
        const rp_block *b = &p->doc->b[j];
        if (b->kind == RP_BLOCK_FIGURE) {
            PangoLayout *cap = layout(p, b->text, 8, 0, 1, TW);
            h += TW * 540.0 / 960.0 + height_of(cap) + 8;
            g_object_unref(cap);
            return h;
        }
        if (b->kind != RP_BLOCK_PARAGRAPH && b->kind != RP_BLOCK_NOTE)
            return 140;
        PangoLayout *l = layout(p, b->text, b->kind == RP_BLOCK_NOTE ? 8 : 10, 0, 0, TW);
        h += height_of(l) + 7;
        g_object_unref(l);
    }
    return 140;
}

static void heading(pdf *p, size_t i, const rp_block *b)
{
    double size = b->level == 1 ? 17 : b->level == 2 ? 13 : b->level == 3 ? 11 : 10;
    /* a chapter starts on a new page, unless this one is less than half full: no page
     * ends two-thirds empty */
    if (b->level == 1 && p->y > MT + 1 && p->y > MT + (PAGE_H - MT - MB) / 2)
        new_page(p);
    else {
        if (b->level == 1 && p->y > MT + 1)
            p->y += 18;
        need(p, fmin(lead_height(p, i), PAGE_H - MT - MB)); /* keep a heading with what follows */
    }
    if (b->level >= 2 && p->y > MT + 1)
        p->y += b->level == 2 ? 10 : 6;
    p->marks[i] = (mark){p->y, p->page};
    if (!p->measuring && b->level <= 2) { /* the bookmarks, as the contents, go two deep */
        char link[96];
        link_attr(link, sizeof link, &p->marks[i]);
        int parent = b->level == 1 ? CAIRO_PDF_OUTLINE_ROOT : p->outline[0];
        int id = cairo_pdf_surface_add_outline(p->surface, parent, b->text, link,
                                               CAIRO_PDF_OUTLINE_FLAG_OPEN);
        p->outline[b->level == 1 ? 0 : 1] = id;
    }
    static const char *const tags[] = {"H1", "H2", "H3", "H4"};
    put_tagged(p, tags[b->level >= 1 && b->level <= 4 ? b->level - 1 : 1], b->text, size, 1,
               0, 0, 0.05, b->level == 1 ? 12 : b->level == 2 ? 6 : 4);
}

static int numeric(const rp_tcell *c)
{
    return c->kind == RP_TC_NUM || c->kind == RP_TC_SUPPRESSED || c->kind == RP_TC_MISSING;
}

/* The widest word of a text: a header may wrap between words, never inside one. */
static double widest_word(pdf *p, const char *text, double size, int bold)
{
    double w = 0;
    char *copy = rp_strdup(text ? text : "");
    for (char *tok = strtok(copy, " "); tok; tok = strtok(NULL, " ")) {
        PangoLayout *l = layout(p, tok, size, bold, 0, 0);
        if (width_of(l) > w)
            w = width_of(l);
        g_object_unref(l);
    }
    free(copy);
    return w;
}

/* Column widths: numbers keep their natural width (they never wrap); text columns share what
 * is left, in proportion to their natural widths; headers wrap between words. */
static void column_widths(pdf *p, const rp_dtable *t, double *w)
{
    int *text = calloc(t->ncols ? t->ncols : 1, sizeof *text);
    double fixed = 0, flexible = 0, *least = malloc((t->ncols ? t->ncols : 1) * sizeof *least);
    if (!text || !least) { /* out of memory: the header widths, as good as it gets */
        for (size_t c = 0; c < t->ncols; c++)
            w[c] = TW / (double)t->ncols;
        free(text);
        free(least);
        return;
    }
    for (size_t c = 0; c < t->ncols; c++) {
        w[c] = least[c] = widest_word(p, t->head[c], p->tfont, 1) + 8;
        for (size_t r = 0; r < t->nrows; r++) {
            const rp_tcell *cell = rp_dtable_cell(t, r, c);
            rp_buf b;
            rp_buf_init(&b);
            rp_dtable_format(&b, cell, p->doc->lang);
            /* a column is never narrower than its longest unbreakable run ("2019: 5,0%" and
             * "S+ M+ A+ R- T+" are joined by no-break spaces) */
            double word = widest_word(p, rp_buf_str(&b), p->tfont, 0) + 8;
            if (word > least[c])
                least[c] = word;
            PangoLayout *l = layout(p, rp_buf_str(&b), p->tfont, 0, 0, 0);
            if (width_of(l) + 8 > w[c])
                w[c] = width_of(l) + 8;
            g_object_unref(l);
            rp_buf_free(&b);
            text[c] |= cell->kind == RP_TC_TEXT;
        }
        if (text[c])
            flexible += w[c];
        else
            fixed += w[c];
    }
    double room = TW - fixed;
    for (size_t c = 0; flexible > room && c < t->ncols; c++)
        if (text[c])
            w[c] = fmax(fmax(40, least[c]), w[c] * room / flexible);
    free(text);
    free(least);
}

/* A table too wide for the page at 8 points is set in a smaller font (not below 7). */
static void fit_table(pdf *p, const rp_dtable *t, double *w)
{
    p->tfont = 8;
    for (int i = 0; i < 4; i++) {
        column_widths(p, t, w);
        double total = 0;
        for (size_t c = 0; c < t->ncols; c++)
            total += w[c];
        if (total <= TW + 0.5 || p->tfont <= 7)
            break;
        p->tfont = fmax(7, p->tfont * TW / total); /* never below 7 points */
    }
}

/* One row; header rows are bold with a rule below. Returns the height used. */
static double table_row(pdf *p, const rp_dtable *t, const double *w, size_t r, int header)
{
    size_t nc = t->ncols;
    PangoLayout **ls = malloc((nc ? nc : 1) * sizeof *ls);
    double h = 0;
    if (!ls)
        return 0;
    for (size_t c = 0; c < nc; c++) {
        rp_buf b;
        rp_buf_init(&b);
        if (header)
            rp_buf_puts(&b, t->head[c]);
        else
            rp_dtable_format(&b, rp_dtable_cell(t, r, c), p->doc->lang);
        ls[c] = layout(p, rp_buf_str(&b), p->tfont, header, 0, w[c] - 6);
        if (header)
            pango_layout_set_wrap(ls[c], PANGO_WRAP_WORD);
        if (!header && numeric(rp_dtable_cell(t, r, c)))
            pango_layout_set_alignment(ls[c], PANGO_ALIGN_RIGHT);
        if (height_of(ls[c]) > h)
            h = height_of(ls[c]);
        rp_buf_free(&b);
    }
    h += 5;
    if (p->y + h > PAGE_H - MB) { /* the caller starts a page and asks again */
        for (size_t c = 0; c < nc; c++)
            g_object_unref(ls[c]);
        free(ls);
        return -1;
    }
    double x = ML;
    tag_begin(p, "TR");
    for (size_t c = 0; c < nc; c++) {
        tag_begin(p, header ? "TH" : "TD");
        draw_layout(p, ls[c], x + 3, p->y + 2.5, header ? 0.0 : 0.1);
        tag_end(p, header ? "TH" : "TD");
        x += w[c];
        g_object_unref(ls[c]);
    }
    tag_end(p, "TR");
    free(ls);
    if (!p->measuring) {
        cairo_set_source_rgb(p->cr, header ? 0.3 : 0.85, header ? 0.3 : 0.85, header ? 0.3 : 0.85);
        cairo_set_line_width(p->cr, header ? 0.8 : 0.4);
        cairo_move_to(p->cr, ML, p->y + h);
        cairo_line_to(p->cr, ML + (x - ML), p->y + h);
        cairo_stroke(p->cr);
    }
    p->y += h;
    return h;
}

static void table(pdf *p, const rp_dtable *t)
{
    double *w = malloc((t->ncols ? t->ncols : 1) * sizeof *w);
    if (!w)
        return;
    fit_table(p, t, w);
    need(p, 60);
    group_begin(p, "Table"); /* the caption belongs to its table (PDF/UA: Caption in Table) */
    put_tagged(p, "Caption", t->title, 9.5, 1, 0, 0, 0.1, 4);
    if (table_row(p, t, w, 0, 1) < 0) {
        new_page(p);
        table_row(p, t, w, 0, 1);
    }
    for (size_t r = 0; r < t->nrows; r++)
        if (table_row(p, t, w, r, 0) < 0) {
            new_page(p); /* the header again on the next page */
            table_row(p, t, w, 0, 1);
            table_row(p, t, w, r, 0);
        }
    group_end(p);
    p->y += 4;
    if (t->note)
        put_text(p, t->note, 7.5, 0, 0, 0, 0.4, 0);
    p->y += 10;
    free(w);
}

/* A chart at the full text width, drawn from its SVG as vectors; its alt text below. */
static void figure(pdf *p, const rp_block *b)
{
    double h = TW * 540.0 / 960.0;
    PangoLayout *cap = layout(p, b->text, 8, 0, 1, TW);
    need(p, h + height_of(cap) + 8);
    tag_begin(p, "Figure"); /* its /Alt, the chart's alt text, is added by pdftag */
    if (!p->measuring) {
        char *path = g_strdup_printf("%s/%s.svg", p->charts, b->file);
        GError *e = NULL;
        RsvgHandle *svg = rsvg_handle_new_from_file(path, &e);
        RsvgRectangle view = {ML, p->y, TW, h};
        /* drawn in the document's own context, inside its Figure tag (a second context on the
         * surface would stand outside the structure); a chart that leaves cairo in an error
         * state is reported, and the document with it */
        cairo_t *cr = p->cr;
        cairo_save(cr);
        if (!svg || !rsvg_handle_render_document(svg, cr, &view, &e) ||
            cairo_status(cr) != CAIRO_STATUS_SUCCESS)
            snprintf(p->err, sizeof p->err, "cannot draw %s: %s", path,
                     e ? e->message : cairo_status_to_string(cairo_status(cr)));
        cairo_restore(cr);
        if (e)
            g_error_free(e);
        if (svg)
            g_object_unref(svg);
        g_free(path);
    }
    p->y += h + 4;
    tag_begin(p, "Caption");
    draw_layout(p, cap, ML, p->y, 0.35);
    tag_end(p, "Caption");
    tag_end(p, "Figure");
    p->y += height_of(cap) + 14;
    g_object_unref(cap);
}

#define MAX_DEPTH 6 /* deeper lists are set at this depth */

static int block_depth(const rp_block *k)
{
    int d = k->kind == RP_BLOCK_ITEM ? (k->depth ? k->depth : 1)
            : k->kind == RP_BLOCK_PARAGRAPH || k->kind == RP_BLOCK_CODE ? k->depth : 0;
    return d > MAX_DEPTH ? MAX_DEPTH : d;
}

/* Closes the lists deeper than depth: each its item's LBody and LI, then its L. */
static void close_lists(pdf *p, int depth)
{
    for (; p->lists > depth; p->lists--)
        for (int k = 0; k < 3; k++)
            group_end(p);
}

/* Opens what block k stands in (PDF/UA: L > LI > Lbl, LBody; a nested L in its item's
 * LBody; a BlockQuote around a quote's blocks) and closes what it does not. An item leaves
 * its LI and LBody open for what continues it. */
static void open_for(pdf *p, const rp_block *k, int *ordered)
{
    int depth = block_depth(k);
    if (p->lists && !depth)
        p->y += 4; /* a list ends: room before what follows */
    if (k->quote != p->quote) { /* lists close around a quote that starts or ends */
        close_lists(p, 0);
        if (p->quote)
            group_end(p);
        else
            group_begin(p, "BlockQuote");
        p->quote = k->quote;
    }
    close_lists(p, depth);
    if (k->kind != RP_BLOCK_ITEM)
        return;
    int ord = k->number > 0;
    if (p->lists == depth && (k->start || ordered[depth - 1] != ord))
        close_lists(p, depth - 1);
    if (p->lists == depth) { /* the item before ends */
        group_end(p);
        group_end(p);
        return;
    }
    while (p->lists < depth) {
        group_begin(p, "L");
        ordered[p->lists++] = ord;
        if (p->lists < depth) { /* an item holding nothing but the list below */
            group_begin(p, "LI");
            group_begin(p, "LBody");
        }
    }
}

/* The left edge of a block's text inside quotes and lists. */
static double inset(const pdf *p, int depth)
{
    return (p->quote ? 16 : 0) + (depth ? 16.0 * depth : 0);
}

/* The bar beside a quote's block (decoration). */
static void quote_bar(pdf *p, double y0)
{
    if (p->measuring || !p->quote || p->y <= y0)
        return;
    cairo_set_source_rgb(p->cr, 0.0, 0.447, 0.698); /* Okabe-Ito blue, as the HTML */
    cairo_rectangle(p->cr, ML + 2, y0, 2.5, p->y - y0 - 4);
    cairo_fill(p->cr);
}

static void item(pdf *p, const rp_block *b)
{
    static const char *const bullets[] = {"\u2022", "\u2013", "\u25E6"};
    int depth = block_depth(b);
    char num[24];
    if (b->number)
        snprintf(num, sizeof num, "%d.", b->number);
    PangoLayout *l = layout(p, b->number ? num : bullets[(depth - 1) % 3], 10, 0, 0, 0);
    double indent = inset(p, depth - 1), off = fmax(14, width_of(l) + 5);
    PangoLayout *t = rich_layout(p, b, 10, TW - indent - off);
    need(p, height_of(t));
    double y0 = p->y;
    group_begin(p, "LI");
    tag_begin(p, "Lbl");
    draw_layout(p, l, ML + indent + 2, p->y, 0.1);
    tag_end(p, "Lbl");
    group_begin(p, "LBody"); /* left open for what continues the item */
    draw_rich(p, t, b, ML + indent + off, p->y, 0.1);
    p->y += height_of(t) + 3;
    quote_bar(p, y0);
    g_object_unref(l);
    g_object_unref(t);
}

/* A code block of the rapporteur's text: monospace on a light ground, lines kept. */
static void code(pdf *p, const rp_block *b)
{
    double indent = inset(p, block_depth(b));
    PangoLayout *l = layout(p, b->text, 8.5, 0, 0, TW - indent - 12);
    PangoFontDescription *fd = pango_font_description_from_string("DejaVu Sans Mono");
    pango_font_description_set_absolute_size(fd, 8.5 * PANGO_SCALE);
    pango_layout_set_font_description(l, fd);
    pango_font_description_free(fd);
    pango_layout_set_wrap(l, PANGO_WRAP_CHAR);
    double h = height_of(l) + 10;
    need(p, h);
    if (!p->measuring) {
        cairo_set_source_rgb(p->cr, 0.957, 0.957, 0.957);
        cairo_rectangle(p->cr, ML + indent, p->y, TW - indent, h);
        cairo_fill(p->cr);
    }
    double y0 = p->y;
    tag_begin(p, "P");
    draw_layout(p, l, ML + indent + 6, p->y + 5, 0.1);
    tag_end(p, "P");
    p->y += h + 7;
    quote_bar(p, y0);
    g_object_unref(l);
}

static void blocks(pdf *p)
{
    int ordered[MAX_DEPTH] = {0};
    for (size_t i = 0; i < p->doc->n; i++) {
        const rp_block *b = &p->doc->b[i];
        open_for(p, b, ordered);
        double y0 = p->y;
        switch (b->kind) {
        case RP_BLOCK_HEADING: heading(p, i, b); break;
        case RP_BLOCK_PARAGRAPH:
            put_rich(p, "P", b, 10, inset(p, block_depth(b)), p->quote ? 0.2 : 0.1, 7);
            quote_bar(p, y0);
            break;
        case RP_BLOCK_NOTE: put_rich(p, "P", b, 8, 0, 0.35, 6); break;
        case RP_BLOCK_ITEM: item(p, b); break;
        case RP_BLOCK_CODE: code(p, b); break;
        case RP_BLOCK_RULE: /* a thematic break: a rule, decoration */
            need(p, 24);
            if (!p->measuring) {
                cairo_set_source_rgb(p->cr, 0.6, 0.6, 0.6);
                cairo_set_line_width(p->cr, 0.6);
                cairo_move_to(p->cr, ML + TW * 0.3, p->y + 9);
                cairo_line_to(p->cr, ML + TW * 0.7, p->y + 9);
                cairo_stroke(p->cr);
            }
            p->y += 22;
            break;
        case RP_BLOCK_TABLE: table(p, b->table); break;
        case RP_BLOCK_FIGURE: figure(p, b); break;
        case RP_BLOCK_PAGEBREAK:
            if (p->y > MT + 1)
                new_page(p);
            break;
        }
    }
    close_lists(p, 0);
    if (p->quote)
        group_end(p);
    p->quote = 0;
}

/* A text of the title page in at most `most` points of height: set smaller down to `least`
 * points, then cut after the lines that fit with an ellipsis (the whole text stays in the
 * metadata and the running footer). The title page never breaks: cairo 1.16 aborts on a
 * page without tagged content, which a title pushed to the next page would leave. */
static void cover_text(pdf *p, const char *tag, const char *text, double size, double least,
                       int bold, double grey, double most, double after)
{
    PangoLayout *l = layout(p, text, size, bold, 0, TW);
    while (height_of(l) > most && size > least) {
        g_object_unref(l);
        size = fmax(least, size - 2);
        l = layout(p, text, size, bold, 0, TW);
    }
    if (height_of(l) > most) {
        int lines = pango_layout_get_line_count(l);
        double per = height_of(l) / (lines ? lines : 1);
        pango_layout_set_height(l, -(int)fmax(1, floor(most / per)));
        pango_layout_set_ellipsize(l, PANGO_ELLIPSIZE_END);
    }
    tag_begin(p, tag);
    draw_layout(p, l, ML, p->y, grey);
    tag_end(p, tag);
    p->y += height_of(l) + after;
    g_object_unref(l);
}

static void title_page(pdf *p)
{
    const rp_doc *d = p->doc;
    p->y = 190;
    cover_text(p, "H1", d->title, 26, 14, 1, 0.0, 230, 14);
    if (d->subtitle)
        cover_text(p, "P", d->subtitle, 15, 15, 0, 0.2, 60, 10);
    if (d->organisation)
        cover_text(p, "P", d->organisation, 12, 12, 0, 0.25, 45, 6);
    rp_buf date;
    rp_buf_init(&date);
    rp_doc_date(d, &date);
    cover_text(p, "P", rp_buf_str(&date), 11, 11, 0, 0.35, 30, 30);
    rp_buf_free(&date);
    if (d->illustrative) {
        const char *t = RP_PH(d->lang, RP_PH_ILLUSTRATIVE_DATA_THESE_FIGURES_ARE);
        PangoLayout *l = layout(p, t, 11, 1, 0, TW - 24);
        double h = height_of(l) + 16;
        if (!p->measuring) { /* the frame is decoration (an Artifact), its text is read */
            cairo_set_source_rgb(p->cr, 0.835, 0.369, 0.0); /* Okabe-Ito vermillion */
            cairo_set_line_width(p->cr, 1.5);
            cairo_rectangle(p->cr, ML, p->y, TW, h);
            cairo_stroke(p->cr);
        }
        tag_begin(p, "P");
        draw_layout(p, l, ML + 12, p->y + 8, 0.1);
        tag_end(p, "P");
        g_object_unref(l);
        p->y += h + 20;
    }
    p->y = fmax(p->y, PAGE_H - MB - 60);
    if (d->source)
        cover_text(p, "P", d->source, 9, 9, 0, 0.35, 24, 4);
    rp_buf made;
    rp_buf_init(&made);
    rp_word_made_with(&made, RP_VERSION, d->lang);
    put_text(p, rp_buf_str(&made), 8, 0, 0, 0, 0.5, 0);
    rp_buf_free(&made);
    new_page(p);
}

/* Contents: every heading with its page, linked; the page numbers come from the first pass
 * (the layout of the second pass is the same, so they hold). */
static void contents(pdf *p)
{
    const rp_doc *d = p->doc;
    p->toc_page = p->page;
    put_tagged(p, "H1", RP_PH(d->lang, RP_PH_CONTENTS), 17, 1, 0, 0, 0.05, 12);
    group_begin(p, "TOC");
    for (size_t i = 0; i < d->n; i++) {
        const rp_block *b = &d->b[i];
        if (b->kind != RP_BLOCK_HEADING || b->level > 2)
            continue;
        double indent = b->level == 1 ? 0 : 16, size = b->level == 1 ? 10.5 : 9.5;
        char num[16];
        snprintf(num, sizeof num, "%d", p->marks[i].page);
        PangoLayout *t = layout(p, b->text, size, b->level == 1, 0, TW - indent - 40);
        PangoLayout *n = layout(p, num, size, b->level == 1, 0, 0);
        double h = height_of(t);
        need(p, h);
        tag_begin(p, "TOCI");
        if (!p->measuring) {
            char link[96];
            link_attr(link, sizeof link, &p->marks[i]);
            cairo_tag_begin(p->cr, CAIRO_TAG_LINK, link);
            /* what pdftag writes into the annotation: cairo 1.16 gives it no destination */
            add_link(p, (rp_pdf_link){b->text, p->marks[i].page, ML, p->marks[i].y, NULL});
        }
        draw_layout(p, t, ML + indent, p->y, 0.1);
        draw_layout(p, n, PAGE_W - MR - width_of(n), p->y, 0.1);
        if (!p->measuring)
            cairo_tag_end(p->cr, CAIRO_TAG_LINK);
        tag_end(p, "TOCI");
        p->y += h + (b->level == 1 ? 5 : 2.5);
        g_object_unref(t);
        g_object_unref(n);
    }
    group_end(p);
    new_page(p);
}

static void metadata(pdf *p)
{
    const rp_doc *d = p->doc;
    struct tm tm;
    char iso[32];
    rp_epoch_tm(d->epoch, &tm);
    strftime(iso, sizeof iso, "%Y-%m-%dT%H:%M:%S", &tm);
    cairo_pdf_surface_set_metadata(p->surface, CAIRO_PDF_METADATA_TITLE, d->title);
    if (d->author)
        cairo_pdf_surface_set_metadata(p->surface, CAIRO_PDF_METADATA_AUTHOR, d->author);
    if (d->subject)
        cairo_pdf_surface_set_metadata(p->surface, CAIRO_PDF_METADATA_SUBJECT, d->subject);
    cairo_pdf_surface_set_metadata(p->surface, CAIRO_PDF_METADATA_CREATOR,
                                   "rapporteur " RP_VERSION);
    cairo_pdf_surface_set_metadata(p->surface, CAIRO_PDF_METADATA_CREATE_DATE, iso);
    cairo_pdf_surface_set_metadata(p->surface, CAIRO_PDF_METADATA_MOD_DATE, iso);
}

static cairo_status_t discard(void *closure, const unsigned char *data, unsigned int length)
{
    (void)closure;
    (void)data;
    (void)length;
    return CAIRO_STATUS_SUCCESS;
}

/* The file the PDF is written to. A write error is kept here and never handed to cairo:
 * cairo 1.16, told of one in the middle of a tagged document, aborts on an assertion at
 * cairo_surface_finish (a full disk ended the run with SIGABRT). */
typedef struct {
    FILE *f;
    int err; /* errno of the first failed write */
} sink;

static cairo_status_t to_file(void *closure, const unsigned char *data, unsigned int length)
{
    sink *k = closure;
    if (!k->err && fwrite(data, 1, length, k->f) != length)
        k->err = errno ? errno : EIO;
    return CAIRO_STATUS_SUCCESS;
}

/* One pass over the whole document; measuring: into a discarded stream. */
static int pass(pdf *p, const char *path)
{
    sink k = {NULL, 0};
    if (!p->measuring && !(k.f = fopen(path, "wb"))) {
        snprintf(p->err, sizeof p->err, "cannot write %s: %s", path, strerror(errno));
        return -1;
    }
    p->surface = p->measuring
                     ? cairo_pdf_surface_create_for_stream(discard, NULL, PAGE_W, PAGE_H)
                     : cairo_pdf_surface_create_for_stream(to_file, &k, PAGE_W, PAGE_H);
    p->cr = cairo_create(p->surface);
    if (cairo_status(p->cr) != CAIRO_STATUS_SUCCESS) {
        snprintf(p->err, sizeof p->err, "cannot write %s", path);
        cairo_destroy(p->cr);
        cairo_surface_destroy(p->surface);
        if (k.f)
            fclose(k.f);
        return -1;
    }
    if (!p->measuring)
        metadata(p);
    p->page = 1;
    p->y = MT;
    tag_begin(p, "Document");
    title_page(p);
    contents(p);
    blocks(p);
    tag_end(p, "Document");
    footer(p);
    cairo_show_page(p->cr);
    int pages = p->page;
    cairo_destroy(p->cr);
    cairo_surface_finish(p->surface);
    cairo_status_t st = cairo_surface_status(p->surface);
    cairo_surface_destroy(p->surface);
    if (k.f && (fflush(k.f) != 0 || ferror(k.f)) && !k.err)
        k.err = errno ? errno : EIO;
    if (k.f && fclose(k.f) != 0 && !k.err)
        k.err = errno ? errno : EIO;
    if (k.err && !p->err[0])
        snprintf(p->err, sizeof p->err, "cannot write %s: %s", path, strerror(k.err));
    if (st != CAIRO_STATUS_SUCCESS && !p->err[0])
        snprintf(p->err, sizeof p->err, "cannot write %s: %s", path,
                 cairo_status_to_string(st));
    p->pages = pages;
    return p->err[0] ? -1 : 0;
}

struct rp_pdf_job {
    pthread_t thread;
    char *drawn, *path;
    rp_pdftag_info info;
    const char **alt;
    rp_pdf_link *links;
    char **said;      /* what the text's links say */
    size_t nsaid;
    int status;
    char err[256];
};

static void *tag_job(void *arg)
{
    rp_pdf_job *j = arg;
    j->status = rp_pdftag(j->drawn, j->path, &j->info, j->err, sizeof j->err);
    return NULL;
}

static void job_free(rp_pdf_job *j)
{
    if (!j)
        return;
    if (j->drawn)
        remove(j->drawn);
    free(j->drawn);
    free(j->path);
    free(j->alt);
    free(j->links);
    for (size_t i = 0; i < j->nsaid; i++)
        free(j->said[i]);
    free(j->said);
    free(j);
}

/* Draws both passes into path.cairo; cairo writes the structure tree, pdftag then adds
 * /Lang, /Alt and the rest into path. */
rp_pdf_job *rp_pdf_begin(const rp_doc *doc, const char *charts_dir, const char *path,
                         char *err, size_t n)
{
    pdf p = {0};
    rp_pdf_job *j = calloc(1, sizeof *j);
    p.doc = doc;
    p.charts = charts_dir;
    p.marks = calloc(doc->n ? doc->n : 1, sizeof *p.marks);
    if (j) {
        j->drawn = rp_strfmt("%s.cairo", path);
        j->path = rp_strdup(path);
        j->alt = malloc((doc->n ? doc->n : 1) * sizeof *j->alt);
        j->info = (rp_pdftag_info){.lang = rp_fmt_lang_tag(doc->lang),
                                   .title = doc->title, .author = doc->author,
                                   .subject = doc->subject, .creator = "rapporteur " RP_VERSION,
                                   .producer = PRODUCER, .epoch = doc->epoch,
                                   .alt = j->alt, .page_h = PAGE_H};
    }
    int r = j && j->drawn && j->path && j->alt && p.marks ? 0 : -1;
    if (r)
        snprintf(p.err, sizeof p.err, "out of memory");
    for (size_t i = 0; r == 0 && i < doc->n; i++)
        if (doc->b[i].kind == RP_BLOCK_FIGURE)
            j->alt[j->info.nalt++] = doc->b[i].text;
    p.measuring = 1;
    if (r == 0)
        r = pass(&p, path);
    if (r == 0) {
        p.measuring = 0;
        r = pass(&p, j->drawn);
    }
    if (j) { /* the job owns the links and what they say from here */
        j->links = p.links;
        j->said = p.said;
        j->nsaid = p.nsaid;
        j->info.links = j->links;
        j->info.nlinks = p.nlinks;
    } else {
        free(p.links);
        for (size_t i = 0; i < p.nsaid; i++)
            free(p.said[i]);
        free(p.said);
    }
    if (r == 0 && pthread_create(&j->thread, NULL, tag_job, j) != 0) {
        snprintf(p.err, sizeof p.err, "cannot start a thread");
        r = -1;
    }
    free(p.marks);
    if (r) {
        snprintf(err, n, "%s", p.err);
        job_free(j);
        return NULL;
    }
    return j;
}

int rp_pdf_end(rp_pdf_job *j, char *err, size_t n)
{
    if (!j)
        return -1;
    pthread_join(j->thread, NULL);
    int r = j->status;
    if (r)
        snprintf(err, n, "%s", j->err);
    job_free(j);
    return r;
}

int rp_pdf_write(const rp_doc *doc, const char *charts_dir, const char *path, char *err,
                 size_t n)
{
    rp_pdf_job *j = rp_pdf_begin(doc, charts_dir, path, err, n);
    return j ? rp_pdf_end(j, err, n) : -1;
}
