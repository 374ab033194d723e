/* Strict parsing of the cell values staff export: integers, decimals with a point or comma,
 * and dates in YYYY-MM-DD or DD-MM-YYYY. */
#ifndef RP_VALUE_H
#define RP_VALUE_H

#include <stddef.h>

/* Each returns 0 and sets *out, or -1 when s is not wholly such a value (leading and trailing
 * spaces excepted). Nothing is allocated. rp_parse_long returns -2 for a whole number too
 * large for a long, so that messages can say "out of range" rather than "not a number". */
int rp_parse_long(const char *s, long *out);
/* decimal is '.' or ','; with ',' a '.' in the number is rejected, not guessed at. Infinities,
 * NaN and hexadecimal are rejected. */
int rp_parse_double(const char *s, char decimal, double *out);
/* Days since 1970-01-01 of a valid calendar date (31-02-2023 is rejected). */
int rp_parse_date(const char *s, long *days);
/* Proleptic Gregorian calendar: days since 1970-01-01, and back. */
long rp_days_from_civil(int y, int m, int d);
void rp_civil_from_days(long days, int *y, int *m, int *d);

/* Orders two cell values: numbers numerically and before text, text by bytes. */
int rp_natural_cmp(const char *a, const char *b);

/* Validates UTF-8 text (no overlongs, no surrogates, nothing above U+10FFFF, and no NUL
 * byte, which no text cell holds). Returns the offset of the first bad byte, or n when all of
 * s[0..n) is valid. */
size_t rp_utf8_check(const unsigned char *s, size_t n);

#endif
