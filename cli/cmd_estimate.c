/* rapporteur estimate FILE|PROJECT: the hidden number of victims by multiple systems
 * estimation. */
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "cli/est_views.h"
#include "datasets/captures.h"
#include "words/phrases.h"
#include "words/word_estimate.h"
#include "words/wording.h"
#include "base/csvwrite.h"
#include "stats/estimate.h"
#include "stats/model.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const rp_opt opts[] = {
    {"model", "M", "main (main effects), fixed (--terms), stepwise (default), all (every "
                   "model with up to --max-terms interactions) or average (their BIC-weighted "
                   "average)"},
    {"max-terms", "K", "all, average: models with at most K two-list interactions (default 2)"},
    {"leave-one-out", NULL, "the main-effects estimate without each list in turn"},
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
    "estimate", "FILE|PROJECT [--model main|fixed|stepwise|all|average] [--max-terms K] "
    "[--leave-one-out] [--terms A:B,..] [--threshold P] [--level L] [--bootstrap N --seed S] "
    "[--by COL] [--format text|csv]",
    "The number of victims including those on no list (the dark number), by multiple systems "
    "estimation: log-linear Poisson models of the overlap between lists, with the existence and "
    "identifiability checks and the stepwise selection of Chan, Silverman and Vincent (2021, "
    "R package SparseMSE). The interval is log-normal, or BCa with --bootstrap.",
    "FILE has one 0/1 column per list and a count column; histories not listed count 0.\n"
    "Lists that hold no one in a stratum are left out there, with a warning. An estimate that "
    "does not exist (a list holding everyone, two lists that never overlap, a model without a "
    "finite estimate) is \"not estimable\", with the reason.\n"
    "--model all: every model with all main effects and at most K two-list interactions, each "
    "checked for existence and identifiability, with its deviance, df (2^t - 1 cells less the "
    "parameters), AIC = -2 logL + 2p and BIC = -2 logL + log(n) p, p counting the intercept "
    "and n the observed total, as Rcapture; weight: its BIC weight exp(-BIC/2) among the "
    "models that exist.\n"
    "--model average: the BIC-weighted average of those models' estimates, its interval "
    "carrying model uncertainty (the unconditional variance of Buckland, Burnham and Augustin "
    "1997 on the dark figure, log-normal), the range of their estimates and the best model "
    "(terms) with its weight.\n"
    "--leave-one-out: the main-effects estimate with all lists, then without each list in "
    "turn (the histories collapsed over it).\n"
    "csv columns: stratum,model,lists,observed,estimate,lo,hi,dark,interval,terms,note,source\n"
    "  --model all adds deviance,df,aic,bic,exists,weight before note; --model average "
    "min,max,best_weight,models; --leave-one-out dropped\n"
    "(lists and terms separated by spaces; source: the file, or the [estimate] section)",
    1, 1, opts};

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
    if (r->publish == RP_EST_SHOWN)
        rp_word_range(&b, r->r.lo, r->r.hi, 0, lang); /* the head names the level */
    return rp_buf_steal(&b);
}

static void print_rows(const rp_estimate *e, int below, rp_lang lang)
{
    size_t ncol = 6, n = e->nrows + 1;
    char **cells = calloc(n * ncol, sizeof *cells);
    char terms[2048];
    if (!cells)
        return;
    rp_buf head;
    rp_buf_init(&head);
    rp_word_est_ci_head(&head, e->level, lang);
    if (e->nboot)
        rp_buf_puts(&head, " (BCa)");
    const char *h[] = {rp_word_est_label(RP_ESTL_STRATUM, lang),
                       rp_word_est_label(RP_ESTL_OBSERVED, lang),
                       rp_word_est_label(RP_ESTL_ESTIMATE, lang), rp_buf_str(&head),
                       rp_word_est_label(RP_ESTL_DARK, lang), rp_word_est_label(RP_ESTL_TERMS, lang)};
    for (size_t c = 0; c < ncol; c++)
        cells[c] = rp_strdup(h[c]);
    rp_buf_free(&head);
    for (size_t i = 0; i < e->nrows; i++) {
        const rp_estimate_row *r = &e->row[i];
        char **row = cells + (i + 1) * ncol;
        int shown = r->publish == RP_EST_SHOWN;
        rp_estimate_terms(e, r, terms, sizeof terms);
        row[0] = rp_strdup(rp_word_est_stratum(r, lang));
        row[1] = cell_num(r, r->r.observed, below, lang);
        row[2] = shown ? cell_num(r, r->r.estimate, below, lang)
                       : rp_strdup(r->publish == RP_EST_FAILED ? rp_word_est_none(lang) : "");
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
        if (r->publish == RP_EST_SMALL || r->publish == RP_EST_SECOND) {
            rp_word_hidden_legend(&b, below, lang); /* one sign, whatever hid the row */
            rp_buf_puts(&b, ".\n");
        } else if (r->reason != RP_EST_OK)
            rp_word_est_reason(&b, e, r, lang), rp_buf_puts(&b, "\n");
        else
            rp_word_est_warnings(&b, e, r, 0, lang);
        char *stratum = rp_visible(rp_word_est_stratum(r, lang));
        if (rp_buf_str(&b)[0])
            printf("%s: %s", stratum ? stratum : "", rp_buf_str(&b));
        free(stratum);
    }
    rp_buf_free(&b);
}

