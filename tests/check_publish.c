/* Part of the reports suite: the outputs as statistical offices publish them (issue 27). The
 * PDF is PDF/UA-1 and identifies as PDF/A-2a (tests/pdfua/matterhorn.py, a Matterhorn-protocol
 * subset on pikepdf), long titles are wrapped; the content-stream marking and the XMP packet
 * are tested on their own. */
#include "tests/helpers.h"
#include "base/buf.h"
#include "reports/pdfmark.h"
#include "reports/pdfmeta.h"

#include <stdlib.h>
#include <string.h>

#ifndef RP_VERSION
#define RP_VERSION "dev"
#endif

/* Runs cmd on the example monitor into dir/sub with SVG charts only, dated 2023-11-14. */
static void run_example(const char *cmd, const char *dir, const char *sub)
{
    char *ex = t_src("datasets/example"), *o, *e;
    char *args = rp_strfmt("%s '%s' -o '%s/%s' --format svg", cmd, ex, dir, sub);
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    ck_assert_msg(t_run(NULL, args, &o, &e) == 0, "%s: %s", args, e);
    free(o), free(e), free(args), free(ex);
}

/* The checker's verdict on a PDF: its output, and 1 when it found nothing wrong. */
static int matterhorn_clean(const char *pdf, char **out)
{
    *out = t_sh("/usr/bin/python3 '%s/tests/pdfua/matterhorn.py' '%s' 2>&1; echo status $?",
                getenv("RP_TOP"), pdf);
    return t_has(*out, " 0 failures") && t_has(*out, "status 0");
}

/* Untagged painting (a footer's text, a rule) is wrapped as an Artifact; tagged content, the
 * state between and a path's construction stay as they were, and nothing crosses BT/ET. */
START_TEST(artifacts_wrap_untagged_content)
{
    static const char *const cases[][2] = {
        /* a rule between two tagged paragraphs: the path from its first operator on */
        {"/P <</MCID 0>> BDC BT (a) Tj ET EMC 0.5 w 1 2 m 3 4 l S /P <</MCID 1>> BDC BT (b) Tj "
         "ET EMC",
         "/P <</MCID 0>> BDC BT (a) Tj ET EMC 0.5 w \n/Artifact BMC\n1 2 m 3 4 l S \nEMC\n/P "
         "<</MCID 1>> BDC BT (b) Tj ET EMC"},
        /* a footer's text: inside its text object, closed before ET */
        {"BT /F1 8 Tf (page 2) Tj ET", "BT /F1 8 Tf \n/Artifact BMC\n(page 2) Tj \nEMC\nET"},
        /* strings with parentheses, escapes and operators inside are no operators */
        {"/P <</MCID 2>> BDC /Span <</ActualText (x\\) Tj \\(S\\)) >> BDC (a(b)c) Tj EMC EMC",
         "/P <</MCID 2>> BDC /Span <</ActualText (x\\) Tj \\(S\\)) >> BDC (a(b)c) Tj EMC EMC"},
        /* an ellipsis in an ActualText span outside the structure: one Artifact around both */
        {"BT /Span <</ActualText <feff>>> BDC (.) Tj EMC (p. 2) Tj ET",
         "BT \n/Artifact BMC\n/Span <</ActualText <feff>>> BDC (.) Tj EMC (p. 2) Tj \nEMC\nET"},
        /* a clip is no painting; an image is */
        {"q 0 0 9 9 re W n /Im0 Do Q", "q 0 0 9 9 re W n \n/Artifact BMC\n/Im0 Do Q\nEMC\n"},
        /* inline image data that looks like operators */
        {"BI /W 1 /H 1 ID S EMC BDC\nEI", "\n/Artifact BMC\nBI /W 1 /H 1 ID S EMC BDC\nEI\nEMC\n"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        rp_buf b;
        rp_buf_init(&b);
        long n = rp_pdf_mark_artifacts(cases[i][0], strlen(cases[i][0]), &b);
        ck_assert_msg(n >= 0, "case %zu malformed", i);
        ck_assert_msg(!strcmp(rp_buf_str(&b), cases[i][1]), "case %zu: %s", i, rp_buf_str(&b));
        ck_assert_int_eq(rp_pdf_unmarked(b.data, b.len), 0);
        rp_buf_free(&b);
    }
    ck_assert_int_eq(rp_pdf_unmarked("BT (a) Tj ET 1 2 m S", 20), 2);
    /* malformed streams are refused and the buffer left as it was */
    static const char *const bad[] = {"EMC", "/P BMC (a) Tj", "(unterminated Tj", "BI ID xx"};
    for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
        rp_buf b;
        rp_buf_init(&b);
        rp_buf_puts(&b, "kept");
        ck_assert_int_eq(rp_pdf_mark_artifacts(bad[i], strlen(bad[i]), &b), -1);
        ck_assert_str_eq(rp_buf_str(&b), "kept");
        rp_buf_free(&b);
    }
}
END_TEST

