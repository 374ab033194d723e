/* Parses monitor.ini with inih, checking every section and key as it goes. */
#include "datasets/monitor.h"
#include "base/openfile.h"
#include "base/buf.h"
#include "base/value.h"
#include "datasets/pqlib.h"

#include <ctype.h>
#include <errno.h>
#include <ini.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

enum {
    SEC_NONE, SEC_MONITOR, SEC_REGIONS, SEC_DATASET, SEC_INDICATOR, SEC_TARGET, SEC_ESTIMATE,
    SEC_BAD
};

typedef struct {
    rp_monitor *m;
    rp_diag *diag;
    const char *ini;
    FILE *fp;
    long line;
    int cont;            /* the current line is indented: it continues the previous key */
    int sec;             /* SEC_* of the current section */
    size_t idx;          /* index of the current dataset/indicator/target */
    char **keys;         /* keys set in the current section */
    size_t nkeys;
    char *last_key;
    int seen_monitor, seen_regions;
    int csv_set;         /* [monitor] csv was given; else the language's dialect */
    char *buf;           /* the physical line */
    size_t cap;
    const char *rest;    /* what is left of a long text value, or NULL */
    long *phys;          /* physical line of each line inih counted */
    size_t nphys, capphys;
} ctx;

#define ERR(c, ...) rp_diag_error((c)->diag, (c)->ini, (c)->line, 0, __VA_ARGS__)

static void clear_keys(ctx *c)
{
    for (size_t i = 0; i < c->nkeys; i++)
        free(c->keys[i]);
    free(c->keys);
    c->keys = NULL;
    c->nkeys = 0;
    free(c->last_key);
    c->last_key = NULL;
}

static int valid_id(const char *s)
{
    if (!*s)
        return 0;
    for (; *s; s++)
        if (!isalnum((unsigned char)*s) && *s != '_' && *s != '-')
            return 0;
    return 1;
}

/* Appends a zeroed element to an array of structs; returns its index or -1. */
static long push(void **arr, size_t *n, size_t size)
{
    void *p = realloc(*arr, (*n + 1) * size);
    if (!p)
        return -1;
    *arr = p;
    memset((char *)p + *n * size, 0, size);
    return (long)(*n)++;
}

static int duplicate_id(ctx *c, int sec, const char *id)
{
    rp_monitor *m = c->m;
    size_t n = sec == SEC_DATASET     ? m->ndatasets
               : sec == SEC_INDICATOR ? m->nindicators
               : sec == SEC_ESTIMATE  ? m->nestimates
                                      : m->ntargets;
    for (size_t i = 0; i < n; i++) {
        const char *other = sec == SEC_DATASET     ? m->datasets[i].id
                            : sec == SEC_INDICATOR ? m->indicators[i].id
                            : sec == SEC_ESTIMATE  ? m->estimates[i].id
                                                   : m->targets[i].id;
        long line = sec == SEC_DATASET     ? m->datasets[i].line
                    : sec == SEC_INDICATOR ? m->indicators[i].line
                    : sec == SEC_ESTIMATE  ? m->estimates[i].line
                                           : m->targets[i].line;
        if (strcmp(other, id) == 0) {
            ERR(c, "a second section named \"%s\" (the first is on line %ld); expected unique "
                   "names", id, line);
            return 1;
        }
    }
    return 0;
}

static void start_typed(ctx *c, int sec, const char *id)
{
    const char *what = sec == SEC_DATASET     ? "dataset"
                       : sec == SEC_INDICATOR ? "indicator"
                       : sec == SEC_ESTIMATE  ? "estimate"
                                              : "target";
    if (!valid_id(id)) {
        ERR(c, "%s name \"%s\" has characters other than letters, digits, '_' and '-'; "
               "expected a name like %s_1 (it becomes a file name)", what, id, what);
        c->sec = SEC_BAD;
        return;
    }
    if (duplicate_id(c, sec, id)) {
        c->sec = SEC_BAD;
        return;
    }
    rp_monitor *m = c->m;
    long i = sec == SEC_DATASET ? push((void **)&m->datasets, &m->ndatasets, sizeof(rp_dataset_def))
             : sec == SEC_INDICATOR
                 ? push((void **)&m->indicators, &m->nindicators, sizeof(rp_indicator_def))
             : sec == SEC_ESTIMATE
                 ? push((void **)&m->estimates, &m->nestimates, sizeof(rp_estimate_def))
                 : push((void **)&m->targets, &m->ntargets, sizeof(rp_target_def));
    if (i < 0) {
        c->sec = SEC_BAD;
        return;
    }
    c->idx = (size_t)i;
    c->sec = sec;
    if (sec == SEC_DATASET) {
        m->datasets[i].id = rp_strdup(id);
        m->datasets[i].line = c->line;
    } else if (sec == SEC_INDICATOR) {
        rp_indicator_def *d = &m->indicators[i];
        d->id = rp_strdup(id);
        d->line = c->line;
        d->per = 100000;
        d->years = 2;
    } else if (sec == SEC_ESTIMATE) {
        rp_estimate_def *e = &m->estimates[i];
        e->id = rp_strdup(id);
        e->line = c->line;
        e->model = RP_EST_STEPWISE;
        e->threshold = 0.02;
        e->seed = 1;
    } else {
        m->targets[i].id = rp_strdup(id);
        m->targets[i].line = c->line;
    }
}

/* Called by the reader for every "[...]" line, before inih sees it. */
static void start_section(ctx *c, char *name)
{
    clear_keys(c);
    rp_trim(name);
    char *sp = name + strcspn(name, " \t");
    char *id = sp;
    if (*sp) {
        *sp = '\0';
        id = rp_trim(sp + 1);
    }
    if (strcmp(name, "monitor") == 0 && !*id) {
        if (c->seen_monitor++)
            ERR(c, "a second [monitor] section; expected one");
        c->sec = SEC_MONITOR;
    } else if (strcmp(name, "regions") == 0 && !*id) {
        if (c->seen_regions++)
            ERR(c, "a second [regions] section; expected one");
        c->m->regions_line = c->line;
        c->sec = SEC_REGIONS;
    } else if (strcmp(name, "dataset") == 0 || strcmp(name, "indicator") == 0 ||
               strcmp(name, "target") == 0 || strcmp(name, "estimate") == 0) {
        int sec = name[0] == 'd' ? SEC_DATASET : name[0] == 'i' ? SEC_INDICATOR
                  : name[0] == 'e' ? SEC_ESTIMATE : SEC_TARGET;
        if (!*id) {
            ERR(c, "[%s] needs a name; expected [%s NAME]", name, name);
            c->sec = SEC_BAD;
        } else {
            start_typed(c, sec, id);
        }
    } else {
        ERR(c, "unknown section [%s%s%s]; expected [monitor], [regions], [dataset NAME], "
               "[indicator NAME], [target NAME] or [estimate NAME]", name, *id ? " " : "", id);
        c->sec = SEC_BAD;
    }
}

/* ---- values ---- */

static int parse_int(ctx *c, const char *key, const char *v, long lo, long hi, int *out)
{
    long x;
    if (rp_parse_long(v, &x) || x < lo || x > hi) {
        ERR(c, "%s = %s; expected a whole number from %ld to %ld", key, v, lo, hi);
        return -1;
    }
    *out = (int)x;
    return 0;
}

