/* The rapporteur's own text (text/, issue 25): Markdown read into blocks with cmark, each file
 * in its place by its name and language, citations of published figures filled in from the
 * model (shown, hidden and unknown cells, Dutch and English), every problem at its
 * file:line:column, and the text placed in the PDF, HTML and Word report. */
#include "tests/helpers.h"
#include "base/buf.h"
#include "datasets/project.h"
#include "stats/cells.h"
#include "stats/model.h"
#include "words/word_findings.h"
#include "words/word_text.h"

#include <stdlib.h>
#include <string.h>

/* A small project: a count with a small (hidden) year, a year without data, and a target on
 * the hidden year; suppress_below 5. */
static const char ini[] =
    "[monitor]\ntitle = Tekst\nlanguage = %s\nsuppress_below = 5\nreport_year = 2022\n"
    "[dataset v]\nfile = v.csv\n"
    "[indicator v]\ntitle = Slachtoffers\ndataset = v\n"
    "[indicator s]\ntitle = Aandeel\ndataset = v\nmeasure = share\nwhere = vorm = a\n"
    "[target t]\nindicator = v\nbaseline_year = 2018\ntarget = 2000\ntarget_year = 2025\n"
    "owner = Politie\n";

/* 2016 missing, 2018 small (3: hidden), 2020 114 (Byar's interval 94 to 137, as R computes
 * it from the formula: tests/check_reports.c), 2021 1372 */
static const char csv[] =
    "jaar;vorm;aantal\n2015;a;20\n2015;b;20\n2017;a;20\n2017;b;20\n2018;a;1\n2018;b;2\n"
    "2019;a;20\n2019;b;25\n2020;a;50\n2020;b;64\n2021;a;600\n2021;b;772\n2022;a;700\n"
    "2022;b;800\n";

static char *project(const char *lang)
{
    char *dir = t_tmpdir();
    char *text = rp_strfmt(ini, lang);
    free(t_write(dir, "monitor.ini", text));
    free(t_write(dir, "v.csv", csv));
    free(t_sh("mkdir -p '%s/text'", dir));
    free(text);
    return dir;
}

/* Loads dir as validate does; the messages of the load in *msgs (caller frees). */
static rp_project *load(const char *dir, char **msgs)
{
    rp_diag *d = rp_diag_new();
    rp_project *p = rp_project_load(dir, 1, d);
    char *buf = NULL;
    size_t n = 0;
    FILE *f = open_memstream(&buf, &n);
    rp_diag_print(d, f);
    fclose(f);
    *msgs = buf;
    rp_diag_free(d);
    return p;
}

static const rp_tblock *block(const rp_text_file *f, size_t i)
{
    ck_assert_msg(i < f->n, "%s has %zu blocks, not %zu", f->path, f->n, i + 1);
    return &f->b[i];
}

/* The words of a block's runs, citations in braces, styles as *em*, **strong**, `code`,
 * links as [text](href). */
static char *runs(const rp_tblock *b)
{
    rp_buf t;
    rp_buf_init(&t);
    for (size_t i = 0; i < b->nruns; i++) {
        const rp_trun *r = &b->runs[i];
        const char *m = r->style & RP_RUN_CODE ? "`" : r->style & RP_RUN_STRONG ? "**"
                        : r->style & RP_RUN_EM ? "*" : "";
        rp_buf_printf(&t, "%s%s%s%s%s%s", r->href ? "[" : "", m, r->cite ? "{" : "", r->text,
                      r->cite ? "}" : "", m);
        if (r->href)
            rp_buf_printf(&t, "](%s)", r->href);
    }
    return rp_buf_steal(&t);
}

/* Headings, paragraphs, nested and numbered lists, quotes, code and rules, as CommonMark
 * reads them; citations as runs with their line and column; \{ a brace; raw HTML as text. */
