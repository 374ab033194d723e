/* The disclosure audit (stats/ledger.h) on tables worked by hand: which cells it hides, and
 * the range every hidden cell keeps given everything shown. Part of the stats suite. */
#include "tests/helpers.h"
#include "stats/disclosure.h"
#include "stats/ledger.h"
#include "stats/cellkey.h"

#include <math.h>

/* A ledger of one space with the given atoms. */
static rp_ledger *ledger(const double *atoms, size_t n, uint64_t key)
{
    rp_ledger *l = rp_ledger_new(10, key);
    ck_assert_ptr_nonnull(l);
    ck_assert_int_eq(rp_ledger_space(l, atoms, n), 0);
    return l;
}

static long cell(rp_ledger *l, const size_t *idx, size_t n, unsigned flags)
{
    long c = rp_ledger_cell(l, 0, idx, n, flags);
    ck_assert_int_ge(c, 0);
    return c;
}

static void range_is(const rp_ledger *l, long c, double lo, double hi)
{
    double a, b;
    rp_ledger_range(l, c, &a, &b);
    ck_assert_msg(a == lo && b == hi, "range %g-%g, expected %g-%g", a, b, lo, hi);
}

/* One line: 3, 39 and 50 with their total 92. The 3 alone would be the total less the rest:
 * one more cell goes, never the total, and the two hidden cells keep 1 .. 41 (3 + 39 = 42,
 * each at least 1), or 1 .. 52 with the 50. */
START_TEST(one_line_and_its_total)
{
    static const double v[] = {3, 39, 50};
    rp_ledger *l = ledger(v, 3, 7);
    static const size_t a[] = {0}, b[] = {1}, c[] = {2}, all[] = {0, 1, 2};
    long ca = cell(l, a, 1, RP_LC_PUBLISHED), cb = cell(l, b, 1, RP_LC_PUBLISHED);
    long cc = cell(l, c, 1, RP_LC_PUBLISHED), ct = cell(l, all, 3, RP_LC_PUBLISHED | RP_LC_TOTAL);
    rp_audit au;
    ck_assert_int_eq(rp_ledger_protect(l, &au), 0);
    ck_assert_int_eq(rp_ledger_mark(l, ca), RP_HIDE_SMALL);
    ck_assert_int_eq(rp_ledger_mark(l, ct), RP_SHOWN);
    ck_assert_int_eq(!!rp_ledger_mark(l, cb) + !!rp_ledger_mark(l, cc), 1);
    if (rp_ledger_mark(l, cb))
        range_is(l, ca, 1, 41);
    else
        range_is(l, ca, 1, 52);
    ck_assert_uint_eq(au.unprotected, 0);
    ck_assert_uint_eq(au.added, 1);
    ck_assert_uint_eq(au.hidden, 2);
    rp_ledger_free(l);
}
END_TEST

/* Two small cells whose sum is small too (3 + 4 = 7 below 10) give each other no cover:
 * each could be at most 6 of the 7. A third cell goes with them. */
START_TEST(small_cells_with_a_small_sum)
{
    static const double v[] = {3, 4, 60};
    rp_ledger *l = ledger(v, 3, 7);
    static const size_t a[] = {0}, b[] = {1}, c[] = {2}, all[] = {0, 1, 2};
    long ca = cell(l, a, 1, RP_LC_PUBLISHED), cb = cell(l, b, 1, RP_LC_PUBLISHED);
    long cc = cell(l, c, 1, RP_LC_PUBLISHED);
    cell(l, all, 3, RP_LC_PUBLISHED | RP_LC_TOTAL);
    rp_audit au;
    ck_assert_int_eq(rp_ledger_protect(l, &au), 0);
    ck_assert(rp_ledger_mark(l, ca) && rp_ledger_mark(l, cb) && rp_ledger_mark(l, cc));
    range_is(l, ca, 1, 65); /* 67 less at least 1 for each of the two others */
    ck_assert_uint_eq(au.unprotected, 0);
    rp_ledger_free(l);
}
END_TEST

/* The attack of issue 24: registered victims 131 with regions A 50, B 75 and a national
 * unit without population of 6, the regions table printing A + B = 125 as its national row.
 * 131 - 125 = 6: the audit hides more than the unit, and never the registered total. */
