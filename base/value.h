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
/* Numbers as a spreadsheet writes them under one convention: `decimal` is the decimal sign
 * ('.' or ','), and the other sign groups thousands, in threes after one to three leading
 * digits: 1.372 and 1.600,25 with a decimal comma, 1,372 and 1,600.25 with a decimal point.
 * Each returns RP_NUM_OK with *out set, or why the cell is not such a number. */
enum {
    RP_NUM_OK = 0,
    RP_NUM_BAD = -1,      /* not a number at all */
    RP_NUM_RANGE = -2,    /* a whole number too large for a long */
    RP_NUM_GROUPS = -3,   /* the thousands sign, but not grouping thousands (0.174, 1.37) */
    RP_NUM_FRACTION = -4  /* a count with decimals (2,5 or 1.600,25 with a decimal comma) */
};
int rp_parse_grouped(const char *s, char decimal, double *out);
/* A whole number (a count): RP_NUM_FRACTION for a number with the decimal sign. */
int rp_parse_count(const char *s, char decimal, long *out);
/* Days since 1970-01-01 of a valid calendar date (31-02-2023 is rejected). */
int rp_parse_date(const char *s, long *days);
/* Proleptic Gregorian calendar: days since 1970-01-01, and back. */
long rp_days_from_civil(int y, int m, int d);
void rp_civil_from_days(long days, int *y, int *m, int *d);

/* Orders two cell values: numbers numerically and before text, text by bytes. */
int rp_natural_cmp(const char *a, const char *b);

/* Validates UTF-8 text (no overlongs, no surrogates, nothing above U+10FFFF, no NUL byte,
 * which no text cell holds, and no noncharacter such as U+FFFE, which no output can show:
 * cairo, pango and Excel refuse them). Returns the offset of the first bad byte, or n when
 * all of s[0..n) is valid. */
size_t rp_utf8_check(const unsigned char *s, size_t n);
/* The noncharacter whose UTF-8 starts s (n bytes readable), or 0 for anything else: at
 * rp_utf8_check's offset, tells a noncharacter from broken UTF-8. */
unsigned long rp_utf8_nonchar(const unsigned char *s, size_t n);
/* The characters in the n bytes of valid UTF-8 at s. */
size_t rp_utf8_chars(const unsigned char *s, size_t n);
/* The length of the UTF-8 sequence that the lead byte c starts (1 to 4), or 0 for a byte that
 * starts none. */
size_t rp_utf8_len(unsigned char c);

#endif
