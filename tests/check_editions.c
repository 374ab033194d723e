/* Editions and revisions (issue 28), in the stats suite: a project whose data go through three
 * yearly monitors is built in the test, each state's published cells recorded as an edition
 * (reports/record.h) and read back (datasets/edition.h), and each monitor compared with the one
 * before (stats/revisions.h). Every expected value is worked by hand from the data below:
 *
 *   victims (counts: jaar;vorm;aantal;flag;noot)  seksueel  arbeid  crimineel  total
 *   E1 (2023-06-30)  2018..2021                   50 60 55 70  20 30 25 20  10 6 10 10
 *                    2022 (p)                     80        30        10     120
 *   E2 (2024-06-30)  2021 revised, note            72                         102
 *                    2022 final, revised           84        30        10     124
 *                    2023 (p)                      90        30        10     130
 *   E3 (2025-06-30)  2019: 62, 31 and 3 (the total stays 96: crimineel becomes small)
 *                    2023 still p, revised         92                         132
 *                    2024 (p)                      95        35        10     140
 *                    breaks = 2020 on the dataset from E3 on
 *   cases (counts)   2018-2022: 40 42 44 46 48, then 50 (2023) and 52 (2024)
 *
 * sexual_share is seksueel / total; the target share_up asks +10% on its 2021 value by 2026. */
#include "tests/helpers.h"
#include "base/buf.h"
#include "datasets/edition.h"
#include "datasets/project.h"
#include "reports/record.h"
#include "reports/tables.h"
#include "stats/cells.h"
#include "stats/model.h"
#include "stats/revisions.h"
#include "words/wording.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define EPOCH_E1 T_EPOCH_E1
#define EPOCH_E2 T_EPOCH_E2
#define EPOCH_E3 T_EPOCH_E3
#define TOL 1e-9

static const char *const INI =
    "[monitor]\ntitle = Editietest\norganisation = Testbureau\nlanguage = nl\n"
    "confidence = 0.95\nsuppress_below = 5\nsource = Verzonnen gegevens\n\n"
    "[dataset victims]\nfile = victims.csv\n%s\n"
    "[dataset cases]\nfile = cases.csv\n\n"
    "[indicator victims]\ntitle = Slachtoffers\ndataset = victims\nmeasure = count\n"
    "by = vorm\n\n"
    "[indicator sexual_share]\ntitle = Aandeel seksuele uitbuiting\ndataset = victims\n"
    "measure = share\nwhere = vorm = seksueel\n\n"
    "[indicator cases]\ntitle = Zaken\ndataset = cases\nmeasure = count\n\n"
    "[target share_up]\ntitle = Meer zicht op seksuele uitbuiting\nindicator = sexual_share\n"
    "baseline_year = 2021\ntarget = +10%%\ntarget_year = 2026\nowner = Politie\n";

/* The data of state k (1, 2 or 3), with cases' 2018 count as given. */
void t_editions_state(const char *dir, int k, int cases_2018)
{
    char *ini = rp_strfmt(INI, k >= 3 ? "breaks = 2020\n" : "");
    free(t_write(dir, "monitor.ini", ini));
    free(ini);
    rp_buf v;
    rp_buf_init(&v);
    rp_buf_puts(&v, "jaar;vorm;aantal;flag;noot\n"
                    "2018;seksueel;50;;\n2018;arbeid;20;;\n2018;crimineel;10;;\n");
    rp_buf_puts(&v, k >= 3 ? "2019;seksueel;62;;\n2019;arbeid;31;;\n2019;crimineel;3;;\n"
                           : "2019;seksueel;60;;\n2019;arbeid;30;;\n2019;crimineel;6;;\n");
    rp_buf_puts(&v, "2020;seksueel;55;;\n2020;arbeid;25;;\n2020;crimineel;10;;\n");
    rp_buf_puts(&v, k >= 2 ? "2021;seksueel;72;;bron opgeschoond\n" : "2021;seksueel;70;;\n");
    rp_buf_puts(&v, "2021;arbeid;20;;\n2021;crimineel;10;;\n");
    rp_buf_puts(&v, k >= 2 ? "2022;seksueel;84;;\n2022;arbeid;30;;\n2022;crimineel;10;;\n"
                           : "2022;seksueel;80;p;\n2022;arbeid;30;p;\n2022;crimineel;10;p;\n");
    if (k >= 2)
        rp_buf_printf(&v, "2023;seksueel;%d;p;\n2023;arbeid;30;p;\n2023;crimineel;10;p;\n",
                      k >= 3 ? 92 : 90);
    if (k >= 3)
        rp_buf_puts(&v, "2024;seksueel;95;p;\n2024;arbeid;35;p;\n2024;crimineel;10;p;\n");
    free(t_write(dir, "victims.csv", rp_buf_str(&v)));
    rp_buf_free(&v);
    char *c = rp_strfmt("jaar;aantal\n2018;%d\n2019;42\n2020;44\n2021;46\n2022;48\n%s%s",
                        cases_2018, k >= 2 ? "2023;50\n" : "", k >= 3 ? "2024;52\n" : "");
    free(t_write(dir, "cases.csv", c));
    free(c);
}

typedef struct run {
    rp_project *p;
    rp_model *m;
    rp_cells *cur;
    rp_revisions *rev, *nul;
} run;

static void run_free(run *r)
{
    rp_revisions_free(r->rev);
    rp_revisions_free(r->nul);
    rp_cells_free(r->cur);
    free(r->cur);
    rp_model_free(r->m);
    rp_project_free(r->p);
}

/* A run of the project at epoch: the model, its cells, and the comparison with the latest
 * yearly monitor recorded and with the nulmeting, as report does it. */
