/* The briefing as a 16:9 slide deck: PresentationML written with xmlTextWriter into a zip.
 * Every slide has a title in its title placeholder (what PowerPoint's accessibility checker
 * and screen readers take as the slide's name), every picture a description, and the notes
 * hold the caption. */
#include "words/numfmt.h"
#include "reports/briefing.h"
#include "reports/opc.h"
#include "base/buf.h"

#include <stdlib.h>
#include <string.h>

#ifndef RP_VERSION
#define RP_VERSION "dev"
#endif

#define NS_P "http://schemas.openxmlformats.org/presentationml/2006/main"
#define CT_PML "application/vnd.openxmlformats-officedocument.presentationml."
#define IN 914400L             /* EMU per inch */
#define SW 12192000L           /* 13.333 by 7.5 inches: 16:9 */
#define SH 6858000L
#define MX 609600L             /* side margin */
#define TEXT_W (SW - 2 * MX)

typedef struct {
    const rp_briefing *b;
    const char *charts;
    rp_opc *o;
    rp_ox x;
    const char *lang;
} deck;

/* ---- shapes ---- */

static void xfrm(rp_ox *x, long px, long py, long cx, long cy)
{
    rp_ox_start(x, "a:xfrm");
    rp_ox_start(x, "a:off");
    rp_ox_attrf(x, "x", "%ld", px);
    rp_ox_attrf(x, "y", "%ld", py);
    rp_ox_end(x);
    rp_ox_start(x, "a:ext");
    rp_ox_attrf(x, "cx", "%ld", cx);
    rp_ox_attrf(x, "cy", "%ld", cy);
    rp_ox_end(x);
    rp_ox_end(x);
}

static void rect(rp_ox *x)
{
    rp_ox_start(x, "a:prstGeom");
    rp_ox_attr(x, "prst", "rect");
    rp_ox_empty(x, "a:avLst", NULL, NULL);
    rp_ox_end(x);
}

static void group_head(rp_ox *x)
{
    rp_ox_start(x, "p:nvGrpSpPr");
    rp_ox_start(x, "p:cNvPr");
    rp_ox_attr(x, "id", "1");
    rp_ox_attr(x, "name", "");
    rp_ox_end(x);
    rp_ox_empty(x, "p:cNvGrpSpPr", NULL, NULL);
    rp_ox_empty(x, "p:nvPr", NULL, NULL);
    rp_ox_end(x);
    rp_ox_start(x, "p:grpSpPr");
    rp_ox_start(x, "a:xfrm");
    static const char *const parts[] = {"a:off", "a:ext", "a:chOff", "a:chExt"};
    for (int i = 0; i < 4; i++) {
        rp_ox_start(x, parts[i]);
        rp_ox_attr(x, i % 2 ? "cx" : "x", "0");
        rp_ox_attr(x, i % 2 ? "cy" : "y", "0");
        rp_ox_end(x);
    }
    rp_ox_end(x);
    rp_ox_end(x);
}

/* Paragraphs of text, one per line of text, in the deck's language. size: hundredths of a
 * point (0: the placeholder's); color: RRGGBB or NULL. */
static void paragraphs(deck *d, const char *text, int size, int bold, const char *color)
{
    rp_ox *x = &d->x;
    const char *s = text ? text : "";
    do {
        size_t n = strcspn(s, "\n");
        char *line = rp_strndup(s, n);
        rp_ox_start(x, "a:p");
        rp_ox_start(x, "a:r");
        rp_ox_start(x, "a:rPr");
        rp_ox_attr(x, "lang", d->lang);
        if (size)
            rp_ox_attrf(x, "sz", "%d", size);
        if (bold)
            rp_ox_attr(x, "b", "1");
        if (color) {
            rp_ox_start(x, "a:solidFill");
            rp_ox_empty(x, "a:srgbClr", "val", color);
            rp_ox_end(x);
        }
        rp_ox_end(x);
        rp_ox_elem(x, "a:t", line ? line : "");
        rp_ox_end(x);
        rp_ox_end(x);
        free(line);
        s += n + (s[n] == '\n');
    } while (*s);
}

