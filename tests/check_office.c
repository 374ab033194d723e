/* The editable and briefing outputs (issue 26), part of the reports suite: report.docx,
 * baseline.docx and briefing.pptx opened by the clients staff use (LibreOffice converting
 * them, once for all three; python-docx; the deck's XML read with zipfile, tests/office/),
 * briefing.pdf as a tagged page, --format choosing them, the Word house style of
 * [monitor] template, and zips dated from SOURCE_DATE_EPOCH. */
#include "tests/helpers.h"
#include "base/buf.h"

#include <stdlib.h>
#include <string.h>

/* A run of the binary that must succeed. */
static void run_ok(const char *args)
{
    char *o, *e;
    int st = t_run(NULL, args, &o, &e);
    ck_assert_msg(st == 0, "%s: status %d: %s", args, st, e);
    free(o);
    free(e);
}

/* Every file written: report.docx, baseline.docx and briefing.pptx open in LibreOffice (one
 * soffice run for the three, its PDF export tagged through the profile) and keep every
 * heading, table, picture and alt text; python-docx finds the headings in the HTML's order,
 * the header rows flagged, the alt texts; every slide has a title and every picture a
 * description; unzip -t finds nothing wrong. */
START_TEST(office_files_in_real_clients)
{
    char *dir = t_tmpdir(), *ex = t_src("datasets/example");
    char *args = rp_strfmt("report '%s' -o '%s/r'", ex, dir);
    run_ok(args);
    free(args);
    args = rp_strfmt("baseline '%s' -o '%s/b'", ex, dir);
    run_ok(args);
    free(args);
    static const char *const files[] = {"r/report.docx", "b/baseline.docx", "r/briefing.pptx"};
    for (size_t i = 0; i < 3; i++) {
        char *t = t_sh("unzip -t '%s/%s' 2>&1", dir, files[i]);
        ck_assert_msg(t_has(t, "No errors detected in compressed data"), "%s: %s", files[i], t);
        free(t);
    }
    char *xcu = rp_strfmt("%s/lo/user", dir);
    free(t_sh("mkdir -p '%s'", xcu));
    free(t_write(xcu, "registrymodifications.xcu",
                 "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                 "<oor:items xmlns:oor=\"http://openoffice.org/2001/registry\" "
                 "xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" "
                 "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">\n"
                 "<item oor:path=\"/org.openoffice.Office.Common/Filter/PDF/Export\">"
                 "<prop oor:name=\"UseTaggedPDF\" oor:op=\"fuse\"><value>true</value></prop>"
                 "</item>\n</oor:items>\n"));
    char *lo = t_sh("cd '%s' && timeout 240 soffice -env:UserInstallation=file://%s/lo "
                    "--headless --convert-to pdf --outdir pdf r/report.docx b/baseline.docx "
                    "r/briefing.pptx 2>&1; echo status $?", dir, dir);
    ck_assert_msg(t_has(lo, "status 0"), "%s", lo);
    for (size_t i = 0; i < 2; i++) {
        char *check = t_sh("/usr/bin/python3 '%s/tests/office/check_office.py' '%s/%c' "
                           "'%s/pdf' 2>&1; echo status $?", getenv("RP_TOP"), dir, "rb"[i], dir);
        ck_assert_msg(t_has(check, "OK ") && t_has(check, "status 0"), "%s", check);
        free(check);
    }
    free(lo);
    free(xcu);
    free(ex);
    free(dir);
}
END_TEST

/* briefing.pdf: one A4 page, tagged like the report (headings, the figures as a list, small
 * charts as figures with their alternative text, the targets as a table with header cells, the
 * language; PDF/UA-1 by the Matterhorn subset), valid for qpdf, no word below 7 points. */
