/* The Dutch of the messages about input, looked up by their English. */
#include "words/word_diag.h"
#include "base/buf.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

typedef struct {
    const char *en, *nl;
} entry;

static const entry catalogue[] = {
#define RP_MSG(en, nl) {en, nl},
#include "words/phrases.h"
#undef RP_MSG
};

#define NMSG (sizeof catalogue / sizeof *catalogue)

/* A linear search: a few hundred entries, and a message is looked up only when it is kept
 * (at most 20 per file), so a sorted index would buy nothing measurable. */
const char *rp_word_msg(const char *english, rp_lang lang)
{
    if (lang != RP_LANG_NL || !english)
        return english;
    for (size_t i = 0; i < NMSG; i++)
        if (catalogue[i].en[0] == english[0] && !strcmp(catalogue[i].en, english))
            return catalogue[i].nl;
    return english;
}

char *rp_word_msgf(rp_lang lang, const char *fmt, ...)
{
    rp_buf b;
    rp_buf_init(&b);
    va_list ap;
    va_start(ap, fmt);
    rp_buf_vprintf(&b, rp_word_msg(fmt, lang), ap);
    va_end(ap);
    return rp_buf_steal(&b);
}

void rp_word_snprintf(rp_lang lang, char *out, size_t n, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(out, n, rp_word_msg(fmt, lang), ap);
    va_end(ap);
}

size_t rp_word_msg_count(void) { return NMSG; }

void rp_word_msg_entry(size_t i, const char **english, const char **dutch)
{
    *english = i < NMSG ? catalogue[i].en : NULL;
    *dutch = i < NMSG ? catalogue[i].nl : NULL;
}
