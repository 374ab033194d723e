/* Parser and evaluator of row filters: `a = 1 and b != x and c in (p, q)`. */
#include "datasets/filter.h"
#include "base/buf.h"
#include "base/value.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct {
    char *text;
    int is_num;
    double num;
} fvalue;

typedef struct {
    char *column;
    int col;       /* bound column index, -1 before binding */
    int negate;    /* != or not in */
    fvalue *values;
    size_t nvalues;
} term;

struct rp_filter {
    term *terms;
    size_t n;
};

typedef struct {
    const char *s;
    size_t pos;
    char *err;
    const rp_diag *lang;  /* the language of err */
} lexer;

static void skip_ws(lexer *lx)
{
    while (lx->s[lx->pos] && isspace((unsigned char)lx->s[lx->pos]))
        lx->pos++;
}

/* what: English, marked with RP_N */
static void fail(lexer *lx, const char *what)
{
    if (!lx->err)
        lx->err = rp_diag_fmt(lx->lang, "filter \"%s\": %s at character %zu", lx->s,
                              rp_diag_text(lx->lang, what), lx->pos + 1);
}

static int is_word_char(int c)
{
    return c && !isspace(c) && !strchr("=!(),'\"", c);
}

/* A bare word, or a value quoted with ' or ". Returns a new string or NULL. */
static char *read_word(lexer *lx, int allow_quotes)
{
    skip_ws(lx);
    char q = lx->s[lx->pos];
    if (allow_quotes && (q == '\'' || q == '"')) {
        size_t start = ++lx->pos;
        while (lx->s[lx->pos] && lx->s[lx->pos] != q)
            lx->pos++;
        if (!lx->s[lx->pos]) {
            fail(lx, RP_N("a quoted value is not closed"));
            return NULL;
        }
        char *w = rp_strndup(lx->s + start, lx->pos - start);
        lx->pos++;
        return w;
    }
    size_t start = lx->pos;
    while (is_word_char((unsigned char)lx->s[lx->pos]))
        lx->pos++;
    if (lx->pos == start)
        return NULL;
    return rp_strndup(lx->s + start, lx->pos - start);
}

static int keyword(lexer *lx, const char *kw)
{
    skip_ws(lx);
    size_t n = strlen(kw);
    if (strncasecmp(lx->s + lx->pos, kw, n) == 0 && !is_word_char((unsigned char)lx->s[lx->pos + n])) {
        lx->pos += n;
        return 1;
    }
    return 0;
}

static int add_value(term *t, char *text)
{
    fvalue *v = realloc(t->values, (t->nvalues + 1) * sizeof *v);
    if (!v) {
        free(text);
        return -1;
    }
    t->values = v;
    fvalue *fv = &t->values[t->nvalues++];
    fv->text = text;
    fv->is_num = rp_parse_double(text, '.', &fv->num) == 0 ||
                 rp_parse_double(text, ',', &fv->num) == 0;
    return 0;
}

static int parse_list(lexer *lx, term *t)
{
    skip_ws(lx);
    if (lx->s[lx->pos] != '(') {
        fail(lx, RP_N("expected '(' after 'in'"));
        return -1;
    }
    lx->pos++;
    for (;;) {
        char *w = read_word(lx, 1);
        if (!w) {
            fail(lx, RP_N("expected a value in the list"));
            return -1;
        }
        if (add_value(t, w))
            return -1;
        skip_ws(lx);
        char c = lx->s[lx->pos];
        if (c == ',') {
            lx->pos++;
            continue;
        }
        if (c == ')') {
            lx->pos++;
            return 0;
        }
        fail(lx, RP_N("expected ',' or ')' in the list"));
        return -1;
    }
}

static int parse_term(lexer *lx, term *t)
{
    t->col = -1;
    t->column = read_word(lx, 0);
    if (!t->column) {
        fail(lx, RP_N("expected a column name"));
        return -1;
    }
    skip_ws(lx);
    const char *p = lx->s + lx->pos;
    if (p[0] == '!' && p[1] == '=') {
        t->negate = 1;
        lx->pos += 2;
    } else if (p[0] == '=' && p[1] == '=') {
        lx->pos += 2;
    } else if (p[0] == '=') {
        lx->pos += 1;
    } else if (keyword(lx, "not")) {
        if (!keyword(lx, "in")) {
            fail(lx, RP_N("expected 'in' after 'not'"));
            return -1;
        }
        t->negate = 1;
        return parse_list(lx, t);
    } else if (keyword(lx, "in")) {
        return parse_list(lx, t);
    } else {
        fail(lx, RP_N("expected '=', '!=' or 'in' after the column name"));
        return -1;
    }
    char *w = read_word(lx, 1);
    if (!w) {
        fail(lx, RP_N("expected a value after the operator"));
        return -1;
    }
    return add_value(t, w);
}

