/* Streaming CSV reader on libcsv with line tracking, delimiter detection and UTF-8 checks. */
#include "datasets/csvfile.h"
#include "base/openfile.h"
#include "base/buf.h"
#include "base/value.h"

#include <csv.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define CHUNK 65536

struct rp_csv {
    FILE *fp;          /* the input: a file, or */
    unsigned char *mem; /* a copy in memory */
    size_t mem_len, mem_pos;
    char *name;
    rp_diag *diag;
    struct csv_parser p;
    int parser_ok;
    char delim, decimal;
    char **cols;
    size_t ncols;
    long header_line;

    unsigned char *chunk;
    size_t chunk_len, chunk_pos;
    long long left;    /* bytes of the file still to read for this reader; -1: to the end */
    int eof, finished, failed;
    long line;        /* physical line at libcsv's position, from 1 */
    long tail_bytes;  /* bytes after the last newline of earlier chunks (for error columns) */
    int check_fields; /* this chunk failed the UTF-8 check: check each field to find where */
    int pending_bad;  /* an earlier chunk failed it: check the cell still open from there */
    int quotes;       /* this or the previous chunk has a quote: fields may hold newlines */
    int prev_quotes;

    rp_buf fields;    /* field bytes, each NUL-terminated */
    size_t *foff;
    size_t *flen;
    long *fline;
    size_t nf, capf;
    long rec_line;    /* start line of the record being built */
    int rec_bad;
    int rec_wide;     /* the record has more than RP_CSV_MAX_COLS cells (said once) */
    size_t rec_first; /* first field of the record being built */
    struct rec { size_t first, end; long line; int bad; } *recs;
    size_t nrec, caprec, rec_next;
    const char **ptrs;
    size_t capptrs;

    /* Complete lines of the current chunk that libcsv need not see: the chunk holds no
     * quote, is valid UTF-8 and libcsv stands at a record's start after its first line, so
     * that splitting at line breaks and delimiters (and trimming spaces and tabs around each
     * cell, as libcsv does) gives libcsv's records, in place, at memchr speed. */
    int fast_ok;               /* after the header */
    unsigned char *fast, *fast_end;
    unsigned char *tail;       /* the chunk after those lines, for libcsv */
    size_t tail_len;
    size_t *fast_flen;
    long *fast_fline;
    size_t fast_cap;

    rp_csv_source src; /* rows from elsewhere (src.next set): no file, no libcsv */
    int grouped;
    long src_rows;
};

static void add_field(rp_csv *c, const char *s, size_t len);

static void on_field(void *s, size_t len, void *data)
{
    add_field(data, s ? s : "", s ? len : 0);
}

static int push_rec(rp_csv *c)
{
    if (c->nrec == c->caprec) {
        size_t cap = c->caprec ? 2 * c->caprec : 8;
        struct rec *r = realloc(c->recs, cap * sizeof *r);
        if (!r)
            return -1;
        c->recs = r;
        c->caprec = cap;
    }
    c->recs[c->nrec++] = (struct rec){c->rec_first, c->nf, c->rec_line, c->rec_bad};
    c->rec_first = c->nf;
    c->rec_bad = 0;
    c->rec_wide = 0;
    return 0;
}

/* With CSV_REPALL_NL libcsv calls this for every unquoted CR or LF, also on blank lines and
 * for the LF of a CRLF, so that counting LFs here (and inside quoted cells) counts lines. */
static void on_row(int term, void *data)
{
    rp_csv *c = data;
    if (c->nf > c->rec_first && push_rec(c))
        c->failed = 1;
    if (term == '\n')
        c->line++;
}

static int grow_fields(rp_csv *c)
{
    if (c->nf < c->capf)
        return 0;
    size_t cap = c->capf ? 2 * c->capf : 64;
    size_t *o = realloc(c->foff, cap * sizeof *o);
    if (!o)
        return -1;
    c->foff = o;
    long *l = realloc(c->fline, cap * sizeof *l);
    if (!l)
        return -1;
    c->fline = l;
    size_t *fl = realloc(c->flen, cap * sizeof *fl);
    if (!fl)
        return -1;
    c->flen = fl;
    c->capf = cap;
    return 0;
}