static run start(const char *dir, long long epoch)
{
    char e[32];
    snprintf(e, sizeof e, "%lld", epoch);
    setenv("SOURCE_DATE_EPOCH", e, 1);
    run r = {0};
    rp_diag *d = rp_diag_new();
    r.p = rp_project_load(dir, 0, d);
    ck_assert_msg(r.p != NULL, "%s", rp_diag_first(d));
    r.m = rp_model_build(r.p, 0, d);
    ck_assert_msg(r.m != NULL, "%s", rp_diag_first(d));
    rp_diag_free(d);
    r.cur = rp_model_cells(r.m);
    ck_assert(r.cur != NULL);
    const rp_edition *prev = rp_editions_latest(r.p->editions, 1u << RP_ED_REPORT, epoch, NULL);
    const rp_edition *nul = rp_editions_latest(r.p->editions, 1u << RP_ED_BASELINE, epoch, NULL);
    if (prev) {
        r.rev = rp_revisions_compare(prev, r.cur, r.m, RP_ED_REPORT);
        ck_assert(r.rev != NULL);
        ck_assert(rp_revisions_history(r.rev, r.p->editions, epoch, NULL, r.cur, r.m) == 0);
        rp_revisions_apply(r.m, r.rev);
    }
    if (nul)
        ck_assert((r.nul = rp_revisions_nulmeting(nul, r.cur, r.m)) != NULL);
    return r;
}

/* Records what the run publishes as an edition of that kind, as report --record does. */
static void record(const run *r, rp_ed_kind kind, long long epoch)
{
    rp_cells *cells = rp_model_cells(r->m);
    ck_assert(cells != NULL);
    rp_cells_scope(cells, r->m, kind, r->rev);
    rp_record_info info = {kind, epoch, r->m->last_year ? r->m->last_year : r->p->year_max,
                           r->m->level, NULL};
    char err[256];
    rp_record *rec = rp_record_stage(r->p, cells, &info, err, sizeof err);
    ck_assert_msg(rec != NULL, "%s", err);
    ck_assert_msg(rp_record_commit(rec, err, sizeof err) == 0, "%s", err);
    rp_cells_free(cells);
    free(cells);
}

/* A project that went through E1 (with its nulmeting) and, up to k, E2. */
static char *history(int k)
{
    char *dir = t_tmpdir();
    t_editions_state(dir, 1, 40);
    run r = start(dir, EPOCH_E1);
    record(&r, RP_ED_BASELINE, EPOCH_E1);
    record(&r, RP_ED_REPORT, EPOCH_E1);
    run_free(&r);
    if (k >= 2) {
        t_editions_state(dir, 2, 40);
        r = start(dir, EPOCH_E2);
        record(&r, RP_ED_REPORT, EPOCH_E2);
        run_free(&r);
    }
    return dir;
}

/* The revision of a figure in the list, or a failure. */
static const rp_revision *find(const rp_revisions *rv, rp_ptable t, const char *item, int year,
                               const char *key)
{
    for (size_t i = 0; i < rv->n; i++) {
        const rp_pcell *c = rv->r[i].old;
        if (c->table == t && !strcmp(c->item, item) && c->year == year && !strcmp(c->key, key))
            return &rv->r[i];
    }
    ck_abort_msg("no revision of %s %s %d %s", rp_ptable_name(t), item, year, key);
    return NULL;
}

static const rp_revstat *revstat(const rp_revisions *rv, const char *item, int age)
{
    for (size_t i = 0; i < rv->nst; i++)
        if (!strcmp(rv->st[i].item, item) && rv->st[i].age == age)
            return &rv->st[i];
    ck_abort_msg("no statistics of %s at age %d", item, age);
    return NULL;
}

static void check_row(const rp_revision *v, double old, double now, unsigned why, int age)
{
    ck_assert_msg(v->why == why, "why %#x, expected %#x", v->why, why);
    ck_assert_int_eq(v->age, age);
    ck_assert_double_eq_tol(v->old_value, old, TOL);
    ck_assert_double_eq_tol(v->new_value, now, TOL);
    ck_assert_double_eq_tol(v->change, now - old, TOL);
}

/* The edition as written holds what the run published, cell for cell, and its settings. */
START_TEST(test_edition_round_trip)
{
    char *dir = history(1);
    run r = start(dir, EPOCH_E1);
    ck_assert_uint_eq(r.p->editions->n, 2);
    const rp_edition *e = rp_editions_find(r.p->editions, "2023-06-30");
    ck_assert(e != NULL && e->kind == RP_ED_REPORT);
    ck_assert_str_eq(e->date, "2023-06-30");
    ck_assert_int_eq(e->epoch, EPOCH_E1);
    ck_assert_int_eq(e->year, 2022);
    ck_assert_int_eq(e->suppress_below, 5);
    ck_assert_double_eq_tol(e->confidence, 0.95, 1e-12);
    ck_assert_str_eq(e->version, RP_VERSION);
    ck_assert_str_eq(e->language, "nl");
    ck_assert_ptr_eq(rp_editions_find(r.p->editions, "2023-06-30.csv"), e);
    ck_assert(rp_editions_find(r.p->editions, "2023-06-30-baseline")->kind == RP_ED_BASELINE);
    size_t k = 0;
    for (size_t i = 0; i < e->cells.n; i++) {
        const rp_pcell *c = &e->cells.c[i];
        if (c->table <= RP_PT_MANIFEST)
            continue;
        ck_assert_msg(k < r.cur->n, "the edition has more cells than the run");
        const rp_pcell *w = &r.cur->c[k++];
        ck_assert_msg(!rp_pcell_cmp(c, w), "cell %zu: %s %s %d %s %s", k,
                      rp_ptable_name(c->table), c->item, c->year, c->key, c->field);
        ck_assert(c->mark == w->mark && c->flags == w->flags);
        ck_assert(isnan(c->value) ? isnan(w->value) : c->value == w->value);
        ck_assert_str_eq(c->text ? c->text : "", w->text ? w->text : "");
    }
    ck_assert_uint_eq(k, r.cur->n);
    /* the run's own figures as written: the 2022 count is provisional */
    const rp_pcell *v = rp_cells_get(&e->cells, RP_PT_SERIES, "victims", 2022, "", NAN, "value");
    ck_assert(v && v->value == 120 && v->flags == RP_FLAG_P && v->mark == RP_PM_SHOWN);
    run_free(&r);
    free(dir);
}
END_TEST

