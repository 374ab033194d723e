/* Multiple systems estimation against the R package SparseMSE 2.0.1 (Chan, Silverman and
 * Vincent 2021): tests/reference/mse.R prints every value below from the package's own data
 * sets, which tests/mse/ holds as CSV. Point estimates and log-normal intervals are held at
 * 1e-6 relative to the fully converged fit ("converged" lines of mse.R); SparseMSE's own
 * output, which stops glm at a deviance change of 1e-8, is within 2e-5 of them. */
#include "tests/helpers.h"
#include "base/buf.h"
#include "datasets/captures.h"
#include "stats/estimate.h"
#include "stats/interval.h"
#include "stats/mse.h"

#include <gsl/gsl_cdf.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define NEAR(got, want, rel)                                                                  \
    do {                                                                                      \
        double g_ = (got), w_ = (want);                                                       \
        ck_assert_msg(fabs(g_ - w_) <= (rel) * fabs(w_), "%s = %.12g, expected %.12g",        \
                      #got, g_, w_);                                                          \
    } while (0)

static rp_captures *load(const char *name)
{
    char *file = rp_strfmt("tests/mse/%s.csv", name), *rel = t_src(file);
    free(file);
    rp_diag *d = rp_diag_new();
    rp_captures *c = rp_captures_read(rel, name, 0, NULL, NULL, NULL, 0, d);
    ck_assert_msg(c != NULL, "%s: %s", name, rp_diag_first(d) ? rp_diag_first(d) : "?");
    rp_diag_free(d);
    free(rel);
    return c;
}

/* Sorted "A:B" names of the result's terms, space-separated, for comparing with R's model
 * formula (whose order is not the order of selection). */
static void terms_text(const rp_captures *c, const rp_mse_result *r, char *out, size_t n)
{
    char names[80][40];
    size_t k = r->nterms < 80 ? r->nterms : 80;
    for (size_t i = 0; i < k; i++)
        snprintf(names[i], sizeof names[i], "%s:%s", c->lists[r->terms[i].a],
                 c->lists[r->terms[i].b]);
    qsort(names, k, sizeof names[0], (int (*)(const void *, const void *))strcmp);
    out[0] = 0;
    for (size_t i = 0; i < k; i++)
        snprintf(out + strlen(out), n - strlen(out), "%s%s", i ? " " : "", names[i]);
}

typedef struct {
    const char *data;
    rp_mse_method method;
    double lo, est, hi;    /* mse.R, "converged" lines */
    const char *terms;     /* the model's terms and its never-overlapping pairs, sorted */
} mse_case;

static const mse_case cases[] = {
    {"UKdat", RP_MSE_MAIN, 10988.7985012, 12213.9951247, 13621.258874, ""},
    {"UKdat", RP_MSE_STEPWISE, 9977.28261344, 11417.9910915, 13145.6565474,
     "GO:GP LA:NG LA:PF NG:GO NG:GP PF:GP PF:NCA"},
    {"UKdat_5", RP_MSE_MAIN, 11985.1707946, 13444.131209, 15133.4266685, ""},
    {"UKdat_5", RP_MSE_STEPWISE, 9884.40283037, 11312.9902894, 13027.3966549,
     "GO:GP LA:NG LA:PFNCA NG:GO NG:GP PFNCA:GP"},
    {"Ned", RP_MSE_MAIN, 48523.8526531, 52823.4639528, 57581.9167748, ""},
    /* lists K and R, and I and K, never overlap: SparseMSE's emptyoverlaps */
    {"Ned", RP_MSE_STEPWISE, 92439.858099, 111139.37123, 133991.467083,
     "I:K I:Z K:O K:R O:P O:Z P:R P:Z"},
    {"NewOrl", RP_MSE_MAIN, 644.881791447, 996.664294054, 1617.53970584, ""},
    {"NewOrl", RP_MSE_STEPWISE, 720.915130558, 1183.69227676, 2046.08995023, "D:E"},
    {"Western", RP_MSE_MAIN, 1420.41794102, 2007.14175719, 2913.96887769, ""},
    {"Western", RP_MSE_STEPWISE, 1657.09366605, 2483.38392023, 3830.03000099, "A:E"},
    {"Artificial_3", RP_MSE_MAIN, 278.64988892, 539.093930348, 1170.91021359, ""},
    {"Artificial_3", RP_MSE_STEPWISE, 278.64988892, 539.093930348, 1170.91021359, ""},
};

START_TEST(sparsemse_estimates)
{
    const mse_case *k = &cases[_i];
    rp_captures *c = load(k->data);
    rp_mse_spec s = {k->method, NULL, 0, 0.02, 0.95};
    rp_mse_result r;
    char terms[1024];
    ck_assert_int_eq(rp_mse_estimate(c->all, c->nlists, &s, &r, NULL), RP_OK);
    NEAR(r.estimate, k->est, 1e-6);
    NEAR(r.lo, k->lo, 1e-6);
    NEAR(r.hi, k->hi, 1e-6);
    terms_text(c, &r, terms, sizeof terms);
    ck_assert_str_eq(terms, k->terms);
    rp_mse_result_clear(&r);
    rp_captures_free(c);
}
END_TEST

/* estimatepopulation.0(Ned, method = "fixed", mX = ...), mse.R */
START_TEST(sparsemse_fixed_and_options)
{
    rp_captures *c = load("Ned");
    rp_mse_pair io_pz[] = {{0, 2, 0}, {3, 5, 0}}, ik[] = {{0, 1, 0}};
    rp_mse_spec s = {RP_MSE_FIXED, io_pz, 2, 0.02, 0.95};
    rp_mse_result r;
    ck_assert_int_eq(rp_mse_estimate(c->all, 6, &s, &r, NULL), RP_OK);
    NEAR(r.lo, 56615.3962959, 1e-6);
    NEAR(r.estimate, 62803.7757956, 1e-6);
    NEAR(r.hi, 69783.7000576, 1e-6);
    rp_mse_result_clear(&r);
    /* I and K never overlap: the pair is fitted by leaving out the cells that hold both */
    s.terms = ik;
    s.nterms = 1;
    ck_assert_int_eq(rp_mse_estimate(c->all, 6, &s, &r, NULL), RP_OK);
    ck_assert(r.terms[0].empty);
    NEAR(r.lo, 47558.8609729, 1e-6);
    NEAR(r.estimate, 51759.2163044, 1e-6);
    NEAR(r.hi, 56408.218738, 1e-6);
    rp_mse_result_clear(&r);
    s = (rp_mse_spec){RP_MSE_STEPWISE, NULL, 0, 0.05, 0.95};
    ck_assert_int_eq(rp_mse_estimate(c->all, 6, &s, &r, NULL), RP_OK);
    NEAR(r.lo, 52782.1208284, 1e-6);
    NEAR(r.estimate, 68246.4855368, 1e-6);
    NEAR(r.hi, 89079.1255255, 1e-6);
    rp_mse_result_clear(&r);
    rp_captures_free(c);
    c = load("UKdat");
    s = (rp_mse_spec){RP_MSE_STEPWISE, NULL, 0, 0.02, 0.90};
    ck_assert_int_eq(rp_mse_estimate(c->all, 6, &s, &r, NULL), RP_OK);
    NEAR(r.lo, 10191.6253222, 1e-6);
    NEAR(r.hi, 12846.2967994, 1e-6);
    rp_mse_result_clear(&r);
    rp_captures_free(c);
}
END_TEST

/* checkident(Artificial_3, mX) of SparseMSE's documentation: all three pairs are not
 * identifiable (2), A:B has no finite estimate (1), A:C with B:C passes (0). */
START_TEST(sparsemse_checkident)
{
    rp_captures *c = load("Artificial_3");
    rp_mse_pair all[] = {{0, 1, 0}, {0, 2, 0}, {1, 2, 0}};
    ck_assert_int_eq(rp_mse_check(c->all, 3, all, 3), RP_MSE_NOT_IDENT);
    ck_assert_int_eq(rp_mse_check(c->all, 3, all, 1), RP_MSE_NOT_EXIST);
    ck_assert_int_eq(rp_mse_check(c->all, 3, all + 1, 2), 0);
    rp_mse_spec s = {RP_MSE_FIXED, all, 1, 0.02, 0.95};
    rp_mse_result r;
    int check = -1;
    ck_assert_int_eq(rp_mse_estimate(c->all, 3, &s, &r, &check), RP_EDATA);
    ck_assert_int_eq(check, RP_MSE_NOT_EXIST);
    rp_captures_free(c);
}
END_TEST

static int cmp_double(const void *x, const void *y)
{
    double a = *(const double *)x, b = *(const double *)y;
    return (a > b) - (a < b);
}

/* bcaconfvalues(b, 1010, 0.03) and quantile(b, type = 8) with
 * b = 1000 exp(0.2 z + 0.05 z^2), z = qnorm(ppoints(199)); mse.R */
START_TEST(bca_and_type8_quantiles)
{
    double b[199];
    size_t below = 0;
    for (int i = 0; i < 199; i++) {
        double z = gsl_cdf_ugaussian_Pinv((i + 0.5) / 199);
        b[i] = 1000 * exp(0.2 * z + 0.05 * z * z);
        below += b[i] < 1010;
    }
    /* quantile() sorts; b is not monotone in z below z = -2 */
    qsort(b, 199, sizeof *b, cmp_double);
    NEAR(rp_quantile8(b, 199, 0.025), 820.853473588, 1e-9);
    NEAR(rp_quantile8(b, 199, 0.3), 912.769462755, 1e-9);
    NEAR(rp_quantile8(b, 199, 0.975), 1804.67154882, 1e-9);
    double z0 = gsl_cdf_ugaussian_Pinv(below / 199.0);
    NEAR(z0, 0.0441007178229, 1e-9);
    NEAR(rp_bca_limit(b, 199, z0, 0.03, 0.025), 823.3060699, 1e-9);
    NEAR(rp_bca_limit(b, 199, z0, 0.03, 0.975), 1981.01256904, 1e-9);
}
END_TEST

/* The jackknife acceleration of estimatepopulation() does not depend on the resamples:
 * mse.R computes it as the package does, stepwise at 0.02. */
START_TEST(bootstrap_acceleration_and_determinism)
{
    const char *data[] = {"NewOrl_5", "Western"};
    const double ahat[] = {-0.0551614725143, -0.0950102542299};
    for (int k = 0; k < 2; k++) {
        rp_captures *c = load(data[k]);
        rp_mse_spec s = {RP_MSE_STEPWISE, NULL, 0, 0.02, 0.95};
        rp_mse_result one, two;
        ck_assert_int_eq(rp_mse_estimate(c->all, c->nlists, &s, &one, NULL), RP_OK);
        ck_assert_int_eq(rp_mse_estimate(c->all, c->nlists, &s, &two, NULL), RP_OK);
        ck_assert_int_eq(rp_mse_bootstrap(c->all, c->nlists, &s, 200, 7, 1, &one), RP_OK);
        ck_assert_int_eq(rp_mse_bootstrap(c->all, c->nlists, &s, 200, 7, 2, &two), RP_OK);
        NEAR(one.boot_accel, ahat[k], 1e-6);
        /* the same resamples whatever the number of threads */
        ck_assert(one.lo == two.lo && one.hi == two.hi);
        ck_assert(one.lo < one.estimate && one.estimate < one.hi);
        ck_assert_int_eq(one.boot_n + one.boot_failed, 200);
        rp_mse_result_clear(&one);
        rp_mse_result_clear(&two);
        rp_captures_free(c);
    }
}
END_TEST

/* Strata, the total row, lists left out, and the disclosure of small observed counts. With
 * two lists the main-effects model is the Lincoln-Petersen estimator: dark = n10 n01 / n11
 * (Petersen 1896; Bishop, Fienberg and Holland 1975, ch. 6), here 50 x 40 / 10 = 200. */
START_TEST(strata_lists_left_out_and_disclosure)
{
    char *dir = t_tmpdir();
    char *path = t_write(dir, "captures.csv",
                         "jaar;A;B;C;aantal\n"
                         "2014;1;0;0;40\n2014;0;1;0;30\n2014;0;0;1;20\n2014;1;1;0;6\n"
                         "2015;1;0;0;80\n2015;0;1;0;60\n2015;0;0;1;40\n2015;1;1;0;12\n"
                         "2016;1;0;0;2\n2016;0;1;0;1\n"
                         "2017;1;0;0;50\n2017;0;1;0;40\n2017;1;1;0;10\n");
    rp_diag *d = rp_diag_new();
    rp_captures *c = rp_captures_read(path, "captures.csv", 0, NULL, "jaar", NULL, 0, d);
    ck_assert_ptr_nonnull(c);
    ck_assert_int_eq((int)c->nstrata, 4);
    rp_estimate_opts o = {{RP_MSE_MAIN, NULL, 0, 0.02, 0.95}, 0, 1, 1, 10, 0, 0, 0, 0};
    rp_estimate *e = rp_estimate_run(c, &o);
    ck_assert_ptr_nonnull(e);
    ck_assert_int_eq((int)e->nrows, 5);
    ck_assert_str_eq(e->row[4].stratum, "all");
    /* 2016 has 3 people: hidden; then the smallest other stratum, 2014 (96), is hidden too
     * so that the total less the rest does not give 3 away */
    ck_assert_int_eq(e->row[2].publish, RP_EST_SMALL);
    ck_assert_int_eq(e->row[0].publish, RP_EST_SECOND);
    ck_assert_int_eq(e->row[1].publish, RP_EST_SHOWN);
    ck_assert_int_eq(e->row[4].publish, RP_EST_SHOWN);
    /* 2017: C holds no one and is left out; A and B give Lincoln-Petersen */
    const rp_estimate_row *r = &e->row[3];
    ck_assert_int_eq(r->reason, RP_EST_OK);
    ck_assert_uint_eq(r->dropped, 4u);
    ck_assert(r->warn & RP_EST_DROPPED);
    NEAR(r->r.dark, 200, 1e-9);
    NEAR(r->r.estimate, 300, 1e-9);
    rp_estimate_free(e);
    rp_captures_free(c);
    rp_diag_free(d);
    free(path);
    free(dir);
}
END_TEST

/* Why a table has no estimate: a list with everyone, a single list with anyone, a fixed
 * model without a finite estimate. */
START_TEST(no_estimate_reasons)
{
    char *dir = t_tmpdir();
    char *path = t_write(dir, "c.csv", "s,A,B,C,count\n"
                                       "x,1,0,0,5\nx,1,1,0,5\n"
                                       "y,1,0,0,7\n"
                                       "z,1,0,0,40\nz,0,1,0,30\nz,0,0,1,20\nz,1,1,0,6\n");
    rp_diag *d = rp_diag_new();
    rp_captures *c = rp_captures_read(path, "c.csv", 0, NULL, "s", NULL, 0, d);
    ck_assert_ptr_nonnull(c);
    rp_mse_pair ab[] = {{0, 1, 0}};
    rp_estimate_opts o = {{RP_MSE_FIXED, ab, 1, 0.02, 0.95}, 0, 1, 1, 0, 0, 0, 0, 0};
    rp_estimate *e = rp_estimate_run(c, &o);
    ck_assert_int_eq(e->row[0].reason, RP_EST_ALLLIST);
    ck_assert_int_eq(e->row[1].reason, RP_EST_FEWLISTS);
    ck_assert_int_eq(e->row[2].reason, RP_EST_CHECK);
    ck_assert_int_eq(e->row[2].check, RP_MSE_NOT_EXIST);
    ck_assert_int_eq(e->row[2].publish, RP_EST_FAILED);
    rp_estimate_free(e);
    rp_captures_free(c);
    rp_diag_free(d);
    free(path);
    free(dir);
}
END_TEST

/* The loader's answers to broken capture files: file:line:column and what was expected. */
START_TEST(captures_bad_input)
{
    static const struct {
        const char *text, *by, *first;
    } bad[] = {
        {"A,B\n1,0\n", NULL, "c.csv:1: no column count, aantal or frequency; expected the "
                             "number of people with each capture history"},
        {"A,B,count\n1,2,5\n", NULL, "c.csv:2:2: value \"2\" in list column B; expected 0 (not "
                                     "on the list) or 1 (on it)"},
        {"A,B,count\n1,,5\n", NULL, "c.csv:2:2: empty value \"\" in list column B; expected 0 "
                                    "(not on the list) or 1 (on it)"},
        {"A,B,count\n1,0,5\n1,0,3\n", NULL, "c.csv:3: this capture history appears again (also "
                                            "on line 2); expected one row per history"},
        {"A,B,count\n0,0,5\n", NULL, "c.csv:2: 5 people on no list; no one can be observed on "
                                     "no list (that is what is estimated): expected a 1 in at "
                                     "least one list column"},
        {"A,B,count\n1,0,-5\n", NULL, "c.csv:2:3: value \"-5\" in count; expected a whole "
                                      "number of people, 0 or more"},
        {"A,B,count\n1,0,2,5\n", NULL, NULL},
        {"A,count\n1,5\n", NULL, "c.csv:1: 1 list column; estimating who is on no list needs "
                                 "at least 2 lists"},
        {"jaar;A;B;aantal\n1850;1;0;5\n", "jaar", "c.csv:2:1: jaar \"1850\"; expected a year "
                                                  "from 1900 to 2100"},
        {"A,B,count\n", NULL, "c.csv: no capture histories; expected a row per history with "
                              "its count"},
        {"A,B,C,D,E,F,G,H,I,J,K,L,M,count\n", NULL, "c.csv:1:13: more than 12 lists; multiple "
                                                    "systems estimation here takes at most 12 "
                                                    "(name the lists to use)"},
    };
    char *dir = t_tmpdir();
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        char *path = t_write(dir, "c.csv", bad[i].text);
        rp_diag *d = rp_diag_new();
        rp_captures *c = rp_captures_read(path, "c.csv", 0, NULL, bad[i].by, NULL, 0, d);
        ck_assert_msg(c == NULL, "case %zu was accepted", i);
        if (bad[i].first)
            ck_assert_str_eq(rp_diag_first(d), bad[i].first);
        rp_diag_free(d);
        free(path);
    }
    /* a BOM, ';' and a quoted header with a newline are ordinary input */
    char *path = t_write(dir, "c.csv", "\xef\xbb\xbf\"Politie\nNL\";KMar;aantal\r\n1;0;3\r\n"
                                      "0;1;4\r\n1;1;2\r\n");
    rp_diag *d = rp_diag_new();
    rp_captures *c = rp_captures_read(path, "c.csv", 0, NULL, NULL, NULL, 0, d);
    ck_assert_ptr_nonnull(c);
    ck_assert_str_eq(c->lists[0], "Politie\nNL");
    ck_assert(c->all[1] == 3 && c->all[2] == 4 && c->all[3] == 2);
    rp_captures_free(c);
    rp_diag_free(d);
    free(path);
    free(dir);
}
END_TEST

TCase *rp_tcase_mse(void)
{
    TCase *tc = tcase_create("mse");
    tcase_set_timeout(tc, 60);
    tcase_add_loop_test(tc, sparsemse_estimates, 0, (int)(sizeof cases / sizeof *cases));
    tcase_add_test(tc, sparsemse_fixed_and_options);
    tcase_add_test(tc, sparsemse_checkident);
    tcase_add_test(tc, bca_and_type8_quantiles);
    tcase_add_test(tc, bootstrap_acceleration_and_determinism);
    tcase_add_test(tc, strata_lists_left_out_and_disclosure);
    tcase_add_test(tc, no_estimate_reasons);
    tcase_add_test(tc, captures_bad_input);
    return tc;
}
