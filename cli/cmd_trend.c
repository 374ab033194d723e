/* rapporteur trend FILE: the trend of one series (Poisson, linear, Mann-Kendall, joinpoint). */
#include "cli/args.h"
#include "cli/commands.h"
#include "base/buf.h"
#include "datasets/columns.h"
#include "cli/common.h"
#include "words/word_trend.h"
#include "base/csvwrite.h"
#include "stats/interval.h"
#include "stats/joinpoint.h"
#include "stats/mk.h"
#include "stats/trend.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const rp_opt opts[] = {
    {"x", "COL", "the time column, such as jaar (required)"},
    {"y", "COL", "the values (required)"},
    {"offset", "COL", "poisson and joinpoint: a denominator such as population, for rates"},
    {"model", "M", "poisson, linear, mk (Mann-Kendall with Sen's slope) or joinpoint"},
    {"level", "L", "confidence level (default 0.95)"},
    {"format", "text|csv", "a short note (default) or the csv contract"},
    {"decimal", ".|,", "decimal separator of the file (default: ',' with ';', else '.')"},
    {NULL, NULL, NULL}};

static const rp_cmd spec = {
    "trend", "FILE --x COL --y COL [--offset COL] --model poisson|linear|mk|joinpoint",
    "The trend of one series read from a CSV file: a log-linear quasi-Poisson model (annual "
    "percentage change), ordinary least squares, the Mann-Kendall test with Sen's slope, or a "
    "joinpoint model whose number of joinpoints is chosen by BIC.",
    "Rows with an empty x or y are left out and named. csv columns:\n"
    "  poisson:   model,n,slope,slope_lo,slope_hi,apc,apc_lo,apc_hi,dispersion,p_value\n"
    "  linear:    model,n,intercept,slope,slope_lo,slope_hi,r2,p_value\n"
    "  mk:        model,n,s,var_s,z,p_value,tau,sen_slope,sen_lo,sen_hi\n"
    "  joinpoint: model,segment,start,end,apc,apc_lo,apc_hi (last row segment=all: the AAPC)",
    1, 1, opts};

typedef struct {
    const char *model;
    double level;
    size_t n;
    double *x, *y, *off;
    const char *xname, *yname;
    rp_buf left, missing;   /* the lines left out, the years missing ("14, 20") */
    int per_year;           /* x is a year column */
    rp_lang lang;           /* a bare file: the locale's */
} series;

static void free_series(series *s)
{
    free(s->x);
    free(s->y);
    free(s->off);
    rp_buf_free(&s->left);
    rp_buf_free(&s->missing);
}

/* The rows left out and the years missing, as notes after the fit. */
static void notes(const series *s, rp_buf *b)
{
    if (s->left.len)
        rp_word_trend_left_out(b, rp_buf_str(&s->left), s->lang);
    if (s->missing.len)
        rp_word_trend_missing(b, rp_buf_str(&s->missing), s->lang);
}

static rp_trend_words words_of(const series *s)
{
    rp_trend_words w = {s->xname, s->yname, s->n, s->x[0], s->x[s->n - 1], s->level,
                        s->per_year, s->lang};
    return w;
}

static void note_missing_x(series *s)
{
    for (size_t i = 1; i < s->n; i++) {
        if (s->x[i] != floor(s->x[i]) || s->x[i - 1] != floor(s->x[i - 1]))
            return;
        for (double v = s->x[i - 1] + 1; v < s->x[i] && v - s->x[i - 1] < 1000; v++)
            rp_buf_printf(&s->missing, "%s%.0f", s->missing.len ? ", " : "", v);
    }
}

