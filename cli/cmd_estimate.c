/* rapporteur estimate FILE|PROJECT: the hidden number of victims by multiple systems
 * estimation. */
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "datasets/captures.h"
#include "words/word_estimate.h"
#include "base/csvwrite.h"
#include "stats/estimate.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const rp_opt opts[] = {
    {"model", "M", "main (main effects), fixed (--terms) or stepwise (default)"},
    {"terms", "A:B,..", "fixed: the two-list interactions, by list names"},
    {"threshold", "P", "stepwise: p-value to add an interaction (default 0.02)"},
    {"level", "L", "confidence level (default: the project's, else 0.95)"},
    {"bootstrap", "N", "a BCa bootstrap interval from N resamples, the model chosen anew in "
                       "each"},
    {"seed", "S", "seed of the bootstrap (default 1)"},
    {"by", "COL", "an estimate per value of this column (such as jaar), and one for all"},
    {"count", "COL", "the count column (default: count, aantal or frequency)"},
    {"lists", "A,B,..", "the list columns (default: every other column)"},
    {"estimate", "ID", "in a project: which [estimate] section (default: every one)"},
    {"suppress", "N", "observed counts from 1 to N-1 are withheld with their estimate "
                      "(default: the project's suppress_below, else 5)"},
    {"format", "text|csv", "a table (default) or the csv contract"},
    {NULL, NULL, NULL}};

static const rp_cmd spec = {
    "estimate", "FILE|PROJECT [--model main|fixed|stepwise] [--terms A:B,..] [--threshold P] "
    "[--level L] [--bootstrap N --seed S] [--by COL] [--format text|csv]",
    "The number of victims including those on no list (the dark number), by multiple systems "
    "estimation: log-linear Poisson models of the overlap between lists, with the existence and "
    "identifiability checks and the stepwise selection of Chan, Silverman and Vincent (2021, "
    "R package SparseMSE). The interval is log-normal, or BCa with --bootstrap.",
    "FILE has one 0/1 column per list and a count column; histories not listed count 0.\n"
    "Lists that hold no one in a stratum are left out there, with a warning.\n"
    "csv columns: stratum,model,lists,observed,estimate,lo,hi,dark,interval,terms,note,source\n"
    "(lists and terms separated by spaces; source: the file, or the [estimate] section)",
    1, 1, opts};

static const char *method_name(rp_mse_method m)
{
    return m == RP_MSE_MAIN ? "main" : m == RP_MSE_FIXED ? "fixed" : "stepwise";
}

static void used_lists(const rp_estimate *e, const rp_estimate_row *r, rp_buf *b)
{
    for (int i = 0; i < e->nlists; i++)
        if ((r->used >> i) & 1u)
            rp_buf_printf(b, "%s%s", rp_buf_str(b)[0] ? " " : "", e->lists[i]);
}

static void csv_note(const rp_estimate *e, const rp_estimate_row *r, int below, rp_buf *b)
{
    if (r->publish == RP_EST_SMALL)
        rp_buf_printf(b, "<%d", below);
    else if (r->publish == RP_EST_SECOND)
        rp_buf_puts(b, "x: withheld so that the total less the other strata gives no small "
                       "count away");
    else if (r->reason != RP_EST_OK)
        rp_word_est_reason(b, e, r, RP_LANG_EN);
    else
        rp_word_est_warnings(b, e, r, 0, RP_LANG_EN);
    for (char *s = b->data; s && *s; s++)
        if (*s == '\n')
            *s = ' ';
    while (b->len && b->data[b->len - 1] == ' ')
        b->data[--b->len] = 0;
}

static void print_csv_header(void)
{
    rp_csvw w;
    rp_csvw_init(&w, stdout, ',', '.');
    rp_csvw_header(&w, "stratum,model,lists,observed,estimate,lo,hi,dark,interval,terms,note,"
                       "source");
}

static void print_csv(const rp_estimate *e, int below, const char *source)
{
    rp_csvw w;
    rp_buf b;
    char terms[2048];
    rp_csvw_init(&w, stdout, ',', '.');
    rp_buf_init(&b);
    for (size_t i = 0; i < e->nrows; i++) {
        const rp_estimate_row *r = &e->row[i];
        int shown = r->publish == RP_EST_SHOWN, failed = r->publish == RP_EST_FAILED;
        rp_csvw_text(&w, r->stratum);
        rp_csvw_text(&w, method_name(e->method));
        rp_buf_clear(&b);
        used_lists(e, r, &b);
        rp_csvw_text(&w, rp_buf_str(&b));
        rp_csvw_num(&w, shown || failed ? r->r.observed : NAN);
        double v[] = {r->r.estimate, r->r.lo, r->r.hi, r->r.dark};
        for (size_t k = 0; k < 4; k++)
            rp_csvw_num(&w, shown ? v[k] : NAN);
        rp_csvw_text(&w, !shown ? "" : r->bootstrap ? "bca" : "lognormal");
        rp_estimate_terms(e, r, terms, sizeof terms);
        rp_csvw_text(&w, shown ? terms : "");
        rp_buf_clear(&b);
        csv_note(e, r, below, &b);
        rp_csvw_text(&w, rp_buf_str(&b));
        rp_csvw_text(&w, source);
        rp_csvw_end(&w);
    }
    rp_buf_free(&b);
}