/* The same data again: nothing changed. */
START_TEST(test_same_data_no_revisions)
{
    char *dir = history(2);
    run r = start(dir, EPOCH_E2);
    ck_assert_str_eq(r.rev->since->name, "2024-06-30");
    ck_assert_uint_eq(r.rev->n, 0);
    /* series 3 indicators x 6 years, categories 3 x 6 */
    ck_assert_uint_eq(r.rev->compared, 36);
    ck_assert_uint_eq(r.rev->added, 0);
    /* E2, of the run's own date, is this release: the statistics are E1 against the run */
    ck_assert_uint_eq(r.rev->pairs, 1);
    ck_assert_str_eq(r.rev->first->name, "2023-06-30");
    ck_assert_uint_eq(revstat(r.rev, "victims", 0)->revised, 1);
    run_free(&r);
    free(dir);
}
END_TEST

/* E2 against E1: two years revised (one of them with a note), one provisional year final. */
START_TEST(test_revisions_e1_e2)
{
    char *dir = history(1);
    t_editions_state(dir, 2, 40);
    run r = start(dir, EPOCH_E2);
    const rp_revisions *rv = r.rev;
    ck_assert_str_eq(rv->since->name, "2023-06-30");
    ck_assert_uint_eq(rv->compared, 30);  /* 3 series and 3 categories of 2018-2022 */
    ck_assert_uint_eq(rv->n, 8);
    /* 72/102 - 70/100 and 84/124 - 80/120, as written (%.10g) */
    const rp_revision *v = find(rv, RP_PT_SERIES, "sexual_share", 2021, "");
    check_row(v, 0.7, 0.7058823529, RP_RV_VALUE | RP_RV_NOTE, 1);
    ck_assert_str_eq(v->note, "bron opgeschoond");
    ck_assert(isnan(v->rel_change));      /* a share revises in points, never relatively */
    check_row(find(rv, RP_PT_SERIES, "sexual_share", 2022, ""), 0.6666666667, 0.6774193548,
              RP_RV_VALUE | RP_RV_FINAL, 0);
    v = find(rv, RP_PT_SERIES, "victims", 2021, "");
    check_row(v, 100, 102, RP_RV_VALUE | RP_RV_NOTE, 1);
    ck_assert_double_eq_tol(v->rel_change, 2.0, TOL);
    v = find(rv, RP_PT_SERIES, "victims", 2022, "");
    check_row(v, 120, 124, RP_RV_VALUE | RP_RV_FINAL, 0);
    ck_assert_double_eq_tol(v->rel_change, 100.0 * 4 / 120, TOL);
    check_row(find(rv, RP_PT_CATEGORY, "victims", 2021, "seksueel"), 70, 72, RP_RV_VALUE, 1);
    /* final without a new value is listed too: its status changed */
    check_row(find(rv, RP_PT_CATEGORY, "victims", 2022, "arbeid"), 30, 30, RP_RV_FINAL, 0);
    check_row(find(rv, RP_PT_CATEGORY, "victims", 2022, "crimineel"), 10, 10, RP_RV_FINAL, 0);
    check_row(find(rv, RP_PT_CATEGORY, "victims", 2022, "seksueel"), 80, 84,
              RP_RV_VALUE | RP_RV_FINAL, 0);
    /* one pair of monitors: each age holds one figure per indicator */
    ck_assert_uint_eq(rv->pairs, 1);
    const rp_revstat *s = revstat(rv, "victims", 0);
    ck_assert(s->n == 1 && s->revised == 1);
    ck_assert_double_eq_tol(s->mean, 4, TOL);
    ck_assert_double_eq_tol(s->mean_abs_rel, 100.0 * 4 / 120, TOL);
    s = revstat(rv, "victims", 4);
    ck_assert(s->n == 1 && s->revised == 0 && s->mean == 0 && s->mean_abs == 0);
    /* the revised point is flagged r: final now, so r alone */
    const rp_series *sv = rp_model_series(r.m, "victims");
    ck_assert_uint_eq(rp_series_at(sv, 2022)->flags, RP_FLAG_R);
    ck_assert_uint_eq(rp_series_at(sv, 2020)->flags, 0);
    run_free(&r);
    free(dir);
}
END_TEST

/* E3 against E2: a break, a provisional year revised again (**), and a category that became
 * small: it and the cell that covers it are hidden now, and keep no old value here. */
