/* The report as one self-contained HTML file. */
#include "words/word_office.h"
#include "words/phrases.h"
#include "words/numfmt.h"
#include "reports/html.h"
#include "words/word_publish.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#ifndef RP_VERSION
#define RP_VERSION "dev"
#endif


void rp_html_escape(rp_buf *b, const char *text)
{
    for (const char *s = text ? text : ""; *s; s++) {
        switch (*s) {
        case '&': rp_buf_puts(b, "&amp;"); break;
        case '<': rp_buf_puts(b, "&lt;"); break;
        case '>': rp_buf_puts(b, "&gt;"); break;
        case '"': rp_buf_puts(b, "&quot;"); break;
        case '\'': rp_buf_puts(b, "&#39;"); break;
        default: rp_buf_putc(b, *s);
        }
    }
}

static int starts(const char *s, const char *p) { return strncasecmp(s, p, strlen(p)) == 0; }

char *rp_html_inline_svg(const char *svg, const char *prefix)
{
    const char *s = svg;
    rp_buf b;
    rp_buf_init(&b);
    while (*s) {
        if (starts(s, "<?xml") || starts(s, "<!DOCTYPE")) {
            const char *e = strchr(s, '>');
            s = e ? e + 1 : s + strlen(s);
        } else if (starts(s, "<script")) {
            const char *e = strstr(s, "</script>");
            s = e ? e + 9 : s + strlen(s);
        } else if (starts(s, "id='") || starts(s, "id=\"")) {
            rp_buf_append(&b, s, 4);
            rp_buf_printf(&b, "%s_", prefix);
            s += 4;
        } else if (starts(s, "href='#") || starts(s, "href=\"#")) {
            rp_buf_append(&b, s, 7);
            rp_buf_printf(&b, "%s_", prefix);
            s += 7;
        } else if (starts(s, "url(#")) {
            rp_buf_printf(&b, "url(#%s_", prefix);
            s += 5;
        } else { /* no pattern starts here: copy up to the next place one can */
            size_t run = 1 + strcspn(s + 1, "<iIhHuU");
            rp_buf_append(&b, s, run);
            s += run;
        }
    }
    return rp_buf_steal(&b);
}

static const char *const css =
    "body{font-family:'DejaVu Sans',Verdana,sans-serif;color:#1a1a1a;line-height:1.5;"
    "max-width:54rem;margin:2rem auto;padding:0 1.2rem;font-size:16px}"
    /* the skip link: out of sight until it has the focus (the first Tab) */
    ".skip{position:absolute;left:-999rem;top:.5rem;background:#fff;color:#0050a0;"
    "padding:.4rem .8rem;border:2px solid #0072B2;z-index:1}.skip:focus{left:.5rem}"
    /* a table wider than the screen scrolls in its own box, never the page (WCAG 1.4.10) */
    ".scroll{overflow-x:auto;margin:.4rem 0 1.4rem;max-width:100%}"
    ".scroll:focus{outline:2px solid #0072B2}.scroll table{margin:0}"
    "main:focus{outline:none}"
    "@media (max-width:40rem){body{margin:1rem auto;padding:0 .8rem;font-size:15px}"
    "th,td{padding:.2rem .35rem}}"
    "h1{font-size:1.6rem;margin-top:2.6rem;border-bottom:2px solid #0072B2;padding-bottom:.2rem}"
    "h2{font-size:1.25rem;margin-top:2rem}h3{font-size:1.08rem;margin-top:1.6rem}"
    "h4{font-size:1rem;margin-top:1.3rem}"
    /* the rapporteur's own text: quotes, code and rules from its Markdown */
    "blockquote{margin:1rem 0;padding:.1rem 1rem;border-left:4px solid #0072B2;color:#333}"
    "pre{background:#f4f4f4;padding:.6rem .8rem;overflow-x:auto;font-size:.85rem}"
    "code{font-family:'DejaVu Sans Mono',monospace;font-size:.9em}pre code{font-size:1em}"
    "hr{border:0;border-top:1px solid #999;margin:1.6rem 0}a{color:#0050a0}"
    "header h1{font-size:2.1rem;border:0;margin-top:0}"
    ".sub{font-size:1.2rem;color:#444}.meta{color:#555}"
    ".warn{border:2px solid #D55E00;padding:.6rem 1rem;font-weight:bold;margin:1rem 0}"
    "nav ol{padding-left:1.2rem}nav li{margin:.15rem 0}nav ol ol{font-size:.95em}"
    "table{border-collapse:collapse;margin:.4rem 0 1.4rem;font-size:.82rem;width:100%}"
    "caption{text-align:left;font-weight:bold;padding:.3rem 0}"
    "th,td{border-bottom:1px solid #ccc;padding:.25rem .45rem;text-align:left;vertical-align:top}"
    "th{border-bottom:2px solid #555}td.num{text-align:right;font-variant-numeric:tabular-nums;"
    "white-space:nowrap}figure{margin:1rem 0 1.6rem}figure svg{width:100%;height:auto;display:block}"
    "figcaption{font-size:.85rem;color:#444;font-style:italic;margin-top:.3rem}"
    ".note{font-size:.85rem;color:#555}footer{margin-top:3rem;font-size:.8rem;color:#666}"
    "@media print{body{max-width:none;margin:0;font-size:10pt}h1{break-before:page}"
    "header h1{break-before:auto}figure,table,tr{break-inside:avoid}nav{break-after:page}"
    "a{color:inherit;text-decoration:none}.skip{display:none}.scroll{overflow:visible}}"
    "@page{size:A4;margin:2cm}";

