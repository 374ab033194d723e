/* Chart data, script helpers and the house style. */
#include "words/numfmt.h"
#include "words/wording.h"
#include "plots/chart.h"
#include "base/csvwrite.h"
#include "base/xmltext.h"
#include "plots/gpquote.h"

#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

const char *const rp_okabe_ito[8] = {"#0072B2", "#E69F00", "#009E73", "#D55E00",
                                     "#56B4E9", "#CC79A7", "#F0E442", "#000000"};

rp_chart *rp_chart_new(const char *id, const char *title)
{
    rp_chart *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->id = rp_strdup(id);
    c->title = rp_strdup(title ? title : id);
    rp_buf_init(&c->data);
    rp_buf_init(&c->body);
    if (!c->id || !c->title) {
        rp_chart_free(c);
        return NULL;
    }
    return c;
}

void rp_chart_free(rp_chart *c)
{
    if (!c)
        return;
    free(c->id);
    free(c->title);
    free(c->alt);
    rp_buf_free(&c->data);
    rp_buf_free(&c->body);
    free(c);
}

/* The header is a comment line for gnuplot ("# a,b,c"), which then needs no column-header
 * handling across the data's index blocks. */
void rp_chart_header(rp_chart *c, const char *cols)
{
    rp_buf_puts(&c->data, "# ");
    rp_gp_clean(&c->data, cols); /* names from data: no line break may enter the datablock */
    rp_buf_putc(&c->data, '\n');
}

void rp_chart_header_v(rp_chart *c, const char *const *cols, size_t n)
{
    rp_buf_puts(&c->data, "# ");
    for (size_t i = 0; i < n; i++) {
        rp_buf clean;
        rp_buf_init(&clean);
        rp_gp_clean(&clean, cols[i]);
        const char *t = rp_buf_str(&clean);
        int quote = strchr(t, ',') != NULL;
        rp_buf_printf(&c->data, "%s%s", i ? "," : "", quote ? "\"" : "");
        for (; *t; t++)
            rp_buf_putc(&c->data, *t == '"' ? '\'' : *t);
        rp_buf_puts(&c->data, quote ? "\"" : "");
        rp_buf_free(&clean);
    }
    rp_buf_putc(&c->data, '\n');
}

static void sep(rp_chart *c)
{
    if (c->cells++)
        rp_buf_putc(&c->data, ',');
}

void rp_chart_num(rp_chart *c, double v)
{
    sep(c);
    if (isfinite(v))
        rp_buf_printf(&c->data, "%.10g", v == 0 ? 0.0 : v);
}

/* Double quotes would need CSV escaping that gnuplot reads its own way: they become
 * apostrophes. Commas stay inside the quotes. */
void rp_chart_text(rp_chart *c, const char *s)
{
    sep(c);
    rp_buf clean;
    rp_buf_init(&clean);
    rp_gp_clean(&clean, s);
    rp_buf_putc(&c->data, '"');
    for (const char *p = rp_buf_str(&clean); *p; p++)
        rp_buf_putc(&c->data, *p == '"' ? '\'' : *p);
    rp_buf_putc(&c->data, '"');
    rp_buf_free(&clean);
}

void rp_chart_endrow(rp_chart *c)
{
    rp_buf_putc(&c->data, '\n');
    c->cells = 0;
}

void rp_chart_gap(rp_chart *c)
{
    rp_buf_putc(&c->data, '\n');
    c->cells = 0;
}

void rp_chart_block(rp_chart *c, const char *cols)
{
    rp_buf_puts(&c->data, "\n\n");
    rp_chart_header(c, cols);
    c->cells = 0;
}

void rp_chart_cmd(rp_chart *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    rp_buf_vprintf(&c->body, fmt, ap);
    va_end(ap);
}

void rp_chart_str(rp_chart *c, const char *text) { rp_gp_string(&c->body, text); }

void rp_chart_keystr(rp_chart *c, const char *text)
{
    rp_buf b;
    rp_buf_init(&b);
    rp_chart_short(&b, text, 40);
    rp_gp_string(&c->body, rp_buf_str(&b));
    rp_buf_free(&b);
}

/* gnuplot reads tic labels as format strings: a % in them must be doubled. */
void rp_chart_ticstr(rp_chart *c, const char *text)
{
    rp_buf b;
    rp_buf_init(&b);
    for (const char *p = text ? text : ""; *p; p++) {
        if (*p == '%')
            rp_buf_putc(&b, '%');
        rp_buf_putc(&b, *p);
    }
    rp_gp_string(&c->body, rp_buf_str(&b));
    rp_buf_free(&b);
}

