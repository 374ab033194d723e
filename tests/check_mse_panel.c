/* The model panel, model averaging and leave-one-list-out of multiple systems estimation
 * against R: tests/reference/mse_panel.R fits every model with glm (converged fully) on the
 * published capture histories of SparseMSE 2.0.1 (UK, Netherlands, New Orleans, Western),
 * checks each with SparseMSE's checkident, and writes tests/mse/panel_NAME.csv; the averages
 * and leave-one-out values below are its printed lines. Held at 1e-6 relative. */
#include "tests/helpers.h"
#include "base/buf.h"
#include "base/error.h"
#include "datasets/captures.h"
#include "stats/estimate.h"
#include "stats/mse_panel.h"
#include "words/word_estimate.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NEAR(got, want, rel)                                                                  \
    do {                                                                                      \
        double g_ = (got), w_ = (want);                                                       \
        ck_assert_msg(fabs(g_ - w_) <= (rel) * fabs(w_) + 1e-9, "%s = %.12g, expected %.12g", \
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

static void model_terms(const rp_captures *c, const rp_mse_panel *p, const rp_mse_model *m,
                        char *out, size_t n)
{
    out[0] = 0;
    for (size_t k = 0; k < m->nterms; k++) {
        const rp_mse_pair *q = &p->terms[m->first + k];
        snprintf(out + strlen(out), n - strlen(out), "%s%s:%s", k ? " " : "", c->lists[q->a],
                 c->lists[q->b]);
    }
}

/* One field of a CSV line (no quoting in the R files), NaN when empty. */
static double field(char **line)
{
    char *s = *line, *end = strchr(s, ',');
    if (end)
        *end = 0;
    *line = end ? end + 1 : s + strlen(s);
    return *s ? strtod(s, NULL) : NAN;
}

static const struct {
    const char *data;
    int k;
    size_t models, exist;
    double est, lo, hi, min, max, weight;
    const char *best;
} panels[] = {
    /* mse_panel.R "average" lines */
    {"UKdat", 2, 121, 121, 14176.5400023, 12528.2060485, 16102.5668838, 10666.0209551,
     14846.6600594, 0.968456169327, "LA:NG PF:NCA"},
    {"Ned", 2, 121, 121, 74616.4983457, 65262.1246933, 85505.2781686, 40774.9947314,
     75323.8899128, 0.973556815447, "O:Z P:Z"},
    {"NewOrl", 2, 407, 407, 1128.3812031, 660.583082602, 2056.31991638, 760.347256942,
     1422.41321144, 0.0864122573513, "D:E"},
    {"Western", 2, 56, 56, 2463.99554325, 1559.89927349, 4040.89661489, 1596.04289683,
     2884.31053248, 0.295109397479, "A:E"},
    {"Artificial_3", 3, 8, 4, 418.092391005, 210.466895603, 1002.31887759, 296,
     539.093930348, 0.307808727585, ""},
};

START_TEST(panel_against_glm)
{
    rp_captures *c = load(panels[_i].data);
    rp_mse_panel p;
    ck_assert_int_eq(rp_mse_panel_fit(c->all, c->nlists, panels[_i].k, 0.95, &p), RP_OK);
    ck_assert_uint_eq(p.n, panels[_i].models);
    ck_assert_uint_eq(p.nexist, panels[_i].exist);
    char *file = rp_strfmt("tests/mse/panel_%s.csv", panels[_i].data), *path = t_src(file);
    char *text = t_read(path, NULL), *save = NULL, terms[512];
    ck_assert_ptr_nonnull(text);
    size_t row = 0;
    strtok_r(text, "\n", &save); /* header */
    for (char *line = strtok_r(NULL, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        ck_assert_uint_lt(row, p.n);
        const rp_mse_model *m = &p.model[row++];
        char *comma = strchr(line, ','), *rest = comma + 1;
        *comma = 0;
        model_terms(c, &p, m, terms, sizeof terms);
        ck_assert_str_eq(terms, line);
        ck_assert_int_eq(m->check, (int)field(&rest)); /* checkident's code */
        double want[] = {field(&rest), field(&rest), field(&rest), field(&rest),
                         field(&rest), field(&rest), field(&rest)};
        double got[] = {m->estimate, m->lo, m->hi, m->deviance, m->df, m->aic, m->bic};
        for (int k = 0; k < 7; k++) {
            if (isnan(want[k]))
                ck_assert_msg(isnan(got[k]), "%s %s: column %d should be empty", panels[_i].data,
                              terms, k);
            else
                NEAR(got[k], want[k], 1e-6);
        }
    }
    ck_assert_uint_eq(row, p.n);
    NEAR(p.estimate, panels[_i].est, 1e-6);
    NEAR(p.lo, panels[_i].lo, 1e-6);
    NEAR(p.hi, panels[_i].hi, 1e-6);
    NEAR(p.min, panels[_i].min, 1e-6);
    NEAR(p.max, panels[_i].max, 1e-6);
    ck_assert_uint_lt(p.best, p.n);
    NEAR(p.model[p.best].weight, panels[_i].weight, 1e-6);
    model_terms(c, &p, &p.model[p.best], terms, sizeof terms);
    ck_assert_str_eq(terms, panels[_i].best);
    free(text);
    free(path);
    free(file);
    rp_mse_panel_clear(&p);
    rp_captures_free(c);
}
END_TEST

/* With one model the average is that model, interval and all: the log-normal variance of
 * Buckland et al.'s formula gives back exp(-+ z se). */
START_TEST(average_of_one_model_is_that_model)
{
    rp_captures *c = load("Western");
    rp_mse_panel p;
    ck_assert_int_eq(rp_mse_panel_fit(c->all, c->nlists, 0, 0.95, &p), RP_OK);
    ck_assert_uint_eq(p.n, 1);
    /* mse.R: estimatepopulation.0(Western, method = "main") */
    NEAR(p.estimate, 2007.14175719, 1e-6);
    NEAR(p.lo, 1420.41794102, 1e-6);
    NEAR(p.hi, 2913.96887769, 1e-6);
    NEAR(p.model[0].weight, 1, 1e-12);
    rp_mse_panel_clear(&p);
    /* sizes: 1 + 15 + 105 for six lists and two terms; too many models are refused */
    ck_assert_uint_eq(rp_mse_panel_size(6, 2), 121);
    ck_assert_uint_eq(rp_mse_panel_size(8, 2), 407);
    ck_assert_uint_eq(rp_mse_panel_size(12, 3), 0);
    ck_assert_int_eq(rp_mse_panel_fit(c->all, c->nlists, -1, 0.95, &p), RP_EINVAL);
    rp_captures_free(c);
}
END_TEST

/* mse_panel.R "loo" lines: glm of main effects on the histories collapsed over one list. */
START_TEST(leave_one_out_against_glm)
{
    static const struct {
        const char *list;
        double observed, est, lo, hi;
    } uk[] = {
        {"LA", 2690, 13317.0054299, 11854.5785028, 15012.7974283},
        {"NG", 2281, 12058.7713104, 10503.4776701, 13908.2510105},
        {"PF", 1837, 18038.8519043, 14449.5006289, 22649.6851965},
        {"GO", 2049, 10152.8518878, 8823.03824681, 11743.7216752},
        {"GP", 2428, 9728.88369401, 8737.57866607, 10875.9337741},
        {"NCA", 2687, 13533.3930801, 12028.2708286, 15281.0297639},
    };
    rp_captures *c = load("UKdat");
    rp_estimate_opts o = {{RP_MSE_STEPWISE, NULL, 0, 0.02, 0.95}, 0, 1, 1, 5, 0, 0, 0, 0};
    rp_estimate_opts_sensitivity(&o);
    rp_estimate *e = rp_estimate_run(c, &o);
    ck_assert_ptr_nonnull(e);
    const rp_estimate_row *r = &e->row[0];
    ck_assert_uint_eq(r->nloo, 6);
    for (size_t i = 0; i < 6; i++) {
        const rp_estimate_loo *l = &r->loo[i];
        ck_assert_str_eq(e->lists[l->dropped], uk[i].list);
        ck_assert_int_eq(l->publish, RP_EST_SHOWN);
        NEAR(l->r.observed, uk[i].observed, 1e-12);
        NEAR(l->r.estimate, uk[i].est, 1e-6);
        NEAR(l->r.lo, uk[i].lo, 1e-6);
        NEAR(l->r.hi, uk[i].hi, 1e-6);
    }
    /* the sensitivity the documents show: main 12,214 and stepwise 11,418 (mse.R), the panel
     * as above, leave-one-out from GP (lowest) to PF (highest) */
    rp_est_sensitivity s;
    ck_assert(rp_estimate_sensitivity(e, r, &s));
    NEAR(s.main->estimate, 12213.9951247, 1e-6);
    NEAR(s.step->estimate, 11417.9910915, 1e-6);
    NEAR(s.panel->estimate, 14176.5400023, 1e-6);
    ck_assert_str_eq(e->lists[s.loo_min_list], "GP");
    ck_assert_str_eq(e->lists[s.loo_max_list], "PF");
    ck_assert_uint_eq(s.loo_shown, 6);
    rp_buf b;
    rp_buf_init(&b);
    rp_word_est_sensitivity(&b, e, r, &s, RP_LANG_EN);
    t_assert_text(rp_buf_str(&b),
                  "The figure depends moderately on the model: the 121 models with up to two "
                  "interactions that have an estimate give 10,666 to 14,847, averaged by BIC "
                  "14,177 (95% CI 12,528 to 16,103); leaving out one list at a time, it runs from "
                  "9,729 (without GP) to 18,039 (without PF).");
    rp_buf_free(&b);
    rp_estimate_free(e);
    rp_captures_free(c);
}
END_TEST

/* Two lists that no one is on together say nothing of who is on neither: the Lincoln-Petersen
 * estimate n10 n01 / n11 is infinite at n11 = 0 (Bishop, Fienberg and Holland 1975, ch. 6).
 * Stepwise selection, which adds no term here, must say so rather than fit main effects off to
 * an intercept of 43 (the 4.9e18 of issue 31). */
START_TEST(never_overlapping_lists_are_not_estimable)
{
    double cell[4] = {0, 200, 229, 0};
    rp_mse_result r;
    int check = 0;
    for (int m = RP_MSE_MAIN; m <= RP_MSE_STEPWISE; m += 2) {
        rp_mse_spec s = {(rp_mse_method)m, NULL, 0, 0.02, 0.95};
        ck_assert_int_eq(rp_mse_estimate(cell, 2, &s, &r, &check), RP_EDATA);
        ck_assert_int_eq(check, RP_MSE_NOT_EXIST);
    }
    rp_mse_panel p;
    ck_assert_int_eq(rp_mse_panel_fit(cell, 2, 1, 0.95, &p), RP_OK);
    ck_assert_uint_eq(p.nexist, 0);
    ck_assert(isnan(p.estimate) && isnan(p.min));
    rp_mse_panel_clear(&p);
}
END_TEST

/* Leave-one-out publishes the people on the other lists: with the stratum's observed count
 * that is the number on the dropped list alone, which must not be a small one; and the
 * strata's counts of one dropped list add up to the pooled row's. */
START_TEST(leave_one_out_disclosure)
{
    char *dir = t_tmpdir();
    char *path = t_write(dir, "c.csv", "jaar;A;B;C;aantal\n"
                                       "2014;1;0;0;40\n2014;0;1;0;30\n2014;0;0;1;3\n"
                                       "2014;1;1;0;6\n2014;1;0;1;5\n2014;0;1;1;4\n"
                                       "2015;1;0;0;80\n2015;0;1;0;60\n2015;0;0;1;40\n"
                                       "2015;1;1;0;12\n2015;1;0;1;9\n2015;0;1;1;8\n"
                                       "2016;1;0;0;50\n2016;0;1;0;40\n2016;0;0;1;20\n"
                                       "2016;1;1;0;10\n2016;1;0;1;7\n2016;0;1;1;6\n");
    rp_diag *d = rp_diag_new();
    rp_captures *c = rp_captures_read(path, "c.csv", 0, NULL, "jaar", NULL, 0, d);
    ck_assert_ptr_nonnull(c);
    rp_estimate_opts o = {{RP_MSE_MAIN, NULL, 0, 0.02, 0.95}, 0, 1, 1, 5, 0, 0, 1, 0};
    rp_estimate *e = rp_estimate_run(c, &o);
    ck_assert_ptr_nonnull(e);
    /* 2014: 3 people on C alone; without C the 88 on A or B would give them back (91 - 88) */
    ck_assert_int_eq(e->row[0].publish, RP_EST_SHOWN);
    ck_assert_int_eq(e->row[0].loo[2].publish, RP_EST_SECOND);
    ck_assert_int_eq(e->row[0].loo[0].publish, RP_EST_SHOWN);
    /* the pooled row less the others would give 2014's count without C: a second stratum's
     * count without C is hidden too (the smallest, 2016: 119) */
    ck_assert_int_eq(e->row[2].loo[2].publish, RP_EST_SECOND);
    ck_assert_int_eq(e->row[1].loo[2].publish, RP_EST_SHOWN);
    ck_assert_int_eq(e->row[3].loo[2].publish, RP_EST_SHOWN);
    rp_estimate_free(e);
    rp_captures_free(c);
    rp_diag_free(d);
    free(path);
    free(dir);
}
END_TEST

TCase *rp_tcase_mse_panel(void)
{
    TCase *tc = tcase_create("mse_panel");
    tcase_set_timeout(tc, 120);
    tcase_add_loop_test(tc, panel_against_glm, 0, (int)(sizeof panels / sizeof *panels));
    tcase_add_test(tc, average_of_one_model_is_that_model);
    tcase_add_test(tc, leave_one_out_against_glm);
    tcase_add_test(tc, never_overlapping_lists_are_not_estimable);
    tcase_add_test(tc, leave_one_out_disclosure);
    return tc;
}
