/* Loads a monitor project: monitor.ini, regions, every dataset in one pass each. */
#include "datasets/project.h"
#include "datasets/keyfile.h"
#include "base/buf.h"
#include "datasets/csvfile.h"
#include "datasets/table.h"

#include <math.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* A dataset without kind is recidivism when its header has the recidivism columns. */
static rp_kind detect_kind(const rp_dataset_def *d)
{
    if (d->kind != RP_KIND_AUTO)
        return d->kind;
    if (d->database) /* records or counts: the scan tells them apart */
        return RP_KIND_RECORDS;
    /* the scan that follows reports the file's problems; reading ahead here must not */
    rp_diag *scratch = rp_diag_new();
    rp_csv *c = rp_csv_open(d->path, d->path, d->decimal, scratch);
    rp_diag_free(scratch);
    if (!c)
        return RP_KIND_RECORDS;
    int recid = (rp_csv_find(c, "cohort") >= 0 && rp_csv_find(c, "start") >= 0 &&
                 rp_csv_find(c, "event") >= 0 && rp_csv_find(c, "end") >= 0) ||
                rp_recid_agg_header(c);
    rp_csv_close(c);
    return recid ? RP_KIND_RECIDIVISM : RP_KIND_RECORDS;
}

/* A recidivism file of published figures (cohort, years, prevalence) rather than people:
 * also one that lacks a column of that format, so that its errors describe it. */
static int published_recid(const rp_dataset_def *d)
{
    rp_diag *scratch = rp_diag_new();
    rp_csv *c = rp_csv_open(d->path, d->path, d->decimal, scratch);
    rp_diag_free(scratch);
    int agg = c && rp_recid_agg_like(c);
    rp_csv_close(c);
    return agg;
}

static int check_measure(rp_project *p, size_t i, rp_kind kind, rp_diag *diag)
{
    const rp_indicator_def *d = &p->m->indicators[i];
    int wants = d->measure == RP_MEASURE_RECIDIVISM;
    if (wants == (kind == RP_KIND_RECIDIVISM))
        return 0;
    rp_diag_error(diag, p->m->ini, d->line, 0,
                  wants ? "[indicator %s] measures recidivism but dataset %s is not a "
                          "recidivism file; expected columns id, cohort, start, event, end "
                          "(one row per person) or cohort, years, prevalence, n (published)"
                        : "[indicator %s] uses recidivism dataset %s; expected measure = "
                          "recidivism", d->id, d->dataset);
    return -1;
}

static void load_dataset(rp_project *p, size_t k, rp_diag *diag)
{
    rp_monitor *m = p->m;
    const rp_dataset_def *def = &m->datasets[k];
    if (!def->path && !def->source)
        return; /* its file was already reported */
    rp_kind kind = detect_kind(def);
    if (kind == RP_KIND_CAPTURES)
        return; /* read per [estimate], which names its lists and strata */
    const rp_indicator_def **use = calloc(m->nindicators ? m->nindicators : 1, sizeof *use);
    size_t *idx = calloc(m->nindicators ? m->nindicators : 1, sizeof *idx);
    size_t n = 0;
    for (size_t i = 0; use && idx && i < m->nindicators; i++)
        if (m->indicators[i].dataset && !strcmp(m->indicators[i].dataset, def->id) &&
            check_measure(p, i, kind, diag) == 0) {
            use[n] = &m->indicators[i];
            idx[n++] = i;
        }
    if (use && idx && kind == RP_KIND_RECIDIVISM && published_recid(def)) {
        p->recid_agg[k] = rp_recid_agg_load(def->path, def->path, def->decimal, def->percent,
                                            diag);
        for (size_t j = 0; j < n; j++)
            p->ind_recid_agg[idx[j]] = p->recid_agg[k];
    } else if (use && idx && kind == RP_KIND_RECIDIVISM) {
        if (def->percent)
            rp_diag_error(diag, m->ini, def->unit_line, 0, "[dataset %s] has unit = percent, "
                          "but %s holds people, not published figures; expected unit only for "
                          "published shares", def->id, def->file);
        p->recid[k] = rp_recid_load(def->path, def->path, def->decimal, diag);
        for (size_t j = 0; j < n; j++)
            p->ind_recid[idx[j]] = p->recid[k];
    } else if (use && idx) {
        p->scans[k] = rp_scan_dataset(m, def, use, n, p->regions, diag);
        /* a file that failed its kind or year check has no indicators read (ind NULL) */
        for (size_t j = 0; p->scans[k] && p->scans[k]->ind && j < n; j++)
            p->ind[idx[j]] = &p->scans[k]->ind[j];
    }
    free(use);
    free(idx);
}

