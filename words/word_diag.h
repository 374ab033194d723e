/* Messages in the project's language: the Dutch of every message about input, which is
 * written in English where it is found, looked up by that English (the RP_MSG section of
 * words/phrases.h). */
#ifndef RP_WORD_DIAG_H
#define RP_WORD_DIAG_H

#include "base/lang.h"

#include <stddef.h>

/* The format of english in lang: the catalogue's Dutch, or english itself (in English, or
 * when the catalogue has no entry). A base/diag translation (rp_diag_tr). Static strings. */
const char *rp_word_msg(const char *english, rp_lang lang);
/* A message formatted in lang from its English format: a new string the caller frees, or NULL
 * when memory runs out. */
char *rp_word_msgf(rp_lang lang, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* The same into out (n bytes, cut to fit), for a module that hands its caller a message in
 * a buffer (reports/outdir.c, plots/fonts.c, plots/gnuplot.c). */
void rp_word_snprintf(rp_lang lang, char *out, size_t n, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* The catalogue, for its tests: n entries, entry i's English and Dutch. */
size_t rp_word_msg_count(void);
void rp_word_msg_entry(size_t i, const char **english, const char **dutch);

#endif