static void head(rp_buf *b, const rp_doc *d)
{
    rp_buf_printf(b, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
                     "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                     "<meta name=\"generator\" content=\"rapporteur " RP_VERSION "\">\n<title>",
                  rp_fmt_lang_code(d->lang));
    rp_html_escape(b, d->title);
    rp_buf_puts(b, "</title>\n<style>");
    rp_buf_puts(b, css);
    rp_buf_puts(b, "</style>\n</head>\n<body>\n<a class=\"skip\" href=\"#main\">");
    rp_buf_puts(b, rp_word_pub(RP_PW_SKIP, d->lang));
    rp_buf_puts(b, "</a>\n<header>\n<h1>");
    rp_html_escape(b, d->title);
    rp_buf_puts(b, "</h1>\n");
    if (d->subtitle) {
        rp_buf_puts(b, "<p class=\"sub\">");
        rp_html_escape(b, d->subtitle);
        rp_buf_puts(b, "</p>\n");
    }
    rp_buf_puts(b, "<p class=\"meta\">");
    rp_html_escape(b, d->organisation);
    rp_buf_puts(b, d->organisation ? " &middot; " : "");
    rp_doc_date(d, b);
    rp_buf_puts(b, "</p>\n");
    if (d->illustrative)
        rp_buf_puts(b, RP_PH(d->lang, RP_PH_P_CLASS_WARN_ILLUSTRATIVE_DATA_THESE));
    rp_buf_puts(b, "</header>\n");
}

static void contents(rp_buf *b, const rp_doc *d)
{
    rp_buf_printf(b, "<nav>\n<h2>%s</h2>\n<ol>\n", RP_PH(d->lang, RP_PH_CONTENTS));
    int open2 = 0;
    for (size_t i = 0; i < d->n; i++) {
        const rp_block *k = &d->b[i];
        if (k->kind != RP_BLOCK_HEADING || k->level > 2)
            continue;
        if (k->level == 1 && open2) {
            rp_buf_puts(b, "</ol></li>\n");
            open2 = 0;
        } else if (k->level == 1 && i) {
            rp_buf_puts(b, "</li>\n");
        }
        if (k->level == 2 && !open2) {
            rp_buf_puts(b, "<ol>\n");
            open2 = 1;
        }
        rp_buf_puts(b, "<li><a href=\"#");
        rp_html_escape(b, k->anchor);
        rp_buf_puts(b, "\">");
        rp_html_escape(b, k->text);
        rp_buf_puts(b, k->level == 2 ? "</a></li>\n" : "</a>");
    }
    rp_buf_puts(b, open2 ? "</ol></li>\n</ol>\n</nav>\n" : "</li>\n</ol>\n</nav>\n");
}

/* A table in a box that scrolls sideways on a narrow screen; the box is a section named by
 * the caption (a region) that takes the focus, so that it scrolls from the keyboard too (axe:
 * scrollable-region-focusable). */