/* The XMP says what the Info dictionary says, escaped, with both identifications. */
START_TEST(xmp_packet)
{
    rp_pdftag_info in = {.lang = "nl-NL", .title = "A & B <c>\x01", .author = "Staf",
                         .creator = "rapporteur", .producer = "p", .epoch = 1700000000};
    char *x = rp_pdf_xmp(&in);
    ck_assert(x != NULL);
    ck_assert(t_has(x, "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">A &amp; B &lt;c&gt;"
                       "</rdf:li></rdf:Alt></dc:title>"));
    ck_assert(t_has(x, "<pdfuaid:part>1</pdfuaid:part>"));
    ck_assert(t_has(x, "<pdfaid:part>2</pdfaid:part>"));
    ck_assert(t_has(x, "<pdfaid:conformance>A</pdfaid:conformance>"));
    /* 1700000000 is 2023-11-14 22:13:20 UTC (date -u -d @1700000000) */
    ck_assert(t_has(x, "<xmp:CreateDate>2023-11-14T22:13:20+00:00</xmp:CreateDate>"));
    ck_assert(!t_has(x, "<dc:description>"));
    free(x);
    char d[40];
    rp_pdf_date(1700000000, 0, d, sizeof d);
    ck_assert_str_eq(d, "D:20231114221320+00'00'");
}
END_TEST

/* The report and the nulmeting pass the Matterhorn subset and the PDF/A-2a identification,
 * qpdf finds nothing wrong, and text extracts without ligature characters. */
START_TEST(pdf_ua_and_pdf_a)
{
    char *dir = t_tmpdir(), *out;
    run_example("report", dir, "r");
    run_example("baseline", dir, "b");
    static const char *const files[] = {"r/report.pdf", "b/baseline.pdf"};
    for (size_t i = 0; i < 2; i++) {
        char *pdf = rp_strfmt("%s/%s", dir, files[i]);
        ck_assert_msg(matterhorn_clean(pdf, &out), "%s", out);
        free(out);
        char *check = t_sh("qpdf --check '%s' 2>&1; echo status $?", pdf);
        ck_assert_msg(t_has(check, "status 0") && !t_has(check, "WARNING"), "%s", check);
        free(check);
        char *lig = t_sh("pdftotext '%s' - | grep -c '\xef\xac[\x80-\x86]'", pdf);
        ck_assert_msg(atoi(lig) == 0, "%s lines with ligature characters", lig);
        free(lig);
        free(pdf);
    }
    /* the contents' links lead to the pages of their headings: "Regio's" to the page whose
     * text starts with that heading, as the contents list it */
    char *dest = t_sh("/usr/bin/python3 -c \"import pikepdf; p = pikepdf.open('%s/r/report.pdf');"
                      "a = [x for x in p.pages[1].Annots if x.Contents == \\\"Regio's\\\"][0];"
                      "print([i for i, pg in enumerate(p.pages, 1) if pg.obj == a.Dest[0]][0])\"",
                      dir);
    char *page = t_sh("pdftotext -f %d -l %d '%s/r/report.pdf' - | head -1; pdftotext -layout -f 2 "
                      "-l 2 '%s/r/report.pdf' - | grep -o \"^Regio's  *[0-9]*\" | tr -s ' '",
                      atoi(dest), atoi(dest), dir, dir);
    char *want = rp_strfmt("Regio's\nRegio's %d\n", atoi(dest));
    ck_assert_msg(atoi(dest) > 2 && !strcmp(page, want), "page %s: %s", dest, page);
    free(want);
    free(page);
    free(dest);
    char *text = t_sh("pdftotext '%s/r/report.pdf' - | grep -c slachtoffers", dir);
    ck_assert_msg(atoi(text) > 20, "%s", text);
    free(text);
    free(dir);
}
END_TEST

/* An 80-word title (issue 31: cairo aborted) is fitted on the cover, whole, and the file is
 * still PDF/UA. */
