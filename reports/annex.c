/* The methods and sources annex: every method with its reference, every input file with its
 * SHA-256, the program's version, and every suppression made. */
#include "words/phrases.h"
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
    const char *const item[] = {
        RP_PH(lang, RP_PH_METHOD_SHARES),
        RP_PH(lang, RP_PH_METHOD_COUNTS),
        RP_PH(lang, RP_PH_METHOD_MEANS),
        RP_PH(lang, RP_PH_METHOD_TRENDS),
        RP_PH(lang, RP_PH_METHOD_RECENT_TREND),
        RP_PH(lang, RP_PH_METHOD_TARGETS),
        RP_PH(lang, RP_PH_METHOD_REGIONS),
        RP_PH(lang, RP_PH_METHOD_RECIDIVISM),
        RP_PH(lang, RP_PH_METHOD_DISCLOSURE),
    };
    for (size_t i = 0; i < sizeof item / sizeof *item; i++)
        rp_doc_item(d, item[i]);
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
        path[n] = rp_dataset_path(&p->m->datasets[k]);
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
    const char *head[] = {RP_PH(lang, RP_PH_FILE), RP_PH(lang, RP_PH_ROLE)};
    rp_dtable *t = rp_dtable_new("inputs", RP_PH(lang, RP_PH_INPUT_FILES), 2, head);
    size_t cap = p->m->ndatasets + 2, n;
    const char **path = malloc(cap * sizeof *path), **role = malloc(cap * sizeof *role);
    n = path && role ? inputs(p, path, role, cap) : 0;
    for (size_t i = 0; t && i < n; i++) {
        size_t r = rp_dtable_row(t);
        const rp_dataset_def *ds = i ? rp_monitor_dataset(p->m, role[i]) : NULL;
        char *db = ds && ds->database ? rp_strfmt("%s (PostgreSQL)", ds->table ? ds->table
                                                                               : "query")
                                      : NULL;
        rp_dtable_text(t, r, 0, db ? db : base_name(path[i]));
        rp_dtable_text(t, r, 1, role[i]);
        free(db);
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
        const rp_dataset_def *ds = rp_monitor_dataset(p->m, role[i]);
        if (ds && ds->database && i >= 1) { /* no file to check: rows read from a database */
            rp_buf_printf(&b, "# %s: read from a database, no checksum\n", ds->source);
            continue;
        }
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
    rp_doc_heading(d, 1, "methods", RP_PH(lang, RP_PH_METHODS_AND_SOURCES));
    rp_doc_heading(d, 2, "methods-stat", RP_PH(lang, RP_PH_METHODS));
    methods(d);
    rp_buf x;
    rp_buf_init(&x);
    rp_word_hidden_legend(&x, m->p->m->suppress_below, lang);
    rp_doc_para(d, RP_PH(lang, RP_PH_CONFIDENCE_LEVEL_DISCLOSURE),
                100 * m->level, m->p->m->suppress_below, rp_buf_str(&x), m->p->m->missing);
    rp_buf_free(&x);
    rp_doc_heading(d, 2, "methods-files", RP_PH(lang, RP_PH_INPUTS_AND_PROGRAM));
    rp_doc_para(d, RP_PH(lang, RP_PH_MADE_WITH_RAPPORTEUR_FROM_THE_FILES), RP_VERSION);
    files(d, m->p);
    if (m->p->m->source)
        rp_doc_para(d, "%s: %s", RP_PH(lang, RP_PH_SOURCE_2), m->p->m->source);
    rp_doc_heading(d, 2, "methods-suppression", RP_PH(lang, RP_PH_SUPPRESSED_FIGURES));
    rp_buf a;
    rp_buf_init(&a);
    if (m->pub)
        rp_word_audit(&a, &m->pub->audit, m->p->m->suppress_below, lang);
    if (a.len)
        rp_doc_text(d, rp_buf_str(&a));
    rp_buf_free(&a);
    if (!suppressions->n)
        rp_doc_text(d, RP_PH(lang, RP_PH_NOTHING_IN_THIS_REPORT_IS_HIDDEN));
    else
        rp_doc_para(d, RP_PH(lang, RP_PH_FIGURES_IN_THIS_REPORT_ARE_NOT_SHOWN),
                    suppressions->n, m->p->m->suppress_below);
    for (size_t i = 0; i < suppressions->n; i++)
        rp_doc_item(d, suppressions->s[i]);
}