static int parse_num(ctx *c, const char *key, const char *v, double lo, double hi, double *out)
{
    double x;
    if (rp_parse_double(v, '.', &x) || !(x >= lo && x <= hi)) {
        ERR(c, "%s = %s; expected a number from %g to %g (with a decimal point)", key, v, lo, hi);
        return -1;
    }
    *out = x;
    return 0;
}

/* names: "a|b|c"; returns the position of v in it. */
static int parse_choice(ctx *c, const char *key, const char *v, const char *names, int *out)
{
    const char *p = names;
    for (int i = 0; *p; i++) {
        size_t n = strcspn(p, "|");
        if (strlen(v) == n && strncasecmp(v, p, n) == 0) {
            *out = i;
            return 0;
        }
        p += n + (p[n] == '|');
    }
    rp_buf alts;
    rp_buf_init(&alts);
    for (p = names; *p;) {
        size_t n = strcspn(p, "|");
        if (p != names && !p[n])
            rp_buf_printf(&alts, " %s ", rp_diag_text(c->diag, "or"));
        else if (p != names)
            rp_buf_puts(&alts, ", ");
        rp_buf_printf(&alts, "%.*s", (int)n, p);
        p += n + (p[n] == '|');
    }
    ERR(c, "%s = %s; expected %s", key, v, rp_buf_str(&alts));
    rp_buf_free(&alts);
    return -1;
}

static int cmp_int(const void *a, const void *b)
{
    return (*(const int *)a > *(const int *)b) - (*(const int *)a < *(const int *)b);
}

static int parse_years(ctx *c, const char *key, const char *v, int **out, size_t *n)
{
    char *copy = rp_strdup(v);
    int ok = 0;
    for (char *tok = strtok(copy, ", \t"); tok && ok == 0; tok = strtok(NULL, ", \t")) {
        int y;
        int *p = realloc(*out, (*n + 1) * sizeof *p);
        if (!p || parse_int(c, key, tok, 1900, 2100, &y)) {
            if (p)
                *out = p;
            ok = -1;
            break;
        }
        *out = p;
        p[(*n)++] = y;
    }
    free(copy);
    if (*n)
        qsort(*out, *n, sizeof **out, cmp_int);
    return ok;
}

/* target = 1500 | 0.25 | 30% | +25% | -25% | +5% per year */
/* 1.500 and 1,500 read as one and a half in monitor.ini, as fifteen hundred in a Dutch
 * spreadsheet: refused, with what to write instead. A decimal comma is refused too. */
static int separator_problem(ctx *c, const char *v, const char *num)
{
    size_t digits = strspn(num, "0123456789");
    const char *sep = num + digits;
    if ((*sep != '.' && *sep != ',') || digits == 0)
        return 0;
    size_t after = strspn(sep + 1, "0123456789");
    if (after == 3 && digits <= 3 && (sep[4] == '\0' || sep[4] == '%')) {
        char frac[4];
        snprintf(frac, sizeof frac, "%.3s", sep + 1);
        for (int k = 2; k >= 0 && frac[k] == '0'; k--)
            frac[k] = '\0';
        ERR(c, "target = %s is ambiguous (a thousands separator, or decimals?); expected "
               "%.*s%.3s for the whole number, or %.*s%s%s for the decimal one", v, (int)digits,
            num, sep + 1, (int)digits, num, frac[0] ? "." : "", frac);
        return 1;
    }
    if (*sep == ',') {
        ERR(c, "target = %s has a decimal comma; expected a decimal point in monitor.ini "
               "(%.*s.%s)", v, (int)digits, num, sep + 1);
        return 1;
    }
    return 0;
}

static int parse_target(ctx *c, rp_target_def *t, const char *v)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%s", v);
    char *s = rp_trim(buf);
    int annual = 0;
    size_t n = strlen(s);
    const char *suffixes[] = {"per year", "a year", "per jaar", "/year", "/jaar"};
    for (size_t i = 0; i < sizeof suffixes / sizeof *suffixes; i++) {
        size_t k = strlen(suffixes[i]);
        if (n > k && strcasecmp(s + n - k, suffixes[i]) == 0) {
            s[n - k] = '\0';
            rp_trim(s);
            annual = 1;
            break;
        }
    }
    n = strlen(s);
    int pct = n > 0 && s[n - 1] == '%';
    if (pct)
        s[--n] = '\0';
    int sign = s[0] == '+' || s[0] == '-';
    double x;
    if (separator_problem(c, v, s + sign))
        return -1;
    if (!n || rp_parse_double(s, '.', &x) || (annual && !(pct && sign))) {
        ERR(c, "target = %s; expected an absolute value (1500, 0.25 or 25%%), a change from "
               "the baseline (+10%% or -25%%) or a yearly change (+5%% per year)", v);
        return -1;
    }
    t->value_text = rp_strdup(v);
    if (sign && pct) {
        t->kind = annual ? RP_TARGET_ANNUAL : RP_TARGET_CHANGE;
        t->value = x / 100;
        if (t->value <= -1) {
            ERR(c, "target = %s; a fall of 100%% or more is impossible", v);
            return -1;
        }
    } else {
        t->kind = RP_TARGET_ABSOLUTE;
        t->value = pct ? x / 100 : x;
        if (sign && x < 0) {
            ERR(c, "target = %s; expected a value of 0 or more, or a change written with %% "
                   "(-25%%)", v);
            return -1;
        }
    }
    return 0;
}

/* ---- keys ---- */

/* Text keys take indented continuation lines, joined with a space. */
static void set_text(ctx *c, char **dst, const char *v)
{
    if (c->cont && *dst) {
        char *joined = rp_strfmt("%s %s", *dst, v);
        if (joined) {
            free(*dst);
            *dst = joined;
        }
        return;
    }
    free(*dst);
    *dst = rp_strdup(v);
}

static int unknown_key(ctx *c, const char *section, const char *key, const char *known)
{
    ERR(c, "unknown key \"%s\" in %s; expected one of: %s", key, section, known);
    return 0;
}

const char *const rp_finding_kinds[] = {"recidivism", "regions", "changes", "trends",
                                        "targets", "new", "provisional", NULL};

int rp_monitor_finding_add(rp_monitor *m, const char *token)
{
    while (*token == ' ' || *token == '\t')
        token++;
    int drop = *token == '-';
    char *name = rp_strdup(token + drop);
    if (!name)
        return -1;
    rp_trim(name);
    if (!*name) {
        free(name);
        return -1;
    }
    char **n = realloc(m->findings, (m->nfindings + 1) * sizeof *n);
    if (n)
        m->findings = n;
    unsigned char *d = n ? realloc(m->findings_drop, m->nfindings + 1) : NULL;
    if (!d) {
        free(name);
        return -1;
    }
    m->findings_drop = d;
    m->findings[m->nfindings] = name;
    m->findings_drop[m->nfindings++] = (unsigned char)drop;
    return 0;
}

int rp_monitor_finding_known(const rp_monitor *m, const char *name)
{
    if (rp_monitor_indicator(m, name))
        return 1;
    for (size_t k = 0; k < m->nestimates; k++)
        if (!strcmp(m->estimates[k].id, name))
            return 1;
    for (size_t k = 0; rp_finding_kinds[k]; k++)
        if (!strcmp(rp_finding_kinds[k], name))
            return 1;
    return 0;
}

