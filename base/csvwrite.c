/* Writes CSV cells safely. */
#include "base/csvwrite.h"

#include <math.h>
#include <string.h>

void rp_csvw_init(rp_csvw *w, FILE *f, char delim, char decimal)
{
    w->f = f;
    w->delim = delim;
    w->decimal = decimal;
    w->col = 0;
}

static void sep(rp_csvw *w)
{
    if (w->col++)
        fputc(w->delim, w->f);
}

static void text(rp_csvw *w, const char *s, int always)
{
    sep(w);
    if (!s)
        return;
    int formula = strchr("=+-@\t\r", s[0]) && s[0];
    int quote = always || formula || strpbrk(s, "\"\r\n") || strchr(s, w->delim) ||
                s[0] == ' ' || (*s && s[strlen(s) - 1] == ' ');
    if (!quote) {
        fputs(s, w->f);
        return;
    }
    fputc('"', w->f);
    if (formula)
        fputc('\'', w->f);
    for (; *s; s++) {
        if (*s == '"')
            fputc('"', w->f);
        fputc(*s, w->f);
    }
    fputc('"', w->f);
}

void rp_csvw_text(rp_csvw *w, const char *s) { text(w, s, 0); }

void rp_csvw_quoted(rp_csvw *w, const char *s) { text(w, s, 1); }

void rp_csvw_raw(rp_csvw *w, const char *s)
{
    sep(w);
    fputs(s, w->f);
}

void rp_csvw_num(rp_csvw *w, double v)
{
    sep(w);
    if (!isfinite(v))
        return;
    char buf[64];
    snprintf(buf, sizeof buf, "%.10g", v == 0 ? 0.0 : v);
    if (w->decimal != '.') {
        char *p = strchr(buf, '.');
        if (p)
            *p = w->decimal;
    }
    fputs(buf, w->f);
}

void rp_csvw_int(rp_csvw *w, long v)
{
    sep(w);
    fprintf(w->f, "%ld", v);
}

void rp_csvw_empty(rp_csvw *w) { sep(w); }

void rp_csvw_end(rp_csvw *w)
{
    fputc('\n', w->f);
    w->col = 0;
}

void rp_csvw_header(rp_csvw *w, const char *names)
{
    while (*names) {
        size_t n = strcspn(names, ",");
        char buf[128];
        snprintf(buf, sizeof buf, "%.*s", (int)n, names);
        rp_csvw_text(w, buf);
        names += n + (names[n] == ',');
    }
    rp_csvw_end(w);
}