START_TEST(briefing_page_tagged)
{
    char *dir = t_tmpdir(), *ex = t_src("datasets/example");
    char *args = rp_strfmt("report '%s' -o '%s/r' --format briefing", ex, dir);
    run_ok(args);
    char *info = t_sh("pdfinfo '%s/r/briefing.pdf'", dir);
    ck_assert_msg(t_has(info, "Pages:           1") && t_has(info, "(A4)") &&
                  t_has(info, "Tagged:          yes"), "%s", info);
    char *check = t_sh("qpdf --check '%s/r/briefing.pdf' 2>&1; echo status $?", dir);
    ck_assert_msg(t_has(check, "No syntax or stream encoding errors") && t_has(check, "status 0")
                  && !t_has(check, "WARNING"), "%s", check);
    /* PDF/UA-1 and PDF/A-2a as the report: the Matterhorn subset (tests/pdfua) */
    char *mh = t_sh("/usr/bin/python3 '%s/tests/pdfua/matterhorn.py' '%s/r/briefing.pdf' 2>&1; "
                    "echo status $?", getenv("RP_TOP"), dir);
    ck_assert_msg(t_has(mh, " 0 failures") && t_has(mh, "status 0"), "%s", mh);
    free(mh);
    char *tree = t_sh("pdfinfo -struct '%s/r/briefing.pdf' | sed 's/^ *//; s/[ :(].*//' | "
                      "grep -v '^Object\\|^/' | sort | uniq -c | awk '{print $2\"=\"$1}' | "
                      "tr '\\n' ' '", dir);
    static const char *const kinds[] = {"Document=1", "H1=1", "H2=3", "L=1", "LI=", "Lbl=",
                                        "LBody=", "Figure=3", "Table=1", "TH=4", "TD="};
    for (size_t i = 0; i < sizeof kinds / sizeof *kinds; i++)
        ck_assert_msg(t_has(tree, kinds[i]), "no %s in the structure tree: %s", kinds[i], tree);
    char *q = t_sh("cd '%s' && qpdf --qdf --object-streams=disable r/briefing.pdf q.pdf && "
                   "grep -ac '/Alt' q.pdf; grep -ac '/Lang (nl-NL)' q.pdf", dir);
    int alts = 0, langs = 0;
    ck_assert_int_eq(sscanf(q, "%d %d", &alts, &langs), 2);
    ck_assert_int_eq(alts, 3);
    ck_assert_int_eq(langs, 1);
    /* the same measure as the report's (tests/check_reports.c): 7 points give 8.15 */
    char *small = t_sh("pdftotext -bbox '%s/r/briefing.pdf' - | awk -F'\"' '/<word /{h = $8 - $4;"
                       " if (min == \"\" || h < min) {min = h; w = $9}} END {print min, w}'", dir);
    ck_assert_msg(atof(small) >= 8.1, "a word %s points high", small);
    /* the five headline figures are the first findings with a figure: the example has four
     * (registered victims, the hidden number, recidivism, municipalities' policy) */
    char *text = t_sh("pdftotext -layout '%s/r/briefing.pdf' -", dir);
    ck_assert_msg(t_has(text, "Kerncijfers") && t_has(text, "Verloop") &&
                  t_has(text, "Doelen in één oogopslag") && t_has(text, "1.060") &&
                  t_has(text, "95%-BI 997 tot 1.126"), "%s", text);
    free(text);
    free(small);
    free(q);
    free(tree);
    free(check);
    free(info);
    free(args);
    free(ex);
    free(dir);
}
END_TEST

/* The small project's headline, as the report's own test checks it: 114 cases in 2023,
 * Byar's interval 94 to 137 (computed in R from the formula, tests/check_reports.c), on the
 * first finding's slide and the brief's first figure. */
