/* Charts' PNGs and PDFs from their SVGs: librsvg onto cairo surfaces, on a pool of threads.
 * gnuplot's pngcairo spent most of its time compressing at zlib's default level; charts are
 * flat colour, so level 1 is five times faster for a file a fifth larger. */
#include "plots/raster.h"
#include "base/buf.h"
#include "datasets/project.h"
#include "plots/gnuplot.h"

#include <cairo-pdf.h>
#include <cairo.h>
#include <librsvg/rsvg.h>
#include <png.h>
#include <pthread.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef RP_VERSION
#define RP_VERSION "dev"
#endif

#define RASTER_MAX_THREADS 16
#define RASTER_W 1920
#define RASTER_H 1080
/* 16 x 9 cm in points, as gnuplot's pdfcairo terminal of the saved scripts */
#define PDF_W (16 / 2.54 * 72)
#define PDF_H (9 / 2.54 * 72)

struct rp_raster {
    rp_chart *const *charts;
    size_t n, next;
    char *dir;
    unsigned formats;
    char date[32];             /* the PDFs' creation date, from epoch */
    pthread_mutex_t lock;
    pthread_t tid[RASTER_MAX_THREADS];
    size_t nthreads;
    unsigned char *failed;     /* per chart: bit 0 PNG, bit 1 PDF */
};

/* What a PNG says of itself: 300 dpi (1920 pixels print 16.3 cm wide, as the PDF's 16 cm),
 * sRGB, and as UTF-8 text chunks its title, its description (the alt text, which slide and
 * document tools offer as the picture's description) and the program; no time chunk, so the
 * same chart gives the same bytes. */
static void describe(png_structp p, png_infop info, const rp_chart *c)
{
    png_set_pHYs(p, info, 11811, 11811, PNG_RESOLUTION_METER);
    png_set_sRGB_gAMA_and_cHRM(p, info, PNG_sRGB_INTENT_PERCEPTUAL);
    png_text text[3];
    memset(text, 0, sizeof text);
    const char *keys[] = {"Title", "Description", "Software"};
    const char *values[] = {c->title, c->alt ? c->alt : c->title, "rapporteur " RP_VERSION};
    for (int i = 0; i < 3; i++) {
        text[i].compression = PNG_ITXT_COMPRESSION_NONE;
        text[i].key = (png_charp)keys[i];
        text[i].text = (png_charp)values[i];
        text[i].itxt_length = strlen(values[i]);
        text[i].lang = (png_charp)"";
        text[i].lang_key = (png_charp)"";
    }
    png_set_text(p, info, text, 3);
}

/* The image's rows as RGB for libpng; returns 0, or -1 on any libpng error (longjmp). */
static int encode(png_structp p, png_infop info, cairo_surface_t *s, unsigned char *row,
                  const rp_chart *c)
{
    if (setjmp(png_jmpbuf(p)))
        return -1;
    int stride = cairo_image_surface_get_stride(s);
    const unsigned char *data = cairo_image_surface_get_data(s);
    png_set_compression_level(p, 1);
    png_set_filter(p, 0, PNG_FILTER_NONE);
    png_set_IHDR(p, info, RASTER_W, RASTER_H, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    describe(p, info, c);
    png_write_info(p, info);
    for (int y = 0; y < RASTER_H; y++) {
        const uint32_t *px = (const uint32_t *)(const void *)(data + (size_t)y * (size_t)stride);
        for (int x = 0; x < RASTER_W; x++) {
            row[3 * x] = (unsigned char)(px[x] >> 16);
            row[3 * x + 1] = (unsigned char)(px[x] >> 8);
            row[3 * x + 2] = (unsigned char)px[x];
        }
        png_write_row(p, row);
    }
    png_write_end(p, info);
    return 0;
}

static int write_png(cairo_surface_t *s, const char *path, const rp_chart *c)
{
    FILE *f = fopen(path, "wb");
    png_structp p = f ? png_create_write_struct(PNG_LIBPNG_VER_STRING, NULL, NULL, NULL) : NULL;
    png_infop info = p ? png_create_info_struct(p) : NULL;
    unsigned char *row = malloc(3 * RASTER_W);
    int r = -1;
    if (f && p && info && row) {
        png_init_io(p, f);
        r = encode(p, info, s, row, c);
    }
    if (p)
        png_destroy_write_struct(&p, info ? &info : NULL);
    free(row);
    if (f && (fclose(f) != 0 || r != 0))
        r = -1;
    return r;
}

/* Draws the SVG onto cr at w x h. */
static int render(RsvgHandle *h, cairo_t *cr, double w, double hgt)
{
    GError *e = NULL;
    RsvgRectangle vp = {0, 0, w, hgt};
    int ok = rsvg_handle_render_document(h, cr, &vp, &e);
    if (e)
        g_error_free(e);
    return ok && cairo_status(cr) == CAIRO_STATUS_SUCCESS ? 0 : -1;
}

/* s is the worker's own surface, reused from chart to chart: a fresh 8 MB image each time
 * cost more in page faults than drawing on it. */
static int draw_png(RsvgHandle *h, cairo_surface_t *s, const char *path, const rp_chart *c)
{
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS)
        return -1;
    cairo_t *cr = cairo_create(s);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    int r = render(h, cr, RASTER_W, RASTER_H);
    cairo_destroy(cr);
    cairo_surface_flush(s);
    if (r == 0 && cairo_surface_status(s) == CAIRO_STATUS_SUCCESS)
        r = write_png(s, path, c);
    return r;
}

