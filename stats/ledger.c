/* Published counts as sums of atoms, and the linear-programming audit that protects them. */
#include "stats/ledger.h"
#include "base/hash.h"
#include "stats/disclosure.h"

#include <glpk.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    size_t off, n;         /* atoms: l->idx[off .. off + n), global indices, ascending */
    double value;
    unsigned flags;
    unsigned char mark;
    size_t comp;
    double lo, hi;
    uint64_t order;        /* the key's order among candidates */
} cell;

struct rp_ledger {
    int below;
    uint64_t key;
    double *atom;          /* every space's atoms one after the other */
    size_t natoms, capatoms;
    size_t *space_base, *space_n;
    size_t nspaces;
    size_t *idx;
    size_t nidx, capidx;
    cell *c;
    size_t ncells, capcells;
    rp_hash *seen;         /* atom lists -> cell */
};

/* splitmix64 (Steele, Lea and Flood 2014): a keyed, well-mixed order. */
static uint64_t mix(uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

rp_ledger *rp_ledger_new(int below, uint64_t key)
{
    rp_ledger *l = calloc(1, sizeof *l);
    if (!l)
        return NULL;
    l->below = below;
    l->key = key;
    if (!(l->seen = rp_hash_new())) {
        free(l);
        return NULL;
    }
    return l;
}

void rp_ledger_free(rp_ledger *l)
{
    if (!l)
        return;
    free(l->atom);
    free(l->space_base);
    free(l->space_n);
    free(l->idx);
    free(l->c);
    rp_hash_free(l->seen);
    free(l);
}

static int grow(void **p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap)
        return 0;
    size_t n = *cap ? *cap : 64;
    while (n < need)
        n *= 2;
    void *q = realloc(*p, n * size);
    if (!q)
        return -1;
    *p = q;
    *cap = n;
    return 0;
}

int rp_ledger_space(rp_ledger *l, const double *values, size_t n)
{
    size_t *b = realloc(l->space_base, (l->nspaces + 1) * sizeof *b);
    if (b)
        l->space_base = b;
    size_t *m = realloc(l->space_n, (l->nspaces + 1) * sizeof *m);
    if (m)
        l->space_n = m;
    if (!b || !m || grow((void **)&l->atom, &l->capatoms, l->natoms + n, sizeof *l->atom))
        return -1;
    l->space_base[l->nspaces] = l->natoms;
    l->space_n[l->nspaces] = n;
    if (n)
        memcpy(l->atom + l->natoms, values, n * sizeof *values);
    l->natoms += n;
    return (int)l->nspaces++;
}

static int by_size(const void *a, const void *b)
{
    size_t x = *(const size_t *)a, y = *(const size_t *)b;
    return (x > y) - (x < y);
}

/* Adds the cell of the n global atom indices at l->idx + l->nidx (ascending), or joins the
 * flags of the cell with the same atoms. */
static long add_cell(rp_ledger *l, size_t n, unsigned flags)
{
    size_t *a = l->idx + l->nidx;
    int added;
    size_t h = rp_hash_put(l->seen, a, n * sizeof *a, &added);
    if (h == (size_t)-1)
        return -1;
    if (!added) { /* the same sum published twice: one cell */
        l->c[h].flags |= flags;
        return (long)h;
    }
    if (grow((void **)&l->c, &l->capcells, l->ncells + 1, sizeof *l->c))
        return -1;
    cell *c = &l->c[l->ncells];
    memset(c, 0, sizeof *c);
    c->off = l->nidx;
    c->n = n;
    c->flags = flags;
    c->lo = c->hi = NAN;
    uint64_t fp = 1469598103934665603ULL; /* FNV-1a of the atoms: the cell's identity */
    for (size_t i = 0; i < n; i++) {
        c->value += l->atom[a[i]];
        fp = (fp ^ a[i]) * 1099511628211ULL;
    }
    c->order = mix(fp ^ l->key);
    l->nidx += n;
    return (long)l->ncells++;
}

long rp_ledger_cell(rp_ledger *l, int space, const size_t *idx, size_t n, unsigned flags)
{
    if (space < 0 || (size_t)space >= l->nspaces ||
        grow((void **)&l->idx, &l->capidx, l->nidx + n + 1, sizeof *l->idx))
        return -1;
    size_t *a = l->idx + l->nidx, base = l->space_base[space];
    for (size_t i = 0; i < n; i++) {
        if (idx[i] >= l->space_n[space])
            return -1;
        a[i] = base + idx[i];
    }
    qsort(a, n, sizeof *a, by_size);
    return add_cell(l, n, flags);
}

