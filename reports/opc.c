/* The zip package of the Office outputs (minizip) and the XML of their parts (libxml2). */
#include "reports/opc.h"
#include "base/buf.h"
#include "datasets/project.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unzip.h>
#include <zip.h>

struct rp_opc {
    zipFile z;
    zip_fileinfo info;
    char err[256];
};

/* minizip writes through these onto the caller's stream, which it never closes. */
static voidpf ZCALLBACK s_open(voidpf opaque, const void *name, int mode)
{
    (void)name;
    (void)mode;
    return opaque;
}

static uLong ZCALLBACK s_read(voidpf opaque, voidpf s, void *buf, uLong n)
{
    (void)opaque;
    return (uLong)fread(buf, 1, n, s);
}

static uLong ZCALLBACK s_write(voidpf opaque, voidpf s, const void *buf, uLong n)
{
    (void)opaque;
    return (uLong)fwrite(buf, 1, n, s);
}

static ZPOS64_T ZCALLBACK s_tell(voidpf opaque, voidpf s)
{
    (void)opaque;
    long at = ftell(s);
    return at < 0 ? (ZPOS64_T)-1 : (ZPOS64_T)at;
}

static long ZCALLBACK s_seek(voidpf opaque, voidpf s, ZPOS64_T at, int origin)
{
    (void)opaque;
    int whence = origin == ZLIB_FILEFUNC_SEEK_CUR   ? SEEK_CUR
                 : origin == ZLIB_FILEFUNC_SEEK_END ? SEEK_END
                                                    : SEEK_SET;
    return fseek(s, (long)at, whence) == 0 ? 0 : -1;
}

static int ZCALLBACK s_close(voidpf opaque, voidpf s)
{
    (void)opaque;
    (void)s;
    return 0;
}

static int ZCALLBACK s_error(voidpf opaque, voidpf s)
{
    (void)opaque;
    return ferror((FILE *)s);
}

/* A zip entry's date is local DOS time without a zone, from 1980 to 2107: the epoch's UTC
 * date, clamped to that range, is the same on every machine. */
static void dos_date(long long epoch, tm_zip *t)
{
    struct tm tm;
    if (epoch < 315532800LL)
        epoch = 315532800LL; /* 1980-01-01 */
    if (epoch > 4354819199LL)
        epoch = 4354819199LL; /* 2107-12-31 */
    rp_epoch_tm(epoch, &tm);
    t->tm_sec = (uInt)tm.tm_sec;
    t->tm_min = (uInt)tm.tm_min;
    t->tm_hour = (uInt)tm.tm_hour;
    t->tm_mday = (uInt)tm.tm_mday;
    t->tm_mon = (uInt)tm.tm_mon;
    t->tm_year = (uInt)tm.tm_year + 1900;
}

rp_opc *rp_opc_open(FILE *f, long long epoch)
{
    rp_opc *o = calloc(1, sizeof *o);
    if (!o)
        return NULL;
    zlib_filefunc64_def io = {s_open, s_read, s_write, s_tell, s_seek, s_close, s_error, f};
    o->z = f ? zipOpen2_64("package", APPEND_STATUS_CREATE, NULL, &io) : NULL;
    if (!o->z)
        snprintf(o->err, sizeof o->err, "cannot start the zip");
    dos_date(epoch, &o->info.tmz_date);
    return o;
}

static int stored(const char *name)
{
    size_t n = strlen(name);
    return n > 4 && !strcmp(name + n - 4, ".png");
}

void rp_opc_part(rp_opc *o, const char *name, const void *data, size_t n)
{
    if (!o || o->err[0])
        return;
    int method = stored(name) ? 0 : Z_DEFLATED, level = method ? 6 : 0;
    if (zipOpenNewFileInZip4_64(o->z, name, &o->info, NULL, 0, NULL, 0, NULL, method, level, 0,
                                -MAX_WBITS, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, NULL, 0, 0, 0,
                                0) != ZIP_OK ||
        (n && zipWriteInFileInZip(o->z, data, (unsigned)n) != ZIP_OK) ||
        zipCloseFileInZip(o->z) != ZIP_OK)
        snprintf(o->err, sizeof o->err, "cannot write %s into the zip", name);
}