/* Checks one field of a chunk that was not valid UTF-8 throughout: no NUL, valid UTF-8. */
static int field_ok(rp_csv *c, const char *s, size_t len, long line, size_t col)
{
    size_t bad = rp_utf8_check((const unsigned char *)s, len);
    if (bad < len && s[bad] == '\0') {
        rp_diag_error(c->diag, c->name, line, (long)col,
                      "cell contains a NUL byte; expected text (is this really a CSV file?)");
        return 0;
    }
    unsigned long nc = bad < len ? rp_utf8_nonchar((const unsigned char *)s + bad, len - bad) : 0;
    if (nc) {
        rp_diag_error(c->diag, c->name, line, (long)col,
                      "cell contains U+%04lX, a Unicode noncharacter (at character %zu), which "
                      "no report can show; expected text without it (delete it)", nc,
                      rp_utf8_chars((const unsigned char *)s, bad) + 1);
        return 0;
    }
    if (bad < len) {
        rp_diag_error(c->diag, c->name, line, (long)col,
                      "cell is not valid UTF-8 (byte 0x%02x at position %zu); save the file "
                      "as \"CSV UTF-8\" (Excel's plain CSV is Windows-1252)",
                      (unsigned char)s[bad], bad + 1);
        return 0;
    }
    return 1;
}

static long count_newlines(const char *s, size_t len)
{
    long n = 0;
    for (const char *p = s; (p = memchr(p, '\n', len - (size_t)(p - s))); p++)
        n++;
    return n;
}

static void add_field(rp_csv *c, const char *s, size_t len)
{
    if (c->failed)
        return;
    long start = c->line;
    if (c->quotes)
        c->line += count_newlines(s, len);
    if (c->nf == c->rec_first)
        c->rec_line = start;
    size_t col = c->nf - c->rec_first + 1;
    if (col > RP_CSV_MAX_COLS) { /* said once a record: the cells past it are not kept */
        if (!c->rec_wide) {
            c->rec_wide = 1;
            rp_diag_error(c->diag, c->name, c->rec_line, (long)col,
                          "more than %d columns; expected at most %d", RP_CSV_MAX_COLS,
                          RP_CSV_MAX_COLS);
            c->rec_bad = 1;
        }
        return;
    }
    int check = c->check_fields || c->pending_bad;
    if (!c->check_fields)
        c->pending_bad = 0;
    if (len > RP_CSV_MAX_FIELD) { /* cheap, so on every field */
        rp_diag_error(c->diag, c->name, start, (long)col, "cell of %zu bytes; expected at most "
                      "%d (short text or numbers)", len, RP_CSV_MAX_FIELD);
        c->rec_bad = 1;
        len = 0;
    } else if (check && !field_ok(c, s, len, start, col)) {
        c->rec_bad = 1;
        len = 0;
    }
    if ((c->nf >= c->capf && grow_fields(c)) ||
        (c->fields.len + len + 2 > c->fields.cap && rp_buf_reserve(&c->fields, len + 1))) {
        c->failed = 1;
        rp_diag_error(c->diag, c->name, start, (long)col, "out of memory");
        return;
    }
    c->foff[c->nf] = c->fields.len;
    c->flen[c->nf] = len;
    c->fline[c->nf] = start;
    c->nf++;
    memcpy(c->fields.data + c->fields.len, s, len);
    c->fields.len += len;
    c->fields.data[c->fields.len++] = '\0';
}

/* The line on which the cell now being read began: libcsv holds its text so far. */
static long open_field_line(const rp_csv *c)
{
    return c->line;
}

/* Column (in bytes, from 1) of offset `at` in the chunk. */
static long column_at(const rp_csv *c, const unsigned char *chunk, size_t at)
{
    for (size_t i = at; i > 0; i--)
        if (chunk[i - 1] == '\n')
            return (long)(at - i) + 1;
    return c->tail_bytes + (long)at + 1;
}