size_t rp_ledger_ncells(const rp_ledger *l) { return l->ncells; }
int rp_ledger_below(const rp_ledger *l) { return l->below; }
double rp_ledger_value(const rp_ledger *l, long k) { return l->c[k].value; }
int rp_ledger_mark(const rp_ledger *l, long k) { return l->c[k].mark; }

void rp_ledger_hide(rp_ledger *l, long k, int mark)
{
    cell *c = &l->c[k];
    if ((c->flags & RP_LC_PUBLISHED) && !(c->flags & RP_LC_FIXED) && !c->mark && mark)
        c->mark = (unsigned char)mark;
}

void rp_ledger_fix(rp_ledger *l, long k)
{
    if (l->c[k].flags & RP_LC_PUBLISHED)
        l->c[k].flags |= RP_LC_FIXED;
}

void rp_ledger_range(const rp_ledger *l, long k, double *lo, double *hi)
{
    *lo = l->c[k].lo;
    *hi = l->c[k].hi;
}

/* ---- components: atoms joined by the cells that add them up ---- */

static size_t find(size_t *up, size_t a)
{
    while (up[a] != a)
        a = up[a] = up[up[a]];
    return a;
}

static int components(rp_ledger *l)
{
    size_t *up = malloc((l->natoms ? l->natoms : 1) * sizeof *up);
    if (!up)
        return -1;
    for (size_t a = 0; a < l->natoms; a++)
        up[a] = a;
    for (size_t k = 0; k < l->ncells; k++)
        for (size_t i = 1; i < l->c[k].n; i++) {
            size_t x = find(up, l->idx[l->c[k].off]), y = find(up, l->idx[l->c[k].off + i]);
            if (x != y)
                up[x < y ? y : x] = x < y ? x : y;
        }
    for (size_t k = 0; k < l->ncells; k++)
        l->c[k].comp = l->c[k].n ? find(up, l->idx[l->c[k].off]) : (size_t)-1;
    free(up);
    return 0;
}

/* ---- the linear programs of one component ---- */

typedef struct {
    rp_ledger *l;
    size_t comp;
    glp_prob *lp;
    int *col;              /* global atom -> column (1-based), 0 outside the component */
    long *row;             /* cell -> row (1-based), 0 when not a published cell here */
    glp_smcp parm;
    size_t programs;
} program;

static void row_bounds(program *p, long k)
{
    const cell *c = &p->l->c[k];
    int r = (int)p->row[k];
    if (c->mark) /* a hidden count is at least 1: zeros are shown */
        glp_set_row_bnds(p->lp, r, GLP_LO, 1, 0);
    else
        glp_set_row_bnds(p->lp, r, GLP_FX, c->value, c->value);
}

static int build(program *p)
{
    rp_ledger *l = p->l;
    int ncol = 0, nrow = 0;
    size_t nz = 0;
    for (size_t k = 0; k < l->ncells; k++) {
        const cell *c = &l->c[k];
        if (c->comp != p->comp)
            continue;
        for (size_t i = 0; i < c->n; i++)
            if (!p->col[l->idx[c->off + i]])
                p->col[l->idx[c->off + i]] = ++ncol;
        if (c->flags & RP_LC_PUBLISHED) {
            p->row[k] = ++nrow;
            nz += c->n;
        }
    }
    int *ia = malloc((nz + 1) * sizeof *ia), *ja = malloc((nz + 1) * sizeof *ja);
    double *ar = malloc((nz + 1) * sizeof *ar);
    p->lp = glp_create_prob();
    if (!ia || !ja || !ar || !p->lp) {
        free(ia), free(ja), free(ar);
        return -1;
    }
    if (nrow)
        glp_add_rows(p->lp, nrow);
    glp_add_cols(p->lp, ncol);
    for (int j = 1; j <= ncol; j++)
        glp_set_col_bnds(p->lp, j, GLP_LO, 0, 0);
    size_t e = 0;
    for (size_t k = 0; k < l->ncells; k++) {
        if (!p->row[k])
            continue;
        row_bounds(p, (long)k);
        for (size_t i = 0; i < l->c[k].n; i++) {
            e++;
            ia[e] = (int)p->row[k];
            ja[e] = p->col[l->idx[l->c[k].off + i]];
            ar[e] = 1;
        }
    }
    glp_load_matrix(p->lp, (int)nz, ia, ja, ar);
    free(ia), free(ja), free(ar);
    glp_init_smcp(&p->parm);
    p->parm.msg_lev = GLP_MSG_OFF;
    return 0;
}

