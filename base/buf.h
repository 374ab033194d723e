/* A growable byte buffer that always keeps a terminating NUL, for building text. */
#ifndef RP_BUF_H
#define RP_BUF_H

#include <stdarg.h>
#include <stdio.h>
#include <stddef.h>

/* Ownership: the buffer owns `data`; rp_buf_free releases it. rp_buf_steal hands `data` to the
 * caller (free() it) and leaves the buffer empty. A zeroed struct is a valid empty buffer.
 *
 * The error is sticky, as in SQLite's sqlite3_str: once memory runs out every later write is a
 * no-op that returns -1, so a document is built without checking each write and checked once
 * at the end (rp_buf_failed, or rp_buf_steal's NULL). Nothing is ever silently cut: a failed
 * buffer never hands its text out. */
typedef struct rp_buf {
    char *data;
    size_t len;
    size_t cap;
    int failed;          /* memory ran out on some write; only rp_buf_init/free reset it */
} rp_buf;

void rp_buf_init(rp_buf *b);
void rp_buf_free(rp_buf *b);
void rp_buf_clear(rp_buf *b);
/* Each returns 0, or -1 when memory ran out (the buffer is then unchanged). */
int rp_buf_reserve(rp_buf *b, size_t extra);
int rp_buf_append(rp_buf *b, const void *s, size_t n);
int rp_buf_puts(rp_buf *b, const char *s);
int rp_buf_putc(rp_buf *b, char c);
int rp_buf_printf(rp_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int rp_buf_vprintf(rp_buf *b, const char *fmt, va_list ap) __attribute__((format(printf, 2, 0)));
/* The text, or NULL when a write failed (the buffer is then freed) or memory runs out. */
char *rp_buf_steal(rp_buf *b);
/* 1 when a write failed since rp_buf_init: the text is incomplete and must not be used. */
int rp_buf_failed(const rp_buf *b);
/* Appends everything left in f (not closed). Returns 0, or -1 on a read error or memory. */
int rp_buf_read_stream(rp_buf *b, FILE *f);
/* Appends the whole file at path. Returns 0, or -1 (errno says why) when it cannot be read. */
int rp_buf_read_file(rp_buf *b, const char *path);
/* data, never NULL (an empty string for an empty buffer); for a failed buffer an empty string
 * that rp_buf_lost knows, so that a document taking it in is marked failed, not cut. */
const char *rp_buf_str(const rp_buf *b);
int rp_buf_lost(const char *s);

/* Small string helpers every layer uses. */
char *rp_strdup(const char *s);                 /* NULL in, NULL out; caller frees */
char *rp_strndup(const char *s, size_t n);
char *rp_strfmt(const char *fmt, ...) __attribute__((format(printf, 1, 2))); /* caller frees */
int rp_strieq(const char *a, const char *b);    /* ASCII case-insensitive equality */
char *rp_trim(char *s);

/* A new string of s with every control character (C0, DEL and the C1 controls U+0080..U+009F)
 * written as \xNN, for text that reaches a terminal: an escape sequence or a line break from
 * data can then neither restyle the screen nor forge a line of its own. Caller frees. */
char *rp_visible(const char *s);                          /* trims ASCII space in place, returns s */

#endif
