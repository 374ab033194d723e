/* Every phrase of every output, command and message, Dutch and English side by side: the one
 * table a reviewer or translator reads. A phrase is used as RP_PH(lang, RP_PH_NAME); its two
 * texts stay string literals, so a phrase that is a printf format is checked against its
 * arguments in both languages.
 *
 * Messages about input are written in English where they are found (datasets/, which cannot
 * call words/), and their Dutch is in the RP_MSG section at the end: the English is the key
 * (words/word_diag.c). tests/check_base.c checks that every entry has both texts, that no
 * phrase is written twice, and that both texts of a format take the same arguments. */
#ifndef RP_PHRASES_H
#define RP_PHRASES_H

#include "base/lang.h"

#define RP_PH(lang, id) RP_PH_PICK(lang, id)
#define RP_PH_PICK(lang, ...) RP_PH_NL_EN(lang, __VA_ARGS__)
#define RP_PH_NL_EN(lang, nl, en) ((lang) == RP_LANG_NL ? (nl) : (en))

/* ---- the documents and the commands: RP_PH_NAME "Dutch", "English" ---- */

#endif

/* ---- messages about input: RP_MSG("English, as written at the call", "Dutch") ---- */
#ifdef RP_MSG
#endif
