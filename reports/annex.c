/* The methods and sources annex: every method with its reference, every input file with its
 * SHA-256, the program's version, and every suppression made. */
#include "words/numfmt.h"
#include "reports/report.h"
#include "words/wording.h"
#include "stats/disclosure.h"
#include "stats/publication.h"

#include <glib.h>
#include <stdio.h>
#include <stdlib.h>

#ifndef RP_VERSION
#define RP_VERSION "dev"
#endif



static void methods(rp_doc *d)
{
    rp_lang lang = d->lang;
    static const char *const nl[] = {
        "Aandelen: Wilson-scoreinterval (Wilson 1927; Newcombe 1998).",
        "Aantallen en cijfers per inwoners: exact Poisson-interval uit chi-kwadraatkwantielen "
        "onder 10, Byars benadering vanaf 10, zoals de Britse public-health-indicatormethoden "
        "(OHID, Public Health Data Science).",
        "Gemiddelden: t-interval.",
        "Trends: log-lineaire quasi-Poissonregressie (IRLS; McCullagh & Nelder 1989), "
        "standaardfouten geschaald met de Pearson-dispersie; gelijk aan R glm(quasipoisson).",
        "Recente trend: methode van Fingertips (OHID): de laatste 5 jaren, chi-kwadraattoets "
        "voor trend (Cochran-Armitage voor aandelen, gewogen kleinste kwadraten anders), "
        "significant boven 9,5495 (99,8%) als de helling haar teken houdt bij het weglaten van "
        "elk punt.",
        "Doelen: methode van Eurostat voor de SDG-monitoring: de waargenomen jaarlijkse "
        "verandering van het basisjaar tot het laatste jaar (samengestelde groei; voor aandelen "
        "procentpunten per jaar) tegen de nodige; de verhouding bepaalt het oordeel, met minder "
        "dan 3 waarden vanaf het basisjaar niet te beoordelen. Dezelfde jaarlijkse verandering "
        "trekt de laatste waarde door naar het doeljaar en geeft de kans het doel te halen "
        "(spreiding uit kleinste kwadraten over dezelfde jaren), zodat oordeel, projectie en "
        "kans altijd overeenstemmen. Staat het doeljaar in de gegevens, dan is het oordeel "
        "bereikt of niet bereikt op de waarde van dat jaar. Daarnaast een SMART-toets per doel.",
        "Regio's: trechtergrenzen van 95% en 99,8%: exacte Poissongrenzen rond het landelijke "
        "cijfer (als PHEindicatormethods), verbreed voor overspreiding waar de regio's meer "
        "verschillen dan Poissonruis (Spiegelhalter 2005, gewinsoriseerde z-scores); "
        "chi-kwadraattoets van de aantallen tegen de op bevolking verwachte aantallen; "
        "concentratie (top-40%-aandeel, Gini).",
        "Recidive: Kaplan-Meier met Greenwood-variantie en log-log-interval (Kalbfleisch & "
        "Prentice 1980), gelijk aan R survival; dagen in detentie tellen niet als risicotijd; "
        "log-ranktoets tussen groepen.",
        "Onthulling: elk aantal dat het project publiceert, in elk jaar en elk document, is "
        "een cel van een grootboek, geschreven als som van de fijnste aantallen. Aantallen van "
        "1 tot de drempel worden niet getoond (x), met de aandelen, cijfers en gemiddelden "
        "waarin ze zitten; waar het getoonde er een zou insluiten (een totaal min de rest, "
        "twee geneste filters, een ander verslagjaar) worden meer cellen verborgen, tot voor "
        "elk verborgen aantal de kleinste en grootste waarde die het gegeven al het "
        "gepubliceerde kan hebben (twee lineaire programma's, GLPK) tot de drempel reiken en "
        "eronder beginnen, zoals tau-argus en sdcTable gekoppelde tabellen controleren "
        "(Hundepool e.a. 2012). Welke cel welke afdekt, staat nergens."};
    static const char *const en[] = {
        "Shares: Wilson score interval (Wilson 1927; Newcombe 1998).",
        "Counts and rates: exact Poisson interval from chi-square quantiles below 10, Byar's "
        "approximation from 10, as the UK public-health indicator methods (OHID, Public Health "
        "Data Science).",
        "Means: t interval.",
        "Trends: log-linear quasi-Poisson regression (IRLS; McCullagh & Nelder 1989), standard "
        "errors scaled by the Pearson dispersion; equal to R glm(quasipoisson).",
        "Recent trend: the Fingertips method (OHID): the latest 5 years, chi-square test for "
        "trend (Cochran-Armitage for shares, weighted least squares otherwise), significant "
        "above 9.5495 (99.8%) when the slope keeps its sign with each point left out.",
        "Targets: Eurostat's method for SDG monitoring: the observed annual change from the "
        "baseline year to the latest (compound growth; percentage points a year for shares) "
        "against the change required; their ratio gives the category, not assessable with "
        "fewer than 3 values from the baseline on. The same annual change carries the latest "
        "value to the target year and gives the chance of meeting the target (spread from "
        "least squares over the same years), so category, projection and chance always agree. "
        "Once the target year is in the data the verdict is achieved or not achieved on that "
        "year's value. And a SMART audit per target.",
        "Regions: 95% and 99.8% funnel limits: exact Poisson limits around the national rate "
        "(as PHEindicatormethods), widened for over-dispersion where the regions vary more "
        "than Poisson noise (Spiegelhalter 2005, winsorised z-scores); chi-square test of the "
        "counts against population-expected counts; concentration (top-40% share, Gini).",
        "Recidivism: Kaplan-Meier with Greenwood variance and log-log interval (Kalbfleisch & "
        "Prentice 1980), equal to R survival; days in detention are not time at risk; log-rank "
        "test between groups.",
        "Disclosure: every count the project publishes, in every year and every document, is "
        "a cell of one ledger, written as a sum of the finest counts. Counts from 1 to the "
        "threshold are not shown (x), nor the shares, rates and means that contain them; where "
        "what is shown would narrow one down (a total less the rest, two nested filters, "
        "another report year), more cells are hidden, until for every hidden count the "
        "smallest and largest value it can take given everything published (two linear "
        "programs, GLPK) reach the threshold and start below it, as tau-argus and sdcTable "
        "audit linked tables (Hundepool et al. 2012). Which cell covers which is not said."};
    for (size_t i = 0; i < sizeof nl / sizeof *nl; i++)
        rp_doc_item(d, lang == RP_LANG_NL ? nl[i] : en[i]);
}

