/* Report tables: one model for CSV, XLSX, PDF and HTML. */
#include "reports/dtable.h"
#include "words/wording.h"
#include "base/csvwrite.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

rp_dtable *rp_dtable_new(const char *name, const char *title, size_t ncols,
                         const char *const *head)
{
    rp_dtable *t = calloc(1, sizeof *t);
    if (!t)
        return NULL;
    t->key = rp_strdup(name);
    t->name = rp_strndup(name, strnlen(name, 31));
    t->title = rp_strdup(title);
    t->ncols = ncols;
    t->head = calloc(ncols, sizeof *t->head);
    if (!t->key || !t->name || !t->title || !t->head) {
        rp_dtable_free(t);
        return NULL;
    }
    for (size_t c = 0; c < ncols; c++)
        t->head[c] = rp_strdup(head[c]);
    return t;
}

void rp_dtable_free(rp_dtable *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->nrows * t->ncols; i++)
        free(t->cells[i].text);
    for (size_t c = 0; t->head && c < t->ncols; c++)
        free(t->head[c]);
    free(t->head);
    free(t->cells);
    free(t->key);
    free(t->name);
    free(t->title);
    free(t->note);
    free(t);
}

/* A copy of s that marks t failed when s was lost or memory runs out. */
static char *copy(rp_dtable *t, const char *s)
{
    char *r = rp_strdup(s);
    if (s && (!r || rp_buf_lost(s)))
        t->failed = 1;
    return r;
}

size_t rp_dtable_row(rp_dtable *t)
{
    if (t->nrows == t->caprows) {
        size_t cap = t->caprows ? 2 * t->caprows : 16;
        rp_tcell *c = realloc(t->cells, cap * t->ncols * sizeof *c);
        if (!c) {
            t->failed = 1;
            return (size_t)-1;
        }
        t->cells = c;
        t->caprows = cap;
    }
    memset(t->cells + t->nrows * t->ncols, 0, t->ncols * sizeof *t->cells);
    return t->nrows++;
}

static rp_tcell *at(rp_dtable *t, size_t r, size_t c)
{
    if (r >= t->nrows || c >= t->ncols)
        return NULL;
    rp_tcell *cell = &t->cells[r * t->ncols + c];
    free(cell->text);
    memset(cell, 0, sizeof *cell);
    return cell;
}

void rp_dtable_text(rp_dtable *t, size_t r, size_t c, const char *s)
{
    rp_tcell *cell = at(t, r, c);
    if (cell && s) {
        cell->kind = RP_TC_TEXT;
        cell->text = copy(t, s);
    }
}

void rp_dtable_num(rp_dtable *t, size_t r, size_t c, double v, int decimals, int percent)
{
    rp_tcell *cell = at(t, r, c);
    if (cell && !isnan(v)) {
        cell->kind = RP_TC_NUM;
        cell->v = v;
        cell->decimals = decimals;
        cell->percent = percent;
    }
}

void rp_dtable_suppressed(rp_dtable *t, size_t r, size_t c, int below)
{
    rp_tcell *cell = at(t, r, c);
    if (cell) {
        cell->kind = RP_TC_SUPPRESSED;
        cell->below = below;
    }
}

void rp_dtable_missing(rp_dtable *t, size_t r, size_t c, const char *sign)
{
    rp_tcell *cell = at(t, r, c);
    if (cell) {
        free(cell->text);
        cell->text = copy(t, sign ? sign : ".");
        cell->kind = cell->text ? RP_TC_MISSING : RP_TC_EMPTY;
    }
}

const char *rp_dtable_mark(const rp_tcell *c, char *buf, size_t n)
{
    (void)c, (void)buf, (void)n;
    return rp_word_hidden_sign(); /* one sign for every hidden value */
}

void rp_dtable_set_note(rp_dtable *t, const char *note)
{
    free(t->note);
    t->note = copy(t, note);
}

