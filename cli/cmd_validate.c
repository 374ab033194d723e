/* rapporteur validate PROJECT: reads every file, lists every problem, summarises the data. */
#include "cli/args.h"
#include "cli/commands.h"
#include "datasets/project.h"
#include "cli/common.h"
#include "words/word_estimate.h"
#include "words/word_validate.h"
#include "words/word_text.h"
#include "base/csvwrite.h"
#include "stats/model.h"

#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

static const rp_opt opts[] = {
    {"format", "text|csv", "the summary as text (default) or csv"},
    {NULL, NULL, NULL}};

static const rp_cmd spec = {
    "validate", "PROJECT [--format text|csv]",
    "Loads monitor.ini and every file it names, checks schemas, filters, years, region codes "
    "and counts, and the rapporteur's text in text/ with every figure it cites, and lists "
    "every problem as file:line:column (at most 20 per file), then summarises what was "
    "loaded.",
    "Exit status: 0 when the project is valid, 1 when there are problems.", 1, 1, opts};

static int count_years(const unsigned char *present, int lo, int hi)
{
    int n = 0;
    for (int y = lo; lo && y <= hi; y++)
        n += present[y - lo];
    return n;
}

static void year_span(const int *year, size_t n, size_t stride, int *lo, int *hi)
{
    *lo = *hi = 0;
    for (size_t i = 0; i < n; i++) {
        int y = *(const int *)((const char *)year + i * stride);
        *lo = !*lo || y < *lo ? y : *lo;
        *hi = y > *hi ? y : *hi;
    }
}

static void text_dataset(rp_buf *b, const rp_project *p, size_t k, rp_lang lang)
{
    const rp_dataset_def *d = &p->m->datasets[k];
    int lo, hi;
    if (p->recid[k]) {
        const rp_recid *r = p->recid[k];
        year_span(r->cohort, r->n, sizeof *r->cohort, &lo, &hi);
        rp_word_validate_recid(b, d->path, r->n, lo, hi, lang);
    } else if (p->recid_agg[k]) {
        const rp_recid_agg *a = p->recid_agg[k];
        year_span(&a->rows[0].cohort, a->n, sizeof *a->rows, &lo, &hi);
        rp_word_validate_recid_agg(b, d->path, a->n, lo, hi, lang);
    } else if (p->scans[k] && !p->scans[k]->info.read) {
        rp_word_validate_not_read(b, rp_dataset_path(d), p->scans[k]->info.rows != 0, lang);
    } else if (p->scans[k]) {
        const rp_dataset_info *s = &p->scans[k]->info;
        rp_word_validate_data(b, rp_dataset_path(d), s->kind == RP_KIND_COUNTS, s->rows,
                              s->total, s->empty_counts, s->year_min, s->year_max,
                              count_years(s->present, s->year_min, s->year_max),
                              p->regions ? (long)s->nregions_seen : -1, lang);
    }
}

static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* "DIR/text: inleiding.md, victims_total.md (2 texts, 5 citations; not used in this language:
 * introduction.md)"; every file's citations are checked, the unused ones' too. */
static void texts_summary(rp_buf *b, const rp_project *p, rp_lang lang)
{
    const rp_texts *t = p->texts;
    if (!t || !t->n)
        return;
    size_t cites = 0, used = 0, unused = 0;
    const char **names = calloc(t->n, sizeof *names);
    if (!names)
        return;
    for (size_t i = 0; i < t->n; i++)
        if (t->f[i].used) {
            names[used++] = base_name(t->f[i].path);
            cites += t->f[i].ncites;
        }
    for (size_t i = 0; i < t->n; i++)
        if (!t->f[i].used)
            names[used + unused++] = base_name(t->f[i].path);
    rp_word_validate_texts(b, p->m->dir, names, used, cites, names + used, unused, lang);
    free(names);
}

static void text_summary(const rp_project *p, rp_lang lang)
{
    const rp_monitor *m = p->m;
    rp_buf b;
    rp_buf_init(&b);
    rp_word_validate_project(&b, m->ini, m->title, m->ndatasets, m->nindicators, m->ntargets,
                             m->nestimates, lang);
    if (p->regions) {
        size_t withpop = 0;
        for (size_t i = 0; i < p->regions->n; i++)
            withpop += p->regions->r[i].has_population;
        rp_word_validate_regions(&b, p->regions->name, p->regions->n, withpop,
                                 p->regions->year_min, p->regions->year_max, lang);
    }
    for (size_t k = 0; k < m->ndatasets; k++)
        text_dataset(&b, p, k, lang);
    for (size_t k = 0; k < m->nestimates; k++) {
        const rp_captures *c = p->captures[k];
        if (!c)
            continue;
        double people = 0;
        for (size_t h = 1; h < ((size_t)1 << c->nlists); h++)
            people += c->all[h];
        rp_word_validate_captures(&b, c->file, m->estimates[k].id, c->nlists, people,
                                  c->nstrata, c->by, c->by ? c->strata[0] : NULL,
                                  c->by ? c->strata[c->nstrata - 1] : NULL, lang);
    }
    texts_summary(&b, p, lang);
    fputs(rp_buf_str(&b), stdout);
    rp_buf_free(&b);
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
            rp_word_est_reason(&b, e, &e->row[i], p->m->lang);
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
            rp_csvw_text(&w, rp_dataset_path(d));
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
    rp_lang lang = rp_cli_lang(a.pos[0]);
    rp_diag *diag = rp_cli_diag(lang);
    if (!diag)
        return RP_EXIT_IO;
    rp_project *p = rp_project_load(a.pos[0], 1, diag);
    /* targets are checked against the data too: a change target on a zero baseline */
    if (p && rp_diag_errors(diag) == 0) {
        rp_model *model = rp_model_build(p, 0, diag);
        estimate_warnings(p, model, diag);
        if (model) /* every citation of text/ names a figure the report has */
            rp_word_texts_check(model, diag);
        rp_model_free(model);
    }
    rp_diag_print(diag, stderr);
    if (p && fmt == 1)
        csv_summary(p);
    else if (p)
        text_summary(p, lang);
    size_t errors = rp_diag_errors(diag);
    if (fmt == 0) {
        rp_buf b;
        rp_buf_init(&b);
        rp_word_validate_result(&b, errors, lang);
        fputs(rp_buf_str(&b), stdout);
        rp_buf_free(&b);
    }
    rp_project_free(p);
    rp_diag_free(diag);
    return errors ? RP_EXIT_DATA : RP_EXIT_OK;
}
