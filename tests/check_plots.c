/* Check suite of plots/: escaping of data text for gnuplot, hostile names that must stay
 * inert, the files drawn and their sizes, gnuplot's errors attributed to the chart, and
 * gnuplot missing. */
#define _GNU_SOURCE /* memmem */
#include "tests/helpers.h"
#include "base/buf.h"
#include "plots/chart.h"
#include "plots/gnuplot.h"
#include "plots/gpquote.h"
#include "plots/kinds.h"
#include "stats/model.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char *quoted(const char *s)
{
    rp_buf b;
    rp_buf_init(&b);
    rp_gp_string(&b, s);
    return rp_buf_steal(&b);
}

/* Every quoted string printed by gnuplot itself comes back as the text (less control
 * characters and XML noncharacters, with "]]>" broken): names that stopped a report, shell and
 * gnuplot syntax, and 300 random strings of the characters that matter. */
START_TEST(gnuplot_reads_strings_back)
{
    static const char *const fixed[] = {"'s-Hertogenbosch", "'s-Gravenhage", "Ann''s", "''",
                                        "'", "", "a]]>b", "`touch /tmp/x`", "@macro", "$1 \\n",
                                        "\"double\" 'single' \\", "caf\xc3\xa9 \xe2\x82\xac",
                                        "x\xef\xbf\xbey"};
    static const char alphabet[] = "a'\"`$@\\ ]>.;#{}~%\t\n";
    char *dir = t_tmpdir();
    rp_buf script, want;
    rp_buf_init(&script);
    rp_buf_init(&want);
    rp_buf_printf(&script, "set print '%s/out.txt'\n", dir);
    unsigned long x = 12345;
    for (int i = 0; i < 300 + (int)(sizeof fixed / sizeof *fixed); i++) {
        char text[40];
        if (i < (int)(sizeof fixed / sizeof *fixed)) {
            snprintf(text, sizeof text, "%s", fixed[i]);
        } else {
            size_t n = (x >> 7) % 12;
            for (size_t k = 0; k < n; k++) {
                x = x * 6364136223846793005ul + 1442695040888963407ul;
                text[k] = alphabet[(x >> 33) % (sizeof alphabet - 1)];
            }
            text[n] = '\0';
        }
        char *q = quoted(text);
        rp_buf_printf(&script, "print %s\n", q);
        free(q);
        /* what should come back */
        for (const unsigned char *s = (const unsigned char *)text; *s; s++) {
            if (s[0] == 0xef && s[1] == 0xbf && s[2] == 0xbe) {
                s += 2;
                continue;
            }
            if (*s < 0x20)
                continue;
            rp_buf_putc(&want, (char)*s);
            if (s[0] == ']' && s[1] == ']' && s[2] == '>')
                rp_buf_putc(&want, ' ');
        }
        rp_buf_putc(&want, '\n');
    }
    rp_buf_puts(&script, "unset print\n");
    char *gp = t_write(dir, "q.gp", rp_buf_str(&script));
    char *cmd = rp_strfmt("gnuplot '%s' 2>'%s/err.txt'", gp, dir);
    ck_assert_int_eq(system(cmd), 0);
    char *path = rp_strfmt("%s/out.txt", dir), *got = t_read(path, NULL);
    t_assert_text(got, rp_buf_str(&want));
    free(got);
    free(path);
    free(cmd);
    free(gp);
    rp_buf_free(&script);
    rp_buf_free(&want);
    free(dir);
}
END_TEST

START_TEST(gnuplot_strings)
{
    char *q = quoted("Den Haag's `rm -rf /` $(x) \"y\"");
    ck_assert_str_eq(q, "'Den Haag'.\"'\".'s `rm -rf /` $(x) \"y\"'");
    free(q);
    q = quoted("'s-Hertogenbosch");          /* a quote first: '' would be an empty string */
    ck_assert_str_eq(q, "\"'\".'s-Hertogenbosch'");
    free(q);
    q = quoted("line\nEOD\r\ttab\x7f");
    ck_assert_str_eq(q, "'lineEODtab'");
    free(q);
    ck_assert(rp_gp_path_ok("out/charts"));
    ck_assert(!rp_gp_path_ok("|touch x"));
    ck_assert(!rp_gp_path_ok("a\nb"));
    ck_assert_uint_eq(rp_gp_formats("png,pdf"), RP_FMT_PNG | RP_FMT_PDF);
    ck_assert_uint_eq(rp_gp_formats("png,gif"), 0);
}
END_TEST