static char *cell_num(const rp_estimate_row *r, double v, int below, rp_lang lang)
{
    rp_buf b;
    rp_buf_init(&b);
    rp_word_est_count(&b, r, v, below, lang);
    return rp_buf_steal(&b);
}

static char *cell_ci(const rp_estimate_row *r, rp_lang lang)
{
    rp_buf b;
    rp_buf_init(&b);
    if (r->publish == RP_EST_SHOWN) {
        rp_fmt_num(&b, r->r.lo, 0, lang);
        rp_buf_puts(&b, " - ");
        rp_fmt_num(&b, r->r.hi, 0, lang);
    }
    return rp_buf_steal(&b);
}

static void print_rows(const rp_estimate *e, int below, rp_lang lang)
{
    size_t ncol = 6, n = e->nrows + 1;
    char **cells = calloc(n * ncol, sizeof *cells);
    char head[64], terms[2048];
    if (!cells)
        return;
    snprintf(head, sizeof head, "%g%% %s", 100 * e->level,
             e->nboot ? RP_NL(lang, "BI (BCa)", "CI (BCa)") : RP_NL(lang, "BI", "CI"));
    const char *h[] = {RP_NL(lang, "stratum", "stratum"), RP_NL(lang, "geregistreerd", "observed"),
                       RP_NL(lang, "schatting", "estimate"), head,
                       RP_NL(lang, "niet geregistreerd", "dark"),
                       RP_NL(lang, "interacties", "terms")};
    for (size_t c = 0; c < ncol; c++)
        cells[c] = rp_strdup(h[c]);
    for (size_t i = 0; i < e->nrows; i++) {
        const rp_estimate_row *r = &e->row[i];
        char **row = cells + (i + 1) * ncol;
        int shown = r->publish == RP_EST_SHOWN;
        rp_estimate_terms(e, r, terms, sizeof terms);
        row[0] = rp_strdup(r->stratum);
        row[1] = cell_num(r, r->r.observed, below, lang);
        row[2] = shown ? cell_num(r, r->r.estimate, below, lang) : rp_strdup("");
        row[3] = cell_ci(r, lang);
        row[4] = shown ? cell_num(r, r->r.dark, below, lang) : rp_strdup("");
        row[5] = rp_strdup(shown ? (r->r.nterms ? terms : "-") : "");
    }
    int right[] = {0, 1, 1, 1, 1, 0};
    rp_cli_table(cells, n, ncol, right);
    for (size_t i = 0; i < n * ncol; i++)
        free(cells[i]);
    free(cells);
}

static void print_notes(const rp_estimate *e, int below, rp_lang lang)
{
    rp_buf b;
    rp_buf_init(&b);
    for (size_t i = 0; i < e->nrows; i++) {
        const rp_estimate_row *r = &e->row[i];
        rp_buf_clear(&b);
        if (r->publish == RP_EST_SMALL)
            rp_buf_printf(&b, RP_NL(lang, "Minder dan %d geregistreerd: niet gepubliceerd.\n",
                                    "Fewer than %d registered: not published.\n"), below);
        else if (r->publish == RP_EST_SECOND)
            rp_buf_puts(&b, RP_NL(lang, "Niet gepubliceerd (x), zodat het totaal min de andere "
                                        "strata geen klein aantal prijsgeeft.\n",
                                  "Not published (x), so that the total less the other strata "
                                  "gives no small count away.\n"));
        else if (r->reason != RP_EST_OK)
            rp_word_est_reason(&b, e, r, lang), rp_buf_puts(&b, "\n");
        else
            rp_word_est_warnings(&b, e, r, 0, lang);
        char *stratum = rp_visible(r->stratum);
        if (rp_buf_str(&b)[0])
            printf("%s: %s", stratum ? stratum : "", rp_buf_str(&b));
        free(stratum);
    }
    rp_buf_free(&b);
}

