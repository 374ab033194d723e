/* The phrase table and the catalogue of messages (words/phrases.h), read as a translator
 * would: every message the code can give is found in the sources as xgettext finds it (the
 * English format at each call of a message function, or a text marked with RP_N) and must
 * have its Dutch; every entry has both texts, whose printf conversions take the same
 * arguments in the same order; no entry is written twice or left unused. Part of the base
 * suite; the sources are read at RP_TOP. */
#include "tests/helpers.h"
#include "base/buf.h"
#include "base/lang.h"
#include "words/phrases.h"
#include "words/word_diag.h"

#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The functions (and macros of base/diag.h) that take an English message, and which of their
 * arguments it is. Macros that pass their __VA_ARGS__ on to one of these are found in each
 * file and added (ERR in datasets/monitor.c). text: the argument may be a variable (it
 * translates a text marked elsewhere with RP_N). */
typedef struct {
    char name[48];
    int arg;
    int text;
} caller;

static const caller known[] = {
    {"rp_diag_add", 5, 0},      {"rp_diag_error", 4, 0},  {"rp_diag_warn", 4, 0},
    {"rp_diag_fmt", 1, 0},      {"rp_diag_snprintf", 3, 0}, {"rp_diag_text", 1, 1},
    {"RP_N", 0, 0},             {"rp_usage_error", 1, 0}, {"rp_cli_msg", 2, 0},
    {"rp_word_msgf", 1, 0},     {"rp_word_msg", 0, 1},      {"rp_numcell_count_error", 8, 0},
    {"rp_word_snprintf", 3, 0},
};

static const char *const folders[] = {"base", "datasets", "stats", "words", "plots", "reports",
                                      "cli"};

/* ---- a small C lexer: identifiers, string literals (decoded), punctuation ---- */

typedef enum { T_ID, T_STR, T_PUNCT, T_NUM } tkind;

typedef struct {
    tkind kind;
    char *text;  /* identifier, decoded string, or the punctuation character */
    long line;
    int bol;     /* the first token of a logical line (continuations joined) */
} token;

typedef struct {
    token *t;
    size_t n, cap;
} tokens;

static void push(tokens *v, tkind k, char *text, long line, int *bol)
{
    if (v->n == v->cap) {
        v->cap = v->cap ? 2 * v->cap : 256;
        v->t = realloc(v->t, v->cap * sizeof *v->t);
    }
    v->t[v->n++] = (token){k, text, line, *bol};
    *bol = 0;
}

static void free_tokens(tokens *v)
{
    for (size_t i = 0; i < v->n; i++)
        free(v->t[i].text);
    free(v->t);
    memset(v, 0, sizeof *v);
}

/* Decodes a C string literal's body from s (after the opening quote) into b; returns the
 * position after the closing quote. */
static const char *string_body(const char *s, rp_buf *b, long *line)
{
    while (*s && *s != '"') {
        if (*s == '\n')
            (*line)++;
        if (*s != '\\') {
            rp_buf_putc(b, *s++);
            continue;
        }
        s++;
        switch (*s) {
        case 'n': rp_buf_putc(b, '\n'); s++; break;
        case 't': rp_buf_putc(b, '\t'); s++; break;
        case 'r': rp_buf_putc(b, '\r'); s++; break;
        case 'x': {
            char *end;
            rp_buf_putc(b, (char)strtol(s + 1, &end, 16));
            s = end;
            break;
        }
        default:
            if (*s >= '0' && *s <= '7') {
                int v = 0;
                for (int k = 0; k < 3 && *s >= '0' && *s <= '7'; k++)
                    v = 8 * v + (*s++ - '0');
                rp_buf_putc(b, (char)v);
            } else if (*s) {
                rp_buf_putc(b, *s++);
            }
        }
    }
    return *s ? s + 1 : s;
}

/* Tokens of text; preprocessor lines are kept (their '#' a token) so that macro definitions
 * can be read, with line continuations joined. */