START_TEST(briefing_words_the_findings)
{
    char *dir = t_tmpdir(), *proj = t_src("tests/e2e/charts_small/proj");
    char *args = rp_strfmt("report '%s' -o '%s/r' --format pptx,briefing", proj, dir);
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    run_ok(args);
    char *slide = t_sh("unzip -p '%s/r/briefing.pptx' ppt/slides/slide2.xml", dir);
    ck_assert_msg(t_has(slide, "<a:t>Cases</a:t>") && t_has(slide, "Cases: 114 in 2023") &&
                  t_has(slide, "descr=\"") && t_has(slide, "Source: Test data"), "%s", slide);
    char *notes = t_sh("unzip -p '%s/r/briefing.pptx' ppt/notesSlides/notesSlide2.xml", dir);
    char *alt = rp_strfmt("%s/r/charts/trend_cases.alt.txt", dir), *at = t_read(alt, NULL);
    ck_assert_ptr_nonnull(at);
    rp_trim(at);
    /* the notes hold the caption: the chart's alt text */
    char *first = rp_strndup(at, 40);
    ck_assert_msg(t_has(notes, first), "notes: %s\nalt: %s", notes, at);
    char *text = t_sh("pdftotext -layout '%s/r/briefing.pdf' -", dir);
    ck_assert_msg(t_has(text, "Key figures") && t_has(text, "Cases, 2023 (provisional)") &&
                  t_has(text, "114") && t_has(text, "95% CI 94 to 137"), "%s", text);
    char *title = t_sh("unzip -p '%s/r/briefing.pptx' ppt/slides/slide1.xml", dir);
    ck_assert_msg(t_has(title, "type=\"ctrTitle\"") && t_has(title, "Small monitor") &&
                  t_has(title, "Briefing on the 2023 monitor") && t_has(title, "lang=\"en-GB\""),
                  "%s", title);
    free(title);
    free(text);
    free(first);
    free(at);
    free(alt);
    free(notes);
    free(slide);
    free(args);
    free(proj);
    free(dir);
}
END_TEST

static char *ls(const char *dir) { return t_sh("cd '%s' && ls -R | tr '\\n' ' '", dir); }

/* --format chooses the Word, slide and brief files beside the chart formats; a list of chart
 * formats alone writes what it always did; the nulmeting has no briefing. */
START_TEST(format_chooses_office_outputs)
{
    char *dir = t_tmpdir(), *proj = t_src("tests/e2e/charts_small/proj"), *o, *e;
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    char *args = rp_strfmt("report '%s' -o '%s/a' --format png,svg", proj, dir);
    ck_assert_int_eq(t_run(NULL, args, &o, &e), 0);
    ck_assert_msg(t_has(o, "report.pdf, report.html, manifest.sha256"), "%s", o);
    char *out = rp_strfmt("%s/a", dir), *files = ls(out);
    ck_assert_msg(!t_has(files, ".docx") && !t_has(files, "briefing") &&
                  t_has(files, "trend_cases.png") && !t_has(files, "trend_cases.pdf"), "%s",
                  files);
    free(files), free(out), free(args), free(o), free(e);
    /* docx alone: the PNGs it embeds are drawn, the chart PDFs are not */
    args = rp_strfmt("report '%s' -o '%s/b' --format docx", proj, dir);
    ck_assert_int_eq(t_run(NULL, args, &o, &e), 0);
    ck_assert_msg(t_has(o, "report.html, report.docx, manifest"), "%s", o);
    out = rp_strfmt("%s/b", dir);
    files = ls(out);
    ck_assert_msg(t_has(files, "report.docx") && !t_has(files, "briefing") &&
                  t_has(files, "trend_cases.png") && t_has(files, "trend_cases.svg") &&
                  !t_has(files, "trend_cases.pdf"), "%s", files);
    free(files), free(out), free(args), free(o), free(e);
    args = rp_strfmt("report '%s' -o '%s/c' --format pdf,pptx,briefing", proj, dir);
    ck_assert_int_eq(t_run(NULL, args, &o, &e), 0);
    out = rp_strfmt("%s/c", dir);
    files = ls(out);
    ck_assert_msg(!t_has(files, "report.docx") && t_has(files, "briefing.pptx") &&
                  t_has(files, "briefing.pdf") && t_has(files, "trend_cases.pdf"), "%s", files);
    free(files), free(out), free(args), free(o), free(e);
    /* the nulmeting: docx by default, no briefing at all */
    args = rp_strfmt("baseline '%s' -o '%s/d'", proj, dir);
    ck_assert_int_eq(t_run(NULL, args, &o, &e), 0);
    out = rp_strfmt("%s/d", dir);
    files = ls(out);
    ck_assert_msg(t_has(files, "baseline.docx") && !t_has(files, "briefing"), "%s", files);
    free(files), free(out), free(args), free(o), free(e);
    args = rp_strfmt("baseline '%s' -o '%s/e' --format docx,pptx", proj, dir);
    ck_assert_int_eq(t_run(NULL, args, &o, &e), 2);
    ck_assert_msg(t_has(e, "--format pptx: the nulmeting has no briefing"), "%s", e);
    free(args), free(o), free(e);
    args = rp_strfmt("report '%s' -o '%s/e' --format docx,word", proj, dir);
    ck_assert_int_eq(t_run(NULL, args, &o, &e), 2);
    ck_assert_msg(t_has(e, "--format docx,word: expected png, svg, pdf, docx, pptx and/or "
                           "briefing, separated by commas"), "%s", e);
    free(args), free(o), free(e);
    args = rp_strfmt("report '%s' -o '%s/e' --format docx,,png", proj, dir);
    ck_assert_int_eq(t_run(NULL, args, &o, &e), 2);
    free(args), free(o), free(e);
    char *none = t_sh("ls '%s' | grep -c '^e$'; true", dir);
    ck_assert_int_eq(atoi(none), 0);
    free(none);
    free(proj);
    free(dir);
}
END_TEST

