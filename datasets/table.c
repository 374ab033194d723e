/* A CSV file read through the dataset conventions, with the well-known columns checked. */
#include "datasets/table.h"
#include "base/buf.h"
#include "base/value.h"
#include "datasets/numcell.h"

#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

struct rp_table {
    rp_csv *csv;
    const rp_regions *regions;
    rp_diag *diag;
    int year_col, region_col, count_col, flag_col, lo_col, hi_col, value_col, n_col;
    int percent;       /* published figures without % are percentages (unit = percent) */
    long rows;
};

static int find_either(const rp_csv *c, const char *a, const char *b)
{
    int i = rp_csv_find(c, a);
    return i >= 0 ? i : rp_csv_find(c, b);
}

rp_table *rp_table_open(const char *path, const char *name, char decimal,
                        const rp_regions *regions, rp_diag *diag)
{
    return rp_table_wrap(rp_csv_open(path, name, decimal, diag), regions, diag);
}

rp_table *rp_table_wrap(rp_csv *c, const rp_regions *regions, rp_diag *diag)
{
    if (!c)
        return NULL;
    rp_table *t = calloc(1, sizeof *t);
    if (!t) {
        rp_csv_close(c);
        return NULL;
    }
    t->csv = c;
    t->regions = regions;
    t->diag = diag;
    t->year_col = find_either(c, "year", "jaar");
    t->region_col = find_either(c, "region", "regio");
    t->count_col = find_either(c, "count", "aantal");
    t->flag_col = rp_csv_find(c, "flag");
    t->lo_col = find_either(c, "lo", "ondergrens");
    t->hi_col = find_either(c, "hi", "bovengrens");
    t->value_col = find_either(c, "value", "waarde");
    t->n_col = rp_csv_find(c, "n");
    return t;
}

void rp_table_set_percent(rp_table *t, int percent) { t->percent = percent; }

int rp_table_value_cols(const rp_table *t, int *n)
{
    *n = t->n_col;
    return t->value_col;
}


int rp_table_bounds_cols(const rp_table *t, int *hi)
{
    *hi = t->hi_col;
    return t->lo_col;
}

void rp_table_close(rp_table *t)
{
    if (!t)
        return;
    rp_csv_close(t->csv);
    free(t);
}

rp_csv *rp_table_csv(rp_table *t) { return t->csv; }
int rp_table_year_col(const rp_table *t) { return t->year_col; }
int rp_table_region_col(const rp_table *t) { return t->region_col; }
int rp_table_count_col(const rp_table *t) { return t->count_col; }
int rp_table_flag_col(const rp_table *t) { return t->flag_col; }
long rp_table_rows(const rp_table *t) { return t->rows; }

#define CELL_ERROR(t, row, col, ...)                                                          \
    rp_diag_error((t)->diag, rp_csv_name((t)->csv), (row)->raw.fline[col], (long)(col) + 1, \
                  __VA_ARGS__)

static int check_year(rp_table *t, rp_trow *row)
{
    int c = t->year_col;
    const char *s = row->raw.f[c];
    const char *col = rp_csv_colname(t->csv, (size_t)c);
    long y;
    if (!*s) {
        CELL_ERROR(t, row, c, "%s is empty; expected a year from %d to %d", col, RP_YEAR_MIN,
                   RP_YEAR_MAX);
        return -1;
    }
    int r = rp_parse_long(s, &y);
    if (r == -1) {
        CELL_ERROR(t, row, c, "%s \"%s\" is not a whole number; expected a year from %d to %d",
                   col, s, RP_YEAR_MIN, RP_YEAR_MAX);
        return -1;
    }
    if (r == -2 || y < RP_YEAR_MIN || y > RP_YEAR_MAX) {
        CELL_ERROR(t, row, c, "%s %s is out of range; expected a year from %d to %d", col, s,
                   RP_YEAR_MIN, RP_YEAR_MAX);
        return -1;
    }
    row->year = (int)y;
    return 0;
}

static int check_region(rp_table *t, rp_trow *row)
{
    int c = t->region_col;
    const char *s = row->raw.f[c];
    if (!*s || !t->regions)
        return 0;
    row->region = rp_regions_find(t->regions, s);
    if (row->region < 0) {
        char *codes = rp_regions_codes(t->regions);
        CELL_ERROR(t, row, c, "%s \"%s\" is not in %s; expected one of %s",
                   rp_csv_colname(t->csv, (size_t)c), s, t->regions->name, codes ? codes : "");
        free(codes);
        return -1;
    }
    return 0;
}

