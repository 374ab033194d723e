/* Every count a project publishes from its datasets, in one ledger, protected at once. */
#include "stats/publication.h"
#include "datasets/atoms.h"
#include "stats/disclosure.h"
#include "stats/regional.h"
#include "datasets/edition_shown.h"
#include <math.h>
#include "base/buf.h"
#include "base/hash.h"
#include "base/value.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* A cell the documents show (stats/ledger.h: they are the last to hide as second cells). */
#define PUB (RP_LC_PUBLISHED | RP_LC_DOCUMENT | RP_LC_CURRENT)

/* What a cell counts of an indicator's rows: those passing where (a count, a share's
 * numerator, a mean's values), its denominator, or the denominator's rows outside where. */
enum { PICK_WHERE, PICK_DEN, PICK_COMP };

static int locate(const rp_project *p, size_t i, size_t *k, size_t *j)
{
    const rp_indicator_data *d = p->ind[i];
    for (size_t x = 0; d && x < p->m->ndatasets; x++) {
        const rp_scan *s = p->scans[x];
        if (s && s->atoms && d >= s->ind && d < s->ind + s->nind) {
            *k = x;
            *j = (size_t)(d - s->ind);
            return 0;
        }
    }
    return -1;
}

/* The atoms of dataset k in year y that a cell picks; returns how many (in out). */
static size_t pick(const rp_publication *pub, size_t k, size_t j, int y, int what, int cat,
                   int region, size_t *out)
{
    const rp_atoms *a = pub->p->scans[k]->atoms;
    size_t n = 0;
    if (y < pub->first[k] || y >= pub->first[k] + pub->nyears[k])
        return 0;
    size_t yi = (size_t)(y - pub->first[k]);
    for (size_t q = pub->year_at[k][yi]; q < pub->year_at[k][yi + 1]; q++) {
        size_t x = pub->by_year[k][q];
        unsigned code = a->code[x * a->nind + j];
        int in = what == PICK_WHERE ? (code & RP_ATOM_WHERE) != 0
                 : what == PICK_DEN ? (code & RP_ATOM_DEN) != 0
                                    : (code & RP_ATOM_DEN) && !(code & RP_ATOM_WHERE);
        if (in && (cat < 0 || a->cat[x * a->nind + j] == cat) &&
            (region < 0 || a->region[x] == region))
            out[n++] = x;
    }
    return n;
}

/* Orders dataset k's atoms by year (a counting sort): cells of one year read only its own. */
static int index_years(rp_publication *pub, size_t k)
{
    const rp_atoms *a = pub->p->scans[k]->atoms;
    int lo = 0, hi = 0;
    for (size_t x = 0; x < a->n; x++) {
        lo = !x || a->year[x] < lo ? a->year[x] : lo;
        hi = !x || a->year[x] > hi ? a->year[x] : hi;
    }
    int ny = a->n ? hi - lo + 1 : 0;
    pub->first[k] = lo;
    pub->nyears[k] = ny;
    pub->year_at[k] = calloc((size_t)ny + 2, sizeof **pub->year_at);
    pub->by_year[k] = malloc((a->n ? a->n : 1) * sizeof **pub->by_year);
    if (!pub->year_at[k] || !pub->by_year[k])
        return -1;
    for (size_t x = 0; x < a->n; x++)
        pub->year_at[k][a->year[x] - lo + 1]++;
    for (int y = 0; y < ny; y++)
        pub->year_at[k][y + 1] += pub->year_at[k][y];
    size_t *fill = malloc(((size_t)ny + 1) * sizeof *fill);
    if (!fill)
        return -1;
    memcpy(fill, pub->year_at[k], ((size_t)ny + 1) * sizeof *fill);
    for (size_t x = 0; x < a->n; x++)
        pub->by_year[k][fill[a->year[x] - lo]++] = x;
    free(fill);
    return 0;
}

