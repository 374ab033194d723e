/* Strict parsing of the cell values staff export: integers, decimals and dates. */
#include "base/value.h"

#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

static const char *skip_space(const char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    return s;
}

static int only_space(const char *s) { return *skip_space(s) == '\0'; }

int rp_parse_long(const char *s, long *out)
{
    /* plain digits (years, counts) are nearly every call: no strtol for them */
    long v = 0;
    int i = 0;
    for (; i < 18 && s[i] >= '0' && s[i] <= '9'; i++)
        v = v * 10 + (s[i] - '0');
    if (i > 0 && s[i] == '\0') {
        *out = v;
        return 0;
    }
    s = skip_space(s);
    const char *p = s;
    if (*p == '+' || *p == '-')
        p++;
    if (*p < '0' || *p > '9')
        return -1;
    errno = 0;
    char *end;
    v = strtol(s, &end, 10);
    if (!only_space(end))
        return -1;
    if (errno == ERANGE)
        return -2;
    *out = v;
    return 0;
}

/* Copies s into buf with the decimal separator as '.', and checks the shape
 * [sign] digits [sep digits] [e [sign] digits] so that strtod sees nothing it would
 * interpret beyond a plain decimal number. */
static int normalise_number(const char *s, char decimal, char *buf, size_t cap)
{
    size_t n = 0;
    const char *p = s;
    int digits = 0;
    if (*p == '+' || *p == '-')
        buf[n++] = *p++;
    for (; *p >= '0' && *p <= '9' && n < cap - 1; p++, digits++)
        buf[n++] = *p;
    if (*p == decimal && n < cap - 1) {
        buf[n++] = '.';
        for (p++; *p >= '0' && *p <= '9' && n < cap - 1; p++, digits++)
            buf[n++] = *p;
    }
    if (!digits)
        return -1;
    if ((*p == 'e' || *p == 'E') && n < cap - 1) {
        buf[n++] = *p++;
        if ((*p == '+' || *p == '-') && n < cap - 1)
            buf[n++] = *p++;
        if (*p < '0' || *p > '9')
            return -1;
        for (; *p >= '0' && *p <= '9' && n < cap - 1; p++)
            buf[n++] = *p;
    }
    if (n >= cap - 1 || !only_space(p))
        return -1;
    buf[n] = '\0';
    return 0;
}

int rp_parse_double(const char *s, char decimal, double *out)
{
    char buf[128];
    s = skip_space(s);
    if (normalise_number(s, decimal, buf, sizeof buf))
        return -1;
    errno = 0;
    char *end;
    double v = strtod(buf, &end);
    if (*end != '\0' || !isfinite(v))
        return -1;
    *out = v;
    return 0;
}

/* Copies s into buf without its thousands separators (`group`), which must each be followed
 * by exactly three digits after one to three leading digits that do not start with 0, and
 * may not follow the decimal sign or come with an exponent. Returns 1 when s had separators
 * (and buf holds the number), 0 when it had none, -3 when they do not group thousands, -1
 * when s is no number at all (text with a point in it). */
static int ungroup(const char *s, char group, char *buf, size_t cap)
{
    if (!strchr(s, group))
        return 0;
    if (s[strspn(s, "0123456789.,+- \t")])
        return -1;
    const char *p = s;
    size_t n = 0;
    if (*p == '+' || *p == '-')
        buf[n++] = *p++;
    size_t lead = strspn(p, "0123456789");
    if (lead < 1 || lead > 3 || p[lead] != group || p[0] == '0')
        return -3;
    memcpy(buf + n, p, lead);
    n += lead;
    p += lead;
    while (*p == group) {
        if (strspn(p + 1, "0123456789") != 3 || n + 4 >= cap)
            return -3;
        memcpy(buf + n, p + 1, 3);
        n += 3;
        p += 4;
    }
    if (strchr(p, group) || strpbrk(p, "eE") || n + strlen(p) >= cap)
        return -3;
    strcpy(buf + n, p);
    return 1;
}

int rp_parse_grouped(const char *s, char decimal, double *out)
{
    char buf[128];
    s = skip_space(s);
    int g = ungroup(s, decimal == ',' ? '.' : ',', buf, sizeof buf);
    if (g < 0)
        return g == -3 ? RP_NUM_GROUPS : RP_NUM_BAD;
    return rp_parse_double(g ? buf : s, decimal, out) ? RP_NUM_BAD : RP_NUM_OK;
}

