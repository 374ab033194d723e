/* What cairo 1.16 cannot write into a tagged PDF, through qpdf: PDF/UA-1 and PDF/A-2a. */
#include "reports/pdftag.h"
#include "base/buf.h"
#include "reports/pdfmark.h"
#include "reports/pdfmeta.h"

#include <dlfcn.h>
#include <errno.h>
#include <qpdf/qpdf-c.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* libqpdf is opened when a PDF is written, not linked: it brings the C++ runtime, 4.5 MB of
 * resident memory that every other command (tabulate streams millions of rows in 15 MB) would
 * carry for nothing. The functions used, with their types from qpdf-c.h: */
#define QPDF_API(X)                                                                           \
    X(qpdf_init) X(qpdf_cleanup) X(qpdf_silence_errors) X(qpdf_read) X(qpdf_get_root)        \
    X(qpdf_init_write) X(qpdf_set_deterministic_ID) X(qpdf_write) X(qpdf_has_error)          \
    X(qpdf_get_error) X(qpdf_get_error_full_text) X(qpdf_more_warnings)                      \
    X(qpdf_next_warning) X(qpdf_oh_is_dictionary) X(qpdf_oh_has_key) X(qpdf_oh_get_key)      \
    X(qpdf_oh_is_name_and_equals) X(qpdf_oh_replace_key) X(qpdf_oh_new_unicode_string)       \
    X(qpdf_oh_new_dictionary) X(qpdf_oh_new_name) X(qpdf_oh_new_bool) X(qpdf_oh_is_array)    \
    X(qpdf_oh_get_array_n_items) X(qpdf_oh_get_array_item) X(qpdf_get_trailer)              \
    X(qpdf_oh_parse) X(qpdf_oh_new_stream) X(qpdf_oh_replace_stream_data)                   \
    X(qpdf_oh_get_page_content_data) X(qpdf_get_num_pages) X(qpdf_get_page_n)               \
    X(qpdf_oh_get_dict) X(qpdf_oh_new_null) X(qpdf_oh_new_array) X(qpdf_oh_append_item)     \
    X(qpdf_oh_new_integer) X(qpdf_oh_new_real_from_double) X(qpdf_get_object_by_id)          \
    X(qpdf_oh_get_int_value_as_int) X(qpdf_oh_is_stream) X(qpdf_oh_remove_key)

typedef struct {
    void *lib;
#define FIELD(f) __typeof__(&f) f;
    QPDF_API(FIELD)
#undef FIELD
} qpdf_api;

/* Opens libqpdf by its soname (the -dev symlink as a fallback). Returns 0, or -1. */
static int api_open(qpdf_api *a, char *err, size_t n)
{
    static const char *const names[] = {"libqpdf.so.29", "libqpdf.so"};
    memset(a, 0, sizeof *a);
    for (size_t i = 0; i < sizeof names / sizeof *names && !a->lib; i++)
        a->lib = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (!a->lib) {
        snprintf(err, n, "cannot load libqpdf (Debian package libqpdf29): %s", dlerror());
        return -1;
    }
    int ok = 1;
#define LOAD(f) ok &= (a->f = (__typeof__(a->f))dlsym(a->lib, #f)) != NULL;
    QPDF_API(LOAD)
#undef LOAD
    if (!ok) {
        snprintf(err, n, "libqpdf lacks a function this program needs (version 11 or later)");
        dlclose(a->lib);
        return -1;
    }
    return 0;
}

typedef struct {
    const qpdf_api *a;
    qpdf_data q;
    const rp_pdftag_info *info;
    size_t figures, links;
    int depth;
    char *err;
    size_t n;
} tagger;

/* ---- the structure tree ---- */