/* One cell: its atoms registered with flags (flags 0: looked up). -2 when it picks nothing. */
static long cell(rp_publication *pub, size_t k, size_t j, int y, int what, int cat, int region,
                 unsigned flags, size_t *buf)
{
    size_t n = pick(pub, k, j, y, what, cat, region, buf);
    if (n == 0)
        return -2;
    return rp_ledger_cell(pub->l, pub->space[k], buf, n, flags);
}

/* The cell of indicator data d in year y as the scan keeps it (for the missing check). */
static const rp_cell *data_cell(const rp_indicator_data *d, int y, int cat, int region)
{
    if (y < d->year_min || y > d->year_max)
        return NULL;
    size_t ny = (size_t)(d->year_max - d->year_min + 1), yi = (size_t)(y - d->year_min);
    if (cat >= 0)
        return (size_t)cat < d->ncats ? &d->by[(size_t)cat * ny + yi] : NULL;
    if (region >= 0)
        return d->regions && (size_t)region < d->nregions ? &d->regions[(size_t)region * ny + yi]
                                                           : NULL;
    return &d->years[yi];
}

/* Whether an indicator's figures are published aggregates (a value column): their disclosure
 * rests on the n they give, not on rows. */
static int published_figures(const rp_indicator_data *d)
{
    for (int y = d->year_min; y && y <= d->year_max; y++)
        if (d->years[y - d->year_min].valued > 0)
            return 1;
    return 0;
}

/* Registers what indicator i publishes in year y: its count, or share (numerator, denominator
 * and, sensitive, their difference), or a mean's values; per category or region when asked. */
/* A count an earlier edition showed with the value it has now is public for good: fixed, so
 * that hiding it as a second cell would protect nothing. (A small one stays hidden: under an
 * earlier threshold it may have been shown, but it is not shown again.) */
static void keep_shown(rp_publication *pub, size_t i, int y, int cat, int region, int den,
                       long id)
{
    double v = id >= 0 ? rp_ledger_value(pub->l, id) : NAN;
    if (id >= 0 && pub->p->editions && v >= pub->p->m->suppress_below &&
        rp_editions_count_shown_as(pub->p->editions, pub->p, i, y, cat, region, den, v))
        rp_ledger_fix(pub->l, id);
}

static int add_point(rp_publication *pub, size_t i, size_t k, size_t j, int y, int cat,
                     int region, size_t *buf)
{
    const rp_indicator_def *def = &pub->p->m->indicators[i];
    const rp_indicator_data *d = pub->p->ind[i];
    const rp_cell *c = data_cell(d, y, cat, region);
    if (!c || rp_cell_missing(d, c))
        return 0; /* not published: missing */
    unsigned total = !def->where && cat < 0 && region < 0 ? RP_LC_TOTAL : 0;
    int share = def->measure == RP_MEASURE_SHARE;
    /* only the regions command shows the regions of other indicators than the report's */
    unsigned shown = region >= 0 && (int)i != pub->regional ? RP_LC_PUBLISHED : PUB;
    unsigned den_total = !def->denominator && cat < 0 && region < 0 ? RP_LC_TOTAL : 0;
    long num = cell(pub, k, j, y, PICK_WHERE, cat, region, shown | (share ? 0 : total), buf);
    long den = share ? cell(pub, k, j, y, PICK_DEN, cat, region, shown | den_total, buf)
                     : -2;
    if (num == -1 || den == -1 ||
        (share && cell(pub, k, j, y, PICK_COMP, cat, region, RP_LC_SENSITIVE, buf) == -1))
        return -1;
    keep_shown(pub, i, y, cat, region, 0, num);
    keep_shown(pub, i, y, cat, region, 1, den);
    return 0;
}

/* The regional comparison publishes every region's count (national units too) and the sum
 * of the regions with population (its national row). */
static int add_regions(rp_publication *pub, size_t i, size_t k, size_t j, int y, size_t *buf)
{
    const rp_regions *reg = pub->p->regions;
    for (size_t g = 0; reg && g < reg->n; g++)
        if (add_point(pub, i, k, j, y, -1, (int)g, buf))
            return -1;
    size_t n = 0, *tmp = buf + pub->p->scans[k]->atoms->n;
    for (size_t g = 0; reg && g < reg->n; g++)
        if (reg->r[g].has_population) {
            size_t m = pick(pub, k, j, y, PICK_WHERE, -1, (int)g, tmp);
            memmove(buf + n, tmp, m * sizeof *buf);
            n += m;
        }
    unsigned shown = (int)i == pub->regional ? PUB : RP_LC_PUBLISHED;
    return n && rp_ledger_cell(pub->l, pub->space[k], buf, n, shown) == -1 ? -1 : 0;
}

