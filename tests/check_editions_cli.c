/* Editions through the command (part of the e2e suite): the project of check_editions.c goes
 * through three yearly monitors with report --record, a nulmeting with baseline --record and a
 * letter with report --period; each output's revision tables, flags and chapter are checked
 * against the values worked by hand there. */
#include "tests/helpers.h"
#include "base/buf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Runs rapporteur in dir at a date (SOURCE_DATE_EPOCH); returns the exit status. */
static int at(const char *dir, long long epoch, const char *args, char **out, char **err)
{
    char e[32];
    snprintf(e, sizeof e, "%lld", epoch);
    setenv("SOURCE_DATE_EPOCH", e, 1);
    return t_run(dir, args, out, err);
}

static void ok(const char *dir, long long epoch, const char *args)
{
    char *out, *err;
    int st = at(dir, epoch, args, &out, &err);
    ck_assert_msg(st == 0, "%s: exit %d: %s", args, st, err ? err : "");
    free(out);
    free(err);
}

/* A file of the run's output without the BOM the Dutch CSV dialect starts with. */
static char *table(const char *dir, const char *rel)
{
    char *path = rp_strfmt("%s/%s", dir, rel);
    char *text = t_read(path, NULL);
    ck_assert_msg(text != NULL, "no %s", path);
    free(path);
    if (!strncmp(text, "\xef\xbb\xbf", 3))
        memmove(text, text + 3, strlen(text + 3) + 1);
    return text;
}

static void expect_table(const char *dir, const char *rel, const char *expected)
{
    char *text = table(dir, rel);
    t_assert_text(text, expected);
    free(text);
}

/* The line of a CSV table that starts with prefix, or NULL. Caller frees. */
static char *line_of(const char *text, const char *prefix)
{
    const char *p = strstr(text, prefix);
    while (p && p != text && p[-1] != '\n')
        p = strstr(p + 1, prefix);
    return p ? rp_strndup(p, strcspn(p, "\n")) : NULL;
}

static void expect_line(const char *dir, const char *rel, const char *prefix, const char *line)
{
    char *text = table(dir, rel);
    char *got = line_of(text, prefix);
    ck_assert_msg(got && !strcmp(got, line), "%s: %s, expected %s", rel, got ? got : "nothing",
                  line);
    free(got);
    free(text);
}

/* A line that starts with prefix and ends with end (the intervals between are the interval
 * tests' business). */
static void expect_ends(const char *dir, const char *rel, const char *prefix, const char *end)
{
    char *text = table(dir, rel);
    char *got = line_of(text, prefix);
    size_t n = got ? strlen(got) : 0, k = strlen(end);
    ck_assert_msg(got && n >= k && !strcmp(got + n - k, end), "%s: %s, expected %s...%s", rel,
                  got ? got : "nothing", prefix, end);
    free(got);
    free(text);
}

#define HEAD "indicator;year;old;new;change;reason;table;key;followup;relative_change;age;note\n"

