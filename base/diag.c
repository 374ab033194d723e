/* Collects the problems found in input files, capped at 20 shown per file. */
#include "base/diag.h"
#include "base/buf.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    char *file;
    size_t errors;  /* all errors seen for this file */
    size_t shown;   /* errors kept */
} file_count;

typedef struct {
    rp_severity sev;
    size_t file;    /* index into files */
    long line, col;
    size_t seq;     /* order of arrival, to keep sorting stable */
    char *text;     /* the whole formatted line */
} entry;

struct rp_diag {
    entry *e;
    size_t n, cap;
    file_count *files;
    size_t nfiles, capfiles;
    size_t errors, warnings;
    rp_lang lang;
    rp_diag_tr tr;  /* NULL: English */
};

rp_diag *rp_diag_new(void)
{
    rp_diag *d = calloc(1, sizeof(rp_diag));
    if (d)
        d->lang = RP_LANG_EN;
    return d;
}

void rp_diag_set_lang(rp_diag *d, rp_lang lang, rp_diag_tr tr)
{
    if (!d)
        return;
    d->lang = lang;
    d->tr = tr;
}

void rp_diag_like(rp_diag *d, const rp_diag *from)
{
    if (d && from)
        rp_diag_set_lang(d, from->lang, from->tr);
}

rp_lang rp_diag_lang(const rp_diag *d) { return d && d->tr ? d->lang : RP_LANG_EN; }

const char *rp_diag_text(const rp_diag *d, const char *english)
{
    if (!d || !d->tr || !english)
        return english;
    const char *t = d->tr(english, d->lang);
    return t ? t : english;
}

void rp_diag_snprintf(const rp_diag *d, char *out, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(out, n, rp_diag_text(d, fmt), ap);
    va_end(ap);
}

char *rp_diag_fmt(const rp_diag *d, const char *fmt, ...)
{
    rp_buf b;
    rp_buf_init(&b);
    va_list ap;
    va_start(ap, fmt);
    rp_buf_vprintf(&b, rp_diag_text(d, fmt), ap);
    va_end(ap);
    return rp_buf_steal(&b);
}

void rp_diag_free(rp_diag *d)
{
    if (!d)
        return;
    for (size_t i = 0; i < d->n; i++)
        free(d->e[i].text);
    for (size_t i = 0; i < d->nfiles; i++)
        free(d->files[i].file);
    free(d->e);
    free(d->files);
    free(d);
}

static size_t file_index(rp_diag *d, const char *file)
{
    for (size_t i = 0; i < d->nfiles; i++)
        if (strcmp(d->files[i].file, file) == 0)
            return i;
    if (d->nfiles == d->capfiles) {
        size_t cap = d->capfiles ? 2 * d->capfiles : 8;
        file_count *f = realloc(d->files, cap * sizeof *f);
        if (!f)
            return (size_t)-1;
        d->files = f;
        d->capfiles = cap;
    }
    file_count *f = &d->files[d->nfiles];
    f->file = rp_strdup(file);
    if (!f->file)
        return (size_t)-1;
    f->errors = f->shown = 0;
    return d->nfiles++;
}

static void keep(rp_diag *d, rp_severity sev, size_t fi, long line, long col, char *text)
{
    if (d->n == d->cap) {
        size_t cap = d->cap ? 2 * d->cap : 16;
        entry *e = realloc(d->e, cap * sizeof *e);
        if (!e) {
            free(text);
            return;
        }
        d->e = e;
        d->cap = cap;
    }
    d->e[d->n] = (entry){sev, fi, line, col, d->n, text};
    d->n++;
}