static int add_indicator(rp_publication *pub, size_t i, size_t *buf)
{
    size_t k, j;
    const rp_indicator_data *d = pub->p->ind[i];
    const rp_indicator_def *def = &pub->p->m->indicators[i];
    if (!d || def->measure == RP_MEASURE_RECIDIVISM || locate(pub->p, i, &k, &j) ||
        published_figures(d))
        return 0;
    int by = def->by && (def->measure == RP_MEASURE_COUNT || def->measure == RP_MEASURE_SHARE);
    for (int y = pub->first[k]; y < pub->first[k] + pub->nyears[k]; y++) {
        if (add_point(pub, i, k, j, y, -1, -1, buf))
            return -1;
        for (size_t c = 0; by && c < d->ncats; c++)
            if (add_point(pub, i, k, j, y, (int)c, -1, buf))
                return -1;
        if (rp_regional_usable(pub->p, (int)i) && add_regions(pub, i, k, j, y, buf))
            return -1;
    }
    return 0;
}

/* b less a when a lies inside b (both ascending): the atoms in dif, their number returned;
 * 0 when a does not lie inside b. */
static size_t inside(const size_t *a, size_t na, const size_t *b, size_t nb, size_t *dif)
{
    size_t x = 0, m = 0;
    for (size_t q = 0; q < nb; q++) {
        if (x < na && a[x] < b[q])
            return 0; /* a holds an atom b lacks */
        if (x < na && a[x] == b[q])
            x++;
        else
            dif[m++] = b[q];
    }
    return x == na ? m : 0;
}

/* The difference of two nested counts of one year (a filter and a narrower one: victims and
 * adult victims) is a count no output prints but anyone can take: sensitive. */
static int add_differences(rp_publication *pub, size_t k, size_t *buf)
{
    const rp_project *p = pub->p;
    const rp_scan *s = p->scans[k];
    size_t na = p->scans[k]->atoms->n, *a = buf, *b = buf + na, *dif = buf + 2 * na;
    for (int y = pub->first[k]; y < pub->first[k] + pub->nyears[k]; y++)
        for (size_t j1 = 0; j1 < p->scans[k]->nind; j1++)
            for (size_t j2 = 0; j2 < p->scans[k]->nind; j2++) {
                /* a mean counts the rows with a value: it differs from a count by the values
                 * left empty, not by whom it counts */
                if (j1 == j2 || s->ind[j1].def->measure == RP_MEASURE_MEAN ||
                    s->ind[j2].def->measure == RP_MEASURE_MEAN)
                    continue;
                size_t n1 = pick(pub, k, j1, y, PICK_WHERE, -1, -1, a);
                size_t n2 = pick(pub, k, j2, y, PICK_WHERE, -1, -1, b);
                size_t m = n1 && n1 < n2 ? inside(a, n1, b, n2, dif) : 0;
                if (m > 0 && rp_ledger_cell(pub->l, pub->space[k], dif, m, RP_LC_SENSITIVE) == -1)
                    return -1;
            }
    return 0;
}

static int register_all(rp_publication *pub)
{
    const rp_project *p = pub->p;
    size_t most = 0;
    for (size_t k = 0; k < p->m->ndatasets; k++) {
        pub->space[k] = -1;
        const rp_scan *s = p->scans[k];
        if (!s || !s->atoms)
            continue;
        most = s->atoms->n > most ? s->atoms->n : most;
        pub->space[k] = rp_ledger_space(pub->l, s->atoms->weight, s->atoms->n);
        if (pub->space[k] < 0 || index_years(pub, k))
            return -1;
    }
    size_t *buf = malloc((3 * most + 1) * sizeof *buf);
    if (!buf)
        return -1;
    int r = 0;
    for (size_t i = 0; r == 0 && i < p->m->nindicators; i++)
        r = add_indicator(pub, i, buf);
    for (size_t k = 0; r == 0 && k < p->m->ndatasets; k++)
        if (pub->space[k] >= 0)
            r = add_differences(pub, k, buf);
    free(buf);
    return r;
}

