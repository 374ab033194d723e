/* rapporteur recidivism PROJECT|FILE: Kaplan-Meier prevalence of reoffending. On a project,
 * the tables the report publishes, with its marks; on a file, the same analysis with its own
 * disclosure control, for analysis rather than publication. */
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "base/buf.h"
#include "base/csvwrite.h"
#include "datasets/project.h"
#include "stats/model.h"
#include "stats/publication.h"
#include "stats/recidivism.h"
#include "words/phrases.h"
#include "words/word_diag.h"
#include "words/word_recid.h"
#include "words/wording.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The threshold on a file of its own: the one Dutch statistics use most. */
#define FILE_THRESHOLD 10

static const rp_opt opts[] = {
    {"at", "YEARS", "follow-up times in years, separated by commas (default 2,5,7; on a project "
                    "the report's)"},
    {"by", "COL", "a row per value of this column (cohort, or any grouping column; on a project "
                  "cohort or the report's grouping)"},
    {"dataset", "ID", "which recidivism dataset of the project (default: the first)"},
    {"year", "Y", "on a project: the monitor year (default: the report year)"},
    {"level", "L", "confidence level (default: the project's, else 0.95)"},
    {"suppress", "N", "on a file: counts from 1 to N-1 are hidden (default 10); below the "
                      "project's threshold the output is not for publication"},
    {"format", "text|csv", "a table (default) or the csv contract"},
    {NULL, NULL, NULL}};

