/* The words of the published files around the numbers: the workbook's cover, contents and
 * notes sheets, the tables' data dictionary, the HTML's skip link. One phrase table, Dutch and
 * English side by side. */
#ifndef RP_WORD_PUBLISH_H
#define RP_WORD_PUBLISH_H

#include "base/buf.h"
#include "words/numfmt.h"

typedef enum {
    RP_PW_COVER, RP_PW_CONTENTS, RP_PW_NOTES, RP_PW_SHEET, RP_PW_TABLE, RP_PW_NOTE,
    RP_PW_PUBLISHED, RP_PW_SOURCE, RP_PW_CONTACT, RP_PW_ORGANISATION, RP_PW_SYMBOL,
    RP_PW_MEANING, RP_PW_ILLUSTRATIVE, RP_PW_MADE_WITH, RP_PW_CONTENTS_INTRO,
    RP_PW_NOTES_INTRO, RP_PW_SYMBOLS, RP_PW_UNITS, RP_PW_SHARES, RP_PW_NUMBERS_AS_NUMBERS,
    RP_PW_TABLE_NOTES, RP_PW_SKIP, RP_PW_COL_TEXT, RP_PW_COL_YEAR, RP_PW_COL_WHOLE,
    RP_PW_COL_NUMBER, RP_PW_COL_SHARE, RP_PW_FLAG_B, RP_PW_CSV_FILES, RP_PW_N
} rp_pub_word;

/* The phrase in the language; a static string. */
const char *rp_word_pub(rp_pub_word w, rp_lang lang);

/* What a mark in a table means, for the notes sheet and the dictionary: the missing sign
 * ("Geen gegevens voor dit jaar"), "<N" with its threshold, "x", and the flags p, e, r. */
void rp_word_mark_missing(rp_buf *b, rp_lang lang);
void rp_word_mark_hidden(rp_buf *b, int below, rp_lang lang);

/* "Cel C7 van blad series_x is ingekort van 40.000 tot 32.767 tekens (de grens van Excel);
 * het CSV-bestand heeft de hele tekst." */
void rp_word_cut_cell(rp_buf *b, const char *sheet, const char *cell, size_t chars, size_t max,
                      rp_lang lang);

#endif
