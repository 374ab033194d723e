/* Citations of published figures in the rapporteur's own text, worded from the model. */
#include "words/word_text.h"
#include "stats/cells.h"
#include "base/error.h"
#include "words/numfmt.h"
#include "words/phrases.h"
#include "words/word_estimate.h"
#include "words/word_diag.h"
#include "words/word_findings.h"
#include "words/wording.h"
#include "stats/findings.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const rp_model *m;
    const rp_cells *l;    /* the run's published cells (stats/cells.h) */
    rp_lang lang;
    rp_buf *b;
    char *err;
    size_t n;
    const char *name;     /* the first part, as written */
    const char *item;     /* the id of the section it names, the cells' item */
} cite;

/* A citation's problem, in the document's language (the RP_MSG section of words/phrases.h). */
static int fail_with(cite *c, char *msg)
{
    snprintf(c->err, c->n, "%s", msg ? msg : strerror(ENOMEM));
    free(msg);
    return RP_EINVAL;
}
#define fail(c, ...) fail_with((c), rp_word_msgf((c)->lang, __VA_ARGS__))

static int hidden(cite *c)
{
    rp_buf_puts(c->b, rp_word_hidden_sign());
    return RP_OK;
}

/* A year as a citation writes it: four digits. */
static int year_of(const char *s)
{
    if (strlen(s) != 4 || strspn(s, "0123456789") != 4)
        return 0;
    return atoi(s);
}

/* A published cell by its table, item, year, key and field; NULL when the run has none. */
static const rp_pcell *cell(const cite *c, rp_ptable t, int year, const char *key,
                            const char *field)
{
    return rp_cells_get(c->l, t, c->item, year, key, NAN, field);
}

/* The first cell of a table for this item and field (a trend: one per indicator). */
static const rp_pcell *first_cell(const cite *c, rp_ptable t, const char *field)
{
    for (size_t i = 0; i < c->l->n; i++)
        if (c->l->c[i].table == t && !strcmp(c->l->c[i].item, c->item) &&
            !strcmp(c->l->c[i].field, field))
            return &c->l->c[i];
    return NULL;
}

/* ---- indicators: the series, trend and change cells ---- */

/* The latest year whose value is published (shown or hidden), or 0. */
static int latest(const cite *c)
{
    int y = 0;
    for (size_t i = 0; i < c->l->n; i++) {
        const rp_pcell *p = &c->l->c[i];
        if (p->table == RP_PT_SERIES && !strcmp(p->item, c->item) &&
            !strcmp(p->field, "value") && (p->mark == RP_PM_SHOWN || p->mark == RP_PM_HIDDEN) &&
            p->year > y)
            y = p->year;
    }
    return y;
}

/* The value cell of year y, or an error saying which years have figures. */
static const rp_pcell *point(cite *c, const rp_series *s, int y)
{
    const rp_pcell *p = cell(c, RP_PT_SERIES, y, "", "value");
    if (!s->n) {
        fail(c, "%s has no data; expected a citation of an indicator with figures", c->name);
        return NULL;
    }
    if (!p) {
        if (s->cut)
            fail(c, "%s has figures from %d to %d (the data up to the monitor's year); expected "
                 "a year in that range", c->name, s->year_min, s->year_max);
        else
            fail(c, "%s has figures from %d to %d; expected a year in that range", c->name,
                 s->year_min, s->year_max);
        return NULL;
    }
    if (p->mark == RP_PM_MISSING || p->mark == RP_PM_NA) {
        fail(c, "%s has no figure for %d (no data that year, or too few to compute one); "
             "expected a year with a figure", c->name, y);
        return NULL;
    }
    return p;
}

/* The change from the year before as the key findings state it: the report publishes no
 * other, so a citation cannot make one up. */