/* label: the file, or a project's [estimate] title */
static void print_text(const rp_estimate *e, const rp_estimate_opts *o, const char *label,
                       int is_file, rp_lang lang)
{
    rp_buf b;
    rp_buf_init(&b);
    rp_word_mse_model(&b, e, o->spec.threshold, lang);
    if (is_file)
        printf(RP_NL(lang, "Geschat aantal slachtoffers in %s, %s; %d lijsten.\n",
                     "Estimated number of victims in %s, %s; %d lists.\n"),
               label, rp_buf_str(&b), e->nlists);
    else
        printf(RP_NL(lang, "%s: %s; %d lijsten.\n", "%s: %s; %d lists.\n"), label,
               rp_buf_str(&b), e->nlists);
    if (e->nboot)
        printf(RP_NL(lang, "Interval: BCa-bootstrap met %d replicaties (seed %lu), het model "
                           "telkens opnieuw gekozen.\n",
                     "Interval: BCa bootstrap of %d replicates (seed %lu), the model chosen "
                     "anew in each.\n"), e->nboot, o->seed);
    else
        printf(RP_NL(lang, "Interval: log-normaal uit de variantie van het intercept.\n",
                     "Interval: log-normal from the variance of the intercept.\n"));
    printf("\n");
    print_rows(e, o->suppress_below, lang);
    printf("\n");
    print_notes(e, o->suppress_below, lang);
    rp_buf_free(&b);
}

/* Splits "A,B,C" at commas into trimmed names (caller frees each and the array). */
static char **split_names(const char *s, size_t *n)
{
    char *copy = rp_strdup(s), *save = NULL;
    char **out = calloc(strlen(s) + 1, sizeof *out);
    *n = 0;
    for (char *tok = copy && out ? strtok_r(copy, ",", &save) : NULL; tok;
         tok = strtok_r(NULL, ",", &save))
        out[(*n)++] = rp_strdup(rp_trim(tok));
    free(copy);
    return out;
}

static void free_names(char **v, size_t n)
{
    for (size_t i = 0; v && i < n; i++)
        free(v[i]);
    free(v);
}

/* --terms A:B,C:D against the file's lists. Returns 0, or the usage status after saying why. */
static int parse_terms(const char *s, const rp_captures *c, rp_mse_pair *terms, size_t *n)
{
    int pairs[2 * RP_CAPTURES_MAX_LISTS * RP_CAPTURES_MAX_LISTS];
    char err[256];
    if (rp_captures_terms(c, s, pairs, RP_CAPTURES_MAX_LISTS * RP_CAPTURES_MAX_LISTS / 2, n,
                          err, sizeof err))
        return rp_usage_error(&spec, "--terms %s: %s", s, err);
    for (size_t k = 0; k < *n; k++)
        terms[k] = (rp_mse_pair){pairs[2 * k], pairs[2 * k + 1], 0};
    return 0;
}

/* The options given on the command line, over the defaults in o. */
static int read_opts(const rp_args *a, rp_estimate_opts *o)
{
    const char *m = rp_args_get(a, "model");
    long nboot = o->nboot, seed = (long)o->seed, below = o->suppress_below;
    if (m && !strcmp(m, "main"))
        o->spec.method = RP_MSE_MAIN;
    else if (m && !strcmp(m, "fixed"))
        o->spec.method = RP_MSE_FIXED;
    else if (m && !strcmp(m, "stepwise"))
        o->spec.method = RP_MSE_STEPWISE;
    else if (m)
        return rp_usage_error(&spec, "--model %s: expected main, fixed or stepwise", m);
    if (rp_args_double(a, "threshold", 1e-12, 0.999999, &o->spec.threshold) ||
        rp_args_double(a, "level", 0.5, 0.9999, &o->spec.level) ||
        rp_args_int(a, "bootstrap", 100, 1000000, &nboot) ||
        rp_args_int(a, "seed", 0, 4294967295L, &seed) ||
        rp_args_int(a, "suppress", 0, 1000000, &below))
        return RP_EXIT_USAGE;
    if (rp_args_get(a, "seed") && !nboot)
        return rp_usage_error(&spec, "--seed goes with --bootstrap");
    if (rp_args_get(a, "terms") && o->spec.method != RP_MSE_FIXED)
        return rp_usage_error(&spec, "--terms goes with --model fixed");
    o->nboot = (int)nboot;
    o->seed = (unsigned long)seed;
    o->suppress_below = (int)below;
    return 0;
}

/* Estimates c and prints it. terms: the project's fixed terms (list index pairs), used when
 * --terms is not given. */
