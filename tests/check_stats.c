/* Check suite of stats/: every expected value comes from an outside reference, named beside
 * it (R 4.2.2 calls; the scripts in tests/reference/ print them), NIST StRD certified values,
 * or published worked examples. Tolerance: relative 1e-9 where the reference prints 15
 * digits (1e-6 for iterative fits), as stated at each check. */
#include "tests/helpers.h"
#include "stats/glm.h"
#include "stats/disclosure.h"
#include "stats/findings.h"
#include "stats/interval.h"
#include "stats/joinpoint.h"
#include "stats/km.h"
#include "stats/mk.h"
#include "stats/recidivism.h"
#include "stats/regions.h"
#include "stats/series.h"
#include "stats/target.h"
#include "stats/trend.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* |got - want| <= rel * |want| (or <= rel when want is 0) */
#define NEAR(got, want, rel)                                                                  \
    do {                                                                                      \
        double g_ = (got), w_ = (want);                                                       \
        double tol_ = (rel) * (w_ == 0 ? 1 : fabs(w_));                                       \
        ck_assert_msg(fabs(g_ - w_) <= tol_, "%s = %.17g, expected %.17g (rel tol %g)",       \
                      #got, g_, w_, (double)(rel));                                           \
    } while (0)

#define REL 1e-9

/* ---- intervals ---- */

START_TEST(wilson_newcombe_examples)
{
    rp_ci ci;
    /* R: prop.test(81, 263, correct = FALSE)$conf.int; Newcombe (1998) Table I prints
     * 0.2553-0.3662 for 81/263 by the Wilson method */
    ck_assert_int_eq(rp_ci_proportion(81, 263, 0.95, RP_CI_AUTO, &ci), RP_OK);
    ck_assert_int_eq(ci.method, RP_CI_WILSON);
    NEAR(ci.lo, 0.255288519878274, REL);
    NEAR(ci.hi, 0.366209576982800, REL);
    /* R: prop.test(15, 148, correct = FALSE)$conf.int */
    rp_ci_proportion(15, 148, 0.95, RP_CI_WILSON, &ci);
    NEAR(ci.lo, 0.0623863995307363, REL);
    NEAR(ci.hi, 0.1604872417233080, REL);
    /* R: prop.test(0, 20, correct = FALSE)$conf.int: 0, 0.161125158052819 */
    rp_ci_proportion(0, 20, 0.95, RP_CI_WILSON, &ci);
    ck_assert_double_eq(ci.lo, 0);
    NEAR(ci.hi, 0.161125158052819, REL);
    /* R: prop.test(1, 29, correct = FALSE)$conf.int */
    rp_ci_proportion(1, 29, 0.95, RP_CI_WILSON, &ci);
    NEAR(ci.lo, 0.00611321429276266, REL);
    NEAR(ci.hi, 0.17175521879320282, REL);
    /* R: prop.test(20, 20, correct = FALSE)$conf.int: 0.838874841947181, 1 */
    rp_ci_proportion(20, 20, 0.95, RP_CI_WILSON, &ci);
    NEAR(ci.lo, 0.838874841947181, REL);
    ck_assert_double_eq(ci.hi, 1);
    /* R: prop.test(81, 263, correct = FALSE, conf.level = 0.9)$conf.int */
    rp_ci_proportion(81, 263, 0.90, RP_CI_WILSON, &ci);
    NEAR(ci.lo, 0.263313617188481, REL);
    NEAR(ci.hi, 0.356566349608488, REL);
}
END_TEST

START_TEST(clopper_pearson_binom_test)
{
    rp_ci ci;
    /* R: binom.test(81, 263)$conf.int */
    rp_ci_proportion(81, 263, 0.95, RP_CI_CLOPPER_PEARSON, &ci);
    NEAR(ci.lo, 0.252736745585271, REL);
    NEAR(ci.hi, 0.367621922601351, REL);
    /* R: binom.test(0, 20)$conf.int: 0, 0.168433470983085 */
    rp_ci_proportion(0, 20, 0.95, RP_CI_CLOPPER_PEARSON, &ci);
    ck_assert_double_eq(ci.lo, 0);
    NEAR(ci.hi, 0.168433470983085, REL);
    /* R: binom.test(20, 20)$conf.int: 0.831566529016915, 1 */
    rp_ci_proportion(20, 20, 0.95, RP_CI_CLOPPER_PEARSON, &ci);
    NEAR(ci.lo, 0.831566529016915, REL);
    ck_assert_double_eq(ci.hi, 1);
    /* R: binom.test(1, 29)$conf.int */
    rp_ci_proportion(1, 29, 0.95, RP_CI_CLOPPER_PEARSON, &ci);
    NEAR(ci.lo, 8.72646883579923e-04, REL);
    NEAR(ci.hi, 1.77644295488723e-01, REL);
}
END_TEST

START_TEST(poisson_exact_and_byar)
{
    rp_ci ci;
    /* R: poisson.test(x)$conf.int for x = 0, 1, 5, 9 (the exact method below 10) */
    static const double exact[][3] = {{0, 0, 3.68887945411394},
                                      {1, 0.0253178079842899, 5.5716433909388989},
                                      {5, 1.62348639011842, 11.66833207932267},
                                      {9, 4.11537309737833, 17.08480345141917}};
    for (size_t i = 0; i < 4; i++) {
        ck_assert_int_eq(rp_ci_count(exact[i][0], 0.95, RP_CI_AUTO, &ci), RP_OK);
        ck_assert_int_eq(ci.method, RP_CI_EXACT);
        NEAR(ci.lo, exact[i][1], REL);
        NEAR(ci.hi, exact[i][2], REL);
    }
    /* From 10 up Byar's approximation, x(1 - 1/9x - z/3 sqrt x)^3 and (x+1)(1 - 1/9(x+1) +
     * z/3 sqrt(x+1))^3, as the UK public-health indicator methods; values computed in R
     * (tests/reference/intervals.R), and near poisson.test's exact limits (10: 4.795, 18.390;
     * 100: 81.364, 121.627), as Byar should be. */
    static const double byar[][3] = {{10, 4.78744991396756, 18.39145860575647},
                                     {25, 16.1742659216572, 36.9064506921854},
                                     {100, 81.3621054905279, 121.6279375792065},
                                     {1530, 1454.28667810813, 1608.63254119341}};
    for (size_t i = 0; i < 4; i++) {
        rp_ci_count(byar[i][0], 0.95, RP_CI_AUTO, &ci);
        ck_assert_int_eq(ci.method, RP_CI_BYAR);
        NEAR(ci.lo, byar[i][1], REL);
        NEAR(ci.hi, byar[i][2], REL);
    }
    /* forcing the exact method at 100: R poisson.test(100)$conf.int */
    rp_ci_count(100, 0.95, RP_CI_EXACT, &ci);
    NEAR(ci.lo, 81.3639912509232, REL);
    NEAR(ci.hi, 121.6267937924264, REL);
    ck_assert_int_eq(rp_ci_count(-1, 0.95, RP_CI_AUTO, &ci), RP_EINVAL);
    ck_assert(isnan(ci.lo));
}
END_TEST

START_TEST(rate_mean_and_changes)
{
    rp_ci ci;
    /* a rate is the count's interval over the denominator: 100 in 1,250,000 per 100,000,
     * poisson.test(100)-based Byar limits / 12.5 */
    rp_ci_rate(100, 1250000, 100000, 0.95, RP_CI_AUTO, &ci);
    NEAR(ci.estimate, 8, REL);
    NEAR(ci.lo, 81.3621054905279 / 12.5, REL);
    NEAR(ci.hi, 121.6279375792065 / 12.5, REL);
    /* R: 27.4 + c(-1, 1) * qt(0.975, 39) * 9.1 / sqrt(40) */
    rp_ci_mean(27.4, 9.1, 40, 0.95, &ci);
    NEAR(ci.lo, 24.4896788090148, REL);
    NEAR(ci.hi, 30.3103211909852, REL);
    /* Newcombe (1998b) example: 56/70 - 48/80, method 10 (hybrid score) 0.0524 to 0.3339;
     * full digits from the formula on R's prop.test Wilson limits */
    rp_ci_diff_proportions(56, 70, 48, 80, 0.95, &ci);
    NEAR(ci.estimate, 0.2, REL);
    NEAR(ci.lo, 0.0524314724023649, REL);
    NEAR(ci.hi, 0.3338726540369059, REL);
    /* R: epitools::rateratio.wald(c(80, 120), c(1.1e6, 1.2e6)): 1.375 (1.0362, 1.8246) */
    rp_ci_ratio(120, 1.2e6, 80, 1.1e6, 0.95, &ci);
    NEAR(ci.estimate, 1.375, REL);
    NEAR(ci.lo, 1.03619701802891, REL);
    NEAR(ci.hi, 1.82458062231874, REL);
    ck_assert_int_eq(rp_ci_ratio(0, 1, 5, 1, 0.95, &ci), RP_EINVAL);
}
END_TEST

/* ---- regression ---- */

/* NIST StRD Norris (lower difficulty): y = B0 + B1 x, 36 observations. */
static const double norris_y[] = {0.1, 338.8, 118.1, 888.0, 9.2, 228.1, 668.5, 998.5, 449.1,
                                  778.9, 559.2, 0.3, 0.1, 778.1, 668.8, 339.3, 448.9, 10.8,
                                  557.7, 228.3, 998.0, 888.8, 119.6, 0.3, 0.6, 557.6, 339.3,
                                  888.0, 998.5, 778.9, 10.2, 117.6, 228.9, 668.4, 449.2, 0.2};
static const double norris_x[] = {0.2, 337.4, 118.2, 884.6, 10.1, 226.5, 666.3, 996.3, 448.6,
                                  777.0, 558.2, 0.4, 0.6, 775.5, 666.9, 338.0, 447.5, 11.6,
                                  556.0, 228.1, 995.8, 887.6, 120.2, 0.3, 0.3, 556.8, 339.1,
                                  887.2, 999.0, 779.0, 11.1, 118.3, 229.2, 669.1, 448.9, 0.5};

START_TEST(ols_nist_norris)
{
    size_t n = 36;
    gsl_matrix *X = gsl_matrix_alloc(n, 2);
    gsl_vector *y = gsl_vector_alloc(n);
    for (size_t i = 0; i < n; i++) {
        gsl_matrix_set(X, i, 0, 1);
        gsl_matrix_set(X, i, 1, norris_x[i]);
        gsl_vector_set(y, i, norris_y[i]);
    }
    rp_fit *f = rp_fit_alloc(n, 2);
    ck_assert_int_eq(rp_ols(X, y, f), RP_OK);
    /* NIST StRD certified values, Norris */
    NEAR(gsl_vector_get(f->beta, 0), -0.262323073774029, 1e-10);
    NEAR(gsl_vector_get(f->beta, 1), 1.00211681802045, 1e-12);
    NEAR(rp_fit_se(f, 0, 0), 0.232818234301152, 1e-10);
    NEAR(rp_fit_se(f, 1, 0), 0.429796848199937E-03, 1e-10);
    NEAR(sqrt(f->dispersion), 0.884796396144373, 1e-10);
    NEAR(1 - f->deviance / f->tss, 0.999993745883712, 1e-12);
    NEAR(f->deviance, 26.6173985294224, 1e-10);
    rp_fit_free(f);
    gsl_matrix_free(X);
    gsl_vector_free(y);
    /* the trend command's path (x centred) gives the same line */
    rp_trend_fit t;
    ck_assert_int_eq(rp_trend_linear(norris_x, norris_y, n, 0.95, &t), RP_OK);
    NEAR(t.slope, 1.00211681802045, 1e-12);
    NEAR(t.intercept, -0.262323073774029, 1e-10);
    NEAR(t.slope_se, 0.429796848199937E-03, 1e-10);
    NEAR(t.r2, 0.999993745883712, 1e-12);
}
END_TEST

START_TEST(ols_nist_pontius)
{
    /* NIST StRD Pontius (average difficulty): y = B0 + B1 x + B2 x^2, load cell calibration,
     * x from 150,000 to 3,000,000 in steps of 150,000, twice */
    static const double py[] = {.11019, .21956, .32949, .43899, .54803, .65694, .76562,
                                .87487, .98292, 1.09146, 1.20001, 1.30822, 1.41599, 1.52399,
                                1.63194, 1.73947, 1.84646, 1.95392, 2.06128, 2.16844, .11052,
                                .22018, .32939, .43886, .54798, .65739, .76596, .87474, .98300,
                                1.09150, 1.20004, 1.30818, 1.41613, 1.52408, 1.63159, 1.73965,
                                1.84696, 1.95445, 2.06177, 2.16829};
    size_t n = 40;
    gsl_matrix *X = gsl_matrix_alloc(n, 3);
    gsl_vector *y = gsl_vector_alloc(n);
    for (size_t i = 0; i < n; i++) {
        double x = 150000.0 * (double)(i % 20 + 1);
        gsl_matrix_set(X, i, 0, 1);
        gsl_matrix_set(X, i, 1, x);
        gsl_matrix_set(X, i, 2, x * x);
        gsl_vector_set(y, i, py[i]);
    }
    rp_fit *f = rp_fit_alloc(n, 3);
    ck_assert_int_eq(rp_ols(X, y, f), RP_OK);
    /* NIST StRD certified values, Pontius; relative 1e-8 (the problem is ill-conditioned:
     * x^2 reaches 9e12) */
    NEAR(gsl_vector_get(f->beta, 0), 0.673565789473684E-03, 1e-8);
    NEAR(gsl_vector_get(f->beta, 1), 0.732059160401003E-06, 1e-8);
    NEAR(gsl_vector_get(f->beta, 2), -0.316081871345029E-14, 1e-8);
    NEAR(rp_fit_se(f, 0, 0), 0.107938612033077E-03, 1e-8);
    NEAR(rp_fit_se(f, 1, 0), 0.157817399981659E-09, 1e-8);
    NEAR(rp_fit_se(f, 2, 0), 0.486652849992036E-16, 1e-8);
    NEAR(sqrt(f->dispersion), 0.205177424076185E-03, 1e-8);
    NEAR(1 - f->deviance / f->tss, 0.999999900178537, 1e-12);
    rp_fit_free(f);
    gsl_matrix_free(X);
    gsl_vector_free(y);
}
END_TEST

static const double years[] = {2012, 2013, 2014, 2015, 2016, 2017, 2018,
                               2019, 2020, 2021, 2022, 2023, 2024};
/* registered presumed victims, shared/published-figures.md (2018 cleaned, 2022 interpolated) */
static const double victims[] = {1711, 1437, 1561, 1321, 1049, 958, 668,
                                 1372, 1013, 791, 905, 1040, 1060};

START_TEST(linear_trend_r_lm)
{
    rp_trend_fit t;
    ck_assert_int_eq(rp_trend_linear(years, victims, 13, 0.95, &t), RP_OK);
    /* R: f <- lm(victims ~ year); coef(f), confint(f), summary(f)$r.squared, p of slope */
    NEAR(t.intercept, 109396.362637362, 1e-9);
    NEAR(t.slope, -53.6428571428569, 1e-9);
    NEAR(t.slope_lo, -92.6177792520751, 1e-9);
    NEAR(t.slope_hi, -14.6679350336388, 1e-9);
    NEAR(t.r2, 0.454817257082522, 1e-9);
    NEAR(t.p_value, 0.0114634292486741, 1e-9);
    NEAR(t.slope_se, 17.707944067917, 1e-9);
    ck_assert_double_eq(t.df, 11);
}
END_TEST

START_TEST(poisson_trend_r_glm)
{
    rp_trend_fit t;
    ck_assert_int_eq(rp_trend_poisson(years, victims, NULL, 13, 0.95, &t), RP_OK);
    /* R: f <- glm(victims ~ I(year - 2018), family = quasipoisson, control =
     * glm.control(epsilon = 1e-14)); summary(f): slope, se, t, p,
     * dispersion; interval slope -+ qt(0.975, 11) se; APC = 100 (exp(.) - 1) */
    NEAR(t.slope, -0.0471406950141043, 1e-9);
    NEAR(t.slope_se, 0.0151330800268361, 1e-9);
    NEAR(t.t, -3.11507604073379, 1e-9);
    NEAR(t.p_value, 0.00983599834175326, 1e-9);
    NEAR(t.dispersion, 46.8383723798421, 1e-9);
    NEAR(t.slope_lo, -0.0804483795796498, 1e-9);
    NEAR(t.slope_hi, -0.0138330104485588, 1e-9);
    NEAR(t.apc, -4.60468283068108, 1e-9);
    NEAR(t.apc_lo, -7.72974673529767, 1e-9);
    NEAR(t.apc_hi, -1.37377740008624, 1e-9);
    NEAR(t.intercept, 102.157642600333, 1e-9);
    /* with population as offset: glm(victims ~ I(year - 2018) + offset(log(pop)),
     * quasipoisson, epsilon = 1e-14), pop
     * = round(16.8e6 + 1.1e6 (year - 2012) / 12) */
    double pop[13];
    for (int i = 0; i < 13; i++)
        pop[i] = round(16.8e6 + 1.1e6 * (years[i] - 2012) / 12);
    ck_assert_int_eq(rp_trend_poisson(years, victims, pop, 13, 0.95, &t), RP_OK);
    NEAR(t.slope, -0.0524325594441413, 1e-9);
    NEAR(t.slope_se, 0.0151418933455381, 1e-9);
    NEAR(t.p_value, 0.00530738344991574, 1e-9);
    NEAR(t.dispersion, 46.8857116805763, 1e-9);
    NEAR(t.apc, -5.10816855235061, 1e-9);
    NEAR(t.apc_lo, -8.21851911517919, 1e-9);
    NEAR(t.apc_hi, -1.89241240518822, 1e-9);
    NEAR(t.intercept, 96.167715019923, 1e-9);
}
END_TEST

START_TEST(poisson_trend_with_zeros)
{
    /* zeros are no problem for the Poisson model: R glm(z ~ I(1:10), quasipoisson, control =
     * glm.control(epsilon = 1e-14)); at R's default epsilon the dispersion is 0.8216938528,
     * short of the maximum-likelihood fit */
    static const double x[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    static const double z[] = {0, 2, 1, 0, 4, 3, 6, 5, 9, 7};
    rp_trend_fit t;
    ck_assert_int_eq(rp_trend_poisson(x, z, NULL, 10, 0.95, &t), RP_OK);
    NEAR(t.slope, 0.27326287278627, 1e-9);
    NEAR(t.slope_se, 0.0615223748210121, 1e-9);
    NEAR(t.p_value, 0.00216309661540398, 1e-9);
    NEAR(t.dispersion, 0.821693535989114, 1e-9);
    NEAR(t.apc_lo, 14.0414761416093, 1e-9);
    NEAR(t.apc_hi, 51.4573261235474, 1e-9);
    /* what the models cannot do: all zeros, two points, constant x, a zero offset */
    static const double zero[] = {0, 0, 0};
    ck_assert_int_eq(rp_trend_poisson(x, zero, NULL, 3, 0.95, &t), RP_EINVAL);
    ck_assert_int_eq(rp_trend_poisson(x, z, NULL, 2, 0.95, &t), RP_EDATA);
    static const double same[] = {3, 3, 3};
    ck_assert_int_eq(rp_trend_linear(same, z, 3, 0.95, &t), RP_EINVAL);
    static const double off[] = {1, 0, 1};
    ck_assert_int_eq(rp_trend_poisson(x, z + 1, off, 3, 0.95, &t), RP_EINVAL);
    static const double neg[] = {1, -2, 3};
    ck_assert_int_eq(rp_trend_poisson(x, neg, NULL, 3, 0.95, &t), RP_EINVAL);
}
END_TEST

/* ---- Mann-Kendall and Sen ---- */

START_TEST(mann_kendall_r_cor_test)
{
    rp_mk m;
    /* R: cor.test(year, victims, method = "kendall", exact = FALSE, continuity = TRUE) for z
     * and p (n = 13: normal approximation); S = tau_b sqrt(T0 (T0 - T2)); Sen's slope and
     * ranks as trend::sens.slope (tests/reference/trends.R) */
    ck_assert_int_eq(rp_mann_kendall(years, victims, 13, 0.95, &m), RP_OK);
    ck_assert_double_eq(m.s, -34);
    NEAR(m.var_s, 268.666666666667, 1e-12);
    NEAR(m.z, -2.01329329108566, 1e-12);
    NEAR(m.p_value, 0.044083783741321, 1e-10);
    ck_assert_int_eq(m.exact, 0);
    NEAR(m.tau, -0.435897435897436, 1e-12);
    NEAR(m.sen, -57.9444444444444, 1e-12);
    NEAR(m.sen_lo, -102.222222222222, 1e-12);
    NEAR(m.sen_hi, -1.28571428571429, 1e-12);
    /* with ties in y (n = 14) */
    static const double t14[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14};
    static const double w[] = {5, 7, 7, 9, 6, 11, 11, 11, 14, 12, 15, 15, 18, 17};
    ck_assert_int_eq(rp_mann_kendall(t14, w, 14, 0.95, &m), RP_OK);
    ck_assert_double_eq(m.s, 76);
    NEAR(m.var_s, 328, 1e-12);
    NEAR(m.z, 4.14118222780674, 1e-12);
    NEAR(m.p_value, 3.45520313052505e-05, 1e-9);
    NEAR(m.tau, 0.835164835164835, 1e-12);
    NEAR(m.sen, 1, 1e-12);
    NEAR(m.sen_lo, 0.777777777777778, 1e-12);
    NEAR(m.sen_hi, 1.1, 1e-12);
}
END_TEST

START_TEST(mann_kendall_exact_small_n)
{
    rp_mk m;
    /* n <= 10 without ties: exact p. R: cor.test(1:8, e, method = "kendall", exact = TRUE)
     * $p.value = 0.0141369047619047; the normal approximation would give 0.0187 */
    static const double t8[] = {1, 2, 3, 4, 5, 6, 7, 8};
    static const double e[] = {3.1, 2.5, 4.8, 5.2, 4.9, 6.7, 7.3, 6.1};
    ck_assert_int_eq(rp_mann_kendall(t8, e, 8, 0.95, &m), RP_OK);
    ck_assert_int_eq(m.exact, 1);
    ck_assert_double_eq(m.s, 20);
    NEAR(m.p_value, 0.0141369047619047, 1e-12);
    NEAR(m.z, 2.35064038170062, 1e-12);
    NEAR(m.sen, 0.629166666666667, 1e-12);
    NEAR(m.sen_lo, 0.225, 1e-12);
    NEAR(m.sen_hi, 0.96, 1e-12);
    /* R: cor.test(1:10, e2, method = "kendall", exact = TRUE)$p.value */
    static const double t10[] = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    static const double e2[] = {10, 12, 9, 14, 13, 11, 15, 17, 16, 18};
    rp_mann_kendall(t10, e2, 10, 0.95, &m);
    ck_assert_double_eq(m.s, 31);
    NEAR(m.p_value, 0.00468694885361542, 1e-12);
    NEAR(m.sen, 0.833333333333333, 1e-12);
    NEAR(m.sen_lo, 0.5, 1e-12);
    NEAR(m.sen_hi, 1.33333333333333, 1e-12);
    /* a constant series: S = 0, no trend, and no p-value (SPEC section 6) */
    static const double c[] = {4, 4, 4, 4};
    rp_mann_kendall(t10, c, 4, 0.95, &m);
    ck_assert_double_eq(m.s, 0);
    ck_assert(isnan(m.p_value));
    ck_assert(m.sen == 0 && m.sen_lo == 0 && m.sen_hi == 0);
    ck_assert_int_eq(rp_mann_kendall(t10, c, 2, 0.95, &m), RP_EDATA);
    static const double dup[] = {1, 2, 2, 3};
    ck_assert_int_eq(rp_mann_kendall(dup, e, 4, 0.95, &m), RP_EINVAL);
}
END_TEST

/* A constant series has no trend: slope and interval exactly 0, no p-value (SPEC section 6;
 * a fit leaves about 1e-16 and a p-value made of that rounding). */
START_TEST(constant_series_has_no_trend)
{
    static const double x[] = {2019, 2020, 2021, 2022, 2023}, y[] = {7, 7, 7, 7, 7};
    static const double pop[] = {1e5, 2e5, 1e5, 3e5, 1e5}, rate[] = {7, 14, 7, 21, 7};
    rp_trend_fit f;
    ck_assert_int_eq(rp_trend_poisson(x, y, NULL, 5, 0.95, &f), RP_OK);
    ck_assert(f.slope == 0 && f.slope_lo == 0 && f.slope_hi == 0 && isnan(f.p_value));
    ck_assert(f.apc == 0 && f.apc_lo == 0 && f.apc_hi == 0);
    ck_assert_int_eq(rp_trend_poisson(x, rate, pop, 5, 0.95, &f), RP_OK);
    ck_assert(f.slope == 0 && isnan(f.p_value));            /* a constant rate */
    ck_assert_int_eq(rp_trend_linear(x, y, 5, 0.95, &f), RP_OK);
    ck_assert(f.slope == 0 && f.slope_lo == 0 && f.slope_hi == 0 && isnan(f.p_value));
    NEAR(f.intercept, 7, 1e-12);
    rp_jp_result j;
    ck_assert_int_eq(rp_joinpoint(x, y, NULL, 5, 0.95, -1, &j), RP_OK);
    ck_assert(j.aapc == 0 && j.aapc_lo == 0 && j.aapc_hi == 0 && j.seg[0].apc == 0);
}
END_TEST

/* ---- joinpoint ---- */

START_TEST(joinpoint_exact_two_pieces)
{
    /* exactly log-linear in two pieces: +5% a year to 2007, then -8% a year */
    double x[16], y[16];
    for (int i = 0; i < 16; i++) {
        x[i] = 2000 + i;
        y[i] = x[i] <= 2007 ? 1000 * pow(1.05, x[i] - 2000)
                            : 1000 * pow(1.05, 7) * pow(0.92, x[i] - 2007);
    }
    rp_jp_result j;
    ck_assert_int_eq(rp_joinpoint(x, y, NULL, 16, 0.95, -1, &j), RP_OK);
    ck_assert_int_eq(j.kmax, 2);
    ck_assert_int_eq(j.k, 1);
    ck_assert_double_eq(j.seg[0].start, 2000);
    ck_assert_double_eq(j.seg[0].end, 2007);
    ck_assert_double_eq(j.seg[1].end, 2015);
    NEAR(j.seg[0].apc, 5, 1e-9);
    NEAR(j.seg[1].apc, -8, 1e-9);
    /* AAPC = 100 (exp((7 ln 1.05 + 8 ln 0.92) / 15) - 1), by hand; R (tests/reference/
     * joinpoint.R) prints -2.14676659206711 */
    NEAR(j.aapc, 100 * (exp((7 * log(1.05) + 8 * log(0.92)) / 15) - 1), 1e-9);
    NEAR(j.aapc, -2.14676659206711, 1e-9);
}
END_TEST

START_TEST(joinpoint_r_grid)
{
    /* victims 2012-2024; R grid search over glm fits (tests/reference/joinpoint.R): BIC 4.1217
     * (k = 0), 4.0607 (k = 1), 4.3932 (k = 2): one joinpoint, at 2018 */
    rp_jp_result j;
    ck_assert_int_eq(rp_joinpoint(years, victims, NULL, 13, 0.95, -1, &j), RP_OK);
    NEAR(j.bic[0], 4.1217438406873, 1e-7);
    NEAR(j.bic[1], 4.060660481637, 1e-7);
    NEAR(j.bic[2], 4.39324946034554, 1e-7);
    ck_assert_int_eq(j.k, 1);
    ck_assert_double_eq(j.seg[0].end, 2018);
    NEAR(j.seg[0].apc, -9.94203252159546, 1e-6);
    NEAR(j.seg[0].apc_lo, -15.7170895966072, 1e-6);
    NEAR(j.seg[0].apc_hi, -3.77126908025137, 1e-6);
    NEAR(j.seg[1].apc, 1.92534103373481, 1e-6);
    NEAR(j.seg[1].apc_lo, -5.29973556430319, 1e-6);
    NEAR(j.seg[1].apc_hi, 9.70164874140673, 1e-6);
    NEAR(j.aapc, -4.19191553923343, 1e-6);
    NEAR(j.aapc_lo, -7.05852349191424, 1e-6);
    NEAR(j.aapc_hi, -1.23689236588783, 1e-6);
    /* Joinpoint's defaults for the maximum number of joinpoints */
    ck_assert_int_eq(rp_joinpoint_kmax(6), 0);
    ck_assert_int_eq(rp_joinpoint_kmax(7), 1);
    ck_assert_int_eq(rp_joinpoint_kmax(11), 1);
    ck_assert_int_eq(rp_joinpoint_kmax(12), 2);
    ck_assert_int_eq(rp_joinpoint_kmax(17), 3);
    ck_assert_int_eq(rp_joinpoint_kmax(26), 4);
    ck_assert_int_eq(rp_joinpoint_kmax(40), 5);
    /* six points: no joinpoint allowed, the plain Poisson trend */
    ck_assert_int_eq(rp_joinpoint(years, victims, NULL, 6, 0.95, -1, &j), RP_OK);
    ck_assert_int_eq(j.k, 0);
}
END_TEST

/* ---- Kaplan-Meier ---- */

/* tests/reference/km.R: ties among events (1.0 twice), an event and a censoring at the same
 * time (2.0), censoring before the first event, a group (b) with no events */
static const double km_time[] = {0.5, 1.0, 1.0, 1.5, 2.0, 2.0, 2.5, 3.0, 4.0,
                                 5.5, 6.0, 7.5, 0.8, 3.3, 6.1, 2.2, 4.4, 8.0};
static const unsigned char km_event[] = {0, 1, 1, 1, 1, 0, 1, 0, 1, 1, 0, 1, 1, 1, 0, 0, 0, 0};
static const size_t km_group[] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 2, 2, 1, 1, 1};

/* Recidivism as published (cohort;years;prevalence;n): the figure as given, the events it
 * implies, the Wilson interval of those events of n, and the disclosure of a small number of
 * offenders, or of those without an offence (83.3% of 12 names 2). */
START_TEST(recidivism_published)
{
    rp_recid_agg_row rows[] = {
        {2015, 2, 0.36, 100, NAN, NAN},      /* 36 of 100 */
        {2015, 5, 0.58, 100, 0.48, 0.68},    /* published with its own interval */
        {2016, 2, 4.0 / 12, 12, NAN, NAN},   /* 4 events: below 5, withheld */
        {2017, 2, 0.26, NAN, NAN, NAN},      /* no n published: the figure alone */
        {2018, 2, 10.0 / 12, 12, NAN, NAN}}; /* 83.3% of 12: 2 without an offence */
    rp_recid_agg a = {5, rows, "r.csv"};
    double at[] = {2, 5};
    rp_recid_result *r = rp_recid_published(&a, at, 2, 0.95, 5, 0);
    ck_assert_ptr_nonnull(r);
    ck_assert_uint_eq(r->ngroups, 4);
    ck_assert_int_eq(r->published, 1);
    const rp_recid_row *w = &r->rows[0];
    ck_assert_str_eq(w->group, "2015");
    ck_assert(w->events == 36);
    /* R: prop.test(36, 100, correct = FALSE)$conf.int */
    NEAR(w->lo, 0.272712204014043, 1e-9);
    NEAR(w->hi, 0.457645975483913, 1e-9);
    ck_assert_int_eq(w->events_mark, 0);
    NEAR(r->rows[1].lo, 0.48, 1e-15); /* as published */
    /* 4 of 12: hidden, and with it the figure; a hidden count keeps no value */
    ck_assert(r->rows[2].events_mark && !r->rows[2].n_mark && isnan(r->rows[2].events) &&
              isnan(r->rows[2].prevalence));
    ck_assert(!r->rows[3].estimable); /* 2016 has no figure at 5 years */
    ck_assert(r->rows[4].estimable && isnan(r->rows[4].lo) && isnan(r->rows[4].n) &&
              !r->rows[4].events_mark);
    NEAR(r->rows[4].prevalence, 0.26, 1e-15);
    ck_assert(r->rows[6].events_mark && isnan(r->rows[6].prevalence)); /* 12 - 10 = 2 */
    rp_recid_result_free(r);
}
END_TEST

START_TEST(km_survfit_loglog)
{
    rp_km *k = rp_km_fit(km_time, km_event, NULL, 18);
    ck_assert_ptr_nonnull(k);
    /* R: summary(survfit(Surv(time, event) ~ 1, conf.type = "log-log"), times = c(1, 2, 5,
     * 7)): surv, lower, upper, std.err and n.risk; prevalence = 1 - surv, its interval
     * 1 - upper to 1 - lower */
    static const double ref[][6] = {
        {1, 16, 0.823529411764706, 0.547131776702978, 0.939405339469289, 0.0924594409403971},
        {2, 13, 0.705882352941177, 0.431477879329521, 0.865599421638395, 0.1105101690150264},
        {5, 5, 0.476470588235294, 0.213087674236386, 0.700833179157653, 0.1324618928722576},
        {7, 2, 0.381176470588235, 0.136499821783596, 0.626802123299405, 0.1359937978255557}};
    for (size_t i = 0; i < 4; i++) {
        rp_km_point p;
        rp_km_at(k, ref[i][0], 0.95, &p);
        ck_assert(p.estimable);
        ck_assert_uint_eq(p.at_risk, (size_t)ref[i][1]);
        NEAR(p.surv, ref[i][2], 1e-12);
        NEAR(p.prevalence, 1 - ref[i][2], 1e-12);
        NEAR(p.lo, 1 - ref[i][4], 1e-12);
        NEAR(p.hi, 1 - ref[i][3], 1e-12);
        NEAR(p.se, ref[i][5], 1e-12);
    }
    rp_km_point p;
    rp_km_at(k, 2, 0.95, &p);
    ck_assert_uint_eq(p.events, 5);      /* events at or before 2: 0.8, 1.0, 1.0, 1.5, 2.0 */
    rp_km_at(k, 8.5, 0.95, &p);          /* beyond the last follow-up (8.0): not estimable */
    ck_assert(!p.estimable);
    ck_assert(isnan(p.prevalence));
    rp_km_free(k);
    /* group a alone: R summary(survfit(..., subset = group == "a"), times = c(2, 5, 7)) */
    size_t a[12];
    for (size_t i = 0; i < 12; i++)
        a[i] = i;
    k = rp_km_fit(km_time, km_event, a, 12);
    static const double refa[][5] = {{2, 8, 0.636363636363636, 0.2968920988473032, 0.845163385970308},
                                     {5, 3, 0.397727272727273, 0.1100168632556623, 0.680351545445175},
                                     {7, 1, 0.265151515151515, 0.0441068649422133, 0.568598794860272}};
    for (size_t i = 0; i < 3; i++) {
        rp_km_at(k, refa[i][0], 0.95, &p);
        ck_assert_uint_eq(p.at_risk, (size_t)refa[i][1]);
        NEAR(p.prevalence, 1 - refa[i][2], 1e-12);
        NEAR(p.lo, 1 - refa[i][4], 1e-12);
        NEAR(p.hi, 1 - refa[i][3], 1e-12);
    }
    rp_km_free(k);
    /* a single person with an event at 1 year: at 0.5 nobody has reoffended, R gives surv 1
     * with limits 1 and 1 */
    static const double one_t[] = {1};
    static const unsigned char one_e[] = {1};
    k = rp_km_fit(one_t, one_e, NULL, 1);
    rp_km_at(k, 0.5, 0.95, &p);
    ck_assert_double_eq(p.prevalence, 0);
    ck_assert_double_eq(p.lo, 0);
    ck_assert_double_eq(p.hi, 0);
    ck_assert_uint_eq(p.at_risk, 1);
    rp_km_at(k, 1, 0.95, &p);
    ck_assert_double_eq(p.prevalence, 1);
    rp_km_free(k);
}
END_TEST

START_TEST(logrank_survdiff)
{
    /* R: survdiff(Surv(time, event) ~ group): chisq 3.40618522325556 on 2 df,
     * p = pchisq(3.406, 2, lower.tail = FALSE) = 0.182119427577301; group b has no events */
    double chi2, df, p;
    ck_assert_int_eq(rp_logrank(km_time, km_event, km_group, 18, 3, &chi2, &df, &p), RP_OK);
    NEAR(chi2, 3.40618522325556, 1e-12);
    ck_assert_double_eq(df, 2);
    NEAR(p, 0.182119427577301, 1e-12);
    static const size_t one[18] = {0};
    ck_assert_int_eq(rp_logrank(km_time, km_event, one, 18, 1, &chi2, &df, &p), RP_EDATA);
}
END_TEST

/* ---- regions ---- */

START_TEST(regions_funnel_and_concentration)
{
    /* tests/reference/funnel.R: exact Poisson limits (pgamma inverted by uniroot), the exact
     * one-sided tests behind the signals, chisq.test(count, p = pop / sum(pop)); a region with
     * a zero count and a small one (95,000 inhabitants). Tolerance 1e-9: both sides solve to
     * 1e-13. */
    static const double count[] = {412, 95, 0, 230, 61, 18};
    static const double pop[] = {1160000, 1710000, 380000, 1990000, 1300000, 95000};
    static const double lim[][4] = {
        {9.20009433383, 15.6429054192, 10.2792252484, 14.399343188},
        {9.73392347813, 15.0297932291, 10.6353660412, 14.0168958758},
        {7.00423348994, 18.3472001493, 8.77200596032, 16.0748480367},
        {9.91723152006, 14.8229770975, 10.7568152016, 13.8876433657},
        {9.36710249598, 15.4493398808, 10.3910433096, 14.2787151426},
        {2.35954985925, 25.3184508582, 5.27450141955, 20.3316270907}};
    rp_region_stat r[6];
    rp_regions_summary s;
    ck_assert_int_eq(rp_regions_compare(count, pop, 6, 1e5, 0.95, RP_FUNNEL_EXACT, r, &s),
                     RP_OK);
    ck_assert_int_eq(s.funnel, RP_FUNNEL_EXACT);
    NEAR(s.national_rate, 12.2984174830445, 1e-12);
    for (int i = 0; i < 6; i++) {
        NEAR(r[i].f998_lo, lim[i][0], 1e-9);
        NEAR(r[i].f998_hi, lim[i][1], 1e-9);
        NEAR(r[i].f95_lo, lim[i][2], 1e-9);
        NEAR(r[i].f95_hi, lim[i][3], 1e-9);
    }
    /* signals are the exact tests: P(X >= 412) = 4.9e-75, P(X <= 95) = 3.8e-19, P(X <= 0) =
     * 5.1e-21, P(X <= 61) = 3.1e-19 are below 0.001; 230 (0.83/0.18) and 18 (0.052) not */
    ck_assert_int_eq(r[0].signal, RP_SIGNAL_HIGH);
    ck_assert_int_eq(r[1].signal, RP_SIGNAL_LOW);
    ck_assert_int_eq(r[2].signal, RP_SIGNAL_LOW);
    ck_assert_int_eq(r[3].signal, RP_SIGNAL_WITHIN);
    ck_assert_int_eq(r[4].signal, RP_SIGNAL_LOW);
    ck_assert_int_eq(r[5].signal, RP_SIGNAL_WITHIN);
    ck_assert_int_eq(r[5].warn95, RP_SIGNAL_WITHIN);   /* 0.052 > 0.025 too */
    /* the zero count's exact interval: R poisson.test(0)$conf.int = 0, 3.68887945411394 */
    ck_assert_double_eq(r[2].rate.lo, 0);
    NEAR(r[2].rate.hi, 3.68887945411394 / 3.8, 1e-12);
    NEAR(s.chi2, 683.904854391346, 1e-12);
    ck_assert_double_eq(s.df, 5);
    NEAR(s.p_value, 1.48307734352781e-145, 1e-9);
    /* concentration, computed in R from the definitions (regions.R) */
    NEAR(s.top40_share, 0.903186274509804, 1e-12);
    NEAR(s.share_for_75, 0.333333333333333, 1e-12);
    NEAR(s.gini, 0.557598039215686, 1e-12);
}
END_TEST

/* PHEindicatormethods' tabulated funnel for rates (tests/testthat/
 * testdata_funnel_rate_outputs.csv: dsr per 100,000, 3 years of data, baseline 116.1720835):
 * for E events the populations (per year) at which E lies exactly on each limit. Inverting,
 * the funnel count at that population's expected count is E again. Tolerance 1e-5 relative:
 * the package bisects to 1e-7 on v, with z = (1 + E) v / (1 - v), which for the smallest
 * expected counts (z near 0.001, v near 0.0005) leaves z good to 2e-4 and E to about 6e-6. */
START_TEST(funnel_phe_tabulated)
{
    static const double t[][5] = {/* E, lower_2s, upper_2s, lower_3s, upper_3s (per year) */
        {1, 1598.675694, 7.264481402, 2649.348525, 0.287087625},
        {2, 2072.984403, 69.49732367, 3221.906682, 13.02722321},
        {5, 3348.002593, 465.8280129, 4721.370883, 212.14848},
        {10, 5276.757672, 1375.943768, 6924.776769, 849.4639547},
        {20, 8862.823734, 3505.293872, 10915.38389, 2570.385518},
        {55, 20541.38426, 11888.54874, 23527.63198, 10012.3603},
        {159, 53290.17651, 38806.26443, 57946.64861, 35253.30678},
        {466, 146419.093, 121843.7136, 153978.364, 115383.3934},
        {1360, 411529.9259, 369759.5622, 424043.2424, 358342.3275}};
    const double av = 116.1720835 / 1e5;
    for (size_t i = 0; i < sizeof t / sizeof *t; i++) {
        double E = t[i][0];
        NEAR(rp_funnel_count(av * 3 * t[i][1], 0.025, 0), E, 1e-5);
        NEAR(rp_funnel_count(av * 3 * t[i][2], 0.025, 1), E, 1e-5);
        NEAR(rp_funnel_count(av * 3 * t[i][3], 0.001, 0), E, 1e-5);
        NEAR(rp_funnel_count(av * 3 * t[i][4], 0.001, 1), E, 1e-5);
    }
    /* below an expected count of -log(0.001) = 6.9 even 0 events is not that unlikely: no
     * lower 99.8% limit */
    ck_assert(rp_funnel_count(6.9, 0.001, 0) < 0 && rp_funnel_count(6.91, 0.001, 0) > 0);
}
END_TEST

/* Over-dispersion (Spiegelhalter 2005, section 3.3; tests/reference/funnel.R): winsorised
 * dispersion phi, the additive random effect tau^2 and the limits it gives, chosen
 * automatically here because k phi far exceeds chi-square on 5 df. */
START_TEST(funnel_overdispersion)
{
    static const double count[] = {412, 95, 0, 230, 61, 18};
    static const double pop[] = {1160000, 1710000, 380000, 1990000, 1300000, 95000};
    static const double hi998[] = {39.5094754191, 39.4495731953, 39.8886972629, 39.431771375,
                                   39.4894333421, 41.5207141988};
    rp_region_stat r[6];
    rp_regions_summary s;
    ck_assert_int_eq(rp_regions_compare(count, pop, 6, 1e5, 0.95, RP_FUNNEL_AUTO, r, &s), RP_OK);
    ck_assert_int_eq(s.funnel, RP_FUNNEL_ADDITIVE);
    ck_assert_int_eq(s.overdispersed, 1);
    NEAR(s.phi, 53.8640659980456, 1e-12);
    NEAR(s.tau2, 7.64767208030725e-09, 1e-10);
    for (int i = 0; i < 6; i++) {
        NEAR(r[i].f998_hi, hi998[i], 1e-10);
        ck_assert_double_eq(r[i].f998_lo, 0);
        ck_assert_int_eq(r[i].signal, RP_SIGNAL_WITHIN);
    }
    ck_assert_int_eq(rp_regions_compare(count, pop, 6, 1e5, 0.95, RP_FUNNEL_MULTIPLICATIVE, r,
                                        &s), RP_OK);
    NEAR(r[5].f95_hi, 64.0543896864, 1e-10);
    ck_assert_double_eq(r[5].f95_lo, 0);
}
END_TEST

/* ---- indicator series, the recent-trend marker and targets ---- */

/* A count series built by hand: the values with their exact/Byar intervals. */
static rp_series count_series(rp_indicator_def *d, int first, const double *v, size_t n)
{
    rp_series s;
    memset(&s, 0, sizeof s);
    s.def = d;
    s.year_min = first;
    s.year_max = first + (int)n - 1;
    s.n = n;
    s.per = 1;
    s.below = 5;
    s.pts = calloc(n, sizeof *s.pts);
    for (size_t i = 0; i < n; i++) {
        rp_point *p = &s.pts[i];
        rp_ci ci;
        p->year = first + (int)i;
        p->present = p->estimable = !isnan(v[i]);
        p->value = p->num = v[i];
        rp_ci_count(v[i], 0.95, RP_CI_AUTO, &ci);
        p->lo = p->lo95 = ci.lo;
        p->hi = p->hi95 = ci.hi;
    }
    s.seg_start = first;
    for (size_t i = 0; i < d->nbreaks; i++)
        if (d->breaks[i] > s.seg_start && d->breaks[i] <= s.year_max)
            s.seg_start = d->breaks[i];
    rp_series_fit_projection(&s);
    return s;
}

static rp_target_def target(int base, double value, rp_target_kind kind, int year,
                            const char *owner)
{
    rp_target_def t;
    memset(&t, 0, sizeof t);
    t.id = "t";
    t.baseline_year = base;
    t.value = value;
    t.kind = kind;
    t.target_year = year;
    t.owner = (char *)owner;
    return t;
}

static rp_indicator_def count_def(rp_polarity pol)
{
    rp_indicator_def d;
    memset(&d, 0, sizeof d);
    d.id = "i";
    d.title = "I";
    d.definition = "people counted";
    d.measure = RP_MEASURE_COUNT;
    d.polarity = pol;
    return d;
}

static rp_target_result assess(const rp_target_def *t, const rp_series *s)
{
    rp_target_result r;
    char err[512];
    int st = rp_target_assess(t, s, 0.95, &r, NULL, err, sizeof err);
    ck_assert_msg(st == RP_OK, "%s", err);
    return r;
}

/* A share series (fractions of 1000) with Wilson intervals. */
static rp_series share_series(rp_indicator_def *d, int first, const double *v, size_t n)
{
    rp_series s = count_series(d, first, v, n);
    for (size_t i = 0; i < n; i++) {
        rp_point *p = &s.pts[i];
        rp_ci ci;
        p->num = v[i] * 1000;
        p->den = 1000;
        rp_ci_proportion(p->num, p->den, 0.95, RP_CI_WILSON, &ci);
        p->lo = p->lo95 = ci.lo;
        p->hi = p->hi95 = ci.hi;
    }
    return s;
}

START_TEST(eurostat_categories_by_hand)
{
    /* +10% a year from 100: 2015-2017 observed. By hand, Eurostat's formulas:
     * observed CAGR (121/100)^(1/2) - 1 = 0.1; required (X/100)^(1/5) - 1 to 2020 */
    static const double up[] = {100, 110, 121};
    rp_indicator_def d = count_def(RP_POLARITY_UP);
    rp_series s = count_series(&d, 2015, up, 3);
    rp_target_def t = target(2015, 150, RP_TARGET_ABSOLUTE, 2020, "OM");
    rp_target_result r = assess(&t, &s);
    NEAR(r.observed_cagr, 0.1, 1e-12);
    NEAR(r.required_cagr, pow(1.5, 0.2) - 1, 1e-12);      /* 0.0844717711976985 */
    NEAR(r.progress_ratio, 1.18382743231415, 1e-12);
    ck_assert_int_eq(r.category, RP_CAT_SIGNIFICANT);
    ck_assert_int_eq(r.current_year, 2017);
    t.value = 200; /* required 2^(1/5) - 1 = 0.148698354997035, ratio 0.672505 */
    r = assess(&t, &s);
    NEAR(r.progress_ratio, 0.1 / (pow(2, 0.2) - 1), 1e-12);
    ck_assert_int_eq(r.category, RP_CAT_MODERATE);
    t.value = 300; /* required 3^(1/5) - 1 = 0.245730939, ratio 0.40695 */
    r = assess(&t, &s);
    ck_assert_int_eq(r.category, RP_CAT_INSUFFICIENT);
    t.value = 120; /* 121 already meets it, but 2020 is not in the data: by the ratio */
    r = assess(&t, &s);
    ck_assert_int_eq(r.category, RP_CAT_SIGNIFICANT);
    /* three values leave one degree of freedom for the spread: no projection, no chance */
    ck_assert(r.progress_ratio > 1 && r.proj_few && isnan(r.p_meet) && isnan(r.projected));
    /* a change target: +50% from the baseline is 150 */
    t = target(2015, 0.5, RP_TARGET_CHANGE, 2020, "OM");
    r = assess(&t, &s);
    NEAR(r.target, 150, 1e-12);
    /* +5% a year for 5 years: 100 * 1.05^5 */
    t = target(2015, 0.05, RP_TARGET_ANNUAL, 2020, "OM");
    r = assess(&t, &s);
    NEAR(r.target, 100 * pow(1.05, 5), 1e-12);
    NEAR(r.required_cagr, 0.05, 1e-12);
    rp_series_clear(&s);

    /* falling: observed 0.95 - 1 = -0.05 against a rise: ratio -0.05 / 0.08447 < 0 */
    static const double down[] = {100, 95, 90.25};
    s = count_series(&d, 2015, down, 3);
    t = target(2015, 150, RP_TARGET_ABSOLUTE, 2020, "OM");
    r = assess(&t, &s);
    NEAR(r.progress_ratio, -0.05 / (pow(1.5, 0.2) - 1), 1e-12);
    ck_assert_int_eq(r.category, RP_CAT_MOVING_AWAY);
    /* a target to reduce: 100 -> 70 by 2020 needs 0.7^(1/5) - 1 a year; observed -5% */
    rp_indicator_def dd = count_def(RP_POLARITY_DOWN);
    rp_series s2 = count_series(&dd, 2015, down, 3);
    t = target(2015, 70, RP_TARGET_ABSOLUTE, 2020, "OM");
    r = assess(&t, &s2);
    ck_assert_int_eq(r.increase, 0);
    NEAR(r.progress_ratio, -0.05 / (pow(0.7, 0.2) - 1), 1e-12);   /* 0.7048 */
    ck_assert_int_eq(r.category, RP_CAT_MODERATE);
    t.value = 91;   /* 90.25 <= 91 before the target year: significant progress */
    r = assess(&t, &s2);
    ck_assert_int_eq(r.category, RP_CAT_SIGNIFICANT);
    rp_series_clear(&s);
    rp_series_clear(&s2);
}
END_TEST

START_TEST(eurostat_not_assessable)
{
    static const double v[] = {100, 110, 121, 133.1};
    rp_indicator_def d = count_def(RP_POLARITY_UP);
    rp_series s = count_series(&d, 2015, v, 4);
    rp_target_def t = target(2014, 150, RP_TARGET_ABSOLUTE, 2020, "OM");
    rp_target_result r = assess(&t, &s);
    ck_assert_int_eq(r.category, RP_CAT_NOT_ASSESSABLE);
    ck_assert_int_eq(r.why_na, RP_NA_NO_BASELINE);
    t.baseline_year = 2018;        /* the latest year: nothing after it */
    r = assess(&t, &s);
    ck_assert_int_eq(r.why_na, RP_NA_NO_LATER);
    t.baseline_year = 2015;
    t.target_year = 0;
    r = assess(&t, &s);
    ck_assert_int_eq(r.why_na, RP_NA_NO_TARGET_YEAR);
    rp_series_clear(&s);
    int breaks[] = {2017};
    d.breaks = breaks;
    d.nbreaks = 1;
    s = count_series(&d, 2015, v, 4);
    t = target(2015, 150, RP_TARGET_ABSOLUTE, 2020, "OM");
    r = assess(&t, &s);
    ck_assert_int_eq(r.why_na, RP_NA_BREAK);
    rp_series_clear(&s);
    d.nbreaks = 0;
    static const double z[] = {0, 3, 6};
    s = count_series(&d, 2015, z, 3);
    r = assess(&t, &s);
    ck_assert_int_eq(r.why_na, RP_NA_ZERO_BASELINE);
    /* a change from a zero baseline is no target at all: refused */
    t = target(2015, 0.5, RP_TARGET_CHANGE, 2020, "OM");
    char err[512];
    ck_assert_int_eq(rp_target_assess(&t, &s, 0.95, &r, NULL, err, sizeof err), RP_EINVAL);
    ck_assert(t_has(err, "baseline value is 0"));
    rp_series_clear(&s);
    /* fewer than 3 values from the baseline year on: not assessable (Eurostat needs a span) */
    s = count_series(&d, 2015, v, 4);
    t = target(2017, 200, RP_TARGET_ABSOLUTE, 2022, "OM");
    r = assess(&t, &s);
    ck_assert_int_eq(r.why_na, RP_NA_TOO_FEW);
    ck_assert_int_eq(r.nobs, 2);
    ck_assert(isnan(r.p_meet) && isnan(r.projected));
    rp_series_clear(&s);
}
END_TEST

/* Disclosure: what would give a suppressed count away is withheld. The category too: a
 * verdict on the growth between two hidden counts bounds their ratio, so a hidden baseline or
 * latest value makes the target not assessable, with that reason. */
START_TEST(target_withholds_what_reveals_small_counts)
{
    static const double v[] = {7, 6, 5, 4};
    rp_indicator_def d = count_def(RP_POLARITY_DOWN);
    rp_series s = count_series(&d, 2015, v, 4);
    rp_target_def t = target(2015, -0.5, RP_TARGET_CHANGE, 2020, "OM");
    rp_target_result open = assess(&t, &s);
    ck_assert_int_eq(open.target_withheld, 0);
    NEAR(open.target, 3.5, 1e-12); /* -50% of 7: with 7 suppressed, 3.5 would name it */
    for (size_t i = 0; i < s.n; i++)
        s.pts[i].suppressed = 1;
    rp_target_result r = assess(&t, &s);
    ck_assert_int_eq(r.target_withheld, 1);
    ck_assert(isnan(r.observed_cagr) && isnan(r.progress_ratio)); /* (4/7)^(1/3): 4 and 7 */
    ck_assert(isnan(r.baseline_lo) && isnan(r.smart.a[RP_SMART_M]));
    ck_assert(isnan(r.smart.b[RP_SMART_R]));
    NEAR(r.required_cagr, pow(0.5, 0.2) - 1, 1e-12); /* from the target as written: kept */
    ck_assert_int_ne(open.category, RP_CAT_NOT_ASSESSABLE);
    ck_assert_int_eq(r.category, RP_CAT_NOT_ASSESSABLE);
    ck_assert_int_eq(r.why_na, RP_NA_HIDDEN);
    /* a hidden year between baseline and latest: the category rests on the two shown values
     * and stays; the projection's spread comes from every year, so it and the chance go */
    static const double w[] = {100, 110, 121, 133.1, 146.41};
    rp_indicator_def du = count_def(RP_POLARITY_UP);
    rp_series u = count_series(&du, 2015, w, 5);
    rp_target_def tu = target(2015, 200, RP_TARGET_ABSOLUTE, 2022, "OM");
    rp_target_result shown = assess(&tu, &u);
    ck_assert(!isnan(shown.p_meet) && !isnan(shown.projected));
    u.pts[2].suppressed = 2; /* RP_HIDE_SECOND */
    rp_target_result mid = assess(&tu, &u);
    ck_assert_int_eq(mid.category, shown.category);
    NEAR(mid.observed_cagr, 0.1, 1e-12); /* (146.41 / 100)^(1/4) - 1 */
    ck_assert(isnan(mid.p_meet) && isnan(mid.projected) && isnan(mid.projected_hi));
    rp_series_clear(&u);
    /* a fixed target over a hidden baseline: the required growth would name the baseline */
    t = target(2015, 3, RP_TARGET_ABSOLUTE, 2020, "OM");
    r = assess(&t, &s);
    ck_assert_int_eq(r.target_withheld, 0);
    ck_assert(isnan(r.required_cagr) && isnan(r.smart.a[RP_SMART_R]));
    rp_series_clear(&s);
    /* the target year in the data, its value shown, the baseline hidden: a fixed target with
     * its direction written is achieved or not on that year's value alone (Eurostat), which
     * says nothing of the baseline; without a written direction the verdict would tell on
     * which side of the target the baseline lies, so it stays not assessable */
    static const double f[] = {20, 30, 25, 20, 15, 12};
    rp_series fs = count_series(&d, 2015, f, 6);
    fs.pts[0].suppressed = 2; /* RP_HIDE_SECOND */
    rp_target_def ft = target(2015, 14, RP_TARGET_ABSOLUTE, 2020, "OM");
    rp_target_result fr = assess(&ft, &fs);
    ck_assert_int_eq(fr.category, RP_CAT_NOT_ASSESSABLE);
    ck_assert_int_eq(fr.why_na, RP_NA_HIDDEN);
    ft.direction = -1;
    fr = assess(&ft, &fs);
    ck_assert_int_eq(fr.category, RP_CAT_ACHIEVED); /* 12 <= 14 in 2020 */
    ck_assert(isnan(fr.required_cagr) && isnan(fr.observed_cagr) && isnan(fr.progress_ratio));
    fs.pts[5].value = 16;
    fr = assess(&ft, &fs);
    ck_assert_int_eq(fr.category, RP_CAT_NOT_ACHIEVED);
    rp_series_clear(&fs);
}
END_TEST

START_TEST(smart_every_verdict)
{
    static const double v[] = {100, 110, 121, 133.1, 146.41, 161.051};
    rp_indicator_def d = count_def(RP_POLARITY_UP);
    rp_series s = count_series(&d, 2015, v, 6);
    rp_target_def t = target(2015, 150, RP_TARGET_ABSOLUTE, 2020, "OM");
    rp_target_result r = assess(&t, &s);
    ck_assert_str_eq(r.smart.code, "S+ M+ A+ R+ T+");
    /* R: the 5-year window 2015-2020 showed +10% a year, more than the 8.4% required */
    ck_assert_int_eq(r.smart.window, 5);
    NEAR(r.smart.b[RP_SMART_R], 0.1, 1e-12);
    ck_assert_int_eq(r.category, RP_CAT_ACHIEVED);
    t.value = 300;                 /* requires 24.6% a year, never shown */
    r = assess(&t, &s);
    ck_assert_str_eq(r.smart.code, "S+ M+ A+ R- T+");
    ck_assert_int_eq(r.smart.why[RP_SMART_R], RP_WHY_R_NEVER_SHOWN);
    t.value = 110;                 /* 10 more than 100, whose Byar half-width is about 20 */
    r = assess(&t, &s);
    ck_assert_int_eq(r.smart.why[RP_SMART_M], RP_WHY_M_WITHIN_NOISE);
    ck_assert_str_eq(r.smart.code, "S+ M- A+ R+ T+");
    t = target(2015, 150, RP_TARGET_ABSOLUTE, 0, NULL);
    r = assess(&t, &s);
    ck_assert_str_eq(r.smart.code, "S+ M+ A- R- T-");
    ck_assert_int_eq(r.smart.why[RP_SMART_T], RP_WHY_T_NO_YEAR);
    ck_assert_int_eq(r.smart.why[RP_SMART_R], RP_WHY_R_NO_DATA);
    t = target(2015, 150, RP_TARGET_ABSOLUTE, 2015, "OM");
    r = assess(&t, &s);
    ck_assert_int_eq(r.smart.why[RP_SMART_T], RP_WHY_T_NOT_AFTER);
    t = target(2020, 200, RP_TARGET_ABSOLUTE, 2022, "OM");   /* a nulmeting in 2020 */
    r = assess(&t, &s);
    ck_assert_int_eq(r.smart.why[RP_SMART_M], RP_WHY_M_OK);    /* judged on 2015-2019 */
    for (int k = 0; k < 4; k++)
        s.pts[k].present = 0;                                  /* only 2019 before it */
    r = assess(&t, &s);
    ck_assert_int_eq(r.smart.why[RP_SMART_M], RP_WHY_M_NO_RECENT);
    for (int k = 0; k < 4; k++)
        s.pts[k].present = 1;
    t = target(2013, 200, RP_TARGET_ABSOLUTE, 2022, "OM");
    r = assess(&t, &s);
    ck_assert_int_eq(r.smart.why[RP_SMART_M], RP_WHY_M_NO_BASELINE);
    d.definition = NULL;
    t = target(2015, 150, RP_TARGET_ABSOLUTE, 2020, "OM");
    r = assess(&t, &s);
    ck_assert_int_eq(r.smart.why[RP_SMART_S], RP_WHY_S_NO_DEFINITION);
    d.definition = "x";
    d.measure = RP_MEASURE_MEAN;
    r = assess(&t, &s);
    ck_assert_int_eq(r.smart.why[RP_SMART_S], RP_WHY_S_NO_UNIT);
    rp_series_clear(&s);
}
END_TEST

/* Targets on series shaped like the real ones: the target year in the data decides whatever
 * the number of values before it; a direction against the target's side of the baseline is
 * refused; a count that falls to 0 keeps a projection with a real interval. */
START_TEST(targets_on_real_shaped_series)
{
    /* the police: 166 cases to the OM in 2017, 145 in 2019 (published figures), target 190
     * in 2019 from the 2017 baseline: two values, but 2019 is in the data: not achieved */
    rp_indicator_def d = count_def(RP_POLARITY_UP);
    static const double police[] = {166, NAN, 145};
    rp_series s = count_series(&d, 2017, police, 3);
    rp_target_def t = target(2017, 190, RP_TARGET_ABSOLUTE, 2019, "Politie");
    rp_target_result r = assess(&t, &s);
    ck_assert_int_eq(r.category, RP_CAT_NOT_ACHIEVED);
    ck_assert(r.final && r.final_value == 145);
    /* direction = up with a target of 140 below the 2017 baseline of 166: Eurostat's ratio
     * would call the fall "significant progress"; refused instead */
    t = target(2017, 140, RP_TARGET_ABSOLUTE, 2020, "Politie");
    t.direction = 1;
    t.value_text = "140";
    char err[512];
    ck_assert_int_eq(rp_target_assess(&t, &s, 0.95, &r, NULL, err, sizeof err), RP_EINVAL);
    ck_assert_msg(strstr(err, "direction = up contradicts target 140, which lies below the "
                              "baseline (166 in 2017); expected direction = down"), "%s", err);
    rp_series_clear(&s);
    /* 10, 6, 3, 0 (2015-2018) against a target of 2 in 2020: the log scale takes v + 1/2
     * (Cox 1970). R (tests/reference/targets.R): rate (log 0.5 - log 10.5) / 3, lm of
     * log(v + 0.5) on the year for the spread with noise floor 1/(0 + 0.5), centre log 10.5 +
     * 5 rate: p_meet = pt((log 2.5 - centre) / sd, 2) = 0.93213221894732; projected 0 (0 to
     * 40.8225751887497) */
    rp_indicator_def dd = count_def(RP_POLARITY_DOWN);
    static const double zero[] = {10, 6, 3, 0};
    s = count_series(&dd, 2015, zero, 4);
    t = target(2015, 2, RP_TARGET_ABSOLUTE, 2020, "OM");
    r = assess(&t, &s);
    NEAR(r.p_meet, 0.93213221894732, 1e-9);
    NEAR(r.projected, 0, 1e-12);
    NEAR(r.projected_lo, 0, 1e-12);
    NEAR(r.projected_hi, 40.8225751887497, 1e-9);
    ck_assert(r.progress_ratio >= 1 && r.category == RP_CAT_SIGNIFICANT);
    rp_series_clear(&s);
}
END_TEST

/* The change of the latest year that key findings rank by its interval, each in its unit:
 * R (tests/reference/findings.R) for a count (epitools::rateratio.wald's log-Wald), a share
 * (Newcombe's hybrid score; prop.test(correct = FALSE) for p) and a mean (Welch). */
START_TEST(year_on_year_changes_against_r)
{
    rp_indicator_def d = count_def(RP_POLARITY_NEUTRAL);
    static const double v[] = {1040, 1060};
    rp_series s = count_series(&d, 2023, v, 2);
    rp_yoy y;
    ck_assert_int_eq(rp_series_yoy(&s, 2024, 0.95, &y), 0);
    ck_assert_int_eq(y.unit, RP_CHANGE_PCT);
    NEAR(y.change, 1.923076923077, 1e-9);
    NEAR(y.lo, -6.433289777264, 1e-9);
    NEAR(y.hi, 11.025743928990, 1e-9);
    NEAR(y.p, 0.662525369747, 1e-9);
    s.pts[0].flags = RP_FLAG_E; /* an estimate carries no change */
    ck_assert_int_eq(rp_series_yoy(&s, 2024, 0.95, &y), -1);
    s.pts[0].flags = 0;
    s.pts[0].suppressed = RP_HIDE_SMALL; /* nor does a hidden value */
    ck_assert_int_eq(rp_series_yoy(&s, 2024, 0.95, &y), -1);
    rp_series_clear(&s);

    d.measure = RP_MEASURE_SHARE;
    static const double q[] = {160.0 / 1040, 184.0 / 1060};
    s = count_series(&d, 2023, q, 2);
    s.pts[0].num = 160, s.pts[0].den = 1040, s.pts[1].num = 184, s.pts[1].den = 1060;
    ck_assert_int_eq(rp_series_yoy(&s, 2024, 0.95, &y), 0);
    ck_assert_int_eq(y.unit, RP_CHANGE_PP);
    NEAR(y.change, 0.019738751814, 1e-9);
    NEAR(y.lo, -0.011966573116, 1e-9);
    NEAR(y.hi, 0.051376653312, 1e-9);
    NEAR(y.p, 0.221722254535, 1e-9);
    rp_series_clear(&s);

    d.measure = RP_MEASURE_MEAN;
    static const double mean[] = {25.5, 24.8};
    s = count_series(&d, 2023, mean, 2);
    s.pts[0].sd = 6.4, s.pts[0].num = 1040, s.pts[1].sd = 6.1, s.pts[1].num = 1060;
    ck_assert_int_eq(rp_series_yoy(&s, 2024, 0.95, &y), 0);
    ck_assert_int_eq(y.unit, RP_CHANGE_UNIT);
    NEAR(y.change, -0.7, 1e-12);
    NEAR(y.lo, -1.235234534777, 1e-9);
    NEAR(y.hi, -0.164765465223, 1e-9);
    NEAR(y.p, 0.0103927951572, 1e-9);
    /* a break between the two years: no change across it */
    static int brk[] = {2024};
    d.breaks = brk;
    d.nbreaks = 1;
    ck_assert_int_eq(rp_series_yoy(&s, 2024, 0.95, &y), -1);
    rp_series_clear(&s);
}
END_TEST

START_TEST(p_meet_falls_as_target_rises)
{
    static const double v[] = {100, 112, 119, 135, 144, 163, 171};
    rp_indicator_def d = count_def(RP_POLARITY_UP);
    rp_series s = count_series(&d, 2015, v, 7);
    ck_assert_int_eq(s.proj.model, RP_PROJ_POISSON);
    double last = 1.1;
    for (double x = 150; x <= 400; x += 25) {
        rp_target_def t = target(2015, x, RP_TARGET_ABSOLUTE, 2024, "OM");
        rp_target_result r = assess(&t, &s);
        ck_assert_msg(r.p_meet < last, "p_meet %g at %g, not below %g", r.p_meet, x, last);
        ck_assert(r.p_meet >= 0 && r.p_meet <= 1);
        last = r.p_meet;
    }
    ck_assert(last < 0.01);
    rp_series_clear(&s);
}
END_TEST

/* One annual rate drives category, projection and chance: the compound growth between the
 * end points (Eurostat), the latest value carried forward at it, with the spread of the rate
 * and of one year's value from least squares over the same years (one year's value at least
 * as noisy as a Poisson count, 1/y on the log scale). Reference: R 4.2,
 * tests/reference/targets.R: g = (144/100)^(1/4) - 1; f = lm(log(y) ~ yr) on 2015-2019;
 * sd = sqrt(9 se(b)^2 + max(sigma^2, 1/144)); p_meet = pt((log(200) - centre)/sd, 3,
 * lower = FALSE). */
START_TEST(target_one_rate_r_reference)
{
    static const double y[] = {100, 112, 119, 135, 144};
    rp_indicator_def d = count_def(RP_POLARITY_UP);
    rp_series s = count_series(&d, 2015, y, 5);
    rp_target_def t = target(2015, 200, RP_TARGET_ABSOLUTE, 2022, "OM");
    rp_target_result r = assess(&t, &s);
    ck_assert_int_eq(r.pp, 0);
    NEAR(r.observed_cagr, 0.0954451150103321, 1e-12);
    NEAR(r.observed_change, 9.54451150103321, 1e-12);
    NEAR(r.required_cagr, pow(2, 1.0 / 7) - 1, 1e-12);
    NEAR(r.p_meet, 0.281796954104348, 1e-9);
    NEAR(r.projected, 189.292915873785, 1e-9);
    NEAR(r.projected_lo, 144.423895997982, 1e-9);
    NEAR(r.projected_hi, 248.10165764051, 1e-9);
    ck_assert_int_eq(r.category, RP_CAT_MODERATE); /* 0.0954 / 0.1041 = 0.917 */
    rp_series_clear(&s);
    /* a share moves in percentage points: (0.28 - 0.20)/4 = 2 pp a year against
     * (0.35 - 0.20)/7 = 2.14 pp required; lm(p ~ yr), the same formula on the value scale with
     * the binomial floor 0.28 x 0.72 / 1000: projected 0.34, p_meet 0.311067743061376,
     * interval 0.28187350902958-0.39812649097042 */
    static const double p[] = {0.20, 0.22, 0.25, 0.24, 0.28};
    rp_indicator_def sd = count_def(RP_POLARITY_UP);
    sd.measure = RP_MEASURE_SHARE;
    s = share_series(&sd, 2015, p, 5);
    t = target(2015, 0.35, RP_TARGET_ABSOLUTE, 2022, "OM");
    r = assess(&t, &s);
    ck_assert_int_eq(r.pp, 1);
    ck_assert(isnan(r.observed_cagr) && isnan(r.required_cagr));
    NEAR(r.observed_change, 2, 1e-12);
    NEAR(r.required_change, 15.0 / 7, 1e-12);
    NEAR(r.progress_ratio, 2 / (15.0 / 7), 1e-12);
    NEAR(r.projected, 0.34, 1e-9);
    NEAR(r.p_meet, 0.311067743061376, 1e-9);
    NEAR(r.projected_lo, 0.28187350902958, 1e-9);
    NEAR(r.projected_hi, 0.39812649097042, 1e-9);
    ck_assert_int_eq(r.category, RP_CAT_MODERATE);
    rp_series_clear(&s);
}
END_TEST

/* The rule that makes the verdicts agree: progress ratio >= 1, a projection that meets the
 * target and p_meet >= 0.5 go together, for rises and falls, counts and shares. */
START_TEST(target_verdicts_agree)
{
    static const double c[][6] = {{100, 108, 103, 119, 116, 131}, {300, 280, 290, 250, 260, 240},
                                  {50, 50, 52, 49, 51, 50}};
    static const double sh[][6] = {{0.10, 0.13, 0.12, 0.16, 0.18, 0.17},
                                   {0.40, 0.37, 0.38, 0.33, 0.31, 0.30}};
    int checked = 0;
    for (int share = 0; share < 2; share++)
        for (int k = 0; k < (share ? 2 : 3); k++)
            for (int pol = 0; pol < 2; pol++)
                for (int step = 0; step <= 22; step++) {
                    double f = 0.5 + 0.05 * step;
                    rp_indicator_def d = count_def(pol ? RP_POLARITY_DOWN : RP_POLARITY_UP);
                    d.measure = share ? RP_MEASURE_SHARE : RP_MEASURE_COUNT;
                    rp_series s = share ? share_series(&d, 2015, sh[k], 6)
                                        : count_series(&d, 2015, c[k], 6);
                    double base = share ? sh[k][0] : c[k][0], v = base * f;
                    if ((v > base) == (pol == 1) || step == 10 || (share && v > 1)) {
                        rp_series_clear(&s);
                        continue;
                    }
                    rp_target_def t = target(2015, v, RP_TARGET_ABSOLUTE, 2026, "OM");
                    rp_target_result r = assess(&t, &s);
                    int ratio = r.progress_ratio >= 1;
                    int proj = r.increase ? r.projected >= r.target : r.projected <= r.target;
                    ck_assert_msg(ratio == proj && proj == (r.p_meet >= 0.5),
                                  "share %d series %d target %g: ratio %.17g, projected %.17g, "
                                  "p_meet %.17g", share, k, v, r.progress_ratio, r.projected,
                                  r.p_meet);
                    ck_assert(r.category != RP_CAT_SIGNIFICANT || r.progress_ratio >= 0.95);
                    checked++;
                    rp_series_clear(&s);
                }
    ck_assert_int_ge(checked, 60);
}
END_TEST

/* The target year in the data: achieved or not on that year's value, with its interval; no
 * projection and no chance. The latest value's flag travels with the result. */
START_TEST(target_year_in_the_data)
{
    static const double v[] = {100, 110, 121, 133.1, 146.41, 161.051};
    rp_indicator_def d = count_def(RP_POLARITY_UP);
    rp_series s = count_series(&d, 2015, v, 6);
    s.pts[5].flags = RP_FLAG_P;
    rp_target_def t = target(2015, 150, RP_TARGET_ABSOLUTE, 2019, "OM");
    rp_target_result r = assess(&t, &s);
    ck_assert_int_eq(r.final, 1);
    ck_assert_int_eq(r.category, RP_CAT_NOT_ACHIEVED); /* 146.41 in 2019 */
    NEAR(r.final_value, 146.41, 1e-12);
    ck_assert_int_eq(r.straddles, 1);  /* Byar's interval of 146 holds 150 */
    ck_assert(isnan(r.p_meet) && isnan(r.projected));
    ck_assert(r.progress_ratio < 1);
    ck_assert_uint_eq(r.current_flags, RP_FLAG_P);
    ck_assert_int_eq(r.current_year, 2020);
    t.value = 140;
    r = assess(&t, &s);
    ck_assert_int_eq(r.category, RP_CAT_ACHIEVED);
    ck_assert(r.progress_ratio >= 1);
    s.pts[4].present = 0;              /* no value in the target year */
    r = assess(&t, &s);
    ck_assert_int_eq(r.why_na, RP_NA_NO_TARGET_VALUE);
    rp_series_clear(&s);
}
END_TEST

/* A nulmeting in the latest year: M and R are judged on the years before it; targets that
 * cannot be meant as written are refused with the reason. */
START_TEST(target_nulmeting_and_refusals)
{
    static const double v[] = {100, 110, 121, 133.1, 146.41, 161.051};
    rp_indicator_def d = count_def(RP_POLARITY_UP);
    rp_series s = count_series(&d, 2015, v, 6);
    rp_target_def t = target(2020, 250, RP_TARGET_ABSOLUTE, 2025, "OM");
    rp_target_result r = assess(&t, &s);
    ck_assert_int_eq(r.why_na, RP_NA_NO_LATER);
    ck_assert_int_eq(r.smart.why[RP_SMART_M], RP_WHY_M_OK);
    ck_assert_int_eq(r.smart.why[RP_SMART_R], RP_WHY_R_SHOWN);   /* 9.2% needed, 10% shown */
    NEAR(r.required_change, 100 * (pow(250 / 161.051, 0.2) - 1), 1e-12);
    char err[512];
    t = target(2020, 120, RP_TARGET_ABSOLUTE, 2025, "OM");        /* below, polarity up */
    ck_assert_int_eq(rp_target_assess(&t, &s, 0.95, &r, NULL, err, sizeof err), RP_EINVAL);
    ck_assert_msg(t_has(err, "is below the baseline of 2020 while indicator i has polarity = up"),
                  "%s", err);
    t.direction = -1;                                             /* said so: accepted */
    ck_assert_int_eq(rp_target_assess(&t, &s, 0.95, &r, NULL, err, sizeof err), RP_OK);
    ck_assert_int_eq(r.increase, 0);
    s.pts[1].present = 0;
    t = target(2016, 200, RP_TARGET_ABSOLUTE, 2025, "OM");
    ck_assert_int_eq(rp_target_assess(&t, &s, 0.95, &r, NULL, err, sizeof err), RP_EINVAL);
    ck_assert_msg(t_has(err, "baseline_year 2016 has no value of indicator i (its data cover "
                             "2015-2020)"), "%s", err);
    rp_series_clear(&s);
}
END_TEST

START_TEST(fingertips_marker)
{
    /* shares: R prop.trend.test(r, n, score = 2020:2024): X-squared = 5.297676389369, below
     * 9.5495 (qchisq(0.998, 1)): no significant change */
    static const double r[] = {152, 160, 171, 185, 196}, n[] = {1013, 991, 905, 1040, 1060};
    rp_point p[5];
    memset(p, 0, sizeof p);
    for (int i = 0; i < 5; i++) {
        p[i].year = 2020 + i;
        p[i].present = p[i].estimable = 1;
        p[i].num = r[i];
        p[i].den = n[i];
        p[i].value = r[i] / n[i];
    }
    rp_marker m;
    rp_marker_compute(p, 5, 1, RP_POLARITY_UP, &m);
    NEAR(m.chi2, 5.297676389369, 1e-11); /* R prints 13 digits */
    /* direction: R coef(lm(qlogis(r / n) ~ year))[2] */
    NEAR(m.slope, 0.0618222083779025, 1e-12);
    ck_assert_int_eq(m.mark, RP_MARK_NO_CHANGE);
    /* counts with Byar intervals: R lm(y ~ year, weights = 1/s^2), s = (U - L)/3.92: slope
     * 93.0663638825061, chi2 = b^2 / cov.unscaled = 88.0308935323611; robust to dropping
     * each point (tests/reference/fingertips.R) */
    static const double y[] = {790, 905, 1040, 1060, 1172};
    for (int i = 0; i < 5; i++) {
        rp_ci ci;
        rp_ci_count(y[i], 0.95, RP_CI_AUTO, &ci);
        p[i].value = y[i];
        p[i].lo95 = ci.lo;
        p[i].hi95 = ci.hi;
    }
    rp_marker_compute(p, 5, 0, RP_POLARITY_NEUTRAL, &m);
    NEAR(m.slope, 93.0663638825061, 1e-10);
    NEAR(m.chi2, 88.0308935323611, 1e-10);
    ck_assert(m.robust);
    ck_assert_int_eq(m.mark, RP_MARK_INCREASING);
    rp_marker_compute(p, 5, 0, RP_POLARITY_UP, &m);
    ck_assert_int_eq(m.mark, RP_MARK_BETTER);
    rp_marker_compute(p, 5, 0, RP_POLARITY_DOWN, &m);
    ck_assert_int_eq(m.mark, RP_MARK_WORSE);
    /* a point without a value: cannot be calculated */
    p[2].estimable = 0;
    rp_marker_compute(p, 5, 0, RP_POLARITY_UP, &m);
    ck_assert_int_eq(m.mark, RP_MARK_CANNOT);
    /* a jump at the end drives the slope: significant, but dropping the last point flips it */
    static const double z[] = {1200, 1100, 1000, 900, 2500};
    for (int i = 0; i < 5; i++) {
        rp_ci ci;
        rp_ci_count(z[i], 0.95, RP_CI_AUTO, &ci);
        p[i].estimable = 1;
        p[i].value = z[i];
        p[i].lo95 = ci.lo;
        p[i].hi95 = ci.hi;
    }
    rp_marker_compute(p, 5, 0, RP_POLARITY_UP, &m);
    ck_assert(m.chi2 > 9.5495);
    ck_assert(!m.robust);
    ck_assert_int_eq(m.mark, RP_MARK_NO_CHANGE);
}
END_TEST

Suite *rp_suite_stats(void)
{
    Suite *s = suite_create("stats");
    TCase *tc = tcase_create("intervals");
    tcase_add_test(tc, wilson_newcombe_examples);
    tcase_add_test(tc, clopper_pearson_binom_test);
    tcase_add_test(tc, poisson_exact_and_byar);
    tcase_add_test(tc, rate_mean_and_changes);
    suite_add_tcase(s, tc);
    tc = tcase_create("trends");
    tcase_add_test(tc, ols_nist_norris);
    tcase_add_test(tc, ols_nist_pontius);
    tcase_add_test(tc, linear_trend_r_lm);
    tcase_add_test(tc, poisson_trend_r_glm);
    tcase_add_test(tc, poisson_trend_with_zeros);
    tcase_add_test(tc, mann_kendall_r_cor_test);
    tcase_add_test(tc, mann_kendall_exact_small_n);
    tcase_add_test(tc, constant_series_has_no_trend);
    tcase_add_test(tc, joinpoint_exact_two_pieces);
    tcase_add_test(tc, joinpoint_r_grid);
    suite_add_tcase(s, tc);
    tc = tcase_create("survival");
    tcase_add_test(tc, km_survfit_loglog);
    tcase_add_test(tc, logrank_survdiff);
    tcase_add_test(tc, recidivism_published);
    suite_add_tcase(s, tc);
    tc = tcase_create("regions");
    tcase_add_test(tc, regions_funnel_and_concentration);
    tcase_add_test(tc, funnel_phe_tabulated);
    tcase_add_test(tc, funnel_overdispersion);
    suite_add_tcase(s, tc);
    tc = tcase_create("targets");
    tcase_add_test(tc, eurostat_categories_by_hand);
    tcase_add_test(tc, eurostat_not_assessable);
    tcase_add_test(tc, smart_every_verdict);
    tcase_add_test(tc, target_withholds_what_reveals_small_counts);
    tcase_add_test(tc, p_meet_falls_as_target_rises);
    tcase_add_test(tc, targets_on_real_shaped_series);
    tcase_add_test(tc, year_on_year_changes_against_r);
    tcase_add_test(tc, target_one_rate_r_reference);
    tcase_add_test(tc, target_verdicts_agree);
    tcase_add_test(tc, target_year_in_the_data);
    tcase_add_test(tc, target_nulmeting_and_refusals);
    tcase_add_test(tc, fingertips_marker);
    suite_add_tcase(s, tc);
    suite_add_tcase(s, rp_tcase_mse());
    suite_add_tcase(s, rp_tcase_ledger());
    suite_add_tcase(s, rp_tcase_mse_panel());
    suite_add_tcase(s, rp_tcase_eb());
    suite_add_tcase(s, rp_tcase_editions());
    return s;
}