START_TEST(test_three_editions)
{
    char *dir = t_tmpdir();
    char *proj = rp_strfmt("%s/proj", dir);
    ck_assert_int_eq(mkdir(proj, 0777), 0);
    char *out, *err;
    /* E1 and its nulmeting: the first monitor compares with the nulmeting only */
    t_editions_state(proj, 1, 40);
    ok(dir, T_EPOCH_E1, "baseline proj -o b1 --record");
    ck_assert_int_eq(at(dir, T_EPOCH_E1, "report proj -o r1 --record", &out, &err), 0);
    /* the project is Dutch, and so is what the command says of it */
    ck_assert(t_has(out, "Editie proj/editions/2023-06-30.csv vastgelegd."));
    free(out);
    free(err);
    /* E2: revised, final, a note */
    t_editions_state(proj, 2, 40);
    ck_assert_int_eq(at(dir, T_EPOCH_E2, "report proj -o r2 --record", &out, &err), 0);
    ck_assert(t_has(out, "Vergeleken met de editie 2023-06-30: 8 van de 30 cijfers veranderd."));
    ck_assert(t_has(out, "De nulmeting zoals gepubliceerd (2023-06-30-baseline): 3 van de 3 "
                         "waarden wijken af van de gegevens van nu."));
    free(out);
    free(err);
    expect_table(dir, "r2/tables/revisions.csv",
                 HEAD
                 "sexual_share;2021;0,7;0,7058823529;0,0058823529;\"value;note\";series;;;;1;"
                 "bron opgeschoond\n"
                 "sexual_share;2022;0,6666666667;0,6774193548;0,0107526881;\"value;final\";"
                 "series;;;;0;\n"
                 "victims;2021;100;102;2;\"value;note\";series;;;2;1;bron opgeschoond\n"
                 "victims;2022;120;124;4;\"value;final\";series;;;3,333333333;0;\n"
                 "victims;2021;70;72;2;value;category;seksueel;;2,857142857;1;\n"
                 "victims;2022;30;30;0;final;category;arbeid;;0;0;\n"
                 "victims;2022;10;10;0;final;category;crimineel;;0;0;\n"
                 "victims;2022;80;84;4;\"value;final\";category;seksueel;;5;0;\n");
    expect_ends(dir, "r2/tables/series_victims.csv", "2022;124;", ";124;;r (herzien)");
    expect_ends(dir, "r2/tables/series_victims.csv", "2021;102;",
                ";102;;\"r (herzien); bron opgeschoond\"");
    expect_table(dir, "r2/tables/baseline_published.csv",
                 "target;part;year;published;today;change;relative_change;reason\n"
                 "share_up;baseline;2021;0,7;0,7058823529;0,0058823529;;\"value;note\"\n"
                 "share_up;required_change;2026;1,4;1,411764706;0,011764706;;follows_baseline\n"
                 "share_up;target;2026;0,77;0,7764705882;0,0064705882;;follows_baseline\n");
    /* E3: a break, ** on a provisional figure revised again, a category that became small */
    t_editions_state(proj, 3, 40);
    ck_assert_int_eq(at(dir, T_EPOCH_E3, "report proj -o r3 --record", &out, &err), 0);
    ck_assert(t_has(out, "Vergeleken met de editie 2024-06-30: 12 van de 36 cijfers veranderd."));
    free(out);
    free(err);
    expect_table(dir, "r3/tables/revisions.csv",
                 HEAD
                 "sexual_share;2019;;x;;now_hidden;series;;;;4;\n"
                 "sexual_share;2020;0,6111111111;0,6111111111;0;new_break;series;;;;3;\n"
                 "sexual_share;2023;0,6923076923;0,696969697;0,0046620047;"
                 "\"value;revised_provisional\";series;;;;0;\n"
                 "victims;2020;90;90;0;new_break;series;;;0;3;\n"
                 "victims;2023;130;132;2;\"value;revised_provisional\";series;;;1,538461538;0;\n"
                 "victims;2019;30;31;1;value;category;arbeid;;3,333333333;4;\n"
                 "victims;2019;;x;;now_hidden;category;crimineel;;;4;\n"
                 "victims;2019;;x;;now_hidden;category;seksueel;;;4;\n"
                 "victims;2020;25;25;0;new_break;category;arbeid;;0;3;\n"
                 "victims;2020;10;10;0;new_break;category;crimineel;;0;3;\n"
                 "victims;2020;55;55;0;new_break;category;seksueel;;0;3;\n"
                 "victims;2023;90;92;2;\"value;revised_provisional\";category;seksueel;;"
                 "2,222222222;0;\n");
    /* the statistics of check_editions.c, over E1->E2 and E2->E3 */
    expect_line(dir, "r3/tables/revision_stats.csv", "victims;0;",
                "victims;0;2;2;3;3;2,435897436;2,435897436");
    expect_line(dir, "r3/tables/revision_stats.csv", "victims;1;", "victims;1;2;1;1;1;1;1");
    expect_line(dir, "r3/tables/revision_stats.csv", "sexual_share;0;",
                "sexual_share;0;2;2;0,0077073464;0,0077073464;;");
    expect_line(dir, "r3/tables/revision_stats.csv", "sexual_share;4;",
                "sexual_share;4;1;0;0;0;;");
    expect_ends(dir, "r3/tables/series_victims.csv", "2023;132;", ";132;;** (nader voorlopig)");
    expect_ends(dir, "r3/tables/series_victims.csv", "2020;90;", ";90;;b (trendbreuk)");
    expect_ends(dir, "r3/tables/series_victims.csv", "2019;96;", ";96;;");
    expect_ends(dir, "r3/tables/series_sexual_share.csv", "2019;", "2019;x;x;x;x;96;");
    /* the chapter: the hidden figures without their old values */
    char *html = table(dir, "r3/report.html");
    ck_assert(t_has(html, ">Gewijzigd sinds de vorige monitor<"));
    ck_assert(t_has(html, "Van de 36 cijfers die beide publiceren, zijn er 12 herzien of anders "
                          "gemarkeerd, in de tabellen hieronder."));
    const char *row = strstr(html, "<td>2019, crimineel</td>");
    ck_assert(row != NULL);
    char *tr = rp_strndup(row, strstr(row, "</tr>") - row);
    ck_assert_msg(t_has(tr, "(niet herhaald)") && !t_has(tr, ">6<"), "%s", tr);
    free(tr);
    ck_assert(t_has(html, ">De nulmeting zoals gepubliceerd<"));
    ck_assert(t_has(html, "noot: bron opgeschoond"));
    ck_assert(t_has(html, "** nader voorlopig (herzien en nog voorlopig)"));
    free(html);
    /* the same data again: no revisions, and the edition recorded again is the same file */
    char *e3 = table(dir, "proj/editions/2025-06-30.csv");
    ck_assert_int_eq(at(dir, T_EPOCH_E3, "report proj -o r3b", &out, &err), 0);
    ck_assert(t_has(out, "Vergeleken met de editie 2025-06-30: 0 van de 42 cijfers veranderd."));
    free(out);
    free(err);
    expect_table(dir, "r3b/tables/revisions.csv", HEAD);
    html = table(dir, "r3b/report.html");
    ck_assert(t_has(html, "Geen herzieningen: de 42 cijfers die beide publiceren, zijn gelijk "
                          "gebleven, met dezelfde markering en status."));
    free(html);
    ok(dir, T_EPOCH_E3, "report proj -o r3c --record");
    char *again = table(dir, "proj/editions/2025-06-30.csv");
    ck_assert_str_eq(again, e3);
    free(again);
    free(e3);
    /* one figure revised: exactly that one */
    t_editions_state(proj, 3, 41);
    ok(dir, T_EPOCH_E3, "report proj -o r3d");
    expect_table(dir, "r3d/tables/revisions.csv", HEAD "cases;2018;40;41;1;value;series;;;2,5;6;\n");
    /* --since an older edition */
    ck_assert_int_eq(at(dir, T_EPOCH_E3, "report proj -o r3e --since 2023-06-30", &out, &err), 0);
    ck_assert(t_has(out, "Vergeleken met de editie 2023-06-30:"));
    free(out);
    free(err);
    free(proj);
    free(dir);
}
END_TEST