/* ---- recidivism: people as atoms ---- */

static int person_start_year(const rp_recid *r, size_t i)
{
    int y, m, d;
    rp_civil_from_days(r->start[i], &y, &m, &d);
    return y;
}

/* The atoms of the people: by cohort, group value, the year their follow-up began, and per
 * time whether they are still followed then (1) and had an offence by then (2). */
static int recid_atoms(rp_publication *pub)
{
    const rp_recid_spec *sp = &pub->recid;
    const rp_recid *r = sp->people;
    size_t nat = sp->nat, len = 3 * sizeof(int) + nat;
    rp_hash *h = rp_hash_new();
    double *w = calloc(r->n ? r->n : 1, sizeof *w);
    unsigned char *key = malloc(len);
    pub->recid_atom = malloc((r->n ? r->n : 1) * sizeof *pub->recid_atom);
    pub->atom_cohort = malloc((r->n ? r->n : 1) * 2 * sizeof *pub->atom_cohort);
    pub->atom_group = malloc((r->n ? r->n : 1) * sizeof *pub->atom_group);
    pub->atom_state = malloc((r->n ? r->n : 1) * (nat ? nat : 1));
    int ok = h && w && key && pub->recid_atom && pub->atom_cohort && pub->atom_group &&
             pub->atom_state;
    pub->recid_first = 0;
    for (size_t i = 0; ok && i < r->n; i++) {
        int c = r->cohort[i], sy = person_start_year(r, i);
        int g = sp->by >= 0 ? (int)r->val[i * r->ncols + (size_t)sp->by] : 0;
        memcpy(key, &c, sizeof c);
        memcpy(key + sizeof c, &g, sizeof g);
        memcpy(key + 2 * sizeof c, &sy, sizeof sy);
        for (size_t j = 0; j < nat; j++)
            key[3 * sizeof(int) + j] = (unsigned char)((r->time[i] >= sp->at[j] ? 1 : 0) |
                                                       (r->event[i] && r->time[i] <= sp->at[j]
                                                            ? 2 : 0));
        int added;
        size_t a = rp_hash_put(h, key, len, &added);
        ok = a != (size_t)-1;
        if (!ok)
            break;
        if (added) {
            pub->atom_cohort[2 * a] = c;
            pub->atom_cohort[2 * a + 1] = sy;
            pub->atom_group[a] = (size_t)g;
            memcpy(pub->atom_state + a * nat, key + 3 * sizeof(int), nat);
        }
        w[a] += 1;
        pub->recid_atom[i] = a;
        pub->recid_first = !pub->recid_first || sy < pub->recid_first ? sy : pub->recid_first;
    }
    pub->recid_atoms = ok ? rp_hash_count(h) : 0;
    pub->recid_space = ok ? rp_ledger_space(pub->l, w, pub->recid_atoms) : -1;
    rp_hash_free(h);
    free(w);
    free(key);
    return ok && pub->recid_space >= 0 ? 0 : -1;
}

/* The atoms of one row of a run of year y: group g (a cohort for table 0), time j, field
 * (0 n, 1 events, 2 at risk); as rp_recid_analyse counts them. */