/* A placeholder (type: title, ctrTitle, subTitle, body; idx 0 for none) or, with type NULL, a
 * text box, at the place given. fit: shrink the text when it does not fit. */
static void text_shape(deck *d, int id, const char *name, const char *type, int idx, long px,
                       long py, long cx, long cy, const char *text, int size, int bold,
                       const char *color, int fit)
{
    rp_ox *x = &d->x;
    rp_ox_start(x, "p:sp");
    rp_ox_start(x, "p:nvSpPr");
    rp_ox_start(x, "p:cNvPr");
    rp_ox_attrf(x, "id", "%d", id);
    rp_ox_attr(x, "name", name);
    rp_ox_end(x);
    rp_ox_start(x, "p:cNvSpPr");
    if (type) {
        rp_ox_start(x, "a:spLocks");
        rp_ox_attr(x, "noGrp", "1");
        rp_ox_end(x);
    } else {
        rp_ox_attr(x, "txBox", "1");
    }
    rp_ox_end(x);
    rp_ox_start(x, "p:nvPr");
    if (type) {
        rp_ox_start(x, "p:ph");
        rp_ox_attr(x, "type", type);
        if (idx)
            rp_ox_attrf(x, "idx", "%d", idx);
        rp_ox_end(x);
    }
    rp_ox_end(x);
    rp_ox_end(x);
    rp_ox_start(x, "p:spPr");
    xfrm(x, px, py, cx, cy);
    rect(x);
    rp_ox_end(x);
    rp_ox_start(x, "p:txBody");
    rp_ox_start(x, "a:bodyPr");
    rp_ox_attr(x, "wrap", "square");
    rp_ox_attr(x, "anchor", type && !strcmp(type, "ctrTitle") ? "b" : "t");
    if (fit)
        rp_ox_empty(x, "a:normAutofit", NULL, NULL);
    rp_ox_end(x);
    rp_ox_empty(x, "a:lstStyle", NULL, NULL);
    if (text)
        paragraphs(d, text, size, bold, color);
    else {
        rp_ox_start(x, "a:p");
        rp_ox_empty(x, "a:endParaRPr", "lang", d->lang);
        rp_ox_end(x);
    }
    rp_ox_end(x);
    rp_ox_end(x);
}

/* A picture with its description (p:cNvPr/@descr, PowerPoint's alt text): the PNG, and the
 * SVG for PowerPoint 2016 and later. */
static void picture(deck *d, int id, const char *name, const char *alt, long px, long py,
                    long cx, long cy)
{
    rp_ox *x = &d->x;
    rp_ox_start(x, "p:pic");
    rp_ox_start(x, "p:nvPicPr");
    rp_ox_start(x, "p:cNvPr");
    rp_ox_attrf(x, "id", "%d", id);
    rp_ox_attr(x, "name", name);
    rp_ox_attr(x, "descr", alt);
    rp_ox_end(x);
    rp_ox_start(x, "p:cNvPicPr");
    rp_ox_empty(x, "a:picLocks", "noChangeAspect", "1");
    rp_ox_end(x);
    rp_ox_empty(x, "p:nvPr", NULL, NULL);
    rp_ox_end(x);
    rp_ox_start(x, "p:blipFill");
    rp_ox_start(x, "a:blip");
    rp_ox_attr(x, "r:embed", "rId2");
    rp_ox_start(x, "a:extLst");
    rp_ox_start(x, "a:ext");
    rp_ox_attr(x, "uri", RP_SVG_EXT);
    rp_ox_start(x, "asvg:svgBlip");
    rp_ox_attr(x, "xmlns:asvg", RP_NS_ASVG);
    rp_ox_attr(x, "r:embed", "rId3");
    rp_ox_end(x);
    rp_ox_end(x);
    rp_ox_end(x);
    rp_ox_end(x);
    rp_ox_start(x, "a:stretch");
    rp_ox_empty(x, "a:fillRect", NULL, NULL);
    rp_ox_end(x);
    rp_ox_end(x);
    rp_ox_start(x, "p:spPr");
    xfrm(x, px, py, cx, cy);
    rect(x);
    rp_ox_end(x);
    rp_ox_end(x);
}