START_TEST(test_revisions_e2_e3)
{
    char *dir = history(2);
    t_editions_state(dir, 3, 40);
    run r = start(dir, EPOCH_E3);
    const rp_revisions *rv = r.rev;
    ck_assert_uint_eq(rv->compared, 36);
    ck_assert_uint_eq(rv->n, 12);
    const rp_revision *v = find(rv, RP_PT_CATEGORY, "victims", 2019, "crimineel");
    ck_assert(v->why == RP_RV_HIDDEN && v->new_mark == RP_PM_HIDDEN && v->old_withheld);
    ck_assert(isnan(v->old_value) && isnan(v->new_value) && isnan(v->change));
    ck_assert(v->old->value == 6); /* the edition had it; the revision does not pass it on */
    v = find(rv, RP_PT_CATEGORY, "victims", 2019, "seksueel");
    ck_assert(v->why == RP_RV_HIDDEN && v->old_withheld && isnan(v->old_value));
    v = find(rv, RP_PT_SERIES, "sexual_share", 2019, "");
    ck_assert(v->why == RP_RV_HIDDEN && v->old_withheld && isnan(v->old_value));
    check_row(find(rv, RP_PT_CATEGORY, "victims", 2019, "arbeid"), 30, 31, RP_RV_VALUE, 4);
    check_row(find(rv, RP_PT_SERIES, "victims", 2020, ""), 90, 90, RP_RV_BREAK, 3);
    check_row(find(rv, RP_PT_SERIES, "sexual_share", 2020, ""), 0.6111111111, 0.6111111111,
              RP_RV_BREAK, 3);
    for (int c = 0; c < 3; c++)
        ck_assert(find(rv, RP_PT_CATEGORY, "victims", 2020,
                       (const char *[]){"seksueel", "arbeid", "crimineel"}[c])->why ==
                  RP_RV_BREAK);
    check_row(find(rv, RP_PT_SERIES, "victims", 2023, ""), 130, 132,
              RP_RV_VALUE | RP_RV_PROV_REVISED, 0);
    check_row(find(rv, RP_PT_SERIES, "sexual_share", 2023, ""), 0.6923076923, 0.696969697,
              RP_RV_VALUE | RP_RV_PROV_REVISED, 0);
    check_row(find(rv, RP_PT_CATEGORY, "victims", 2023, "seksueel"), 90, 92,
              RP_RV_VALUE | RP_RV_PROV_REVISED, 0);
    /* 2019's total did not change: not listed */
    for (size_t i = 0; i < rv->n; i++)
        ck_assert(!(rv->r[i].old->table == RP_PT_SERIES && rv->r[i].old->year == 2019 &&
                    !strcmp(rv->r[i].old->item, "victims")));
    /* flags in every output: ** for the revised provisional 2023, b for 2020, none on 2019 */
    const rp_series *sv = rp_model_series(r.m, "victims");
    ck_assert_uint_eq(rp_series_at(sv, 2023)->flags, RP_FLAG_P | RP_FLAG_R);
    rp_buf b;
    rp_buf_init(&b);
    rp_word_flag_cell(&b, rp_series_at(sv, 2023)->flags, 0, RP_LANG_NL);
    ck_assert_str_eq(rp_buf_str(&b), "** (nader voorlopig)");
    rp_buf_clear(&b);
    rp_word_flag_cell(&b, RP_FLAG_R, 0, RP_LANG_EN);
    ck_assert_str_eq(rp_buf_str(&b), "r (revised)");
    rp_buf_free(&b);
    ck_assert_uint_eq(rp_series_at(rp_model_series(r.m, "sexual_share"), 2019)->flags, 0);
    /* Statistics over E1->E2 and E2->E3 (hand-worked):
     * victims age 0: 2022 120->124 and 2023 130->132: mean (4 + 2) / 2 = 3, relative
     *   (100*4/120 + 100*2/130) / 2 = 2.435897436; age 1: 2021 100->102 and 2022 124->124:
     *   mean 1, relative (2 + 0) / 2 = 1; age 5: only 2018 in E2->E3: 0.
     * sexual_share age 0: (0.6774193548 - 0.6666666667 + 0.696969697 - 0.6923076923) / 2
     *   = 0.00770734635; age 1: (0.7058823529 - 0.7 + 0) / 2 = 0.00294117645; age 4: only
     *   E1->E2 (2018): 2019 is hidden in E3 and does not count. */
    ck_assert_uint_eq(rv->pairs, 2);
    ck_assert_str_eq(rv->first->name, "2023-06-30");
    const rp_revstat *s = revstat(rv, "victims", 0);
    ck_assert(s->n == 2 && s->revised == 2);
    ck_assert_double_eq_tol(s->mean, 3, TOL);
    ck_assert_double_eq_tol(s->mean_abs, 3, TOL);
    ck_assert_double_eq_tol(s->mean_rel, (100.0 * 4 / 120 + 100.0 * 2 / 130) / 2, TOL);
    s = revstat(rv, "victims", 1);
    ck_assert(s->n == 2 && s->revised == 1);
    ck_assert_double_eq_tol(s->mean, 1, TOL);
    ck_assert_double_eq_tol(s->mean_abs_rel, 1, TOL);
    s = revstat(rv, "victims", 5);
    ck_assert(s->n == 1 && s->mean == 0);
    s = revstat(rv, "sexual_share", 0);
    ck_assert(s->n == 2 && s->revised == 2 && isnan(s->mean_rel));
    ck_assert_double_eq_tol(s->mean, (0.6774193548 - 0.6666666667 + 0.696969697 - 0.6923076923) / 2,
                            TOL);
    s = revstat(rv, "sexual_share", 1);
    ck_assert(s->n == 2 && s->revised == 1);
    ck_assert_double_eq_tol(s->mean_abs, (0.7058823529 - 0.7) / 2, TOL);
    s = revstat(rv, "sexual_share", 4);
    ck_assert(s->n == 1 && s->mean == 0);
    run_free(&r);
    free(dir);
}
END_TEST

/* One count revised in the data: exactly that figure, nothing else. */
START_TEST(test_one_figure)
{
    char *dir = history(2);
    t_editions_state(dir, 2, 41);
    run r = start(dir, EPOCH_E2);
    ck_assert_uint_eq(r.rev->n, 1);
    const rp_revision *v = &r.rev->r[0];
    ck_assert(v->old->table == RP_PT_SERIES && !strcmp(v->old->item, "cases") &&
              v->old->year == 2018);
    check_row(v, 40, 41, RP_RV_VALUE, 5);
    ck_assert_double_eq_tol(v->rel_change, 2.5, TOL);
    run_free(&r);
    free(dir);
}
END_TEST

