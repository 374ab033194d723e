/* The house style of the Word report: a plain built-in one (DejaVu Sans, as the PDF and the
 * charts), or a Word template's, to which the styles it lacks are added. */
#include "words/numfmt.h"
#include "reports/docx.h"
#include "reports/opc.h"
#include "base/buf.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define NS_W "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
/* A template's parts are small; a larger one is not a template (or a zip bomb). */
#define PART_MAX (16u << 20)

/* Each role's style: its id and name in a document of ours (the names of Word's built-in
 * styles, which are the same in every language of Word), and what it is based on. */
static const struct {
    const char *id, *name, *type, *based, *next;
} roles[RP_DS_N] = {
    [RP_DS_NORMAL] = {"Normal", "Normal", "paragraph", NULL, NULL},
    [RP_DS_TITLE] = {"Title", "Title", "paragraph", "Normal", "Normal"},
    [RP_DS_SUBTITLE] = {"Subtitle", "Subtitle", "paragraph", "Normal", "Normal"},
    [RP_DS_H1] = {"Heading1", "heading 1", "paragraph", "Normal", "Normal"},
    [RP_DS_H2] = {"Heading2", "heading 2", "paragraph", "Normal", "Normal"},
    [RP_DS_H3] = {"Heading3", "heading 3", "paragraph", "Normal", "Normal"},
    [RP_DS_CAPTION] = {"Caption", "caption", "paragraph", "Normal", "Normal"},
    [RP_DS_LIST] = {"ListBullet", "List Bullet", "paragraph", "Normal", NULL},
    [RP_DS_NOTE] = {"Note", "Note", "paragraph", "Normal", "Normal"},
    [RP_DS_TOCHEAD] = {"TOCHeading", "TOC Heading", "paragraph", "Heading1", "Normal"},
    [RP_DS_TOC1] = {"TOC1", "toc 1", "paragraph", "Normal", "Normal"},
    [RP_DS_TOC2] = {"TOC2", "toc 2", "paragraph", "Normal", "Normal"},
    [RP_DS_TABLETEXT] = {"TableText", "Table Text", "paragraph", "Normal", NULL},
    [RP_DS_WARNING] = {"Warning", "Warning", "paragraph", "Normal", "Normal"},
    [RP_DS_FOOTER] = {"Footer", "footer", "paragraph", "Normal", NULL},
    [RP_DS_FIGURE] = {"Figure", "Figure", "paragraph", "Normal", "Caption"},
    [RP_DS_TABLE] = {"RapporteurTable", "Rapporteur Table", "table", "TableNormal", NULL},
};

/* A4 with the PDF's margins (62 points; 72 at the foot), in twentieths of a point. */
static void a4(rp_docx_style *s)
{
    s->page_w = 11906;
    s->page_h = 16838;
    s->margin[0] = s->margin[1] = s->margin[3] = 1240;
    s->margin[2] = 1440;
    s->header = 708;
    s->footer = 567;
}

/* ---- the built-in styles ---- */

static void run_props(rp_ox *x, int halfpoints, int bold, int italic, const char *color)
{
    rp_ox_start(x, "w:rPr");
    if (bold)
        rp_ox_empty(x, "w:b", NULL, NULL);
    if (italic)
        rp_ox_empty(x, "w:i", NULL, NULL);
    if (color)
        rp_ox_empty(x, "w:color", "w:val", color);
    if (halfpoints) {
        rp_ox_start(x, "w:sz");
        rp_ox_attrf(x, "w:val", "%d", halfpoints);
        rp_ox_end(x);
        rp_ox_start(x, "w:szCs");
        rp_ox_attrf(x, "w:val", "%d", halfpoints);
        rp_ox_end(x);
    }
    rp_ox_end(x);
}

static void spacing(rp_ox *x, int before, int after)
{
    rp_ox_start(x, "w:spacing");
    rp_ox_attrf(x, "w:before", "%d", before);
    rp_ox_attrf(x, "w:after", "%d", after);
    rp_ox_end(x);
}

static void tab(rp_ox *x, const char *val, const char *leader, long pos)
{
    rp_ox_start(x, "w:tabs");
    rp_ox_start(x, "w:tab");
    rp_ox_attr(x, "w:val", val);
    if (leader)
        rp_ox_attr(x, "w:leader", leader);
    rp_ox_attrf(x, "w:pos", "%ld", pos);
    rp_ox_end(x);
    rp_ox_end(x);
}