START_TEST(markdown_into_blocks)
{
    char *dir = project("nl"), *msgs;
    free(t_write(dir, "text/inleiding.md",
                 "# Inleiding\n\nIn {year} waren er *{v.2021}* slachtoffers, **meer** dan "
                 "`code` \\{geen} en [de site](https://example.nl/a?b=1&c=2).\n\n"
                 "## Verder\n\n1. een\n2. twee\n   - genest\n\n   vervolg\n\n"
                 "> citaat <b>vet</b> &amp; {v.latest}\n\n---\n\n```\nx {v.2021}\n```\n"));
    rp_project *p = load(dir, &msgs);
    ck_assert_msg(p && !*msgs, "%s", msgs);
    const rp_text_file *f = rp_texts_find(p->texts, RP_TEXT_INTRODUCTION, 0);
    ck_assert_ptr_nonnull(f);
    ck_assert_int_eq(f->lang, 0); /* RP_LANG_NL, by its Dutch name */
    ck_assert(block(f, 0)->kind == RP_TB_HEADING && block(f, 0)->level == 1);
    char *r = runs(block(f, 1));
    ck_assert_str_eq(r, "In {year} waren er *{v.2021}* slachtoffers, **meer** dan `code` {geen} "
                        "en [de site](https://example.nl/a?b=1&c=2).");
    free(r);
    /* the citation {v.2021} starts at line 3, character 21 (after the *) */
    ck_assert_int_eq(block(f, 1)->runs[3].line, 3);
    ck_assert_int_eq(block(f, 1)->runs[3].col, 21);
    ck_assert(block(f, 2)->kind == RP_TB_HEADING && block(f, 2)->level == 2);
    const rp_tblock *one = block(f, 3), *two = block(f, 4), *nest = block(f, 5),
                    *cont = block(f, 6), *quote = block(f, 7);
    ck_assert(one->kind == RP_TB_ITEM && one->number == 1 && one->depth == 1 && one->start);
    ck_assert(two->kind == RP_TB_ITEM && two->number == 2 && !two->start);
    ck_assert(nest->kind == RP_TB_ITEM && nest->number == 0 && nest->depth == 2 && nest->start);
    ck_assert(cont->kind == RP_TB_PARAGRAPH && cont->depth == 1); /* continues "twee" */
    ck_assert(quote->kind == RP_TB_PARAGRAPH && quote->quote && !quote->depth);
    r = runs(quote);
    ck_assert_str_eq(r, "citaat <b>vet</b> & {v.latest}"); /* raw HTML stays text */
    free(r);
    ck_assert(block(f, 8)->kind == RP_TB_RULE);
    ck_assert(block(f, 9)->kind == RP_TB_CODE);
    r = runs(block(f, 9));
    ck_assert_str_eq(r, "`x ``{v.2021}`"); /* a citation in code is filled in too */
    free(r);
    ck_assert_int_eq(f->n, 10);
    ck_assert_int_eq(f->ncites, 4);
    rp_project_free(p);
    free(msgs);
    free(dir);
}
END_TEST

/* Every problem of a text at its file, line and column: links that lead nowhere safe, images,
 * citations that are not, noncharacters, bad UTF-8, names that are no text. */