/* findings = a, b, -c: names kept as written, checked once every section is read. */
static void parse_findings(ctx *c, const char *v)
{
    rp_monitor *m = c->m;
    for (size_t i = 0; i < m->nfindings; i++)
        free(m->findings[i]);
    m->nfindings = 0;
    m->findings_line = c->line;
    char *copy = rp_strdup(v);
    for (char *tok = copy ? strtok(copy, ",") : NULL; tok; tok = strtok(NULL, ",")) {
        char *t = rp_trim(tok);
        if (!*(*t == '-' ? rp_trim(t + 1) : t)) {
            ERR(c, "findings has an empty name; expected names separated by commas, such as "
                   "findings = victims_total, hidden, -inspections");
            continue;
        }
        if (rp_monitor_finding_add(m, t))
            break;
    }
    free(copy);
}

static void key_monitor(ctx *c, const char *k, const char *v)
{
    rp_monitor *m = c->m;
    int i;
    if (!strcmp(k, "title"))
        set_text(c, &m->title, v);
    else if (!strcmp(k, "organisation") || !strcmp(k, "organization"))
        set_text(c, &m->organisation, v);
    else if (!strcmp(k, "source"))
        set_text(c, &m->source, v);
    else if (!strcmp(k, "author"))
        set_text(c, &m->author, v);
    else if (!strcmp(k, "language")) {
        if (!parse_choice(c, k, v, "nl|en", &i))
            m->lang = (rp_lang)i;
    } else if (!strcmp(k, "report_year"))
        parse_int(c, k, v, 1900, 2100, &m->report_year);
    else if (!strcmp(k, "confidence"))
        parse_num(c, k, v, 0.5, 0.999, &m->confidence);
    else if (!strcmp(k, "suppress_below"))
        parse_int(c, k, v, 0, 1000, &m->suppress_below);
    else if (!strcmp(k, "illustrative")) {
        if (!parse_choice(c, k, v, "no|yes|false|true|0|1", &i))
            m->illustrative = i % 2;
    } else if (!strcmp(k, "findings")) {
        parse_findings(c, v);
    } else if (!strcmp(k, "template")) {
        set_text(c, &m->template_file, v);
        m->template_line = c->line;
    } else if (!strcmp(k, "missing")) {
        /* CBS writes ".", Eurostat ":" */
        static const char *const signs[] = {".", ":", "..", "-"};
        if (!parse_choice(c, k, v, ".|:|..|-", &i))
            m->missing = signs[i];
    } else if (!strcmp(k, "csv")) {
        if (!parse_choice(c, k, v, "nl|en|machine", &i)) {
            m->csv = (rp_csv_dialect)i;
            c->csv_set = 1;
        }
    } else
        unknown_key(c, "[monitor]", k, "title, organisation, language, report_year, "
                    "confidence, suppress_below, source, author, illustrative, missing, findings, "
                    "csv, template");
}

static void key_regions(ctx *c, const char *k, const char *v)
{
    int i;
    if (!strcmp(k, "file")) {
        set_text(c, &c->m->regions_file, v);
        c->m->regions_line = c->line;
    } else if (!strcmp(k, "funnel")) {
        if (!parse_choice(c, k, v, "auto|exact|multiplicative|additive", &i))
            c->m->funnel = i;
    } else
        unknown_key(c, "[regions]", k, "file, funnel");
}

static void key_dataset(ctx *c, const char *k, const char *v)
{
    rp_dataset_def *d = &c->m->datasets[c->idx];
    int i;
    if (!strcmp(k, "file")) {
        set_text(c, &d->file, v);
        d->file_line = c->line;
    } else if (!strcmp(k, "kind")) {
        if (!parse_choice(c, k, v, "records|counts|recidivism|captures", &i))
            d->kind = (rp_kind)(i + 1);
    } else if (!strcmp(k, "decimal")) {
        if (strcmp(v, ".") && strcmp(v, ","))
            ERR(c, "decimal = %s; expected . or ,", v);
        else
            d->decimal = v[0];
        d->decimal_line = c->line;
    } else if (!strcmp(k, "database")) {
        char why[256];
        if (rp_pg_check_conninfo(v, c->diag, why, sizeof why))
            ERR(c, "[dataset %s] database: %s", d->id, why);
        else
            set_text(c, &d->database, v);
        d->database_line = c->line;
    } else if (!strcmp(k, "table")) {
        set_text(c, &d->table, v);
        d->table_line = c->line;
    } else if (!strcmp(k, "query")) {
        set_text(c, &d->query, v);
        d->query_line = c->line;
    } else if (!strcmp(k, "title"))
        set_text(c, &d->title, v);
    else if (!strcmp(k, "breaks")) {
        parse_years(c, k, v, &d->breaks, &d->nbreaks);
        d->breaks_line = c->line;
    } else if (!strcmp(k, "absent")) {
        if (!parse_choice(c, k, v, "missing|zero", &i))
            d->absent_zero = i == 1;
    } else if (!strcmp(k, "unit")) {
        if (!parse_choice(c, k, v, "fraction|percent", &i))
            d->percent = i == 1;
        d->unit_line = c->line;
    } else
        unknown_key(c, "[dataset]", k, "file, database, table, query, kind, decimal, title, "
                    "breaks, absent, unit");
}

static void key_indicator(ctx *c, const char *k, const char *v)
{
    rp_indicator_def *d = &c->m->indicators[c->idx];
    int i;
    if (!strcmp(k, "title"))
        set_text(c, &d->title, v);
    else if (!strcmp(k, "dataset")) {
        set_text(c, &d->dataset, v);
        d->dataset_line = c->line;
    } else if (!strcmp(k, "measure")) {
        if (!parse_choice(c, k, v, "count|share|rate|mean|recidivism", &i))
            d->measure = (rp_measure)i;
    } else if (!strcmp(k, "where")) {
        set_text(c, &d->where_text, v);
        if (!c->cont)
            d->where_line = c->line;
    } else if (!strcmp(k, "denominator")) {
        set_text(c, &d->denominator_text, v);
        if (!c->cont)
            d->denominator_line = c->line;
    } else if (!strcmp(k, "column")) {
        set_text(c, &d->column, v);
        d->column_line = c->line;
    } else if (!strcmp(k, "by")) {
        set_text(c, &d->by, v);
        d->by_line = c->line;
    } else if (!strcmp(k, "per"))
        parse_num(c, k, v, 1, 1e9, &d->per);
    else if (!strcmp(k, "polarity")) {
        if (!parse_choice(c, k, v, "neutral|up|down", &i))
            d->polarity = (rp_polarity)i;
    } else if (!strcmp(k, "type")) {
        if (!parse_choice(c, k, v, "effect|performance|prestatie", &i))
            d->type = i ? RP_TYPE_PERFORMANCE : RP_TYPE_EFFECT;
    } else if (!strcmp(k, "breaks")) {
        parse_years(c, k, v, &d->breaks, &d->nbreaks);
        d->breaks_line = c->line;
    } else if (!strcmp(k, "years"))
        parse_num(c, k, v, 0.01, 50, &d->years);
    else if (!strcmp(k, "unit"))
        set_text(c, &d->unit, v);
    else if (!strcmp(k, "definition"))
        set_text(c, &d->definition, v);
    else if (!strcmp(k, "source"))
        set_text(c, &d->source, v);
    else if (!strcmp(k, "note"))
        set_text(c, &d->note, v);
    else if (!strcmp(k, "labels")) {
        set_text(c, &d->labels_text, v);
        if (!c->cont)
            d->labels_line = c->line;
    } else
        unknown_key(c, "[indicator]", k, "title, dataset, measure, where, denominator, column, "
                    "by, per, polarity, type, breaks, years, unit, definition, source, note, "
                    "labels");
}

