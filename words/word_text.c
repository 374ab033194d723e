/* Citations of published figures in the rapporteur's own text, worded from the model. */
#include "words/word_text.h"
#include "base/error.h"
#include "words/numfmt.h"
#include "words/phrases.h"
#include "words/word_estimate.h"
#include "words/word_findings.h"
#include "words/wording.h"

#include <ctype.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    const rp_model *m;
    rp_lang lang;
    rp_buf *b;
    char *err;
    size_t n;
    const char *name;     /* the first part */
} cite;

static int fail(cite *c, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static int fail(cite *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(c->err, c->n, fmt, ap);
    va_end(ap);
    return RP_EINVAL;
}

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

/* ---- indicators ---- */

/* The point of year y of s, or an error saying which years have figures. */
static const rp_point *point(cite *c, const rp_series *s, int y)
{
    if (!s->n) {
        fail(c, "%s has no data; expected a citation of an indicator with figures", c->name);
        return NULL;
    }
    if (y < s->year_min || y > s->year_max) {
        fail(c, "%s has figures from %d to %d%s; expected a year in that range", c->name,
             s->year_min, s->year_max, s->cut ? " (the data up to the monitor's year)" : "");
        return NULL;
    }
    const rp_point *p = rp_series_at(s, y);
    if (!p || !p->present || !p->estimable) {
        fail(c, "%s has no figure for %d (no data that year, or too few to compute one); "
             "expected a year with a figure", c->name, y);
        return NULL;
    }
    return p;
}

static int change(cite *c, const rp_series *s, int y)
{
    const rp_point *p = point(c, s, y);
    if (!p)
        return RP_EINVAL;
    const rp_point *q = rp_series_at(s, y - 1);
    if (!q || !q->present || !q->estimable)
        return fail(c, "%s has no change to %d: %d has no figure; expected a year after one "
                    "with a figure", c->name, y, y - 1);
    if (p->suppressed || q->suppressed)
        return hidden(c);
    for (size_t i = 0; i < s->def->nbreaks; i++)
        if (s->def->breaks[i] == y)
            return fail(c, "%s has no change to %d: the series breaks there (the definition "
                        "changed); expected a year within one part of the series", c->name, y);
    rp_yoy yoy;
    if (rp_series_yoy(s, y, c->m->level, &yoy) != 0)
        return fail(c, "%s has no change to %d: %s", c->name, y,
                    (p->flags | q->flags) & RP_FLAG_E
                        ? "one of the two is an estimate, not a count of the register"
                        : "it cannot be computed from the published figures");
    rp_word_yoy_value(c->b, &yoy, yoy.change, 1, c->lang);
    return RP_OK;
}

static int trend(cite *c, const rp_series *s)
{
    if (!s->n)
        return fail(c, "%s has no data; expected a citation of an indicator with figures",
                    c->name);
    if (s->proj.model != RP_PROJ_NONE && !isnan(s->change)) {
        rp_word_trend_rate(c->b, s, c->lang);
        return RP_OK;
    }
    if (s->proj.reason == RP_WHY_HIDDEN)
        return hidden(c);
    return fail(c, "%s has no trend: %s", c->name,
                rp_word_why(s->proj.reason ? s->proj.reason : RP_WHY_NO_FIT, RP_LANG_EN));
}

static int indicator(cite *c, size_t i, const char *when, const char *what)
{
    const rp_series *s = &c->m->series[i];
    int y = 0;
    if (when && !strcmp(when, "latest"))
        y = s->n ? rp_series_latest(s) : 0;
    else if (when && !(y = year_of(when)))
        return fail(c, "%s is no year or figure of %s; expected a year (such as %d), latest, "
                    "year, ci, change or trend", when, c->name, s->n ? s->year_max : 2024);
    if (when && !y && s->n)
        return fail(c, "%s has no figure in any year", c->name);
    if (when && (!strcmp(what, "year") || !strcmp(what, "trend")))
        return fail(c, "%s of %s takes no year; expected {%s.%s}", what, c->name, c->name,
                    what);
    if (!when && (!strcmp(what, "year") || !strcmp(what, "trend"))) {
        if (!strcmp(what, "trend"))
            return trend(c, s);
        if (!(y = s->n ? rp_series_latest(s) : 0))
            return fail(c, "%s has no figure in any year", c->name);
        rp_buf_printf(c->b, "%d", y);
        return RP_OK;
    }
    if (!when)
        y = s->n ? rp_series_latest(s) : 0;
    if (!strcmp(what, "change"))
        return change(c, s, y);
    if (strcmp(what, "value") && strcmp(what, "ci"))
        return fail(c, "%s is no figure of an indicator; expected a year (such as %d), latest, "
                    "year, ci, change or trend", what, s->n ? s->year_max : 2024);
    const rp_point *p = point(c, s, y);
    if (!p)
        return RP_EINVAL;
    if (p->suppressed)
        return hidden(c);
    if (!strcmp(what, "ci"))
        rp_word_point_ci(c->b, s, p, c->m->level, c->lang);
    else
        rp_word_point(c->b, s, p, c->lang);
    return RP_OK;
}

/* ---- targets ---- */

static int target(cite *c, size_t k, const char *when, const char *what)
{
    const rp_target_result *r = &c->m->targets[k];
    if (when)
        return fail(c, "a target has no years; expected {%s.verdict}, {%s.baseline} or "
                    "{%s.target}", c->name, c->name, c->name);
    if (!strcmp(what, "verdict")) {
        rp_buf_puts(c->b, rp_word_category(c->m->assessed[k] ? r->category
                                                             : RP_CAT_NOT_ASSESSABLE, c->lang));
        return RP_OK;
    }
    if (strcmp(what, "baseline") && strcmp(what, "target"))
        return fail(c, "%s is no figure of a target; expected verdict, baseline or target", what);
    if (!c->m->assessed[k])
        return fail(c, "%s has no %s: its indicator has no data", c->name, what);
    if (!strcmp(what, "target")) {
        rp_word_target(c->b, r, c->lang);
        return RP_OK;
    }
    const rp_point *p = rp_series_at(r->series, r->baseline_year);
    if (!p || !p->present || !p->estimable)
        return fail(c, "%s has no baseline value: its indicator has no figure for %d", c->name,
                    r->baseline_year);
    if (p->suppressed)
        return hidden(c);
    rp_word_point(c->b, r->series, p, c->lang);
    return RP_OK;
}

/* ---- estimates ---- */

static int estimate(cite *c, size_t k, const char *when, const char *what)
{
    const rp_estimate *e = c->m->estimates[k];
    if (!e)
        return fail(c, "%s has no estimate (no capture histories up to the monitor's year)",
                    c->name);
    const rp_estimate_row *r = NULL;
    if (!when || !strcmp(when, "latest")) {
        if (!(r = rp_estimate_headline(e)))
            return fail(c, "%s has no published estimate", c->name);
    } else {
        for (size_t i = 0; i < e->nrows && !r; i++)
            if (!strcmp(e->row[i].stratum, when))
                r = &e->row[i];
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
    if (r->publish == RP_EST_SMALL || r->publish == RP_EST_SECOND)
        return hidden(c);
    if (observed) {
        rp_word_est_count(c->b, r, r->r.observed, c->m->p->m->suppress_below, c->lang);
        return RP_OK;
    }
    if (r->reason != RP_EST_OK) {
        rp_buf e_why;
        rp_buf_init(&e_why);
        rp_word_est_reason(&e_why, e, r, RP_LANG_EN);
        int st = fail(c, "%s has no estimate for %s: %s", c->name, r->stratum,
                      rp_buf_str(&e_why));
        rp_buf_free(&e_why);
        return st;
    }
    if (ci)
        rp_word_est_figure(c->b, e, r, c->m->p->m->suppress_below, c->lang);
    else if (ratio)
        rp_fmt_num(c->b, r->r.estimate / r->r.observed, 1, c->lang);
    else
        rp_fmt_num(c->b, r->r.estimate, 0, c->lang);
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
static void known_names(rp_buf *b, const rp_monitor *mon)
{
    for (size_t i = 0; i < mon->nindicators; i++)
        rp_buf_printf(b, "%s%s", i ? ", " : "", mon->indicators[i].id);
    if (mon->nindicators)
        rp_buf_puts(b, " (indicators)");
    for (size_t i = 0; i < mon->ntargets; i++)
        rp_buf_printf(b, "%s%s", i ? ", " : "; ", mon->targets[i].id);
    if (mon->ntargets)
        rp_buf_puts(b, " (targets)");
    for (size_t i = 0; i < mon->nestimates; i++)
        rp_buf_printf(b, "%s%s", i ? ", " : "; ", mon->estimates[i].id);
    if (mon->nestimates)
        rp_buf_puts(b, " (estimates)");
}

static int monitor_year(const rp_model *m)
{
    return m->last_year && m->last_year < m->p->year_max ? m->last_year : m->p->year_max;
}

int rp_word_cite(rp_buf *b, const rp_model *m, const char *name, rp_lang lang, char *err,
                 size_t n)
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
    cite c = {m, lang, b, err, n, part[0]};
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
        known_names(&names, mon);
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
    rp_buf b;
    rp_buf_init(&b);
    for (size_t i = 0; t && i < t->n; i++)
        for (size_t j = 0; j < t->f[i].n; j++) {
            const rp_tblock *k = &t->f[i].b[j];
            for (size_t r = 0; r < k->nruns; r++) {
                if (!k->runs[r].cite)
                    continue;
                rp_buf_clear(&b);
                if (rp_word_cite(&b, m, k->runs[r].text, m->p->m->lang, err, sizeof err)) {
                    rp_diag_error(diag, t->f[i].path, k->runs[r].line, k->runs[r].col,
                                  "{%s}: %s", k->runs[r].text, err);
                    errors++;
                }
            }
        }
    rp_buf_free(&b);
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