static int draw_pdf(RsvgHandle *h, const char *path, const char *date)
{
    cairo_surface_t *s = cairo_pdf_surface_create(path, PDF_W, PDF_H);
    cairo_pdf_surface_set_metadata(s, CAIRO_PDF_METADATA_CREATE_DATE, date);
    cairo_t *cr = cairo_create(s);
    int r = render(h, cr, PDF_W, PDF_H);
    cairo_destroy(cr);
    cairo_surface_finish(s);
    if (cairo_surface_status(s) != CAIRO_STATUS_SUCCESS)
        r = -1;
    cairo_surface_destroy(s);
    return r;
}

static unsigned draw_chart(const rp_raster *r, const rp_chart *c, cairo_surface_t *img)
{
    char *svg = rp_strfmt("%s/%s.svg", r->dir, c->id);
    char *png = rp_strfmt("%s/%s.png", r->dir, c->id), *pdf = rp_strfmt("%s/%s.pdf", r->dir, c->id);
    GError *e = NULL;
    RsvgHandle *h = svg ? rsvg_handle_new_from_file(svg, &e) : NULL;
    unsigned failed = 0;
    if (e)
        g_error_free(e);
    if ((r->formats & RP_FMT_PNG) && (!h || !png || draw_png(h, img, png, c) != 0))
        failed |= 1;
    if ((r->formats & RP_FMT_PDF) && (!h || !pdf || draw_pdf(h, pdf, r->date) != 0))
        failed |= 2;
    if (h)
        g_object_unref(h);
    free(svg);
    free(png);
    free(pdf);
    return failed;
}

static void *work(void *arg)
{
    rp_raster *r = arg;
    cairo_surface_t *img = cairo_image_surface_create(CAIRO_FORMAT_RGB24, RASTER_W, RASTER_H);
    for (;;) {
        pthread_mutex_lock(&r->lock);
        size_t i = r->next++;
        pthread_mutex_unlock(&r->lock);
        if (i >= r->n)
            break;
        r->failed[i] = (unsigned char)draw_chart(r, r->charts[i], img);
    }
    cairo_surface_destroy(img);
    return NULL;
}

rp_raster *rp_raster_begin(rp_chart *const *charts, size_t n, const char *dir,
                           unsigned formats, long long epoch)
{
    formats &= RP_FMT_PNG | RP_FMT_PDF;
    rp_raster *r = formats && n ? calloc(1, sizeof *r) : NULL;
    if (!r)
        return NULL;
    *r = (rp_raster){.charts = charts, .n = n, .dir = rp_strdup(dir), .formats = formats,
                     .failed = calloc(n, 1)};
    struct tm tm;
    rp_epoch_tm(epoch, &tm);
    strftime(r->date, sizeof r->date, "%Y-%m-%dT%H:%M:%S", &tm);
    pthread_mutex_init(&r->lock, NULL);
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    size_t want = cores < 1 ? 1 : cores > RASTER_MAX_THREADS ? RASTER_MAX_THREADS : (size_t)cores;
    /* the threads leave the stop signals to the main thread (cli/interrupt.c) */
    sigset_t all, old;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &old);
    for (size_t i = 0; r->dir && r->failed && i < want; i++)
        if (pthread_create(&r->tid[r->nthreads], NULL, work, r) == 0)
            r->nthreads++;
    pthread_sigmask(SIG_SETMASK, &old, NULL);
    return r;
}

int rp_raster_end(rp_raster *r, rp_diag *diag)
{
    if (!r)
        return 0;
    for (size_t i = 0; i < r->nthreads; i++)
        pthread_join(r->tid[i], NULL);
    if (r->nthreads == 0 && r->dir && r->failed)
        work(r); /* no thread could start: draw here */
    int bad = !r->dir || !r->failed;
    for (size_t i = 0; r->failed && i < r->n; i++)
        for (int k = 0; k < 2; k++)
            if (r->failed[i] & (1u << k)) {
                rp_diag_error(diag, r->charts[i]->id, 0, 0, "cannot draw the %s from its SVG",
                              k ? "PDF" : "PNG");
                bad = 1;
            }
    pthread_mutex_destroy(&r->lock);
    free(r->failed);
    free(r->dir);
    free(r);
    return bad ? -1 : 0;
}