static void key_target(ctx *c, const char *k, const char *v)
{
    rp_target_def *t = &c->m->targets[c->idx];
    if (!strcmp(k, "indicator")) {
        set_text(c, &t->indicator, v);
        t->indicator_line = c->line;
    } else if (!strcmp(k, "baseline_year")) {
        parse_int(c, k, v, 1900, 2100, &t->baseline_year);
        t->baseline_line = c->line;
    } else if (!strcmp(k, "direction")) {
        int i;
        if (!parse_choice(c, k, v, "up|down", &i))
            t->direction = i ? -1 : 1;
        t->direction_line = c->line;
    }
    else if (!strcmp(k, "target")) {
        t->target_line = c->line;
        parse_target(c, t, v);
    } else if (!strcmp(k, "target_year"))
        parse_int(c, k, v, 1900, 2100, &t->target_year);
    else if (!strcmp(k, "owner"))
        set_text(c, &t->owner, v);
    else if (!strcmp(k, "title"))
        set_text(c, &t->title, v);
    else
        unknown_key(c, "[target]", k, "indicator, baseline_year, target, target_year, owner, "
                    "title, direction");
}

/* "A, B, C" into names. */
static void parse_names(ctx *c, const char *v, char ***out, size_t *n)
{
    char *copy = rp_strdup(v), *save = NULL;
    for (char *tok = copy ? strtok_r(copy, ",", &save) : NULL; tok;
         tok = strtok_r(NULL, ",", &save)) {
        char **p = realloc(*out, (*n + 1) * sizeof *p);
        if (!p)
            break;
        *out = p;
        (*out)[(*n)++] = rp_strdup(rp_trim(tok));
        if (!*(*out)[*n - 1])
            ERR(c, "an empty name in \"%s\"; expected names separated by commas", v);
    }
    free(copy);
}

static void key_estimate(ctx *c, const char *k, const char *v)
{
    rp_estimate_def *e = &c->m->estimates[c->idx];
    int i;
    long n;
    if (!strcmp(k, "title"))
        set_text(c, &e->title, v);
    else if (!strcmp(k, "dataset")) {
        set_text(c, &e->dataset, v);
        e->dataset_line = c->line;
    } else if (!strcmp(k, "lists"))
        parse_names(c, v, &e->lists, &e->nlists);
    else if (!strcmp(k, "count"))
        set_text(c, &e->count, v);
    else if (!strcmp(k, "strata") || !strcmp(k, "by"))
        set_text(c, &e->strata, v);
    else if (!strcmp(k, "model")) {
        if (!parse_choice(c, k, v, "main|fixed|stepwise", &i))
            e->model = (rp_est_model)i;
    } else if (!strcmp(k, "terms")) {
        set_text(c, &e->terms, v);
        e->terms_line = c->line;
    } else if (!strcmp(k, "threshold"))
        parse_num(c, k, v, 1e-12, 0.999999, &e->threshold);
    else if (!strcmp(k, "bootstrap")) {
        if (rp_parse_long(v, &n) || (n != 0 && (n < 100 || n > 1000000)))
            ERR(c, "bootstrap = %s; expected 0 (log-normal interval) or a number of replicates "
                   "from 100 to 1000000", v);
        else
            e->bootstrap = (int)n;
    } else if (!strcmp(k, "seed")) {
        if (rp_parse_long(v, &n) || n < 0 || n > 4294967295L)
            ERR(c, "seed = %s; expected a whole number from 0 to 4294967295", v);
        else
            e->seed = (unsigned long)n;
    } else
        unknown_key(c, "[estimate]", k, "title, dataset, lists, count, strata, model, terms, "
                    "threshold, bootstrap, seed");
}

static int is_text_key(const char *k)
{
    static const char *const text[] = {"title", "organisation", "organization", "source",
                                       "author", "where", "denominator", "definition", "owner",
                                       "unit", "note", "labels", NULL};
    for (size_t i = 0; text[i]; i++)
        if (!strcmp(k, text[i]))
            return 1;
    return 0;
}

/* Returns 1 when the key was already given in this section (and says so). */
static int repeated_key(ctx *c, const char *k)
{
    for (size_t i = 0; i < c->nkeys; i++)
        if (!strcmp(c->keys[i], k)) {
            ERR(c, "%s is given twice in this section; expected it once (indent a line to "
                   "continue a long value)", k);
            return 1;
        }
    char **p = realloc(c->keys, (c->nkeys + 1) * sizeof *p);
    if (p) {
        c->keys = p;
        c->keys[c->nkeys++] = rp_strdup(k);
    }
    return 0;
}