static int run(const rp_args *a, const rp_captures *c, rp_estimate_opts *o, const int *pterms,
               size_t npterms, const char *name, const char *label, rp_lang lang, int fmt)
{
    rp_mse_pair terms[RP_CAPTURES_MAX_LISTS * RP_CAPTURES_MAX_LISTS];
    size_t nterms = 0;
    if (o->spec.method == RP_MSE_FIXED && rp_args_get(a, "terms")) {
        if (parse_terms(rp_args_get(a, "terms"), c, terms, &nterms))
            return RP_EXIT_USAGE;
    } else if (o->spec.method == RP_MSE_FIXED && pterms) {
        for (size_t k = 0; k < npterms; k++)
            terms[nterms++] = (rp_mse_pair){pterms[2 * k], pterms[2 * k + 1], 0};
    } else if (o->spec.method == RP_MSE_FIXED) {
        return rp_usage_error(&spec, "--model fixed needs --terms A:B,..");
    }
    o->spec.terms = terms;
    o->spec.nterms = nterms;
    rp_estimate *e = rp_estimate_run(c, o);
    if (!e) {
        fprintf(stderr, "rapporteur estimate: out of memory\n");
        return RP_EXIT_IO;
    }
    if (fmt == 1)
        print_csv(e, o->suppress_below, name);
    else
        print_text(e, o, label ? label : name, !label, lang);
    int any = 0;
    for (size_t i = 0; i < e->nrows; i++)
        any |= e->row[i].reason == RP_EST_OK;
    rp_estimate_free(e);
    return any ? RP_EXIT_OK : RP_EXIT_DATA;
}

static int run_file(const rp_args *a, rp_estimate_opts *o, int fmt)
{
    size_t nlists = 0;
    char **lists = rp_args_get(a, "lists") ? split_names(rp_args_get(a, "lists"), &nlists) : NULL;
    rp_diag *diag = rp_diag_new();
    rp_captures *c = rp_captures_read(a->pos[0], NULL, 0, rp_args_get(a, "count"),
                                      rp_args_get(a, "by"), (const char *const *)lists, nlists,
                                      diag);
    rp_diag_print(diag, stderr);
    if (fmt == 1 && c)
        print_csv_header();
    int status = c ? run(a, c, o, NULL, 0, c->file, NULL, RP_LANG_EN, fmt) : RP_EXIT_DATA;
    rp_captures_free(c);
    rp_diag_free(diag);
    free_names(lists, nlists);
    return status;
}

static rp_estimate_opts def_opts(const rp_project *p, const rp_estimate_def *e)
{
    rp_estimate_opts o = {{(rp_mse_method)e->model, NULL, 0, e->threshold, p->m->confidence},
                          e->bootstrap, e->seed, 0, p->m->suppress_below};
    return o;
}

static int run_project(const rp_args *a, int fmt)
{
    int status = RP_EXIT_OK, done = 0;
    const char *id = rp_args_get(a, "estimate");
    if (rp_args_get(a, "by") || rp_args_get(a, "count") || rp_args_get(a, "lists"))
        return rp_usage_error(&spec, "--by, --count and --lists are for a FILE; a project's "
                              "[estimate] sections name their strata, count and lists");
    rp_project *p = rp_cli_load(a->pos[0], &status);
    for (size_t i = 0; p && i < p->m->nestimates && status != RP_EXIT_USAGE; i++) {
        const rp_estimate_def *e = &p->m->estimates[i];
        if (id && strcmp(id, e->id))
            continue;
        rp_estimate_opts o = def_opts(p, e);
        int r = read_opts(a, &o);
        if (r == 0 && fmt == 1 && !done)
            print_csv_header();
        if (r == 0 && fmt == 0 && done)
            printf("\n");
        if (r == 0)
            r = run(a, p->captures[i], &o, p->terms[i], p->nterms[i], e->id,
                    e->title ? e->title : e->id, p->m->lang, fmt);
        if (r > status)
            status = r;
        done++;
    }
    if (p && !done && status == RP_EXIT_OK) {
        fprintf(stderr, "rapporteur estimate: %s has no [estimate%s%s] section\n", a->pos[0],
                id ? " " : "", id ? id : "");
        status = RP_EXIT_DATA;
    }
    rp_project_free(p);
    return status;
}

int rp_cmd_estimate(int argc, char **argv)
{
    rp_args a;
    int fmt, r;
    if (!rp_args_begin(&spec, argc, argv, &a, &fmt, &r))
        return r;
    if (rp_cli_is_project(a.pos[0]))
        return run_project(&a, fmt);
    if (rp_args_get(&a, "estimate"))
        return rp_usage_error(&spec, "--estimate names a section of a PROJECT");
    rp_estimate_opts o = {{RP_MSE_STEPWISE, NULL, 0, 0.02, 0.95}, 0, 1, 0, 5};
    if (read_opts(&a, &o))
        return RP_EXIT_USAGE;
    return run_file(&a, &o, fmt);
}