static size_t recid_pick(const rp_publication *pub, int table, long g, size_t j, int y,
                         int field, size_t *out)
{
    const rp_recid_spec *sp = &pub->recid;
    size_t n = 0, m = 0;
    for (int complete = 1; complete >= 0 && n == 0; complete--) {
        m = 0;
        for (size_t a = 0; a < pub->recid_atoms; a++) {
            int c = pub->atom_cohort[2 * a], sy = pub->atom_cohort[2 * a + 1];
            if ((table == 0 ? c != g : (long)pub->atom_group[a] != g) || sy > y ||
                (complete && sy + sp->at[j] > y + 1e-9))
                continue;
            /* field 1 (events) is the state's bit 2, field 2 (at risk) its bit 1 */
            unsigned st = pub->atom_state[a * sp->nat + j], bit = field == 1 ? 2u : 1u;
            if (field == 0 || (complete && (st & bit)))
                out[m++] = a;
            n++;
        }
        if (!complete && field)
            m = 0; /* nobody followed that long: no events or at risk are published */
    }
    return m;
}

/* A recidivism figure an earlier edition showed with its value now: fixed (as keep_shown).
 * The table by cohort is keyed by the cohort, that by group by the group and the run year. */
static void recid_keep_shown(rp_publication *pub, int table, long g, size_t j, int y, int f,
                             long id)
{
    static const char *const field[] = {"n", "events", "at_risk"};
    const rp_recid_spec *sp = &pub->recid;
    const rp_editions *es = pub->p ? pub->p->editions : NULL;
    double v = id >= 0 ? rp_ledger_value(pub->l, id) : NAN;
    if (!es || !(v >= rp_ledger_below(pub->l)))
        return;
    char *item = table == 0 ? rp_strdup("recidivism")
                            : rp_strfmt("recidivism_%s", sp->people->colnames[sp->by]);
    const char *key = table == 0 ? "" : sp->people->values[sp->by][g];
    if (item && rp_editions_shown_as(es, RP_PT_RECIDIVISM, item, table == 0 ? (int)g : y, key,
                                     sp->at[j], field[f], v))
        rp_ledger_fix(pub->l, id);
    free(item);
}

/* One row of a table at one follow-up: its n, events and at risk (published), and what n
 * less either gives (sensitive): the people without an offence, the people no longer
 * followed; a percentage with its n gives the first ("83,3% of 12": 2 did not reoffend). */
static int recid_row(rp_publication *pub, int table, long g, size_t j, int y, size_t *buf)
{
    size_t na = pub->recid_atoms + 1, *all = buf, *part = buf + na, *dif = buf + 2 * na;
    /* a table as a run of an earlier year counts it is shown only by that run */
    unsigned shown = y == pub->recid.last ? PUB : RP_LC_PUBLISHED | RP_LC_DOCUMENT;
    size_t n = recid_pick(pub, table, g, j, y, 0, all);
    long id = n ? rp_ledger_cell(pub->l, pub->recid_space, all, n, shown) : -2;
    if (id == -1)
        return -1;
    recid_keep_shown(pub, table, g, j, y, 0, id);
    for (int f = 1; f < 3; f++) {
        size_t m = recid_pick(pub, table, g, j, y, f, part);
        id = m ? rp_ledger_cell(pub->l, pub->recid_space, part, m, shown) : -2;
        if (id == -1)
            return -1;
        recid_keep_shown(pub, table, g, j, y, f, id);
        size_t d = m && m < n ? inside(part, m, all, n, dif) : 0;
        if (d && rp_ledger_cell(pub->l, pub->recid_space, dif, d, RP_LC_SENSITIVE) < 0)
            return -1;
    }
    return 0;
}

static int add_recid(rp_publication *pub)
{
    const rp_recid_spec *sp = &pub->recid;
    const rp_recid *r = sp->people;
    size_t *buf = malloc(3 * (pub->recid_atoms + 1) * sizeof *buf);
    if (!buf)
        return -1;
    int ng = sp->by >= 0 ? (int)r->nvalues[sp->by] : 1, r0 = 0;
    for (int y = sp->single ? sp->last : pub->recid_first; r0 == 0 && y <= sp->last; y++)
        for (int table = 0; r0 == 0 && table < 2; table++)
            for (size_t i = 0; r0 == 0 && i < (table == 0 ? r->n : (size_t)ng); i++) {
                if (table == 0 && i > 0 && r->cohort[i] == r->cohort[i - 1])
                    continue; /* a cohort once (most files list people by cohort) */
                long g = table == 0 ? r->cohort[i] : (long)i;
                for (size_t j = 0; r0 == 0 && j < sp->nat; j++)
                    r0 = recid_row(pub, table, g, j, y, buf);
            }
    for (size_t a = 0; r0 == 0 && a < pub->recid_atoms; a++)
        buf[a] = a; /* everyone: the total the section names */
    if (r0 == 0 && pub->recid_atoms &&
        rp_ledger_cell(pub->l, pub->recid_space, buf, pub->recid_atoms,
                       PUB | RP_LC_TOTAL) < 0)
        r0 = -1;
    free(buf);
    return r0;
}