static void root(rp_ox *x, const char *name)
{
    rp_ox_begin(x);
    rp_ox_start(x, name);
    rp_ox_attr(x, "xmlns:a", RP_NS_A);
    rp_ox_attr(x, "xmlns:r", RP_NS_R);
    rp_ox_attr(x, "xmlns:p", NS_P);
}

static void master_colours(rp_ox *x)
{
    rp_ox_start(x, "p:clrMap");
    static const char *const map[][2] = {
        {"bg1", "lt1"}, {"tx1", "dk1"}, {"bg2", "lt2"}, {"tx2", "dk2"},
        {"accent1", "accent1"}, {"accent2", "accent2"}, {"accent3", "accent3"},
        {"accent4", "accent4"}, {"accent5", "accent5"}, {"accent6", "accent6"},
        {"hlink", "hlink"}, {"folHlink", "folHlink"}};
    for (size_t i = 0; i < sizeof map / sizeof *map; i++)
        rp_ox_attr(x, map[i][0], map[i][1]);
    rp_ox_end(x);
}

static void background(rp_ox *x)
{
    rp_ox_start(x, "p:bg");
    rp_ox_start(x, "p:bgRef");
    rp_ox_attr(x, "idx", "1001");
    rp_ox_empty(x, "a:schemeClr", "val", "bg1");
    rp_ox_end(x);
    rp_ox_end(x);
}

static void rels_begin(rp_ox *x)
{
    rp_ox_begin(x);
    rp_ox_start(x, "Relationships");
    rp_ox_attr(x, "xmlns", RP_NS_REL);
}

/* ---- theme, masters, layouts ---- */

static void theme_colour(rp_ox *x, const char *slot, const char *rgb)
{
    rp_ox_start(x, slot);
    rp_ox_empty(x, "a:srgbClr", "val", rgb);
    rp_ox_end(x);
}

static void three(rp_ox *x, const char *list, const char *inner)
{
    rp_ox_start(x, list);
    for (int i = 0; i < 3; i++) {
        if (!strcmp(inner, "a:ln")) {
            rp_ox_start(x, "a:ln");
            rp_ox_attrf(x, "w", "%d", 6350 * (i + 1));
        } else if (!strcmp(inner, "a:effectStyle")) {
            rp_ox_start(x, "a:effectStyle");
            rp_ox_empty(x, "a:effectLst", NULL, NULL);
            rp_ox_end(x);
            continue;
        }
        rp_ox_start(x, "a:solidFill");
        rp_ox_empty(x, "a:schemeClr", "val", "phClr");
        rp_ox_end(x);
        if (!strcmp(inner, "a:ln"))
            rp_ox_end(x);
    }
    rp_ox_end(x);
}

/* The house colours (Okabe-Ito, as the charts) and font (DejaVu Sans). */
static void theme(deck *d, const char *part)
{
    rp_ox *x = &d->x;
    rp_ox_begin(x);
    rp_ox_start(x, "a:theme");
    rp_ox_attr(x, "xmlns:a", RP_NS_A);
    rp_ox_attr(x, "name", "rapporteur");
    rp_ox_start(x, "a:themeElements");
    rp_ox_start(x, "a:clrScheme");
    rp_ox_attr(x, "name", "Okabe-Ito");
    static const char *const colours[][2] = {
        {"a:dk1", "000000"}, {"a:lt1", "FFFFFF"}, {"a:dk2", "1F2A36"}, {"a:lt2", "EEF1F4"},
        {"a:accent1", "0072B2"}, {"a:accent2", "E69F00"}, {"a:accent3", "009E73"},
        {"a:accent4", "56B4E9"}, {"a:accent5", "D55E00"}, {"a:accent6", "CC79A7"},
        {"a:hlink", "0072B2"}, {"a:folHlink", "CC79A7"}};
    for (size_t i = 0; i < sizeof colours / sizeof *colours; i++)
        theme_colour(x, colours[i][0], colours[i][1]);
    rp_ox_end(x);
    rp_ox_start(x, "a:fontScheme");
    rp_ox_attr(x, "name", "DejaVu");
    static const char *const fonts[] = {"a:majorFont", "a:minorFont"};
    for (int i = 0; i < 2; i++) {
        rp_ox_start(x, fonts[i]);
        rp_ox_empty(x, "a:latin", "typeface", "DejaVu Sans");
        rp_ox_empty(x, "a:ea", "typeface", "");
        rp_ox_empty(x, "a:cs", "typeface", "");
        rp_ox_end(x);
    }
    rp_ox_end(x);
    rp_ox_start(x, "a:fmtScheme");
    rp_ox_attr(x, "name", "rapporteur");
    three(x, "a:fillStyleLst", "a:solidFill");
    three(x, "a:lnStyleLst", "a:ln");
    three(x, "a:effectStyleLst", "a:effectStyle");
    three(x, "a:bgFillStyleLst", "a:solidFill");
    rp_ox_end(x);
    rp_ox_end(x);
    rp_ox_end(x);
    rp_ox_finish(x, d->o, part);
}

