/* The analyst's linear-programming attack on published counts (see tests/attacker.h). */
#include "tests/attacker.h"
#include "base/hash.h"

#include <glpk.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct {
    char *name;
    char **cols;
    size_t ncols;
    char **vals;           /* nrec * ncols */
    double *w;
    size_t nrec, cap;
    size_t atom0, natoms;  /* its atoms in the global numbering */
    size_t *rep;           /* per atom: a record it holds */
} table;

enum { OP_EQ, OP_NE, OP_LE, OP_GE, OP_LT, OP_GT };

typedef struct {
    int table;
    char *text;
    size_t *atoms;         /* global atom ids, ascending */
    size_t natoms;
    double truth;
    long cell;             /* the cell its atoms make */
} pred;

enum { F_SHOWN, F_HIDDEN, F_RELATION };

typedef struct {
    int kind;
    int zero;              /* F_HIDDEN: may be 0 */
    size_t n;
    size_t *pred;
    double *c;
    double lo, hi;
    char *what;
} fact;

/* One set of atoms, however many outputs and predicates name it. */
typedef struct {
    int table;
    size_t *atoms, natoms;
    double truth;
    int shown, hidden;     /* how many outputs show it, hide it */
    int zero;              /* hidden, and every output that hides it may hide a 0 */
    double value;          /* the first shown value */
    const char *shown_in, *hidden_in; /* borrowed from the facts */
    int row;               /* its row in the program, 0 none */
} cellset;

struct att {
    int below;
    table *t;
    size_t nt;
    pred *p;
    size_t np;
    rp_hash *pidx;
    fact *f;
    size_t nf;
    rp_buf errors;         /* predicates that name no column */
    double *atom_w;
    size_t natoms;
};

att *att_new(int below)
{
    att *A = calloc(1, sizeof *A);
    A->below = below;
    A->pidx = rp_hash_new();
    rp_buf_init(&A->errors);
    return A;
}

void att_free(att *A)
{
    if (!A)
        return;
    for (size_t i = 0; i < A->nt; i++) {
        table *t = &A->t[i];
        for (size_t k = 0; k < t->nrec * t->ncols; k++)
            free(t->vals[k]);
        for (size_t k = 0; k < t->ncols; k++)
            free(t->cols[k]);
        free(t->vals);
        free(t->cols);
        free(t->w);
        free(t->rep);
        free(t->name);
    }
    for (size_t i = 0; i < A->np; i++) {
        free(A->p[i].text);
        free(A->p[i].atoms);
    }
    for (size_t i = 0; i < A->nf; i++) {
        free(A->f[i].pred);
        free(A->f[i].c);
        free(A->f[i].what);
    }
    free(A->t);
    free(A->p);
    free(A->f);
    free(A->atom_w);
    rp_hash_free(A->pidx);
    rp_buf_free(&A->errors);
    free(A);
}

int att_table(att *A, const char *name, const char *const *cols, size_t ncols)
{
    A->t = realloc(A->t, (A->nt + 1) * sizeof *A->t);
    table *t = &A->t[A->nt];
    memset(t, 0, sizeof *t);
    t->name = rp_strdup(name);
    t->ncols = ncols;
    t->cols = calloc(ncols ? ncols : 1, sizeof *t->cols);
    for (size_t i = 0; i < ncols; i++)
        t->cols[i] = rp_strdup(cols[i]);
    return (int)A->nt++;
}

int att_find(const att *A, const char *name)
{
    for (size_t i = 0; i < A->nt; i++)
        if (!strcmp(A->t[i].name, name))
            return (int)i;
    return -1;
}

void att_row(att *A, int ti, const char *const *vals, double weight)
{
    table *t = &A->t[ti];
    if (t->nrec == t->cap) {
        t->cap = t->cap ? 2 * t->cap : 256;
        t->vals = realloc(t->vals, t->cap * t->ncols * sizeof *t->vals);
        t->w = realloc(t->w, t->cap * sizeof *t->w);
    }
    for (size_t i = 0; i < t->ncols; i++)
        t->vals[t->nrec * t->ncols + i] = rp_strdup(vals[i] ? vals[i] : "");
    t->w[t->nrec++] = weight;
}

