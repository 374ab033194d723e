/* The atoms of a dataset: rows counted by every distinction a published number makes. */
#include "datasets/atoms.h"
#include "base/hash.h"

#include <stdlib.h>
#include <string.h>

rp_atoms *rp_atoms_new(size_t nind)
{
    rp_atoms *a = calloc(1, sizeof *a);
    if (!a)
        return NULL;
    a->nind = nind;
    if (!(a->keys = rp_hash_new())) {
        free(a);
        return NULL;
    }
    return a;
}

void rp_atoms_free(rp_atoms *a)
{
    if (!a)
        return;
    free(a->weight);
    free(a->year);
    free(a->region);
    free(a->code);
    free(a->cat);
    rp_hash_free(a->keys);
    free(a);
}

static int grow(rp_atoms *a)
{
    if (a->n < a->cap)
        return 0;
    size_t cap = a->cap ? 2 * a->cap : 64, w = a->nind ? a->nind : 1;
    double *wt = realloc(a->weight, cap * sizeof *wt);
    if (wt)
        a->weight = wt;
    int *y = realloc(a->year, cap * sizeof *y);
    if (y)
        a->year = y;
    int *r = realloc(a->region, cap * sizeof *r);
    if (r)
        a->region = r;
    unsigned char *c = realloc(a->code, cap * w);
    if (c)
        a->code = c;
    int *k = realloc(a->cat, cap * w * sizeof *k);
    if (k)
        a->cat = k;
    if (!wt || !y || !r || !c || !k)
        return -1;
    a->cap = cap;
    return 0;
}

int rp_atoms_add(rp_atoms *a, int year, int region, const unsigned char *code, const int *cat,
                 double weight)
{
    /* the key: year, region, then each indicator's code and category */
    size_t len = 2 * sizeof(int) + a->nind * (1 + sizeof(int));
    unsigned char stack[512], *key = len <= sizeof stack ? stack : malloc(len);
    if (!key)
        return -1;
    memcpy(key, &year, sizeof year);
    memcpy(key + sizeof year, &region, sizeof region);
    unsigned char *p = key + 2 * sizeof(int);
    memcpy(p, code, a->nind);
    memcpy(p + a->nind, cat, a->nind * sizeof *cat);
    int added;
    size_t i = rp_hash_put(a->keys, key, len, &added);
    if (key != stack)
        free(key);
    if (i == (size_t)-1 || (added && grow(a)))
        return -1;
    if (added) {
        a->n++;
        a->weight[i] = 0;
        a->year[i] = year;
        a->region[i] = region;
        memcpy(a->code + i * a->nind, code, a->nind);
        memcpy(a->cat + i * a->nind, cat, a->nind * sizeof *cat);
    }
    a->weight[i] += weight;
    return 0;
}
