/* A dataset's rows from PostgreSQL: connect, check the columns, count in the database. */
#include "datasets/pgsource.h"
#include "datasets/pqlib.h"
#include "base/buf.h"
#include "base/value.h"

#include <libpq-fe.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* libpq's functions, bound by datasets/pqlib.c once rp_pq_load has succeeded (every path
 * here starts with it, through rp_pg_open). */
#define pq (*rp_pq_api())

/* Type OIDs of pg_type.dat, fixed since PostgreSQL 7. */
enum { OID_INT8 = 20, OID_INT2 = 21, OID_INT4 = 23, OID_NUMERIC = 1700 };

typedef struct pgsrc {
    PGconn *conn;
    PGresult *res;     /* the row being read (single-row mode) */
    int *map;          /* per result column: the reader's column */
    int nres;
    int weight;        /* the result column of a group's count, -1 for rows as they are */
    int keycol;        /* the result column of its records' keys added up, or -1 */
    uint64_t keysum;
    char *pad[2];      /* keyed: the key XOR HMAC's inner and outer pads, as bytea input */
    const char *name;  /* def->source, for messages */
    rp_diag *diag;
    int done;
} pgsrc;

/* The first line of a libpq message, which ends with a newline (or is NULL). */
static const char *first_line(const rp_diag *d, const char *msg, char *buf, size_t n)
{
    snprintf(buf, n, "%s", msg && *msg ? msg : rp_diag_text(d, "no reason given"));
    buf[strcspn(buf, "\n")] = '\0';
    return buf;
}

/* What the server said, without libpq's "ERROR:  " and the lines after it. */
static const char *result_message(const rp_diag *d, const PGresult *r, const PGconn *c,
                                  char *buf, size_t n)
{
    const char *primary = r ? pq.PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : NULL;
    if (primary)
        return first_line(d, primary, buf, n);
    return first_line(d, r ? pq.PQresultErrorMessage(r) : pq.PQerrorMessage(c), buf, n);
}

static void close_src(void *ctx)
{
    pgsrc *p = ctx;
    if (!p)
        return;
    pq.PQclear(p->res);
    if (p->conn && !p->done) { /* stop a query still sending rows */
        PGcancel *c = pq.PQgetCancel(p->conn);
        char err[256];
        if (c) {
            pq.PQcancel(c, err, sizeof err);
            pq.PQfreeCancel(c);
        }
    }
    pq.PQfinish(p->conn);
    free(p->map);
    free(p->pad[0]);
    free(p->pad[1]);
    free(p);
}

static int next_row(void *ctx, const char **cells, double *weight, const uint64_t **keysum)
{
    pgsrc *p = ctx;
    pq.PQclear(p->res);
    p->res = p->done ? NULL : pq.PQgetResult(p->conn);
    ExecStatusType st = p->res ? pq.PQresultStatus(p->res) : PGRES_TUPLES_OK;
    if (st == PGRES_SINGLE_TUPLE) {
        for (int i = 0; i < p->nres; i++)
            if (i != p->weight && i != p->keycol)
                cells[p->map[i]] = pq.PQgetisnull(p->res, 0, i) ? "" : pq.PQgetvalue(p->res, 0, i);
        *weight = p->weight >= 0 ? strtod(pq.PQgetvalue(p->res, 0, p->weight), NULL) : 1;
        if (p->keycol >= 0) {
            p->keysum = strtoull(pq.PQgetvalue(p->res, 0, p->keycol), NULL, 10);
            *keysum = &p->keysum;
        }
        return 1;
    }
    char line[512];
    if (st != PGRES_TUPLES_OK)
        rp_diag_error(p->diag, p->name, 0, 0, "reading the rows failed: %s; expected the "
                      "database to answer until the last row (nothing was published)",
                      result_message(p->diag, p->res, p->conn, line, sizeof line));
    while (!p->done) { /* the end: read on to the last result */
        pq.PQclear(p->res);
        p->res = pq.PQgetResult(p->conn);
        p->done = p->res == NULL;
    }
    return st == PGRES_TUPLES_OK ? 0 : -1;
}