/* ---- predicates ---- */

static size_t intern(att *A, int ti, const char *text)
{
    if (!text || !strcmp(text, "*"))
        text = "";
    char *key = rp_strfmt("%d\x1f%s", ti, text);
    int added;
    size_t k = rp_hash_put(A->pidx, key, strlen(key), &added);
    free(key);
    if (added) {
        A->p = realloc(A->p, (A->np + 1) * sizeof *A->p);
        pred *p = &A->p[A->np++];
        memset(p, 0, sizeof *p);
        p->table = ti;
        p->text = rp_strdup(text);
        p->cell = -1;
    }
    return k;
}

static int number(const char *s, double *v)
{
    char *end;
    *v = strtod(s, &end);
    return end != s && *end == '\0';
}

/* Whether value s equals one of the '|'-separated values of list. */
static int one_of(const char *s, const char *list)
{
    double a, b;
    int num = number(s, &a);
    for (const char *p = list;;) {
        size_t n = strcspn(p, "|");
        char *v = rp_strndup(p, n);
        int eq = !strcmp(v, s) || (num && number(v, &b) && a == b);
        free(v);
        if (eq)
            return 1;
        if (!p[n])
            return 0;
        p += n + 1;
    }
}

/* Whether record r of t passes the term "col OP values" (len bytes of s). -1: no column. */
static int term_passes(const table *t, size_t r, const char *s, size_t len)
{
    static const char *const ops[] = {"!=", "<=", ">=", "=", "<", ">"};
    static const int codes[] = {OP_NE, OP_LE, OP_GE, OP_EQ, OP_LT, OP_GT};
    size_t at = len;
    int op = -1;
    for (size_t i = 0; i < len && op < 0; i++)
        for (size_t k = 0; k < 6 && op < 0; k++)
            if (i + strlen(ops[k]) <= len && !strncmp(s + i, ops[k], strlen(ops[k]))) {
                op = codes[k];
                at = i;
            }
    if (op < 0)
        return -1;
    char *col = rp_strndup(s, at);
    size_t c = 0;
    while (c < t->ncols && strcasecmp(t->cols[c], col))
        c++;
    free(col);
    if (c == t->ncols)
        return -1;
    size_t skip = at + (op == OP_NE || op == OP_LE || op == OP_GE ? 2 : 1);
    char *rhs = rp_strndup(s + skip, len - skip);
    const char *v = t->vals[r * t->ncols + c];
    int pass;
    double a, b;
    if (op == OP_EQ || op == OP_NE)
        pass = one_of(v, rhs) == (op == OP_EQ);
    else if (!number(v, &a) || !number(rhs, &b))
        pass = 0;
    else
        pass = op == OP_LE ? a <= b : op == OP_GE ? a >= b : op == OP_LT ? a < b : a > b;
    free(rhs);
    return pass;
}

static int passes(att *A, const table *t, size_t r, const char *text)
{
    for (const char *s = text; *s;) {
        size_t n = strcspn(s, "&");
        int pass = term_passes(t, r, s, n);
        if (pass < 0) {
            rp_buf_printf(&A->errors, "attacker: \"%.*s\" names no column of %s\n", (int)n, s,
                          t->name);
            return 0;
        }
        if (!pass)
            return 0;
        s += n + (s[n] == '&');
    }
    return 1;
}

double att_true(const att *A, int ti, const char *text)
{
    const table *t = &A->t[ti];
    double sum = 0;
    for (size_t r = 0; r < t->nrec; r++)
        if (passes((att *)A, t, r, text ? text : ""))
            sum += t->w[r];
    return sum;
}

/* ---- facts ---- */

static fact *new_fact(att *A, int kind, size_t n, const char *what, va_list ap)
{
    A->f = realloc(A->f, (A->nf + 1) * sizeof *A->f);
    fact *f = &A->f[A->nf++];
    memset(f, 0, sizeof *f);
    f->kind = kind;
    f->n = n;
    f->pred = calloc(n ? n : 1, sizeof *f->pred);
    f->c = calloc(n ? n : 1, sizeof *f->c);
    rp_buf b;
    rp_buf_init(&b);
    rp_buf_vprintf(&b, what, ap);
    f->what = rp_buf_steal(&b);
    return f;
}