/* The input files in the order the manifest lists them: monitor.ini, the regions file, each
 * dataset. Returns how many; names[i] is borrowed from the project, role[i] too or static. */
static size_t inputs(const rp_project *p, const char **path, const char **role, size_t cap)
{
    size_t n = 0;
    if (n < cap) {
        path[n] = p->m->ini;
        role[n++] = "monitor.ini";
    }
    if (p->m->regions_path && n < cap) {
        path[n] = p->m->regions_path;
        role[n++] = "[regions]";
    }
    for (size_t k = 0; k < p->m->ndatasets && n < cap; k++) {
        path[n] = p->m->datasets[k].path;
        role[n++] = p->m->datasets[k].id;
    }
    return n;
}

static const char *base_name(const char *path)
{
    const char *b = strrchr(path, '/');
    return b ? b + 1 : path;
}

static void files(rp_doc *d, const rp_project *p)
{
    rp_lang lang = d->lang;
    const char *head[] = {RP_NL(lang, "bestand", "file"), RP_NL(lang, "rol", "role")};
    rp_dtable *t = rp_dtable_new("inputs", RP_NL(lang, "Invoerbestanden", "Input files"), 2, head);
    size_t cap = p->m->ndatasets + 2, n;
    const char **path = malloc(cap * sizeof *path), **role = malloc(cap * sizeof *role);
    n = path && role ? inputs(p, path, role, cap) : 0;
    for (size_t i = 0; t && i < n; i++) {
        size_t r = rp_dtable_row(t);
        rp_dtable_text(t, r, 0, base_name(path[i]));
        rp_dtable_text(t, r, 1, role[i]);
    }
    free(path);
    free(role);
    rp_doc_table(d, t);
}

/* HMAC-SHA256 (RFC 2104) of a file's bytes under the project's key (GLib's GHmac), as hex;
 * NULL when unreadable. */
static char *hmac_file(const char *path, const unsigned char *key, size_t nkey)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    GHmac *h = g_hmac_new(G_CHECKSUM_SHA256, key, nkey);
    unsigned char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
        g_hmac_update(h, buf, (gssize)n);
    int bad = ferror(f);
    fclose(f);
    char *hex = bad ? NULL : rp_strdup(g_hmac_get_string(h));
    g_hmac_unref(h);
    return hex;
}

