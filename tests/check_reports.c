/* Check suite of reports/: the PDF's text, pages, bookmarks and vector charts; the HTML as a
 * real browser prints it; the tables in both language conventions and the workbook; byte
 * identity; and a run killed while writing that leaves the earlier report whole. */
#define _GNU_SOURCE /* memmem */
#include "tests/helpers.h"
#include "reports/doc.h"
#include "reports/dtable.h"
#include <stdint.h>
#include "base/buf.h"
#include "base/csvwrite.h"
#include "reports/html.h"

#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* The report of the small fixture project (tests/e2e/charts_small/proj), dated 2023-11-14. */
static char *small_report(const char *cmd)
{
    char *out = t_tmpdir();
    char *proj = t_src("tests/e2e/charts_small/proj");
    char *args = rp_strfmt("%s '%s' -o '%s/r'", cmd, proj, out);
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    char *o, *e;
    int st = t_run(NULL, args, &o, &e);
    ck_assert_msg(st == 0, "%s failed: %s", cmd, e);
    free(o);
    free(e);
    free(args);
    free(proj);
    return out;
}

/* Two indicators whose ids share their first 31 characters, and two that differ only in case,
 * each get their own CSV file and sheet; the workbook's parts are written in the staging
 * folder, so a /tmp that cannot be written (full, read-only) does not matter. */
/* A sentence built in a buffer that ran out of memory, or a table cell made from one, marks
 * its document failed: an incomplete document is never written (issue 25). */
START_TEST(lost_sentences_fail_the_document)
{
    rp_buf b;
    rp_buf_init(&b);
    rp_buf_puts(&b, "In 2024: 1.060");
    ck_assert_int_eq(rp_buf_reserve(&b, SIZE_MAX / 2), -1);
    rp_doc *d = rp_doc_new(RP_LANG_NL);
    rp_doc_text(d, "Een hele zin.");
    ck_assert(!rp_doc_failed(d));
    rp_doc_text(d, rp_buf_str(&b));
    ck_assert(rp_doc_failed(d));
    rp_doc_free(d);
    d = rp_doc_new(RP_LANG_NL);
    const char *head[] = {"jaar", "waarde"};
    rp_dtable *t = rp_dtable_new("t", "T", 2, head);
    size_t r = rp_dtable_row(t);
    rp_dtable_text(t, r, 0, "2024");
    rp_doc_table(d, t);
    ck_assert(!rp_doc_failed(d));
    rp_dtable_text(t, r, 1, rp_buf_str(&b));
    ck_assert(rp_doc_failed(d));
    rp_doc_free(d);
    rp_buf_free(&b);
}
END_TEST

START_TEST(clashing_sheet_names_and_no_tmp)
{
    char *dir = t_tmpdir();
    char *cases = t_src("tests/e2e/charts_small/proj/cases.csv"), *csv = t_read(cases, NULL);
    free(t_write(dir, "cases.csv", csv));
    free(t_write(dir, "monitor.ini",
                 "[monitor]\ntitle = Clash\nlanguage = en\n[dataset cases]\nfile = cases.csv\n"
                 "[indicator registered_cases_of_labour_exploitation_a]\ntitle = A\n"
                 "dataset = cases\n"
                 "[indicator registered_cases_of_labour_exploitation_b]\ntitle = B\n"
                 "dataset = cases\n"
                 "[indicator Cases]\ntitle = C1\ndataset = cases\n"
                 "[indicator cases]\ntitle = C2\ndataset = cases\n"));
    /* valgrind keeps files of its own in TMPDIR: under it, only the names are tested */
    const char *vg = getenv("RP_VALGRIND");
    if (!vg || !*vg)
        setenv("TMPDIR", "/nonexistent/tmp", 1);
    char *o, *e;
    ck_assert_msg(t_run(dir, "report . -o r", &o, &e) == 0, "%s", e);
    unsetenv("TMPDIR");
    char *ls = t_sh("ls '%s/r/tables' | sort -f | tr '\\n' ' '", dir);
    ck_assert_msg(t_has(ls, "series_Cases.csv series_cases_2.csv "), "%s", ls);
    ck_assert_msg(t_has(ls, "series_registered_cases_of_labo.csv") &&
                  t_has(ls, "series_registered_cases_of_la_2.csv"), "%s", ls);
    char *sheets = t_sh("unzip -p '%s/r/tables/tables.xlsx' xl/workbook.xml | grep -o "
                      "'<sheet name=\"[^\"]*\"' | sort -f | tr '\\n' ' '", dir);
    ck_assert_msg(t_has(sheets, "series_registered_cases_of_la_2") &&
                  t_has(sheets, "series_cases_2"), "%s", sheets);
    free(sheets);
    free(ls);
    free(o);
    free(e);
    free(csv);
    free(cases);
    free(dir);
}
END_TEST

START_TEST(pdf_text_pages_bookmarks)
{
    char *dir = small_report("report");
    char *text = t_sh("pdftotext -layout '%s/r/report.pdf' -", dir);
    static const char *const want[] = {
        "Small monitor", "Yearly monitor 2023", "14 November 2023", "Contents", "Summary",
        "Indicators", "Cases", "Share of labour exploitation", "Targets", "Methods and sources",
        /* Byar's interval for 114, computed in R from the formula (95% CI 94.03 to 136.95) */
        "In 2023: 114 (95% CI 94 to 137) (provisional)",
        /* R prop.test(44, 102, correct = FALSE): 0.3395 to 0.5283 */
        "43.1%", "33.9%", "52.8%",
        /* the target: +20% from 102 is 122.4; (114/102)^(1/3) - 1 = 3.8% a year */
        "2020: 102", "2025: 122", "3.8%",
        /* the suppressed share of 2017 (3 of 73) is listed, never shown */
        "Share of labour exploitation, 2017"};
    for (size_t i = 0; i < sizeof want / sizeof *want; i++)
        ck_assert_msg(t_has(text, want[i]), "the PDF lacks \"%s\"", want[i]);
    /* a plain SHA-256 of a small input would confirm a guess at a hidden cell by trying
     * values (issue 24): nowhere, and without the project's key no checksum of an input */
    char *sum = t_sh("sha256sum '%s/tests/e2e/charts_small/proj/cases.csv' | cut -c1-64",
                   getenv("RP_TOP"));
    rp_trim(sum);
    ck_assert_msg(!t_has(text, sum), "the annex prints the SHA-256 %s", sum);
    char *check = t_sh("cat '%s/r/manifest.sha256'", dir);
    ck_assert_msg(!t_has(check, sum) && !t_has(check, "cases.csv") &&
                  t_has(check, "no monitor.key"), "%s", check);
    free(check);
    /* with the key (init --key): HMAC-SHA256 under it, as openssl computes it, and the key in
     * no output */
    check = t_sh("cp -r '%s/tests/e2e/charts_small/proj' '%s/k' && cd '%s/k' && "
                 "%s init . --key >/dev/null && %s report . -o ../kr --format svg >/dev/null && "
                 "openssl dgst -sha256 -mac HMAC -macopt hexkey:$(cat monitor.key) cases.csv | "
                 "sed 's/.*= //' > ../want && grep -c \"$(cat ../want)  cases.csv\" "
                 "../kr/manifest.sha256; grep -rlc \"$(cat monitor.key)\" ../kr | wc -l",
                 getenv("RP_TOP"), dir, dir, getenv("RP_BIN"), getenv("RP_BIN"));
    ck_assert_str_eq(check, "1\n0\n");
    free(check);
    char *info = t_sh("pdfinfo '%s/r/report.pdf'", dir);
    ck_assert_msg(t_has(info, "Pages:           9"), "%s", info);
    ck_assert(t_has(info, "Title:           Small monitor"));
    ck_assert(t_has(info, "Creator:         rapporteur"));
    ck_assert(t_has(info, "Page size:       595.276 x 841.89 pts (A4)"));
    /* bookmarks: an outline with the twelve headings (the summary's key findings and its
     * targets at a glance among them) */
    char *pdfp = rp_strfmt("%s/r/report.pdf", dir);
    size_t n;
    char *pdf = t_read(pdfp, &n);
    ck_assert(memmem(pdf, n, "/Type /Outlines", 15) != NULL);
    ck_assert(memmem(pdf, n, "/Count -12", 10) != NULL);
    /* charts as vectors: not a single raster image */
    char *imgs = t_sh("pdfimages -list '%s/r/report.pdf' | tail -n +3 | wc -l", dir);
    ck_assert_int_eq(atoi(imgs), 0);
    free(imgs);
    free(pdf);
    free(pdfp);
    free(info);
    free(sum);
    free(text);
    free(dir);
}
END_TEST