static PGconn *connect_db(const rp_monitor *m, const rp_dataset_def *def, rp_diag *diag)
{
    /* later keywords win over the expanded connection string: a timeout only by default */
    const char *keys[] = {"connect_timeout", "dbname", "client_encoding",
                          "fallback_application_name", NULL};
    const char *vals[] = {"10", def->database, "UTF8", "rapporteur", NULL};
    PGconn *c = pq.PQconnectdbParams(keys, vals, 1);
    char line[512];
    if (!c || pq.PQstatus(c) != CONNECTION_OK) {
        const char *said = c ? pq.PQerrorMessage(c) : rp_diag_text(diag, "out of memory");
        rp_diag_error(diag, m->ini, def->database_line, 0, "[dataset %s] cannot connect to the "
                      "database: %s; expected a running server that accepts this user (its "
                      "password in PGPASSWORD or ~/.pgpass)", def->id,
                      first_line(diag, said, line, sizeof line));
        pq.PQfinish(c);
        return NULL;
    }
    /* the dataset is only read; dates come as YYYY-MM-DD whatever the server's default */
    PGresult *r = pq.PQexec(c, "SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY; "
                            "SET DateStyle = ISO, YMD");
    int ok = pq.PQresultStatus(r) == PGRES_COMMAND_OK;
    if (!ok)
        rp_diag_error(diag, m->ini, def->database_line, 0, "[dataset %s] the database refused "
                      "the session settings: %s", def->id,
                      result_message(diag, r, c, line, sizeof line));
    pq.PQclear(r);
    if (!ok) {
        pq.PQfinish(c);
        return NULL;
    }
    return c;
}

/* A table name as SQL: each dotted part quoted; a part written without quotes folds to
 * lower case as in SQL (table = Victims reads victims). */
static char *table_sql(PGconn *c, const char *table)
{
    rp_buf b;
    rp_buf_init(&b);
    const char *p = table;
    for (;;) {
        size_t n = strcspn(p, ".");
        char *part = rp_strndup(p, n);
        for (char *q = part; q && *q; q++)
            if (*q >= 'A' && *q <= 'Z')
                *q = (char)(*q - 'A' + 'a');
        char *quoted = part ? pq.PQescapeIdentifier(c, rp_trim(part), strlen(rp_trim(part))) : NULL;
        if (quoted)
            rp_buf_printf(&b, "%s%s", b.len ? "." : "", quoted);
        pq.PQfreemem(quoted);
        free(part);
        if (!quoted || !p[n]) {
            if (!quoted)
                b.len = 0;
            break;
        }
        p += n + 1;
    }
    return b.len ? rp_buf_steal(&b) : (rp_buf_free(&b), NULL);
}

/* The source as it goes after FROM: the table, or the query as a subquery (trailing
 * semicolons removed; the extended protocol refuses a second statement). */
static char *source_sql(PGconn *c, const rp_dataset_def *def)
{
    if (def->table)
        return table_sql(c, def->table);
    char *q = rp_strdup(def->query);
    size_t n = q ? strlen(q) : 0;
    while (n && (q[n - 1] == ';' || q[n - 1] == ' ' || q[n - 1] == '\t' || q[n - 1] == '\n'))
        q[--n] = '\0';
    char *s = q ? rp_strfmt("(%s)", q) : NULL;
    free(q);
    return s;
}

static PGresult *run(PGconn *c, const char *sql, int nparams, const char *const *params)
{
    return pq.PQexecParams(c, sql, nparams, NULL, params, NULL, NULL, 0);
}

/* The type's name as SQL writes it (integer, text, ...). */
static void type_name(PGconn *c, Oid oid, char *buf, size_t n)
{
    char id[24];
    snprintf(id, sizeof id, "%u", (unsigned)oid);
    const char *params[] = {id};
    PGresult *r = run(c, "SELECT format_type($1::oid, NULL)", 1, params);
    snprintf(buf, n, "%s", pq.PQresultStatus(r) == PGRES_TUPLES_OK && pq.PQntuples(r) == 1
                               ? pq.PQgetvalue(r, 0, 0) : id);
    pq.PQclear(r);
}

static int find_col(const PGresult *r, const char *a, const char *b)
{
    for (int i = 0; i < pq.PQnfields(r); i++)
        if (rp_strieq(pq.PQfname(r, i), a) || (b && rp_strieq(pq.PQfname(r, i), b)))
            return i;
    return -1;
}

