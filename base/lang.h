/* The two languages of every output and message: Dutch and English. */
#ifndef RP_LANG_H
#define RP_LANG_H

typedef enum { RP_LANG_NL = 0, RP_LANG_EN = 1 } rp_lang;

#endif
