/* The tables as one workbook: cover, contents, notes, and an Excel table per sheet. */
#include "reports/workbook.h"
#include "datasets/scan.h"
#include "reports/doc.h"
#include "words/word_publish.h"
#include "words/wording.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <xlsxwriter.h>

#ifndef RP_VERSION
#define RP_VERSION "dev"
#endif

size_t rp_utf16_len(const char *s)
{
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if ((*p & 0xC0) != 0x80)
            n += *p >= 0xF0 ? 2 : 1; /* beyond the BMP: a surrogate pair */
    return n;
}

size_t rp_utf16_cut(const char *s, size_t max)
{
    size_t n = 0, i = 0;
    for (; s[i]; i++) {
        unsigned char c = (unsigned char)s[i];
        if ((c & 0xC0) == 0x80)
            continue;
        size_t w = c >= 0xF0 ? 2 : 1;
        if (n + w > max)
            break;
        n += w;
    }
    return i;
}

/* The number formats of the column types (dtable.h), by decimals shown. */
#define MAX_DEC 6

typedef struct {
    lxw_workbook *wb;
    const rp_monitor *mon;
    rp_lang lang;
    lxw_format *title, *bold, *head, *wrap, *mark, *link;
    lxw_format *num[RP_COL_SHARE + 1][MAX_DEC + 1];
    rp_buf cuts;          /* one note a line for every cell cut to Excel's limit */
    int bad;
} book;

static lxw_format *num_format(book *k, rp_col_type type, int dec)
{
    dec = dec < 0 ? 0 : dec > MAX_DEC ? MAX_DEC : dec;
    if (type == RP_COL_TEXT)
        return NULL;
    if (!k->num[type][dec]) {
        char f[32];
        const char *zeros = ".000000";
        if (type == RP_COL_YEAR)
            snprintf(f, sizeof f, "0");
        else if (type == RP_COL_WHOLE)
            snprintf(f, sizeof f, "#,##0");
        else if (type == RP_COL_SHARE)
            snprintf(f, sizeof f, "0%.*s%%", dec ? dec + 1 : 0, zeros);
        else
            snprintf(f, sizeof f, "#,##0%.*s", dec ? dec + 1 : 0, zeros);
        k->num[type][dec] = workbook_add_format(k->wb);
        format_set_num_format(k->num[type][dec], f);
    }
    return k->num[type][dec];
}

/* Printed (or saved as PDF) on A4, as wide as the page, the header row repeated on each
 * page: a sheet split into strips of columns cannot be read. */
static void print_setup(lxw_worksheet *ws, int landscape, lxw_row_t header)
{
    worksheet_set_paper(ws, 9); /* A4 */
    if (landscape)
        worksheet_set_landscape(ws);
    worksheet_fit_to_pages(ws, 1, 0);
    if (header != (lxw_row_t)-1)
        worksheet_repeat_rows(ws, header, header);
}

/* A string cell, cut to Excel's limit with an ellipsis and a note when longer. */
static void put_text(book *k, lxw_worksheet *ws, const char *sheet, lxw_row_t r, lxw_col_t c,
                     const char *s, lxw_format *f)
{
    size_t units = rp_utf16_len(s);
    if (units <= RP_XLSX_CELL_MAX) {
        k->bad |= worksheet_write_string(ws, r, c, s, f) != LXW_NO_ERROR;
        return;
    }
    char *cut = rp_strfmt("%.*s\u2026", (int)rp_utf16_cut(s, RP_XLSX_CELL_MAX - 1), s);
    char name[32];
    lxw_rowcol_to_cell(name, r, c);
    rp_word_cut_cell(&k->cuts, sheet, name, units, RP_XLSX_CELL_MAX, k->lang);
    rp_buf_putc(&k->cuts, '\n');
    k->bad |= !cut || worksheet_write_string(ws, r, c, cut, f) != LXW_NO_ERROR;
    free(cut);
}

/* How wide a column is read (in characters): its widest cell, and its header's longest word
 * (a header wraps between words, never inside one); at most 60, where text wraps. */
static double column_width(const rp_dtable *t, size_t c, rp_lang lang)
{
    size_t w = 0, run = 0;
    for (const char *p = t->head[c]; ; p++) {
        if (!*p || *p == ' ') {
            w = run > w ? run : w;
            run = 0;
            if (!*p)
                break;
        } else if (((unsigned char)*p & 0xC0) != 0x80) {
            run++;
        }
    }
    for (size_t r = 0; r < t->nrows; r++) {
        rp_buf b;
        rp_buf_init(&b);
        rp_dtable_format(&b, rp_dtable_cell(t, r, c), lang);
        size_t n = rp_utf16_len(rp_buf_str(&b));
        w = n > w ? n : w;
        rp_buf_free(&b);
    }
    return w > 60 ? 60 : w < 6 ? 8 : (double)w + 2;
}