/* The nulmeting as published: its baseline, target value and required change against E2's
 * data. share_up: baseline 70/100 = 0.7, target 0.7 x 1.1 = 0.77, required (0.77 - 0.7) / 5
 * years = 1.4 points a year; E2: 72/102 = 0.7058823529, 0.7764705882, 1.411764706. */
START_TEST(test_nulmeting_as_published)
{
    char *dir = history(1);
    run r = start(dir, EPOCH_E1);
    ck_assert_uint_eq(r.nul->n, 3);
    for (size_t i = 0; i < 3; i++)
        ck_assert_uint_eq(r.nul->r[i].why, 0);
    run_free(&r);
    const rp_edition *e = NULL;
    t_editions_state(dir, 2, 40);
    r = start(dir, EPOCH_E2);
    e = r.nul->since;
    ck_assert_str_eq(e->name, "2023-06-30-baseline");
    /* the nulmeting publishes its targets and the series up to the baseline year only */
    ck_assert(rp_cells_get(&e->cells, RP_PT_SERIES, "sexual_share", 2021, "", NAN, "value"));
    ck_assert(!rp_cells_get(&e->cells, RP_PT_SERIES, "sexual_share", 2022, "", NAN, "value"));
    ck_assert(!rp_cells_get(&e->cells, RP_PT_SERIES, "victims", 2021, "", NAN, "value"));
    ck_assert(!rp_cells_get(&e->cells, RP_PT_CATEGORY, "victims", 2021, "arbeid", NAN, "value"));
    ck_assert(rp_cells_get(&e->cells, RP_PT_TARGET, "share_up", 2021, "smart_base", NAN, "value"));
    ck_assert(!rp_cells_get(&e->cells, RP_PT_TARGET, "share_up", 2022, "category", NAN, "value"));
    ck_assert_uint_eq(r.nul->n, 3);
    const rp_revision *v = find(r.nul, RP_PT_TARGET, "share_up", 2021, "baseline");
    check_row(v, 0.7, 0.7058823529, RP_RV_VALUE | RP_RV_NOTE, 0);
    ck_assert_str_eq(v->note, "bron opgeschoond");
    check_row(find(r.nul, RP_PT_TARGET, "share_up", 2026, "target"), 0.77, 0.7764705882,
              RP_RV_FOLLOWS, 0);
    check_row(find(r.nul, RP_PT_TARGET, "share_up", 2026, "required_change"), 1.4,
              1.411764706, RP_RV_FOLLOWS, 0);
    run_free(&r);
    free(dir);
}
END_TEST

/* A baseline hidden now takes the old target value and required change with it: a change
 * target is a multiple of its baseline, so the old one beside today's would give the hidden
 * baseline back. */
START_TEST(test_nulmeting_hidden_baseline)
{
    char *dir = history(1);
    run r = start(dir, EPOCH_E1);
    rp_edition e = {0};
    e.name = "hand";
    e.kind = RP_ED_BASELINE;
    e.year = 2022;
    e.suppress_below = 5;
    e.confidence = 0.95;
    rp_cells cur = {0};
    const struct {
        rp_cells *l;
        int year;
        const char *key;
        double v;
        rp_pmark mark;
        const char *text;
    } rows[] = {
        {&e.cells, 2021, "baseline", 100, RP_PM_SHOWN, NULL},
        {&e.cells, 2026, "target", 150, RP_PM_SHOWN, NULL},
        {&e.cells, 2026, "required_change", 8.4, RP_PM_SHOWN, "pct_per_year"},
        {&cur, 2021, "baseline", NAN, RP_PM_HIDDEN, NULL},
        {&cur, 2026, "target", NAN, RP_PM_SHOWN, "+50%"},
    };
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
        rp_pcell c = {RP_PT_TARGET, "t", rows[i].year, (char *)rows[i].key, NAN, "value",
                      rows[i].v, rows[i].mark, 0, (char *)rows[i].text, 0};
        ck_assert_int_eq(rp_cells_add(rows[i].l, &c), 0);
    }
    rp_cells_sort(&e.cells);
    rp_cells_sort(&cur);
    rp_revisions *nul = rp_revisions_nulmeting(&e, &cur, r.m);
    ck_assert(nul != NULL && nul->n == 3);
    for (size_t i = 0; i < 3; i++) {
        const rp_revision *v = &nul->r[i];
        ck_assert_msg(v->old_withheld && isnan(v->old_value) && isnan(v->change), "%s",
                      v->old->key);
    }
    ck_assert_uint_eq(find(nul, RP_PT_TARGET, "t", 2021, "baseline")->why, RP_RV_HIDDEN);
    ck_assert(find(nul, RP_PT_TARGET, "t", 2026, "required_change")->cur == NULL);
    rp_revisions_free(nul);
    rp_cells_free(&cur);
    rp_cells_free(&e.cells);
    run_free(&r);
    free(dir);
}
END_TEST

/* Nothing hidden is written into an edition: E3's hidden cells are there with their mark and
 * no value, and none of the small count's figures (3, its share) is anywhere in the file. */
