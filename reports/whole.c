/* Checks that a file written by a library that may lose its last write is whole. */
#include "reports/whole.h"
#include "base/buf.h"

#include <stdlib.h>
#include <string.h>

/* Whether s starts an indirect object, "12 0 obj". */
static int object_at(const char *s)
{
    for (int part = 0; part < 2; part++) {
        if (*s < '0' || *s > '9')
            return 0;
        s += strspn(s, "0123456789");
        if (*s++ != ' ')
            return 0;
    }
    return !strncmp(s, "obj", 3);
}

/* A PDF ends with startxref, the offset of its cross-reference table or stream, and
 * %%EOF; a cut one has neither. */
int rp_pdf_whole(const char *path)
{
    rp_buf b;
    rp_buf_init(&b);
    int ok = rp_buf_read_file(&b, path) == 0 && b.len > 32;
    const char *s = rp_buf_str(&b);
    size_t n = b.len;
    while (ok && n > 0 && (s[n - 1] == '\n' || s[n - 1] == '\r'))
        n--;
    ok = ok && n >= 5 && !memcmp(s + n - 5, "%%EOF", 5);
    const char *sx = NULL;
    for (size_t i = n > 1024 ? n - 1024 : 0; ok && i + 9 < n; i++)
        if (!memcmp(s + i, "startxref", 9))
            sx = s + i + 9;
    char *end = NULL;
    unsigned long long at = sx ? strtoull(sx, &end, 10) : 0;
    ok = ok && sx && end != sx && at > 0 && at + 4 < b.len;
    /* there: a table ("xref") or a stream object ("12 0 obj") */
    ok = ok && (!memcmp(s + at, "xref", 4) || object_at(s + at));
    rp_buf_free(&b);
    return ok;
}