/* The lines a header wraps to in a column of width characters (words kept whole). */
static int header_lines(const char *head, double width)
{
    int lines = 1;
    size_t used = 0, word = 0;
    for (const char *p = head; ; p++) {
        if (!*p || *p == ' ') {
            if (used && used + 1 + word > (size_t)width - 1) {
                lines++;
                used = word;
            } else {
                used += (used ? 1 : 0) + word;
            }
            word = 0;
            if (!*p)
                break;
        } else if (((unsigned char)*p & 0xC0) != 0x80) {
            word++;
        }
    }
    return lines;
}

/* A table's headers as Excel wants them: at most 255 characters, none empty, none twice. */
static char **table_headers(const rp_dtable *t)
{
    char **h = calloc(t->ncols ? t->ncols : 1, sizeof *h);
    for (size_t c = 0; h && c < t->ncols; c++) {
        const char *s = t->head[c] && *t->head[c] ? t->head[c] : "-";
        h[c] = rp_strndup(s, rp_utf16_cut(s, RP_XLSX_HEADER_MAX - 4));
        for (int k = 2; h[c] && k < 1000; k++) {
            int clash = 0;
            for (size_t j = 0; j < c && !clash; j++)
                clash = !strcasecmp(h[j], h[c]);
            if (!clash)
                break;
            char *d = rp_strfmt("%.*s %d", (int)rp_utf16_cut(s, RP_XLSX_HEADER_MAX - 4), s, k);
            free(h[c]);
            h[c] = d;
        }
    }
    return h;
}

static void free_headers(char **h, size_t n)
{
    for (size_t c = 0; h && c < n; c++)
        free(h[c]);
    free(h);
}

/* An Excel table over rows first..last (the header at first), with its name and headers. */
static void add_table(book *k, lxw_worksheet *ws, const char *name, lxw_row_t first,
                      lxw_row_t last, size_t ncols, char **head)
{
    lxw_table_column *cols = calloc(ncols ? ncols : 1, sizeof *cols);
    lxw_table_column **list = calloc(ncols + 1, sizeof *list);
    if (!cols || !list) {
        k->bad = 1;
        free(cols);
        free(list);
        return;
    }
    for (size_t c = 0; c < ncols; c++) {
        cols[c].header = head[c];
        cols[c].header_format = k->head;
        list[c] = &cols[c];
    }
    lxw_table_options opt = {.name = (char *)name, .style_type = LXW_TABLE_STYLE_TYPE_LIGHT,
                             .style_type_number = 1, .columns = list};
    k->bad |= worksheet_add_table(ws, first, 0, last > first ? last : first + 1,
                                  (lxw_col_t)(ncols - 1), &opt) != LXW_NO_ERROR;
    free(cols);
    free(list);
}

/* One cell of a data table, written with its column's format. */
static void data_cell(book *k, lxw_worksheet *ws, const char *sheet, lxw_row_t row,
                      lxw_col_t c, const rp_tcell *cell, rp_col_type type, lxw_format *nf,
                      lxw_format *pf)
{
    char buf[32];
    lxw_format *markf = type == RP_COL_TEXT ? NULL : k->mark;
    switch (cell->kind) {
    case RP_TC_NUM: /* a share in a column of mixed units keeps its percent format */
        k->bad |= worksheet_write_number(ws, row, c, cell->v,
                                         cell->percent && type != RP_COL_SHARE ? pf : nf) !=
                  LXW_NO_ERROR;
        break;
    case RP_TC_TEXT:
        if (rp_dtable_integer_text(cell->text)) /* a year or cohort, also beside "samen" */
            k->bad |= worksheet_write_number(ws, row, c, atof(cell->text),
                                             type == RP_COL_TEXT ? num_format(k, RP_COL_YEAR, 0)
                                                                 : nf) != LXW_NO_ERROR;
        else
            put_text(k, ws, sheet, row, c, cell->text, markf);
        break;
    case RP_TC_MISSING:
        put_text(k, ws, sheet, row, c, cell->text, markf);
        break;
    case RP_TC_SUPPRESSED:
        put_text(k, ws, sheet, row, c, rp_dtable_mark(cell, buf, sizeof buf), markf);
        break;
    default:
        break;
    }
}

/* A table's sheet: its title, the source and its note above it, then the table with a frozen
 * header; no content below or beside it (screen readers read a sheet from A1 down). */
