/* Escaped text for XML 1.0. */
#include "base/xmltext.h"

void rp_xml_text(rp_buf *b, const char *text)
{
    for (const unsigned char *s = (const unsigned char *)(text ? text : ""); *s; s++) {
        if (*s < 0x20 && *s != '\t' && *s != '\n' && *s != '\r')
            continue;
        if (s[0] == 0xEF && s[1] == 0xBF && (s[2] == 0xBE || s[2] == 0xBF)) {
            s += 2;
            continue;
        }
        switch (*s) {
        case '&': rp_buf_puts(b, "&amp;"); break;
        case '<': rp_buf_puts(b, "&lt;"); break;
        case '>': rp_buf_puts(b, "&gt;"); break;
        case '"': rp_buf_puts(b, "&quot;"); break;
        case '\'': rp_buf_puts(b, "&#39;"); break;
        default: rp_buf_putc(b, (char)*s);
        }
    }
}