void rp_diag_add(rp_diag *d, rp_severity sev, const char *file, long line, long col,
                 const char *fmt, ...)
{
    if (!d)
        return;
    if (!file)
        file = "rapporteur";
    size_t fi = file_index(d, file);
    if (fi == (size_t)-1)
        return;
    file_count *f = &d->files[fi];
    if (sev == RP_ERROR) {
        d->errors++;
        f->errors++;
        if (f->shown >= RP_DIAG_PER_FILE)
            return;
        f->shown++;
    } else {
        d->warnings++;
    }
    rp_buf b;
    rp_buf_init(&b);
    rp_buf_puts(&b, file);
    if (line > 0)
        rp_buf_printf(&b, ":%ld", line);
    if (line > 0 && col > 0)
        rp_buf_printf(&b, ":%ld", col);
    if (sev == RP_WARNING)
        rp_buf_printf(&b, ": %s: ", rp_diag_text(d, RP_N("warning")));
    else
        rp_buf_puts(&b, ": ");
    va_list ap;
    va_start(ap, fmt);
    rp_buf_vprintf(&b, rp_diag_text(d, fmt), ap);
    va_end(ap);
    char *msg = rp_visible(rp_buf_str(&b));
    rp_buf_free(&b);
    keep(d, sev, fi, line, col, msg);
}

void rp_diag_merge(rp_diag *d, const rp_diag *src)
{
    if (!d || !src)
        return;
    for (size_t i = 0; i < src->n; i++) {
        const entry *e = &src->e[i];
        size_t fi = file_index(d, src->files[e->file].file);
        if (fi == (size_t)-1)
            return;
        file_count *f = &d->files[fi];
        if (e->sev == RP_ERROR) {
            d->errors++;
            f->errors++;
            if (f->shown >= RP_DIAG_PER_FILE)
                continue;
            f->shown++;
        } else {
            d->warnings++;
        }
        char *text = rp_strdup(e->text);
        if (text)
            keep(d, e->sev, fi, e->line, e->col, text);
    }
    /* errors src counted but did not keep */
    for (size_t k = 0; k < src->nfiles; k++) {
        size_t extra = src->files[k].errors - src->files[k].shown;
        size_t fi = extra ? file_index(d, src->files[k].file) : (size_t)-1;
        if (fi != (size_t)-1) {
            d->files[fi].errors += extra;
            d->errors += extra;
        }
    }
}

size_t rp_diag_errors(const rp_diag *d) { return d ? d->errors : 0; }
size_t rp_diag_warnings(const rp_diag *d) { return d ? d->warnings : 0; }

size_t rp_diag_errors_in(const rp_diag *d, const char *file)
{
    for (size_t i = 0; d && i < d->nfiles; i++)
        if (strcmp(d->files[i].file, file) == 0)
            return d->files[i].errors;
    return 0;
}

/* Files in the order they were first named; within a file by line and column, so that a
 * problem found while parsing ahead does not come before one on an earlier line. */
static int cmp_entry(const void *pa, const void *pb)
{
    const entry *a = *(const entry *const *)pa, *b = *(const entry *const *)pb;
    if (a->file != b->file)
        return a->file < b->file ? -1 : 1;
    if (a->line != b->line)
        return a->line < b->line ? -1 : 1;
    if (a->col != b->col)
        return a->col < b->col ? -1 : 1;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

void rp_diag_print(const rp_diag *d, FILE *out)
{
    if (!d)
        return;
    size_t *printed = calloc(d->nfiles ? d->nfiles : 1, sizeof *printed);
    const entry **order = malloc((d->n ? d->n : 1) * sizeof *order);
    if (!order) {
        free(printed);
        return;
    }
    for (size_t i = 0; i < d->n; i++)
        order[i] = &d->e[i];
    qsort(order, d->n, sizeof *order, cmp_entry);
    for (size_t i = 0; i < d->n; i++) {
        const entry *e = order[i];
        fprintf(out, "%s\n", e->text);
        if (e->sev != RP_ERROR || !printed)
            continue;
        const file_count *f = &d->files[e->file];
        size_t rest = f->errors - f->shown;
        if (++printed[e->file] == f->shown && rest) {
            char *line = rp_diag_fmt(d, rest == 1 ? "%s: %zu more problem not shown"
                                                  : "%s: %zu more problems not shown",
                                     f->file, rest);
            fprintf(out, "%s\n", line ? line : f->file);
            free(line);
        }
    }
    free(order);
    free(printed);
}

const char *rp_diag_first(const rp_diag *d)
{
    if (!d)
        return NULL;
    for (size_t i = 0; i < d->n; i++)
        if (d->e[i].sev == RP_ERROR)
            return d->e[i].text;
    return d->n ? d->e[0].text : NULL;
}
