/* The XMP packet and dates of the tagged PDF. */
#include "reports/pdfmeta.h"
#include "base/buf.h"
#include "datasets/project.h"
#include "base/xmltext.h"

#include <time.h>

void rp_pdf_date(long long epoch, int xmp, char *buf, size_t n)
{
    struct tm tm;
    rp_epoch_tm(epoch, &tm);
    strftime(buf, n, xmp ? "%Y-%m-%dT%H:%M:%S+00:00" : "D:%Y%m%d%H%M%S+00'00'", &tm);
}

static void element(rp_buf *b, const char *name, const char *open, const char *close,
                    const char *text)
{
    if (!text)
        return;
    rp_buf_printf(b, "   <%s>%s", name, open);
    rp_xml_text(b, text);
    rp_buf_printf(b, "%s</%s>\n", close, name);
}

char *rp_pdf_xmp(const rp_pdftag_info *info)
{
    static const char *const alt_open = "<rdf:Alt><rdf:li xml:lang=\"x-default\">",
                             *alt_close = "</rdf:li></rdf:Alt>";
    char date[40];
    rp_pdf_date(info->epoch, 1, date, sizeof date);
    rp_buf b;
    rp_buf_init(&b);
    rp_buf_puts(&b,
        "<?xpacket begin=\"\xef\xbb\xbf\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "  <rdf:Description rdf:about=\"\"\n"
        "    xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
        "    xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"\n"
        "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"\n"
        "    xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"\n"
        "    xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"\n"
        "    xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n"
        "    xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n"
        "    xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
        "   <dc:format>application/pdf</dc:format>\n");
    element(&b, "dc:title", alt_open, alt_close, info->title);
    element(&b, "dc:creator", "<rdf:Seq><rdf:li>", "</rdf:li></rdf:Seq>", info->author);
    element(&b, "dc:description", alt_open, alt_close, info->subject);
    element(&b, "dc:language", "<rdf:Bag><rdf:li>", "</rdf:li></rdf:Bag>", info->lang);
    element(&b, "xmp:CreatorTool", "", "", info->creator);
    element(&b, "xmp:CreateDate", "", "", date);
    element(&b, "xmp:ModifyDate", "", "", date);
    element(&b, "xmp:MetadataDate", "", "", date);
    element(&b, "pdf:Producer", "", "", info->producer);
    rp_buf_puts(&b,
        "   <pdfaid:part>2</pdfaid:part>\n"
        "   <pdfaid:conformance>A</pdfaid:conformance>\n"
        "   <pdfuaid:part>1</pdfuaid:part>\n"
        "   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
        "    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
        "    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
        "    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
        "    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
        "     <pdfaProperty:name>part</pdfaProperty:name>\n"
        "     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
        "     <pdfaProperty:category>internal</pdfaProperty:category>\n"
        "     <pdfaProperty:description>Indicates, which part of ISO 14289 standard is "
        "followed</pdfaProperty:description>\n"
        "    </rdf:li></rdf:Seq></pdfaSchema:property>\n"
        "   </rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
        "  </rdf:Description>\n"
        " </rdf:RDF>\n"
        "</x:xmpmeta>\n"
        "<?xpacket end=\"w\"?>");
    return rp_buf_steal(&b);
}