/* A published interval (lo/hi) belongs to one row of a count, a published figure (value) to
 * one row of a share: an indicator that adds several up (intervals and figures do not add),
 * or reads them as another measure, is refused. */
static double bounded_rows(const rp_cell *c) { return c->bounded; }
static double valued_rows(const rp_cell *c) { return c->valued; }

static void check_published(rp_project *p, rp_diag *diag, double (*rows)(const rp_cell *),
                            rp_measure want, const char *what, const char *measure)
{
    for (size_t i = 0; i < p->m->nindicators; i++) {
        const rp_indicator_data *d = p->ind[i];
        for (int y = d ? d->year_min : 0; y && y <= d->year_max; y++) {
            const rp_cell *c = rp_indicator_year(d, y);
            if (!c || !rows(c) ||
                (rows(c) == 1 && c->rows == 1 && d->def->measure == want))
                continue;
            const rp_dataset_def *ds = rp_monitor_dataset(p->m, d->def->dataset);
            rp_diag_error(diag, p->m->ini, d->def->where_line ? d->def->where_line : d->def->line,
                          0, "[indicator %s] %s in %d, where %s gives %s; expected measure = %s "
                          "and a where that picks one row a year, since they do not add",
                          d->def->id,
                          rp_diag_text(diag, d->def->measure != want ? "measures something else"
                                                                     : "adds up several rows"),
                          y, ds ? rp_dataset_name(ds) : rp_diag_text(diag, "its file"),
                          rp_diag_text(diag, what), measure);
            break;
        }
    }
}

/* Versions of one series (a series or reeks column: CoMensha's count and the cleaned one) are
 * never added up: an indicator on such a file names its version. */
static void check_versions(rp_project *p, rp_diag *diag)
{
    for (size_t i = 0; i < p->m->nindicators; i++) {
        const rp_indicator_data *d = p->ind[i];
        const rp_dataset_def *ds = d ? rp_monitor_dataset(p->m, d->def->dataset) : NULL;
        const rp_scan *sc = NULL;
        for (size_t k = 0; ds && k < p->m->ndatasets; k++)
            if (&p->m->datasets[k] == ds)
                sc = p->scans[k];
        const char *col = NULL;
        for (size_t c = 0; sc && c < sc->info.ncolumns && !col; c++)
            if (!strcasecmp(sc->info.columns[c], "series") ||
                !strcasecmp(sc->info.columns[c], "reeks"))
                col = sc->info.columns[c];
        if (col && !rp_filter_pins(d->def->where, col))
            rp_diag_error(diag, p->m->ini, d->def->where_line ? d->def->where_line : d->def->line,
                          0, "[indicator %s] adds up the versions in the %s column of %s; "
                          "expected where = %s = <version> (one indicator per version, each "
                          "with its own line and chart)", d->def->id, col, rp_dataset_name(ds),
                          col);
    }
}

/* Rates need the population of every year the data has. */
static void check_population(rp_project *p, rp_diag *diag)
{
    for (size_t i = 0; i < p->m->nindicators; i++) {
        const rp_indicator_data *d = p->ind[i];
        if (!d || d->def->measure != RP_MEASURE_RATE || !p->regions)
            continue;
        for (int y = d->year_min; y && y <= d->year_max; y++)
            if (d->present[y - d->year_min] && isnan(rp_regions_total(p->regions, y))) {
                rp_diag_error(diag, p->regions->name, 0, 0,
                              "no population for %d, which indicator %s needs (its dataset has "
                              "that year); expected a row for every region in %d", y,
                              d->def->id, y);
                break;
            }
    }
}

/* Whether indicator i has a value in year y, as far as the data say: a year its dataset
 * reports, not missing, with a denominator for a share; a cohort for recidivism. -1 when the
 * indicator's data were not read. */
static int has_value(const rp_project *p, size_t i, int y)
{
    const rp_indicator_data *d = p->ind[i];
    if (d) {
        const rp_cell *c = rp_indicator_year(d, y);
        if (!c || !d->present[y - d->year_min] || rp_cell_missing(d, c))
            return 0;
        rp_measure m = d->def->measure;
        return m == RP_MEASURE_SHARE ? c->den > 0 || c->valued > 0
               : m == RP_MEASURE_MEAN ? c->num >= 2 : 1;
    }
    if (p->ind_recid[i]) {
        for (size_t k = 0; k < p->ind_recid[i]->n; k++)
            if (p->ind_recid[i]->cohort[k] == y)
                return 1;
        return 0;
    }
    if (p->ind_recid_agg[i]) {
        const rp_recid_agg *a = p->ind_recid_agg[i];
        for (size_t k = 0; k < a->n; k++)
            if (a->rows[k].cohort == y && fabs(a->rows[k].years - p->m->indicators[i].years) < 1e-9)
                return 1;
        return 0;
    }
    return -1;
}