void att_count(att *A, int ti, const char *text, double value, const char *what, ...)
{
    va_list ap;
    va_start(ap, what);
    fact *f = new_fact(A, isnan(value) ? F_HIDDEN : F_SHOWN, 1, what, ap);
    va_end(ap);
    f->pred[0] = intern(A, ti, text);
    f->c[0] = 1;
    f->lo = f->hi = value;
}

void att_maybe_zero(att *A)
{
    if (A->nf)
        A->f[A->nf - 1].zero = 1;
}

void att_relation(att *A, int ti, size_t n, const char *const *text, const double *c,
                  double lo, double hi, const char *what, ...)
{
    va_list ap;
    va_start(ap, what);
    fact *f = new_fact(A, F_RELATION, n, what, ap);
    va_end(ap);
    for (size_t i = 0; i < n; i++) {
        f->pred[i] = intern(A, ti, text[i]);
        f->c[i] = c[i];
    }
    f->lo = lo;
    f->hi = hi;
}

void att_fail(att *A, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    rp_buf_vprintf(&A->errors, fmt, ap);
    va_end(ap);
}

/* ---- atoms: records that no predicate tells apart ---- */

static void make_atoms(att *A)
{
    A->natoms = 0;
    for (size_t ti = 0; ti < A->nt; ti++) {
        table *t = &A->t[ti];
        size_t *mine = malloc((A->np ? A->np : 1) * sizeof *mine), np = 0;
        for (size_t k = 0; k < A->np; k++)
            if (A->p[k].table == (int)ti)
                mine[np++] = k;
        unsigned char *sig = malloc(np ? np : 1);
        size_t *atom_of = malloc((t->nrec ? t->nrec : 1) * sizeof *atom_of);
        rp_hash *h = rp_hash_new();
        t->atom0 = A->natoms;
        t->rep = malloc((t->nrec ? t->nrec : 1) * sizeof *t->rep);
        for (size_t r = 0; r < t->nrec; r++) {
            for (size_t k = 0; k < np; k++)
                sig[k] = (unsigned char)passes(A, t, r, A->p[mine[k]].text);
            int added;
            size_t a = rp_hash_put(h, sig, np, &added);
            if (added)
                t->rep[a] = r;
            atom_of[r] = a;
        }
        t->natoms = rp_hash_count(h);
        A->atom_w = realloc(A->atom_w, (A->natoms + t->natoms + 1) * sizeof *A->atom_w);
        for (size_t a = 0; a < t->natoms; a++)
            A->atom_w[A->natoms + a] = 0;
        for (size_t r = 0; r < t->nrec; r++)
            A->atom_w[A->natoms + atom_of[r]] += t->w[r];
        for (size_t k = 0; k < np; k++) {
            pred *p = &A->p[mine[k]];
            p->atoms = malloc((t->natoms ? t->natoms : 1) * sizeof *p->atoms);
            p->natoms = 0;
            p->truth = 0;
            for (size_t a = 0; a < t->natoms; a++)
                if (passes(A, t, t->rep[a], p->text)) {
                    p->atoms[p->natoms++] = A->natoms + a;
                    p->truth += A->atom_w[A->natoms + a];
                }
        }
        A->natoms += t->natoms;
        rp_hash_free(h);
        free(atom_of);
        free(sig);
        free(mine);
    }
}

/* ---- cells: sets of atoms, with what the outputs say of them ---- */

typedef struct {
    cellset *c;
    size_t n;
    rp_hash *idx;
} cells;

static long cell_of(cells *C, int ti, const size_t *atoms, size_t n, double truth)
{
    size_t len = (n + 1) * sizeof(size_t);
    size_t *key = malloc(len);
    key[0] = (size_t)ti;
    memcpy(key + 1, atoms, n * sizeof *atoms);
    int added;
    size_t k = rp_hash_put(C->idx, key, len, &added);
    free(key);
    if (added) {
        C->c = realloc(C->c, (C->n + 1) * sizeof *C->c);
        cellset *c = &C->c[C->n++];
        memset(c, 0, sizeof *c);
        c->table = ti;
        c->atoms = malloc((n ? n : 1) * sizeof *atoms);
        memcpy(c->atoms, atoms, n * sizeof *atoms);
        c->natoms = n;
        c->truth = truth;
    }
    return (long)k;
}

