/* A growable byte buffer that always keeps a terminating NUL, for building text. */
#include "base/buf.h"
#include <unistd.h>
#include <sys/stat.h>
#include <fcntl.h>
#include <errno.h>

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void rp_buf_init(rp_buf *b) { b->data = NULL; b->len = 0; b->cap = 0; b->failed = 0; }

int rp_buf_failed(const rp_buf *b) { return b->failed; }

void rp_buf_free(rp_buf *b)
{
    if (!b)
        return;
    free(b->data);
    rp_buf_init(b);
}

void rp_buf_clear(rp_buf *b)
{
    b->len = 0;
    if (b->data)
        b->data[0] = '\0';
}

int rp_buf_reserve(rp_buf *b, size_t extra)
{
    if (b->failed)
        return -1;
    if (extra > (size_t)-1 / 2 - b->len) {
        b->failed = 1;
        return -1;
    }
    size_t need = b->len + extra + 1;
    if (need <= b->cap)
        return 0;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need)
        cap *= 2;
    char *p = realloc(b->data, cap);
    if (!p) {
        b->failed = 1;
        return -1;
    }
    b->data = p;
    b->cap = cap;
    return 0;
}

int rp_buf_append(rp_buf *b, const void *s, size_t n)
{
    if (rp_buf_reserve(b, n))
        return -1;
    if (n)
        memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

int rp_buf_puts(rp_buf *b, const char *s) { return rp_buf_append(b, s, strlen(s)); }

int rp_buf_putc(rp_buf *b, char c) { return rp_buf_append(b, &c, 1); }

int rp_buf_vprintf(rp_buf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0)
        b->failed = 1;
    if (n < 0 || rp_buf_reserve(b, (size_t)n))
        return -1;
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    b->len += (size_t)n;
    return 0;
}

int rp_buf_printf(rp_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int r = rp_buf_vprintf(b, fmt, ap);
    va_end(ap);
    return r;
}

char *rp_buf_steal(rp_buf *b)
{
    if (b->failed) {
        rp_buf_free(b);
        return NULL;
    }
    char *p = b->data;
    if (!p)
        p = calloc(1, 1);
    rp_buf_init(b);
    return p;
}

/* The text of a failed buffer: empty, and known by its address, so that whoever takes it in
 * (a document, a table) learns that a sentence was lost. */
static const char lost[] = "";

const char *rp_buf_str(const rp_buf *b) { return b->failed ? lost : b->data ? b->data : ""; }

int rp_buf_lost(const char *s) { return s == lost; }

char *rp_strdup(const char *s)
{
    return s ? rp_strndup(s, strlen(s)) : NULL;
}

char *rp_strndup(const char *s, size_t n)
{
    if (!s)
        return NULL;
    char *p = malloc(n + 1);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *rp_strfmt(const char *fmt, ...)
{
    rp_buf b;
    rp_buf_init(&b);
    va_list ap;
    va_start(ap, fmt);
    int r = rp_buf_vprintf(&b, fmt, ap);
    va_end(ap);
    if (r) {
        rp_buf_free(&b);
        return NULL;
    }
    return rp_buf_steal(&b);
}

int rp_strieq(const char *a, const char *b)
{
    for (; *a && *b; a++, b++)
        if (tolower((unsigned char)*a) != tolower((unsigned char)*b))
            return 0;
    return *a == *b;
}

char *rp_trim(char *s)
{
    char *e = s + strlen(s);
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\n'))
        *--e = '\0';
    char *p = s;
    while (*p == ' ' || *p == '\t')
        p++;
    if (p != s)
        memmove(s, p, strlen(p) + 1);
    return s;
}

int rp_buf_read_stream(rp_buf *b, FILE *f)
{
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        if (rp_buf_append(b, chunk, n) != 0)
            return -1;
    return ferror(f) ? -1 : 0;
}

int rp_buf_read_file(rp_buf *b, const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    int r = rp_buf_read_stream(b, f);
    fclose(f);
    return r;
}

char *rp_visible(const char *s)
{
    rp_buf b;
    rp_buf_init(&b);
    for (const unsigned char *p = (const unsigned char *)(s ? s : ""); *p; p++) {
        if (*p < 0x20 || *p == 0x7f)
            rp_buf_printf(&b, "\\x%02x", *p);
        else if (p[0] == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f)
            rp_buf_printf(&b, "\\u%04x", p[1]), p++;
        else
            rp_buf_putc(&b, (char)*p);
    }
    return rp_buf_steal(&b);
}
