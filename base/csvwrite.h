/* Writes CSV cells: quoting per RFC 4180, numbers with full precision and the chosen decimal
 * separator, and text that a spreadsheet would run as a formula made inert. */
#ifndef RP_CSVWRITE_H
#define RP_CSVWRITE_H

#include <stdio.h>

/* Borrows the stream; nothing to free. */
typedef struct rp_csvw {
    FILE *f;
    char delim;     /* ',' or ';' */
    char decimal;   /* '.' or ',' */
    int col;        /* cells written on the current line */
} rp_csvw;

void rp_csvw_init(rp_csvw *w, FILE *f, char delim, char decimal);
/* Text; a cell that starts with = + - @ (or tab or CR) gets a leading ' so that Excel and
 * LibreOffice show it as text instead of evaluating it (OWASP, "CSV Injection"). */
void rp_csvw_text(rp_csvw *w, const char *s);
/* A number as %.10g; NaN and infinities as an empty cell. */
void rp_csvw_num(rp_csvw *w, double v);
/* Text always quoted (a column of names reads as text however it looks), made inert as
 * rp_csvw_text does. */
void rp_csvw_quoted(rp_csvw *w, const char *s);
/* A cell written as given: a number already in the dialect's form. */
void rp_csvw_raw(rp_csvw *w, const char *s);
void rp_csvw_int(rp_csvw *w, long v);
void rp_csvw_empty(rp_csvw *w);
void rp_csvw_end(rp_csvw *w);
/* A whole header line from a comma-separated list of names. */
void rp_csvw_header(rp_csvw *w, const char *names);

#endif