static void border(rp_ox *x, const char *side, int eighths, const char *color)
{
    rp_ox_start(x, side);
    rp_ox_attr(x, "w:val", "single");
    rp_ox_attrf(x, "w:sz", "%d", eighths);
    rp_ox_attr(x, "w:space", "4");
    rp_ox_attr(x, "w:color", color);
    rp_ox_end(x);
}

/* The paragraph and run properties of one role (the schema's order of elements). */
static void role_props(rp_ox *x, rp_docx_role r, long width)
{
    rp_ox_start(x, "w:pPr");
    switch (r) {
    case RP_DS_TITLE: spacing(x, 2400, 280); break;
    case RP_DS_SUBTITLE: spacing(x, 0, 200); break;
    case RP_DS_H1:
    case RP_DS_H2:
    case RP_DS_H3:
    case RP_DS_TOCHEAD:
        rp_ox_empty(x, "w:keepNext", NULL, NULL);
        rp_ox_empty(x, "w:keepLines", NULL, NULL);
        spacing(x, r == RP_DS_H1 || r == RP_DS_TOCHEAD ? 480 : 280, r == RP_DS_H1 ? 240 : 120);
        if (r != RP_DS_TOCHEAD)
            rp_ox_empty(x, "w:outlineLvl", "w:val", r == RP_DS_H1 ? "0" : r == RP_DS_H2 ? "1"
                                                                                          : "2");
        else
            rp_ox_empty(x, "w:outlineLvl", "w:val", "9"); /* body text: not in the TOC */
        break;
    case RP_DS_CAPTION: spacing(x, 60, 280); break;
    case RP_DS_LIST:
        spacing(x, 0, 60);
        rp_ox_start(x, "w:ind");
        rp_ox_attr(x, "w:left", "360");
        rp_ox_attr(x, "w:hanging", "360");
        rp_ox_end(x);
        break;
    case RP_DS_NOTE: spacing(x, 0, 120); break;
    case RP_DS_TOC1:
    case RP_DS_TOC2:
        tab(x, "right", "dot", width);
        spacing(x, r == RP_DS_TOC1 ? 120 : 0, 40);
        if (r == RP_DS_TOC2)
            rp_ox_empty(x, "w:ind", "w:left", "320");
        break;
    case RP_DS_TABLETEXT: spacing(x, 20, 20); break;
    case RP_DS_WARNING:
        rp_ox_start(x, "w:pBdr");
        border(x, "w:top", 12, "D55E00"); /* Okabe-Ito vermillion, as the PDF */
        border(x, "w:left", 12, "D55E00");
        border(x, "w:bottom", 12, "D55E00");
        border(x, "w:right", 12, "D55E00");
        rp_ox_end(x);
        spacing(x, 400, 400);
        break;
    case RP_DS_FOOTER: tab(x, "right", NULL, width); spacing(x, 0, 0); break;
    case RP_DS_FIGURE:
        rp_ox_empty(x, "w:keepNext", NULL, NULL);
        spacing(x, 120, 0);
        rp_ox_empty(x, "w:jc", "w:val", "center");
        break;
    default: spacing(x, 0, 140);
    }
    rp_ox_end(x);
    switch (r) {
    case RP_DS_TITLE: run_props(x, 52, 1, 0, "000000"); break;
    case RP_DS_SUBTITLE: run_props(x, 30, 0, 0, "333333"); break;
    case RP_DS_H1:
    case RP_DS_TOCHEAD: run_props(x, 34, 1, 0, "0D0D0D"); break;
    case RP_DS_H2: run_props(x, 26, 1, 0, "0D0D0D"); break;
    case RP_DS_H3: run_props(x, 22, 1, 0, "0D0D0D"); break;
    case RP_DS_CAPTION: run_props(x, 16, 0, 1, "595959"); break;
    case RP_DS_NOTE: run_props(x, 16, 0, 0, "595959"); break;
    case RP_DS_TOC1: run_props(x, 21, 1, 0, NULL); break;
    case RP_DS_TOC2: run_props(x, 19, 0, 0, NULL); break;
    case RP_DS_TABLETEXT: run_props(x, 16, 0, 0, NULL); break;
    case RP_DS_WARNING: run_props(x, 22, 1, 0, NULL); break;
    case RP_DS_FOOTER: run_props(x, 16, 0, 0, "666666"); break;
    default: break;
    }
}

