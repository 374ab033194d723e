/* Check suite of base/: the string builder and its sticky error, values, dates, UTF-8 and the
 * natural order of cell values. */
#include "tests/helpers.h"
#include "base/buf.h"
#include "base/diag.h"
#include "base/value.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Once a write fails, every later write fails too and the text is never handed out: a
 * sentence cut by an out-of-memory write would otherwise be published as if whole. */
START_TEST(buf_sticky_error)
{
    rp_buf b;
    rp_buf_init(&b);
    ck_assert_int_eq(rp_buf_puts(&b, "Bron: "), 0);
    ck_assert_int_eq(rp_buf_failed(&b), 0);
    ck_assert_int_eq(rp_buf_reserve(&b, SIZE_MAX / 2), -1);
    ck_assert_int_eq(rp_buf_failed(&b), 1);
    ck_assert_int_eq(rp_buf_puts(&b, "CoMensha"), -1);
    ck_assert_int_eq(rp_buf_printf(&b, "%d", 2024), -1);
    ck_assert_int_eq(rp_buf_putc(&b, '.'), -1);
    /* its text is empty and known as lost: a document taking it in is marked failed */
    ck_assert_str_eq(rp_buf_str(&b), "");
    ck_assert(rp_buf_lost(rp_buf_str(&b)));
    ck_assert_str_eq(b.data, "Bron: ");            /* unchanged, not cut mid-write */
    rp_buf_clear(&b);
    ck_assert_int_eq(rp_buf_failed(&b), 1);        /* clearing does not forgive */
    ck_assert_ptr_null(rp_buf_steal(&b));
    ck_assert_int_eq(rp_buf_failed(&b), 0);        /* steal freed and reset it */
    ck_assert_int_eq(rp_buf_puts(&b, "ok"), 0);
    ck_assert(!rp_buf_lost(rp_buf_str(&b)) && !rp_buf_lost(""));
    char *s = rp_buf_steal(&b);
    ck_assert_str_eq(s, "ok");
    free(s);
}
END_TEST

START_TEST(values_numbers)
{
    double x;
    long n;
    ck_assert_int_eq(rp_parse_double("1,5", ',', &x), 0);
    ck_assert_double_eq(x, 1.5);
    ck_assert_int_eq(rp_parse_double(" -2.25e2 ", '.', &x), 0);
    ck_assert_double_eq(x, -225);
    ck_assert_int_eq(rp_parse_double("1.5", ',', &x), -1);  /* no guessing */
    ck_assert_int_eq(rp_parse_double("1.234,5", ',', &x), -1);
    ck_assert_int_eq(rp_parse_double("nan", '.', &x), -1);
    ck_assert_int_eq(rp_parse_double("inf", '.', &x), -1);
    ck_assert_int_eq(rp_parse_double("0x10", '.', &x), -1);
    ck_assert_int_eq(rp_parse_double("1e999", '.', &x), -1);
    ck_assert_int_eq(rp_parse_double("", '.', &x), -1);
    ck_assert_int_eq(rp_parse_long("2024", &n), 0);
    ck_assert_int_eq(n, 2024);
    ck_assert_int_eq(rp_parse_long("1e9", &n), -1);
    ck_assert_int_eq(rp_parse_long("20x4", &n), -1);
    ck_assert_int_eq(rp_parse_long("99999999999999999999", &n), -2);
}
END_TEST

START_TEST(values_dates)
{
    long d;
    ck_assert_int_eq(rp_parse_date("1970-01-01", &d), 0);
    ck_assert_int_eq(d, 0);
    ck_assert_int_eq(rp_parse_date("2024-02-29", &d), 0);
    /* 2024-02-29 is day 19782 since 1970-01-01 (date -d 2024-02-29 +%s / 86400) */
    ck_assert_int_eq(d, 19782);
    ck_assert_int_eq(rp_parse_date("29-02-2024", &d), 0);
    ck_assert_int_eq(d, 19782);
    ck_assert_int_eq(rp_parse_date("31-02-2023", &d), -1);
    ck_assert_int_eq(rp_parse_date("2023-02-29", &d), -1);
    ck_assert_int_eq(rp_parse_date("2023-13-01", &d), -1);
    ck_assert_int_eq(rp_parse_date("2023/01/01", &d), -1);
    ck_assert_int_eq(rp_parse_date("2023-1-1", &d), -1);
    int y, m, dd;
    rp_civil_from_days(19782, &y, &m, &dd);
    ck_assert(y == 2024 && m == 2 && dd == 29);
}
END_TEST

START_TEST(values_utf8)
{
    const unsigned char ok[] = "Caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80";
    ck_assert_uint_eq(rp_utf8_check(ok, sizeof ok - 1), sizeof ok - 1);
    ck_assert_uint_eq(rp_utf8_check((const unsigned char *)"\xc0\xaf", 2), 0);     /* overlong */
    ck_assert_uint_eq(rp_utf8_check((const unsigned char *)"ab\xed\xa0\x80", 5), 2); /* surrogate */
    ck_assert_uint_eq(rp_utf8_check((const unsigned char *)"abc\xe2\x82", 5), 3); /* truncated */
    ck_assert_uint_eq(rp_utf8_check((const unsigned char *)"\xf4\x90\x80\x80", 4), 0);
}
END_TEST