/* The year and a count are whole numbers in the database too: text there is refused with
 * the cast to write, rather than read value by value. */
static int check_types(PGconn *c, const PGresult *r, const rp_dataset_def *def, rp_diag *diag)
{
    static const char *const cols[][2] = {{"year", "jaar"}, {"count", "aantal"}};
    int bad = 0;
    for (size_t k = 0; k < 2; k++) {
        int i = find_col(r, cols[k][0], cols[k][1]);
        Oid t = i >= 0 ? pq.PQftype(r, i) : OID_INT4;
        if (t == OID_INT2 || t == OID_INT4 || t == OID_INT8 || t == OID_NUMERIC)
            continue;
        char name[128];
        type_name(c, t, name, sizeof name);
        const char *col = pq.PQfname(r, i);
        if (k == 0)
            rp_diag_error(diag, def->source, 0, 0, "column %s is %s; expected a whole number "
                          "(smallint, integer, bigint or numeric) for the year: cast it in "
                          "query = (%s::integer AS %s)", col, name, col, col);
        else
            rp_diag_error(diag, def->source, 0, 0, "column %s is %s; expected a whole number "
                          "(smallint, integer, bigint or numeric) for a count: cast it in "
                          "query = (%s::integer AS %s)", col, name, col, col);
        bad = 1;
    }
    return bad ? -1 : 0;
}

/* Whether the source holds records that the database may count: no count and no published
 * figures (intervals or shares), which are read row by row. */
static int countable(const PGresult *r)
{
    return find_col(r, "count", "aantal") < 0 && find_col(r, "lo", "ondergrens") < 0 &&
           find_col(r, "hi", "bovengrens") < 0 && find_col(r, "value", "waarde") < 0;
}

/* Records with an id column: each id once, checked where the records are. */
static int check_ids(PGconn *c, const char *src, const PGresult *desc, const rp_dataset_def *def,
                     rp_diag *diag)
{
    int i = find_col(desc, "id", NULL);
    if (i < 0)
        return 0;
    char *id = pq.PQescapeIdentifier(c, pq.PQfname(desc, i), strlen(pq.PQfname(desc, i)));
    char *sql = id ? rp_strfmt("SELECT %s, count(*) FROM %s AS rp_src GROUP BY 1 "
                               "HAVING count(*) > 1 ORDER BY 1 LIMIT %d", id, src,
                               RP_DIAG_PER_FILE + 1) : NULL;
    PGresult *r = sql ? run(c, sql, 0, NULL) : NULL;
    int bad = pq.PQresultStatus(r) != PGRES_TUPLES_OK;
    char line[512];
    if (bad)
        rp_diag_error(diag, def->source, 0, 0, "checking that each id appears once failed: %s",
                      result_message(diag, r, c, line, sizeof line));
    for (int k = 0; !bad && k < pq.PQntuples(r); k++)
        rp_diag_error(diag, def->source, 0, 0, "id \"%s\" appears %s times; expected each id "
                      "once", pq.PQgetvalue(r, k, 0), pq.PQgetvalue(r, k, 1));
    bad |= pq.PQntuples(r) > 0;
    pq.PQclear(r);
    free(sql);
    pq.PQfreemem(id);
    return bad ? -1 : 0;
}

/* Whether rows can be ordered as the table holds them (ctid): a table, partitioned table or
 * materialized view; groups by their first row needs min(tid), from PostgreSQL 14. */
static int physical_order(PGconn *c, const rp_dataset_def *def, const char *src, int grouped)
{
    if (!def->table || (grouped && pq.PQserverVersion(c) < 140000))
        return 0;
    const char *params[] = {src};
    PGresult *r = run(c, "SELECT relkind FROM pg_class WHERE oid = to_regclass($1)", 1, params);
    int ok = pq.PQresultStatus(r) == PGRES_TUPLES_OK && pq.PQntuples(r) == 1 &&
             strchr("rmp", pq.PQgetvalue(r, 0, 0)[0]);
    pq.PQclear(r);
    return ok;
}

