/* An open-addressing hash map from byte strings to dense indices 0, 1, 2, ... in insertion
 * order, so that callers keep their values in plain arrays indexed the same way. */
#ifndef RP_HASH_H
#define RP_HASH_H

#include <stddef.h>

/* Ownership: keys are copied in and owned by the map; rp_hash_key's result is owned by the map
 * and valid until the map is freed. */
typedef struct rp_hash rp_hash;

rp_hash *rp_hash_new(void);
void rp_hash_free(rp_hash *h);

/* Index of key, or (size_t)-1 when absent. */
size_t rp_hash_get(const rp_hash *h, const void *key, size_t len);
/* Index of key, inserted when absent (*added set to 1 then). (size_t)-1 when out of memory. */
size_t rp_hash_put(rp_hash *h, const void *key, size_t len, int *added);
size_t rp_hash_count(const rp_hash *h);
const char *rp_hash_key(const rp_hash *h, size_t index, size_t *len);

#endif