/* A statistical table: rules above and below, a darker rule under the header row, which is
 * bold; no vertical lines. */
static void table_props(rp_ox *x)
{
    rp_ox_start(x, "w:tblPr");
    rp_ox_start(x, "w:tblBorders");
    border(x, "w:top", 8, "4D4D4D");
    border(x, "w:bottom", 8, "4D4D4D");
    border(x, "w:insideH", 4, "D9D9D9");
    rp_ox_end(x);
    rp_ox_start(x, "w:tblCellMar");
    static const char *const sides[] = {"w:left", "w:right"};
    for (int i = 0; i < 2; i++) {
        rp_ox_start(x, sides[i]);
        rp_ox_attr(x, "w:w", "57"); /* docx.c's CELL_MARGIN */
        rp_ox_attr(x, "w:type", "dxa");
        rp_ox_end(x);
    }
    rp_ox_end(x);
    rp_ox_end(x);
    rp_ox_start(x, "w:tblStylePr");
    rp_ox_attr(x, "w:type", "firstRow");
    run_props(x, 0, 1, 0, NULL);
    rp_ox_start(x, "w:tcPr");
    rp_ox_start(x, "w:tcBorders");
    border(x, "w:bottom", 8, "4D4D4D");
    rp_ox_end(x);
    rp_ox_end(x);
    rp_ox_end(x);
}

static void style_head(rp_ox *x, rp_docx_role r, int is_default)
{
    rp_ox_start(x, "w:style");
    rp_ox_attr(x, "w:type", roles[r].type);
    if (is_default)
        rp_ox_attr(x, "w:default", "1");
    rp_ox_attr(x, "w:styleId", roles[r].id);
    rp_ox_empty(x, "w:name", "w:val", roles[r].name);
    if (roles[r].based)
        rp_ox_empty(x, "w:basedOn", "w:val", roles[r].based);
    if (roles[r].next)
        rp_ox_empty(x, "w:next", "w:val", roles[r].next);
    rp_ox_empty(x, "w:qFormat", NULL, NULL);
}

static char *builtin_styles(rp_lang lang, long width, size_t *len)
{
    rp_ox x;
    rp_ox_begin(&x);
    rp_ox_start(&x, "w:styles");
    rp_ox_attr(&x, "xmlns:w", NS_W);
    rp_ox_start(&x, "w:docDefaults");
    rp_ox_start(&x, "w:rPrDefault");
    rp_ox_start(&x, "w:rPr");
    rp_ox_start(&x, "w:rFonts");
    static const char *const faces[] = {"w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"};
    for (int i = 0; i < 4; i++)
        rp_ox_attr(&x, faces[i], "DejaVu Sans");
    rp_ox_end(&x);
    rp_ox_empty(&x, "w:sz", "w:val", "20");
    rp_ox_empty(&x, "w:szCs", "w:val", "20");
    rp_ox_empty(&x, "w:lang", "w:val", rp_fmt_lang_tag(lang));
    rp_ox_end(&x);
    rp_ox_end(&x);
    rp_ox_start(&x, "w:pPrDefault");
    rp_ox_start(&x, "w:pPr");
    spacing(&x, 0, 140);
    rp_ox_end(&x);
    rp_ox_end(&x);
    rp_ox_end(&x);
    for (int r = 0; r < RP_DS_N; r++) {
        style_head(&x, (rp_docx_role)r, r == RP_DS_NORMAL);
        if (r == RP_DS_TABLE)
            table_props(&x);
        else if (r != RP_DS_NORMAL)
            role_props(&x, (rp_docx_role)r, width);
        rp_ox_end(&x);
    }
    /* every document has the default table style that table styles are based on */
    rp_ox_start(&x, "w:style");
    rp_ox_attr(&x, "w:type", "table");
    rp_ox_attr(&x, "w:default", "1");
    rp_ox_attr(&x, "w:styleId", "TableNormal");
    rp_ox_empty(&x, "w:name", "w:val", "Normal Table");
    rp_ox_empty(&x, "w:semiHidden", NULL, NULL);
    rp_ox_end(&x);
    rp_ox_end(&x);
    return rp_ox_take(&x, len);
}

