/* libpq, opened when a dataset names a database, and the check of a connection string. */
#include "datasets/pqlib.h"
#include "base/buf.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

typedef struct {
    int ok;
    int loaded;        /* the library was found (ok: and every function in it) */
    char err[256];     /* dlerror()'s words when it was not */
    rp_pq api;
} pq_state;

/* Bound once, as the dynamic linker would bind it, and only read after that. */
static pq_state pq;
static pthread_once_t pq_once = PTHREAD_ONCE_INIT;

static void pq_bind(void)
{
    static const char *const names[] = {"libpq.so.5", "libpq.so"};
    void *lib = NULL;
    for (size_t i = 0; i < sizeof names / sizeof *names && !lib; i++)
        lib = dlopen(names[i], RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE);
    if (!lib) {
        const char *e = dlerror();
        snprintf(pq.err, sizeof pq.err, "%s", e ? e : "");
        return;
    }
    pq.loaded = 1;
    int ok = 1;
#define LOAD(f) ok &= (pq.api.f = (__typeof__(pq.api.f))dlsym(lib, #f)) != NULL;
    RP_PQ_API(LOAD)
#undef LOAD
    pq.ok = ok;
}

const rp_pq *rp_pq_load(const rp_diag *lang, char *err, size_t n)
{
    pthread_once(&pq_once, pq_bind);
    if (!pq.loaded)
        rp_diag_snprintf(lang, err, n, "cannot load libpq (Debian package libpq5): %s", pq.err);
    else if (!pq.ok)
        rp_diag_snprintf(lang, err, n, "libpq lacks a function this program needs (version 10 "
                         "or later)");
    return pq.ok ? &pq.api : NULL;
}

const rp_pq *rp_pq_api(void) { return &pq.api; }


static const char *const secret_keys[] = {"password", "sslpassword", NULL};

int rp_pg_check_conninfo(const char *conninfo, const rp_diag *lang, char *why, size_t n)
{
    if (!rp_pq_load(lang, why, n))
        return -1;
    char *err = NULL;
    PQconninfoOption *opts = pq.api.PQconninfoParse(conninfo, &err);
    if (!opts) {
        rp_diag_snprintf(lang, why, n, "%s; expected a libpq connection string (host=... "
                         "dbname=...) or URI (postgresql://host/dbname)",
                         err ? rp_trim(err) : rp_diag_text(lang, "out of memory"));
        pq.api.PQfreemem(err);
        return -1;
    }
    int bad = 0;
    for (PQconninfoOption *o = opts; o->keyword && !bad; o++)
        for (size_t k = 0; secret_keys[k]; k++)
            if (!strcmp(o->keyword, secret_keys[k]) && o->val && *o->val) {
                rp_diag_snprintf(lang, why, n, "the connection holds a %s; expected "
                                 "credentials in the environment (PGPASSWORD, PGSERVICE) or in "
                                 "~/.pgpass, never in monitor.ini", o->keyword);
                bad = 1;
            }
    pq.api.PQconninfoFree(opts);
    return bad ? -1 : 0;
}
