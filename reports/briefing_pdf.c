/* The briefing as one tagged A4 page (cairo, pango): the five headline figures with their
 * interval and change, three small charts of series drawn from their published tables, and
 * the targets at a glance; tagged like the report (cairo's structure tree, then
 * reports/pdftag.c for the language, the figures' alternative text and the headers' scope). */
#include "reports/pdftext.h"
#include "words/numfmt.h"
#include "reports/briefing.h"
#include "reports/pdftag.h"

#include <cairo-pdf.h>
#include <errno.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#ifndef RP_VERSION
#define RP_VERSION "dev"
#endif

#define PAGE_W 595.2756
#define PAGE_H 841.8898
#define M 42.0
#define TW (PAGE_W - 2 * M)
#define FOOT (PAGE_H - 40.0)
#define SPARK_H 96.0 /* the plotting area of a small chart */

typedef struct {
    const rp_briefing *b;
    cairo_t *cr;
    double y;
} page;

/* The written file, whose first write error is kept and never handed to cairo (cairo 1.16
 * aborts on one in the middle of a tagged document). */
typedef struct {
    FILE *f;
    int err;
} sink;

static cairo_status_t to_file(void *closure, const unsigned char *data, unsigned int length)
{
    sink *k = closure;
    if (!k->err && fwrite(data, 1, length, k->f) != length)
        k->err = errno ? errno : EIO;
    return CAIRO_STATUS_SUCCESS;
}

/* ---- text ---- */

static PangoLayout *text(page *p, const char *s, double size, int bold, double width)
{
    return rp_pdf_layout(p->cr, p->b->lang, s, size, bold, 0, width);
}

static double height(PangoLayout *l) { return rp_pdf_layout_height(l); }
static double width(PangoLayout *l) { return rp_pdf_layout_width(l); }

static void show(page *p, PangoLayout *l, double x, double y, double grey)
{
    cairo_move_to(p->cr, x, y);
    cairo_set_source_rgb(p->cr, grey, grey, grey);
    pango_cairo_show_layout(p->cr, l);
}

/* A block of text as one structure element at the current line; returns its height. */
static double block(page *p, const char *tag, const char *s, double size, int bold,
                    double grey, double after)
{
    PangoLayout *l = text(p, s, size, bold, TW);
    double h = height(l);
    cairo_tag_begin(p->cr, tag, NULL);
    show(p, l, M, p->y, grey);
    cairo_tag_end(p->cr, tag);
    g_object_unref(l);
    p->y += h + after;
    return h;
}

static void rule(page *p, double x0, double x1, double y, double grey, double w)
{
    cairo_set_source_rgb(p->cr, grey, grey, grey);
    cairo_set_line_width(p->cr, w);
    cairo_move_to(p->cr, x0, y);
    cairo_line_to(p->cr, x1, y);
    cairo_stroke(p->cr);
}

/* ---- the parts of the page ---- */

static void head(page *p)
{
    const rp_briefing *b = p->b;
    block(p, "H1", b->title, 18, 1, 0.0, 4);
    rp_buf s;
    rp_buf_init(&s);
    rp_buf_puts(&s, b->subtitle);
    if (b->organisation)
        rp_buf_printf(&s, " \u00b7 %s", b->organisation);
    rp_buf_printf(&s, " \u00b7 %s", b->date);
    block(p, "P", rp_buf_str(&s), 9.5, 0, 0.3, 8);
    rp_buf_free(&s);
    if (b->illustrative) {
        PangoLayout *l = text(p, rp_word_illustrative(b->lang), 8.5, 1, TW - 16);
        double h = height(l) + 10;
        cairo_set_source_rgb(p->cr, 0.835, 0.369, 0.0); /* Okabe-Ito vermillion, as the report */
        cairo_set_line_width(p->cr, 1.2);
        cairo_rectangle(p->cr, M, p->y, TW, h);
        cairo_stroke(p->cr);
        cairo_tag_begin(p->cr, "P", NULL);
        show(p, l, M + 8, p->y + 5, 0.1);
        cairo_tag_end(p->cr, "P");
        g_object_unref(l);
        p->y += h + 8;
    }
}

/* The headline figures as a list: the figure as its label, what it is, its interval and its
 * change beside it. */