/* Bullets: one level, the bullet in the document's font. */
static void bullet_list(rp_ox *x, int abstract_id)
{
    rp_ox_start(x, "w:abstractNum");
    rp_ox_attrf(x, "w:abstractNumId", "%d", abstract_id);
    rp_ox_empty(x, "w:multiLevelType", "w:val", "singleLevel");
    rp_ox_start(x, "w:lvl");
    rp_ox_attr(x, "w:ilvl", "0");
    rp_ox_empty(x, "w:start", "w:val", "1");
    rp_ox_empty(x, "w:numFmt", "w:val", "bullet");
    rp_ox_empty(x, "w:lvlText", "w:val", "\u2022");
    rp_ox_empty(x, "w:lvlJc", "w:val", "left");
    rp_ox_start(x, "w:pPr");
    rp_ox_start(x, "w:ind");
    rp_ox_attr(x, "w:left", "360");
    rp_ox_attr(x, "w:hanging", "360");
    rp_ox_end(x);
    rp_ox_end(x);
    rp_ox_end(x);
    rp_ox_end(x);
}

static void num(rp_ox *x, int abstract_id, int num_id)
{
    rp_ox_start(x, "w:num");
    rp_ox_attrf(x, "w:numId", "%d", num_id);
    rp_ox_start(x, "w:abstractNumId");
    rp_ox_attrf(x, "w:val", "%d", abstract_id);
    rp_ox_end(x);
    rp_ox_end(x);
}

static char *builtin_numbering(size_t *len)
{
    rp_ox x;
    rp_ox_begin(&x);
    rp_ox_start(&x, "w:numbering");
    rp_ox_attr(&x, "xmlns:w", NS_W);
    bullet_list(&x, 1);
    num(&x, 1, 1);
    rp_ox_end(&x);
    return rp_ox_take(&x, len);
}

/* DejaVu Sans is a sans-serif of variable pitch: Word without it takes a font like it. */
static char *builtin_fonts(size_t *len)
{
    rp_ox x;
    rp_ox_begin(&x);
    rp_ox_start(&x, "w:fonts");
    rp_ox_attr(&x, "xmlns:w", NS_W);
    rp_ox_start(&x, "w:font");
    rp_ox_attr(&x, "w:name", "DejaVu Sans");
    rp_ox_empty(&x, "w:altName", "w:val", "Arial");
    rp_ox_empty(&x, "w:panose1", "w:val", "020B0603030804020204");
    rp_ox_empty(&x, "w:charset", "w:val", "00");
    rp_ox_empty(&x, "w:family", "w:val", "swiss");
    rp_ox_empty(&x, "w:pitch", "w:val", "variable");
    rp_ox_end(&x);
    rp_ox_end(&x);
    return rp_ox_take(&x, len);
}

static long text_width(const rp_docx_style *s)
{
    return s->page_w - s->margin[1] - s->margin[3];
}

static void page(rp_docx_style *s, const char *doc, size_t len);

/* The built-in style on A4, or on the page of a template's document part (doc). */
static rp_docx_style *builtin(rp_lang lang, const char *doc, size_t dlen)
{
    rp_docx_style *s = calloc(1, sizeof *s);
    if (!s)
        return NULL;
    a4(s);
    if (doc)
        page(s, doc, dlen);
    for (int r = 0; r < RP_DS_N; r++)
        snprintf(s->id[r], sizeof s->id[r], "%s", roles[r].id);
    s->list_num = 1;
    s->styles = builtin_styles(lang, text_width(s), &s->nstyles);
    s->numbering = builtin_numbering(&s->nnumbering);
    s->fonts = builtin_fonts(&s->nfonts);
    if (!s->styles || !s->numbering || !s->fonts) {
        rp_docx_style_free(s);
        return NULL;
    }
    return s;
}

void rp_docx_style_free(rp_docx_style *s)
{
    if (!s)
        return;
    free(s->styles);
    free(s->numbering);
    free(s->theme);
    free(s->fonts);
    free(s);
}

/* ---- a template ---- */