/* Visits a structure element and its kids in document order (the order of /K). */
static void visit(tagger *w, qpdf_oh e)
{
    const qpdf_api *A = w->a;
    qpdf_data q = w->q;
    if (++w->depth > 256) { /* a malformed tree with a cycle: stop rather than recurse on */
        w->depth--;
        return;
    }
    if (A->qpdf_oh_is_dictionary(q, e) && A->qpdf_oh_has_key(q, e, "/S")) {
        qpdf_oh s = A->qpdf_oh_get_key(q, e, "/S");
        if (A->qpdf_oh_is_name_and_equals(q, s, "/Figure")) {
            if (w->figures < w->info->nalt && w->info->alt[w->figures])
                A->qpdf_oh_replace_key(q, e, "/Alt",
                                       A->qpdf_oh_new_unicode_string(q, w->info->alt[w->figures]));
            w->figures++;
        } else if (A->qpdf_oh_is_name_and_equals(q, s, "/TH")) {
            qpdf_oh a = A->qpdf_oh_new_dictionary(q);
            A->qpdf_oh_replace_key(q, a, "/O", A->qpdf_oh_new_name(q, "/Table"));
            A->qpdf_oh_replace_key(q, a, "/Scope", A->qpdf_oh_new_name(q, "/Column"));
            A->qpdf_oh_replace_key(q, e, "/A", a);
        }
    }
    qpdf_oh k = A->qpdf_oh_is_dictionary(q, e) ? A->qpdf_oh_get_key(q, e, "/K") : e;
    if (A->qpdf_oh_is_array(q, k)) {
        int n = A->qpdf_oh_get_array_n_items(q, k);
        for (int i = 0; i < n; i++)
            visit(w, A->qpdf_oh_get_array_item(q, k, i));
    } else if (A->qpdf_oh_is_dictionary(q, k) && k != e) {
        visit(w, k);
    }
    w->depth--;
}

/* ---- the catalog: language, title shown, marked, metadata, output intent ---- */

static void root_entries(tagger *w, qpdf_oh root)
{
    const qpdf_api *A = w->a;
    qpdf_data q = w->q;
    A->qpdf_oh_replace_key(q, root, "/Lang", A->qpdf_oh_new_unicode_string(q, w->info->lang));
    qpdf_oh vp = A->qpdf_oh_new_dictionary(q);
    A->qpdf_oh_replace_key(q, vp, "/DisplayDocTitle", A->qpdf_oh_new_bool(q, 1));
    A->qpdf_oh_replace_key(q, root, "/ViewerPreferences", vp);
    qpdf_oh mi = A->qpdf_oh_new_dictionary(q);
    A->qpdf_oh_replace_key(q, mi, "/Marked", A->qpdf_oh_new_bool(q, 1));
    A->qpdf_oh_replace_key(q, root, "/MarkInfo", mi);
}

/* A new stream holding data, its dictionary given as PDF text (without /Length). */
static qpdf_oh new_stream(tagger *w, const char *dict, const void *data, size_t len)
{
    const qpdf_api *A = w->a;
    qpdf_oh s = A->qpdf_oh_new_stream(w->q);
    A->qpdf_oh_replace_stream_data(w->q, s, data, len, A->qpdf_oh_new_null(w->q),
                                   A->qpdf_oh_new_null(w->q));
    qpdf_oh d = A->qpdf_oh_get_dict(w->q, s), extra = A->qpdf_oh_parse(w->q, dict);
    static const char *const keys[] = {"/Type", "/Subtype", "/N"};
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
        if (A->qpdf_oh_has_key(w->q, extra, keys[i]))
            A->qpdf_oh_replace_key(w->q, d, keys[i], A->qpdf_oh_get_key(w->q, extra, keys[i]));
    return s;
}

/* The Info dictionary says what the XMP says, dates with D: and their zone (ISO 19005-2
 * 6.6.2.3: the two must agree). */
static void info_entries(tagger *w)
{
    const qpdf_api *A = w->a;
    qpdf_data q = w->q;
    const rp_pdftag_info *in = w->info;
    qpdf_oh trailer = A->qpdf_get_trailer(q), info = A->qpdf_oh_new_dictionary(q);
    char date[40];
    rp_pdf_date(in->epoch, 0, date, sizeof date);
    const char *const kv[][2] = {{"/Title", in->title},     {"/Author", in->author},
                                 {"/Subject", in->subject}, {"/Creator", in->creator},
                                 {"/Producer", in->producer}, {"/CreationDate", date},
                                 {"/ModDate", date}};
    for (size_t i = 0; i < sizeof kv / sizeof *kv; i++)
        if (kv[i][1])
            A->qpdf_oh_replace_key(q, info, kv[i][0], A->qpdf_oh_new_unicode_string(q, kv[i][1]));
    A->qpdf_oh_replace_key(q, trailer, "/Info", info);
}