static void level_style(rp_ox *x, const char *list, int size, int bold)
{
    rp_ox_start(x, list);
    rp_ox_start(x, "a:lvl1pPr");
    rp_ox_start(x, "a:defRPr");
    rp_ox_attrf(x, "sz", "%d", size);
    if (bold)
        rp_ox_attr(x, "b", "1");
    rp_ox_start(x, "a:solidFill");
    rp_ox_empty(x, "a:schemeClr", "val", "tx1");
    rp_ox_end(x);
    rp_ox_empty(x, "a:latin", "typeface", "+mn-lt");
    rp_ox_end(x);
    rp_ox_end(x);
    rp_ox_end(x);
}

static void slide_master(deck *d)
{
    rp_ox *x = &d->x;
    root(x, "p:sldMaster");
    rp_ox_start(x, "p:cSld");
    background(x);
    rp_ox_start(x, "p:spTree");
    group_head(x);
    text_shape(d, 2, "Title", "title", 0, MX, 304800, TEXT_W, 914400, NULL, 0, 0, NULL, 0);
    text_shape(d, 3, "Text", "body", 1, MX, 1371600, TEXT_W, 4754880, NULL, 0, 0, NULL, 0);
    rp_ox_end(x);
    rp_ox_end(x);
    master_colours(x);
    rp_ox_start(x, "p:sldLayoutIdLst");
    for (int i = 1; i <= 2; i++) {
        rp_ox_start(x, "p:sldLayoutId");
        rp_ox_attrf(x, "id", "%ld", 2147483648L + i);
        rp_ox_attrf(x, "r:id", "rId%d", i);
        rp_ox_end(x);
    }
    rp_ox_end(x);
    rp_ox_start(x, "p:txStyles");
    level_style(x, "p:titleStyle", 3200, 1);
    level_style(x, "p:bodyStyle", 2000, 0);
    level_style(x, "p:otherStyle", 1800, 0);
    rp_ox_end(x);
    rp_ox_end(x);
    rp_ox_finish(x, d->o, "ppt/slideMasters/slideMaster1.xml");
    rels_begin(x);
    rp_opc_rel(x, "rId1", RP_REL("slideLayout"), "../slideLayouts/slideLayout1.xml");
    rp_opc_rel(x, "rId2", RP_REL("slideLayout"), "../slideLayouts/slideLayout2.xml");
    rp_opc_rel(x, "rId3", RP_REL("theme"), "../theme/theme1.xml");
    rp_ox_end(x);
    rp_ox_finish(x, d->o, "ppt/slideMasters/_rels/slideMaster1.xml.rels");
}