/* An empty count is a count nobody reported: missing (NaN), never 0. Thousands may be
 * grouped with the sign that is not the file's decimal sign (1.372 beside a decimal comma). */
static int check_count(rp_table *t, rp_trow *row)
{
    int c = t->count_col;
    const char *s = row->raw.f[c];
    const char *col = rp_csv_colname(t->csv, (size_t)c);
    long n;
    if (!*s) {
        row->weight = NAN;
        return 0;
    }
    int r = rp_parse_count(s, rp_csv_decimal(t->csv), &n);
    if (r == RP_NUM_RANGE) {
        CELL_ERROR(t, row, c, "%s %s is too large; expected a whole number of 0 or more below "
                   "%ld", col, s, LONG_MAX);
        return -1;
    }
    if (r != RP_NUM_OK) {
        rp_numcell_count_error(t->diag, rp_csv_name(t->csv), row->raw.fline[c], (long)c + 1,
                               col, s, r, rp_csv_decimal(t->csv),
                               "a whole number of 0 or more");
        return -1;
    }
    if (n < 0) {
        CELL_ERROR(t, row, c, "%s %s is negative; expected a whole number of 0 or more", col, s);
        return -1;
    }
    row->weight = (double)n;
    return 0;
}

static int check_flag(rp_table *t, rp_trow *row)
{
    int c = t->flag_col;
    const char *s = row->raw.f[c];
    if (!*s)
        return 0;
    if ((s[0] == 'p' || s[0] == 'e' || s[0] == 'r' || s[0] == 'P' || s[0] == 'E' ||
         s[0] == 'R') && s[1] == '\0') {
        row->flag = (char)(s[0] | 0x20);
        return 0;
    }
    CELL_ERROR(t, row, c, "flag \"%s\" is not p, e or r; expected p (provisional), "
               "e (estimated), r (revised) or empty", s);
    return -1;
}

/* lo <= count <= hi, both given or both empty; numbers as the file writes them. */
static int check_bounds(rp_table *t, rp_trow *row)
{
    int cols[2] = {t->lo_col, t->hi_col};
    double v[2] = {NAN, NAN};
    int empty = 0;
    char dec = rp_csv_decimal(t->csv);
    for (int k = 0; k < 2; k++) {
        const char *s = row->raw.f[cols[k]];
        const char *col = rp_csv_colname(t->csv, (size_t)cols[k]);
        if (!*s) {
            empty++;
            continue;
        }
        int r = rp_parse_grouped(s, dec, &v[k]);
        if (r == RP_NUM_GROUPS) {
            rp_numcell_groups_error(t->diag, rp_csv_name(t->csv), row->raw.fline[cols[k]],
                                    (long)cols[k] + 1, col, s, dec);
            return -1;
        }
        if (r != RP_NUM_OK || !isfinite(v[k]) || v[k] < 0) {
            CELL_ERROR(t, row, cols[k], k ? "%s \"%s\" is not a number of 0 or more; expected "
                                            "the published upper bound"
                                          : "%s \"%s\" is not a number of 0 or more; expected "
                                            "the published lower bound", col, s);
            return -1;
        }
    }
    if (empty == 1) {
        int c = isnan(v[0]) ? cols[0] : cols[1];
        CELL_ERROR(t, row, c, "%s is empty while the other bound is given; expected both or "
                   "neither", rp_csv_colname(t->csv, (size_t)c));
        return -1;
    }
    if (!empty && isnan(row->weight)) {
        CELL_ERROR(t, row, t->count_col, "%s is empty while its published interval is given; "
                   "expected the published figure with its bounds, or all three empty",
                   rp_csv_colname(t->csv, (size_t)t->count_col));
        return -1;
    }
    if (!empty && !(v[0] <= row->weight && row->weight <= v[1])) {
        CELL_ERROR(t, row, cols[0], "the interval %g to %g does not hold the count %g; expected "
                   "lower <= count <= upper", v[0], v[1], row->weight);
        return -1;
    }
    row->lo = v[0];
    row->hi = v[1];
    return 0;
}

