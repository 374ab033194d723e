/* A chart: its data as CSV, the gnuplot commands that draw it from that data, and an alt
 * text. Builders (plots/kinds) fill charts from the model; plots/gnuplot draws them. Data text
 * reaches the script only through plots/gpquote. */
#ifndef RP_CHART_H
#define RP_CHART_H

#include "base/buf.h"
#include "datasets/monitor.h"
#include "words/numfmt.h"

/* Where the script names its data; never produced by escaped text (control characters are
 * removed from every string), so replacing it cannot touch data text. */
#define RP_CHART_DATA "\x01" "DATA" "\x01"

/* Ownership: rp_chart_new returns a chart freed by rp_chart_free (NULL ok). */
typedef struct rp_chart {
    char *id;          /* file base name: letters, digits, '_' and '-' */
    char *title;
    rp_buf data;       /* CSV with a header line; ',' separators and '.' decimals */
    rp_buf body;       /* gnuplot commands drawing one image from RP_CHART_DATA */
    char *alt;         /* alt text for HTML and PDF */
    int cells;         /* cells written on the current data line */
    rp_csv_dialect csv;/* the dialect of its data file for people (rp_chart_csv); the
                        * language's by rp_chart_style, the monitor's by rp_charts_build */
} rp_chart;

rp_chart *rp_chart_new(const char *id, const char *title);
void rp_chart_free(rp_chart *c);

/* Data: a header line from "a,b,c" (written as a comment, "# a,b,c"); then cells, ended by rp_chart_endrow; rp_chart_gap
 * writes a blank line (gnuplot does not join lines across it: series breaks). NaN cells are
 * empty (missing: lines are not drawn through them). Text cells are cleaned and quoted. */
void rp_chart_header(rp_chart *c, const char *cols);
/* The same from names that may hold commas (categories from data): written quoted. */
void rp_chart_header_v(rp_chart *c, const char *const *cols, size_t n);
void rp_chart_num(rp_chart *c, double v);
void rp_chart_text(rp_chart *c, const char *s);
void rp_chart_endrow(rp_chart *c);
void rp_chart_gap(rp_chart *c);
/* Starts the next data block (gnuplot's `index 1`, `index 2`, ...) with its own header. */
void rp_chart_block(rp_chart *c, const char *cols);

/* The chart's data as a CSV file for people, in c->csv's dialect (a BOM, ';' and decimal
 * commas for nl): each block's header as a header row (no '#'), text cells quoted, a cell or
 * header that would start a formula (= + - @, tab, CR) prefixed with ' (OWASP, "CSV
 * Injection"), blank lines where the data has them (gaps, blocks). Caller frees; NULL when
 * memory runs out. */
char *rp_chart_csv(const rp_chart *c);
/* The chart's data as a gnuplot datablock named $name, ended by a line no data line can
 * equal (text cells are quoted, headers are comments), for a script that draws alone.
 * Caller frees. */
char *rp_chart_datablock(const rp_chart *c, const char *name);

/* Rewrites dir/ID.svg as gnuplot drew it into the chart's own: <title> the chart's title,
 * <desc> its alt text, no gnuplot tooltips, DejaVu Sans with sans-serif fallbacks, attributes
 * without spaces around '='. Returns 0, or -1 when the file cannot be read or written. */
int rp_chart_svg_finish(const rp_chart *c, const char *dir);

/* Script helpers. rp_chart_cmd appends a command built with printf (no data text in fmt);
 * rp_chart_str appends a quoted string from data. */
void rp_chart_cmd(rp_chart *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void rp_chart_str(rp_chart *c, const char *text);
/* A key entry from data, cut to 40 characters with an ellipsis so that gnuplot can fit the
 * key (the full text stays in the data file). */
void rp_chart_keystr(rp_chart *c, const char *text);
/* The same for a tic label, which gnuplot also reads as a format: % doubled. */
void rp_chart_ticstr(rp_chart *c, const char *text);
/* The house style: fonts, Okabe-Ito line styles 1-8, axes, grid, decimal sign. */
void rp_chart_style(rp_chart *c, rp_lang lang);
/* Title (and subtitle) at the top, footnotes and the source line at the bottom, inside the
 * image; sets the plot margins to leave room for them. Returns the bottom margin (screen). */
double rp_chart_frame(rp_chart *c, const char *title, const char *subtitle,
                    const char *const *notes, size_t nnotes, const char *source);
/* An x axis label, with the bottom margin (from rp_chart_frame) raised to make room. */
void rp_chart_xlabel(rp_chart *c, const char *text, double bottom);
/* The unit of the y axis, written above it (easier to read than a rotated label). */
void rp_chart_unit(rp_chart *c, const char *unit);
/* Y ticks at round values with labels in the language's number format, from 0 (or lo) to
 * hi; percent adds a % sign. */
void rp_chart_yticks(rp_chart *c, double lo, double hi, int percent, rp_lang lang);
/* The same with about `want` ticks (small panels want fewer). */
void rp_chart_yticks_n(rp_chart *c, double lo, double hi, int percent, rp_lang lang, int want);

/* Appends t cut to max characters with an ellipsis (labels that must fit). */
void rp_chart_short(rp_buf *b, const char *t, size_t max);
/* The same, cut in the middle ("Geregistreerde mog…(CoMensha)") when the end is what tells a
 * text from its neighbours; appends to b. */
void rp_chart_short_mid(rp_buf *b, const char *t, size_t max);

/* The Okabe-Ito colour-blind-safe palette (Okabe & Ito 2008), as #rrggbb. */
extern const char *const rp_okabe_ito[8];

#endif