START_TEST(byte_identical_runs)
{
    char *a = small_report("report"), *b = small_report("report");
    char *diff = t_sh("diff -r '%s/r' '%s/r' && echo SAME", a, b);
    ck_assert_msg(t_has(diff, "SAME"), "%s", diff);
    free(diff);
    free(a);
    free(b);
}
END_TEST

START_TEST(html_self_contained_in_a_browser)
{
    char *dir = small_report("report");
    char *p = rp_strfmt("%s/r/report.html", dir);
    char *html = t_read(p, NULL);
    ck_assert(html != NULL);
    ck_assert(!t_has(html, "<script"));
    ck_assert(!t_has(html, "src="));
    ck_assert(!t_has(html, "href=\"http"));
    ck_assert(!t_has(html, "url(http"));
    ck_assert(t_has(html, "<svg"));
    /* the caption describes the chart: its extremes and latest value */
    ck_assert(t_has(html, "<figcaption>Cases, 2016-2023: highest 114 (2023), lowest 73 (2017), "
                          "latest 114 in 2023 (provisional)."));
    /* Debian's chromium prints it, and the text is all there */
    char *log = t_sh("cd '%s' && timeout 120 chromium --headless --no-sandbox --disable-gpu "
                   "--disable-background-networking --no-first-run --disable-component-update "
                   "--disable-sync --user-data-dir='%s/profile' --no-pdf-header-footer "
                   "--print-to-pdf='%s/printed.pdf' 'file://%s' 2>&1", dir, dir, dir, p);
    char *text = t_sh("pdftotext '%s/printed.pdf' - 2>&1", dir);
    ck_assert_msg(t_has(text, "Yearly monitor 2023"), "chromium printed: %s\n%.500s", text, log);
    ck_assert(t_has(text, "In 2023: 114 (95% CI 94 to 137)"));
    ck_assert(t_has(text, "Methods and sources"));
    ck_assert(t_has(text, "43.1%"));
    free(text);
    free(log);
    free(html);
    free(p);
    free(dir);
}
END_TEST

START_TEST(tables_in_both_conventions)
{
    char *dir = small_report("report");
    char *p = rp_strfmt("%s/r/tables/series_labour.csv", dir);
    char *csv = t_read(p, NULL);
    /* en: ',' and '.'; the suppressed year written as x */
    ck_assert_msg(t_has(csv, "year,value,lower,upper,numerator,denominator,flag\n"), "%s", csv);
    ck_assert(t_has(csv, "2017,x,x,x,x,73,\n"));
    /* the dataset's break of 2020 marks the share too */
    ck_assert_msg(t_has(csv, "2020,0.431372549,0.3394764682,0.5282502227,44,102,b (break in "
                             "series)\n"), "%s", csv);
    free(csv);
    free(p);
    /* numbers are numbers in the workbook: <v> values, the suppressed cell a shared string
     * (sheets 1-3 are the cover, contents and notes) */
    char *sheet = t_sh("unzip -p '%s/r/tables/tables.xlsx' xl/worksheets/sheet5.xml", dir);
    ck_assert(t_has(sheet, "<v>2016</v>"));
    ck_assert(t_has(sheet, "t=\"s\""));
    char *strings = t_sh("unzip -p '%s/r/tables/tables.xlsx' xl/sharedStrings.xml", dir);
    ck_assert(t_has(strings, "<t>x</t>"));
    free(strings);
    free(sheet);
    free(dir);
    /* nl: ';' and decimal comma (the example's nulmeting) */
    char *out = t_tmpdir();
    char *ex = t_src("datasets/example");
    char *args = rp_strfmt("baseline '%s' -o '%s/b' --format svg", ex, out);
    char *o, *e;
    ck_assert_int_eq(t_run(NULL, args, &o, &e), 0);
    p = rp_strfmt("%s/b/tables/baseline.csv", out);
    csv = t_read(p, NULL);
    ck_assert(t_has(csv, "doel;indicator;basisjaar;nulmeting;"));
    /* titles, not ids: staff read this table */
    ck_assert_msg(t_has(csv, "Meer zaken naar het OM (+5% per jaar);Zaken mensenhandel ingestroomd bij "
                             "het OM;2020;210;"), "%s", csv);
    /* +5% a year, in the unit the next column names (never blank, also for shares) */
    ck_assert_msg(t_has(csv, ";5;% per jaar;Politie en Openbaar Ministerie;") &&
                  t_has(csv, ";1,282051282;procentpunt per jaar;"), "%s", csv);
    free(csv);
    free(p);
    free(o);
    free(e);
    free(args);
    free(ex);
    free(out);
}
END_TEST

START_TEST(csv_cells_never_formulas)
{
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    rp_csvw w;
    rp_csvw_init(&w, f, ';', ',');
    rp_csvw_text(&w, "=HYPERLINK(\"http://x\";\"y\")");
    rp_csvw_text(&w, "+31 6");
    rp_csvw_text(&w, "@SUM(A1)");
    rp_csvw_text(&w, "-2");
    rp_csvw_num(&w, -2.5);
    rp_csvw_end(&w);
    fclose(f);
    ck_assert_str_eq(buf, "\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\";\"'+31 6\";\"'@SUM(A1)\";"
                          "\"'-2\";-2,5\n");
    free(buf);
}
END_TEST

