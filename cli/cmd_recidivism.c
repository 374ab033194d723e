/* rapporteur recidivism PROJECT|FILE: Kaplan-Meier prevalence of reoffending. */
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "stats/disclosure.h"
#include "base/buf.h"
#include "words/numfmt.h"
#include "datasets/project.h"
#include "base/csvwrite.h"
#include "stats/recidivism.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const rp_opt opts[] = {
    {"at", "YEARS", "follow-up times in years, separated by commas (default 2,5,7)"},
    {"by", "COL", "a curve per value of this column (cohort, or any grouping column)"},
    {"dataset", "ID", "which recidivism dataset of the project (default: the first)"},
    {"level", "L", "confidence level (default: the project's, else 0.95)"},
    {"suppress", "N", "groups of fewer than N people and counts below N are withheld "
                      "(default: the project's suppress_below, else 5)"},
    {"format", "text|csv", "a table (default) or the csv contract"},
    {NULL, NULL, NULL}};

static const rp_cmd spec = {
    "recidivism", "PROJECT|FILE [--at 2,5,7] [--by COL] [--format text|csv]",
    "The share of people who committed a new offence within 2, 5 and 7 years (or the times "
    "asked): Kaplan-Meier with Greenwood variance and log-log intervals; days in detention "
    "are not time at risk. With --by, a curve per group and the log-rank test between them.",
    "A time beyond a group's last follow-up is not estimable, never extrapolated.\n"
    "csv columns: group,years,n,events,at_risk,prevalence,lo,hi,note (events: at or before\n"
    "the time; at_risk: still followed at the time)",
    1, 1, opts};

static int parse_at(const char *s, double *at, size_t *n)
{
    char *copy = rp_strdup(s);
    *n = 0;
    int bad = 0;
    for (char *tok = strtok(copy, ","); tok; tok = strtok(NULL, ",")) {
        char *end;
        double v = strtod(rp_trim(tok), &end);
        if (*end || !(v > 0 && v <= 100) || *n >= 16)
            bad = 1;
        else
            at[(*n)++] = v;
    }
    free(copy);
    return bad || *n == 0 ? -1 : 0;
}

static void note_for(const rp_recid_row *r, int below, char *buf, size_t n)
{
    if (r->group_small)
        snprintf(buf, n, "group of fewer than %d people: suppressed", below);
    else if (!r->p.estimable)
        snprintf(buf, n, "beyond the last follow-up: not estimable");
    else if (r->events_small && r->at_risk_small)
        snprintf(buf, n, "events and at risk <%d: withheld", below);
    else if (r->events_small)
        snprintf(buf, n, "events <%d: withheld, with at risk and prevalence", below);
    else if (r->at_risk_small)
        snprintf(buf, n, "at risk <%d: withheld, with events and prevalence", below);
    else
        buf[0] = '\0';
}

static void print_csv(const rp_recid_result *res, const double *at, int below)
{
    rp_csvw w;
    rp_csvw_init(&w, stdout, ',', '.');
    rp_csvw_header(&w, "group,years,n,events,at_risk,prevalence,lo,hi,note");
    char note[96];
    for (size_t i = 0; i < res->ngroups * res->nat; i++) {
        const rp_recid_row *r = &res->rows[i];
        int hide = r->group_small, est = r->p.estimable && !hide && !r->withheld;
        rp_csvw_text(&w, r->group);
        rp_csvw_num(&w, at[i % res->nat]);
        rp_csvw_num(&w, hide ? NAN : (double)r->n);
        rp_csvw_num(&w, hide || r->withheld ? NAN : (double)r->p.events);
        rp_csvw_num(&w, hide || r->withheld ? NAN : (double)r->p.at_risk);
        rp_csvw_num(&w, est ? r->p.prevalence : NAN);
        rp_csvw_num(&w, est ? r->p.lo : NAN);
        rp_csvw_num(&w, est ? r->p.hi : NAN);
        note_for(r, below, note, sizeof note);
        rp_csvw_text(&w, note);
        rp_csvw_end(&w);
    }
}

static char *cell_pct(double v, rp_lang lang)
{
    rp_buf b;
    rp_buf_init(&b);
    rp_fmt_pct(&b, v, 1, lang);
    return rp_buf_steal(&b);
}

static char *cell_count(double v, int below, rp_lang lang)
{
    rp_buf b;
    rp_buf_init(&b);
    rp_cli_count(&b, v, below, lang);
    return rp_buf_steal(&b);
}

/* Events or at risk: "<N" when small, "x" when hidden with the other one. */
static char *pair_cell(const rp_recid_row *w, double v, int below, rp_lang lang)
{
    if (w->withheld && !rp_small(v, below))
        return rp_strdup("x");
    return cell_count(v, below, lang);
}


