/* An open-addressing hash map from byte strings to dense insertion-order indices. */
#include "base/hash.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

struct rp_hash {
    size_t *slots;    /* index + 1, 0 = empty */
    size_t nslots;    /* power of two */
    char **keys;
    size_t *lens;
    uint64_t *hashes;
    size_t n, cap;
};

/* Eight bytes at a time, each word mixed in by a multiply and the murmur3 finaliser: keys
 * are short (cell values, packed ids), so this beats byte-wise FNV by several times. */
static uint64_t mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

static uint64_t hash_bytes(const void *key, size_t len)
{
    const unsigned char *p = key;
    uint64_t h = 0x9e3779b97f4a7c15ULL ^ len;
    while (len >= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        h = (h ^ w) * 0x100000001b3ULL;
        h ^= h >> 29;
        p += 8;
        len -= 8;
    }
    uint64_t w = 0;
    for (size_t i = 0; i < len; i++)
        w |= (uint64_t)p[i] << (8 * i);
    return mix(h ^ w);
}

rp_hash *rp_hash_new(void)
{
    rp_hash *h = calloc(1, sizeof *h);
    if (!h)
        return NULL;
    h->nslots = 64;
    h->slots = calloc(h->nslots, sizeof *h->slots);
    if (!h->slots) {
        free(h);
        return NULL;
    }
    return h;
}

void rp_hash_free(rp_hash *h)
{
    if (!h)
        return;
    for (size_t i = 0; i < h->n; i++)
        free(h->keys[i]);
    free(h->keys);
    free(h->lens);
    free(h->hashes);
    free(h->slots);
    free(h);
}

/* Keys are short: a plain loop beats a call to memcmp. */
static int same(const char *a, const void *b, size_t len)
{
    const char *q = b;
    for (size_t i = 0; i < len; i++)
        if (a[i] != q[i])
            return 0;
    return 1;
}

static size_t find_slot(const rp_hash *h, const void *key, size_t len, uint64_t hv)
{
    size_t mask = h->nslots - 1;
    size_t i = (size_t)hv & mask;
    for (;;) {
        size_t s = h->slots[i];
        if (s == 0)
            return i;
        s--;
        if (h->hashes[s] == hv && h->lens[s] == len && same(h->keys[s], key, len))
            return i;
        i = (i + 1) & mask;
    }
}

size_t rp_hash_get(const rp_hash *h, const void *key, size_t len)
{
    size_t i = find_slot(h, key, len, hash_bytes(key, len));
    return h->slots[i] ? h->slots[i] - 1 : (size_t)-1;
}

static int grow(rp_hash *h)
{
    size_t n = h->nslots * 2;
    size_t *slots = calloc(n, sizeof *slots);
    if (!slots)
        return -1;
    for (size_t k = 0; k < h->n; k++) {
        size_t i = (size_t)h->hashes[k] & (n - 1);
        while (slots[i])
            i = (i + 1) & (n - 1);
        slots[i] = k + 1;
    }
    free(h->slots);
    h->slots = slots;
    h->nslots = n;
    return 0;
}

static int reserve(rp_hash *h)
{
    if (h->n < h->cap)
        return 0;
    size_t cap = h->cap ? 2 * h->cap : 16;
    char **k = realloc(h->keys, cap * sizeof *k);
    if (!k)
        return -1;
    h->keys = k;
    size_t *l = realloc(h->lens, cap * sizeof *l);
    if (!l)
        return -1;
    h->lens = l;
    uint64_t *hs = realloc(h->hashes, cap * sizeof *hs);
    if (!hs)
        return -1;
    h->hashes = hs;
    h->cap = cap;
    return 0;
}

size_t rp_hash_put(rp_hash *h, const void *key, size_t len, int *added)
{
    uint64_t hv = hash_bytes(key, len);
    size_t i = find_slot(h, key, len, hv);
    if (added)
        *added = 0;
    if (h->slots[i])
        return h->slots[i] - 1;
    /* keep the table at most half full so that probing stays short and always ends */
    if ((h->n + 1) * 2 > h->nslots) {
        if (grow(h))
            return (size_t)-1;
        i = find_slot(h, key, len, hv);
    }
    if (reserve(h))
        return (size_t)-1;
    char *copy = malloc(len + 1);
    if (!copy)
        return (size_t)-1;
    memcpy(copy, key, len);
    copy[len] = '\0';
    h->keys[h->n] = copy;
    h->lens[h->n] = len;
    h->hashes[h->n] = hv;
    h->slots[i] = ++h->n;
    if (added)
        *added = 1;
    return h->n - 1;
}

size_t rp_hash_count(const rp_hash *h) { return h->n; }

const char *rp_hash_key(const rp_hash *h, size_t index, size_t *len)
{
    if (index >= h->n)
        return NULL;
    if (len)
        *len = h->lens[index];
    return h->keys[index];
}
