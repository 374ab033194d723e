/* Text laid out for a PDF page: one place for the house font, the language and no ligatures. */
#include "reports/pdftext.h"
#include "words/numfmt.h"

PangoLayout *rp_pdf_layout(cairo_t *cr, rp_lang lang, const char *text, double size, int bold,
                           int italic, double width)
{
    PangoLayout *l = pango_cairo_create_layout(cr);
    /* pango lays out at 96 dpi by default: at 72 the sizes are points */
    pango_cairo_context_set_resolution(pango_layout_get_context(l), 72);
    /* faces are chosen for the document's language, never the reader's locale or FC_LANG
     * (under ar or fa fontconfig picks another oblique face and lines wrap elsewhere) */
    pango_context_set_language(pango_layout_get_context(l),
                               pango_language_from_string(rp_fmt_lang_code(lang)));
    pango_layout_context_changed(l);
    PangoFontDescription *fd = pango_font_description_from_string("DejaVu Sans");
    pango_font_description_set_absolute_size(fd, size * PANGO_SCALE);
    if (bold)
        pango_font_description_set_weight(fd, PANGO_WEIGHT_BOLD);
    if (italic)
        pango_font_description_set_style(fd, PANGO_STYLE_ITALIC);
    pango_layout_set_font_description(l, fd);
    pango_font_description_free(fd);
    if (width > 0) {
        pango_layout_set_width(l, (int)(width * PANGO_SCALE));
        pango_layout_set_wrap(l, PANGO_WRAP_WORD_CHAR);
    }
    /* no ligatures: a glyph for "ff" extracts as U+FB00, and "slachtoffers" is then found by
     * no search and read oddly by a screen reader */
    PangoAttrList *attrs = pango_attr_list_new();
    pango_attr_list_insert(attrs, pango_attr_font_features_new("liga 0, clig 0, dlig 0"));
    pango_layout_set_attributes(l, attrs);
    pango_attr_list_unref(attrs);
    pango_layout_set_text(l, text ? text : "", -1);
    return l;
}

double rp_pdf_layout_height(PangoLayout *l)
{
    int w, h;
    pango_layout_get_size(l, &w, &h);
    return (double)h / PANGO_SCALE;
}

double rp_pdf_layout_width(PangoLayout *l)
{
    int w, h;
    pango_layout_get_size(l, &w, &h);
    return (double)w / PANGO_SCALE;
}