START_TEST(chart_data_cells)
{
    rp_chart *c = rp_chart_new("x", "X");
    rp_chart_header(c, "a,b\nRPEOD_0_X");
    rp_chart_num(c, 1.5);
    rp_chart_text(c, "say \"hi\"\nRPEOD_0_X");
    rp_chart_endrow(c);
    rp_chart_num(c, 0.0 / 0.0);
    rp_chart_text(c, "`touch /tmp/x`");
    rp_chart_endrow(c);
    /* no line can end the datablock: every text cell is quoted, line breaks are gone */
    ck_assert_str_eq(rp_buf_str(&c->data), "# a,bRPEOD_0_X\n1.5,\"say 'hi'RPEOD_0_X\"\n"
                                           ",\"`touch /tmp/x`\"\n");
    rp_chart_free(c);
}
END_TEST

/* A tiny project whose every name from the data is hostile. */
static char *hostile_project(void)
{
    char *dir = t_tmpdir();
    free(t_write(dir, "monitor.ini",
                 "[monitor]\ntitle = `touch MARKER` $(touch MARKER) '; system(\"touch MARKER\")\n"
                 "source = !touch MARKER\nlanguage = en\nsuppress_below = 1\n"
                 "[regions]\nfile = regions.csv\n[dataset d]\nfile = d.csv\n"
                 "[indicator i]\ntitle = x' . system('touch MARKER') . '\ndataset = d\n"
                 "measure = rate\nby = form\ndefinition = people\n"
                 "[indicator c]\ntitle = EOD\ndataset = d\nby = form\ndefinition = people\n"
                 "[target t]\nindicator = c\nbaseline_year = 2019\ntarget = +10%\n"
                 "target_year = 2024\ntitle = \"`touch MARKER`\"\nowner = '\n"));
    free(t_write(dir, "regions.csv",
                 "code;name;year;population\n"
                 "A;\"`touch MARKER`\";2019;100000\nA;\"`touch MARKER`\";2020;100000\n"
                 "A;\"`touch MARKER`\";2021;100000\nA;\"`touch MARKER`\";2022;100000\n"
                 "B;\"EOD\nRPEOD_3_X\n!touch MARKER\";2019;200000\n"
                 "B;\"EOD\nRPEOD_3_X\n!touch MARKER\";2020;200000\n"
                 "B;\"EOD\nRPEOD_3_X\n!touch MARKER\";2021;200000\n"
                 "B;\"EOD\nRPEOD_3_X\n!touch MARKER\";2022;200000\n"));
    rp_buf b;
    rp_buf_init(&b);
    rp_buf_puts(&b, "jaar;regio;form\n");
    static const char *const forms[] = {"\"x'); system('touch MARKER'); print('\"",
                                        "\"RPEOD_0_X\"", "\"@MARKER\"", "\"a\"\"b\"\n"};
    for (int y = 2019; y <= 2022; y++)
        for (int k = 0; k < 40 + 3 * y % 7; k++)
            rp_buf_printf(&b, "%d;%s;%s\n", y, k % 2 ? "A" : "B", forms[k % 4]);
    free(t_write(dir, "d.csv", b.data));
    rp_buf_free(&b);
    return dir;
}

START_TEST(hostile_text_stays_inert)
{
    char *dir = hostile_project();
    char *out, *err;
    int st = t_run(dir, "charts . -o charts", &out, &err);
    ck_assert_msg(st == 0, "charts failed: %s", err);
    /* nothing ran: no marker file anywhere gnuplot could have written it */
    char *m1 = rp_strfmt("%s/MARKER", dir), *m2 = rp_strfmt("%s/charts/MARKER", dir);
    struct stat sb;
    ck_assert_msg(stat(m1, &sb) != 0 && stat(m2, &sb) != 0, "a command from the data ran");
    /* and the text is there, inert, in the scripts */
    char *gp = rp_strfmt("%s/charts/trend_i.gp", dir);
    char *script = t_read(gp, NULL);
    ck_assert_msg(t_has(script, "'x'.\"'\".' . system('.\"'\".'touch MARKER'.\"'\".') . '"),
                  "%s", script);
    free(script);
    free(gp);
    free(m1);
    free(m2);
    free(out);
    free(err);
    free(dir);
}
END_TEST