static void lex(const char *s, tokens *v)
{
    long line = 1;
    int bol = 1;
    while (*s) {
        if (*s == '\n') {
            line++, s++, bol = 1;
        } else if (*s == '\\' && s[1] == '\n') {
            line++, s += 2;
        } else if (isspace((unsigned char)*s)) {
            s++;
        } else if (s[0] == '/' && s[1] == '/') {
            while (*s && *s != '\n')
                s++;
        } else if (s[0] == '/' && s[1] == '*') {
            for (s += 2; *s && !(s[0] == '*' && s[1] == '/'); s++)
                if (*s == '\n')
                    line++, bol = 1;
            s += *s ? 2 : 0;
        } else if (*s == '"') {
            rp_buf b;
            rp_buf_init(&b);
            long at = line;
            s = string_body(s + 1, &b, &line);
            push(v, T_STR, rp_buf_steal(&b), at, &bol);
        } else if (*s == '\'') {
            const char *start = s++;
            while (*s && *s != '\'')
                s += *s == '\\' && s[1] ? 2 : 1;
            s += *s ? 1 : 0;
            push(v, T_NUM, rp_strndup(start, (size_t)(s - start)), line, &bol);
        } else if (isalpha((unsigned char)*s) || *s == '_') {
            const char *start = s;
            while (isalnum((unsigned char)*s) || *s == '_')
                s++;
            push(v, T_ID, rp_strndup(start, (size_t)(s - start)), line, &bol);
        } else if (isdigit((unsigned char)*s)) {
            const char *start = s;
            while (isalnum((unsigned char)*s) || *s == '.')
                s++;
            push(v, T_NUM, rp_strndup(start, (size_t)(s - start)), line, &bol);
        } else {
            push(v, T_PUNCT, rp_strndup(s, 1), line, &bol);
            s++;
        }
    }
}

static int is(const token *t, tkind k, const char *text)
{
    return t->kind == k && !strcmp(t->text, text);
}

/* ---- what a file calls, and with what ---- */

typedef struct {
    caller *c;
    size_t n;
    struct {
        char *name, *value;
    } *str;       /* #define NAME "literal" */
    size_t nstr;
} scope;

static const caller *find_caller(const scope *sc, const char *name)
{
    for (size_t i = 0; i < sc->n; i++)
        if (!strcmp(sc->c[i].name, name))
            return &sc->c[i];
    return NULL;
}

static const char *find_str(const scope *sc, const char *name)
{
    for (size_t i = 0; i < sc->nstr; i++)
        if (!strcmp(sc->str[i].name, name))
            return sc->str[i].value;
    return NULL;
}

/* The end of the argument that starts at i (a top-level ',' or the closing ')'). */
static size_t arg_end(const tokens *v, size_t i)
{
    int depth = 0;
    for (; i < v->n; i++) {
        const char *p = v->t[i].kind == T_PUNCT ? v->t[i].text : "";
        if (!strcmp(p, "(") || !strcmp(p, "[") || !strcmp(p, "{"))
            depth++;
        else if (!strcmp(p, ")") || !strcmp(p, "]") || !strcmp(p, "}")) {
            if (depth-- == 0)
                return i;
        } else if (!strcmp(p, ",") && depth == 0)
            return i;
    }
    return i;
}

/* The arguments of the call whose '(' is at open: their starts, up to max. */
static size_t call_args(const tokens *v, size_t open, size_t *start, size_t *end, size_t max)
{
    size_t n = 0, i = open + 1;
    while (i < v->n && n < max) {
        size_t e = arg_end(v, i);
        start[n] = i, end[n] = e, n++;
        if (e >= v->n || is(&v->t[e], T_PUNCT, ")"))
            break;
        i = e + 1;
    }
    return n;
}

typedef struct {
    char **s;
    size_t n;
} strings;

static void add_string(strings *out, char *s)
{
    out->s = realloc(out->s, (out->n + 1) * sizeof *out->s);
    out->s[out->n++] = s;
}

/* The literal texts the expression v[a..b) can be: adjacent literals (and string macros)
 * joined, both sides of a ?:, RP_N(...), parentheses. Returns -1 when it is anything else. */