START_TEST(national_unit_against_two_totals)
{
    static const double v[] = {50, 75, 6};
    rp_ledger *l = ledger(v, 3, 11);
    static const size_t a[] = {0}, b[] = {1}, u[] = {2}, ab[] = {0, 1}, all[] = {0, 1, 2};
    cell(l, a, 1, RP_LC_PUBLISHED);
    cell(l, b, 1, RP_LC_PUBLISHED);
    long cu = cell(l, u, 1, RP_LC_PUBLISHED);
    cell(l, ab, 2, RP_LC_PUBLISHED);
    long ct = cell(l, all, 3, RP_LC_PUBLISHED | RP_LC_TOTAL);
    rp_audit au;
    ck_assert_int_eq(rp_ledger_protect(l, &au), 0);
    ck_assert(rp_ledger_mark(l, cu) && !rp_ledger_mark(l, ct));
    double lo, hi;
    rp_ledger_range(l, cu, &lo, &hi);
    ck_assert_msg(lo == 1 && hi >= 9, "%g-%g", lo, hi);
    ck_assert_uint_eq(au.unprotected, 0);
    rp_ledger_free(l);
}
END_TEST

/* Complementary filters without a breakdown: cases 44 = cases_a 3 + cases_b 41. */
START_TEST(complementary_filters)
{
    static const double v[] = {3, 41};
    rp_ledger *l = ledger(v, 2, 3);
    static const size_t a[] = {0}, b[] = {1}, all[] = {0, 1};
    long ca = cell(l, a, 1, RP_LC_PUBLISHED), cb = cell(l, b, 1, RP_LC_PUBLISHED);
    long ct = cell(l, all, 2, RP_LC_PUBLISHED | RP_LC_TOTAL);
    rp_audit au;
    ck_assert_int_eq(rp_ledger_protect(l, &au), 0);
    ck_assert(rp_ledger_mark(l, ca) && rp_ledger_mark(l, cb) && !rp_ledger_mark(l, ct));
    range_is(l, ca, 1, 43);
    rp_ledger_free(l);
}
END_TEST

/* A share of 98 out of 105 leaves 7 who are not counted: that complement is printed nowhere
 * but follows from the two. The numerator goes, the denominator (a total) stays, and the 7
 * may then be anything from 0 to 104. */
START_TEST(a_share_and_its_complement)
{
    static const double v[] = {98, 7};
    rp_ledger *l = ledger(v, 2, 5);
    static const size_t in[] = {0}, out[] = {1}, all[] = {0, 1};
    long cn = cell(l, in, 1, RP_LC_PUBLISHED), cc = cell(l, out, 1, RP_LC_SENSITIVE);
    long cd = cell(l, all, 2, RP_LC_PUBLISHED | RP_LC_TOTAL);
    rp_audit au;
    ck_assert_int_eq(rp_ledger_protect(l, &au), 0);
    ck_assert(rp_ledger_mark(l, cn) && !rp_ledger_mark(l, cd) && !rp_ledger_mark(l, cc));
    range_is(l, cc, 0, 104);
    rp_ledger_free(l);
}
END_TEST

/* Issue 24's year where the second cells were the smallest shown: total 85, shown 62, hidden
 * 3, 10 and 10. With one mark for every hidden cell and no rule on their size, the 3 can be
 * anything from 1 to 21 (85 - 62 less 1 for each other hidden cell). */
START_TEST(second_cells_say_nothing_of_their_size)
{
    static const double v[] = {3, 10, 10, 30, 32};
    rp_ledger *l = ledger(v, 5, 9);
    static const size_t c0[] = {0}, c1[] = {1}, c2[] = {2}, c3[] = {3}, c4[] = {4},
                        all[] = {0, 1, 2, 3, 4};
    long k0 = cell(l, c0, 1, RP_LC_PUBLISHED), k1 = cell(l, c1, 1, RP_LC_PUBLISHED);
    long k2 = cell(l, c2, 1, RP_LC_PUBLISHED);
    cell(l, c3, 1, RP_LC_PUBLISHED);
    cell(l, c4, 1, RP_LC_PUBLISHED);
    cell(l, all, 5, RP_LC_PUBLISHED | RP_LC_TOTAL);
    rp_ledger_hide(l, k1, RP_HIDE_SECOND);
    rp_ledger_hide(l, k2, RP_HIDE_SECOND);
    rp_audit au;
    ck_assert_int_eq(rp_ledger_protect(l, &au), 0);
    range_is(l, k0, 1, 21);
    ck_assert_uint_eq(au.added, 0);
    rp_ledger_free(l);
}
END_TEST

/* A cell published before (another document) stays shown; the audit finds other cover. And
 * which of equal cells covers a hidden one depends on the project's key only. */