static void cards(page *p)
{
    const rp_briefing *b = p->b;
    if (!b->ncards)
        return;
    p->y += 4;
    block(p, "H2", rp_word_key_figures(b->lang), 12, 1, 0.05, 6);
    const double vw = 150, bx = M + vw + 10, bw = TW - vw - 10;
    cairo_tag_begin(p->cr, "L", NULL);
    for (size_t i = 0; i < b->ncards; i++) {
        const rp_card *c = &b->card[i];
        PangoLayout *v = text(p, rp_buf_str(&c->value), 22, 1, vw);
        PangoLayout *lab = text(p, rp_buf_str(&c->label), 9, 1, bw);
        PangoLayout *iv = text(p, rp_buf_str(&c->interval), 8, 0, bw);
        PangoLayout *dt = text(p, rp_buf_str(&c->detail), 8, 0, bw);
        double hb = height(lab) + 2 + (c->interval.len ? height(iv) + 1 : 0) +
                    (c->detail.len ? height(dt) : 0);
        double h = fmax(height(v), hb);
        cairo_tag_begin(p->cr, "LI", NULL);
        cairo_tag_begin(p->cr, "Lbl", NULL);
        show(p, v, M, p->y - 2, 0.0);
        cairo_tag_end(p->cr, "Lbl");
        cairo_tag_begin(p->cr, "LBody", NULL);
        double y = p->y;
        show(p, lab, bx, y, 0.1);
        y += height(lab) + 2;
        if (c->interval.len) {
            show(p, iv, bx, y, 0.3);
            y += height(iv) + 1;
        }
        if (c->detail.len)
            show(p, dt, bx, y, 0.3);
        cairo_tag_end(p->cr, "LBody");
        cairo_tag_end(p->cr, "LI");
        p->y += h + 5;
        rule(p, M, M + TW, p->y - 2.5, 0.85, 0.4);
        g_object_unref(v);
        g_object_unref(lab);
        g_object_unref(iv);
        g_object_unref(dt);
    }
    cairo_tag_end(p->cr, "L");
    p->y += 6;
}

/* ---- small charts ---- */

static int cell_num(const rp_dtable *t, size_t r, size_t c, double *v)
{
    const rp_tcell *x = rp_dtable_cell(t, r, c);
    if (!x || x->kind != RP_TC_NUM)
        return 0;
    *v = x->v;
    return 1;
}

/* A series break before this row: the status column names it (SDMX flag b). */
static int breaks_before(const rp_dtable *t, size_t r)
{
    const rp_tcell *x = t->ncols > 6 ? rp_dtable_cell(t, r, 6) : NULL;
    return x && x->kind == RP_TC_TEXT && x->text && x->text[0] == 'b' &&
           (x->text[1] == ' ' || !x->text[1]);
}

typedef struct {
    double x0, y0, w, h, lo, hi;
    size_t n;
} frame;

static double fx(const frame *f, size_t r) { return f->x0 + (f->n > 1 ? f->w * r / (f->n - 1) : f->w / 2); }
static double fy(const frame *f, double v) { return f->y0 + f->h - f->h * (v - f->lo) / (f->hi - f->lo); }

/* Interval band, line and points of the shown values; a hidden or missing value is a gap, and
 * so is a series break. */
static void spark_marks(page *p, const rp_dtable *t, const frame *f)
{
    cairo_t *cr = p->cr;
    double v, l0, h0, l1, h1;
    for (size_t r = 0; r + 1 < t->nrows; r++) { /* the band, from one year to the next */
        if (!cell_num(t, r, 2, &l0) || !cell_num(t, r, 3, &h0) || !cell_num(t, r + 1, 2, &l1) ||
            !cell_num(t, r + 1, 3, &h1) || breaks_before(t, r + 1))
            continue;
        cairo_move_to(cr, fx(f, r), fy(f, l0));
        cairo_line_to(cr, fx(f, r + 1), fy(f, l1));
        cairo_line_to(cr, fx(f, r + 1), fy(f, h1));
        cairo_line_to(cr, fx(f, r), fy(f, h0));
        cairo_close_path(cr);
        cairo_set_source_rgba(cr, 0.337, 0.706, 0.914, 0.35); /* Okabe-Ito sky blue */
        cairo_fill(cr);
    }
    cairo_set_source_rgb(cr, 0.0, 0.447, 0.698); /* Okabe-Ito blue */
    cairo_set_line_width(cr, 1.4);
    int open = 0;
    for (size_t r = 0; r < t->nrows; r++) {
        if (!cell_num(t, r, 1, &v) || breaks_before(t, r)) {
            if (open)
                cairo_stroke(cr);
            open = 0;
        }
        if (!cell_num(t, r, 1, &v))
            continue;
        if (open)
            cairo_line_to(cr, fx(f, r), fy(f, v));
        else
            cairo_move_to(cr, fx(f, r), fy(f, v));
        open = 1;
    }
    if (open)
        cairo_stroke(cr);
    for (size_t r = 0; r < t->nrows; r++)
        if (cell_num(t, r, 1, &v)) {
            cairo_arc(cr, fx(f, r), fy(f, v), 1.8, 0, 2 * M_PI);
            cairo_fill(cr);
        }
}