static int literals(const scope *sc, const tokens *v, size_t a, size_t b, strings *out)
{
    /* a top-level ?: */
    int depth = 0;
    for (size_t i = a; i < b; i++) {
        const char *p = v->t[i].kind == T_PUNCT ? v->t[i].text : "";
        depth += !strcmp(p, "(") - !strcmp(p, ")");
        if (depth || strcmp(p, "?"))
            continue;
        int nest = 0, d2 = 0;
        for (size_t j = i + 1; j < b; j++) {
            const char *q = v->t[j].kind == T_PUNCT ? v->t[j].text : "";
            d2 += !strcmp(q, "(") - !strcmp(q, ")");
            if (d2)
                continue;
            if (!strcmp(q, "?"))
                nest++;
            else if (!strcmp(q, ":") && nest-- == 0)
                return literals(sc, v, i + 1, j, out) || literals(sc, v, j + 1, b, out) ? -1 : 0;
        }
        return -1;
    }
    if (b > a + 1 && is(&v->t[a], T_PUNCT, "(") && is(&v->t[b - 1], T_PUNCT, ")") &&
        arg_end(v, a + 1) == b - 1)
        return literals(sc, v, a + 1, b - 1, out);
    if (b > a + 2 && is(&v->t[a], T_ID, "RP_N") && is(&v->t[a + 1], T_PUNCT, "("))
        return literals(sc, v, a + 2, b - 1, out);
    rp_buf s;
    rp_buf_init(&s);
    for (size_t i = a; i < b; i++) {
        const char *macro = v->t[i].kind == T_ID ? find_str(sc, v->t[i].text) : NULL;
        if (v->t[i].kind != T_STR && !macro) {
            rp_buf_free(&s);
            return -1;
        }
        rp_buf_puts(&s, macro ? macro : v->t[i].text);
    }
    if (a == b) {
        rp_buf_free(&s);
        return -1;
    }
    add_string(out, rp_buf_steal(&s));
    return 0;
}

/* Reads the file's #define lines: string macros, and macros that pass __VA_ARGS__ on to a
 * message function (as its message) become message functions themselves. */
static void read_defines(const tokens *v, scope *sc)
{
    for (int changed = 1; changed;) {
        changed = 0;
        for (size_t i = 0; i + 2 < v->n; i++) {
            if (!v->t[i].bol || !is(&v->t[i], T_PUNCT, "#") ||
                !is(&v->t[i + 1], T_ID, "define") || v->t[i + 2].kind != T_ID)
                continue;
            const token *name = &v->t[i + 2];
            size_t j = i + 3;
            if (j < v->n && v->t[j].kind == T_STR && !v->t[j].bol) {
                if (find_str(sc, name->text))
                    continue;
                rp_buf s;
                rp_buf_init(&s);
                for (; j < v->n && v->t[j].kind == T_STR && !v->t[j].bol; j++)
                    rp_buf_puts(&s, v->t[j].text);
                sc->str = realloc(sc->str, (sc->nstr + 1) * sizeof *sc->str);
                sc->str[sc->nstr].name = rp_strdup(name->text);
                sc->str[sc->nstr++].value = rp_buf_steal(&s);
                continue;
            }
            if (j >= v->n || !is(&v->t[j], T_PUNCT, "(") || find_caller(sc, name->text))
                continue;
            int params = 0;
            for (j++; j < v->n && !is(&v->t[j], T_PUNCT, ")"); j++)
                params += v->t[j].kind == T_ID;
            /* the body: to the end of the logical line */
            for (size_t k = j + 1; k + 1 < v->n && !v->t[k].bol; k++) {
                const caller *c = v->t[k].kind == T_ID ? find_caller(sc, v->t[k].text) : NULL;
                if (!c || !is(&v->t[k + 1], T_PUNCT, "("))
                    continue;
                size_t st[16], en[16];
                size_t na = call_args(v, k + 1, st, en, 16);
                if ((size_t)c->arg < na && en[c->arg] == st[c->arg] + 1 &&
                    is(&v->t[st[c->arg]], T_ID, "__VA_ARGS__")) {
                    sc->c = realloc(sc->c, (sc->n + 1) * sizeof *sc->c);
                    caller m = {"", params, 0};
                    snprintf(m.name, sizeof m.name, "%s", name->text);
                    sc->c[sc->n++] = m;
                    changed = 1;
                }
                break;
            }
        }
    }
}

