/* rapporteur tabulate FILE --by COLS: a streaming count table of a CSV file. */
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "words/wording.h"
#include "base/buf.h"
#include "datasets/tabulate.h"
#include "base/csvwrite.h"
#include "stats/disclosure.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const rp_opt opts[] = {
    {"by", "COLS", "columns to count by, separated by commas (required)"},
    {"where", "FILTER", "only rows that pass, e.g. \"minor = 1 and form in (sexual, labour)\""},
    {"format", "text|csv", "output as an aligned table (default) or csv"},
    {"suppress", "N", "show counts from 1 to N-1 as <N (default 5; 0 shows every count)"},
    {"decimal", ".|,", "decimal separator of the file (default: ',' with ';', else '.')"},
    {NULL, NULL, NULL}};

static const rp_cmd spec = {
    "tabulate", "FILE --by COLS [--where FILTER] [--format text|csv] [--suppress N]",
    "Counts the rows of a records CSV (or sums its count column) per combination of the --by "
    "columns, in one streaming pass: memory grows with the combinations, not the rows.",
    "Small counts are suppressed as in every output of rapporteur: a count from 1 to N-1 "
    "shows as <N, and where a coarser table (fewer --by columns, or the total) would give it "
    "back, a second count is hidden as x. When any count is hidden, the total covers only the "
    "counts shown.",
    1, 1, opts};

static char **split(const char *s, size_t *n)
{
    char *copy = rp_strdup(s);
    char **out = calloc(strlen(s) / 2 + 2, sizeof *out);
    *n = 0;
    if (!copy || !out) {
        free(copy);
        free(out);
        return NULL;
    }
    for (char *tok = strtok(copy, ","); tok; tok = strtok(NULL, ",")) {
        rp_trim(tok);
        if (*tok)
            out[(*n)++] = rp_strdup(tok);
    }
    free(copy);
    return out;
}

typedef struct {
    const char *s;
    size_t i;
} keyed;

static int by_text(const void *a, const void *b)
{
    return strcmp(((const keyed *)a)->s, ((const keyed *)b)->s);
}

/* The disclosure marks of every combination: small counts, and second cells wherever a
 * coarser table (--by with fewer columns, or the total) would give one back. Returns NULL
 * when memory runs out. Ownership: the caller frees. */
static unsigned char *marks(const rp_tab *t, long below)
{
    size_t n = t->n, nc = t->ncols;
    size_t *code = malloc((n * nc > 0 ? n * nc : 1) * sizeof *code);
    keyed *ks = malloc((n ? n : 1) * sizeof *ks);
    unsigned char *hide = malloc(n ? n : 1);
    for (size_t k = 0; code && ks && hide && k < nc; k++) {
        for (size_t i = 0; i < n; i++)
            ks[i] = (keyed){t->keys[i * nc + k], i};
        qsort(ks, n, sizeof *ks, by_text);
        for (size_t i = 0, id = 0; i < n; i++) {
            id += i > 0 && strcmp(ks[i - 1].s, ks[i].s) != 0;
            code[ks[i].i * nc + k] = id;
        }
    }
    long r = code && ks && hide
                 ? rp_secondary_table(t->count, code, n, nc, below > INT_MAX ? INT_MAX : (int)below,
                                      hide)
                 : -1;
    free(code);
    free(ks);
    if (r < 0) {
        free(hide);
        return NULL;
    }
    return hide;
}

static void fmt_count(char *buf, size_t n, double v, int mark)
{
    if (mark)
        snprintf(buf, n, "%s", rp_word_hidden_sign());
    else
        snprintf(buf, n, "%.10g", v);
}

