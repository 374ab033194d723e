/* Artifacts for the untagged content of a page: a small lexer of PDF content streams
 * (ISO 32000-1 7.2 and 8.2) that finds each operator and the marked-content depth at it. */
#define _GNU_SOURCE /* memmem */
#include "reports/pdfmark.h"

#include <string.h>

typedef struct {
    const char *s;
    size_t n, i;
    size_t start;       /* where the current instruction (operands and operator) began */
    int have_start;
} lexer;

static int is_space(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

static int is_delim(char c) { return c && strchr("()<>[]{}/%", c) != NULL; }

/* Skips white space and comments. */
static void skip_space(lexer *L)
{
    while (L->i < L->n) {
        if (L->s[L->i] == '%') {
            while (L->i < L->n && L->s[L->i] != '\n' && L->s[L->i] != '\r')
                L->i++;
        } else if (is_space(L->s[L->i])) {
            L->i++;
        } else {
            break;
        }
    }
}

/* A literal string: balanced parentheses, backslash escapes. Returns 0, or -1 when it does
 * not end. */
static int skip_string(lexer *L)
{
    int depth = 0;
    for (; L->i < L->n; L->i++) {
        char c = L->s[L->i];
        if (c == '\\')
            L->i++;
        else if (c == '(')
            depth++;
        else if (c == ')' && --depth == 0) {
            L->i++;
            return 0;
        }
    }
    return -1;
}

/* The data of an inline image, from after ID to after its EI (EI between white space, or at
 * the end). Returns 0, or -1 when it does not end. */
static int skip_image(lexer *L)
{
    if (L->i < L->n)
        L->i++; /* the single white-space character after ID */
    for (; L->i + 1 < L->n; L->i++)
        if (is_space(L->s[L->i]) && L->s[L->i + 1] == 'E' && L->i + 2 < L->n &&
            L->s[L->i + 2] == 'I' && (L->i + 3 == L->n || is_space(L->s[L->i + 3]) ||
                                      is_delim(L->s[L->i + 3]))) {
            L->i += 3;
            return 0;
        }
    return -1;
}

/* The next operator: its name in op (at most 3 characters matter; longer ones are copied cut),
 * the instruction's start in L->start. Returns 1, 0 at the end, -1 when malformed. */
static int next_op(lexer *L, char op[4])
{
    L->have_start = 0;
    for (;;) {
        skip_space(L);
        if (L->i >= L->n)
            return L->have_start ? -1 : 0; /* operands without an operator */
        if (!L->have_start) {
            L->start = L->i;
            L->have_start = 1;
        }
        char c = L->s[L->i];
        if (c == '(') {
            if (skip_string(L))
                return -1;
        } else if (c == '<' && L->i + 1 < L->n && L->s[L->i + 1] == '<') {
            L->i += 2;
        } else if (c == '>' && L->i + 1 < L->n && L->s[L->i + 1] == '>') {
            L->i += 2;
        } else if (c == '<') {
            const char *e = memchr(L->s + L->i, '>', L->n - L->i);
            if (!e)
                return -1;
            L->i = (size_t)(e - L->s) + 1;
        } else if (c == '[' || c == ']' || c == '{' || c == '}') {
            L->i++;
        } else if (c == '/') {
            L->i++;
            while (L->i < L->n && !is_space(L->s[L->i]) && !is_delim(L->s[L->i]))
                L->i++;
        } else if (c == ')' || c == '>') {
            return -1;
        } else {
            size_t b = L->i;
            while (L->i < L->n && !is_space(L->s[L->i]) && !is_delim(L->s[L->i]))
                L->i++;
            size_t len = L->i - b;
            const char *w = L->s + b;
            if (strchr("+-.0123456789", w[0]) || (len == 4 && !memcmp(w, "true", 4)) ||
                (len == 5 && !memcmp(w, "false", 5)) || (len == 4 && !memcmp(w, "null", 4)) ||
                (len == 2 && !memcmp(w, "BI", 2)))
                continue; /* an operand, or the start of an inline image */
            memset(op, 0, 4);
            memcpy(op, w, len < 3 ? len : 3);
            if (len == 2 && !memcmp(w, "ID", 2)) {
                if (skip_image(L))
                    return -1;
                memcpy(op, "EI", 3); /* BI ... ID data EI is one instruction */
            }
            return 1;
        }
    }
}

static int is_op(const char *op, const char *const *list)
{
    for (; *list; list++)
        if (!strcmp(op, *list))
            return 1;
    return 0;
}

static const char *const paints[] = {"S", "s", "f", "F", "f*", "B", "B*", "b", "b*",
                                     "Tj", "TJ", "'", "\"", "Do", "sh", "EI", NULL};
static const char *const path_ops[] = {"m", "l", "c", "v", "y", "h", "re", "W", "W*", NULL};

typedef struct {
    int depth;          /* marked-content sequences open in the stream itself */
    int open;           /* an Artifact sequence of ours is open */
    long path;          /* where the current path object began, or -1 */
} state;

long rp_pdf_mark_artifacts(const char *s, size_t n, rp_buf *out)
{
    lexer L = {s, n, 0, 0, 0};
    state st = {0, 0, -1};
    size_t mark = out->len, done = 0;
    long count = 0;
    char op[4];
    int r;
    while ((r = next_op(&L, op)) == 1) {
        int begins = !strcmp(op, "BDC") || !strcmp(op, "BMC");
        int text_edge = !strcmp(op, "BT") || !strcmp(op, "ET");
        /* a sequence that is no structure's content (a Span with /ActualText, which cairo
         * writes around an ellipsis or a ligature) lies inside an Artifact like a painting */
        int tagged = begins && (memmem(s + L.start, L.i - L.start, "/MCID", 5) ||
                                memmem(s + L.start, L.i - L.start, "/Artifact", 9));
        if (begins && !tagged && st.depth == 0 && !st.open) {
            rp_buf_append(out, s + done, L.start - done);
            rp_buf_puts(out, "\n/Artifact BMC\n");
            done = L.start;
            st.open = 1;
            count++;
        }
        if (st.open && (tagged || text_edge)) { /* close ours before a tag or a text edge */
            rp_buf_append(out, s + done, L.start - done);
            rp_buf_puts(out, "\nEMC\n");
            done = L.start;
            st.open = 0;
        }
        if (begins) {
            st.depth++;
        } else if (!strcmp(op, "EMC")) {
            if (--st.depth < 0)
                break;
        } else if (is_op(op, path_ops)) {
            if (st.path < 0)
                st.path = (long)L.start;
        } else if (is_op(op, paints) || !strcmp(op, "n")) {
            if (st.depth == 0 && !st.open && strcmp(op, "n") != 0) {
                size_t at = st.path >= 0 ? (size_t)st.path : L.start;
                rp_buf_append(out, s + done, at - done);
                rp_buf_puts(out, "\n/Artifact BMC\n");
                done = at;
                st.open = 1;
                count++;
            }
            st.path = -1;
        }
    }
    if (r < 0 || st.depth != 0) {
        out->len = mark; /* as it was */
        if (out->data)
            out->data[mark] = '\0';
        return -1;
    }
    rp_buf_append(out, s + done, n - done);
    if (st.open)
        rp_buf_puts(out, "\nEMC\n");
    return rp_buf_failed(out) ? -1 : count;
}

long rp_pdf_unmarked(const char *s, size_t n)
{
    lexer L = {s, n, 0, 0, 0};
    int depth = 0;
    long bad = 0;
    char op[4];
    int r;
    while ((r = next_op(&L, op)) == 1) {
        if (!strcmp(op, "BDC") || !strcmp(op, "BMC"))
            depth++;
        else if (!strcmp(op, "EMC") && --depth < 0)
            return -1;
        else if (depth == 0 && is_op(op, paints))
            bad++;
    }
    return r < 0 || depth ? -1 : bad;
}