/* PNG's IHDR: width and height as big-endian 32-bit integers at bytes 16-23. */
static void png_size(const char *path, unsigned *w, unsigned *h)
{
    size_t n;
    unsigned char *p = (unsigned char *)t_read(path, &n);
    ck_assert(p && n > 24 && !memcmp(p, "\x89PNG", 4));
    *w = (unsigned)p[16] << 24 | (unsigned)p[17] << 16 | (unsigned)p[18] << 8 | p[19];
    *h = (unsigned)p[20] << 24 | (unsigned)p[21] << 16 | (unsigned)p[22] << 8 | p[23];
    free(p);
}

static rp_chart *simple_chart(const char *id, const char *extra)
{
    rp_chart *c = rp_chart_new(id, "Simple");
    rp_chart_header(c, "x,y");
    for (int i = 0; i < 5; i++) {
        rp_chart_num(c, i);
        rp_chart_num(c, i * i);
        rp_chart_endrow(c);
    }
    rp_chart_style(c, RP_LANG_NL);
    const char *notes[] = {"a note"};
    rp_chart_frame(c, "Simple", "sub", notes, 1, "Source: test");
    rp_chart_cmd(c, "%splot %s using 1:2 with linespoints title 'y'\n", extra, RP_CHART_DATA);
    c->alt = rp_strdup("y rose from 0 to 16");
    return c;
}

START_TEST(draws_three_formats_with_data_and_script)
{
    char *dir = t_tmpdir();
    rp_chart *c[2] = {simple_chart("one", ""), simple_chart("two", "")};
    rp_diag *d = rp_diag_new();
    ck_assert_int_eq(rp_gp_draw(c, 2, dir, RP_FMT_ALL, 1700000000, d), 0);
    static const char *const ext[] = {"png", "svg", "pdf", "csv", "gp", "alt.txt"};
    for (int i = 0; i < 2; i++)
        for (int k = 0; k < 6; k++) {
            char *p = rp_strfmt("%s/%s.%s", dir, c[i]->id, ext[k]);
            struct stat st;
            ck_assert_msg(stat(p, &st) == 0 && st.st_size > 0, "%s missing", p);
            free(p);
        }
    unsigned w, h;
    char *png = rp_strfmt("%s/one.png", dir);
    png_size(png, &w, &h);
    ck_assert_uint_eq(w, 1920);
    ck_assert_uint_eq(h, 1080);
    /* the saved script carries its data, so staff can edit and rerun it anywhere */
    char *gp = rp_strfmt("%s/one.gp", dir);
    char *script = t_read(gp, NULL);
    ck_assert(t_has(script, "$data << RPEOD_DATA\n"));
    ck_assert(t_has(script, "plot $data using 1:2"));
    ck_assert(t_has(script, "do for [FMT in 'png svg pdf']"));
    ck_assert(t_has(script, "set decimalsign ','"));
    /* the PDF's date is the one given (2023-11-14 22:13:20 UTC), not today: cairo writes the
     * metadata date it is given */
    char *pdfp = rp_strfmt("%s/one.pdf", dir);
    size_t n;
    char *pdf = t_read(pdfp, &n);
    ck_assert(memmem(pdf, n, "/CreationDate (20231114221320)", 30) != NULL);
    free(pdf);
    free(pdfp);
    free(script);
    free(gp);
    free(png);
    rp_chart_free(c[0]);
    rp_chart_free(c[1]);
    rp_diag_free(d);
    free(dir);
}
END_TEST

START_TEST(gnuplot_error_names_the_chart)
{
    char *dir = t_tmpdir();
    /* the bad chart first, failing inside a multiplot: its error ends its own load and its
     * multiplot, not the charts after it */
    rp_chart *c[2] = {simple_chart("bad", "set multiplot layout 1,2\nset nonsense 12\n"),
                      simple_chart("good", "")};
    rp_diag *d = rp_diag_new();
    ck_assert_int_eq(rp_gp_draw(c, 2, dir, RP_FMT_SVG, -1, d), -1);
    const char *msg = rp_diag_first(d);
    ck_assert_msg(t_has(msg, "/bad.gp: gnuplot could not draw the chart: unrecognized option"),
                  "%s", msg);
    ck_assert_uint_eq(rp_diag_errors(d), 1);
    char *listing = t_sh("ls -A '%s' | tr '\\n' ' '", dir);
    ck_assert_msg(t_has(listing, "good.svg") && !t_has(listing, ".rp-chart"), "%s", listing);
    free(listing);
    rp_chart_free(c[0]);
    rp_chart_free(c[1]);
    rp_diag_free(d);
    free(dir);
}
END_TEST