static int change(cite *c, const rp_series *s, int y)
{
    const rp_pcell *p = point(c, s, y), *q = cell(c, RP_PT_SERIES, y - 1, "", "value");
    if (!p)
        return RP_EINVAL;
    if (!q || q->mark == RP_PM_MISSING || q->mark == RP_PM_NA)
        return fail(c, "%s has no change to %d: %d has no figure; expected a year after one "
                    "with a figure", c->name, y, y - 1);
    if (p->mark == RP_PM_HIDDEN || q->mark == RP_PM_HIDDEN)
        return hidden(c);
    char prev[16];
    snprintf(prev, sizeof prev, "%d", y - 1);
    const rp_pcell *v = cell(c, RP_PT_CHANGE, y, prev, "value");
    if (!v && (p->flags & RP_PFLAG_BREAK))
        return fail(c, "%s has no change to %d: the series breaks there (the definition "
                    "changed); expected a year within one part of the series", c->name, y);
    if (!v)
        return fail(c, "the report states no change of %s to %d: it gives the change of the "
                    "latest year for the key findings' indicators only; expected one of them, "
                    "or %s pinned among them (findings = or text/findings.md)", c->name, y,
                    c->name);
    rp_measure ms = s->def->measure;
    rp_yoy yoy = {y, y - 1,
                  ms == RP_MEASURE_SHARE ? RP_CHANGE_PP : ms == RP_MEASURE_MEAN ? RP_CHANGE_UNIT
                                                                              : RP_CHANGE_PCT,
                  v->value, NAN, NAN, NAN};
    rp_word_yoy_value(c->b, &yoy, yoy.change, 1, c->lang);
    return RP_OK;
}

static int trend(cite *c, const rp_series *s)
{
    if (!s->n)
        return fail(c, "%s has no data; expected a citation of an indicator with figures",
                    c->name);
    if (first_cell(c, RP_PT_TREND, "value")) { /* the one trend its section states */
        rp_word_trend_rate(c->b, s, c->lang);
        return RP_OK;
    }
    if (s->proj.reason == RP_WHY_HIDDEN)
        return hidden(c);
    return fail(c, "%s has no trend: %s", c->name,
                rp_word_why(s->proj.reason ? s->proj.reason : RP_WHY_NO_FIT, c->lang));
}

static int indicator(cite *c, size_t i, const char *when, const char *what)
{
    const rp_series *s = &c->m->series[i];
    int y = 0;
    if (when && !strcmp(when, "latest"))
        y = latest(c);
    else if (when && !(y = year_of(when)))
        return fail(c, "%s is no year or figure of %s; expected a year (such as %d), latest, "
                    "year, ci, change or trend", when, c->name, s->n ? s->year_max : 2024);
    if (when && !y && s->n)
        return fail(c, "%s has no figure in any year", c->name);
    if (when && (!strcmp(what, "year") || !strcmp(what, "trend")))
        return fail(c, "%s of %s takes no year; expected {%s.%s}", what, c->name, c->name,
                    what);
    if (!when && !strcmp(what, "trend"))
        return trend(c, s);
    if (!when && !(y = latest(c)) && s->n)
        return fail(c, "%s has no figure in any year", c->name);
    if (!when && !strcmp(what, "year")) {
        rp_buf_printf(c->b, "%d", y);
        return RP_OK;
    }
    if (!strcmp(what, "change"))
        return change(c, s, y);
    if (strcmp(what, "value") && strcmp(what, "ci"))
        return fail(c, "%s is no figure of an indicator; expected a year (such as %d), latest, "
                    "year, ci, change or trend", what, s->n ? s->year_max : 2024);
    const rp_pcell *p = point(c, s, y);
    if (!p)
        return RP_EINVAL;
    if (p->mark == RP_PM_HIDDEN)
        return hidden(c);
    /* worded as the tables word a point, from the published cells */
    const rp_pcell *lo = cell(c, RP_PT_SERIES, y, "", "lo"), *hi = cell(c, RP_PT_SERIES, y, "",
                                                                       "hi");
    rp_point pt = {.year = y, .present = 1, .estimable = 1, .value = p->value,
                   .lo = lo ? lo->value : NAN, .hi = hi ? hi->value : NAN};
    if (!strcmp(what, "ci"))
        rp_word_point_ci(c->b, s, &pt, c->m->level, c->lang);
    else
        rp_word_point(c->b, s, &pt, c->lang);
    return RP_OK;
}