/* The years in which indicator i has a value, as "2014, 2017-2019", in b. */
static void value_years(const rp_project *p, size_t i, rp_buf *b)
{
    int from = 0, last = 0;
    for (int y = RP_YEAR_MIN; y <= RP_YEAR_MAX + 1; y++) {
        int has = y <= RP_YEAR_MAX && has_value(p, i, y) == 1;
        if (has && !from)
            from = y;
        if (has)
            last = y;
        if (!has && from) {
            rp_buf_printf(b, "%s%d", b->len ? ", " : "", from);
            if (last > from)
                rp_buf_printf(b, "%s%d", last > from + 1 ? "-" : ", ", last);
            from = 0;
        }
    }
}

/* A target's baseline year must have a value: before the data, in a gap, or after a series
 * that stopped, the target can never be judged. A baseline after every year of the monitor
 * (a nulmeting still to come) is left to the report, which calls it not assessable. */
static void check_baselines(rp_project *p, rp_diag *diag)
{
    const rp_monitor *m = p->m;
    int last = m->report_year ? m->report_year : p->year_max;
    for (size_t k = 0; k < m->ntargets; k++) {
        const rp_target_def *t = &m->targets[k];
        int i = t->indicator ? rp_project_indicator(p, t->indicator) : -1;
        if (i < 0 || !t->baseline_year || t->baseline_year > last ||
            has_value(p, (size_t)i, t->baseline_year) != 0)
            continue;
        rp_buf years;
        rp_buf_init(&years);
        value_years(p, (size_t)i, &years);
        long line = t->baseline_line ? t->baseline_line : t->line;
        if (years.len)
            rp_diag_error(diag, m->ini, line, 0, "[target %s] baseline_year = %d, but indicator "
                          "%s has no value in %d (it has values in %s); expected a year with a "
                          "value, or the data of %d", t->id, t->baseline_year, t->indicator,
                          t->baseline_year, rp_buf_str(&years), t->baseline_year);
        else
            rp_diag_error(diag, m->ini, line, 0, "[target %s] baseline_year = %d, but indicator "
                          "%s has no value in %d (it has no values at all); expected a year "
                          "with a value, or the data of %d", t->id, t->baseline_year,
                          t->indicator, t->baseline_year, t->baseline_year);
        rp_buf_free(&years);
    }
}

static void year_range(rp_project *p)
{
    for (size_t k = 0; k < p->m->ndatasets; k++) {
        const rp_scan *s = p->scans[k];
        if (!s || !s->info.year_min)
            continue;
        if (!p->year_min || s->info.year_min < p->year_min)
            p->year_min = s->info.year_min;
        if (s->info.year_max > p->year_max)
            p->year_max = s->info.year_max;
    }
}

/* The capture histories of each [estimate], and its fixed terms against the file's lists. */
static void load_estimates(rp_project *p, rp_diag *diag)
{
    rp_monitor *m = p->m;
    for (size_t i = 0; i < m->nestimates; i++) {
        const rp_estimate_def *e = &m->estimates[i];
        const rp_dataset_def *d = e->dataset ? rp_monitor_dataset(m, e->dataset) : NULL;
        if (!d || !d->path || d->kind != RP_KIND_CAPTURES)
            continue; /* already reported */
        p->captures[i] = rp_captures_read(d->path, d->path, d->decimal, e->count, e->strata,
                                          (const char *const *)e->lists, e->nlists, diag);
        if (!p->captures[i] || !e->terms)
            continue;
        size_t max = RP_CAPTURES_MAX_LISTS * (RP_CAPTURES_MAX_LISTS - 1) / 2;
        char err[256];
        p->terms[i] = malloc(2 * max * sizeof **p->terms);
        if (p->terms[i] && rp_captures_terms(p->captures[i], e->terms, p->terms[i], max,
                                             &p->nterms[i], diag, err, sizeof err))
            rp_diag_error(diag, m->ini, e->terms_line, 0, "terms = %s: %s", e->terms, err);
    }
}

static void read_key(rp_project *p, rp_diag *diag)
{
    char why[256];
    char *path = rp_strfmt("%s/%s", p->m->dir, RP_KEY_FILE);
    int r = rp_key_read(p->m->dir, p->key_bytes, diag, why, sizeof why);
    if (r < 0)
        rp_diag_error(diag, path ? path : RP_KEY_FILE, 0, 0, "%s", why);
    p->has_key = r == 1;
    for (int i = 0; p->has_key && i < 8; i++)
        p->key = p->key << 8 | p->key_bytes[i];
    free(path);
}

