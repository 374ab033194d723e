/* The phrase table of the published files' furniture. */
#include "words/phrases.h"
#include "words/word_publish.h"

static const char *const phrases[RP_PW_N][2] = {
    [RP_PW_COVER] = {"Voorblad", "Cover"},
    [RP_PW_CONTENTS] = {"Inhoud", "Contents"},
    [RP_PW_NOTES] = {"Toelichting", "Notes"},
    [RP_PW_SHEET] = {"Blad", "Sheet"},
    [RP_PW_TABLE] = {"Tabel", "Table"},
    [RP_PW_NOTE] = {"Noot", "Note"},
    [RP_PW_PUBLISHED] = {"Gepubliceerd", "Published"},
    [RP_PW_SOURCE] = {"Bron", "Source"},
    [RP_PW_CONTACT] = {"Contact", "Contact"},
    [RP_PW_ORGANISATION] = {"Organisatie", "Organisation"},
    [RP_PW_SYMBOL] = {"Teken", "Symbol"},
    [RP_PW_MEANING] = {"Betekenis", "Meaning"},
    [RP_PW_ILLUSTRATIVE] = {"Illustratieve gegevens: deze cijfers zijn verzonnen en geen "
                            "officiële statistiek.",
                            "Illustrative data: these figures are invented, not official "
                            "statistics."},
    [RP_PW_MADE_WITH] = {"Gemaakt met rapporteur", "Made with rapporteur"},
    [RP_PW_CONTENTS_INTRO] = {"Elke tabel staat op een eigen blad; de link gaat ernaartoe.",
                              "Each table is on a sheet of its own; the link goes there."},
    [RP_PW_NOTES_INTRO] = {"Tekens, eenheden en bronnen van de tabellen in deze map.",
                           "Symbols, units and sources of the tables in this workbook."},
    [RP_PW_SYMBOLS] = {"Tekens in de tabellen", "Symbols in the tables"},
    [RP_PW_UNITS] = {"Eenheden", "Units"},
    [RP_PW_SHARES] = {"Aandelen staan als percentage op het scherm en als fractie (0 tot 1) "
                      "in de cel en in de CSV-bestanden.",
                      "Shares show as percentages and are stored as fractions (0 to 1) in "
                      "the cells and the CSV files."},
    [RP_PW_NUMBERS_AS_NUMBERS] = {"Getallen zijn getallen, met één opmaak per kolom; tekens "
                                  "als x en . zijn tekst. Elke tabel is een Excel-tabel met "
                                  "filters.",
                                  "Numbers are numbers, with one format per column; symbols "
                                  "such as x and . are text. Each table is an Excel table "
                                  "with filters."},
    [RP_PW_TABLE_NOTES] = {"Noten bij de tabellen", "Notes to the tables"},
    [RP_PW_SKIP] = {"Naar de inhoud", "Skip to the content"},
    [RP_PW_COL_TEXT] = {"tekst", "text"},
    [RP_PW_COL_YEAR] = {"jaartal of code, zonder scheiding van duizendtallen",
                        "a year or a code, without thousands separators"},
    [RP_PW_COL_WHOLE] = {"geheel getal (aantal)", "whole number (a count)"},
    [RP_PW_COL_NUMBER] = {"getal, in de eenheid van de tabeltitel",
                          "number, in the unit of the table's title"},
    [RP_PW_COL_SHARE] = {"aandeel als fractie van 0 tot 1 (in het rapport een percentage)",
                         "share as a fraction from 0 to 1 (a percentage in the report)"},
    [RP_PW_FLAG_B] = {"het eerste jaar na een trendbreuk (de definitie veranderde)",
                      "the first year after a break in the series (the definition changed)"},
    [RP_PW_CSV_FILES] = {"Dezelfde tabellen staan als CSV-bestand in deze map, beschreven in "
                         "datapackage.json.",
                         "The same tables are CSV files in this folder, described in "
                         "datapackage.json."},
};

const char *rp_word_pub(rp_pub_word w, rp_lang lang)
{
    return w < RP_PW_N ? phrases[w][lang == RP_LANG_NL ? 0 : 1] : "";
}

void rp_word_mark_missing(rp_buf *b, rp_lang lang)
{
    rp_buf_puts(b, RP_PH(lang, RP_PH_NO_DATA_FOR_THIS_YEAR_NEVER_0));
}

/* What the one sign of a hidden value means: a small count and a cell that covers one read
 * alike (stats/ledger.h), so the meaning is the legend's, without the sign. */
void rp_word_mark_hidden(rp_buf *b, int below, rp_lang lang)
{
    rp_buf_printf(b, RP_PH(lang, RP_PH_NOT_PUBLISHED_A_COUNT_BELOW_OR_A), below);
}

void rp_word_cut_cell(rp_buf *b, const char *sheet, const char *cell, size_t chars, size_t max,
                      rp_lang lang)
{
    rp_buf_printf(b, RP_PH(lang, RP_PH_CELL_OF_SHEET_WAS_CUT_FROM),
                  cell, sheet);
    rp_fmt_num(b, (double)chars, 0, lang);
    rp_buf_puts(b, RP_PH(lang, RP_PH_TO));
    rp_fmt_num(b, (double)max, 0, lang);
    rp_buf_puts(b, RP_PH(lang, RP_PH_CHARACTERS_EXCELS_LIMIT_THE_CSV_FILE));
}