START_TEST(fixed_cells_and_the_keyed_order)
{
    static const double v[] = {3, 39, 50};
    static const size_t a[] = {0}, b[] = {1}, c[] = {2}, all[] = {0, 1, 2};
    rp_ledger *l = ledger(v, 3, 1);
    long ca = cell(l, a, 1, RP_LC_PUBLISHED);
    long cb = cell(l, b, 1, RP_LC_PUBLISHED | RP_LC_FIXED), cc = cell(l, c, 1, RP_LC_PUBLISHED);
    cell(l, all, 3, RP_LC_PUBLISHED | RP_LC_TOTAL);
    rp_audit au;
    ck_assert_int_eq(rp_ledger_protect(l, &au), 0);
    ck_assert(rp_ledger_mark(l, ca) && !rp_ledger_mark(l, cb) && rp_ledger_mark(l, cc));
    rp_ledger_free(l);
    int chose_b = 0, chose_c = 0;
    for (uint64_t key = 1; key <= 32; key++) {
        int first = -1;
        for (int rep = 0; rep < 2; rep++) {
            l = ledger(v, 3, key);
            cell(l, a, 1, RP_LC_PUBLISHED);
            cb = cell(l, b, 1, RP_LC_PUBLISHED);
            cell(l, c, 1, RP_LC_PUBLISHED);
            cell(l, all, 3, RP_LC_PUBLISHED | RP_LC_TOTAL);
            ck_assert_int_eq(rp_ledger_protect(l, &au), 0);
            int m = rp_ledger_mark(l, cb) != 0;
            ck_assert(first < 0 || first == m); /* the same key, the same choice */
            first = m;
            rp_ledger_free(l);
        }
        chose_b += first;
        chose_c += !first;
    }
    ck_assert(chose_b > 0 && chose_c > 0); /* not always the smallest */
}
END_TEST

/* The lookup table of cell-key perturbation as stats/cellkey.h documents it (its rows worked
 * by hand): each row sums to 1, has mean 0 and the stated variance, never takes a count below
 * 0; the inverse distribution function at the row boundaries; and 0 stays 0. */
START_TEST(cell_key_table)
{
    static const struct {
        double n, var;
    } rows[] = {{1, 0.6}, {2, 0.8}, {3, 0.8}, {57, 0.8}};
    for (size_t r = 0; r < sizeof rows / sizeof *rows; r++) {
        double p[2 * RP_CELLKEY_D + 1], sum = 0, mean = 0, var = 0;
        rp_cellkey_ptable(rows[r].n, p);
        for (int d = -RP_CELLKEY_D; d <= RP_CELLKEY_D; d++) {
            double q = p[d + RP_CELLKEY_D];
            ck_assert(q >= 0);
            ck_assert(q == 0 || rows[r].n + d >= 0);
            sum += q;
            mean += q * d;
            var += q * d * d;
        }
        ck_assert_double_eq_tol(sum, 1, 1e-12);
        ck_assert_double_eq_tol(mean, 0, 1e-12);
        ck_assert_double_eq_tol(var, rows[r].var, 1e-12);
    }
    /* u = ckey / 2^64: for n >= 2 the changes -2 below 0.05, -1 below 0.25, 0 below 0.75, +1
     * below 0.95, +2 above; for n = 1: -1 below 0.25, 0 below 0.80, +1 below 0.95 */
    const double two64 = 18446744073709551616.0;
    static const struct {
        double n, u, want;
    } at[] = {{20, 0.0, 18},  {20, 0.049, 18}, {20, 0.051, 19}, {20, 0.249, 19},
              {20, 0.251, 20}, {20, 0.749, 20}, {20, 0.751, 21}, {20, 0.949, 21},
              {20, 0.951, 22}, {1, 0.0, 0},    {1, 0.249, 0},  {1, 0.251, 1},
              {1, 0.799, 1},  {1, 0.801, 2},  {1, 0.949, 2},  {1, 0.951, 3},
              {0, 0.5, 0}};
    for (size_t i = 0; i < sizeof at / sizeof *at; i++) {
        uint64_t k = (uint64_t)(at[i].u * two64);
        ck_assert_msg(rp_cellkey_perturb(at[i].n, k) == at[i].want, "n %g u %g: %g", at[i].n,
                      at[i].u, rp_cellkey_perturb(at[i].n, k));
    }
}
END_TEST

TCase *rp_tcase_ledger(void)
{
    TCase *tc = tcase_create("ledger");
    tcase_add_test(tc, one_line_and_its_total);
    tcase_add_test(tc, small_cells_with_a_small_sum);
    tcase_add_test(tc, national_unit_against_two_totals);
    tcase_add_test(tc, complementary_filters);
    tcase_add_test(tc, a_share_and_its_complement);
    tcase_add_test(tc, second_cells_say_nothing_of_their_size);
    tcase_add_test(tc, fixed_cells_and_the_keyed_order);
    tcase_add_test(tc, cell_key_table);
    return tc;
}