/* Layout 1, the title slide; layout 2, a title only (the rest is placed on each slide). */
static void layouts(deck *d)
{
    rp_ox *x = &d->x;
    for (int i = 1; i <= 2; i++) {
        root(x, "p:sldLayout");
        rp_ox_attr(x, "type", i == 1 ? "title" : "titleOnly");
        rp_ox_attr(x, "preserve", "1");
        rp_ox_start(x, "p:cSld");
        rp_ox_attr(x, "name", i == 1 ? "Title Slide" : "Title Only");
        rp_ox_start(x, "p:spTree");
        group_head(x);
        if (i == 1) {
            text_shape(d, 2, "Title", "ctrTitle", 0, 914400, 1737360, SW - 2 * 914400, 1463040,
                       NULL, 4000, 1, NULL, 0);
            text_shape(d, 3, "Subtitle", "subTitle", 1, 914400, 3291840, SW - 2 * 914400,
                       1463040, NULL, 2000, 0, NULL, 0);
        } else {
            text_shape(d, 2, "Title", "title", 0, MX, 304800, TEXT_W, 914400, NULL, 0, 0, NULL,
                       0);
        }
        rp_ox_end(x);
        rp_ox_end(x);
        rp_ox_start(x, "p:clrMapOvr");
        rp_ox_empty(x, "a:masterClrMapping", NULL, NULL);
        rp_ox_end(x);
        rp_ox_end(x);
        char part[64];
        snprintf(part, sizeof part, "ppt/slideLayouts/slideLayout%d.xml", i);
        rp_ox_finish(x, d->o, part);
        rels_begin(x);
        rp_opc_rel(x, "rId1", RP_REL("slideMaster"), "../slideMasters/slideMaster1.xml");
        rp_ox_end(x);
        snprintf(part, sizeof part, "ppt/slideLayouts/_rels/slideLayout%d.xml.rels", i);
        rp_ox_finish(x, d->o, part);
    }
}

static void notes_master(deck *d)
{
    rp_ox *x = &d->x;
    root(x, "p:notesMaster");
    rp_ox_start(x, "p:cSld");
    background(x);
    rp_ox_start(x, "p:spTree");
    group_head(x);
    text_shape(d, 2, "Slide image", "sldImg", 0, 381000, 685800, 6096000, 3429000, NULL, 0, 0,
               NULL, 0);
    text_shape(d, 3, "Notes", "body", 1, 685800, 4343400, 5486400, 4114800, NULL, 0, 0, NULL,
               0);
    rp_ox_end(x);
    rp_ox_end(x);
    master_colours(x);
    level_style(x, "p:notesStyle", 1200, 0);
    rp_ox_end(x);
    rp_ox_finish(x, d->o, "ppt/notesMasters/notesMaster1.xml");
    rels_begin(x);
    rp_opc_rel(x, "rId1", RP_REL("theme"), "../theme/theme2.xml");
    rp_ox_end(x);
    rp_ox_finish(x, d->o, "ppt/notesMasters/_rels/notesMaster1.xml.rels");
}

/* ---- slides ---- */

static void slide_end(deck *d, int n, int layout, const char *chart, int notes)
{
    rp_ox *x = &d->x;
    rp_ox_end(x); /* spTree */
    rp_ox_end(x); /* cSld */
    rp_ox_start(x, "p:clrMapOvr");
    rp_ox_empty(x, "a:masterClrMapping", NULL, NULL);
    rp_ox_end(x);
    rp_ox_end(x);
    char part[96], target[160];
    snprintf(part, sizeof part, "ppt/slides/slide%d.xml", n);
    rp_ox_finish(x, d->o, part);
    rels_begin(x);
    snprintf(target, sizeof target, "../slideLayouts/slideLayout%d.xml", layout);
    rp_opc_rel(x, "rId1", RP_REL("slideLayout"), target);
    if (chart) {
        snprintf(target, sizeof target, "../media/%s.png", chart);
        rp_opc_rel(x, "rId2", RP_REL("image"), target);
        snprintf(target, sizeof target, "../media/%s.svg", chart);
        rp_opc_rel(x, "rId3", RP_REL("image"), target);
    }
    if (notes) {
        snprintf(target, sizeof target, "../notesSlides/notesSlide%d.xml", n);
        rp_opc_rel(x, "rId4", RP_REL("notesSlide"), target);
    }
    rp_ox_end(x);
    snprintf(part, sizeof part, "ppt/slides/_rels/slide%d.xml.rels", n);
    rp_ox_finish(x, d->o, part);
}

static void slide_begin(deck *d)
{
    root(&d->x, "p:sld");
    rp_ox_start(&d->x, "p:cSld");
    rp_ox_start(&d->x, "p:spTree");
    group_head(&d->x);
}