/* One bound of cell k's sum: its minimum (dir GLP_MIN) or maximum. Returns 0 with *v set
 * (HUGE_VAL when unbounded), or -1 when GLPK fails. */
static int solve(program *p, long k, int dir, double *v)
{
    const cell *c = &p->l->c[k];
    int n = glp_get_num_cols(p->lp);
    for (int j = 1; j <= n; j++)
        glp_set_obj_coef(p->lp, j, 0);
    for (size_t i = 0; i < c->n; i++)
        glp_set_obj_coef(p->lp, p->col[p->l->idx[c->off + i]], 1);
    glp_set_obj_dir(p->lp, dir);
    p->programs++;
    if (glp_simplex(p->lp, &p->parm) != 0) {
        glp_adv_basis(p->lp, 0); /* a stale basis: start afresh once */
        if (glp_simplex(p->lp, &p->parm) != 0)
            return -1;
    }
    int st = glp_get_status(p->lp);
    if (st == GLP_UNBND) {
        *v = HUGE_VAL;
        return 0;
    }
    if (st != GLP_OPT)
        return -1;
    *v = glp_get_obj_val(p->lp);
    return 0;
}

/* The rule for a count v from 1 to below-1: the published numbers never tell that it is
 * small (its range reaches below: a hidden cell could as well hold a count that needs no
 * hiding), nor pin its lower end at v (a range from v up would tell "at least v"); for v = 1
 * the range starts at 1, as every hidden count's does. */
static int contains(const rp_ledger *l, const cell *a, const cell *b);
static int overlap(const rp_ledger *l, const cell *a, const cell *b);

/* What anyone knows of c from the marks alone: every hidden count is at least 1 (zeros are
 * shown), so c holds at least as many people as it holds disjoint hidden cells (counted
 * greedily, a lower bound of that). No suppression can take c's range below it. */
static double floor_of(const rp_ledger *l, const cell *c)
{
    size_t *in = malloc((l->ncells ? l->ncells : 1) * sizeof *in), n = 0;
    double k = (c->flags & RP_LC_PUBLISHED) && c->mark ? 1 : 0;
    for (size_t j = 0; in && j < l->ncells; j++) {
        const cell *h = &l->c[j];
        if (h == c || !(h->flags & RP_LC_PUBLISHED) || !h->mark || !contains(l, c, h))
            continue;
        int apart = 1;
        for (size_t q = 0; apart && q < n; q++)
            apart = !overlap(l, &l->c[in[q]], h);
        if (apart)
            in[n++] = j;
    }
    free(in);
    return n > k ? (double)n : k;
}

/* The rule: the range reaches the threshold (nothing published tells c is small), and starts
 * below c's value (nobody can tell it is at least that), or at what the marks alone tell. */
static int holds(const rp_ledger *l, const cell *c)
{
    if (c->hi < l->below - 1e-6)
        return 0;
    if (c->value <= 1 ? c->lo <= 1 + 1e-6 : c->lo < c->value - 1e-6)
        return 1;
    return c->lo <= floor_of(l, c) + 1e-6;
}

static int range(program *p, long k)
{
    cell *c = &p->l->c[k];
    if (solve(p, k, GLP_MIN, &c->lo) || solve(p, k, GLP_MAX, &c->hi))
        return -1;
    /* counts are whole: the range of the integers inside the programs' bounds */
    c->lo = ceil(c->lo - 1e-7);
    if (isfinite(c->hi))
        c->hi = floor(c->hi + 1e-7);
    return 0;
}

/* Whether cells a and b add up some atom in common. */
static int overlap(const rp_ledger *l, const cell *a, const cell *b)
{
    size_t i = 0, j = 0;
    while (i < a->n && j < b->n) {
        size_t x = l->idx[a->off + i], y = l->idx[b->off + j];
        if (x == y)
            return 1;
        if (x < y)
            i++;
        else
            j++;
    }
    return 0;
}