START_TEST(test_edition_holds_no_hidden_value)
{
    char *dir = history(2);
    t_editions_state(dir, 3, 40);
    run r = start(dir, EPOCH_E3);
    record(&r, RP_ED_REPORT, EPOCH_E3);
    char *path = rp_strfmt("%s/editions/2025-06-30.csv", dir);
    char *text = t_read(path, NULL);
    ck_assert(text != NULL);
    ck_assert(t_has(text, "\ncategory,victims,2019,crimineel,,value,,x,,\n"));
    ck_assert(t_has(text, "\ncategory,victims,2019,crimineel,,num,,x,,\n"));
    ck_assert(t_has(text, "\ncategory,victims,2019,seksueel,,value,,x,,\n"));
    ck_assert(t_has(text, "\nseries,sexual_share,2019,,,value,,x,,\n"));
    ck_assert(t_has(text, "\nseries,sexual_share,2019,,,den,96,,,\n")); /* a total: shown */
    ck_assert(t_has(text, "\nseries,victims,2023,,,value,132,,pr,\n"));
    size_t hidden = 0;
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        /* table,item,year,key,followup,field,value,mark: a mark x never beside a value */
        char *f[8] = {0};
        char *p = line;
        for (int k = 0; k < 8 && p; k++) {
            f[k] = p;
            p = strchr(p, ',');
            if (p)
                *p++ = '\0';
        }
        if (f[7] && !strcmp(f[7], "x")) {
            hidden++;
            ck_assert_msg(!*f[6], "a hidden cell with a value: %s", line);
        }
        /* 62/93, 3/96 and 65/96 would be the hidden shares and counts */
        ck_assert(!(f[0] && !strcmp(f[0], "category") && f[2] && !strcmp(f[2], "2019") &&
                    f[6] && (!strcmp(f[6], "3") || !strcmp(f[6], "62"))));
    }
    ck_assert_uint_ge(hidden, 10);
    free(text);
    free(path);
    run_free(&r);
    free(dir);
}
END_TEST

/* For the disclosure step: what the editions showed of a count, the latest showing first. */
START_TEST(test_editions_shown)
{
    char *dir = history(2);
    t_editions_state(dir, 3, 40);
    run r = start(dir, EPOCH_E3);
    record(&r, RP_ED_REPORT, EPOCH_E3);
    run_free(&r);
    r = start(dir, EPOCH_E3);
    const rp_editions *es = r.p->editions;
    double v;
    const rp_edition *which = NULL;
    ck_assert_int_eq(rp_editions_shown(es, RP_PT_SERIES, "victims", 2021, "", NAN, "num", &v,
                                       &which), 1);
    ck_assert(v == 102 && !strcmp(which->name, "2025-06-30"));
    /* hidden in E3, but E2 showed 6: public for good */
    ck_assert_int_eq(rp_editions_shown(es, RP_PT_CATEGORY, "victims", 2019, "crimineel", NAN,
                                       "num", &v, &which), 1);
    ck_assert(v == 6 && !strcmp(which->name, "2024-06-30"));
    ck_assert(rp_editions_shown_as(es, RP_PT_CATEGORY, "victims", 2019, "crimineel", NAN,
                                   "num", 6));
    ck_assert(!rp_editions_shown_as(es, RP_PT_CATEGORY, "victims", 2019, "crimineel", NAN,
                                    "num", 3));
    ck_assert_int_eq(rp_editions_shown(es, RP_PT_SERIES, "victims", 2030, "", NAN, "num", &v,
                                       NULL), -1);
    /* by the publication's indices: indicator victims (0), category crimineel, and the
     * share's denominator */
    int k = rp_project_indicator(r.p, "victims");
    int crim = -1;
    for (size_t c = 0; c < r.p->ind[k]->ncats; c++)
        if (!strcmp(r.p->ind[k]->cats[c], "crimineel"))
            crim = (int)c;
    ck_assert_int_eq(rp_editions_count_shown(es, r.p, (size_t)k, 2019, crim, -1, 0, &v), 1);
    ck_assert(v == 6);
    ck_assert(rp_editions_count_shown_as(es, r.p, (size_t)k, 2019, -1, -1, 0, 96));
    int sh = rp_project_indicator(r.p, "sexual_share");
    ck_assert_int_eq(rp_editions_count_shown(es, r.p, (size_t)sh, 2019, -1, -1, 1, &v), 1);
    ck_assert(v == 96);
    ck_assert_int_eq(rp_editions_count_shown(es, r.p, (size_t)sh, 2019, -1, -1, 0, &v), 1);
    ck_assert(v == 60); /* E3 hides 62; E2 showed 60 */
    run_free(&r);
    free(dir);
}
END_TEST

/* A broken edition is refused with its file, line and column; a project with one does not
 * load. */