static const rp_cmd spec = {
    "recidivism", "PROJECT|FILE [--at 2,5,7] [--by COL] [--format text|csv]",
    "The share of people who committed a new offence within 2, 5 and 7 years (or the times "
    "asked): Kaplan-Meier with Greenwood variance and log-log intervals; days in detention "
    "are not time at risk. With --by, a row per group and the log-rank test between them.",
    "On a project it prints the tables the report publishes, with the same hidden cells: a "
    "time t counts the people whose t years of follow-up ended by the monitor's year. On a "
    "file it analyses every person, hides counts below --suppress (default 10) and what would "
    "give them back, and says that it was not checked against a project's publication.\n"
    "A time beyond a group's last follow-up is not estimable, never extrapolated.\n"
    "csv columns: group,years,n,events,at_risk,prevalence,lo,hi,note (events: at or before\n"
    "the time; at_risk: still followed at the time; a hidden count is empty, note x)",
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

static int hidden(const rp_recid_row *w)
{
    return w->n_mark || w->events_mark || w->at_risk_mark;
}

static void print_csv(const rp_recid_result *res, const double *at)
{
    rp_csvw w;
    rp_csvw_init(&w, stdout, ',', '.');
    rp_csvw_header(&w, "group,years,n,events,at_risk,prevalence,lo,hi,note");
    for (size_t i = 0; i < res->ngroups * res->nat; i++) {
        const rp_recid_row *r = &res->rows[i];
        int est = r->estimable && !hidden(r);
        rp_csvw_text(&w, r->group);
        rp_csvw_num(&w, at[i % res->nat]);
        rp_csvw_num(&w, r->n);            /* NaN, written empty, when hidden */
        rp_csvw_num(&w, r->events);
        rp_csvw_num(&w, r->at_risk);
        rp_csvw_num(&w, est ? r->prevalence : NAN);
        rp_csvw_num(&w, est ? r->lo : NAN);
        rp_csvw_num(&w, est ? r->hi : NAN);
        rp_csvw_text(&w, hidden(r) ? rp_word_hidden_sign()
                         : !r->estimable ? "not estimable" : "");
        rp_csvw_end(&w);
    }
}

static void print_text(const rp_recid_result *res, const char *name, const double *at,
                       int below, double level, rp_lang lang)
{
    rp_buf x;
    rp_buf_init(&x);
    rp_word_recid_title(&x, name, res->by, level, lang);
    fputs(rp_buf_str(&x), stdout);
    size_t nr = res->ngroups * res->nat + 1, nc = 7;
    char **cells = calloc(nr * nc, sizeof *cells);
    if (!cells) {
        rp_buf_free(&x);
        return;
    }
    for (size_t c = 0; c < nc; c++)
        cells[c] = rp_strdup(c == 0 && res->by ? res->by : rp_word_recid_head((int)c, lang));
    for (size_t i = 0; i < res->ngroups * res->nat; i++)
        rp_word_recid_row(cells + (i + 1) * nc, &res->rows[i], at[i % res->nat], lang);
    static const int right[] = {0, 1, 1, 1, 1, 1, 0};
    rp_cli_table(cells, nr, nc, right);
    for (size_t i = 0; i < nr * nc; i++)
        free(cells[i]);
    free(cells);
    rp_buf_clear(&x);
    if (res->has_test && !res->test_withheld)
        rp_word_recid_test(&x, res->chi2, res->df, res->p, level, lang);
    else if (res->test_withheld)
    {
        rp_buf_putc(&x, '\n');
        rp_word_test_withheld(&x, RP_PH(lang, RP_PH_RECID_THE_GROUPS), lang);
        rp_buf_putc(&x, '\n');
    }
    rp_word_recid_legend(&x, below, lang);
    fputs(rp_buf_str(&x), stdout);
    rp_buf_free(&x);
}

/* Whether every time asked is one the model's tables have, and the grouping one they show. */
static int project_view(const rp_model *m, const char *by, const double *at, size_t nat,
                        int asked_at, const rp_recid_result **res)
{
    const rp_recid *r = m->recid_source;
    int cohort = !by || !strcasecmp(by, "cohort");
    *res = cohort ? m->recid : m->recid_groups;
    if (!cohort && (!m->recid_groups || strcasecmp(m->recid_groups->by, by)))
        return m->recid_groups
                   ? rp_usage_error(&spec, "--by %s: on a project this shows what the report "
                                    "publishes: cohort or %s; for another grouping run it on "
                                    "the file (%s), not for publication", by,
                                    m->recid_groups->by, r->name)
                   : rp_usage_error(&spec, "--by %s: on a project this shows what the report "
                                    "publishes: cohort; for another grouping run it on the file "
                                    "(%s), not for publication", by, r->name);
    if (asked_at && (nat != 3 || at[0] != 2 || at[1] != 5 || at[2] != 7))
        return rp_usage_error(&spec, "--at: on a project this shows what the report publishes "
                              "(2, 5 and 7 years); for other times run it on the file (%s), not "
                              "for publication", r->name);
    return 0;
}

static int on_project(const rp_args *a, int fmt, const double *at, size_t nat, int asked_at)
{
    long year = 0;
    if (rp_args_int(a, "year", 1900, 2100, &year))
        return RP_EXIT_USAGE;
    if (rp_args_get(a, "suppress") || rp_args_get(a, "level") || rp_args_get(a, "dataset"))
        return rp_usage_error(&spec, "--suppress, --level and --dataset are for a file: on a "
                              "project the report's threshold, level and data hold");
    int status = RP_EXIT_OK;
    rp_project *p;
    rp_model *m = rp_cli_model(a->pos[0], year, &p, &status);
    if (!m)
        return status;
    const rp_recid_result *res = NULL;
    if (!m->recid_source) {
        rp_cli_msg(p->m->lang, "recidivism", "%s has no person-level recidivism dataset",
                   a->pos[0]);
        status = RP_EXIT_DATA;
    } else if ((status = project_view(m, rp_args_get(a, "by"), at, nat, asked_at, &res)) == 0) {
        if (fmt == 1)
            print_csv(res, m->recid_at);
        else
            print_text(res, m->recid_source->name, m->recid_at, p->m->suppress_below, m->level,
                       p->m->lang);
    }
    rp_model_free(m);
    rp_project_free(p);
    return status;
}

/* Marks a file's own table from its ledger, and wipes what is hidden. */
static void mark_file(rp_recid_result *res, const rp_publication *pub, int table)
{
    for (size_t i = 0; i < res->ngroups * res->nat; i++) {
        rp_recid_row *w = &res->rows[i];
        unsigned char *mk[3] = {&w->n_mark, &w->events_mark, &w->at_risk_mark};
        for (int f = 0; f < 3; f++) {
            int x = rp_publication_recid_mark(pub, table, w->group, i % res->nat, 9999, f);
            *mk[f] = (unsigned char)(x > 0 ? x : 0);
        }
    }
    rp_recid_wipe(res);
}

static int on_file(const rp_args *a, int fmt, const double *at, size_t nat)
{
    long below = FILE_THRESHOLD;
    double level = 0.95;
    if (rp_args_int(a, "suppress", 0, 1000, &below) ||
        rp_args_double(a, "level", 0.5, 0.9999, &level))
        return RP_EXIT_USAGE;
    rp_lang lang = rp_cli_locale_lang(); /* a bare file */
    rp_diag *d = rp_cli_diag(lang);
    rp_recid *r = rp_recid_load(a->pos[0], a->pos[0], 0, d);
    rp_diag_print(d, stderr);
    rp_diag_free(d);
    if (!r)
        return RP_EXIT_DATA;
    const char *by = rp_args_get(a, "by");
    int col = by ? rp_recid_col(r, by) : -1, status = RP_EXIT_OK;
    if (by && col < 0) {
        rp_recid_free(r);
        return rp_usage_error(&spec, "--by %s: %s has no such grouping column", by, r->name);
    }
    rp_recid_result *res = rp_recid_analyse(r, col, at, nat, level, 0);
    /* the table by group and the one by cohort count the same people: both are protected */
    rp_recid_spec sp = {r, col, at, nat, 9999, 1};
    const char *err;
    rp_publication *pub = res ? rp_publication_people(&sp, (int)below, 0, &err) : NULL;
    if (!pub) {
        rp_cli_msg(lang, "recidivism", "%s", rp_word_msg(res ? err : "out of memory", lang));
        status = RP_EXIT_IO;
    } else {
        mark_file(res, pub, col >= 0 && col != rp_recid_col(r, "cohort") ? 1 : 0);
        if (fmt == 1)
            print_csv(res, at);
        else
            print_text(res, r->name, at, (int)below, level, lang);
        if (below < FILE_THRESHOLD)
            rp_cli_msg(lang, "recidivism", "%s was not checked against a project's publication: "
                       "for analysis, not for publication (and below the usual threshold of %d)",
                       r->name, FILE_THRESHOLD);
        else
            rp_cli_msg(lang, "recidivism", "%s was not checked against a project's publication: "
                       "for analysis, not for publication", r->name);
    }
    rp_publication_free(pub);
    rp_recid_result_free(res);
    rp_recid_free(r);
    return status;
}

int rp_cmd_recidivism(int argc, char **argv)
{
    rp_args a;
    int fmt, r;
    if (!rp_args_begin(&spec, argc, argv, &a, &fmt, &r))
        return r;
    double at[16] = {2, 5, 7};
    size_t nat = 3;
    const char *as = rp_args_get(&a, "at");
    if (as && parse_at(as, at, &nat))
        return rp_usage_error(&spec, "--at %s: expected up to 16 times in years above 0, such "
                              "as 2,5,7", as);
    return rp_cli_is_project(a.pos[0]) ? on_project(&a, fmt, at, nat, as != NULL)
                                       : on_file(&a, fmt, at, nat);
}