/* Feeds a whole chunk to libcsv: far faster than line by line. */
static void feed(rp_csv *c, const unsigned char *s, size_t len)
{
    size_t bad = rp_utf8_check(s, len);
    c->check_fields = bad < len;
    if (c->check_fields)
        c->pending_bad = 1;
    int q = memchr(s, '"', len) != NULL;
    c->quotes = q || c->prev_quotes;
    c->prev_quotes = q;
    size_t used = csv_parse(&c->p, s, len, on_field, on_row, c);
    if (used < len && !c->failed) {
        long nl = c->p.entry_buf ? count_newlines((const char *)c->p.entry_buf, c->p.entry_pos)
                                 : 0;
        rp_diag_error(c->diag, c->name, c->line + nl, column_at(c, s, used),
                      "a quote in the wrong place (inside an unquoted cell, or text after a "
                      "closing quote); expected RFC 4180 quoting: \"a \"\"quoted\"\" cell\"");
        c->failed = 1;
        return;
    }
    if (c->p.entry_pos > RP_CSV_MAX_FIELD && !c->failed) {
        rp_diag_error(c->diag, c->name, open_field_line(c), 0,
                      "a cell longer than %d bytes (an unterminated quote?); expected short "
                      "text or numbers", RP_CSV_MAX_FIELD);
        c->failed = 1;
    }
    const unsigned char *nl = NULL;
    for (size_t i = len; i > 0 && !nl; i--)
        if (s[i - 1] == '\n')
            nl = s + i - 1;
    c->tail_bytes = nl ? (long)(s + len - nl - 1) : c->tail_bytes + (long)len;
}

static int read_chunk(rp_csv *c)
{
    if (c->eof)
        return 0;
    if (c->fp) {
        size_t want = c->left >= 0 && c->left < CHUNK ? (size_t)c->left : CHUNK;
        c->chunk_len = want ? fread(c->chunk, 1, want, c->fp) : 0;
        if (c->left >= 0)
            c->left -= (long long)c->chunk_len;
    } else {
        c->chunk_len = c->mem_len - c->mem_pos < CHUNK ? c->mem_len - c->mem_pos : CHUNK;
        memcpy(c->chunk, c->mem + c->mem_pos, c->chunk_len);
        c->mem_pos += c->chunk_len;
    }
    c->chunk_pos = 0;
    if (c->chunk_len == 0) {
        if (c->fp && ferror(c->fp)) {
            rp_diag_error(c->diag, c->name, c->line, 0, "read error: %s", strerror(errno));
            c->failed = 1;
        }
        c->eof = 1;
        return 0;
    }
    return 1;
}

static void finish(rp_csv *c)
{
    c->finished = 1;
    if (c->failed)
        return;
    long open_line = open_field_line(c);
    if (csv_fini(&c->p, on_field, on_row, c) != 0 && !c->failed) {
        rp_diag_error(c->diag, c->name, open_line, 0,
                      "a quoted cell is never closed; expected a closing quote before the end "
                      "of the file");
        c->failed = 1;
    }
}

/* Whether the lines [s, s + n) can be split without libcsv: valid UTF-8 (no NUL) and every
 * CR part of a CRLF (libcsv ends a record at a lone CR too). */
static int plain_lines(const unsigned char *s, size_t n)
{
    if (rp_utf8_check(s, n) != n)
        return 0;
    for (const unsigned char *p = s; (p = memchr(p, '\r', n - (size_t)(p - s))); p++)
        if (p + 1 == s + n || p[1] != '\n')
            return 0;
    return 1;
}

/* Hands the chunk to libcsv, or its first line only when the lines after it can be split in
 * place (see fast in struct rp_csv); the rest after the last line break goes to libcsv once
 * those lines are read. */
static void take_chunk(rp_csv *c)
{
    unsigned char *s = c->chunk + c->chunk_pos;
    size_t len = c->chunk_len - c->chunk_pos;
    c->chunk_pos = c->chunk_len;
    unsigned char *first = c->fast_ok && !c->pending_bad && !memchr(s, '"', len)
                               ? memchr(s, '\n', len) : NULL;
    unsigned char *last = first ? s + len - 1 : NULL;
    while (last && *last != '\n')
        last--;
    if (!first || last == first) {
        feed(c, s, len);
        return;
    }
    size_t head = (size_t)(first - s) + 1;
    feed(c, s, head); /* ends the record an earlier chunk began */
    unsigned char *from = s + head, *to = last + 1;
    if (c->failed || c->p.pstate != 0 || c->p.entry_pos != 0 ||
        !plain_lines(from, (size_t)(to - from))) {
        feed(c, from, len - head);
        return;
    }
    c->fast = from;
    c->fast_end = to;
    c->tail = to;
    c->tail_len = (size_t)(s + len - to);
}

