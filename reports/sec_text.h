/* The rapporteur's own text in the yearly monitor: each file of text/ placed where its name
 * says, its Markdown headings below the document's own, its citations filled in from the
 * model's published cells (words/word_text.h). */
#ifndef RP_SEC_TEXT_H
#define RP_SEC_TEXT_H

#include "reports/doc.h"
#include "stats/model.h"

/* A text that is a chapter of its own (introduction, recommendations, colophon): an H1 with
 * the title its first heading gives (else the usual one), then its blocks, headings from H2.
 * Nothing when the project has no such text. */
void rp_doc_text_chapter(rp_doc *d, const rp_model *m, rp_text_role role);

/* The text of that role and item inside a section (a chapter's opening, an indicator's,
 * target's or estimate's commentary), its headings from level `level` down. Nothing when
 * there is none. */
void rp_doc_text_in(rp_doc *d, const rp_model *m, rp_text_role role, size_t item, int level);

#endif
