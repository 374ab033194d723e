/* Numbers for people: thousands separators and the decimal sign of the project's language
 * (nl: 1.234,5; en: 1,234.5). Files and pipes never use these: they keep '.' (reports/). */
#ifndef RP_NUMFMT_H
#define RP_NUMFMT_H

#include "base/buf.h"
#include "base/lang.h"

/* Appends v with a fixed number of decimals; NaN as "-". Returns 0 or -1 (memory). */
int rp_fmt_num(rp_buf *b, double v, int decimals, rp_lang lang);
/* Decimals that show about three significant digits (0 from 100 up). */
int rp_fmt_auto_decimals(double v);
/* A fraction as a percentage: 0.243 -> "24,3%" (nl) / "24.3%" (en). */
int rp_fmt_pct(rp_buf *b, double fraction, int decimals, rp_lang lang);
/* A signed number: +3,5 / -3,5 / 0,0 (no sign when it rounds to zero). */
int rp_fmt_signed(rp_buf *b, double v, int decimals, rp_lang lang);
/* A signed percentage change: +3,5% / -3,5%. */
int rp_fmt_change(rp_buf *b, double percent, int decimals, rp_lang lang);
/* A date as people write it: "30 juni 2024" / "30 June 2024" (UTC). */
int rp_fmt_date(rp_buf *b, long long epoch, rp_lang lang);
/* The language as documents name it: "nl-NL" / "en-GB" (tag), "nl" / "en" (code); the
 * decimal sign and the list separator of its number format. Static strings. */
const char *rp_fmt_lang_tag(rp_lang lang);
const char *rp_fmt_lang_code(rp_lang lang);
const char *rp_fmt_decimal_sign(rp_lang lang);
const char *rp_fmt_list_separator(rp_lang lang);
/* Convenience: a new string with rp_fmt_num's text; caller frees. */
char *rp_fmt_numstr(double v, int decimals, rp_lang lang);

#endif