/* label: the file, or a project's [estimate] title */
static void print_text(const rp_estimate *e, const rp_estimate_opts *o, rp_est_view v,
                       const char *label, int is_file, rp_lang lang)
{
    rp_buf b;
    rp_buf_init(&b);
    if (v == RP_VIEW_ROWS)
        rp_word_mse_model(&b, e, o->spec.threshold, lang);
    else
        rp_word_est_view(&b, (int)v, o->max_terms, lang);
    if (is_file)
        printf(RP_PH(lang, RP_PH_EST_HEAD_FILE), label, rp_buf_str(&b), e->nlists);
    else
        printf(RP_PH(lang, RP_PH_EST_HEAD), label, rp_buf_str(&b), e->nlists);
    if (v == RP_VIEW_AVERAGE)
        printf("%s", RP_PH(lang, RP_PH_EST_INTERVAL_AVERAGE));
    else if (e->nboot)
        printf(RP_PH(lang, RP_PH_EST_INTERVAL_BCA), e->nboot, o->seed);
    else
        printf("%s", RP_PH(lang, RP_PH_EST_INTERVAL_LOGNORMAL));
    printf("\n");
    if (v != RP_VIEW_ROWS) {
        rp_est_text(e, v, o->suppress_below, lang);
        rp_buf_free(&b);
        return;
    }
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
    rp_diag *lang = rp_cli_diag(rp_cli_locale_lang());  /* a usage error: the locale's */
    int bad = rp_captures_terms(c, s, pairs, RP_CAPTURES_MAX_LISTS * RP_CAPTURES_MAX_LISTS / 2,
                                n, lang, err, sizeof err);
    rp_diag_free(lang);
    if (bad)
        return rp_usage_error(&spec, "--terms %s: %s", s, err);
    for (size_t k = 0; k < *n; k++)
        terms[k] = (rp_mse_pair){pairs[2 * k], pairs[2 * k + 1], 0};
    return 0;
}

/* The options given on the command line, over the defaults in o. */
/* The view the options ask for. */
static rp_est_view view_of(const rp_args *a)
{
    const char *m = rp_args_get(a, "model");
    return m && !strcmp(m, "all")        ? RP_VIEW_ALL
           : m && !strcmp(m, "average")  ? RP_VIEW_AVERAGE
           : rp_args_get(a, "leave-one-out") ? RP_VIEW_LOO
                                             : RP_VIEW_ROWS;
}

/* --model all|average|--leave-one-out: the rows behind them are main effects. */
static int read_view(const rp_args *a, rp_est_view v, rp_estimate_opts *o)
{
    long k = 2;
    if (rp_args_int(a, "max-terms", 0, 66, &k))
        return RP_EXIT_USAGE;
    if (rp_args_get(a, "max-terms") && v != RP_VIEW_ALL && v != RP_VIEW_AVERAGE)
        return rp_usage_error(&spec, "--max-terms goes with --model all or average");
    if (v == RP_VIEW_LOO && rp_args_get(a, "model") && strcmp(rp_args_get(a, "model"), "main"))
        return rp_usage_error(&spec, "--leave-one-out fits main effects: leave out --model %s",
                              rp_args_get(a, "model"));
    if (v != RP_VIEW_ROWS && rp_args_get(a, "bootstrap"))
        return rp_usage_error(&spec, "--bootstrap goes with --model main, fixed or stepwise");
    if (v == RP_VIEW_ALL || v == RP_VIEW_AVERAGE) {
        o->panel = 1;
        o->max_terms = (int)k;
    }
    o->leave_one_out = v == RP_VIEW_LOO;
    if (v != RP_VIEW_ROWS) {
        o->spec.method = RP_MSE_MAIN;
        o->nboot = 0;
    }
    return 0;
}

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
    else if (m && strcmp(m, "all") && strcmp(m, "average"))
        return rp_usage_error(&spec, "--model %s: expected main, fixed, stepwise, all or "
                              "average", m);
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
    return read_view(a, view_of(a), o);
}

/* Estimates c and prints it. terms: the project's fixed terms (list index pairs), used when
 * --terms is not given. */
