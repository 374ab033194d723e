/* The accessibility entries of a tagged PDF that cairo 1.16 does not write, through qpdf. */
#include "reports/pdftag.h"

#include <qpdf/qpdf-c.h>
#include <stdio.h>
#include <string.h>

typedef struct {
    qpdf_data q;
    const char *const *alt;
    size_t nalt, figures;
    int depth;
} walk;

/* Visits a structure element and its kids in document order (the order of /K). */
static void visit(walk *w, qpdf_oh e)
{
    qpdf_data q = w->q;
    if (++w->depth > 256) { /* a malformed tree with a cycle: stop rather than recurse on */
        w->depth--;
        return;
    }
    if (qpdf_oh_is_dictionary(q, e) && qpdf_oh_has_key(q, e, "/S")) {
        qpdf_oh s = qpdf_oh_get_key(q, e, "/S");
        if (qpdf_oh_is_name_and_equals(q, s, "/Figure")) {
            if (w->figures < w->nalt && w->alt[w->figures])
                qpdf_oh_replace_key(q, e, "/Alt",
                                    qpdf_oh_new_unicode_string(q, w->alt[w->figures]));
            w->figures++;
        } else if (qpdf_oh_is_name_and_equals(q, s, "/TH")) {
            qpdf_oh a = qpdf_oh_new_dictionary(q);
            qpdf_oh_replace_key(q, a, "/O", qpdf_oh_new_name(q, "/Table"));
            qpdf_oh_replace_key(q, a, "/Scope", qpdf_oh_new_name(q, "/Column"));
            qpdf_oh_replace_key(q, e, "/A", a);
        }
    }
    qpdf_oh k = qpdf_oh_is_dictionary(q, e) ? qpdf_oh_get_key(q, e, "/K") : e;
    if (qpdf_oh_is_array(q, k)) {
        int n = qpdf_oh_get_array_n_items(q, k);
        for (int i = 0; i < n; i++)
            visit(w, qpdf_oh_get_array_item(q, k, i));
    } else if (qpdf_oh_is_dictionary(q, k) && k != e) {
        visit(w, k);
    }
    w->depth--;
}

static void root_entries(qpdf_data q, qpdf_oh root, const char *lang)
{
    qpdf_oh_replace_key(q, root, "/Lang", qpdf_oh_new_unicode_string(q, lang));
    qpdf_oh vp = qpdf_oh_new_dictionary(q);
    qpdf_oh_replace_key(q, vp, "/DisplayDocTitle", qpdf_oh_new_bool(q, 1));
    qpdf_oh_replace_key(q, root, "/ViewerPreferences", vp);
    qpdf_oh mi = qpdf_oh_new_dictionary(q);
    qpdf_oh_replace_key(q, mi, "/Marked", qpdf_oh_new_bool(q, 1));
    qpdf_oh_replace_key(q, root, "/MarkInfo", mi);
}

int rp_pdftag(const char *in, const char *out, const char *lang, const char *const *alt,
              size_t nalt, char *err, size_t n)
{
    qpdf_data q = qpdf_init();
    if (!q) {
        snprintf(err, n, "cannot start qpdf");
        return -1;
    }
    qpdf_silence_errors(q);
    int r = -1;
    if ((qpdf_read(q, in, NULL) & QPDF_ERRORS) == 0) {
        qpdf_oh root = qpdf_get_root(q);
        root_entries(q, root, lang);
        walk w = {q, alt, nalt, 0, 0};
        if (qpdf_oh_has_key(q, root, "/StructTreeRoot"))
            visit(&w, qpdf_oh_get_key(q, root, "/StructTreeRoot"));
        if (w.figures != nalt)
            snprintf(err, n, "%s: %zu figures in the structure tree, %zu alternative texts", in,
                     w.figures, nalt);
        else if ((qpdf_init_write(q, out) & QPDF_ERRORS) == 0) {
            qpdf_set_deterministic_ID(q, 1);
            r = (qpdf_write(q) & QPDF_ERRORS) ? -1 : 0;
        }
    }
    if (r && qpdf_has_error(q))
        snprintf(err, n, "%s", qpdf_get_error_full_text(q, qpdf_get_error(q)));
    else if (r && !err[0])
        snprintf(err, n, "cannot write %s", out);
    while (qpdf_more_warnings(q)) /* cairo's dangling xref entry, repaired by the rewrite */
        qpdf_next_warning(q);
    qpdf_cleanup(&q);
    return r;
}