/* Feeds input until at least one record is complete or the input ends. */
static void fill(rp_csv *c)
{
    while (c->nrec == 0 && c->fast == c->fast_end && !c->finished && !c->failed) {
        if (c->chunk_pos >= c->chunk_len && !read_chunk(c)) {
            finish(c);
            break;
        }
        take_chunk(c);
    }
}

static int grow_fast(rp_csv *c, size_t n)
{
    if (n <= c->fast_cap && n <= c->capptrs)
        return 0;
    size_t cap = n < 64 ? 64 : 2 * n;
    size_t *fl = realloc(c->fast_flen, cap * sizeof *fl);
    if (fl)
        c->fast_flen = fl;
    long *li = fl ? realloc(c->fast_fline, cap * sizeof *li) : NULL;
    if (li)
        c->fast_fline = li;
    const char **p = li ? realloc(c->ptrs, cap * sizeof *p) : NULL;
    if (!p)
        return -1;
    c->ptrs = p;
    c->fast_cap = c->capptrs = cap;
    return 0;
}

/* The next of the lines split in place: its cells NUL-terminated in the chunk, trimmed of
 * spaces and tabs as libcsv trims unquoted cells. 1 with a record, 0 for a blank line (no
 * record, as libcsv gives none), -1 when memory runs out. */
static int fast_line(rp_csv *c, rp_csv_row *row)
{
    unsigned char *s = c->fast, *nl = memchr(s, '\n', (size_t)(c->fast_end - s));
    unsigned char *e = nl > s && nl[-1] == '\r' ? nl - 1 : nl;
    long line = c->line++;
    c->fast = nl + 1;
    if (c->fast == c->fast_end)
        c->tail_bytes = 0;
    if (e == s)
        return 0;
    unsigned char d = (unsigned char)c->delim;
    size_t n = 0;
    int bad = 0;
    for (unsigned char *f = s; f <= e;) {
        unsigned char *end = f;
        while (end < e && *end != d)
            end++;
        unsigned char *next = end + 1, *a = f;
        while (a < end && (*a == ' ' || *a == '\t'))
            a++;
        while (end > a && (end[-1] == ' ' || end[-1] == '\t'))
            end--;
        *end = '\0';
        if (n == RP_CSV_MAX_COLS && !bad) {
            rp_diag_error(c->diag, c->name, line, RP_CSV_MAX_COLS + 1, "more than %d columns; "
                          "expected at most %d", RP_CSV_MAX_COLS, RP_CSV_MAX_COLS);
            bad = 1;
        }
        if (n < RP_CSV_MAX_COLS) {
            if (n >= c->fast_cap && grow_fast(c, n + 1))
                return -1;
            c->ptrs[n] = (const char *)a;
            c->fast_flen[n] = (size_t)(end - a);
            c->fast_fline[n] = line;
            n++;
        }
        f = next;
    }
    row->n = n;
    row->f = c->ptrs;
    row->len = c->fast_flen;
    row->fline = c->fast_fline;
    row->line = line;
    row->bad = bad;
    row->weight = 1;
    row->keysum = NULL;
    return 1;
}

/* Moves the unfinished record's fields to the front once every complete one was read. */
static void compact(rp_csv *c)
{
    size_t keep = c->nf - c->rec_first;
    size_t base = keep ? c->foff[c->rec_first] : c->fields.len;
    size_t bytes = c->fields.len - base;
    memmove(c->fields.data, c->fields.data + base, bytes);
    c->fields.len = bytes;
    for (size_t i = 0; i < keep; i++) {
        c->foff[i] = c->foff[c->rec_first + i] - base;
        c->flen[i] = c->flen[c->rec_first + i];
        c->fline[i] = c->fline[c->rec_first + i];
    }
    c->nf = keep;
    c->rec_first = 0;
    c->nrec = c->rec_next = 0;
}