static void title_slide(deck *d)
{
    const rp_briefing *b = d->b;
    slide_begin(d);
    text_shape(d, 2, "Title", "ctrTitle", 0, 914400, 1737360, SW - 2 * 914400, 1463040, b->title,
               0, 0, NULL, 1);
    rp_buf sub;
    rp_buf_init(&sub);
    rp_buf_puts(&sub, b->subtitle);
    if (b->organisation)
        rp_buf_printf(&sub, "\n%s", b->organisation);
    rp_buf_printf(&sub, "\n%s", b->date);
    text_shape(d, 3, "Subtitle", "subTitle", 1, 914400, 3291840, SW - 2 * 914400, 1463040,
               rp_buf_str(&sub), 0, 0, "333333", 1);
    rp_buf_free(&sub);
    if (b->illustrative)
        text_shape(d, 4, "Illustrative", NULL, 0, 914400, 5120640, SW - 2 * 914400, 640080,
                   rp_word_illustrative(b->lang), 1600, 1, "B34700", 1);
    slide_end(d, 1, 1, NULL, 0);
}

/* Title, the finding's sentence at the left, its chart at the right as large as the slide
 * allows at 16:9, the source at the foot. Without a chart the sentence takes the slide. */
static void finding_slide(deck *d, int n, const rp_slide *s)
{
    slide_begin(d);
    text_shape(d, 2, "Title", "title", 0, MX, 304800, TEXT_W, 914400, s->title, 0, 0, NULL, 1);
    long top = 1325880, foot = SH - 502920;
    if (s->chart) {
        long cx = 8 * IN, cy = cx * 9 / 16, px = SW - MX - cx, gap = IN / 5;
        text_shape(d, 3, "Finding", NULL, 0, MX, top, px - gap - MX, cy, s->text, 1800, 0, NULL,
                   1);
        picture(d, 4, s->chart, s->alt, px, top, cx, cy);
    } else {
        text_shape(d, 3, "Finding", NULL, 0, MX, top, TEXT_W, foot - top - IN / 10, s->text,
                   2400, 0, NULL, 1);
    }
    text_shape(d, 5, "Source", NULL, 0, MX, foot, TEXT_W, 365760, s->source, 1100, 0, "595959",
               1);
    slide_end(d, n, 2, s->chart, 1);
}

static void notes_slide(deck *d, int n, const char *text)
{
    rp_ox *x = &d->x;
    root(x, "p:notes");
    rp_ox_start(x, "p:cSld");
    rp_ox_start(x, "p:spTree");
    group_head(x);
    rp_ox_start(x, "p:sp");
    rp_ox_start(x, "p:nvSpPr");
    rp_ox_start(x, "p:cNvPr");
    rp_ox_attr(x, "id", "2");
    rp_ox_attr(x, "name", "Slide image");
    rp_ox_end(x);
    rp_ox_start(x, "p:cNvSpPr");
    rp_ox_start(x, "a:spLocks");
    rp_ox_attr(x, "noGrp", "1");
    rp_ox_attr(x, "noRot", "1");
    rp_ox_attr(x, "noChangeAspect", "1");
    rp_ox_end(x);
    rp_ox_end(x);
    rp_ox_start(x, "p:nvPr");
    rp_ox_empty(x, "p:ph", "type", "sldImg");
    rp_ox_end(x);
    rp_ox_end(x);
    rp_ox_empty(x, "p:spPr", NULL, NULL);
    rp_ox_end(x);
    text_shape(d, 3, "Notes", "body", 1, 685800, 4343400, 5486400, 4114800, text, 0, 0, NULL, 0);
    rp_ox_end(x);
    rp_ox_end(x);
    rp_ox_start(x, "p:clrMapOvr");
    rp_ox_empty(x, "a:masterClrMapping", NULL, NULL);
    rp_ox_end(x);
    rp_ox_end(x);
    char part[96], target[96];
    snprintf(part, sizeof part, "ppt/notesSlides/notesSlide%d.xml", n);
    rp_ox_finish(x, d->o, part);
    rels_begin(x);
    rp_opc_rel(x, "rId1", RP_REL("notesMaster"), "../notesMasters/notesMaster1.xml");
    snprintf(target, sizeof target, "../slides/slide%d.xml", n);
    rp_opc_rel(x, "rId2", RP_REL("slide"), target);
    rp_ox_end(x);
    snprintf(part, sizeof part, "ppt/notesSlides/_rels/notesSlide%d.xml.rels", n);
    rp_ox_finish(x, d->o, part);
}

