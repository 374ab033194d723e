/* Reads the project's text/ folder: Markdown through cmark into blocks of styled runs, with
 * citations of published figures kept by name and place. */
#include "datasets/text.h"
#include "base/openfile.h"
#include "base/buf.h"
#include "base/value.h"

#include <cmark.h>
#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

#define MAX_BYTES (1L << 20)

/* A citation stands in the source given to cmark as a placeholder of two noncharacters
 * around its number: text/ refuses noncharacters (as every input does), so a placeholder is
 * never the writer's own text, and cmark treats them as plain letters, never as markup. */
#define MARK_OPEN "\xEF\xB7\x90"   /* U+FDD0 */
#define MARK_CLOSE "\xEF\xB7\x91"  /* U+FDD1 */
#define MARK_LEN 3

typedef struct {
    char *name;           /* as written, without braces and spaces */
    long line, col;       /* the brace */
    size_t chars;         /* its length in the source, braces included, in characters */
} cite;

typedef struct {
    rp_diag *diag;
    const char *path;
    char *src;            /* the source with placeholders */
    size_t len;
    size_t *lines;        /* byte offset of each line of src, from line 1 */
    size_t nlines;
    cite *c;
    size_t nc;
    rp_text_file *f;
    int failed;           /* memory */
    size_t errors;
    int nesting;          /* lists, quotes, emphasis and links around the walk */
    rp_buf pend;          /* words gathered for the next run (add_run), of this block, style
                           * and link (borrowed from cmark's tree) */
    rp_tblock *pend_block;
    unsigned pend_style;
    const char *pend_href;
} reader;

/* Deeper nesting than any text needs is refused, so that a hostile file of a million '>'
 * cannot exhaust the stack of the walk. */
#define MAX_NESTING 32

static const struct {
    const char *en, *nl;
    rp_text_role role;
    size_t item;
} roles[] = {
    {"introduction", "inleiding", RP_TEXT_INTRODUCTION, 0},
    {"recommendations", "aanbevelingen", RP_TEXT_RECOMMENDATIONS, 0},
    {"colophon", "colofon", RP_TEXT_COLOPHON, 0},
    {"summary", "samenvatting", RP_TEXT_CHAPTER, RP_CHAPTER_SUMMARY},
    {"indicators", "indicatoren", RP_TEXT_CHAPTER, RP_CHAPTER_INDICATORS},
    {"targets", "doelen", RP_TEXT_CHAPTER, RP_CHAPTER_TARGETS},
    {"regions", "regios", RP_TEXT_CHAPTER, RP_CHAPTER_REGIONS},
    {"recidivism", "recidive", RP_TEXT_CHAPTER, RP_CHAPTER_RECIDIVISM},
    {"findings", "bevindingen", RP_TEXT_FINDINGS, 0},
};
#define NNAMES (sizeof roles / sizeof *roles)

const char *rp_text_chapter_name(rp_text_chapter c, int dutch)
{
    for (size_t i = 0; i < NNAMES; i++)
        if (roles[i].role == RP_TEXT_CHAPTER && roles[i].item == (size_t)c)
            return dutch ? roles[i].nl : roles[i].en;
    return "";
}

/* ---- positions ---- */

static void add_line(reader *r, size_t at)
{
    size_t *p = realloc(r->lines, (r->nlines + 1) * sizeof *p);
    if (!p) {
        r->failed = 1;
        return;
    }
    r->lines = p;
    r->lines[r->nlines++] = at;
}

/* The column in characters of cmark's (line, byte column) in the source with placeholders:
 * a placeholder counts as the citation it stands for. */
static long column(const reader *r, long line, long bytecol)
{
    if (line < 1 || (size_t)line > r->nlines)
        return 1;
    const char *s = r->src + r->lines[line - 1], *end = s + (bytecol > 0 ? bytecol - 1 : 0);
    if (end > r->src + r->len)
        end = r->src + r->len;
    long col = 1;
    while (s < end) {
        if (!strncmp(s, MARK_OPEN, MARK_LEN)) {
            size_t k = strtoul(s + MARK_LEN, NULL, 10);
            col += k < r->nc ? (long)r->c[k].chars : 1;
            s = strstr(s, MARK_CLOSE);
            s = s ? s + MARK_LEN : end;
            continue;
        }
        col += (*s & 0xC0) != 0x80;
        s++;
    }
    return col;
}