static int is_w(const xmlNode *n, const char *name)
{
    return n->type == XML_ELEMENT_NODE && n->ns && !strcmp((const char *)n->ns->href, NS_W) &&
           !strcmp((const char *)n->name, name);
}

static xmlNode *child(const xmlNode *n, const char *name)
{
    for (xmlNode *c = n ? n->children : NULL; c; c = c->next)
        if (is_w(c, name))
            return c;
    return NULL;
}

/* w:val (or another attribute) of an element, in the w namespace; caller xmlFree()s. */
static char *wattr(const xmlNode *n, const char *name)
{
    return n ? (char *)xmlGetNsProp(n, BAD_CAST name, BAD_CAST NS_W) : NULL;
}

static xmlDoc *parse(const char *data, size_t len)
{
    /* no network, no entities from outside: a template is data */
    return xmlReadMemory(data, (int)len, "part.xml", NULL, XML_PARSE_NONET | XML_PARSE_NOBLANKS);
}

/* The style a template gives a role: its own when it has one of that name. */
static xmlNode *find_style(xmlNode *root, const char *name, const char *type)
{
    for (xmlNode *c = root->children; c; c = c->next) {
        if (!is_w(c, "style"))
            continue;
        char *n = wattr(child(c, "name"), "val"), *t = wattr(c, "type");
        int match = n && t && !strcasecmp(n, name) && !strcmp(t, type);
        xmlFree(n);
        xmlFree(t);
        if (match)
            return c;
    }
    return NULL;
}

static int id_taken(xmlNode *root, const char *id)
{
    for (xmlNode *c = root->children; c; c = c->next) {
        char *v = is_w(c, "style") ? wattr(c, "styleId") : NULL;
        int same = v && !strcmp(v, id);
        xmlFree(v);
        if (same)
            return 1;
    }
    return 0;
}

/* A node moved in from another document uses the namespaces declared above it, not copies
 * of its own. */
static void tidy(xmlNode *n)
{
    /* XML_DOM_RECONNS_REMOVEREDUND, which libxml2 2.9 keeps out of its headers */
    xmlDOMWrapReconcileNamespaces(NULL, n, 1);
}

/* The id a role of ours had, in the template: for basedOn and next of a style we add. */
static const char *mapped(const rp_docx_style *s, const char *ours)
{
    for (int r = 0; r < RP_DS_N; r++)
        if (!strcmp(roles[r].id, ours))
            return s->id[r];
    return ours;
}

/* Adds the styles of ours that the template lacks, under ids it does not use, pointing at
 * the template's own styles where ours pointed at ours. */
static void merge_styles(rp_docx_style *s, xmlNode *troot, xmlNode *oroot)
{
    xmlNode *add[RP_DS_N] = {0};
    for (int r = 0; r < RP_DS_N; r++) {
        xmlNode *t = find_style(troot, roles[r].name, roles[r].type);
        if (t) {
            char *id = wattr(t, "styleId");
            snprintf(s->id[r], sizeof s->id[r], "%s", id ? id : roles[r].id);
            xmlFree(id);
            continue;
        }
        snprintf(s->id[r], sizeof s->id[r], "%s", roles[r].id);
        for (int k = 2; id_taken(troot, s->id[r]); k++)
            snprintf(s->id[r], sizeof s->id[r], "Rp%s%d", roles[r].id, k);
        add[r] = find_style(oroot, roles[r].name, roles[r].type);
    }
    for (int r = 0; r < RP_DS_N; r++) {
        if (!add[r])
            continue;
        xmlNode *copy = xmlDocCopyNode(add[r], troot->doc, 1);
        if (!copy)
            continue;
        xmlSetNsProp(copy, copy->ns, BAD_CAST "styleId", BAD_CAST s->id[r]);
        static const char *const refs[] = {"basedOn", "next"};
        for (int i = 0; i < 2; i++) {
            xmlNode *ref = child(copy, refs[i]);
            char *v = wattr(ref, "val");
            if (v)
                xmlSetNsProp(ref, ref->ns, BAD_CAST "val", BAD_CAST mapped(s, v));
            xmlFree(v);
        }
        xmlAddChild(troot, copy);
        tidy(copy);
    }
}

static long num_attr(const xmlNode *n, const char *name, long fallback);