rp_project *rp_project_load(const char *path, int partial, rp_diag *diag)
{
    size_t before = rp_diag_errors(diag);
    rp_monitor *m = rp_monitor_load(path, partial, diag);
    if (!m)
        return NULL;
    rp_project *p = calloc(1, sizeof *p);
    if (!p) {
        rp_monitor_free(m);
        return NULL;
    }
    p->m = m;
    size_t nd = m->ndatasets ? m->ndatasets : 1, ni = m->nindicators ? m->nindicators : 1;
    p->scans = calloc(nd, sizeof *p->scans);
    p->recid = calloc(nd, sizeof *p->recid);
    p->ind = calloc(ni, sizeof *p->ind);
    p->ind_recid = calloc(ni, sizeof *p->ind_recid);
    p->recid_agg = calloc(nd, sizeof *p->recid_agg);
    p->ind_recid_agg = calloc(ni, sizeof *p->ind_recid_agg);
    size_t ne = m->nestimates ? m->nestimates : 1;
    p->captures = calloc(ne, sizeof *p->captures);
    p->terms = calloc(ne, sizeof *p->terms);
    p->nterms = calloc(ne, sizeof *p->nterms);
    if (!p->scans || !p->recid || !p->ind || !p->ind_recid || !p->recid_agg ||
        !p->ind_recid_agg || !p->captures || !p->terms ||
        !p->nterms) {
        rp_project_free(p);
        return NULL;
    }
    if (m->regions_path)
        p->regions = rp_regions_load(m->regions_path, m->regions_path, partial, diag);
    /* without the regions file, region codes could not be checked: read the data anyway
     * only for validate, which wants every problem */
    if (!m->regions_path || p->regions || partial)
        for (size_t k = 0; k < m->ndatasets; k++)
            load_dataset(p, k, diag);
    load_estimates(p, diag);
    check_population(p, diag);
    check_published(p, diag, bounded_rows, RP_MEASURE_COUNT,
                    RP_N("a published interval (lo, hi)"), "count");
    check_published(p, diag, valued_rows, RP_MEASURE_SHARE,
                    RP_N("a published figure (value)"), "share");
    check_versions(p, diag);
    read_key(p, diag);
    if (!(p->texts = rp_texts_load(m, diag))) {
        rp_project_free(p);
        return NULL;
    }
    year_range(p);
    check_baselines(p, diag);
    p->editions = rp_editions_load(m->dir, diag);
    if (!partial && rp_diag_errors(diag) > before) {
        rp_project_free(p);
        return NULL;
    }
    return p;
}

void rp_project_free(rp_project *p)
{
    if (!p)
        return;
    for (size_t k = 0; p->m && k < p->m->ndatasets; k++) {
        if (p->scans)
            rp_scan_free(p->scans[k]);
        if (p->recid)
            rp_recid_free(p->recid[k]);
        if (p->recid_agg)
            rp_recid_agg_free(p->recid_agg[k]);
    }
    for (size_t i = 0; p->m && i < p->m->nestimates; i++) {
        if (p->captures)
            rp_captures_free(p->captures[i]);
        if (p->terms)
            free(p->terms[i]);
    }
    free(p->captures);
    free(p->terms);
    free(p->nterms);
    free(p->scans);
    free(p->recid);
    free(p->ind);
    free(p->ind_recid);
    free(p->recid_agg);
    free(p->ind_recid_agg);
    rp_regions_free(p->regions);
    rp_editions_free(p->editions);
    rp_texts_free(p->texts);
    rp_monitor_free(p->m);
    free(p);
}

int rp_project_indicator(const rp_project *p, const char *id)
{
    for (size_t i = 0; i < p->m->nindicators; i++)
        if (!strcmp(p->m->indicators[i].id, id))
            return (int)i;
    return -1;
}

static void newest(const char *path, long long *t)
{
    struct stat st;
    if (path && stat(path, &st) == 0 && (long long)st.st_mtime > *t)
        *t = (long long)st.st_mtime;
}

long long rp_project_epoch(const rp_project *p)
{
    long long t = 0;
    if (rp_epoch_env(&t) == 0)
        return t;
    t = 0;
    newest(p->m->ini, &t);
    newest(p->m->regions_path, &t);
    for (size_t k = 0; k < p->m->ndatasets; k++)
        newest(p->m->datasets[k].path, &t);
    for (size_t k = 0; k < p->m->nestimates; k++)
        if (p->captures && p->captures[k])
            newest(p->captures[k]->file, &t);
    for (size_t i = 0; p->texts && i < p->texts->n; i++)
        if (p->texts->f[i].used)
            newest(p->texts->f[i].path, &t);
    return t > RP_EPOCH_MAX ? RP_EPOCH_MAX : t;
}