START_TEST(long_title_wrapped)
{
    char *dir = t_tmpdir(), *ex = t_src("datasets/example");
    rp_buf title;
    rp_buf_init(&title);
    for (int i = 1; i <= 80; i++)
        rp_buf_printf(&title, "woord%d ", i);
    char *r = t_sh("cp -r '%s' '%s/p' && sed -i '0,/^title .*/s//title = %s/' '%s/p/monitor.ini' && "
                   "echo ok", ex, dir, rp_buf_str(&title), dir);
    ck_assert(t_has(r, "ok"));
    char *o, *e, *args = rp_strfmt("report '%s/p' -o '%s/r' --format svg", dir, dir);
    ck_assert_msg(t_run(NULL, args, &o, &e) == 0, "%s", e);
    char *pdf = rp_strfmt("%s/r/report.pdf", dir), *out;
    ck_assert_msg(matterhorn_clean(pdf, &out), "%s", out);
    char *first = t_sh("pdftotext -f 1 -l 1 '%s' - | tr '\\n' ' '", pdf);
    ck_assert_msg(t_has(first, "woord1 ") && t_has(first, "woord80") &&
                  t_has(first, "Illustratieve gegevens"), "%s", first);
    free(first);
    free(out);
    free(pdf);
    free(o), free(e), free(args), free(r), free(ex);
    rp_buf_free(&title);
    free(dir);
}
END_TEST

/* The workbook as statistical offices publish it (tests/publish/workbook.py: cover, contents
 * linking every table, notes; an Excel table per sheet with a frozen header and filters,
 * widths no narrower than a header's word, numbers as numbers, years too, one format per
 * column), opened by openpyxl and converted by LibreOffice. */
START_TEST(workbook_as_offices_publish)
{
    char *dir = t_tmpdir();
    run_example("report", dir, "r");
    char *out = t_sh("mkdir -p '%s/lo' && /usr/bin/python3 '%s/tests/publish/workbook.py' "
                     "'%s/r/tables/tables.xlsx' '%s/lo' 2>&1; echo status $?", dir,
                     getenv("RP_TOP"), dir, dir);
    ck_assert_msg(t_has(out, "workbook: 20 sheets, 0 problems") && t_has(out, "status 0"), "%s",
                  out);
    free(out);
    /* the notes explain the marks with the project's threshold */
    out = t_sh("/usr/bin/python3 -c \"import openpyxl; ws = openpyxl.load_workbook('%s/r/tables/"
               "tables.xlsx')['Toelichting']; print([r for r in ws.iter_rows(values_only=True) "
               "if r[0] in ('<5', 'x', '.')])\"", dir);
    ck_assert_msg(t_has(out, "('x', \"niet gepubliceerd: een aantal onder de 5") &&
                  !t_has(out, "<5") && t_has(out, "('.', 'geen gegevens"), "%s", out);
    free(out);
    free(dir);
}
END_TEST

/* A cell longer than Excel allows (issue 31: it broke tables.xlsx) is cut with an ellipsis
 * and named on the notes sheet; the CSV keeps it whole; the chart's footnote is cut without
 * splitting a character. */
START_TEST(excel_cell_limit)
{
    char *dir = t_tmpdir();
    free(t_write(dir, "monitor.ini", "[monitor]\ntitle = Long cell\nlanguage = en\n"
                                     "[dataset d]\nfile = d.csv\n[indicator d]\ntitle = D\n"
                                     "dataset = d\n"));
    rp_buf csv;
    rp_buf_init(&csv);
    rp_buf_puts(&csv, "year,count,note\n");
    for (int y = 2015; y < 2024; y++) {
        rp_buf_printf(&csv, "%d,%d,", y, 100 + y - 2015);
        for (int i = 0; y == 2020 && i < 40000; i++)
            rp_buf_puts(&csv, "\xc3\xa9"); /* é, 40,000 times */
        rp_buf_putc(&csv, '\n');
    }
    free(t_write(dir, "d.csv", rp_buf_str(&csv)));
    rp_buf_free(&csv);
    char *o, *e, *args = rp_strfmt("report '%s' -o '%s/r' --format svg", dir, dir);
    ck_assert_msg(t_run(NULL, args, &o, &e) == 0, "%s", e);
    char *out = t_sh("/usr/bin/python3 -c \"import openpyxl; wb = openpyxl.load_workbook('%s/r/"
                     "tables/tables.xlsx'); v = wb['series_d']['G8'].value; "
                     "print(len(v), v[-2:]); print([r[1] for r in wb['Notes'].iter_rows("
                     "values_only=True) if r[0] == 'Note'])\"; grep '^2020,' '%s/r/tables/series_d.csv' | "
                     "grep -o '\xc3\xa9' | wc -l", dir, dir);
    ck_assert_msg(t_has(out, "32767 \xc3\xa9\xe2\x80\xa6") &&
                  t_has(out, "Cell G8 of sheet series_d was cut from 40,000 to 32,767 "
                             "characters") && t_has(out, "\n40000\n"), "%s", out);
    free(out);
    free(o), free(e), free(args);
    free(dir);
}
END_TEST

