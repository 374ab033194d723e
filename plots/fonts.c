/* The font check: fontconfig asked for the house font as pango and cairo will ask for it. */
#include "plots/fonts.h"
#include "words/word_diag.h"

#include <fontconfig/fontconfig.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

/* What fontconfig gives for the family in one weight and slant: 0 when it is the family's
 * own face in a file that can be read; else -1 with what it gave in got. */
static int resolves(FcConfig *cfg, int weight, int slant, char *got, size_t n)
{
    FcPattern *p = FcPatternCreate();
    if (!p)
        return -1;
    FcPatternAddString(p, FC_FAMILY, (const FcChar8 *)RP_FONT_FAMILY);
    FcPatternAddInteger(p, FC_WEIGHT, weight);
    FcPatternAddInteger(p, FC_SLANT, slant);
    FcConfigSubstitute(cfg, p, FcMatchPattern);
    FcDefaultSubstitute(p);
    FcResult res = FcResultNoMatch;
    FcPattern *m = FcFontMatch(cfg, p, &res);
    FcChar8 *family = NULL, *file = NULL;
    int w = -1, s = -1, r = -1;
    snprintf(got, n, "no font at all");
    if (m && FcPatternGetString(m, FC_FAMILY, 0, &family) == FcResultMatch &&
        FcPatternGetString(m, FC_FILE, 0, &file) == FcResultMatch) {
        FcPatternGetInteger(m, FC_WEIGHT, 0, &w);
        FcPatternGetInteger(m, FC_SLANT, 0, &s);
        snprintf(got, n, "%s", (const char *)family);
        /* the face asked for, not one pango would have to embolden or slant */
        if (!strcasecmp((const char *)family, RP_FONT_FAMILY) && access((const char *)file, R_OK) == 0 &&
            (weight < FC_WEIGHT_BOLD) == (w < FC_WEIGHT_BOLD) &&
            (slant == FC_SLANT_ROMAN) == (s == FC_SLANT_ROMAN))
            r = 0;
        else if (!strcasecmp((const char *)family, RP_FONT_FAMILY))
            snprintf(got, n, "no %s%s face", weight >= FC_WEIGHT_BOLD ? "bold" : "",
                     slant != FC_SLANT_ROMAN ? "oblique" : "");
    }
    if (m)
        FcPatternDestroy(m);
    FcPatternDestroy(p);
    return r;
}

int rp_fonts_check(rp_lang lang, char *err, size_t n)
{
    static const int faces[3][2] = {{FC_WEIGHT_REGULAR, FC_SLANT_ROMAN},
                                    {FC_WEIGHT_BOLD, FC_SLANT_ROMAN},
                                    {FC_WEIGHT_REGULAR, FC_SLANT_OBLIQUE}};
    /* a configuration of its own, as the one pango loads: the caller's is left alone */
    FcConfig *cfg = FcInitLoadConfigAndFonts();
    if (!cfg) {
        rp_word_snprintf(lang, err, n, "cannot read the font configuration (fontconfig); install "
                         "the Debian package %s", RP_FONT_PACKAGE);
        return -1;
    }
    char got[128];
    int r = 0;
    for (int i = 0; i < 3 && r == 0; i++)
        r = resolves(cfg, faces[i][0], faces[i][1], got, sizeof got);
    FcConfigDestroy(cfg);
    if (r)
        rp_word_snprintf(lang, err, n, "the font %s is not installed (fontconfig finds %s), so "
                         "charts and documents would print without readable text; install the "
                         "Debian package %s (apt-get install %s)", RP_FONT_FAMILY, got,
                         RP_FONT_PACKAGE, RP_FONT_PACKAGE);
    return r;
}