int rp_publication_recid_mark(const rp_publication *pub, int table, const char *group,
                              size_t j, int year, int field)
{
    const rp_recid_spec *sp = pub ? &pub->recid : NULL;
    if (!sp || !sp->people || j >= sp->nat)
        return -1;
    long g = -1;
    if (table == 0) {
        g = atol(group);
    } else {
        for (size_t v = 0; sp->by >= 0 && v < sp->people->nvalues[sp->by]; v++)
            if (!strcmp(sp->people->values[sp->by][v], group))
                g = (long)v;
        if (sp->by < 0)
            g = 0;
    }
    size_t *buf = malloc((pub->recid_atoms + 1) * sizeof *buf);
    if (!buf || g < 0) {
        free(buf);
        return -1;
    }
    size_t n = recid_pick(pub, table, g, j, year, field, buf), before = rp_ledger_ncells(pub->l);
    long c = n ? rp_ledger_cell(pub->l, pub->recid_space, buf, n, 0) : -2;
    free(buf);
    if (c == -2)
        return RP_SHOWN;
    if (c < 0 || rp_ledger_ncells(pub->l) > before)
        return -1;
    return rp_ledger_mark(pub->l, c);
}

rp_publication *rp_publication_build(const rp_project *p, const rp_recid_spec *recid, uint64_t key, const char **err)
{
    size_t nd = p->m->ndatasets ? p->m->ndatasets : 1;
    rp_publication *pub = calloc(1, sizeof *pub);
    *err = RP_N("out of memory");
    if (!pub)
        return NULL;
    pub->p = p;
    pub->regional = rp_regional_default(p);
    pub->l = rp_ledger_new(p->m->suppress_below, key);
    pub->space = calloc(nd, sizeof *pub->space);
    pub->by_year = calloc(nd, sizeof *pub->by_year);
    pub->year_at = calloc(nd, sizeof *pub->year_at);
    pub->first = calloc(nd, sizeof *pub->first);
    pub->nyears = calloc(nd, sizeof *pub->nyears);
    for (size_t k = 0; k < p->m->ndatasets; k++)
        if (p->scans[k] && p->scans[k]->atoms_failed) {
            rp_publication_free(pub);
            return NULL;
        }
    if (recid && recid->people && recid->people->n && recid->nat <= 16) {
        pub->recid = *recid;
        memcpy(pub->at, recid->at, recid->nat * sizeof *pub->at);
        pub->recid.at = pub->at;
    }
    pub->recid_space = -1;
    if (!pub->l || !pub->space || !pub->by_year || !pub->year_at || !pub->first ||
        !pub->nyears || register_all(pub) || rp_publication_add_estimates(pub) ||
        (pub->recid.people && (recid_atoms(pub) || add_recid(pub)))) {
        rp_publication_free(pub);
        return NULL;
    }
    if (rp_ledger_protect(pub->l, &pub->audit)) {
        *err = RP_N("the disclosure audit's linear programs failed (GLPK)");
        rp_publication_free(pub);
        return NULL;
    }
    *err = NULL;
    return pub;
}