START_TEST(problems_at_their_place)
{
    static const struct {
        const char *name, *text, *want;
    } cases[] = {
        {"inleiding.md", "Zie [hier](javascript:alert(1)).\n",
         "/text/inleiding.md:1:5: a link to \"javascript:alert(1)\"; expected an address that "
         "starts with https://, http:// or mailto:"},
        {"inleiding.md", "x <JavaScript:alert(1)> [y](data:text/html,z) [z](/etc/passwd)\n",
         "/text/inleiding.md:1:3: a link to \"JavaScript:alert(1)\""},
        {"inleiding.md", "x\n\nEen ![logo](https://example.nl/l.png).\n",
         "/text/inleiding.md:3:5: an image, which text/ cannot place"},
        {"inleiding.md", "Het waren {v.2021 slachtoffers.\n",
         "/text/inleiding.md:1:11: a brace that opens no citation (no } after it on this "
         "line)"},
        {"inleiding.md", "ééé {v. 2021} en {v..x} {}\n",
         "/text/inleiding.md:1:5: {v. 2021} is no citation; expected {name.year}"},
        {"inleiding.md", "[a](https://x.nl/{v.2021})\n",
         "/text/inleiding.md:1:18: a citation in a link's address"},
        {"inleiding.md", "ok\nnog \xef\xb7\x90 x\n",
         "/text/inleiding.md:2:5: U+FDD0 is a Unicode noncharacter"},
        {"inleiding.md", "ok\n\xe9t\xe9\n", "/text/inleiding.md:2:1: not valid UTF-8 (byte "
         "0xe9)"},
        {"inleiding.md", "a\x1b[31mrood\n", "/text/inleiding.md:1:2: a control character "
         "(0x1b)"},
        /* Windows and old Mac line ends count lines as CommonMark does */
        {"inleiding.md", "ok\r\nnog {v.2021\r\n", "/text/inleiding.md:2:5: a brace that opens "
         "no citation"},
        {"inleiding.md", "ok\rnog {v.2021\r", "/text/inleiding.md:2:5: a brace that opens no "
         "citation"},
        {"victim_total.md", "x\n", "/text/victim_total.md: no text of the report has this "
         "name; expected introduction.md"},
        {"bevindingen.md", "- v\n- trends\n- twee woorden\n",
         "/text/bevindingen.md:3:1: a key finding is named by one word"},
        {"bevindingen.md", "- v\n- regio\n",
         "/text/bevindingen.md:2:1: \"regio\" is no indicator, estimate or kind of finding"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        char *dir = project("nl"), *msgs;
        char *name = rp_strfmt("text/%s", cases[i].name);
        free(t_write(dir, name, cases[i].text));
        rp_project *p = load(dir, &msgs);
        char *want = rp_strfmt("%s%s", dir, cases[i].want);
        ck_assert_msg(!strncmp(msgs, want, strlen(want)), "%zu: got\n%s\nexpected\n%s", i,
                      msgs, want);
        rp_project_free(p);
        free(want);
        free(msgs);
        free(name);
        free(dir);
    }
}
END_TEST

/* A text in both languages: the project's is shown, one whose language is not said next, the
 * other language's name after that, one marked for the other language never; two files of
 * one text in one language are refused. */
START_TEST(one_text_per_language)
{
    char *dir = project("en"), *msgs;
    free(t_write(dir, "text/inleiding.md", "Nederlands\n"));
    free(t_write(dir, "text/introduction.md", "English\n"));
    free(t_write(dir, "text/v.nl.md", "Nederlands\n"));
    free(t_write(dir, "text/s.nl.md", "Nederlands\n"));
    free(t_write(dir, "text/s.md", "Either\n"));
    free(t_write(dir, "text/aanbevelingen.md", "Nederlands\n"));
    free(t_write(dir, "text/t.en.md", "English\n"));
    free(t_write(dir, "text/.~lock.t.md#", "an editor's lock"));
    free(t_write(dir, "text/notes.txt", "not Markdown"));
    rp_project *p = load(dir, &msgs);
    ck_assert_msg(p && !*msgs, "%s", msgs);
    const rp_text_file *f = rp_texts_find(p->texts, RP_TEXT_INTRODUCTION, 0);
    ck_assert(f && t_has(f->path, "/introduction.md"));
    ck_assert_ptr_null(rp_texts_find(p->texts, RP_TEXT_INDICATOR, 0)); /* v.nl.md: never */
    f = rp_texts_find(p->texts, RP_TEXT_INDICATOR, 1);
    ck_assert(f && t_has(f->path, "/s.md"));
    f = rp_texts_find(p->texts, RP_TEXT_RECOMMENDATIONS, 0); /* only a Dutch name: shown */
    ck_assert(f && t_has(f->path, "/aanbevelingen.md"));
    f = rp_texts_find(p->texts, RP_TEXT_TARGET, 0);
    ck_assert(f && t_has(f->path, "/t.en.md"));
    ck_assert_int_eq(p->texts->n, 7);
    rp_project_free(p);
    free(msgs);
    free(t_write(dir, "text/Introduction.MD", "Twice\n"));
    p = load(dir, &msgs);
    ck_assert_msg(t_has(msgs, "/text/introduction.md: ") && t_has(msgs, "/text/Introduction.MD "
                  "says the same; expected one file for each text"), "%s", msgs);
    rp_project_free(p);
    free(msgs);
    free(dir);
}
END_TEST

/* findings.md pins and drops key findings as findings = does, through the same names; the
 * two in one project are refused. */
START_TEST(findings_pinned_in_text)
{
    char *dir = project("nl"), *msgs;
    free(t_write(dir, "text/findings.md", "# Kernbevindingen\n\n- s\n- ~~v~~\n- -trends\n"
                                          "- targets\n"));
    rp_project *p = load(dir, &msgs);
    ck_assert_msg(p && !*msgs, "%s", msgs);
    const rp_monitor *m = p->m;
    ck_assert_int_eq(m->nfindings, 4);
    ck_assert(!strcmp(m->findings[0], "s") && !m->findings_drop[0]);
    ck_assert(!strcmp(m->findings[1], "v") && m->findings_drop[1]);
    ck_assert(!strcmp(m->findings[2], "trends") && m->findings_drop[2]);
    ck_assert(!strcmp(m->findings[3], "targets") && !m->findings_drop[3]);
    rp_project_free(p);
    free(msgs);
    free(t_sh("sed -i 's/^suppress_below.*/&\\nfindings = v/' '%s/monitor.ini'", dir));
    p = load(dir, &msgs);
    ck_assert_msg(t_has(msgs, "/text/findings.md:1: the key findings are pinned in ") &&
                  t_has(msgs, "monitor.ini too (findings = on line 5)"), "%s", msgs);
    rp_project_free(p);
    free(msgs);
    free(dir);
}
END_TEST

TCase *rp_tcase_text_read(void)
{
    TCase *tc = tcase_create("text");
    tcase_add_test(tc, markdown_into_blocks);
    tcase_add_test(tc, problems_at_their_place);
    tcase_add_test(tc, one_text_per_language);
    tcase_add_test(tc, findings_pinned_in_text);
    return tc;
}

/* ---- citations (words/word_text.h) ---- */

/* The model of the small project, with findings = pins when not NULL. */
static rp_model *model(const char *lang, const char *pins, rp_project **pp)
{
    char *dir = project(lang), *msgs;
    if (pins)
        free(t_sh("sed -i 's/^suppress_below.*/&\\nfindings = %s/' '%s/monitor.ini'", pins,
                  dir));
    *pp = load(dir, &msgs);
    ck_assert_msg(*pp && !*msgs, "%s", msgs);
    rp_diag *d = rp_diag_new();
    rp_model *m = rp_model_build(*pp, 0, d);
    ck_assert_ptr_nonnull(m);
    rp_diag_free(d);
    free(msgs);
    free(dir);
    return m;
}

/* The words of a citation from the run's published cells in the project's language, or
 * "error: why" in English (the message catalogue's key; errors_in_dutch checks its Dutch).
 * Caller frees. */
static char *cite(const rp_model *m, const char *name)
{
    rp_buf b;
    rp_buf_init(&b);
    char err[1024];
    rp_cells *cells = rp_model_cells(m);
    ck_assert_ptr_nonnull(cells);
    if (rp_word_cite(&b, m, cells, name, m->p->m->lang, err, sizeof err) != 0) {
        rp_buf_clear(&b);
        ck_assert_int_ne(rp_word_cite(&b, m, cells, name, RP_LANG_EN, err, sizeof err), 0);
        rp_buf_clear(&b);
        rp_buf_printf(&b, "error: %s", err);
    }
    rp_cells_free(cells);
    free(cells);
    return rp_buf_steal(&b);
}

static void expect(const rp_model *m, const char *name, const char *want)
{
    char *got = cite(m, name);
    ck_assert_msg(!strcmp(got, want), "{%s}: got \"%s\", expected \"%s\"", name, got, want);
    free(got);
}

/* Shown cells in the language's number format, the one way the tables write them; a hidden
 * cell, and anything computed from one, as its mark x, never a value. */
START_TEST(citations_shown_and_hidden)
{
    static const char *const langs[] = {"nl", "en"};
    static const struct {
        const char *name, *nl, *en;
    } cases[] = {
        {"year", "2022", "2022"},
        {"v.2021", "1.372", "1,372"},
        {"v.latest", "1.500", "1,500"},
        {"v.year", "2022", "2022"},
        /* Byar's interval of 114, from its formula in R: 94.03 to 136.95 (check_reports.c) */
        {"v.2020.ci", "114 (95%-BI 94 tot 137)", "114 (95% CI 94 to 137)"},
        /* the changes the key findings state (v and s pinned): 1500 / 1372 - 1 = 9.33%;
         * 700/1500 - 600/1372 = +2.93 percentage points */
        {"v.change", "+9,3%", "+9.3%"},
        {"v.2022.change", "+9,3%", "+9.3%"},
        {"s.2021", "43,7%", "43.7%"},
        {"s.change", "+2,9 procentpunt", "+2.9 percentage points"},
        {"t.target", "2.000", "2,000"},
        /* 2018 holds 3 people (1 and 2 by form), below 5: hidden */
        {"v.2018", "x", "x"},
        {"v.2018.ci", "x", "x"},
        {"s.2018", "x", "x"},
        {"v.2019.change", "x", "x"}, /* from a hidden year */
        {"t.baseline", "x", "x"},
        {"t.verdict", "niet te beoordelen", "not assessable"},
    };
    for (int l = 0; l < 2; l++) {
        rp_project *p;
        rp_model *m = model(langs[l], "v, s", &p);
        for (size_t i = 0; i < sizeof cases / sizeof *cases; i++)
            expect(m, cases[i].name, l ? cases[i].en : cases[i].nl);
        /* the trend as the section states it, its words the trend sentence's own */
        char *t = cite(m, "v.trend");
        ck_assert_msg(t_has(t, l ? "% a year" : "% per jaar") && (t[0] == '+' || t[0] == '-'),
                      "%s", t);
        free(t);
        rp_model_free(m);
        rp_project_free(p);
    }
}
END_TEST

/* What the model does not have is an error that says what there is. */
START_TEST(citations_unknown)
{
    rp_project *p;
    rp_model *m = model("nl", NULL, &p);
    expect(m, "s.change", "error: the report states no change of s to 2022: it gives the change "
                          "of the latest year for the key findings' indicators only; expected "
                          "one of them, or s pinned among them (findings = or "
                          "text/findings.md)");
    expect(m, "v.2021.change", "error: the report states no change of v to 2021: it gives the "
                               "change of the latest year for the key findings' indicators "
                               "only; expected one of them, or v pinned among them (findings "
                               "= or text/findings.md)");
    expect(m, "w.2021", "error: w is no indicator, target or estimate of monitor.ini; expected "
                        "one of v, s (indicators); t (targets), or {year}");
    expect(m, "v.2031", "error: v has figures from 2015 to 2022; expected a year in that range");
    expect(m, "v.1990", "error: v has figures from 2015 to 2022; expected a year in that range");
    { /* the same error in the project's language (the RP_MSG catalogue) */
        rp_buf b;
        rp_buf_init(&b);
        char err[512];
        rp_cells *cells = rp_model_cells(m);
        ck_assert_int_ne(rp_word_cite(&b, m, cells, "v.2031", RP_LANG_NL, err, sizeof err), 0);
        ck_assert_str_eq(err, "v heeft cijfers van 2015 tot en met 2022; verwacht een jaar "
                              "daartussen");
        rp_cells_free(cells);
        free(cells);
        rp_buf_free(&b);
    }
    expect(m, "v.2016", "error: v has no figure for 2016 (no data that year, or too few to "
                        "compute one); expected a year with a figure");
    expect(m, "v.2017.change", "error: v has no change to 2017: 2016 has no figure; expected a "
                               "year after one with a figure");
    expect(m, "v.chnage", "error: chnage is no year or figure of v; expected a year (such as "
                          "2022), latest, year, ci, change or trend");
    expect(m, "v.2021.verdict", "error: verdict is no figure of an indicator; expected a year "
                                "(such as 2022), latest, year, ci, change or trend");
    expect(m, "v.2021.trend", "error: trend of v takes no year; expected {v.trend}");
    expect(m, "v", "error: a citation names a figure of v; expected such as {v.latest}");
    expect(m, "t.2020", "error: 2020 is no figure of a target; expected verdict, baseline or "
                        "target");
    expect(m, "estimate.ratio", "error: estimate is no indicator, target or estimate of "
                                "monitor.ini; expected one of v, s (indicators); t (targets), "
                                "or {year}");
    rp_model_free(m);
    rp_project_free(p);
}
END_TEST

/* The example's hidden number: the ratio the key finding gives, its interval as the chapter
 * writes it; {estimate.*} names the project's one estimate. */
START_TEST(citations_of_the_estimate)
{
    char *ex = t_src("datasets/example");
    rp_diag *d = rp_diag_new();
    rp_project *p = rp_project_load(ex, 0, d);
    ck_assert_ptr_nonnull(p);
    rp_model *m = rp_model_build(p, 0, d);
    ck_assert_ptr_nonnull(m);
    expect(m, "estimate.year", "2024");
    expect(m, "victims_hidden.year", "2024");
    expect(m, "estimate.ratio", "5,7");
    expect(m, "victims_hidden.ci", "5.479 (95%-BI 4.235 tot 7.196)");
    expect(m, "victims_hidden.observed", "962");
    expect(m, "victims_hidden.2019.bogus", "error: bogus is no figure of an estimate; expected "
                                           "a stratum (such as 2019), latest, year, value, ci, "
                                           "ratio or observed");
    /* the key finding on the estimate says the same */
    rp_buf b;
    rp_buf_init(&b);
    for (size_t i = 0; i < m->findings->n; i++)
        if (m->findings->f[i].kind == RP_FIND_ESTIMATE)
            rp_word_finding(&b, m, &m->findings->f[i], RP_LANG_NL);
    ck_assert_msg(t_has(rp_buf_str(&b), "5.479 (95%-BI 4.235 tot 7.196), ongeveer 5,7 keer de "
                                        "962 slachtoffers"), "%s", rp_buf_str(&b));
    rp_buf_free(&b);
    /* every citation of the example's own texts is one the model has */
    ck_assert_int_eq(rp_word_texts_check(m, d), 0);
    rp_model_free(m);
    rp_project_free(p);
    rp_diag_free(d);
    free(ex);
}
END_TEST

TCase *rp_tcase_text_cite(void)
{
    TCase *tc = tcase_create("citations");
    tcase_add_test(tc, citations_shown_and_hidden);
    tcase_add_test(tc, citations_unknown);
    tcase_add_test(tc, citations_of_the_estimate);
    tcase_set_timeout(tc, 60);
    return tc;
}

/* ---- the text in the documents ---- */

/* Each needle found after the one before it in text; the first missing one is named. */
static void in_order(const char *what, const char *text, const char *const *needles, size_t n)
{
    const char *at = text;
    for (size_t i = 0; i < n; i++) {
        const char *hit = strstr(at, needles[i]);
        ck_assert_msg(hit, "%s: \"%s\" not found after \"%s\"", what, needles[i],
                      i ? needles[i - 1] : "the start");
        at = hit + strlen(needles[i]);
    }
}

/* The example with a text of every kind beside its own introduction and commentary. */
static char *example_with_texts(void)
{
    char *dir = t_tmpdir(), *ex = t_src("datasets/example");
    free(t_sh("cp -r '%s' '%s/p'", ex, dir));
    free(t_write(dir, "p/text/samenvatting.md", "De rapporteur vat hier *zelf* samen.\n"));
    free(t_write(dir, "p/text/doelen.md", "Zes doelen, waarvan {policy_2022.verdict} het "
                                          "eerste.\n"));
    free(t_write(dir, "p/text/policy_2022.md", "## Waarom dit doel\n\nBasis {policy_2022."
                                               "baseline}, doel {policy_2022.target}.\n"));
    free(t_write(dir, "p/text/victims_hidden.md", "Ruim {estimate.ratio} keer zoveel.\n"));
    free(t_write(dir, "p/text/aanbevelingen.md",
                 "1. Registreer **alle** meldingen.\n2. Meet recidive jaarlijks:\n"
                 "   - per cohort\n   - per vorm\n\n> Een citaat van {victims_total.2023}.\n\n"
                 "---\n\n```\ncode {year}\n```\n"));
    free(t_write(dir, "p/text/colofon.md", "Vragen: <info@example.nl>.\n"));
    free(ex);
    return dir;
}

/* Every text where its name says, in the PDF (reading order), the HTML and the Word file:
 * the introduction before the first chapter, openings after their chapter's heading,
 * commentary after its section's table and chart, the recommendations after the last
 * chapter, the colophon after the annex; headings below the document's own, emphasis, lists
 * and links in each; the PDF still PDF/UA (Link elements with their description), the HTML
 * valid and accessible. */
START_TEST(texts_in_their_place)
{
    char *dir = example_with_texts(), *o, *e;
    ck_assert_msg(t_run(dir, "report p -o r --format svg,png,docx", &o, &e) == 0, "%s", e);
    free(o), free(e);
    static const char *const order[] = {
        "Inleiding", "Deze monitor volgt de aanpak", "Leeswijzer", "nationaalrapporteur.nl",
        "Samenvatting", "De rapporteur vat hier", "Deze monitor volgt 11",
        "Definitie: Mogelijke slachtoffers van mensenhandel",
        "Geregistreerde mogelijke slachtoffers, 2012-2024: hoogste", "bovengrens", "Duiding",
        "groeide over de laatste jaren met +3,6% per", "Definitie: Geregistreerde mogelijke "
        "slachtoffers jonger", "Doelen", "Zes doelen, waarvan niet bereikt het eerste.",
        "Elke gemeente heeft beleid", "SMART", "Waarom dit doel", "Basis 5,0%, doel 100,0%.",
        "Meer zaken naar het OM", "Geschat aantal slachtoffers", "Duiding",
        "Ruim 5,7 keer zoveel.", "Gevoeligheid voor het model", "Aanbevelingen",
        "Registreer", "per cohort", "Een citaat van 1.040.", "code 2024",
        "Methoden en bronnen", "Colofon", "Vragen: "};
    size_t n = sizeof order / sizeof *order;
    /* the PDF after its contents page(s): from the first page the introduction is on */
    char *pdf = t_sh("cd '%s/r' && pdftotext -f 3 report.pdf -", dir);
    in_order("report.pdf", pdf, order, n);
    char *html = t_sh("sed -n '/<main/,$p' '%s/r/report.html'", dir);
    in_order("report.html", html, order, n);
    static const char *const markup[] = {
        "<h1 id=\"text-introduction\">Inleiding</h1>", "<strong>verzonnen</strong>",
        "<h2 id=\"text-inleiding-1\">Leeswijzer</h2>", "<em>samenvatting</em>",
        "<a href=\"https://www.nationaalrapporteur.nl\">nationaalrapporteur.nl</a>",
        "<h3 id=\"text-victims_total\">Duiding</h3>", "<h3 id=\"text-policy_2022-1\">Waarom",
        "<h2 id=\"text-victims_hidden\">Duiding</h2>", "<ol>\n<li>Registreer <strong>alle",
        "<li>Meet recidive jaarlijks:<ul>\n<li>per cohort</li>\n<li>per vorm</li>\n</ul>\n"
        "</li>\n</ol>\n<blockquote>\n<p>Een citaat van 1.040.</p>\n</blockquote>\n<hr>\n"
        "<pre><code>code 2024</code></pre>",
        "<a href=\"mailto:info@example.nl\">info@example.nl</a>"};
    in_order("report.html", html, markup, sizeof markup / sizeof *markup);
    /* Word: the same order, links as hyperlinks to external targets */
    char *doc = t_sh("cd '%s/r' && unzip -p report.docx word/document.xml | sed "
                     "'s/<w:tab\\/>/ /g; s/<[^>]*>//g'; unzip -p report.docx "
                     "word/_rels/document.xml.rels", dir);
    static const char *const word[] = {"Inleiding", "Deze monitor volgt de aanpak",
                                       "Ruim 5,7 keer zoveel.", "1. Registreer alle meldingen.",
                                       "Vragen: info@example.nl.",
                                       "Target=\"https://www.nationaalrapporteur.nl\" "
                                       "TargetMode=\"External\""};
    in_order("report.docx", doc, word, sizeof word / sizeof *word);
    /* the PDF's links: tagged, described and leading to their address; PDF/UA holds */
    char *q = t_sh("cd '%s' && qpdf --qdf --object-streams=disable r/report.pdf q.pdf && "
                   "grep -ac '/URI (https://www.nationaalrapporteur.nl)' q.pdf; grep -ac "
                   "'/Contents (nationaalrapporteur.nl \\\\(https://www.nationaalrapporteur.nl"
                   "\\\\))' q.pdf; grep -ac '/URI (mailto:info@example.nl)' q.pdf; "
                   "/usr/bin/python3 '%s/tests/pdfua/matterhorn.py' r/report.pdf; "
                   "pdfinfo -struct r/report.pdf | grep -c 'H3\\|BlockQuote'",
                   dir, getenv("RP_TOP"));
    ck_assert_msg(t_has(q, "1\n1\n1\n") && t_has(q, " 0 failures"), "%s", q);
    char *valid = t_sh("cd '%s/tests/axe' && ./node_modules/.bin/html-validate --config "
                       "htmlvalidate.json '%s/r/report.html' 2>&1; echo status $?; "
                       "node run.js '%s/r/report.html' 2>&1", getenv("RP_TOP"), dir, dir);
    ck_assert_msg(t_has(valid, "status 0") && t_has(valid, "0 violated"), "%s", valid);
    free(valid);
    free(q);
    free(doc);
    free(html);
    free(pdf);
    free(dir);
}
END_TEST

/* Markdown is data: raw HTML, markup for pango and quotes in an address stay text; no
 * script, element or attribute of the writer's reaches the HTML. */
START_TEST(hostile_markdown_stays_text)
{
    char *dir = t_tmpdir(), *src = t_src("tests/hostile/report_names"), *o, *e;
    free(t_sh("cp -r '%s' '%s/p'", src, dir));
    ck_assert_msg(t_run(dir, "report p -o r --format svg,docx", &o, &e) == 0, "%s", e);
    free(o), free(e);
    char *html = t_sh("cat '%s/r/report.html'", dir);
    ck_assert_msg(!t_has(html, "<script") && !t_has(html, "<img") && !t_has(html, "<iframe") &&
                  !t_has(html, "<span") && !t_has(html, "\"onmouseover"), "%s", html);
    ck_assert(t_has(html, "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"));
    ck_assert(t_has(html, "&lt;img src=x onerror=alert(2)&gt;"));
    ck_assert(t_has(html, "<a href=\"https://example.org/&quot;onmouseover=&quot;alert(3)\">"));
    ck_assert(t_has(html, "&lt;span foreground=&quot;red&quot;&gt;rood&lt;/span&gt;"));
    char *pdf = t_sh("pdftotext '%s/r/report.pdf' -", dir);
    ck_assert_msg(t_has(pdf, "<span foreground=\"red\">rood</span>") &&
                  t_has(pdf, "<script>alert(1)</script>"), "%s", pdf);
    char *pwned = t_sh("find '%s' -name 'PWNED*' | wc -l", dir);
    ck_assert_int_eq(atoi(pwned), 0);
    free(pwned);
    free(pdf);
    free(html);
    free(src);
    free(dir);
}
END_TEST

/* validate and report name a citation the model lacks at its file:line:column; report then
 * writes nothing at all. */
START_TEST(bad_citations_refused)
{
    char *dir = t_tmpdir(), *ex = t_src("datasets/example"), *o, *e;
    free(t_sh("cp -r '%s' '%s/p' && printf 'Twee fouten:\\n{victims_total.2031} en "
              "{hidden.ratio}.\\n' > '%s/p/text/colofon.md'", ex, dir, dir));
    static const char *const cmds[] = {"validate p", "report p -o r"};
    for (int k = 0; k < 2; k++) {
        ck_assert_int_eq(t_run(dir, cmds[k], &o, &e), 1);
        ck_assert_msg(t_has(e, "p/text/colofon.md:2:1: {victims_total.2031}: victims_total "
                               "heeft cijfers van 2012 tot en met 2024; verwacht een jaar "
                               "daartussen\n") &&
                      t_has(e, "p/text/colofon.md:2:25: {hidden.ratio}: hidden is geen "
                               "indicator, doel of schatting"), "%s: %s", cmds[k], e);
        free(o), free(e);
    }
    char *ls = t_sh("ls -A '%s'", dir);
    ck_assert_str_eq(ls, "p\n"); /* no output folder, not even a staging one */
    free(ls);
    /* a year the data have, but after the monitor's year: the same error */
    free(t_sh("printf 'In 2024: {victims_total.2024}.\\n' > '%s/p/text/colofon.md' && sed -i "
              "'s/^report_year .*/report_year = 2023/' '%s/p/monitor.ini'", dir, dir));
    ck_assert_int_eq(t_run(dir, "report p -o r", &o, &e), 1);
    ck_assert_msg(t_has(e, "{victims_total.2024}: victims_total heeft cijfers van 2012 tot en "
                           "met 2023 (de gegevens tot en met het jaar van de monitor)"), "%s", e);
    free(o), free(e);
    /* the monitor of another year is written without the text, which is the project's own
     * year's, and says so */
    ck_assert_msg(t_run(dir, "report p -o r --year 2016 --format svg", &o, &e) == 0, "%s", e);
    ck_assert_msg(t_has(o, "p/text is de tekst van de monitor van 2023; deze van 2016 wordt "
                           "zonder geschreven.") && !*e, "%s%s", o, e);
    free(o), free(e);
    char *html = t_sh("grep -c 'Inleiding\\|Colofon\\|Duiding' '%s/r/report.html'", dir);
    ck_assert_str_eq(html, "0\n");
    free(html);
    free(ex);
    free(dir);
}
END_TEST

TCase *rp_tcase_text_reports(void)
{
    TCase *tc = tcase_create("text");
    tcase_add_test(tc, texts_in_their_place);
    tcase_add_test(tc, hostile_markdown_stays_text);
    tcase_add_test(tc, bad_citations_refused);
    tcase_set_timeout(tc, 300);
    return tc;
}
