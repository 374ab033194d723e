/* Text for XML 1.0 documents (SVG, XMP): escaped, without the characters XML does not allow. */
#ifndef RP_XMLTEXT_H
#define RP_XMLTEXT_H

#include "base/buf.h"

/* Appends text with & < > " ' escaped and the characters XML 1.0 forbids (C0 controls but
 * tab and line ends, U+FFFE and U+FFFF) left out, as data text may bring them. */
void rp_xml_text(rp_buf *b, const char *text);

#endif