/* Zip entries carry the date of SOURCE_DATE_EPOCH (a zip holds local DOS time without zone:
 * the UTC time of the epoch), 1980-01-01 for an epoch before zips could date anything. */
START_TEST(zips_dated_from_the_epoch)
{
    char *dir = t_tmpdir(), *proj = t_src("tests/e2e/charts_small/proj");
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1); /* 2023-11-14 22:13:20 UTC */
    char *args = rp_strfmt("report '%s' -o '%s/r' --format docx,pptx", proj, dir);
    run_ok(args);
    for (int k = 0; k < 2; k++) {
        char *dates = t_sh("unzip -Z -T '%s/r/%s' | awk '$1 ~ /^-/ {print $7}' | "
                           "sort -u | tr '\\n' ' '", dir,
                           k ? "briefing.pptx" : "report.docx");
        ck_assert_msg(!strcmp(dates, "20231114.221320 "), "%s", dates);
        free(dates);
    }
    free(args);
    setenv("SOURCE_DATE_EPOCH", "0", 1);
    args = rp_strfmt("report '%s' -o '%s/z' --format docx", proj, dir);
    run_ok(args);
    char *dates = t_sh("unzip -Z -T '%s/z/report.docx' | awk '$1 ~ /^-/ {print $7}' | "
                       "sort -u | tr '\\n' ' '", dir);
    ck_assert_msg(!strcmp(dates, "19800101.000000 "), "%s", dates);
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    free(dates);
    free(args);
    free(proj);
    free(dir);
}
END_TEST

/* [monitor] template: the house style of a Word template that Dutch Word saved (style ids
 * Standaard, Kop1, Titel ...) is used by id, the styles it lacks are added on its own, its
 * page and footer tabs are kept; a file that is no Word file is the project's error. */
