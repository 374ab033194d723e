/* rapporteur validate PROJECT: reads every file, lists every problem, summarises the data. */
#include "cli/args.h"
#include "cli/commands.h"
#include "datasets/project.h"
#include "words/word_estimate.h"
#include "base/csvwrite.h"
#include "stats/model.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static const rp_opt opts[] = {
    {"format", "text|csv", "the summary as text (default) or csv"},
    {NULL, NULL, NULL}};

static const rp_cmd spec = {
    "validate", "PROJECT [--format text|csv]",
    "Loads monitor.ini and every file it names, checks schemas, filters, years, region codes "
    "and counts, and lists every problem as file:line:column (at most 20 per file), then "
    "summarises what was loaded.",
    "Exit status: 0 when the project is valid, 1 when there are problems.", 1, 1, opts};

static int count_years(const unsigned char *present, int lo, int hi)
{
    int n = 0;
    for (int y = lo; lo && y <= hi; y++)
        n += present[y - lo];
    return n;
}

static void text_summary(const rp_project *p)
{
    const rp_monitor *m = p->m;
    printf("%s: %s (%zu dataset%s, %zu indicator%s, %zu target%s", m->ini,
           m->title ? m->title : "(no title)", m->ndatasets, m->ndatasets == 1 ? "" : "s",
           m->nindicators, m->nindicators == 1 ? "" : "s", m->ntargets,
           m->ntargets == 1 ? "" : "s");
    if (m->nestimates)
        printf(", %zu estimate%s", m->nestimates, m->nestimates == 1 ? "" : "s");
    printf(")\n");
    if (p->regions) {
        size_t withpop = 0;
        for (size_t i = 0; i < p->regions->n; i++)
            withpop += p->regions->r[i].has_population;
        printf("%s: %zu regions (%zu with population), %d-%d\n", p->regions->name,
               p->regions->n, withpop, p->regions->year_min, p->regions->year_max);
    }
    for (size_t k = 0; k < m->ndatasets; k++) {
        const rp_dataset_def *d = &m->datasets[k];
        if (p->recid[k]) {
            const rp_recid *r = p->recid[k];
            int lo = 0, hi = 0;
            for (size_t i = 0; i < r->n; i++) {
                if (!lo || r->cohort[i] < lo)
                    lo = r->cohort[i];
                if (r->cohort[i] > hi)
                    hi = r->cohort[i];
            }
            printf("%s: recidivism, %zu people, cohorts %d-%d\n", d->path, r->n, lo, hi);
        } else if (p->recid_agg[k]) {
            const rp_recid_agg *a = p->recid_agg[k];
            int lo = 0, hi = 0;
            for (size_t i = 0; i < a->n; i++) {
                lo = !lo || a->rows[i].cohort < lo ? a->rows[i].cohort : lo;
                hi = a->rows[i].cohort > hi ? a->rows[i].cohort : hi;
            }
            printf("%s: published recidivism, %zu figure%s, cohorts %d-%d\n", d->path, a->n,
                   a->n == 1 ? "" : "s", lo, hi);
        } else if (p->scans[k] && !p->scans[k]->info.read) {
            printf("%s: not read%s (its problems are listed above)\n", d->path,
                   p->scans[k]->info.rows ? " to its end" : "");
        } else if (p->scans[k]) {
            const rp_dataset_info *s = &p->scans[k]->info;
            printf("%s: %s, %ld row%s", d->path, rp_kind_name(s->kind), s->rows,
                   s->rows == 1 ? "" : "s");
            if (s->kind == RP_KIND_COUNTS)
                printf(", total %.0f", s->total);
            if (s->empty_counts)
                printf(" (%ld empty count%s: missing)", s->empty_counts,
                       s->empty_counts == 1 ? "" : "s");
            if (s->year_min)
            {
                int ny = count_years(s->present, s->year_min, s->year_max);
                printf(", %d-%d (%d year%s)", s->year_min, s->year_max, ny, ny == 1 ? "" : "s");
            }
            if (p->regions)
                printf(", %zu region%s", s->nregions_seen, s->nregions_seen == 1 ? "" : "s");
            printf("\n");
        }
    }
    for (size_t k = 0; k < m->nestimates; k++) {
        const rp_captures *c = p->captures[k];
        if (!c)
            continue;
        double people = 0;
        for (size_t h = 1; h < ((size_t)1 << c->nlists); h++)
            people += c->all[h];
        printf("%s: capture histories for [estimate %s], %d lists, %.0f people", c->file,
               m->estimates[k].id, c->nlists, people);
        if (c->by)
            printf(", %zu strata by %s (%s-%s)", c->nstrata, c->by, c->strata[0],
                   c->strata[c->nstrata - 1]);
        printf("\n");
    }
}