static int metadata(tagger *w, qpdf_oh root)
{
    const qpdf_api *A = w->a;
    qpdf_data q = w->q;
    char *xmp = rp_pdf_xmp(w->info);
    rp_buf icc;
    rp_buf_init(&icc);
    if (!xmp || rp_buf_read_file(&icc, RP_ICC_PROFILE) != 0) {
        if (xmp)
            snprintf(w->err, w->n, "cannot read the sRGB profile %s (Debian package "
                     "icc-profiles-free): %s", RP_ICC_PROFILE, strerror(errno));
        else
            snprintf(w->err, w->n, "out of memory");
        free(xmp);
        rp_buf_free(&icc);
        return -1;
    }
    A->qpdf_oh_replace_key(q, root, "/Metadata",
                           new_stream(w, "<< /Type /Metadata /Subtype /XML >>", xmp, strlen(xmp)));
    free(xmp);
    qpdf_oh profile = new_stream(w, "<< /N 3 >>", icc.data, icc.len);
    rp_buf_free(&icc);
    qpdf_oh oi = A->qpdf_oh_parse(q, "<< /Type /OutputIntent /S /GTS_PDFA1 "
                                     "/OutputConditionIdentifier (sRGB IEC61966-2.1) "
                                     "/RegistryName (http://www.color.org) "
                                     "/Info (sRGB IEC61966-2.1) >>");
    A->qpdf_oh_replace_key(q, oi, "/DestOutputProfile", profile);
    qpdf_oh list = A->qpdf_oh_new_array(q);
    A->qpdf_oh_append_item(q, list, oi);
    A->qpdf_oh_replace_key(q, root, "/OutputIntents", list);
    info_entries(w);
    return 0;
}

/* ---- pages: Artifacts, tab order, links ---- */

static int artifacts(tagger *w, qpdf_oh page, int number)
{
    const qpdf_api *A = w->a;
    unsigned char *data = NULL;
    size_t len = 0;
    if (A->qpdf_oh_get_page_content_data(w->q, page, &data, &len) & QPDF_ERRORS) {
        snprintf(w->err, w->n, "cannot read the content of page %d", number);
        return -1;
    }
    rp_buf out;
    rp_buf_init(&out);
    long r = rp_pdf_mark_artifacts((const char *)data, len, &out);
    free(data);
    if (r < 0) {
        snprintf(w->err, w->n, "the content of page %d cannot be read as marked content",
                 number);
        rp_buf_free(&out);
        return -1;
    }
    A->qpdf_oh_replace_key(w->q, page, "/Contents", new_stream(w, "<< >>", out.data, out.len));
    rp_buf_free(&out);
    return 0;
}

/* The link's description and where it goes: cairo 1.16 writes link annotations to pages
 * that come later without any destination. */
static int link(tagger *w, qpdf_oh annot)
{
    const qpdf_api *A = w->a;
    qpdf_data q = w->q;
    if (w->links >= w->info->nlinks) {
        snprintf(w->err, w->n, "more link annotations than links");
        return -1;
    }
    const rp_pdf_link *l = &w->info->links[w->links++];
    if (l->uri) { /* a web or e-mail address: cairo's URI action stays */
        A->qpdf_oh_replace_key(q, annot, "/Contents", A->qpdf_oh_new_unicode_string(q, l->text));
        A->qpdf_oh_replace_key(q, annot, "/F", A->qpdf_oh_new_integer(q, 4));
        return 0;
    }
    qpdf_oh target = A->qpdf_get_page_n(q, (size_t)(l->page - 1));
    if (l->page < 1 || !A->qpdf_oh_is_dictionary(q, target)) {
        snprintf(w->err, w->n, "a link to page %d, which does not exist", l->page);
        return -1;
    }
    A->qpdf_oh_replace_key(q, annot, "/Contents", A->qpdf_oh_new_unicode_string(q, l->text));
    A->qpdf_oh_replace_key(q, annot, "/F", A->qpdf_oh_new_integer(q, 4));
    qpdf_oh dest = A->qpdf_oh_new_array(q);
    A->qpdf_oh_append_item(q, dest, target);
    A->qpdf_oh_append_item(q, dest, A->qpdf_oh_new_name(q, "/XYZ"));
    A->qpdf_oh_append_item(q, dest, A->qpdf_oh_new_real_from_double(q, l->x, 2));
    A->qpdf_oh_append_item(q, dest, A->qpdf_oh_new_real_from_double(q, w->info->page_h - l->y, 2));
    A->qpdf_oh_append_item(q, dest, A->qpdf_oh_new_integer(q, 0));
    A->qpdf_oh_remove_key(q, annot, "/A");
    A->qpdf_oh_replace_key(q, annot, "/Dest", dest);
    return 0;
}