/* Whether sorted a lies inside sorted b; the rest of b in dif (*m its size). */
static int inside(const size_t *a, size_t na, const size_t *b, size_t nb, size_t *dif, size_t *m)
{
    size_t x = 0;
    *m = 0;
    for (size_t q = 0; q < nb; q++) {
        if (x < na && a[x] < b[q])
            return 0;
        if (x < na && a[x] == b[q])
            x++;
        else
            dif[(*m)++] = b[q];
    }
    return x == na;
}

/* ---- the linear programs ---- */

typedef struct {
    att *A;
    glp_prob *lp;
    glp_smcp parm;
    size_t programs;
    fact **row_fact;       /* per row (1-based): the fact it came from */
    cellset **row_cell;
    size_t nrows;
} program;

static int add_row(program *P, const size_t *atoms, const double *coef, size_t n, int type,
                   double lo, double hi)
{
    int r = glp_add_rows(P->lp, 1);
    int *ind = malloc((n + 1) * sizeof *ind);
    double *val = malloc((n + 1) * sizeof *val);
    for (size_t i = 0; i < n; i++) {
        ind[i + 1] = (int)atoms[i] + 1;
        val[i + 1] = coef[i];
    }
    glp_set_mat_row(P->lp, r, (int)n, ind, val);
    glp_set_row_bnds(P->lp, r, type, lo, hi);
    free(ind);
    free(val);
    return r;
}

/* min (dir GLP_MIN) or max of the sum of atoms; HUGE_VAL when unbounded, NAN on failure. */
static double bound(program *P, const size_t *atoms, size_t n, int dir)
{
    int nc = glp_get_num_cols(P->lp);
    for (int j = 1; j <= nc; j++)
        glp_set_obj_coef(P->lp, j, 0);
    for (size_t i = 0; i < n; i++)
        glp_set_obj_coef(P->lp, (int)atoms[i] + 1, 1);
    glp_set_obj_dir(P->lp, dir);
    P->programs++;
    if (glp_simplex(P->lp, &P->parm) != 0) {
        glp_adv_basis(P->lp, 0);
        if (glp_simplex(P->lp, &P->parm) != 0)
            return NAN;
    }
    int st = glp_get_status(P->lp);
    if (st == GLP_UNBND)
        return HUGE_VAL;
    return st == GLP_OPT ? glp_get_obj_val(P->lp) : NAN;
}

/* The published numbers that pin the bound just solved: rows with a dual value. */
static void explain(program *P, rp_buf *out)
{
    int nr = glp_get_num_rows(P->lp);
    for (int r = 1; r <= nr; r++) {
        double y = glp_get_row_dual(P->lp, r);
        if (fabs(y) < 1e-9)
            continue;
        const cellset *c = P->row_cell[r];
        const fact *f = P->row_fact[r];
        if (c)
            rp_buf_printf(out, "      %+g x %s = %g\n", y, c->shown_in ? c->shown_in
                                                            : c->hidden_in,
                          c->shown ? c->value : glp_get_row_prim(P->lp, r));
        else if (f)
            rp_buf_printf(out, "      %+g x %s in [%g, %g]\n", y, f->what, f->lo, f->hi);
    }
}

static int holds(int below, double v, double lo, double hi)
{
    int low = v <= 1 ? lo <= 1 + 1e-6 : lo < v - 1e-6;
    return low && hi >= below - 1e-6;
}

/* Checks what each output said of one set of atoms against the others and the records. */
static void check_cell(att *A, const cellset *c, rp_buf *fails)
{
    if (c->shown && c->hidden && c->natoms)
        rp_buf_printf(fails, "the same count (%g) is shown in %s and hidden in %s\n", c->truth,
                      c->shown_in, c->hidden_in);
    if (c->shown && fabs(c->value - c->truth) > 1e-6)
        rp_buf_printf(fails, "%s shows %g where the records give %g (misread, or wrong)\n",
                      c->shown_in, c->value, c->truth);
    if (c->shown && c->value >= 1 && c->value < A->below)
        rp_buf_printf(fails, "%s shows the small count %g\n", c->shown_in, c->value);
    if (c->hidden && !c->shown && !c->zero && c->truth < 1)
        rp_buf_printf(fails, "%s is hidden although it is %g (zeros are shown)\n", c->hidden_in,
                      c->truth);
}