/* A problem at line and col of the file being read, in the collector's language. */
#define error_at(r, line, col, ...)                                                          \
    do {                                                                                     \
        rp_diag_error((r)->diag, (r)->path, line, col, __VA_ARGS__);                          \
        (r)->errors++;                                                                       \
    } while (0)

/* ---- the source: encoding, then citations ---- */

/* Line and column (characters) of byte offset at of s. */
static void locate(const char *s, size_t at, long *line, long *col)
{
    *line = 1;
    size_t start = 0;
    for (size_t i = 0; i < at; i++)
        if (s[i] == '\n' || (s[i] == '\r' && s[i + 1] != '\n')) {
            ++*line;
            start = i + 1;
        }
    *col = (long)rp_utf8_chars((const unsigned char *)s + start, at - start) + 1;
}

/* Text a report can show: UTF-8 without NUL, noncharacters or control characters other than
 * tab and line ends. Returns 0, or -1 after reporting the first problem. */
static int check_encoding(reader *r, const char *s, size_t n)
{
    long line, col;
    size_t bad = rp_utf8_check((const unsigned char *)s, n);
    if (bad < n) {
        unsigned long nc = rp_utf8_nonchar((const unsigned char *)s + bad, n - bad);
        locate(s, bad, &line, &col);
        if (!s[bad])
            error_at(r, line, col, "a NUL byte; expected text (save the file as UTF-8 text)");
        else if (nc)
            error_at(r, line, col, "U+%04lX is a Unicode noncharacter, which no report can "
                     "show; expected text without it (delete it)", nc);
        else
            error_at(r, line, col, "not valid UTF-8 (byte 0x%02x); save the file as UTF-8 "
                     "text", (unsigned char)s[bad]);
        return -1;
    }
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
            locate(s, i, &line, &col);
            error_at(r, line, col, "a control character (0x%02x), which no report can show; "
                     "expected text without it (delete it)", c);
            return -1;
        }
    }
    return 0;
}

static int name_char(char c)
{
    return isalnum((unsigned char)c) || c == '_' || c == '-';
}

/* name, name.part or name.part.part: what a citation may hold. */
static int cite_name(const char *s, size_t n)
{
    size_t parts = 1, run = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '.') {
            if (!run || ++parts > 3)
                return 0;
            run = 0;
        } else if (name_char(s[i])) {
            run++;
        } else {
            return 0;
        }
    }
    return run > 0;
}

static void add_cite(reader *r, const char *name, size_t n, long line, long col, size_t chars)
{
    cite *c = realloc(r->c, (r->nc + 1) * sizeof *c);
    char *copy = c ? rp_strndup(name, n) : NULL;
    if (c)
        r->c = c;
    if (!copy) {
        r->failed = 1;
        return;
    }
    r->c[r->nc++] = (cite){copy, line, col, chars};
}

/* One citation at s (its brace); returns the bytes it takes, 0 after reporting a malformed
 * one (the brace then stays as text). */
static size_t scan_cite(reader *r, const char *s, long line, long col, rp_buf *out)
{
    const char *end = s + 1;
    while (*end && *end != '}' && *end != '\n' && *end != '\r' && *end != '{')
        end++;
    if (*end != '}') {
        error_at(r, line, col, "a brace that opens no citation (no } after it on this line); "
                 "expected a citation such as {victims_total.2024}, or \\{ for a brace");
        return 0;
    }
    const char *a = s + 1, *b = end;
    while (a < b && (*a == ' ' || *a == '\t'))
        a++;
    while (b > a && (b[-1] == ' ' || b[-1] == '\t'))
        b--;
    if (!cite_name(a, (size_t)(b - a))) {
        char *shown = rp_strndup(s, (size_t)(end - s + 1));
        char *vis = rp_visible(shown ? shown : "");
        error_at(r, line, col, "%s is no citation; expected {name.year}, {name.figure} or "
                 "{name.year.figure} with names of letters, digits, _ and - (such as "
                 "{victims_total.2024}), or \\{ for a brace", vis ? vis : "");
        free(vis);
        free(shown);
        return 0;
    }
    rp_buf_printf(out, MARK_OPEN "%zu" MARK_CLOSE, r->nc);
    add_cite(r, a, (size_t)(b - a), line, col,
             rp_utf8_chars((const unsigned char *)s, (size_t)(end - s + 1)));
    return (size_t)(end - s + 1);
}