/* A message the code gives, and where. */
typedef struct {
    char *text, *where;
} found;

typedef struct {
    found *f;
    size_t n;
} founds;

/* Every message of one file; what cannot be read goes to bad. */
static void scan_file(const char *rel, const char *text, founds *out, rp_buf *bad)
{
    tokens v = {0};
    lex(text, &v);
    scope sc = {0};
    sc.c = malloc(sizeof known);
    memcpy(sc.c, known, sizeof known);
    sc.n = sizeof known / sizeof *known;
    read_defines(&v, &sc);
    for (size_t i = 0; i + 1 < v.n; i++) {
        const caller *c = v.t[i].kind == T_ID ? find_caller(&sc, v.t[i].text) : NULL;
        if (!c || !is(&v.t[i + 1], T_PUNCT, "("))
            continue;
        /* a declaration or definition, not a call: a type before the name */
        if (i > 0 && (v.t[i - 1].kind == T_ID || is(&v.t[i - 1], T_PUNCT, "*")) &&
            strcmp(v.t[i - 1].text, "return") && strcmp(v.t[i - 1].text, "else"))
            continue;
        if (i > 1 && is(&v.t[i - 1], T_ID, "define"))
            continue;
        size_t st[16], en[16];
        size_t na = call_args(&v, i + 1, st, en, 16);
        if ((size_t)c->arg >= na)
            continue;
        size_t a = st[c->arg], b = en[c->arg];
        if (b == a + 1 && is(&v.t[a], T_ID, "__VA_ARGS__"))
            continue;   /* a macro that passes its message on */
        strings s = {0};
        if (literals(&sc, &v, a, b, &s) != 0) {
            if (!c->text)
                rp_buf_printf(bad, "%s:%ld: %s: the message is not a literal (write its English "
                              "at the call, or mark it with RP_N where it is written)\n", rel,
                              v.t[i].line, c->name);
        }
        for (size_t k = 0; k < s.n; k++) {
            out->f = realloc(out->f, (out->n + 1) * sizeof *out->f);
            out->f[out->n].text = s.s[k];
            out->f[out->n++].where = rp_strfmt("%s:%ld", rel, v.t[i].line);
        }
        free(s.s);
    }
    for (size_t i = 0; i < sc.nstr; i++) {
        free(sc.str[i].name);
        free(sc.str[i].value);
    }
    free(sc.str);
    free(sc.c);
    free_tokens(&v);
}

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every .c and .h file of the code's folders, as "folder/name", sorted. */
static char **source_files(size_t *n)
{
    char **names = NULL;
    *n = 0;
    for (size_t f = 0; f < sizeof folders / sizeof *folders; f++) {
        char *dir = t_src(folders[f]);
        DIR *d = opendir(dir);
        struct dirent *e;
        while (d && (e = readdir(d))) {
            size_t len = strlen(e->d_name);
            if (len < 3 || e->d_name[len - 2] != '.' ||
                (e->d_name[len - 1] != 'c' && e->d_name[len - 1] != 'h'))
                continue;
            names = realloc(names, (*n + 1) * sizeof *names);
            names[(*n)++] = rp_strfmt("%s/%s", folders[f], e->d_name);
        }
        if (d)
            closedir(d);
        free(dir);
    }
    if (*n)
        qsort(names, *n, sizeof *names, cmp_name);
    return names;
}

static char *read_src(const char *rel)
{
    char *path = t_src(rel);
    char *text = t_read(path, NULL);
    free(path);
    return text;
}