START_TEST(word_template_house_style)
{
    char *dir = t_tmpdir(), *src = t_src("tests/e2e/charts_small/proj/cases.csv");
    char *csv = t_read(src, NULL);
    free(t_write(dir, "cases.csv", csv));
    char *mk = t_sh("/usr/bin/python3 '%s/tests/office/make_template.py' '%s/huisstijl.dotx' "
                    "2>&1; echo status $?", getenv("RP_TOP"), dir);
    ck_assert_msg(t_has(mk, "status 0"), "%s", mk);
    static const char *const ini =
        "[monitor]\ntitle = Huisstijl\nlanguage = nl\ntemplate = %s\n"
        "[dataset cases]\nfile = cases.csv\n"
        "[indicator cases]\ntitle = Zaken\ndataset = cases\n";
    char *text = rp_strfmt(ini, "huisstijl.dotx");
    free(t_write(dir, "monitor.ini", text));
    free(text);
    char *o, *e;
    ck_assert_msg(t_run(dir, "report . -o r --format docx", &o, &e) == 0, "%s", e);
    free(o), free(e);
    char *doc = t_sh("unzip -p '%s/r/report.docx' word/document.xml", dir);
    ck_assert_msg(t_has(doc, "<w:pStyle w:val=\"Kop1\"/>") &&
                  t_has(doc, "<w:pStyle w:val=\"Titel\"/>") &&
                  !t_has(doc, "w:val=\"Heading1\"") && t_has(doc, "<w:pgSz w:w=\"12240\""),
                  "%.2000s", doc);
    char *styles = t_sh("unzip -p '%s/r/report.docx' word/styles.xml", dir);
    ck_assert_msg(t_has(styles, "w:styleId=\"Note\"><w:name w:val=\"Note\"/>"
                                "<w:basedOn w:val=\"Standaard\"/>") &&
                  t_has(styles, "<w:color w:val=\"8B0000\"/>") &&
                  t_has(styles, "<w:lang w:val=\"nl-NL\""), "%.3000s", styles);
    char *footer = t_sh("unzip -p '%s/r/report.docx' word/footer1.xml", dir);
    ck_assert_msg(t_has(footer, "<w:tab w:val=\"clear\" w:pos=\"4680\"/>"), "%s", footer);
    char *check = t_sh("/usr/bin/python3 '%s/tests/office/check_office.py' '%s/r' - 2>&1; "
                       "echo status $?", getenv("RP_TOP"), dir);
    ck_assert_msg(t_has(check, "OK report") && t_has(check, "status 0"), "%s", check);
    /* not a Word file: refused before the work, at its line, with status 1 */
    free(t_write(dir, "kapot.dotx", "dit is geen zip\n"));
    text = rp_strfmt(ini, "kapot.dotx");
    free(t_write(dir, "monitor.ini", text));
    free(text);
    ck_assert_int_eq(t_run(dir, "report . -o k", &o, &e), 1);
    ck_assert_msg(t_has(e, "monitor.ini:4: template = kapot.dotx: ") &&
                  t_has(e, "not a zip file"), "%s", e);
    free(o), free(e);
    /* without docx the template does not matter */
    ck_assert_int_eq(t_run(dir, "report . -o k --format svg", &o, &e), 0);
    free(o), free(e);
    text = rp_strfmt(ini, "huisstijl.txt");
    free(t_write(dir, "monitor.ini", text));
    free(text);
    ck_assert_int_eq(t_run(dir, "validate .", &o, &e), 1);
    /* a Dutch project: its messages in Dutch */
    ck_assert_msg(t_has(e, "template = huisstijl.txt; verwacht een Word-sjabloon of -document"),
                  "%s%s", o, e);
    free(o), free(e);
    free(check);
    free(footer);
    free(styles);
    free(doc);
    free(mk);
    free(csv);
    free(src);
    free(dir);
}
END_TEST

TCase *rp_tcase_office(void)
{
    TCase *tc = tcase_create("office");
    tcase_set_timeout(tc, 420);
    tcase_add_test(tc, format_chooses_office_outputs);
    tcase_add_test(tc, zips_dated_from_the_epoch);
    tcase_add_test(tc, briefing_words_the_findings);
    tcase_add_test(tc, word_template_house_style);
    tcase_add_test(tc, briefing_page_tagged);
    tcase_add_test(tc, office_files_in_real_clients);
    return tc;
}