char *rp_manifest(const rp_project *p)
{
    size_t cap = p->m->ndatasets + 2, n;
    const char **path = malloc(cap * sizeof *path), **role = malloc(cap * sizeof *role);
    n = path && role ? inputs(p, path, role, cap) : 0;
    rp_buf b;
    rp_buf_init(&b);
    if (!p->has_key) { /* a plain checksum of a small file would confirm a guessed count */
        rp_buf_printf(&b, "# rapporteur %s: the project has no monitor.key, so the inputs' "
                          "checksums are left out\n", RP_VERSION);
        free(path);
        free(role);
        return rp_buf_steal(&b);
    }
    rp_buf_printf(&b, "# rapporteur %s: HMAC-SHA256 of the inputs under the project's key "
                      "(monitor.key, never published).\n# Check one: openssl dgst -sha256 -mac "
                      "HMAC -macopt hexkey:$(cat monitor.key) FILE\n", RP_VERSION);
    int ok = path && role;
    for (size_t i = 0; ok && i < n; i++) {
        char *h = hmac_file(path[i], p->key_bytes, sizeof p->key_bytes);
        ok = h != NULL;
        if (h)
            rp_buf_printf(&b, "%s  %s\n", h, base_name(path[i]));
        free(h);
    }
    free(path);
    free(role);
    if (!ok) {
        rp_buf_free(&b);
        return NULL;
    }
    return rp_buf_steal(&b);
}

void rp_annex(rp_doc *d, const rp_model *m, const rp_strings *suppressions)
{
    rp_lang lang = d->lang;
    rp_doc_heading(d, 1, "methods", RP_NL(lang, "Methoden en bronnen", "Methods and sources"));
    rp_doc_heading(d, 2, "methods-stat", RP_NL(lang, "Methoden", "Methods"));
    methods(d);
    rp_buf x;
    rp_buf_init(&x);
    rp_word_hidden_legend(&x, m->p->m->suppress_below, lang);
    rp_doc_para(d, RP_NL(lang, "Betrouwbaarheid: %g%%. Drempel voor onthulling: %d. In de "
                            "tabellen: %s; \u201c%s\u201d geen gegevens. Status: b trendbreuk "
                            "(de definitie veranderde dat jaar), p voorlopig, e geschat, r "
                            "herzien, ** nader voorlopig (herzien en nog voorlopig).",
                      "Confidence level: %g%%. Disclosure threshold: %d. In the tables: %s; "
                      "\u201c%s\u201d no data. Status: b break in series (the definition "
                      "changed that year), p provisional, e estimated, r revised, ** revised "
                      "provisional (revised and still provisional)."),
                100 * m->level, m->p->m->suppress_below, rp_buf_str(&x), m->p->m->missing);
    rp_buf_free(&x);
    rp_doc_heading(d, 2, "methods-files", RP_NL(lang, "Invoer en programma", "Inputs and program"));
    rp_doc_para(d, RP_NL(lang, "Gemaakt met rapporteur %s uit de onderstaande bestanden. Hun "
                            "controlegetallen staan in manifest.sha256 naast dit rapport, "
                            "versleuteld met de geheime sleutel van het project (HMAC-SHA256): "
                            "een gewoon controlegetal van een klein bestand zou een gok naar een "
                            "verborgen aantal kunnen bevestigen.",
                      "Made with rapporteur %s from the files below. Their checksums are in "
                      "manifest.sha256 beside this report, keyed with the project's secret key "
                      "(HMAC-SHA256): a plain checksum of a small file could confirm a guess at "
                      "a hidden count."), RP_VERSION);
    files(d, m->p);
    if (m->p->m->source)
        rp_doc_para(d, "%s: %s", RP_NL(lang, "Bron", "Source"), m->p->m->source);
    rp_doc_heading(d, 2, "methods-suppression", RP_NL(lang, "Onderdrukte cijfers",
                                                   "Suppressed figures"));
    rp_buf a;
    rp_buf_init(&a);
    if (m->pub)
        rp_word_audit(&a, &m->pub->audit, m->p->m->suppress_below, lang);
    if (a.len)
        rp_doc_text(d, rp_buf_str(&a));
    rp_buf_free(&a);
    if (!suppressions->n)
        rp_doc_text(d, RP_NL(lang, "In dit rapport is niets verborgen.",
                             "Nothing in this report is hidden."));
    else
        rp_doc_para(d, RP_NL(lang, "%zu cijfers in dit rapport zijn niet getoond, zodat geen "
                                   "aantal onder %d uit het getoonde te achterhalen is:",
                             "%zu figures in this report are not shown, so that no count below "
                             "%d can be worked out from what is shown:"),
                    suppressions->n, m->p->m->suppress_below);
    for (size_t i = 0; i < suppressions->n; i++)
        rp_doc_item(d, suppressions->s[i]);
}