static void scan_all(founds *out, rp_buf *bad)
{
    size_t n;
    char **files = source_files(&n);
    ck_assert_msg(n > 100, "only %zu source files at RP_TOP", n);
    for (size_t i = 0; i < n; i++) {
        char *text = read_src(files[i]);
        if (text)
            scan_file(files[i], text, out, bad);
        free(text);
        free(files[i]);
    }
    free(files);
}

static void free_founds(founds *f)
{
    for (size_t i = 0; i < f->n; i++) {
        free(f->f[i].text);
        free(f->f[i].where);
    }
    free(f->f);
}

/* A message made of conversions and signs alone ("%s", "%s: %s") has nothing to translate. */
static int has_words(const char *s)
{
    for (; *s; s++) {
        if (*s == '%') {
            s += strcspn(s + 1, "diouxXeEfgGaAcsp%") + 1;
            if (!*s)
                break;
            continue;
        }
        if (isalpha((unsigned char)*s))
            return 1;
    }
    return 0;
}

/* The arguments a printf format takes, one letter each: i (int, also for * widths), l (long),
 * L (long long), z (size_t), d (double), s (string), c (char), p (pointer). Caller frees. */
static char *conversions(const char *f)
{
    rp_buf b;
    rp_buf_init(&b);
    for (const char *p = f; *p; p++) {
        if (*p != '%')
            continue;
        p++;
        if (*p == '%')
            continue;
        p += strspn(p, "-+ #0'");
        if (*p == '*')
            rp_buf_putc(&b, 'i'), p++;
        p += strspn(p, "0123456789");
        if (*p == '.') {
            p++;
            if (*p == '*')
                rp_buf_putc(&b, 'i'), p++;
            p += strspn(p, "0123456789");
        }
        char len = 0;
        if (*p == 'l' && p[1] == 'l')
            len = 'L', p += 2;
        else if (*p == 'l' || *p == 'z' || *p == 'h' || *p == 'j' || *p == 't' || *p == 'L')
            len = *p++;
        if (strchr("diouxX", *p) && *p)
            rp_buf_putc(&b, len == 'l' ? 'l' : len == 'L' ? 'L' : len == 'z' ? 'z' : 'i');
        else if (strchr("eEfgGaA", *p) && *p)
            rp_buf_putc(&b, 'd');
        else if (*p == 's' || *p == 'c' || *p == 'p')
            rp_buf_putc(&b, *p);
        else if (!*p) /* a sign at the end, as in "99,8%": text, not a conversion */
            break;
        /* else a % in plain text ("(outside 95%)"): a phrase used as a format with it would
         * not compile (-Wformat), so it is text */
    }
    return rp_buf_steal(&b);
}

/* Every message the code can give has its Dutch in the catalogue, and every entry of the
 * catalogue is a message the code gives. The failure lists what to add, ready to paste. */
