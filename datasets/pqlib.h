/* libpq, opened when a dataset names a database rather than linked, and the check of a
 * `database =` connection string (monitor.c checks it as it reads monitor.ini). */
#ifndef RP_PQLIB_H
#define RP_PQLIB_H

#include <stddef.h>
#include <libpq-fe.h>
#include "base/diag.h"

/* libpq is opened when a dataset names a database, not linked: with OpenSSL, Kerberos and LDAP
 * behind it, it would add 4 MB of resident memory and 10 ms of start-up to every command
 * (tabulate streams millions of rows in 16 MB). The functions used, typed by libpq-fe.h: */
#define RP_PQ_API(X)                                                                               \
    X(PQcancel) X(PQclear) X(PQconnectdbParams) X(PQconninfoFree) X(PQconninfoParse)               \
    X(PQerrorMessage) X(PQescapeIdentifier) X(PQexec) X(PQexecParams) X(PQfinish) X(PQfname)       \
    X(PQfreeCancel) X(PQfreemem) X(PQftype) X(PQgetCancel) X(PQgetResult) X(PQgetisnull)           \
    X(PQgetvalue) X(PQnfields) X(PQntuples) X(PQresultErrorField) X(PQresultErrorMessage)          \
    X(PQresultStatus) X(PQsendQueryParams) X(PQserverVersion) X(PQsetSingleRowMode)                \
    X(PQstatus)

/* The functions, typed by libpq-fe.h. */
typedef struct rp_pq {
#define RP_PQ_FIELD(f) __typeof__(&f) f;
    RP_PQ_API(RP_PQ_FIELD)
#undef RP_PQ_FIELD
} rp_pq;

/* libpq bound (once, read only after that; never freed), or NULL with the reason in err, in
 * lang's language (NULL: English). */
const rp_pq *rp_pq_load(const rp_diag *lang, char *err, size_t n);
/* The bound functions, for a caller after rp_pq_load succeeded. */
const rp_pq *rp_pq_api(void);

/* Whether a `database =` value can be used: a libpq connection string or URI that holds no
 * password (credentials come from the environment, PGPASSWORD or a service, or ~/.pgpass).
 * 0, or -1 with why (which never repeats the value) in lang's language (NULL: English). */
int rp_pg_check_conninfo(const char *conninfo, const rp_diag *lang, char *why, size_t n);

#endif