static void print_text(const rp_recid_result *res, const rp_recid *r, const double *at,
                       int below, double level, rp_lang lang)
{
    printf("Recidivism in %s: %zu people%s%s. Kaplan-Meier prevalence of a new offence with "
           "%g%% log-log intervals.\n\n", r->name, r->n, res->by ? ", by " : "",
           res->by ? res->by : "", 100 * level);
    size_t nr = res->ngroups * res->nat + 1, nc = 7;
    char **cells = calloc(nr * nc, sizeof *cells);
    if (!cells)
        return;
    const char *head[] = {res->by ? res->by : "group", "years", "n", "events", "at risk",
                          "prevalence", "interval"};
    for (size_t c = 0; c < nc; c++)
        cells[c] = rp_strdup(head[c]);
    for (size_t i = 0; i < res->ngroups * res->nat; i++) {
        const rp_recid_row *w = &res->rows[i];
        char **row = cells + (i + 1) * nc;
        int est = w->p.estimable && !w->group_small && !w->withheld;
        row[0] = rp_strdup(w->group);
        row[1] = rp_strfmt("%g", at[i % res->nat]);
        row[2] = cell_count((double)w->n, below, lang);
        row[3] = w->group_small ? rp_strdup("") : pair_cell(w, (double)w->p.events, below, lang);
        row[4] = w->group_small ? rp_strdup("") : pair_cell(w, (double)w->p.at_risk, below, lang);
        row[5] = w->group_small ? rp_strdup("suppressed")
                 : !w->p.estimable ? rp_strdup("not estimable")
                 : !est ? rp_strdup("withheld") : cell_pct(w->p.prevalence, lang);
        if (est) {
            char *lo = cell_pct(w->p.lo, lang), *hi = cell_pct(w->p.hi, lang);
            row[6] = rp_strfmt("%s - %s", lo, hi);
            free(lo);
            free(hi);
        } else {
            row[6] = rp_strdup("");
        }
    }
    static const int right[] = {0, 1, 1, 1, 1, 1, 0};
    rp_cli_table(cells, nr, nc, right);
    for (size_t i = 0; i < nr * nc; i++)
        free(cells[i]);
    free(cells);
    if (res->has_test)
        printf("\nLog-rank test across the groups: chi-square %.2f on %g df, p = %.2g (%s at the "
               "%g%% level).\n", res->chi2, res->df, res->p,
               res->p < 1 - level ? "a significant difference" : "no significant difference",
               100 * (1 - level));
    printf("\nnot estimable: beyond the group's last follow-up (never extrapolated); <%d and "
           "withheld: fewer than %d, suppressed.\n", below, below);
}

/* Reads the recidivism data from a project (its first or named recidivism dataset) or a
 * file; fills the project's defaults. */
static rp_recid *load(const char *path, const char *id, rp_project **proj, int *below,
                      double *level, rp_lang *lang, int *status)
{
    *proj = NULL;
    if (!rp_cli_is_project(path)) {
        rp_diag *d = rp_diag_new();
        rp_recid *r = rp_recid_load(path, path, 0, d);
        rp_diag_print(d, stderr);
        rp_diag_free(d);
        *status = r ? RP_EXIT_OK : RP_EXIT_DATA;
        return r;
    }
    rp_project *p = rp_cli_load(path, status);
    if (!p)
        return NULL;
    *proj = p;
    *below = p->m->suppress_below;
    *level = p->m->confidence;
    *lang = p->m->lang;
    for (size_t k = 0; k < p->m->ndatasets; k++)
        if (p->recid[k] && (!id || !strcmp(p->m->datasets[k].id, id)))
            return p->recid[k];
    fprintf(stderr, "rapporteur recidivism: %s has no recidivism dataset%s%s\n", path,
            id ? " named " : "", id ? id : "");
    *status = RP_EXIT_DATA;
    return NULL;
}

int rp_cmd_recidivism(int argc, char **argv)
{
    rp_args a;
    int fmt, r;
    if (!rp_args_begin(&spec, argc, argv, &a, &fmt, &r))
        return r;
    double at[16] = {2, 5, 7};
    size_t nat = 3;
    if (rp_args_get(&a, "at") && parse_at(rp_args_get(&a, "at"), at, &nat))
        return rp_usage_error(&spec, "--at %s: expected up to 16 times in years above 0, such "
                              "as 2,5,7", rp_args_get(&a, "at"));
    int below = 5, status = RP_EXIT_OK;
    double level = 0.95;
    rp_lang lang = RP_LANG_EN;
    rp_project *p = NULL;
    rp_recid *data = load(a.pos[0], rp_args_get(&a, "dataset"), &p, &below, &level, &lang,
                          &status);
    long sup = below;
    if (data && (rp_args_double(&a, "level", 0.5, 0.9999, &level) ||
                 rp_args_int(&a, "suppress", 0, 1000, &sup)))
        status = RP_EXIT_USAGE;
    below = (int)sup;
    const char *by = rp_args_get(&a, "by");
    int col = by && data ? rp_recid_col(data, by) : -1;
    if (data && status == RP_EXIT_OK && by && col < 0)
        status = rp_usage_error(&spec, "--by %s: %s has no such grouping column", by,
                                data->name);
    if (data && status == RP_EXIT_OK) {
        rp_recid_result *res = rp_recid_analyse(data, col, at, nat, level, below);
        if (!res)
            status = RP_EXIT_IO;
        else if (fmt == 1)
            print_csv(res, at, below);
        else
            print_text(res, data, at, below, level, lang);
        rp_recid_result_free(res);
    }
    if (!p)
        rp_recid_free(data);
    rp_project_free(p);
    return status;
}