void rp_chart_style(rp_chart *c, rp_lang lang)
{
    c->csv = lang == RP_LANG_NL ? RP_CSV_NL : RP_CSV_EN;
    rp_chart_cmd(c, "set encoding utf8\nset datafile separator comma\nset decimalsign '%s'\n",
                 rp_fmt_decimal_sign(lang));
    rp_chart_cmd(c, "set border 3 lc rgb '#444444' lw 1\nset tics nomirror out scale 0.5 "
                    "textcolor rgb '#333333'\nset grid ytics lc rgb '#dddddd' lw 1 dt 1\n"
                    "set key at screen 0.97, screen 0.875 right top horizontal maxcols 3 "
                    "Left reverse noautotitle samplen 1.5 spacing 1 width 1 font ',15'\n");
    for (int i = 0; i < 8; i++)
        rp_chart_cmd(c, "set linetype %d lc rgb '%s' lw 2.5 pt 7 ps 1.2\n", i + 1,
                     rp_okabe_ito[i]);
    /* gnuplot skips an empty cell and draws the line on to the next value; an undefined one
     * breaks lines and bands, so that a missing year is a gap */
    rp_chart_cmd(c, "gap(c) = valid(c) ? column(c) : NaN\n");
}

/* One cell of a data line (as rp_chart_num and rp_chart_text write them): a quoted text
 * without quotes inside, or a bare number. Sets *quoted, returns the cell's end. */
static const char *data_cell(const char *s, const char **start, size_t *len, int *quoted)
{
    *quoted = *s == '"';
    if (*quoted) {
        const char *e = strchr(s + 1, '"');
        e = e ? e : s + strlen(s);
        *start = s + 1;
        *len = (size_t)(e - s - 1);
        return *e ? e + 1 : e;
    }
    *start = s;
    *len = strcspn(s, ",\n");
    return s + *len;
}

/* A data or header line (without its line end) as a CSV row of the dialect. */
static void csv_line(rp_csvw *w, const char *line, int header)
{
    char dec = w->decimal;
    for (const char *s = line; ; ) {
        const char *cell;
        size_t len;
        int quoted;
        s = data_cell(s, &cell, &len, &quoted);
        char *text = rp_strndup(cell, len);
        if (header) {
            rp_csvw_text(w, text ? text : "");
        } else if (quoted) {
            rp_csvw_quoted(w, text ? text : "");
        } else {
            for (char *p = text; p && *p; p++)
                if (*p == '.')
                    *p = dec;
            rp_csvw_raw(w, text ? text : "");
        }
        free(text);
        if (*s != ',')
            break;
        s++;
    }
    rp_csvw_end(w);
}

char *rp_chart_csv(const rp_chart *c)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    if (!f)
        return NULL;
    rp_csvw w;
    rp_csvw_init(&w, f, rp_dialect_delim(c->csv), rp_dialect_decimal(c->csv));
    if (rp_dialect_bom(c->csv))
        fputs("\xef\xbb\xbf", f);
    const char *s = rp_buf_str(&c->data);
    while (*s) {
        size_t len = strcspn(s, "\n");
        char *line = rp_strndup(s, len);
        if (!line) {
            fclose(f);
            free(buf);
            return NULL;
        }
        if (!*line)
            fputc('\n', f);
        else if (!strncmp(line, "# ", 2))
            csv_line(&w, line + 2, 1);
        else
            csv_line(&w, line, 0);
        free(line);
        s += len + (s[len] == '\n');
    }
    int bad = ferror(f);
    fclose(f);
    if (bad) {
        free(buf);
        return NULL;
    }
    return buf;
}

char *rp_chart_datablock(const rp_chart *c, const char *name)
{
    return rp_strfmt("$%s << RPEOD_DATA\n%s%sRPEOD_DATA\n", name, rp_buf_str(&c->data),
                     c->data.len && c->data.data[c->data.len - 1] != '\n' ? "\n" : "");
}

/* The fonts of chart text, DejaVu Sans first: a browser without it takes a sans-serif
 * rather than its default serif. */
#define FONT_LIST "DejaVu Sans, Verdana, Bitstream Vera Sans, Arial, sans-serif"

static int at(const char *s, const char *w) { return strncmp(s, w, strlen(w)) == 0; }

/* gnuplot's SVG as the chart's own: its title and alt text as <title> and <desc> (gnuplot
 * writes "Gnuplot" and its version), no tooltips ("gnuplot_plot_1a"), fonts with fallbacks,
 * and attributes written as HTML validators want them (name='value', no spaces). */