static void table(rp_buf *b, const rp_dtable *t, rp_lang lang, size_t i)
{
    rp_buf_printf(b, "<section class=\"scroll\" tabindex=\"0\" aria-labelledby=\"t%zu\">\n"
                     "<table>\n<caption id=\"t%zu\">", i, i);
    rp_html_escape(b, t->title);
    rp_buf_puts(b, "</caption>\n<thead><tr>");
    for (size_t c = 0; c < t->ncols; c++) {
        rp_buf_puts(b, "<th scope=\"col\">");
        rp_html_escape(b, t->head[c]);
        rp_buf_puts(b, "</th>");
    }
    rp_buf_puts(b, "</tr></thead>\n<tbody>\n");
    for (size_t r = 0; r < t->nrows; r++) {
        rp_buf_puts(b, "<tr>");
        for (size_t c = 0; c < t->ncols; c++) {
            const rp_tcell *cell = rp_dtable_cell(t, r, c);
            rp_buf v;
            rp_buf_init(&v);
            rp_dtable_format(&v, cell, lang);
            rp_buf_puts(b, cell->kind == RP_TC_NUM || cell->kind == RP_TC_SUPPRESSED ||
                                   cell->kind == RP_TC_MISSING
                               ? "<td class=\"num\">" : "<td>");
            rp_html_escape(b, rp_buf_str(&v));
            rp_buf_puts(b, "</td>");
            rp_buf_free(&v);
        }
        rp_buf_puts(b, "</tr>\n");
    }
    rp_buf_puts(b, "</tbody>\n</table>\n</section>\n");
    if (t->note) {
        rp_buf_puts(b, "<p class=\"note\">");
        rp_html_escape(b, t->note);
        rp_buf_puts(b, "</p>\n");
    }
}

static int figure(rp_buf *b, const rp_block *k, const char *charts, size_t i, char *err, size_t n)
{
    char *path = rp_strfmt("%s/%s.svg", charts, k->file);
    rp_buf svg;
    rp_buf_init(&svg);
    if (!path || rp_buf_read_file(&svg, path) != 0) {
        snprintf(err, n, "cannot read %s: %s", path ? path : k->file, strerror(errno));
        rp_buf_free(&svg);
        free(path);
        return -1;
    }
    free(path);
    char prefix[32];
    snprintf(prefix, sizeof prefix, "c%zu", i);
    char *inl = rp_html_inline_svg(rp_buf_str(&svg), prefix);
    rp_buf_free(&svg);
    rp_buf_puts(b, "<figure role=\"img\" aria-label=\"");
    rp_html_escape(b, k->text);
    rp_buf_puts(b, "\">\n");
    rp_buf_puts(b, inl ? inl : "");
    rp_buf_puts(b, "\n<figcaption>");
    rp_html_escape(b, k->text);
    rp_buf_puts(b, "</figcaption>\n</figure>\n");
    free(inl);
    return 0;
}

/* A block's text: its spans with their emphasis and links, or the plain text escaped. */
static void spans(rp_buf *b, const rp_block *k)
{
    if (!k->spans) {
        rp_html_escape(b, k->text);
        return;
    }
    for (size_t i = 0; i < k->nspans; i++) {
        const rp_span *s = &k->spans[i], *prev = i ? &k->spans[i - 1] : NULL;
        const rp_span *next = i + 1 < k->nspans ? &k->spans[i + 1] : NULL;
        if (s->href && !(prev && prev->href && !strcmp(prev->href, s->href))) {
            rp_buf_puts(b, "<a href=\"");
            rp_html_escape(b, s->href);
            rp_buf_puts(b, "\">");
        }
        rp_buf_puts(b, s->style & RP_SPAN_STRONG ? "<strong>" : "");
        rp_buf_puts(b, s->style & RP_SPAN_EM ? "<em>" : "");
        rp_buf_puts(b, s->style & RP_SPAN_CODE ? "<code>" : "");
        for (const char *t = s->text, *nl; t; t = nl ? nl + 1 : NULL) {
            nl = strchr(t, '\n');
            char *piece = rp_strndup(t, nl ? (size_t)(nl - t) : strlen(t));
            rp_html_escape(b, piece);
            free(piece);
            if (nl)
                rp_buf_puts(b, "<br>");
        }
        rp_buf_puts(b, s->style & RP_SPAN_CODE ? "</code>" : "");
        rp_buf_puts(b, s->style & RP_SPAN_EM ? "</em>" : "");
        rp_buf_puts(b, s->style & RP_SPAN_STRONG ? "</strong>" : "");
        if (s->href && !(next && next->href && !strcmp(next->href, s->href)))
            rp_buf_puts(b, "</a>");
    }
}

/* The lists and the quote open around the current block. */
typedef struct {
    int n;                /* lists open, the deepest last */
    int ordered[16];
    int quote;
} nest;