static void table_sheet(book *k, const rp_dtable *t, const char *sheet, size_t index)
{
    lxw_worksheet *ws = workbook_add_worksheet(k->wb, sheet);
    if (!ws) {
        k->bad = 1;
        return;
    }
    lxw_row_t hr = 2;
    put_text(k, ws, sheet, 0, 0, t->title, k->title);
    if (k->mon->source) {
        char *src = rp_strfmt("%s: %s", rp_word_pub(RP_PW_SOURCE, k->lang), k->mon->source);
        put_text(k, ws, sheet, 1, 0, src ? src : "", NULL);
        free(src);
    } else {
        hr = 1;
    }
    if (t->note)
        put_text(k, ws, sheet, hr++, 0, t->note, NULL);
    int lines = 1;
    for (size_t c = 0; c < t->ncols; c++) {
        int dec, pc;
        rp_col_type type = rp_dtable_col_type(t, c, &dec, &pc);
        lxw_format *nf = num_format(k, type, dec), *pf = pc ? num_format(k, RP_COL_SHARE, dec) : nf;
        double w = column_width(t, c, k->lang);
        k->bad |= worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, w,
                                       w >= 60 ? k->wrap : NULL) != LXW_NO_ERROR;
        int hl = header_lines(t->head[c], w);
        lines = hl > lines ? hl : lines;
        for (size_t r = 0; r < t->nrows; r++)
            data_cell(k, ws, sheet, (lxw_row_t)(hr + 1 + r), (lxw_col_t)c,
                      rp_dtable_cell(t, r, c), type, nf, pf);
    }
    char **head = table_headers(t);
    char *name = rp_strfmt("T%zu_%s", index + 1, sheet);
    for (char *p = name; p && *p; p++)
        if (!isalnum((unsigned char)*p))
            *p = '_';
    if (head && name && t->ncols)
        add_table(k, ws, name, hr, (lxw_row_t)(hr + t->nrows), t->ncols, head);
    free(name);
    free_headers(head, t->ncols);
    /* spreadsheets do not grow a row for wrapped text on opening: the header's height is set */
    worksheet_set_row(ws, hr, 15.0 * lines, NULL);
    worksheet_freeze_panes(ws, hr + 1, 1);
    print_setup(ws, t->ncols > 5, hr);
}

static void cover_sheet(book *k, lxw_worksheet *ws, long long epoch)
{
    const rp_monitor *m = k->mon;
    worksheet_set_column(ws, 0, 0, 16, k->bold);
    worksheet_set_column(ws, 1, 1, 90, k->wrap);
    print_setup(ws, 1, (lxw_row_t)-1);
    put_text(k, ws, "cover", 0, 0, m->title ? m->title : "", k->title);
    rp_doc d = {.lang = k->lang, .epoch = epoch};
    rp_buf date;
    rp_buf_init(&date);
    rp_doc_date(&d, &date);
    const char *rows[][2] = {{rp_word_pub(RP_PW_ORGANISATION, k->lang), m->organisation},
                             {rp_word_pub(RP_PW_PUBLISHED, k->lang), rp_buf_str(&date)},
                             {rp_word_pub(RP_PW_SOURCE, k->lang), m->source},
                             {rp_word_pub(RP_PW_CONTACT, k->lang), m->author}};
    lxw_row_t r = 2;
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++)
        if (rows[i][1]) {
            put_text(k, ws, "cover", r, 0, rows[i][0], k->bold);
            put_text(k, ws, "cover", r++, 1, rows[i][1], k->wrap);
        }
    if (m->illustrative)
        put_text(k, ws, "cover", ++r, 0, rp_word_pub(RP_PW_ILLUSTRATIVE, k->lang), k->bold);
    char *made = rp_strfmt("%s %s", rp_word_pub(RP_PW_MADE_WITH, k->lang), RP_VERSION);
    put_text(k, ws, "cover", r + 2, 0, made ? made : "", NULL);
    free(made);
    rp_buf_free(&date);
}