/* The tab stops of the template's footer style, which the running footer clears. */
static void footer_tabs(rp_docx_style *s, xmlNode *troot)
{
    xmlNode *st = find_style(troot, roles[RP_DS_FOOTER].name, "paragraph");
    xmlNode *tabs = child(child(st, "pPr"), "tabs");
    for (xmlNode *t = tabs ? tabs->children : NULL; t && s->nclear < 8; t = t->next)
        if (is_w(t, "tab"))
            s->clear_tab[s->nclear++] = num_attr(t, "pos", 0);
}

/* The document's language is the content's, not the house style's. */
static void set_language(xmlNode *root, rp_lang lang)
{
    xmlNode *d = child(root, "docDefaults"), *rp = child(d, "rPrDefault");
    xmlNode *r = child(rp, "rPr"), *l = child(r, "lang");
    if (!r)
        return;
    if (!l)
        l = xmlNewChild(r, r->ns, BAD_CAST "lang", NULL);
    if (l)
        xmlSetNsProp(l, r->ns, BAD_CAST "val", BAD_CAST rp_fmt_lang_tag(lang));
}

static char *dump(xmlDoc *doc, size_t *len)
{
    xmlChar *out = NULL;
    int n = 0;
    xmlDocDumpMemoryEnc(doc, &out, &n, "UTF-8");
    char *s = out ? rp_strndup((const char *)out, (size_t)n) : NULL;
    xmlFree(out);
    *len = s ? (size_t)n : 0;
    return s;
}

/* The list style's own numbering, or ours added to the template's numbering. */
static int merge_numbering(rp_docx_style *s, xmlNode *troot, const char *tpl, size_t *len,
                           char **out)
{
    xmlNode *list = find_style(troot, roles[RP_DS_LIST].name, "paragraph");
    if (child(child(list, "pPr"), "numPr") && tpl) {
        s->list_num = 0;
        *out = rp_strndup(tpl, *len);
        return *out ? 0 : -1;
    }
    xmlDoc *nd = tpl ? parse(tpl, *len) : NULL;
    xmlNode *nroot = nd ? xmlDocGetRootElement(nd) : NULL;
    int max_a = 0, max_n = 0;
    for (xmlNode *c = nroot ? nroot->children : NULL; c; c = c->next) {
        char *v = is_w(c, "abstractNum") ? wattr(c, "abstractNumId")
                  : is_w(c, "num")       ? wattr(c, "numId")
                                         : NULL;
        int k = v ? atoi(v) : 0;
        if (is_w(c, "abstractNum") && k > max_a)
            max_a = k;
        if (is_w(c, "num") && k > max_n)
            max_n = k;
        xmlFree(v);
    }
    /* ours in a document of its own, then moved in: abstract lists before the lists */
    rp_ox x;
    rp_ox_begin(&x);
    rp_ox_start(&x, "w:numbering");
    rp_ox_attr(&x, "xmlns:w", NS_W);
    bullet_list(&x, max_a + 1);
    num(&x, max_a + 1, max_n + 1);
    rp_ox_end(&x);
    size_t olen = 0;
    char *ours = rp_ox_take(&x, &olen);
    s->list_num = max_n + 1;
    if (!nroot) {
        xmlFreeDoc(nd);
        *out = ours;
        *len = olen;
        return ours ? 0 : -1;
    }
    xmlDoc *od = ours ? parse(ours, olen) : NULL;
    xmlNode *oroot = od ? xmlDocGetRootElement(od) : NULL, *first_num = NULL;
    for (xmlNode *c = nroot->children; c && !first_num; c = c->next)
        if (is_w(c, "num"))
            first_num = c;
    for (xmlNode *c = oroot ? oroot->children : NULL; c; c = c->next) {
        xmlNode *copy = xmlDocCopyNode(c, nd, 1);
        if (!copy)
            continue;
        if (is_w(c, "abstractNum") && first_num)
            xmlAddPrevSibling(first_num, copy);
        else
            xmlAddChild(nroot, copy);
        tidy(copy);
    }
    *out = dump(nd, len);
    xmlFreeDoc(od);
    xmlFreeDoc(nd);
    free(ours);
    return *out ? 0 : -1;
}

static long num_attr(const xmlNode *n, const char *name, long fallback)
{
    char *v = wattr(n, name);
    long k = v ? strtol(v, NULL, 10) : fallback;
    xmlFree(v);
    return k > 0 && k < 100000 ? k : fallback;
}