static void print_text(const rp_tab *t, const unsigned char *hide, long below)
{
    size_t nc = t->ncols + 1, nr = t->n + 1, nsup = 0;
    char **cells = calloc(nr * nc, sizeof *cells);
    int *right = calloc(nc, sizeof *right);
    char buf[64];
    if (!cells || !right) {
        free(cells);
        free(right);
        return;
    }
    right[t->ncols] = 1;
    for (size_t k = 0; k < t->ncols; k++)
        cells[k] = rp_strdup(t->cols[k]);
    cells[t->ncols] = rp_strdup("count");
    double shown = 0;
    for (size_t i = 0; i < t->n; i++) {
        for (size_t k = 0; k < t->ncols; k++)
            cells[(i + 1) * nc + k] = rp_strdup(t->keys[i * t->ncols + k]);
        fmt_count(buf, sizeof buf, t->count[i], hide[i]);
        cells[(i + 1) * nc + t->ncols] = rp_strdup(buf);
        nsup += hide[i] != RP_SHOWN;
        shown += hide[i] ? 0 : t->count[i];
    }
    /* rp_cli_table aligns by characters and makes control characters from data visible */
    rp_cli_table(cells, nr, nc, right);
    for (size_t i = 0; i < nr * nc; i++)
        free(cells[i]);
    free(cells);
    free(right);
    if (nsup == 0)
        printf("total: %.10g in %zu combination%s of %ld rows\n", t->total, t->n,
               t->n == 1 ? "" : "s", t->rows);
    else /* the full total, less the shown counts, would give the hidden ones away */
        printf("total of the counts shown: %.10g (%zu hidden count%s left out; %s: not "
               "published, so that no count below %ld can be worked out)\n", shown, nsup,
               nsup == 1 ? "" : "s", rp_word_hidden_sign(), below);
}

static void print_csv(const rp_tab *t, const unsigned char *hide)
{
    rp_csvw w;
    rp_csvw_init(&w, stdout, ',', '.');
    for (size_t k = 0; k < t->ncols; k++)
        rp_csvw_text(&w, t->cols[k]);
    rp_csvw_text(&w, "count");
    rp_csvw_text(&w, "note");
    rp_csvw_end(&w);
    char note[32];
    for (size_t i = 0; i < t->n; i++) {
        for (size_t k = 0; k < t->ncols; k++)
            rp_csvw_text(&w, t->keys[i * t->ncols + k]);
        if (hide[i]) {
            fmt_count(note, sizeof note, t->count[i], hide[i]);
            rp_csvw_empty(&w);
            rp_csvw_text(&w, note);
        } else {
            rp_csvw_num(&w, t->count[i]);
            rp_csvw_empty(&w);
        }
        rp_csvw_end(&w);
    }
}

int rp_cmd_tabulate(int argc, char **argv)
{
    rp_args a;
    int fmt, r;
    if (!rp_args_begin(&spec, argc, argv, &a, &fmt, &r))
        return r;
    long below = 5;
    if (rp_args_int(&a, "suppress", 0, 1000000, &below))
        return RP_EXIT_USAGE;
    const char *by = rp_args_get(&a, "by"), *dec = rp_args_get(&a, "decimal");
    if (!by)
        return rp_usage_error(&spec, "--by is required");
    if (dec && strcmp(dec, ".") && strcmp(dec, ","))
        return rp_usage_error(&spec, "--decimal %s: expected . or ,", dec);
    size_t n = 0;
    char **cols = split(by, &n);
    if (!cols || n == 0 || n > 64) {
        for (size_t i = 0; cols && i < n; i++)
            free(cols[i]);
        free(cols);
        return rp_usage_error(&spec, "--by %s: expected 1 to 64 column names", by);
    }
    rp_diag *diag = rp_diag_new();
    rp_tab *t = rp_tabulate(a.pos[0], (const char *const *)cols, n, rp_args_get(&a, "where"),
                            dec ? dec[0] : 0, diag);
    rp_diag_print(diag, stderr);
    unsigned char *hide = t ? marks(t, below) : NULL;
    if (hide && fmt == 1)
        print_csv(t, hide);
    else if (hide)
        print_text(t, hide, below);
    int status = hide ? RP_EXIT_OK
                 : t ? (fprintf(stderr, "rapporteur: out of memory\n"), RP_EXIT_IO)
                 : rp_diag_errors(diag) ? RP_EXIT_DATA : RP_EXIT_IO;
    free(hide);
    rp_tab_free(t);
    rp_diag_free(diag);
    for (size_t i = 0; i < n; i++)
        free(cols[i]);
    free(cols);
    return status;
}
