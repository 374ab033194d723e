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

TCase *rp_tcase_mse_panel(void)
{
    TCase *tc = tcase_create("mse_panel");
    tcase_set_timeout(tc, 120);
    tcase_add_loop_test(tc, panel_against_glm, 0, (int)(sizeof panels / sizeof *panels));
    tcase_add_test(tc, average_of_one_model_is_that_model);
    return tc;
}