/* Labels of at least 7 points: the first and last year under the chart, the first and the
 * last shown value at their points, and the mark of a hidden value at the foot of its year. */
static void spark_labels(page *p, const rp_dtable *t, const frame *f)
{
    double v = 0, y0 = 0, y1 = 0;
    size_t first = t->nrows, last = 0;
    for (size_t r = 0; r < t->nrows; r++)
        if (cell_num(t, r, 1, &v)) {
            if (first == t->nrows)
                first = r;
            last = r;
        }
    cell_num(t, 0, 0, &y0);
    cell_num(t, t->nrows - 1, 0, &y1);
    char year[16];
    snprintf(year, sizeof year, "%.0f", y0);
    PangoLayout *l = text(p, year, 7, 0, 0);
    show(p, l, f->x0, f->y0 + f->h + 2, 0.35);
    g_object_unref(l);
    snprintf(year, sizeof year, "%.0f", y1);
    l = text(p, year, 7, 0, 0);
    show(p, l, f->x0 + f->w - width(l), f->y0 + f->h + 2, 0.35);
    g_object_unref(l);
    for (int k = 0; k < 2 && first < t->nrows; k++) {
        size_t r = k ? last : first;
        if (k && last == first)
            break;
        rp_buf s;
        rp_buf_init(&s);
        rp_dtable_format(&s, rp_dtable_cell(t, r, 1), p->b->lang);
        l = text(p, rp_buf_str(&s), 7.5, k, 0);
        cell_num(t, r, 1, &v);
        /* above the point, or below it where the line climbs from it (to its right for the
         * first, from its left for the last) */
        double next = v;
        size_t nb = k ? r - 1 : r + 1;
        int below = nb < t->nrows && cell_num(t, nb, 1, &next) && next > v;
        double x = fx(f, r) - (k ? width(l) : 0);
        double y = below ? fy(f, v) + 3 : fy(f, v) - height(l) - 2;
        show(p, l, fmax(f->x0, fmin(x, f->x0 + f->w - width(l))),
             fmin(fmax(f->y0 - 9, y), f->y0 + f->h - height(l)), 0.1);
        g_object_unref(l);
        rp_buf_free(&s);
    }
    for (size_t r = 0; r < t->nrows; r++) {
        const rp_tcell *c = rp_dtable_cell(t, r, 1);
        if (c->kind != RP_TC_SUPPRESSED)
            continue;
        rp_buf s;
        rp_buf_init(&s);
        rp_dtable_format(&s, c, p->b->lang);
        l = text(p, rp_buf_str(&s), 7, 0, 0);
        show(p, l, fx(f, r) - width(l) / 2, f->y0 + f->h - height(l), 0.35);
        g_object_unref(l);
        rp_buf_free(&s);
    }
}

static void spark(page *p, const rp_spark *sp, double x, double w)
{
    const rp_dtable *t = sp->table;
    PangoLayout *title = text(p, t->title, 8, 1, w);
    double y = p->y;
    cairo_tag_begin(p->cr, "P", NULL);
    show(p, title, x, y, 0.1);
    cairo_tag_end(p->cr, "P");
    frame f = {x + 2, y + height(title) + 14, w - 4, SPARK_H, 0, 0, t->nrows};
    g_object_unref(title);
    double v, lo = INFINITY, hi = -INFINITY;
    for (size_t r = 0; r < t->nrows; r++)
        for (size_t c = 1; c <= 3; c++)
            if (cell_num(t, r, c, &v)) {
                lo = fmin(lo, v);
                hi = fmax(hi, v);
            }
    f.lo = fmin(0, lo); /* from zero, as the report's charts */
    f.hi = hi > f.lo ? hi + (hi - f.lo) * 0.08 : f.lo + 1;
    cairo_tag_begin(p->cr, "Figure", NULL); /* its /Alt is added by pdftag */
    rule(p, f.x0, f.x0 + f.w, f.y0 + f.h, 0.6, 0.5);
    spark_marks(p, t, &f);
    spark_labels(p, t, &f);
    cairo_tag_end(p->cr, "Figure");
}

