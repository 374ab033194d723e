/* Numbers for people in Dutch or English conventions. */
#include "words/numfmt.h"
#include "datasets/project.h"

#include <math.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

int rp_fmt_num(rp_buf *b, double v, int decimals, rp_lang lang)
{
    if (isnan(v))
        return rp_buf_puts(b, "-");
    if (decimals < 0)
        decimals = 0;
    if (decimals > 10)
        decimals = 10;
    char raw[64];
    snprintf(raw, sizeof raw, "%.*f", decimals, fabs(v));
    /* "-0" and "-0,0" read as noise: a value that rounds to zero has no sign */
    int zero = strspn(raw, "0.") == strlen(raw);
    char thousands = lang == RP_LANG_NL ? '.' : ',', point = lang == RP_LANG_NL ? ',' : '.';
    const char *dot = strchr(raw, '.');
    size_t int_len = dot ? (size_t)(dot - raw) : strlen(raw);
    int r = 0;
    if (v < 0 && !zero)
        r |= rp_buf_putc(b, '-');
    for (size_t i = 0; i < int_len; i++) {
        if (i && (int_len - i) % 3 == 0)
            r |= rp_buf_putc(b, thousands);
        r |= rp_buf_putc(b, raw[i]);
    }
    if (dot) {
        r |= rp_buf_putc(b, point);
        r |= rp_buf_puts(b, dot + 1);
    }
    return r;
}

int rp_fmt_auto_decimals(double v)
{
    double a = fabs(v);
    if (!isfinite(a) || a >= 100 || a == 0)
        return 0;
    if (a >= 10)
        return 1;
    if (a >= 1)
        return 2;
    int d = 2 - (int)floor(log10(a));
    return d > 6 ? 6 : d;
}

int rp_fmt_pct(rp_buf *b, double fraction, int decimals, rp_lang lang)
{
    if (isnan(fraction))
        return rp_buf_puts(b, "-");
    int r = rp_fmt_num(b, 100 * fraction, decimals, lang);
    return r | rp_buf_putc(b, '%');
}

int rp_fmt_signed(rp_buf *b, double v, int decimals, rp_lang lang)
{
    if (isnan(v))
        return rp_buf_puts(b, "-");
    char probe[64];
    snprintf(probe, sizeof probe, "%.*f", decimals, fabs(v));
    int zero = strspn(probe, "0.") == strlen(probe);
    int r = v > 0 && !zero ? rp_buf_putc(b, '+') : 0;
    return r | rp_fmt_num(b, v, decimals, lang);
}

int rp_fmt_change(rp_buf *b, double percent, int decimals, rp_lang lang)
{
    int r = rp_fmt_signed(b, percent, decimals, lang);
    return isnan(percent) ? r : r | rp_buf_putc(b, '%');
}

char *rp_fmt_numstr(double v, int decimals, rp_lang lang)
{
    rp_buf b;
    rp_buf_init(&b);
    if (rp_fmt_num(&b, v, decimals, lang)) {
        rp_buf_free(&b);
        return NULL;
    }
    return rp_buf_steal(&b);
}

int rp_fmt_date(rp_buf *b, long long epoch, rp_lang lang)
{
    static const char *const nl[] = {"januari", "februari", "maart", "april", "mei", "juni",
                                     "juli", "augustus", "september", "oktober", "november",
                                     "december"};
    static const char *const en[] = {"January", "February", "March", "April", "May", "June",
                                     "July", "August", "September", "October", "November",
                                     "December"};
    struct tm tm;
    rp_epoch_tm(epoch, &tm);
    return rp_buf_printf(b, "%d %s %d", tm.tm_mday, (lang == RP_LANG_NL ? nl : en)[tm.tm_mon],
                         tm.tm_year + 1900);
}

const char *rp_fmt_lang_tag(rp_lang lang) { return lang == RP_LANG_NL ? "nl-NL" : "en-GB"; }
const char *rp_fmt_lang_code(rp_lang lang) { return lang == RP_LANG_NL ? "nl" : "en"; }
const char *rp_fmt_decimal_sign(rp_lang lang) { return lang == RP_LANG_NL ? "," : "."; }
const char *rp_fmt_list_separator(rp_lang lang) { return lang == RP_LANG_NL ? ";" : ","; }