START_TEST(html_escaping_and_svg_ids)
{
    rp_buf b;
    rp_buf_init(&b);
    rp_html_escape(&b, "<script>alert('x') & \"y\"</script>");
    ck_assert_str_eq(b.data, "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
    rp_buf_free(&b);
    char *s = rp_html_inline_svg("<?xml version=\"1.0\"?>\n<!DOCTYPE svg>\n<svg><script>x</script>"
                                 "<g id='gp1'><use xlink:href='#gpPt1' fill='url(#grad)'/></g></svg>",
                                 "c7");
    ck_assert_str_eq(s, "\n\n<svg><g id='c7_gp1'><use xlink:href='#c7_gpPt1' "
                        "fill='url(#c7_grad)'/></g></svg>");
    free(s);
}
END_TEST

/* Hashes of every file below dir, sorted: a fingerprint of an output folder. */
static char *fingerprint(const char *dir)
{
    return t_sh("cd '%s' && find . -type f | sort | xargs sha256sum", dir);
}

/* Hostile text in region names, categories, titles and the source (tests/hostile/
 * report_names): shown as text everywhere, never run by gnuplot or a shell, never markup in
 * pango or HTML, never a formula in CSV or XLSX. */
START_TEST(hostile_text_stays_text)
{
    char *cwd = t_tmpdir(), *proj = t_src("tests/hostile/report_names");
    char *args = rp_strfmt("report '%s' -o out", proj);
    char *o, *e;
    ck_assert_msg(t_run(cwd, args, &o, &e) == 0, "report failed: %s", e);
    char *pwned = t_sh("find '%s' '%s' -name 'PWNED*' | wc -l", cwd, proj);
    ck_assert_msg(atoi(pwned) == 0, "a command in the data ran");
    char *csv = t_sh("cat '%s/out/tables/regions.csv'", cwd);
    ck_assert(t_has(csv, "\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"klik\"\")\""));
    /* the charts' data files too: no text cell starts as a formula */
    char *cells = t_sh("cat '%s'/out/charts/*.csv | grep -c '\\(^\\|,\\)\"[=+@-]'", cwd);
    ck_assert_msg(atoi(cells) == 0, "%s chart data cells start as a formula", cells);
    free(cells);
    cells = t_sh("cat '%s'/out/charts/*.csv | grep -c \"\\\"'=HYPERLINK\"", cwd);
    ck_assert_msg(atoi(cells) > 0, "the hostile region is not in the chart data");
    free(cells);
    char *formulas = t_sh("cd '%s/out/tables' && unzip -p tables.xlsx 'xl/worksheets/*.xml' | "
                        "grep -c '<f>'", cwd);
    ck_assert_int_eq(atoi(formulas), 0);
    char *strings = t_sh("cd '%s/out/tables' && unzip -p tables.xlsx xl/sharedStrings.xml", cwd);
    ck_assert(t_has(strings, "=HYPERLINK("));
    char *html = t_sh("cat '%s/out/report.html'", cwd);
    ck_assert(!t_has(html, "<script") && !t_has(html, "<b>bold"));
    ck_assert(t_has(html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
    ck_assert(t_has(html, "Victims &lt;b&gt;bold&lt;/b&gt; =1+1"));
    char *pdf = t_sh("pdftotext -layout '%s/out/report.pdf' -", cwd);
    ck_assert(t_has(pdf, "Victims <b>bold</b> =1+1"));
    ck_assert(t_has(pdf, "<span size=\"99999\">big</span> & more"));
    ck_assert(t_has(pdf, "`touch PWNED_src` $(touch PWNED_sh)"));
    char *svg = t_sh("cat '%s/out/charts/regions_rates.svg'", cwd);
    ck_assert(!t_has(svg, "<script") && t_has(svg, "&lt;script>alert(1)"));
    free(svg);
    free(pdf);
    free(html);
    free(strings);
    free(formulas);
    free(csv);
    free(pwned);
    free(o);
    free(e);
    free(args);
    free(proj);
    free(cwd);
}
END_TEST

/* The output folder's neighbourhood is hostile or busy: a link planted where staging folders
 * go is removed without touching what it points to; another run's leftovers are never
 * published; two runs into one folder take turns; a narrower --format leaves no earlier
 * files; -o may not be the project, nor a folder of someone else's files. */
/* Data cut at a year where some indicators have one year (2019: the policy share starts
 * there) or all have (2012): every chart is drawn, a single year as a point with its error
 * bar, and no subtitle doubles the year. */
/* --year is a true cut: every section uses data up to that year only (recidivism followed up
 * to its last day, capture strata of later years left out, breakdowns ending there), and a
 * year outside the data is a usage error naming the range. */
START_TEST(year_is_a_true_cut)
{
    char *dir = t_tmpdir(), *ex = t_src("datasets/example"), *o, *e;
    for (int y = 2011; y <= 2031; y += 20) {
        char *args = rp_strfmt("report '%s' --year %d -o '%s/y%d'", ex, y, dir, y);
        ck_assert_int_eq(t_run(NULL, args, &o, &e), 2);
        /* the example project is Dutch, and so are its messages */
        ck_assert_msg(t_has(e, "de gegevens van") && t_has(e, "beslaan 2012-2024; verwacht een "
                                                              "jaar daarbinnen"), "%s", e);
        free(args), free(o), free(e);
    }
    char *args = rp_strfmt("report '%s' --year 2016 -o '%s/r' --format svg", ex, dir);
    ck_assert_msg(t_run(NULL, args, &o, &e) == 0, "%s", e);
    free(args), free(o), free(e);
    /* cohorts to 2016 only; 2016's people were followed for less than a year by its end, so
     * at 2 years there is no figure yet, only the cohort's size; no capture stratum (the
     * example's start in 2019) leaves no estimate; the stacked bars end in 2016 */
    char *t = t_sh("cd '%s/r' && sed 1d tables/recidivism.csv | cut -d';' -f1 | sort -u | tail -2; "
                   "grep '^2016;2;' tables/recidivism.csv; ls tables | grep -c estimate; "
                   "tail -1 charts/stacked_victims_total.csv | cut -d';' -f1; "
                   "grep -c 'tot en met 2016' report.html", dir);
    /* (the cohort's size as the ledger marks it: shown, or hidden as x) */
    ck_assert_msg(t_has(t, "2015\n2016\n2016;2;") && t_has(t, ";;\n0\n2016\n1\n") &&
                  !t_has(t, "2016;2;113;1") && !t_has(t, "2016;2;x;1"), "%s", t);
    free(t);
    free(ex);
    free(dir);
}
END_TEST

/* Key findings rank what matters: pinned items first in their order, dropped ones gone, a
 * series that stopped years ago says so, and a name that is nothing is a validate error. */
START_TEST(key_findings_pinned_and_stale)
{
    char *dir = t_tmpdir(), *proj = t_src("tests/published"), *o, *e;
    free(t_sh("cp -r '%s' '%s/p' && sed -i 's/^suppress_below *=.*/&\\nfindings = convictions, "
              "victims_cleaned, -recidivism/' '%s/p/monitor.ini'", proj, dir, dir));
    char *args = rp_strfmt("report '%s/p' -o '%s/r' --format svg", dir, dir);
    ck_assert_msg(t_run(NULL, args, &o, &e) == 0, "%s", e);
    free(args), free(o), free(e);
    char *t = t_sh("sed -n '/id=\"findings\"/,/<\\/ul>/p' '%s/r/report.html' | grep -o "
                   "'^<li>[^:]*:[^(]*([^)]*)' ", dir);
    /* convictions stopped in 2016, the cleaned series in 2020: both say so, pinned first */
    ck_assert_msg(t_has(t, "<li>Veroordelingen voor mensenhandel: 103 (laatste cijfer 2016)\n"
                           "<li>Geregistreerde mogelijke slachtoffers (opgeschoonde reeks): 984 "
                           "(laatste cijfer 2020)\n"), "%s", t);
    free(t);
    t = t_sh("grep -c 'Recidive (zoals gepubliceerd):' '%s/r/report.html'", dir);
    ck_assert_str_eq(t, "0\n"); /* dropped */
    free(t);
    free(t_sh("sed -i 's/^findings = .*/findings = convictions, nothing_of_that_name/' "
              "'%s/p/monitor.ini'", dir));
    args = rp_strfmt("validate '%s/p'", dir);
    ck_assert_int_eq(t_run(NULL, args, &o, &e), 1);
    ck_assert_msg(t_has(e, "monitor.ini:") && t_has(e, "findings noemt \"nothing_of_that_name\", "
                                                       "dat geen indicator"), "%s%s", o, e);
    free(args), free(o), free(e);
    free(proj);
    free(dir);
}
END_TEST

START_TEST(one_year_of_data)
{
    char *dir = t_tmpdir(), *ex = t_src("datasets/example");
    const int years[] = {2019, 2012};
    for (size_t i = 0; i < 2; i++) {
        char *args = rp_strfmt("report '%s' --year %d -o y%d --format svg", ex, years[i],
                               years[i]), *o, *e;
        ck_assert_msg(t_run(dir, args, &o, &e) == 0, "%d: %s", years[i], e);
        ck_assert_msg(!*e, "%s", e);
        free(args), free(o), free(e);
    }
    char *gp = t_sh("cat '%s/y2019/charts/trend_policy_share.gp'", dir);
    ck_assert_msg(t_has(gp, "with yerrorbars") && !t_has(gp, "filledcurves") &&
                  t_has(gp, "'2019' at") && !t_has(gp, "2019-2019") && t_has(gp, "Foutbalk"),
                  "%s", gp);
    free(gp);
    /* Dutch numbers in Dutch sentences; the funnel's year once. The values themselves are
     * tested against R in check_stats; here only how they are written: a decimal comma, and
     * no English point anywhere in these sentences. */
    /* (the tests over regions and groups are withheld where a count is hidden: every one
     * that is shown is written the Dutch way) */
    char *text = t_sh("cd '%s/y2019' && { a=$(grep -oE 'chi-kwadraat [0-9]+[,.]?[0-9]*' "
                      "report.html | wc -l); b=$(grep -oE 'chi-kwadraat [0-9]+,[0-9]' "
                      "report.html | wc -l); [ \"$a\" = \"$b\" ] && echo comma; grep -qE "
                      "'[(]chi-kwadraat [0-9]+[.]' report.html || echo no-point; "
                      "grep -q 'Log-ranktoets tussen de cohorten: chi-kwadraat' report.html || "
                      "echo log-rank; grep -qE 'Log-ranktoets tussen de cohorten: chi-kwadraat "
                      "[0-9]+,[0-9] bij [0-9]+ vrijheidsgraden, p (= 0,[0-9]+|< 0,001)[.]' "
                      "report.html && echo log-rank; cat charts/regions_funnel.alt.txt; }", dir);
    ck_assert_msg(!strncmp(text, "comma\nno-point\nlog-rank\n", 24) &&
                  t_has(text, "Trechterdiagram: Geregistreerde slachtoffers per 100.000 "
                              "inwoners, 2019: ") && !t_has(text, "2019, 2019"), "%s", text);
    free(text);
    char *svg = t_sh("grep -c 'Band of foutbalk' '%s/y2019/charts/overview.svg'; "
                     "grep -c 'Foutbalk: ' '%s/y2012/charts/overview.svg'", dir, dir);
    ck_assert_str_eq(svg, "1\n1\n");
    free(svg);
    free(ex);
    free(dir);
}
END_TEST

/* Missing years (2016 and 2017 taken out of the victims file) stay on the axis as empty
 * rows, and lines and bands stop at them: gnuplot draws on across an empty cell but breaks
 * at an undefined value, which gap() makes of it (seen in the rendered chart). */
/* A break set on the dataset splits every indicator from it, and marks its year b; in a
 * counts file a category without a row in a year is missing, unless absent = zero. */
START_TEST(dataset_breaks_and_absent_counts)
{
    char *dir = t_tmpdir(), *o, *e;
    free(t_sh("mkdir -p '%s/p'", dir));
    free(t_write(dir, "p/cases.csv", "jaar;vorm;aantal\n2016;a;20\n2016;b;15\n2017;a;22\n"
                                     "2017;b;16\n2018;a;25\n2019;a;30\n2019;b;18\n2020;a;31\n"
                                     "2020;b;19\n2021;a;33\n2021;b;21\n"));
    static const char ini[] = "[monitor]\ntitle = T\nlanguage = nl\nsuppress_below = 5\n"
                              "[dataset cases]\nfile = cases.csv\nbreaks = 2019\n%s"
                              "[indicator total]\ntitle = Zaken\ndataset = cases\nby = vorm\n"
                              "[indicator b]\ntitle = Zaken b\ndataset = cases\nwhere = vorm = b\n";
    for (int zero = 0; zero <= 1; zero++) {
        char *text = rp_strfmt(ini, zero ? "absent = zero\n" : "");
        free(t_write(dir, "p/monitor.ini", text));
        free(text);
        free(t_sh("rm -rf '%s/r'", dir));
        ck_assert_msg(t_run(dir, "report p -o r --format svg", &o, &e) == 0, "%s", e);
        free(o), free(e);
        char *got = t_sh("cd '%s/r' && grep '^2018' charts/stacked_total.csv tables/series_b.csv; "
                         "grep '^2019' tables/series_total.csv tables/series_b.csv; "
                         "grep -c '^201[678];[^;]*;[^;]*;[^;]*;[^;]*;[^;]*;;' charts/trend_total.csv "
                         "charts/trend_b.csv", dir);
        /* the break is the dataset's: both indicators are fitted from 2019 only, and 2019 is b;
         * the charts' data in the Dutch dialect, as the tables */
        ck_assert_msg(t_has(got, "series_total.csv:2019;48;") && t_has(got, ";b (trendbreuk)\n") &&
                      t_has(got, "series_b.csv:2019;18;") &&
                      t_has(got, "trend_total.csv:3\n") && t_has(got, "trend_b.csv:3\n"), "%s", got);
        if (zero)
            ck_assert_msg(t_has(got, "stacked_total.csv:2018;25;0\n") &&
                          t_has(got, "series_b.csv:2018;0;"), "%s", got);
        else /* not reported is not zero */
            ck_assert_msg(t_has(got, "stacked_total.csv:2018;25;\n") &&
                          t_has(got, "series_b.csv:2018;.;.;.;.;;"), "%s", got);
        free(got);
    }
    free(dir);
}
END_TEST

/* Runs a command (report, baseline) on the example monitor into dir/sub, SVG charts only. */
static void example_run(const char *cmd, const char *dir, const char *sub)
{
    char *ex = t_src("datasets/example"), *o, *e;
    char *args = rp_strfmt("%s '%s' -o '%s/%s' --format svg", cmd, ex, dir, sub);
    ck_assert_msg(t_run(NULL, args, &o, &e) == 0, "%s: %s", args, e);
    free(o), free(e), free(args), free(ex);
}

/* The PDF is tagged (issue 17): a structure tree in reading order with headings, paragraphs,
 * lists, tables with header cells and their scope, and figures with their alternative text;
 * the language and the title shown; and qpdf finds nothing wrong with the file. */
START_TEST(tagged_pdf)
{
    char *dir = t_tmpdir();
    example_run("report", dir, "r");
    char *check = t_sh("qpdf --check '%s/r/report.pdf' 2>&1; echo status $?", dir);
    ck_assert_msg(t_has(check, "No syntax or stream encoding errors") && t_has(check, "status 0")
                  && !t_has(check, "WARNING"), "%s", check);
    char *tree = t_sh("pdfinfo -struct '%s/r/report.pdf' | sed 's/^ *//; s/[ :(].*//' | "
                      "grep -v '^Object\\|^/' | sort | uniq -c | awk '{print $2\"=\"$1}' | tr '\\n' ' '",
                      dir);
    static const char *const kinds[] = {"Document=1", "H1=", "H2=", "P=", "L=", "LI=", "Lbl=",
                                        "LBody=", "Table=", "TR=", "TH=", "TD=", "Figure=26",
                                        "Caption=", "TOC=", "TOCI=", "Link="};
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        ck_assert_msg(t_has(tree, kinds[i]), "no %s in the structure tree: %s", kinds[i], tree);
    /* what pdftag adds: every figure's /Alt (the chart's alt text), /Lang, the title shown,
     * the header cells' scope */
    char *q = t_sh("cd '%s' && qpdf --qdf --object-streams=disable r/report.pdf q.pdf && "
                   "grep -ac '/Alt' q.pdf; grep -ac '/Lang (nl-NL)' q.pdf; "
                   "grep -ac '/DisplayDocTitle true' q.pdf; grep -ac '/Scope /Column' q.pdf; "
                   "grep -ac '/Alt (Geregistreerde mogelijke slachtoffers naar vorm per jaar' q.pdf",
                   dir);
    int alts, langs, titles, scopes, stacked;
    ck_assert_int_eq(sscanf(q, "%d %d %d %d %d", &alts, &langs, &titles, &scopes, &stacked), 5);
    ck_assert_int_eq(alts, 26); /* the overview of 11 indicators takes two charts */
    ck_assert_int_eq(langs, 1);
    ck_assert_int_eq(titles, 1);
    ck_assert_int_eq(stacked, 1);
    ck_assert_msg(scopes > 50, "%d header cells with a scope", scopes);
    /* legible on paper: no word below 7 points, chart text included. pdftotext's box of a
     * DejaVu word is ascent + descent, 1.164 times the size (0.928 + 0.236 em): 7 points give
     * 8.15, so 8.1 with rounding. The smallest word and its page are named when it fails. */
    char *small = t_sh("pdftotext -bbox '%s/r/report.pdf' - | awk -F'\"' '/<page /{pg++} "
                       "/<word /{h = $8 - $4; if (min == \"\" || h < min) {min = h; w = $9; p = pg}} "
                       "END {print min, p, w}'", dir);
    ck_assert_msg(atof(small) >= 8.1, "a word %s points high (page, word)", small);
    free(small);
    free(q);
    free(tree);
    free(check);
    free(dir);
}
END_TEST

/* WCAG 2.1 A and AA as axe-core checks them in Chromium: no violation in the report or the
 * nulmeting (tests/axe/run.js; issue 17). */
START_TEST(html_passes_axe)
{
    char *dir = t_tmpdir();
    example_run("report", dir, "r");
    example_run("baseline", dir, "b");
    char *axe = t_sh("node '%s/tests/axe/run.js' '%s/r/report.html' '%s/b/baseline.html' 2>&1; "
                     "echo status $?", getenv("RP_TOP"), dir, dir);
    ck_assert_msg(t_has(axe, "report.html: ") && t_has(axe, "baseline.html: ") &&
                  t_has(axe, "status 0"), "%s", axe);
    free(axe);
    /* every sentence starts with a capital, also after a group name in lower case ("jonger
     * dan 23") in the recidivism chart's alt text */
    char *lower = t_sh("cat '%s'/r/charts/*.alt.txt '%s'/b/charts/*.alt.txt | "
                       "grep -o '[a-z0-9%%)][.] [a-z][a-z]*' ; true", dir, dir);
    ck_assert_msg(!*lower, "a sentence starts in lower case: %s", lower);
    free(lower);
    /* labels instead of codes: the example labels its forms of exploitation */
    char *alt = rp_strfmt("%s/r/charts/stacked_victims_total.alt.txt", dir), *at = t_read(alt, NULL);
    ck_assert_msg(t_has(at, "Seksuele uitbuiting ") && t_has(at, "Arbeidsuitbuiting ") &&
                  !t_has(at, "seksueel ") && !t_has(at, "arbeid "), "%s", at);
    free(at);
    free(alt);
    free(dir);
}
END_TEST

/* The real published Dutch figures as staff type them (tests/published/, from the
 * rapporteur's monitors): missing years stay missing, the dataset's 2019 break splits both
 * versions of the victims series (never added up), rounded figures carry e, an estimate keeps
 * its published bounds, and a target without data after its baseline is not assessable. */
START_TEST(published_figures_project)
{
    char *dir = t_tmpdir(), *proj = t_src("tests/published"), *o, *e;
    char *args = rp_strfmt("validate '%s'", proj);
    ck_assert_msg(t_run(NULL, args, &o, &e) == 0 && t_has(o, "Geen problemen gevonden."), "%s%s",
                  o, e);
    free(o), free(e), free(args);
    args = rp_strfmt("report '%s' -o '%s/r' --format svg", proj, dir);
    ck_assert_msg(t_run(NULL, args, &o, &e) == 0, "%s", e);
    free(o), free(e), free(args);
    char *t = t_sh("cd '%s/r' && cat tables/series_victims_comensha.csv tables/series_victims_cleaned.csv "
                   "tables/series_dismissals.csv tables/series_labour_share.csv "
                   "tables/recidivism_published.csv "
                   "tables/series_hidden.csv tables/series_minors_share.csv tables/targets.csv "
                   "charts/trend_victims_comensha.csv", dir);
    static const char *const want[] = {
        "2008;.;.;.;.;;\n", "2018;.;.;.;.;;\n",                  /* not published: missing */
        "2019;1372;", ";b (trendbreuk)\n", "2023;1040;",          /* the break, the rounding */
        "1040;;e (geschat)\n",
        "2015;.;.;.;.;;\n2016;.;",                                 /* the cleaned series' gaps */
        "2010;6250;5000;7500;6250;;e (geschat)\n",                 /* as published, 5.000-7.500 */
        "2016;0,2163965682;",              /* 227 of 1049 minors = 0.21639656816 */
        "240 zaken van de politie naar het OM in 2022;2019;145;;;2022;240;",
        "niet te beoordelen",
        "1013;;coronajaar\n",                                     /* a note on one year */
        /* shares as published: 25% without n has no interval and stands as given; 24% of
         * 946 has the Wilson interval of 227 of 946 */
        /* R: prop.test(227, 946, correct = FALSE)$conf.int: 0.213830367713093, 0.268188451921441 */
        "2016;0,25;;;;;\n", "2021;0,24;0,2138303677;0,2681884519;227;946;\n",
        "2020;0,41;;;;;\n",
        /* recidivism as the Dadermonitor publishes it: percentages without n */
        "cohort;jaren;n;recidivisten;nog gevolgd;recidive;ondergrens;bovengrens\n"
        "2017;2;;;;0,36;;\n2017;5;;;;0,58;;\n2017;7;;;;0,65;;\n",
        "2018;;;;;;;\"\";\n\n2019;1372;",                          /* a gap, then the break */
    };
    for (size_t i = 0; i < sizeof want / sizeof *want; i++)
        ck_assert_msg(t_has(t, want[i]), "lacks \"%s\":\n%s", want[i], t);
    /* panels of the overview tell the two versions apart, though their titles share 37
     * characters; and no sentence of the report or its alt texts starts in lower case */
    char *titles = t_sh("grep -o \"^set title '[^']*'\" '%s/r/charts/overview.gp' | sort | "
                        "uniq -d | wc -l; grep -c \"^set title '.*CoMensha)'\" '%s/r/charts/"
                        "overview.gp'; cat '%s'/r/charts/*.alt.txt | grep -c '[a-z0-9%%)][.] [a-z]' ; "
                        "sed 's/<[^>]*>/\\n/g' '%s/r/report.html' | grep -c '[a-z0-9%%)][.] [a-z]'",
                        dir, dir, dir, dir);
    ck_assert_str_eq(titles, "0\n1\n0\n0\n");
    free(titles);
    char *gp = rp_strfmt("%s/r/charts/trend_victims_comensha.gp", dir), *gpt = t_read(gp, NULL);
    ck_assert_msg(t_has(gpt, "'Noten bij jaren: 2019: vanaf 2019 ook meldingen van de "
                             "Arbeidsinspectie; 2020: coronajaar'"), "%s", gpt);
    free(gpt);
    free(gp);
    /* no trend line before the break: the fit column is empty up to 2017 */
    char *fit = t_sh("awk -F, '$1 >= 2007 && $1 <= 2017 && $7 != \"\"' '%s/r/charts/"
                     "trend_victims_comensha.csv' | wc -l", dir);
    ck_assert_int_eq(atoi(fit), 0);
    free(fit);
    free(t);
    free(proj);
    free(dir);
}
END_TEST

START_TEST(missing_years_are_gaps)
{
    char *dir = t_tmpdir(), *ex = t_src("datasets/example");
    char *o, *e;
    free(t_sh("cp -r '%s' '%s/p' && awk -F';' 'NR == 1 || ($1 != 2016 && $1 != 2017)' "
              "'%s/victims.csv' > '%s/p/victims.csv'", ex, dir, ex, dir));
    ck_assert_msg(t_run(dir, "report p -o r --format svg", &o, &e) == 0, "%s", e);
    free(o), free(e);
    char *csv = t_sh("grep '^201[5-8];' '%s/r/charts/trend_victims_total.csv'", dir);
    /* 2018 stands alone between the gap and the 2019 break: drawn with an error bar */
    ck_assert_msg(t_has(csv, "\n2016;;;;;;;\"\";\n2017;;;;;;;\"\";\n2018;668;") &&
                  t_has(csv, ";668\n"), "%s", csv);
    free(csv);
    /* the 2024 figures are flagged p: the text says so in the flag's own word */
    csv = t_sh("grep -o 'In 2024: 1.060 ([^)]*) ([a-z ]*)' '%s/r/report.html'", dir);
    ck_assert_str_eq(csv, "In 2024: 1.060 (95%-BI 997 tot 1.126) (voorlopig)\n");
    free(csv);
    /* the section's one trend: R's glm(v ~ I(2020:2024), family = quasipoisson) on 1013, 791,
     * 905, 1040, 1060 gives +3.632621% (-8.177229% to +16.961404%) (tests/reference/trends.R) */
    csv = t_sh("grep -o 'Trend 2020-2024: [^(]*([^)]*)[.] Toets[^(]*([^)]*): [a-z]*' "
               "'%s/r/report.html' | head -1", dir);
    ck_assert_str_eq(csv, "Trend 2020-2024: +3,6% per jaar (95%-BI -8,2% tot +17,0%). Toets op de "
                          "recente trend 2020-2024 (99,8%): stijgend\n");
    free(csv);
    /* numbers and plurals as a Dutch reader writes them */
    csv = t_sh("grep -oE 'Landelijk: [0-9]+,[0-9] per 100[.]000 inwoners' '%s/r/report.html' "
               "| sort -u | wc -l; grep -oE '(1 regio|[02-9] regio.s|[0-9]{2,} regio.s) boven "
               "en' '%s/r/charts/regions_funnel.alt.txt' | wc -l", dir, dir);
    ck_assert_str_eq(csv, "1\n1\n");
    free(csv);
    /* the regions command speaks the project's language, numbers included */
    ck_assert_int_eq(t_run(dir, "regions p", &o, &e), 0);
    free(t_write(dir, "regions.txt", o));
    char *fmt = t_sh("cd '%s' && grep -cE '^.*Landelijk: [0-9]+,[0-9] per 100[.]000 inwoners[.]$' "
                     "regions.txt; grep -cE '[0-9]+,[0-9] bij [0-9]+ vrijheidsgraden, p "
                     "(= 0,[0-9]+|< 0,001):' regions.txt; grep -cE 'Gini 0,[0-9]{2}[.]$' "
                     "regions.txt; grep -cE '[0-9][.][0-9]{1,2}([^0-9]|$)' regions.txt", dir);
    ck_assert_msg(!strcmp(fmt, "1\n1\n1\n0\n") && t_has(o, "hoog") && !t_has(o, "within"),
                  "%s%s", fmt, o);
    free(fmt);
    free(o), free(e);
    /* tables mark a missing year with the project's sign (default ".", as CBS), never blank */
    csv = t_sh("grep '^201[67];' '%s/r/tables/series_victims_total.csv'; "
               "grep -c '<td class=\"num\">[.]</td>' '%s/r/report.html' | grep -c '^[1-9]'",
               dir, dir);
    ck_assert_str_eq(csv, "2016;.;.;.;.;;\n2017;.;.;.;.;;\n1\n");
    free(csv);
    free(t_sh("sed -i 's/^\\[monitor\\]$/[monitor]\\nmissing = :/' '%s/p/monitor.ini'", dir));
    ck_assert_msg(t_run(dir, "report p -o r2 --format svg", &o, &e) == 0, "%s", e);
    free(o), free(e);
    csv = t_sh("grep '^2016;' '%s/r2/tables/series_victims_total.csv'; unzip -p "
               "'%s/r2/tables/tables.xlsx' xl/sharedStrings.xml | grep -c '<t>:</t>'", dir, dir);
    ck_assert_str_eq(csv, "2016;:;:;:;:;;\n1\n");
    free(csv);
    free(t_sh("sed -i 's/^missing = :$/missing = x/' '%s/p/monitor.ini'", dir));
    ck_assert_int_eq(t_run(dir, "validate p", &o, &e), 1);
    ck_assert_msg(t_has(e, "p/monitor.ini:6: missing = x; verwacht ., :, .. of -"), "%s", e);
    free(o), free(e);
    /* the year once in the bar chart's alt text */
    csv = t_sh("cat '%s/r/charts/categories_victims_total.alt.txt'", dir);
    ck_assert_msg(t_has(csv, "naar vorm, 2024, per categorie: ") && !t_has(csv, "2024 in 2024"),
                  "%s", csv);
    free(csv);
    /* the stacked bars mark the 2019 break between their 2018 and 2019 bars (x = 6.5) */
    csv = t_sh("grep -c 'set arrow 2 from 6.5, graph 0 to 6.5, graph 1 nohead' "
               "'%s/r/charts/stacked_victims_total.gp'; grep -c 'trendbreuk in 2019' "
               "'%s/r/charts/stacked_victims_total.gp'", dir, dir);
    ck_assert_str_eq(csv, "1\n1\n");
    free(csv);
    /* the stacked bars keep the missing years on their axis, empty */
    csv = t_sh("grep -c '^201[67];;;;$' '%s/r/charts/stacked_victims_total.csv'", dir);
    ck_assert_str_eq(csv, "2\n");
    free(csv);
    char *gp = t_sh("cat '%s/r/charts/trend_victims_total.gp'", dir);
    ck_assert_msg(t_has(gp, "gap(c) = valid(c) ? column(c) : NaN") &&
                  t_has(gp, "using 1:(gap(3)):(gap(4)) with filledcurves") &&
                  t_has(gp, "using 1:(gap(2)) with lines") &&
                  t_has(gp, "using 1:(gap(9)):(gap(3)):(gap(4)) with yerrorbars") &&
                  t_has(gp, "Band (los jaar: foutbalk)"), "%s", gp);
    free(gp);
    free(ex);
    free(dir);
}
END_TEST

START_TEST(output_folder_safety)
{
    char *dir = t_tmpdir(), *o, *e;
    char *proj = t_src("tests/e2e/charts_small/proj");
    char *victim = rp_strfmt("%s/victim", dir);
    mkdir(victim, 0777);
    free(t_write(victim, "precious.txt", "keep me\n"));
    char *link = rp_strfmt("%s/.r.rapporteur-AAAAAA", dir), *stale = rp_strfmt("%s/.r.rapporteur-BBBBBB", dir);
    ck_assert_int_eq(symlink(victim, link), 0);
    mkdir(stale, 0777);
    free(t_write(stale, "junk.txt", "a killed run's leftover\n"));
    char *args = rp_strfmt("charts '%s' -o r --format png,svg", proj);
    ck_assert_msg(t_run(dir, args, &o, &e) == 0, "%s", e);
    free(o), free(e);
    char *check = t_sh("cd '%s' && cat victim/precious.txt && ls -A | tr '\\n' ' ' && "
                     "ls r | grep -c png && ls r | grep -c junk", dir);
    ck_assert_msg(t_has(check, "keep me\n") && !t_has(check, "rapporteur-A") &&
                  !t_has(check, "rapporteur-B") && t_has(check, "\n0\n"), "%s", check);
    free(check);
    /* svg alone: no png of the earlier run stays beside the new files */
    free(args);
    args = rp_strfmt("charts '%s' -o r --format svg", proj);
    ck_assert_int_eq(t_run(dir, args, &o, &e), 0);
    free(o), free(e);
    check = t_sh("ls '%s/r' | grep -c '[.]png$'", dir);
    ck_assert_int_eq(atoi(check), 0);
    free(check);
    /* two runs at once into one folder: both succeed, one after the other */
    check = t_sh("cd '%s' && { ('%s' report '%s' -o both >/dev/null 2>&1; echo $? > a) & "
               "('%s' report '%s' -o both >/dev/null 2>&1; echo $? > b); wait; "
               "cat a b; ls -A | grep -c 'both[.]rapporteur-'; }", dir, getenv("RP_BIN"), proj,
               getenv("RP_BIN"), proj);
    ck_assert_msg(!strcmp(check, "0\n0\n0\n"), "%s", check);
    free(check);
    /* -o the project, or a folder that holds it, or someone's own files: refused */
    free(args);
    args = rp_strfmt("report '%s' -o '%s'", proj, proj);
    ck_assert_int_eq(t_run(dir, args, &o, &e), 2);
    ck_assert_msg(t_has(e, "is the project folder or holds it"), "%s", e);
    free(o), free(e);
    free(args);
    args = rp_strfmt("report '%s' -o victim", proj);
    ck_assert_int_eq(t_run(dir, args, &o, &e), 2);
    ck_assert_msg(t_has(e, "victim/precious.txt is not rapporteur's output"), "%s", e);
    free(o), free(e);
    check = t_sh("cat '%s/victim/precious.txt'", dir);
    ck_assert_str_eq(check, "keep me\n");
    free(check);
    free(args);
    free(link);
    free(stale);
    free(victim);
    free(proj);
    free(dir);
}
END_TEST

/* Starts `rapporteur report PROJ -o OUT` quietly, sends sig after ms milliseconds and
 * returns the wait status. */
static int report_signalled(const char *proj, const char *out, int ms, int sig)
{
    /* Check's handlers come with the fork: a SIGTERM before the exec ran Check's, which sends
     * SIGTERM to the whole process group, the test itself included ("Received signal 15" in
     * make check). Resetting them first in the child still left a window (the child not yet
     * scheduled after 5 ms, under make sanitize on a loaded machine): the signals stay
     * blocked across the fork until the child's handlers are the default ones. */
    sigset_t hold, old;
    sigemptyset(&hold);
    sigaddset(&hold, SIGTERM);
    sigaddset(&hold, SIGINT);
    sigaddset(&hold, SIGHUP);
    sigprocmask(SIG_BLOCK, &hold, &old);
    pid_t pid = fork();
    if (pid == 0) {
        signal(SIGTERM, SIG_DFL);
        signal(SIGINT, SIG_DFL);
        signal(SIGHUP, SIG_DFL);
        sigprocmask(SIG_SETMASK, &old, NULL);
        int null = open("/dev/null", O_WRONLY);
        dup2(null, 1);
        dup2(null, 2);
        execl(getenv("RP_BIN"), "rapporteur", "report", proj, "-o", out, (char *)NULL);
        _exit(127);
    }
    sigprocmask(SIG_SETMASK, &old, NULL);
    usleep((useconds_t)ms * 1000);
    kill(pid, sig);
    int st = 0;
    waitpid(pid, &st, 0);
    return st;
}

/* Ctrl-C, kill and hang-up at several points of a run: the earlier report stays whole, and
 * the run takes its staging folder (and gnuplot) with it: no temporary file remains. */
START_TEST(interrupted_run_cleans_up)
{
    char *dir = small_report("report");
    char *r = rp_strfmt("%s/r", dir);
    char *before = fingerprint(r);
    char *proj = t_src("tests/e2e/charts_small/proj");
    static const int sigs[] = {SIGTERM, SIGINT, SIGHUP};
    static const int delays_ms[] = {5, 30, 80, 150, 250, 400, 600};
    int interrupted = 0;
    for (size_t i = 0; i < sizeof delays_ms / sizeof *delays_ms; i++) {
        int sig = sigs[i % 3];
        int st = report_signalled(proj, r, delays_ms[i], sig);
        /* ended by the signal, or done before it came (then with the same report) */
        ck_assert_msg((WIFSIGNALED(st) && WTERMSIG(st) == sig) ||
                      (WIFEXITED(st) && WEXITSTATUS(st) == 0), "status %d after signal %d", st,
                      sig);
        interrupted += WIFSIGNALED(st);
        char *left = t_sh("ls -A '%s' | grep -c '^[.]r[.]rapporteur-'", dir);
        ck_assert_msg(atoi(left) == 0, "a staging folder remains after signal %d at %d ms", sig,
                      delays_ms[i]);
        free(left);
        char *now = fingerprint(r);
        t_assert_text(now, before);
        free(now);
    }
    ck_assert_msg(interrupted >= 3, "only %d runs were interrupted", interrupted);
    free(proj);
    free(before);
    free(r);
    free(dir);
}
END_TEST

START_TEST(killed_run_leaves_the_old_report)
{
    char *dir = small_report("report");
    char *r = rp_strfmt("%s/r", dir);
    char *before = fingerprint(r);
    char *proj = t_src("tests/e2e/charts_small/proj");
    /* kill -9 at several points of a second run into the same folder */
    static const int delays_ms[] = {5, 40, 120, 250, 400};
    for (size_t i = 0; i < sizeof delays_ms / sizeof *delays_ms; i++) {
        report_signalled(proj, r, delays_ms[i], SIGKILL);
        char *now = fingerprint(r);
        /* whatever was staged, the files of the report are the old ones */
        char *visible = t_sh("cd '%s' && find . -type f | sort | xargs sha256sum", r);
        t_assert_text(visible, before);
        free(visible);
        free(now);
    }
    /* the next run removes what the killed runs left in their staging folders */
    char *o, *e;
    char *args = rp_strfmt("report '%s' -o '%s'", proj, r);
    ck_assert_int_eq(t_run(NULL, args, &o, &e), 0);
    char *left = t_sh("ls -a '%s' | grep -c 'r[.]rapporteur-'", dir);
    ck_assert_int_eq(atoi(left), 0);
    char *after = fingerprint(r);
    t_assert_text(after, before);
    free(after);
    free(left);
    free(args);
    free(o);
    free(e);
    free(proj);
    free(before);
    free(r);
    free(dir);
}
END_TEST

Suite *rp_suite_reports(void)
{
    Suite *s = suite_create("reports");
    TCase *tc = tcase_create("writing");
    tcase_add_test(tc, csv_cells_never_formulas);
    tcase_add_test(tc, lost_sentences_fail_the_document);
    tcase_add_test(tc, html_escaping_and_svg_ids);
    suite_add_tcase(s, tc);
    tc = tcase_create("documents");
    tcase_set_timeout(tc, 180);
    tcase_add_test(tc, pdf_text_pages_bookmarks);
    tcase_add_test(tc, clashing_sheet_names_and_no_tmp);
    tcase_add_test(tc, one_year_of_data);
    tcase_add_test(tc, year_is_a_true_cut);
    tcase_add_test(tc, key_findings_pinned_and_stale);
    tcase_add_test(tc, missing_years_are_gaps);
    tcase_add_test(tc, output_folder_safety);
    tcase_add_test(tc, byte_identical_runs);
    tcase_add_test(tc, html_self_contained_in_a_browser);
    tcase_add_test(tc, tables_in_both_conventions);
    tcase_add_test(tc, killed_run_leaves_the_old_report);
    tcase_add_test(tc, interrupted_run_cleans_up);
    tcase_add_test(tc, hostile_text_stays_text);
    tcase_add_test(tc, dataset_breaks_and_absent_counts);
    tcase_add_test(tc, tagged_pdf);
    tcase_add_test(tc, html_passes_axe);
    tcase_add_test(tc, published_figures_project);
    suite_add_tcase(s, tc);
    suite_add_tcase(s, rp_tcase_disclosure());
    suite_add_tcase(s, rp_tcase_publish_units());
    suite_add_tcase(s, rp_tcase_publish());
    suite_add_tcase(s, rp_tcase_office());
    suite_add_tcase(s, rp_tcase_editions_tables());
    suite_add_tcase(s, rp_tcase_text_reports()); /* tests/check_text.c */
    suite_add_tcase(s, rp_tcase_faults());
    return s;
}
