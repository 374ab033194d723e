/* Messages for number cells refused under their file's decimal convention. */
#include "datasets/numcell.h"
#include "base/value.h"

#include <stdio.h>
#include <string.h>

/* The convention of a file, for a parenthesis, in d's language. */
static const char *convention(const rp_diag *d, char decimal)
{
    return rp_diag_text(d, decimal == ',' ? "in this file the comma is the decimal sign and a "
                                            "point groups thousands, in threes as in 1.372"
                                          : "in this file the point is the decimal sign and a "
                                            "comma groups thousands, in threes as in 1,372");
}

/* "comma" or "point", in d's language. */
static const char *sign_name(const rp_diag *d, char sign)
{
    return rp_diag_text(d, sign == ',' ? "comma" : "point");
}

/* Whether s is one to three digits, the sign c and three digits: "1,372" (a thousands
 * separator that is the file's decimal sign). */
static int looks_grouped(const char *s, char c)
{
    s += strspn(s, " \t");
    size_t lead = strspn(s, "0123456789");
    return lead >= 1 && lead <= 3 && s[0] != '0' && s[lead] == c &&
           strspn(s + lead + 1, "0123456789") == 3 && !s[lead + 4 + strspn(s + lead + 4, " \t")];
}

void rp_numcell_count_error(rp_diag *d, const char *file, long line, long col, const char *name,
                            const char *s, int code, char decimal, const char *expected)
{
    char group = decimal == ',' ? '.' : ',';
    if (code == RP_NUM_FRACTION && looks_grouped(s, decimal)) {
        /* 1,372 under a decimal comma: one and a fraction, or a thousand and more */
        char whole[16];
        size_t lead = strspn(s + strspn(s, " \t"), "0123456789");
        const char *p = s + strspn(s, " \t");
        snprintf(whole, sizeof whole, "%.*s%.3s", (int)lead, p, p + lead + 1);
        rp_diag_error(d, file, line, col, "%s \"%s\" is not a whole number (%s); expected %s, "
                      "such as %s or %.*s%c%.3s", name, s, convention(d, decimal),
                      rp_diag_text(d, expected), whole, (int)lead, p, group, p + lead + 1);
    } else if (code == RP_NUM_FRACTION) {
        rp_diag_error(d, file, line, col, "%s \"%s\" is not a whole number (the %s is this "
                      "file's decimal sign); expected %s", name, s, sign_name(d, decimal),
                      rp_diag_text(d, expected));
    } else if (code == RP_NUM_GROUPS) {
        rp_diag_error(d, file, line, col, "%s \"%s\" is not a whole number (%s); expected %s",
                      name, s, convention(d, decimal), rp_diag_text(d, expected));
    } else {
        rp_diag_error(d, file, line, col, "%s \"%s\" is not a whole number; expected %s", name,
                      s, rp_diag_text(d, expected));
    }
}

void rp_numcell_groups_error(rp_diag *d, const char *file, long line, long col,
                             const char *name, const char *s, char decimal)
{
    char group = decimal == ',' ? '.' : ',';
    /* one separator and no decimal sign: the number meant with decimals, as the file
     * writes them */
    const char *sep = strchr(s, group);
    if (sep && !strchr(sep + 1, group) && !strchr(s, decimal) && strlen(s) < 64) {
        char swapped[64];
        snprintf(swapped, sizeof swapped, "%s", s);
        swapped[sep - s] = decimal;
        rp_diag_error(d, file, line, col, "%s \"%s\" is not a number (%s); expected %s, or "
                      "decimal = %c for the dataset in monitor.ini when the whole file writes "
                      "decimals with a %s", name, s, convention(d, decimal), swapped, group,
                      sign_name(d, group));
        return;
    }
    rp_diag_error(d, file, line, col, "%s \"%s\" is not a number (%s); expected a number as "
                  "the file writes them, such as %s", name, s, convention(d, decimal),
                  rp_diag_text(d, decimal == ',' ? "1.600,25 or 0,174" : "1,600.25 or 0.174"));
}

const char *rp_numcell_format(double x, char decimal, char *buf, size_t n)
{
    snprintf(buf, n, "%.10g", x);
    char *dot = strchr(buf, '.');
    if (dot)
        *dot = decimal;
    return buf;
}