/* Sorts by x (insertion: series are short) and refuses repeated x values. */
static int sort_series(series *s, const long *line, rp_diag *diag, const char *file)
{
    long *ln = malloc((s->n ? s->n : 1) * sizeof *ln);
    if (!ln)
        return -1;
    memcpy(ln, line, s->n * sizeof *ln);
    for (size_t i = 1; i < s->n; i++)
        for (size_t j = i; j > 0 && s->x[j - 1] > s->x[j]; j--) {
            double t = s->x[j]; s->x[j] = s->x[j - 1]; s->x[j - 1] = t;
            t = s->y[j]; s->y[j] = s->y[j - 1]; s->y[j - 1] = t;
            if (s->off) {
                t = s->off[j]; s->off[j] = s->off[j - 1]; s->off[j - 1] = t;
            }
            long l = ln[j]; ln[j] = ln[j - 1]; ln[j - 1] = l;
        }
    int bad = 0;
    for (size_t i = 1; i < s->n; i++)
        if (s->x[i] == s->x[i - 1]) {
            rp_diag_error(diag, file, ln[i], 0, "%s %g appears again (also on line %ld); "
                          "expected one value per %s", s->xname, s->x[i], ln[i - 1], s->xname);
            bad = 1;
        }
    free(ln);
    return bad ? -1 : 0;
}

/* Copies the complete rows, checking what the model needs of them. */
static int take_rows(series *s, const rp_columns *c, rp_diag *diag)
{
    int counts = !strcmp(s->model, "poisson") || !strcmp(s->model, "joinpoint");
    s->x = malloc((c->n ? c->n : 1) * sizeof *s->x);
    s->y = malloc((c->n ? c->n : 1) * sizeof *s->y);
    s->off = c->ncols > 2 ? malloc((c->n ? c->n : 1) * sizeof *s->off) : NULL;
    long *line = malloc((c->n ? c->n : 1) * sizeof *line);
    if (!s->x || !s->y || (c->ncols > 2 && !s->off) || !line) {
        free(line);
        return -1;
    }
    int bad = 0;
    for (size_t i = 0; i < c->n; i++) {
        double x = c->v[0][i], y = c->v[1][i], o = c->ncols > 2 ? c->v[2][i] : 1;
        if (isnan(x) || isnan(y) || isnan(o)) {
            rp_buf_printf(&s->left, "%s%ld", s->left.len ? ", " : "", c->line[i]);
            continue;
        }
        if (counts && y < 0) {
            rp_diag_error(diag, c->file, c->line[i], c->col[1], "%s %g is negative; expected a "
                          "count of 0 or more for the %s model", s->yname, y, s->model);
            bad = 1;
        }
        if (c->ncols > 2 && !(o > 0)) {
            rp_diag_error(diag, c->file, c->line[i], c->col[2], "%s %g is not above 0; a rate "
                          "needs a denominator such as a population", c->names[2], o);
            bad = 1;
        }
        s->x[s->n] = x;
        s->y[s->n] = y;
        if (s->off)
            s->off[s->n] = o;
        line[s->n++] = c->line[i];
    }
    if (sort_series(s, line, diag, c->file))
        bad = 1;
    free(line);
    return bad ? -1 : 0;
}

/* The text of a fit: its words on stdout. */
static void print_words(rp_buf *b)
{
    fputs(rp_buf_str(b), stdout);
    rp_buf_free(b);
}

static void out_poisson(const series *s, const rp_trend_fit *t, int fmt)
{
    if (fmt) {
        rp_csvw w;
        rp_csvw_init(&w, stdout, ',', '.');
        rp_csvw_header(&w, "model,n,slope,slope_lo,slope_hi,apc,apc_lo,apc_hi,dispersion,p_value");
        rp_csvw_text(&w, "poisson");
        rp_csvw_int(&w, (long)t->n);
        double v[] = {t->slope, t->slope_lo, t->slope_hi, t->apc, t->apc_lo, t->apc_hi,
                      t->dispersion, t->p_value};
        for (size_t i = 0; i < sizeof v / sizeof *v; i++)
            rp_csvw_num(&w, v[i]);
        rp_csvw_end(&w);
        return;
    }
    rp_trend_words w = words_of(s);
    rp_buf b;
    rp_buf_init(&b);
    rp_word_trend_head(&b, &w, s->off ? RP_TW_POISSON_RATE : RP_TW_POISSON);
    rp_word_trend_poisson(&b, &w, t);
    print_words(&b);
}