/* Whether cell a holds every atom of cell b. */
static int contains(const rp_ledger *l, const cell *a, const cell *b)
{
    size_t i = 0, j = 0;
    while (i < a->n && j < b->n) {
        size_t x = l->idx[a->off + i], y = l->idx[b->off + j];
        if (x == y)
            j++;
        if (x <= y)
            i++;
        else
            return 0;
    }
    return j == b->n;
}

/* How well hiding c could protect t, best first: 0 its complement in a published cell that
 * holds them both (hidden, the two are one unknown sum: t's events beside the same row's
 * people at risk), 1 a sibling (disjoint from t inside such a cell), 2 a cell that overlaps
 * t, 3 a margin that holds t; cells the documents show after those only commands show,
 * and those the report year's run shows after those of earlier years; totals after all. */
static int rank(const program *p, const cell *c, const cell *t)
{
    const rp_ledger *l = p->l;
    int r = ((c->flags & RP_LC_TOTAL) ? 20 : 0) + ((c->flags & RP_LC_DOCUMENT) ? 4 : 0) +
            ((c->flags & RP_LC_CURRENT) ? 4 : 0), best = 2;
    if (contains(l, c, t))
        return r + 3;
    if (overlap(l, c, t))
        return r + 2;
    for (size_t j = 0; j < l->ncells && best > 0; j++) {
        const cell *q = &l->c[j];
        if (p->row[j] && contains(l, q, t) && contains(l, q, c))
            best = q->n == c->n + t->n ? 0 : 1;
    }
    return r + best;
}

/* The shown cells that could protect t, best first: published, not fixed, at least 1,
 * in an equation with t (they share atoms with a published cell that shares atoms with t);
 * by rank, then in the key's order, so that which was chosen says nothing of its value. */
static size_t candidates(const program *p, const cell *t, long *out, int *ranks)
{
    const rp_ledger *l = p->l;
    size_t n = 0;
    for (size_t k = 0; k < l->ncells; k++) {
        const cell *c = &l->c[k];
        if (!p->row[k] || c->mark || (c->flags & RP_LC_FIXED) || !(c->value >= 1) || c == t)
            continue;
        int near = overlap(l, c, t);
        for (size_t j = 0; !near && j < l->ncells; j++)
            near = p->row[j] && overlap(l, &l->c[j], t) && overlap(l, &l->c[j], c);
        if (near) {
            ranks[n] = rank(p, c, t);
            out[n++] = (long)k;
        }
    }
    for (size_t i = 1; i < n; i++) /* insertion sort: few candidates */
        for (size_t j = i; j > 0; j--) {
            const cell *a = &l->c[out[j - 1]], *b = &l->c[out[j]];
            if (ranks[j - 1] < ranks[j] || (ranks[j - 1] == ranks[j] && a->order <= b->order))
                break;
            long x = out[j - 1];
            out[j - 1] = out[j];
            out[j] = x;
            int y = ranks[j - 1];
            ranks[j - 1] = ranks[j];
            ranks[j] = y;
        }
    return n;
}

/* Whether a cell is protected by the rule: a count from 1 to below-1 that is hidden, or
 * sensitive (a complement no output prints). A second cell only covers them: its own range
 * is solved for the annex, with no rule of its own. */
static int target(const rp_ledger *l, const cell *c)
{
    if (!(c->value >= 1 && c->value < l->below))
        return 0;
    return ((c->flags & RP_LC_PUBLISHED) && c->mark) ||
           ((c->flags & RP_LC_SENSITIVE) && !(c->flags & RP_LC_PUBLISHED));
}

/* Hides candidate h for the rest of the run. */
static void keep(program *p, long h, rp_audit *a, int *added)
{
    p->l->c[h].mark = RP_HIDE_SECOND;
    row_bounds(p, h);
    a->added++;
    *added = 1;
}

/* Two of the first m candidates that widen k's range together where neither does alone (a
 * count pinned by two equations): kept, and 1 returned; 0 when no pair does; -1 on error. */