/* ---- targets: the target cells ---- */

static int target(cite *c, size_t k, const char *when, const char *what)
{
    const rp_target_result *r = &c->m->targets[k];
    if (when)
        return fail(c, "a target has no years; expected {%s.verdict}, {%s.baseline} or "
                    "{%s.target}", c->name, c->name, c->name);
    if (!strcmp(what, "verdict")) {
        const rp_pcell *p = first_cell(c, RP_PT_TARGET, "value");
        for (; p && p < c->l->c + c->l->n && p->table == RP_PT_TARGET &&
               !strcmp(p->item, c->item); p++)
            for (int cat = 0; p->text && !strcmp(p->key, "category") && cat < RP_CAT_N; cat++)
                if (!strcmp(p->text, rp_category_name((rp_category)cat))) {
                    rp_buf_puts(c->b, rp_word_category((rp_category)cat, c->lang));
                    return RP_OK;
                }
        return fail(c, "%s has no verdict", c->name);
    }
    if (strcmp(what, "baseline") && strcmp(what, "target"))
        return fail(c, "%s is no figure of a target; expected verdict, baseline or target", what);
    if (!c->m->assessed[k])
        return fail(c, "%s has no %s: its indicator has no data", c->name, what);
    const rp_pcell *p = !strcmp(what, "target")
                            ? cell(c, RP_PT_TARGET, r->def->target_year, "target", "value")
                            : cell(c, RP_PT_TARGET, r->def->baseline_year, "baseline", "value");
    if (!p)
        return fail(c, "%s has no %s value: its indicator has no figure for %d", c->name, what,
                    r->def->baseline_year);
    if (p->mark == RP_PM_HIDDEN)
        return hidden(c);
    if (p->text) /* a target kept as written, where its value would give a hidden one */
        rp_word_target(c->b, r, c->lang);
    else
        rp_word_value(c->b, r->series->def, p->value, c->lang);
    return RP_OK;
}

/* ---- estimates: the estimate cells ---- */

static int estimate(cite *c, size_t k, const char *when, const char *what)
{
    const rp_estimate *e = c->m->estimates[k];
    if (!e)
        return fail(c, "%s has no estimate (no capture histories up to the monitor's year)",
                    c->name);
    const rp_estimate_row *r = NULL;
    int pooled = 0;
    if (!when || !strcmp(when, "latest")) { /* the row the chapter leads with */
        if (!(r = rp_estimate_headline(e)))
            return fail(c, "%s has no published estimate", c->name);
    } else {
        for (size_t i = 0; i < e->nrows && !r; i++)
            if (!strcmp(e->row[i].stratum, when)) {
                r = &e->row[i];
                pooled = e->nrows > 1 && i == e->nrows - 1;
            }
        if (!r)
            return fail(c, "%s is no stratum or figure of %s; expected a stratum (%s to %s), "
                        "latest, year, value, ci, ratio or observed", when, c->name,
                        e->row[0].stratum, e->row[e->nrows - 1].stratum);
    }
    if (!strcmp(what, "year")) {
        if (when)
            return fail(c, "%s.year is the stratum of the latest estimate; expected "
                        "{%s.year} without a stratum", c->name, c->name);
        rp_buf_puts(c->b, r->stratum);
        return RP_OK;
    }
    int value = !strcmp(what, "value"), ci = !strcmp(what, "ci");
    int ratio = !strcmp(what, "ratio"), observed = !strcmp(what, "observed");
    if (!value && !ci && !ratio && !observed)
        return fail(c, "%s is no figure of an estimate; expected a stratum (such as %s), "
                    "latest, year, value, ci, ratio or observed", what, r->stratum);
    int year = pooled ? c->m->last_year : 0;
    const rp_pcell *obs = cell(c, RP_PT_ESTIMATE, year, r->stratum, "observed");
    const rp_pcell *est = cell(c, RP_PT_ESTIMATE, year, r->stratum, "value");
    if (!obs || !est)
        return fail(c, "%s has no published estimate for %s", c->name, r->stratum);
    if (obs->mark == RP_PM_HIDDEN || est->mark == RP_PM_HIDDEN)
        return hidden(c);
    if (observed) {
        rp_fmt_num(c->b, obs->value, 0, c->lang);
        return RP_OK;
    }
    if (est->mark != RP_PM_SHOWN) {
        rp_buf why;
        rp_buf_init(&why);
        rp_word_est_reason(&why, e, r, c->lang);
        int st = fail(c, "%s has no estimate for %s: %s", c->name, r->stratum,
                      rp_buf_str(&why));
        rp_buf_free(&why);
        return st;
    }
    if (ratio) {
        rp_fmt_num(c->b, est->value / obs->value, 1, c->lang);
    } else if (ci) { /* as the chapter's headline writes it */
        rp_word_est_figure(c->b, e, r, c->m->p->m->suppress_below, c->lang);
    } else {
        rp_fmt_num(c->b, est->value, 0, c->lang);
    }
    return RP_OK;
}