START_TEST(test_edition_errors)
{
    static const struct {
        const char *text, *error;
    } cases[] = {
        {"a,b\n1,2\n", ":1:1: not an edition: expected the header"},
        {"table,item,year,key,followup,field,value,mark,flags,text\n"
         "edition,,,,,format,1,,,\nedition,,,,,kind,,,,report\nedition,,,,,epoch,0,,,\n"
         "edition,,,,,year,2024,,,\nseries,a,2020,,,value,7,x,,\n",
         ":6:7: a cell marked 'x' holds a value: an edition keeps a hidden or missing cell's "
         "mark only"},
        {"table,item,year,key,followup,field,value,mark,flags,text\n"
         "edition,,,,,format,1,,,\nedition,,,,,kind,,,,report\nedition,,,,,epoch,0,,,\n"
         "edition,,,,,year,2024,,,\nseries,a,2020,,,value,7,,pq,\n",
         ":6:9: flags 'pq': expected some of p, e, r, b, each once"},
        {"table,item,year,key,followup,field,value,mark,flags,text\n"
         "edition,,,,,format,1,,,\nedition,,,,,kind,,,,report\nedition,,,,,epoch,0,,,\n"
         "edition,,,,,year,2024,,,\nseries,a,2020,,,value,\"7,5\",,,\n",
         ":6:7: value '7,5': expected a number written with '.', or nothing"},
        {"table,item,year,key,followup,field,value,mark,flags,text\n"
         "edition,,,,,format,2,,,\nedition,,,,,kind,,,,report\nedition,,,,,epoch,0,,,\n"
         "edition,,,,,year,2024,,,\n",
         ":2:7: edition format 2: this rapporteur reads format 1"},
        {"table,item,year,key,followup,field,value,mark,flags,text\n"
         "edition,,,,,format,1,,,\nseries,a,2020,,,value,7,,,\n",
         ": not a whole edition"},
        {"table,item,year,key,followup,field,value,mark,flags,text\n"
         "edition,,,,,format,1,,,\nedition,,,,,kind,,,,report\nedition,,,,,epoch,0,,,\n"
         "edition,,,,,year,2024,,,\nseries,a,2020,,,value,7,,,\nseries,a,2020,,,value,8,,,\n",
         ":7: the same cell twice (series a value)"},
        {"table,item,year,key,followup,field,value,mark,flags,text\n"
         "edition,,,,,format,1,,,\nedition,,,,,kind,,,,draft\nedition,,,,,epoch,0,,,\n"
         "edition,,,,,year,2024,,,\n",
         ":3:10: kind 'draft': expected report, baseline or letter"},
        {"table,item,year,key,followup,field,value,mark,flags,text\n"
         "edition,,,,,format,1,,,\nedition,,,,,kind,,,,report\nedition,,,,,epoch,0,,,\n"
         "edition,,,,,year,2024,,,\nfigures,a,2020,,,value,7,,,\n",
         ":6:1: table 'figures': expected edition, manifest"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *dir = t_tmpdir();
        char *path = t_write(dir, "e.csv", cases[i].text);
        rp_diag *d = rp_diag_new();
        rp_edition *e = rp_edition_load(path, "e.csv", d);
        ck_assert_msg(e == NULL, "case %zu loaded", i);
        const char *first = rp_diag_first(d);
        char *want = rp_strfmt("e.csv%s", cases[i].error);
        ck_assert_msg(first && !strncmp(first, want, strlen(want)), "case %zu: %s, expected %s",
                      i, first ? first : "(nothing)", want);
        free(want);
        rp_diag_free(d);
        free(path);
        free(dir);
    }
    /* in a project it stops the run, as any bad input file does */
    char *dir = t_tmpdir();
    t_editions_state(dir, 1, 40);
    char *ed = rp_strfmt("%s/editions", dir);
    ck_assert_int_eq(mkdir(ed, 0777), 0);
    free(t_write(ed, "2024-01-01.csv", cases[1].text));
    free(t_write(ed, ".2024-01-02.csv.123", "half written"));
    free(t_write(ed, "README.txt", "not an edition"));
    rp_diag *d = rp_diag_new();
    rp_project *p = rp_project_load(dir, 0, d);
    ck_assert(p == NULL && rp_diag_errors(d) == 1);
    ck_assert(t_has(rp_diag_first(d), "editions/2024-01-01.csv:6:7:"));
    rp_diag_free(d);
    free(ed);
    free(dir);
}
END_TEST

/* A letter records what it shows: the latest figure of each indicator, the targets' progress
 * and the revised figures it lists. */
START_TEST(test_letter_scope)
{
    char *dir = history(2);
    t_editions_state(dir, 3, 40);
    run r = start(dir, EPOCH_E3);
    rp_cells *c = rp_model_cells(r.m);
    rp_cells_scope(c, r.m, RP_ED_LETTER, r.rev);
    ck_assert(rp_cells_get(c, RP_PT_SERIES, "victims", 2024, "", NAN, "value"));
    ck_assert(!rp_cells_get(c, RP_PT_SERIES, "victims", 2024, "", NAN, "num"));
    ck_assert(!rp_cells_get(c, RP_PT_SERIES, "victims", 2022, "", NAN, "value"));
    ck_assert(rp_cells_get(c, RP_PT_SERIES, "victims", 2023, "", NAN, "value")); /* revised */
    ck_assert(rp_cells_get(c, RP_PT_CATEGORY, "victims", 2019, "arbeid", NAN, "value"));
    ck_assert(!rp_cells_get(c, RP_PT_CATEGORY, "victims", 2018, "arbeid", NAN, "value"));
    ck_assert(rp_cells_get(c, RP_PT_TARGET, "share_up", 2024, "category", NAN, "value"));
    ck_assert(!rp_cells_get(c, RP_PT_TREND, "victims", 2024, "2020-2024", NAN, "value"));
    rp_cells_free(c);
    free(c);
    run_free(&r);
    free(dir);
}
END_TEST

TCase *rp_tcase_editions(void)
{
    TCase *tc = tcase_create("editions");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_edition_round_trip);
    tcase_add_test(tc, test_same_data_no_revisions);
    tcase_add_test(tc, test_revisions_e1_e2);
    tcase_add_test(tc, test_revisions_e2_e3);
    tcase_add_test(tc, test_one_figure);
    tcase_add_test(tc, test_nulmeting_as_published);
    tcase_add_test(tc, test_nulmeting_hidden_baseline);
    tcase_add_test(tc, test_edition_holds_no_hidden_value);
    tcase_add_test(tc, test_editions_shown);
    tcase_add_test(tc, test_edition_errors);
    tcase_add_test(tc, test_letter_scope);
    return tc;
}

/* ---- the enumeration against the tables (reports suite) ---- */

/* A table cell against the published cell of the same figure: a number is the cell's value as
 * written, a hidden mark its mark, nothing no cell (or a figure that could not be made). */