/* Returns the next complete record, whatever its width. 1, 0 at end, -1 on failure. */
static int next_raw(rp_csv *c, rp_csv_row *row)
{
    while (c->rec_next == c->nrec) {
        int r;
        if (c->fast < c->fast_end) {
            if ((r = fast_line(c, row)) != 0)
                return r;
            continue;
        }
        if (c->tail_len) {
            size_t n = c->tail_len;
            c->tail_len = 0;
            feed(c, c->tail, n);
            continue;
        }
        if (c->nrec)
            compact(c);
        fill(c);
        if (c->nrec == 0 && c->fast == c->fast_end && !c->tail_len)
            return c->failed ? -1 : 0;
    }
    struct rec *r = &c->recs[c->rec_next++];
    size_t n = r->end - r->first;
    if (n > c->capptrs) {
        const char **p = realloc(c->ptrs, n * sizeof *p);
        if (!p)
            return -1;
        c->ptrs = p;
        c->capptrs = n;
    }
    for (size_t i = 0; i < n; i++)
        c->ptrs[i] = c->fields.data + c->foff[r->first + i];
    row->n = n;
    row->f = c->ptrs;
    row->fline = c->fline + r->first;
    row->len = c->flen + r->first;
    row->line = r->line;
    row->bad = r->bad;
    row->weight = 1;
    row->keysum = NULL;
    return 1;
}

/* A source's cell is text as a file's is: UTF-8 without noncharacters (a database whose
 * encoding is SQL_ASCII can hand out any bytes). */
static int source_cell_ok(rp_csv *c, size_t i)
{
    const unsigned char *s = (const unsigned char *)c->ptrs[i];
    size_t len = c->flen[i], bad = rp_utf8_check(s, len);
    if (bad == len)
        return 1;
    unsigned long nc = rp_utf8_nonchar(s + bad, len - bad);
    if (nc)
        rp_diag_error(c->diag, c->name, 0, 0, "%s holds U+%04lX, a Unicode noncharacter (at "
                      "character %zu), which no report can show; expected text without it",
                      c->cols[i], nc, rp_utf8_chars(s, bad) + 1);
    else
        rp_diag_error(c->diag, c->name, 0, 0, "%s is not valid UTF-8 (byte 0x%02x at position "
                      "%zu); expected text in UTF-8 (the database's encoding?)", c->cols[i],
                      s[bad], bad + 1);
    return 0;
}

/* The next row of a source: each cell checked as a file's cell would be. */
static int next_source(rp_csv *c, rp_csv_row *row)
{
    if (c->failed)
        return -1;
    for (size_t i = 0; i < c->ncols; i++)
        c->ptrs[i] = NULL;
    double weight = 1;
    const uint64_t *keysum = NULL;
    int r = c->src.next(c->src.ctx, c->ptrs, &weight, &keysum);
    if (r <= 0) {
        c->failed = r < 0;
        return r;
    }
    c->src_rows++;
    row->bad = 0;
    for (size_t i = 0; i < c->ncols; i++) {
        if (!c->ptrs[i])
            c->ptrs[i] = "";
        c->flen[i] = strlen(c->ptrs[i]);
        if (c->flen[i] > RP_CSV_MAX_FIELD) {
            rp_diag_error(c->diag, c->name, 0, 0, "%s: a cell of %zu bytes; expected at most "
                          "%d (short text or numbers)", c->cols[i], c->flen[i], RP_CSV_MAX_FIELD);
            row->bad = 1;
        } else if (!source_cell_ok(c, i)) {
            row->bad = 1;
        }
    }
    row->n = c->ncols;
    row->f = c->ptrs;
    row->len = c->flen;
    row->fline = c->fline;
    row->line = 0;
    row->weight = weight;
    row->keysum = keysum;
    return 1;
}

static int all_empty(const rp_csv_row *row)
{
    for (size_t i = 0; i < row->n; i++)
        if (row->f[i][0])
            return 0;
    return 1;
}

int rp_csv_next(rp_csv *c, rp_csv_row *row)
{
    if (c->src.next) { /* a database has no blank lines and no ragged rows */
        int r;
        while ((r = next_source(c, row)) > 0 && row->bad)
            ;
        return r;
    }
    for (;;) {
        int r = next_raw(c, row);
        if (r <= 0)
            return r;
        if (row->bad || all_empty(row))
            continue;
        if (row->n != c->ncols) {
            rp_diag_error(c->diag, c->name, row->line, 0,
                          row->n == 1 ? "row has %zu cell; expected %zu, as in the header (a "
                                        "stray delimiter, or a cell with the delimiter that is "
                                        "not quoted?)"
                                      : "row has %zu cells; expected %zu, as in the header (a "
                                        "stray delimiter, or a cell with the delimiter that is "
                                        "not quoted?)",
                          row->n, c->ncols);
            continue;
        }
        return 1;
    }
}

