/* Text from data on its way to gnuplot. */
#include "plots/gpquote.h"

static int is_control(unsigned char c) { return c < 0x20 || c == 0x7f; }

/* Bytes of a UTF-8 noncharacter at s (U+FDD0..U+FDEF, U+xFFFE and U+xFFFF), which XML and
 * so librsvg refuse in an SVG; 0 when s starts none. */
static int nonchar(const unsigned char *s)
{
    if (s[0] == 0xef && s[1] == 0xb7 && s[2] >= 0x90 && s[2] <= 0xaf)
        return 3;
    if (s[0] == 0xef && s[1] == 0xbf && (s[2] == 0xbe || s[2] == 0xbf))
        return 3;
    if (s[0] >= 0xf0 && s[0] <= 0xf4 && s[1] && (s[1] & 0x0f) == 0x0f && s[2] == 0xbf &&
        (s[3] == 0xbe || s[3] == 0xbf))
        return 4;
    return 0;
}

/* Bytes at s that never reach gnuplot: a control character or a noncharacter; 0 to keep. */
static int dropped(const unsigned char *s)
{
    return is_control(*s) ? 1 : nonchar(s);
}

/* Text as gnuplot 5.4 reads it back unchanged: single-quoted pieces joined by "'" with the
 * string operator (a doubled quote works inside a single-quoted string but not at its start,
 * where two quotes are read as an empty string), control characters and XML noncharacters
 * dropped, and "]]>" broken, which an SVG may not hold in text. */
void rp_gp_string(rp_buf *b, const char *text)
{
    const unsigned char *s = (const unsigned char *)(text ? text : "");
    int open = 0, pieces = 0;
    for (; *s; s++) {
        int skip = dropped(s);
        if (skip) {
            s += skip - 1;
            continue;
        }
        if (*s == '\'') {
            rp_buf_puts(b, open ? "'.\"'\"" : pieces ? ".\"'\"" : "\"'\"");
            open = 0;
            pieces++;
            continue;
        }
        if (!open) {
            rp_buf_puts(b, pieces ? ".'" : "'");
            open = 1;
            pieces++;
        }
        rp_buf_putc(b, (char)*s);
        if (s[0] == ']' && s[1] == ']' && s[2] == '>')
            rp_buf_putc(b, ' ');
    }
    if (open)
        rp_buf_putc(b, '\'');
    if (!pieces)
        rp_buf_puts(b, "''");
}

void rp_gp_clean(rp_buf *b, const char *text)
{
    for (const unsigned char *s = (const unsigned char *)(text ? text : ""); *s; s++) {
        int skip = dropped(s);
        if (skip) {
            s += skip - 1;
            continue;
        }
        rp_buf_putc(b, (char)*s);
        if (s[0] == ']' && s[1] == ']' && s[2] == '>')
            rp_buf_putc(b, ' ');
    }
}

int rp_gp_path_ok(const char *path)
{
    if (!path || !*path || path[0] == '|')
        return 0;
    for (const unsigned char *s = (const unsigned char *)path; *s; s++)
        if (is_control(*s))
            return 0;
    return 1;
}