/* The half-yearly letter: its files, its table of latest figures, and its edition. */
START_TEST(test_letter)
{
    char *dir = t_tmpdir();
    char *proj = rp_strfmt("%s/proj", dir);
    ck_assert_int_eq(mkdir(proj, 0777), 0);
    t_editions_state(proj, 2, 40);
    ok(dir, T_EPOCH_E2, "report proj -o r2 --record");
    t_editions_state(proj, 3, 40);
    char *out, *err;
    ck_assert_int_eq(at(dir, T_EPOCH_E3, "report proj -o l --period 2025-H1 --record", &out,
                        &err), 0);
    ck_assert(t_has(out, "Geschreven in l: letter.pdf, letter.html, letter.docx, "
                         "manifest.sha256, tables/ en charts/."));
    ck_assert(t_has(out, "Editie proj/editions/2025-06-30-h1.csv vastgelegd."));
    free(out);
    free(err);
    char *html = table(dir, "l/letter.html");
    ck_assert(t_has(html, "Voortgangsbrief, eerste helft 2025"));
    ck_assert(t_has(html, ">Laatste cijfers<"));
    ck_assert(t_has(html, ">Gewijzigd sinds de vorige editie<"));
    free(html);
    expect_line(dir, "l/tables/latest.csv", "indicator;",
                "indicator;jaar;waarde;ondergrens;bovengrens;status");
    expect_ends(dir, "l/tables/latest.csv", "Slachtoffers;2024;140;", ";p (voorlopig)");
    /* 95 / 140 */
    expect_ends(dir, "l/tables/latest.csv", "Aandeel seksuele uitbuiting;2024;0,6785714286;",
                ";p (voorlopig)");
    expect_ends(dir, "l/tables/latest.csv", "Zaken;2024;52;", ";");
    char *ed = table(dir, "proj/editions/2025-06-30-h1.csv");
    ck_assert(t_has(ed, "\nedition,,,,,kind,,,,letter\n"));
    ck_assert(t_has(ed, "\nedition,,,,,period,,,,2025-H1\n"));
    ck_assert(t_has(ed, "\nseries,victims,2024,,,value,140,,p,\n"));
    ck_assert(!t_has(ed, "\nseries,victims,2022,,,value,")); /* not in the letter */
    ck_assert(t_has(ed, "\nseries,victims,2023,,,value,132,,pr,\n")); /* revised: listed */
    free(ed);
    struct stat st;
    char *pdf = rp_strfmt("%s/l/letter.pdf", dir), *docx = rp_strfmt("%s/l/letter.docx", dir);
    ck_assert(stat(pdf, &st) == 0 && st.st_size > 1000);
    ck_assert(stat(docx, &st) == 0 && st.st_size > 1000);
    free(pdf);
    free(docx);
    free(proj);
    free(dir);
}
END_TEST