static int on_key(void *user, const char *section, const char *name, const char *value)
{
    (void)section;
    ctx *c = user;
    char key[64];
    snprintf(key, sizeof key, "%s", name);
    for (char *p = key; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    if (c->cont) {
        if (!c->last_key || strcmp(c->last_key, key) != 0 || !is_text_key(key)) {
            ERR(c, "an indented line continues %s, which takes a single value; expected "
                   "keys at the start of the line", key);
            return 1;
        }
    } else {
        if (repeated_key(c, key))
            return 1;
        free(c->last_key);
        c->last_key = rp_strdup(key);
    }
    if (!*value && !c->cont) {
        ERR(c, "%s has no value; expected %s = something (or leave the key out)", key, key);
        return 1;
    }
    switch (c->sec) {
    case SEC_MONITOR: key_monitor(c, key, value); break;
    case SEC_REGIONS: key_regions(c, key, value); break;
    case SEC_DATASET: key_dataset(c, key, value); break;
    case SEC_INDICATOR: key_indicator(c, key, value); break;
    case SEC_TARGET: key_target(c, key, value); break;
    case SEC_ESTIMATE: key_estimate(c, key, value); break;
    case SEC_NONE:
        ERR(c, "%s is outside any section; expected it under [monitor] or another section",
            key);
        break;
    default: break; /* a bad section was reported at its header */
    }
    return 1;
}

/* The handler lines inih counts map to physical lines: a long line reaches inih in pieces. */
static void note_line(ctx *c)
{
    if (c->nphys == c->capphys) {
        size_t cap = c->capphys ? 2 * c->capphys : 64;
        long *p = realloc(c->phys, cap * sizeof *p);
        if (!p)
            return;
        c->phys = p;
        c->capphys = cap;
    }
    c->phys[c->nphys++] = c->line;
}

/* Appends to str (holding `used` bytes) the next piece of a long text value, cut at a space
 * so that no word is split; set_text joins the pieces again with a space. */
static char *next_piece(ctx *c, char *str, int num, size_t used)
{
    size_t room = (size_t)num - 3 - used, n = strlen(c->rest);
    if (n > room) {
        n = room;
        while (n > 0 && c->rest[n] != ' ')
            n--;
        if (n == 0) {
            ERR(c, "a word of more than %zu characters; expected text with spaces", room);
            c->rest = NULL;
            str[0] = '\0';
            return str;
        }
    }
    snprintf(str + used, (size_t)num - used, "%.*s", (int)n, c->rest);
    c->rest += n;
    c->rest += strspn(c->rest, " ");
    if (!*c->rest)
        c->rest = NULL;
    return str;
}

/* A line longer than inih's buffer: comments are dropped, text keys go on in pieces, any
 * other key is an error (no number or name is that long). */
static char *long_line(ctx *c, char *str, int num, char *u)
{
    const char *t = u + strspn(u, " \t");
    str[0] = '\0';
    if (*t == ';' || *t == '#')
        return str;
    char key[64] = "";
    const char *eq = strchr(t, '=');
    size_t klen = eq ? strcspn(t, " \t=") : 0;
    if (klen < sizeof key)
        for (size_t i = 0; i < klen; i++)
            key[i] = (char)tolower((unsigned char)t[i]);
    if (!eq || !is_text_key(key) || (*u == ' ' || *u == '\t')) {
        ERR(c, "line is longer than %d characters; expected shorter lines (indent the next "
               "line to continue a long text)", num - 3);
        return str;
    }
    size_t head = (size_t)(eq - t) + 1;
    if (head + 2 > (size_t)num / 2) {
        ERR(c, "line is longer than %d characters; expected shorter lines", num - 3);
        return str;
    }
    c->rest = eq + 1 + strspn(eq + 1, " \t");
    snprintf(str, (size_t)num, "%.*s ", (int)head, t);
    c->cont = 0;
    return next_piece(c, str, num, head + 1);
}

/* inih's line reader, which also counts lines, spots section headers and continuation
 * lines, rejects NUL bytes and bad UTF-8, and hands long text values over in pieces. */
static char *read_line(char *str, int num, void *stream)
{
    ctx *c = stream;
    if (c->rest) { /* indented: inih takes it as a continuation line */
        note_line(c);
        c->cont = 1;
        memcpy(str, "  ", 3);
        return next_piece(c, str, num, 2);
    }
    ssize_t got = getline(&c->buf, &c->cap, c->fp);
    if (got < 0)
        return NULL;
    c->line++;
    note_line(c);
    char *u = c->buf;
    size_t n = (size_t)got;
    if (c->line == 1 && n >= 3 && memcmp(u, "\xEF\xBB\xBF", 3) == 0)
        u += 3, n -= 3;
    while (n > 0 && (u[n - 1] == '\n' || u[n - 1] == '\r'))
        u[--n] = '\0';
    str[0] = '\0';
    if (strlen(u) < n) {
        ERR(c, "line contains a NUL byte; expected text (save monitor.ini as UTF-8 text)");
        return str;
    }
    size_t bad = rp_utf8_check((const unsigned char *)u, n);
    unsigned long nc = bad < n ? rp_utf8_nonchar((unsigned char *)u + bad, n - bad) : 0;
    if (nc) {
        rp_diag_error(c->diag, c->ini, c->line,
                      (long)rp_utf8_chars((const unsigned char *)u, bad) + 1,
                      "U+%04lX is a Unicode noncharacter, which no report can show; expected "
                      "text without it (delete it)", nc);
        for (size_t i = bad; i < n; i += rp_utf8_check((const unsigned char *)u + i, n - i))
            u[i++] = '?';
    } else if (bad < n) {
        ERR(c, "line is not valid UTF-8 (byte 0x%02x at position %zu); save monitor.ini as "
               "UTF-8", (unsigned char)u[bad], bad + 1);
        /* read on with '?' for the bad bytes, so that one bad letter in a title does not
         * also bring "has no title" */
        for (size_t i = bad; i < n; i += rp_utf8_check((const unsigned char *)u + i, n - i))
            u[i++] = '?';
    }
    if (n > (size_t)num - 3)
        return long_line(c, str, num, u);
    memcpy(str, u, n + 1);
    c->cont = (*u == ' ' || *u == '\t') && strspn(u, " \t") < n;
    const char *t = u + strspn(u, " \t");
    if (*t == '[') {
        const char *e = strchr(t, ']');
        if (e) {
            char *name = rp_strndup(t + 1, (size_t)(e - t - 1));
            if (name)
                start_section(c, name);
            free(name);
        }
        c->cont = 0;
    }
    return str;
}

/* ---- after parsing: required keys, references, files ---- */

#define ERRAT(c, line, ...) rp_diag_error((c)->diag, (c)->ini, (line), 0, __VA_ARGS__)

static int has_dotdot(const char *p)
{
    for (const char *s = p; *s;) {
        size_t n = strcspn(s, "/");
        if (n == 2 && s[0] == '.' && s[1] == '.')
            return 1;
        s += n + (s[n] == '/');
    }
    return 0;
}

/* A dataset in a database: database = with one of table = and query =, no file; its rows are
 * records or counts (recidivism and capture histories come from files). */
static void check_database(ctx *c, rp_dataset_def *d)
{
    if (d->file)
        ERRAT(c, d->file_line, "[dataset %s] has both file and database; expected one of them",
              d->id);
    if (!d->database && !d->database_line)
        ERRAT(c, d->table_line ? d->table_line : d->query_line, "[dataset %s] has %s but no "
              "database; expected database = a PostgreSQL connection (postgresql://host/db)",
              d->id, d->table_line ? "table =" : "query =");
    if (d->database_line && !d->table && !d->query)
        ERRAT(c, d->database_line, "[dataset %s] has a database but no table or query; "
              "expected table = NAME or query = SELECT ...", d->id);
    if (d->table && d->query)
        ERRAT(c, d->query_line, "[dataset %s] has both table and query; expected one of them",
              d->id);
    if (d->decimal)
        ERRAT(c, d->decimal_line, "[dataset %s] reads a database, whose numbers have no decimal "
              "convention; expected decimal only for a file", d->id);
    if (d->kind == RP_KIND_RECIDIVISM || d->kind == RP_KIND_CAPTURES)
        ERRAT(c, d->line, "[dataset %s] has kind = %s from a database; expected records or "
              "counts (export %s data as a CSV file)", d->id, rp_kind_name(d->kind),
              rp_kind_name(d->kind));
    if (!d->database || (!d->table && !d->query) || (d->table && d->query))
        return;
    d->source = d->table ? rp_strfmt("[dataset %s] table %s", d->id, d->table)
                         : rp_strfmt("[dataset %s] query", d->id);
}

/* Joins the project folder and a file name, refusing anything that leaves the folder. */
static char *resolve(ctx *c, const char *key, const char *file, long line)
{
    if (file[0] == '/' || has_dotdot(file)) {
        ERRAT(c, line, "%s = %s leaves the project folder; expected a file inside %s", key,
              file, c->m->dir);
        return NULL;
    }
    char *path = rp_strfmt("%s/%s", c->m->dir, file);
    struct stat st;
    if (!path || stat(path, &st) != 0) {
        ERRAT(c, line, "%s = %s: cannot open %s: %s", key, file, path ? path : file,
              strerror(errno));
        free(path);
        return NULL;
    }
    if (!S_ISREG(st.st_mode)) {
        ERRAT(c, line, "%s = %s is not a regular file; expected a CSV file", key, file);
        free(path);
        return NULL;
    }
    char *real = realpath(path, NULL), *realdir = realpath(c->m->dir, NULL);
    size_t n = realdir ? strlen(realdir) : 0;
    int inside = real && realdir && strncmp(real, realdir, n) == 0 && real[n] == '/';
    free(real);
    free(realdir);
    if (!inside) {
        ERRAT(c, line, "%s = %s points outside the project folder (a link?); expected a file "
              "inside %s", key, file, c->m->dir);
        free(path);
        return NULL;
    }
    return path;
}

/* The Word template: a file inside the project that Word saved as a document or template
 * (reports/docx_style.c reads its styles when the report is written). */
static char *resolve_template(ctx *c, const char *file, long line)
{
    size_t n = strlen(file);
    static const char *const ext[] = {".dotx", ".docx", ".dotm", ".docm"};
    int known = 0;
    for (size_t i = 0; i < 4; i++)
        known |= n > 5 && rp_strieq(file + n - 5, ext[i]);
    if (!known) {
        ERRAT(c, line, "template = %s; expected a Word template or document (.dotx or .docx)",
              file);
        return NULL;
    }
    return resolve(c, "template", file, line);
}

static rp_filter *compile_filter(ctx *c, const char *text, long line)
{
    char *err = NULL;
    rp_filter *f = rp_filter_parse(text, c->diag, &err);
    if (!f) {
        ERRAT(c, line, "%s; expected conditions like: minor = 1 and form in (sexual, labour)",
              err ? err : rp_diag_text(c->diag, "out of memory"));
        free(err);
    }
    return f;
}

static void finish_monitor(ctx *c)
{
    rp_monitor *m = c->m;
    if (!c->seen_monitor)
        ERRAT(c, 0, "no [monitor] section; expected one with at least a title");
    else if (!m->title)
        ERRAT(c, 0, "[monitor] has no title; expected title = ...");
    if (m->regions_file)
        m->regions_path = resolve(c, "file", m->regions_file, m->regions_line);
    else if (c->seen_regions)
        ERRAT(c, m->regions_line, "[regions] has no file; expected file = regions.csv");
    if (m->template_file)
        m->template_path = resolve_template(c, m->template_file, m->template_line);
    if (m->ndatasets == 0 && c->seen_monitor)
        ERRAT(c, 0, "no [dataset NAME] section; expected at least one");
    for (size_t i = 0; i < m->ndatasets; i++) {
        rp_dataset_def *d = &m->datasets[i];
        if (d->database_line || d->table_line || d->query_line)
            check_database(c, d);
        else if (!d->file)
            ERRAT(c, d->line, "[dataset %s] has no file; expected file = NAME.csv (or database "
                  "= a PostgreSQL connection with table = or query =)", d->id);
        else
            d->path = resolve(c, "file", d->file, d->file_line);
    }
}

/* The union of two ascending year lists into *a. Returns 0, or -1 when memory runs out. */
static int merge_years(int **a, size_t *na, const int *b, size_t nb)
{
    int *u = malloc((*na + nb) * sizeof *u);
    if (!u)
        return -1;
    size_t n = 0, i = 0, j = 0;
    while (i < *na || j < nb) {
        int y = j >= nb || (i < *na && (*a)[i] <= b[j]) ? (*a)[i++] : b[j++];
        if (!n || u[n - 1] != y)
            u[n++] = y;
    }
    free(*a);
    *a = u;
    *na = n;
    return 0;
}

/* labels = code: Label, code: Label. A code may be labelled once. */
static void parse_labels(ctx *c, rp_indicator_def *d)
{
    char *copy = rp_strdup(d->labels_text), *save = NULL;
    for (char *tok = copy ? strtok_r(copy, ",", &save) : NULL; tok;
         tok = strtok_r(NULL, ",", &save)) {
        char *colon = strchr(tok, ':');
        if (!colon) {
            rp_trim(tok);
            ERRAT(c, d->labels_line, "labels: \"%s\" has no colon; expected code: Label, "
                  "separated by commas", tok);
            continue;
        }
        *colon = '\0';
        char *code = tok, *text = colon + 1;
        rp_trim(code);
        rp_trim(text);
        if (!*code || !*text) {
            ERRAT(c, d->labels_line, "labels: an empty code or label; expected code: Label");
            continue;
        }
        if (rp_indicator_label(d, code) != code) {
            ERRAT(c, d->labels_line, "labels: %s is labelled twice", code);
            continue;
        }
        char **a = realloc(d->label_code, (d->nlabels + 1) * sizeof *a);
        char **b = a ? realloc(d->label_text, (d->nlabels + 1) * sizeof *b) : NULL;
        if (a)
            d->label_code = a;
        if (b)
            d->label_text = b;
        if (!a || !b)
            break;
        d->label_code[d->nlabels] = rp_strdup(code);
        d->label_text[d->nlabels++] = rp_strdup(text);
    }
    free(copy);
    if (d->nlabels && !d->by)
        ERRAT(c, d->labels_line, "[indicator %s] has labels but no by column to label", d->id);
}

const char *rp_indicator_label(const rp_indicator_def *d, const char *code)
{
    for (size_t i = 0; i < d->nlabels; i++)
        if (!strcmp(d->label_code[i], code))
            return d->label_text[i];
    return code;
}

static void finish_indicator(ctx *c, rp_indicator_def *d)
{
    if (d->labels_text)
        parse_labels(c, d);
    rp_monitor *m = c->m;
    if (!d->title)
        ERRAT(c, d->line, "[indicator %s] has no title; expected title = ...", d->id);
    const rp_dataset_def *ds = d->dataset ? rp_monitor_dataset(m, d->dataset) : NULL;
    if (!d->dataset)
        ERRAT(c, d->line, "[indicator %s] has no dataset; expected dataset = NAME of a "
              "[dataset NAME] section", d->id);
    else if (!ds)
        ERRAT(c, d->dataset_line, "dataset = %s: there is no [dataset %s]", d->dataset,
              d->dataset);
    if (ds && ds->nbreaks && merge_years(&d->breaks, &d->nbreaks, ds->breaks, ds->nbreaks))
        ERRAT(c, d->line, "out of memory");
    if (d->where_text)
        d->where = compile_filter(c, d->where_text, d->where_line);
    if (d->denominator_text)
        d->denominator = compile_filter(c, d->denominator_text, d->denominator_line);
    if (d->measure == RP_MEASURE_SHARE && !d->where_text)
        ERRAT(c, d->line, "[indicator %s] measures a share but has no where (the numerator); "
              "expected where = column = value", d->id);
    if (d->measure != RP_MEASURE_SHARE && d->denominator_text)
        ERRAT(c, d->denominator_line, "denominator is only for measure = share");
    if (d->measure == RP_MEASURE_MEAN && !d->column)
        ERRAT(c, d->line, "[indicator %s] measures a mean but has no column; expected column "
              "= a numeric column of the dataset", d->id);
    if (d->measure == RP_MEASURE_RATE && !m->regions_file)
        ERRAT(c, d->line, "[indicator %s] measures a rate but the project has no [regions] "
              "file with population", d->id);
    if (ds && ds->kind == RP_KIND_CAPTURES)
        ERRAT(c, d->dataset_line, "[indicator %s] uses dataset %s of capture histories; those "
              "feed an [estimate NAME] section, not an indicator", d->id, ds->id);
    if (ds && ds->kind == RP_KIND_RECIDIVISM && d->measure != RP_MEASURE_RECIDIVISM)
        ERRAT(c, d->line, "[indicator %s] uses recidivism dataset %s; expected measure = "
              "recidivism", d->id, ds->id);
    if (ds && d->measure == RP_MEASURE_RECIDIVISM && ds->kind != RP_KIND_RECIDIVISM &&
        ds->kind != RP_KIND_AUTO)
        ERRAT(c, d->line, "[indicator %s] measures recidivism; expected its dataset %s to have "
              "kind = recidivism", d->id, ds->id);
}

static int has_year(const int *y, size_t n, int want)
{
    for (size_t i = 0; i < n; i++)
        if (y[i] == want)
            return 1;
    return 0;
}

/* A break declared on one indicator splits only its own series: the other indicators on the
 * same data would run their trends across it. Warned, naming them and the dataset, where a
 * break belongs. Runs before the dataset's breaks are merged into the indicators'. */
static void check_breaks(ctx *c, const rp_indicator_def *d)
{
    const rp_monitor *m = c->m;
    const rp_dataset_def *ds = d->dataset ? rp_monitor_dataset(m, d->dataset) : NULL;
    unsigned char *lacks = ds && d->nbreaks ? calloc(m->nindicators, 1) : NULL;
    if (!lacks)
        return;
    rp_buf years, list;
    rp_buf_init(&years);
    rp_buf_init(&list);
    size_t nothers = 0;
    for (size_t k = 0; k < d->nbreaks; k++) {
        int y = d->breaks[k], lacking = 0;
        for (size_t j = 0; j < m->nindicators && !has_year(ds->breaks, ds->nbreaks, y); j++) {
            const rp_indicator_def *o = &m->indicators[j];
            if (o == d || !o->dataset || strcmp(o->dataset, d->dataset) ||
                has_year(o->breaks, o->nbreaks, y))
                continue;
            lacking = 1;
            nothers += !lacks[j];
            lacks[j] = 1;
        }
        if (lacking)
            rp_buf_printf(&years, "%s%d", years.len ? ", " : "", y);
    }
    for (size_t j = 0, i = 0; j < m->nindicators; j++)
        if (lacks[j]) {
            if (i > 0 && i + 1 == nothers)
                rp_buf_printf(&list, " %s ", rp_diag_text(c->diag, "and"));
            else if (i > 0)
                rp_buf_puts(&list, ", ");
            rp_buf_puts(&list, m->indicators[j].id);
            i++;
        }
    if (nothers)
        rp_diag_warn(c->diag, c->ini, d->breaks_line, 0,
                     nothers == 1 ? "[indicator %s] breaks = %s is declared on this indicator "
                                    "only, while %s uses the same dataset %s and would run its "
                                    "trends across it; expected breaks = %s under [dataset %s], "
                                    "which every indicator on it honours"
                                  : "[indicator %s] breaks = %s is declared on this indicator "
                                    "only, while %s use the same dataset %s and would run their "
                                    "trends across it; expected breaks = %s under [dataset %s], "
                                    "which every indicator on it honours",
                     d->id, rp_buf_str(&years), rp_buf_str(&list), ds->id, rp_buf_str(&years),
                     ds->id);
    rp_buf_free(&years);
    rp_buf_free(&list);
    free(lacks);
}

static void finish_target(ctx *c, rp_target_def *t)
{
    if (!t->indicator)
        ERRAT(c, t->line, "[target %s] has no indicator; expected indicator = NAME", t->id);
    else if (!rp_monitor_indicator(c->m, t->indicator))
        ERRAT(c, t->indicator_line, "indicator = %s: there is no [indicator %s]", t->indicator,
              t->indicator);
    if (!t->baseline_year)
        ERRAT(c, t->line, "[target %s] has no baseline_year; expected the year of the "
              "nulmeting", t->id);
    if (!t->value_text && !t->target_line)
        ERRAT(c, t->line, "[target %s] has no target; expected target = a value or a change "
              "such as -25%%", t->id);
    if (t->target_year && t->baseline_year && t->target_year < t->baseline_year)
        ERRAT(c, t->line, "[target %s]: target_year %d is before baseline_year %d; expected a "
              "later year", t->id, t->target_year, t->baseline_year);
    if (t->kind == RP_TARGET_ANNUAL && !t->target_year)
        ERRAT(c, t->target_line, "a yearly change needs a target_year to end at");
    /* a change written with a sign says its direction: a direction that says the other is a
     * contradiction, not a choice (an absolute target is checked against the baseline value
     * in stats) */
    if (t->direction && t->kind != RP_TARGET_ABSOLUTE && t->value_text && t->value != 0 &&
        (t->value > 0) != (t->direction > 0))
        ERRAT(c, t->direction_line, "[target %s] direction = %s, but target = %s asks for a %s; "
              "expected direction = %s, or no direction (the sign of a change says it)", t->id,
              t->direction > 0 ? "up" : "down", t->value_text,
              rp_diag_text(c->diag, t->value > 0 ? "rise" : "fall"), t->value > 0 ? "up" : "down");
    const rp_indicator_def *d = t->indicator ? rp_monitor_indicator(c->m, t->indicator) : NULL;
    if (!d || t->kind != RP_TARGET_ABSOLUTE || !t->value_text)
        return;
    int frac = d->measure == RP_MEASURE_SHARE || d->measure == RP_MEASURE_RECIDIVISM;
    if (strchr(t->value_text, '%') && !frac)
        ERRAT(c, t->target_line, "target = %s is a percentage, but indicator %s is a %s; "
              "expected a value in its unit (such as 1500), or a change from the baseline "
              "written with a sign (+30%%)", t->value_text, d->id,
              rp_diag_text(c->diag, rp_measure_name(d->measure)));
    else if (frac && t->value > 1)
        ERRAT(c, t->target_line, "target = %s is more than 100%% for the %s of indicator %s; "
              "expected a fraction (0.30) or a percentage (30%%)", t->value_text,
              rp_diag_text(c->diag, rp_measure_name(d->measure)), d->id);
}

static void finish_estimate(ctx *c, rp_estimate_def *e)
{
    const rp_dataset_def *ds = e->dataset ? rp_monitor_dataset(c->m, e->dataset) : NULL;
    if (!e->dataset)
        ERRAT(c, e->line, "[estimate %s] has no dataset; expected dataset = NAME of a "
              "[dataset NAME] with kind = captures", e->id);
    else if (!ds)
        ERRAT(c, e->dataset_line, "dataset = %s: there is no [dataset %s]", e->dataset,
              e->dataset);
    else if (ds->kind != RP_KIND_CAPTURES)
        ERRAT(c, e->dataset_line, "[estimate %s] uses dataset %s; expected that dataset to have "
              "kind = captures (capture histories)", e->id, ds->id);
    if (e->model == RP_EST_FIXED && !e->terms)
        ERRAT(c, e->line, "[estimate %s] has model = fixed but no terms; expected terms = A:B, "
              "C:D (pairs of lists)", e->id);
    if (e->model != RP_EST_FIXED && e->terms)
        ERRAT(c, e->terms_line, "terms is only for model = fixed");
}

static char *dir_of(const char *path)
{
    const char *s = strrchr(path, '/');
    if (!s)
        return rp_strdup(".");
    if (s == path)
        return rp_strdup("/");
    return rp_strndup(path, (size_t)(s - path));
}

/* Every name of findings = is an indicator, an estimate or a kind of finding. */
static void finish_findings(ctx *c)
{
    const rp_monitor *m = c->m;
    for (size_t i = 0; i < m->nfindings; i++)
        if (!rp_monitor_finding_known(m, m->findings[i]))
            ERRAT(c, m->findings_line, "findings names \"%s\", which is no indicator, estimate "
                  "or kind of finding; expected an [indicator] or [estimate] id, or one of "
                  "recidivism, regions, changes, trends, targets, new, provisional",
                  m->findings[i]);
}

static int locate(rp_monitor *m, const char *path, rp_diag *diag)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        rp_diag_error(diag, path, 0, 0, "cannot open: %s; expected a project folder with "
                      "monitor.ini (rapporteur init DIR writes one)", strerror(errno));
        return -1;
    }
    if (S_ISDIR(st.st_mode)) {
        size_t n = strlen(path);
        while (n > 1 && path[n - 1] == '/')
            n--;
        m->dir = rp_strndup(path, n);
        m->ini = rp_strfmt("%s/monitor.ini", m->dir);
    } else {
        m->dir = dir_of(path);
        m->ini = rp_strdup(path);
    }
    return m->dir && m->ini ? 0 : -1;
}

