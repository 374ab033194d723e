/* Check suite of base/: the string builder and its sticky error, values, dates, UTF-8 and the
 * natural order of cell values. */
#include "tests/helpers.h"
#include "base/buf.h"
#include "base/value.h"

#include <stdint.h>
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
    ck_assert_str_eq(rp_buf_str(&b), "Bron: ");   /* unchanged, not cut mid-write */
    rp_buf_clear(&b);
    ck_assert_int_eq(rp_buf_failed(&b), 1);        /* clearing does not forgive */
    ck_assert_ptr_null(rp_buf_steal(&b));
    ck_assert_int_eq(rp_buf_failed(&b), 0);        /* steal freed and reset it */
    ck_assert_int_eq(rp_buf_puts(&b, "ok"), 0);
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

START_TEST(natural_order)
{
    ck_assert_int_lt(rp_natural_cmp("9", "10"), 0);
    ck_assert_int_lt(rp_natural_cmp("10", "abc"), 0);
    ck_assert_int_lt(rp_natural_cmp("AM", "RT"), 0);
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
    tcase_add_test(tc, natural_order);
    suite_add_tcase(s, tc);
    return s;
}