static char *svg_finish(const rp_chart *c, const char *svg)
{
    rp_buf b;
    rp_buf_init(&b);
    int titles = 0, in_tag = 0;
    char quote = 0;
    for (const char *s = svg; *s;) {
        if (!in_tag && at(s, "<title>")) {
            const char *e = strstr(s, "</title>");
            s = e ? e + 8 : s + strlen(s);
            if (titles++ == 0) { /* the document's title; the others are tooltips */
                rp_buf_puts(&b, "<title>");
                rp_xml_text(&b, c->title);
                rp_buf_puts(&b, "</title>");
            }
        } else if (!in_tag && at(s, "<desc>")) {
            const char *e = strstr(s, "</desc>");
            s = e ? e + 7 : s + strlen(s);
            rp_buf_puts(&b, "<desc>");
            rp_xml_text(&b, c->alt ? c->alt : c->title);
            rp_buf_puts(&b, "</desc>");
        } else if (in_tag && !quote && at(s, "font-family=\"DejaVu Sans\"")) {
            rp_buf_puts(&b, "font-family=\"" FONT_LIST "\"");
            s += strlen("font-family=\"DejaVu Sans\"");
        } else if (in_tag && !quote && *s == ' ' && s[strspn(s, " ")] == '=') {
            s += strspn(s, " ");
        } else if (in_tag && !quote && *s == '=') {
            rp_buf_putc(&b, *s++);
            s += strspn(s, " ");
        } else {
            if (in_tag && (*s == '\'' || *s == '"'))
                quote = quote == *s ? 0 : quote ? quote : *s;
            else if (!quote && *s == '<')
                in_tag = 1;
            else if (in_tag && !quote && *s == '>')
                in_tag = 0;
            rp_buf_putc(&b, *s++);
        }
    }
    return rp_buf_steal(&b);
}

int rp_chart_svg_finish(const rp_chart *c, const char *dir)
{
    char *path = rp_strfmt("%s/%s.svg", dir, c->id);
    rp_buf in;
    rp_buf_init(&in);
    char *out = path && rp_buf_read_file(&in, path) == 0 ? svg_finish(c, rp_buf_str(&in)) : NULL;
    FILE *f = out ? fopen(path, "wb") : NULL;
    int r = f && fputs(out, f) >= 0 ? 0 : -1;
    if (f && fclose(f) != 0)
        r = -1;
    rp_buf_free(&in);
    free(out);
    free(path);
    return r;
}

/* Splits text at spaces into lines of at most width characters (UTF-8 counted as one), at
 * most max of them: a text longer than that is cut on the last line with an ellipsis (a
 * note of pages reads whole in the tables; gnuplot would cut it mid-character). */
static size_t wrap(const char *text, size_t width, char **lines, size_t max)
{
    size_t n = 0;
    const char *s = text ? text : "";
    while (*s && n < max) {
        const char *p = s, *cut = NULL, *stop;
        size_t chars = 0;
        while (*p && chars < width) {
            if (*p == ' ')
                cut = p;
            chars += ((unsigned char)*p & 0xC0) != 0x80;
            p++;
        }
        while (((unsigned char)*p & 0xC0) == 0x80) /* a hard cut never splits a character */
            p++;
        if (!*p)
            stop = p;              /* the rest fits */
        else
            stop = cut ? cut : p;  /* at the last space, or hard */
        if (*p && n + 1 == max) {  /* the last line: what fits, and an ellipsis */
            rp_buf last;
            rp_buf_init(&last);
            rp_chart_short(&last, s, width - 1);
            lines[n++] = rp_buf_steal(&last);
            break;
        }
        lines[n++] = rp_strndup(s, (size_t)(stop - s));
        s = stop;
        while (*s == ' ')
            s++;
    }
    return n;
}