void rp_opc_part_file(rp_opc *o, const char *name, const char *path)
{
    if (!o || o->err[0])
        return;
    rp_buf b;
    rp_buf_init(&b);
    if (rp_buf_read_file(&b, path) != 0)
        snprintf(o->err, sizeof o->err, "cannot read %s", path);
    else
        rp_opc_part(o, name, b.data, b.len);
    rp_buf_free(&b);
}

int rp_opc_close(rp_opc *o, char *err, size_t n)
{
    if (!o) {
        snprintf(err, n, "out of memory");
        return -1;
    }
    if (o->z && zipClose(o->z, NULL) != ZIP_OK && !o->err[0])
        snprintf(o->err, sizeof o->err, "cannot finish the zip");
    int r = o->err[0] ? -1 : 0;
    if (r)
        snprintf(err, n, "%s", o->err);
    free(o);
    return r;
}

char *rp_opc_read(const char *path, const char *name, size_t max, size_t *len, char *why,
                  size_t n)
{
    unzFile u = unzOpen64(path);
    unz_file_info64 fi;
    char *data = NULL;
    if (!u) {
        snprintf(why, n, "not a zip file (a .docx or .dotx is one)");
        return NULL;
    }
    if (unzLocateFile(u, name, 1) != UNZ_OK ||
        unzGetCurrentFileInfo64(u, &fi, NULL, 0, NULL, 0, NULL, 0) != UNZ_OK)
        snprintf(why, n, "has no %s", name);
    else if (fi.uncompressed_size > max)
        snprintf(why, n, "%s is larger than %zu bytes", name, max);
    else if (unzOpenCurrentFile(u) != UNZ_OK || !(data = malloc(fi.uncompressed_size + 1)))
        snprintf(why, n, "cannot read %s", name);
    else {
        int got = unzReadCurrentFile(u, data, (unsigned)fi.uncompressed_size);
        /* a CRC that does not match is told by the close, after the last byte */
        if (got < 0 || (ZPOS64_T)got != fi.uncompressed_size ||
            unzCloseCurrentFile(u) != UNZ_OK) {
            snprintf(why, n, "cannot read %s (damaged)", name);
            free(data);
            data = NULL;
        } else {
            data[got] = '\0';
            *len = (size_t)got;
        }
    }
    unzClose(u);
    return data;
}

/* ---- XML ---- */

char *rp_ox_clean(const char *s)
{
    size_t n = s ? strlen(s) : 0, k = 0;
    char *t = malloc(n + 1);
    if (!t)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
            t[k++] = (char)c;
    }
    t[k] = '\0';
    return t;
}

void rp_ox_begin(rp_ox *x)
{
    memset(x, 0, sizeof *x);
    x->buf = xmlBufferCreate();
    x->w = x->buf ? xmlNewTextWriterMemory(x->buf, 0) : NULL;
    if (!x->w || xmlTextWriterStartDocument(x->w, "1.0", "UTF-8", "yes") < 0)
        x->failed = 1;
}

static void check(rp_ox *x, int r)
{
    if (r < 0)
        x->failed = 1;
}

void rp_ox_start(rp_ox *x, const char *name)
{
    if (!x->failed)
        check(x, xmlTextWriterStartElement(x->w, BAD_CAST name));
}

void rp_ox_end(rp_ox *x)
{
    if (!x->failed)
        check(x, xmlTextWriterEndElement(x->w));
}

void rp_ox_attr(rp_ox *x, const char *name, const char *value)
{
    if (x->failed)
        return;
    char *v = rp_ox_clean(value);
    check(x, v ? xmlTextWriterWriteAttribute(x->w, BAD_CAST name, BAD_CAST v) : -1);
    free(v);
}

