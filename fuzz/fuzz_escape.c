/* libFuzzer harness: text from data through every escaping on its way out (gnuplot strings
 * and datablock cells, HTML text, SVG inlining, CSV cells), checking that what comes out is
 * inert: no way to end a gnuplot string or command, open an HTML tag, or start a formula.
 * PDF text needs no harness of its own: pango gets it with pango_layout_set_text, never as
 * markup. */
#include "plots/gpquote.h"
#include "base/csvwrite.h"
#include "reports/html.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n);

static int control(unsigned char c) { return c < 0x20 || c == 0x7f; }

static void gnuplot(const char *text)
{
    rp_buf b;
    rp_buf_init(&b);
    rp_gp_string(&b, text);
    /* a single-quoted string: quotes come in pairs inside, no control character */
    if (b.len < 2 || b.data[0] != '\'' || b.data[b.len - 1] != '\'')
        abort();
    for (size_t i = 1; i + 1 < b.len; i++) {
        if (control((unsigned char)b.data[i]))
            abort();
        if (b.data[i] == '\'') {
            if (b.data[i + 1] != '\'' || i + 2 >= b.len)
                abort();
            i++;
        }
    }
    rp_buf_clear(&b);
    rp_gp_clean(&b, text);
    for (size_t i = 0; i < b.len; i++)
        if (control((unsigned char)b.data[i]))
            abort();
    rp_buf_free(&b);
}

static void html(const char *text)
{
    rp_buf b;
    rp_buf_init(&b);
    rp_html_escape(&b, text);
    if (strpbrk(b.data ? b.data : "", "<>\"'"))
        abort();
    rp_buf_free(&b);
    free(rp_html_inline_svg(text, "c1"));
}

static void csv(const char *text)
{
    char *out = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&out, &len);
    if (!f)
        return;
    rp_csvw w;
    rp_csvw_init(&w, f, ';', ',');
    rp_csvw_text(&w, text);
    rp_csvw_end(&w);
    fclose(f);
    const char *cell = out[0] == '"' ? out + 1 : out;
    if (strchr("=+-@\t\r", cell[0]) && cell[0])
        abort(); /* a spreadsheet would evaluate it */
    free(out);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t n)
{
    char *text = malloc(n + 1);
    if (!text)
        return 0;
    memcpy(text, data, n);
    text[n] = '\0';
    gnuplot(text);
    html(text);
    csv(text);
    free(text);
    return 0;
}