/* ", the records' keys added up": a record's key is the first 8 bytes of HMAC-SHA256 (RFC
 * 2104 over sha256(), from PostgreSQL 11; $1 and $2 the key XOR the inner and outer pads) of
 * its cells as text, each after its length in 4 bytes (big-endian), as datasets/tabulate.c
 * keys a file's record; the sum modulo 2^64. */
static void key_sum_sql(pgsrc *p, const PGresult *desc, rp_buf *b)
{
    rp_buf_puts(b, ", ((sum(('x' || encode(substr(sha256($2::bytea || sha256($1::bytea");
    for (int i = 0; i < pq.PQnfields(desc); i++) {
        char *id = pq.PQescapeIdentifier(p->conn, pq.PQfname(desc, i), strlen(pq.PQfname(desc, i)));
        rp_buf_printf(b, " || int4send(octet_length(convert_to(coalesce(rp_src.%s::text, ''), "
                         "'UTF8'))) || convert_to(coalesce(rp_src.%s::text, ''), 'UTF8')",
                      id ? id : "NULL", id ? id : "NULL");
        pq.PQfreemem(id);
    }
    rp_buf_puts(b, ")), 1, 8), 'hex'))::bit(64)::bigint::numeric) % 18446744073709551616 + "
                   "18446744073709551616) % 18446744073709551616)::text");
}

/* The HMAC pads of key (at most 64 bytes) as bytea input ("\\x..."), in p->pad. */
static int set_pads(pgsrc *p, const unsigned char *key, size_t nkey)
{
    static const unsigned char xor[2] = {0x36, 0x5c};
    for (int k = 0; k < 2; k++) {
        p->pad[k] = malloc(2 + 2 * 64 + 1);
        if (!p->pad[k] || nkey > 64)
            return -1;
        strcpy(p->pad[k], "\\x");
        for (size_t i = 0; i < 64; i++)
            snprintf(p->pad[k] + 2 + 2 * i, 3, "%02x", (i < nkey ? key[i] : 0) ^ xor[k]);
    }
    return 0;
}

/* The query that reads the source: its rows, or its records counted per combination of the
 * grouped columns (which fills p->map and p->weight). */
static char *read_sql(pgsrc *p, const char *src, const PGresult *desc, const int *grouped,
                      int ordered)
{
    rp_buf b;
    rp_buf_init(&b);
    int nd = pq.PQnfields(desc), k = 0;
    if (!grouped) {
        rp_buf_printf(&b, "SELECT * FROM %s AS rp_src%s", src,
                      ordered ? " ORDER BY rp_src.ctid" : "");
        for (int i = 0; i < nd; i++)
            p->map[i] = i;
        p->nres = nd;
        p->weight = -1;
        return rp_buf_steal(&b);
    }
    rp_buf_puts(&b, "SELECT ");
    for (int i = 0; i < nd; i++) {
        if (!grouped[i])
            continue;
        char *id = pq.PQescapeIdentifier(p->conn, pq.PQfname(desc, i), strlen(pq.PQfname(desc, i)));
        rp_buf_printf(&b, "%s, ", id ? id : "NULL");
        pq.PQfreemem(id);
        p->map[k++] = i;
    }
    p->weight = k;
    p->nres = k + 1;
    rp_buf_puts(&b, "count(*)");
    if (p->pad[0]) {
        p->keycol = k + 1;
        p->nres = k + 2;
        key_sum_sql(p, desc, &b);
    }
    rp_buf_printf(&b, " FROM %s AS rp_src", src);
    for (int i = 0; i < k; i++)
        rp_buf_printf(&b, "%s%d", i ? ", " : " GROUP BY ", i + 1);
    if (ordered)
        rp_buf_puts(&b, " ORDER BY min(rp_src.ctid)");
    for (int i = 0; !ordered && i < k; i++)
        rp_buf_printf(&b, "%s%d", i ? ", " : " ORDER BY ", i + 1);
    return rp_buf_steal(&b);
}

/* Marks the described columns that group names (case-insensitive). */
static int *grouping(const PGresult *desc, const char *const *group, size_t ngroup)
{
    int nd = pq.PQnfields(desc);
    int *g = calloc((size_t)(nd ? nd : 1), sizeof *g);
    for (int i = 0; g && i < nd; i++)
        for (size_t k = 0; k < ngroup && !g[i]; k++)
            g[i] = rp_strieq(pq.PQfname(desc, i), group[k]);
    return g;
}