/* The source as cmark will read it: every citation a placeholder. A backslash before ASCII
 * punctuation escapes it, as in CommonMark, so \{ is a brace that cmark keeps. */
static int prepare(reader *r, const char *s, size_t n, int cites)
{
    rp_buf out;
    rp_buf_init(&out);
    long line = 1;
    size_t start = 0;
    add_line(r, 0);
    for (size_t i = 0; i < n;) {
        if (s[i] == '\\' && i + 1 < n && ispunct((unsigned char)s[i + 1])) {
            rp_buf_append(&out, s + i, 2);
            i += 2;
            continue;
        }
        if (s[i] == '{' && cites) {
            long col = (long)rp_utf8_chars((const unsigned char *)s + start, i - start) + 1;
            size_t used = scan_cite(r, s + i, line, col, &out);
            if (used) {
                i += used;
                continue;
            }
        }
        rp_buf_putc(&out, s[i]);
        /* a line ends at LF, CR LF or a lone CR, as CommonMark has it */
        if (s[i] == '\n' || (s[i] == '\r' && (i + 1 == n || s[i + 1] != '\n'))) {
            line++;
            start = i + 1;
            add_line(r, out.len);
        }
        i++;
    }
    r->len = out.len;
    r->src = rp_buf_steal(&out);
    if (!r->src)
        r->failed = 1;
    return r->src ? 0 : -1;
}

/* ---- cmark's tree into blocks ---- */

/* Room for one more of n items of `size` bytes at p, doubling at powers of two so that a file
 * of many short blocks or runs costs linear time: the (moved) array, or NULL when memory runs
 * out (p is then unchanged). */
static void *grow(void *p, size_t n, size_t size)
{
    if (p && n >= 4 && (n & (n - 1)))
        return p; /* room left since the last doubling */
    return realloc(p, (n < 4 ? 4 : 2 * n) * size);
}

/* The text gathered for the last run becomes a run of the block it was gathered for. */
static void flush(reader *r)
{
    if (!r->pend_block)
        return;
    rp_tblock *b = r->pend_block;
    char *text = rp_buf_steal(&r->pend), *href = rp_strdup(r->pend_href);
    r->pend_block = NULL;
    rp_trun *runs = text && (!r->pend_href || href) ? grow(b->runs, b->nruns, sizeof *runs)
                                                    : NULL;
    if (!runs) {
        free(text);
        free(href);
        r->failed = 1;
        return;
    }
    b->runs = runs;
    b->runs[b->nruns++] = (rp_trun){text, r->pend_style, 0, href, 0, 0};
}

static rp_tblock *add_block(reader *r, rp_tblock_kind kind, cmark_node *node)
{
    flush(r); /* before the blocks move */
    rp_text_file *f = r->f;
    rp_tblock *b = grow(f->b, f->n, sizeof *b);
    if (!b) {
        r->failed = 1;
        return NULL;
    }
    f->b = b;
    b = &f->b[f->n++];
    memset(b, 0, sizeof *b);
    b->kind = kind;
    b->line = cmark_node_get_start_line(node);
    return b;
}

/* Words of one style and link are gathered into one run; a citation is a run of its own. */
static void add_run(reader *r, rp_tblock *b, const char *text, size_t n, unsigned style,
                    const char *href, int cited, long line, long col)
{
    if (!b || (!n && !cited))
        return;
    if (!cited && r->pend_block == b && r->pend_style == style &&
        ((!href && !r->pend_href) || (href && r->pend_href && !strcmp(href, r->pend_href)))) {
        rp_buf_append(&r->pend, text, n);
        return;
    }
    flush(r);
    if (!cited) {
        rp_buf_init(&r->pend);
        rp_buf_append(&r->pend, text, n);
        r->pend_block = b;
        r->pend_style = style;
        r->pend_href = href;
        return;
    }
    char *copy = rp_strndup(text, n), *link = rp_strdup(href);
    rp_trun *runs = copy && (!href || link) ? grow(b->runs, b->nruns, sizeof *runs) : NULL;
    if (!runs) {
        free(copy);
        free(link);
        r->failed = 1;
        return;
    }
    b->runs = runs;
    b->runs[b->nruns++] = (rp_trun){copy, style, 1, link, line, col};
}