static void out_linear(const series *s, const rp_trend_fit *t, int fmt)
{
    if (fmt) {
        rp_csvw w;
        rp_csvw_init(&w, stdout, ',', '.');
        rp_csvw_header(&w, "model,n,intercept,slope,slope_lo,slope_hi,r2,p_value");
        rp_csvw_text(&w, "linear");
        rp_csvw_int(&w, (long)t->n);
        double v[] = {t->intercept, t->slope, t->slope_lo, t->slope_hi, t->r2, t->p_value};
        for (size_t i = 0; i < sizeof v / sizeof *v; i++)
            rp_csvw_num(&w, v[i]);
        rp_csvw_end(&w);
        return;
    }
    rp_trend_words w = words_of(s);
    rp_buf b;
    rp_buf_init(&b);
    rp_word_trend_head(&b, &w, RP_TW_LINEAR);
    rp_word_trend_linear(&b, &w, t);
    print_words(&b);
}

static void out_mk(const series *s, const rp_mk *m, int fmt)
{
    if (fmt) {
        rp_csvw w;
        rp_csvw_init(&w, stdout, ',', '.');
        rp_csvw_header(&w, "model,n,s,var_s,z,p_value,tau,sen_slope,sen_lo,sen_hi");
        rp_csvw_text(&w, "mk");
        rp_csvw_int(&w, (long)m->n);
        double v[] = {m->s, m->var_s, m->z, m->p_value, m->tau, m->sen, m->sen_lo, m->sen_hi};
        for (size_t i = 0; i < sizeof v / sizeof *v; i++)
            rp_csvw_num(&w, v[i]);
        rp_csvw_end(&w);
        return;
    }
    rp_trend_words w = words_of(s);
    rp_buf b;
    rp_buf_init(&b);
    rp_word_trend_head(&b, &w, RP_TW_MK);
    rp_word_trend_mk(&b, &w, m);
    print_words(&b);
}

static void out_joinpoint(const series *s, const rp_jp_result *j, int fmt)
{
    if (fmt) {
        rp_csvw w;
        rp_csvw_init(&w, stdout, ',', '.');
        rp_csvw_header(&w, "model,segment,start,end,apc,apc_lo,apc_hi");
        for (int i = 0; i <= j->k + 1; i++) {
            int all = i == j->k + 1;
            const rp_jp_segment *g = &j->seg[all ? 0 : i];
            rp_csvw_text(&w, "joinpoint");
            if (all)
                rp_csvw_text(&w, "all");
            else
                rp_csvw_int(&w, i + 1);
            rp_csvw_num(&w, all ? s->x[0] : g->start);
            rp_csvw_num(&w, all ? s->x[s->n - 1] : g->end);
            rp_csvw_num(&w, all ? j->aapc : g->apc);
            rp_csvw_num(&w, all ? j->aapc_lo : g->apc_lo);
            rp_csvw_num(&w, all ? j->aapc_hi : g->apc_hi);
            rp_csvw_end(&w);
        }
        return;
    }
    rp_trend_words w = words_of(s);
    rp_buf b;
    rp_buf_init(&b);
    rp_word_trend_head(&b, &w, RP_TW_JOINPOINT);
    rp_word_trend_joinpoint(&b, &w, j);
    print_words(&b);
}

static int is_constant(const series *s)
{
    for (size_t i = 1; i < s->n; i++)
        if (s->y[i] != s->y[0])
            return 0;
    return 1;
}

static int fit_and_print(series *s, int fmt)
{
    int r;
    if (!strcmp(s->model, "mk")) {
        rp_mk m;
        if ((r = rp_mann_kendall(s->x, s->y, s->n, s->level, &m)) == RP_OK)
            out_mk(s, &m, fmt);
    } else if (!strcmp(s->model, "joinpoint")) {
        rp_jp_result j;
        if ((r = rp_joinpoint(s->x, s->y, s->off, s->n, s->level, -1, &j)) == RP_OK)
            out_joinpoint(s, &j, fmt);
    } else {
        rp_trend_fit t;
        r = !strcmp(s->model, "linear") ? rp_trend_linear(s->x, s->y, s->n, s->level, &t)
                                        : rp_trend_poisson(s->x, s->y, s->off, s->n, s->level, &t);
        if (r == RP_OK && !strcmp(s->model, "linear"))
            out_linear(s, &t, fmt);
        else if (r == RP_OK)
            out_poisson(s, &t, fmt);
    }
    return r;
}

