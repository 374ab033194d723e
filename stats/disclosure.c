/* Disclosure control shared by every output. */
#include "stats/disclosure.h"

#include <stdlib.h>

int rp_small(double count, int below) { return count > 0 && count < below; }

/* The smallest count above zero not yet hidden, or n when there is none. */
static size_t smallest_shown(const double *count, size_t n, const unsigned char *hide)
{
    size_t best = n;
    for (size_t i = 0; i < n; i++)
        if (!hide[i] && count[i] > 0 && (best == n || count[i] < count[best]))
            best = i;
    return best;
}

int rp_secondary_more(const double *count, size_t n, int below, unsigned char *hide)
{
    size_t hidden = 0;
    double sum = 0;
    for (size_t i = 0; i < n; i++) {
        hidden += hide[i] != RP_SHOWN;
        sum += hide[i] ? count[i] : 0;
    }
    /* one hidden count is the total less the others; two or more must not add up to a
     * small number either. A shown count is >= below, so one more is always enough. */
    if (hidden == 1 || (hidden > 1 && sum > 0 && sum < below)) {
        size_t best = smallest_shown(count, n, hide);
        if (best < n) {
            hide[best] = RP_HIDE_SECOND;
            return 1;
        }
    }
    return 0;
}

size_t rp_secondary(const double *count, size_t n, int below, unsigned char *hide)
{
    size_t hidden = 0;
    for (size_t i = 0; i < n; i++)
        hide[i] = rp_small(count[i], below) ? RP_HIDE_SMALL : RP_SHOWN;
    rp_secondary_more(count, n, below, hide);
    for (size_t i = 0; i < n; i++)
        hidden += hide[i] != RP_SHOWN;
    return hidden;
}

/* The cells of a table ordered by their keys without column `skip`, so that each line along
 * that column (the cells that differ only there) is a run. qsort_r is not C11: the context
 * travels in the array. */
typedef struct {
    const size_t *key;
    size_t ncols, skip, i;
} line_ref;

static int by_line(const void *a, const void *b)
{
    const line_ref *x = a, *y = b;
    for (size_t k = 0; k < x->ncols; k++) {
        if (k == x->skip)
            continue;
        size_t u = x->key[x->i * x->ncols + k], v = y->key[y->i * y->ncols + k];
        if (u != v)
            return (u > v) - (u < v);
    }
    return (x->i > y->i) - (x->i < y->i);
}

static int same_line(const line_ref *x, const line_ref *y)
{
    for (size_t k = 0; k < x->ncols; k++)
        if (k != x->skip && x->key[x->i * x->ncols + k] != y->key[y->i * y->ncols + k])
            return 0;
    return 1;
}

/* The lines of a table: for column k, ord[k*n ..] lists the cells line after line, line[k*n +
 * i] is cell i's line, and nhid[k*n + l] counts the hidden cells of line l. */
typedef struct {
    size_t n, ncols;
    size_t *ord, *line, *nhid;
} lines;

static int lines_build(lines *L, const size_t *key, size_t n, size_t ncols,
                       const unsigned char *hide)
{
    size_t m = n * ncols > 0 ? n * ncols : 1;
    L->n = n;
    L->ncols = ncols;
    L->ord = malloc(m * sizeof *L->ord);
    L->line = malloc(m * sizeof *L->line);
    L->nhid = calloc(m, sizeof *L->nhid);
    line_ref *ref = malloc((n ? n : 1) * sizeof *ref);
    if (!L->ord || !L->line || !L->nhid || !ref) {
        free(ref);
        return -1;
    }
    for (size_t k = 0; k < ncols; k++) {
        for (size_t i = 0; i < n; i++)
            ref[i] = (line_ref){key, ncols, k, i};
        qsort(ref, n, sizeof *ref, by_line);
        for (size_t j = 0, l = 0; j < n; j++) {
            l += j > 0 && !same_line(&ref[j - 1], &ref[j]);
            L->ord[k * n + j] = ref[j].i;
            L->line[k * n + ref[j].i] = l;
            L->nhid[k * n + l] += hide[ref[j].i] != RP_SHOWN;
        }
    }
    free(ref);
    return 0;
}

static void lines_free(lines *L)
{
    free(L->ord);
    free(L->line);
    free(L->nhid);
}

/* What hiding cell i costs: the lines through it along other columns than k that hold no
 * hidden cell yet, each of which it would leave with a single one. */
static size_t cost(const lines *L, size_t i, size_t k)
{
    size_t c = 0;
    for (size_t q = 0; q < L->ncols; q++)
        c += q != k && L->nhid[q * L->n + L->line[q * L->n + i]] == 0;
    return c;
}

/* The rule of rp_secondary_more on the line of column k that runs over ord[a..b); the second
 * cell is the one that unsettles the fewest other lines, then the smallest. */
static int settle(const double *count, int below, unsigned char *hide, lines *L, size_t k,
                  size_t a, size_t b)
{
    size_t nh = 0, best = (size_t)-1, best_cost = 0;
    double sum = 0;
    for (size_t j = a; j < b; j++) {
        size_t i = L->ord[k * L->n + j];
        nh += hide[i] != RP_SHOWN;
        sum += hide[i] ? count[i] : 0;
    }
    if (!(nh == 1 || (nh > 1 && sum > 0 && sum < below)))
        return 0;
    for (size_t j = a; j < b; j++) {
        size_t i = L->ord[k * L->n + j], c;
        if (hide[i] || !(count[i] > 0))
            continue;
        c = cost(L, i, k);
        if (best == (size_t)-1 || c < best_cost || (c == best_cost && count[i] < count[best])) {
            best = i;
            best_cost = c;
        }
    }
    if (best == (size_t)-1)
        return 0;
    hide[best] = RP_HIDE_SECOND;
    for (size_t q = 0; q < L->ncols; q++)
        L->nhid[q * L->n + L->line[q * L->n + best]]++;
    return 1;
}

long rp_secondary_table(const double *count, const size_t *key, size_t n, size_t ncols,
                        int below, unsigned char *hide)
{
    for (size_t i = 0; i < n; i++)
        hide[i] = rp_small(count[i], below) ? RP_HIDE_SMALL : RP_SHOWN;
    lines L = {0};
    if (lines_build(&L, key, n, ncols, hide)) {
        lines_free(&L);
        return -1;
    }
    /* each added cell may unsettle a line along another column: until nothing changes,
     * which takes at most n rounds since every round that goes on hides one more cell */
    for (size_t round = 0; round <= n; round++) {
        long added = 0;
        for (size_t k = 0; k < ncols; k++)
            for (size_t a = 0, b; a < n; a = b) {
                size_t l = L.line[k * n + L.ord[k * n + a]];
                for (b = a + 1; b < n && L.line[k * n + L.ord[k * n + b]] == l; b++)
                    ;
                added += settle(count, below, hide, &L, k, a, b);
            }
        if (!added)
            break;
    }
    lines_free(&L);
    long hidden = 0;
    for (size_t i = 0; i < n; i++)
        hidden += hide[i] != RP_SHOWN;
    return hidden;
}

int rp_margin_leaks(const unsigned char *hide, const unsigned char *in, size_t n)
{
    size_t covered = 0, hidden = 0;
    for (size_t i = 0; i < n; i++) {
        hidden += hide[i] != RP_SHOWN;
        covered += hide[i] != RP_SHOWN && in[i];
    }
    return covered > 0 && covered < hidden;
}