/* ---- names ---- */

static int find_id(const rp_monitor *mon, const char *name, int *kind, size_t *k)
{
    int found = 0;
    for (size_t i = 0; i < mon->nindicators; i++)
        if (!strcmp(mon->indicators[i].id, name))
            *kind = 0, *k = i, found++;
    for (size_t i = 0; i < mon->ntargets; i++)
        if (!strcmp(mon->targets[i].id, name))
            *kind = 1, *k = i, found++;
    for (size_t i = 0; i < mon->nestimates; i++)
        if (!strcmp(mon->estimates[i].id, name))
            *kind = 2, *k = i, found++;
    if (!found && !strcmp(name, "estimate") && mon->nestimates == 1)
        *kind = 2, *k = 0, found = 1;
    return found;
}

/* "victims_total, minors_share (indicators); ..." for the message about an unknown name. */
static void known_names(rp_buf *b, const rp_monitor *mon, rp_lang lang)
{
    for (size_t i = 0; i < mon->nindicators; i++)
        rp_buf_printf(b, "%s%s", i ? ", " : "", mon->indicators[i].id);
    if (mon->nindicators)
        rp_buf_puts(b, rp_word_msg(" (indicators)", lang));
    for (size_t i = 0; i < mon->ntargets; i++)
        rp_buf_printf(b, "%s%s", i ? ", " : "; ", mon->targets[i].id);
    if (mon->ntargets)
        rp_buf_puts(b, rp_word_msg(" (targets)", lang));
    for (size_t i = 0; i < mon->nestimates; i++)
        rp_buf_printf(b, "%s%s", i ? ", " : "; ", mon->estimates[i].id);
    if (mon->nestimates)
        rp_buf_puts(b, rp_word_msg(" (estimates)", lang));
}

static int monitor_year(const rp_model *m)
{
    return m->last_year && m->last_year < m->p->year_max ? m->last_year : m->p->year_max;
}