START_TEST(messages_catalogue_complete)
{
    founds f = {0};
    rp_buf bad, missing;
    rp_buf_init(&bad);
    rp_buf_init(&missing);
    scan_all(&f, &bad);
    ck_assert_msg(f.n > 200, "only %zu messages found in the sources", f.n);
    size_t nmissing = 0;
    for (size_t i = 0; i < f.n; i++) {
        if (!has_words(f.f[i].text) || rp_word_msg(f.f[i].text, RP_LANG_NL) != f.f[i].text)
            continue;
        int again = 0;
        for (size_t k = 0; k < i && !again; k++)
            again = !strcmp(f.f[k].text, f.f[i].text);
        if (again)
            continue;
        rp_buf_printf(&missing, "%s: RP_MSG(\"", f.f[i].where);
        for (const char *s = f.f[i].text; *s; s++)
            rp_buf_printf(&missing, *s == '"' || *s == '\\' ? "\\%c" : *s == '\n' ? "\\n" : "%c",
                          *s);
        rp_buf_puts(&missing, "\", \"\")\n");
        nmissing++;
    }
    rp_buf unused;
    rp_buf_init(&unused);
    for (size_t i = 0; i < rp_word_msg_count(); i++) {
        const char *en, *nl;
        rp_word_msg_entry(i, &en, &nl);
        int used = 0;
        for (size_t k = 0; k < f.n && !used; k++)
            used = !strcmp(f.f[k].text, en);
        if (!used)
            rp_buf_printf(&unused, "  %s\n", en);
    }
    /* the whole lists on stderr: Check's own message holds a few kilobytes */
    if (bad.len || missing.len || unused.len)
        fprintf(stderr, "tests/check_messages.c:\n%s%s%s%s%s", rp_buf_str(&bad),
                missing.len ? "missing (add to the RP_MSG section of words/phrases.h):\n" : "",
                rp_buf_str(&missing), unused.len ? "unused entries:\n" : "", rp_buf_str(&unused));
    ck_assert_msg(bad.len == 0, "messages the catalogue cannot be checked against:\n%.1500s",
                  rp_buf_str(&bad));
    ck_assert_msg(nmissing == 0, "%zu messages have no Dutch in words/phrases.h (all on "
                  "stderr):\n%.1500s", nmissing, rp_buf_str(&missing));
    ck_assert_msg(unused.len == 0, "entries of words/phrases.h no code gives (changed or "
                  "removed messages):\n%.1500s", rp_buf_str(&unused));
    rp_buf_free(&bad);
    rp_buf_free(&missing);
    rp_buf_free(&unused);
    free_founds(&f);
}
END_TEST

/* Each entry: both texts, the same arguments in the same order, the English once. */
START_TEST(messages_catalogue_consistent)
{
    rp_buf fails;
    rp_buf_init(&fails);
    size_t n = rp_word_msg_count();
    ck_assert_uint_gt(n, 200);
    for (size_t i = 0; i < n; i++) {
        const char *en, *nl;
        rp_word_msg_entry(i, &en, &nl);
        char *ce = conversions(en), *cn = conversions(nl);
        if (!*en || !*nl)
            rp_buf_printf(&fails, "an empty text: \"%s\"\n", en);
        else if (!ce || !cn || strcmp(ce, cn))
            rp_buf_printf(&fails, "other arguments (%s against %s): \"%s\" -> \"%s\"\n",
                          ce ? ce : "?", cn ? cn : "?", en, nl);
        for (size_t k = 0; k < i; k++) {
            const char *e2, *n2;
            rp_word_msg_entry(k, &e2, &n2);
            if (!strcmp(e2, en))
                rp_buf_printf(&fails, "twice: \"%s\"\n", en);
        }
        free(ce);
        free(cn);
    }
    /* the lookup itself: Dutch in Dutch, English in English and for what it does not know */
    const char *en, *nl;
    rp_word_msg_entry(0, &en, &nl);
    ck_assert_str_eq(rp_word_msg(en, RP_LANG_NL), nl);
    ck_assert_ptr_eq(rp_word_msg(en, RP_LANG_EN), en);
    ck_assert_str_eq(rp_word_msg("no such message %d", RP_LANG_NL), "no such message %d");
    if (fails.len)
        fprintf(stderr, "tests/check_messages.c: the catalogue:\n%s", rp_buf_str(&fails));
    ck_assert_msg(fails.len == 0, "%.1500s", rp_buf_str(&fails));
    rp_buf_free(&fails);
}
END_TEST

/* 1 when the RP_PH at token t of w is the format of a printf-like call (the callee's name
 * holds printf or strfmt, or is rp_doc_para): walks back over the call's earlier arguments to
 * the parenthesis that opens it. */
static int format_use(const tokens *w, size_t t)
{
    int depth = 0;
    while (t-- > 0) {
        const token *k = &w->t[t];
        if (k->kind == T_PUNCT && (!strcmp(k->text, ")") || !strcmp(k->text, "]")))
            depth++;
        else if (k->kind == T_PUNCT && (!strcmp(k->text, "(") || !strcmp(k->text, "["))) {
            if (depth-- > 0)
                continue;
            if (!t || w->t[t - 1].kind != T_ID)
                return 0;
            const char *f = w->t[t - 1].text;
            return strstr(f, "printf") || strstr(f, "strfmt") || !strcmp(f, "rp_doc_para");
        } else if (!depth && k->kind == T_PUNCT && (!strcmp(k->text, ";") || !strcmp(k->text, "{")))
            return 0;
    }
    return 0;
}