static void contents_sheet(book *k, lxw_worksheet *ws, const rp_tables *ts, char (*names)[32])
{
    worksheet_set_column(ws, 0, 0, 32, NULL);
    worksheet_set_column(ws, 1, 1, 70, k->wrap);
    worksheet_set_column(ws, 2, 2, 60, k->wrap);
    print_setup(ws, 1, 3);
    put_text(k, ws, "contents", 0, 0, rp_word_pub(RP_PW_CONTENTS, k->lang), k->title);
    put_text(k, ws, "contents", 1, 0, rp_word_pub(RP_PW_CONTENTS_INTRO, k->lang), NULL);
    for (size_t i = 0; i < ts->n; i++) {
        char *url = rp_strfmt("internal:'%s'!A1", names[i]);
        k->bad |= !url || worksheet_write_url_opt(ws, (lxw_row_t)(4 + i), 0, url, k->link,
                                                  names[i], NULL) != LXW_NO_ERROR;
        free(url);
        put_text(k, ws, "contents", (lxw_row_t)(4 + i), 1, ts->t[i]->title, k->wrap);
        if (ts->t[i]->note)
            put_text(k, ws, "contents", (lxw_row_t)(4 + i), 2, ts->t[i]->note, k->wrap);
    }
    char *head[] = {(char *)rp_word_pub(RP_PW_SHEET, k->lang),
                    (char *)rp_word_pub(RP_PW_TABLE, k->lang),
                    (char *)rp_word_pub(RP_PW_NOTE, k->lang)};
    add_table(k, ws, "contents", 3, (lxw_row_t)(3 + ts->n), 3, head);
    worksheet_freeze_panes(ws, 4, 0);
}

/* The notes: what the tables' symbols mean, their units and sources, every table's note and
 * every cell cut to Excel's limit. Written last, when the cuts are known. */
static void notes_sheet(book *k, lxw_worksheet *ws, const rp_tables *ts, char (*names)[32])
{
    rp_lang l = k->lang;
    worksheet_set_column(ws, 0, 0, 32, NULL);
    worksheet_set_column(ws, 1, 1, 90, k->wrap);
    print_setup(ws, 1, (lxw_row_t)-1);
    put_text(k, ws, "notes", 0, 0, rp_word_pub(RP_PW_NOTES, l), k->title);
    const char *lines[] = {rp_word_pub(RP_PW_NOTES_INTRO, l), rp_word_pub(RP_PW_SHARES, l),
                           rp_word_pub(RP_PW_NUMBERS_AS_NUMBERS, l),
                           rp_word_pub(RP_PW_CSV_FILES, l)};
    lxw_row_t r = 1;
    for (size_t i = 0; i < sizeof lines / sizeof *lines; i++)
        put_text(k, ws, "notes", r++, 0, lines[i], NULL);
    if (k->mon->source) {
        char *src = rp_strfmt("%s: %s", rp_word_pub(RP_PW_SOURCE, l), k->mon->source);
        put_text(k, ws, "notes", r++, 0, src ? src : "", NULL);
        free(src);
    }
    lxw_row_t top = ++r;
    rp_buf b;
    rp_buf_init(&b);
    const char *sym[] = {k->mon->missing ? k->mon->missing : ".", rp_word_hidden_sign(), "p", "e",
                         "r", "b", "**"};
    for (size_t i = 0; i < sizeof sym / sizeof *sym; i++) {
        if (i == 1 && k->mon->suppress_below < 2)
            continue;
        rp_buf_clear(&b);
        if (i == 0)
            rp_word_mark_missing(&b, l);
        else if (i == 1)
            rp_word_mark_hidden(&b, k->mon->suppress_below, l);
        else if (i < 5)
            rp_buf_puts(&b, rp_word_flag(i == 2 ? RP_FLAG_P : i == 3 ? RP_FLAG_E : RP_FLAG_R, l));
        else if (i == 6)
            rp_buf_puts(&b, rp_word_flag(RP_FLAG_P | RP_FLAG_R, l));
        else
            rp_buf_puts(&b, rp_word_pub(RP_PW_FLAG_B, l));
        put_text(k, ws, "notes", ++r, 0, sym[i], NULL);
        put_text(k, ws, "notes", r, 1, rp_buf_str(&b), k->wrap);
    }
    rp_buf_free(&b);
    char *head[] = {(char *)rp_word_pub(RP_PW_SYMBOL, l), (char *)rp_word_pub(RP_PW_MEANING, l)};
    add_table(k, ws, "symbols", top, r, 2, head);
    /* each table's note, then the cells cut to Excel's limit */
    lxw_row_t first = r + 2, row = first;
    for (size_t i = 0; i < ts->n; i++)
        if (ts->t[i]->note) {
            put_text(k, ws, "notes", ++row, 0, names[i], NULL);
            put_text(k, ws, "notes", row, 1, ts->t[i]->note, k->wrap);
        }
    char *cuts = rp_strdup(rp_buf_str(&k->cuts)), *save = NULL;
    /* strtok_r: the workbook is written beside the documents (reports/publish.c) */
    for (char *line = cuts ? strtok_r(cuts, "\n", &save) : NULL; line;
         line = strtok_r(NULL, "\n", &save)) {
        put_text(k, ws, "notes", ++row, 0, rp_word_pub(RP_PW_NOTE, l), NULL);
        put_text(k, ws, "notes", row, 1, line, k->wrap);
    }
    free(cuts);
    char *head2[] = {(char *)rp_word_pub(RP_PW_SHEET, l), (char *)rp_word_pub(RP_PW_NOTE, l)};
    if (row > first)
        add_table(k, ws, "table_notes", first, row, 2, head2);
}

