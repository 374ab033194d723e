/* Check suite of words/: the cells, labels and sentence parts that words/ writes from
 * published numbers for plots/, reports/ and cli/, and citations of published figures in the
 * rapporteur's text (tests/check_text.c), in both languages. */
#include "tests/helpers.h"
#include "words/wording.h"
#include "words/word_eb.h"
#include "words/word_estimate.h"
#include "words/word_recid.h"

#include <math.h>
#include <stdlib.h>

/* What f wrote into a fresh buffer, compared with want. */
#define WORDS(want, call)                                                                    \
    do {                                                                                     \
        rp_buf b_;                                                                           \
        rp_buf_init(&b_);                                                                    \
        rp_buf *b = &b_;                                                                     \
        call;                                                                                \
        ck_assert_str_eq(rp_buf_str(b), want);                                               \
        rp_buf_free(&b_);                                                                    \
    } while (0)

/* The cells of tables and commands: grouping and decimal sign by language, the hidden sign,
 * a year without grouping, a range whose head names the level. */
START_TEST(number_cells)
{
    WORDS("1.234,5", rp_word_num_cell(b, 1234.5, 1, 0, RP_LANG_NL));
    WORDS("1,234.5", rp_word_num_cell(b, 1234.5, 1, 0, RP_LANG_EN));
    WORDS("24,3%", rp_word_num_cell(b, 0.243, 1, 1, RP_LANG_NL));
    WORDS("2024", rp_word_num_cell(b, 2024, -1, 0, RP_LANG_NL));
    WORDS("-", rp_word_num_cell(b, NAN, 0, 0, RP_LANG_EN));
    WORDS("1,2 tot 6,6", rp_word_range(b, 1.2, 6.6, 1, RP_LANG_NL));
    WORDS("1,000 to 2,500", rp_word_range(b, 1000, 2500, 0, RP_LANG_EN));
    WORDS("12.345", rp_word_count(b, 12345, 0, 10, RP_LANG_NL));
    WORDS(rp_word_hidden_sign(), rp_word_count(b, 3, 1, 10, RP_LANG_NL));
    WORDS("+12%", rp_word_ratio_change(b, 1.12, RP_LANG_EN));
    WORDS("-10%", rp_word_ratio_change(b, 0.9, RP_LANG_NL));
    char *s = rp_word_num_str(7.25, 2, RP_LANG_NL);
    ck_assert_str_eq(s, "7,25");
    free(s);
}
END_TEST

/* Chart labels and sentence parts. */
START_TEST(labels_and_parts)
{
    WORDS("1.000", rp_word_tick(b, 1000, 0, 0, RP_LANG_NL));
    WORDS("0.5", rp_word_tick(b, 0.5, 1, 0, RP_LANG_EN));
    WORDS("20%", rp_word_tick(b, 20, 0, 1, RP_LANG_NL));
    WORDS("kans 62%", rp_word_chance_label(b, 0.62, RP_LANG_NL));
    WORDS("chance 62%", rp_word_chance_label(b, 0.62, RP_LANG_EN));
    WORDS("30 juni 2024", rp_word_date(b, 1719705600, RP_LANG_NL));
    WORDS("30 June 2024", rp_word_date(b, 1719705600, RP_LANG_EN));
    WORDS("stapsgewijs (p < 0,05)", rp_word_est_stepwise(b, 0.05, RP_LANG_NL));
    WORDS("stepwise (p < 0.001)", rp_word_est_stepwise(b, 0.001, RP_LANG_EN));
    WORDS("politie:zorg; weight 0.77",
          rp_word_est_best_remark(b, "politie:zorg", 0.767, RP_LANG_EN));
    WORDS("12 modellen: 1.825 tot 4.603",
          rp_word_est_average_remark(b, 12, 1825, 4603, RP_LANG_NL));
    WORDS(", geregistreerd 1.234", rp_word_est_registered(b, 1234, RP_LANG_NL));
    WORDS("Log-rank test between the cohorts: chi-square 3.2 on 1 df, p = 0.07.",
          rp_word_recid_logrank(b, "the cohorts", 3.21, 1, 0.07, RP_LANG_EN));
    char *per = rp_word_per_label(100000, RP_LANG_NL);
    ck_assert_str_eq(per, "per 100.000 inwoners");
    free(per);
}
END_TEST

/* A row of the recidivism table: counts, prevalence and its interval; a hidden count hides
 * the prevalence too. */
START_TEST(recidivism_row)
{
    rp_recid_row w = {.group = "2012", .t = 2, .n = 1104, .events = 43, .at_risk = 61,
                      .estimable = 1, .prevalence = 0.413, .lo = 0.326, .hi = 0.514};
    char *row[7];
    rp_word_recid_row(row, &w, 2, RP_LANG_NL);
    const char *want[] = {"2012", "2", "1.104", "43", "61", "41,3%", "32,6% tot 51,4%"};
    for (int i = 0; i < 7; i++) {
        ck_assert_str_eq(row[i], want[i]);
        free(row[i]);
    }
    w.events_mark = 1;
    rp_word_recid_row(row, &w, 2, RP_LANG_EN);
    const char *hid[] = {"2012", "2", "1,104", rp_word_hidden_sign(), "61",
                         rp_word_hidden_sign(), ""};
    for (int i = 0; i < 7; i++) {
        ck_assert_str_eq(row[i], hid[i]);
        free(row[i]);
    }
}
END_TEST

static TCase *tcase_numbers(void)
{
    TCase *tc = tcase_create("numbers");
    tcase_add_test(tc, number_cells);
    tcase_add_test(tc, labels_and_parts);
    tcase_add_test(tc, recidivism_row);
    return tc;
}

Suite *rp_suite_words(void)
{
    Suite *s = suite_create("words");
    suite_add_tcase(s, tcase_numbers());
    suite_add_tcase(s, rp_tcase_text_cite());
    return s;
}
