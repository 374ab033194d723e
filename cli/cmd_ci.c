/* rapporteur ci: one confidence interval, for quick checks. */
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "words/word_ci.h"
#include "base/csvwrite.h"
#include "stats/interval.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static const rp_opt opts[] = {
    {"kind", "KIND", "proportion, count, rate or mean (required)"},
    {"x", "X", "successes (proportion), the count (count, rate) or the mean (mean)"},
    {"n", "N", "trials (proportion), denominator such as population (rate), size (mean)"},
    {"per", "P", "rate per how many (default 100000)"},
    {"sd", "S", "standard deviation (mean)"},
    {"level", "L", "confidence level (default 0.95)"},
    {"method", "M", "proportion: wilson (default) or exact; count and rate: exact or byar "
                    "(default: exact below 10, byar from 10)"},
    {"format", "text|csv", "a short note (default) or the csv contract"},
    {NULL, NULL, NULL}};

static const rp_cmd spec = {
    "ci", "--kind proportion|count|rate|mean --x X [--n N] [--per P] [--sd S] [--level L]",
    "One confidence interval: Wilson score (or Clopper-Pearson) for a proportion, exact "
    "Poisson below 10 and Byar's approximation from 10 for counts and rates, t for a mean.",
    "csv columns: kind,x,n,estimate,lo,hi,method", 0, 0, opts};

static int method_of(const char *kind, const char *m, rp_ci_method *out)
{
    *out = RP_CI_AUTO;
    if (!m)
        return 0;
    int prop = !strcmp(kind, "proportion"), cnt = !strcmp(kind, "count") || !strcmp(kind, "rate");
    if (prop && !strcmp(m, "wilson"))
        *out = RP_CI_WILSON;
    else if (prop && (!strcmp(m, "exact") || !strcmp(m, "clopper-pearson")))
        *out = RP_CI_CLOPPER_PEARSON;
    else if (cnt && !strcmp(m, "exact"))
        *out = RP_CI_EXACT;
    else if (cnt && !strcmp(m, "byar"))
        *out = RP_CI_BYAR;
    else
        return rp_usage_error(&spec, "--method %s does not apply to --kind %s", m, kind);
    return 0;
}

static void text(const char *kind, double x, double n, double per, double level,
                 const rp_ci *ci)
{
    rp_ci_kind k = !strcmp(kind, "proportion") ? RP_CIK_PROPORTION
                   : !strcmp(kind, "rate")     ? RP_CIK_RATE
                   : !strcmp(kind, "mean")     ? RP_CIK_MEAN
                                               : RP_CIK_COUNT;
    rp_buf b;
    rp_buf_init(&b);
    /* no project or file: the locale's language */
    rp_word_ci_note(&b, k, x, n, per, level, ci, rp_cli_locale_lang());
    fputs(rp_buf_str(&b), stdout);
    rp_buf_free(&b);
}

static void csv(const char *kind, double x, double n, const rp_ci *ci)
{
    rp_csvw w;
    rp_csvw_init(&w, stdout, ',', '.');
    rp_csvw_header(&w, "kind,x,n,estimate,lo,hi,method");
    rp_csvw_text(&w, kind);
    rp_csvw_num(&w, x);
    rp_csvw_num(&w, n);
    rp_csvw_num(&w, ci->estimate);
    rp_csvw_num(&w, ci->lo);
    rp_csvw_num(&w, ci->hi);
    rp_csvw_text(&w, rp_ci_method_name(ci->method));
    rp_csvw_end(&w);
}

static int compute(const char *kind, double x, double n, double per, double sd, double level,
                   rp_ci_method m, rp_ci *ci)
{
    if (!strcmp(kind, "proportion"))
        return rp_ci_proportion(x, n, level, m, ci);
    if (!strcmp(kind, "count"))
        return rp_ci_count(x, level, m, ci);
    if (!strcmp(kind, "rate"))
        return rp_ci_rate(x, n, per, level, m, ci);
    return rp_ci_mean(x, sd, n, level, ci);
}

/* Which options each kind needs, and what they must be. */
static int check_inputs(const rp_args *a, const char *kind, double x, double n)
{
    int need_n = strcmp(kind, "count") != 0;
    if (!rp_args_get(a, "x"))
        return rp_usage_error(&spec, "--x is required");
    if (need_n && !rp_args_get(a, "n"))
        return rp_usage_error(&spec, "--n is required for --kind %s", kind);
    if (!strcmp(kind, "mean") && !rp_args_get(a, "sd"))
        return rp_usage_error(&spec, "--sd is required for --kind mean");
    if (!strcmp(kind, "proportion") && (x != floor(x) || n != floor(n) || x > n || n < 1))
        return rp_usage_error(&spec, "--x and --n must be whole numbers with 0 <= x <= n and "
                              "n >= 1");
    if ((!strcmp(kind, "count") || !strcmp(kind, "rate")) && x != floor(x))
        return rp_usage_error(&spec, "--x must be a whole number (a count)");
    if (!strcmp(kind, "mean") && n < 2)
        return rp_usage_error(&spec, "--n must be at least 2 for a mean");
    return 0;
}

int rp_cmd_ci(int argc, char **argv)
{
    rp_args a;
    int fmt, r;
    if (!rp_args_begin(&spec, argc, argv, &a, &fmt, &r))
        return r;
    const char *kind = rp_args_get(&a, "kind");
    if (!kind || (strcmp(kind, "proportion") && strcmp(kind, "count") && strcmp(kind, "rate") &&
                  strcmp(kind, "mean")))
        return rp_usage_error(&spec, "--kind must be proportion, count, rate or mean");
    double x = NAN, n = NAN, per = 100000, sd = NAN, level = 0.95;
    rp_ci_method m;
    if (rp_args_double(&a, "x", -1e300, 1e300, &x) || rp_args_double(&a, "n", 0, 1e300, &n) ||
        rp_args_double(&a, "per", 1, 1e12, &per) || rp_args_double(&a, "sd", 0, 1e300, &sd) ||
        rp_args_double(&a, "level", 0.5, 0.9999, &level) ||
        method_of(kind, rp_args_get(&a, "method"), &m) || check_inputs(&a, kind, x, n))
        return RP_EXIT_USAGE;
    if (strcmp(kind, "mean") && x < 0)
        return rp_usage_error(&spec, "--x must not be negative for --kind %s", kind);
    rp_ci ci;
    if (compute(kind, x, n, per, sd, level, m, &ci) != RP_OK)
        return rp_usage_error(&spec, "these values have no interval (check --x and --n)");
    if (fmt == 1)
        csv(kind, x, n, &ci);
    else
        text(kind, x, n, per, level, &ci);
    return RP_EXIT_OK;
}