/* ---- the package ---- */

static void presentation(deck *d)
{
    rp_ox *x = &d->x;
    size_t n = d->b->nslides + 1;
    root(x, "p:presentation");
    rp_ox_start(x, "p:sldMasterIdLst");
    rp_ox_start(x, "p:sldMasterId");
    rp_ox_attr(x, "id", "2147483648");
    rp_ox_attr(x, "r:id", "rId1");
    rp_ox_end(x);
    rp_ox_end(x);
    rp_ox_start(x, "p:notesMasterIdLst");
    rp_ox_empty(x, "p:notesMasterId", "r:id", "rId2");
    rp_ox_end(x);
    rp_ox_start(x, "p:sldIdLst");
    for (size_t i = 0; i < n; i++) {
        rp_ox_start(x, "p:sldId");
        rp_ox_attrf(x, "id", "%zu", 256 + i);
        rp_ox_attrf(x, "r:id", "rId%zu", 7 + i);
        rp_ox_end(x);
    }
    rp_ox_end(x);
    rp_ox_start(x, "p:sldSz");
    rp_ox_attrf(x, "cx", "%ld", SW);
    rp_ox_attrf(x, "cy", "%ld", SH);
    rp_ox_end(x);
    rp_ox_start(x, "p:notesSz");
    rp_ox_attr(x, "cx", "6858000");
    rp_ox_attr(x, "cy", "9144000");
    rp_ox_end(x);
    rp_ox_end(x);
    rp_ox_finish(x, d->o, "ppt/presentation.xml");
    rels_begin(x);
    rp_opc_rel(x, "rId1", RP_REL("slideMaster"), "slideMasters/slideMaster1.xml");
    rp_opc_rel(x, "rId2", RP_REL("notesMaster"), "notesMasters/notesMaster1.xml");
    rp_opc_rel(x, "rId3", RP_REL("theme"), "theme/theme1.xml");
    rp_opc_rel(x, "rId4", RP_REL("presProps"), "presProps.xml");
    rp_opc_rel(x, "rId5", RP_REL("viewProps"), "viewProps.xml");
    rp_opc_rel(x, "rId6", RP_REL("tableStyles"), "tableStyles.xml");
    for (size_t i = 0; i < n; i++) {
        char id[16], target[48];
        snprintf(id, sizeof id, "rId%zu", 7 + i);
        snprintf(target, sizeof target, "slides/slide%zu.xml", i + 1);
        rp_opc_rel(x, id, RP_REL("slide"), target);
    }
    rp_ox_end(x);
    rp_ox_finish(x, d->o, "ppt/_rels/presentation.xml.rels");
}

static void small_parts(deck *d)
{
    rp_ox *x = &d->x;
    root(x, "p:presentationPr");
    rp_ox_end(x);
    rp_ox_finish(x, d->o, "ppt/presProps.xml");
    root(x, "p:viewPr");
    rp_ox_end(x);
    rp_ox_finish(x, d->o, "ppt/viewProps.xml");
    rp_ox_begin(x);
    rp_ox_start(x, "a:tblStyleLst");
    rp_ox_attr(x, "xmlns:a", RP_NS_A);
    rp_ox_attr(x, "def", "{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}");
    rp_ox_end(x);
    rp_ox_finish(x, d->o, "ppt/tableStyles.xml");
}