typedef struct {
    rp_lang lang;
    int seen;
} lang_ctx;

static int on_lang_key(void *user, const char *section, const char *name, const char *value)
{
    lang_ctx *l = user;
    if (!l->seen && !strcasecmp(section, "monitor") && !strcasecmp(name, "language")) {
        l->seen = 1;
        if (!strcasecmp(value, "en"))
            l->lang = RP_LANG_EN;
    }
    return 1;
}

int rp_monitor_lang(const char *path, rp_lang *lang)
{
    struct stat st;
    char *ini = stat(path, &st) == 0 && S_ISDIR(st.st_mode) ? rp_strfmt("%s/monitor.ini", path)
                                                            : rp_strdup(path);
    char why[160];
    FILE *fp = ini ? rp_open_regular(ini, 1 << 20, NULL, why, sizeof why) : NULL;
    free(ini);
    if (!fp)
        return -1;
    lang_ctx l = {RP_LANG_NL, 0};
    ini_parse_file(fp, on_lang_key, &l);
    fclose(fp);
    *lang = l.lang;
    return 0;
}

rp_monitor *rp_monitor_load(const char *path, int partial, rp_diag *diag)
{
    rp_monitor *m = calloc(1, sizeof *m);
    if (!m)
        return NULL;
    m->confidence = 0.95;
    m->suppress_below = 5;
    m->missing = ".";
    size_t before = rp_diag_errors(diag);
    if (locate(m, path, diag)) {
        rp_monitor_free(m);
        return NULL;
    }
    ctx c = {0};
    c.m = m;
    c.diag = diag;
    c.ini = m->ini;
    char why[160];
    c.fp = rp_open_regular(m->ini, 1 << 20, diag, why, sizeof why);
    if (!c.fp) {
        rp_diag_error(diag, m->ini, 0, 0, "%s; expected a monitor.ini (rapporteur init DIR "
                      "writes an example)", why);
        rp_monitor_free(m);
        return NULL;
    }
    int r = ini_parse_stream(read_line, &c, on_key, &c);
    fclose(c.fp);
    clear_keys(&c);
    if (r > 0 && (size_t)r <= c.nphys)
        r = (int)c.phys[r - 1];
    free(c.buf);
    free(c.phys);
    if (r > 0)
        rp_diag_error(diag, m->ini, r, 0, "not a key = value line or a [section]; expected "
                      "lines like title = Monitor 2024");
    else if (r < 0)
        rp_diag_error(diag, m->ini, 0, 0, "cannot read (out of memory)");
    finish_monitor(&c);
    if (!c.csv_set)
        m->csv = m->lang == RP_LANG_NL ? RP_CSV_NL : RP_CSV_EN;
    for (size_t i = 0; i < m->nindicators; i++)
        check_breaks(&c, &m->indicators[i]);
    for (size_t i = 0; i < m->nindicators; i++)
        finish_indicator(&c, &m->indicators[i]);
    for (size_t i = 0; i < m->ntargets; i++)
        finish_target(&c, &m->targets[i]);
    for (size_t i = 0; i < m->nestimates; i++)
        finish_estimate(&c, &m->estimates[i]);
    finish_findings(&c);
    if (!partial && rp_diag_errors(diag) > before) {
        rp_monitor_free(m);
        return NULL;
    }
    return m;
}