/* Sends the reading query and makes the reader over its rows. */
static rp_csv *start(pgsrc *p, const rp_dataset_def *def, const PGresult *desc, const char *sql,
                     int grouped)
{
    char line[512];
    const char *params[2] = {p->pad[0], p->pad[1]};
    if (!pq.PQsendQueryParams(p->conn, sql, p->keycol >= 0 ? 2 : 0, NULL, params, NULL, NULL, 0) ||
        !pq.PQsetSingleRowMode(p->conn)) {
        rp_diag_error(p->diag, def->source, 0, 0, "the query could not be sent: %s",
                      first_line(p->diag, pq.PQerrorMessage(p->conn), line, sizeof line));
        close_src(p);
        return NULL;
    }
    int nd = pq.PQnfields(desc);
    const char **cols = calloc((size_t)(nd ? nd : 1), sizeof *cols);
    if (!cols) {
        close_src(p);
        return NULL;
    }
    for (int i = 0; i < nd; i++)
        cols[i] = pq.PQfname(desc, i);
    rp_csv_source src = {p, next_row, close_src};
    rp_csv *c = rp_csv_open_source(def->source, cols, (size_t)nd, grouped, src, p->diag);
    free(cols);
    return c;
}

rp_csv *rp_pg_open(const rp_monitor *m, const rp_dataset_def *def, const char *const *group,
                   size_t ngroup, const unsigned char *key, size_t nkey, rp_diag *diag)
{
    char why[256];
    if (!rp_pq_load(diag, why, sizeof why)) {
        rp_diag_error(diag, m->ini, def->database_line, 0, "[dataset %s] %s", def->id, why);
        return NULL;
    }
    pgsrc *p = calloc(1, sizeof *p);
    if (!p)
        return NULL;
    p->diag = diag;
    p->name = def->source;
    p->done = 1;
    p->keycol = -1;
    p->conn = connect_db(m, def, diag);
    char *src = p->conn ? source_sql(p->conn, def) : NULL;
    char *sql = src ? rp_strfmt("SELECT * FROM %s AS rp_src LIMIT 0", src) : NULL;
    PGresult *desc = sql ? run(p->conn, sql, 0, NULL) : NULL;
    free(sql);
    sql = NULL;
    char line[512];
    int ok = desc && pq.PQresultStatus(desc) == PGRES_TUPLES_OK;
    if (p->conn && !ok && def->table)
        rp_diag_error(diag, m->ini, def->table_line, 0, "[dataset %s] the table cannot be read: "
                      "%s", def->id, result_message(diag, desc, p->conn, line, sizeof line));
    else if (p->conn && !ok)
        rp_diag_error(diag, m->ini, def->query_line, 0, "[dataset %s] the query cannot be read: "
                      "%s", def->id, result_message(diag, desc, p->conn, line, sizeof line));
    int use_groups = ok && group && countable(desc);
    if (use_groups && key && (set_pads(p, key, nkey) || pq.PQserverVersion(p->conn) < 110000)) {
        rp_diag_error(diag, m->ini, def->database_line, 0, "[dataset %s] the records' keys "
                      "are added up in the database with sha256(), which needs PostgreSQL 11 "
                      "or later", def->id);
        ok = 0;
    }
    ok = ok && check_types(p->conn, desc, def, diag) == 0 &&
         (!use_groups || check_ids(p->conn, src, desc, def, diag) == 0);
    int *g = ok && use_groups ? grouping(desc, group, ngroup) : NULL;
    p->map = ok ? calloc((size_t)pq.PQnfields(desc) + 1, sizeof *p->map) : NULL;
    if (p->map && (!use_groups || g))
        sql = read_sql(p, src, desc, g, physical_order(p->conn, def, src, use_groups));
    rp_csv *c = NULL;
    if (sql) {
        p->done = 0;
        c = start(p, def, desc, sql, use_groups);
    } else {
        close_src(p);
    }
    free(g);
    free(sql);
    free(src);
    pq.PQclear(desc);
    return c;
}