static void content_types(deck *d)
{
    rp_ox *x = &d->x;
    rp_ox_begin(x);
    rp_ox_start(x, "Types");
    rp_ox_attr(x, "xmlns", "http://schemas.openxmlformats.org/package/2006/content-types");
    static const char *const defaults[][2] = {
        {"rels", "application/vnd.openxmlformats-package.relationships+xml"},
        {"xml", "application/xml"}, {"png", "image/png"}, {"svg", "image/svg+xml"}};
    for (int i = 0; i < 4; i++) {
        rp_ox_start(x, "Default");
        rp_ox_attr(x, "Extension", defaults[i][0]);
        rp_ox_attr(x, "ContentType", defaults[i][1]);
        rp_ox_end(x);
    }
    rp_opc_override(x, "/ppt/presentation.xml", CT_PML "presentation.main+xml");
    rp_opc_override(x, "/ppt/slideMasters/slideMaster1.xml", CT_PML "slideMaster+xml");
    rp_opc_override(x, "/ppt/slideLayouts/slideLayout1.xml", CT_PML "slideLayout+xml");
    rp_opc_override(x, "/ppt/slideLayouts/slideLayout2.xml", CT_PML "slideLayout+xml");
    rp_opc_override(x, "/ppt/notesMasters/notesMaster1.xml", CT_PML "notesMaster+xml");
    rp_opc_override(x, "/ppt/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml");
    rp_opc_override(x, "/ppt/theme/theme2.xml", "application/vnd.openxmlformats-officedocument.theme+xml");
    rp_opc_override(x, "/ppt/presProps.xml", CT_PML "presProps+xml");
    rp_opc_override(x, "/ppt/viewProps.xml", CT_PML "viewProps+xml");
    rp_opc_override(x, "/ppt/tableStyles.xml", CT_PML "tableStyles+xml");
    for (size_t i = 1; i <= d->b->nslides + 1; i++) {
        char part[64];
        snprintf(part, sizeof part, "/ppt/slides/slide%zu.xml", i);
        rp_opc_override(x, part, CT_PML "slide+xml");
        if (i > 1) {
            snprintf(part, sizeof part, "/ppt/notesSlides/notesSlide%zu.xml", i);
            rp_opc_override(x, part, CT_PML "notesSlide+xml");
        }
    }
    rp_opc_override(x, "/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
    rp_opc_override(x, "/docProps/app.xml",
             "application/vnd.openxmlformats-officedocument.extended-properties+xml");
    rp_ox_end(x);
    rp_ox_finish(x, d->o, "[Content_Types].xml");
}

static void package_rels(deck *d)
{
    rp_ox *x = &d->x;
    rels_begin(x);
    rp_opc_rel(x, "rId1", RP_REL("officeDocument"), "ppt/presentation.xml");
    rp_opc_rel(x, "rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/"
                   "core-properties", "docProps/core.xml");
    rp_opc_rel(x, "rId3", RP_REL("extended-properties"), "docProps/app.xml");
    rp_ox_end(x);
    rp_ox_finish(x, d->o, "_rels/.rels");
}

/* Each chart once, however many slides show it. */
static void media(deck *d)
{
    const rp_briefing *b = d->b;
    for (size_t i = 0; i < b->nslides; i++) {
        const char *c = b->slide[i].chart;
        int seen = !c;
        for (size_t k = 0; !seen && k < i; k++)
            seen = b->slide[k].chart && !strcmp(b->slide[k].chart, c);
        if (seen)
            continue;
        static const char *const ext[] = {"png", "svg"};
        for (int k = 0; k < 2; k++) {
            char *path = rp_strfmt("%s/%s.%s", d->charts, c, ext[k]);
            char *name = rp_strfmt("ppt/media/%s.%s", c, ext[k]);
            if (path && name)
                rp_opc_part_file(d->o, name, path);
            free(path);
            free(name);
        }
    }
}

int rp_briefing_pptx(const rp_briefing *b, const char *charts_dir, FILE *f, char *err, size_t n)
{
    deck d = {.b = b, .charts = charts_dir, .lang = rp_fmt_lang_tag(b->lang)};
    d.o = rp_opc_open(f, b->epoch);
    content_types(&d);
    package_rels(&d);
    rp_opc_properties(d.o, b->title, b->subtitle, b->author, d.lang, b->epoch,
                      "rapporteur " RP_VERSION);
    presentation(&d);
    small_parts(&d);
    theme(&d, "ppt/theme/theme1.xml");
    theme(&d, "ppt/theme/theme2.xml");
    slide_master(&d);
    layouts(&d);
    notes_master(&d);
    title_slide(&d);
    for (size_t i = 0; i < b->nslides; i++) {
        finding_slide(&d, (int)i + 2, &b->slide[i]);
        notes_slide(&d, (int)i + 2, b->slide[i].notes);
    }
    media(&d);
    return rp_opc_close(d.o, err, n);
}