/* The tables' CSV for their readers: Dutch Excel (BOM, ';', decimal comma) in a Dutch
 * project, English Excel (BOM, ',', '.') in an English one, machine (no BOM) on request; and
 * a data dictionary (datapackage.json) naming each file's columns and marks. */
START_TEST(csv_dialects_and_dictionary)
{
    char *dir = t_tmpdir();
    run_example("report", dir, "nl");
    char *out = t_sh("cd '%s/nl/tables' && head -c 14 series_victims_rate.csv | od -An -c | tr -s ' '; "
                     "sed -n 2p series_victims_rate.csv", dir);
    ck_assert_msg(t_has(out, "357 273 277 j a a r ; w a a r d e") && t_has(out, "2012;10,"),
                  "%s", out);
    free(out);
    /* every CSV is a resource of the package, with as many fields as it has columns */
    out = t_sh("cd '%s/nl/tables' && /usr/bin/python3 -c \"\nimport csv, glob, json\n"
               "p = json.load(open('datapackage.json'))\n"
               "assert sorted(r['path'] for r in p['resources']) == sorted(glob.glob('*.csv'))\n"
               "for r in p['resources']:\n"
               "    head = next(csv.reader(open(r['path'], encoding='utf-8-sig'), delimiter=';'))\n"
               "    assert [f['name'] for f in r['schema']['fields']] == head, r['path']\n"
               "    assert r['schema']['missingValues'] == ['', '.', 'x'], r['path']\n"
               "print('package ok', len(p['resources']))\n\" 2>&1", dir);
    ck_assert_msg(t_has(out, "package ok 17"), "%s", out);
    free(out);
    char *ex = t_src("datasets/example");
    out = t_sh("cp -r '%s' '%s/m' && sed -i 's/^language .*/language = en\\ncsv = machine/' "
               "'%s/m/monitor.ini' && echo ok", ex, dir, dir);
    ck_assert(t_has(out, "ok"));
    free(out);
    char *o, *e, *args = rp_strfmt("report '%s/m' -o '%s/machine' --format svg", dir, dir);
    ck_assert_msg(t_run(NULL, args, &o, &e) == 0, "%s", e);
    out = t_sh("head -c 4 '%s/machine/tables/series_victims_rate.csv'; echo; "
               "sed -n 2p '%s/machine/tables/series_victims_rate.csv'; "
               "grep -o '\"delimiter\": \"[,;]\"' '%s/machine/tables/datapackage.json' | sort -u",
               dir, dir, dir);
    ck_assert_msg(t_has(out, "year\n2012,10.") && t_has(out, "\"delimiter\": \",\""), "%s", out);
    free(out);
    free(o), free(e), free(args), free(ex);
    free(dir);
}
END_TEST

/* The charts' data for people (issue 27 and 31): in the project's dialect with a BOM, each
 * block's header a header row (no '#'), and a header from data that would start a formula
 * made inert like any cell; the saved script carries its data and draws alone. */
START_TEST(chart_data_for_people)
{
    char *dir = t_tmpdir(), *proj = t_src("tests/hostile/report_names");
    char *o, *e, *args = rp_strfmt("report '%s' -o '%s/h' --format svg", proj, dir);
    ck_assert_msg(t_run(NULL, args, &o, &e) == 0, "%s", e);
    char *out = t_sh("cd '%s/h/charts' && head -1 stacked_*.csv | od -An -c | head -1 | tr -s ' '; "
                     "cat *.csv | tr ',' '\\n' | grep -c '^\"\\?[=+@-]'; "
                     "head -1 stacked_*.csv", dir);
    ck_assert_msg(t_has(out, " 357 273 277 y e a r") && t_has(out, "\n0\n") &&
                  t_has(out, "\"'+31 6 1234\""), "%s", out);
    free(out);
    run_example("report", dir, "nl");
    out = t_sh("cd '%s/nl/charts' && sed -n 1,2p trend_victims_rate.csv && mkdir ../alone && "
               "cp trend_victims_rate.gp ../alone && cd ../alone && gnuplot trend_victims_rate.gp "
               "2>&1 && ls", dir);
    ck_assert_msg(t_has(out, "\xef\xbb\xbfyear;value;lo;hi;") && t_has(out, "\n2012;10,") &&
                  t_has(out, "trend_victims_rate.gp\ntrend_victims_rate.svg"), "%s", out);
    free(out);
    free(o), free(e), free(args), free(proj);
    free(dir);
}
END_TEST