/* A share as published, s without its percent sign (pct: it had one): a fraction from 0 to
 * 1, or a percentage with % (or in a dataset whose unit is percent). 17,4 without % reads as
 * 1.740% or as 17,4% depending on who typed it: refused, with both ways to write it. */
static int share_value(rp_table *t, rp_trow *row, const char *cell, const char *s, int pct)
{
    int c = t->value_col;
    const char *col = rp_csv_colname(t->csv, (size_t)c);
    char dec = rp_csv_decimal(t->csv);
    int r = rp_parse_grouped(s, dec, &row->value);
    if (r == RP_NUM_GROUPS) {
        rp_numcell_groups_error(t->diag, rp_csv_name(t->csv), row->raw.fline[c], (long)c + 1,
                                col, cell, dec);
        return -1;
    }
    if (r != RP_NUM_OK || !isfinite(row->value) || row->value < 0) {
        CELL_ERROR(t, row, c, "%s \"%s\" is not a number of 0 or more; expected the published "
                   "figure (a share as %s or %s%%)", col, cell, dec == ',' ? "0,174" : "0.174",
                   dec == ',' ? "17,4" : "17.4");
        return -1;
    }
    if (!pct && !t->percent && row->value > 1) {
        char frac[40];
        if (row->value <= 100)
            CELL_ERROR(t, row, c, "%s \"%s\" is a share above 1 without a percent sign; "
                       "expected %s%% for a percentage or %s for a fraction (or unit = percent "
                       "for the dataset in monitor.ini when all its figures are percentages)",
                       col, cell, s, rp_numcell_format(row->value / 100, dec, frac, sizeof frac));
        else
            CELL_ERROR(t, row, c, "%s \"%s\" is a share above 1; expected a fraction from 0 to "
                       "1 or a percentage from 0%% to 100%%", col, cell);
        return -1;
    }
    if (pct || t->percent)
        row->value /= 100;
    if (row->value > 1) {
        CELL_ERROR(t, row, c, "%s \"%s\" is more than 100%%; expected a share from 0%% to 100%%",
                   col, cell);
        return -1;
    }
    return 0;
}

/* A published figure and the whole number n it rests on; both may be empty. */
static int check_value(rp_table *t, rp_trow *row)
{
    const char *s = row->raw.f[t->value_col];
    if (*s) {
        size_t len = strlen(s);
        int pct = s[len - 1] == '%';
        char *num = rp_strndup(s, len - (size_t)pct);
        int bad = !num || share_value(t, row, s, rp_trim(num), pct);
        free(num);
        if (bad)
            return -1;
    }
    const char *ns = t->n_col >= 0 ? row->raw.f[t->n_col] : "";
    long n;
    if (!*ns)
        return 0;
    int r = rp_parse_count(ns, rp_csv_decimal(t->csv), &n);
    if (r != RP_NUM_OK) {
        rp_numcell_count_error(t->diag, rp_csv_name(t->csv), row->raw.fline[t->n_col],
                               (long)t->n_col + 1, "n", ns, r, rp_csv_decimal(t->csv),
                               "the whole number the figure rests on, or empty");
        return -1;
    }
    if (n < 0) {
        CELL_ERROR(t, row, t->n_col, "n %s is negative; expected the whole number the figure "
                   "rests on, or empty", ns);
        return -1;
    }
    row->n = (double)n;
    return 0;
}

int rp_table_next(rp_table *t, rp_trow *row)
{
    for (;;) {
        int r = rp_csv_next(t->csv, &row->raw);
        if (r <= 0)
            return r;
        t->rows += (long)row->raw.weight;
        if (row->raw.bad)
            continue;
        row->year = 0;
        row->region = -1;
        row->weight = row->raw.weight; /* 1, or the records of a group counted at the source */
        row->flag = 0;
        row->lo = row->hi = row->value = row->n = NAN;
        int bad = 0;
        if (t->year_col >= 0)
            bad |= check_year(t, row);
        if (t->region_col >= 0)
            bad |= check_region(t, row);
        if (t->count_col >= 0)
            bad |= check_count(t, row);
        if (t->flag_col >= 0)
            bad |= check_flag(t, row);
        if (!bad && t->lo_col >= 0 && t->hi_col >= 0)
            bad |= check_bounds(t, row);
        if (!bad && t->value_col >= 0)
            bad |= check_value(t, row);
        if (!bad)
            return 1;
    }
}