rp_publication *rp_publication_people(const rp_recid_spec *spec, int below, uint64_t key,
                                      const char **err)
{
    rp_publication *pub = calloc(1, sizeof *pub);
    *err = RP_N("out of memory");
    if (!pub)
        return NULL;
    pub->recid = *spec;
    if (spec->nat > 16) {
        rp_publication_free(pub);
        return NULL;
    }
    memcpy(pub->at, spec->at, spec->nat * sizeof *pub->at);
    pub->recid.at = pub->at;
    pub->l = rp_ledger_new(below, key);
    if (!pub->l || recid_atoms(pub) || add_recid(pub)) {
        rp_publication_free(pub);
        return NULL;
    }
    if (rp_ledger_protect(pub->l, &pub->audit)) {
        *err = RP_N("the disclosure audit's linear programs failed (GLPK)");
        rp_publication_free(pub);
        return NULL;
    }
    *err = NULL;
    return pub;
}

void rp_publication_free(rp_publication *pub)
{
    if (!pub)
        return;
    rp_ledger_free(pub->l);
    for (size_t k = 0; pub->p && pub->by_year && k < pub->p->m->ndatasets; k++) {
        free(pub->by_year[k]);
        free(pub->year_at[k]);
    }
    free(pub->by_year);
    free(pub->year_at);
    free(pub->space);
    free(pub->first);
    free(pub->nyears);
    free(pub->recid_atom);
    free(pub->atom_cohort);
    free(pub->atom_group);
    free(pub->atom_state);
    free(pub->est_space);
    free(pub);
}

/* The mark of one registered cell; -1 when it was never registered. */
static int mark_of(const rp_publication *pub, size_t k, size_t j, int y, int what, int cat,
                   int region, size_t *buf)
{
    size_t before = rp_ledger_ncells(pub->l);
    long c = cell((rp_publication *)pub, k, j, y, what, cat, region, 0, buf);
    if (c == -2)
        return RP_SHOWN; /* an empty sum: 0, shown */
    if (c < 0 || rp_ledger_ncells(pub->l) > before)
        return -1;
    return rp_ledger_mark(pub->l, c);
}

int rp_publication_national_mark(const rp_publication *pub, size_t i, int year)
{
    size_t k, j;
    const rp_regions *reg = pub ? pub->p->regions : NULL;
    if (!reg || locate(pub->p, i, &k, &j))
        return -1;
    size_t na = pub->p->scans[k]->atoms->n;
    size_t *buf = malloc((2 * na + 1) * sizeof *buf), *tmp = buf + na, n = 0;
    if (!buf)
        return -1;
    for (size_t g = 0; g < reg->n; g++)
        if (reg->r[g].has_population) {
            size_t m = pick(pub, k, j, year, PICK_WHERE, -1, (int)g, tmp);
            memmove(buf + n, tmp, m * sizeof *buf);
            n += m;
        }
    size_t before = rp_ledger_ncells(pub->l);
    long c = n ? rp_ledger_cell(pub->l, pub->space[k], buf, n, 0) : -2;
    free(buf);
    if (c == -2)
        return RP_SHOWN;
    if (c < 0 || rp_ledger_ncells(pub->l) > before)
        return -1;
    return rp_ledger_mark(pub->l, c);
}

int rp_publication_den_mark(const rp_publication *pub, size_t i, int year, int cat, int region)
{
    size_t k, j;
    if (!pub || locate(pub->p, i, &k, &j) ||
        pub->p->m->indicators[i].measure != RP_MEASURE_SHARE)
        return -1;
    size_t *buf = malloc((pub->p->scans[k]->atoms->n + 1) * sizeof *buf);
    int m = buf ? mark_of(pub, k, j, year, PICK_DEN, cat, region, buf) : -1;
    free(buf);
    return m;
}

int rp_publication_mark(const rp_publication *pub, size_t i, int year, int cat, int region)
{
    size_t k, j;
    if (!pub || locate(pub->p, i, &k, &j))
        return -1;
    size_t *buf = malloc((pub->p->scans[k]->atoms->n + 1) * sizeof *buf);
    if (!buf)
        return -1;
    int m = mark_of(pub, k, j, year, PICK_WHERE, cat, region, buf);
    if (m >= 0 && pub->p->m->indicators[i].measure == RP_MEASURE_SHARE) {
        int d = mark_of(pub, k, j, year, PICK_DEN, cat, region, buf);
        m = d < 0 ? d : m > d ? m : d;
    }
    free(buf);
    return m;
}