/* Text with placeholders as runs: words, and each citation a run of its own. */
static void add_text(reader *r, rp_tblock *b, const char *s, unsigned style, const char *href)
{
    while (s && *s) {
        const char *p = strstr(s, MARK_OPEN);
        if (!p) {
            add_run(r, b, s, strlen(s), style, href, 0, 0, 0);
            return;
        }
        add_run(r, b, s, (size_t)(p - s), style, href, 0, 0, 0);
        size_t k = strtoul(p + MARK_LEN, NULL, 10);
        const char *q = strstr(p, MARK_CLOSE);
        if (k < r->nc)
            add_run(r, b, r->c[k].name, strlen(r->c[k].name), style, href, 1, r->c[k].line,
                    r->c[k].col);
        s = q ? q + MARK_LEN : "";
    }
}

static int scheme(const char *url, const char *s)
{
    return !strncasecmp(url, s, strlen(s)) && url[strlen(s)];
}

/* A link may lead to a web page or an e-mail address, nothing else: no javascript:, data:,
 * file: or relative addresses, which a reader's viewer could run or resolve locally. */
static const char *link_url(reader *r, cmark_node *node)
{
    const char *url = cmark_node_get_url(node);
    long line = cmark_node_get_start_line(node);
    long col = column(r, line, cmark_node_get_start_column(node));
    const char *mark = url ? strstr(url, MARK_OPEN) : NULL;
    if (mark) {
        size_t k = strtoul(mark + MARK_LEN, NULL, 10);
        error_at(r, k < r->nc ? r->c[k].line : line, k < r->nc ? r->c[k].col : col,
                 "a citation in a link's address; expected a citation in the text, and an "
                 "address as written (https://...)");
        return NULL;
    }
    if (!url || !(scheme(url, "http://") || scheme(url, "https://") || scheme(url, "mailto:"))) {
        char *vis = rp_visible(url ? url : "");
        error_at(r, line, col, "a link to \"%s\"; expected an address that starts with "
                 "https://, http:// or mailto:", vis ? vis : "");
        free(vis);
        return NULL;
    }
    for (const char *s = url; *s; s++)
        if ((unsigned char)*s <= ' ') { /* cmark keeps what <...> encloses as it is */
            error_at(r, line, col, "a link's address holds a space or control character; "
                     "expected an address without (write %%20 for a space)");
            return NULL;
        }
    return url;
}

static int deeper(reader *r, cmark_node *node)
{
    if (++r->nesting <= MAX_NESTING)
        return 1;
    if (r->nesting == MAX_NESTING + 1) { /* said once */
        long line = cmark_node_get_start_line(node);
        error_at(r, line, column(r, line, cmark_node_get_start_column(node)),
                 "lists, quotes or emphasis nested more than %d deep; expected text less "
                 "deeply nested", MAX_NESTING);
    }
    return 0;
}

static void inlines(reader *r, rp_tblock *b, cmark_node *node, unsigned style, const char *href)
{
    if (!deeper(r, node)) {
        r->nesting--;
        return;
    }
    for (cmark_node *n = cmark_node_first_child(node); n; n = cmark_node_next(n)) {
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_HTML_INLINE: /* shown as the text it is, never as markup */
            add_text(r, b, cmark_node_get_literal(n), style, href);
            break;
        case CMARK_NODE_CODE:
            add_text(r, b, cmark_node_get_literal(n), style | RP_RUN_CODE, href);
            break;
        case CMARK_NODE_SOFTBREAK: add_run(r, b, " ", 1, style, href, 0, 0, 0); break;
        case CMARK_NODE_LINEBREAK: add_run(r, b, "\n", 1, style, href, 0, 0, 0); break;
        case CMARK_NODE_EMPH: inlines(r, b, n, style | RP_RUN_EM, href); break;
        case CMARK_NODE_STRONG: inlines(r, b, n, style | RP_RUN_STRONG, href); break;
        case CMARK_NODE_LINK: {
            const char *url = href ? href : link_url(r, n); /* no link inside a link */
            inlines(r, b, n, style, url ? url : href);
            break;
        }
        case CMARK_NODE_IMAGE: {
            long line = cmark_node_get_start_line(n);
            error_at(r, line, column(r, line, cmark_node_get_start_column(n)),
                     "an image, which text/ cannot place; expected text and links (the "
                     "report draws its charts from the data)");
            break;
        }
        default: inlines(r, b, n, style, href);
        }
    }
    r->nesting--;
}