static void same(const rp_dtable *t, size_t r, size_t c, const rp_cells *cells, rp_ptable table,
                 const char *item, int year, const char *key, double followup, const char *field,
                 rp_buf *fails)
{
    const rp_tcell *tc = rp_dtable_cell(t, r, c);
    const rp_pcell *pc = rp_cells_get(cells, table, item, year, key, followup, field);
    char want[32] = "", got[32] = "";
    if (tc->kind == RP_TC_NUM)
        snprintf(want, sizeof want, "%.10g", tc->v);
    else if (tc->kind == RP_TC_SUPPRESSED)
        strcpy(want, "x");
    else if (tc->kind == RP_TC_MISSING)
        strcpy(want, "missing");
    if (pc && pc->mark == RP_PM_SHOWN && !isnan(pc->value))
        snprintf(got, sizeof got, "%.10g", pc->value);
    else if (pc && pc->mark != RP_PM_NA && pc->mark != RP_PM_SHOWN)
        strcpy(got, rp_pmark_name(pc->mark));
    if (strcmp(want, got))
        rp_buf_printf(fails, "%s row %zu %s (%s %s %d %s %g %s): table '%s', cells '%s'\n",
                      t->name, r, t->head[c], rp_ptable_name(table), item, year, key, followup,
                      field, want, got);
}

/* Every cell of the disclosure fixture's series, regions, recidivism and estimate tables is the
 * enumeration's cell, hidden ones included; and no count of the enumeration is small. */
START_TEST(test_cells_are_the_tables)
{
    char *path = t_src("tests/disclosure");
    rp_diag *d = rp_diag_new();
    rp_project *p = rp_project_load(path, 0, d);
    ck_assert_msg(p != NULL, "%s", rp_diag_first(d));
    rp_model *m = rp_model_build(p, 0, d);
    ck_assert(m != NULL);
    rp_cells *cells = rp_model_cells(m);
    ck_assert(cells != NULL);
    rp_buf fails;
    rp_buf_init(&fails);
    static const char *const sf[] = {"value", "lo", "hi", "num", "den"};
    size_t hidden = 0;
    for (size_t i = 0; i < p->m->nindicators; i++) {
        if (!m->series[i].n)
            continue;
        rp_dtable *t = rp_table_series(m, i);
        for (size_t r = 0; r < t->nrows; r++)
            for (size_t c = 1; c <= 5; c++) {
                hidden += rp_dtable_cell(t, r, c)->kind == RP_TC_SUPPRESSED;
                same(t, r, c, cells, RP_PT_SERIES, p->m->indicators[i].id,
                     (int)rp_dtable_cell(t, r, 0)->v, "", NAN, sf[c - 1], &fails);
            }
        rp_dtable_free(t);
    }
    const rp_regional *reg = m->regional;
    ck_assert(reg != NULL);
    rp_dtable *t = rp_table_regions(m, reg);
    const char *id = p->m->indicators[reg->indicator].id;
    for (size_t r = 0; r < t->nrows; r++) {
        const char *name = rp_dtable_cell(t, r, 0)->text, *code = "";
        for (size_t g = 0; g < p->regions->n; g++)
            if (!strcmp(p->regions->r[g].name, name))
                code = p->regions->r[g].code;
        hidden += rp_dtable_cell(t, r, 1)->kind == RP_TC_SUPPRESSED;
        same(t, r, 1, cells, RP_PT_REGION, id, reg->year, code, NAN, "count", &fails);
        same(t, r, 3, cells, RP_PT_REGION, id, reg->year, code, NAN, "value", &fails);
    }
    rp_dtable_free(t);
    static const char *const rf[] = {"n", "events", "at_risk", "value", "lo", "hi"};
    t = rp_table_recidivism(m, m->recid, m->recid_at);
    for (size_t r = 0; r < t->nrows; r++)
        for (size_t c = 2; c <= 7; c++) {
            hidden += rp_dtable_cell(t, r, c)->kind == RP_TC_SUPPRESSED;
            same(t, r, c, cells, RP_PT_RECIDIVISM, "recidivism",
                 atoi(rp_dtable_cell(t, r, 0)->text), "", rp_dtable_cell(t, r, 1)->v,
                 rf[c - 2], &fails);
        }
    rp_dtable_free(t);
    static const char *const ef[] = {"observed", "value", "lo", "hi", "dark"};
    for (size_t k = 0; k < p->m->nestimates; k++) {
        t = rp_table_estimate(m, k);
        const rp_estimate *e = m->estimates[k];
        for (size_t r = 0; t && r < t->nrows; r++)
            for (size_t c = 1; c <= 5; c++) {
                int pooled = e->nrows > 1 && r == e->nrows - 1;
                hidden += rp_dtable_cell(t, r, c)->kind == RP_TC_SUPPRESSED;
                same(t, r, c, cells, RP_PT_ESTIMATE, p->m->estimates[k].id,
                     pooled ? m->last_year : 0, e->row[r].stratum, NAN, ef[c - 1], &fails);
            }
        rp_dtable_free(t);
    }
    ck_assert_msg(fails.len == 0, "%s", rp_buf_str(&fails));
    ck_assert_uint_ge(hidden, 20);
    /* suppress_below is 10 there: no count field of the enumeration is 1 to 9 */
    static const char *const counts[] = {"num", "den", "count", "n", "events", "at_risk",
                                         "observed"};
    for (size_t i = 0; i < cells->n; i++) {
        const rp_pcell *c = &cells->c[i];
        for (size_t k = 0; k < sizeof counts / sizeof *counts; k++)
            ck_assert_msg(strcmp(c->field, counts[k]) || !(c->value >= 1 && c->value <= 9),
                          "%s %s %d %s %s = %g", rp_ptable_name(c->table), c->item, c->year,
                          c->key, c->field, c->value);
        ck_assert(c->mark == RP_PM_SHOWN || isnan(c->value));
    }
    rp_buf_free(&fails);
    rp_cells_free(cells);
    free(cells);
    rp_model_free(m);
    rp_project_free(p);
    rp_diag_free(d);
    free(path);
}
END_TEST

TCase *rp_tcase_editions_tables(void)
{
    TCase *tc = tcase_create("editions_tables");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_cells_are_the_tables);
    return tc;
}