void rp_monitor_free(rp_monitor *m)
{
    if (!m)
        return;
    free(m->dir);
    free(m->ini);
    free(m->title);
    free(m->organisation);
    free(m->source);
    free(m->author);
    free(m->regions_file);
    free(m->regions_path);
    free(m->template_file);
    free(m->template_path);
    for (size_t i = 0; i < m->nfindings; i++)
        free(m->findings[i]);
    free(m->findings);
    free(m->findings_drop);
    for (size_t i = 0; i < m->ndatasets; i++) {
        rp_dataset_def *d = &m->datasets[i];
        free(d->id);
        free(d->file);
        free(d->path);
        free(d->database);
        free(d->table);
        free(d->query);
        free(d->source);
        free(d->title);
        free(d->breaks);
    }
    free(m->datasets);
    for (size_t i = 0; i < m->nindicators; i++) {
        rp_indicator_def *d = &m->indicators[i];
        free(d->id);
        free(d->title);
        free(d->dataset);
        rp_filter_free(d->where);
        rp_filter_free(d->denominator);
        free(d->where_text);
        free(d->denominator_text);
        free(d->column);
        free(d->by);
        free(d->breaks);
        free(d->unit);
        free(d->definition);
        free(d->source);
        free(d->note);
        free(d->labels_text);
        for (size_t k = 0; k < d->nlabels; k++) {
            free(d->label_code[k]);
            free(d->label_text[k]);
        }
        free(d->label_code);
        free(d->label_text);
    }
    free(m->indicators);
    for (size_t i = 0; i < m->ntargets; i++) {
        rp_target_def *t = &m->targets[i];
        free(t->id);
        free(t->title);
        free(t->indicator);
        free(t->value_text);
        free(t->owner);
    }
    free(m->targets);
    for (size_t i = 0; i < m->nestimates; i++) {
        rp_estimate_def *e = &m->estimates[i];
        free(e->id);
        free(e->title);
        free(e->dataset);
        for (size_t k = 0; k < e->nlists; k++)
            free(e->lists[k]);
        free(e->lists);
        free(e->count);
        free(e->strata);
        free(e->terms);
    }
    free(m->estimates);
    free(m);
}

