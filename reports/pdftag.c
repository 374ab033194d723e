/* The accessibility entries of a tagged PDF that cairo 1.16 does not write, through qpdf. */
#include "reports/pdftag.h"

#include <dlfcn.h>
#include <qpdf/qpdf-c.h>
#include <stdio.h>
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
    X(qpdf_oh_get_array_n_items) X(qpdf_oh_get_array_item)

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
    const char *const *alt;
    size_t nalt, figures;
    int depth;
} walk;

/* Visits a structure element and its kids in document order (the order of /K). */
static void visit(walk *w, qpdf_oh e)
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
            if (w->figures < w->nalt && w->alt[w->figures])
                A->qpdf_oh_replace_key(q, e, "/Alt",
                                    A->qpdf_oh_new_unicode_string(q, w->alt[w->figures]));
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

static void root_entries(const qpdf_api *A, qpdf_data q, qpdf_oh root, const char *lang)
{
    A->qpdf_oh_replace_key(q, root, "/Lang", A->qpdf_oh_new_unicode_string(q, lang));
    qpdf_oh vp = A->qpdf_oh_new_dictionary(q);
    A->qpdf_oh_replace_key(q, vp, "/DisplayDocTitle", A->qpdf_oh_new_bool(q, 1));
    A->qpdf_oh_replace_key(q, root, "/ViewerPreferences", vp);
    qpdf_oh mi = A->qpdf_oh_new_dictionary(q);
    A->qpdf_oh_replace_key(q, mi, "/Marked", A->qpdf_oh_new_bool(q, 1));
    A->qpdf_oh_replace_key(q, root, "/MarkInfo", mi);
}

int rp_pdftag(const char *in, const char *out, const char *lang, const char *const *alt,
              size_t nalt, char *err, size_t n)
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
    int r = -1;
    if ((A->qpdf_read(q, in, NULL) & QPDF_ERRORS) == 0) {
        qpdf_oh root = A->qpdf_get_root(q);
        root_entries(A, q, root, lang);
        walk w = {A, q, alt, nalt, 0, 0};
        if (A->qpdf_oh_has_key(q, root, "/StructTreeRoot"))
            visit(&w, A->qpdf_oh_get_key(q, root, "/StructTreeRoot"));
        if (w.figures != nalt)
            snprintf(err, n, "%s: %zu figures in the structure tree, %zu alternative texts", in,
                     w.figures, nalt);
        else if ((A->qpdf_init_write(q, out) & QPDF_ERRORS) == 0) {
            A->qpdf_set_deterministic_ID(q, 1);
            r = (A->qpdf_write(q) & QPDF_ERRORS) ? -1 : 0;
        }
    }
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