/* The phrases (RP_PH_NAME "Dutch", "English"): both texts, the same arguments where a phrase
 * is a printf format (a text phrase may hold a percent sign: "99,8% boven"), each name and
 * each pair of texts once, and every phrase used. */
START_TEST(phrases_table_consistent)
{
    char *text = read_src("words/phrases.h");
    ck_assert_ptr_nonnull(text);
    tokens v = {0};
    lex(text, &v);
    rp_buf fails;
    rp_buf_init(&fails);
    size_t nph = 0, ndiffer = 0, *differ = NULL;
    char **names = NULL, **pairs = NULL;
    for (size_t i = 0; i + 2 < v.n; i++) {
        if (!is(&v.t[i], T_PUNCT, "#") || !is(&v.t[i + 1], T_ID, "define") ||
            strncmp(v.t[i + 2].text, "RP_PH_", 6) || !strcmp(v.t[i + 2].text, "RP_PH_PICK") ||
            !strcmp(v.t[i + 2].text, "RP_PH_NL_EN"))
            continue;
        const char *name = v.t[i + 2].text;
        size_t j = i + 3, comma = j;
        while (comma < v.n && v.t[comma].kind == T_STR)
            comma++;
        size_t end = comma + 1;
        while (end < v.n && v.t[end].kind == T_STR)
            end++;
        if (comma == j || comma >= v.n || !is(&v.t[comma], T_PUNCT, ",") || end == comma + 1) {
            rp_buf_printf(&fails, "%s: expected \"Dutch\", \"English\"\n", name);
            continue;
        }
        rp_buf nl, en;
        rp_buf_init(&nl);
        rp_buf_init(&en);
        for (size_t k = j; k < comma; k++)
            rp_buf_puts(&nl, v.t[k].text);
        for (size_t k = comma + 1; k < end; k++)
            rp_buf_puts(&en, v.t[k].text);
        char *cn = conversions(rp_buf_str(&nl)), *ce = conversions(rp_buf_str(&en));
        if (!nl.len || !en.len)
            rp_buf_printf(&fails, "%s: an empty text\n", name);
        else if (!cn || !ce || strcmp(cn, ce))
            differ = realloc(differ, (ndiffer + 1) * sizeof *differ),
            differ[ndiffer++] = nph; /* an error once a format use is found */
        char *pair = rp_strfmt("%s\n%s", rp_buf_str(&nl), rp_buf_str(&en));
        for (size_t k = 0; k < nph; k++) {
            if (!strcmp(names[k], name))
                rp_buf_printf(&fails, "%s: defined twice\n", name);
            if (!strcmp(pairs[k], pair))
                rp_buf_printf(&fails, "%s: the same phrase as %s\n", name, names[k]);
        }
        names = realloc(names, (nph + 1) * sizeof *names);
        pairs = realloc(pairs, (nph + 1) * sizeof *pairs);
        names[nph] = rp_strdup(name);
        pairs[nph++] = pair;
        free(cn);
        free(ce);
        rp_buf_free(&nl);
        rp_buf_free(&en);
    }
    /* used: the name appears in some other file of the code */
    size_t nf;
    char **files = source_files(&nf);
    unsigned char *used = calloc(nph ? nph : 1, 1), *format = calloc(nph ? nph : 1, 1);
    for (size_t i = 0; i < nf; i++) {
        char *src = strcmp(files[i], "words/phrases.h") ? read_src(files[i]) : NULL;
        tokens w = {0};
        if (src)
            lex(src, &w);
        for (size_t t = 0; t < w.n; t++)
            for (size_t k = 0; w.t[t].kind == T_ID && k < nph; k++)
                if (!strcmp(w.t[t].text, names[k])) {
                    used[k] = 1;
                    /* RP_PH ( lang , NAME ): the RP_PH is the argument */
                    for (size_t b = t; b-- > 0 && t - b < 12;)
                        if (is(&w.t[b], T_ID, "RP_PH") || is(&w.t[b], T_ID, "RP_PH_PICK")) {
                            format[k] |= format_use(&w, b);
                            break;
                        }
                }
        free_tokens(&w);
        free(src);
        free(files[i]);
    }
    free(files);
    for (size_t d = 0; d < ndiffer; d++)
        if (format[differ[d]])
            rp_buf_printf(&fails, "%s: other arguments in Dutch and English\n", names[differ[d]]);
    free(differ);
    free(format);
    for (size_t k = 0; k < nph; k++) {
        if (!used[k])
            rp_buf_printf(&fails, "%s: no code uses it\n", names[k]);
        free(names[k]);
        free(pairs[k]);
    }
    free(used);
    free(names);
    free(pairs);
    if (fails.len)
        fprintf(stderr, "tests/check_messages.c: words/phrases.h:\n%s", rp_buf_str(&fails));
    ck_assert_msg(fails.len == 0, "words/phrases.h:\n%.1500s", rp_buf_str(&fails));
    rp_buf_free(&fails);
    free_tokens(&v);
    free(text);
}
END_TEST