static int pages(tagger *w)
{
    const qpdf_api *A = w->a;
    qpdf_data q = w->q;
    int n = A->qpdf_get_num_pages(q);
    for (int i = 0; i < n; i++) {
        qpdf_oh page = A->qpdf_get_page_n(q, (size_t)i);
        A->qpdf_oh_replace_key(q, page, "/Tabs", A->qpdf_oh_new_name(q, "/S"));
        if (artifacts(w, page, i + 1))
            return -1;
        qpdf_oh annots = A->qpdf_oh_get_key(q, page, "/Annots");
        int na = A->qpdf_oh_is_array(q, annots) ? A->qpdf_oh_get_array_n_items(q, annots) : 0;
        for (int k = 0; k < na; k++) {
            qpdf_oh a = A->qpdf_oh_get_array_item(q, annots, k);
            if (A->qpdf_oh_is_name_and_equals(q, A->qpdf_oh_get_key(q, a, "/Subtype"), "/Link") &&
                link(w, a))
                return -1;
        }
    }
    if (n < 0 || w->links != w->info->nlinks) {
        snprintf(w->err, w->n, "%zu link annotations for %zu links", w->links, w->info->nlinks);
        return -1;
    }
    return 0;
}

/* ---- fonts ---- */

/* Every object of the file is looked at: fonts sit in pages' and forms' resources alike. */
static void fonts(tagger *w)
{
    const qpdf_api *A = w->a;
    qpdf_data q = w->q;
    int size = A->qpdf_oh_get_int_value_as_int(q, A->qpdf_oh_get_key(q, A->qpdf_get_trailer(q),
                                                                       "/Size"));
    for (int id = 1; id < size; id++) {
        qpdf_oh o = A->qpdf_get_object_by_id(q, id, 0);
        if (A->qpdf_oh_is_dictionary(q, o) && !A->qpdf_oh_is_stream(q, o) &&
            A->qpdf_oh_is_name_and_equals(q, A->qpdf_oh_get_key(q, o, "/Subtype"),
                                          "/CIDFontType2") &&
            !A->qpdf_oh_has_key(q, o, "/CIDToGIDMap"))
            A->qpdf_oh_replace_key(q, o, "/CIDToGIDMap", A->qpdf_oh_new_name(q, "/Identity"));
    }
}

static int rewrite(tagger *w, const char *in, const char *out)
{
    const qpdf_api *A = w->a;
    qpdf_data q = w->q;
    if (A->qpdf_read(q, in, NULL) & QPDF_ERRORS)
        return -1;
    qpdf_oh root = A->qpdf_get_root(q);
    root_entries(w, root);
    if (A->qpdf_oh_has_key(q, root, "/StructTreeRoot"))
        visit(w, A->qpdf_oh_get_key(q, root, "/StructTreeRoot"));
    if (w->figures != w->info->nalt) {
        snprintf(w->err, w->n, "%s: %zu figures in the structure tree, %zu alternative texts",
                 in, w->figures, w->info->nalt);
        return -1;
    }
    if (metadata(w, root) || pages(w))
        return -1;
    fonts(w);
    if (A->qpdf_init_write(q, out) & QPDF_ERRORS)
        return -1;
    A->qpdf_set_deterministic_ID(q, 1);
    return (A->qpdf_write(q) & QPDF_ERRORS) ? -1 : 0;
}

int rp_pdftag(const char *in, const char *out, const rp_pdftag_info *info, char *err, size_t n)
{
    qpdf_api api;
    const qpdf_api *A = &api;
    if (api_open(&api, err, n))
        return -1;
    qpdf_data q = A->qpdf_init();
    if (!q) {
        snprintf(err, n, "cannot start qpdf");
        dlclose(api.lib);
        return -1;
    }
    A->qpdf_silence_errors(q);
    err[0] = '\0';
    tagger w = {A, q, info, 0, 0, 0, err, n};
    int r = rewrite(&w, in, out);
    if (r && A->qpdf_has_error(q))
        snprintf(err, n, "%s", A->qpdf_get_error_full_text(q, A->qpdf_get_error(q)));
    else if (r && !err[0])
        snprintf(err, n, "cannot write %s", out);
    while (A->qpdf_more_warnings(q)) /* cairo's dangling xref entry, repaired by the rewrite */
        A->qpdf_next_warning(q);
    A->qpdf_cleanup(&q);
    dlclose(api.lib);
    return r;
}