START_TEST(gnuplot_missing_names_the_package)
{
    /* Check runs each test in its own process: PATH can be emptied here */
    char *empty = t_tmpdir();
    setenv("PATH", empty, 1);
    char err[256];
    ck_assert_int_eq(rp_gp_check(RP_LANG_EN, err, sizeof err), -1);
    ck_assert(t_has(err, "gnuplot-nox"));
    free(empty);
}
END_TEST

START_TEST(alt_text_from_the_data)
{
    /* the example monitor's victims: the section's one trend is the recent-trend marker's
     * five years, 2020-2024 (1013, 791, 905, 1040, 1060): R's
     * glm(y ~ x, family = quasipoisson) gives 100 (e^b - 1) = +3.632621% (tests/reference/
     * trends.R); extremes and the latest value as the example's victims.csv counts them */
    char *ex = t_src("datasets/example");
    rp_diag *d = rp_diag_new();
    rp_project *p = rp_project_load(ex, 0, d);
    ck_assert_ptr_nonnull(p);
    rp_model *m = rp_model_build(p, 0, d);
    int i = rp_project_indicator(p, "victims_total");
    rp_chart *c = rp_chart_trend(m, (size_t)i, NULL);
    ck_assert_msg(t_has(c->alt, "hoogste 1.711 (2012), laagste 668 (2018), laatste 1.060 in "
                                "2024 (voorlopig). Trend 2020-2024: +3,6% per jaar, stijgend."),
                  "%s", c->alt);
    rp_chart_free(c);
    rp_model_free(m);
    rp_project_free(p);
    rp_diag_free(d);
    free(ex);
}
END_TEST

/* The commands of panel k of an overview: from its "set title" to the next one. Caller
 * frees. */
static char *panel_commands(const rp_chart *c, size_t k)
{
    const char *s = rp_buf_str(&c->body);
    for (size_t i = 0; s && i <= k; i++)
        if ((s = strstr(s, "set title ")))
            s += i < k ? 1 : 0;
    if (!s)
        return NULL;
    const char *end = strstr(s + 1, "set title ");
    return end ? rp_strndup(s, (size_t)(end - s)) : rp_strdup(s);
}

/* The published Dutch figures: 3 of 5 panels were empty (points without a neighbour were
 * dropped) and shares of 41% sat on 0-1% axes (the axis followed only upper limits, and a
 * share published without bounds has none). Every panel now draws, on its own scale. */
START_TEST(overview_draws_isolated_points)
{
    char *pub = t_src("tests/published");
    rp_diag *d = rp_diag_new();
    rp_project *p = rp_project_load(pub, 0, d);
    ck_assert_ptr_nonnull(p);
    rp_model *m = rp_model_build(p, 0, d);
    ck_assert_ptr_nonnull(m);
    rp_chart **cs;
    size_t n;
    ck_assert_int_eq(rp_chart_multiples(m, &cs, &n), 0);
    ck_assert_int_eq((int)n, 1);
    ck_assert_str_eq(cs[0]->id, "overview");
    /* panel k is the k-th indicator with data: all nine here */
    for (size_t k = 0; k < 9; k++) {
        char *panel = panel_commands(cs[0], k);
        ck_assert_msg(panel && !t_has(panel, "(NaN)"), "panel %zu draws nothing: %s", k, panel);
        free(panel);
    }
    /* 2014 of the cleaned series stands alone with its interval: an error bar */
    char *panel = panel_commands(cs[0], 1);
    ck_assert_msg(t_has(panel, "using 1:(gap(5)):(gap(3)):(gap(4)) with yerrorbars"), "%s", panel);
    free(panel);
    /* labour exploitation, 41% in 2020 as published (no bounds): a point, on a 0-60% axis */
    panel = panel_commands(cs[0], 6);
    ck_assert_msg(t_has(panel, "Aandeel arbeidsuitbuiting") &&
                  t_has(panel, "using 1:(gap(6)) with points") &&
                  t_has(panel, "set yrange [0:60]"), "%s", panel);
    free(panel);
    const char *data = rp_buf_str(&cs[0]->data);
    ck_assert_msg(t_has(data, "2020,41,,,,41\n") && t_has(data, "2014,1255,1186.517848,"
                  "1326.403949,1255,\n"), "%s", data);
    /* drawn without a message from gnuplot */
    char *dir = t_tmpdir();
    ck_assert_int_eq(rp_gp_draw(cs, n, dir, RP_FMT_SVG, 0, d), 0);
    ck_assert_msg(rp_diag_errors(d) == 0 && rp_diag_warnings(d) == 0, "%s", rp_diag_first(d));
    for (size_t k = 0; k < n; k++)
        rp_chart_free(cs[k]);
    free(cs);
    free(dir);
    rp_model_free(m);
    rp_project_free(p);
    rp_diag_free(d);
    free(pub);
}
END_TEST