int rp_parse_count(const char *s, char decimal, long *out)
{
    int r = rp_parse_long(s, out);
    if (r == 0 || r == -2)
        return r == 0 ? RP_NUM_OK : RP_NUM_RANGE;
    char buf[128];
    double x;
    s = skip_space(s);
    if (strchr(s, decimal) && rp_parse_grouped(s, decimal, &x) == RP_NUM_OK)
        return RP_NUM_FRACTION;
    int g = ungroup(s, decimal == ',' ? '.' : ',', buf, sizeof buf);
    if (g < 0)
        return g == -3 ? RP_NUM_GROUPS : RP_NUM_BAD;
    if (g == 0)
        return RP_NUM_BAD;
    r = rp_parse_long(buf, out);
    return r == 0 ? RP_NUM_OK : r == -2 ? RP_NUM_RANGE : RP_NUM_BAD;
}

/* Howard Hinnant's days_from_civil, "chrono-Compatible Low-Level Date Algorithms" (2013). */
long rp_days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

void rp_civil_from_days(long z, int *y, int *m, int *d)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    *d = (int)(doy - (153 * mp + 2) / 5 + 1);
    *m = (int)(mp < 10 ? mp + 3 : mp - 9);
    *y = (int)(yoe + era * 400 + (*m <= 2));
}

static int days_in_month(int y, int m)
{
    static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return m == 2 ? 28 + leap : dm[m - 1];
}

static int digits(const char *s, int n, int *v)
{
    *v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        *v = *v * 10 + (s[i] - '0');
    }
    return 0;
}

int rp_parse_date(const char *s, long *days)
{
    s = skip_space(s);
    int y, m, d;
    if (strlen(s) < 10 || !only_space(s + 10))
        return -1;
    if (s[4] == '-' && s[7] == '-') {
        if (digits(s, 4, &y) || digits(s + 5, 2, &m) || digits(s + 8, 2, &d))
            return -1;
    } else if (s[2] == '-' && s[5] == '-') {
        if (digits(s, 2, &d) || digits(s + 3, 2, &m) || digits(s + 6, 4, &y))
            return -1;
    } else {
        return -1;
    }
    if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
        return -1;
    *days = rp_days_from_civil(y, m, d);
    return 0;
}

/* Unicode 15, section 23.7: U+FDD0..U+FDEF and the last two code points of every plane
 * (U+FFFE, U+FFFF, U+1FFFE, ... U+10FFFF). */
unsigned long rp_utf8_nonchar(const unsigned char *s, size_t n)
{
    size_t len = n ? rp_utf8_len(s[0]) : 0;
    if (len < 3 || len > n)
        return 0;
    unsigned long cp = s[0] & (len == 3 ? 0x0F : 0x07);
    for (size_t k = 1; k < len; k++) {
        if (s[k] < 0x80 || s[k] > 0xBF)
            return 0;
        cp = cp << 6 | (s[k] & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)))
        return 0; /* overlong or out of range: broken, not a noncharacter */
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE ? cp : 0;
}

size_t rp_utf8_chars(const unsigned char *s, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += (s[i] & 0xC0) != 0x80;
    return k;
}

size_t rp_utf8_len(unsigned char c)
{
    return c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
           : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
}

/* Unicode 15, table 3-7 (well-formed UTF-8 byte sequences). */
size_t rp_utf8_check(const unsigned char *s, size_t n)
{
    size_t i = 0;
    while (i < n) {
        /* ASCII runs without NUL dominate real files: skip them eight bytes at a time (a
         * word has a zero byte when (w - 0x01..) & ~w & 0x80.. is nonzero) */
        while (i + 8 <= n) {
            unsigned long long w;
            memcpy(&w, s + i, 8);
            if ((w & 0x8080808080808080ULL) ||
                ((w - 0x0101010101010101ULL) & ~w & 0x8080808080808080ULL))
                break;
            i += 8;
        }
        if (i >= n)
            break;
        unsigned char c = s[i];
        if (c == 0)
            return i;
        if (c < 0x80) {
            i++;
            continue;
        }
        size_t len;
        unsigned char lo = 0x80, hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF)
            len = 2;
        else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (c == 0xE0)
                lo = 0xA0;
            if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (c == 0xF0)
                lo = 0x90;
            if (c == 0xF4)
                hi = 0x8F;
        } else
            return i;
        if (i + len > n)
            return i;
        if (s[i + 1] < lo || s[i + 1] > hi)
            return i;
        for (size_t k = 2; k < len; k++)
            if (s[i + k] < 0x80 || s[i + k] > 0xBF)
                return i;
        if (len > 2 && rp_utf8_nonchar(s + i, len))  /* s[i..i+len) is well-formed */
            return i;
        i += len;
    }
    return n;
}

int rp_natural_cmp(const char *a, const char *b)
{
    double x, y;
    int na = rp_parse_double(a, '.', &x) == 0, nb = rp_parse_double(b, '.', &y) == 0;
    if (na && nb && x != y)
        return x < y ? -1 : 1;
    if (na != nb)
        return na ? -1 : 1;
    return strcmp(a, b);
}