static int run(const rp_args *a, const rp_captures *c, rp_estimate_opts *o, const int *pterms,
               size_t npterms, const char *name, const char *label, rp_lang lang, int fmt,
               const rp_model *m, size_t which)
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
    if (o->panel && !rp_mse_panel_size(c->nlists, o->max_terms))
        return rp_usage_error(&spec, "--max-terms %d: with %d lists that is more than %d models",
                              o->max_terms, c->nlists, RP_MSE_PANEL_MAX);
    rp_estimate *e = rp_estimate_run(c, o);
    if (!e) {
        rp_cli_msg(lang, "estimate", "out of memory");
        return RP_EXIT_IO;
    }
    if (m) /* a project's rows are hidden as in every document of it */
        rp_model_mark_estimate(m, which, c, e);
    rp_est_view v = view_of(a);
    if (fmt == 1)
        rp_est_csv(e, v, o->suppress_below, name);
    else
        print_text(e, o, v, label ? label : name, !label, lang);
    int any = 0;
    for (size_t i = 0; i < e->nrows; i++) {
        const rp_estimate_row *r = &e->row[i];
        any |= r->reason == RP_EST_OK || (r->has_panel && r->panel.nexist);
        for (size_t k = 0; k < r->nloo; k++)
            any |= r->loo[k].reason == RP_EST_OK;
    }
    rp_estimate_free(e);
    return any ? RP_EXIT_OK : RP_EXIT_DATA;
}

static int run_file(const rp_args *a, rp_estimate_opts *o, int fmt)
{
    size_t nlists = 0;
    char **lists = rp_args_get(a, "lists") ? split_names(rp_args_get(a, "lists"), &nlists) : NULL;
    rp_lang lang = rp_cli_locale_lang(); /* a bare file */
    rp_diag *diag = rp_cli_diag(lang);
    rp_captures *c = rp_captures_read(a->pos[0], NULL, 0, rp_args_get(a, "count"),
                                      rp_args_get(a, "by"), (const char *const *)lists, nlists,
                                      diag);
    rp_diag_print(diag, stderr);
    if (fmt == 1 && c)
        rp_est_csv_header(view_of(a));
    int status = c ? run(a, c, o, NULL, 0, c->file, NULL, lang, fmt, NULL, 0)
                   : RP_EXIT_DATA;
    rp_captures_free(c);
    rp_diag_free(diag);
    free_names(lists, nlists);
    return status;
}

static rp_estimate_opts def_opts(const rp_project *p, const rp_estimate_def *e)
{
    rp_estimate_opts o = {{(rp_mse_method)e->model, NULL, 0, e->threshold, p->m->confidence},
                          e->bootstrap, e->seed, 0, p->m->suppress_below, 0, 2, 0, 0};
    return o;
}

static int run_project(const rp_args *a, int fmt)
{
    int status = RP_EXIT_OK, done = 0;
    const char *id = rp_args_get(a, "estimate");
    if (rp_args_get(a, "by") || rp_args_get(a, "count") || rp_args_get(a, "lists"))
        return rp_usage_error(&spec, "--by, --count and --lists are for a FILE; a project's "
                              "[estimate] sections name their strata, count and lists");
    if (rp_args_get(a, "suppress"))
        return rp_usage_error(&spec, "--suppress is for a FILE: a project withholds what its "
                              "report withholds (suppress_below in monitor.ini)");
    rp_project *p = rp_cli_load(a->pos[0], &status);
    rp_diag *diag = p ? rp_cli_diag(p->m->lang) : NULL;
    rp_model *m = diag ? rp_model_build(p, 0, diag) : NULL;
    if (p && !m) {
        rp_diag_print(diag, stderr);
        if (!rp_diag_errors(diag))
            rp_cli_msg(p->m->lang, "estimate", "out of memory");
        rp_diag_free(diag);
        rp_project_free(p);
        return RP_EXIT_DATA;
    }
    for (size_t i = 0; p && i < p->m->nestimates && status != RP_EXIT_USAGE; i++) {
        const rp_estimate_def *e = &p->m->estimates[i];
        if (id && strcmp(id, e->id))
            continue;
        rp_estimate_opts o = def_opts(p, e);
        int r = read_opts(a, &o);
        if (r == 0 && fmt == 1 && !done)
            rp_est_csv_header(view_of(a));
        if (r == 0 && fmt == 0 && done)
            printf("\n");
        if (r == 0)
            r = run(a, p->captures[i], &o, p->terms[i], p->nterms[i], e->id,
                    e->title ? e->title : e->id, p->m->lang, fmt, m, i);
        if (r > status)
            status = r;
        done++;
    }
    if (p && !done && status == RP_EXIT_OK) {
        if (id)
            rp_cli_msg(p->m->lang, "estimate", "%s has no [estimate %s] section", a->pos[0], id);
        else
            rp_cli_msg(p->m->lang, "estimate", "%s has no [estimate] section", a->pos[0]);
        status = RP_EXIT_DATA;
    }
    rp_model_free(m);
    rp_diag_free(diag);
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
    rp_estimate_opts o = {{RP_MSE_STEPWISE, NULL, 0, 0.02, 0.95}, 0, 1, 0, 5, 0, 2, 0, 0};
    if (read_opts(&a, &o))
        return RP_EXIT_USAGE;
    return run_file(&a, &o, fmt);
}