/* A project of the small fixture's cases with n indicators over them. */
static char *many_indicators(size_t n)
{
    char *dir = t_tmpdir(), *src = t_src("tests/e2e/charts_small/proj/cases.csv");
    char *csv = t_read(src, NULL);
    free(t_write(dir, "cases.csv", csv));
    rp_buf ini;
    rp_buf_init(&ini);
    rp_buf_puts(&ini, "[monitor]\ntitle = Many\nlanguage = en\n[dataset cases]\nfile = "
                      "cases.csv\n");
    for (size_t i = 0; i < n; i++)
        rp_buf_printf(&ini, "[indicator i%zu]\ntitle = Indicator number %zu of many, with a "
                            "long title\ndataset = cases\n%s", i, i,
                      i % 3 ? "" : "measure = share\nwhere = form = labour\n");
    free(t_write(dir, "monitor.ini", rp_buf_str(&ini)));
    rp_buf_free(&ini);
    free(csv);
    free(src);
    return dir;
}

/* Between 152 and 302 indicators the one overview chart failed (1,000: exit 3). It takes
 * charts of at most nine panels now, of sizes that differ by one at most. */
START_TEST(overview_paginates)
{
    static const size_t counts[] = {9, 10, 160, 302, 1000};
    for (size_t t = 0; t < sizeof counts / sizeof *counts; t++) {
        size_t want = counts[t];
        char *dir = many_indicators(want);
        rp_diag *d = rp_diag_new();
        rp_project *p = rp_project_load(dir, 0, d);
        ck_assert_msg(p != NULL, "%s", rp_diag_first(d));
        rp_model *m = rp_model_build(p, 0, d);
        ck_assert_ptr_nonnull(m);
        rp_chart **cs;
        size_t n;
        ck_assert_int_eq(rp_chart_multiples(m, &cs, &n), 0);
        ck_assert_int_eq((int)n, (int)((want + 8) / 9));
        size_t panels = 0, least = want, most = 0;
        for (size_t k = 0; k < n; k++) {
            char id[32], title[64];
            snprintf(id, sizeof id, k ? "overview_%zu" : "overview", k + 1);
            snprintf(title, sizeof title, n > 1 ? "Many: every indicator (%zu of %zu)"
                                                : "Many: every indicator", k + 1, n);
            ck_assert_str_eq(cs[k]->id, id);
            ck_assert_str_eq(cs[k]->title, title);
            size_t here = 0;
            for (const char *s = rp_buf_str(&cs[k]->body); (s = strstr(s, "set title ")); s++)
                here++;
            ck_assert_msg(here <= 9, "%zu panels on one chart", here);
            panels += here;
            least = here < least ? here : least;
            most = here > most ? here : most;
        }
        ck_assert_int_eq((int)panels, (int)want);
        ck_assert_msg(most - least <= 1, "pages of %zu to %zu panels", least, most);
        /* 160 indicators: every page drawn */
        if (want == 160) {
            char *out = t_tmpdir();
            ck_assert_int_eq(rp_gp_draw(cs, n, out, RP_FMT_SVG, 0, d), 0);
            ck_assert_msg(rp_diag_errors(d) == 0, "%s", rp_diag_first(d));
            free(out);
        }
        for (size_t k = 0; k < n; k++)
            rp_chart_free(cs[k]);
        free(cs);
        rp_model_free(m);
        rp_project_free(p);
        rp_diag_free(d);
        free(dir);
    }
}
END_TEST

Suite *rp_suite_plots(void)
{
    Suite *s = suite_create("plots");
    TCase *tc = tcase_create("escaping");
    tcase_add_test(tc, gnuplot_strings);
    tcase_add_test(tc, gnuplot_reads_strings_back);
    tcase_add_test(tc, chart_data_cells);
    suite_add_tcase(s, tc);
    tc = tcase_create("drawing");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, hostile_text_stays_inert);
    tcase_add_test(tc, draws_three_formats_with_data_and_script);
    tcase_add_test(tc, gnuplot_error_names_the_chart);
    tcase_add_test(tc, gnuplot_missing_names_the_package);
    tcase_add_test(tc, alt_text_from_the_data);
    suite_add_tcase(s, tc);
    tc = tcase_create("overview");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, overview_draws_isolated_points);
    tcase_add_test(tc, overview_paginates);
    suite_add_tcase(s, tc);
    return s;
}