typedef struct {
    int depth, quote;
} place;

static void blocks(reader *r, cmark_node *first, place at);

/* A list's items: each item's first paragraph is the item, what follows continues it. */
static void list(reader *r, cmark_node *node, place at)
{
    if (!deeper(r, node)) {
        r->nesting--;
        return;
    }
    int ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST;
    int number = cmark_node_get_list_start(node);
    place in = {at.depth + 1, at.quote};
    int first = 1;
    for (cmark_node *item = cmark_node_first_child(node); item; item = cmark_node_next(item)) {
        cmark_node *c = cmark_node_first_child(item);
        rp_tblock *b = add_block(r, RP_TB_ITEM, item);
        if (!b)
            return;
        b->depth = in.depth;
        b->quote = at.quote;
        b->number = ordered ? number++ : 0;
        b->start = first;
        first = 0;
        if (c && cmark_node_get_type(c) == CMARK_NODE_PARAGRAPH) {
            inlines(r, b, c, 0, NULL);
            c = cmark_node_next(c);
        }
        blocks(r, c, in);
    }
    r->nesting--;
}

/* The blocks from first on, and its siblings after it. */
static void blocks(reader *r, cmark_node *first, place at)
{
    for (cmark_node *n = first; n; n = cmark_node_next(n)) {
        rp_tblock *b = NULL;
        switch (cmark_node_get_type(n)) {
        case CMARK_NODE_BLOCK_QUOTE:
            if (deeper(r, n))
                blocks(r, cmark_node_first_child(n), (place){at.depth, 1});
            r->nesting--;
            continue;
        case CMARK_NODE_LIST: list(r, n, at); continue;
        case CMARK_NODE_HEADING:
            if (at.depth || at.quote) { /* a heading inside a list or quote: bold text */
                b = add_block(r, RP_TB_PARAGRAPH, n);
                inlines(r, b, n, RP_RUN_STRONG, NULL);
            } else if ((b = add_block(r, RP_TB_HEADING, n))) {
                b->level = cmark_node_get_heading_level(n);
                inlines(r, b, n, 0, NULL);
            }
            break;
        case CMARK_NODE_PARAGRAPH:
            b = add_block(r, RP_TB_PARAGRAPH, n);
            inlines(r, b, n, 0, NULL);
            break;
        case CMARK_NODE_CODE_BLOCK:
        case CMARK_NODE_HTML_BLOCK: { /* raw HTML is shown as the text it is */
            int code = cmark_node_get_type(n) == CMARK_NODE_CODE_BLOCK;
            b = add_block(r, code ? RP_TB_CODE : RP_TB_PARAGRAPH, n);
            char *lit = rp_strdup(cmark_node_get_literal(n));
            size_t len = lit ? strlen(lit) : 0;
            while (len && (lit[len - 1] == '\n' || lit[len - 1] == '\r'))
                lit[--len] = '\0';
            add_text(r, b, lit, code ? RP_RUN_CODE : 0, NULL);
            free(lit);
            break;
        }
        case CMARK_NODE_THEMATIC_BREAK: b = add_block(r, RP_TB_RULE, n); break;
        default: blocks(r, cmark_node_first_child(n), at); continue;
        }
        if (b) {
            b->depth = at.depth;
            b->quote = at.quote;
        }
    }
}

/* ---- findings.md: names, as findings = has them ---- */

/* The plain words of a block. Caller frees. */
static char *plain(const rp_tblock *b)
{
    rp_buf t;
    rp_buf_init(&t);
    for (size_t i = 0; i < b->nruns; i++)
        rp_buf_puts(&t, b->runs[i].text);
    return rp_buf_steal(&t);
}