static int pair(program *p, long k, const long *cand, size_t m, rp_audit *a, int *added)
{
    rp_ledger *l = p->l;
    cell *c = &l->c[k];
    for (size_t i = 0; i < m; i++)
        for (size_t j = i + 1; j < m; j++) {
            double lo = c->lo, hi = c->hi;
            l->c[cand[i]].mark = l->c[cand[j]].mark = RP_HIDE_SECOND;
            row_bounds(p, cand[i]);
            row_bounds(p, cand[j]);
            if (range(p, k))
                return -1;
            if (c->lo < lo || c->hi > hi) {
                keep(p, cand[i], a, added);
                keep(p, cand[j], a, added);
                return 1;
            }
            l->c[cand[i]].mark = l->c[cand[j]].mark = 0;
            row_bounds(p, cand[i]);
            row_bounds(p, cand[j]);
            c->lo = lo;
            c->hi = hi;
        }
    return 0;
}

/* Protects target k: tries the candidates one by one, best rank first (totals only when
 * nothing else is left), keeping each that widens k's range, until the rule holds; when none
 * widens it alone, the first of the best rank is kept and the search goes on with it hidden. */
static int protect_one(program *p, long k, long *cand, int *ranks, rp_audit *a, int *added)
{
    rp_ledger *l = p->l;
    cell *c = &l->c[k];
    while (!holds(l, c)) {
        size_t n = candidates(p, c, cand, ranks), m = 0;
        if (n == 0)
            return 0; /* left unprotected: counted by the caller */
        while (m < n && !(l->c[cand[m]].flags & RP_LC_TOTAL))
            m++;
        if (m == 0)
            m = n; /* only totals are left */
        int widened = 0;
        for (size_t i = 0; i < m && !holds(l, c); i++) {
            double lo = c->lo, hi = c->hi;
            l->c[cand[i]].mark = RP_HIDE_SECOND;
            row_bounds(p, cand[i]);
            if (range(p, k))
                return -1;
            if (c->lo < lo || c->hi > hi) {
                keep(p, cand[i], a, added);
                widened = 1;
                continue;
            }
            l->c[cand[i]].mark = 0; /* no help on its own: shown again */
            row_bounds(p, cand[i]);
            c->lo = lo;
            c->hi = hi;
        }
        if (!widened && !holds(l, c)) { /* it takes two or more */
            int r = pair(p, k, cand, m < 8 ? m : 8, a, added);
            if (r < 0)
                return -1;
            if (r == 0) { /* nor two of the best: keep the first, go on */
                keep(p, cand[0], a, added);
                if (range(p, k))
                    return -1;
            }
        }
    }
    return 0;
}

/* Audits one component until every target holds or has no candidate left. */
static int protect_component(program *p, rp_audit *a)
{
    rp_ledger *l = p->l;
    long *cand = malloc((l->ncells ? l->ncells : 1) * sizeof *cand);
    int *ranks = malloc((l->ncells ? l->ncells : 1) * sizeof *ranks);
    if (!cand || !ranks) {
        free(cand);
        free(ranks);
        return -1;
    }
    for (int again = 1; again;) {
        again = 0;
        for (size_t k = 0; k < l->ncells; k++) {
            cell *c = &l->c[k];
            if (c->comp != p->comp || !target(l, c) || !isnan(c->lo))
                continue;
            if (range(p, (long)k) || protect_one(p, (long)k, cand, ranks, a, &again)) {
                free(cand);
                free(ranks);
                return -1;
            }
        }
    }
    free(cand);
    free(ranks);
    for (size_t k = 0; k < l->ncells; k++) { /* the second cells' ranges, for the record */
        cell *c = &l->c[k];
        if (c->comp != p->comp || !p->row[k] || !c->mark || !isnan(c->lo))
            continue;
        if (range(p, (long)k))
            return -1;
        /* one that the shown cells pin down exactly hides nothing: shown, it adds no
         * equation they do not imply, and an "x" anyone can work out would mislead */
        if (c->mark == RP_HIDE_SECOND && c->lo == c->hi) {
            c->mark = RP_SHOWN;
            c->lo = c->hi = NAN;
            row_bounds(p, (long)k);
            if (a->added)
                a->added--;
        }
    }
    return 0;
}

typedef struct {
    double value;
    size_t k;
} valued;

static int by_value(const void *x, const void *y)
{
    const valued *a = x, *b = y;
    int c = (a->value > b->value) - (a->value < b->value);
    return c ? c : (a->k > b->k) - (a->k < b->k);
}