rp_filter *rp_filter_parse(const char *text, const rp_diag *lang, char **err)
{
    *err = NULL;
    rp_filter *f = calloc(1, sizeof *f);
    if (!f)
        return NULL;
    lexer lx = {text ? text : "", 0, NULL, lang};
    skip_ws(&lx);
    while (lx.s[lx.pos]) {
        term *t = realloc(f->terms, (f->n + 1) * sizeof *t);
        if (!t)
            break;
        f->terms = t;
        memset(&f->terms[f->n], 0, sizeof(term));
        f->n++;
        if (parse_term(&lx, &f->terms[f->n - 1]))
            break;
        skip_ws(&lx);
        if (!lx.s[lx.pos])
            break;
        if (!keyword(&lx, "and")) {
            fail(&lx, RP_N("expected 'and' between conditions"));
            break;
        }
        skip_ws(&lx);
        if (!lx.s[lx.pos])
            fail(&lx, RP_N("expected a condition after 'and'"));
    }
    if (lx.err || (lx.s[lx.pos] && !lx.err)) {
        if (!lx.err)
            fail(&lx, RP_N("out of memory"));
        rp_filter_free(f);
        *err = lx.err;
        return NULL;
    }
    return f;
}

void rp_filter_free(rp_filter *f)
{
    if (!f)
        return;
    for (size_t i = 0; i < f->n; i++) {
        free(f->terms[i].column);
        for (size_t k = 0; k < f->terms[i].nvalues; k++)
            free(f->terms[i].values[k].text);
        free(f->terms[i].values);
    }
    free(f->terms);
    free(f);
}

size_t rp_filter_nterms(const rp_filter *f) { return f ? f->n : 0; }

const char *rp_filter_column(const rp_filter *f, size_t i)
{
    return f && i < f->n ? f->terms[i].column : NULL;
}

int rp_filter_bind(rp_filter *f, const rp_csv *c, const char **missing)
{
    for (size_t i = 0; f && i < f->n; i++) {
        f->terms[i].col = rp_csv_find(c, f->terms[i].column);
        if (f->terms[i].col < 0) {
            if (missing)
                *missing = f->terms[i].column;
            return -1;
        }
    }
    return 0;
}

static int value_eq(const fvalue *v, const char *cell, char decimal)
{
    if (strcmp(v->text, cell) == 0)
        return 1;
    double x;
    return v->is_num && *cell && rp_parse_double(cell, decimal, &x) == 0 && x == v->num;
}

int rp_filter_match(const rp_filter *f, const rp_csv_row *row, char decimal)
{
    for (size_t i = 0; f && i < f->n; i++) {
        const term *t = &f->terms[i];
        if (t->col < 0 || (size_t)t->col >= row->n)
            return 0;
        const char *cell = row->f[t->col];
        int hit = 0;
        for (size_t k = 0; k < t->nvalues && !hit; k++)
            hit = value_eq(&t->values[k], cell, decimal);
        if (hit == t->negate)
            return 0;
    }
    return 1;
}

int rp_filter_match_only(const rp_filter *f, const char *column, const char *value,
                         char decimal)
{
    int pass = 1;
    for (size_t i = 0; f && i < f->n; i++) {
        const term *t = &f->terms[i];
        if (strcasecmp(t->column, column))
            return -1;
        int hit = 0;
        for (size_t k = 0; k < t->nvalues && !hit; k++)
            hit = value_eq(&t->values[k], value, decimal);
        pass &= hit != t->negate;
    }
    return pass;
}

int rp_filter_pins(const rp_filter *f, const char *column)
{
    for (size_t i = 0; f && i < f->n; i++)
        if (!strcasecmp(f->terms[i].column, column) && !f->terms[i].negate &&
            f->terms[i].nvalues == 1)
            return 1;
    return 0;
}

char *rp_filter_text(const rp_filter *f)
{
    rp_buf b;
    rp_buf_init(&b);
    for (size_t i = 0; f && i < f->n; i++) {
        const term *t = &f->terms[i];
        if (i)
            rp_buf_puts(&b, " and ");
        rp_buf_puts(&b, t->column);
        int list = t->nvalues != 1;
        rp_buf_puts(&b, list ? (t->negate ? " not in (" : " in (") : (t->negate ? " != " : " = "));
        for (size_t k = 0; k < t->nvalues; k++)
            rp_buf_printf(&b, "%s%s", k ? ", " : "", t->values[k].text);
        if (list)
            rp_buf_putc(&b, ')');
    }
    return rp_buf_steal(&b);
}