/* HTML on every screen (issue 27): html-validate's recommended rules pass (394 errors came
 * from gnuplot's attribute spacing), at 375 px the page never scrolls sideways and wide tables
 * scroll in their own focusable box, the first Tab reaches a skip link (tests/axe/screens.js);
 * the charts carry their title and alt text (SVG title and desc, the PNG's Description), no
 * gnuplot tooltips, fonts with a sans-serif fallback, 300 dpi; status labels of 4.5:1. */
START_TEST(html_on_every_screen)
{
    char *dir = t_tmpdir(), *top = getenv("RP_TOP");
    setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
    char *ex = t_src("datasets/example"), *o, *e;
    char *args = rp_strfmt("report '%s' -o '%s/r'", ex, dir);
    ck_assert_msg(t_run(NULL, args, &o, &e) == 0, "%s", e);
    free(o), free(e), free(args);
    run_example("baseline", dir, "b");
    char *out = t_sh("cd '%s/tests/axe' && ./node_modules/.bin/html-validate --config "
                     "htmlvalidate.json '%s/r/report.html' '%s/b/baseline.html' 2>&1; echo status $?",
                     top, dir, dir);
    ck_assert_msg(t_has(out, "status 0"), "%s", out);
    free(out);
    out = t_sh("node '%s/tests/axe/screens.js' '%s/r/report.html' '%s/b/baseline.html' 2>&1; "
               "echo status $?", top, dir, dir);
    ck_assert_msg(t_has(out, "report.html at 375 px: 18 tables, 17 scroll in their box") &&
                  t_has(out, "status 0"), "%s", out);
    free(out);
    out = t_sh("cd '%s/r/charts' && grep -l '<title>[Gg]nuplot\\|GNUPLOT' *.svg; "
               "grep -c \"font-family=\\\"DejaVu Sans\\\"\" *.svg | grep -v ':0$'; "
               "sed -n '/<title>/p;/<desc>/p' trend_victims_total.svg", dir);
    char *alt = t_sh("head -c 60 '%s/r/charts/trend_victims_total.alt.txt'", dir);
    char *want = rp_strfmt("<title>Geregistreerde mogelijke slachtoffers</title>\n<desc>%s", alt);
    ck_assert_msg(t_has(out, want), "%s", out);
    free(want);
    free(alt);
    ck_assert_msg(!strncmp(out, "<title>", 7), "gnuplot's title, tooltips or a lone font: %s", out);
    free(out);
    out = t_sh("/usr/bin/python3 -c \"\nimport struct\n"
               "d = open('%s/r/charts/trend_victims_total.png', 'rb').read(); i = 8; c = {}\n"
               "while i < len(d):\n"
               "    n, t = struct.unpack('>I4s', d[i:i + 8]); c.setdefault(t, []).append(d[i + 8:i + 8 + n]); i += 12 + n\n"
               "print(struct.unpack('>IIB', c[b'pHYs'][0]), [x.split(b'\\\\0')[0] for x in c[b'iTXt']], b'tIME' in c)\n"
               "alt = open('%s/r/charts/trend_victims_total.alt.txt', 'rb').read()\n"
               "print('described' if [x for x in c[b'iTXt'] if x.startswith(b'Description')][0][16:] "
               "== alt else 'not the alt text')\n\"", dir, dir);
    ck_assert_msg(t_has(out, "(11811, 11811, 1) [b'Title', b'Description', b'Software'] False") &&
                  t_has(out, "\ndescribed\n"), "%s", out);
    free(out);
    /* the dashboard's status words in colours of 4.5:1 on white, never the palette's own */
    out = t_sh("grep -o \"textcolor rgb '#[0-9A-F]*'\" '%s/r/charts/targets_dashboard.gp' | sort -u",
               dir);
    ck_assert_msg(!t_has(out, "#E69F00") && !t_has(out, "#999999") && !t_has(out, "#D55E00") &&
                  t_has(out, "#BF5400"), "%s", out);
    free(out);
    free(ex);
    free(dir);
}
END_TEST