/* Sheet names are unique without regard to case, at most 31 characters (Excel's rules), and
 * none is the cover's, the contents' or the notes': a clash gets ~2, ~3, ... at its end. */
static void sheet_names(const rp_tables *ts, char (*names)[32], const char *const *taken)
{
    for (size_t i = 0; i < ts->n; i++) {
        snprintf(names[i], 32, "%s", ts->t[i]->name);
        for (int k = 2; k < 10000; k++) {
            int clash = 0;
            for (size_t j = 0; j < i && !clash; j++)
                clash = !strcasecmp(names[i], names[j]);
            for (size_t j = 0; j < 3 && !clash; j++)
                clash = !strcasecmp(names[i], taken[j]);
            if (!clash)
                break;
            char suffix[8];
            int w = snprintf(suffix, sizeof suffix, "~%d", k);
            snprintf(names[i], 32, "%.*s%s", 31 - w, ts->t[i]->name, suffix);
        }
    }
}

static void formats(book *k)
{
    k->title = workbook_add_format(k->wb);
    format_set_bold(k->title);
    format_set_font_size(k->title, 14);
    k->bold = workbook_add_format(k->wb);
    format_set_bold(k->bold);
    format_set_align(k->bold, LXW_ALIGN_VERTICAL_TOP);
    k->head = workbook_add_format(k->wb);
    format_set_bold(k->head);
    format_set_text_wrap(k->head);
    format_set_align(k->head, LXW_ALIGN_VERTICAL_TOP);
    k->wrap = workbook_add_format(k->wb);
    format_set_text_wrap(k->wrap);
    format_set_align(k->wrap, LXW_ALIGN_VERTICAL_TOP);
    k->mark = workbook_add_format(k->wb);
    format_set_align(k->mark, LXW_ALIGN_RIGHT);
    k->link = workbook_add_format(k->wb);
    format_set_underline(k->link, LXW_UNDERLINE_SINGLE);
    format_set_font_color(k->link, 0x0563C1);
}

int rp_workbook_write(const rp_tables *ts, const char *path, const char *tmpdir,
                      const rp_monitor *mon, long long epoch, char *err, size_t n)
{
    /* libxlsxwriter writes its parts as temporary files: in the staging folder, not /tmp,
     * so that a full /tmp cannot give a workbook of empty parts */
    lxw_workbook_options opt = {0};
    opt.tmpdir = (char *)tmpdir;
    char (*names)[32] = calloc(ts->n ? ts->n : 1, sizeof *names);
    book k = {.mon = mon, .lang = mon->lang};
    k.wb = names ? workbook_new_opt(path, &opt) : NULL;
    if (!k.wb) {
        snprintf(err, n, "cannot write %s", path);
        free(names);
        return -1;
    }
    rp_buf_init(&k.cuts);
    const char *taken[] = {rp_word_pub(RP_PW_COVER, k.lang), rp_word_pub(RP_PW_CONTENTS, k.lang),
                           rp_word_pub(RP_PW_NOTES, k.lang)};
    sheet_names(ts, names, taken);
    lxw_doc_properties props = {0};
    props.title = mon->title;
    props.author = mon->author ? mon->author : "rapporteur";
    props.company = mon->organisation;
    props.created = (time_t)(epoch > 0 ? epoch : 1);
    workbook_set_properties(k.wb, &props);
    formats(&k);
    lxw_worksheet *cover = workbook_add_worksheet(k.wb, taken[0]);
    lxw_worksheet *contents = workbook_add_worksheet(k.wb, taken[1]);
    lxw_worksheet *notes = workbook_add_worksheet(k.wb, taken[2]);
    k.bad |= !cover || !contents || !notes;
    if (!k.bad) {
        cover_sheet(&k, cover, epoch);
        contents_sheet(&k, contents, ts, names);
        for (size_t i = 0; i < ts->n; i++)
            table_sheet(&k, ts->t[i], names[i], i);
        notes_sheet(&k, notes, ts, names);
    }
    int r = workbook_close(k.wb) == LXW_NO_ERROR && !k.bad && !rp_buf_failed(&k.cuts) ? 0 : -1;
    if (r)
        snprintf(err, n, "cannot write %s", path);
    rp_buf_free(&k.cuts);
    free(names);
    return r;
}