static void sparks(page *p)
{
    const rp_briefing *b = p->b;
    if (!b->nsparks)
        return;
    block(p, "H2", rp_word_course(b->lang), 12, 1, 0.05, 6);
    const double gap = 18, w = (TW - 2 * gap) / 3;
    double top = p->y, bottom = top;
    for (size_t i = 0; i < b->nsparks; i++) {
        p->y = top;
        PangoLayout *title = text(p, b->spark[i].table->title, 8, 1, w);
        bottom = fmax(bottom, top + height(title) + 14 + SPARK_H + 14);
        g_object_unref(title);
        spark(p, &b->spark[i], M + i * (w + gap), w);
    }
    p->y = bottom + 8;
}

/* ---- targets at a glance ---- */

/* The columns of the targets' table that fit a third of the page: target, latest, target
 * value, category (reports/tables.c's rp_table_targets_brief). */
static const size_t tcols[] = {0, 2, 3, 4};
static const double twidth[] = {0.34, 0.2, 0.2, 0.26};

static double target_row(page *p, const rp_dtable *t, size_t r, int header, int draw)
{
    PangoLayout *ls[4];
    double h = 0;
    for (int c = 0; c < 4; c++) {
        rp_buf s;
        rp_buf_init(&s);
        if (header)
            rp_buf_puts(&s, t->head[tcols[c]]);
        else
            rp_dtable_format(&s, rp_dtable_cell(t, r, tcols[c]), p->b->lang);
        ls[c] = text(p, rp_buf_str(&s), 8, header, TW * twidth[c] - 6);
        h = fmax(h, height(ls[c]));
        rp_buf_free(&s);
    }
    h += 5;
    if (draw) {
        double x = M;
        cairo_tag_begin(p->cr, "TR", NULL);
        for (int c = 0; c < 4; c++) {
            cairo_tag_begin(p->cr, header ? "TH" : "TD", NULL);
            show(p, ls[c], x + 3, p->y + 2.5, header ? 0.0 : 0.1);
            cairo_tag_end(p->cr, header ? "TH" : "TD");
            x += TW * twidth[c];
        }
        cairo_tag_end(p->cr, "TR");
        rule(p, M, M + TW, p->y + h, header ? 0.3 : 0.85, header ? 0.8 : 0.4);
        p->y += h;
    }
    for (int c = 0; c < 4; c++)
        g_object_unref(ls[c]);
    return h;
}

static void targets(page *p, double bottom)
{
    const rp_briefing *b = p->b;
    const rp_dtable *t = b->targets;
    if (!t || !t->nrows || t->ncols < 5)
        return;
    block(p, "H2", rp_word_targets_glance(b->lang), 12, 1, 0.05, 6);
    rp_buf more;
    rp_buf_init(&more);
    rp_word_more_targets(&more, t->nrows, b->lang);
    PangoLayout *ml = text(p, rp_buf_str(&more), 8, 0, TW);
    double reserve = height(ml) + 4;
    g_object_unref(ml);
    size_t fit = 0;
    double y = p->y + target_row(p, t, 0, 1, 0);
    while (fit < t->nrows) {
        double h = target_row(p, t, fit, 0, 0);
        if (y + h + (fit + 1 < t->nrows ? reserve : 0) > bottom)
            break;
        y += h;
        fit++;
    }
    cairo_tag_begin(p->cr, "Table", NULL);
    target_row(p, t, 0, 1, 1);
    for (size_t r = 0; r < fit; r++)
        target_row(p, t, r, 0, 1);
    cairo_tag_end(p->cr, "Table");
    p->y += 4;
    if (fit < t->nrows) {
        rp_buf_clear(&more);
        rp_word_more_targets(&more, t->nrows - fit, b->lang);
        block(p, "P", rp_buf_str(&more), 8, 0, 0.3, 0);
    }
    rp_buf_free(&more);
}

