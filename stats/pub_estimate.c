/* The observed counts of the estimates in the publication: per stratum, per run year's pooled
 * row, and with each list left out, so that no run and no pair of runs gives back how many
 * people one stratum, or one list alone, holds when that is a small number. */
#include "stats/publication.h"
#include "stats/disclosure.h"
#include "datasets/edition_shown.h"

#include <math.h>

#include <stdlib.h>
#include <string.h>

/* The atoms of a table of L lists: per stratum s, at s*(L+1)+i the people on list i alone,
 * at s*(L+1)+L everyone on two lists or more. Every published count of an estimate is a sum
 * of them: a row's observed people (all its atoms), and with list i left out the people on
 * the other lists (all but the i-th). */
static int est_space(rp_ledger *l, const rp_captures *c)
{
    size_t L = (size_t)c->nlists, n = c->nstrata * (L + 1);
    double *v = malloc((n ? n : 1) * sizeof *v);
    if (!v)
        return -1;
    for (size_t s = 0; s < c->nstrata; s++) {
        double rest = 0;
        for (size_t h = 1; h < (size_t)1 << L; h++)
            rest += c->cell[s][h];
        for (size_t i = 0; i < L; i++) {
            v[s * (L + 1) + i] = c->cell[s][(size_t)1 << i];
            rest -= c->cell[s][(size_t)1 << i];
        }
        v[s * (L + 1) + L] = rest > 0 ? rest : 0;
    }
    int id = rp_ledger_space(l, v, n);
    free(v);
    return id;
}

/* The atoms of the strata in[] (flags per stratum): what 0 the observed people, 1 those not
 * on list i alone, 2 those on list i alone. */
static size_t est_pick(const rp_captures *c, const unsigned char *in, int what, int i,
                       size_t *out)
{
    size_t L = (size_t)c->nlists, n = 0;
    for (size_t s = 0; s < c->nstrata; s++)
        for (size_t a = 0; in[s] && a <= L; a++)
            if (what == 0 || (what == 1) == ((int)a != i))
                out[n++] = s * (L + 1) + a;
    return n;
}

/* A row's cells: its observed people, and per list those on the others (published) and those
 * on it alone (what the two give back). */
static int est_row(rp_publication *pub, int space, const rp_captures *c,
                   const unsigned char *in, unsigned total, size_t *buf, const char *id,
                   const char *stratum)
{
    size_t n = est_pick(c, in, 0, -1, buf);
    unsigned shown = RP_LC_PUBLISHED | RP_LC_DOCUMENT | total;
    long cell = n ? rp_ledger_cell(pub->l, space, buf, n, shown) : -2;
    if (cell == -1)
        return -1;
    /* a stratum's observed people an earlier edition showed as they are now: fixed */
    double v = cell >= 0 ? rp_ledger_value(pub->l, cell) : 0;
    if (stratum && pub->p->editions && v >= rp_ledger_below(pub->l) &&
        rp_editions_shown_as(pub->p->editions, RP_PT_ESTIMATE, id, 0, stratum, NAN, "observed",
                             v))
        rp_ledger_fix(pub->l, cell);
    for (int i = 0; i < c->nlists; i++) {
        if ((n = est_pick(c, in, 1, i, buf)) &&
            rp_ledger_cell(pub->l, space, buf, n, shown) < 0)
            return -1;
        if ((n = est_pick(c, in, 2, i, buf)) &&
            rp_ledger_cell(pub->l, space, buf, n, RP_LC_SENSITIVE) < 0)
            return -1;
    }
    return 0;
}

/* The strata a run of year y estimates: those of no year and those of years up to y. */
static size_t strata_until(const rp_captures *c, int y, unsigned char *in)
{
    size_t n = 0;
    for (size_t s = 0; s < c->nstrata; s++)
        n += in[s] = rp_captures_year(c, s) <= y;
    return n;
}

/* Whether runs of years a and b pool the same strata. */
static int same_strata(const rp_captures *c, int a, int b)
{
    for (size_t s = 0; s < c->nstrata; s++)
        if ((rp_captures_year(c, s) <= a) != (rp_captures_year(c, s) <= b))
            return 0;
    return 1;
}

/* Every row any run can publish: each stratum, and the strata added up as a run of each
 * stratum's year (and of a year before them all) pools them. */
static int est_register(rp_publication *pub, int space, const rp_captures *c, const char *id)
{
    int report = pub->p->m->report_year ? pub->p->m->report_year : pub->p->year_max;
    size_t L = (size_t)c->nlists, ns = c->nstrata;
    size_t *buf = malloc((ns * (L + 1) + 1) * sizeof *buf);
    unsigned char *in = calloc(ns + 1, 1);
    int r = buf && in ? 0 : -1;
    for (size_t s = 0; r == 0 && s < ns; s++) {
        memset(in, 0, ns);
        in[s] = 1;
        r = est_row(pub, space, c, in, RP_LC_CURRENT, buf, id, c->strata[s]);
    }
    int first = 0;
    for (size_t s = 0; s < ns; s++) {
        int y = rp_captures_year(c, s);
        first = y && (!first || y < first) ? y : first;
    }
    for (size_t s = 0; r == 0 && s <= ns; s++) {
        int y = s < ns ? rp_captures_year(c, s) : first ? first - 1 : 0;
        if ((s < ns && !y) || strata_until(c, y, in) < 2)
            continue;
        r = est_row(pub, space, c, in, RP_LC_TOTAL | (same_strata(c, y, report) ? RP_LC_CURRENT : 0),
                    buf, id, NULL);
    }
    free(buf);
    free(in);
    return r;
}

int rp_publication_add_estimates(rp_publication *pub)
{
    const rp_project *p = pub->p;
    size_t n = p->m->nestimates;
    if (!(pub->est_space = malloc((n ? n : 1) * sizeof *pub->est_space)))
        return -1;
    for (size_t k = 0; k < n; k++) {
        const rp_captures *c = p->captures ? p->captures[k] : NULL;
        pub->est_space[k] = -1;
        if (!c || !c->nstrata)
            continue;
        if ((pub->est_space[k] = est_space(pub->l, c)) < 0 ||
            est_register(pub, pub->est_space[k], c, p->m->estimates[k].id))
            return -1;
    }
    return 0;
}

int rp_publication_est_mark(const rp_publication *pub, size_t k, const rp_captures *cut,
                            size_t row, int dropped)
{
    const rp_captures *c = pub && pub->est_space && k < pub->p->m->nestimates
                               ? pub->p->captures[k] : NULL;
    if (!c || pub->est_space[k] < 0)
        return -1;
    size_t L = (size_t)c->nlists;
    size_t *buf = malloc((c->nstrata * (L + 1) + 1) * sizeof *buf);
    unsigned char *in = calloc(c->nstrata + 1, 1);
    int mark = -1;
    if (buf && in) {
        for (size_t s = 0; s < c->nstrata; s++)
            for (size_t t = 0; t < cut->nstrata; t++)
                in[s] |= (row == cut->nstrata || row == t) && !strcmp(c->strata[s], cut->strata[t]);
        size_t n = est_pick(c, in, dropped < 0 ? 0 : 1, dropped, buf);
        size_t before = rp_ledger_ncells(pub->l);
        long cell = n ? rp_ledger_cell(pub->l, pub->est_space[k], buf, n, 0) : -2;
        mark = cell == -2 ? RP_SHOWN
               : cell < 0 || rp_ledger_ncells(pub->l) > before ? -1
                                                                : rp_ledger_mark(pub->l, cell);
    }
    free(buf);
    free(in);
    return mark;
}