int att_attack(att *A, rp_buf *fails, att_result *res)
{
    memset(res, 0, sizeof *res);
    make_atoms(A);
    rp_buf_puts(fails, rp_buf_str(&A->errors));
    cells C = {0};
    C.idx = rp_hash_new();
    /* every single count a fact names, as a set of atoms; what each output says of it */
    for (size_t i = 0; i < A->nf; i++) {
        fact *f = &A->f[i];
        res->facts++;
        for (size_t k = 0; k < f->n; k++) {
            pred *p = &A->p[f->pred[k]];
            p->cell = cell_of(&C, p->table, p->atoms, p->natoms, p->truth);
        }
        if (f->kind == F_RELATION)
            continue;
        cellset *c = &C.c[A->p[f->pred[0]].cell];
        if (f->kind == F_SHOWN) {
            if (!c->shown++) {
                c->value = f->lo;
                c->shown_in = f->what;
            } else if (fabs(c->value - f->lo) > 1e-6 && c->natoms) {
                rp_buf_printf(fails, "the same count is %g in %s and %g in %s\n", c->value,
                              c->shown_in, f->lo, f->what);
            }
        } else if (!c->hidden++) {
            c->hidden_in = f->what;
            c->zero = f->zero;
        } else {
            c->zero &= f->zero;
        }
    }
    for (size_t k = 0; k < C.n; k++) {
        check_cell(A, &C.c[k], fails);
        res->hidden += C.c[k].hidden && !C.c[k].shown;
    }
    program P = {0};
    P.A = A;
    glp_term_out(GLP_OFF);
    P.lp = glp_create_prob();
    glp_init_smcp(&P.parm);
    P.parm.msg_lev = GLP_MSG_OFF;
    if (A->natoms)
        glp_add_cols(P.lp, (int)A->natoms);
    for (size_t j = 0; j < A->natoms; j++)
        glp_set_col_bnds(P.lp, (int)j + 1, GLP_LO, 0, 0);
    size_t cap = C.n + A->nf + 2;
    P.row_fact = calloc(cap, sizeof *P.row_fact);
    P.row_cell = calloc(cap, sizeof *P.row_cell);
    double *ones = malloc((A->natoms + 1) * sizeof *ones);
    for (size_t j = 0; j <= A->natoms; j++)
        ones[j] = 1;
    for (size_t k = 0; k < C.n; k++) {
        cellset *c = &C.c[k];
        if (!c->natoms || (!c->shown && !c->hidden) || (!c->shown && !c->zero && c->truth < 1))
            continue;
        int r = c->shown ? add_row(&P, c->atoms, ones, c->natoms, GLP_FX, c->value, c->value)
                         : add_row(&P, c->atoms, ones, c->natoms, GLP_LO, c->zero ? 0 : 1, 0);
        P.row_cell[r] = c;
        c->row = r;
    }
    /* relations: the sum of their predicates' atoms, each with its coefficient */
    double *coef = calloc(A->natoms + 1, sizeof *coef);
    size_t *atoms = malloc((A->natoms + 1) * sizeof *atoms);
    for (size_t i = 0; i < A->nf; i++) {
        fact *f = &A->f[i];
        if (f->kind != F_RELATION)
            continue;
        double truth = 0;
        for (size_t k = 0; k < f->n; k++) {
            const pred *p = &A->p[f->pred[k]];
            for (size_t a = 0; a < p->natoms; a++)
                coef[p->atoms[a]] += f->c[k];
            truth += f->c[k] * p->truth;
        }
        size_t n = 0;
        double *cv = malloc((A->natoms + 1) * sizeof *cv);
        for (size_t a = 0; a < A->natoms; a++)
            if (coef[a] != 0) {
                atoms[n] = a;
                cv[n++] = coef[a];
                coef[a] = 0;
            }
        double tol = 1e-6 * (1 + fabs(f->lo) + fabs(f->hi));
        if (truth < f->lo - tol || truth > f->hi + tol) {
            rp_buf_printf(fails, "%s: the records give %g, outside [%g, %g] (misread, or "
                          "wrong; %s)\n", f->what, truth, f->lo, f->hi, A->p[f->pred[0]].text);
        } else if (n) {
            int r = add_row(&P, atoms, cv, n, f->lo == f->hi ? GLP_FX : GLP_DB, f->lo, f->hi);
            P.row_fact[r] = f;
        }
        free(cv);
    }
    /* targets: hidden small counts, and small differences of nested published counts */
    size_t ncells = C.n;
    size_t *dif = malloc((A->natoms + 1) * sizeof *dif);
    int r0 = 0;
    for (size_t k = 0; k < ncells && r0 == 0; k++) {
        for (size_t j = 0; j <= ncells && r0 == 0; j++) {
            /* j == ncells: cell k itself; else the rest of cell j outside cell k */
            const cellset *a = &C.c[k], *b = j < ncells ? &C.c[j] : NULL;
            const size_t *set;
            size_t n;
            double v;
            int hidden_target = 0;
            if (!b) {
                if (!(a->hidden && !a->shown) || a->truth < 1 || a->truth >= A->below)
                    continue;
                set = a->atoms;
                n = a->natoms;
                v = a->truth;
                hidden_target = 1;
            } else {
                if (j == k || b->table != a->table || b->natoms <= a->natoms ||
                    !(b->shown || b->hidden) || !(a->shown || a->hidden))
                    continue;
                v = b->truth - a->truth;
                if (v < 1 || v >= A->below || !inside(a->atoms, a->natoms, b->atoms, b->natoms,
                                                       dif, &n))
                    continue;
                size_t len = (n + 1) * sizeof(size_t);
                size_t *key = malloc(len);
                key[0] = (size_t)a->table;
                memcpy(key + 1, dif, n * sizeof *dif);
                size_t same = rp_hash_get(C.idx, key, len);
                free(key);
                if (same != (size_t)-1 && (C.c[same].shown || C.c[same].hidden))
                    continue; /* a published count: audited as such */
                set = dif;
            }
            res->targets++;
            double lo = bound(&P, set, n, GLP_MIN);
            rp_buf why;
            rp_buf_init(&why);
            explain(&P, &why);
            double hi = bound(&P, set, n, GLP_MAX);
            if (isnan(lo) || isnan(hi)) {
                rp_buf_printf(fails, "attacker: GLPK failed\n");
                rp_buf_free(&why);
                r0 = -1;
                break;
            }
            lo = ceil(lo - 1e-6);
            if (isfinite(hi))
                hi = floor(hi + 1e-6);
            if (!holds(A->below, v, fmax(lo, 0), hi)) {
                res->recovered++;
                if (hidden_target)
                    rp_buf_printf(fails, "RECOVERED %s: hidden %g, lies in [%g, %g] given\n",
                                  a->hidden_in, v, lo, hi);
                else
                    rp_buf_printf(fails, "RECOVERED %s less %s: %g, printed nowhere, lies in "
                                  "[%g, %g] given\n", b->shown_in ? b->shown_in : b->hidden_in,
                                  a->shown_in ? a->shown_in : a->hidden_in, v, lo, hi);
                if (hi < A->below - 1e-6) {
                    rp_buf_puts(fails, "    (upper bound)\n");
                    rp_buf_clear(&why);
                    explain(&P, &why);
                } else {
                    rp_buf_puts(fails, "    (lower bound)\n");
                }
                rp_buf_puts(fails, rp_buf_str(&why));
            }
            rp_buf_free(&why);
        }
    }
    res->atoms = A->natoms;
    res->programs = P.programs;
    glp_delete_prob(P.lp);
    glp_free_env();
    free(dif);
    free(coef);
    free(atoms);
    free(ones);
    free(P.row_fact);
    free(P.row_cell);
    for (size_t k = 0; k < C.n; k++)
        free(C.c[k].atoms);
    free(C.c);
    rp_hash_free(C.idx);
    return r0;
}