static void foot(page *p)
{
    rp_buf s;
    rp_buf_init(&s);
    rp_buf_puts(&s, p->b->source);
    rp_buf_puts(&s, " \u00b7 ");
    rp_word_made_with(&s, RP_VERSION, p->b->lang);
    PangoLayout *l = text(p, rp_buf_str(&s), 7, 0, TW);
    p->y = FOOT - height(l);
    g_object_unref(l);
    rule(p, M, M + TW, p->y - 4, 0.7, 0.5);
    block(p, "P", rp_buf_str(&s), 7, 0, 0.4, 0);
    rp_buf_free(&s);
}

static double foot_height(page *p)
{
    PangoLayout *l = text(p, p->b->source, 7, 0, TW);
    double h = height(l) * 2 + 12;
    g_object_unref(l);
    return h;
}

static void metadata(cairo_surface_t *s, const rp_briefing *b)
{
    struct tm tm;
    char iso[32];
    rp_epoch_tm(b->epoch, &tm);
    strftime(iso, sizeof iso, "%Y-%m-%dT%H:%M:%S", &tm);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_TITLE, b->title);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_SUBJECT, b->subtitle);
    if (b->author)
        cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_AUTHOR, b->author);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATOR, "rapporteur " RP_VERSION);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, iso);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_MOD_DATE, iso);
}

/* Draws the page into drawn; returns 0 or -1 with a message. */
static int draw(const rp_briefing *b, const char *drawn, char *err, size_t n)
{
    sink k = {fopen(drawn, "wb"), 0};
    if (!k.f) {
        snprintf(err, n, "cannot write %s: %s", drawn, strerror(errno));
        return -1;
    }
    cairo_surface_t *s = cairo_pdf_surface_create_for_stream(to_file, &k, PAGE_W, PAGE_H);
    page p = {b, cairo_create(s), M};
    if (cairo_status(p.cr) != CAIRO_STATUS_SUCCESS) {
        snprintf(err, n, "cannot write %s", drawn);
        cairo_destroy(p.cr);
        cairo_surface_destroy(s);
        fclose(k.f);
        return -1;
    }
    metadata(s, b);
    cairo_tag_begin(p.cr, "Document", NULL);
    head(&p);
    cards(&p);
    sparks(&p);
    targets(&p, FOOT - foot_height(&p));
    foot(&p);
    cairo_tag_end(p.cr, "Document");
    cairo_show_page(p.cr);
    cairo_destroy(p.cr);
    cairo_surface_finish(s);
    cairo_status_t st = cairo_surface_status(s);
    cairo_surface_destroy(s);
    if ((fflush(k.f) != 0 || ferror(k.f)) && !k.err)
        k.err = errno ? errno : EIO;
    if (fclose(k.f) != 0 && !k.err)
        k.err = errno ? errno : EIO;
    if (k.err)
        snprintf(err, n, "cannot write %s: %s", drawn, strerror(k.err));
    else if (st != CAIRO_STATUS_SUCCESS)
        snprintf(err, n, "cannot write %s: %s", drawn, cairo_status_to_string(st));
    return k.err || st != CAIRO_STATUS_SUCCESS ? -1 : 0;
}

int rp_briefing_pdf(const rp_briefing *b, const char *path, char *err, size_t n)
{
    char *drawn = rp_strfmt("%s.cairo", path);
    const char **alt = malloc((b->nsparks ? b->nsparks : 1) * sizeof *alt);
    int r = drawn && alt ? 0 : -1;
    if (r)
        snprintf(err, n, "out of memory");
    for (size_t i = 0; r == 0 && i < b->nsparks; i++)
        alt[i] = b->spark[i].alt;
    if (r == 0)
        r = draw(b, drawn, err, n);
    rp_pdftag_info info = {.lang = rp_fmt_lang_tag(b->lang), .title = b->title,
                           .author = b->author, .subject = b->subtitle,
                           .creator = "rapporteur " RP_VERSION,
                           .producer = "rapporteur " RP_VERSION " (cairo " CAIRO_VERSION_STRING
                                       ", qpdf)",
                           .epoch = b->epoch, .alt = alt, .nalt = b->nsparks,
                           .page_h = PAGE_H};
    if (r == 0)
        r = rp_pdftag(drawn, path, &info, err, n);
    if (drawn)
        remove(drawn);
    free(drawn);
    free(alt);
    return r;
}