/* The scanner itself, on code written the ways messages are written: a macro that passes its
 * message on, both sides of a ?:, a literal built from a string macro, RP_N, and a variable
 * format it must refuse. */
START_TEST(messages_scanner)
{
    const char *src =
        "#define FORMAT \"a;b\"\n"
        "#define ERR(c, ...) rp_diag_error((c)->d, (c)->f, 1, 0, __VA_ARGS__)\n"
        "#define BAD(c, ...) (ERR(c, __VA_ARGS__), -1)\n"
        "void rp_diag_add(rp_diag *d, int s, const char *file, long l, long c, const char *fmt);\n"
        "static void f(ctx *c, int n) {\n"
        "    ERR(c, \"one \\\"%s\\\"\", x);\n"
        "    BAD(c, n == 1 ? \"%d row\" : \"%d rows\", n);\n"
        "    rp_diag_warn(d, f, 0, 0, \"as \" FORMAT);\n"
        "    fail(lx, RP_N(\"not closed\"));\n"
        "    return rp_usage_error(&spec, \"--x %s\", s);\n"
        "    rp_diag_error(d, f, 0, 0, fmt, 1);\n"
        "    rp_diag_text(d, what);\n"
        "}\n";
    founds f = {0};
    rp_buf bad;
    rp_buf_init(&bad);
    scan_file("x.c", src, &f, &bad);
    static const char *const want[] = {"one \"%s\"", "%d row", "%d rows", "as a;b",
                                       "not closed", "--x %s"};
    ck_assert_uint_eq(f.n, sizeof want / sizeof *want);
    for (size_t i = 0; i < f.n; i++)
        ck_assert_str_eq(f.f[i].text, want[i]);
    ck_assert_str_eq(f.f[1].where, "x.c:7");
    ck_assert(t_has(rp_buf_str(&bad), "x.c:11: rp_diag_error: the message is not a literal"));
    ck_assert(!t_has(rp_buf_str(&bad), "x.c:12"));
    char *c = conversions("%s: %zu more %.*s at %ld, %5.1f%% %lld");
    ck_assert_str_eq(c, "szisldL");
    free(c);
    rp_buf_free(&bad);
    free_founds(&f);
}
END_TEST

TCase *rp_tcase_messages(void)
{
    TCase *tc = tcase_create("messages");
    tcase_add_test(tc, messages_scanner);
    tcase_add_test(tc, messages_catalogue_complete);
    tcase_add_test(tc, messages_catalogue_consistent);
    tcase_add_test(tc, phrases_table_consistent);
    tcase_set_timeout(tc, 60);
    return tc;
}