void rp_ox_attrf(rp_ox *x, const char *name, const char *fmt, ...)
{
    char v[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(v, sizeof v, fmt, ap);
    va_end(ap);
    rp_ox_attr(x, name, v);
}

void rp_ox_text(rp_ox *x, const char *text)
{
    if (x->failed)
        return;
    char *v = rp_ox_clean(text);
    check(x, v ? xmlTextWriterWriteString(x->w, BAD_CAST v) : -1);
    free(v);
}

void rp_ox_empty(rp_ox *x, const char *name, const char *attr, const char *value)
{
    rp_ox_start(x, name);
    if (attr)
        rp_ox_attr(x, attr, value);
    rp_ox_end(x);
}

void rp_opc_rel(rp_ox *x, const char *id, const char *type, const char *target)
{
    rp_ox_start(x, "Relationship");
    rp_ox_attr(x, "Id", id);
    rp_ox_attr(x, "Type", type);
    rp_ox_attr(x, "Target", target);
    rp_ox_end(x);
}

void rp_opc_override(rp_ox *x, const char *part, const char *type)
{
    rp_ox_start(x, "Override");
    rp_ox_attr(x, "PartName", part);
    rp_ox_attr(x, "ContentType", type);
    rp_ox_end(x);
}

void rp_ox_elem(rp_ox *x, const char *name, const char *text)
{
    rp_ox_start(x, name);
    rp_ox_text(x, text);
    rp_ox_end(x);
}

char *rp_ox_take(rp_ox *x, size_t *len)
{
    if (x->w) {
        if (!x->failed)
            check(x, xmlTextWriterEndDocument(x->w));
        xmlFreeTextWriter(x->w); /* flushes into the buffer */
    }
    char *text = NULL;
    if (!x->failed && x->buf) {
        *len = (size_t)xmlBufferLength(x->buf);
        text = rp_strndup((const char *)xmlBufferContent(x->buf), *len);
    }
    if (x->buf)
        xmlBufferFree(x->buf);
    memset(x, 0, sizeof *x);
    return text;
}

void rp_ox_finish(rp_ox *x, rp_opc *o, const char *name)
{
    size_t len = 0;
    char *text = rp_ox_take(x, &len);
    if (text)
        rp_opc_part(o, name, text, len);
    else if (o && !o->err[0])
        snprintf(o->err, sizeof o->err, "cannot write %s (out of memory)", name);
    free(text);
}

void rp_opc_properties(rp_opc *o, const char *title, const char *subject, const char *author,
                       const char *lang, long long epoch, const char *application)
{
    struct tm tm;
    char iso[32];
    rp_epoch_tm(epoch, &tm);
    strftime(iso, sizeof iso, "%Y-%m-%dT%H:%M:%SZ", &tm);
    rp_ox x;
    rp_ox_begin(&x);
    rp_ox_start(&x, "cp:coreProperties");
    rp_ox_attr(&x, "xmlns:cp",
                "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
    rp_ox_attr(&x, "xmlns:dc", "http://purl.org/dc/elements/1.1/");
    rp_ox_attr(&x, "xmlns:dcterms", "http://purl.org/dc/terms/");
    rp_ox_attr(&x, "xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
    rp_ox_elem(&x, "dc:title", title ? title : "");
    if (subject)
        rp_ox_elem(&x, "dc:subject", subject);
    if (author)
        rp_ox_elem(&x, "dc:creator", author);
    rp_ox_elem(&x, "dc:language", lang);
    const char *dates[] = {"dcterms:created", "dcterms:modified"};
    for (int i = 0; i < 2; i++) {
        rp_ox_start(&x, dates[i]);
        rp_ox_attr(&x, "xsi:type", "dcterms:W3CDTF");
        rp_ox_text(&x, iso);
        rp_ox_end(&x);
    }
    rp_ox_end(&x);
    rp_ox_finish(&x, o, "docProps/core.xml");
    rp_ox_begin(&x);
    rp_ox_start(&x, "Properties");
    rp_ox_attr(&x, "xmlns",
                "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties");
    rp_ox_elem(&x, "Application", application);
    rp_ox_elem(&x, "AppVersion", "1.0000"); /* Office reads XX.YYYY only */
    rp_ox_end(&x);
    rp_ox_finish(&x, o, "docProps/app.xml");
}
