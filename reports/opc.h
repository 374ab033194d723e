/* The package of an Office Open XML file (.docx, .pptx): a zip of XML parts and media, written
 * with minizip (the zip library libxlsxwriter already loads) and the parts' XML with libxml2's
 * xmlTextWriter (which librsvg already loads), so that the editable outputs cost no library
 * the program did not have. Deterministic: parts in the order added, every entry dated from
 * the run's epoch (SOURCE_DATE_EPOCH), no extra fields, no comment. */
#ifndef RP_OPC_H
#define RP_OPC_H

#include <stddef.h>
#include <stdio.h>
#include <libxml/xmlwriter.h>

/* ---- the zip ---- */

/* Ownership: rp_opc_open returns a package that rp_opc_close finishes and frees; f stays the
 * caller's (reports/outdir.h: rp_outdir_create and rp_outdir_close). */
typedef struct rp_opc rp_opc;

rp_opc *rp_opc_open(FILE *f, long long epoch);
/* Adds a part: deflated, or stored when it is already compressed (PNG). The first failure
 * is kept (sticky) and reported by rp_opc_close; later calls do nothing. */
void rp_opc_part(rp_opc *o, const char *name, const void *data, size_t n);
/* A part read from a file (a chart's PNG or SVG). */
void rp_opc_part_file(rp_opc *o, const char *name, const char *path);
/* Writes the central directory and frees o. Returns 0, or -1 with a message in err. */
int rp_opc_close(rp_opc *o, char *err, size_t n);

/* ---- reading a part of an existing package (a Word template) ---- */

/* The part name of the zip at path, NUL-terminated, at most max bytes; *len its size. NULL
 * when the file is no zip, has no such part, or it is larger (why, n bytes, says which).
 * Caller frees. */
char *rp_opc_read(const char *path, const char *name, size_t max, size_t *len, char *why,
                  size_t n);

/* ---- XML parts ---- */

/* A part being written: xmlTextWriter into a buffer. Text and attribute values are cleaned
 * of what XML 1.0 cannot hold (C0 controls but tab and line feed) and escaped by libxml2.
 * A failure is sticky and reported by rp_ox_finish. */
typedef struct rp_ox {
    xmlBufferPtr buf;
    xmlTextWriterPtr w;
    int failed;
} rp_ox;

void rp_ox_begin(rp_ox *x);
void rp_ox_start(rp_ox *x, const char *name);
void rp_ox_end(rp_ox *x);
void rp_ox_attr(rp_ox *x, const char *name, const char *value);
void rp_ox_attrf(rp_ox *x, const char *name, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void rp_ox_text(rp_ox *x, const char *text);
/* <name/> with one attribute (attr NULL: none): <w:pStyle w:val="Heading1"/>. */
void rp_ox_empty(rp_ox *x, const char *name, const char *attr, const char *value);
/* A <Relationship> of a relationships part, and an <Override> of [Content_Types].xml. */
void rp_opc_rel(rp_ox *x, const char *id, const char *type, const char *target);
void rp_opc_override(rp_ox *x, const char *part, const char *type);
/* <name>text</name>. */
void rp_ox_elem(rp_ox *x, const char *name, const char *text);
/* Ends the document, adds it to the package as part name and frees the writer (also after
 * a failure, which is then passed to the package). */
void rp_ox_finish(rp_ox *x, rp_opc *o, const char *name);
/* The same, handing the text to the caller instead (caller frees; NULL after a failure). */
char *rp_ox_take(rp_ox *x, size_t *len);

/* Attribute text of what XML cannot hold removed: C0 controls but tab, line feed and
 * carriage return. Caller frees. */
char *rp_ox_clean(const char *s);

/* docProps/core.xml and docProps/app.xml, the properties every Office file carries: title,
 * subject, author, language (nl-NL or en-GB) and the dates, from the epoch. */
void rp_opc_properties(rp_opc *o, const char *title, const char *subject, const char *author,
                       const char *lang, long long epoch, const char *application);

/* Names of the relationship types and namespaces both writers use. */
#define RP_NS_REL "http://schemas.openxmlformats.org/package/2006/relationships"
#define RP_NS_R "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
#define RP_NS_A "http://schemas.openxmlformats.org/drawingml/2006/main"
#define RP_NS_PIC "http://schemas.openxmlformats.org/drawingml/2006/picture"
#define RP_REL(t) "http://schemas.openxmlformats.org/officeDocument/2006/relationships/" t
/* The SVG beside its PNG fallback (Office 2016 and later draw the SVG; others the PNG). */
#define RP_SVG_EXT "{96DAC541-7B7A-43D3-8B79-37D633B846F1}"
#define RP_NS_ASVG "http://schemas.microsoft.com/office/drawing/2016/SVG/main"

#endif