/* One list item a name: "name" pins it, "-name" or "~~name~~" (struck through) drops it;
 * rp_monitor_finding_add and _known are monitor.ini's own. */
static void finding(reader *r, rp_monitor *m, const rp_tblock *b)
{
    char *name = plain(b);
    if (!name) {
        r->failed = 1;
        return;
    }
    char *t = rp_trim(name);
    size_t n = strlen(t);
    int struck = n > 4 && !strncmp(t, "~~", 2) && !strcmp(t + n - 2, "~~");
    if (struck) {
        t[n - 2] = '\0';
        t = rp_trim(t + 2);
    }
    const char *bare = *t == '-' && !struck ? t + 1 : t;
    while (*bare == ' ')
        bare++;
    char *vis = rp_visible(bare);
    if (!*bare || strchr(bare, ' ') || b->nruns != 1 || b->runs[0].href) {
        error_at(r, b->line, 1, "a key finding is named by one word; expected a list of "
                 "names, one an item, such as - victims_total, - trends, or - ~~regions~~ to "
                 "drop one");
    } else if (!rp_monitor_finding_known(m, bare)) {
        error_at(r, b->line, 1, "\"%s\" is no indicator, estimate or kind of finding; "
                 "expected an [indicator] or [estimate] id, or one of recidivism, regions, "
                 "changes, trends, targets, new, provisional", vis ? vis : "");
    } else {
        char *token = rp_strfmt("%s%s", struck || *t == '-' ? "-" : "", bare);
        if (!token || rp_monitor_finding_add(m, token))
            r->failed = 1;
        free(token);
    }
    free(vis);
    free(name);
}

static void findings(reader *r, rp_monitor *m)
{
    const rp_text_file *f = r->f;
    if (m->nfindings) {
        error_at(r, 1, 0, "the key findings are pinned in %s too (findings = on line %ld); "
                 "expected them in one place", m->ini, m->findings_line);
        return;
    }
    for (size_t i = 0; i < f->n; i++) {
        const rp_tblock *b = &f->b[i];
        if (b->kind == RP_TB_HEADING)
            continue; /* a title over the list */
        if (b->kind == RP_TB_ITEM && b->depth == 1)
            finding(r, m, b);
        else
            error_at(r, b->line, 1, "findings.md holds the key findings to pin or drop, and "
                     "nothing else; expected a list of names, one an item, such as "
                     "- victims_total, - trends, or - ~~regions~~ to drop one");
    }
    m->findings_line = 0;
}

/* ---- files ---- */

static void block_free(rp_tblock *b)
{
    for (size_t i = 0; i < b->nruns; i++) {
        free(b->runs[i].text);
        free(b->runs[i].href);
    }
    free(b->runs);
}

static void file_clear(rp_text_file *f)
{
    for (size_t i = 0; i < f->n; i++)
        block_free(&f->b[i]);
    free(f->b);
    free(f->path);
    memset(f, 0, sizeof *f);
}

/* Reads, checks and parses one file into r->f. Returns 0, or -1 when it has problems. */
static int read_file(reader *r)
{
    char why[256];
    FILE *fp = rp_open_regular(r->path, MAX_BYTES, r->diag, why, sizeof why);
    rp_buf raw;
    rp_buf_init(&raw);
    if (!fp || rp_buf_read_stream(&raw, fp) != 0) {
        error_at(r, 0, 0, "%s", fp ? strerror(errno) : why);
        if (fp)
            fclose(fp);
        rp_buf_free(&raw);
        return -1;
    }
    fclose(fp);
    const char *s = rp_buf_str(&raw);
    size_t n = raw.len;
    if (n >= 3 && !memcmp(s, "\xEF\xBB\xBF", 3))
        s += 3, n -= 3;
    int findings_file = r->f->role == RP_TEXT_FINDINGS;
    if (check_encoding(r, s, n) || prepare(r, s, n, !findings_file)) {
        rp_buf_free(&raw);
        return -1;
    }
    rp_buf_free(&raw);
    cmark_node *doc = cmark_parse_document(r->src, r->len, CMARK_OPT_SOURCEPOS);
    if (!doc) {
        r->failed = 1;
        return -1;
    }
    blocks(r, cmark_node_first_child(doc), (place){0, 0});
    flush(r); /* while the links' addresses are still cmark's */
    cmark_node_free(doc);
    r->f->ncites = r->nc;
    if (!r->errors && !r->f->n)
        rp_diag_warn(r->diag, r->path, 0, 0, "the file is empty, so the report has no text "
                     "from it");
    return r->errors ? -1 : 0;
}

