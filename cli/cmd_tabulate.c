/* rapporteur tabulate FILE --by COLS: a streaming count table of a CSV file. */
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "words/phrases.h"
#include "words/word_diag.h"
#include "words/wording.h"
#include "words/word_tabulate.h"
#include "cli/tab_project.h"
#include "stats/cellkey.h"
#include "base/buf.h"
#include "datasets/tabulate.h"
#include "base/csvwrite.h"
#include "stats/disclosure.h"

#include <limits.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The threshold of a bare file: the one Dutch statistics use most. */
#define RP_TAB_BELOW 10

static const rp_opt opts[] = {
    {"by", "COLS", "columns to count by, separated by commas (required)"},
    {"where", "FILTER", "only rows that pass, e.g. \"minor = 1 and form in (sexual, labour)\""},
    {"dataset", "ID", "a project's dataset (default: its only records or counts dataset)"},
    {"format", "text|csv", "output as an aligned table (default) or csv"},
    {"suppress", "N", "a FILE: hide counts from 1 to N-1 (default 10; below 10 the table is "
                      "not for publication)"},
    {"decimal", ".|,", "decimal separator of the file (default: ',' with ';', else '.')"},
    {NULL, NULL, NULL}};

static const rp_cmd spec = {
    "tabulate", "FILE|PROJECT --by COLS [--where FILTER] [--dataset ID] [--format text|csv] "
    "[--suppress N]",
    "Counts the rows of a records CSV (or sums its count column) per combination of the --by "
    "columns, in one streaming pass: memory grows with the combinations, not the rows.",
    "A FILE: counts from 1 to N-1 (--suppress, default 10, the threshold Dutch statistics use "
    "most) are hidden as x, and where a coarser table (fewer --by columns, or the total) would "
    "give one back, a second count is hidden too; the total then covers only the counts "
    "shown. Below 10 the table is said not to be for publication.\n"
    "A PROJECT: a query for what the report publishes (the year column, alone or with a count "
    "indicator's `by` or the region column, under that indicator's `where` as written) gives "
    "the report's cells with the report's marks. Any other query is ad hoc: every count and "
    "the total are perturbed by their cell key (the ABS TableBuilder method: each record a "
    "secret key from monitor.key, a cell's key the sum of its records', a change of at most 2 "
    "of mean 0 looked up from it), so the same cell always reads the same and no two queries "
    "give a count back by subtraction; counts below the project's suppress_below are hidden. "
    "csv note: x for a hidden count, perturbed for an ad-hoc one.",
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


static void print_text(const rp_tab *t, const unsigned char *hide, long below, rp_lang lang)
{
    size_t nc = t->ncols + 1, nr = t->n + 1, nsup = 0;
    char **cells = calloc(nr * nc, sizeof *cells);
    int *right = calloc(nc, sizeof *right);
    if (!cells || !right) {
        free(cells);
        free(right);
        return;
    }
    right[t->ncols] = 1;
    for (size_t k = 0; k < t->ncols; k++)
        cells[k] = rp_strdup(t->cols[k]);
    cells[t->ncols] = rp_strdup(RP_PH(lang, RP_PH_COUNT));
    double shown = 0;
    for (size_t i = 0; i < t->n; i++) {
        for (size_t k = 0; k < t->ncols; k++)
            cells[(i + 1) * nc + k] = rp_strdup(t->keys[i * t->ncols + k]);
        rp_buf c; /* in the language's grouping, as the total under it */
        rp_buf_init(&c);
        rp_word_count(&c, t->count[i], hide[i], (int)below, lang);
        cells[(i + 1) * nc + t->ncols] = rp_buf_steal(&c);
        nsup += hide[i] != RP_SHOWN;
        shown += hide[i] ? 0 : t->count[i];
    }
    /* rp_cli_table aligns by characters and makes control characters from data visible */
    rp_cli_table(cells, nr, nc, right);
    for (size_t i = 0; i < nr * nc; i++)
        free(cells[i]);
    free(cells);
    free(right);
    rp_buf b;
    rp_buf_init(&b);
    rp_word_tab_total(&b, nsup ? shown : t->total, t->n, t->rows > 0 ? t->rows : -1, nsup,
                      (int)below, lang);
    fputs(rp_buf_str(&b), stdout);
    rp_buf_free(&b);
}

/* perturbed: NULL, or per row 1 when its count was perturbed (its note says so) */
static void print_csv(const rp_tab *t, const unsigned char *hide, const unsigned char *perturbed)
{
    rp_csvw w;
    rp_csvw_init(&w, stdout, ',', '.');
    for (size_t k = 0; k < t->ncols; k++)
        rp_csvw_text(&w, t->cols[k]);
    rp_csvw_text(&w, "count");
    rp_csvw_text(&w, "note");
    rp_csvw_end(&w);
    for (size_t i = 0; i < t->n; i++) {
        for (size_t k = 0; k < t->ncols; k++)
            rp_csvw_text(&w, t->keys[i * t->ncols + k]);
        if (hide[i]) {
            rp_csvw_empty(&w);
            rp_csvw_text(&w, rp_word_hidden_sign());
        } else {
            rp_csvw_num(&w, t->count[i]);
            if (perturbed && perturbed[i])
                rp_csvw_text(&w, "perturbed");
            else
                rp_csvw_empty(&w);
        }
        rp_csvw_end(&w);
    }
}

/* A PROJECT: the report's cells, or an ad-hoc table perturbed by cell key (cli/tab_project.c),
 * in the project's language. */
static int run_project(const rp_args *a, char **cols, size_t n, int fmt)
{
    if (rp_args_get(a, "suppress") || rp_args_get(a, "decimal"))
        return rp_usage_error(&spec, "--suppress and --decimal are for a FILE: a project "
                              "hides what its report hides (suppress_below in monitor.ini)");
    int status = RP_EXIT_OK;
    rp_project *p = NULL;
    rp_model *m = rp_cli_model(a->pos[0], 0, &p, &status);
    if (!m)
        return status;
    rp_lang lang = p->m->lang;
    rp_diag *diag = rp_cli_diag(lang);
    const char *why = "out of memory";
    rp_tabq *q = diag ? rp_tabq_run(m, rp_args_get(a, "dataset"), cols, n,
                                    rp_args_get(a, "where"), diag, &why)
                      : NULL;
    rp_diag_print(diag, stderr);
    if (q && fmt == 1) {
        unsigned char *pert = q->kind == RP_TABQ_PERTURBED ? calloc(q->t->n + 1, 1) : NULL;
        for (size_t r = 0; pert && r < q->t->n; r++)
            pert[r] = !q->exact[r];
        print_csv(q->t, q->hide, pert);
        free(pert);
    } else if (q) {
        print_text(q->t, q->hide, p->m->suppress_below, lang);
        rp_buf b;
        rp_buf_init(&b);
        if (q->kind == RP_TABQ_PUBLISHED)
            rp_word_tab_published(&b, q->indicator, lang);
        else
            rp_word_tab_perturbed(&b, RP_CELLKEY_D, lang);
        fputs(rp_buf_str(&b), stdout);
        rp_buf_free(&b);
    } else if (!rp_diag_errors(diag)) {
        rp_cli_msg(lang, "tabulate", "%s", rp_word_msg(why, lang));
    }
    status = q ? RP_EXIT_OK : rp_diag_errors(diag) ? RP_EXIT_DATA : RP_EXIT_USAGE;
    rp_tabq_free(q);
    rp_diag_free(diag);
    rp_model_free(m);
    rp_project_free(p);
    return status;
}

/* A FILE on its own: its own secondary suppression at threshold --suppress (default 10). */
static int run_file(const rp_args *a, char **cols, size_t n, int fmt)
{
    long below = RP_TAB_BELOW;
    const char *dec = rp_args_get(a, "decimal");
    if (rp_args_int(a, "suppress", 0, 1000000, &below))
        return RP_EXIT_USAGE;
    if (dec && strcmp(dec, ".") && strcmp(dec, ","))
        return rp_usage_error(&spec, "--decimal %s: expected . or ,", dec);
    if (rp_args_get(a, "dataset"))
        return rp_usage_error(&spec, "--dataset names a dataset of a PROJECT");
    rp_lang lang = rp_cli_locale_lang();
    if (below < RP_TAB_BELOW) {
        rp_buf b;
        rp_buf_init(&b);
        rp_word_tab_unpublishable(&b, (int)below, RP_TAB_BELOW, lang);
        fprintf(stderr, "rapporteur tabulate: %s", rp_buf_str(&b)); /* a sentence of words/ */
        rp_buf_free(&b);
    }
    rp_diag *diag = rp_cli_diag(lang);
    rp_tab *t = rp_tabulate(a->pos[0], (const char *const *)cols, n, rp_args_get(a, "where"),
                            dec ? dec[0] : 0, diag);
    rp_diag_print(diag, stderr);
    unsigned char *hide = t ? marks(t, below) : NULL;
    if (hide && fmt == 1)
        print_csv(t, hide, NULL);
    else if (hide)
        print_text(t, hide, below, lang);
    int status = hide ? RP_EXIT_OK
                 : t ? (rp_cli_msg(lang, NULL, "out of memory"), RP_EXIT_IO)
                 : rp_diag_errors(diag) ? RP_EXIT_DATA : RP_EXIT_IO;
    free(hide);
    rp_tab_free(t);
    rp_diag_free(diag);
    return status;
}

int rp_cmd_tabulate(int argc, char **argv)
{
    rp_args a;
    int fmt, r;
    if (!rp_args_begin(&spec, argc, argv, &a, &fmt, &r))
        return r;
    const char *by = rp_args_get(&a, "by");
    if (!by)
        return rp_usage_error(&spec, "--by is required");
    size_t n = 0;
    char **cols = split(by, &n);
    if (!cols || n == 0 || n > 64) {
        for (size_t i = 0; cols && i < n; i++)
            free(cols[i]);
        free(cols);
        return rp_usage_error(&spec, "--by %s: expected 1 to 64 column names", by);
    }
    int status = rp_cli_is_project(a.pos[0]) ? run_project(&a, cols, n, fmt)
                                              : run_file(&a, cols, n, fmt);
    for (size_t i = 0; i < n; i++)
        free(cols[i]);
    free(cols);
    return status;
}