/* The page of the template's last section: size, orientation and margins. */
static void page(rp_docx_style *s, const char *doc, size_t len)
{
    xmlDoc *d = doc ? parse(doc, len) : NULL;
    xmlNode *body = d ? child(xmlDocGetRootElement(d), "body") : NULL, *sect = child(body, "sectPr");
    xmlNode *sz = child(sect, "pgSz"), *mar = child(sect, "pgMar");
    if (sz) {
        s->page_w = num_attr(sz, "w", s->page_w);
        s->page_h = num_attr(sz, "h", s->page_h);
        char *o = wattr(sz, "orient");
        s->landscape = o && !strcmp(o, "landscape");
        xmlFree(o);
    }
    static const char *const sides[] = {"top", "right", "bottom", "left"};
    for (int i = 0; mar && i < 4; i++)
        s->margin[i] = num_attr(mar, sides[i], s->margin[i]);
    s->header = num_attr(mar, "header", s->header);
    s->footer = num_attr(mar, "footer", s->footer);
    if (text_width(s) < 2000) /* margins that leave no room: the template's page is odd */
        a4(s);
    xmlFreeDoc(d);
}

/* A part that refers to others (an embedded font, a picture in the theme) would need them
 * too: such a part is left out and Word uses its defaults. */
static char *standalone_part(const char *path, const char *name, size_t *len)
{
    char why[128];
    char *p = rp_opc_read(path, name, PART_MAX, len, why, sizeof why);
    if (p && (strstr(p, "r:id=") || strstr(p, "r:embed="))) {
        free(p);
        p = NULL;
    }
    return p;
}

static rp_docx_style *from_template(rp_lang lang, const char *path, char *err, size_t n)
{
    char why[160];
    size_t slen = 0, nlen = 0, dlen = 0;
    char *styles = rp_opc_read(path, "word/styles.xml", PART_MAX, &slen, why, sizeof why);
    if (!styles) {
        snprintf(err, n, "%s: %s; expected a Word document or template (.docx, .dotx)", path,
                 why);
        return NULL;
    }
    char *doc = rp_opc_read(path, "word/document.xml", PART_MAX, &dlen, why, sizeof why);
    rp_docx_style *s = builtin(lang, doc, dlen);
    xmlDoc *td = parse(styles, slen);
    xmlNode *troot = td ? xmlDocGetRootElement(td) : NULL;
    xmlDoc *od = s ? parse(s->styles, s->nstyles) : NULL;
    if (!s || !od || !troot || !is_w(troot, "styles")) {
        snprintf(err, n, "%s: word/styles.xml %s", path,
                 troot ? "is not Word's styles part" : "cannot be read as XML");
        xmlFreeDoc(td);
        xmlFreeDoc(od);
        free(styles);
        free(doc);
        rp_docx_style_free(s);
        return NULL;
    }
    merge_styles(s, troot, xmlDocGetRootElement(od));
    footer_tabs(s, troot);
    set_language(troot, lang);
    free(s->styles);
    s->styles = dump(td, &s->nstyles);
    char *numbering = rp_opc_read(path, "word/numbering.xml", PART_MAX, &nlen, why, sizeof why);
    free(s->numbering);
    s->numbering = NULL;
    int r = s->styles && merge_numbering(s, troot, numbering, &nlen, &s->numbering) == 0;
    s->nnumbering = nlen;
    free(s->fonts);
    s->fonts = standalone_part(path, "word/fontTable.xml", &s->nfonts);
    s->theme = standalone_part(path, "word/theme/theme1.xml", &s->ntheme);
    free(doc);
    free(numbering);
    free(styles);
    xmlFreeDoc(td);
    xmlFreeDoc(od);
    if (!r) {
        snprintf(err, n, "%s: cannot merge its styles (out of memory)", path);
        rp_docx_style_free(s);
        return NULL;
    }
    return s;
}

rp_docx_style *rp_docx_style_new(rp_lang lang, const char *template_path, char *err, size_t n)
{
    if (template_path)
        return from_template(lang, template_path, err, n);
    rp_docx_style *s = builtin(lang, NULL, 0);
    if (!s)
        snprintf(err, n, "out of memory");
    return s;
}