/* B less A for A inside B, into the idx array as a new cell (sensitive). */
static int add_difference(rp_ledger *l, size_t ia, size_t ib)
{
    const cell *A = &l->c[ia], *B = &l->c[ib];
    if (grow((void **)&l->idx, &l->capidx, l->nidx + B->n + 1, sizeof *l->idx))
        return -1;
    A = &l->c[ia]; /* the idx array may have moved; the cells have not */
    B = &l->c[ib];
    size_t n = 0, i = 0;
    const size_t *a = l->idx + A->off, *b = l->idx + B->off;
    size_t *out = l->idx + l->nidx;
    for (size_t j = 0; j < B->n; j++) {
        while (i < A->n && a[i] < b[j])
            i++;
        if (i < A->n && a[i] == b[j])
            continue;
        out[n++] = b[j];
    }
    return n ? (add_cell(l, n, RP_LC_SENSITIVE) < 0 ? -1 : 0) : 0;
}

/* Every small difference of two published counts one of which holds the other (victims and
 * adult victims of a region; those who reoffended by 5 and by 7 years; a cohort's people as
 * two report years count them) is a count no output prints but anyone can take: registered
 * as sensitive, so that the audit protects it as it protects a hidden one. Only differences
 * from 1 to below-1 matter, so only pairs that close in value are compared. */
static int differences(rp_ledger *l)
{
    size_t n = 0, m = l->ncells;
    valued *ord = malloc((m ? m : 1) * sizeof *ord);
    if (!ord)
        return -1;
    for (size_t k = 0; k < m; k++)
        if (l->c[k].flags & RP_LC_PUBLISHED)
            ord[n++] = (valued){l->c[k].value, k};
    qsort(ord, n, sizeof *ord, by_value);
    int r = 0;
    for (size_t i = 0; r == 0 && i < n; i++)
        for (size_t j = i + 1; r == 0 && j < n; j++) {
            double d = ord[j].value - ord[i].value;
            if (d >= l->below)
                break;
            if (d >= 1 && l->c[ord[i].k].n < l->c[ord[j].k].n &&
                contains(l, &l->c[ord[j].k], &l->c[ord[i].k]))
                r = add_difference(l, ord[i].k, ord[j].k);
        }
    free(ord);
    return r;
}

int rp_ledger_protect(rp_ledger *l, rp_audit *a)
{
    memset(a, 0, sizeof *a);
    if (differences(l))
        return -1;
    a->narrowest = HUGE_VAL;
    for (size_t k = 0; k < l->ncells; k++) {
        cell *c = &l->c[k];
        c->lo = c->hi = NAN;
        if ((c->flags & RP_LC_PUBLISHED) && !(c->flags & RP_LC_FIXED) && !c->mark &&
            rp_small(c->value, l->below))
            c->mark = RP_HIDE_SMALL;
    }
    if (components(l))
        return -1;
    program p = {0};
    p.l = l;
    p.col = calloc(l->natoms ? l->natoms : 1, sizeof *p.col);
    p.row = calloc(l->ncells ? l->ncells : 1, sizeof *p.row);
    int r = p.col && p.row ? 0 : -1;
    for (size_t k = 0; r == 0 && k < l->ncells; k++) {
        const cell *c = &l->c[k];
        if (!target(l, c) || !isnan(c->lo) || c->comp == (size_t)-1)
            continue;
        /* each component once, when its first target comes up */
        p.comp = c->comp;
        memset(p.col, 0, l->natoms * sizeof *p.col);
        memset(p.row, 0, l->ncells * sizeof *p.row);
        r = build(&p) ? -1 : protect_component(&p, a);
        glp_delete_prob(p.lp);
        p.lp = NULL;
    }
    glp_free_env();
    for (size_t k = 0; k < l->ncells; k++) {
        const cell *c = &l->c[k];
        a->cells += (c->flags & RP_LC_PUBLISHED) != 0;
        a->hidden += (c->flags & RP_LC_PUBLISHED) && c->mark;
        if (isnan(c->lo) || !target(l, c))
            continue;
        a->audited++;
        a->unprotected += !holds(l, c);
        if (c->hi - c->lo < a->narrowest)
            a->narrowest = c->hi - c->lo;
    }
    a->programs = p.programs;
    free(p.col);
    free(p.row);
    return r;
}