double rp_chart_frame(rp_chart *c, const char *title, const char *subtitle,
                      const char *const *notes, size_t nnotes, const char *source)
{
    /* a long title gets a smaller font rather than running off the image */
    size_t tl = 0;
    for (const char *p = title ? title : ""; *p; p++)
        tl += ((unsigned char)*p & 0xC0) != 0x80;
    rp_chart_cmd(c, "set label 101 ");
    rp_chart_str(c, title);
    rp_chart_cmd(c, " at screen 0.02, screen 0.955 left font ',%d' textcolor rgb '#000000'\n",
                 tl > 72 ? 16 : tl > 58 ? 18 : 20);
    double top = 0.74; /* below a key of two rows at 15 units */
    if (subtitle && *subtitle) {
        rp_chart_cmd(c, "set label 102 ");
        rp_chart_str(c, subtitle);
        rp_chart_cmd(c, " at screen 0.02, screen 0.895 left font ',16' textcolor rgb '#444444'\n");
    }
    double y = 0.03;
    rp_chart_cmd(c, "set label 103 ");
    rp_chart_str(c, source);
    rp_chart_cmd(c, " at screen 0.02, screen %.3f left font ',15' textcolor rgb '#555555'\n", y);
    /* Every text is at least 15 units high on the 960-wide canvas: the PDF sets the chart
     * 471 points wide, so that is 7.4 points on paper (the least the report allows), and 30
     * pixels on a 1920x1080 slide. Footnotes wrap at about 105 characters, the image's width
     * at that size. */
    int tag = 104;
    for (size_t i = nnotes; i > 0; i--) {
        char *lines[8];
        size_t nl = wrap(notes[i - 1], 105, lines, 8);
        for (size_t k = nl; k > 0; k--) {
            y += 0.042;
            rp_chart_cmd(c, "set label %d ", tag++);
            rp_chart_str(c, lines[k - 1]);
            rp_chart_cmd(c, " at screen 0.02, screen %.3f left font ',15' textcolor rgb '#333333'\n", y);
            free(lines[k - 1]);
        }
    }
    rp_chart_cmd(c, "set tmargin at screen %.3f\nset bmargin at screen %.3f\n"
                    "set lmargin at screen 0.09\nset rmargin at screen 0.97\n",
                 top, y + 0.115);
    return y + 0.115;
}

/* A step of 1, 2 or 5 times a power of ten that gives about `want` ticks. */
static double nice_step(double span, int want)
{
    double raw = span / want, p = pow(10, floor(log10(raw))), f = raw / p;
    return (f < 1.5 ? 1 : f < 3.5 ? 2 : f < 7.5 ? 5 : 10) * p;
}

void rp_chart_xlabel(rp_chart *c, const char *text, double bottom)
{
    rp_chart_cmd(c, "set xlabel ");
    rp_chart_str(c, text);
    rp_chart_cmd(c, " font ',15' offset 0,0.4\nset bmargin at screen %.3f\n", bottom + 0.06);
}

void rp_chart_unit(rp_chart *c, const char *unit)
{
    rp_chart_cmd(c, "set label 100 ");
    rp_chart_str(c, unit);
    rp_chart_cmd(c, " at graph 0, graph 1.04 left font ',15' textcolor rgb '#333333'\n");
}

void rp_chart_yticks(rp_chart *c, double lo, double hi, int percent, rp_lang lang)
{
    rp_chart_yticks_n(c, lo, hi, percent, lang, 5);
}

void rp_chart_yticks_n(rp_chart *c, double lo, double hi, int percent, rp_lang lang, int want)
{
    if (!(hi > lo) || !isfinite(hi) || !isfinite(lo)) {
        lo = 0;
        hi = 1;
    }
    double step = nice_step(hi - lo, want), start = floor(lo / step) * step;
    double end = ceil(hi / step) * step;
    int dec = step >= 1 ? 0 : (int)ceil(-log10(step) - 1e-9);
    rp_chart_cmd(c, "set yrange [%g:%g]\nset ytics (", start, end);
    int first = 1;
    for (double v = start; v <= end + step / 2; v += step) {
        rp_buf lab;
        rp_buf_init(&lab);
        rp_word_tick(&lab, fabs(v) < step / 1e6 ? 0 : v, dec, percent, lang);
        rp_chart_cmd(c, "%s", first ? "" : ", ");
        rp_chart_ticstr(c, rp_buf_str(&lab));
        rp_chart_cmd(c, " %g", v);
        rp_buf_free(&lab);
        first = 0;
    }
    rp_chart_cmd(c, ")\n");
}

/* The byte offset of character n of UTF-8 text t (its length when shorter). */
static size_t char_offset(const char *t, size_t n)
{
    size_t chars = 0, i = 0;
    for (; t[i]; i++)
        if (((unsigned char)t[i] & 0xC0) != 0x80 && chars++ == n)
            break;
    return i;
}

void rp_chart_short_mid(rp_buf *b, const char *t, size_t max)
{
    size_t chars = 0;
    for (const char *p = t; *p; p++)
        chars += ((unsigned char)*p & 0xC0) != 0x80;
    if (chars <= max || max < 3) {
        rp_chart_short(b, t, max);
        return;
    }
    size_t head = (max - 1) / 2, tail = max - 1 - head;
    rp_buf_append(b, t, char_offset(t, head));
    rp_buf_puts(b, "\u2026");
    rp_buf_puts(b, t + char_offset(t, chars - tail));
}

void rp_chart_short(rp_buf *b, const char *t, size_t max)
{
    size_t chars = 0, i = 0;
    for (; t[i]; i++)
        if (((unsigned char)t[i] & 0xC0) != 0x80 && ++chars > max)
            break;
    rp_buf_append(b, t, i);
    if (t[i])
        rp_buf_puts(b, "\u2026");
}
