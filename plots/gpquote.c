/* Text from data on its way to gnuplot. */
#include "plots/gpquote.h"

static int is_control(unsigned char c) { return c < 0x20 || c == 0x7f; }

void rp_gp_string(rp_buf *b, const char *text)
{
    rp_buf_putc(b, '\'');
    for (const unsigned char *s = (const unsigned char *)(text ? text : ""); *s; s++) {
        if (is_control(*s))
            continue;
        if (*s == '\'')
            rp_buf_putc(b, '\'');
        rp_buf_putc(b, (char)*s);
    }
    rp_buf_putc(b, '\'');
}

void rp_gp_clean(rp_buf *b, const char *text)
{
    for (const unsigned char *s = (const unsigned char *)(text ? text : ""); *s; s++)
        if (!is_control(*s))
            rp_buf_putc(b, (char)*s);
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