int rp_word_cite(rp_buf *b, const rp_model *m, const rp_cells *cells, const char *name,
                 rp_lang lang, char *err, size_t n)
{
    char part[3][128] = {{0}};
    size_t np = 0;
    for (const char *s = name; np < 3;) {
        size_t len = strcspn(s, ".");
        snprintf(part[np++], sizeof part[0], "%.*s", (int)(len < 127 ? len : 127), s);
        if (!s[len])
            break;
        s += len + 1;
    }
    cite c = {m, cells, lang, b, err, n, part[0], part[0]};
    const rp_monitor *mon = m->p->m;
    int kind = 0;
    size_t k = 0, found = (size_t)find_id(mon, part[0], &kind, &k);
    if (np == 1 && !strcmp(part[0], "year") && !found) {
        rp_buf_printf(b, "%d", monitor_year(m));
        return RP_OK;
    }
    if (found > 1)
        return fail(&c, "%s names more than one section of monitor.ini (an indicator, a "
                    "target or an estimate); expected a name that says which (rename one)",
                    part[0]);
    if (!found) {
        rp_buf names;
        rp_buf_init(&names);
        known_names(&names, mon, lang);
        int st = fail(&c, "%s is no indicator, target or estimate of monitor.ini; expected "
                      "one of %s, or {year}", part[0], rp_buf_str(&names));
        rp_buf_free(&names);
        return st;
    }
    if (np == 1)
        return fail(&c, "a citation names a figure of %s; expected such as {%s.%s}", part[0],
                    part[0], kind == 1 ? "verdict" : "latest");
    /* the second part is a year or stratum (or latest) when a third follows, or when it is
     * not the name of a figure */
    static const char *const figures[] = {"value", "ci", "change", "trend", "year", "verdict",
                                          "baseline", "target", "ratio", "observed", NULL};
    int figure = 0;
    for (size_t i = 0; figures[i]; i++)
        figure |= !strcmp(part[1], figures[i]);
    const char *when = np == 3 || (!figure && kind != 1) ? part[1] : NULL;
    const char *what = np == 3 ? part[2] : figure || kind == 1 ? part[1] : "value";
    c.item = kind == 0 ? mon->indicators[k].id : kind == 1 ? mon->targets[k].id
                                                          : mon->estimates[k].id;
    if (kind == 0)
        return indicator(&c, k, when, what);
    if (kind == 1)
        return target(&c, k, when, what);
    return estimate(&c, k, when, what);
}

int rp_word_texts_apply(const rp_model *m)
{
    const rp_project *p = m->p;
    int own = p->m->report_year ? p->m->report_year : p->year_max;
    int run = m->last_year ? m->last_year : p->year_max;
    return own == run;
}

size_t rp_word_texts_check(const rp_model *m, rp_diag *diag)
{
    const rp_texts *t = rp_word_texts_apply(m) ? m->p->texts : NULL;
    size_t errors = 0;
    char err[1024];
    if (!t || !t->n)
        return 0;
    rp_cells *cells = rp_model_cells(m);
    if (!cells) {
        rp_diag_error(diag, m->p->m->ini, 0, 0, "out of memory");
        return 1;
    }
    rp_buf b;
    rp_buf_init(&b);
    for (size_t i = 0; t && i < t->n; i++)
        for (size_t j = 0; j < t->f[i].n; j++) {
            const rp_tblock *k = &t->f[i].b[j];
            for (size_t r = 0; r < k->nruns; r++) {
                if (!k->runs[r].cite)
                    continue;
                rp_buf_clear(&b);
                if (rp_word_cite(&b, m, cells, k->runs[r].text, m->p->m->lang, err,
                                 sizeof err)) {
                    rp_diag_error(diag, t->f[i].path, k->runs[r].line, k->runs[r].col,
                                  "{%s}: %s", k->runs[r].text, err);
                    errors++;
                }
            }
        }
    rp_buf_free(&b);
    rp_cells_free(cells);
    free(cells);
    return errors;
}

const char *rp_word_text_title(rp_text_role role, rp_lang lang)
{
    switch (role) {
    case RP_TEXT_INTRODUCTION: return RP_PH(lang, RP_PH_TEXT_INTRODUCTION);
    case RP_TEXT_RECOMMENDATIONS: return RP_PH(lang, RP_PH_TEXT_RECOMMENDATIONS);
    case RP_TEXT_COLOPHON: return RP_PH(lang, RP_PH_TEXT_COLOPHON);
    case RP_TEXT_INDICATOR:
    case RP_TEXT_TARGET:
    case RP_TEXT_ESTIMATE: return RP_PH(lang, RP_PH_TEXT_COMMENTARY);
    default: return "";
    }
}