/* Closes the lists deeper than depth (each with its open item). */
static void close_lists(rp_buf *b, nest *st, int depth)
{
    while (st->n > depth) {
        rp_buf_puts(b, st->ordered[st->n - 1] ? "</li>\n</ol>\n" : "</li>\n</ul>\n");
        st->n--;
    }
}

/* Opens what block k stands in: its quote, and for an item its list and its own <li>. */
static void open_for(rp_buf *b, nest *st, const rp_block *k)
{
    int depth = k->kind == RP_BLOCK_ITEM ? (k->depth ? k->depth : 1)
                : k->kind == RP_BLOCK_PARAGRAPH || k->kind == RP_BLOCK_CODE ? k->depth : 0;
    if (depth > 16)
        depth = 16;
    if (k->quote != st->quote) { /* a quote starts or ends: lists close around it */
        close_lists(b, st, 0);
        rp_buf_puts(b, k->quote ? "<blockquote>\n" : "</blockquote>\n");
        st->quote = k->quote;
    }
    if (k->kind != RP_BLOCK_ITEM) {
        close_lists(b, st, depth);
        return;
    }
    int ordered = k->number > 0;
    close_lists(b, st, depth);
    if (st->n == depth && (k->start || st->ordered[depth - 1] != ordered))
        close_lists(b, st, depth - 1);
    if (st->n == depth) {
        rp_buf_puts(b, "</li>\n<li>");
        return;
    }
    while (st->n < depth) { /* a list opens (and inside an item, nested) */
        if (st->n + 1 == depth && ordered && k->number != 1)
            rp_buf_printf(b, "<ol start=\"%d\">\n<li>", k->number);
        else
            rp_buf_puts(b, st->n + 1 == depth && ordered ? "<ol>\n<li>" : "<ul>\n<li>");
        st->ordered[st->n] = st->n + 1 == depth ? ordered : 0;
        st->n++;
    }
}

int rp_html_write(const rp_doc *d, const char *charts, FILE *f, char *err, size_t n)
{
    rp_buf b;
    rp_buf_init(&b);
    head(&b, d);
    contents(&b, d);
    rp_buf_puts(&b, "<main id=\"main\" tabindex=\"-1\">\n");
    int r = 0;
    nest st = {0};
    for (size_t i = 0; i < d->n && r == 0; i++) {
        const rp_block *k = &d->b[i];
        open_for(&b, &st, k);
        switch (k->kind) {
        case RP_BLOCK_HEADING:
            rp_buf_printf(&b, "<h%d id=\"", k->level);
            rp_html_escape(&b, k->anchor);
            rp_buf_puts(&b, "\">");
            rp_html_escape(&b, k->text);
            rp_buf_printf(&b, "</h%d>\n", k->level);
            break;
        case RP_BLOCK_PARAGRAPH:
        case RP_BLOCK_NOTE:
            rp_buf_puts(&b, k->kind == RP_BLOCK_NOTE ? "<p class=\"note\">" : "<p>");
            spans(&b, k);
            rp_buf_puts(&b, "</p>\n");
            break;
        case RP_BLOCK_ITEM: spans(&b, k); break; /* in the <li> open_for opened */
        case RP_BLOCK_CODE:
            rp_buf_puts(&b, "<pre><code>");
            rp_html_escape(&b, k->text);
            rp_buf_puts(&b, "</code></pre>\n");
            break;
        case RP_BLOCK_RULE: rp_buf_puts(&b, "<hr>\n"); break;
        case RP_BLOCK_TABLE: table(&b, k->table, d->lang, i); break;
        case RP_BLOCK_FIGURE: r = figure(&b, k, charts, i, err, n); break;
        case RP_BLOCK_PAGEBREAK: break;
        }
    }
    close_lists(&b, &st, 0);
    if (st.quote)
        rp_buf_puts(&b, "</blockquote>\n");
    rp_buf_puts(&b, "</main>\n<footer>");
    rp_html_escape(&b, d->source);
    rp_buf_puts(&b, d->source ? " &middot; " : "");
    rp_word_made_with(&b, RP_VERSION, d->lang);
    rp_buf_puts(&b, "</footer>\n</body>\n</html>\n");
    if (r == 0 && (fwrite(b.data, 1, b.len, f) != b.len || ferror(f))) {
        snprintf(err, n, "cannot write the HTML file");
        r = -1;
    }
    rp_buf_free(&b);
    return r;
}