/* Strata that will have no estimate: the report says so, validate says it first. */
static void estimate_warnings(const rp_project *p, const rp_model *model, rp_diag *diag)
{
    rp_buf b;
    rp_buf_init(&b);
    for (size_t k = 0; model && k < p->m->nestimates; k++) {
        const rp_estimate *e = model->estimates[k];
        for (size_t i = 0; e && i < e->nrows; i++) {
            if (e->row[i].reason == RP_EST_OK)
                continue;
            rp_buf_clear(&b);
            rp_word_est_reason(&b, e, &e->row[i], RP_LANG_EN);
            rp_diag_warn(diag, p->m->ini, p->m->estimates[k].line, 0, "[estimate %s] %s: %s",
                         p->m->estimates[k].id, e->row[i].stratum, rp_buf_str(&b));
        }
    }
    rp_buf_free(&b);
}

static void csv_summary(const rp_project *p)
{
    rp_csvw w;
    rp_csvw_init(&w, stdout, ',', '.');
    rp_csvw_header(&w, "dataset,file,kind,rows,total,year_min,year_max,years,regions");
    for (size_t k = 0; k < p->m->ndatasets; k++) {
        const rp_dataset_def *d = &p->m->datasets[k];
        if (p->recid[k]) {
            rp_csvw_text(&w, d->id);
            rp_csvw_text(&w, d->path);
            rp_csvw_text(&w, "recidivism");
            rp_csvw_int(&w, (long)p->recid[k]->n);
            rp_csvw_int(&w, (long)p->recid[k]->n);
            for (int i = 0; i < 4; i++)
                rp_csvw_empty(&w);
            rp_csvw_end(&w);
        } else if (p->scans[k] && p->scans[k]->info.read) {
            const rp_dataset_info *s = &p->scans[k]->info;
            rp_csvw_text(&w, d->id);
            rp_csvw_text(&w, d->path);
            rp_csvw_text(&w, rp_kind_name(s->kind));
            rp_csvw_int(&w, s->rows);
            rp_csvw_num(&w, s->total);
            rp_csvw_int(&w, s->year_min);
            rp_csvw_int(&w, s->year_max);
            rp_csvw_int(&w, count_years(s->present, s->year_min, s->year_max));
            rp_csvw_int(&w, (long)s->nregions_seen);
            rp_csvw_end(&w);
        }
    }
}

int rp_cmd_validate(int argc, char **argv)
{
    rp_args a;
    int fmt, r;
    if (!rp_args_begin(&spec, argc, argv, &a, &fmt, &r))
        return r;
    rp_diag *diag = rp_diag_new();
    if (!diag)
        return RP_EXIT_IO;
    rp_project *p = rp_project_load(a.pos[0], 1, diag);
    /* targets are checked against the data too: a change target on a zero baseline */
    if (p && rp_diag_errors(diag) == 0) {
        rp_model *model = rp_model_build(p, 0, diag);
        estimate_warnings(p, model, diag);
        rp_model_free(model);
    }
    rp_diag_print(diag, stderr);
    if (p && fmt == 1)
        csv_summary(p);
    else if (p)
        text_summary(p);
    size_t errors = rp_diag_errors(diag);
    if (fmt == 0 && errors)
        printf("%zu problem%s found.\n", errors, errors == 1 ? "" : "s");
    else if (fmt == 0)
        printf("No problems found.\n");
    rp_project_free(p);
    rp_diag_free(diag);
    return errors ? RP_EXIT_DATA : RP_EXIT_OK;
}