/* Noncharacters (Unicode 15, section 23.7) are refused like broken UTF-8, and told apart
 * from it: U+FDD0..U+FDEF and the last two code points of each of the 17 planes, nothing
 * next to them. */
START_TEST(values_noncharacters)
{
    static const struct { const char *s; unsigned long cp; } cases[] = {
        {"\xef\xbf\xbe", 0xFFFE},      {"\xef\xbf\xbf", 0xFFFF},
        {"\xef\xb7\x90", 0xFDD0},      {"\xef\xb7\xaf", 0xFDEF},
        {"\xf0\x9f\xbf\xbe", 0x1FFFE}, {"\xf0\xaf\xbf\xbf", 0x2FFFF},
        {"\xf4\x8f\xbf\xbf", 0x10FFFF},
        {"\xef\xb7\x8f", 0},           /* U+FDCF */
        {"\xef\xb7\xb0", 0},           /* U+FDF0 */
        {"\xef\xbf\xbd", 0},           /* U+FFFD, the replacement character */
        {"\xef\xbb\xbf", 0},           /* U+FEFF */
        {"\xf0\x9f\xbf\xbd", 0},       /* U+1FFFD */
        {"\xf0\x8f\xbf\xbe", 0},       /* an overlong U+FFFE: broken, not a noncharacter */
        {"\xef\xbf\xfe", 0},           /* not a continuation byte: broken */
        {"\xef\xbf", 0},                /* cut short */
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const unsigned char *u = (const unsigned char *)cases[i].s;
        size_t n = strlen(cases[i].s);
        ck_assert_msg(rp_utf8_nonchar(u, n) == cases[i].cp, "case %zu", i);
        char text[16];
        snprintf(text, sizeof text, "ab%sc", cases[i].s);
        size_t bad = rp_utf8_check((const unsigned char *)text, strlen(text));
        int valid = cases[i].cp == 0 && i < 12;
        ck_assert_msg(valid ? bad == strlen(text) : bad == 2, "case %zu: %zu", i, bad);
    }
    ck_assert_uint_eq(rp_utf8_chars((const unsigned char *)"\xc3\xa9t\xe2\x82\xac", 6), 3);
}
END_TEST

/* Numbers as a spreadsheet writes them under each convention: the sign that is not the
 * decimal sign groups thousands, in threes; anything else is refused, and the reason told. */
START_TEST(values_grouped_numbers)
{
    static const struct { const char *s; char dec; int r; double v; } g[] = {
        {"1.372", ',', RP_NUM_OK, 1372},        {"1.600,25", ',', RP_NUM_OK, 1600.25},
        {"12.345.678", ',', RP_NUM_OK, 12345678}, {"-1.372,5", ',', RP_NUM_OK, -1372.5},
        {" 1.372 ", ',', RP_NUM_OK, 1372},      {"17,4", ',', RP_NUM_OK, 17.4},
        {"1,372", '.', RP_NUM_OK, 1372},        {"1,600.25", '.', RP_NUM_OK, 1600.25},
        {"0.174", '.', RP_NUM_OK, 0.174},       {"1372", ',', RP_NUM_OK, 1372},
        {"0.174", ',', RP_NUM_GROUPS, 0},       {"1.37", ',', RP_NUM_GROUPS, 0},
        {"1.3720", ',', RP_NUM_GROUPS, 0},      {"1372.000", ',', RP_NUM_GROUPS, 0},
        {"1,5", '.', RP_NUM_GROUPS, 0},         {"1,600,25", ',', RP_NUM_BAD, 0},
        {"1.600,2.5", ',', RP_NUM_GROUPS, 0},   {".5", ',', RP_NUM_GROUPS, 0},
        {"1.000e3", ',', RP_NUM_BAD, 0},     {"a.b", ',', RP_NUM_BAD, 0},
        {"", ',', RP_NUM_BAD, 0},
    };
    for (size_t i = 0; i < sizeof g / sizeof *g; i++) {
        double v = -1;
        ck_assert_msg(rp_parse_grouped(g[i].s, g[i].dec, &v) == g[i].r, "%s", g[i].s);
        if (g[i].r == RP_NUM_OK)
            ck_assert_msg(v == g[i].v, "%s: %g", g[i].s, v);
    }
    static const struct { const char *s; char dec; int r; long v; } c[] = {
        {"1.372", ',', RP_NUM_OK, 1372},      {"1,372", '.', RP_NUM_OK, 1372},
        {"716", ',', RP_NUM_OK, 716},         {"1.000.000", ',', RP_NUM_OK, 1000000},
        {"-1.372", ',', RP_NUM_OK, -1372},    {"1,372", ',', RP_NUM_FRACTION, 0},
        {"1.600,25", ',', RP_NUM_FRACTION, 0}, {"2,5", ',', RP_NUM_FRACTION, 0},
        {"2.5", '.', RP_NUM_FRACTION, 0},     {"1.37", ',', RP_NUM_GROUPS, 0},
        {"3,5", '.', RP_NUM_GROUPS, 0},       {"1e308", ',', RP_NUM_BAD, 0},
        {"veel", ',', RP_NUM_BAD, 0},         {"0x10", '.', RP_NUM_BAD, 0},
        {"x.y", ',', RP_NUM_BAD, 0},          {"99999999999999999999999", ',', RP_NUM_RANGE, 0},
        {"99.999.999.999.999.999.999.999", ',', RP_NUM_RANGE, 0},
    };
    for (size_t i = 0; i < sizeof c / sizeof *c; i++) {
        long v = -1;
        ck_assert_msg(rp_parse_count(c[i].s, c[i].dec, &v) == c[i].r, "%s: %d", c[i].s,
                      rp_parse_count(c[i].s, c[i].dec, &v));
        if (c[i].r == RP_NUM_OK)
            ck_assert_msg(v == c[i].v, "%s: %ld", c[i].s, v);
    }
}
END_TEST