/* The command line (issue 27): --version on every command, help CMD is CMD --help, the bash
 * completion offers commands, options and their values from the program's own help, and the
 * man pages pass mandoc's lint (monitor.ini(5) lost its decimal entry to a line starting with
 * a dot). */
START_TEST(cli_version_help_completion)
{
    char *o, *e;
    ck_assert_int_eq(t_run(NULL, "--help", &o, &e), 0);
    char *list = t_sh("printf '%%s' '%s' | sed -n 's/^  \\([a-z][a-z]*\\)  .*/\\1/p' | tr '\\n' ' '",
                      o);
    free(o), free(e);
    ck_assert_msg(t_has(list, "init validate tabulate ci trend") && t_has(list, "report"), "%s",
                  list);
    char *copy = rp_strdup(list);
    for (char *cmd = strtok(copy, " "); cmd; cmd = strtok(NULL, " ")) {
        char *args = rp_strfmt("%s --version", cmd);
        ck_assert_msg(t_run(NULL, args, &o, &e) == 0, "%s: %s", args, e);
        ck_assert_msg(!strcmp(o, "rapporteur " RP_VERSION "\n"), "%s: %s", args, o);
        free(o), free(e), free(args);
        char *h1, *h2, *a1 = rp_strfmt("help %s", cmd), *a2 = rp_strfmt("%s --help", cmd);
        ck_assert_int_eq(t_run(NULL, a1, &h1, &e), 0);
        free(e);
        ck_assert_int_eq(t_run(NULL, a2, &h2, &e), 0);
        free(e);
        ck_assert_msg(!strcmp(h1, h2) && t_has(h1, "--version"), "help %s: %s", cmd, h1);
        free(h1), free(h2), free(a1), free(a2);
    }
    free(copy);
    free(list);
    /* completion, as bash calls it: words so far, the word under the cursor */
    static const char *const cases[][2] = {
        {"rapporteur rep", "report"},
        {"rapporteur help tab", "tabulate"},
        {"rapporteur trend --mo", "--model"},
        {"rapporteur trend x.csv --model ", "poisson linear mk joinpoint"},
        {"rapporteur trend x.csv --format ", "text csv"},
        {"rapporteur charts p --format ", "png svg pdf"},
        {"rapporteur report p --ver", "--version"},
    };
    char *bin = rp_strdup(getenv("RP_BIN"));
    *strrchr(bin, '/') = '\0';
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        size_t len = strlen(cases[i][0]);
        int empty = len && cases[i][0][len - 1] == ' '; /* the cursor after a space */
        char *got = t_sh("PATH='%s':\"$PATH\" bash -c '. \"%s/cli/rapporteur.bash-completion\"; "
                         "COMP_WORDS=(%s%s); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); _rapporteur; "
                         "echo \"${COMPREPLY[*]}\"'", bin, getenv("RP_TOP"), cases[i][0],
                         empty ? "\"\"" : "");
        ck_assert_msg(t_has(got, cases[i][1]), "%s: %s", cases[i][0], got);
        free(got);
    }
    free(bin);
    char *lint = t_sh("cd '%s/man' && mandoc -T lint -W warning rapporteur.1 monitor.ini.5 2>&1; "
                      "echo status $?; MANWIDTH=80 man -l monitor.ini.5 2>&1 | grep -A1 '^ *decimal$'",
                      getenv("RP_TOP"));
    ck_assert_msg(!strncmp(lint, "status 0\n", 9) && t_has(lint, ". or , to override"), "%s",
                  lint);
    free(lint);
}
END_TEST

/* Part of the e2e suite: the command line. */
TCase *rp_tcase_publish_cli(void)
{
    TCase *tc = tcase_create("publish cli");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, cli_version_help_completion);
    return tc;
}

TCase *rp_tcase_publish_units(void)
{
    TCase *tc = tcase_create("publish units");
    tcase_add_test(tc, artifacts_wrap_untagged_content);
    tcase_add_test(tc, xmp_packet);
    return tc;
}

TCase *rp_tcase_publish(void)
{
    TCase *tc = tcase_create("publish");
    tcase_set_timeout(tc, 180);
    tcase_add_test(tc, pdf_ua_and_pdf_a);
    tcase_add_test(tc, long_title_wrapped);
    tcase_add_test(tc, workbook_as_offices_publish);
    tcase_add_test(tc, excel_cell_limit);
    tcase_add_test(tc, csv_dialects_and_dictionary);
    tcase_add_test(tc, chart_data_for_people);
    tcase_add_test(tc, html_on_every_screen);
    return tc;
}
