/* Reads named numeric columns of a small CSV file. */
#include "datasets/columns.h"
#include "base/buf.h"
#include "datasets/csvfile.h"
#include "base/value.h"
#include "datasets/numcell.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static int grow(rp_columns *c, size_t *cap)
{
    if (c->n < *cap)
        return 0;
    size_t n = *cap ? 2 * *cap : 64;
    for (size_t k = 0; k < c->ncols; k++) {
        double *p = realloc(c->v[k], n * sizeof *p);
        if (!p)
            return -1;
        c->v[k] = p;
    }
    long *l = realloc(c->line, n * sizeof *l);
    if (!l)
        return -1;
    c->line = l;
    *cap = n;
    return 0;
}

static int find_columns(rp_columns *c, rp_csv *csv, const char *const *names, rp_diag *diag)
{
    int bad = 0;
    for (size_t k = 0; k < c->ncols; k++) {
        int i = rp_csv_find(csv, names[k]);
        if (i < 0) {
            rp_buf cols;
            rp_buf_init(&cols);
            for (size_t j = 0; j < rp_csv_ncols(csv); j++)
                rp_buf_printf(&cols, "%s%s", j ? ", " : "", rp_csv_colname(csv, j));
            rp_diag_error(diag, c->file, rp_csv_header_line(csv), 0,
                          "no column \"%s\"; expected one of: %s", names[k], rp_buf_str(&cols));
            rp_buf_free(&cols);
            bad = 1;
            continue;
        }
        c->col[k] = i + 1;
        c->names[k] = rp_strdup(rp_csv_colname(csv, (size_t)i));
    }
    return bad ? -1 : 0;
}

static void read_row(rp_columns *c, rp_csv *csv, const rp_csv_row *row, rp_diag *diag)
{
    for (size_t k = 0; k < c->ncols; k++) {
        int i = c->col[k] - 1;
        const char *s = row->f[i];
        double x = NAN;
        int r = *s ? rp_parse_grouped(s, rp_csv_decimal(csv), &x) : RP_NUM_OK;
        if (r == RP_NUM_GROUPS)
            rp_numcell_groups_error(diag, c->file, row->fline[i], i + 1, c->names[k], s,
                                    rp_csv_decimal(csv));
        else if (r != RP_NUM_OK)
            rp_diag_error(diag, c->file, row->fline[i], i + 1,
                          "%s \"%s\" is not a number; expected a number with a decimal %s, or "
                          "an empty cell", c->names[k], s,
                          rp_diag_text(diag, rp_csv_decimal(csv) == ',' ? "comma" : "point"));
        c->v[k][c->n] = x;
    }
    c->line[c->n++] = row->line;
}

rp_columns *rp_columns_read(const char *path, const char *const *names, size_t ncols,
                            char decimal, rp_diag *diag)
{
    rp_csv *csv = rp_csv_open(path, path, decimal, diag);
    if (!csv)
        return NULL;
    rp_columns *c = calloc(1, sizeof *c);
    int ok = c ? 0 : -1;
    if (c) {
        c->ncols = ncols;
        c->file = rp_strdup(path);
        c->v = calloc(ncols, sizeof *c->v);
        c->col = calloc(ncols, sizeof *c->col);
        c->names = calloc(ncols, sizeof *c->names);
        ok = c->v && c->col && c->names && c->file ? find_columns(c, csv, names, diag) : -1;
    }
    size_t cap = 0;
    rp_csv_row row;
    while (ok == 0 && rp_csv_next(csv, &row) > 0) {
        if (grow(c, &cap)) {
            ok = -1;
            break;
        }
        read_row(c, csv, &row, diag);
    }
    rp_csv_close(csv);
    if (ok != 0) {
        rp_columns_free(c);
        return NULL;
    }
    return c;
}

void rp_columns_free(rp_columns *c)
{
    if (!c)
        return;
    for (size_t k = 0; k < c->ncols; k++) {
        if (c->v)
            free(c->v[k]);
        if (c->names)
            free(c->names[k]);
    }
    free(c->v);
    free(c->names);
    free(c->col);
    free(c->line);
    free(c->file);
    free(c);
}