START_TEST(natural_order)
{
    ck_assert_int_lt(rp_natural_cmp("9", "10"), 0);
    ck_assert_int_lt(rp_natural_cmp("10", "abc"), 0);
    ck_assert_int_lt(rp_natural_cmp("AM", "RT"), 0);
}
END_TEST

/* A stand-in catalogue: the collector asks it for each message's format in its language. */
static const char *fake_tr(const char *english, rp_lang lang)
{
    if (lang != RP_LANG_NL)
        return english;
    if (!strcmp(english, "%s \"%s\" is not a number"))
        return "%s \"%s\" is geen getal";
    if (!strcmp(english, "warning"))
        return "waarschuwing";
    if (!strcmp(english, "%s: %zu more problems not shown"))
        return "%s: nog %zu problemen niet getoond";
    return english;
}

/* Messages are kept in the collector's language, as file:line:column: message; one without a
 * language, or a message the catalogue lacks, stays English; a worker's collector speaks as
 * the one it is merged into. */
START_TEST(diag_language)
{
    rp_diag *d = rp_diag_new();
    rp_diag_set_lang(d, RP_LANG_NL, fake_tr);
    ck_assert_int_eq(rp_diag_lang(d), RP_LANG_NL);
    rp_diag_error(d, "v.csv", 3, 2, "%s \"%s\" is not a number", "jaar", "twee");
    rp_diag_warn(d, "v.csv", 4, 0, "%s is new", "regio");
    ck_assert_str_eq(rp_diag_first(d), "v.csv:3:2: jaar \"twee\" is geen getal");
    rp_diag *w = rp_diag_new();
    rp_diag_like(w, d);
    for (int i = 0; i < RP_DIAG_PER_FILE + 2; i++)
        rp_diag_error(w, "w.csv", i + 1, 0, "%s \"%s\" is not a number", "aantal", "x");
    rp_diag_merge(d, w);
    char *out = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&out, &len);
    rp_diag_print(d, f);
    fclose(f);
    ck_assert(t_has(out, "v.csv:4: waarschuwing: regio is new\n"));
    ck_assert(t_has(out, "w.csv:1: aantal \"x\" is geen getal\n"));
    ck_assert(t_has(out, "w.csv: nog 2 problemen niet getoond\n"));
    free(out);
    char *s = rp_diag_fmt(d, "%s \"%s\" is not a number", "n", "y");
    ck_assert_str_eq(s, "n \"y\" is geen getal");
    free(s);
    char buf[16];
    rp_diag_snprintf(NULL, buf, sizeof buf, "%s \"%s\" is not a number", "n", "y");
    ck_assert_str_eq(buf, "n \"y\" is not a ");  /* no language: English, cut to fit */
    ck_assert_str_eq(rp_diag_text(NULL, "warning"), "warning");
    rp_diag_set_lang(d, RP_LANG_EN, fake_tr);
    ck_assert_str_eq(rp_diag_text(d, "warning"), "warning");
    rp_diag_free(w);
    rp_diag_free(d);
}
END_TEST

Suite *rp_suite_base(void)
{
    Suite *s = suite_create("base");
    TCase *tc = tcase_create("base");
    tcase_add_test(tc, buf_sticky_error);
    tcase_add_test(tc, values_numbers);
    tcase_add_test(tc, values_dates);
    tcase_add_test(tc, values_utf8);
    tcase_add_test(tc, values_noncharacters);
    tcase_add_test(tc, values_grouped_numbers);
    tcase_add_test(tc, natural_order);
    tcase_add_test(tc, diag_language);
    suite_add_tcase(s, tc);
    suite_add_tcase(s, rp_tcase_messages());
    return s;
}