static int why(const series *s, int r)
{
    if (r == RP_EINVAL && !strcmp(s->model, "poisson"))
        rp_cli_msg(s->lang, "trend", "every %s is 0: a log-linear model cannot be fitted (use "
                   "--model linear or mk)", s->yname);
    else if (r == RP_ENOCONV)
        rp_cli_msg(s->lang, "trend", "the %s model did not converge on these values", s->model);
    else
        rp_cli_msg(s->lang, "trend", "the %s model cannot be fitted to these values", s->model);
    return RP_EXIT_DATA;
}

int rp_cmd_trend(int argc, char **argv)
{
    rp_args a;
    int fmt, r;
    if (!rp_args_begin(&spec, argc, argv, &a, &fmt, &r))
        return r;
    series s = {0};
    s.lang = rp_cli_locale_lang();
    s.model = rp_args_get(&a, "model");
    s.level = 0.95;
    const char *dec = rp_args_get(&a, "decimal");
    if (rp_args_double(&a, "level", 0.5, 0.9999, &s.level))
        return RP_EXIT_USAGE;
    if (!rp_args_get(&a, "x") || !rp_args_get(&a, "y"))
        return rp_usage_error(&spec, "--x and --y are required");
    if (!s.model || (strcmp(s.model, "poisson") && strcmp(s.model, "linear") &&
                     strcmp(s.model, "mk") && strcmp(s.model, "joinpoint")))
        return rp_usage_error(&spec, "--model must be poisson, linear, mk or joinpoint");
    if (rp_args_get(&a, "offset") && (!strcmp(s.model, "linear") || !strcmp(s.model, "mk")))
        return rp_usage_error(&spec, "--offset applies to the poisson and joinpoint models");
    if (dec && strcmp(dec, ".") && strcmp(dec, ","))
        return rp_usage_error(&spec, "--decimal %s: expected . or ,", dec);
    const char *names[3] = {rp_args_get(&a, "x"), rp_args_get(&a, "y"), rp_args_get(&a, "offset")};
    rp_diag *diag = rp_cli_diag(s.lang);
    rp_columns *c = rp_columns_read(a.pos[0], names, names[2] ? 3 : 2, dec ? dec[0] : 0, diag);
    int status = RP_EXIT_DATA;
    if (c) {
        s.xname = c->names[0];
        s.yname = c->names[1];
        s.per_year = !strcasecmp(s.xname, "year") || !strcasecmp(s.xname, "jaar");
        /* every problem of the file is reported before giving up */
        if (take_rows(&s, c, diag) == 0 && rp_diag_errors(diag) == 0) {
            if (s.n < 3) {
                rp_diag_error(diag, c->file, 0, 0, s.n == 1 ? "%zu point with values; a trend "
                                                              "needs at least 3"
                                                            : "%zu points with values; a trend "
                                                              "needs at least 3", s.n);
            } else {
                note_missing_x(&s);
                if (fmt == 0 && is_constant(&s)) {
                    rp_trend_words w = words_of(&s);
                    rp_buf b;
                    rp_buf_init(&b);
                    rp_word_trend_constant(&b, &w, s.y[0]);
                    print_words(&b);
                }
                r = fit_and_print(&s, fmt);
                status = r == RP_OK ? RP_EXIT_OK : why(&s, r);
                rp_buf b;
                rp_buf_init(&b);
                notes(&s, &b);
                if (r == RP_OK) /* with csv on stdout, the notes go beside it */
                    fputs(rp_buf_str(&b), fmt == 0 ? stdout : stderr);
                rp_buf_free(&b);
            }
        }
    }
    rp_diag_print(diag, stderr);
    free_series(&s);
    rp_columns_free(c);
    rp_diag_free(diag);
    return status;
}