/* Mistakes say what to write, and record nothing. */
START_TEST(test_edition_mistakes)
{
    char *dir = t_tmpdir();
    char *proj = rp_strfmt("%s/proj", dir);
    ck_assert_int_eq(mkdir(proj, 0777), 0);
    t_editions_state(proj, 1, 40);
    ok(dir, T_EPOCH_E1, "report proj -o r1 --record");
    char *out, *err;
    ck_assert_int_eq(at(dir, T_EPOCH_E1, "report proj -o x --since 2020-01-01", &out, &err), 2);
    ck_assert_msg(t_has(err, "--since 2020-01-01: no such edition in proj/editions; expected "
                             "2023-06-30"), "%s", err);
    free(out);
    free(err);
    ck_assert_int_eq(at(dir, T_EPOCH_E1, "report proj -o x --period H3", &out, &err), 2);
    ck_assert(t_has(err, "--period H3: expected H1 or H2, or a year with it (2025-H1)"));
    free(out);
    free(err);
    /* a damaged edition stops the run as any bad input does */
    char *path = rp_strfmt("%s/editions/2023-06-30.csv", proj);
    char *text = t_read(path, NULL);
    const char *was = "\nseries,victims,2018,,,value,80,,,\n";
    char *bad = strstr(text, was);
    ck_assert(bad != NULL);
    *bad = '\0';
    FILE *f = fopen(path, "w");
    fprintf(f, "%s\nseries,victims,2018,,,value,80,x,,\n%s", text, bad + strlen(was));
    fclose(f);
    ck_assert_int_eq(at(dir, T_EPOCH_E2, "report proj -o y --record", &out, &err), 1);
    ck_assert_msg(t_has(err, "proj/editions/2023-06-30.csv:") &&
                  t_has(err, ": een cel met teken 'x' heeft een waarde"), "%s", err);
    free(out);
    free(err);
    struct stat st;
    char *e2 = rp_strfmt("%s/editions/2024-06-30.csv", proj), *y = rp_strfmt("%s/y", dir);
    ck_assert(stat(e2, &st) != 0 && stat(y, &st) != 0);
    free(e2);
    free(y);
    free(text);
    free(path);
    free(proj);
    free(dir);
}
END_TEST

/* A count an earlier edition showed is public for good: when a revision makes another count
 * of its line small, the shown ones are not hidden as its second cell (the edition would give
 * them back, and the small one with them); the total, which changed, is hidden instead.
 * Worked by hand: 2023 by vorm A 50, B 20, C 15 (total 85) recorded; then C revised to 5
 * (total 75): C is hidden, A and B stay as published, and the total 75 is hidden, so that
 * 75 - 50 - 20 cannot be taken. */
START_TEST(test_editions_keep_shown_counts)
{
    char *dir = t_tmpdir();
    rp_buf csv;
    rp_buf_init(&csv);
    static const struct {
        const char *vorm;
        int n22, n23;
    } rows[] = {{"A", 40, 50}, {"B", 30, 20}, {"C", 25, 15}};
    rp_buf_puts(&csv, "jaar;vorm;aantal\n");
    for (size_t i = 0; i < 3; i++)
        rp_buf_printf(&csv, "2022;%s;%d\n2023;%s;%d\n", rows[i].vorm, rows[i].n22, rows[i].vorm,
                      rows[i].n23);
    free(t_write(dir, "victims.csv", rp_buf_str(&csv)));
    free(t_write(dir, "monitor.ini", "[monitor]\ntitle = Kept\nlanguage = en\nreport_year = "
                                     "2023\nsuppress_below = 10\n[dataset victims]\nfile = "
                                     "victims.csv\n[indicator victims]\ntitle = Victims\n"
                                     "dataset = victims\nby = vorm\n"));
    char *args = rp_strfmt("report '%s' -o '%s/o1' --record", dir, dir);
    ok(dir, 1700000000LL, args);
    free(args);
    char *text = rp_strdup(rp_buf_str(&csv));
    char *c = strstr(text, "2023;C;15");
    memcpy(c, "2023;C;05", 9);
    free(t_write(dir, "victims.csv", text));
    args = rp_strfmt("report '%s' -o '%s/o2'", dir, dir);
    ok(dir, 1710000000LL, args);
    free(args);
    char *o2 = rp_strfmt("%s/o2", dir);
    expect_line(o2, "charts/stacked_victims.csv", "2023,", "2023,50,20,");
    char *series = table(o2, "tables/series_victims.csv");
    ck_assert_msg(t_has(series, "\n2023,x,x,x,x,"), "%s", series); /* the total hidden */
    free(series);
    free(o2);
    free(text);
    rp_buf_free(&csv);
    free(dir);
}
END_TEST

TCase *rp_tcase_editions_cli(void)
{
    TCase *tc = tcase_create("editions_cli");
    tcase_set_timeout(tc, 240);
    tcase_add_test(tc, test_three_editions);
    tcase_add_test(tc, test_letter);
    tcase_add_test(tc, test_edition_mistakes);
    tcase_add_test(tc, test_editions_keep_shown_counts);
    return tc;
}
