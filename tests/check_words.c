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

/* The recent-trend test and the stated trend's interval over the same years, where they seem
 * to disagree: the sentence says why, in both languages; where they agree it says nothing
 * more. (The figures are the example's victims and cases, 2020-2024.) */
START_TEST(marker_beside_trend)
{
    rp_series s = {0};
    s.marker = (rp_marker){.mark = RP_MARK_INCREASING, .chi2 = 13.6, .first = 2020, .last = 2024};
    s.proj.first = 2020, s.proj.last = 2024, s.proj.dispersion = 13.9;
    s.change_lo = -0.082, s.change_hi = 0.17;
    WORDS("Toets op de recente trend 2020-2024 (99,8%): stijgend (chi-kwadraat 13,6; "
          "significant boven 9,5). Het interval van de trend bevat wel nul: de toets weegt elk "
          "jaar als een telling (Poisson), het interval houdt ook rekening met de spreiding "
          "tussen de jaren (spreidingsfactor 13,9).",
          rp_word_marker(b, &s, RP_LANG_NL));
    s.marker.mark = RP_MARK_NO_CHANGE, s.marker.chi2 = 2.1, s.proj.dispersion = 0.004;
    s.change_lo = 0.026, s.change_hi = 0.037;
    WORDS("Test of the recent trend 2020-2024 (99.8%): no significant change (chi-square 2.1; "
          "significant above 9.5). The trend's interval does exclude zero: the test asks for "
          "99.8% and a direction that holds with any one year left out, and the years lie "
          "closer to the line than counts would (dispersion 0.00), which narrows the interval.",
          rp_word_marker(b, &s, RP_LANG_EN));
    s.change_lo = -0.01; /* both say: no change shown */
    WORDS("Test of the recent trend 2020-2024 (99.8%): no significant change (chi-square 2.1; "
          "significant above 9.5).", rp_word_marker(b, &s, RP_LANG_EN));
    s.proj.first = 2021; /* another window: nothing to set beside it */
    s.change_lo = 0.026;
    WORDS("Test of the recent trend 2020-2024 (99.8%): no significant change (chi-square 2.1; "
          "significant above 9.5).", rp_word_marker(b, &s, RP_LANG_EN));
}
END_TEST

static TCase *tcase_numbers(void)
{
    TCase *tc = tcase_create("numbers");
    tcase_add_test(tc, number_cells);
    tcase_add_test(tc, labels_and_parts);
    tcase_add_test(tc, recidivism_row);
    tcase_add_test(tc, marker_beside_trend);
    return tc;
}

Suite *rp_suite_words(void)
{
    Suite *s = suite_create("words");
    suite_add_tcase(s, tcase_numbers());
    suite_add_tcase(s, rp_tcase_text_cite());
    return s;
}