static int has_md(const char *name)
{
    size_t n = strlen(name);
    return n > 3 && rp_strieq(name + n - 3, ".md") && name[0] != '.' && name[0] != '~';
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The Markdown files of dir, sorted; NULL with *n 0 when there are none. */
static char **list_dir(const char *dir, size_t *n, int *failed, rp_diag *diag)
{
    char **names = NULL;
    *n = 0;
    DIR *d = opendir(dir);
    if (!d)
        rp_diag_error(diag, dir, 0, 0, "cannot read: %s", strerror(errno));
    for (struct dirent *e; d && (e = readdir(d));) {
        if (!has_md(e->d_name))
            continue;
        char **p = realloc(names, (*n + 1) * sizeof *p);
        if (!p || !(p[*n] = rp_strdup(e->d_name))) {
            *failed = 1;
            names = p ? p : names;
            break;
        }
        names = p;
        ++*n;
    }
    if (d)
        closedir(d);
    if (*n)
        qsort(names, *n, sizeof *names, by_name);
    return names;
}

/* What the file of this name is for, and its language. Returns 0, or -1 after reporting why
 * it is nothing. */
static int classify(reader *r, const rp_monitor *m, const char *file, rp_text_file *f)
{
    size_t n = strlen(file) - 3;
    f->lang = -1;
    if (n > 3 && (rp_strieq(file + n - 3, ".nl.md") || rp_strieq(file + n - 3, ".en.md"))) {
        f->lang = rp_strieq(file + n - 3, ".nl.md") ? RP_LANG_NL : RP_LANG_EN;
        f->marked = 1;
        n -= 3;
    }
    char *stem = rp_strndup(file, n);
    if (!stem) {
        r->failed = 1;
        return -1;
    }
    const char *what[4];
    size_t found = 0;
    for (size_t i = 0; i < NNAMES; i++)
        if (rp_strieq(stem, roles[i].en) || rp_strieq(stem, roles[i].nl)) {
            f->role = roles[i].role;
            f->item = roles[i].item;
            if (!f->marked)
                f->lang = rp_strieq(stem, roles[i].nl) ? RP_LANG_NL : RP_LANG_EN;
            what[found++] = "a text of the report";
        }
    for (size_t i = 0; i < m->nindicators; i++)
        if (!strcmp(stem, m->indicators[i].id)) {
            f->role = RP_TEXT_INDICATOR, f->item = i;
            what[found++] = "[indicator]";
        }
    for (size_t i = 0; i < m->ntargets; i++)
        if (!strcmp(stem, m->targets[i].id)) {
            f->role = RP_TEXT_TARGET, f->item = i;
            what[found++] = "[target]";
        }
    for (size_t i = 0; i < m->nestimates; i++)
        if (!strcmp(stem, m->estimates[i].id)) {
            f->role = RP_TEXT_ESTIMATE, f->item = i;
            what[found++] = "[estimate]";
        }
    if (found > 1)
        error_at(r, 0, 0, "the name is both %s and %s %s; expected a name that says which "
                 "(rename the section in monitor.ini)", what[0], what[1], stem);
    else if (!found)
        error_at(r, 0, 0, "no text of the report has this name; expected introduction.md, "
                 "recommendations.md, colophon.md, findings.md, a chapter's opening "
                 "(summary.md, indicators.md, targets.md, regions.md, recidivism.md), their "
                 "Dutch names (inleiding.md, aanbevelingen.md, colofon.md, bevindingen.md, "
                 "samenvatting.md, indicatoren.md, doelen.md, regios.md, recidive.md), or the "
                 "id of an [indicator], [target] or [estimate] with .md (any of them may end "
                 "in .nl.md or .en.md for its language)");
    free(stem);
    return found == 1 ? 0 : -1;
}

const rp_text_file *rp_texts_find(const rp_texts *t, rp_text_role role, size_t item)
{
    for (size_t i = 0; t && i < t->n; i++)
        if (t->f[i].used && t->f[i].role == role && t->f[i].item == item)
            return &t->f[i];
    return NULL;
}

/* How well a text suits a project in lang: 0 best; 3 never (marked for the other). */
static int rank(const rp_text_file *f, int lang)
{
    return f->lang == lang ? 0 : f->lang < 0 ? 1 : f->marked ? 3 : 2;
}

/* Of each role and item, the text the report shows. */
static void choose(rp_texts *t, int lang)
{
    for (size_t i = 0; i < t->n; i++) {
        rp_text_file *f = &t->f[i];
        f->used = rank(f, lang) < 3;
        for (size_t k = 0; k < t->n && f->used; k++)
            if (k != i && t->f[k].role == f->role && t->f[k].item == f->item &&
                rank(&t->f[k], lang) < rank(f, lang))
                f->used = 0;
    }
}

/* One file of text/ into t. Returns -1 when memory runs out. */
static int load_one(rp_texts *t, rp_monitor *m, const char *dir, const char *file,
                    rp_diag *diag)
{
    reader r = {.diag = diag};
    rp_text_file f = {0};
    char *path = rp_strfmt("%s/%s", dir, file);
    if (!path)
        return -1;
    r.path = path;
    r.f = &f;
    if (classify(&r, m, file, &f) == 0) {
        const rp_text_file *twin = NULL;
        for (size_t i = 0; i < t->n && !twin; i++)
            if (t->f[i].role == f.role && t->f[i].item == f.item && t->f[i].lang == f.lang)
                twin = &t->f[i];
        if (twin)
            error_at(&r, 0, 0, "%s says the same; expected one file for each text (keep "
                     "one)", twin->path);
        else if (read_file(&r) == 0 && !r.failed) {
            rp_text_file *p = realloc(t->f, (t->n + 1) * sizeof *p);
            if (p) {
                t->f = p;
                f.path = path;
                path = NULL;
                t->f[t->n++] = f;
                memset(&f, 0, sizeof f);
            } else {
                r.failed = 1;
            }
        }
    }
    file_clear(&f);
    free(path);
    rp_buf_free(&r.pend);
    for (size_t i = 0; i < r.nc; i++)
        free(r.c[i].name);
    free(r.c);
    free(r.src);
    free(r.lines);
    return r.failed ? -1 : 0;
}

rp_texts *rp_texts_load(rp_monitor *m, rp_diag *diag)
{
    rp_texts *t = calloc(1, sizeof *t);
    char *dir = rp_strfmt("%s/text", m->dir);
    struct stat st;
    if (!t || !dir) {
        free(dir);
        free(t);
        return NULL;
    }
    if (stat(dir, &st) != 0) {
        if (errno != ENOENT)
            rp_diag_error(diag, dir, 0, 0, "cannot read: %s", strerror(errno));
        free(dir);
        return t;
    }
    if (!S_ISDIR(st.st_mode)) {
        rp_diag_error(diag, dir, 0, 0, "is not a folder; expected a folder of Markdown files "
                      "(the report's own text), or nothing by that name");
        free(dir);
        return t;
    }
    int failed = 0;
    size_t n;
    char **files = list_dir(dir, &n, &failed, diag);
    for (size_t i = 0; i < n && !failed; i++)
        failed = load_one(t, m, dir, files[i], diag) != 0;
    choose(t, (int)m->lang);
    const rp_text_file *pins = rp_texts_find(t, RP_TEXT_FINDINGS, 0);
    if (pins && !failed) { /* into the monitor's list, as findings = would put them */
        reader r = {.diag = diag, .path = pins->path, .f = (rp_text_file *)pins};
        findings(&r, m);
        failed = r.failed;
    }
    for (size_t i = 0; i < n; i++)
        free(files[i]);
    free(files);
    free(dir);
    if (failed) {
        rp_texts_free(t);
        return NULL;
    }
    return t;
}

void rp_texts_free(rp_texts *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->n; i++)
        file_clear(&t->f[i]);
    free(t->f);
    free(t);
}