const char *rp_dataset_name(const rp_dataset_def *d)
{
    return d->file ? d->file : d->source ? d->source : d->id;
}

const char *rp_dataset_path(const rp_dataset_def *d)
{
    return d->path ? d->path : rp_dataset_name(d);
}

const rp_dataset_def *rp_monitor_dataset(const rp_monitor *m, const char *id)
{
    for (size_t i = 0; i < m->ndatasets; i++)
        if (!strcmp(m->datasets[i].id, id))
            return &m->datasets[i];
    return NULL;
}

const rp_indicator_def *rp_monitor_indicator(const rp_monitor *m, const char *id)
{
    for (size_t i = 0; i < m->nindicators; i++)
        if (!strcmp(m->indicators[i].id, id))
            return &m->indicators[i];
    return NULL;
}

const char *rp_measure_name(rp_measure x)
{
    /* the keywords of monitor.ini, also said in a message (rp_diag_text) */
    static const char *const n[] = {RP_N("count"), RP_N("share"), RP_N("rate"), RP_N("mean"),
                                    RP_N("recidivism")};
    return n[x];
}

const char *rp_polarity_name(rp_polarity p)
{
    static const char *const n[] = {"neutral", "up", "down"};
    return n[p];
}

char rp_dialect_delim(rp_csv_dialect d) { return d == RP_CSV_NL ? ';' : ','; }
char rp_dialect_decimal(rp_csv_dialect d) { return d == RP_CSV_NL ? ',' : '.'; }
int rp_dialect_bom(rp_csv_dialect d) { return d != RP_CSV_MACHINE; }

const char *rp_kind_name(rp_kind k)
{
    static const char *const n[] = {"auto", "records", "counts", "recidivism", "captures"};
    return n[k];
}