/* The delimiter is the most frequent of ';', tab and ',' outside quotes on the first line;
 * ';' wins ties because Dutch Excel writes it. */
static char detect_delim(const unsigned char *s, size_t n)
{
    size_t semi = 0, tab = 0, comma = 0;
    int q = 0;
    for (size_t i = 0; i < n && (q || (s[i] != '\n' && s[i] != '\r')); i++) {
        if (s[i] == '"')
            q = !q;
        else if (!q && s[i] == ';')
            semi++;
        else if (!q && s[i] == '\t')
            tab++;
        else if (!q && s[i] == ',')
            comma++;
    }
    if (semi >= tab && semi >= comma && semi > 0)
        return ';';
    if (tab >= comma && tab > 0)
        return '\t';
    return ',';
}

/* Takes the column names (trimmed), each named once whatever its case. */
static int set_columns(rp_csv *c, const char *const *names, size_t n, long line)
{
    c->cols = calloc(n ? n : 1, sizeof *c->cols);
    if (!c->cols)
        return -1;
    c->ncols = n;
    int ok = 0;
    for (size_t i = 0; i < n; i++) {
        c->cols[i] = rp_trim(rp_strdup(names[i]));
        if (!c->cols[i])
            return -1;
        if (!c->cols[i][0]) {
            rp_diag_error(c->diag, c->name, line, (long)i + 1,
                          "column %zu has no name; expected a header row naming every column",
                          i + 1);
            ok = -1;
        }
        for (size_t k = 0; k < i && c->cols[i][0]; k++)
            if (rp_strieq(c->cols[k], c->cols[i])) {
                if (line)
                    rp_diag_error(c->diag, c->name, line, (long)i + 1, "column \"%s\" appears "
                                  "twice in the header (also column %zu); expected unique names",
                                  c->cols[i], k + 1);
                else /* a database's columns */
                    rp_diag_error(c->diag, c->name, 0, (long)i + 1, "column \"%s\" appears "
                                  "twice (also column %zu); expected unique names", c->cols[i],
                                  k + 1);
                ok = -1;
                break;
            }
    }
    return ok;
}

static int read_header(rp_csv *c)
{
    rp_csv_row row;
    int r = next_raw(c, &row);
    if (r == 0 && !c->failed) {
        rp_diag_error(c->diag, c->name, 0, 0,
                      "the file is empty; expected a header row (such as year;region;count)");
        return -1;
    }
    if (r <= 0 || row.bad)
        return -1;
    if (row.n > RP_CSV_MAX_COLS)
        return -1;
    c->header_line = row.line;
    return set_columns(c, row.f, row.n, row.line);
}