const rp_tcell *rp_dtable_cell(const rp_dtable *t, size_t r, size_t c)
{
    return r < t->nrows && c < t->ncols ? &t->cells[r * t->ncols + c] : NULL;
}

void rp_dtable_format(rp_buf *b, const rp_tcell *c, rp_lang lang)
{
    char mark[32];
    switch (c->kind) {
    case RP_TC_TEXT:
    case RP_TC_MISSING: rp_buf_puts(b, c->text); break;
    case RP_TC_SUPPRESSED: rp_buf_puts(b, rp_dtable_mark(c, mark, sizeof mark)); break;
    case RP_TC_NUM: rp_word_num_cell(b, c->v, c->decimals, c->percent, lang); break;
    default: break;
    }
}

int rp_dtable_write_csv(const rp_dtable *t, FILE *f, rp_csv_dialect dialect)
{
    rp_csvw w;
    rp_csvw_init(&w, f, rp_dialect_delim(dialect), rp_dialect_decimal(dialect));
    if (rp_dialect_bom(dialect)) /* Excel reads UTF-8 ("Fryslân") only after a BOM */
        fputs("\xef\xbb\xbf", f);
    for (size_t c = 0; c < t->ncols; c++)
        rp_csvw_text(&w, t->head[c]);
    rp_csvw_end(&w);
    char buf[32];
    for (size_t r = 0; r < t->nrows; r++) {
        for (size_t c = 0; c < t->ncols; c++) {
            const rp_tcell *cell = rp_dtable_cell(t, r, c);
            if (cell->kind == RP_TC_TEXT || cell->kind == RP_TC_MISSING) {
                rp_csvw_text(&w, cell->text);
            } else if (cell->kind == RP_TC_NUM) {
                rp_csvw_num(&w, cell->v);
            } else if (cell->kind == RP_TC_SUPPRESSED) {
                rp_csvw_text(&w, rp_dtable_mark(cell, buf, sizeof buf));
            } else {
                rp_csvw_empty(&w);
            }
        }
        rp_csvw_end(&w);
    }
    return ferror(f) ? -1 : 0;
}

/* A text cell that is a whole number as people write years and cohorts ("2019"): no sign,
 * no leading zero (a code such as "0363" stays text), at most nine digits. */
int rp_dtable_integer_text(const char *s)
{
    size_t n = strspn(s, "0123456789");
    return n && n <= 9 && !s[n] && s[0] != '0';
}

/* A text cell that stands for a hidden value ("x", written as text by some tables). */
static int mark_text(const char *s) { return !strcmp(s, "x"); }

rp_col_type rp_dtable_col_type(const rp_dtable *t, size_t c, int *decimals, int *percent)
{
    size_t text = 0, years = 0, nums = 0, fractional = 0, shares = 0;
    int dec = 0, pc = 0;
    for (size_t r = 0; r < t->nrows; r++) {
        const rp_tcell *cell = rp_dtable_cell(t, r, c);
        if (cell->kind == RP_TC_TEXT && rp_dtable_integer_text(cell->text)) {
            years++;
        } else if (cell->kind == RP_TC_TEXT && !mark_text(cell->text) && cell->text[0]) {
            text++;
        } else if (cell->kind == RP_TC_NUM && cell->decimals < 0) {
            years++;
        } else if (cell->kind == RP_TC_NUM) {
            nums++;
            fractional += cell->percent || cell->v != floor(cell->v);
            dec = cell->decimals > dec ? cell->decimals : dec;
            pc |= cell->percent;
            shares += cell->percent != 0;
        }
    }
    if (decimals)
        *decimals = dec;
    if (percent)
        *percent = pc;
    if (text || (!years && !nums))
        return RP_COL_TEXT;
    if (shares && shares == nums && !years)
        return RP_COL_SHARE;
    if (!nums)
        return RP_COL_YEAR;
    return fractional || years ? RP_COL_NUMBER : RP_COL_WHOLE;
}
