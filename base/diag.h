/* Collects the problems found in input files as `file:line:column: message`, at most 20 shown
 * per file, so that a loader can report every problem before the program exits. */
#ifndef RP_DIAG_H
#define RP_DIAG_H

#include "base/lang.h"

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

#define RP_DIAG_PER_FILE 20

typedef enum { RP_ERROR = 0, RP_WARNING = 1 } rp_severity;

/* Ownership: rp_diag_new returns a collector the caller frees with rp_diag_free (NULL ok).
 * Messages are copied in. */
typedef struct rp_diag rp_diag;

rp_diag *rp_diag_new(void);
void rp_diag_free(rp_diag *d);

/* The language of the messages. A message is written in English where it is found (a printf
 * format); tr gives its format in lang (words/word_diag.c: the RP_MSG section of
 * words/phrases.h), or the English itself when it has none. A collector without a language
 * keeps the English. base/ cannot call words/: cli/ sets the translation. */
typedef const char *(*rp_diag_tr)(const char *english, rp_lang lang);
void rp_diag_set_lang(rp_diag *d, rp_lang lang, rp_diag_tr tr);
/* d speaks as from does (a worker's collector, merged into from later). */
void rp_diag_like(rp_diag *d, const rp_diag *from);
rp_lang rp_diag_lang(const rp_diag *d);          /* English without a language */
/* english in the collector's language: a format, or a word that goes into one (d may be
 * NULL: the English). Owned by the catalogue, or english itself. */
const char *rp_diag_text(const rp_diag *d, const char *english);
/* A message formatted in the collector's language, for a caller that reports it later or
 * elsewhere: into out (n bytes, cut to fit), or a new string the caller frees (NULL when
 * memory runs out). */
void rp_diag_snprintf(const rp_diag *d, char *out, size_t n, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
char *rp_diag_fmt(const rp_diag *d, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Marks an English message or word that is translated where it is used (rp_diag_text), as
 * gettext's N_(): tests/check_messages.c finds every marked text in the catalogue. */
#define RP_N(english) (english)

/* line 0: the message is about the whole file; col 0: about the whole line. fmt is English;
 * the message is kept in the collector's language. */
void rp_diag_add(rp_diag *d, rp_severity sev, const char *file, long line, long col,
                 const char *fmt, ...) __attribute__((format(printf, 6, 7)));
#define rp_diag_error(d, file, line, col, ...) rp_diag_add(d, RP_ERROR, file, line, col, __VA_ARGS__)
#define rp_diag_warn(d, file, line, col, ...) rp_diag_add(d, RP_WARNING, file, line, col, __VA_ARGS__)

size_t rp_diag_errors(const rp_diag *d);                      /* all errors, shown or not */
size_t rp_diag_errors_in(const rp_diag *d, const char *file); /* errors for one file */
size_t rp_diag_warnings(const rp_diag *d);

/* Adds every problem of src to d, as if reported there (the 20 shown per file still hold):
 * the readers of one file's parts, each with its own collector, report as one. */
void rp_diag_merge(rp_diag *d, const rp_diag *src);

/* Prints every kept message in order, and after a file's 20th error one line counting the
 * rest. Warnings are prefixed "warning: " (in the collector's language). */
void rp_diag_print(const rp_diag *d, FILE *out);
/* The first message (error, else warning), or NULL. Owned by d. */
const char *rp_diag_first(const rp_diag *d);

#endif