/* Takes ownership of fp or mem. */
static rp_csv *open_source(FILE *fp, unsigned char *mem, size_t n, const char *name,
                           char decimal, rp_diag *diag)
{
    rp_csv *c = calloc(1, sizeof *c);
    if (!c) {
        if (fp)
            fclose(fp);
        free(mem);
        return NULL;
    }
    c->fp = fp;
    c->mem = mem;
    c->mem_len = n;
    c->name = rp_strdup(name);
    c->diag = diag;
    c->line = 1;
    c->left = -1;
    c->chunk = malloc(CHUNK);
    rp_buf_init(&c->fields);
    if (!c->name || !c->chunk || csv_init(&c->p, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0) {
        rp_csv_close(c);
        return NULL;
    }
    c->parser_ok = 1;
    read_chunk(c);
    if (c->chunk_len >= 3 && memcmp(c->chunk, "\xEF\xBB\xBF", 3) == 0)
        c->chunk_pos = 3;
    c->delim = detect_delim(c->chunk + c->chunk_pos, c->chunk_len - c->chunk_pos);
    c->decimal = decimal ? decimal : (c->delim == ';' ? ',' : '.');
    csv_set_delim(&c->p, (unsigned char)c->delim);
    if (read_header(c) != 0) {
        rp_csv_close(c);
        return NULL;
    }
    c->fast_ok = 1;
    return c;
}

rp_csv *rp_csv_open(const char *path, const char *name, char decimal, rp_diag *diag)
{
    if (!name)
        name = path;
    char why[160];
    FILE *fp = rp_open_regular(path, RP_CSV_MAX_BYTES, diag, why, sizeof why);
    if (!fp) {
        rp_diag_error(diag, name, 0, 0, "%s", why);
        return NULL;
    }
    return open_source(fp, NULL, 0, name, decimal, diag);
}

rp_csv *rp_csv_open_range(const rp_csv *like, const char *path, long long start,
                          long long end, long line, rp_diag *diag)
{
    char why[160];
    FILE *fp = rp_open_regular(path, RP_CSV_MAX_BYTES, diag, why, sizeof why);
    if (!fp || fseeko(fp, (off_t)start, SEEK_SET) != 0) {
        rp_diag_error(diag, like->name, 0, 0, "%s", fp ? strerror(errno) : why);
        if (fp)
            fclose(fp);
        return NULL;
    }
    rp_csv *c = calloc(1, sizeof *c);
    if (!c) {
        fclose(fp);
        return NULL;
    }
    c->fp = fp;
    c->left = end - start;
    c->name = rp_strdup(like->name);
    c->diag = diag;
    c->line = line;
    c->header_line = like->header_line;
    c->delim = like->delim;
    c->decimal = like->decimal;
    c->chunk = malloc(CHUNK);
    c->cols = calloc(like->ncols ? like->ncols : 1, sizeof *c->cols);
    rp_buf_init(&c->fields);
    int bad = !c->name || !c->chunk || !c->cols ||
              csv_init(&c->p, CSV_STRICT | CSV_STRICT_FINI | CSV_REPALL_NL) != 0;
    c->parser_ok = !bad;
    for (size_t i = 0; !bad && i < like->ncols; i++)
        bad = !(c->cols[c->ncols++] = rp_strdup(like->cols[i]));
    if (bad) {
        rp_csv_close(c);
        return NULL;
    }
    csv_set_delim(&c->p, (unsigned char)c->delim);
    c->fast_ok = 1;
    return c;
}

/* The scan of rp_csv_split over one block: counts line breaks, follows quote parity, and
 * notes the first line break outside quotes at or after `from` (an offset in the file). */
typedef struct split_scan {
    long long pos, found;   /* file offset of the block; of the break found (-1: none yet) */
    long lines;             /* line breaks before pos */
    long found_line;        /* the line the record after the found break starts on */
    int quoted;
} split_scan;

static void scan_block(split_scan *sc, const unsigned char *b, size_t n, long long from)
{
    if (!sc->quoted && !memchr(b, '"', n)) {
        /* no quote: only line breaks matter, counted with memchr */
        for (const unsigned char *p = b; (p = memchr(p, '\n', n - (size_t)(p - b))); p++) {
            sc->lines++;
            if (sc->found < 0 && sc->pos + (p - b) >= from) {
                sc->found = sc->pos + (p - b) + 1;
                sc->found_line = sc->lines + 1;
            }
        }
    } else {
        for (size_t i = 0; i < n; i++) {
            if (b[i] == '"')
                sc->quoted = !sc->quoted;
            else if (b[i] == '\n') {
                sc->lines++;
                if (!sc->quoted && sc->found < 0 && sc->pos + (long long)i >= from) {
                    sc->found = sc->pos + (long long)i + 1;
                    sc->found_line = sc->lines + 1;
                }
            }
        }
    }
    sc->pos += (long long)n;
}

/* The first record boundary at or after `from`, scanning on from where sc stands; -1 at the
 * end of the file. *line: the line the record after it starts on. */
static long long next_boundary(FILE *fp, unsigned char *buf, split_scan *sc, long long from,
                               long *line)
{
    sc->found = -1;
    for (;;) {
        size_t n = fread(buf, 1, CHUNK, fp);
        if (n == 0)
            return -1;
        scan_block(sc, buf, n, from);
        if (sc->found >= 0) {
            /* back to just after the break (outside quotes), where the next search starts */
            long long found = sc->found;
            sc->lines = sc->found_line - 1;
            sc->pos = found;
            sc->quoted = 0;
            if (fseeko(fp, (off_t)found, SEEK_SET) != 0)
                return -1;
            *line = sc->found_line;
            return found;
        }
    }
}

size_t rp_csv_split(const char *path, long header_line, size_t parts, long long *off,
                    long *line)
{
    char why[160];
    FILE *fp = rp_open_regular(path, RP_CSV_MAX_BYTES, NULL, why, sizeof why);
    unsigned char *buf = fp ? malloc(CHUNK) : NULL;
    struct stat st;
    if (!fp || !buf || fstat(fileno(fp), &st) != 0) {
        if (fp)
            fclose(fp);
        free(buf);
        return 0;
    }
    long long size = (long long)st.st_size;
    split_scan sc = {0, -1, 0, 0, 0};
    size_t k = 0;
    /* the header ends at the first break outside quotes on or after its first line */
    long long from = 0;
    do {
        off[0] = next_boundary(fp, buf, &sc, from, &line[0]);
        from = sc.pos;
    } while (off[0] >= 0 && line[0] <= header_line);
    if (off[0] >= 0 && size - off[0] >= (8LL << 20)) {
        for (k = 1; k < parts; k++) {
            long long target = off[0] + (size - off[0]) * (long long)k / (long long)parts;
            off[k] = next_boundary(fp, buf, &sc, target, &line[k]);
            if (off[k] < 0 || off[k] >= size)
                break;
        }
    } else {
        k = off[0] >= 0 ? 1 : 0;
    }
    off[k ? k : 1] = size;
    fclose(fp);
    free(buf);
    return k;
}

rp_csv *rp_csv_open_mem(const void *data, size_t n, const char *name, char decimal,
                        rp_diag *diag)
{
    unsigned char *copy = malloc(n ? n : 1);
    if (!copy) {
        rp_diag_error(diag, name, 0, 0, "out of memory");
        return NULL;
    }
    if (n)
        memcpy(copy, data, n);
    return open_source(NULL, copy, n, name, decimal, diag);
}

rp_csv *rp_csv_open_source(const char *name, const char *const *cols, size_t ncols,
                           int grouped, rp_csv_source src, rp_diag *diag)
{
    rp_csv *c = calloc(1, sizeof *c);
    if (!c) {
        if (src.close)
            src.close(src.ctx);
        return NULL;
    }
    c->src = src;
    c->grouped = grouped;
    c->diag = diag;
    c->delim = ',';
    c->decimal = '.';
    c->name = rp_strdup(name);
    size_t n = ncols ? ncols : 1;
    c->ptrs = calloc(n, sizeof *c->ptrs);
    c->flen = calloc(n, sizeof *c->flen);
    c->fline = calloc(n, sizeof *c->fline);
    if (!c->name || !c->ptrs || !c->flen || !c->fline || set_columns(c, cols, ncols, 0) != 0) {
        rp_csv_close(c);
        return NULL;
    }
    return c;
}

int rp_csv_grouped(const rp_csv *c) { return c->grouped; }
int rp_csv_has_lines(const rp_csv *c) { return c->src.next == NULL; }

void rp_csv_close(rp_csv *c)
{
    if (!c)
        return;
    if (c->src.close)
        c->src.close(c->src.ctx);
    if (c->parser_ok)
        csv_free(&c->p);
    if (c->fp)
        fclose(c->fp);
    free(c->mem);
    for (size_t i = 0; i < c->ncols; i++)
        free(c->cols[i]);
    free(c->cols);
    free(c->name);
    free(c->chunk);
    rp_buf_free(&c->fields);
    free(c->foff);
    free(c->fline);
    free(c->flen);
    free(c->recs);
    free(c->ptrs);
    free(c->fast_flen);
    free(c->fast_fline);
    free(c);
}

size_t rp_csv_ncols(const rp_csv *c) { return c->ncols; }
const char *rp_csv_colname(const rp_csv *c, size_t i) { return i < c->ncols ? c->cols[i] : NULL; }
char rp_csv_delim(const rp_csv *c) { return c->delim; }
char rp_csv_decimal(const rp_csv *c) { return c->decimal; }
const char *rp_csv_name(const rp_csv *c) { return c->name; }
long rp_csv_header_line(const rp_csv *c) { return c->header_line; }

int rp_csv_find(const rp_csv *c, const char *name)
{
    for (size_t i = 0; i < c->ncols; i++)
        if (rp_strieq(c->cols[i], name))
            return (int)i;
    return -1;
}
